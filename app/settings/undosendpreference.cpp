#include "settings/undosendpreference.h"

#include "util/privatefiles.h"

#include <QSettings>

namespace {

const QString delayKey = QStringLiteral("compose/undoSendSeconds");

} // namespace

QList<std::chrono::seconds> UndoSendPreference::choices()
{
    return {std::chrono::seconds(0), std::chrono::seconds(5), std::chrono::seconds(10),
            std::chrono::seconds(30)};
}

std::chrono::seconds UndoSendPreference::delay()
{
    const std::chrono::seconds stored(QSettings().value(delayKey, 0).toInt());
    // A hand-edited value cannot hold posts back for minutes.
    return choices().contains(stored) ? stored : std::chrono::seconds(0);
}

void UndoSendPreference::setDelay(std::chrono::seconds delay)
{
    QSettings settings;
    // The same file as the account list's: private before QSettings writes it.
    PrivateFiles::prepareFile(settings.fileName());
    settings.setValue(delayKey, static_cast<int>(delay.count()));
}
