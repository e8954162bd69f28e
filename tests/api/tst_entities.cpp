// Parsers and the pure value types of app/api: real Mastodon samples, then every way a
// reply can be wrong. Each row gives either field values or the start of an error.
#include "api/account.h"
#include "api/apiclient.h"
#include "api/apierror.h"
#include "api/apiresult.h"
#include "api/application.h"
#include "api/authservermetadata.h"
#include "api/credentialaccount.h"
#include "api/customemoji.h"
#include "api/instance.h"
#include "api/iso8601.h"
#include "api/mediaattachment.h"
#include "api/originpolicy.h"
#include "api/ratelimit.h"
#include "api/relationship.h"
#include "api/scheduledstatus.h"
#include "api/servererror.h"
#include "api/status.h"
#include "api/token.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QVariantMap>

namespace {

// For variant(): remove the field rather than set it to null.
const QJsonValue absent(QJsonValue::Undefined);

QByteArray sample(const QString &name)
{
    QFile file(QStringLiteral(":/data/") + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(name));
    return file.readAll();
}

QJsonObject sampleObject(const QString &name)
{
    return QJsonDocument::fromJson(sample(name)).object();
}

QByteArray toJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The sample with one field replaced (or removed, for an undefined value).
QByteArray variant(const QString &name, const QString &key, const QJsonValue &value)
{
    QJsonObject object = sampleObject(name);
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return toJson(object);
}

// Any text, including scalars and garbage, as the value a parser would be handed.
QJsonValue valueOf(const QByteArray &json)
{
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArrayLiteral("{\"v\":") + json + QByteArrayLiteral("}"));
    return document.isNull() ? QJsonValue(QJsonValue::Undefined)
                             : document.object().value(QLatin1String("v"));
}

QString iso(const QDateTime &dateTime)
{
    return dateTime.isValid() ? dateTime.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString nestedMoves(int depth)
{
    QString json = QStringLiteral("{\"id\":\"0\",\"username\":\"a\",\"acct\":\"a\"}");
    for (int i = 1; i <= depth; ++i)
        json = QStringLiteral("{\"id\":\"%1\",\"username\":\"a\",\"acct\":\"a%1\",\"moved\":%2}")
                   .arg(QString::number(i), json);
    return json;
}

QVariantMap fields(const Account &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("username"), a.username},
            {QStringLiteral("acct"), a.acct},
            {QStringLiteral("name"), a.name()},
            {QStringLiteral("locked"), a.locked},
            {QStringLiteral("bot"), a.bot},
            {QStringLiteral("followers"), a.followersCount},
            {QStringLiteral("statuses"), a.statusesCount},
            {QStringLiteral("createdAt"), iso(a.createdAt)},
            {QStringLiteral("lastStatusAt"), a.lastStatusAt.toString(Qt::ISODate)},
            {QStringLiteral("avatar"), a.avatar.toString()},
            {QStringLiteral("emojis"), a.emojis.size()},
            {QStringLiteral("movedTo"), a.movedTo ? a.movedTo->acct : QString()}};
}

QVariantMap fields(const CredentialAccount &c)
{
    return {{QStringLiteral("acct"), c.account.acct},
            {QStringLiteral("visibility"), c.defaultVisibility},
            {QStringLiteral("sensitive"), c.defaultSensitive},
            {QStringLiteral("language"), c.defaultLanguage}};
}

QVariantMap fields(const Status &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("createdAt"), iso(s.createdAt)},
            {QStringLiteral("acct"), s.account.acct},
            {QStringLiteral("visibility"), s.visibility},
            {QStringLiteral("sensitive"), s.sensitive},
            {QStringLiteral("language"), s.language},
            {QStringLiteral("url"), s.url.toString()},
            {QStringLiteral("inReplyToId"), s.inReplyToId},
            {QStringLiteral("media"), s.mediaAttachments.size()},
            {QStringLiteral("mediaType"),
             s.mediaAttachments.isEmpty() ? QString() : s.mediaAttachments.first().type},
            {QStringLiteral("emojis"), s.emojis.size()},
            {QStringLiteral("app"), s.application ? s.application->name : QString()},
            {QStringLiteral("reblogOf"), s.reblog ? s.reblog->id : QString()},
            {QStringLiteral("text"), s.text},
            {QStringLiteral("favourites"), s.favouritesCount}};
}

QVariantMap fields(const ScheduledStatus &s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("scheduledAt"), iso(s.scheduledAt)},
            {QStringLiteral("text"), s.text},
            {QStringLiteral("visibility"), s.visibility},
            {QStringLiteral("mediaIds"), s.mediaIds.join(QLatin1Char(','))},
            {QStringLiteral("idempotency"), s.idempotencyKey},
            {QStringLiteral("media"), s.mediaAttachments.size()}};
}

QVariantMap fields(const MediaAttachment &m)
{
    return {{QStringLiteral("id"), m.id},
            {QStringLiteral("type"), m.type},
            {QStringLiteral("url"), m.url.toString()},
            {QStringLiteral("processed"), m.isProcessed()},
            {QStringLiteral("description"), m.description},
            {QStringLiteral("previewUrl"), m.previewUrl.toString()},
            {QStringLiteral("focus"), QStringLiteral("%1,%2").arg(m.focus.x()).arg(m.focus.y())}};
}

QVariantMap fields(const Relationship &r)
{
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("following"), r.following},
            {QStringLiteral("requested"), r.requested},
            {QStringLiteral("blocking"), r.blocking},
            {QStringLiteral("note"), r.note},
            {QStringLiteral("languages"), r.languages.join(QLatin1Char(','))}};
}

QVariantMap fields(const CustomEmoji &e)
{
    return {{QStringLiteral("shortcode"), e.shortcode},
            {QStringLiteral("url"), e.url.toString()},
            {QStringLiteral("visible"), e.visibleInPicker},
            {QStringLiteral("category"), e.category}};
}

QVariantMap fields(const Application &a)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("website"), a.website.toString()},
            {QStringLiteral("scopes"), a.scopes.join(QLatin1Char(' '))},
            {QStringLiteral("redirectUris"), a.redirectUris.join(QLatin1Char('|'))},
            {QStringLiteral("clientId"), a.clientId},
            {QStringLiteral("credentials"), a.hasClientCredentials()}};
}

QVariantMap fields(const Token &t)
{
    return {{QStringLiteral("accessToken"), t.accessToken},
            {QStringLiteral("tokenType"), t.tokenType},
            {QStringLiteral("scopes"), t.scopes.join(QLatin1Char(','))},
            {QStringLiteral("createdAt"), iso(t.createdAt)}};
}

QVariantMap fields(const AuthServerMetadata &m)
{
    return {{QStringLiteral("authorize"), m.authorizationEndpoint.toString()},
            {QStringLiteral("token"), m.tokenEndpoint.toString()},
            {QStringLiteral("revoke"), m.revocationEndpoint.toString()},
            {QStringLiteral("register"), m.registrationEndpoint.toString()},
            {QStringLiteral("pkce"), m.supportsPkceS256()},
            {QStringLiteral("profile"), m.supportsScope(QStringLiteral("profile"))},
            {QStringLiteral("writeStatuses"), m.supportsScope(QStringLiteral("write:statuses"))}};
}

