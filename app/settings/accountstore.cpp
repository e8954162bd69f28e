#include "accountstore.h"

#include "util/privatefiles.h"

namespace {

const QString accountsGroup = QStringLiteral("accounts");
const QString clientsGroup = QStringLiteral("clients");
const QString currentKey = QStringLiteral("currentAccount");

// QSettings groups cannot hold '/', which every authority-with-port key may need.
QString groupName(const QUrl &instanceUrl)
{
    return QString::fromLatin1(instanceUrl.authority().toUtf8().toPercentEncoding());
}

} // namespace

AccountStore::AccountStore(QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>())
{
    // QSettings keeps the mode of the file it replaces, and makes it by the umask
    // otherwise.
    PrivateFiles::prepareFile(m_settings->fileName());
}

AccountStore::AccountStore(const QString &settingsPath, QObject *parent)
    : QObject(parent)
    , m_settings(std::make_unique<QSettings>(settingsPath, QSettings::IniFormat))
{
    PrivateFiles::prepareFile(m_settings->fileName());
}

AccountStore::~AccountStore() = default;

QList<AccountRecord> AccountStore::accounts() const
{
    QList<AccountRecord> result;
    const int count = m_settings->beginReadArray(accountsGroup);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        AccountRecord a;
        a.instanceUrl = m_settings->value(QStringLiteral("instance")).toUrl();
        a.accountId = m_settings->value(QStringLiteral("id")).toString();
        a.acct = m_settings->value(QStringLiteral("acct")).toString();
        a.displayName = m_settings->value(QStringLiteral("displayName")).toString();
        a.avatarUrl = m_settings->value(QStringLiteral("avatar")).toUrl();
        if (a.isValid())
            result.append(a);
    }
    m_settings->endArray();
    return result;
}

void AccountStore::writeAccounts(const QList<AccountRecord> &accounts)
{
    m_settings->remove(accountsGroup);
    m_settings->beginWriteArray(accountsGroup, static_cast<int>(accounts.size()));
    for (int i = 0; i < accounts.size(); ++i) {
        const AccountRecord &a = accounts.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("instance"), a.instanceUrl);
        m_settings->setValue(QStringLiteral("id"), a.accountId);
        m_settings->setValue(QStringLiteral("acct"), a.acct);
        m_settings->setValue(QStringLiteral("displayName"), a.displayName);
        m_settings->setValue(QStringLiteral("avatar"), a.avatarUrl);
    }
    m_settings->endArray();
    m_settings->sync();
    emit accountsChanged();
}

void AccountStore::save(const AccountRecord &account)
{
    QList<AccountRecord> all = accounts();
    const auto it = std::find_if(all.begin(), all.end(),
                                 [&](const AccountRecord &a) { return a.key() == account.key(); });
    if (it != all.end())
        *it = account;
    else
        all.append(account);
    writeAccounts(all);
}

void AccountStore::remove(const QString &accountKey)
{
    QList<AccountRecord> all = accounts();
    all.removeIf([&](const AccountRecord &a) { return a.key() == accountKey; });
    const bool wasCurrent = currentAccountKey() == accountKey;
    if (wasCurrent)
        m_settings->remove(currentKey);
    writeAccounts(all);
    if (wasCurrent)
        emit currentAccountChanged(QString());
}

QString AccountStore::currentAccountKey() const
{
    return m_settings->value(currentKey).toString();
}

void AccountStore::setCurrentAccountKey(const QString &accountKey)
{
    if (accountKey == currentAccountKey())
        return;
    m_settings->setValue(currentKey, accountKey);
    m_settings->sync();
    emit currentAccountChanged(accountKey);
}

std::optional<ClientRegistration> AccountStore::client(const QUrl &instanceUrl) const
{
    m_settings->beginGroup(clientsGroup + QLatin1Char('/') + groupName(instanceUrl));
    ClientRegistration c;
    c.instanceUrl = instanceUrl;
    c.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    c.redirectUri = m_settings->value(QStringLiteral("redirectUri")).toString();
    c.scopes = m_settings->value(QStringLiteral("scopes")).toStringList();
    m_settings->endGroup();
    if (!c.isValid())
        return std::nullopt;
    return c;
}

void AccountStore::saveClient(const ClientRegistration &client)
{
    m_settings->beginGroup(clientsGroup + QLatin1Char('/') + groupName(client.instanceUrl));
    m_settings->setValue(QStringLiteral("clientId"), client.clientId);
    m_settings->setValue(QStringLiteral("redirectUri"), client.redirectUri);
    m_settings->setValue(QStringLiteral("scopes"), client.scopes);
    m_settings->endGroup();
    m_settings->sync();
}

void AccountStore::removeClient(const QUrl &instanceUrl)
{
    m_settings->remove(clientsGroup + QLatin1Char('/') + groupName(instanceUrl));
    m_settings->sync();
}
