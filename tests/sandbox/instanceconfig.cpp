#include "instanceconfig.h"

#include <QUrl>

namespace {

QJsonArray strings(std::initializer_list<const char *> items)
{
    QJsonArray array;
    for (const char *item : items)
        array.append(QString::fromLatin1(item));
    return array;
}

} // namespace

InstanceConfig::InstanceConfig()
    : m_version(QStringLiteral("4.5.0"))
{
    m_features = QJsonObject{
        {QStringLiteral("v2_instance"), true},
        {QStringLiteral("v2_search"), true},
        {QStringLiteral("oauth_discovery"), true},
        {QStringLiteral("languages"), true},
    };
    m_configuration = QJsonObject{
        {QStringLiteral("accounts"), QJsonObject{{QStringLiteral("max_featured_tags"), 10},
                                                 {QStringLiteral("max_pinned_statuses"), 5}}},
        {QStringLiteral("statuses"),
         QJsonObject{{QStringLiteral("max_characters"), 500},
                     {QStringLiteral("max_media_attachments"), 4},
                     {QStringLiteral("characters_reserved_per_url"), 23}}},
        {QStringLiteral("media_attachments"),
         QJsonObject{
             {QStringLiteral("supported_mime_types"),
              strings({"image/jpeg",  "image/png",       "image/gif",       "image/heic",
                       "image/heif",  "image/webp",      "image/avif",      "video/webm",
                       "video/mp4",   "video/quicktime", "video/ogg",       "audio/wave",
                       "audio/wav",   "audio/x-wav",     "audio/x-pn-wave", "audio/vnd.wave",
                       "audio/ogg",   "audio/vorbis",    "audio/mpeg",      "audio/mp3",
                       "audio/webm",  "audio/flac",      "audio/aac",       "audio/m4a",
                       "audio/x-m4a", "audio/mp4",       "audio/3gpp",      "video/x-ms-asf"})},
             {QStringLiteral("image_size_limit"), 16777216},
             {QStringLiteral("image_matrix_limit"), 33177600},
             {QStringLiteral("video_size_limit"), 103809024},
             {QStringLiteral("video_frame_rate_limit"), 120},
             {QStringLiteral("video_matrix_limit"), 8294400},
             {QStringLiteral("description_limit"), 1500}}},
        {QStringLiteral("polls"), QJsonObject{{QStringLiteral("max_options"), 4},
                                              {QStringLiteral("max_characters_per_option"), 50},
                                              {QStringLiteral("min_expiration"), 300},
                                              {QStringLiteral("max_expiration"), 2629746}}},
        {QStringLiteral("translation"), QJsonObject{{QStringLiteral("enabled"), false}}},
    };
}

