#include "crosspostcommand.h"

#include "api/apiclient.h"
#include "cli/postcommand.h"
#include "compose/crosspost.h"
#include "compose/draftcheck.h"
#include "compose/strictestlimits.h"
#include "instance/instanceprobe.h"
#include "launch/singleinstance.h"
#include "media/mediafilecheck.h"
#include "outbox/outbox.h"
#include "outbox/outboxentrywatch.h"
#include "schedule/schedulerule.h"
#include "secrets/secretstore.h"
#include "settings/accountstore.h"
#include "settings/apppreferences.h"
#include "settings/undosendpreference.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QTimer>

#include <algorithm>

namespace {

Q_LOGGING_CATEGORY(lcCrossPost, "posthorn.cli.crosspost")

constexpr int connectTimeoutMs = 1000;
constexpr std::chrono::seconds handOffGrace{30};

QString bare(QString handle)
{
    while (handle.startsWith(QLatin1Char('@')))
        handle.remove(0, 1);
    return handle.toLower();
}

// "@user@server" as `posthorn accounts` prints it, or "user@server:port" where two
// servers on one host (or two ports of it) would otherwise share a handle.
bool matches(const AccountRecord &account, const QString &wanted)
{
    const QString name = bare(wanted);
    return bare(account.handle()) == name ||
           (account.acct + QLatin1Char('@') + account.instanceUrl.authority()).toLower() == name;
}

} // namespace

CrossPostCommand::CrossPostCommand(const PostOptions &options, AccountStore *accounts,
                                   SecretStore *secrets, QNetworkAccessManager *network,
                                   QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_network(network)
{}

CrossPostCommand::~CrossPostCommand() = default;

void CrossPostCommand::start(const QString &text)
{
    if (m_options.json) {
        fail(PostOutcome::usageExitCode,
             tr("--json takes one --account: a cross-post prints one line per account."));
        return;
    }
    if (!chooseAccounts())
        return;
    m_draft.parts = QStringList{text};
    m_draft.contentWarning = !m_options.contentWarning.isEmpty();
    m_draft.spoilerText = m_options.contentWarning;
    m_draft.visibility = m_options.visibility;
    m_draft.language = m_options.language;
    m_draft.scheduledAt = m_options.scheduledAt;
    if (!m_options.replyTo.isEmpty()) {
        fail(PostOutcome::usageExitCode,
             tr("--reply-to takes one --account: a reply belongs to a conversation on one "
                "server."));
        return;
    }
    for (const PostOptions::Media &media : std::as_const(m_options.media))
        m_draft.attachments.append(DraftAttachment{media.path, QString(), media.description});
    if (const QString why = CrossPost::whyNot(m_draft); !why.isEmpty()) {
        fail(PostOutcome::usageExitCode, why);
        return;
    }
    // As for one account: a script cannot answer the composer's question about a
    // missing description, and a file that cannot be read is never queued.
    for (const PostOptions::Media &media : std::as_const(m_options.media)) {
        if (AppPreferences::requireDescriptions() && !media.described) {
            fail(2, tr("%1 has no description. Give one with --alt TEXT right after its "
                       "--media, so that people who cannot see it know what it shows.")
                        .arg(media.path));
            return;
        }
        const QFileInfo file(media.path);
        if (!file.isFile() || !file.isReadable()) {
            fail(2, tr("Cannot read the file %1.").arg(media.path));
            return;
        }
    }
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        SecretJob *job = m_secrets->read(m_targets.at(i).account.tokenKey());
        connect(job, &SecretJob::finished, this,
                [this, i](const SecretResult &result) { onTokenRead(i, result); });
    }
}

bool CrossPostCommand::chooseAccounts()
{
    const QList<AccountRecord> accounts = m_accounts->accounts();
    if (accounts.isEmpty()) {
        fail(4, tr("No account is signed in: start Posthorn and sign in first."));
        return false;
    }
    for (const QString &wanted : std::as_const(m_options.accounts)) {
        QList<AccountRecord> found;
        for (const AccountRecord &account : accounts) {
            if (matches(account, wanted))
                found.append(account);
        }
        if (found.size() != 1) {
            QStringList names;
            for (const AccountRecord &account : accounts)
                names.append(QLatin1Char('@') + account.acct + QLatin1Char('@') +
                             account.instanceUrl.authority());
            fail(PostOutcome::usageExitCode,
                 (found.isEmpty() ? tr("No account %1 in Posthorn; the accounts are: %2")
                                  : tr("%1 names more than one account; name one of: %2"))
                     .arg(wanted, names.join(QStringLiteral(", "))));
            return false;
        }
        // The same account named twice still posts once.
        const bool known = std::any_of(m_targets.cbegin(), m_targets.cend(), [&](const Target &t) {
            return t.account.key() == found.constFirst().key();
        });
        if (!known) {
            Target target;
            target.account = found.constFirst();
            target.label = target.account.handle();
            m_targets.append(target);
        }
    }
    // Two servers on one host share a handle; their lines must still tell them apart.
    for (Target &target : m_targets) {
        const auto sameHandle =
            std::count_if(m_targets.cbegin(), m_targets.cend(), [&](const Target &other) {
                return other.account.handle() == target.account.handle();
            });
        if (sameHandle > 1)
            target.label = QLatin1Char('@') + target.account.acct + QLatin1Char('@') +
                           target.account.instanceUrl.authority();
    }
    return true;
}

