#include "apppreferences.h"

#include "util/privatefiles.h"

#include <QSettings>

namespace {

const QString closeToTrayKey = QStringLiteral("tray/closeExplained");
const QString requireDescriptionsKey = QStringLiteral("media/requireDescriptions");

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

bool AppPreferences::requireDescriptions()
{
    return QSettings().value(requireDescriptionsKey, true).toBool();
}

void AppPreferences::setRequireDescriptions(bool require)
{
    QSettings settings;
    PrivateFiles::prepareFile(settings.fileName());
    settings.setValue(requireDescriptionsKey, require);
}
