// A server that lies: the sandbox appends markup, a link to a local file and a bidi
// override to every name, post, description and error it sends. Every place Posthorn
// shows server text (wizard, finish page, account header, composer, media, scheduled
// posts, search results and their tooltips, tray messages) must show it literally: no
// picture read from /dev/zero, no link to a file, nothing reordered by the override.
#include "appcontext.h"
#include "appshell.h"
#include "launch/launchrequest.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"
#include "text/emojilabel.h"
#include "text/linklabel.h"
#include "tray/quickpostwindow.h"
#include "tray/traycontroller.h"
#include "wizard/setupwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDesktopServices>
#include <QDir>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>
#include <QTreeWidget>
#include <QtTest>

namespace {

// What the sandbox appends. The markup part must be seen as typed; the override must
// not reach the screen at all (it is dropped, and the text isolated).
const QString markup =
    QStringLiteral("<img src=\"/dev/zero\"><a href=\"file:///etc/passwd\">open me</a><b>bold</b>");
const QString hostile = markup + QStringLiteral("\u202Eevil");
const QChar override(0x202E);

bool isRich(const QString &text, Qt::TextFormat format)
{
    return format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
}

// The characters a label lays out on the screen.
QString shownText(const QLabel *label)
{
    if (!isRich(label->text(), label->textFormat()))
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

QList<QLabel *> labelsIn(QWidget *root)
{
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *label = qobject_cast<QLabel *>(root))
        labels.prepend(label);
    return labels;
}

// Some label under `root` shows the server's markup as text.
bool showsLiterally(QWidget *root)
{
    const QList<QLabel *> labels = labelsIn(root);
    return std::any_of(labels.cbegin(), labels.cend(),
                       [](const QLabel *label) { return shownText(label).contains(markup); });
}

QString allShown(QWidget *root)
{
    QStringList texts;
    const QList<QLabel *> labels = labelsIn(root);
    for (const QLabel *label : labels)
        texts << label->objectName() + QStringLiteral(": ") + shownText(label);
    return texts.join(QLatin1Char('\n'));
}

// Rich text that lays out a picture, or a link to anything but a web page: what the
// server's markup would have become had it not been escaped.
bool rendersMarkup(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                return true;
            if (format.isAnchor() && !format.anchorHref().startsWith(QLatin1String("http")))
                return true;
        }
    }
    return false;
}

// No label under `root` renders a picture or a link the server chose, or passes the
// override on.
void verifyNothingRendered(QWidget *root)
{
    const QList<QLabel *> labels = labelsIn(root);
    for (const QLabel *label : labels) {
        QVERIFY2(!label->text().contains(override), qPrintable(label->objectName()));
        if (!isRich(label->text(), label->textFormat()))
            continue;
        QVERIFY2(!rendersMarkup(label->text()),
                 qPrintable(label->objectName() + QStringLiteral(" renders ") + label->text()));
    }
}

} // namespace

class OpenedLinks : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> urls;

public slots:
    void open(const QUrl &url) { urls.append(url); }
};