void CrossPostCommand::onTokenRead(qsizetype index, const SecretResult &result)
{
    Target &target = m_targets[index];
    // Nothing is sent before every account can post: a script that fixes the sign-in
    // and runs again must not post twice where it worked the first time.
    if (result.status == SecretResult::Status::NotFound) {
        fail(4, tr("Posthorn no longer has a sign-in for %1: start Posthorn and sign in again. "
                   "Nothing was sent.")
                    .arg(target.label));
        return;
    }
    if (!result.ok()) {
        fail(4, tr("Cannot read the sign-in for %1 from the keychain: %2. Nothing was sent.")
                    .arg(target.label, result.message));
        return;
    }
    target.client = new ApiClient(m_network, target.account.instanceUrl, this);
    target.client->setAccessToken(result.secret);
    auto *probe = new InstanceProbe(m_network, this);
    probe->setTransferTimeout(std::chrono::seconds(10));
    connect(probe, &InstanceProbe::finished, this,
            [this, index](const InstanceProbeResult &probed) { onInstanceProbed(index, probed); });
    probe->start(target.account.instanceUrl);
}

void CrossPostCommand::onInstanceProbed(qsizetype index, const InstanceProbeResult &result)
{
    // As for one account: a server that does not answer now counts with Mastodon's
    // stock limits, and checks the post itself when it is back.
    if (!result.ok())
        qCDebug(lcCrossPost) << "no instance details:" << result.message;
    m_targets[index].limits = result.ok() ? result.instance.configuration : InstanceConfiguration();
    QList<InstanceConfiguration> servers;
    for (const Target &target : std::as_const(m_targets)) {
        if (!target.limits)
            return;
        servers.append(*target.limits);
    }
    const InstanceConfiguration strictest = StrictestLimits::of(servers);
    QStringList problems = DraftCheck::problems(m_draft, strictest);
    for (const DraftAttachment &attachment : std::as_const(m_draft.attachments)) {
        const QString problem =
            MediaFileCheck::checkFile(attachment.localPath, QFileInfo(attachment.localPath).size(),
                                      strictest, m_targets.constFirst().account.instanceUrl.host(),
                                      QImageReader(attachment.localPath).size());
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(attachment.localPath, problem));
    }
    if (m_draft.scheduledAt.isValid()) {
        if (const QString why = ScheduleRule::check(m_draft.scheduledAt); !why.isEmpty())
            problems.append(why);
    }
    if (!problems.isEmpty()) {
        fail(2, problems.join(QLatin1Char('\n')));
        return;
    }
    QString error;
    if (!m_mediaCopies.keep(m_draft.attachments, &error)) {
        fail(PostCommand::failureExitCode,
             tr("The files could not be kept for the outbox, so nothing was sent: %1").arg(error));
        return;
    }
    deliver();
}

void CrossPostCommand::deliver()
{
    // The same order as for one account: the lock first, so that a window starting
    // meanwhile waits for this command.
    if (m_lock.tryLock(std::chrono::milliseconds(0))) {
        sendHere();
        return;
    }
    if (handOff())
        return;
    if (!m_lock.tryLock(PostCommand::writerWait)) {
        m_mediaCopies.removeAll();
        fail(PostCommand::failureExitCode,
             tr("Another Posthorn holds the outbox and does not answer; nothing was sent."));
        return;
    }
    sendHere();
}

bool CrossPostCommand::handOff()
{
    const QString path = SingleInstance::socketPath();
    if (path.isEmpty())
        return false;
    // Whether a window answers at all, before any entry is handed over.
    QLocalSocket probe;
    probe.connectToServer(path);
    if (!probe.waitForConnected(connectTimeoutMs))
        return false;
    probe.abort();
    for (qsizetype i = 0; i < m_targets.size(); ++i)
        handOne(i, path);
    return true;
}

