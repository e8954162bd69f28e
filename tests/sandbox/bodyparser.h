#pragma once

#include "sandboxrequest.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>

// Parses request bodies into the nested parameter object that SandboxRequest offers.
namespace BodyParser {

struct Result
{
    QJsonObject params;
    QHash<QString, UploadedFile> files;
    QString error;
};

// application/x-www-form-urlencoded and query strings, with Rails' bracket names.
QJsonObject parseForm(const QByteArray &encoded);
Result parseJson(const QByteArray &body);
Result parseMultipart(const QByteArray &contentType, const QByteArray &body);
// Stores value under a Rails-style name: `a`, `a[]`, `a[b]`, `a[b][]`.
void assign(QJsonObject &target, const QString &name, const QJsonValue &value);

} // namespace BodyParser