QJsonObject InstanceConfig::deepMerge(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(),
                        deepMerge(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

void InstanceConfig::merge(const QJsonObject &changes)
{
    m_configuration =
        deepMerge(m_configuration, changes.value(QStringLiteral("configuration")).toObject());
    m_features = deepMerge(m_features, changes.value(QStringLiteral("features")).toObject());
    if (changes.value(QStringLiteral("version")).isString())
        m_version = changes.value(QStringLiteral("version")).toString();
    const QJsonValue apiVersions = changes.value(QStringLiteral("api_versions"));
    if (apiVersions.isNull())
        m_apiVersion = 0;
    else if (apiVersions.isObject())
        m_apiVersion = apiVersions.toObject().value(QStringLiteral("mastodon")).toInt();
}

bool InstanceConfig::feature(const QString &name) const
{
    return m_features.value(name).toBool(true);
}

double InstanceConfig::number(const QString &block, const QString &key) const
{
    return m_configuration.value(block).toObject().value(key).toDouble();
}

int InstanceConfig::maxCharacters() const
{
    return int(number(QStringLiteral("statuses"), QStringLiteral("max_characters")));
}

int InstanceConfig::charactersReservedPerUrl() const
{
    return int(number(QStringLiteral("statuses"), QStringLiteral("characters_reserved_per_url")));
}

int InstanceConfig::maxMediaAttachments() const
{
    return int(number(QStringLiteral("statuses"), QStringLiteral("max_media_attachments")));
}

int InstanceConfig::pollMaxOptions() const
{
    return int(number(QStringLiteral("polls"), QStringLiteral("max_options")));
}

int InstanceConfig::pollMaxCharactersPerOption() const
{
    return int(number(QStringLiteral("polls"), QStringLiteral("max_characters_per_option")));
}

int InstanceConfig::pollMinExpiration() const
{
    return int(number(QStringLiteral("polls"), QStringLiteral("min_expiration")));
}

int InstanceConfig::pollMaxExpiration() const
{
    return int(number(QStringLiteral("polls"), QStringLiteral("max_expiration")));
}

QStringList InstanceConfig::supportedMimeTypes() const
{
    QStringList types;
    const QJsonArray array = m_configuration.value(QStringLiteral("media_attachments"))
                                 .toObject()
                                 .value(QStringLiteral("supported_mime_types"))
                                 .toArray();
    for (const QJsonValue &type : array)
        types << type.toString();
    return types;
}

qint64 InstanceConfig::imageSizeLimit() const
{
    return qint64(number(QStringLiteral("media_attachments"), QStringLiteral("image_size_limit")));
}

qint64 InstanceConfig::videoSizeLimit() const
{
    return qint64(number(QStringLiteral("media_attachments"), QStringLiteral("video_size_limit")));
}

qint64 InstanceConfig::imageMatrixLimit() const
{
    return qint64(
        number(QStringLiteral("media_attachments"), QStringLiteral("image_matrix_limit")));
}

int InstanceConfig::descriptionLimit() const
{
    return int(number(QStringLiteral("media_attachments"), QStringLiteral("description_limit")));
}

QJsonArray InstanceConfig::rules()
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("id"), QStringLiteral("1")},
                    {QStringLiteral("text"), QStringLiteral("Be kind to the other test accounts.")},
                    {QStringLiteral("hint"), QStringLiteral("They are only data, but still.")}},
        QJsonObject{
            {QStringLiteral("id"), QStringLiteral("2")},
            {QStringLiteral("text"), QStringLiteral("Nothing posted here leaves this machine.")},
            {QStringLiteral("hint"), QString()}},
        QJsonObject{{QStringLiteral("id"), QStringLiteral("3")},
                    {QStringLiteral("text"),
                     QStringLiteral("Describe your images for people who cannot see them.")},
                    {QStringLiteral("hint"), QStringLiteral("Alt text helps everyone.")}},
    };
}

QJsonObject InstanceConfig::instanceV2(const QString &origin, const QJsonObject &contact) const
{
    const QString domain = QUrl(origin).authority();
    QJsonObject configuration = m_configuration;
    QJsonObject urls{
        {QStringLiteral("streaming"),
         QString(origin).replace(QStringLiteral("http"), QStringLiteral("ws"))},
        {QStringLiteral("status"), QJsonValue::Null},
        {QStringLiteral("about"), QString(origin + QStringLiteral("/about"))},
        {QStringLiteral("privacy_policy"), QString(origin + QStringLiteral("/privacy-policy"))},
        {QStringLiteral("terms_of_service"), QJsonValue::Null},
    };
    configuration.insert(QStringLiteral("urls"), urls);
    configuration.insert(
        QStringLiteral("vapid"),
        QJsonObject{{QStringLiteral("public_key"),
                     QStringLiteral("BCkMmVdKDnKYwzVCDC99Iuc9GvId-x7-kKtuHnLgfF98ENiZp_aj-"
                                    "UNthbCdI70DqN1zUVis-x0Wrot2sBagkMc=")}});
    QJsonObject instance{
        {QStringLiteral("domain"), domain},
        {QStringLiteral("title"), QStringLiteral("Posthorn Sandbox")},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("source_url"), QStringLiteral("https://github.com/mastodon/mastodon")},
        {QStringLiteral("description"),
         QStringLiteral("A local stand-in for a Mastodon server, for Posthorn's tests and demos.")},
        {QStringLiteral("usage"),
         QJsonObject{{QStringLiteral("users"), QJsonObject{{QStringLiteral("active_month"), 42}}}}},
        {QStringLiteral("thumbnail"),
         QJsonObject{
             {QStringLiteral("url"), QString(origin + QStringLiteral("/avatars/1.png"))},
             {QStringLiteral("blurhash"), QStringLiteral("UeKUpFxuo~R%0nW;WCnhF6RjaJt757oJodS$")},
             {QStringLiteral("versions"), QJsonObject{}}}},
        {QStringLiteral("icon"), QJsonArray{}},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("configuration"), configuration},
        {QStringLiteral("registrations"), QJsonObject{{QStringLiteral("enabled"), false},
                                                      {QStringLiteral("approval_required"), false},
                                                      {QStringLiteral("message"), QJsonValue::Null},
                                                      {QStringLiteral("url"), QJsonValue::Null}}},
        {QStringLiteral("api_versions"), QJsonObject{{QStringLiteral("mastodon"), m_apiVersion}}},
        {QStringLiteral("contact"),
         QJsonObject{{QStringLiteral("email"), QStringLiteral("admin@sandbox.invalid")},
                     {QStringLiteral("account"), contact}}},
        {QStringLiteral("rules"), rules()},
    };
    // Servers before 4.3 have no api_versions at all.
    if (m_apiVersion <= 0)
        instance.remove(QStringLiteral("api_versions"));
    return instance;
}

