#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Runs a posthorn-sandbox process on an ephemeral loopback port for one test and offers
// blocking helpers for its control API (/_sandbox/...). Blocking is fine here: these helpers
// are for test set-up and inspection, never for the code under test.
class SandboxProcess : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxProcess)

public:
    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override;

    // Starts the sandbox with --port 0 and waits up to 10 s for its "listening on" line.
    // With POSTHORN_API_VALIDATOR set (tests/prism/run.sh sets it), clients reach the
    // sandbox through a front that checks every exchange against the API description:
    // baseUrl() is then the front's address.
    bool start(const QStringList &extraArgs = {});
    void stop();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] QUrl baseUrl() const;
    // The sandbox's second port, standing for another site: where `redirect` faults
    // point. Requests that reach it are logged with this origin.
    [[nodiscard]] QUrl elsewhereUrl() const { return m_elsewhereUrl; }
    // Everything the process printed so far, for diagnosing a failed start.
    [[nodiscard]] QString output() const;

    // Sends a request to the control API and returns its JSON reply (null on failure).
    QJsonDocument control(const QByteArray &method, const QString &path,
                          const QJsonObject &body = {});
    QString mintToken(const QString &scopes = QStringLiteral("read write follow"),
                      const QString &account = QStringLiteral("demo"));
    QJsonArray requests();
    // The logged requests for exactly `path`, oldest first; any method when it is empty.
    QList<QJsonObject> requestsTo(const QString &path, const QByteArray &method = {});
    // The same for any of `paths`, in the order the server saw them.
    QList<QJsonObject> requestsTo(const QStringList &paths, const QByteArray &method = {});
    // The logged requests for every path that starts with `prefix`, oldest first.
    QList<QJsonObject> requestsUnder(const QString &prefix, const QByteArray &method = {});
    // What the server holds now (GET /_sandbox/statuses).
    QJsonArray statuses();
    QJsonArray scheduledStatuses();
    void addFault(const QJsonObject &fault);
    void reset();

private:
    bool putValidatorInFront(const QUrl &validator);
    QList<QJsonObject> requestsWhere(const std::function<bool(const QString &path)> &pathMatches,
                                     const QByteArray &method);

    QProcess m_process;
    QNetworkAccessManager *m_nam = nullptr;
    QUrl m_baseUrl;
    // Where the sandbox itself listens: the control API is asked there, never validated.
    QUrl m_sandboxUrl;
    QUrl m_elsewhereUrl;
    QByteArray m_output;
};
