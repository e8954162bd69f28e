#pragma once

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

// Reads the fields of one JSON object for an entity parser and remembers the first
// problem, with a message naming the field's whole path ("account.emojis[2].url"),
// so each parser is a plain list of its fields and the caller gets one clear error.
//
// The rules, the same for every entity: unknown fields are ignored; an optional field
// that is absent or null gives its fallback; a field of the wrong type is an error,
// optional or not, because a server that sends a string where a number belongs is
// not one whose other values can be trusted. Nesting is capped, so hostile input such
// as a thousand nested reblogs cannot exhaust the stack.
class JsonReader final
{
public:
    // `entity` names the type in error messages ("Account").
    JsonReader(const QJsonValue &value, const QString &entity);

    [[nodiscard]] bool ok() const { return m_error->isEmpty(); }
    [[nodiscard]] QString error() const { return *m_error; }
    // Present and not null.
    [[nodiscard]] bool has(QLatin1String key) const;
    [[nodiscard]] QJsonObject object() const { return m_object; }

    QString requiredString(QLatin1String key);
    QString optionalString(QLatin1String key, const QString &fallback = {});
    // Ids are strings in Mastodon; some servers send numbers, which are accepted.
    QString requiredId(QLatin1String key);
    QString optionalId(QLatin1String key);
    bool optionalBool(QLatin1String key, bool fallback = false);
    std::optional<qint64> optionalInt(QLatin1String key);
    qint64 optionalInt(QLatin1String key, qint64 fallback);
    double optionalDouble(QLatin1String key, double fallback = 0);
    QUrl requiredUrl(QLatin1String key);
    QUrl optionalUrl(QLatin1String key);
    QDateTime requiredDateTime(QLatin1String key);
    QDateTime optionalDateTime(QLatin1String key);
    QStringList optionalStringList(QLatin1String key);

    // A reader over a nested object sharing this one's error; an absent or null
    // optional object reads as {} so its fields fall back to their defaults.
    JsonReader child(QLatin1String key);
    JsonReader requiredChild(QLatin1String key);
    // Readers over the objects of an array; absent or null gives none.
    QList<JsonReader> children(QLatin1String key);

    template<typename T>
    T requiredEntity(QLatin1String key)
    {
        JsonReader reader = requiredChild(key);
        return ok() ? T::read(reader) : T();
    }

    template<typename T>
    std::optional<T> optionalEntity(QLatin1String key)
    {
        if (!has(key))
            return std::nullopt;
        JsonReader reader = requiredChild(key);
        T value = ok() ? T::read(reader) : T();
        return ok() ? std::optional<T>(std::move(value)) : std::nullopt;
    }

    template<typename T>
    QList<T> optionalList(QLatin1String key)
    {
        QList<T> values;
        for (JsonReader &reader : children(key)) {
            if (!ok())
                break;
            values.append(T::read(reader));
        }
        return ok() ? values : QList<T>();
    }

    void fail(QLatin1String key, const QString &problem);

    // The entry point of every entity's fromJson().
    template<typename T>
    static std::optional<T> parse(const QJsonValue &value, const QString &entity, QString *error)
    {
        JsonReader reader(value, entity);
        T parsed = reader.ok() ? T::read(reader) : T();
        return reader.finish(error) ? std::optional<T>(std::move(parsed)) : std::nullopt;
    }

    // For replies that are a JSON array of entities, such as relationships.
    template<typename T>
    static std::optional<QList<T>> parseList(const QJsonValue &value, const QString &entity,
                                             QString *error)
    {
        JsonReader reader(QJsonObject(), entity, QString(), 0, std::make_shared<QString>());
        const QList<T> items = reader.itemsOf<T>(value);
        return reader.finish(error) ? std::optional<QList<T>>(items) : std::nullopt;
    }

    [[nodiscard]] static QString describeType(const QJsonValue &value);

private:
    JsonReader(const QJsonObject &object, const QString &entity, const QString &prefix, int depth,
               std::shared_ptr<QString> error);

    template<typename T>
    QList<T> itemsOf(const QJsonValue &value)
    {
        QList<T> values;
        if (!value.isArray()) {
            failAt(QString(),
                   QStringLiteral("expected a JSON array, got %1").arg(describeType(value)));
            return values;
        }
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size() && ok(); ++i) {
            JsonReader reader =
                nested(array.at(i), QLatin1Char('[') + QString::number(i) + QLatin1Char(']'));
            if (ok())
                values.append(T::read(reader));
        }
        return ok() ? values : QList<T>();
    }

    bool finish(QString *error) const;
    [[nodiscard]] QJsonValue field(QLatin1String key) const;
    [[nodiscard]] QString path(QLatin1String key) const;
    JsonReader nested(const QJsonValue &value, const QString &path);
    void failAt(const QString &path, const QString &problem);
    bool expect(QLatin1String key, const QJsonValue &value, QJsonValue::Type type,
                const char *expected);

    QJsonObject m_object;
    QString m_entity;
    QString m_prefix;
    int m_depth = 0;
    std::shared_ptr<QString> m_error;
};