QVariantMap fields(const Instance &i)
{
    const InstanceConfiguration &c = i.configuration;
    return {{QStringLiteral("domain"), i.domain},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("version"), i.version},
            {QStringLiteral("apiVersion"), i.apiVersion},
            {QStringLiteral("v1"), i.fromV1},
            {QStringLiteral("users"), i.userCount ? QString::number(*i.userCount) : QString()},
            {QStringLiteral("rules"), i.rules.size()},
            {QStringLiteral("firstRule"), i.rules.value(0)},
            {QStringLiteral("languages"), i.languages.join(QLatin1Char(','))},
            {QStringLiteral("shortDescription"), i.shortDescription},
            {QStringLiteral("maxCharacters"), c.maxCharacters},
            {QStringLiteral("maxMedia"), c.maxMediaAttachments},
            {QStringLiteral("urlChars"), c.charactersReservedPerUrl},
            {QStringLiteral("mimeTypes"), c.supportedMimeTypes.size()},
            {QStringLiteral("imageSize"), c.imageSizeLimit},
            {QStringLiteral("videoSize"), c.videoSizeLimit},
            {QStringLiteral("descriptionLimit"), c.descriptionLimit},
            {QStringLiteral("pollOptions"), c.pollMaxOptions},
            {QStringLiteral("pollMaxExpiration"), c.pollMaxExpiration}};
}

QVariantMap fields(const ServerError &e)
{
    return {{QStringLiteral("error"), e.error},
            {QStringLiteral("description"), e.description},
            {QStringLiteral("message"), e.message()}};
}

void addColumns()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QVariantMap>("expected");
}

void addOk(const char *name, const QByteArray &json, const QVariantMap &expected)
{
    QTest::newRow(name) << json << QString() << expected;
}

void addError(const char *name, const QByteArray &json, const QString &error)
{
    QTest::newRow(name) << json << error << QVariantMap();
}

// What every parser must survive. `entity` is the name errors start with.
void addGarbageRows(const QString &entity)
{
    const QString notObject = entity + QStringLiteral(": expected a JSON object, got ");
    addError("empty document", QByteArray(), notObject + QStringLiteral("nothing"));
    addError("whitespace", QByteArrayLiteral("  \n"), notObject + QStringLiteral("nothing"));
    addError("null", QByteArrayLiteral("null"), notObject + QStringLiteral("null"));
    addError("number", QByteArrayLiteral("42"), notObject + QStringLiteral("a number"));
    addError("string", QByteArrayLiteral("\"hello\""), notObject + QStringLiteral("a string"));
    addError("array", QByteArrayLiteral("[{}]"), notObject + QStringLiteral("an array"));
    addError("garbage", QByteArrayLiteral("<html>502 Bad Gateway</html>"),
             notObject + QStringLiteral("nothing"));
    addError("truncated", QByteArrayLiteral("{\"id\": \"1\", \"acc"),
             notObject + QStringLiteral("nothing"));
    // Beyond QJsonDocument's own nesting limit, and well within it.
    addError("deep arrays", QByteArray(5000, '[') + QByteArray(5000, ']'),
             notObject + QStringLiteral("nothing"));
    addError("deep objects",
             QByteArrayLiteral("{\"a\":").repeated(200) + QByteArrayLiteral("1") +
                 QByteArray(200, '}'),
             entity + QStringLiteral(": \""));
}

template<typename T>
void checkParse()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QFETCH(QVariantMap, expected);

    QString actualError;
    const std::optional<T> parsed = T::fromJson(valueOf(json), &actualError);
    if (!error.isEmpty()) {
        QVERIFY2(!parsed, "parsed although an error was expected");
        QVERIFY2(actualError.startsWith(error),
                 qPrintable(QStringLiteral("got \"%1\", expected it to start with \"%2\"")
                                .arg(actualError, error)));
        return;
    }
    QVERIFY2(parsed, qPrintable(actualError));
    QVERIFY(actualError.isEmpty());
    const QVariantMap actual = fields(*parsed);
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(actual.contains(it.key()), qPrintable(it.key()));
        const QString got = actual.value(it.key()).toString();
        const QString want = it.value().toString();
        QVERIFY2(
            got == want,
            qPrintable(QStringLiteral("%1: got \"%2\", expected \"%3\"").arg(it.key(), got, want)));
    }
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void accountIsParsedOrRefusedWithTheReason_data();
    void accountIsParsedOrRefusedWithTheReason() { checkParse<Account>(); }
    void credentialAccountIsParsedOrRefusedWithTheReason_data();
    void credentialAccountIsParsedOrRefusedWithTheReason() { checkParse<CredentialAccount>(); }
    void statusIsParsedOrRefusedWithTheReason_data();
    void statusIsParsedOrRefusedWithTheReason() { checkParse<Status>(); }
    void scheduledStatusIsParsedOrRefusedWithTheReason_data();
    void scheduledStatusIsParsedOrRefusedWithTheReason() { checkParse<ScheduledStatus>(); }
    void mediaAttachmentIsParsedOrRefusedWithTheReason_data();
    void mediaAttachmentIsParsedOrRefusedWithTheReason() { checkParse<MediaAttachment>(); }
    void relationshipIsParsedOrRefusedWithTheReason_data();
    void relationshipIsParsedOrRefusedWithTheReason() { checkParse<Relationship>(); }
    void customEmojiIsParsedOrRefusedWithTheReason_data();
    void customEmojiIsParsedOrRefusedWithTheReason() { checkParse<CustomEmoji>(); }
    void applicationIsParsedOrRefusedWithTheReason_data();
    void applicationIsParsedOrRefusedWithTheReason() { checkParse<Application>(); }
    void tokenIsParsedOrRefusedWithTheReason_data();
    void tokenIsParsedOrRefusedWithTheReason() { checkParse<Token>(); }
    void authServerMetadataIsParsedOrRefusedWithTheReason_data();
    void authServerMetadataIsParsedOrRefusedWithTheReason() { checkParse<AuthServerMetadata>(); }
    void instanceIsParsedOrRefusedWithTheReason_data();
    void instanceIsParsedOrRefusedWithTheReason() { checkParse<Instance>(); }
    void serverErrorIsParsedOrRefusedWithTheReason_data();
    void serverErrorIsParsedOrRefusedWithTheReason() { checkParse<ServerError>(); }

    void scheduledStatusIsToldApart();
    void listIsParsedOrNamesItsBadItem();
    void unparsableBodyBecomesANonRetryableError_data();
    void unparsableBodyBecomesANonRetryableError();
    void iso8601TimesAreReadAsUtc_data();
    void iso8601TimesAreReadAsUtc();
    void rateLimitIsReadFromTheHeaders_data();
    void rateLimitIsReadFromTheHeaders();
    void apiErrorFromStatus_data();
    void apiErrorFromStatus();
    void rateLimitedWithoutResetWaitsAMinute();
    void onlyHttpsOrLoopbackHttpIsAllowed_data();
    void onlyHttpsOrLoopbackHttpIsAllowed();
    void sameOriginNeedsSchemeHostAndPort_data();
    void sameOriginNeedsSchemeHostAndPort();
    void queryIsPercentEncodedExactly_data();
    void queryIsPercentEncodedExactly();
};

