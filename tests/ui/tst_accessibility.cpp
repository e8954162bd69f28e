// Every window and state a user can reach, walked the way a screen reader and a keyboard
// user meet it, against the sandbox with the token in the session's keychain:
// - each widget that can take the focus has an accessible name, as QAccessible computes
//   it (its own, a buddy label's, a button's text), and a label that shows a mnemonic
//   has a buddy for it;
// - Tab reaches every widget that takes the focus, gets stuck in none, and goes round
//   in the order of the layout;
// - text is readable (WCAG AA, 4.5:1) with the default palette and with a dark one.
// Each test fails once per window, with everything wrong in it.
#include "appcontext.h"
#include "compose/draft.h"
#include "launch/autostartentry.h"
#include "mainwindow.h"
#include "media/mediaattachmentwidget.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "schedule/scheduledposts.h"
#include "schedule/scheduledpostsdialog.h"
#include "schedule/schedulepicker.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/preferencesdialog.h"
#include "signedinaccount.h"
#include "texttone.h"
#include "tray/quickpostwindow.h"
#include "wizard/setupwizard.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QTreeWidget>
#include <QtTest>

#include <cmath>

namespace {

constexpr qreal minimumContrast = 4.5;

qreal luminance(const QColor &colour)
{
    const auto linear = [](qreal channel) {
        return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = colour.toRgb();
    return 0.2126 * linear(rgb.redF()) + 0.7152 * linear(rgb.greenF()) +
           0.0722 * linear(rgb.blueF());
}

qreal contrast(const QColor &a, const QColor &b)
{
    const qreal la = luminance(a);
    const qreal lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A colour a style sheet gives `property` ("color", "background"), or an invalid one.
QColor styleSheetColour(const QString &styleSheet, const QString &property)
{
    if (styleSheet.isEmpty())
        return {};
    const QRegularExpression rule(QStringLiteral("(?:^|[;{\\s])%1(?:-color)?\\s*:\\s*([^;}]+)")
                                      .arg(QRegularExpression::escape(property)));
    const QRegularExpressionMatch match = rule.match(styleSheet);
    return match.hasMatch() ? QColor::fromString(match.captured(1).trimmed()) : QColor();
}

// What is painted behind `widget`: the nearest ancestor (or itself) that fills its
// background, from its style sheet or its palette.
QColor backgroundBehind(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const QColor fromSheet = styleSheetColour(w->styleSheet(), QStringLiteral("background"));
        if (fromSheet.isValid())
            return fromSheet;
        if (w->autoFillBackground() || w->isWindow())
            return w->palette().color(QPalette::Active, w->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        return text + QStringLiteral(" '%1'").arg(widget->objectName());
    text += QStringLiteral(" (no objectName)");
    // Where it is: the nearest ancestor with a name.
    for (const QWidget *w = widget->parentWidget(); w; w = w->parentWidget()) {
        if (!w->objectName().isEmpty()) {
            text += QStringLiteral(" in %1 '%2'")
                        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
            break;
        }
    }
    return text;
}

QString colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb);
}

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *interface = QAccessible::queryAccessibleInterface(widget);
    return interface ? interface->text(QAccessible::Name).trimmed() : QString();
}

// The widgets of `window` a user can see (the window itself first).
QList<QWidget *> shownWidgets(QWidget *window)
{
    QList<QWidget *> shown{window};
    const QList<QWidget *> all = window->findChildren<QWidget *>();
    for (QWidget *widget : all) {
        if (widget->window() == window && widget->isVisibleTo(window))
            shown.append(widget);
    }
    return shown;
}

// Where Tab may stop, as QWidget::focusNextPrevChild() decides it: a widget whose focus
// goes elsewhere (a focus proxy) is not a stop itself.
bool isTabStop(QWidget *widget, QWidget *window)
{
    return (widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !widget->focusProxy() &&
           widget->isEnabled() && widget->window() == window &&
           (widget == window || widget->isVisibleTo(window));
}

// The widgets under `widget` in reading order: the order of its layout (rows of a grid
// before columns), then the children no layout places, in the order they were made.
void appendInLayoutOrder(QWidget *widget, QList<QWidget *> &order);

void appendLayout(QLayout *layout, QList<QWidget *> &order)
{
    QList<int> indexes;
    for (int i = 0; i < layout->count(); ++i)
        indexes.append(i);
    if (auto *grid = qobject_cast<QGridLayout *>(layout)) {
        const auto cell = [grid](int index) {
            int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
            grid->getItemPosition(index, &row, &column, &rowSpan, &columnSpan);
            return std::make_pair(row, column);
        };
        std::stable_sort(indexes.begin(), indexes.end(),
                         [&](int a, int b) { return cell(a) < cell(b); });
    }
    for (const int index : std::as_const(indexes)) {
        QLayoutItem *item = layout->itemAt(index);
        if (item->widget())
            appendInLayoutOrder(item->widget(), order);
        else if (item->layout())
            appendLayout(item->layout(), order);
    }
}

void appendInLayoutOrder(QWidget *widget, QList<QWidget *> &order)
{
    if (order.contains(widget))
        return;
    order.append(widget);
    if (widget->layout())
        appendLayout(widget->layout(), order);
    const QList<QWidget *> children = widget->findChildren<QWidget *>(Qt::FindDirectChildrenOnly);
    for (QWidget *child : children) {
        if (!child->isWindow())
            appendInLayoutOrder(child, order);
    }
}

QPalette darkPalette()
{
    QPalette dark = QApplication::palette();
    const auto set = [&dark](QPalette::ColorRole role, QRgb rgb) {
        dark.setColor(role, QColor::fromRgb(rgb));
    };
    set(QPalette::Window, 0x202124);
    set(QPalette::WindowText, 0xe8eaed);
    set(QPalette::Base, 0x2b2c2f);
    set(QPalette::AlternateBase, 0x303134);
    set(QPalette::Text, 0xe8eaed);
    set(QPalette::Button, 0x303134);
    set(QPalette::ButtonText, 0xe8eaed);
    set(QPalette::ToolTipBase, 0x303134);
    set(QPalette::ToolTipText, 0xe8eaed);
    set(QPalette::PlaceholderText, 0x9aa0a6);
    set(QPalette::Highlight, 0x8ab4f8);
    set(QPalette::HighlightedText, 0x202124);
    set(QPalette::Link, 0x8ab4f8);
    set(QPalette::LinkVisited, 0xc58af9);
    set(QPalette::Light, 0x5f6368);
    set(QPalette::Midlight, 0x44474a);
    set(QPalette::Mid, 0x3c4043);
    set(QPalette::Dark, 0x17181a);
    set(QPalette::Shadow, 0x000000);
    for (const QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, QColor::fromRgb(0x80868b));
    return dark;
}

// Walks windows and gathers what is wrong in them, so one failure lists everything.
class Audit
{
public:
    explicit Audit(QString window)
        : m_window(std::move(window))
    {}

    // Checks `window` as it is now, in the state described by `state`.
    void walk(QWidget *window, const QString &state)
    {
        QVERIFY2(window->isVisible(), qPrintable(state));
        QCoreApplication::processEvents();
        const QString where = m_window + QStringLiteral(", ") + state;
        checkNames(window, where);
        checkTab(window, where);
        checkContrast(window, where + QStringLiteral(", default palette"));
        const QPalette saved = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        checkContrast(window, where + QStringLiteral(", dark palette"));
        QApplication::setPalette(saved);
        QCoreApplication::processEvents();
        ++m_states;
    }

    [[nodiscard]] bool isClean() const { return m_findings.isEmpty(); }

    [[nodiscard]] QString report() const
    {
        return QStringLiteral("%1: %2 naming, %3 Tab order, %4 contrast problem(s) in %5 "
                              "state(s):\n  ")
                   .arg(m_window)
                   .arg(m_names)
                   .arg(m_tab)
                   .arg(m_contrast)
                   .arg(m_states) +
               m_findings.join(QStringLiteral("\n  "));
    }

private:
    void add(int &counter, const QString &finding)
    {
        if (m_findings.contains(finding))
            return;
        ++counter;
        m_findings.append(finding);
    }

    void checkNames(QWidget *window, const QString &where)
    {
        const QList<QWidget *> widgets = shownWidgets(window);
        for (QWidget *widget : widgets) {
            if (widget->focusPolicy() != Qt::NoFocus && !widget->focusProxy() &&
                accessibleName(widget).isEmpty())
                add(m_names, QStringLiteral("%1: %2 takes the focus but has no accessible name")
                                 .arg(where, describe(widget)));
            const auto *label = qobject_cast<QLabel *>(widget);
            if (label && !label->buddy() && label->textFormat() != Qt::RichText &&
                !Qt::mightBeRichText(label->text()) &&
                !QKeySequence::mnemonic(label->text()).isEmpty())
                add(m_names, QStringLiteral("%1: %2 shows the mnemonic of \"%3\" but has no buddy")
                                 .arg(where, describe(widget), label->text()));
        }
    }

    void checkTab(QWidget *window, const QString &where)
    {
        QList<QWidget *> stops;
        QWidget *w = window;
        do {
            if (isTabStop(w, window) && !stops.contains(w))
                stops.append(w);
            w = w->nextInFocusChain();
        } while (w && w != window);
        if (stops.size() < 2)
            return;

        // Round the window with the Tab key, from the first widget in the focus chain.
        QWidget *start = stops.constFirst();
        start->setFocus(Qt::TabFocusReason);
        QList<QWidget *> visited{start};
        int unchanged = 0;
        for (int press = 0; press < 1000; ++press) {
            QWidget *current = window->focusWidget();
            if (!current)
                break;
            QTest::keyClick(current, Qt::Key_Tab);
            QWidget *now = window->focusWidget();
            if (now == current) {
                // A date and time edit takes a few presses, one per section.
                if (++unchanged > 30) {
                    add(m_tab,
                        QStringLiteral("%1: Tab gets stuck in %2").arg(where, describe(now)));
                    break;
                }
                continue;
            }
            unchanged = 0;
            if (now == start || visited.contains(now))
                break;
            visited.append(now);
        }
        for (QWidget *stop : std::as_const(stops)) {
            if (!visited.contains(stop))
                add(m_tab,
                    QStringLiteral("%1: %2 cannot be reached with Tab").arg(where, describe(stop)));
        }

        // The layout's order, round the window as Tab goes round it.
        QList<QWidget *> layoutOrder;
        appendInLayoutOrder(window, layoutOrder);
        layoutOrder.erase(
            std::remove_if(layoutOrder.begin(), layoutOrder.end(),
                           [&](QWidget *widget) { return !visited.contains(widget); }),
            layoutOrder.end());
        for (qsizetype i = 0; i < visited.size(); ++i) {
            QWidget *from = visited.at(i);
            QWidget *to = visited.at((i + 1) % visited.size());
            const qsizetype at = layoutOrder.indexOf(from);
            QWidget *expected = layoutOrder.at((at + 1) % layoutOrder.size());
            if (to != expected)
                add(m_tab, QStringLiteral("%1: Tab goes from %2 to %3; the layout has %4 next")
                               .arg(where, describe(from), describe(to), describe(expected)));
        }
    }

    void checkPair(QWidget *widget, const QString &where, const QString &what,
                   const QColor &foreground, const QColor &background)
    {
        const qreal ratio = contrast(foreground, background);
        if (ratio + 1e-9 < minimumContrast)
            add(m_contrast, QStringLiteral("%1: %2 %3 %4 on %5 is %6:1")
                                .arg(where, describe(widget), what, colourName(foreground),
                                     colourName(background), QString::number(ratio, 'f', 2)));
    }

    void checkContrast(QWidget *window, const QString &where)
    {
        const QList<QWidget *> widgets = shownWidgets(window);
        for (QWidget *widget : widgets) {
            if (!widget->isEnabled())
                continue; // WCAG leaves out controls that cannot be used
            const QPalette &palette = widget->palette();
            const auto colour = [&palette](QPalette::ColorRole role) {
                return palette.color(QPalette::Active, role);
            };
            QString text;
            if (auto *label = qobject_cast<QLabel *>(widget))
                text = label->text();
            else if (auto *check = qobject_cast<QCheckBox *>(widget))
                text = check->text();
            else if (auto *radio = qobject_cast<QRadioButton *>(widget))
                text = radio->text();
            else if (auto *group = qobject_cast<QGroupBox *>(widget))
                text = group->title();

            if (!text.isEmpty()) {
                // Text drawn straight on what is behind it: a style sheet's colour wins
                // over the palette's.
                QColor foreground = styleSheetColour(widget->styleSheet(), QStringLiteral("color"));
                if (!foreground.isValid())
                    foreground = colour(widget->foregroundRole());
                const QColor background = backgroundBehind(widget);
                checkPair(widget, where, QStringLiteral("text"), foreground, background);
                if (text.contains(QLatin1String("<a ")))
                    checkPair(widget, where, QStringLiteral("link"), colour(QPalette::Link),
                              background);
                continue;
            }
            // The palette pairs, where a palette is made: the window's, and any a widget
            // sets for itself.
            if (widget != window && !widget->testAttribute(Qt::WA_SetPalette))
                continue;
            checkPair(widget, where, QStringLiteral("WindowText"), colour(QPalette::WindowText),
                      colour(QPalette::Window));
            checkPair(widget, where, QStringLiteral("Text"), colour(QPalette::Text),
                      colour(QPalette::Base));
            checkPair(widget, where, QStringLiteral("ButtonText"), colour(QPalette::ButtonText),
                      colour(QPalette::Button));
        }
    }

    QString m_window;
    QStringList m_findings;
    int m_names = 0;
    int m_tab = 0;
    int m_contrast = 0;
    int m_states = 0;
};

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_pictures;

    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static void finish(const Audit &audit)
    {
        qInfo().noquote() << audit.report();
        QVERIFY2(audit.isClean(), qPrintable(audit.report()));
    }

    QString picture(const QString &name, const QColor &colour)
    {
        const QString path = m_pictures.filePath(name);
        QImage image(320, 200, QImage::Format_RGB32);
        image.fill(colour);
        return image.save(path) ? path : QString();
    }

    // Pastes a copied file into the composer, as from a file manager.
    static void paste(QPlainTextEdit *text, const QString &path)
    {
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        QGuiApplication::clipboard()->setMimeData(mime);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    }

    void addFault(int status, const char *method, const QString &path, int count = 1)
    {
        m_sandbox.addFault({{QStringLiteral("kind"), QStringLiteral("status")},
                            {QStringLiteral("status"), status},
                            {QStringLiteral("count"), count},
                            {QStringLiteral("method"), QString::fromLatin1(method)},
                            {QStringLiteral("path"), path}});
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QVERIFY(m_pictures.isValid());
        // No posthorn-signin here: the sign-in page says so and offers the way on.
        qputenv("POSTHORN_SIGNIN_PATH", "/nonexistent/posthorn-signin");
    }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        QSettings().clear();
    }

