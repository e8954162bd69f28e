#include "accountrecord.h"

QString AccountRecord::key() const
{
    return instanceUrl.authority() + QLatin1Char('/') + accountId;
}

QString AccountRecord::handle() const
{
    return QLatin1Char('@') + acct + QLatin1Char('@') + instanceUrl.host();
}
