// First run in Dutch, as a Dutch-speaking user meets it: the real posthorn executable
// on an empty profile with LANG and LANGUAGE set to Dutch. Qt reads both variables
// itself for QLocale::system(), so the machine needs no nl_NL glibc locale.
// What the wizard says is read the way a screen reader reads it, over AT-SPI.
#include "xdotool.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Xdotool;

namespace {

// The Dutch of SetupWizard's "Set up Posthorn" and InstancePage's texts, as
// resources/translations/posthorn_nl.ts has them.
const QString wizardTitle = QStringLiteral("Posthorn instellen");
const QString instancePageTitle = QStringLiteral("Je Mastodon-server");
const QString addressFieldName = QStringLiteral("Serveradres");

struct Accessible
{
    QString service;
    QString path;
};

} // namespace

class TestDutchEndToEnd : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QProcess m_app;

    static QDBusMessage callAccessible(const QDBusConnection &bus, const Accessible &node,
                                       const QString &interface, const QString &method,
                                       const QVariantList &args = {})
    {
        QDBusMessage call =
            QDBusMessage::createMethodCall(node.service, node.path, interface, method);
        call.setArguments(args);
        return bus.call(call, QDBus::Block, 5000);
    }

    static QList<Accessible> children(const QDBusConnection &bus, const Accessible &node)
    {
        const QDBusMessage reply = callAccessible(
            bus, node, QStringLiteral("org.a11y.atspi.Accessible"), QStringLiteral("GetChildren"));
        QList<Accessible> result;
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return result;
        const auto list = reply.arguments().constFirst().value<QDBusArgument>();
        list.beginArray();
        while (!list.atEnd()) {
            QString service;
            QDBusObjectPath path;
            list.beginStructure();
            list >> service >> path;
            list.endStructure();
            result.append({service, path.path()});
        }
        list.endArray();
        return result;
    }

    static QString name(const QDBusConnection &bus, const Accessible &node)
    {
        const QDBusMessage reply = callAccessible(
            bus, node, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"),
            {QStringLiteral("org.a11y.atspi.Accessible"), QStringLiteral("Name")});
        if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
            return {};
        return reply.arguments().constFirst().value<QDBusVariant>().variant().toString();
    }

    // The accessible names of every object of the posthorn started here, as a screen
    // reader sees them; empty while it has not joined the accessibility bus.
    QStringList accessibleNames(const QDBusConnection &bus) const
    {
        const Accessible registry{QStringLiteral("org.a11y.atspi.Registry"),
                                  QStringLiteral("/org/a11y/atspi/accessible/root")};
        const QList<Accessible> applications = children(bus, registry);
        for (const Accessible &application : applications) {
            const QDBusReply<uint> pid = bus.interface()->servicePid(application.service);
            if (!pid.isValid() || qint64(pid.value()) != m_app.processId())
                continue;
            QStringList names;
            QList<Accessible> pending{application};
            // A wizard page has a few dozen objects; the cap only stops a runaway walk.
            while (!pending.isEmpty() && names.size() < 2000) {
                const Accessible node = pending.takeFirst();
                names.append(name(bus, node));
                pending += children(bus, node);
            }
            return names;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Under tests/headless-session.sh the home stays until the session ends, for
        // tests/secrets/scan.sh to look through it for secrets that got out.
        m_home.setAutoRemove(!qEnvironmentVariableIsSet("POSTHORN_KEEP_TEST_HOMES"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *dir : {"config", "data", "cache"})
            env.insert(QStringLiteral("XDG_%1_HOME").arg(QString::fromLatin1(dir).toUpper()),
                       m_home.filePath(QString::fromLatin1(dir)));
        // LC_ALL and LC_MESSAGES would outrank LANG; LANGUAGE names the UI languages.
        const QStringList names = env.keys();
        for (const QString &variable : names) {
            if (variable.startsWith(QLatin1String("LC_")))
                env.remove(variable);
        }
        env.insert(QStringLiteral("LANG"), QStringLiteral("nl_NL.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("nl"));
        // Qt joins the accessibility bus even when no screen reader asked for it.
        env.insert(QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON"), QStringLiteral("1"));
        m_app.setProcessEnvironment(env);
        m_app.setProcessChannelMode(QProcess::ForwardedChannels);
        m_app.start(QStringLiteral(POSTHORN_APP_PATH), {});
        QVERIFY(m_app.waitForStarted(10000));
    }

    void cleanupTestCase()
    {
        if (m_app.state() != QProcess::NotRunning) {
            m_app.terminate();
            m_app.waitForFinished(5000);
        }
    }

    void wizardTitleIsDutch()
    {
        // Qt adds " — Posthorn", the application's display name, to the window's title.
        const QString titleRegex =
            QStringLiteral("^") + wizardTitle + QStringLiteral("( \u2014 Posthorn)?$");
        QTRY_VERIFY_WITH_TIMEOUT(!window(titleRegex).isEmpty(), 20000);
        QVERIFY(window(QStringLiteral("^Set up Posthorn")).isEmpty());
        const QString wizard = window(titleRegex);
        QTRY_VERIFY_WITH_TIMEOUT(focusedWindowName().startsWith(wizardTitle), 10000);
        screenshot(wizard, QStringLiteral("wizard-nl"));
    }

    void wizardPageIsDutch()
    {
        QDBusMessage getAddress = QDBusMessage::createMethodCall(
            QStringLiteral("org.a11y.Bus"), QStringLiteral("/org/a11y/bus"),
            QStringLiteral("org.a11y.Bus"), QStringLiteral("GetAddress"));
        const QDBusMessage address =
            QDBusConnection::sessionBus().call(getAddress, QDBus::Block, 10000);
        if (address.type() != QDBusMessage::ReplyMessage)
            QSKIP("No accessibility bus in this session (Debian package at-spi2-core)");
        QDBusConnection bus = QDBusConnection::connectToBus(
            address.arguments().constFirst().toString(), QStringLiteral("posthorn-a11y"));
        QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));

        QStringList names;
        QTRY_VERIFY_WITH_TIMEOUT((names = accessibleNames(bus)).contains(addressFieldName), 20000);
        const QString seen = names.join(QStringLiteral(" | "));
        QVERIFY2(names.contains(wizardTitle), qPrintable(seen));
        QVERIFY2(names.contains(instancePageTitle), qPrintable(seen));
        QVERIFY2(!names.contains(QStringLiteral("Your Mastodon server")), qPrintable(seen));
        QDBusConnection::disconnectFromBus(QStringLiteral("posthorn-a11y"));
    }

    void closingTheWizardEndsTheFirstRun()
    {
        const QString wizard = window(QStringLiteral("^") + wizardTitle);
        QVERIFY(!wizard.isEmpty());
        keys(wizard, QStringLiteral("Escape"));
        QVERIFY(m_app.waitForFinished(10000));
        QCOMPARE(m_app.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_app.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDutchEndToEnd)
#include "tst_dutch_e2e.moc"
