#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QUrl>

// Runs posthorn-signin, the embedded browser for the instance's authorization page,
// in its own process: QtWebEngine is loaded only while the user signs in and is gone
// with the process afterwards.
class SignInBrowser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInBrowser)

public:
    explicit SignInBrowser(QObject *parent = nullptr);
    ~SignInBrowser() override;

    void start(const QUrl &authorizeUrl, const QUrl &redirectUri);
    // Closes the browser window without a result.
    void cancel();
    [[nodiscard]] bool isRunning() const;

    // Next to the posthorn executable, or POSTHORN_SIGNIN_PATH when set (tests).
    [[nodiscard]] static QString executablePath();

signals:
    void shown();
    void callbackReceived(const QUrl &url);
    void cancelled();
    void failed(const QString &message);

private:
    void onReadyRead();
    // Logs the helper's stderr line by line, each through the log redactor.
    void onReadyReadError();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);

    QProcess m_process;
    bool m_reported = false;
    QByteArray m_errorOutput; // the helper's stderr after its last complete line
    bool m_skippingLongLine = false;
};