void CrossPostCommand::handOne(qsizetype index, const QString &socketPath)
{
    // One request per account: the window answers each entry on its own, as it ends.
    auto *socket = new QLocalSocket(this);
    socket->connectToServer(socketPath);
    if (!socket->waitForConnected(connectTimeoutMs)) {
        PostOutcome gone;
        gone.kind = PostOutcome::Kind::Refused;
        gone.message = tr("The running Posthorn did not take the post; nothing was sent.");
        report(index, gone);
        return;
    }
    QJsonObject message{{QStringLiteral("post"),
                         CrossPost::copyFor(m_draft, m_targets.at(index).account.key()).toJson()}};
    if (m_options.delay)
        message.insert(QStringLiteral("delaySeconds"), qint64(UndoSendPreference::delay().count()));
    socket->write(SingleInstance::requestMarker +
                  QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    socket->flush();
    connect(socket, &QLocalSocket::readyRead, this, [this, socket, index] {
        if (!socket->canReadLine())
            return;
        const QByteArray line = socket->readLine();
        socket->disconnect(this);
        const std::optional<PostOutcome> outcome =
            PostOutcome::fromJson(QJsonDocument::fromJson(line).object());
        PostOutcome unknown;
        unknown.message = tr("The running Posthorn gave an answer this command does not know.");
        report(index, outcome.value_or(unknown));
    });
    connect(socket, &QLocalSocket::disconnected, this, [this, index] {
        PostOutcome gone;
        gone.message = tr("Posthorn closed before the post was sent.");
        report(index, gone);
    });
    QTimer::singleShot(OutboxEntryWatch::defaultDeadline + handOffGrace, this, [this, index] {
        PostOutcome silent;
        silent.message = tr("The running Posthorn took the post but did not say how it went.");
        report(index, silent);
    });
}

void CrossPostCommand::sendHere()
{
    m_outbox = new Outbox(OutboxStore(), this);
    for (const Target &target : std::as_const(m_targets))
        m_outbox->setClient(target.account.key(), target.client);
    // Every entry is on disk before the first request goes out: an entry that could not
    // be saved stops the whole post only while nothing of it was sent.
    QStringList entryIds;
    for (const Target &target : std::as_const(m_targets)) {
        QString error;
        // With --delay each copy waits as one posted from the window would (undo send).
        const QString entryId = m_outbox->enqueueHeld(
            CrossPost::copyFor(m_draft, target.account.key()),
            m_options.delay ? UndoSendPreference::delay() : std::chrono::seconds(0), &error);
        if (entryId.isEmpty()) {
            for (const QString &saved : std::as_const(entryIds))
                m_outbox->discard(saved);
            m_mediaCopies.removeAll();
            fail(PostCommand::failureExitCode,
                 tr("The post could not be saved in the outbox, so nothing was sent: %1")
                     .arg(error));
            return;
        }
        entryIds.append(entryId);
    }
    for (qsizetype i = 0; i < entryIds.size(); ++i) {
        auto *watch = new OutboxEntryWatch(m_outbox, entryIds.at(i), this);
        connect(watch, &OutboxEntryWatch::finished, this,
                [this, i](const PostOutcome &outcome) { report(i, outcome); });
        watch->start();
    }
}

void CrossPostCommand::report(qsizetype index, const PostOutcome &outcome)
{
    Target &target = m_targets[index];
    if (m_done || target.outcome)
        return;
    target.outcome = outcome;
    const QString &who = target.label;
    switch (outcome.kind) {
    case PostOutcome::Kind::Published:
        emit printed(who + QLatin1Char(' ') + outcome.url.toString());
        break;
    case PostOutcome::Kind::Scheduled:
        emit printed(who + QLatin1Char(' ') +
                     tr("scheduled for %1").arg(outcome.scheduledAt.toUTC().toString(Qt::ISODate)));
        break;
    case PostOutcome::Kind::Refused:
        emit complained(who + QLatin1Char(' ') + tr("refused: %1").arg(outcome.message));
        break;
    case PostOutcome::Kind::Waiting:
        emit complained(who + QLatin1Char(' ') +
                        tr("not sent yet%1; it waits in Posthorn's outbox and is sent when "
                           "Posthorn next runs.")
                            .arg(outcome.message.isEmpty()
                                     ? QString()
                                     : QStringLiteral(": ") + outcome.message));
        break;
    case PostOutcome::Kind::SignInRequired:
        emit complained(who + QLatin1Char(' ') +
                        tr("needs a new sign-in: open Posthorn and sign in again; the post "
                           "waits in the outbox until then."));
        break;
    }
    int worst = 0;
    for (const Target &each : std::as_const(m_targets)) {
        if (!each.outcome)
            return;
        worst = std::max(worst, each.outcome->exitCode());
    }
    // Every copy is on its server: the files have served. An entry that still waits
    // needs them for its upload, so they stay while any does.
    if (worst == 0)
        m_mediaCopies.removeAll();
    m_done = true;
    emit finished(worst);
}

void CrossPostCommand::fail(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit complained(message);
    emit finished(exitCode);
}
