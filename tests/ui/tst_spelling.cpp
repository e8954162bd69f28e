// Spell checking, highlighting and language detection as a user meets them in the
// real main window against the sandbox: real Enchant with the installed Hunspell
// dictionaries (English, Dutch, German), real CLD2, the personal word list in a
// temporary XDG_CONFIG_HOME of the test's own (issue 17).
#include "appcontext.h"
#include "compose/composerwidget.h"
#include "compose/writingaids.h"
#include "mainwindow.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "settings/preferencesdialog.h"
#include "settings/spellingpreference.h"
#include "signedinaccount.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include <memory>

namespace {

const QString dutchParagraph = QStringLiteral(
    "Vanochtend ben ik met de fiets naar de markt gegaan om verse groenten te kopen. Het "
    "was druk, maar de zon scheen en iedereen had goed humeur.");

} // namespace

class TestSpelling : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    // The main window of a signed-in account, its server's languages in, English picked.
    bool openWindow()
    {
        m_window.reset();
        m_context = std::make_unique<AppContext>();
        if (!SignedInAccount::addAndConnect(*m_context, m_sandbox))
            return false;
        m_window = std::make_unique<MainWindow>(m_context.get());
        // The size README's picture shows.
        m_window->resize(760, 480);
        m_window->show();
        m_window->activateWindow();
        if (!QTest::qWaitForWindowActive(m_window.get()))
            return false;
        m_window->focusComposer();
        auto *languages = combo();
        return QTest::qWaitFor([&] { return languages->findData(QStringLiteral("nl")) >= 0; },
                               10000) &&
               chooseLanguage(QStringLiteral("en"));
    }

    void closeWindow()
    {
        m_window.reset();
        m_context.reset();
    }

    QPlainTextEdit *text() const
    {
        return namedChild<QPlainTextEdit>(m_window.get(), "composerText");
    }
    QComboBox *combo() const { return namedChild<QComboBox>(m_window.get(), "languageCombo"); }
    ComposerWidget *composer() const { return m_window->findChild<ComposerWidget *>(); }

    // As the user picks it from the list.
    bool chooseLanguage(const QString &code)
    {
        QComboBox *languages = combo();
        const int index = languages->findData(code);
        if (index < 0)
            return false;
        languages->setCurrentIndex(index);
        emit languages->activated(index);
        return true;
    }

    // The words drawn with the spell-check underline, as the highlighter left them.
    static QStringList misspelt(const QPlainTextEdit *edit)
    {
        QStringList words;
        for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.underlineStyle() == QTextCharFormat::SpellCheckUnderline)
                    words.append(block.text().mid(range.start, range.length));
            }
        }
        return words;
    }

    // The parts drawn in the link colour: links, mentions, hashtags.
    static QStringList highlighted(const QPlainTextEdit *edit)
    {
        QStringList parts;
        const QColor link = edit->palette().link().color();
        for (QTextBlock block = edit->document()->begin(); block.isValid(); block = block.next()) {
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (range.format.foreground().color() == link)
                    parts.append(block.text().mid(range.start, range.length));
            }
        }
        return parts;
    }

    // Opens the field's context menu with a right click on `word`.
    QMenu *openMenuOn(QPlainTextEdit *edit, const QString &word)
    {
        QTextCursor cursor = edit->document()->find(word);
        if (cursor.isNull())
            return nullptr;
        cursor.setPosition(cursor.selectionStart() + 1);
        // Low on the word's line, so that the menu opens under the word, not over it.
        const QRect line = edit->cursorRect(cursor);
        const QPoint at(line.center().x(), line.bottom() - 1);
        QContextMenuEvent event(QContextMenuEvent::Mouse, at,
                                edit->viewport()->mapToGlobal(at) + QPoint(0, 4));
        QApplication::sendEvent(edit->viewport(), &event);
        QMenu *menu = nullptr;
        const bool shown = QTest::qWaitFor([&] {
            menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            return menu && menu->isVisible();
        });
        return shown ? menu : nullptr;
    }

    static void clickAction(QMenu *menu, const char *name)
    {
        QAction *action = menu->findChild<QAction *>(QString::fromLatin1(name));
        QVERIFY2(action, name);
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
        QTRY_VERIFY(!QApplication::activePopupWidget());
    }

    // The window with its menu, as README shows it, when POSTHORN_SCREENSHOTS names a folder.
    void screenshotIfAsked(QMenu *menu, const QString &name)
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        // Painted now, so that the X server has what the picture must show.
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        m_window->repaint();
        menu->repaint();
        QApplication::sync();
        const QRect area =
            m_window->frameGeometry().united(menu->geometry()).adjusted(-8, -8, 8, 8);
        const QString crop = QStringLiteral("%1x%2+%3+%4")
                                 .arg(area.width())
                                 .arg(area.height())
                                 .arg(std::max(0, area.x()))
                                 .arg(std::max(0, area.y()));
        QCOMPARE(
            QProcess::execute(QStringLiteral("import"),
                              {QStringLiteral("-window"), QStringLiteral("root"),
                               QStringLiteral("-crop"), crop, directory + QLatin1Char('/') + name}),
            0);
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
        QVERIFY(openWindow());
    }

    void cleanup()
    {
        closeWindow();
        SpellingPreference::instance()->setEnabled(true);
    }

    void misspeltEnglishAndDutchWordsAreUnderlined()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("This sentense has one eror."));
        QTRY_COMPARE(misspelt(edit),
                     (QStringList{QStringLiteral("sentense"), QStringLiteral("eror")}));

        edit->clear();
        QVERIFY(chooseLanguage(QStringLiteral("nl")));
        QTest::keyClicks(edit, QStringLiteral("Ik heb een nieuwe fietss gekocht."));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("fietss")});
    }

    void firstSuggestionReplacesTheMisspeltWord()
    {
        QPlainTextEdit *edit = text();
        const QString written = QStringLiteral(
            "Off to #FOSDEM with @alice@example.social tomorrow: this sentense is wrong, "
            "the rest is right. https://fosdem.org/2027/");
        QTest::keyClicks(edit, written);
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("sentense")});
        QMenu *menu = openMenuOn(edit, QStringLiteral("sentense"));
        QVERIFY(menu);
        QAction *first = menu->findChild<QAction *>(QStringLiteral("spellingSuggestion1"));
        QVERIFY(first);
        QCOMPARE(first->text(), QStringLiteral("sentence"));
        // The spelling comes first, then the usual editing actions.
        QCOMPARE(menu->actions().constFirst(), first);
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("spellingAddToDictionary")));
        QVERIFY(menu->findChild<QAction *>(QStringLiteral("spellingIgnore")));
        screenshotIfAsked(menu, QStringLiteral("spelling-menu.png"));
        clickAction(menu, "spellingSuggestion1");
        QCOMPARE(edit->toPlainText(),
                 QString(written).replace(QLatin1String("sentense"), QLatin1String("sentence")));
        QTRY_VERIFY(misspelt(edit).isEmpty());
        // One undo step brings the word back.
        edit->undo();
        QCOMPARE(edit->toPlainText(), written);
    }

    void menuKeyOffersSpellingForTheWordAtTheCursor()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("One eror here"));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("eror")});
        QTextCursor cursor = edit->textCursor();
        cursor.setPosition(6);
        edit->setTextCursor(cursor);
        // What the Menu key (or Shift+F10) sends to the focused field.
        const QPoint at = edit->cursorRect().center();
        QContextMenuEvent event(QContextMenuEvent::Keyboard, at, edit->mapToGlobal(at));
        QApplication::sendEvent(edit, &event);
        QMenu *menu = nullptr;
        QTRY_VERIFY((menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())));
        QAction *first = menu->findChild<QAction *>(QStringLiteral("spellingSuggestion1"));
        QVERIFY(first);
        QCOMPARE(menu->actions().constFirst(), first);
        const QString suggestion = first->text();
        // Return on the first entry, as a keyboard user does.
        QTest::keyClick(menu, Qt::Key_Down);
        QTest::keyClick(menu, Qt::Key_Return);
        QTRY_VERIFY(!QApplication::activePopupWidget());
        QCOMPARE(edit->toPlainText(),
                 QStringLiteral("One ") + first->text() + QStringLiteral(" here"));
    }

    void addedWordStaysUnmarkedAfterARestart()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("Greetings from Frobnitzville today"));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("Frobnitzville")});
        QMenu *menu = openMenuOn(edit, QStringLiteral("Frobnitzville"));
        QVERIFY(menu);
        clickAction(menu, "spellingAddToDictionary");
        QTRY_VERIFY(misspelt(edit).isEmpty());
        composer()->saveNow();

        // Posthorn quits and starts again: the draft comes back, the word stays unmarked.
        closeWindow();
        QVERIFY(openWindow());
        edit = text();
        QCOMPARE(edit->toPlainText(), QStringLiteral("Greetings from Frobnitzville today"));
        edit->moveCursor(QTextCursor::End);
        QTest::keyClicks(edit, QStringLiteral(" and Frobnitzvile"));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("Frobnitzvile")});
    }

    void ignoredWordIsNoLongerMarked()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("Meet Zwobbelgrut here"));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("Zwobbelgrut")});
        QMenu *menu = openMenuOn(edit, QStringLiteral("Zwobbelgrut"));
        QVERIFY(menu);
        clickAction(menu, "spellingIgnore");
        QTRY_VERIFY(misspelt(edit).isEmpty());
    }

    void linksMentionsAndHashtagsAreHighlightedNotMarked()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit,
                         QStringLiteral("Seee https://exampel.org/foo @alise @bobb@exampel.social "
                                        "#posthron :blobcatt: fooBar snake_cse abc123 `codez`"));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("Seee")});
        QCOMPARE(
            highlighted(edit),
            (QStringList{QStringLiteral("https://exampel.org/foo"), QStringLiteral("@alise"),
                         QStringLiteral("@bobb@exampel.social"), QStringLiteral("#posthron")}));
        // Switched off, the highlighting stays.
        SpellingPreference::instance()->setEnabled(false);
        QTRY_VERIFY(misspelt(edit).isEmpty());
        QCOMPARE(highlighted(edit).size(), 4);
    }

    void switchingLanguageSwitchesTheDictionary()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("fiets sentence"));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("fiets")});
        QVERIFY(chooseLanguage(QStringLiteral("nl")));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("sentence")});
        QVERIFY(chooseLanguage(QStringLiteral("de")));
        QTRY_COMPARE(misspelt(edit),
                     (QStringList{QStringLiteral("fiets"), QStringLiteral("sentence")}));
    }

    void aMissingDictionaryIsSaidOnceNotPerWord()
    {
        QPlainTextEdit *edit = text();
        auto *notice = namedChild<QLabel>(m_window.get(), "spellingDictionaryMissing");
        QVERIFY(notice->isHidden());
        QTest::keyClicks(edit, QStringLiteral("Bonjour tout le monde, qwzxv"));
        QVERIFY(chooseLanguage(QStringLiteral("fr")));
        QTRY_VERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(QLatin1String("French")), qPrintable(notice->text()));
        QVERIFY(misspelt(edit).isEmpty());
        QVERIFY(chooseLanguage(QStringLiteral("en")));
        QTRY_VERIFY(notice->isHidden());
    }

    void spellCheckingSwitchedOffInPreferencesMarksNothing()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("This sentense is wrong."));
        QTRY_COMPARE(misspelt(edit), QStringList{QStringLiteral("sentense")});
        {
            PreferencesDialog dialog(true, m_window.get());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *check = namedChild<QCheckBox>(&dialog, "checkSpelling");
            QVERIFY(check->isChecked());
            // On the box itself: the widget is wider than its box and label.
            QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
            QVERIFY(!check->isChecked());
        }
        QTRY_VERIFY(misspelt(edit).isEmpty());
        // No spelling in the menu either.
        QMenu *menu = openMenuOn(edit, QStringLiteral("sentense"));
        QVERIFY(menu);
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("spellingSuggestion1")));
        menu->close();
        // It is kept: a new window does not check either.
        closeWindow();
        QVERIFY(openWindow());
        text()->moveCursor(QTextCursor::End);
        QTest::keyClicks(text(), QStringLiteral(" eror"));
        // The dictionary is in (loaded on a worker thread), yet nothing is marked.
        auto *aids = composer()->findChild<WritingAids *>();
        QTRY_VERIFY(aids->hasDictionary());
        QVERIFY(misspelt(text()).isEmpty());
        PreferencesDialog dialog(true, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *check = namedChild<QCheckBox>(&dialog, "checkSpelling");
        QVERIFY(!check->isChecked());
        QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
        QTRY_COMPARE(misspelt(text()),
                     (QStringList{QStringLiteral("sentense"), QStringLiteral("eror")}));
    }

    void dutchTextWithEnglishPickedIsOfferedAsDutchInOneClick()
    {
        QPlainTextEdit *edit = text();
        auto *offer = namedChild<QLabel>(m_window.get(), "languageSuggestion");
        auto *accept = namedChild<QPushButton>(m_window.get(), "languageSuggestionAccept");
        QVERIFY(offer->isHidden());
        QTest::keyClicks(edit, dutchParagraph);
        QTRY_VERIFY(offer->isVisible());
        QCOMPARE(offer->text(), QStringLiteral("This looks like Dutch — post as Dutch?"));
        // Nothing changes without the click.
        QCOMPARE(combo()->currentData().toString(), QStringLiteral("en"));
        QCOMPARE(composer()->draft().language, QStringLiteral("en"));
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(combo()->currentData().toString(), QStringLiteral("nl"));
        QCOMPARE(composer()->draft().language, QStringLiteral("nl"));
        QVERIFY(offer->isHidden());
        // The Dutch dictionary took over: nothing of the paragraph is marked.
        QTRY_VERIFY(misspelt(edit).isEmpty());
    }

    void dismissedOfferStaysQuietForThatText()
    {
        QPlainTextEdit *edit = text();
        auto *offer = namedChild<QLabel>(m_window.get(), "languageSuggestion");
        QTest::keyClicks(edit, dutchParagraph);
        QTRY_VERIFY(offer->isVisible());
        QTest::mouseClick(namedChild<QPushButton>(m_window.get(), "languageSuggestionDismiss"),
                          Qt::LeftButton);
        QVERIFY(offer->isHidden());
        QTest::keyClicks(edit, QStringLiteral(" Morgen ga ik weer naar de markt."));
        // Checking that nothing happens: longer than the pause after which the text is
        // looked at again.
        QTest::qWait(2 * 600 + 300);
        QVERIFY(offer->isHidden());
        QCOMPARE(combo()->currentData().toString(), QStringLiteral("en"));
    }

    void counterTooltipSaysHowLinksAndRemoteMentionsCount()
    {
        QPlainTextEdit *edit = text();
        QTest::keyClicks(edit, QStringLiteral("Read https://example.org/a/very/long/path/indeed "
                                              "and ask @bob@example.social or @carol"));
        auto *counter = namedChild<QLabel>(m_window.get(), "composerCounter1");
        const QString tip = counter->toolTip();
        QVERIFY2(tip.contains(QLatin1String("counted as 23 characters each")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("@bob@example.social as @bob")), qPrintable(tip));
        QVERIFY2(!tip.contains(QLatin1String("@carol")), qPrintable(tip));
        QCOMPARE(counter->accessibleName(), tip);
    }
};

int main(int argc, char *argv[])
{
    // Enchant's personal word list and Posthorn's settings in a folder of the test's own,
    // set before Enchant (and GLib, which keeps the folder once asked) reads it.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(config.path()));
    QApplication app(argc, argv);
    TestSpelling test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_spelling.moc"
