// Editing a published post as a user meets it: the real main window, Ctrl+Shift+E or
// the Posted list's Edit, against the sandbox over HTTP with the token in the session's
// real keychain; the edit goes through the outbox, across a restart when its answer is
// lost.
#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "appcontext.h"
#include "compose/composerwidget.h"
#include "mainwindow.h"
#include "media/focuspreview.h"
#include "namedchild.h"
#include "outbox/outbox.h"
#include "sandboxprocess.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QAbstractButton>
#include <QApplication>
#include <QBuffer>
#include <QDialog>
#include <QDir>
#include <QFrame>
#include <QHttpMultiPart>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QtTest>

namespace {

constexpr int waitMs = 10000;

bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

QJsonValue finish(ApiReply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(waitMs))
        return {};
    return finished.first().first().value<ApiResult>().jsonValue();
}

ApiClient *clientOf(AppContext &context)
{
    AccountSession *session = context.sessions()->session(context.accounts()->currentAccountKey());
    return session ? session->client() : nullptr;
}

QString post(AppContext &context, const QString &text)
{
    return finish(clientOf(context)->postJson(QStringLiteral("/api/v1/statuses"),
                                              {{QStringLiteral("status"), text}}))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

// The colour of the uploaded picture, which its thumbnail must show.
const QColor pictureColour(0x2a, 0x7a, 0xb8);

// A picture of one colour, with its focal point set at upload as the web composer does.
QString uploadPicture(AppContext &context, const QString &description,
                      const QString &focus = QString())
{
    QImage image(160, 120, QImage::Format_RGB32);
    image.fill(pictureColour);
    // A cup on a saucer in the middle, so a screenshot shows a picture; the corners stay
    // the plain colour the thumbnail is checked for.
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0xf4, 0xf1, 0xea));
    painter.drawEllipse(QRectF(40, 86, 80, 16));
    painter.drawRoundedRect(QRectF(56, 40, 44, 52), 8, 8);
    painter.setPen(QPen(QColor(0xf4, 0xf1, 0xea), 6));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(QRectF(94, 52, 20, 22));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    auto *multiPart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart file;
    file.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("image/png"));
    file.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"file\"; filename=\"cup.png\""));
    file.setBody(png);
    multiPart->append(file);
    QHttpPart text;
    text.setHeader(QNetworkRequest::ContentDispositionHeader,
                   QByteArrayLiteral("form-data; name=\"description\""));
    text.setBody(description.toUtf8());
    multiPart->append(text);
    if (!focus.isEmpty()) {
        QHttpPart focusPart;
        focusPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                            QByteArrayLiteral("form-data; name=\"focus\""));
        focusPart.setBody(focus.toUtf8());
        multiPart->append(focusPart);
    }
    return finish(clientOf(context)->postMultipart(QStringLiteral("/api/v2/media"), multiPart))
        .toObject()
        .value(QLatin1String("id"))
        .toString();
}

// The post's versions as the server lists them, oldest first.
QJsonArray history(AppContext &context, const QString &id)
{
    return finish(clientOf(context)->get(QStringLiteral("/api/v1/statuses/%1/history").arg(id)))
        .toArray();
}

QString sourceText(AppContext &context, const QString &id)
{
    return finish(clientOf(context)->get(QStringLiteral("/api/v1/statuses/%1/source").arg(id)))
        .toObject()
        .value(QLatin1String("text"))
        .toString();
}

// The colour a picture preview shows just inside its picture's top-left corner, away
// from the focal point's ring; none while it shows no picture.
QRgb shownColour(FocusPreview *preview)
{
    const QRectF picture = preview ? preview->pictureRect() : QRectF();
    if (picture.width() < 10 || picture.height() < 10)
        return 0;
    const QPixmap shot = preview->grab();
    const QPointF inside = (picture.topLeft() + QPointF(4, 4)) * shot.devicePixelRatio();
    return shot.toImage().pixel(inside.toPoint());
}

bool isNear(const MediaFocus &focus, double x, double y)
{
    return qAbs(focus.x() - x) < 0.03 && qAbs(focus.y() - y) < 0.03;
}

