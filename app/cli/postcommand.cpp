#include "postcommand.h"

#include "api/apiclient.h"
#include "compose/draftcheck.h"
#include "instance/instanceprobe.h"
#include "launch/singleinstance.h"
#include "media/mediafilecheck.h"
#include "outbox/outbox.h"
#include "outbox/outboxentrywatch.h"
#include "posted/statuslinkresolver.h"
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

namespace {

Q_LOGGING_CATEGORY(lcPostCommand, "posthorn.cli.post")

constexpr int connectTimeoutMs = 1000;
constexpr std::chrono::seconds handOffGrace{30};

// "@user@server", "user@server": as `posthorn accounts` prints them, or typed.
bool matches(const AccountRecord &account, const QString &wanted)
{
    const auto bare = [](QString handle) {
        while (handle.startsWith(QLatin1Char('@')))
            handle.remove(0, 1);
        return handle.toLower();
    };
    return bare(account.handle()) == bare(wanted);
}

} // namespace

PostCommand::PostCommand(const PostOptions &options, AccountStore *accounts, SecretStore *secrets,
                         QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_accounts(accounts)
    , m_secrets(secrets)
    , m_network(network)
{}

PostCommand::~PostCommand() = default;

void PostCommand::start(const QString &text)
{
    const QList<AccountRecord> accounts = m_accounts->accounts();
    if (accounts.isEmpty()) {
        fail(4, tr("No account is signed in: start Posthorn and sign in first."));
        return;
    }
    const QString wanted = m_options.accounts.value(0);
    const QString current = m_accounts->currentAccountKey();
    for (const AccountRecord &account : accounts) {
        if (wanted.isEmpty() ? account.key() == current : matches(account, wanted))
            m_account = account;
    }
    if (!m_account.isValid() && wanted.isEmpty())
        m_account = accounts.constFirst();
    if (!m_account.isValid()) {
        QStringList handles;
        for (const AccountRecord &account : accounts)
            handles.append(account.handle());
        fail(PostOutcome::usageExitCode, tr("No account %1 in Posthorn; the accounts are: %2")
                                             .arg(wanted, handles.join(QStringLiteral(", "))));
        return;
    }

    m_draft.accountKey = m_account.key();
    m_draft.parts = QStringList{text};
    m_draft.contentWarning = !m_options.contentWarning.isEmpty();
    m_draft.spoilerText = m_options.contentWarning;
    m_draft.visibility = m_options.visibility;
    m_draft.language = m_options.language;
    m_draft.scheduledAt = m_options.scheduledAt;
    for (const PostOptions::Media &media : std::as_const(m_options.media))
        m_draft.attachments.append(DraftAttachment{media.path, QString(), media.description});

    // The composer asks before posting media without a description; a script cannot
    // answer, so it is told what to add.
    if (AppPreferences::requireDescriptions()) {
        for (const PostOptions::Media &media : std::as_const(m_options.media)) {
            if (!media.described) {
                fail(2, tr("%1 has no description. Give one with --alt TEXT right after its "
                           "--media, so that people who cannot see it know what it shows. (To "
                           "post media without descriptions, turn off \"Ask before posting "
                           "media without a description\" in Posthorn's Preferences.)")
                            .arg(media.path));
                return;
            }
        }
    }
    for (const PostOptions::Media &media : std::as_const(m_options.media)) {
        const QFileInfo file(media.path);
        if (!file.isFile() || !file.isReadable()) {
            fail(2, tr("Cannot read the file %1.").arg(media.path));
            return;
        }
    }

    SecretJob *job = m_secrets->read(m_account.tokenKey());
    connect(job, &SecretJob::finished, this, &PostCommand::onTokenRead);
}

void PostCommand::onTokenRead(const SecretResult &result)
{
    if (result.status == SecretResult::Status::NotFound) {
        fail(4, tr("Posthorn no longer has a sign-in for %1: start Posthorn and sign in again.")
                    .arg(m_account.handle()));
        return;
    }
    if (!result.ok()) {
        fail(4, tr("Cannot read the sign-in for %1 from the keychain: %2")
                    .arg(m_account.handle(), result.message));
        return;
    }
    m_client = new ApiClient(m_network, m_account.instanceUrl, this);
    m_client->setAccessToken(result.secret);
    // The server's own limits, as the composer counts with them.
    auto *probe = new InstanceProbe(m_network, this);
    probe->setTransferTimeout(std::chrono::seconds(10));
    connect(probe, &InstanceProbe::finished, this, &PostCommand::onInstanceProbed);
    probe->start(m_account.instanceUrl);
}

void PostCommand::onInstanceProbed(const InstanceProbeResult &result)
{
    // A server that does not answer now gets Mastodon's stock limits: the post then
    // waits in the outbox, and the server checks it itself when it is back.
    m_limits = result.ok() ? result.instance.configuration : InstanceConfiguration();
    if (!result.ok())
        qCDebug(lcPostCommand) << "no instance details:" << result.message;
    if (const QString problems = mediaProblems(); !problems.isEmpty()) {
        fail(2, problems);
        return;
    }
    if (!m_options.replyTo.isEmpty()) {
        resolveReply();
        return;
    }
    checkAndDeliver();
}

void PostCommand::checkAndDeliver()
{
    QStringList problems = DraftCheck::problems(m_draft, m_limits);
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
        fail(failureExitCode,
             tr("The files could not be kept for the outbox, so nothing was sent: %1").arg(error));
        return;
    }
    deliver();
}

