#pragma once

#include <QUrl>
#include <QWebEnginePage>

// The instance's authorization page. It catches the OAuth redirect before anything
// loads it, and sends pop-ups and links that leave the instance to the system browser.
class AuthPage final : public QWebEnginePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuthPage)

public:
    AuthPage(QWebEngineProfile *profile, const QUrl &instanceOrigin, const QUrl &redirectUri,
             QObject *parent = nullptr);

signals:
    void callbackCaught(const QUrl &url);
    void openedExternally(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;

private:
    void openExternally(const QUrl &url);

    QUrl m_instanceOrigin;
    QUrl m_redirectUri;
};
