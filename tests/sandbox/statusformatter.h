#pragma once

#include <QJsonArray>
#include <QString>

class Directory;

// Mastodon's TextFormatter for a local plain-text status: URLs, hashtags and mentions of
// accounts the server knows become links (with Mastodon's markup), everything else is
// HTML-escaped, paragraphs and line breaks as simple_format makes them. Also gives the
// status's `mentions` and `tags`, as ProcessMentionsService and ProcessHashtagsService
// would record them.
class StatusFormatter
{
public:
    struct Result
    {
        QString html;
        QJsonArray mentions;
        QJsonArray tags;
    };

    StatusFormatter(const Directory &directory, const QString &origin);

    [[nodiscard]] Result format(const QString &source) const;

private:
    [[nodiscard]] QString urlLink(const QString &url) const;
    [[nodiscard]] QString hashtagLink(const QString &hashtag) const;

    const Directory &m_directory;
    QString m_origin;
};
