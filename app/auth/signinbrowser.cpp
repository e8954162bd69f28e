#include "signinbrowser.h"

#include "auth/signinpipe.h"
#include "util/logredactor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSignIn, "posthorn.auth.browser")

namespace {

// Chromium's own lines are far shorter; a longer run without a newline is not kept.
constexpr qsizetype maxErrorLineSize = 64 * 1024;

void relayErrorLine(const QByteArray &line)
{
    qCInfo(lcSignIn).noquote() << "posthorn-signin:"
                               << LogRedactor::redact(QString::fromLocal8Bit(line).trimmed());
}

} // namespace

SignInBrowser::SignInBrowser(QObject *parent)
    : QObject(parent)
{
    // Its stderr is not passed through as it is: QtWebEngine's Chromium writes there
    // directly, past the helper's redacting message handler, and may name the URLs it
    // loads, the callback's code and state among them.
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &SignInBrowser::onReadyRead);
    connect(&m_process, &QProcess::readyReadStandardError, this, &SignInBrowser::onReadyReadError);
    connect(&m_process, &QProcess::finished, this, &SignInBrowser::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &SignInBrowser::onErrorOccurred);
}

SignInBrowser::~SignInBrowser()
{
    m_reported = true;
    cancel();
}

QString SignInBrowser::executablePath()
{
    const QString fromEnvironment = qEnvironmentVariable("POSTHORN_SIGNIN_PATH");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    // Beside posthorn in a build tree; in libexec once installed.
    const QDir here(QCoreApplication::applicationDirPath());
    const QString beside = here.filePath(QStringLiteral("posthorn-signin"));
    if (QFileInfo::exists(beside))
        return beside;
    return QDir::cleanPath(here.filePath(QStringLiteral(POSTHORN_SIGNIN_RELATIVE)));
}

void SignInBrowser::start(const QUrl &authorizeUrl, const QUrl &redirectUri)
{
    cancel();
    m_reported = false;
    m_errorOutput.clear();
    m_skippingLongLine = false;
    m_process.start(executablePath(), {});
    m_process.write(SignInPipe::encode(SignInPipe::Request{authorizeUrl, redirectUri}));
}

void SignInBrowser::cancel()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // SIGKILL ends it at once (its QtWebEngine children follow their parent), so the
    // wait below only reaps the process and does not hold up the GUI thread.
    m_process.kill();
    m_process.waitForFinished(1000);
}

bool SignInBrowser::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

void SignInBrowser::onReadyRead()
{
    using Kind = SignInPipe::Event::Kind;
    while (m_process.canReadLine()) {
        // A line that is no message of the protocol is not acted on.
        const std::optional<SignInPipe::Event> event =
            SignInPipe::decodeEvent(m_process.readLine());
        if (!event)
            continue;
        if (event->kind == Kind::Shown) {
            emit shown();
        } else if (m_reported) {
            continue;
        } else if (event->kind == Kind::Callback) {
            m_reported = true;
            emit callbackReceived(event->url);
        } else if (event->kind == Kind::Cancelled) {
            m_reported = true;
            emit cancelled();
        } else if (event->kind == Kind::Error) {
            m_reported = true;
            emit failed(tr("The sign-in window could not start: %1").arg(event->message));
        }
    }
}

void SignInBrowser::onReadyReadError()
{
    m_errorOutput += m_process.readAllStandardError();
    for (qsizetype end = m_errorOutput.indexOf('\n'); end >= 0; end = m_errorOutput.indexOf('\n')) {
        if (!m_skippingLongLine)
            relayErrorLine(m_errorOutput.left(end));
        m_skippingLongLine = false;
        m_errorOutput.remove(0, end + 1);
    }
    // Cut in pieces, a line could part a secret from the name that marks it, so an
    // overlong one is left out whole rather than logged in parts.
    if (m_errorOutput.size() > maxErrorLineSize) {
        if (!m_skippingLongLine)
            qCInfo(lcSignIn) << "posthorn-signin: a line too long to log was left out";
        m_skippingLongLine = true;
        m_errorOutput.clear();
    }
}

void SignInBrowser::onFinished(int exitCode, QProcess::ExitStatus status)
{
    onReadyRead();
    onReadyReadError();
    if (!m_errorOutput.isEmpty() && !m_skippingLongLine)
        relayErrorLine(m_errorOutput);
    m_errorOutput.clear();
    m_skippingLongLine = false;
    if (m_reported)
        return;
    m_reported = true;
    qCWarning(lcSignIn) << "sign-in browser ended without a result, exit code" << exitCode;
    emit failed(status == QProcess::CrashExit
                    ? tr("The sign-in window crashed. Please try again, or use your browser "
                         "instead.")
                    : tr("The sign-in window closed unexpectedly. Please try again, or use your "
                         "browser instead."));
}

void SignInBrowser::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || m_reported)
        return;
    m_reported = true;
    emit failed(tr("The sign-in window (%1) could not be started. Reinstalling Posthorn may "
                   "help; you can also use your browser instead.")
                    .arg(executablePath()));
}