void TestEntities::accountIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon sample", sample(QStringLiteral("account")),
          {{QStringLiteral("id"), QStringLiteral("1")},
           {QStringLiteral("username"), QStringLiteral("Gargron")},
           {QStringLiteral("acct"), QStringLiteral("Gargron")},
           {QStringLiteral("name"), QStringLiteral("Eugen")},
           {QStringLiteral("locked"), false},
           {QStringLiteral("followers"), 318699},
           {QStringLiteral("statuses"), 61013},
           {QStringLiteral("createdAt"), QStringLiteral("2016-03-16T14:34:26.392Z")},
           {QStringLiteral("lastStatusAt"), QStringLiteral("2019-11-30")},
           {QStringLiteral("avatar"),
            QStringLiteral("https://files.mastodon.social/accounts/avatars/000/000/001/original/"
                           "d96d39a0abb45b92.jpg")},
           {QStringLiteral("emojis"), 0},
           {QStringLiteral("movedTo"), QString()}});
    addOk("minimal remote account",
          QByteArray(R"({"id":"42","username":"alice","acct":"alice@example.org"})"),
          {{QStringLiteral("acct"), QStringLiteral("alice@example.org")},
           {QStringLiteral("name"), QStringLiteral("alice")},
           {QStringLiteral("followers"), 0},
           {QStringLiteral("createdAt"), QString()}});
    addOk("numeric id", variant(QStringLiteral("account"), QStringLiteral("id"), 109372843),
          {{QStringLiteral("id"), QStringLiteral("109372843")}});
    addOk("date-only last_status_at",
          variant(QStringLiteral("account"), QStringLiteral("last_status_at"),
                  QStringLiteral("2022-08-24")),
          {{QStringLiteral("lastStatusAt"), QStringLiteral("2022-08-24")}});
    addOk("nulls in optional fields",
          QByteArray(R"({"id":"1","username":"a","acct":"a","display_name":null,
              "note":null,"url":null,"avatar":null,"locked":null,"followers_count":null,
              "created_at":null,"last_status_at":null,"emojis":null,"moved":null})"),
          {{QStringLiteral("name"), QStringLiteral("a")},
           {QStringLiteral("locked"), false},
           {QStringLiteral("avatar"), QString()}});
    addOk("unknown fields are ignored",
          variant(QStringLiteral("account"), QStringLiteral("future_thing"),
                  QJsonObject{{QStringLiteral("x"), QJsonArray{1, 2}}}),
          {{QStringLiteral("acct"), QStringLiteral("Gargron")}});
    addOk("custom emoji in display name",
          variant(QStringLiteral("account"), QStringLiteral("emojis"),
                  QJsonDocument::fromJson(sample(QStringLiteral("custom_emoji"))).array()),
          {{QStringLiteral("emojis"), 5}});
    addOk("moved account", nestedMoves(1).toUtf8(),
          {{QStringLiteral("acct"), QStringLiteral("a1")},
           {QStringLiteral("movedTo"), QStringLiteral("a")}});
    addError("missing id", variant(QStringLiteral("account"), QStringLiteral("id"), absent),
             QStringLiteral("Account: \"id\" is missing"));
    addError("null acct",
             variant(QStringLiteral("account"), QStringLiteral("acct"), QJsonValue::Null),
             QStringLiteral("Account: \"acct\" must be a string, got null"));
    addError("empty id", variant(QStringLiteral("account"), QStringLiteral("id"), QString()),
             QStringLiteral("Account: \"id\" is empty"));
    addError("fractional id", variant(QStringLiteral("account"), QStringLiteral("id"), 1.5),
             QStringLiteral("Account: \"id\" is not a whole number"));
    addError("id as boolean", variant(QStringLiteral("account"), QStringLiteral("id"), true),
             QStringLiteral("Account: \"id\" must be a string, got a boolean"));
    addError(
        "count as string",
        variant(QStringLiteral("account"), QStringLiteral("followers_count"), QStringLiteral("12")),
        QStringLiteral("Account: \"followers_count\" must be a number, got a string"));
    addError("count too large for a double",
             variant(QStringLiteral("account"), QStringLiteral("statuses_count"), 1e300),
             QStringLiteral("Account: \"statuses_count\" must be a whole number"));
    addError("locked as string",
             variant(QStringLiteral("account"), QStringLiteral("locked"), QStringLiteral("no")),
             QStringLiteral("Account: \"locked\" must be a boolean, got a string"));
    addError("bad date",
             variant(QStringLiteral("account"), QStringLiteral("created_at"),
                     QStringLiteral("yesterday")),
             QStringLiteral("Account: \"created_at\" is not an ISO 8601 date"));
    addError("emojis not an array",
             variant(QStringLiteral("account"), QStringLiteral("emojis"), QStringLiteral("x")),
             QStringLiteral("Account: \"emojis\" must be an array, got a string"));
    addError("emoji entry broken",
             variant(QStringLiteral("account"), QStringLiteral("emojis"),
                     QJsonArray{
                         QJsonObject{{QStringLiteral("shortcode"), QStringLiteral("ok")},
                                     {QStringLiteral("url"), QStringLiteral("https://e/1")},
                                     {QStringLiteral("static_url"), QStringLiteral("https://e/1")}},
                         QJsonObject{{QStringLiteral("shortcode"), 5}}}),
             QStringLiteral("Account: \"emojis[1].shortcode\" must be a string, got a number"));
    addError("emoji entry not an object",
             variant(QStringLiteral("account"), QStringLiteral("emojis"),
                     QJsonArray{QJsonArray{QJsonArray{}}}),
             QStringLiteral("Account: \"emojis[0]\" must be an object, got an array"));
    addError("moved is junk",
             variant(QStringLiteral("account"), QStringLiteral("moved"), QStringLiteral("yes")),
             QStringLiteral("Account: \"moved\" must be an object, got a string"));
    addError("moved nested beyond reason", nestedMoves(100).toUtf8(),
             QStringLiteral("Account: \"moved.moved.moved"));
    addError("empty object", QByteArrayLiteral("{}"), QStringLiteral("Account: \"id\" is missing"));
    addGarbageRows(QStringLiteral("Account"));
}

void TestEntities::credentialAccountIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon sample", sample(QStringLiteral("credential_account")),
          {{QStringLiteral("acct"), QStringLiteral("Gargron")},
           {QStringLiteral("visibility"), QStringLiteral("unlisted")},
           {QStringLiteral("sensitive"), true},
           {QStringLiteral("language"), QStringLiteral("de")}});
    addOk("source with nulls",
          variant(QStringLiteral("credential_account"), QStringLiteral("source"),
                  QJsonObject{{QStringLiteral("privacy"), QJsonValue::Null},
                              {QStringLiteral("language"), QJsonValue::Null}}),
          {{QStringLiteral("visibility"), QStringLiteral("public")},
           {QStringLiteral("sensitive"), false},
           {QStringLiteral("language"), QString()}});
    addError("plain account", sample(QStringLiteral("account")),
             QStringLiteral("CredentialAccount: \"source\" is missing"));
    addError("source not an object",
             variant(QStringLiteral("credential_account"), QStringLiteral("source"), QJsonArray{}),
             QStringLiteral("CredentialAccount: \"source\" must be an object, got an array"));
    addError("privacy wrong type",
             variant(QStringLiteral("credential_account"), QStringLiteral("source"),
                     QJsonObject{{QStringLiteral("privacy"), 1}}),
             QStringLiteral("CredentialAccount: \"source.privacy\" must be a string"));
    addError("account part broken",
             variant(QStringLiteral("credential_account"), QStringLiteral("username"), absent),
             QStringLiteral("CredentialAccount: \"username\" is missing"));
    addGarbageRows(QStringLiteral("CredentialAccount"));
}

