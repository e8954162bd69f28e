#pragma once

#include <QLabel>

// A label with Posthorn's own rich text and links (the new post's link, the server's
// rules page). Every piece of server text in it must be ServerText::escaped(). Links
// are not opened by Qt: ExternalLink::open() opens web links only, so a link a server
// slipped in (`file:`, `javascript:`, a custom scheme) does nothing.
class LinkLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkLabel)

public:
    explicit LinkLabel(QWidget *parent = nullptr);

signals:
    // A link was activated and was not a web page, so nothing was opened.
    void linkRefused(const QString &link);
};