class TestHostileText : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    OpenedLinks m_links;
    QTemporaryDir m_files;

    void beHostile()
    {
        m_sandbox.control("POST", QStringLiteral("/_sandbox/hostile"),
                          QJsonObject{{QStringLiteral("text"), hostile}});
    }

    // The next such request is answered with `status` and the server's error body
    // (with the hostile text, like every error while beHostile() holds).
    void failNext(const char *method, const QString &path, int status)
    {
        m_sandbox.addFault({{QStringLiteral("method"), QLatin1String(method)},
                            {QStringLiteral("path"), path},
                            {QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), status}});
    }

    // A window shown as the app shows it, with the keyboard.
    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    // The demo account as setup leaves it, with the name the hostile server gave it.
    bool signIn(AppContext &context)
    {
        AccountRecord account;
        if (!SignedInAccount::addAndConnect(context, m_sandbox, &account))
            return false;
        // A name no line break fits in, as long as a server may send.
        account.displayName =
            QStringLiteral("Demo") + QString(100 * 1000, QLatin1Char('o')) + hostile;
        account.acct = QStringLiteral("demo") + hostile;
        context.accounts()->save(account);
        return true;
    }

    void grabIfAsked(QWidget &window, const QString &name)
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY(window.grab().save(directory + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        // No sign-in browser: this test stops at the server's refusal to register.
        qputenv("POSTHORN_SIGNIN_PATH", "/nonexistent/posthorn-signin");
        for (const char *scheme : {"http", "https", "file"})
            QDesktopServices::setUrlHandler(QString::fromLatin1(scheme), &m_links, "open");
    }

    void cleanupTestCase()
    {
        for (const char *scheme : {"http", "https", "file"})
            QDesktopServices::unsetUrlHandler(QString::fromLatin1(scheme));
    }

    void init()
    {
        m_sandbox.reset();
        beHostile();
        m_links.urls.clear();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void wizardShowsTheServersWordsLiterally()
    {
        // The server refuses to register the app, with markup in its error: the case
        // that once read /dev/zero until memory ran out.
        failNext("POST", QStringLiteral("/api/v1/apps"), 422);
        AppContext context;
        context.useSessionSecrets();
        SetupWizard wizard(&context);
        QVERIFY(showActive(wizard));
        auto *address = namedChild<QLineEdit>(&wizard, "instanceAddress");
        QTest::keyClicks(address, m_sandbox.baseUrl().toString());
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SignInPageId), 10000);

        // The server's title and description, as text beside Posthorn's own link.
        auto *summary = namedChild<QLabel>(&wizard, "instanceSummary");
        QVERIFY2(shownText(summary).contains(markup), qPrintable(summary->text()));
        auto *status = namedChild<QLabel>(&wizard, "signInStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(shownText(status).contains(markup), qPrintable(status->text()),
                                  10000);
        verifyNothingRendered(&wizard);
        grabIfAsked(wizard, QStringLiteral("hostile-wizard.png"));
    }

    void finishPageShowsTheNameLiterally()
    {
        AppContext context;
        SetupWizard wizard(&context);
        AccountRecord account;
        account.instanceUrl = m_sandbox.baseUrl();
        account.accountId = QStringLiteral("1");
        account.acct = QStringLiteral("demo") + hostile;
        account.displayName = QString(1000 * 1000, QLatin1Char('N')) + hostile;
        wizard.setAccount(account);
        wizard.setStartId(SetupWizard::FinishPageId);
        wizard.restart();
        QVERIFY(showActive(wizard));
        // The handle's markup is there as typed; the million-letter name is cut to
        // something a window can lay out.
        QVERIFY2(showsLiterally(&wizard), qPrintable(allShown(&wizard).left(2000)));
        const QList<QLabel *> labels = labelsIn(&wizard);
        for (const QLabel *label : labels)
            QVERIFY2(label->text().size() < 5000, qPrintable(label->objectName()));
        // Nor does the name make the window wider than a screen.
        QVERIFY2(wizard.minimumSizeHint().width() < 1000,
                 qPrintable(QString::number(wizard.minimumSizeHint().width())));
        verifyNothingRendered(&wizard);
    }

    void mainWindowShowsNamesAndErrorsLiterally()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 760);
        QVERIFY(showActive(window));
        auto *header = namedChild<EmojiLabel>(&window, "currentAccount");
        QVERIFY2(header->shownText().contains(QStringLiteral("@demo") + markup),
                 qPrintable(header->shownText()));
        QVERIFY(!header->shownText().contains(override));
        // A long name wraps; it does not make the window wider than a screen.
        QVERIFY2(window.minimumSizeHint().width() < 1000,
                 qPrintable(QString::number(window.minimumSizeHint().width())));

        // A 500 whose message carries markup: the composer quotes it while it waits.
        failNext("POST", QStringLiteral("/api/v1/statuses"), 500);
        context.outbox()->setRetryDelay(std::chrono::milliseconds(1500));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Hello, hostile server"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        auto *status = namedChild<QLabel>(&window, "composerStatus");
        QTRY_VERIFY2_WITH_TIMEOUT(shownText(status).contains(markup), qPrintable(status->text()),
                                  10000);
        verifyNothingRendered(&window);
        grabIfAsked(window, QStringLiteral("hostile-main-window.png"));
        // Then it goes out, and the post's link is Posthorn's own.
        QTRY_VERIFY_WITH_TIMEOUT(shownText(status).startsWith(QLatin1String("Posted.")), 10000);

        // A refusal quotes the server in the problem line.
        failNext("POST", QStringLiteral("/api/v1/statuses"), 422);
        QTest::keyClicks(text, QStringLiteral("Refused, hostile server"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY2_WITH_TIMEOUT(problem->isVisible() && shownText(problem).contains(markup),
                                  qPrintable(problem->text()), 10000);
        verifyNothingRendered(&window);
    }

    void linksOpenOnlyWhenTheyAreWebPages()
    {
        LinkLabel label;
        QSignalSpy refused(&label, &LinkLabel::linkRefused);
        emit label.linkActivated(QStringLiteral("file:///etc/passwd"));
        emit label.linkActivated(QStringLiteral("javascript:alert(1)"));
        QCOMPARE(refused.size(), 2);
        QVERIFY(m_links.urls.isEmpty());
        emit label.linkActivated(m_sandbox.baseUrl().toString() + QStringLiteral("/@demo/1"));
        QCOMPARE(m_links.urls.size(), 1);
        QCOMPARE(refused.size(), 2);
    }

    void searchResultsAndTheirTooltipsShowNamesLiterally()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 760);
        QVERIFY(showActive(window));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *field = namedChild<QLineEdit>(&window, "searchField");
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("alice"));
        auto *results = namedChild<QListView>(&window, "searchResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model() && results->model()->rowCount() > 0, 10000);
        const QModelIndex first = results->model()->index(0, 0);
        QVERIFY2(first.data(Qt::DisplayRole).toString().contains(markup),
                 qPrintable(first.data(Qt::DisplayRole).toString()));

        // The tooltip (handle and bio) is the literal text, whatever its first line.
        const QRect cell = results->visualRect(first);
        QHelpEvent help(QEvent::ToolTip, cell.center(),
                        results->viewport()->mapToGlobal(cell.center()));
        QApplication::sendEvent(results->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        QTextDocument tip;
        tip.setHtml(QToolTip::text());
        QVERIFY2(tip.toPlainText().contains(markup), qPrintable(QToolTip::text()));
        QVERIFY(!rendersMarkup(QToolTip::text()));
        QToolTip::hideText();
        verifyNothingRendered(&window);
        grabIfAsked(window, QStringLiteral("hostile-search.png"));
    }

    void mediaAndScheduledPostsShowTheServersWordsLiterally()
    {
        AppContext context;
        QVERIFY(signIn(context));
        MainWindow window(&context);
        window.resize(980, 760);
        QVERIFY(showActive(window));

        // An upload the server refuses, with markup in the refusal.
        failNext("POST", QStringLiteral("/api/v2/media"), 422);
        const QString picture = m_files.filePath(QStringLiteral("harbour.png"));
        QImage image(64, 40, QImage::Format_RGB32);
        image.fill(Qt::darkCyan);
        QVERIFY(image.save(picture));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(picture)});
        QGuiApplication::clipboard()->setMimeData(mime);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QLabel *>(QStringLiteral("mediaState")), 5000);
        auto *mediaState = namedChild<QLabel>(&window, "mediaState");
        QTRY_VERIFY2_WITH_TIMEOUT(shownText(mediaState).contains(markup),
                                  qPrintable(mediaState->text()), 10000);
        verifyNothingRendered(&window);
        QTest::mouseClick(namedChild<QPushButton>(&window, "mediaRemove"), Qt::LeftButton);

        // A scheduled post comes back from the server with markup added to its text.
        QTest::keyClicks(text, QStringLiteral("Later, hostile server"));
        QTest::mouseClick(namedChild<QCheckBox>(&window, "scheduleEnabled"), Qt::LeftButton);
        namedChild<QDateTimeEdit>(&window, "scheduleDateTime")
            ->setDateTime(QDateTime::currentDateTime().addSecs(2 * 3600));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.scheduledStatuses().size(), 1, 10000);
        QTest::mouseClick(namedChild<QPushButton>(&window, "scheduledPostsButton"), Qt::LeftButton);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("scheduledPostsDialog"))));
        auto *list = namedChild<QTreeWidget>(dialog, "scheduledPostsList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 1, 10000);
        const QTreeWidgetItem *item = list->topLevelItem(0);
        QVERIFY2(item->text(1).contains(QLatin1String("<img src=")), qPrintable(item->text(1)));
        QTextDocument tip;
        tip.setHtml(item->toolTip(1));
        QVERIFY2(tip.toPlainText().contains(markup), qPrintable(item->toolTip(1)));
        QVERIFY(Qt::mightBeRichText(item->toolTip(1)));
        verifyNothingRendered(dialog);
    }

    void trayMessageShowsTheServersWordsLiterally()
    {
        // The headless session runs trayer, and starts it again when it exits (it has
        // been seen to, after other tests killed Posthorns whose icons it held).
        QTRY_VERIFY2_WITH_TIMEOUT(QSystemTrayIcon::isSystemTrayAvailable(),
                                  "the headless session runs trayer", 20000);
        AppContext context;
        QVERIFY(signIn(context));
        AppShell shell(&context);
        QTRY_VERIFY(!shell.tray()->icon()->geometry().isEmpty());
        LaunchRequest request;
        request.quickPost = true;
        request.shareText = QStringLiteral("Refused from the tray");
        shell.start(request);
        QVERIFY(QTest::qWaitForWindowExposed(shell.quickPost()));
        failNext("POST", QStringLiteral("/api/v1/statuses"), 422);
        QTest::mouseClick(shell.quickPost()->findChild<QPushButton *>(QStringLiteral("postButton")),
                          Qt::LeftButton);
        // The tray says the post was not sent, quoting the server as it wrote it.
        QWidget *balloon = nullptr;
        const auto findBalloon = [&] {
            const QList<QWidget *> windows = QApplication::topLevelWidgets();
            for (QWidget *w : windows) {
                if (w->inherits("QBalloonTip") && w->isVisible() && showsLiterally(w))
                    balloon = w;
            }
            return balloon != nullptr;
        };
        QTRY_VERIFY_WITH_TIMEOUT(findBalloon(), 10000);
        verifyNothingRendered(balloon);
    }
};

QTEST_MAIN(TestHostileText)
#include "tst_hostiletext.moc"
