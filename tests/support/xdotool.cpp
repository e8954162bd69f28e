#include "xdotool.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
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

// sway's windows (views: the containers that have a shell), depth first.
void collectViews(const QJsonObject &node, QList<QJsonObject> &views)
{
    if (node.contains(QLatin1String("shell")))
        views.append(node);
    for (const char *children : {"nodes", "floating_nodes"}) {
        const QJsonArray nodes = node.value(QLatin1String(children)).toArray();
        for (const QJsonValue &child : nodes)
            collectViews(child.toObject(), views);
    }
}

QList<QJsonObject> swayViews()
{
    QList<QJsonObject> views;
    collectViews(
        QJsonDocument::fromJson(
            output(QStringLiteral("swaymsg"),
                   {QStringLiteral("-t"), QStringLiteral("get_tree"), QStringLiteral("-r")}, {}))
            .object(),
        views);
    return views;
}

QJsonObject swayFocusedView()
{
    const QList<QJsonObject> views = swayViews();
    for (const QJsonObject &view : views) {
        if (view.value(QLatin1String("focused")).toBool())
            return view;
    }
    return {};
}

QString swayId(const QJsonObject &view)
{
    return view.isEmpty() ? QString()
                          : QString::number(view.value(QLatin1String("id")).toInteger());
}

QString swayCriteria(const QString &windowId)
{
    return QStringLiteral("[con_id=%1]").arg(windowId);
}

// wtype's arguments for "ctrl+Return", "alt+F4", "shift": modifiers held around the key.
QStringList wtypeKeys(const QString &keyName)
{
    static const QHash<QString, QString> modifiers{
        {QStringLiteral("ctrl"), QStringLiteral("ctrl")},
        {QStringLiteral("control"), QStringLiteral("ctrl")},
        {QStringLiteral("alt"), QStringLiteral("alt")},
        {QStringLiteral("shift"), QStringLiteral("shift")},
        {QStringLiteral("super"), QStringLiteral("logo")}};
    QStringList held;
    QString key;
    for (const QString &part : keyName.split(QLatin1Char('+'))) {
        if (modifiers.contains(part.toLower()))
            held << modifiers.value(part.toLower());
        else
            key = part;
    }
    QStringList args;
    for (const QString &modifier : std::as_const(held))
        args << QStringLiteral("-M") << modifier;
    if (!key.isEmpty())
        args << QStringLiteral("-k") << key;
    for (auto it = held.crbegin(); it != held.crend(); ++it)
        args << QStringLiteral("-m") << *it;
    return args;
}

// wtype's first key can reach the window before the keymap it brings: a harmless Shift
// goes first, so that only it can be lost, and the keys wait a moment for the keymap.
QStringList wtypeArguments(const QStringList &args)
{
    return QStringList{QStringLiteral("-k"), QStringLiteral("Shift_L"), QStringLiteral("-s"),
                       QStringLiteral("100")} +
           args;
}

} // namespace

namespace Xdotool {

bool onWayland()
{
    return qEnvironmentVariable("POSTHORN_DISPLAY_SERVER") == QLatin1String("wayland");
}

QString run(const QString &program, const QStringList &args, const QString &display)
{
    return QString::fromUtf8(output(program, args, display)).trimmed();
}

QString window(const QString &titleRegex, const QString &display)
{
    if (onWayland()) {
        const QRegularExpression title(titleRegex);
        const QList<QJsonObject> views = swayViews();
        for (const QJsonObject &view : views) {
            if (view.value(QLatin1String("visible")).toBool() &&
                title.match(view.value(QLatin1String("name")).toString()).hasMatch())
                return swayId(view);
        }
        return {};
    }
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("search"), QStringLiteral("--onlyvisible"), QStringLiteral("--name"),
                titleRegex},
               display)
        .section(QLatin1Char('\n'), 0, 0);
}

QString focusedWindowName(const QString &display)
{
    if (onWayland())
        return swayFocusedView().value(QLatin1String("name")).toString();
    return run(QStringLiteral("xdotool"),
               {QStringLiteral("getwindowfocus"), QStringLiteral("getwindowname")}, display);
}

QString activeWindow(const QString &display)
{
    if (onWayland())
        return swayId(swayFocusedView());
    return run(QStringLiteral("xdotool"), {QStringLiteral("getactivewindow")}, display);
}

