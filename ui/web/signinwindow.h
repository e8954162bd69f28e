#pragma once

#include <QMainWindow>
#include <QUrl>

class AuthPage;
class QLabel;
class QProgressBar;
class QWebEngineProfile;
class QWebEngineView;

// The window of posthorn-signin: the instance's authorization page with its
// address and connection security shown above it, back and reload.
class SignInWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInWindow)

public:
    SignInWindow(const QUrl &authorizeUrl, const QUrl &redirectUri, QWidget *parent = nullptr);
    ~SignInWindow() override;

signals:
    void callbackCaught(const QUrl &url);
    void closedByUser();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onUrlChanged(const QUrl &url);
    void showTlsError(const QString &description);

    QWebEngineProfile *m_profile = nullptr;
    AuthPage *m_page = nullptr;
    QWebEngineView *m_view = nullptr;
    QLabel *m_security = nullptr;
    QLabel *m_address = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_finished = false;
};