QString PostCommand::mediaProblems() const
{
    QStringList problems;
    for (const DraftAttachment &attachment : m_draft.attachments) {
        const QFileInfo file(attachment.localPath);
        // The pixel count too, for images, as the composer checks it; reading the
        // header needs no display.
        const QSize pixels = QImageReader(attachment.localPath).size();
        const QString problem = MediaFileCheck::checkFile(
            attachment.localPath, file.size(), m_limits, m_account.instanceUrl.host(), pixels);
        if (!problem.isEmpty())
            problems.append(QStringLiteral("%1: %2").arg(attachment.localPath, problem));
    }
    return problems.join(QLatin1Char('\n'));
}

void PostCommand::resolveReply()
{
    auto *resolver = new StatusLinkResolver(this);
    connect(resolver, &StatusLinkResolver::resolved, this, &PostCommand::onReplyResolved);
    // Not found, not visible to this account, or no answer: nothing is in the outbox yet,
    // so this is no "waits in the outbox" (3); the script learns that nothing was posted.
    connect(resolver, &StatusLinkResolver::failed, this, [this](const QString &message) {
        fail(2, tr("Could not look up the post to reply to: %1 Nothing was posted.").arg(message));
    });
    resolver->resolve(m_client, QUrl(m_options.replyTo));
}

void PostCommand::onReplyResolved(const LinkedStatus &status)
{
    m_draft.inReplyToId = status.id;
    m_draft.link = status.toDraftLink(DraftLink::Kind::Reply, QUrl(m_options.replyTo));
    // As the composer starts a reply: the author and whom the post mentions first,
    // unless the text already starts with them.
    const QString mentions = status.replyMentions(m_account.accountId);
    QString &text = m_draft.parts.first();
    if (!mentions.isEmpty() && !text.startsWith(mentions))
        text.prepend(mentions);
    checkAndDeliver();
}

void PostCommand::deliver()
{
    // The outbox's writer is this process, the window, or another command. Taken here
    // first, before looking for a window, so that a window starting meanwhile waits
    // for this command instead of both sending.
    if (m_lock.tryLock(std::chrono::milliseconds(0))) {
        sendHere();
        return;
    }
    if (handOff())
        return;
    // Another `posthorn post` writes the outbox: its turn ends within its deadline.
    if (!m_lock.tryLock(writerWait)) {
        fail(failureExitCode, tr("Another Posthorn holds the outbox and does not answer; "
                                 "nothing was sent."));
        return;
    }
    sendHere();
}

