#include "mediaroutes.h"

#include "sandboxstate.h"

#include <QBuffer>
#include <QImageReader>
#include <QRegularExpression>

namespace {

constexpr int UploadsPerWindow = 30;
constexpr int UploadWindowSeconds = 30 * 60;
constexpr qint64 GifMatrixLimit = 1280 * 720; // Attachmentable::GIF_MATRIX_LIMIT
const QStringList mediaScopes{QStringLiteral("write"), QStringLiteral("write:media")};

QString humanSize(qint64 bytes)
{
    // Rails' number_to_human_size, as used in Paperclip's size message.
    if (bytes >= 1024 * 1024)
        return QString::number(double(bytes) / (1024 * 1024), 'g', 3) + QStringLiteral(" MB");
    if (bytes >= 1024)
        return QString::number(double(bytes) / 1024, 'g', 3) + QStringLiteral(" KB");
    return QString::number(bytes) + QStringLiteral(" Bytes");
}

QSize gifScreenSize(const QByteArray &data)
{
    if (data.size() < 10)
        return {};
    const auto le16 = [&data](int at) {
        return int(quint8(data.at(at))) | int(quint8(data.at(at + 1))) << 8;
    };
    return QSize(le16(6), le16(8));
}

bool isAnimated(const QByteArray &data)
{
    QByteArray copy = data;
    QBuffer buffer(&copy);
    QImageReader reader(&buffer);
    return reader.imageCount() > 1;
}

QString extensionFor(const QByteArray &mimeType)
{
    const QByteArray subtype = mimeType.mid(mimeType.indexOf('/') + 1);
    if (subtype == "jpeg")
        return QStringLiteral("jpg");
    if (subtype == "mpeg")
        return QStringLiteral("mp3");
    return QString::fromLatin1(subtype);
}

} // namespace

MediaRoutes::MediaRoutes(SandboxState &state)
    : m_state(state)
    , m_auth(state)
{}

std::optional<SandboxResponse> MediaRoutes::handle(const SandboxRequest &request)
{
    static const QRegularExpression mediaPath(QStringLiteral("^/api/v1/media/([^/]+)$"));
    static const QRegularExpression filePath(
        QStringLiteral("^/system/media_attachments/files/([0-9]+)/original\\.[a-z0-9]+$"));
    if ((request.path == QLatin1String("/api/v2/media") ||
         request.path == QLatin1String("/api/v1/media")) &&
        request.method == "POST")
        return upload(request);
    if (const auto match = mediaPath.match(request.path); match.hasMatch()) {
        if (request.method == "GET")
            return show(request, match.captured(1));
        if (request.method == "PUT")
            return update(request, match.captured(1));
    }
    if (const auto match = filePath.match(request.path);
        match.hasMatch() && request.method == "GET")
        return file(match.captured(1));
    return std::nullopt;
}

bool MediaRoutes::isProcessed(const MediaAttachment &media)
{
    return !media.failed && media.pollsUntilProcessed <= 0;
}

QByteArray MediaRoutes::sniffMimeType(const QByteArray &data, const QByteArray &declared)
{
    if (data.startsWith("\x89PNG\r\n\x1a\n"))
        return QByteArrayLiteral("image/png");
    if (data.startsWith("\xff\xd8\xff"))
        return QByteArrayLiteral("image/jpeg");
    if (data.startsWith("GIF87a") || data.startsWith("GIF89a"))
        return QByteArrayLiteral("image/gif");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WAVE")
        return QByteArrayLiteral("audio/wav");
    if (data.mid(4, 4) == "ftyp") {
        const QByteArray brand = data.mid(8, 4);
        if (brand.startsWith("M4A"))
            return QByteArrayLiteral("audio/mp4");
        if (brand == "qt  ")
            return QByteArrayLiteral("video/quicktime");
        return QByteArrayLiteral("video/mp4");
    }
    if (data.startsWith("\x1a\x45\xdf\xa3"))
        return QByteArrayLiteral("video/webm");
    if (data.startsWith("ID3") || data.startsWith("\xff\xfb") || data.startsWith("\xff\xf3"))
        return QByteArrayLiteral("audio/mpeg");
    if (data.startsWith("OggS"))
        return QByteArrayLiteral("audio/ogg");
    if (data.startsWith("fLaC"))
        return QByteArrayLiteral("audio/flac");
    // Unknown magic: fall back to what the client declared, without parameters.
    return declared.split(';').first().trimmed().toLower();
}

