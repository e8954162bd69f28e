#include "linklabel.h"

#include "text/externallink.h"

#include <QUrl>

LinkLabel::LinkLabel(QWidget *parent)
    : QLabel(parent)
{
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(this, &QLabel::linkActivated, this, [this](const QString &link) {
        if (!ExternalLink::open(QUrl(link, QUrl::StrictMode)))
            emit linkRefused(link);
    });
}
