// Fuzz target for the entity parsers: whatever a server sends, every fromJson() either
// gives an entity or an error message, never both, never neither, and never crashes.
// The same bytes also go through the header parsers (X-RateLimit-*, ISO 8601 dates).

#include "api/account.h"
#include "api/application.h"
#include "api/authservermetadata.h"
#include "api/credentialaccount.h"
#include "api/customemoji.h"
#include "api/instance.h"
#include "api/instanceconfiguration.h"
#include "api/iso8601.h"
#include "api/jsonreader.h"
#include "api/language.h"
#include "api/mediaattachment.h"
#include "api/ratelimit.h"
#include "api/relationship.h"
#include "api/scheduledstatus.h"
#include "api/servererror.h"
#include "api/status.h"
#include "api/token.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

void check(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz_entities: %s\n", what);
        std::abort();
    }
}

// JsonReader::finish() promises exactly one of a value and an error.
template<typename T>
void parseOne(const QJsonValue &value)
{
    QString error;
    const std::optional<T> parsed = T::fromJson(value, &error);
    check(parsed.has_value() == error.isEmpty(),
          "fromJson gave both or neither of value and error");
}

template<typename T>
void parseList(const QJsonValue &value)
{
    QString error;
    const std::optional<QList<T>> parsed =
        JsonReader::parseList<T>(value, QStringLiteral("Fuzz"), &error);
    check(parsed.has_value() == error.isEmpty(),
          "parseList gave both or neither of value and error");
    if (parsed && value.isArray())
        check(parsed->size() == value.toArray().size(), "parseList lost or invented items");
}

template<typename... T>
void parseAll(const QJsonValue &value)
{
    (parseOne<T>(value), ...);
}

void parseEverything(const QJsonValue &value)
{
    parseAll<Account, Application, AuthServerMetadata, CredentialAccount, CustomEmoji, Instance,
             InstanceConfiguration, Language, MediaAttachment, Relationship, ScheduledStatus,
             ServerError, Status, Token>(value);
    (void)ScheduledStatus::isScheduledStatus(value);
    if (const auto account = Account::fromJson(value))
        (void)account->name();
    if (const auto metadata = AuthServerMetadata::fromJson(value)) {
        (void)metadata->supportsPkceS256();
        (void)metadata->supportsScope(QStringLiteral("write:statuses"));
    }
    if (const auto serverError = ServerError::fromJson(value))
        (void)serverError->message();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));

    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (document.isObject()) {
        parseEverything(document.object());
    } else if (document.isArray()) {
        const QJsonArray array = document.array();
        // Relationships, languages and custom emojis come as arrays.
        parseList<Relationship>(array);
        parseList<Language>(array);
        parseList<CustomEmoji>(array);
        parseList<Status>(array);
        parseEverything(array);
        for (const QJsonValue &item : array)
            parseEverything(item);
    }

    // Header values: up to three lines, as limit, remaining and reset.
    const QByteArrayList lines = bytes.split('\n');
    const RateLimit rateLimit =
        RateLimit::fromHeaders(lines.value(0), lines.value(1), lines.value(2));
    check(!rateLimit.limit || *rateLimit.limit >= 0, "negative rate limit");
    check(!rateLimit.remaining || *rateLimit.remaining >= 0, "negative remaining requests");

    const QDateTime dateTime = Iso8601::parse(QString::fromUtf8(bytes));
    check(!dateTime.isValid() || dateTime.timeSpec() == Qt::UTC, "a date that is not UTC");
    return 0;
}
