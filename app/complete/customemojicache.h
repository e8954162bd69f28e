#pragma once

#include "api/customemoji.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ApiReply;
struct ApiResult;

// An instance's custom emoji (/api/v1/custom_emojis), kept on disk per instance so the
// list is there at once after a restart, and fetched again in the background the first
// time it is wanted in a session (the server's list changes rarely, but it does).
class CustomEmojiCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomEmojiCache)

public:
    // <QStandardPaths::CacheLocation>/custom-emoji
    [[nodiscard]] static QString defaultDirectory();

    // Files go to `directory` (the default one when empty).
    explicit CustomEmojiCache(const QString &directory = {}, QObject *parent = nullptr);
    ~CustomEmojiCache() override;

    // nullptr: nothing is known. The same client again changes nothing.
    void setClient(ApiClient *client);
    // Reads the disk copy of the client's instance, then asks the server once.
    void load();
    [[nodiscard]] const QList<CustomEmoji> &emoji() const { return m_emoji; }
    [[nodiscard]] bool isRefreshing() const { return m_reply != nullptr; }
    // The file that holds the instance's list.
    [[nodiscard]] QString filePath() const;

signals:
    // emoji() has changed (read from disk or fetched).
    void emojiChanged();

private:
    void onFetched(const ApiResult &result);
    void cancel();

    QString m_directory;
    QPointer<ApiClient> m_client;
    QPointer<ApiReply> m_reply;
    QList<CustomEmoji> m_emoji;
    bool m_loaded = false;
    bool m_fetched = false;
};