void activate(const QString &windowId, const QString &display)
{
    if (onWayland()) {
        run(QStringLiteral("swaymsg"), {swayCriteria(windowId), QStringLiteral("focus")});
        // As xdotool's --sync: the keys that follow must go to this window.
        if (!QTest::qWaitFor([&] { return activeWindow() == windowId; }, 2000))
            qWarning("sway did not focus the window %s", qPrintable(windowId));
        return;
    }
    run(QStringLiteral("xdotool"), {QStringLiteral("windowactivate"), windowId}, display);
}

void close(const QString &windowId, const QString &display)
{
    if (onWayland()) {
        run(QStringLiteral("swaymsg"), {swayCriteria(windowId), QStringLiteral("kill")});
        return;
    }
    keys(windowId, QStringLiteral("alt+F4"), display);
}

QString windowList(const QString &display)
{
    if (onWayland()) {
        QStringList lines;
        const QList<QJsonObject> views = swayViews();
        for (const QJsonObject &view : views) {
            lines << QStringLiteral("%1 \"%2\" app_id %3 pid %4%5%6")
                         .arg(swayId(view), view.value(QLatin1String("name")).toString(),
                              view.value(QLatin1String("app_id")).toString())
                         .arg(view.value(QLatin1String("pid")).toInteger())
                         .arg(view.value(QLatin1String("visible")).toBool()
                                  ? QStringLiteral(" visible")
                                  : QString(),
                              view.value(QLatin1String("focused")).toBool()
                                  ? QStringLiteral(" focused")
                                  : QString());
        }
        return lines.join(QLatin1Char('\n'));
    }
    return run(QStringLiteral("xwininfo"), {QStringLiteral("-root"), QStringLiteral("-tree")},
               display)
        .right(3000);
}

void type(const QString &windowId, const QString &text, const QString &display, int delayMs)
{
    if (onWayland()) {
        activate(windowId);
        run(QStringLiteral("wtype"), wtypeArguments({QStringLiteral("-d"), QString::number(delayMs),
                                                     QStringLiteral("--"), text}));
        return;
    }
    run(QStringLiteral("xdotool"),
        {QStringLiteral("windowactivate"), QStringLiteral("--sync"), windowId,
         QStringLiteral("type"), QStringLiteral("--delay"), QString::number(delayMs), text},
        display);
}

void keys(const QString &windowId, const QString &keyName, const QString &display, int delayMs)
{
    if (onWayland()) {
        // wtype releases every key it pressed before it exits.
        activate(windowId);
        run(QStringLiteral("wtype"), wtypeArguments(wtypeKeys(keyName)));
        return;
    }
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
    QString program = QStringLiteral("import");
    QStringList args{QStringLiteral("-window"), windowId};
    if (!crop.isEmpty())
        args << QStringLiteral("-crop") << crop;
    args << QStringLiteral("png:-");
    if (onWayland()) {
        // grim takes a rectangle of the screen, "X,Y WxH".
        QString rectangle;
        if (windowId != QLatin1String("root")) {
            const QList<QJsonObject> views = swayViews();
            for (const QJsonObject &view : views) {
                if (swayId(view) != windowId)
                    continue;
                const QJsonObject rect = view.value(QLatin1String("rect")).toObject();
                rectangle = QStringLiteral("%1,%2 %3x%4")
                                .arg(rect.value(QLatin1String("x")).toInt())
                                .arg(rect.value(QLatin1String("y")).toInt())
                                .arg(rect.value(QLatin1String("width")).toInt())
                                .arg(rect.value(QLatin1String("height")).toInt());
            }
        } else if (const QRegularExpressionMatch geometry =
                       QRegularExpression(QStringLiteral("^(\\d+)x(\\d+)\\+(\\d+)\\+(\\d+)$"))
                           .match(crop);
                   geometry.hasMatch()) {
            rectangle = QStringLiteral("%1,%2 %3x%4")
                            .arg(geometry.captured(3), geometry.captured(4), geometry.captured(1),
                                 geometry.captured(2));
        }
        program = QStringLiteral("grim");
        args = rectangle.isEmpty() ? QStringList{} : QStringList{QStringLiteral("-g"), rectangle};
        args << QStringLiteral("-");
    }
    // Painting has finished when two pictures in a row are the same.
    QByteArray picture;
    QByteArray previous;
    const bool settled = QTest::qWaitFor(
        [&] {
            previous = std::exchange(picture, output(program, args, {}));
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
