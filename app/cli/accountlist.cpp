#include "accountlist.h"

#include "settings/accountrecord.h"

QString AccountList::text(const QList<AccountRecord> &accounts, const QString &currentKey)
{
    QString text;
    for (const AccountRecord &account : accounts) {
        text += (account.key() == currentKey ? QStringLiteral("* ") : QStringLiteral("  ")) +
                account.handle() + QLatin1Char('\n');
    }
    return text;
}
