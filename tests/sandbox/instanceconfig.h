#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// What the instance endpoints describe, and the limits the other routes enforce. The
// control API deep-merges changes into it; features switched off make their endpoints
// answer 404 the way servers older than that feature do.
class InstanceConfig
{
public:
    InstanceConfig();

    // Mastodon 4.5's API version (quote posts); what /api/v2/instance says by default.
    static constexpr int currentApiVersion = 7;

    // Deep-merges {"configuration":{…}, "version":"…", "features":{…}}; "api_versions"
    // {"mastodon": N} stands for an older server, null for one before 4.3 (none said).
    void merge(const QJsonObject &changes);

    [[nodiscard]] QJsonObject configuration() const { return m_configuration; }
    [[nodiscard]] QString version() const { return m_version; }
    [[nodiscard]] bool feature(const QString &name) const;
    // api_versions.mastodon; 0 when the server says none.
    [[nodiscard]] int apiVersion() const { return m_apiVersion; }
    void setApiVersion(int version) { m_apiVersion = version; }

    [[nodiscard]] int maxCharacters() const;
    [[nodiscard]] int charactersReservedPerUrl() const;
    [[nodiscard]] int maxMediaAttachments() const;
    [[nodiscard]] int pollMaxOptions() const;
    [[nodiscard]] int pollMaxCharactersPerOption() const;
    [[nodiscard]] int pollMinExpiration() const;
    [[nodiscard]] int pollMaxExpiration() const;
    [[nodiscard]] QStringList supportedMimeTypes() const;
    [[nodiscard]] qint64 imageSizeLimit() const;
    [[nodiscard]] qint64 videoSizeLimit() const;
    [[nodiscard]] qint64 imageMatrixLimit() const;
    [[nodiscard]] int descriptionLimit() const;

    [[nodiscard]] QJsonObject instanceV2(const QString &origin, const QJsonObject &contact) const;
    [[nodiscard]] QJsonObject instanceV1(const QString &origin, const QJsonObject &contact) const;
    [[nodiscard]] static QJsonArray languages();
    [[nodiscard]] static QJsonArray rules();

    static QJsonObject deepMerge(QJsonObject base, const QJsonObject &changes);

private:
    [[nodiscard]] double number(const QString &block, const QString &key) const;

    QJsonObject m_configuration;
    QJsonObject m_features;
    QString m_version;
    int m_apiVersion = currentApiVersion;
};