    void toneIsReadableOnAnyBackground_data()
    {
        QTest::addColumn<QColor>("background");
        QTest::newRow("white") << QColor(Qt::white);
        QTest::newRow("light grey window") << QColor::fromRgb(0xefefef);
        QTest::newRow("mid grey") << QColor::fromRgb(0x777777);
        QTest::newRow("dark window") << QColor::fromRgb(0x202124);
        QTest::newRow("dark base") << QColor::fromRgb(0x2b2c2f);
        QTest::newRow("black") << QColor(Qt::black);
        QTest::newRow("pale yellow") << QColor::fromRgb(0xfff8c4);
        QTest::newRow("navy") << QColor::fromRgb(0x1a237e);
    }

    void toneIsReadableOnAnyBackground()
    {
        QFETCH(QColor, background);
        for (const TextTone::Tone tone :
             {TextTone::Tone::Problem, TextTone::Tone::Warning, TextTone::Tone::Success}) {
            const QColor colour = TextTone::readableOn(tone, {background});
            QVERIFY2(contrast(colour, background) >= minimumContrast,
                     qPrintable(QStringLiteral("%1 on %2: %3:1")
                                    .arg(colourName(colour), colourName(background))
                                    .arg(contrast(colour, background))));
            QCOMPARE(TextTone::contrast(colour, background), contrast(colour, background));
        }
    }

