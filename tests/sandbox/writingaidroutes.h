#pragma once

#include "routes.h"
#include "tokenauth.h"

class SandboxState;

// What a composer's completion asks for: hashtag search (/api/v2/search?type=hashtags,
// with each tag's week of use), the user's followed tags (/api/v1/followed_tags) and the
// instance's custom emoji (/api/v1/custom_emojis) with their pictures. Account search
// stays with AccountRoutes; this group answers only the hashtag kind of search.
class WritingAidRoutes final : public Routes
{
public:
    explicit WritingAidRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    // The seeded tags, in the order of their use (most used first).
    [[nodiscard]] static QStringList tagNames();
    // The tags every account follows.
    [[nodiscard]] static QStringList followedTagNames();
    [[nodiscard]] static QStringList customEmojiShortcodes();

private:
    SandboxResponse searchHashtags(const SandboxRequest &request) const;
    SandboxResponse followedTags(const SandboxRequest &request) const;
    SandboxResponse customEmojis() const;
    [[nodiscard]] QJsonObject tagJson(int rank, bool following) const;

    SandboxState &m_state;
    TokenAuth m_auth;
};
