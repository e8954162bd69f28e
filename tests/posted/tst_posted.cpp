// Posted, delete and redraft as a user meets them: the real main window, opened with
// its keyboard shortcut, against the sandbox over HTTP with the token in the session's
// real keychain.
#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "appcontext.h"
#include "compose/composerwidget.h"
#include "mainwindow.h"
#include "media/focuspreview.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "session/accountsession.h"
#include "session/accountsessions.h"
#include "settings/accountstore.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
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

QJsonObject finish(ApiReply *reply)
{
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!finished.wait(waitMs))
        return {};
    return finished.first().first().value<ApiResult>().json.object();
}

QMessageBox *confirmation(QWidget &window)
{
    QMessageBox *box = window.findChild<QMessageBox *>(QStringLiteral("deleteConfirmation"));
    return box && box->isVisible() ? box : nullptr;
}

// The colour of the uploaded pictures, which their thumbnails must show.
const QColor pictureColour(0x2a, 0x7a, 0xb8);

// The colour a thumbnail shows just inside its picture's top-left corner, away from the
// focal point's ring; none while it shows no picture.
QRgb shownColour(FocusPreview *preview)
{
    const QRectF picture = preview ? preview->pictureRect() : QRectF();
    if (picture.width() < 10 || picture.height() < 10)
        return 0;
    const QPixmap shot = preview->grab();
    const QPointF inside = (picture.topLeft() + QPointF(4, 4)) * shot.devicePixelRatio();
    return shot.toImage().pixel(inside.toPoint());
}

QStringList rows(QListWidget *list)
{
    QStringList texts;
    for (int i = 0; i < list->count(); ++i)
        texts << list->item(i)->text();
    return texts;
}

} // namespace

