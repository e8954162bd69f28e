#include "xdotool.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

#include <utility>

namespace {

QByteArray output(const QString &program, const QStringList &args, const QString &display)
{
    QProcess process;
    if (!display.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), display);
        // The session's cookie file has no entry for a display the test started itself,
        // which needs none.
        env.remove(QStringLiteral("XAUTHORITY"));
        process.setProcessEnvironment(env);
    }
    process.start(program, args);
    process.waitForFinished(15000);
    return process.readAllStandardOutput();
}

} // namespace

namespace Xdotool {

QString run(const QString &program, const QStringList &args, const QString &display)
{
    return QString::fromUtf8(output(program, args, display)).trimmed();
}

QString window(const QString &titleRegex, const QString &display)
{
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                titleRegex},
               display)
        .section(QLatin1Char('\n'), 0, 0);
}

QString focusedWindowName(const QString &display)
{
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("getwindowfocus"), QStringLiteral("getwindowname")}, display);
}

void type(const QString &windowId, const QString &text, const QString &display, int delayMs)
{
    run(QStringLiteral("xdotool"),
        {QStringLiteral("windowactivate"), QStringLiteral("--sync"), windowId,
         QStringLiteral("type"), QStringLiteral("--delay"), QString::number(delayMs), text},
        display);
}

void keys(const QString &windowId, const QString &keyName, const QString &display, int delayMs)
{
    run(QStringLiteral("xdotool"),
        {QStringLiteral("windowactivate"), QStringLiteral("--sync"), windowId,
         QStringLiteral("key"), QStringLiteral("--delay"), QString::number(delayMs), keyName},
        display);
    run(QStringLiteral("xdotool"),
        QStringList{QStringLiteral("keyup")} + keyName.split(QLatin1Char('+')), display);
}

void screenshot(const QString &windowId, const QString &name, const QString &crop)
{
    const QString dir = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
    if (dir.isEmpty() || windowId.isEmpty())
        return;
    QStringList args{QStringLiteral("-window"), windowId};
    if (!crop.isEmpty())
        args << QStringLiteral("-crop") << crop;
    args << QStringLiteral("png:-");
    // Painting has finished when two pictures in a row are the same.
    QByteArray picture;
    QByteArray previous;
    const bool settled = QTest::qWaitFor(
        [&] {
            previous = std::exchange(picture, output(QStringLiteral("import"), args, {}));
            return !picture.isEmpty() && picture == previous;
        },
        10000);
    if (!settled)
        qWarning("the screenshot %s was taken while the window still changed", qPrintable(name));
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(picture) != picture.size()) {
        qWarning("cannot write the screenshot %s", qPrintable(path));
        return;
    }
    file.close();
    if (windowId == QLatin1String("root") && crop.isEmpty())
        run(QStringLiteral("mogrify"), {QStringLiteral("-trim"), path});
}

} // namespace Xdotool