void TestEntities::statusIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon sample", sample(QStringLiteral("status")),
          {{QStringLiteral("id"), QStringLiteral("103270115826048975")},
           {QStringLiteral("createdAt"), QStringLiteral("2019-12-08T03:48:33.901Z")},
           {QStringLiteral("acct"), QStringLiteral("Gargron")},
           {QStringLiteral("visibility"), QStringLiteral("public")},
           {QStringLiteral("language"), QStringLiteral("en")},
           {QStringLiteral("url"),
            QStringLiteral("https://mastodon.social/@Gargron/103270115826048975")},
           {QStringLiteral("inReplyToId"), QString()},
           {QStringLiteral("media"), 1},
           {QStringLiteral("mediaType"), QStringLiteral("image")},
           {QStringLiteral("emojis"), 1},
           {QStringLiteral("app"), QStringLiteral("Web")},
           {QStringLiteral("reblogOf"), QString()},
           {QStringLiteral("favourites"), 11}});
    QJsonObject reblog = sampleObject(QStringLiteral("status"));
    reblog.insert(QStringLiteral("id"), QStringLiteral("999"));
    reblog.insert(QStringLiteral("reblog"), sampleObject(QStringLiteral("status")));
    addOk("reblog", toJson(reblog),
          {{QStringLiteral("id"), QStringLiteral("999")},
           {QStringLiteral("reblogOf"), QStringLiteral("103270115826048975")}});
    addOk("deleted status carries its text",
          variant(QStringLiteral("status"), QStringLiteral("text"), QStringLiteral("hello")),
          {{QStringLiteral("text"), QStringLiteral("hello")}});
    addOk("numeric reply id",
          variant(QStringLiteral("status"), QStringLiteral("in_reply_to_id"), 17),
          {{QStringLiteral("inReplyToId"), QStringLiteral("17")}});
    addOk("timestamp with offset",
          variant(QStringLiteral("status"), QStringLiteral("created_at"),
                  QStringLiteral("2019-12-08T05:48:33.901+02:00")),
          {{QStringLiteral("createdAt"), QStringLiteral("2019-12-08T03:48:33.901Z")}});
    addError("missing account",
             variant(QStringLiteral("status"), QStringLiteral("account"), absent),
             QStringLiteral("Status: \"account\" is missing"));
    addError("null account",
             variant(QStringLiteral("status"), QStringLiteral("account"), QJsonValue::Null),
             QStringLiteral("Status: \"account\" must be an object, got null"));
    QJsonObject brokenAccount = sampleObject(QStringLiteral("status"));
    QJsonObject account = brokenAccount.value(QStringLiteral("account")).toObject();
    account.insert(QStringLiteral("acct"), QJsonArray{});
    brokenAccount.insert(QStringLiteral("account"), account);
    addError("account field broken", toJson(brokenAccount),
             QStringLiteral("Status: \"account.acct\" must be a string, got an array"));
    addError("missing created_at",
             variant(QStringLiteral("status"), QStringLiteral("created_at"), absent),
             QStringLiteral("Status: \"created_at\" is missing"));
    addError("media entry without id",
             variant(QStringLiteral("status"), QStringLiteral("media_attachments"),
                     QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("image")}}}),
             QStringLiteral("Status: \"media_attachments[0].id\" is missing"));
    addError("application without name",
             variant(QStringLiteral("status"), QStringLiteral("application"), QJsonObject{}),
             QStringLiteral("Status: \"application.name\" is missing"));
    // A hostile chain of reblogs is refused, not followed to the bottom of the stack.
    QByteArray chain = sample(QStringLiteral("status"));
    for (int i = 0; i < 40; ++i) {
        QJsonObject wrapper = sampleObject(QStringLiteral("status"));
        wrapper.insert(QStringLiteral("reblog"), QJsonDocument::fromJson(chain).object());
        chain = toJson(wrapper);
    }
    addError("reblog chain", chain, QStringLiteral("Status: \"reblog.reblog.reblog"));
    addGarbageRows(QStringLiteral("Status"));
}

void TestEntities::scheduledStatusIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon sample", sample(QStringLiteral("scheduled_status")),
          {{QStringLiteral("id"), QStringLiteral("3221")},
           {QStringLiteral("scheduledAt"), QStringLiteral("2019-12-05T12:33:01.000Z")},
           {QStringLiteral("text"), QStringLiteral("test content")},
           {QStringLiteral("visibility"), QString()},
           {QStringLiteral("mediaIds"), QString()},
           {QStringLiteral("media"), 0}});
    QJsonObject withMedia = sampleObject(QStringLiteral("scheduled_status"));
    QJsonObject params = withMedia.value(QStringLiteral("params")).toObject();
    params.insert(QStringLiteral("media_ids"), QJsonArray{QStringLiteral("22348641"), 7});
    params.insert(QStringLiteral("visibility"), QStringLiteral("unlisted"));
    params.insert(QStringLiteral("idempotency"), QStringLiteral("key-1"));
    withMedia.insert(QStringLiteral("params"), params);
    withMedia.insert(QStringLiteral("media_attachments"),
                     QJsonArray{sampleObject(QStringLiteral("media_attachment"))});
    addOk("with media", toJson(withMedia),
          {{QStringLiteral("mediaIds"), QStringLiteral("22348641,7")},
           {QStringLiteral("visibility"), QStringLiteral("unlisted")},
           {QStringLiteral("idempotency"), QStringLiteral("key-1")},
           {QStringLiteral("media"), 1}});
    params.insert(QStringLiteral("media_ids"), QJsonArray{QJsonObject{}});
    withMedia.insert(QStringLiteral("params"), params);
    addError("media id junk", toJson(withMedia),
             QStringLiteral("ScheduledStatus: \"params.media_ids\" must hold ids"));
    addError("a status is not a scheduled status", sample(QStringLiteral("status")),
             QStringLiteral("ScheduledStatus: \"scheduled_at\" is missing"));
    addError("params missing",
             variant(QStringLiteral("scheduled_status"), QStringLiteral("params"), absent),
             QStringLiteral("ScheduledStatus: \"params\" is missing"));
    addError("bad time",
             variant(QStringLiteral("scheduled_status"), QStringLiteral("scheduled_at"),
                     QStringLiteral("2019-13-45T99:00:00Z")),
             QStringLiteral("ScheduledStatus: \"scheduled_at\" is not an ISO 8601 date"));
    addGarbageRows(QStringLiteral("ScheduledStatus"));
}

