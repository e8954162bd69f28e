#include "bodyparser.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUrl>

namespace {

QString decodeFormComponent(QByteArray component)
{
    component.replace('+', ' ');
    return QUrl::fromPercentEncoding(component);
}

QStringList splitName(const QString &name)
{
    // "poll[options][]" -> {"poll", "options", ""}
    QStringList segments;
    const qsizetype open = name.indexOf(QLatin1Char('['));
    if (open <= 0)
        return {name};
    segments << name.left(open);
    qsizetype pos = open;
    while (pos < name.size() && name.at(pos) == QLatin1Char('[')) {
        const qsizetype close = name.indexOf(QLatin1Char(']'), pos);
        if (close < 0)
            return {name};
        segments << name.mid(pos + 1, close - pos - 1);
        pos = close + 1;
    }
    return segments;
}

void assignSegments(QJsonObject &target, const QStringList &segments, const QJsonValue &value)
{
    const QString &key = segments.first();
    if (segments.size() == 1) {
        target.insert(key, value);
        return;
    }
    if (segments.at(1).isEmpty()) {
        // Only a trailing "[]" is meaningful; Rails treats deeper array-of-hash forms
        // specially, which no Mastodon client needs.
        QJsonArray array = target.value(key).toArray();
        array.append(value);
        target.insert(key, array);
        return;
    }
    QJsonObject child = target.value(key).toObject();
    assignSegments(child, segments.mid(1), value);
    target.insert(key, child);
}

QByteArray headerParameter(const QByteArray &header, const QByteArray &name)
{
    // Finds name=value or name="value" in a header such as Content-Disposition.
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &part : parts) {
        const QByteArray trimmed = part.trimmed();
        const qsizetype eq = trimmed.indexOf('=');
        if (eq < 0 || trimmed.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = trimmed.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

namespace BodyParser {

void assign(QJsonObject &target, const QString &name, const QJsonValue &value)
{
    if (name.isEmpty())
        return;
    assignSegments(target, splitName(name), value);
}

QJsonObject parseForm(const QByteArray &encoded)
{
    QJsonObject params;
    const QList<QByteArray> pairs = encoded.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QString name = decodeFormComponent(eq < 0 ? pair : pair.left(eq));
        const QString value = eq < 0 ? QString() : decodeFormComponent(pair.mid(eq + 1));
        assign(params, name, value);
    }
    return params;
}

Result parseJson(const QByteArray &body)
{
    Result result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        result.error = QStringLiteral("Error occurred while parsing request parameters");
        return result;
    }
    if (document.isObject())
        result.params = document.object();
    else if (!document.isNull())
        result.params.insert(QStringLiteral("_json"), document.array());
    return result;
}

Result parseMultipart(const QByteArray &contentType, const QByteArray &body)
{
    Result result;
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (boundary.isEmpty()) {
        result.error = QStringLiteral("Error occurred while parsing request parameters");
        return result;
    }
    const QByteArray delimiter = "--" + boundary;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0) {
        result.error = QStringLiteral("Error occurred while parsing request parameters");
        return result;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            break; // closing delimiter
        if (body.mid(pos, 2) == "\r\n")
            pos += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), pos);
        if (headersEnd < 0 || next < 0 || headersEnd > next) {
            result.error = QStringLiteral("Error occurred while parsing request parameters");
            break;
        }
        QByteArray disposition;
        QByteArray partType;
        const QList<QByteArray> headerLines = body.mid(pos, headersEnd - pos).split('\n');
        for (const QByteArray &line : headerLines) {
            const qsizetype colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "content-disposition")
                disposition = line.mid(colon + 1).trimmed();
            else if (name == "content-type")
                partType = line.mid(colon + 1).trimmed();
        }
        const QByteArray content = body.mid(headersEnd + 4, next - headersEnd - 4);
        const QString name = QString::fromUtf8(headerParameter(disposition, "name"));
        if (disposition.contains("filename=")) {
            UploadedFile file{QString::fromUtf8(headerParameter(disposition, "filename")), partType,
                              content};
            result.files.insert(name, file);
        } else {
            assign(result.params, name, QString::fromUtf8(content));
        }
        pos = next + 2;
    }
    return result;
}

} // namespace BodyParser
