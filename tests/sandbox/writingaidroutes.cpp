#include "writingaidroutes.h"

#include "avatarimages.h"
#include "sandboxstate.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QRegularExpression>

namespace {

constexpr int historyDays = 7;

} // namespace

WritingAidRoutes::WritingAidRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

QStringList WritingAidRoutes::tagNames()
{
    return {
        QStringLiteral("mastodon"),    QStringLiteral("fediverse"), QStringLiteral("posthorn"),
        QStringLiteral("photography"), QStringLiteral("mastodev"),  QStringLiteral("opensource"),
        QStringLiteral("caturday"),    QStringLiteral("qt"),        QStringLiteral("Postcrossing")};
}

QStringList WritingAidRoutes::followedTagNames()
{
    // Neither starts with the same letters as a more used tag the tests type; `#mast`
    // shows the followed `mastodev` before the more used `mastodon`.
    return {QStringLiteral("mastodev"), QStringLiteral("caturday")};
}

QStringList WritingAidRoutes::customEmojiShortcodes()
{
    return {QStringLiteral("blobcat"), QStringLiteral("blobcat_heart"), QStringLiteral("blobfox"),
            QStringLiteral("posthorn_logo"), QStringLiteral("hidden_blob")};
}

std::optional<SandboxResponse> WritingAidRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression imagePath(QStringLiteral("^/custom_emojis/([a-z_]+)\\.png$"));
    const QString &path = request.path;
    if (path == QLatin1String("/api/v2/search") && request.method == "GET" &&
        request.str(QStringLiteral("type")) == QLatin1String("hashtags") &&
        m_state.config.feature(QStringLiteral("v2_search")))
        return searchHashtags(request);
    if (path == QLatin1String("/api/v1/followed_tags") && request.method == "GET")
        return followedTags(request);
    if (path == QLatin1String("/api/v1/custom_emojis") && request.method == "GET")
        return customEmojis();
    if (request.method != "GET" && request.method != "HEAD")
        return std::nullopt;
    if (const auto match = imagePath.match(path); match.hasMatch()) {
        if (!customEmojiShortcodes().contains(match.captured(1)))
            return SandboxResponse::error(404, QStringLiteral("Not Found"));
        const QByteArray data = AvatarImages::png(QStringLiteral("emoji:") + match.captured(1), 32);
        SandboxResponse response = SandboxResponse::bytes(data, "image/png");
        // Cacheable like Mastodon's CDN-served files.
        response.setHeader("Cache-Control", "public, max-age=86400");
        response.setHeader(
            "ETag", '"' + QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex() + '"');
        return response;
    }
    return std::nullopt;
}

QJsonObject WritingAidRoutes::tagJson(int rank, bool following) const
{
    const QString name = tagNames().at(rank);
    // Mastodon's history: one entry per day, newest first, counts as strings. More used
    // tags come first in the seed, so their counts are higher.
    QJsonArray history;
    const qint64 today = QDateTime::currentSecsSinceEpoch() / 86400 * 86400;
    for (int day = 0; day < historyDays; ++day) {
        const int accounts = qMax(0, (tagNames().size() - rank) * 3 - day);
        history.append(QJsonObject{{QStringLiteral("day"), QString::number(today - day * 86400)},
                                   {QStringLiteral("uses"), QString::number(accounts * 2)},
                                   {QStringLiteral("accounts"), QString::number(accounts)}});
    }
    // REST::TagSerializer: the tag's database id comes first.
    QJsonObject tag{
        {QStringLiteral("id"), QString::number(rank + 1)},
        {QStringLiteral("name"), name},
        {QStringLiteral("url"), QString(m_state.origin() + QStringLiteral("/tags/") + name)},
        {QStringLiteral("history"), history}};
    tag.insert(QStringLiteral("following"), following);
    return tag;
}

SandboxResponse WritingAidRoutes::searchHashtags(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.optional(request, {QStringLiteral("read"), QStringLiteral("read:search")});
    if (auth.error)
        return *auth.error;
    QString query = request.str(QStringLiteral("q")).trimmed();
    if (query.startsWith(QLatin1Char('#')))
        query = query.mid(1);
    if (query.isEmpty())
        return SandboxResponse::error(400,
                                      QStringLiteral("param is missing or the value is empty: q"));
    bool ok = false;
    int limit = request.str(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 20;
    limit = qMin(limit, 40);
    // Mastodon matches tags by the start of their name, most used first.
    QJsonArray hashtags;
    const QStringList names = tagNames();
    for (int rank = 0; rank < names.size() && hashtags.size() < limit; ++rank) {
        if (names.at(rank).startsWith(query, Qt::CaseInsensitive))
            hashtags.append(
                tagJson(rank, auth.token && followedTagNames().contains(names.at(rank))));
    }
    return SandboxResponse::json(QJsonObject{{QStringLiteral("accounts"), QJsonArray{}},
                                             {QStringLiteral("statuses"), QJsonArray{}},
                                             {QStringLiteral("hashtags"), hashtags}});
}

SandboxResponse WritingAidRoutes::followedTags(const SandboxRequest &request) const
{
    const TokenAuth::Result auth =
        m_auth.require(request, {QStringLiteral("read"), QStringLiteral("read:follows")});
    if (auth.error)
        return *auth.error;
    QJsonArray tags;
    const QStringList names = tagNames();
    for (const QString &name : followedTagNames())
        tags.append(tagJson(int(names.indexOf(name)), true));
    return SandboxResponse::json(tags);
}

SandboxResponse WritingAidRoutes::customEmojis() const
{
    // Public, as on Mastodon: no token needed.
    QJsonArray emojis;
    for (const QString &shortcode : customEmojiShortcodes()) {
        const QString url = m_state.origin() + QStringLiteral("/custom_emojis/") + shortcode +
                            QStringLiteral(".png");
        emojis.append(QJsonObject{
            {QStringLiteral("shortcode"), shortcode},
            {QStringLiteral("url"), url},
            {QStringLiteral("static_url"), url},
            {QStringLiteral("visible_in_picker"), shortcode != QLatin1String("hidden_blob")},
            {QStringLiteral("category"), shortcode.startsWith(QLatin1String("blob"))
                                             ? QStringLiteral("Blobs")
                                             : QStringLiteral("Posthorn")}});
    }
    return SandboxResponse::json(emojis);
}