void TestEntities::mediaAttachmentIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("processed", sample(QStringLiteral("media_attachment")),
          {{QStringLiteral("id"), QStringLiteral("22348641")},
           {QStringLiteral("type"), QStringLiteral("image")},
           {QStringLiteral("processed"), true},
           {QStringLiteral("description"), QStringLiteral("test uploaded via api")},
           {QStringLiteral("previewUrl"),
            QStringLiteral("https://files.mastodon.social/media_attachments/files/022/348/641/"
                           "small/cebc6d51be03e509.jpeg")},
           {QStringLiteral("focus"), QStringLiteral("-0.69,0.42")}});
    // Audio and servers that say nothing of a focal point: the middle.
    addOk("no meta", variant(QStringLiteral("media_attachment"), QStringLiteral("meta"), absent),
          {{QStringLiteral("focus"), QStringLiteral("0,0")}});
    addOk("meta without focus",
          variant(QStringLiteral("media_attachment"), QStringLiteral("meta"), QJsonObject()),
          {{QStringLiteral("focus"), QStringLiteral("0,0")}});
    addError("focus x wrong type",
             variant(QStringLiteral("media_attachment"), QStringLiteral("meta"),
                     QJsonObject{{QStringLiteral("focus"),
                                  QJsonObject{{QStringLiteral("x"), QStringLiteral("left")},
                                              {QStringLiteral("y"), 0.5}}}}),
             QStringLiteral("MediaAttachment: \"meta.focus.x\" must be a number, got a string"));
    addError("focus not an object",
             variant(QStringLiteral("media_attachment"), QStringLiteral("meta"),
                     QJsonObject{{QStringLiteral("focus"), QStringLiteral("0.1,0.2")}}),
             QStringLiteral("MediaAttachment: \"meta.focus\" must be an object, got a string"));
    addOk("still processing", sample(QStringLiteral("media_attachment_processing")),
          {{QStringLiteral("url"), QString()}, {QStringLiteral("processed"), false}});
    addOk("empty url string",
          variant(QStringLiteral("media_attachment"), QStringLiteral("url"), QString()),
          {{QStringLiteral("processed"), false}});
    addError("missing type",
             variant(QStringLiteral("media_attachment"), QStringLiteral("type"), absent),
             QStringLiteral("MediaAttachment: \"type\" is missing"));
    addError("url wrong type",
             variant(QStringLiteral("media_attachment"), QStringLiteral("url"), 5),
             QStringLiteral("MediaAttachment: \"url\" must be a string, got a number"));
    addError("url not a URL",
             variant(QStringLiteral("media_attachment"), QStringLiteral("url"),
                     QStringLiteral("http://[::1")),
             QStringLiteral("MediaAttachment: \"url\" is not a valid URL"));
    addGarbageRows(QStringLiteral("MediaAttachment"));
}

void TestEntities::relationshipIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon sample", sample(QStringLiteral("relationship")),
          {{QStringLiteral("id"), QStringLiteral("3")},
           {QStringLiteral("following"), false},
           {QStringLiteral("blocking"), true},
           {QStringLiteral("note"), QString()}});
    addOk("follow request pending",
          QByteArray(R"({"id":"7","following":false,"requested":true,"note":"met at
              FOSDEM","languages":["de","en"]})"),
          {{QStringLiteral("requested"), true},
           {QStringLiteral("languages"), QStringLiteral("de,en")}});
    addError("language not a string",
             variant(QStringLiteral("relationship"), QStringLiteral("languages"),
                     QJsonArray{QStringLiteral("de"), QJsonValue::Null}),
             QStringLiteral("Relationship: \"languages[1]\" must be a string, got null"));
    addError("following as number",
             variant(QStringLiteral("relationship"), QStringLiteral("following"), 1),
             QStringLiteral("Relationship: \"following\" must be a boolean, got a number"));
    addGarbageRows(QStringLiteral("Relationship"));
}

void TestEntities::customEmojiIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    const QJsonArray emojis =
        QJsonDocument::fromJson(sample(QStringLiteral("custom_emoji"))).array();
    addOk("mastodon sample", toJson(emojis.at(2).toObject()),
          {{QStringLiteral("shortcode"), QStringLiteral("blobaww")},
           {QStringLiteral("visible"), true},
           {QStringLiteral("category"), QStringLiteral("Blobs")}});
    QJsonObject hidden = emojis.at(0).toObject();
    hidden.insert(QStringLiteral("visible_in_picker"), false);
    addOk("hidden", toJson(hidden),
          {{QStringLiteral("visible"), false}, {QStringLiteral("category"), QString()}});
    hidden.remove(QStringLiteral("static_url"));
    addError("missing static_url", toJson(hidden),
             QStringLiteral("CustomEmoji: \"static_url\" is missing"));
    addGarbageRows(QStringLiteral("CustomEmoji"));
}

void TestEntities::applicationIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("registered app", sample(QStringLiteral("credential_application")),
          {{QStringLiteral("id"), QStringLiteral("563419")},
           {QStringLiteral("name"), QStringLiteral("Test Application")},
           {QStringLiteral("scopes"), QStringLiteral("read write push")},
           {QStringLiteral("redirectUris"), QStringLiteral("urn:ietf:wg:oauth:2.0:oob")},
           {QStringLiteral("clientId"),
            QStringLiteral("TWhM-tNSuncnqN7DBJmoyeLnk6K3iJJ71KKXxgL1hPM")},
           {QStringLiteral("credentials"), true}});
    addOk("app without credentials", sample(QStringLiteral("application")),
          {{QStringLiteral("website"), QStringLiteral("https://app.example")},
           {QStringLiteral("redirectUris"),
            QStringLiteral("https://app.example/callback|https://app.example/register")},
           {QStringLiteral("credentials"), false}});
    addOk("pre-4.3 server: only redirect_uri",
          variant(QStringLiteral("application"), QStringLiteral("redirect_uris"), absent),
          {{QStringLiteral("redirectUris"),
            QStringLiteral("https://app.example/callback|https://app.example/register")}});
    addOk(
        "status application", QByteArray(R"({"name":"Web","website":null})"),
        {{QStringLiteral("name"), QStringLiteral("Web")}, {QStringLiteral("website"), QString()}});
    addError("scopes as string",
             variant(QStringLiteral("application"), QStringLiteral("scopes"),
                     QStringLiteral("read write")),
             QStringLiteral("Application: \"scopes\" must be an array, got a string"));
    addError("missing name", variant(QStringLiteral("application"), QStringLiteral("name"), absent),
             QStringLiteral("Application: \"name\" is missing"));
    addGarbageRows(QStringLiteral("Application"));
}

void TestEntities::tokenIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon sample", sample(QStringLiteral("token")),
          {{QStringLiteral("accessToken"),
            QStringLiteral("ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0")},
           {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
           {QStringLiteral("scopes"), QStringLiteral("read,write,follow,push")},
           {QStringLiteral("createdAt"), QStringLiteral("2019-11-17T08:23:37.000Z")}});
    addOk("lower-case bearer, no created_at",
          QByteArray(R"({"access_token":"abc","token_type":"bearer","scope":"profile"})"),
          {{QStringLiteral("scopes"), QStringLiteral("profile")},
           {QStringLiteral("createdAt"), QString()}});
    addError("missing token",
             variant(QStringLiteral("token"), QStringLiteral("access_token"), absent),
             QStringLiteral("Token: \"access_token\" is missing"));
    addError("empty token",
             variant(QStringLiteral("token"), QStringLiteral("access_token"), QString()),
             QStringLiteral("Token: \"access_token\" is empty"));
    addError("mac token",
             variant(QStringLiteral("token"), QStringLiteral("token_type"), QStringLiteral("mac")),
             QStringLiteral("Token: \"token_type\" is \"mac\""));
    addError("created_at as text",
             variant(QStringLiteral("token"), QStringLiteral("created_at"),
                     QStringLiteral("2019-11-17")),
             QStringLiteral("Token: \"created_at\" must be a number, got a string"));
    addGarbageRows(QStringLiteral("Token"));
}

