#include "damagedfiles.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

namespace {

struct State
{
    QMutex mutex;
    QSet<QString> unmovable;
    QStringList notices;
};

State &state()
{
    static State instance;
    return instance;
}

QString canonical(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

std::optional<QString> DamagedFiles::keepAside(const QString &path)
{
    const QString from = canonical(path);
    const QString stem =
        from + QStringLiteral(".damaged-") +
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    // QDir::rename() never replaces an existing file, so an older kept copy from the
    // same second is safe; the next free number is tried instead.
    for (int attempt = 1; attempt <= 100; ++attempt) {
        const QString to = attempt == 1 ? stem : stem + QLatin1Char('-') + QString::number(attempt);
        const QFileInfo target(to);
        if (target.exists() || target.isSymLink())
            continue;
        if (QDir().rename(from, to))
            return to;
        break;
    }
    const QMutexLocker locker(&state().mutex);
    state().unmovable.insert(from);
    return std::nullopt;
}

bool DamagedFiles::mustNotWrite(const QString &path)
{
    const QMutexLocker locker(&state().mutex);
    return state().unmovable.contains(canonical(path));
}

void DamagedFiles::addNotice(const QString &message)
{
    const QMutexLocker locker(&state().mutex);
    state().notices.append(message);
}

QStringList DamagedFiles::takeNotices()
{
    const QMutexLocker locker(&state().mutex);
    return std::exchange(state().notices, {});
}
