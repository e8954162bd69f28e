#include "apppreferences.h"

#include <QSettings>

namespace {

const QString closeToTrayKey = QStringLiteral("tray/closeExplained");

} // namespace

bool AppPreferences::closeToTrayExplained()
{
    return QSettings().value(closeToTrayKey, false).toBool();
}

void AppPreferences::setCloseToTrayExplained(bool explained)
{
    QSettings().setValue(closeToTrayKey, explained);
}