QJsonObject MediaRoutes::toJson(const MediaAttachment &media, const QString &origin)
{
    const bool processed = isProcessed(media);
    const QString url = origin + QStringLiteral("/system/media_attachments/files/") + media.id +
                        QStringLiteral("/original.") + extensionFor(media.mimeType);
    QJsonObject meta;
    if (media.width > 0) {
        meta.insert(QStringLiteral("original"),
                    QJsonObject{{QStringLiteral("width"), media.width},
                                {QStringLiteral("height"), media.height},
                                {QStringLiteral("size"),
                                 QStringLiteral("%1x%2").arg(media.width).arg(media.height)},
                                {QStringLiteral("aspect"), double(media.width) / media.height}});
    }
    meta.insert(QStringLiteral("focus"), QJsonObject{{QStringLiteral("x"), media.focusX},
                                                     {QStringLiteral("y"), media.focusY}});
    return QJsonObject{
        {QStringLiteral("id"), media.id},
        {QStringLiteral("type"), media.type},
        {QStringLiteral("url"), processed ? QJsonValue(url) : QJsonValue::Null},
        {QStringLiteral("preview_url"), processed ? QJsonValue(url) : QJsonValue::Null},
        {QStringLiteral("remote_url"), QJsonValue::Null},
        {QStringLiteral("preview_remote_url"), QJsonValue::Null},
        {QStringLiteral("text_url"), QJsonValue::Null},
        {QStringLiteral("meta"), meta},
        {QStringLiteral("description"),
         media.description.isEmpty() ? QJsonValue::Null : QJsonValue(media.description)},
        {QStringLiteral("blurhash"), QStringLiteral("UFBWY:8_0Jxv4mx]t8t64.%M-:IUWGWAt6M}")},
    };
}

std::optional<SandboxResponse> MediaRoutes::applyMetadata(const SandboxRequest &request,
                                                          MediaAttachment &media) const
{
    if (request.has(QStringLiteral("description"))) {
        const QString description = request.str(QStringLiteral("description"));
        // Rails counts characters (code points), not UTF-16 units: an emoji is one.
        if (description.toUcs4().size() > m_state.config.descriptionLimit())
            return SandboxResponse::error(
                422, QStringLiteral(
                         "Validation failed: Description is too long (maximum is %1 characters)")
                         .arg(m_state.config.descriptionLimit()));
        media.description = description;
    }
    if (request.has(QStringLiteral("focus"))) {
        const QStringList parts = request.str(QStringLiteral("focus")).split(QLatin1Char(','));
        bool okX = false;
        bool okY = false;
        const double x = parts.value(0).toDouble(&okX);
        const double y = parts.value(1).toDouble(&okY);
        if (parts.size() == 2 && okX && okY && qAbs(x) <= 1 && qAbs(y) <= 1) {
            media.focusX = x;
            media.focusY = y;
        }
    }
    return std::nullopt;
}

