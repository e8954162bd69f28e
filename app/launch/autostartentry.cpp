#include "autostartentry.h"

#include "util/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

#include <algorithm>

namespace {

const QLatin1String mainGroup("[Desktop Entry]");

// The Desktop Entry Specification's reserved characters: an argument holding one must
// be quoted.
bool hasReservedCharacter(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    for (const QChar c : argument) {
        if (reserved.contains(c))
            return true;
    }
    return false;
}

// The argument as Exec expects it, before the escapes every string value gets.
QString quotedArgument(const QString &argument)
{
    QString escaped = argument;
    // '%' starts a field code anywhere in Exec, quoted or not.
    escaped.replace(u'%', QLatin1String("%%"));
    if (!hasReservedCharacter(argument))
        return escaped;
    QString quoted;
    quoted.reserve(escaped.size() + 2);
    quoted.append(u'"');
    for (const QChar c : std::as_const(escaped)) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted.append(u'\\');
        quoted.append(c);
    }
    quoted.append(u'"');
    return quoted;
}

// The escapes of a string value: without them a backslash from the quoting above would
// be read as the start of one.
QString escapedValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QLatin1String("\\\\"));
    return escaped;
}

QString unescapedValue(const QString &value)
{
    QString plain;
    plain.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c != u'\\' || i + 1 == value.size()) {
            plain.append(c);
            continue;
        }
        const QChar next = value.at(++i);
        if (next == u's')
            plain.append(u' ');
        else if (next == u'n')
            plain.append(u'\n');
        else if (next == u't')
            plain.append(u'\t');
        else if (next == u'r')
            plain.append(u'\r');
        else
            plain.append(next);
    }
    return plain;
}

// Exec split into its arguments, quotes and their escapes undone.
QStringList execArguments(const QString &exec)
{
    QStringList arguments;
    QString current;
    bool inArgument = false;
    bool quoted = false;
    for (qsizetype i = 0; i < exec.size(); ++i) {
        const QChar c = exec.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            else if (c == u'\\' && i + 1 < exec.size())
                current.append(exec.at(++i));
            else
                current.append(c);
        } else if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inArgument)
                arguments.append(current);
            current.clear();
            inArgument = false;
        } else {
            inArgument = true;
            if (c == u'"')
                quoted = true;
            else
                current.append(c);
        }
    }
    if (inArgument)
        arguments.append(current);
    return arguments;
}

// The keys of the [Desktop Entry] group, escapes undone; empty when the file is missing.
QHash<QString, QString> mainGroupValues()
{
    QHash<QString, QString> values;
    QFile file(AutostartEntry::filePath());
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.startsWith(u'[')) {
            inMainGroup = line == mainGroup;
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (inMainGroup && !line.startsWith(u'#') && equals > 0)
            values.insert(line.left(equals).trimmed(),
                          unescapedValue(line.mid(equals + 1).trimmed()));
    }
    return values;
}

} // namespace

QString AutostartEntry::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/org.posthorn.Posthorn.desktop");
}

bool AutostartEntry::isEnabled()
{
    if (!QFileInfo(filePath()).isFile())
        return false;
    const QHash<QString, QString> values = mainGroupValues();
    return values.value(QStringLiteral("Hidden")) != QLatin1String("true") &&
           values.value(QStringLiteral("X-GNOME-Autostart-enabled")) != QLatin1String("false");
}

bool AutostartEntry::isMinimized()
{
    return execArguments(mainGroupValues().value(QStringLiteral("Exec")))
        .contains(QStringLiteral("--minimized"));
}

bool AutostartEntry::write(const QString &executable, bool minimized, QString *error)
{
    const QString path = filePath();
    const bool unwritable = std::any_of(executable.cbegin(), executable.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control;
    });
    if (executable.isEmpty() || unwritable) {
        if (error)
            *error = tr("Cannot write %1: the program's path is empty or holds control "
                        "characters, which a desktop entry cannot hold.")
                         .arg(QDir::toNativeSeparators(path));
        return false;
    }

    const QString folder = QFileInfo(path).absolutePath();
    if (!PrivateFiles::makeFolder(folder)) {
        if (error)
            *error = tr("Cannot write %1: the folder %2 cannot be created.")
                         .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(folder));
        return false;
    }

    QString exec = quotedArgument(executable);
    if (minimized)
        exec += QStringLiteral(" --minimized");
    const QString content = mainGroup + u'\n' +
                            QStringLiteral("Type=Application\n"
                                           "Name=Posthorn\n"
                                           "Exec=") +
                            escapedValue(exec) + u'\n' +
                            QStringLiteral("Icon=org.posthorn.Posthorn\n"
                                           "X-GNOME-Autostart-enabled=true\n");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(PrivateFiles::filePermissions) ||
        file.write(content.toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error =
                tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool AutostartEntry::remove(QString *error)
{
    const QString path = filePath();
    // A link to nowhere does not exist for QFileInfo, yet it is an entry to remove.
    if (!QFileInfo::exists(path) && !QFileInfo(path).isSymLink())
        return true;
    QFile file(path);
    if (!file.remove()) {
        if (error)
            *error =
                tr("Cannot remove %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}