class TestPosted : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    // The signed-in account's own client, to post as the user did elsewhere.
    static ApiClient *clientOf(AppContext &context)
    {
        AccountSession *session =
            context.sessions()->session(context.accounts()->currentAccountKey());
        return session ? session->client() : nullptr;
    }

    static QString post(AppContext &context, const QJsonObject &body)
    {
        return finish(clientOf(context)->postJson(QStringLiteral("/api/v1/statuses"), body))
            .value(QLatin1String("id"))
            .toString();
    }

    // A picture of one colour, with its focal point set at upload as the web composer does.
    static QString uploadPicture(AppContext &context, const QString &description,
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
            .value(QLatin1String("id"))
            .toString();
    }

    QStringList serverTexts()
    {
        QStringList texts;
        const QJsonArray statuses = m_sandbox.statuses();
        for (const QJsonValue &status : statuses)
            texts << status.toObject().value(QLatin1String("content")).toString();
        return texts;
    }

    // Ctrl+Shift+P from the composer, as a user opens it.
    static QListWidget *openPosted(MainWindow &window)
    {
        window.focusComposer();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_P,
                        Qt::ControlModifier | Qt::ShiftModifier);
        auto *list = namedChild<QListWidget>(&window, "postedList");
        if (list && !QTest::qWaitFor([list] { return list->hasFocus(); }, waitMs))
            return nullptr;
        return list;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    }

    void ctrlShiftPListsOwnPostsNewestFirstAndWhatGoesOut()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        post(context, {{QStringLiteral("status"), QStringLiteral("The first one")}});
        post(context, {{QStringLiteral("status"), QStringLiteral("The second one")},
                       {QStringLiteral("visibility"), QStringLiteral("private")}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, waitMs);
        QVERIFY2(list->item(0)->text().contains(QLatin1String("The second one")),
                 qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().contains(QLatin1String("Followers only")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("0 replies, 0 boosts, 0 favourites")));
        QVERIFY(list->item(1)->text().contains(QLatin1String("The first one")));
        const QList<QJsonObject> asked =
            m_sandbox.requestsUnder(QStringLiteral("/api/v1/accounts/"), "GET");
        QVERIFY(!asked.isEmpty());
        QVERIFY(asked.last()
                    .value(QLatin1String("query"))
                    .toString()
                    .contains(QLatin1String("exclude_reblogs=true")));

        // What Posthorn itself publishes shows up at the top once it is out.
        window.focusComposer();
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Straight from the composer"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, waitMs);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Straight from the composer")));
    }

    void olderPostsLoadPageByPage()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        for (int i = 0; i < 25; ++i)
            QVERIFY(!post(context, {{QStringLiteral("status"), QStringLiteral("Post %1").arg(i)}})
                         .isEmpty());
        MainWindow window(&context);
        window.resize(980, 2000);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 20, waitMs);
        auto *more = namedChild<QPushButton>(&window, "postedLoadMore");
        QTRY_VERIFY(more->isEnabled());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 25, waitMs);
        QVERIFY(list->item(24)->text().contains(QLatin1String("Post 0")));
        // Like Mastodon, the sandbox links a next page while a page had posts; the empty
        // one after the last ends the list.
        QTRY_VERIFY(more->isEnabled());
        QTest::mouseClick(more, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!more->isEnabled() && !namedChild<QLabel>(&window, "postedStatus")
                                                            ->text()
                                                            .startsWith(QLatin1String("Loading")),
                                 waitMs);
        QCOMPARE(list->count(), 25);
    }

    void hostileTextShowsLiterally()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString typed = QStringLiteral("<b>not bold</b> <img src=\"/dev/zero\">");
        post(context, {{QStringLiteral("status"), typed},
                       {QStringLiteral("spoiler_text"), QStringLiteral("careful")}});
        const QString hostile = QStringLiteral("<a href=\"file:///etc/passwd\">open me</a>");
        m_sandbox.control(
            "POST", QStringLiteral("/_sandbox/hostile"),
            QJsonObject{{QStringLiteral("text"), QString(hostile + QStringLiteral("\u202Eevil"))}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        const QString shown = list->item(0)->text();
        // What was typed, as typed. The server's markup inside the post's HTML is
        // dropped, never followed; in the plain-text content warning it shows as it came.
        QVERIFY2(shown.contains(typed), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("careful") + hostile), qPrintable(shown));
        QCOMPARE(shown.count(QLatin1String("file:///")), 1);
        QVERIFY(!shown.contains(QChar(0x202E)));
    }

    void deleteAsksThenTheServerAndTheListLoseThePost()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        post(context, {{QStringLiteral("status"), QStringLiteral("Keep me")}});
        post(context, {{QStringLiteral("status"), QStringLiteral("Delete me")}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, waitMs);
        list->setCurrentRow(0);

        // Keep It keeps it.
        QTest::keyClick(list, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(window)));
        QVERIFY(box->informativeText().contains(QLatin1String("Delete me")));
        QTest::mouseClick(namedChild<QPushButton>(box, "keepPost"), Qt::LeftButton);
        QTRY_VERIFY(!confirmation(window));
        // Fixed wait: checks that no DELETE reaches the server late.
        QTest::qWait(200);
        QCOMPARE(m_sandbox.statuses().size(), 2);
        QVERIFY(m_sandbox.requestsUnder(QStringLiteral("/api/v1/statuses/"), "DELETE").isEmpty());

        QTest::keyClick(list, Qt::Key_Delete);
        QTRY_VERIFY((box = confirmation(window)));
        QTest::mouseClick(namedChild<QPushButton>(box, "confirmDelete"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, waitMs);
        QVERIFY(serverTexts().first().contains(QLatin1String("Keep me")));
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(QLatin1String("Keep me")));
    }

    void deleteAndRedraftBringsThePostBackAndPostsItWithTheSameMedia()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString mediaId =
            uploadPicture(context, QStringLiteral("A blue cup"), QStringLiteral("0.25,-0.75"));
        QVERIFY(!mediaId.isEmpty());
        post(context, {{QStringLiteral("status"), QStringLiteral("Tea <or> coffee?")},
                       {QStringLiteral("spoiler_text"), QStringLiteral("drinks")},
                       {QStringLiteral("visibility"), QStringLiteral("private")},
                       {QStringLiteral("media_ids"), QJsonArray{mediaId}}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        QVERIFY(list->item(0)->text().contains(QLatin1String("1 media")));
        QVERIFY(list->item(0)->text().contains(QLatin1String("Content warning: drinks")));
        list->setCurrentRow(0);

        QTest::keyClick(list, Qt::Key_Delete, Qt::ShiftModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(window)));
        QTest::mouseClick(namedChild<QPushButton>(box, "confirmDelete"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 0, waitMs);

        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTRY_COMPARE_WITH_TIMEOUT(text->toPlainText(), QStringLiteral("Tea <or> coffee?"), waitMs);
        QCOMPARE(namedChild<QLineEdit>(&window, "contentWarningText")->text(),
                 QStringLiteral("drinks"));
        QCOMPARE(namedChild<QComboBox>(&window, "visibilityCombo")->currentData().toString(),
                 QStringLiteral("private"));
        const Draft draft = window.composer()->draft();
        QCOMPARE(draft.attachments.size(), 1);
        QCOMPARE(draft.attachments.first().mediaId, mediaId);
        QCOMPARE(draft.attachments.first().description, QStringLiteral("A blue cup"));
        QCOMPARE(draft.attachments.first().focus, QStringLiteral("0.25,-0.75"));
        QCOMPARE(window.findChildren<QWidget *>(QStringLiteral("mediaAttachment")).size(), 1);
        // The deleted post's file is not on this computer: the thumbnail shows the
        // server's preview of it, with the focal point it had.
        auto *thumbnail = namedChild<FocusPreview>(&window, "mediaThumbnail");
        QTRY_COMPARE_WITH_TIMEOUT(shownColour(thumbnail), pictureColour.rgb(), waitMs);
        QVERIFY(thumbnail->isFocusEditable());
        QCOMPARE(thumbnail->focus(), MediaFocus(0.25, -0.75));
        QCOMPARE(list->count(), 0);
        if (const QString shots = qEnvironmentVariable("POSTHORN_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/posted-redraft.png")));

        // Posting it makes a new status with the same picture.
        QTRY_VERIFY(namedChild<QPushButton>(&window, "postButton")->isEnabled());
        text->setFocus();
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, waitMs);
        const QJsonObject again = m_sandbox.statuses().first().toObject();
        QCOMPARE(again.value(QLatin1String("spoiler_text")).toString(), QStringLiteral("drinks"));
        QCOMPARE(again.value(QLatin1String("visibility")).toString(), QStringLiteral("private"));
        const QJsonArray media = again.value(QLatin1String("media_attachments")).toArray();
        QCOMPARE(media.size(), 1);
        QCOMPARE(media.first().toObject().value(QLatin1String("id")).toString(), mediaId);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
    }

    void deleteAndRedraftBringsThePollBack()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        post(context, {{QStringLiteral("status"), QStringLiteral("Tea or coffee?")},
                       {QStringLiteral("poll"),
                        QJsonObject{{QStringLiteral("options"),
                                     QJsonArray{QStringLiteral("tea"), QStringLiteral("coffee")}},
                                    {QStringLiteral("expires_in"), 6 * 3600},
                                    {QStringLiteral("multiple"), true}}}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        QVERIFY(list->item(0)->text().contains(QLatin1String("poll")));
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete, Qt::ShiftModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(window)));
        QTest::mouseClick(namedChild<QPushButton>(box, "confirmDelete"), Qt::LeftButton);
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTRY_COMPARE_WITH_TIMEOUT(text->toPlainText(), QStringLiteral("Tea or coffee?"), waitMs);
        QCOMPARE(namedChild<QLineEdit>(&window, "pollChoice1")->text(), QStringLiteral("tea"));
        QCOMPARE(namedChild<QLineEdit>(&window, "pollChoice2")->text(), QStringLiteral("coffee"));
        const Draft draft = window.composer()->draft();
        QVERIFY(draft.poll);
        QVERIFY(draft.poll->multiple);
        QCOMPARE(draft.poll->expiresIn, qint64(6 * 3600));
    }

    void redraftWhoseAnswerWasLostFinishesOnTheNextTry()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        post(context, {{QStringLiteral("status"), QStringLiteral("Lost in the wires")},
                       {QStringLiteral("spoiler_text"), QStringLiteral("network")}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        list->setCurrentRow(0);
        // Deleted, but the answer never arrives (nor that of Qt's own second try).
        m_sandbox.addFault({{QStringLiteral("method"), QStringLiteral("DELETE")},
                            {QStringLiteral("path"), QStringLiteral("/api/v1/statuses/*")},
                            {QStringLiteral("kind"), QStringLiteral("drop_after")},
                            {QStringLiteral("count"), 5}});
        QTest::keyClick(list, Qt::Key_Delete, Qt::ShiftModifier);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(window)));
        QTest::mouseClick(namedChild<QPushButton>(box, "confirmDelete"), Qt::LeftButton);
        auto *status = namedChild<QLabel>(&window, "postedStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QLatin1String("may have been deleted")),
                                 40000);
        QCOMPARE(m_sandbox.statuses().size(), 0);
        QCOMPARE(list->count(), 1);
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QVERIFY(text->toPlainText().isEmpty());

        m_sandbox.control("DELETE", QStringLiteral("/_sandbox/faults"));
        QTest::keyClick(list, Qt::Key_Delete, Qt::ShiftModifier);
        QTRY_VERIFY((box = confirmation(window)));
        QTest::mouseClick(namedChild<QPushButton>(box, "confirmDelete"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(text->toPlainText(), QStringLiteral("Lost in the wires"), waitMs);
        QCOMPARE(namedChild<QLineEdit>(&window, "contentWarningText")->text(),
                 QStringLiteral("network"));
        QCOMPARE(list->count(), 0);
    }

    void redraftWaitsWhileTheComposerHoldsText()
    {
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        post(context, {{QStringLiteral("status"), QStringLiteral("Posted before")}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Half a thought"));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete, Qt::ShiftModifier);
        auto *status = namedChild<QLabel>(&window, "postedStatus");
        QTRY_VERIFY(status->isVisible());
        QVERIFY2(status->text().contains(QLatin1String("Post or clear")),
                 qPrintable(status->text()));
        QVERIFY(!confirmation(window));
        QCOMPARE(text->toPlainText(), QStringLiteral("Half a thought"));
        QCOMPARE(m_sandbox.statuses().size(), 1);
    }

    void failedDeleteKeepsTheRowAndSaysWhy_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("goneBefore");
        QTest::addColumn<QString>("said");
        const QJsonObject onDelete{{QStringLiteral("method"), QStringLiteral("DELETE")},
                                   {QStringLiteral("path"), QStringLiteral("/api/v1/statuses/*")}};
        QJsonObject busy = onDelete;
        busy.insert(QStringLiteral("kind"), QStringLiteral("status"));
        busy.insert(QStringLiteral("status"), 503);
        QJsonObject limited = onDelete;
        limited.insert(QStringLiteral("kind"), QStringLiteral("rate_limit"));
        limited.insert(QStringLiteral("resetInSeconds"), 120);
        QJsonObject dropped = onDelete;
        dropped.insert(QStringLiteral("kind"), QStringLiteral("drop"));
        // Qt sends an idempotent DELETE again once when the connection closes unanswered.
        dropped.insert(QStringLiteral("count"), 5);
        QJsonObject forbidden = busy;
        forbidden.insert(QStringLiteral("status"), 403);
        QTest::newRow("503") << busy << false << "not deleted";
        QTest::newRow("403") << forbidden << false << "not deleted";
        QTest::newRow("429") << limited << false << "not deleted";
        QTest::newRow("dropped connection") << dropped << false << "may have been deleted";
        QTest::newRow("404, deleted elsewhere") << QJsonObject() << true << "not deleted";
    }

    void failedDeleteKeepsTheRowAndSaysWhy()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, goneBefore);
        QFETCH(QString, said);
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        const QString id = post(context, {{QStringLiteral("status"), QStringLiteral("Stubborn")}});
        MainWindow window(&context);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 1, waitMs);
        if (!fault.isEmpty())
            m_sandbox.addFault(fault);
        if (goneBefore)
            finish(clientOf(context)->deleteResource(QStringLiteral("/api/v1/statuses/") + id));
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Delete);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = confirmation(window)));
        QTest::mouseClick(namedChild<QPushButton>(box, "confirmDelete"), Qt::LeftButton);
        auto *status = namedChild<QLabel>(&window, "postedStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(said), 40000);
        QCOMPARE(list->count(), 1);
        QVERIFY(rows(list).first().contains(QLatin1String("Stubborn")));
        if (!goneBefore && fault.value(QLatin1String("kind")).toString() != QLatin1String("drop"))
            QCOMPARE(m_sandbox.statuses().size(), 1);
        QVERIFY(namedChild<QPushButton>(&window, "postedDelete")->isEnabled());
    }

    // For the README: POSTHORN_SCREENSHOTS=DIR; without it there is nothing to check.
    void screenshotOfPostedIsSaved()
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            QSKIP("POSTHORN_SCREENSHOTS is not set");
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        post(context, {{QStringLiteral("status"),
                        QStringLiteral("Thanks for the warm welcome, everyone! We read every "
                                       "reply.")},
                       {QStringLiteral("visibility"), QStringLiteral("private")}});
        post(context, {{QStringLiteral("status"),
                        QStringLiteral("New on the blog: how we moved our newsletter to the "
                                       "fediverse, and what we learned.\n\nhttps://example.org/"
                                       "blog/newsletter")},
                       {QStringLiteral("visibility"), QStringLiteral("public")}});
        const QString mediaId = uploadPicture(context, QStringLiteral("The reading room"));
        post(context, {{QStringLiteral("status"),
                        QStringLiteral("Coffee tasting at 10 in the library. Bring a cup!")},
                       {QStringLiteral("spoiler_text"), QStringLiteral("food and drink")},
                       {QStringLiteral("media_ids"), QJsonArray{mediaId}}});
        MainWindow window(&context);
        window.resize(1100, 680);
        QVERIFY(showActive(window));
        QListWidget *list = openPosted(window);
        QVERIFY(list);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 3, waitMs);
        list->setCurrentRow(0);
        QDir().mkpath(directory);
        QVERIFY(window.grab().save(directory + QStringLiteral("/posted.png")));
    }
};

QTEST_MAIN(TestPosted)
#include "tst_posted.moc"