void TestEntities::authServerMetadataIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon 4.3", sample(QStringLiteral("auth_server_metadata")),
          {{QStringLiteral("authorize"), QStringLiteral("https://social.example/oauth/authorize")},
           {QStringLiteral("token"), QStringLiteral("https://social.example/oauth/token")},
           {QStringLiteral("revoke"), QStringLiteral("https://social.example/oauth/revoke")},
           {QStringLiteral("register"), QStringLiteral("https://social.example/api/v1/apps")},
           {QStringLiteral("pkce"), true},
           {QStringLiteral("profile"), true},
           {QStringLiteral("writeStatuses"), true}});
    addOk("minimal, no PKCE", QByteArray(R"({"authorization_endpoint":"https://h/oauth/authorize",
              "token_endpoint":"https://h/oauth/token","code_challenge_methods_supported":["plain"]})"),
          {{QStringLiteral("pkce"), false},
           {QStringLiteral("profile"), false},
           {QStringLiteral("revoke"), QString()}});
    addError(
        "no token endpoint",
        variant(QStringLiteral("auth_server_metadata"), QStringLiteral("token_endpoint"), absent),
        QStringLiteral("AuthServerMetadata: \"token_endpoint\" is missing"));
    addError("scopes as object",
             variant(QStringLiteral("auth_server_metadata"), QStringLiteral("scopes_supported"),
                     QJsonObject{}),
             QStringLiteral("AuthServerMetadata: \"scopes_supported\" must be an array"));
    addGarbageRows(QStringLiteral("AuthServerMetadata"));
}

void TestEntities::instanceIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("v2 sample", sample(QStringLiteral("instance_v2")),
          {{QStringLiteral("domain"), QStringLiteral("mastodon.social")},
           {QStringLiteral("title"), QStringLiteral("Mastodon")},
           {QStringLiteral("version"), QStringLiteral("4.5.0-nightly.2025-07-11")},
           {QStringLiteral("apiVersion"), 6},
           {QStringLiteral("v1"), false},
           {QStringLiteral("users"), QStringLiteral("279347")},
           {QStringLiteral("languages"), QStringLiteral("en")},
           {QStringLiteral("firstRule"),
            QStringLiteral("Sexually explicit or violent media must be marked as sensitive or "
                           "with a content warning")},
           {QStringLiteral("maxCharacters"), 500},
           {QStringLiteral("maxMedia"), 4},
           {QStringLiteral("urlChars"), 23},
           {QStringLiteral("mimeTypes"), 28},
           {QStringLiteral("imageSize"), 16777216},
           {QStringLiteral("videoSize"), 103809024},
           {QStringLiteral("pollMaxExpiration"), 2629746}});
    addOk("v1 sample", sample(QStringLiteral("instance_v1")),
          {{QStringLiteral("domain"), QStringLiteral("mastodon.social")},
           {QStringLiteral("version"), QStringLiteral("3.5.3")},
           {QStringLiteral("apiVersion"), 0},
           {QStringLiteral("v1"), true},
           {QStringLiteral("users"), QStringLiteral("812303")},
           {QStringLiteral("rules"), 6},
           {QStringLiteral("shortDescription"),
            QStringLiteral("The original server operated by the Mastodon gGmbH non-profit")},
           {QStringLiteral("imageSize"), 10485760},
           {QStringLiteral("descriptionLimit"), 1500}});
    addOk("bare server keeps the defaults",
          QByteArray(R"({"domain":"tiny.example","title":"Tiny","version":"4.2.0"})"),
          {{QStringLiteral("users"), QString()},
           {QStringLiteral("rules"), 0},
           {QStringLiteral("maxCharacters"), 500},
           {QStringLiteral("maxMedia"), 4},
           {QStringLiteral("urlChars"), 23},
           {QStringLiteral("imageSize"), 16777216},
           {QStringLiteral("videoSize"), 103809024},
           {QStringLiteral("pollOptions"), 4},
           {QStringLiteral("pollMaxExpiration"), 2629746}});
    addOk("custom limits", QByteArray(R"({"domain":"big.example","title":"Big","version":"4.3.0",
              "configuration":{"statuses":{"max_characters":5000,"characters_reserved_per_url":30},
              "polls":null,"media_attachments":{"image_size_limit":null}}})"),
          {{QStringLiteral("maxCharacters"), 5000},
           {QStringLiteral("urlChars"), 30},
           {QStringLiteral("imageSize"), 16777216},
           {QStringLiteral("pollOptions"), 4}});
    addOk("non-positive limit keeps the default",
          QByteArray(R"({"domain":"odd.example","title":"Odd","version":"4.3.0",
              "configuration":{"statuses":{"max_characters":0}}})"),
          {{QStringLiteral("maxCharacters"), 500}});
    addOk("pleroma max_toot_chars", QByteArray(R"json({"uri":"https://pl.example","title":"Pl",
              "version":"2.7.2 (compatible; Pleroma 2.5.0)","max_toot_chars":5000,
              "stats":{"user_count":3}})json"),
          {{QStringLiteral("maxCharacters"), 5000},
           {QStringLiteral("users"), QStringLiteral("3")},
           {QStringLiteral("v1"), true}});
    addError("neither domain nor uri", QByteArray(R"({"title":"Nameless","version":"4.2.0"})"),
             QStringLiteral("Instance: \"domain\" is missing"));
    addError(
        "limit as string", QByteArray(R"({"domain":"x.example","title":"X","version":"4.3.0",
                 "configuration":{"statuses":{"max_characters":"500"}}})"),
        QStringLiteral(
            "Instance: \"configuration.statuses.max_characters\" must be a number, got a string"));
    addError("configuration as array",
             variant(QStringLiteral("instance_v2"), QStringLiteral("configuration"), QJsonArray{}),
             QStringLiteral("Instance: \"configuration\" must be an object, got an array"));
    addError("rule without text",
             variant(QStringLiteral("instance_v2"), QStringLiteral("rules"),
                     QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("1")}}}),
             QStringLiteral("Instance: \"rules[0].text\" is missing"));
    addError("usage junk",
             variant(QStringLiteral("instance_v2"), QStringLiteral("usage"),
                     QJsonObject{{QStringLiteral("users"), 12}}),
             QStringLiteral("Instance: \"usage.users\" must be an object, got a number"));
    addGarbageRows(QStringLiteral("Instance"));
}