    void toneFollowsThePalette()
    {
        QWidget window;
        auto *label = new QLabel(QStringLiteral("Something went wrong"), &window);
        TextTone::apply(label, TextTone::Tone::Problem);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QColor light = label->palette().color(QPalette::WindowText);
        QVERIFY(contrast(light, window.palette().color(QPalette::Window)) >= minimumContrast);

        const QPalette saved = QApplication::palette();
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        const QColor dark = label->palette().color(QPalette::WindowText);
        QApplication::setPalette(saved);
        QCoreApplication::processEvents();
        QVERIFY(dark != light);
        QVERIFY(contrast(dark, QColor::fromRgb(0x202124)) >= minimumContrast);
        // Red stays red, only lighter.
        QVERIFY(dark.red() > dark.green() && dark.red() > dark.blue());
        QCOMPARE(label->palette().color(QPalette::WindowText), light);

        TextTone::apply(label, TextTone::Tone::Plain);
        QCOMPARE(label->palette().color(QPalette::WindowText),
                 window.palette().color(QPalette::WindowText));
    }

    void setupWizardPassesTheAudit()
    {
        AppContext context;
        Audit audit(QStringLiteral("setup wizard"));
        SetupWizard wizard(&context);
        QVERIFY(showActive(wizard));
        audit.walk(&wizard, QStringLiteral("instance page"));

        auto *address = namedChild<QLineEdit>(&wizard, "instanceAddress");
        QTest::keyClicks(address, QStringLiteral("http://mastodon.social"));
        QTest::keyClick(address, Qt::Key_Return);
        auto *message = namedChild<QLabel>(&wizard, "instanceMessage");
        QTRY_VERIFY(!message->text().isEmpty());
        audit.walk(&wizard, QStringLiteral("instance page with a problem"));

        address->clear();
        QTest::keyClicks(address, m_sandbox.baseUrl().toString());
        QTest::keyClick(address, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(SetupWizard::SignInPageId), 20000);
        auto *status = namedChild<QLabel>(&wizard, "signInStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("could not be started")),
                                 20000);
        audit.walk(&wizard, QStringLiteral("sign-in page, sign-in window missing"));

        // The session's keychain answers; what the page shows when none does is shown
        // here by hand (tst_setupwizard reaches it without a session bus).
        QWidget *keychainTrouble =
            namedChild<QPushButton>(&wizard, "keychainTryAgain")->parentWidget();
        namedChild<QLabel>(&wizard, "keychainMessage")
            ->setText(QStringLiteral("No keychain answered: start gnome-keyring-daemon."));
        keychainTrouble->show();
        audit.walk(&wizard, QStringLiteral("sign-in page, keychain not answering"));
        keychainTrouble->hide();
        finish(audit);
    }

