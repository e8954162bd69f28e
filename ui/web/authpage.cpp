#include "authpage.h"

#include "api/originpolicy.h"
#include "auth/oauthcallback.h"
#include "text/externallink.h"

#include <QWebEngineNewWindowRequest>

AuthPage::AuthPage(QWebEngineProfile *profile, const QUrl &instanceOrigin, const QUrl &redirectUri,
                   QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_instanceOrigin(instanceOrigin)
    , m_redirectUri(redirectUri)
{
    // Pop-ups (terms of service, "sign in with …" windows) belong in the user's own
    // browser, where their passwords and sessions are.
    connect(
        this, &QWebEnginePage::newWindowRequested, this,
        [this](QWebEngineNewWindowRequest &request) { openExternally(request.requestedUrl()); });
}

bool AuthPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    if (OAuthCallback::isRedirectTo(url, m_redirectUri)) {
        // Never loaded: the code goes to Posthorn, not to whatever listens there.
        emit callbackCaught(url);
        return false;
    }
    if (isMainFrame && type == NavigationTypeLinkClicked &&
        !OriginPolicy::isSameOrigin(url, m_instanceOrigin)) {
        openExternally(url);
        return false;
    }
    return QWebEnginePage::acceptNavigationRequest(url, type, isMainFrame);
}

void AuthPage::openExternally(const QUrl &url)
{
    if (ExternalLink::open(url))
        emit openedExternally(url);
}
