#include "apppreferences.h"

#include "util/privatefiles.h"

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
    QSettings settings;
    // The same file as the account list's: private before QSettings writes it.
    PrivateFiles::prepareFile(settings.fileName());
    settings.setValue(closeToTrayKey, explained);
}