bool PostCommand::handOff()
{
    const QString path = SingleInstance::socketPath();
    if (path.isEmpty())
        return false;
    m_socket = new QLocalSocket(this);
    m_socket->connectToServer(path);
    if (!m_socket->waitForConnected(connectTimeoutMs)) {
        delete m_socket;
        m_socket = nullptr;
        return false;
    }
    QJsonObject message{{QStringLiteral("post"), m_draft.toJson()}};
    if (m_options.delay)
        message.insert(QStringLiteral("delaySeconds"), qint64(UndoSendPreference::delay().count()));
    m_socket->write(SingleInstance::requestMarker +
                    QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
    m_socket->flush();
    connect(m_socket, &QLocalSocket::readyRead, this, [this] {
        if (!m_socket->canReadLine())
            return;
        const QByteArray line = m_socket->readLine();
        m_socket->disconnect(this);
        const std::optional<PostOutcome> outcome =
            PostOutcome::fromJson(QJsonDocument::fromJson(line).object());
        if (outcome) {
            report(*outcome);
            return;
        }
        PostOutcome unknown;
        unknown.message = tr("The running Posthorn gave an answer this command does not know.");
        report(unknown);
    });
    // The window answers within its own deadline; one that hangs does not hold a
    // script for ever. The post is in its outbox either way.
    QTimer::singleShot(OutboxEntryWatch::defaultDeadline + handOffGrace, this, [this] {
        PostOutcome silent;
        silent.message = tr("The running Posthorn took the post but did not say how it went.");
        report(silent);
    });
    connect(m_socket, &QLocalSocket::disconnected, this, [this] {
        // The window went away with the post: what it had taken is in its outbox, on
        // disk, and its next start sends it.
        PostOutcome gone;
        gone.message = tr("Posthorn closed before the post was sent.");
        report(gone);
    });
    return true;
}

void PostCommand::sendHere()
{
    m_outbox = new Outbox(OutboxStore(), this);
    m_outbox->setClient(m_account.key(), m_client);
    QString error;
    // With --delay the post waits as one posted from the window would (undo send).
    const QString entryId =
        m_options.delay ? m_outbox->enqueueHeld(m_draft, UndoSendPreference::delay(), &error)
                        : m_outbox->enqueue(m_draft, &error);
    if (entryId.isEmpty()) {
        fail(failureExitCode,
             tr("The post could not be saved in the outbox, so nothing was sent: %1").arg(error));
        return;
    }
    auto *watch = new OutboxEntryWatch(m_outbox, entryId, this);
    connect(watch, &OutboxEntryWatch::finished, this, &PostCommand::report);
    watch->start();
}

void PostCommand::report(const PostOutcome &outcome)
{
    // Only the first word counts: a window's answer may race its going away, or the
    // command's own patience.
    if (m_done || m_reported)
        return;
    m_reported = true;
    switch (outcome.kind) {
    case PostOutcome::Kind::Published:
    case PostOutcome::Kind::Scheduled:
        m_mediaCopies.removeAll();
        printStatus(outcome);
        return;
    case PostOutcome::Kind::Refused:
        fail(2, tr("The server refused the post: %1").arg(outcome.message));
        return;
    case PostOutcome::Kind::Waiting:
        fail(3, tr("Not sent yet%1. The post waits in Posthorn's outbox and is sent when "
                   "Posthorn next runs.")
                    .arg(outcome.message.isEmpty() ? QString()
                                                   : QStringLiteral(": ") + outcome.message));
        return;
    case PostOutcome::Kind::SignInRequired:
        fail(4, tr("%1 needs a new sign-in: open Posthorn and sign in again. The post waits in "
                   "the outbox until then.")
                    .arg(m_account.handle()));
        return;
    }
}

void PostCommand::printStatus(const PostOutcome &outcome)
{
    const bool scheduled = outcome.kind == PostOutcome::Kind::Scheduled;
    const auto done = [this, outcome, scheduled] {
        m_done = true;
        if (scheduled)
            emit printed(
                tr("Scheduled for %1.").arg(outcome.scheduledAt.toUTC().toString(Qt::ISODate)));
        else
            emit printed(outcome.url.toString());
        emit finished(0);
    };
    if (!m_options.json || outcome.statusId.isEmpty()) {
        done();
        return;
    }
    // The entity as the server has it; the outbox keeps only what it needs of it.
    const QString path = (scheduled ? QStringLiteral("/api/v1/scheduled_statuses/")
                                    : QStringLiteral("/api/v1/statuses/")) +
                         outcome.statusId;
    connect(m_client->get(path), &ApiReply::finished, this, [this, done](const ApiResult &result) {
        if (!result.ok() || result.json.isNull()) {
            emit complained(tr("Posted, but the server did not return the status: %1")
                                .arg(result.error.message));
            done();
            return;
        }
        m_done = true;
        emit printed(QString::fromUtf8(result.body.trimmed()));
        emit finished(0);
    });
}

void PostCommand::fail(int exitCode, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    emit complained(message);
    emit finished(exitCode);
}
