#include "externallink.h"

#include "util/servertext.h"

#include <QDesktopServices>
#include <QLoggingCategory>
#include <QUrl>

namespace {
Q_LOGGING_CATEGORY(lcLink, "posthorn.ui.link")
}

bool ExternalLink::open(const QUrl &url)
{
    if (!ServerText::isOpenableLink(url)) {
        qCWarning(lcLink).noquote() << "not opening a link that is not a web page:" << url.scheme();
        return false;
    }
    if (!QDesktopServices::openUrl(url))
        qCWarning(lcLink) << "the desktop opened no browser for the link";
    return true;
}