void TestEntities::serverErrorIsParsedOrRefusedWithTheReason_data()
{
    addColumns();
    addOk("mastodon", QByteArray(R"({"error":"The access token is invalid"})"),
          {{QStringLiteral("message"), QStringLiteral("The access token is invalid")}});
    addOk(
        "oauth",
        QByteArrayLiteral(
            R"({"error":"invalid_grant","error_description":"The provided authorization grant is invalid."})"),
        {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
         {QStringLiteral("message"),
          QStringLiteral("invalid_grant: The provided authorization grant is invalid.")}});
    addOk(
        "validation with details",
        QByteArrayLiteral(
            R"({"error":"Validation failed: Text can't be blank","details":{"text":[{"error":"ERR_BLANK"}]}})"),
        {{QStringLiteral("message"), QStringLiteral("Validation failed: Text can't be blank")}});
    addError("error not a string", QByteArray(R"({"error":{"code":1}})"),
             QStringLiteral("ServerError: \"error\" must be a string, got an object"));
    addGarbageRows(QStringLiteral("ServerError"));
}

void TestEntities::scheduledStatusIsToldApart()
{
    QVERIFY(
        ScheduledStatus::isScheduledStatus(valueOf(sample(QStringLiteral("scheduled_status")))));
    QVERIFY(!ScheduledStatus::isScheduledStatus(valueOf(sample(QStringLiteral("status")))));
    QVERIFY(!ScheduledStatus::isScheduledStatus(valueOf(QByteArrayLiteral("{\"params\":1}"))));
    QVERIFY(!ScheduledStatus::isScheduledStatus(valueOf(QByteArrayLiteral("[]"))));
}

void TestEntities::listIsParsedOrNamesItsBadItem()
{
    QString error;
    const auto emojis = JsonReader::parseList<CustomEmoji>(
        valueOf(sample(QStringLiteral("custom_emoji"))), QStringLiteral("CustomEmoji"), &error);
    QVERIFY2(emojis, qPrintable(error));
    QCOMPARE(emojis->size(), 5);
    QCOMPARE(emojis->at(4).shortcode, QStringLiteral("ziltoid"));

    const auto empty = JsonReader::parseList<Relationship>(valueOf(QByteArrayLiteral("[]")),
                                                           QStringLiteral("Relationship"), &error);
    QVERIFY(empty && empty->isEmpty());

    QVERIFY(!JsonReader::parseList<Relationship>(valueOf(QByteArrayLiteral("[{\"id\":\"1\"},3]")),
                                                 QStringLiteral("Relationship"), &error));
    QCOMPARE(error, QStringLiteral("Relationship: \"[1]\" must be an object, got a number"));
    QVERIFY(!JsonReader::parseList<Relationship>(valueOf(QByteArrayLiteral("{}")),
                                                 QStringLiteral("Relationship"), &error));
    QCOMPARE(error, QStringLiteral("Relationship: expected a JSON array, got an object"));
}

void TestEntities::unparsableBodyBecomesANonRetryableError_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("presetKind");
    QTest::addColumn<int>("expectedKind");
    QTest::addColumn<QString>("messagePart");

    const int none = int(ApiError::Kind::None);
    const int malformed = int(ApiError::Kind::Malformed);
    QTest::newRow("good account") << 200 << sample(QStringLiteral("account")) << none << none
                                  << QString();
    QTest::newRow("wrong shape") << 200 << QByteArray(R"({"id":"1"})") << none << malformed
                                 << QStringLiteral("\"username\" is missing");
    QTest::newRow("empty body") << 200 << QByteArray() << none << malformed
                                << QStringLiteral("got null");
    QTest::newRow("array instead of object")
        << 200 << QByteArrayLiteral("[]") << none << malformed << QStringLiteral("got an array");
    QTest::newRow("earlier error wins")
        << 401 << QByteArray(R"({"error":"The access token is invalid"})")
        << int(ApiError::Kind::Unauthorized) << int(ApiError::Kind::Unauthorized) << QString();
}

void TestEntities::unparsableBodyBecomesANonRetryableError()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, presetKind);
    QFETCH(int, expectedKind);
    QFETCH(QString, messagePart);

    ApiResult result;
    result.httpStatus = status;
    result.body = body;
    result.json = QJsonDocument::fromJson(body);
    result.error.kind = ApiError::Kind(presetKind);
    result.error.httpStatus = status;
    ApiError error;
    error.kind = ApiError::Kind::Cancelled; // overwritten on failure
    const std::optional<Account> account = result.parseAs<Account>(&error);
    QCOMPARE(account.has_value(), expectedKind == int(ApiError::Kind::None));
    if (account) {
        QCOMPARE(account->acct, QStringLiteral("Gargron"));
        return;
    }
    QCOMPARE(int(error.kind), expectedKind);
    QCOMPARE(error.httpStatus, status);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    QVERIFY(!error.isRetryable());
}

void TestEntities::iso8601TimesAreReadAsUtc_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("mastodon") << QStringLiteral("2019-12-08T03:48:33.901Z")
                              << QStringLiteral("2019-12-08T03:48:33.901Z");
    QTest::newRow("microseconds") << QStringLiteral("2026-07-01T12:00:00.123456Z")
                                  << QStringLiteral("2026-07-01T12:00:00.123Z");
    QTest::newRow("no fraction") << QStringLiteral("2026-07-01T12:00:00Z")
                                 << QStringLiteral("2026-07-01T12:00:00.000Z");
    QTest::newRow("offset") << QStringLiteral("2026-07-01T12:00:00.500-03:30")
                            << QStringLiteral("2026-07-01T15:30:00.500Z");
    QTest::newRow("no zone means UTC")
        << QStringLiteral("2026-07-01T12:00:00") << QStringLiteral("2026-07-01T12:00:00.000Z");
    QTest::newRow("date") << QStringLiteral("2019-12-05")
                          << QStringLiteral("2019-12-05T00:00:00.000Z");
    QTest::newRow("garbage") << QStringLiteral("soon") << QString();
    QTest::newRow("bad month") << QStringLiteral("2019-13-05") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestEntities::iso8601TimesAreReadAsUtc()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QDateTime parsed = Iso8601::parse(text);
    QCOMPARE(iso(parsed), expected);
    if (parsed.isValid())
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
}

void TestEntities::rateLimitIsReadFromTheHeaders_data()
{
    QTest::addColumn<QByteArray>("limit");
    QTest::addColumn<QByteArray>("remaining");
    QTest::addColumn<QByteArray>("reset");
    QTest::addColumn<QString>("expected"); // limit/remaining/reset

    QTest::newRow("mastodon") << QByteArrayLiteral("300") << QByteArrayLiteral("299")
                              << QByteArrayLiteral("2026-07-01T12:05:00.123456Z")
                              << QStringLiteral("300/299/2026-07-01T12:05:00.123Z");
    QTest::newRow("unix seconds") << QByteArrayLiteral("30") << QByteArrayLiteral("0")
                                  << QByteArrayLiteral("1782907500")
                                  << QStringLiteral("30/0/2026-07-01T12:05:00.000Z");
    QTest::newRow("absent") << QByteArray() << QByteArray() << QByteArray()
                            << QStringLiteral("-/-/");
    QTest::newRow("garbage") << QByteArrayLiteral("lots") << QByteArrayLiteral("-1")
                             << QByteArrayLiteral("tomorrow") << QStringLiteral("-/-/");
}

void TestEntities::rateLimitIsReadFromTheHeaders()
{
    QFETCH(QByteArray, limit);
    QFETCH(QByteArray, remaining);
    QFETCH(QByteArray, reset);
    QFETCH(QString, expected);
    const RateLimit parsed = RateLimit::fromHeaders(limit, remaining, reset);
    const auto count = [](std::optional<qint64> value) {
        return value ? QString::number(*value) : QStringLiteral("-");
    };
    QCOMPARE(count(parsed.limit) + QLatin1Char('/') + count(parsed.remaining) + QLatin1Char('/') +
                 iso(parsed.reset),
             expected);
    QCOMPARE(parsed.isKnown(), expected != QStringLiteral("-/-/"));
}

