#pragma once

#include "cli/mediacopies.h"

#include "api/instanceconfiguration.h"
#include "cli/postoptions.h"
#include "compose/draft.h"
#include "outbox/outboxlock.h"
#include "outbox/postoutcome.h"
#include "settings/accountrecord.h"

#include <QList>
#include <QObject>

#include <optional>

class AccountStore;
class ApiClient;
class Outbox;
class QNetworkAccessManager;
class SecretStore;
struct InstanceProbeResult;
struct SecretResult;

// `posthorn post --account A --account B`: one post to several accounts. Every account's
// sign-in and server are checked first, the post against the strictest of their limits,
// so that nothing is sent unless every server can take it. Then each account gets its
// own outbox entry (in the running Posthorn's outbox, or in this process's), each sent
// and retried on its own; one line per account says how it ended, and the exit code is
// 0 only when every one was published or scheduled, else the largest of their codes.
class CrossPostCommand final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossPostCommand)

public:
    CrossPostCommand(const PostOptions &options, AccountStore *accounts, SecretStore *secrets,
                     QNetworkAccessManager *network, QObject *parent = nullptr);
    ~CrossPostCommand() override;

    void start(const QString &text);

signals:
    void finished(int exitCode);
    void printed(const QString &line);
    void complained(const QString &line);

private:
    struct Target
    {
        AccountRecord account;
        QString label;
        ApiClient *client = nullptr;
        std::optional<InstanceConfiguration> limits;
        std::optional<PostOutcome> outcome;
    };

    [[nodiscard]] bool chooseAccounts();
    void onTokenRead(qsizetype index, const SecretResult &result);
    void onInstanceProbed(qsizetype index, const InstanceProbeResult &result);
    void deliver();
    [[nodiscard]] bool handOff();
    void handOne(qsizetype index, const QString &socketPath);
    void sendHere();
    void report(qsizetype index, const PostOutcome &outcome);
    void fail(int exitCode, const QString &message);

    PostOptions m_options;
    AccountStore *m_accounts;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QList<Target> m_targets;
    Draft m_draft;
    OutboxLock m_lock;
    Outbox *m_outbox = nullptr;
    // The files copied for the outbox.
    MediaCopies m_mediaCopies;
    bool m_done = false;
};
