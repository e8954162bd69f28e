#pragma once

#include "cli/mediacopies.h"

#include "api/instanceconfiguration.h"
#include "cli/postoptions.h"
#include "compose/draft.h"
#include "outbox/outboxlock.h"
#include "outbox/postoutcome.h"
#include "settings/accountrecord.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class AccountStore;
class ApiClient;
class Outbox;
class QLocalSocket;
class QNetworkAccessManager;
class SecretStore;
struct InstanceProbeResult;
struct LinkedStatus;
struct SecretResult;

// `posthorn post`: one post from a script, without a window. Reads the account's token
// from the keychain, checks the post as the composer does (with the server's limits),
// then hands it to the running Posthorn over its socket, or, when none runs, becomes
// the outbox's writer itself and sends it. Says how it ended once, as an exit code;
// what it prints goes to the streams given.
class PostCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostCommand)

public:
    // Exit code when the post could not even be put in the outbox (nothing was sent).
    static constexpr int failureExitCode = 1;
    // How long a command waits for another command that writes the outbox.
    static constexpr std::chrono::milliseconds writerWait{90000};

    PostCommand(const PostOptions &options, AccountStore *accounts, SecretStore *secrets,
                QNetworkAccessManager *network, QObject *parent = nullptr);
    ~PostCommand() override;

    // `text` is the post's text (the options' own, or what standard input held).
    void start(const QString &text);

signals:
    void finished(int exitCode);
    // A line for standard output (the link or the JSON) or standard error.
    void printed(const QString &line);
    void complained(const QString &line);

private:
    void onTokenRead(const SecretResult &result);
    void onInstanceProbed(const InstanceProbeResult &result);
    // The draft's files against the server's limits; empty when all are fine.
    [[nodiscard]] QString mediaProblems() const;
    void resolveReply();
    void onReplyResolved(const LinkedStatus &status);
    // The checks on the finished draft (its text with the reply's mentions), then on.
    void checkAndDeliver();
    void deliver();
    [[nodiscard]] bool handOff();
    void sendHere();
    void report(const PostOutcome &outcome);
    void printStatus(const PostOutcome &outcome);
    void fail(int exitCode, const QString &message);

    PostOptions m_options;
    AccountStore *m_accounts;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    AccountRecord m_account;
    Draft m_draft;
    InstanceConfiguration m_limits;
    MediaCopies m_mediaCopies;
    ApiClient *m_client = nullptr;
    OutboxLock m_lock;
    Outbox *m_outbox = nullptr;
    QLocalSocket *m_socket = nullptr;
    bool m_reported = false;
    bool m_done = false;
};