SandboxResponse MediaRoutes::upload(const SandboxRequest &request)
{
    const TokenAuth::Result auth = m_auth.require(request, mediaScopes);
    if (auth.error)
        return *auth.error;
    const RateLimiter::Verdict verdict = m_state.limiter.hit(
        QStringLiteral("media:") + auth.token->accountId, UploadsPerWindow, UploadWindowSeconds);
    if (!verdict.allowed) {
        return SandboxResponse::tooManyRequests(verdict.limit, verdict.resetAt);
    }

    const auto fileIt = request.files.constFind(QStringLiteral("file"));
    if (fileIt == request.files.constEnd() || fileIt->data.isEmpty())
        return SandboxResponse::error(422,
                                      QStringLiteral("Validation failed: File can't be blank"));
    const UploadedFile &upload = fileIt.value();
    const QByteArray mimeType = sniffMimeType(upload.data, upload.contentType);
    if (!m_state.config.supportedMimeTypes().contains(QString::fromLatin1(mimeType)))
        return SandboxResponse::error(
            422,
            QStringLiteral("Validation failed: File content type is invalid, File is invalid"));

    MediaAttachment media;
    media.id = m_state.nextId();
    media.accountId = auth.token->accountId;
    media.mimeType = mimeType;
    media.size = upload.data.size();
    // Mastodon turns an animated GIF into a looping video (gifv); a still one stays an image.
    const bool isImage =
        mimeType.startsWith("image/") && !(mimeType == "image/gif" && isAnimated(upload.data));
    media.type = isImage                         ? QStringLiteral("image")
                 : mimeType == "image/gif"       ? QStringLiteral("gifv")
                 : mimeType.startsWith("video/") ? QStringLiteral("video")
                 : mimeType.startsWith("audio/") ? QStringLiteral("audio")
                                                 : QStringLiteral("image");
    // A GIF is checked as an image (its type is set before validation), animated or not.
    const qint64 limit = isImage || mimeType == "image/gif" ? m_state.config.imageSizeLimit()
                                                            : m_state.config.videoSizeLimit();
    if (media.size > limit)
        return SandboxResponse::error(
            422, QStringLiteral("Validation failed: File file size must be less than %1")
                     .arg(humanSize(limit)));

    if (mimeType.startsWith("image/")) {
        QByteArray copy = upload.data;
        QBuffer buffer(&copy);
        QImageReader reader(&buffer);
        // FastImage reads a GIF's size from its logical screen descriptor.
        const QSize size = mimeType == "image/gif" ? gifScreenSize(upload.data) : reader.size();
        if (size.isValid()) {
            media.width = size.width();
            media.height = size.height();
            // Attachmentable#check_image_dimension: GIFs have a smaller limit, animated or not.
            if (mimeType == "image/gif" && qint64(size.width()) * size.height() > GifMatrixLimit)
                return SandboxResponse::error(422,
                                              QStringLiteral("%1x%2 GIF files are not supported")
                                                  .arg(size.width())
                                                  .arg(size.height()));
            if (qint64(size.width()) * size.height() > m_state.config.imageMatrixLimit())
                return SandboxResponse::error(422, QStringLiteral("%1x%2 images are not supported")
                                                       .arg(size.width())
                                                       .arg(size.height()));
        }
    }
    if (auto error = applyMetadata(request, media))
        return *error;
    media.data = upload.data;
    // Images are processed while the request runs, and so is everything uploaded through v1
    // (only v2 delays processing). Otherwise video and audio are queued, as on a real
    // server, and only the control API decides how many polls that takes and if it fails.
    const bool synchronous = isImage || request.path == QLatin1String("/api/v1/media");
    if (!isImage && synchronous && m_state.mediaProcessingFails)
        return SandboxResponse::error(
            500, QStringLiteral("Error processing thumbnail for uploaded media"));
    if (!synchronous) {
        media.pollsUntilProcessed = m_state.mediaProcessingPolls;
        media.failed = m_state.mediaProcessingFails;
    }
    m_state.media.insert(media.id, media);
    const QJsonObject json = toJson(media, m_state.origin());
    if (synchronous)
        return SandboxResponse::json(json, 200);
    QJsonObject pending = json;
    pending.insert(QStringLiteral("url"), QJsonValue::Null);
    pending.insert(QStringLiteral("preview_url"), QJsonValue::Null);
    return SandboxResponse::json(pending, 202);
}

SandboxResponse MediaRoutes::show(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, mediaScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.media.find(id);
    // Like Mastodon, only media not yet attached to a status can be looked up here.
    if (it == m_state.media.end() || it->accountId != auth.token->accountId || it->attached)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    if (it->failed)
        return SandboxResponse::error(
            422, QStringLiteral("Error processing thumbnail for uploaded media"));
    if (it->pollsUntilProcessed > 0) {
        --it->pollsUntilProcessed;
        QJsonObject json = toJson(*it, m_state.origin());
        json.insert(QStringLiteral("url"), QJsonValue::Null);
        json.insert(QStringLiteral("preview_url"), QJsonValue::Null);
        return SandboxResponse::json(json, 206);
    }
    return SandboxResponse::json(toJson(*it, m_state.origin()));
}

SandboxResponse MediaRoutes::update(const SandboxRequest &request, const QString &id)
{
    const TokenAuth::Result auth = m_auth.require(request, mediaScopes);
    if (auth.error)
        return *auth.error;
    const auto it = m_state.media.find(id);
    if (it == m_state.media.end() || it->accountId != auth.token->accountId || it->attached)
        return SandboxResponse::error(404, QStringLiteral("Record not found"));
    // Mastodon checks processing before every action but create, updates included.
    if (it->failed)
        return SandboxResponse::error(
            422, QStringLiteral("Error processing thumbnail for uploaded media"));
    if (auto error = applyMetadata(request, *it))
        return *error;
    return SandboxResponse::json(toJson(*it, m_state.origin()), isProcessed(*it) ? 200 : 206);
}

SandboxResponse MediaRoutes::file(const QString &id) const
{
    const auto it = m_state.media.constFind(id);
    if (it == m_state.media.constEnd() || !isProcessed(*it))
        return SandboxResponse::error(404, QStringLiteral("Not Found"));
    SandboxResponse response = SandboxResponse::bytes(it->data, it->mimeType);
    response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    return response;
}