    void setupWizardFinishPagePassesTheAudit()
    {
        AppContext context;
        Audit audit(QStringLiteral("setup wizard"));
        AccountRecord account;
        account.instanceUrl = m_sandbox.baseUrl();
        account.accountId = QStringLiteral("1");
        account.acct = QStringLiteral("demo");
        account.displayName = QStringLiteral("Demo");
        SetupWizard wizard(&context);
        wizard.setAccount(account);
        wizard.setStartId(SetupWizard::FinishPageId);
        QVERIFY(showActive(wizard));
        // The page ends setup by itself after a moment; the walk is done before that.
        audit.walk(&wizard, QStringLiteral("finish page"));
        QVERIFY(wizard.isVisible());
        finish(audit);
    }

    void mainWindowPassesTheAudit()
    {
        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox, &account));
        const QString first = picture(QStringLiteral("first.png"), QColor(0x2e, 0x6f, 0x95));
        const QString second = picture(QStringLiteral("second.png"), QColor(0xe0, 0x7a, 0x2f));
        QVERIFY(!first.isEmpty() && !second.isEmpty());

        Audit audit(QStringLiteral("main window"));
        MainWindow window(&context);
        window.resize(1180, 880);
        QVERIFY(showActive(window));
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("searchPanel")));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Hello"));
        audit.walk(&window, QStringLiteral("composer"));

        // All the composer opens at once: a content warning, a poll, a thread whose
        // first post is past the limit (red) and the second close to it (amber), and a
        // schedule too soon for the server.
        QTest::mouseClick(namedChild<QCheckBox>(&window, "contentWarningToggle"), Qt::LeftButton);
        QTest::keyClicks(namedChild<QLineEdit>(&window, "contentWarningText"),
                         QStringLiteral("tea"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "pollToggle"), Qt::LeftButton);
        QVERIFY(namedChild<QWidget>(&window, "pollEditor")->isVisible());
        QTest::mouseClick(namedChild<QPushButton>(&window, "addPartButton"), Qt::LeftButton);
        text->setPlainText(QString(510, QLatin1Char('a')));
        namedChild<QPlainTextEdit>(&window, "composerText2")
            ->setPlainText(QString(490, QLatin1Char('b')));
        QTest::mouseClick(namedChild<QCheckBox>(&window, "scheduleEnabled"), Qt::LeftButton);
        namedChild<QDateTimeEdit>(&window, "scheduleDateTime")
            ->setDateTime(QDateTime::currentDateTime().addSecs(120));
        QVERIFY(namedChild<QLabel>(&window, "composerProblem")->isVisible());
        QVERIFY(namedChild<QLabel>(&window, "scheduleMessage")->isVisible());
        audit.walk(&window,
                   QStringLiteral("composer with content warning, poll, thread and schedule"));

        // Media instead of the poll: one upload refused (red, with Retry), one ready
        // (green) with a description past its limit, the other with none (amber).
        QTest::mouseClick(namedChild<QPushButton>(&window, "pollToggle"), Qt::LeftButton);
        QTest::mouseClick(namedChild<QCheckBox>(&window, "scheduleEnabled"), Qt::LeftButton);
        text->setPlainText(QStringLiteral("The harbour this morning"));
        addFault(422, "POST", QStringLiteral("/api/v2/media"));
        paste(text, first);
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QPushButton *>(QStringLiteral("mediaRetry")) &&
                                     namedChild<QPushButton>(&window, "mediaRetry")->isVisible(),
                                 10000);
        paste(text, second);
        QList<MediaAttachmentWidget *> attachments;
        QTRY_VERIFY_WITH_TIMEOUT(
            (attachments = window.findChildren<MediaAttachmentWidget *>()).size() == 2 &&
                std::any_of(attachments.cbegin(), attachments.cend(),
                            [](const MediaAttachmentWidget *a) {
                                return a->state() == MediaAttachmentWidget::State::Ready;
                            }),
            10000);
        for (MediaAttachmentWidget *attachment : std::as_const(attachments)) {
            if (attachment->state() == MediaAttachmentWidget::State::Ready)
                namedChild<QPlainTextEdit>(attachment, "mediaDescription")
                    ->setPlainText(QString(1510, QLatin1Char('d')));
        }
        audit.walk(&window, QStringLiteral("composer with media, one refused, one ready"));

        // A post the server refused waits in the outbox below the composer.
        addFault(422, "POST", QStringLiteral("/api/v1/statuses"));
        Draft refused;
        refused.accountKey = account.key();
        refused.parts = {QStringLiteral("Refused by the server")};
        const QString id = context.outbox()->enqueue(refused);
        QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entry(id)->state == OutboxEntry::State::Failed,
                                 10000);
        QTRY_VERIFY(namedChild<QWidget>(&window, "outboxView")->isVisible());
        audit.walk(&window, QStringLiteral("outbox with a refused post"));

        // Account search (Ctrl+K), with results, then failing.
        QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
        auto *field = namedChild<QLineEdit>(&window, "searchField");
        QCOMPARE(QApplication::focusWidget(), field);
        QTest::keyClicks(field, QStringLiteral("alic"));
        auto *results = namedChild<QAbstractItemView>(&window, "searchResults");
        QTRY_VERIFY_WITH_TIMEOUT(results->model() && results->model()->rowCount() > 0, 10000);
        audit.walk(&window, QStringLiteral("search with results"));
        addFault(500, "GET", QStringLiteral("/api/v2/search"), 5);
        field->clear();
        QTest::keyClicks(field, QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(
            namedChild<QLabel>(&window, "searchState")->text().contains(QLatin1String("failed")),
            10000);
        audit.walk(&window, QStringLiteral("search that failed"));
        finish(audit);
    }

    void quickPostWindowPassesTheAudit()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        // The post that could not go out stays waiting until the test sends it again.
        context.outbox()->setRetryDelay(std::chrono::minutes(10));
        Audit audit(QStringLiteral("quick post"));
        QuickPostWindow window(&context);
        window.showNear(QRect());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        audit.walk(&window, QStringLiteral("empty"));

        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Out in a moment"));
        addFault(503, "POST", QStringLiteral("/api/v1/statuses"));
        QTest::mouseClick(namedChild<QPushButton>(&window, "postButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            namedChild<QPushButton>(&window, "writeAnotherButton")->isVisible(), 10000);
        audit.walk(&window, QStringLiteral("post waiting to be sent again"));

        context.outbox()->retry(context.outbox()->entries().constFirst().id);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QTRY_VERIFY(
            namedChild<QLabel>(&window, "composerStatus")->text().contains(QLatin1String("<a ")));
        audit.walk(&window, QStringLiteral("post published, with its link"));
        finish(audit);
    }

    void preferencesDialogPassesTheAudit()
    {
        Audit audit(QStringLiteral("preferences"));
        {
            PreferencesDialog dialog(true);
            QVERIFY(showActive(dialog));
            audit.walk(&dialog, QStringLiteral("with a tray"));

            // The autostart folder cannot be made: a file is in its place.
            const QString folder = QFileInfo(AutostartEntry::filePath()).absolutePath();
            QDir(folder).removeRecursively();
            QFile blocker(folder);
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            QTest::mouseClick(namedChild<QCheckBox>(&dialog, "startAtLogin"), Qt::LeftButton);
            QTRY_VERIFY(namedChild<QLabel>(&dialog, "preferencesProblem")->isVisible());
            audit.walk(&dialog, QStringLiteral("autostart entry not written"));
            QVERIFY(QFile::remove(folder));
        }
        PreferencesDialog dialog(false);
        QVERIFY(showActive(dialog));
        audit.walk(&dialog, QStringLiteral("without a tray"));
        finish(audit);
    }

    void scheduledPostsDialogPassesTheAudit()
    {
        AppContext context;
        AccountRecord account;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox, &account));
        AccountSession *session = context.sessions()->session(account.key());
        QVERIFY(session && session->client());
        Audit audit(QStringLiteral("scheduled posts"));

        ScheduledPosts posts(session->client());
        ScheduledPostsDialog dialog(&posts);
        QVERIFY(showActive(dialog));
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(&dialog, "scheduledPostsState")
                                     ->text()
                                     .startsWith(QLatin1String("No ")),
                                 10000);
        audit.walk(&dialog, QStringLiteral("none scheduled"));

        for (const int hours : {2, 30}) {
            Draft draft;
            draft.accountKey = account.key();
            draft.parts = {QStringLiteral("Later, in %1 hours").arg(hours)};
            draft.scheduledAt = QDateTime::currentDateTimeUtc().addSecs(hours * 3600);
            QVERIFY(!context.outbox()->enqueue(draft).isEmpty());
        }
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.scheduledStatuses().size(), 2, 10000);
        QTest::mouseClick(namedChild<QPushButton>(&dialog, "scheduledRefresh"), Qt::LeftButton);
        auto *list = namedChild<QTreeWidget>(&dialog, "scheduledPostsList");
        QTRY_COMPARE_WITH_TIMEOUT(list->topLevelItemCount(), 2, 10000);
        QTRY_VERIFY(list->isVisible());
        audit.walk(&dialog, QStringLiteral("two posts"));

        namedChild<QDateTimeEdit>(&dialog, "scheduledNewTime")
            ->setDateTime(QDateTime::currentDateTime().addSecs(120));
        QVERIFY(namedChild<QLabel>(&dialog, "scheduledTimeMessage")->isVisible());
        addFault(500, "GET", QStringLiteral("/api/v1/scheduled_statuses"), 5);
        QTest::mouseClick(namedChild<QPushButton>(&dialog, "scheduledRefresh"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QLabel>(&dialog, "scheduledStatus")
                                     ->text()
                                     .contains(QLatin1String("could not be refreshed")),
                                 10000);
        audit.walk(&dialog, QStringLiteral("time too soon, refresh failed"));

        QTest::mouseClick(namedChild<QPushButton>(&dialog, "scheduledCancelPost"), Qt::LeftButton);
        auto *confirmation = namedChild<QMessageBox>(&dialog, "cancelConfirmation");
        QVERIFY(confirmation);
        QVERIFY(QTest::qWaitForWindowExposed(confirmation));
        audit.walk(confirmation, QStringLiteral("cancel confirmation"));
        confirmation->reject();
        finish(audit);
    }

    void schedulePickerPassesTheAudit()
    {
        Audit audit(QStringLiteral("schedule picker"));
        SchedulePicker picker;
        QVERIFY(showActive(picker));
        audit.walk(&picker, QStringLiteral("off"));
        QTest::mouseClick(namedChild<QCheckBox>(&picker, "scheduleEnabled"), Qt::LeftButton);
        audit.walk(&picker, QStringLiteral("on"));
        namedChild<QDateTimeEdit>(&picker, "scheduleDateTime")
            ->setDateTime(QDateTime::currentDateTime().addSecs(120));
        QVERIFY(namedChild<QLabel>(&picker, "scheduleMessage")->isVisible());
        audit.walk(&picker, QStringLiteral("too soon"));
        finish(audit);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
