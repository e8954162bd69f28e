#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

// A complete HTTP reply, built by the routes and written by SandboxServer (which may delay,
// cut or replace it when a fault is armed).
class SandboxResponse
{
public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    void setHeader(const QByteArray &name, const QByteArray &value);
    [[nodiscard]] QByteArray header(const QByteArray &name) const;

    static SandboxResponse json(const QJsonObject &object, int status = 200);
    static SandboxResponse json(const QJsonArray &array, int status = 200);
    static SandboxResponse html(const QString &page, int status = 200);
    static SandboxResponse bytes(const QByteArray &data, const QByteArray &contentType,
                                 int status = 200);
    static SandboxResponse redirect(const QString &location, int status = 302);
    // Mastodon's error body: {"error": message}.
    static SandboxResponse error(int status, const QString &message);
    // 429 as Mastodon sends it: no Retry-After, the reset time in X-RateLimit-Reset.
    static SandboxResponse tooManyRequests(int limit, const QDateTime &resetAt);
    // Doorkeeper's error body: {"error": code, "error_description": description}.
    static SandboxResponse oauthError(int status, const QString &code, const QString &description);

    static QByteArray reasonPhrase(int status);
};
