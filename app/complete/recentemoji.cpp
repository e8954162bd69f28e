#include "recentemoji.h"

#include "util/privatefiles.h"

#include <QSettings>

namespace {

const QString recentKey = QStringLiteral("emoji/recent");

} // namespace

QStringList RecentEmoji::load()
{
    QStringList recent = QSettings().value(recentKey).toStringList();
    recent.removeAll(QString());
    return recent.mid(0, capacity);
}

void RecentEmoji::remember(const QString &emoji)
{
    if (emoji.isEmpty())
        return;
    QStringList recent = load();
    recent.removeAll(emoji);
    recent.prepend(emoji);
    QSettings settings;
    // The same file as the account list's: private before QSettings writes it.
    PrivateFiles::prepareFile(settings.fileName());
    settings.setValue(recentKey, recent.mid(0, capacity));
}
