#pragma once

#include "completionitem.h"
#include "completiontrigger.h"
#include "emojicatalogue.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

class ApiClient;
class ApiReply;
class CompletionModel;
class CustomEmojiCache;
class ImageLoader;
struct ApiResult;

// Finds what the token at the caret may become, for one signed-in account: accounts
// and hashtags from the server (after the user pauses typing; the reply of a query no
// longer current is aborted and never shown), the user's followed tags first, and
// emoji from the instance's custom emoji and the Unicode names at once.
class CompletionSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompletionSearch)

public:
    static constexpr std::chrono::milliseconds defaultDebounce{250};
    static constexpr int defaultLimit = 8;

    // Custom emoji are kept in `emojiDirectory` (CustomEmojiCache's default when empty).
    explicit CompletionSearch(const QString &emojiDirectory = {}, QObject *parent = nullptr);
    ~CompletionSearch() override;

    // nullptr means signed out: nothing from the server, Unicode emoji still.
    void setClient(ApiClient *client);

    // The token at the caret; an inactive one clears the list.
    void setTrigger(const CompletionTrigger &trigger);
    void clear();

    [[nodiscard]] CompletionModel *model() const { return m_model; }
    // The account's custom emoji and the pictures already fetched, which the emoji
    // picker shares rather than asking the server again.
    [[nodiscard]] CustomEmojiCache *customEmoji() const { return m_customEmoji; }
    [[nodiscard]] ImageLoader *images() const { return m_images; }
    // True while the server is asked for the current token.
    [[nodiscard]] bool isSearching() const;

signals:
    // The model holds the entries for this token (possibly none).
    void resultsReady(const CompletionTrigger &trigger);

private:
    void startSearch();
    void requestAccounts();
    void requestHashtags();
    void requestFollowedTags();
    void onAccounts(const ApiResult &result);
    void onHashtags(const ApiResult &result);
    void showEmoji();
    void showHashtags();
    void show(const QList<CompletionItem> &items);
    void cancelSearch();
    [[nodiscard]] bool isSignedIn() const;

    QPointer<ApiClient> m_client;
    ImageLoader *m_images;
    CompletionModel *m_model;
    CustomEmojiCache *m_customEmoji;
    EmojiCatalogue m_emoji;
    bool m_unicodeLoaded = false;
    QTimer m_debounce;

    CompletionTrigger m_trigger;
    QPointer<ApiReply> m_reply;
    // Tags the server found for the current query, shown after the followed ones.
    QList<CompletionItem> m_foundTags;
    QStringList m_followedTags;
    QPointer<ApiReply> m_followedReply;
    bool m_followedAsked = false;
};