void replaceText(QPlainTextEdit *text, const QString &with)
{
    text->setFocus();
    QTest::keyClick(text, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(text, with);
}

// Ctrl+Shift+E from the composer, as a user asks for the last post; true once the
// composer shows it in edit mode.
bool editLastPost(MainWindow &window, const QString &expectedText)
{
    window.focusComposer();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_E,
                    Qt::ControlModifier | Qt::ShiftModifier);
    auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
    auto *banner = namedChild<QFrame>(&window, "editBanner");
    return QTest::qWaitFor(
        [&] { return banner->isVisible() && text->toPlainText() == expectedText; }, waitMs);
}

} // namespace

class TestStatusEdit : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    QJsonArray serverStatuses() { return m_sandbox.statuses(); }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void ctrlShiftEThenCtrlReturnEditsTheOnePostWithHistory()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("A post with a tpyo"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(serverStatuses().size(), 1, waitMs);
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().isEmpty() && !text->isReadOnly(), waitMs);
        const QString id =
            serverStatuses().first().toObject().value(QLatin1String("id")).toString();
        // The Posted list is open beside the composer, and must follow the edit.
        window.showPosted();
        auto *list = namedChild<QListWidget>(&window, "postedList");
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);

        QVERIFY(editLastPost(window, QStringLiteral("A post with a tpyo")));
        QVERIFY(namedChild<QLabel>(&window, "editBannerText")
                    ->text()
                    .startsWith(QLatin1String("Editing your post from")));
        QCOMPARE(namedChild<QPushButton>(&window, "postButton")->text(), QStringLiteral("&Save"));
        // The source was asked for: the text as typed, not the server's HTML.
        QVERIFY(!m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/%1/source").arg(id), "GET")
                     .isEmpty());

        replaceText(text, QStringLiteral("A post with a typo, fixed"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(sourceText(context, id),
                                  QStringLiteral("A post with a typo, fixed"), waitMs);
        QCOMPARE(serverStatuses().size(), 1);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 1);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size(), 1);
        QCOMPARE(history(context, id).size(), 2);
        // Done: the composer is back to what was there before (nothing), out of edit mode,
        // and the list shows the post as it is now.
        QTRY_VERIFY_WITH_TIMEOUT(text->toPlainText().isEmpty() && !text->isReadOnly(), waitMs);
        QVERIFY(!namedChild<QFrame>(&window, "editBanner")->isVisible());
        QVERIFY(!window.composer()->isEditing());
        QCOMPARE(namedChild<QLabel>(&window, "composerStatus")->text(),
                 QStringLiteral("Your edit is saved."));
        QTRY_VERIFY_WITH_TIMEOUT(list->count() == 1 &&
                                     list->item(0)->text().contains(QLatin1String("typo, fixed")),
                                 waitMs);
        QVERIFY(context.outbox()->entries().isEmpty());
    }

    void postedEditKeepsMediaAndChangesTheirDescription()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString mediaId =
            uploadPicture(context, QStringLiteral("A cup"), QStringLiteral("-0.4,0.3"));
        const QString id =
            finish(clientOf(context)->postJson(
                       QStringLiteral("/api/v1/statuses"),
                       {{QStringLiteral("status"),
                         QStringLiteral("Coffee tasting at 10 in the library. Bring a cup!")},
                        {QStringLiteral("spoiler_text"), QStringLiteral("food and drink")},
                        {QStringLiteral("language"), QStringLiteral("en")},
                        {QStringLiteral("media_ids"), QJsonArray{mediaId}}}))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        QVERIFY(!id.isEmpty());
        MainWindow window(&context);
        window.resize(1100, 760);
        QVERIFY(showActive(window));
        window.showPosted();
        auto *list = namedChild<QListWidget>(&window, "postedList");
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_E, Qt::ControlModifier);
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTRY_VERIFY_WITH_TIMEOUT(window.composer()->isEditing(), waitMs);
        QCOMPARE(text->toPlainText(),
                 QStringLiteral("Coffee tasting at 10 in the library. Bring a cup!"));
        const Draft edit = window.composer()->draft();
        QCOMPARE(edit.effectiveSpoilerText(), QStringLiteral("food and drink"));
        QCOMPARE(edit.attachments.size(), 1);
        QCOMPARE(edit.attachments.first().mediaId, mediaId);
        QCOMPARE(edit.attachments.first().description, QStringLiteral("A cup"));
        QCOMPARE(edit.edit->statusId, id);
        // The focal point the media has on the server, kept unless the user moves it.
        QCOMPARE(edit.attachments.first().focus, QStringLiteral("-0.40,0.30"));
        // No local file: the thumbnail shows the server's preview, not a file icon.
        auto *thumbnail = namedChild<FocusPreview>(&window, "mediaThumbnail");
        QTRY_COMPARE_WITH_TIMEOUT(shownColour(thumbnail), pictureColour.rgb(), waitMs);
        QVERIFY(thumbnail->isFocusEditable());
        QCOMPARE(thumbnail->focus(), MediaFocus(-0.4, 0.3));

        // The larger preview has the picture too, and a click there moves the focal point.
        thumbnail->setFocus();
        QTest::keyClick(thumbnail, Qt::Key_Space);
        QPointer<QDialog> dialog;
        QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("mediaPreviewDialog"))) &&
                    dialog->isVisible());
        auto *large = namedChild<FocusPreview>(dialog, "mediaLargePreview");
        // Once the dialog has the keyboard: Escape before that would leave edit mode.
        QTRY_COMPARE(QApplication::focusWidget(), large);
        QCOMPARE(shownColour(large), pictureColour.rgb());
        QVERIFY(large->isFocusEditable());
        const QRectF picture = large->pictureRect();
        QTest::mouseClick(
            large, Qt::LeftButton, {},
            (picture.topLeft() + QPointF(picture.width() * 0.75, picture.height() * 0.25))
                .toPoint());
        // Within a pixel of the point clicked: right of the middle, above it.
        QTRY_VERIFY(
            isNear(MediaFocus::fromString(window.composer()->draft().attachments.first().focus),
                   0.5, 0.5));
        QTest::keyClick(large, Qt::Key_Escape);
        QTRY_VERIFY(!dialog);
        QVERIFY(window.composer()->isEditing());

        auto *description = namedChild<QPlainTextEdit>(&window, "mediaDescription");
        QVERIFY(description);
        description->setFocus();
        QTest::keyClick(description, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(description, QStringLiteral("A blue cup on a wooden table"));
        if (const QString shots = qEnvironmentVariable("POSTHORN_SCREENSHOTS"); !shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(window.grab().save(shots + QStringLiteral("/posted-edit.png")));
        }
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!window.composer()->isEditing(), waitMs);
        const QJsonObject status = serverStatuses().first().toObject();
        QCOMPARE(serverStatuses().size(), 1);
        const QJsonArray media = status.value(QLatin1String("media_attachments")).toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(QLatin1String("id")).toString(), mediaId);
        QCOMPARE(media.first().toObject().value(QLatin1String("description")).toString(),
                 QStringLiteral("A blue cup on a wooden table"));
        const QJsonObject focus = media.first()
                                      .toObject()
                                      .value(QLatin1String("meta"))
                                      .toObject()
                                      .value(QLatin1String("focus"))
                                      .toObject();
        QVERIFY(isNear(MediaFocus(focus.value(QLatin1String("x")).toDouble(),
                                  focus.value(QLatin1String("y")).toDouble()),
                       0.5, 0.5));
        QCOMPARE(status.value(QLatin1String("spoiler_text")).toString(),
                 QStringLiteral("food and drink"));
        QCOMPARE(history(context, id).size(), 2);
    }

    void escapeLeavesEditModeAndBringsBackWhatWasBeingWritten()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString id = post(context, QStringLiteral("Already out there"));
        QVERIFY(!id.isEmpty());
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Half a thought"));
        QTest::mouseClick(namedChild<QAbstractButton>(&window, "contentWarningToggle"),
                          Qt::LeftButton);
        QTest::keyClicks(namedChild<QLineEdit>(&window, "contentWarningText"),
                         QStringLiteral("spoilers"));
        const Draft before = window.composer()->draft();
        QVERIFY(before.contentWarning);

        QVERIFY(editLastPost(window, QStringLiteral("Already out there")));
        QVERIFY(!window.composer()->draft().contentWarning);
        replaceText(text, QStringLiteral("Changed my mind"));
        QTest::keyClick(text, Qt::Key_Escape);

        QTRY_VERIFY_WITH_TIMEOUT(!window.composer()->isEditing(), waitMs);
        QVERIFY(!namedChild<QFrame>(&window, "editBanner")->isVisible());
        QCOMPARE(window.composer()->draft(), before);
        QCOMPARE(text->toPlainText(), QStringLiteral("Half a thought"));
        QCOMPARE(namedChild<QLineEdit>(&window, "contentWarningText")->text(),
                 QStringLiteral("spoilers"));
        QCOMPARE(namedChild<QPushButton>(&window, "postButton")->text(), QStringLiteral("&Post"));
        // Nothing reached the server, and the draft survives a restart as it was.
        QVERIFY(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").isEmpty());
        QCOMPARE(sourceText(context, id), QStringLiteral("Already out there"));
        window.composer()->saveNow();
        ComposerWidget again(&context, QStringLiteral("main"));
        QCOMPARE(again.draft(), before);
    }

    void changingThePollAsksFirstBecauseVotesAreReset()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString id =
            finish(clientOf(context)->postJson(
                       QStringLiteral("/api/v1/statuses"),
                       {{QStringLiteral("status"), QStringLiteral("Tea or coffee?")},
                        {QStringLiteral("poll"),
                         QJsonObject{{QStringLiteral("options"),
                                      QJsonArray{QStringLiteral("Tea"), QStringLiteral("Coffee")}},
                                     {QStringLiteral("expires_in"), 86400}}}}))
                .toObject()
                .value(QLatin1String("id"))
                .toString();
        QVERIFY(!id.isEmpty());
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QVERIFY(editLastPost(window, QStringLiteral("Tea or coffee?")));
        auto *choice = namedChild<QLineEdit>(&window, "pollChoice2");
        QVERIFY(choice);
        QCOMPARE(choice->text(), QStringLiteral("Coffee"));
        choice->setFocus();
        QTest::keyClick(choice, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(choice, QStringLiteral("Cocoa"));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        const auto question = [&window] {
            auto *box = window.findChild<QMessageBox *>(QStringLiteral("pollResetConfirmation"));
            return box && box->isVisible() ? box : nullptr;
        };
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(question(), waitMs);
        // While the question is open the edit stays as it is: Escape does not cancel it,
        // and Ctrl+Return asks nothing twice.
        QTest::keyClick(text, Qt::Key_Escape);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(window.composer()->isEditing());
        QCOMPARE(window.findChildren<QMessageBox *>(QStringLiteral("pollResetConfirmation")).size(),
                 1);
        // Keep Editing: nothing is sent, the edit stays.
        QTest::mouseClick(namedChild<QPushButton>(question(), "keepEditing"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!question(), waitMs);
        QVERIFY(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").isEmpty());
        QVERIFY(window.composer()->isEditing());
        QVERIFY(!text->isReadOnly());

        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(question(), waitMs);
        QTest::mouseClick(namedChild<QPushButton>(question(), "savePollChange"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.composer()->isEditing(), waitMs);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size(), 1);
        const QJsonArray options = serverStatuses()
                                       .first()
                                       .toObject()
                                       .value(QLatin1String("poll"))
                                       .toObject()
                                       .value(QLatin1String("options"))
                                       .toArray();
        QCOMPARE(options.size(), 2);
        QCOMPARE(options.at(1).toObject().value(QLatin1String("title")).toString(),
                 QStringLiteral("Cocoa"));
        QCOMPARE(history(context, id).size(), 2);
    }

    void refusedEditComesBackWithTheServersWords()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString id = post(context, QStringLiteral("Short"));
        QVERIFY(!id.isEmpty());
        MainWindow window(&context);
        QVERIFY(showActive(window));
        // The server's limit drops after the composer learnt it: only the server says no.
        m_sandbox.control(
            "POST", QStringLiteral("/_sandbox/instance"),
            {{QStringLiteral("configuration"),
              QJsonObject{{QStringLiteral("statuses"),
                           QJsonObject{{QStringLiteral("max_characters"), 20},
                                       {QStringLiteral("characters_reserved_per_url"), 23}}}}}});
        QVERIFY(editLastPost(window, QStringLiteral("Short")));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        replaceText(text, QStringLiteral("No longer short at all, sadly"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);

        auto *problem = namedChild<QLabel>(&window, "composerProblem");
        QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(QLatin1String("character limit of 20")),
                                 waitMs);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size(), 1);
        // Back in edit mode with the edit as typed, to be fixed and saved again.
        QCOMPARE(text->toPlainText(), QStringLiteral("No longer short at all, sadly"));
        QVERIFY(!text->isReadOnly());
        QVERIFY(window.composer()->isEditing());
        QVERIFY(namedChild<QFrame>(&window, "editBanner")->isVisible());
        QVERIFY(context.outbox()->entries().isEmpty());
        QCOMPARE(sourceText(context, id), QStringLiteral("Short"));

        replaceText(text, QStringLiteral("Short, edited"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(sourceText(context, id), QStringLiteral("Short, edited"), waitMs);
        QCOMPARE(serverStatuses().size(), 1);
        QCOMPARE(history(context, id).size(), 2);
    }

    void editCutOffByADroppedConnectionIsAppliedOnceAfterRestart()
    {
        QString id;
        qsizetype putsBefore = 0;
        {
            AppContext context;
            QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
            // No retry in the moment before the restart: the next run does what follows.
            context.outbox()->setRetryDelay(std::chrono::seconds(3));
            id = post(context, QStringLiteral("Before the outage"));
            QVERIFY(!id.isEmpty());
            MainWindow window(&context);
            QVERIFY(showActive(window));
            // The server applies the edit, then the connection drops before its answer;
            // Qt resends a request cut off like this (twice), so the fault outlasts those
            // resends to reach the outbox as a lost answer.
            m_sandbox.addFault(
                {{QStringLiteral("kind"), QStringLiteral("drop_after")},
                 {QStringLiteral("method"), QStringLiteral("PUT")},
                 {QStringLiteral("count"), 10},
                 {QStringLiteral("path"), QString(QStringLiteral("/api/v1/statuses/") + id)}});
            QVERIFY(editLastPost(window, QStringLiteral("Before the outage")));
            auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
            replaceText(text, QStringLiteral("After the outage"));
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
            QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entries().size() == 1 &&
                                         !context.outbox()->entries().first().lastError.isEmpty(),
                                     waitMs);
            putsBefore =
                m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size();
            QVERIFY(putsBefore >= 1);
            QCOMPARE(history(context, id).size(), 2);
            window.composer()->saveNow();
        }
        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        // The next run finds the edit waiting on disk and makes sure it is applied once.
        AppContext context;
        QCOMPARE(context.outbox()->entries().size(), 1);
        QVERIFY(context.outbox()->entries().first().draft.edit.has_value());
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entries().isEmpty(), waitMs);
        QCOMPARE(sourceText(context, id), QStringLiteral("After the outage"));
        QCOMPARE(serverStatuses().size(), 1);
        QCOMPARE(history(context, id).size(), 2);
        // Looked for and found applied: not sent again.
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size(),
                 putsBefore);
        // The composer is out of edit mode, with what was there before the edit.
        MainWindow window(&context);
        QVERIFY(!window.composer()->isEditing());
        QVERIFY(window.composer()->draft().isBlank());
    }

    void editStillOnItsWayWhenTheAppStopsIsLookedForNotResent()
    {
        QString id;
        {
            AppContext context;
            QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
            id = post(context, QStringLiteral("Slow server"));
            QVERIFY(!id.isEmpty());
            MainWindow window(&context);
            QVERIFY(showActive(window));
            // The server applies the edit at once and answers late: the app stops first.
            m_sandbox.addFault(
                {{QStringLiteral("kind"), QStringLiteral("delay")},
                 {QStringLiteral("method"), QStringLiteral("PUT")},
                 {QStringLiteral("delayMs"), 5000},
                 {QStringLiteral("path"), QString(QStringLiteral("/api/v1/statuses/") + id)}});
            QVERIFY(editLastPost(window, QStringLiteral("Slow server")));
            auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
            replaceText(text, QStringLiteral("Slow server, edited"));
            QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE_WITH_TIMEOUT(
                m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size(), 1,
                waitMs);
            window.composer()->saveNow();
        }
        AppContext context;
        QCOMPARE(context.outbox()->entries().size(), 1);
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        QTRY_VERIFY_WITH_TIMEOUT(context.outbox()->entries().isEmpty(), waitMs);
        QCOMPARE(sourceText(context, id), QStringLiteral("Slow server, edited"));
        QCOMPARE(history(context, id).size(), 2);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "PUT").size(), 1);
        QVERIFY(!m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses/") + id, "GET").isEmpty());
    }
};

QTEST_MAIN(TestStatusEdit)
#include "tst_statusedit.moc"
