#include "postingaccount.h"

#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"

PostingAccount::PostingAccount(AccountStore *accounts, AccountSessions *sessions, QObject *parent)
    : QObject(parent)
    , m_accounts(accounts)
    , m_sessions(sessions)
{}

bool PostingAccount::follow()
{
    AccountSession *current = m_sessions->session(accountKey());
    if (current == m_session)
        return false;
    if (m_session)
        m_session->disconnect(this);
    m_session = current;
    if (m_session) {
        connect(m_session, &AccountSession::detailsLoaded, this, &PostingAccount::detailsLoaded);
        connect(m_session, &AccountSession::stateChanged, this, &PostingAccount::stateChanged);
    }
    return true;
}

QString PostingAccount::accountKey() const
{
    return m_accounts->currentAccountKey();
}

ApiClient *PostingAccount::client() const
{
    return m_session ? m_session->client() : nullptr;
}

InstanceConfiguration PostingAccount::limits() const
{
    return m_session ? m_session->limits() : InstanceConfiguration();
}

QString PostingAccount::host() const
{
    return m_session ? m_session->account().instanceUrl.host() : QString();
}

bool PostingAccount::isReady() const
{
    return m_session && m_session->state() == AccountSession::State::Ready;
}

bool PostingAccount::needsSignIn() const
{
    return m_session && m_session->state() == AccountSession::State::SignInRequired;
}

bool PostingAccount::waitsForUnlock() const
{
    return m_session && m_session->state() == AccountSession::State::Failed &&
           m_session->waitsForUser();
}

void PostingAccount::askAgain()
{
    if (m_session)
        m_session->askAgain();
}

QString PostingAccount::problem() const
{
    if (!m_session)
        return tr("Add an account to post.");
    switch (m_session->state()) {
    case AccountSession::State::SignInRequired:
    case AccountSession::State::Failed:
    case AccountSession::State::WaitingForKeychain:
        return m_session->problem();
    case AccountSession::State::Loading:
        return tr("Connecting to %1…").arg(host());
    case AccountSession::State::Ready:
        break;
    }
    return QString();
}
