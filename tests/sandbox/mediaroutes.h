#pragma once

#include "routes.h"
#include "tokenauth.h"

class SandboxState;
struct MediaAttachment;

// Media uploads (POST /api/v2/media), processing state (GET /api/v1/media/:id answers 206
// until processed), updates, and serving the uploaded files back.
class MediaRoutes final : public Routes
{
public:
    explicit MediaRoutes(SandboxState &state);
    std::optional<SandboxResponse> handle(const SandboxRequest &request) override;

    [[nodiscard]] static QJsonObject toJson(const MediaAttachment &media, const QString &origin);
    [[nodiscard]] static bool isProcessed(const MediaAttachment &media);
    // Recognises a file by its first bytes, as Mastodon does rather than trusting the name.
    [[nodiscard]] static QByteArray sniffMimeType(const QByteArray &data,
                                                  const QByteArray &declared);

private:
    SandboxResponse upload(const SandboxRequest &request);
    SandboxResponse show(const SandboxRequest &request, const QString &id);
    SandboxResponse update(const SandboxRequest &request, const QString &id);
    SandboxResponse file(const QString &id) const;
    // Applies description and focus parameters; returns an error response or nothing.
    std::optional<SandboxResponse> applyMetadata(const SandboxRequest &request,
                                                 MediaAttachment &media) const;

    SandboxState &m_state;
    TokenAuth m_auth;
};
