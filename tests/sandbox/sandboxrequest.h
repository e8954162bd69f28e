#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// One uploaded file of a multipart/form-data body.
struct UploadedFile
{
    QString fileName;
    QByteArray contentType;
    QByteArray data;
};

// A request copied out of QHttpServerRequest (which only lives during handleRequest), with
// its parameters merged the way Rails merges them: query string, then body (JSON, form or
// multipart), bracket names such as `media_ids[]` and `poll[options][]` turned into arrays
// and objects.
class SandboxRequest
{
public:
    QByteArray method;
    QString path;
    QByteArray rawQuery;
    QList<QPair<QByteArray, QByteArray>> headerList; // names in lower case
    QByteArray body;
    QHostAddress peer;
    QDateTime receivedAt;

    QJsonObject params;
    QHash<QString, UploadedFile> files;
    // Set when the body could not be parsed (malformed JSON, broken multipart).
    QString bodyError;

    [[nodiscard]] QByteArray header(const QByteArray &lowerCaseName) const;
    // From "Authorization: Bearer …", else the access_token or bearer_token parameter.
    [[nodiscard]] QString bearerToken() const;

    [[nodiscard]] bool has(const QString &key) const;
    [[nodiscard]] QString str(const QString &key) const;
    [[nodiscard]] bool flag(const QString &key) const;
    [[nodiscard]] QStringList list(const QString &key) const;
    [[nodiscard]] QJsonObject object(const QString &key) const;

    // Parses query and body into params/files/bodyError.
    void parseParameters();

    // Loose conversions shared by form strings and typed JSON values.
    static QString toText(const QJsonValue &value);
    static bool toBool(const QJsonValue &value);
};
