#include "accountactions.h"

#include "settings/accountstore.h"

#include <QActionGroup>
#include <QMenu>

void AccountActions::addTo(QMenu *menu, AccountStore *accounts, const QString &objectName)
{
    const QString current = accounts->currentAccountKey();
    auto *group = new QActionGroup(menu);
    const QList<AccountRecord> records = accounts->accounts();
    for (const AccountRecord &account : records) {
        QAction *action = menu->addAction(account.handle());
        if (!objectName.isEmpty())
            action->setObjectName(objectName);
        action->setCheckable(true);
        action->setChecked(account.key() == current);
        action->setActionGroup(group);
        const QString key = account.key();
        QObject::connect(action, &QAction::triggered, accounts,
                         [accounts, key] { accounts->setCurrentAccountKey(key); });
    }
}

void AccountActions::clear(QMenu *menu)
{
    qDeleteAll(menu->findChildren<QActionGroup *>(Qt::FindDirectChildrenOnly));
    menu->clear();
}
