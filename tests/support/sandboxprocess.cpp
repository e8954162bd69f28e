#include "sandboxprocess.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTest>

namespace {
constexpr int StartTimeoutMs = 10000;
constexpr int ControlTimeoutMs = 15000;
} // namespace

SandboxProcess::SandboxProcess(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
{
    // The sandbox prints to stdout only; merging keeps a crash message visible in output().
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

bool SandboxProcess::start(const QStringList &extraArgs)
{
    stop();
    m_output.clear();
    m_baseUrl.clear();
    m_sandboxUrl.clear();
    m_elsewhereUrl.clear();
    m_process.start(QStringLiteral(POSTHORN_SANDBOX_PATH),
                    QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArgs);
    if (!m_process.waitForStarted(StartTimeoutMs))
        return false;

    static const QRegularExpression listening(
        QStringLiteral("^Posthorn sandbox listening on (http://\\S+)"));
    static const QRegularExpression elsewhere(
        QStringLiteral("^Another site, where redirect faults point: (http://\\S+)"));
    QDeadlineTimer deadline(StartTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!m_process.canReadLine() &&
            !m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() != QProcess::Running)
                break;
            continue;
        }
        while (m_process.canReadLine()) {
            const QByteArray line = m_process.readLine();
            m_output += line;
            const QString text = QString::fromUtf8(line).trimmed();
            if (const auto match = listening.match(text); match.hasMatch())
                m_sandboxUrl = m_baseUrl = QUrl(match.captured(1));
            // The last line of the greeting: the sandbox is ready once it is printed.
            if (const auto match = elsewhere.match(text); match.hasMatch() && m_baseUrl.isValid()) {
                m_elsewhereUrl = QUrl(match.captured(1));
                // Later output is only kept for diagnostics; read it as it comes so the
                // pipe never fills up and blocks the server.
                connect(&m_process, &QProcess::readyRead, this,
                        [this] { m_output += m_process.readAll(); });
                const QUrl validator(qEnvironmentVariable("POSTHORN_API_VALIDATOR"));
                if (validator.isEmpty() || putValidatorInFront(validator))
                    return true;
                stop();
                return false;
            }
        }
    }
    m_output += m_process.readAll();
    stop();
    return false;
}

void SandboxProcess::stop()
{
    disconnect(&m_process, &QProcess::readyRead, this, nullptr);
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool SandboxProcess::isRunning() const
{
    return m_process.state() == QProcess::Running && m_baseUrl.isValid();
}

QUrl SandboxProcess::baseUrl() const
{
    return m_baseUrl;
}

bool SandboxProcess::putValidatorInFront(const QUrl &validator)
{
    // The label says which test's exchanges a violation came from.
    QString label = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    if (const char *function = QTest::currentTestFunction())
        label += QLatin1String("::") + QString::fromLatin1(function);
    QNetworkRequest request(validator.resolved(QUrl(QStringLiteral("/fronts"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(ControlTimeoutMs);
    QNetworkReply *reply = m_nam->post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("upstream"), m_sandboxUrl.toString()},
                                           {QStringLiteral("label"), label}})
                     .toJson(QJsonDocument::Compact));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QUrl front(
        QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("url")).toString());
    reply->deleteLater();
    if (!front.isValid() || front.isEmpty()) {
        m_output += "no validating front from " + validator.toEncoded() + '\n';
        return false;
    }
    // Links in the sandbox's answers point at the front as well.
    if (control("POST", QStringLiteral("/_sandbox/origin"),
                QJsonObject{{QStringLiteral("origin"), front.toString()}})
            .object()
            .value(QLatin1String("ok"))
            .toBool()) {
        m_baseUrl = front;
        return true;
    }
    m_output += "the sandbox did not take the front's origin\n";
    return false;
}

QString SandboxProcess::output() const
{
    return QString::fromUtf8(m_output);
}

QJsonDocument SandboxProcess::control(const QByteArray &method, const QString &path,
                                      const QJsonObject &body)
{
    if (!m_sandboxUrl.isValid())
        return {};
    QUrl url = m_sandboxUrl;
    const qsizetype queryAt = path.indexOf(QLatin1Char('?'));
    url.setPath(queryAt < 0 ? path : path.left(queryAt));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(ControlTimeoutMs);
    const QByteArray payload =
        method == "GET" ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    QNetworkReply *reply = m_nam->sendCustomRequest(request, method, payload);

    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return QJsonDocument::fromJson(data);
}

QString SandboxProcess::mintToken(const QString &scopes, const QString &account)
{
    const QJsonDocument reply = control(
        "POST", QStringLiteral("/_sandbox/tokens"),
        QJsonObject{{QStringLiteral("account"), account}, {QStringLiteral("scopes"), scopes}});
    return reply.object().value(QStringLiteral("access_token")).toString();
}

QJsonArray SandboxProcess::requests()
{
    return control("GET", QStringLiteral("/_sandbox/requests")).array();
}

QList<QJsonObject> SandboxProcess::requestsTo(const QString &path, const QByteArray &method)
{
    return requestsTo(QStringList{path}, method);
}

QList<QJsonObject> SandboxProcess::requestsTo(const QStringList &paths, const QByteArray &method)
{
    return requestsWhere([&](const QString &path) { return paths.contains(path); }, method);
}

QList<QJsonObject> SandboxProcess::requestsUnder(const QString &prefix, const QByteArray &method)
{
    return requestsWhere([&](const QString &path) { return path.startsWith(prefix); }, method);
}

QList<QJsonObject>
SandboxProcess::requestsWhere(const std::function<bool(const QString &path)> &pathMatches,
                              const QByteArray &method)
{
    QList<QJsonObject> found;
    const QJsonArray all = requests();
    for (const QJsonValue &value : all) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QLatin1String("path")).toString();
        if (pathMatches(path) &&
            (method.isEmpty() ||
             entry.value(QLatin1String("method")).toString() == QLatin1String(method)))
            found.append(entry);
    }
    return found;
}

QJsonArray SandboxProcess::statuses()
{
    return control("GET", QStringLiteral("/_sandbox/statuses"))
        .object()
        .value(QLatin1String("statuses"))
        .toArray();
}

QJsonArray SandboxProcess::scheduledStatuses()
{
    return control("GET", QStringLiteral("/_sandbox/statuses"))
        .object()
        .value(QLatin1String("scheduled_statuses"))
        .toArray();
}

void SandboxProcess::addFault(const QJsonObject &fault)
{
    control("POST", QStringLiteral("/_sandbox/faults"), fault);
}

void SandboxProcess::reset()
{
    control("POST", QStringLiteral("/_sandbox/reset"));
}
