#include "completionsearch.h"

#include "api/account.h"
#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "api/jsonreader.h"
#include "completionlog.h"
#include "completionmodel.h"
#include "customemojicache.h"
#include "search/imageloader.h"
#include "search/searchquery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcCompletion, "posthorn.completion")

namespace {

const QString searchPath = QStringLiteral("/api/v2/search");
const QString followedTagsPath = QStringLiteral("/api/v1/followed_tags");

// A tag's use over the days the server reports (Mastodon gives the last week, newest
// first): how many people used it.
qint64 recentAccounts(const QJsonObject &tag)
{
    qint64 accounts = 0;
    for (const QJsonValue &day : tag.value(QLatin1String("history")).toArray()) {
        // Counts arrive as strings.
        accounts += day.toObject().value(QLatin1String("accounts")).toVariant().toLongLong();
    }
    return accounts;
}

qsizetype historyDays(const QJsonObject &tag)
{
    return tag.value(QLatin1String("history")).toArray().size();
}

} // namespace

CompletionSearch::CompletionSearch(const QString &emojiDirectory, QObject *parent)
    : QObject(parent)
    , m_images(new ImageLoader(this))
    , m_model(new CompletionModel(m_images, this))
    , m_customEmoji(new CustomEmojiCache(emojiDirectory, this))
    , m_emoji(QList<UnicodeEmoji>())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(defaultDebounce);
    connect(&m_debounce, &QTimer::timeout, this, &CompletionSearch::startSearch);
    connect(m_customEmoji, &CustomEmojiCache::emojiChanged, this, [this] {
        m_emoji.setCustomEmoji(m_customEmoji->emoji());
        if (m_trigger.kind == CompletionTrigger::Kind::Emoji)
            showEmoji();
    });
}

CompletionSearch::~CompletionSearch()
{
    cancelSearch();
    if (ApiReply *reply = m_followedReply) {
        reply->disconnect(this);
        reply->abort();
    }
}

void CompletionSearch::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    cancelSearch();
    if (ApiReply *reply = m_followedReply) {
        m_followedReply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
    if (m_client)
        disconnect(m_client, nullptr, this, nullptr);
    m_client = client;
    m_followedTags.clear();
    m_followedAsked = false;
    m_images->setNetwork(client ? client->network() : nullptr);
    m_customEmoji->setClient(client);
    if (client) {
        // Replies belong to the client and die with it, without finishing.
        connect(client, &QObject::destroyed, this, [this] {
            m_reply = nullptr;
            m_followedReply = nullptr;
            setClient(nullptr);
        });
    }
    const CompletionTrigger current = m_trigger;
    m_trigger = {};
    setTrigger(current);
}

bool CompletionSearch::isSearching() const
{
    return m_debounce.isActive() || m_reply;
}

void CompletionSearch::setTrigger(const CompletionTrigger &trigger)
{
    if (!trigger.isActive()) {
        clear();
        return;
    }
    // The same token (the caret moved inside it): nothing new to ask.
    if (trigger.kind == m_trigger.kind && trigger.query == m_trigger.query) {
        m_trigger = trigger;
        return;
    }
    const bool sameKind = trigger.kind == m_trigger.kind;
    m_trigger = trigger;
    cancelSearch();
    if (trigger.kind == CompletionTrigger::Kind::Emoji) {
        showEmoji();
        return;
    }
    // What was shown for another kind of token means nothing for this one; for the
    // same kind it stays while the user refines, so the list does not flicker.
    if (!sameKind)
        m_model->clear();
    if (!isSignedIn()) {
        show({});
        return;
    }
    m_debounce.start();
}

void CompletionSearch::clear()
{
    cancelSearch();
    m_trigger = {};
    m_foundTags.clear();
    m_model->clear();
}

void CompletionSearch::startSearch()
{
    if (!isSignedIn())
        return;
    if (m_trigger.kind == CompletionTrigger::Kind::Account)
        requestAccounts();
    else if (m_trigger.kind == CompletionTrigger::Kind::Hashtag)
        requestHashtags();
}

void CompletionSearch::requestAccounts()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), m_trigger.query);
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("accounts"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(defaultLimit));
    // Looking a handle up over federation is slow; only a full one is worth it.
    if (SearchQuery::wantsResolve(m_trigger.query))
        query.addQueryItem(QStringLiteral("resolve"), QStringLiteral("true"));
    ApiReply *reply = m_client->get(searchPath, query);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        // Only the current token's reply counts; older ones are aborted and ignored.
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        onAccounts(result);
    });
}

void CompletionSearch::onAccounts(const ApiResult &result)
{
    if (!result.ok()) {
        qCInfo(lcCompletion).noquote()
            << "account completion failed:" << ApiError::kindName(result.error.kind);
        show({});
        return;
    }
    QString problem;
    const std::optional<QList<Account>> accounts = JsonReader::parseList<Account>(
        result.json.object().value(QLatin1String("accounts")), QStringLiteral("Account"), &problem);
    if (!accounts) {
        qCInfo(lcCompletion).noquote() << "account completion:" << problem;
        show({});
        return;
    }
    QList<CompletionItem> items;
    for (const Account &account : *accounts) {
        CompletionItem item;
        item.kind = CompletionItem::Kind::Account;
        // `acct` is `user@domain` for a remote account, so the mention reaches them.
        item.replacement = QLatin1Char('@') + account.acct;
        item.title = account.name();
        item.detail = QLatin1Char('@') + account.acct;
        item.image = account.avatarStatic.isValid() ? account.avatarStatic : account.avatar;
        item.emojis = account.emojis;
        items.append(item);
    }
    show(items);
}

