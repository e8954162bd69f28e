#pragma once

#include "instance/instanceprobe.h"
#include "settings/accountrecord.h"

#include <QWizard>

class AppContext;

// First-run setup, and "Add account" later: which server, signing in there, and the
// account that is now connected.
class SetupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupWizard)

public:
    enum PageId { InstancePageId, SignInPageId, FinishPageId };

    explicit SetupWizard(AppContext *context, QWidget *parent = nullptr);

    [[nodiscard]] AppContext *context() const { return m_context; }

    // Shared between pages: what the instance page found, what sign-in produced.
    [[nodiscard]] const InstanceProbeResult &instance() const { return m_instance; }
    void setInstance(const InstanceProbeResult &instance) { m_instance = instance; }
    [[nodiscard]] const AccountRecord &account() const { return m_account; }
    // What the user typed on the last page, after signing in: the start of a post.
    [[nodiscard]] QString typedAfterSignIn() const;
    void setAccount(const AccountRecord &account) { m_account = account; }
    // For signing an account in again: the server's address is filled in already.
    void setSuggestedAddress(const QString &address) { m_suggestedAddress = address; }
    [[nodiscard]] QString suggestedAddress() const { return m_suggestedAddress; }

private:
    AppContext *m_context;
    InstanceProbeResult m_instance;
    AccountRecord m_account;
    QString m_suggestedAddress;
};
