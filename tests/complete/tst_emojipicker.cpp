// The emoji picker in the real main window against the sandbox (its custom emoji come
// from /api/v1/custom_emojis, the Unicode ones from the system's Unicode data), opened
// and used with the keyboard as a user would. The account's token is in the session's
// real keyring.
#include "appcontext.h"
#include "complete/emojipickermodel.h"
#include "compose/emojipicker.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QtTest>

#include <memory>

namespace {

constexpr int timeoutMs = 10000;

QString insertAt(const EmojiPicker *picker, int row)
{
    return picker->model()->index(row, 0).data(EmojiPickerModel::InsertRole).toString();
}

} // namespace

class TestEmojiPicker : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QPlainTextEdit *m_text = nullptr;
    // Made when first opened.
    EmojiPicker *picker() const
    {
        return m_window->findChild<EmojiPicker *>(QStringLiteral("emojiPicker"));
    }

    bool openMainWindow()
    {
        m_window.reset();
        m_context = std::make_unique<AppContext>();
        if (!SignedInAccount::addAndConnect(*m_context, m_sandbox))
            return false;
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        m_text = namedChild<QPlainTextEdit>(m_window.get(), "composerText");
        // Not made before it is needed: it would slow the window's start.
        if (!m_text || picker())
            return false;
        m_text->setFocus();
        return QTest::qWaitFor([this] { return m_text->hasFocus(); });
    }

    QLineEdit *search() const { return namedChild<QLineEdit>(picker(), "emojiSearch"); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).removeRecursively();
        QSettings().clear();
    }

    // Each test starts with an empty composer; the settings, and the recently used
    // emoji in them, stay from one test to the next as from one start to the next.
    void init()
    {
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void cleanup()
    {
        m_window.reset();
        m_context.reset();
    }

    void ctrlSemicolonOpensThePickerAndReturnInsertsTheFirstMatch()
    {
        QVERIFY(openMainWindow());
        QTest::keyClicks(m_text, QStringLiteral("Hi "));
        QTest::keyClick(m_text, Qt::Key_Semicolon, Qt::ControlModifier);
        QTRY_VERIFY(picker() && picker()->isVisible());
        QTRY_COMPARE(QApplication::focusWidget(), search());
        // The server's emoji arrive in the background; the search finds them by name.
        QTest::keyClicks(search(), QStringLiteral("blobc"));
        QTRY_COMPARE_WITH_TIMEOUT(insertAt(picker(), 0), QStringLiteral(":blobcat:"), timeoutMs);
        QTest::keyClick(search(), Qt::Key_Return);
        QTRY_VERIFY(!picker()->isVisible());
        QCOMPARE(m_text->toPlainText(), QStringLiteral("Hi :blobcat: "));
        QTRY_VERIFY(m_text->hasFocus());
    }

    void unicodeEmojiComeInTheChosenSkinToneAndArrowKeysReachTheGrid()
    {
        QVERIFY(openMainWindow());
        QTest::keyClick(m_text, Qt::Key_Period, Qt::ControlModifier);
        QTRY_VERIFY(picker() && picker()->isVisible());
        QTest::keyClicks(search(), QStringLiteral("thumbs up"));
        QTRY_COMPARE(insertAt(picker(), 0), QStringLiteral("👍"));
        auto *tone = namedChild<QComboBox>(picker(), "emojiSkinTone");
        tone->setCurrentIndex(3);
        QCOMPARE(tone->currentText(), QStringLiteral("Medium skin tone"));
        QTRY_COMPARE(insertAt(picker(), 0), QStringLiteral("👍🏽"));
        // Down goes from the search field to the grid; Return there picks.
        QTest::keyClick(search(), Qt::Key_Down);
        auto *grid = namedChild<QListView>(picker(), "emojiGrid");
        QTRY_COMPARE(QApplication::focusWidget(), grid);
        QTest::keyClick(grid, Qt::Key_Return);
        QTRY_VERIFY(!picker()->isVisible());
        QCOMPARE(m_text->toPlainText(), QStringLiteral("👍🏽"));
    }

    void recentlyUsedComeFirstAfterARestart()
    {
        QVERIFY(openMainWindow());
        m_window->findChild<QWidget *>(QStringLiteral("emojiButton"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(picker() && picker()->isVisible());
        auto *section = namedChild<QComboBox>(picker(), "emojiSection");
        QCOMPARE(section->currentText(), QStringLiteral("Recently used"));
        QTRY_COMPARE(insertAt(picker(), 0), QStringLiteral("👍🏽"));
        QCOMPARE(insertAt(picker(), 1), QStringLiteral(":blobcat:"));
        QCOMPARE(picker()->model()->rowCount(), 2);
        QTest::keyClick(search(), Qt::Key_Escape);
        QTRY_VERIFY(!picker()->isVisible());
        QCOMPARE(m_text->toPlainText(), QString());
    }

    void sectionsListTheServersCategoriesThenTheUnicodeGroups()
    {
        QVERIFY(openMainWindow());
        QTest::keyClick(m_text, Qt::Key_Semicolon, Qt::ControlModifier);
        QTRY_VERIFY(picker() && picker()->isVisible());
        auto *section = namedChild<QComboBox>(picker(), "emojiSection");
        QTRY_VERIFY_WITH_TIMEOUT(
            section->findText(QStringLiteral("This server's emoji: Blobs")) == 1, timeoutMs);
        QCOMPARE(section->itemText(2), QStringLiteral("This server's emoji: Posthorn"));
        QCOMPARE(section->itemText(3), QStringLiteral("Smileys & Emotion"));
        QVERIFY(section->findText(QStringLiteral("Component")) < 0);
        section->setCurrentIndex(1);
        QStringList blobs;
        for (int row = 0; row < picker()->model()->rowCount(); ++row)
            blobs.append(insertAt(picker(), row));
        // Hidden from pickers on the server: hidden here too.
        QCOMPARE(blobs, (QStringList{QStringLiteral(":blobcat:"), QStringLiteral(":blobcat_heart:"),
                                     QStringLiteral(":blobfox:")}));
        section->setCurrentIndex(3);
        QCOMPARE(insertAt(picker(), 0), QStringLiteral("😀"));
        QTest::keyClick(search(), Qt::Key_Escape);
    }

    // With POSTHORN_SCREENSHOTS=DIR set: DIR/emoji-picker.png, the server's emoji open.
    void screenshotOfThePicker()
    {
        const QString screenshots = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (screenshots.isEmpty())
            QSKIP("POSTHORN_SCREENSHOTS is not set");
        QVERIFY(openMainWindow());
        m_window->resize(900, 620);
        QTest::keyClicks(m_text, QStringLiteral("Friday mood "));
        QTest::keyClick(m_text, Qt::Key_Semicolon, Qt::ControlModifier);
        QTRY_VERIFY(picker() && picker()->isVisible());
        auto *section = namedChild<QComboBox>(picker(), "emojiSection");
        QTRY_VERIFY_WITH_TIMEOUT(section->count() > 3, timeoutMs);
        section->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT(!picker()
                                      ->model()
                                      ->index(0, 0)
                                      .data(EmojiPickerModel::ImageRole)
                                      .toByteArray()
                                      .isEmpty(),
                                 timeoutMs);
        QTest::qWait(200); // one repaint of the grid with its pictures before the shot
        QDir().mkpath(screenshots);
        const QRect frame = m_window->frameGeometry().united(picker()->frameGeometry());
        const QString crop = QStringLiteral("%1x%2+%3+%4")
                                 .arg(frame.width())
                                 .arg(frame.height())
                                 .arg(frame.x())
                                 .arg(frame.y());
        QCOMPARE(QProcess::execute(QStringLiteral("import"),
                                   {QStringLiteral("-window"), QStringLiteral("root"),
                                    QStringLiteral("-crop"), crop, QStringLiteral("+repage"),
                                    screenshots + QStringLiteral("/emoji-picker.png")}),
                 0);
        QTest::keyClick(search(), Qt::Key_Escape);
    }
};

QTEST_MAIN(TestEmojiPicker)
#include "tst_emojipicker.moc"