void CompletionSearch::requestHashtags()
{
    requestFollowedTags();
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), m_trigger.query);
    query.addQueryItem(QStringLiteral("type"), QStringLiteral("hashtags"));
    query.addQueryItem(QStringLiteral("limit"), QString::number(defaultLimit));
    ApiReply *reply = m_client->get(searchPath, query);
    m_reply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (reply != m_reply)
            return;
        m_reply = nullptr;
        onHashtags(result);
    });
}

void CompletionSearch::requestFollowedTags()
{
    if (m_followedAsked)
        return;
    m_followedAsked = true;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("200"));
    ApiReply *reply = m_client->get(followedTagsPath, query);
    m_followedReply = reply;
    connect(reply, &ApiReply::finished, this, [this, reply](const ApiResult &result) {
        if (reply != m_followedReply)
            return;
        m_followedReply = nullptr;
        // Older servers have no such list (404), tokens may lack the scope (403):
        // completion works without it.
        if (!result.ok() || !result.jsonValue().isArray()) {
            qCInfo(lcCompletion).noquote()
                << "no followed tags:" << ApiError::kindName(result.error.kind);
            return;
        }
        for (const QJsonValue &value : result.jsonValue().toArray()) {
            const QString name = value.toObject().value(QLatin1String("name")).toString();
            if (!name.isEmpty())
                m_followedTags.append(name);
        }
        if (m_trigger.kind == CompletionTrigger::Kind::Hashtag && !isSearching())
            showHashtags();
    });
}

void CompletionSearch::onHashtags(const ApiResult &result)
{
    m_foundTags.clear();
    if (!result.ok()) {
        qCInfo(lcCompletion).noquote()
            << "hashtag completion failed:" << ApiError::kindName(result.error.kind);
    } else {
        for (const QJsonValue &value :
             result.json.object().value(QLatin1String("hashtags")).toArray()) {
            const QJsonObject tag = value.toObject();
            const QString name = tag.value(QLatin1String("name")).toString();
            if (name.isEmpty())
                continue;
            CompletionItem item;
            item.kind = CompletionItem::Kind::Hashtag;
            item.replacement = QLatin1Char('#') + name;
            item.title = item.replacement;
            if (const qsizetype days = historyDays(tag); days > 0)
                item.detail =
                    tr("%n person(s) in the past %1 days", nullptr, int(recentAccounts(tag)))
                        .arg(days);
            item.followed = tag.value(QLatin1String("following")).toBool();
            m_foundTags.append(item);
        }
    }
    showHashtags();
}

void CompletionSearch::showHashtags()
{
    QList<CompletionItem> items;
    QStringList shown;
    // The tags the user follows come first: they are the ones most likely meant.
    for (const QString &name : std::as_const(m_followedTags)) {
        if (!name.startsWith(m_trigger.query, Qt::CaseInsensitive))
            continue;
        CompletionItem item;
        item.kind = CompletionItem::Kind::Hashtag;
        item.replacement = QLatin1Char('#') + name;
        item.title = item.replacement;
        item.followed = true;
        for (const CompletionItem &found : std::as_const(m_foundTags)) {
            if (found.replacement.compare(item.replacement, Qt::CaseInsensitive) == 0)
                item.detail = found.detail;
        }
        shown.append(name.toLower());
        items.append(item);
    }
    for (const CompletionItem &found : std::as_const(m_foundTags)) {
        if (!shown.contains(found.replacement.mid(1).toLower()))
            items.append(found);
    }
    show(items.mid(0, defaultLimit));
}

void CompletionSearch::showEmoji()
{
    if (!m_unicodeLoaded) {
        // Read when first wanted, not with every composer.
        m_unicodeLoaded = true;
        m_emoji = EmojiCatalogue(EmojiCatalogue::systemUnicodeEmoji());
        m_emoji.setCustomEmoji(m_customEmoji->emoji());
    }
    m_customEmoji->load();
    QList<CompletionItem> items;
    const QList<CustomEmoji> custom = m_emoji.findCustom(m_trigger.query, defaultLimit);
    for (const CustomEmoji &emoji : custom) {
        CompletionItem item;
        item.kind = CompletionItem::Kind::CustomEmoji;
        item.replacement = QLatin1Char(':') + emoji.shortcode + QLatin1Char(':');
        item.title = item.replacement;
        item.image = emoji.staticUrl.isValid() ? emoji.staticUrl : emoji.url;
        items.append(item);
    }
    const QList<UnicodeEmoji> unicode =
        m_emoji.findUnicode(m_trigger.query, defaultLimit - int(items.size()));
    for (const UnicodeEmoji &emoji : unicode) {
        CompletionItem item;
        item.kind = CompletionItem::Kind::UnicodeEmoji;
        item.replacement = emoji.text;
        item.title = emoji.name;
        item.glyph = emoji.text;
        items.append(item);
    }
    show(items);
}

void CompletionSearch::show(const QList<CompletionItem> &items)
{
    m_model->setItems(items);
    emit resultsReady(m_trigger);
}

void CompletionSearch::cancelSearch()
{
    m_debounce.stop();
    // Disconnected before the abort, so the Cancelled result reaches nobody.
    if (ApiReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
    }
}

bool CompletionSearch::isSignedIn() const
{
    return m_client && m_client->hasAccessToken();
}
