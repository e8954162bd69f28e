#include "jsonreader.h"

#include "iso8601.h"

#include <cmath>

namespace {

// Deeper than any real Mastodon entity (status → reblog → account → moved is four),
// shallow enough that recursion through nested entities stays cheap.
constexpr int maxDepth = 16;

// Integers above 2^53 cannot be held exactly by a JSON number read as a double.
constexpr double maxExactInteger = 9007199254740992.0;

} // namespace

JsonReader::JsonReader(const QJsonValue &value, const QString &entity)
    : m_object(value.toObject())
    , m_entity(entity)
    , m_error(std::make_shared<QString>())
{
    if (!value.isObject())
        failAt(QString(),
               QStringLiteral("expected a JSON object, got %1").arg(describeType(value)));
}

JsonReader::JsonReader(const QJsonObject &object, const QString &entity, const QString &prefix,
                       int depth, std::shared_ptr<QString> error)
    : m_object(object)
    , m_entity(entity)
    , m_prefix(prefix)
    , m_depth(depth)
    , m_error(std::move(error))
{}

bool JsonReader::has(QLatin1String key) const
{
    const QJsonValue value = field(key);
    return !value.isUndefined() && !value.isNull();
}

QString JsonReader::requiredString(QLatin1String key)
{
    const QJsonValue value = field(key);
    if (!expect(key, value, QJsonValue::String, "a string"))
        return {};
    return value.toString();
}

QString JsonReader::optionalString(QLatin1String key, const QString &fallback)
{
    if (!has(key))
        return fallback;
    return requiredString(key);
}

QString JsonReader::requiredId(QLatin1String key)
{
    const QJsonValue value = field(key);
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (std::trunc(number) != number || std::abs(number) > maxExactInteger) {
            fail(key, QStringLiteral("is not a whole number that fits an id"));
            return {};
        }
        return QString::number(value.toInteger());
    }
    if (!expect(key, value, QJsonValue::String, "a string"))
        return {};
    const QString id = value.toString();
    if (id.isEmpty())
        fail(key, QStringLiteral("is empty"));
    return id;
}

QString JsonReader::optionalId(QLatin1String key)
{
    if (!has(key))
        return {};
    return requiredId(key);
}

bool JsonReader::optionalBool(QLatin1String key, bool fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue value = field(key);
    if (!expect(key, value, QJsonValue::Bool, "a boolean"))
        return fallback;
    return value.toBool();
}

std::optional<qint64> JsonReader::optionalInt(QLatin1String key)
{
    if (!has(key))
        return std::nullopt;
    const QJsonValue value = field(key);
    if (!expect(key, value, QJsonValue::Double, "a number"))
        return std::nullopt;
    const double number = value.toDouble();
    if (std::trunc(number) != number || std::abs(number) > maxExactInteger) {
        fail(key, QStringLiteral("must be a whole number"));
        return std::nullopt;
    }
    return value.toInteger();
}

qint64 JsonReader::optionalInt(QLatin1String key, qint64 fallback)
{
    return optionalInt(key).value_or(fallback);
}

double JsonReader::optionalDouble(QLatin1String key, double fallback)
{
    if (!has(key))
        return fallback;
    const QJsonValue value = field(key);
    if (!expect(key, value, QJsonValue::Double, "a number"))
        return fallback;
    return value.toDouble();
}

QUrl JsonReader::requiredUrl(QLatin1String key)
{
    const QString text = requiredString(key);
    if (!ok())
        return {};
    const QUrl url(text);
    if (!url.isValid())
        fail(key, QStringLiteral("is not a valid URL"));
    return url;
}

QUrl JsonReader::optionalUrl(QLatin1String key)
{
    if (!has(key))
        return {};
    // Servers send "" for "no URL" as often as null.
    const QJsonValue value = field(key);
    if (value.isString() && value.toString().isEmpty())
        return {};
    return requiredUrl(key);
}

QDateTime JsonReader::requiredDateTime(QLatin1String key)
{
    const QString text = requiredString(key);
    if (!ok())
        return {};
    const QDateTime dateTime = Iso8601::parse(text);
    if (!dateTime.isValid())
        fail(key, QStringLiteral("is not an ISO 8601 date"));
    return dateTime;
}

QDateTime JsonReader::optionalDateTime(QLatin1String key)
{
    if (!has(key) || (field(key).isString() && field(key).toString().isEmpty()))
        return {};
    return requiredDateTime(key);
}

QStringList JsonReader::optionalStringList(QLatin1String key)
{
    if (!has(key))
        return {};
    const QJsonValue value = field(key);
    if (!expect(key, value, QJsonValue::Array, "an array"))
        return {};
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            failAt(path(key) + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'),
                   QStringLiteral("must be a string, got %1").arg(describeType(array.at(i))));
            return {};
        }
        strings.append(array.at(i).toString());
    }
    return strings;
}

JsonReader JsonReader::child(QLatin1String key)
{
    if (!has(key))
        return JsonReader(QJsonObject(), m_entity, path(key), m_depth + 1, m_error);
    return requiredChild(key);
}

JsonReader JsonReader::requiredChild(QLatin1String key)
{
    const QJsonValue value = field(key);
    if (value.isUndefined() || value.isNull()) {
        expect(key, value, QJsonValue::Object, "an object");
        return JsonReader(QJsonObject(), m_entity, path(key), m_depth + 1, m_error);
    }
    return nested(value, path(key));
}

QList<JsonReader> JsonReader::children(QLatin1String key)
{
    QList<JsonReader> readers;
    if (!has(key))
        return readers;
    const QJsonValue value = field(key);
    if (!expect(key, value, QJsonValue::Array, "an array"))
        return readers;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size() && ok(); ++i)
        readers.append(nested(array.at(i), path(key) + QLatin1Char('[') + QString::number(i) +
                                               QLatin1Char(']')));
    return readers;
}

void JsonReader::fail(QLatin1String key, const QString &problem)
{
    failAt(path(key), problem);
}

QString JsonReader::describeType(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool JsonReader::finish(QString *error) const
{
    if (error)
        *error = *m_error;
    return ok();
}

QJsonValue JsonReader::field(QLatin1String key) const
{
    return m_object.value(key);
}

QString JsonReader::path(QLatin1String key) const
{
    if (m_prefix.isEmpty())
        return key;
    return m_prefix + QLatin1Char('.') + key;
}

JsonReader JsonReader::nested(const QJsonValue &value, const QString &path)
{
    JsonReader reader(value.toObject(), m_entity, path, m_depth + 1, m_error);
    if (m_depth + 1 > maxDepth)
        failAt(path, QStringLiteral("is nested too deeply"));
    else if (!value.isObject())
        failAt(path, QStringLiteral("must be an object, got %1").arg(describeType(value)));
    return reader;
}

void JsonReader::failAt(const QString &path, const QString &problem)
{
    if (!m_error->isEmpty())
        return;
    if (path.isEmpty())
        *m_error = m_entity + QStringLiteral(": ") + problem;
    else
        *m_error = m_entity + QStringLiteral(": \"") + path + QStringLiteral("\" ") + problem;
}

bool JsonReader::expect(QLatin1String key, const QJsonValue &value, QJsonValue::Type type,
                        const char *expected)
{
    if (value.type() == type)
        return true;
    if (value.isUndefined())
        fail(key, QStringLiteral("is missing"));
    else
        fail(
            key,
            QStringLiteral("must be %1, got %2").arg(QLatin1String(expected), describeType(value)));
    return false;
}
