#include "customemojicache.h"

#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "completionlog.h"
#include "util/atomicjsonfile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

QJsonObject toJson(const CustomEmoji &emoji)
{
    QJsonObject object{{QStringLiteral("shortcode"), emoji.shortcode},
                       {QStringLiteral("url"), emoji.url.toString()},
                       {QStringLiteral("static_url"), emoji.staticUrl.toString()},
                       {QStringLiteral("visible_in_picker"), emoji.visibleInPicker}};
    if (!emoji.category.isEmpty())
        object.insert(QStringLiteral("category"), emoji.category);
    return object;
}

// Entries the server got wrong are skipped, not the whole list.
QList<CustomEmoji> readList(const QJsonArray &array)
{
    QList<CustomEmoji> emoji;
    for (const QJsonValue &value : array) {
        if (std::optional<CustomEmoji> entry = CustomEmoji::fromJson(value))
            emoji.append(*entry);
    }
    return emoji;
}

} // namespace

QString CustomEmojiCache::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/custom-emoji");
}

CustomEmojiCache::CustomEmojiCache(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{}

CustomEmojiCache::~CustomEmojiCache()
{
    cancel();
}

void CustomEmojiCache::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    cancel();
    m_client = client;
    m_loaded = false;
    m_fetched = false;
    if (!m_emoji.isEmpty()) {
        m_emoji.clear();
        emit emojiChanged();
    }
}

QString CustomEmojiCache::filePath() const
{
    if (!m_client)
        return {};
    const QUrl base = m_client->baseUrl();
    // One file per instance; the port tells loopback test servers apart.
    QString name = base.host().toLower();
    if (base.port() > 0)
        name += QLatin1Char('_') + QString::number(base.port());
    return m_directory + QLatin1Char('/') + name + QStringLiteral(".json");
}

void CustomEmojiCache::load()
{
    if (!m_client)
        return;
    if (!m_loaded) {
        m_loaded = true;
        if (const std::optional<QJsonObject> saved = AtomicJsonFile::read(filePath())) {
            m_emoji = readList(saved->value(QLatin1String("emojis")).toArray());
            emit emojiChanged();
        }
    }
    if (m_fetched || m_reply || !m_client->hasAccessToken())
        return;
    m_fetched = true;
    ApiReply *reply = m_client->get(QStringLiteral("/api/v1/custom_emojis"));
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        onFetched(result);
    });
}

void CustomEmojiCache::onFetched(const ApiResult &result)
{
    if (!result.ok() || !result.jsonValue().isArray()) {
        // The copy on disk stays in use; the next session asks again.
        qCInfo(lcCompletion).noquote()
            << "custom emoji not fetched:" << ApiError::kindName(result.error.kind);
        return;
    }
    const QList<CustomEmoji> emoji = readList(result.jsonValue().toArray());
    QJsonArray array;
    for (const CustomEmoji &entry : emoji)
        array.append(toJson(entry));
    QString error;
    if (!AtomicJsonFile::write(filePath(),
                               QJsonObject{{QStringLiteral("emojis"), array},
                                           {QStringLiteral("fetched_at"),
                                            QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}},
                               &error))
        qCWarning(lcCompletion).noquote() << "custom emoji not saved:" << error;
    m_emoji = emoji;
    emit emojiChanged();
}

void CustomEmojiCache::cancel()
{
    if (ApiReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}
