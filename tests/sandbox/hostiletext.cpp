#include "hostiletext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {

// Fields a client shows to people. Ids, URLs, dates and versions stay as they are, so
// that the client can still work with the server while it shows what it says.
const QSet<QString> &shownFields()
{
    static const QSet<QString> fields{QStringLiteral("display_name"),
                                      QStringLiteral("acct"),
                                      QStringLiteral("username"),
                                      QStringLiteral("note"),
                                      QStringLiteral("title"),
                                      QStringLiteral("short_description"),
                                      QStringLiteral("description"),
                                      QStringLiteral("error"),
                                      QStringLiteral("error_description"),
                                      QStringLiteral("text"),
                                      QStringLiteral("spoiler_text"),
                                      QStringLiteral("content"),
                                      QStringLiteral("name")};
    return fields;
}

QJsonValue rewrite(const QJsonValue &value, const QString &text);

QJsonObject rewrite(const QJsonObject &object, const QString &text)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isString() && shownFields().contains(it.key()))
            out.insert(it.key(), QString(it.value().toString() + text));
        else
            out.insert(it.key(), rewrite(it.value(), text));
    }
    return out;
}

QJsonValue rewrite(const QJsonValue &value, const QString &text)
{
    if (value.isObject())
        return rewrite(value.toObject(), text);
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            out.append(rewrite(item, text));
        return out;
    }
    return value;
}

} // namespace

SandboxResponse HostileText::apply(const SandboxResponse &response, const QString &text)
{
    if (text.isEmpty() || !response.header("Content-Type").startsWith("application/json"))
        return response;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isNull())
        return response;
    SandboxResponse out = response;
    out.body = document.isArray()
                   ? QJsonDocument(rewrite(QJsonValue(document.array()), text).toArray())
                         .toJson(QJsonDocument::Compact)
                   : QJsonDocument(rewrite(document.object(), text)).toJson(QJsonDocument::Compact);
    return out;
}
