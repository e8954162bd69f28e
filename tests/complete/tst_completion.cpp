// Completion while typing, in the real composers (main window, thread parts, content
// warning, quick post) against the sandbox, typed with QTest as a user types. The
// account's token is in the session's real keyring.
//
// With POSTHORN_SCREENSHOTS=DIR set, screenshotOfTheList also saves
// DIR/completion.png (the X screen as `import -window root` sees it, cut to the
// main window).
#include "appcontext.h"
#include "complete/completionmodel.h"
#include "compose/completionpopup.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"
#include "tray/quickpostwindow.h"

#include <QApplication>
#include <QDir>
#include <QJsonObject>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int timeoutMs = 10000;

QString titleAt(const CompletionPopup *popup, int row)
{
    return popup->list()->model()->index(row, 0).data(CompletionModel::TitleRole).toString();
}

QString replacementAt(const CompletionPopup *popup, int row)
{
    return popup->list()->model()->index(row, 0).data(CompletionModel::ReplacementRole).toString();
}

QStringList replacements(const CompletionPopup *popup)
{
    QStringList list;
    for (int row = 0; row < popup->list()->model()->rowCount(); ++row)
        list.append(replacementAt(popup, row));
    return list;
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QPlainTextEdit *m_text = nullptr;
    CompletionPopup *m_popup = nullptr;

    // The main window's composer, focused, with nothing typed.
    bool openMainWindow()
    {
        m_context = std::make_unique<AppContext>();
        if (!SignedInAccount::addAndConnect(*m_context, m_sandbox))
            return false;
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        m_text = namedChild<QPlainTextEdit>(m_window.get(), "composerText");
        m_popup = m_window->findChild<CompletionPopup *>(QStringLiteral("completionPopup"));
        if (!m_text || !m_popup)
            return false;
        m_text->setFocus();
        return QTest::qWaitFor([this] { return m_text->hasFocus(); });
    }

    QList<QUrlQuery> searchesFor(const QString &type)
    {
        QList<QUrlQuery> found;
        for (const QJsonObject &request : m_sandbox.requestsTo(QStringLiteral("/api/v2/search"))) {
            const QUrlQuery query(request.value(QLatin1String("query")).toString());
            if (query.queryItemValue(QStringLiteral("type")) == type)
                found.append(query);
        }
        return found;
    }

    QStringList postedTexts()
    {
        QStringList texts;
        const QJsonArray statuses = m_sandbox.statuses();
        for (const QJsonValue &status : statuses)
            texts.append(status.toObject().value(QLatin1String("text")).toString());
        return texts;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        QSettings().clear();
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
        m_text = nullptr;
        m_popup = nullptr;
    }

    void mentionIsCompletedWithDownAndTab()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Hello @ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        // The list is under the caret and the text field keeps the keyboard.
        QCOMPARE(QApplication::focusWidget(), m_text);
        const QPoint caret = m_text->mapToGlobal(
            m_text->inputMethodQuery(Qt::ImCursorRectangle).toRect().bottomLeft());
        QVERIFY2(qAbs(m_popup->geometry().top() - caret.y()) < 10,
                 qPrintable(QStringLiteral("list at %1, caret at %2")
                                .arg(m_popup->geometry().top())
                                .arg(caret.y())));
        QCOMPARE(replacementAt(m_popup, 0), QStringLiteral("@alice"));
        QCOMPARE(titleAt(m_popup, 0), QStringLiteral("Alice Liddell"));

        QTest::keyClick(m_text, Qt::Key_Down);
        // A screen reader hears the highlighted entry.
        QVERIFY2(m_text->accessibleDescription().contains(QStringLiteral("Alice Liddell")),
                 qPrintable(m_text->accessibleDescription()));
        QTest::keyClick(m_text, Qt::Key_Tab);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Hello @alice "));
        QVERIFY(!m_popup->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_text);
        QVERIFY(!m_text->accessibleDescription().contains(QStringLiteral("Alice")));
        // Only the name typed was searched for, without looking it up elsewhere.
        const QList<QUrlQuery> searches = searchesFor(QStringLiteral("accounts"));
        QVERIFY(!searches.isEmpty());
        QCOMPARE(searches.last().queryItemValue(QStringLiteral("q")), QStringLiteral("ali"));
        QVERIFY(!searches.last().hasQueryItem(QStringLiteral("resolve")));
    }

    void upMovesBackAndReturnAcceptsTheHighlightedAccount()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("@ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        const int rows = m_popup->list()->model()->rowCount();
        QVERIFY(rows >= 2);
        QTest::keyClick(m_text, Qt::Key_Down);
        QTest::keyClick(m_text, Qt::Key_Down);
        QTest::keyClick(m_text, Qt::Key_Up);
        QCOMPARE(m_popup->highlightedRow(), 0);
        QTest::keyClick(m_text, Qt::Key_Up);
        QCOMPARE(m_popup->highlightedRow(), rows - 1);
        const QString last = replacementAt(m_popup, rows - 1);
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_text->toPlainText(), last + QLatin1Char(' '));
    }

    void clickingASuggestionInsertsItAndTheTextKeepsTheKeyboard()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Hi @ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QVERIFY(QTest::qWaitForWindowExposed(m_popup));
        const QString second = replacementAt(m_popup, 1);
        QListView *list = m_popup->list();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                          list->visualRect(list->model()->index(1, 0)).center());
        QTRY_COMPARE(m_text->toPlainText(), QStringLiteral("Hi ") + second + QLatin1Char(' '));
        QVERIFY(!m_popup->isVisible());
        QCOMPARE(QApplication::focusWidget(), m_text);
    }

    void remoteAccountIsInsertedWithItsDomain()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Hello @alice@remote.example"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_popup->isVisible() &&
                replacements(m_popup).contains(QStringLiteral("@alice@remote.example")),
            timeoutMs);
        QCOMPARE(replacementAt(m_popup, 0), QStringLiteral("@alice@remote.example"));
        QTest::keyClick(m_text, Qt::Key_Down);
        QTest::keyClick(m_text, Qt::Key_Tab);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Hello @alice@remote.example "));
        // A full handle is looked up over federation; that is how the server found it.
        QVERIFY(
            searchesFor(QStringLiteral("accounts")).last().hasQueryItem(QStringLiteral("resolve")));
    }

    void hashtagIsCompletedWithReturn()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("#posth"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QCOMPARE(replacementAt(m_popup, 0), QStringLiteral("#posthorn"));
        // The tag's recent use, from the server's history.
        QVERIFY(m_popup->list()
                    ->model()
                    ->index(0, 0)
                    .data(CompletionModel::DetailRole)
                    .toString()
                    .contains(QStringLiteral("7")));
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("#posthorn "));
        // With the list closed, Return is a line break again.
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("#posthorn \n"));
    }

    void followedTagsComeFirst()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("#mast"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible() && m_popup->list()->model()->rowCount() == 2,
                                 timeoutMs);
        // The server ranks #mastodon first by use; the user follows #mastodev.
        QTRY_COMPARE(replacements(m_popup),
                     (QStringList{QStringLiteral("#mastodev"), QStringLiteral("#mastodon")}));
        QVERIFY(m_popup->list()->model()->index(0, 0).data(CompletionModel::FollowedRole).toBool());
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/followed_tags")).size(), 1);
    }

    void customEmojiIsCompletedWithTab()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Nice :blob"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible() &&
                                     replacementAt(m_popup, 0) == QStringLiteral(":blobcat:"),
                                 timeoutMs);
        // Hidden from the picker on the server: not offered.
        QVERIFY(!replacements(m_popup).contains(QStringLiteral(":hidden_blob:")));
        QTest::keyClick(m_text, Qt::Key_Tab);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Nice :blobcat: "));
        // The instance's list is kept on disk for the next start.
        QTRY_VERIFY(QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
                         QStringLiteral("/custom-emoji"))
                        .entryList(QDir::Files)
                        .size() == 1);
    }

    void unicodeEmojiIsInsertedAsTheCharacter()
    {
        if (!QFile::exists(QStringLiteral("/usr/share/unicode/emoji/emoji-test.txt")))
            QSKIP("unicode-data is not installed (installer/install-deps.sh installs it)");
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Yes :thumbs_up"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QCOMPARE(replacementAt(m_popup, 0), QStringLiteral("👍"));
        QTest::keyClick(m_text, Qt::Key_Tab);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Yes 👍 "));
    }

    void contentWarningCompletesEmojiOnly()
    {
        QVERIFY(openMainWindow());
        auto *warningToggle =
            m_window->findChild<QAbstractButton *>(QStringLiteral("contentWarningToggle"));
        QVERIFY(warningToggle);
        warningToggle->click();
        auto *warning = namedChild<QLineEdit>(m_window.get(), "contentWarningText");
        QTRY_VERIFY(warning->hasFocus());
        QTest::keyClicks(warning, QStringLiteral("Spoilers :blob"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QTest::keyClick(warning, Qt::Key_Tab);
        QCOMPARE(warning->text(), QStringLiteral("Spoilers :blobcat: "));
        QCOMPARE(QApplication::focusWidget(), warning);
    }

    void threadPartsComplete()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("First part"));
        namedChild<QPushButton>(m_window.get(), "addPartButton")->click();
        auto *second = namedChild<QPlainTextEdit>(m_window.get(), "composerText2");
        QTRY_VERIFY(second && second->hasFocus());
        QTest::keyClicks(second, QStringLiteral("And @ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QTest::keyClick(second, Qt::Key_Tab);
        QCOMPARE(second->toPlainText(), QStringLiteral("And @alice "));
        QCOMPARE(m_text->toPlainText(), QStringLiteral("First part"));
    }

    void ctrlReturnWithTheListOpenPostsTheTextAsTyped()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Hello @ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QTest::keyClick(m_text, Qt::Key_Down);
        QTest::keyClick(m_text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(postedTexts(), QStringList{QStringLiteral("Hello @ali")},
                                  timeoutMs);
        QVERIFY(!m_popup->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(m_text->toPlainText(), QString(), timeoutMs);
    }

    void escapeClosesTheListAndKeepsTheText()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Hello @ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QTest::keyClick(m_text, Qt::Key_Escape);
        QVERIFY(!m_popup->isVisible());
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Hello @ali"));
        // Typing on in the same word does not bring it back; Return is a line break.
        QTest::keyClick(m_text, Qt::Key_C);
        QVERIFY(!m_popup->isVisible());
        QTest::keyClick(m_text, Qt::Key_Return);
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Hello @alic\n"));
        // A new word does.
        QTest::keyClicks(m_text, QStringLiteral("@ali"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
    }

    void escapeInTheQuickPostClosesOnlyTheList()
    {
        m_context = std::make_unique<AppContext>();
        QVERIFY(SignedInAccount::addAndConnect(*m_context, m_sandbox));
        QuickPostWindow window(m_context.get());
        window.showNear(QRect());
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        auto *popup = window.findChild<CompletionPopup *>(QStringLiteral("completionPopup"));
        QVERIFY(popup);
        QTRY_VERIFY(text->hasFocus());
        QTest::keyClicks(text, QStringLiteral("Quick :blob"));
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), timeoutMs);
        QTest::keyClick(text, Qt::Key_Escape);
        QVERIFY(!popup->isVisible());
        QVERIFY(window.isVisible());
        QCOMPARE(text->toPlainText(), QStringLiteral("Quick :blob"));
        // With the list closed, Escape hides the window as before.
        QTest::keyClick(text, Qt::Key_Escape);
        QTRY_VERIFY(!window.isVisible());
    }

    void staleRepliesDoNotShow()
    {
        QVERIFY(openMainWindow());
        // The first search answers late; by then the user has typed another name.
        m_sandbox.addFault(QJsonObject{{QStringLiteral("path"), QStringLiteral("/api/v2/search")},
                                       {QStringLiteral("kind"), QStringLiteral("delay")},
                                       {QStringLiteral("delayMs"), 1500}});
        QTest::keyClicks(m_text, QStringLiteral("@bob"));
        QTRY_VERIFY_WITH_TIMEOUT(!searchesFor(QStringLiteral("accounts")).isEmpty(), timeoutMs);
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(m_text, Qt::Key_Backspace);
        QTest::keyClicks(m_text, QStringLiteral("alice"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QCOMPARE(replacementAt(m_popup, 0), QStringLiteral("@alice"));
        // Checking that nothing happens: the late reply for "bob" would have arrived
        // within this time, and must not replace the list.
        QTest::qWait(2000);
        QVERIFY(m_popup->isVisible());
        QCOMPARE(replacementAt(m_popup, 0), QStringLiteral("@alice"));
        for (const QString &shown : replacements(m_popup))
            QVERIFY2(!shown.contains(QStringLiteral("bob")), qPrintable(shown));
    }

    void screenshotOfTheList()
    {
        const QString screenshots = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (screenshots.isEmpty())
            QSKIP("POSTHORN_SCREENSHOTS is not set");
        QVERIFY(openMainWindow());
        m_window->resize(900, 620);
        QTest::keyClicks(m_text, QStringLiteral("Thanks for the help, @po"));
        QTRY_VERIFY_WITH_TIMEOUT(m_popup->isVisible(), timeoutMs);
        QTest::keyClick(m_text, Qt::Key_Down);
        // The avatars and emoji pictures of the entries shown.
        QAbstractItemModel *model = m_popup->list()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            [model] {
                for (int row = 0; row < model->rowCount(); ++row) {
                    if (model->index(row, 0)
                            .data(CompletionModel::ImageRole)
                            .toByteArray()
                            .isEmpty())
                        return false;
                }
                return true;
            }(),
            timeoutMs);
        m_popup->list()->viewport()->update();
        QTest::qWait(200); // one repaint of the list with its pictures before the shot
        QDir().mkpath(screenshots);
        const QString file = screenshots + QStringLiteral("/completion.png");
        // The screen as the X server shows it (the list is a window of its own), cut to
        // the main window.
        const QRect frame = m_window->frameGeometry();
        const QString crop = QStringLiteral("%1x%2+%3+%4")
                                 .arg(frame.width())
                                 .arg(frame.height())
                                 .arg(frame.x())
                                 .arg(frame.y());
        QCOMPARE(
            QProcess::execute(QStringLiteral("import"),
                              {QStringLiteral("-window"), QStringLiteral("root"),
                               QStringLiteral("-crop"), crop, QStringLiteral("+repage"), file}),
            0);
    }
};

QTEST_MAIN(TestCompletion)
#include "tst_completion.moc"