QJsonObject InstanceConfig::instanceV1(const QString &origin, const QJsonObject &contact) const
{
    const QString domain = QUrl(origin).authority();
    QJsonObject configuration = m_configuration;
    configuration.remove(QStringLiteral("translation"));
    return QJsonObject{
        {QStringLiteral("uri"), domain},
        {QStringLiteral("title"), QStringLiteral("Posthorn Sandbox")},
        {QStringLiteral("short_description"),
         QStringLiteral("A local stand-in for a Mastodon server.")},
        {QStringLiteral("description"),
         QStringLiteral("A local stand-in for a Mastodon server, for Posthorn's tests and demos.")},
        {QStringLiteral("email"), QStringLiteral("admin@sandbox.invalid")},
        {QStringLiteral("version"), m_version},
        {QStringLiteral("urls"),
         QJsonObject{{QStringLiteral("streaming_api"),
                      QString(origin).replace(QStringLiteral("http"), QStringLiteral("ws"))}}},
        {QStringLiteral("stats"), QJsonObject{{QStringLiteral("user_count"), 59},
                                              {QStringLiteral("status_count"), 1234},
                                              {QStringLiteral("domain_count"), 3}}},
        {QStringLiteral("thumbnail"), QString(origin + QStringLiteral("/avatars/1.png"))},
        {QStringLiteral("languages"), QJsonArray{QStringLiteral("en")}},
        {QStringLiteral("registrations"), false},
        {QStringLiteral("approval_required"), false},
        {QStringLiteral("invites_enabled"), false},
        {QStringLiteral("configuration"), configuration},
        {QStringLiteral("contact_account"), contact},
        {QStringLiteral("rules"), rules()},
    };
}

QJsonArray InstanceConfig::languages()
{
    static const char *const table[][2] = {
        {"ar", "Arabic"},    {"ca", "Catalan"},  {"cs", "Czech"},      {"cy", "Welsh"},
        {"da", "Danish"},    {"de", "German"},   {"el", "Greek"},      {"en", "English"},
        {"eo", "Esperanto"}, {"es", "Spanish"},  {"eu", "Basque"},     {"fa", "Persian"},
        {"fi", "Finnish"},   {"fr", "French"},   {"ga", "Irish"},      {"gl", "Galician"},
        {"he", "Hebrew"},    {"hi", "Hindi"},    {"hu", "Hungarian"},  {"id", "Indonesian"},
        {"it", "Italian"},   {"ja", "Japanese"}, {"ko", "Korean"},     {"nl", "Dutch"},
        {"no", "Norwegian"}, {"pl", "Polish"},   {"pt", "Portuguese"}, {"ru", "Russian"},
        {"sv", "Swedish"},   {"tr", "Turkish"},  {"uk", "Ukrainian"},  {"zh", "Chinese"},
    };
    QJsonArray array;
    for (const auto &row : table) {
        array.append(QJsonObject{{QStringLiteral("code"), QString::fromLatin1(row[0])},
                                 {QStringLiteral("name"), QString::fromLatin1(row[1])}});
    }
    return array;
}
