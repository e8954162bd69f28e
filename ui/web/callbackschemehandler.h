#pragma once

#include <QWebEngineUrlSchemeHandler>

// Handler for Posthorn's own redirect scheme. AuthPage catches the redirect before
// a request is made; QtWebEngine still needs a handler installed on the profile, or
// a redirect to the scheme never reaches acceptNavigationRequest at all.
class CallbackSchemeHandler final : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CallbackSchemeHandler)

public:
    using QWebEngineUrlSchemeHandler::QWebEngineUrlSchemeHandler;

    void requestStarted(QWebEngineUrlRequestJob *job) override;
};
