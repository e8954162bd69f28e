#pragma once

#include "api/apierror.h"
#include "api/jsonreader.h"
#include "api/ratelimit.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

// Everything a finished request produced. `error.kind` is None exactly when the server
// answered 2xx with a complete body that is empty or JSON.
struct ApiResult
{
    int httpStatus = 0;
    QByteArray body;
    // Null unless the body is a JSON object or array, whatever the status.
    QJsonDocument json;
    RateLimit rateLimit;
    ApiError error;
    // The last URL, after any same-origin redirect.
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;

    [[nodiscard]] bool ok() const { return !error.isError(); }
    // Case-insensitive, as HTTP header names are; empty when absent.
    [[nodiscard]] QByteArray header(const QByteArray &name) const;
    [[nodiscard]] QJsonValue jsonValue() const;

    // The reply as one entity. On failure returns nullopt and, if `error` is given,
    // sets it to this result's error, or to a Malformed one naming the bad field.
    template<typename T>
    [[nodiscard]] std::optional<T> parseAs(ApiError *error = nullptr) const
    {
        if (!ok())
            return fail<T>(this->error, error);
        QString problem;
        std::optional<T> parsed = T::fromJson(jsonValue(), &problem);
        if (!parsed)
            return fail<T>(malformed(problem), error);
        return parsed;
    }

    // The reply as a JSON array of entities, such as /api/v1/accounts/relationships.
    template<typename T>
    [[nodiscard]] std::optional<QList<T>> parseListAs(const QString &entity,
                                                      ApiError *error = nullptr) const
    {
        if (!ok())
            return fail<QList<T>>(this->error, error);
        QString problem;
        std::optional<QList<T>> parsed = JsonReader::parseList<T>(jsonValue(), entity, &problem);
        if (!parsed)
            return fail<QList<T>>(malformed(problem), error);
        return parsed;
    }

    // The Malformed error for a reply whose JSON does not have the expected shape.
    [[nodiscard]] ApiError malformed(const QString &problem) const;

private:
    template<typename T>
    static std::optional<T> fail(const ApiError &reason, ApiError *error)
    {
        if (error)
            *error = reason;
        return std::nullopt;
    }
};
