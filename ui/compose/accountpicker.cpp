#include "accountpicker.h"

#include "settings/accountstore.h"
#include "text/plainlabel.h"

#include <QComboBox>
#include <QHBoxLayout>

AccountPicker::AccountPicker(AccountStore *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_postAs(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new PlainLabel(tr("Post &as"), this);
    m_postAs->setObjectName(QStringLiteral("postAsCombo"));
    m_postAs->setAccessibleName(tr("Account to post as"));
    label->setBuddy(m_postAs);
    connect(m_postAs, &QComboBox::activated, this, [this](int index) {
        m_accounts->setCurrentAccountKey(m_postAs->itemData(index).toString());
    });
    layout->addWidget(label);
    layout->addWidget(m_postAs, 1);

    connect(m_accounts, &AccountStore::accountsChanged, this, &AccountPicker::rebuild);
    connect(m_accounts, &AccountStore::currentAccountChanged, this, &AccountPicker::rebuild);
    rebuild();
}

void AccountPicker::setEditable(bool editable)
{
    m_postAs->setEnabled(editable);
}

void AccountPicker::rebuild()
{
    const QList<AccountRecord> accounts = m_accounts->accounts();
    const QString current = m_accounts->currentAccountKey();
    m_postAs->clear();
    for (const AccountRecord &account : accounts) {
        const QString label = account.displayName.isEmpty()
                                  ? account.handle()
                                  : tr("%1 (%2)").arg(account.displayName, account.handle());
        m_postAs->addItem(label, account.key());
    }
    m_postAs->setCurrentIndex(std::max(0, m_postAs->findData(current)));
    // With one account there is nothing to choose.
    setVisible(accounts.size() > 1);
}