void TestEntities::apiErrorFromStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverMessage");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("retryable");
    QTest::addColumn<QString>("messagePart");

    using Kind = ApiError::Kind;
    QTest::newRow("200") << 200 << QString() << int(Kind::None) << false << QString();
    QTest::newRow("400 oauth") << 400 << QStringLiteral("invalid_grant: The grant is invalid.")
                               << int(Kind::Validation) << false
                               << QStringLiteral("invalid_grant: The grant is invalid.");
    QTest::newRow("401") << 401 << QStringLiteral("The access token is invalid")
                         << int(Kind::Unauthorized) << false
                         << QStringLiteral("The access token is invalid");
    QTest::newRow("403") << 403 << QStringLiteral("This action is outside the authorized scopes")
                         << int(Kind::Forbidden) << false << QStringLiteral("outside");
    QTest::newRow("404") << 404 << QStringLiteral("Record not found") << int(Kind::NotFound)
                         << false << QStringLiteral("Record not found");
    QTest::newRow("410") << 410 << QString() << int(Kind::NotFound) << false << QString();
    QTest::newRow("413 without body")
        << 413 << QString() << int(Kind::Validation) << false << QStringLiteral("413");
    QTest::newRow("422")
        << 422 << QStringLiteral("Validation failed: Text character limit of 500 exceeded")
        << int(Kind::Validation) << false
        << QStringLiteral("Validation failed: Text character limit of 500 exceeded");
    QTest::newRow("429") << 429 << QStringLiteral("Too many requests") << int(Kind::RateLimited)
                         << true << QString();
    QTest::newRow("500") << 500 << QString() << int(Kind::ServerError) << true
                         << QStringLiteral("500");
    QTest::newRow("503") << 503 << QStringLiteral("Remote data could not be fetched")
                         << int(Kind::ServerError) << true << QStringLiteral("Remote data");
    QTest::newRow("304") << 304 << QString() << int(Kind::Malformed) << false
                         << QStringLiteral("304");
}

void TestEntities::apiErrorFromStatus()
{
    QFETCH(int, status);
    QFETCH(QString, serverMessage);
    QFETCH(int, kind);
    QFETCH(bool, retryable);
    QFETCH(QString, messagePart);

    const QDateTime reset = QDateTime(QDate(2026, 7, 1), QTime(12, 5), Qt::UTC);
    const ApiError error = ApiError::fromHttpStatus(status, serverMessage, reset);
    QCOMPARE(ApiError::kindName(error.kind), ApiError::kindName(ApiError::Kind(kind)));
    QCOMPARE(error.isRetryable(), retryable);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.serverMessage, serverMessage);
    QVERIFY2(error.message.contains(messagePart), qPrintable(error.message));
    if (error.kind == ApiError::Kind::Validation && !serverMessage.isEmpty())
        QCOMPARE(error.message, serverMessage);
    if (error.kind == ApiError::Kind::RateLimited)
        QCOMPARE(error.retryAt, reset);
    QCOMPARE(error.isError(), kind != int(ApiError::Kind::None));
}

void TestEntities::rateLimitedWithoutResetWaitsAMinute()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const ApiError error = ApiError::fromHttpStatus(429, QString(), QDateTime());
    QVERIFY(error.retryAt >= before.addSecs(59));
    QVERIFY(error.retryAt <= QDateTime::currentDateTimeUtc().addSecs(61));
}

void TestEntities::onlyHttpsOrLoopbackHttpIsAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << QStringLiteral("https://mastodon.social") << false << true;
    QTest::newRow("https with port") << QStringLiteral("https://m.example:8443/") << false << true;
    QTest::newRow("http remote") << QStringLiteral("http://mastodon.social") << false << false;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000") << true << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:3000") << true << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080") << true << true;
    QTest::newRow("http 127.8.9.10") << QStringLiteral("http://127.8.9.10") << true << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:3000") << true << true;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false << false;
    QTest::newRow("http 0.0.0.0") << QStringLiteral("http://0.0.0.0") << false << false;
    QTest::newRow("http mapped v6")
        << QStringLiteral("http://[::ffff:127.0.0.1]") << false << false;
    QTest::newRow("http localhost.evil")
        << QStringLiteral("http://localhost.evil.example") << false << false;
    QTest::newRow("http sub.localhost") << QStringLiteral("http://a.localhost") << false << false;
    QTest::newRow("http 127.0.0.1.nip.io")
        << QStringLiteral("http://127.0.0.1.nip.io") << false << false;
    QTest::newRow("user info") << QStringLiteral("https://user:pw@mastodon.social") << false
                               << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://mastodon.social") << false << false;
    QTest::newRow("no host") << QStringLiteral("https:///path") << false << false;
    QTest::newRow("relative") << QStringLiteral("mastodon.social") << false << false;
    QTest::newRow("empty") << QString() << false << false;
}

void TestEntities::onlyHttpsOrLoopbackHttpIsAllowed()
{
    QFETCH(QString, url);
    QFETCH(bool, loopback);
    QFETCH(bool, allowed);
    const QUrl parsed(url);
    QCOMPARE(OriginPolicy::isLoopbackHost(parsed.host()), loopback);
    QCOMPARE(OriginPolicy::isAllowedBaseUrl(parsed), allowed);
}

void TestEntities::sameOriginNeedsSchemeHostAndPort_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("paths differ") << QStringLiteral("https://m.example/api/v1/x")
                                  << QStringLiteral("https://m.example/other?q=1") << true;
    QTest::newRow("default port") << QStringLiteral("https://m.example")
                                  << QStringLiteral("https://m.example:443/") << true;
    QTest::newRow("host case") << QStringLiteral("https://M.Example")
                               << QStringLiteral("https://m.example") << true;
    QTest::newRow("other port") << QStringLiteral("http://127.0.0.1:1000")
                                << QStringLiteral("http://127.0.0.1:1001") << false;
    QTest::newRow("downgrade") << QStringLiteral("https://m.example")
                               << QStringLiteral("http://m.example") << false;
    QTest::newRow("https upgrade is still another origin")
        << QStringLiteral("http://localhost") << QStringLiteral("https://localhost") << false;
    QTest::newRow("other host") << QStringLiteral("https://m.example")
                                << QStringLiteral("https://m.example.evil") << false;
    QTest::newRow("invalid") << QStringLiteral("https://m.example") << QString() << false;
}

void TestEntities::sameOriginNeedsSchemeHostAndPort()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(OriginPolicy::isSameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(OriginPolicy::isSameOrigin(QUrl(b), QUrl(a)), same);
}

void TestEntities::queryIsPercentEncodedExactly_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain") << QStringLiteral("q") << QStringLiteral("alice")
                           << QStringLiteral("q=alice");
    QTest::newRow("plus and space") << QStringLiteral("q") << QStringLiteral("c++ rocks")
                                    << QStringLiteral("q=c%2B%2B%20rocks");
    QTest::newRow("delimiters") << QStringLiteral("q") << QStringLiteral("a&b=c#d%e")
                                << QStringLiteral("q=a%26b%3Dc%23d%25e");
    QTest::newRow("unicode") << QStringLiteral("q") << QStringLiteral("ü@host")
                             << QStringLiteral("q=%C3%BC%40host");
    QTest::newRow("array key") << QStringLiteral("id[]") << QStringLiteral("1")
                               << QStringLiteral("id%5B%5D=1");
}

void TestEntities::queryIsPercentEncodedExactly()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QUrlQuery query;
    query.addQueryItem(key, QString(value).replace(QLatin1Char('%'), QStringLiteral("%25")));
    QCOMPARE(ApiClient::encodeQuery(query), expected);
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
