#include "outboxentry.h"

#include <QJsonArray>
#include <QUuid>

namespace {

QString stateName(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Waiting:
    case OutboxEntry::State::Sending:
    case OutboxEntry::State::Checking:
        // A send that was out when the app stopped is due again; its key makes that safe.
        return QStringLiteral("waiting");
    case OutboxEntry::State::Failed:
        return QStringLiteral("failed");
    case OutboxEntry::State::NeedsSignIn:
        return QStringLiteral("needsSignIn");
    }
    return QStringLiteral("waiting");
}

OutboxEntry::State stateFromName(const QString &name)
{
    if (name == QLatin1String("failed"))
        return OutboxEntry::State::Failed;
    if (name == QLatin1String("needsSignIn"))
        return OutboxEntry::State::NeedsSignIn;
    return OutboxEntry::State::Waiting;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

OutboxEntry OutboxEntry::create(const Draft &draft)
{
    OutboxEntry entry;
    entry.id = newUuid();
    entry.keyBase = newUuid();
    entry.draft = draft;
    entry.createdAt = QDateTime::currentDateTimeUtc();
    return entry;
}

QString OutboxEntry::idempotencyKey(qsizetype part) const
{
    return keyBase + QLatin1Char('-') + QString::number(part);
}

bool OutboxEntry::isHeld(const QDateTime &now) const
{
    return notBefore.isValid() && now < notBefore && state == State::Waiting &&
           postedIds.isEmpty() && !partSentAt.isValid();
}

Draft OutboxEntry::remainingDraft() const
{
    if (postedIds.isEmpty())
        return draft;
    Draft rest = draft;
    rest.parts = draft.parts.mid(postedIds.size());
    if (rest.parts.isEmpty())
        rest.parts.append(QString());
    rest.inReplyToId = postedIds.constLast();
    // Those went out with the first post.
    rest.attachments.clear();
    rest.poll.reset();
    rest.scheduledAt = {};
    // The first post replied to or quoted it; the rest go on from the thread.
    rest.link.reset();
    return rest;
}

QJsonObject OutboxEntry::toJson() const
{
    return {
        {QStringLiteral("version"), 1},
        {QStringLiteral("id"), id},
        {QStringLiteral("keyBase"), keyBase},
        {QStringLiteral("draft"), draft.toJson()},
        {QStringLiteral("state"), stateName(state)},
        {QStringLiteral("postedIds"), QJsonArray::fromStringList(postedIds)},
        {QStringLiteral("firstUrl"), firstUrl.toString()},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("nextAttemptAt"), nextAttemptAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("lastError"), lastError},
        {QStringLiteral("refused"), refused},
        {QStringLiteral("partSentAt"), partSentAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("uncertain"), uncertain},
        {QStringLiteral("notFound"), notFound},
        {QStringLiteral("notBefore"), notBefore.toUTC().toString(Qt::ISODateWithMs)},
    };
}

OutboxEntry OutboxEntry::fromJson(const QJsonObject &object)
{
    OutboxEntry entry;
    entry.id = object.value(QLatin1String("id")).toString();
    entry.keyBase = object.value(QLatin1String("keyBase")).toString();
    entry.draft = Draft::fromJson(object.value(QLatin1String("draft")).toObject());
    entry.state = stateFromName(object.value(QLatin1String("state")).toString());
    const QJsonArray posted = object.value(QLatin1String("postedIds")).toArray();
    for (const QJsonValue &id : posted)
        entry.postedIds.append(id.toString());
    entry.firstUrl = QUrl(object.value(QLatin1String("firstUrl")).toString());
    entry.attempts = object.value(QLatin1String("attempts")).toInt();
    entry.nextAttemptAt = QDateTime::fromString(
        object.value(QLatin1String("nextAttemptAt")).toString(), Qt::ISODateWithMs);
    entry.createdAt = QDateTime::fromString(object.value(QLatin1String("createdAt")).toString(),
                                            Qt::ISODateWithMs);
    entry.lastError = object.value(QLatin1String("lastError")).toString();
    entry.refused = object.value(QLatin1String("refused")).toBool();
    entry.partSentAt = QDateTime::fromString(object.value(QLatin1String("partSentAt")).toString(),
                                             Qt::ISODateWithMs);
    // Files from before these flags: an unconfirmed part is looked for all the same
    // once its key is old, as partSentAt tells.
    entry.uncertain = object.value(QLatin1String("uncertain")).toBool();
    entry.notFound = object.value(QLatin1String("notFound")).toBool();
    entry.notBefore = QDateTime::fromString(object.value(QLatin1String("notBefore")).toString(),
                                            Qt::ISODateWithMs);
    return entry;
}
