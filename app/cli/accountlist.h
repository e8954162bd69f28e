#pragma once

#include <QList>
#include <QString>

struct AccountRecord;

// What `posthorn accounts` prints: one account a line, "@user@server" as --account
// takes it, the current one marked with "* " and the others indented to match.
class AccountList final
{
public:
    AccountList() = delete;

    [[nodiscard]] static QString text(const QList<AccountRecord> &accounts,
                                      const QString &currentKey);
};
