#include "settings/spellingpreference.h"

#include "util/privatefiles.h"

#include <QSettings>

namespace {

const QString spellCheckKey = QStringLiteral("compose/checkSpelling");

} // namespace

SpellingPreference *SpellingPreference::instance()
{
    static SpellingPreference preference;
    return &preference;
}

bool SpellingPreference::isEnabled() const
{
    return QSettings().value(spellCheckKey, true).toBool();
}

void SpellingPreference::setEnabled(bool enabled)
{
    if (enabled == isEnabled())
        return;
    QSettings settings;
    // The same file as the account list's: private before QSettings writes it.
    PrivateFiles::prepareFile(settings.fileName());
    settings.setValue(spellCheckKey, enabled);
    emit enabledChanged(enabled);
}
