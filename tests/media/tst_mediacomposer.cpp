// Describing pictures in the composer as a user does it, posting to the sandbox over
// HTTP: Text from image, the description a JPEG carries, the focal point set by a
// click and by keys, the larger preview, and the question before posting a picture
// with no description.
#include "appcontext.h"
#include "mainwindow.h"
#include "media/focuspreview.h"
#include "media/mediaattachmentwidget.h"
#include "namedchild.h"
#include "sandboxprocess.h"
#include "settings/apppreferences.h"
#include "settings/preferencesdialog.h"
#include "signedinaccount.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

const QString sentence = QStringLiteral("Ferry to the island leaves at ten past nine.");

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min(
                {row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

} // namespace

class TestMediaComposer : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QTemporaryDir m_files;

    static bool showActive(QWidget &window)
    {
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }

    static void grabIfAsked(QWidget *widget, const QString &name)
    {
        const QString directory = qEnvironmentVariable("POSTHORN_SCREENSHOTS");
        if (directory.isEmpty())
            return;
        QDir().mkpath(directory);
        QVERIFY(widget->grab().save(directory + QLatin1Char('/') + name));
    }

    static void paste(QPlainTextEdit *text, const QString &path)
    {
        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(path)});
        QGuiApplication::clipboard()->setMimeData(mime);
        text->setFocus();
        QTest::keyClick(text, Qt::Key_V, Qt::ControlModifier);
    }

    // A notice on a wall, photographed straight on: a printed sentence.
    QString notice()
    {
        QImage image(1100, 360, QImage::Format_RGB32);
        image.fill(QColor(0xf4, 0xf1, 0xe8));
        QPainter painter(&image);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(34);
        painter.setFont(font);
        painter.setPen(QColor(0x1d, 0x1d, 0x1d));
        painter.drawText(image.rect().adjusted(40, 0, -40, 0), Qt::AlignCenter, sentence);
        painter.end();
        const QString path = m_files.filePath(QStringLiteral("ferry notice.png"));
        return image.save(path) ? path : QString();
    }

    // Sky, sea and a sun off to one side: a picture whose focal point is not the middle.
    QString photo(const QString &name)
    {
        QImage image(640, 400, QImage::Format_RGB32);
        QPainter painter(&image);
        QLinearGradient sky(0, 0, 0, 260);
        sky.setColorAt(0, QColor(0x3d, 0x7e, 0xc4));
        sky.setColorAt(1, QColor(0xf6, 0xc3, 0x7a));
        painter.fillRect(image.rect(), sky);
        painter.fillRect(QRect(0, 260, 640, 140), QColor(0x2e, 0x6f, 0x95));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xff, 0xe0, 0x8a));
        painter.drawEllipse(QPoint(190, 200), 48, 48);
        painter.end();
        const QString path = m_files.filePath(name);
        return image.save(path, "JPEG") ? path : QString();
    }

    // The one status the sandbox has, and its one attachment.
    QJsonObject postedMedia()
    {
        const QJsonArray media = m_sandbox.statuses()
                                     .first()
                                     .toObject()
                                     .value(QLatin1String("media_attachments"))
                                     .toArray();
        return media.size() == 1 ? media.first().toObject() : QJsonObject();
    }

    // Answers the question about posting without a description with `button` when it
    // comes; returns how often it came.
    static QTimer *answerQuestion(QObject *parent, QMessageBox::ButtonRole role, int *asked)
    {
        auto *timer = new QTimer(parent);
        timer->setInterval(20);
        QObject::connect(timer, &QTimer::timeout, parent, [role, asked] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->objectName() != QLatin1String("undescribedMediaQuestion"))
                return;
            ++*asked;
            for (QAbstractButton *button : box->buttons()) {
                if (box->buttonRole(button) == role) {
                    button->click();
                    return;
                }
            }
        });
        timer->start();
        return timer;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output()));
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        m_sandbox.reset();
        QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
        AppPreferences::setRequireDescriptions(true);
    }

    void textFromImageBecomesTheDescriptionThatArrives()
    {
        const QString picture = notice();
        QVERIFY(!picture.isEmpty());
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        window.resize(1100, 760);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Timetable for tomorrow"));
        paste(text, picture);
        auto *attachment = namedChild<MediaAttachmentWidget>(&window, "mediaAttachment");
        auto *description = namedChild<QPlainTextEdit>(attachment, "mediaDescription");
        // Offered, never forced: nothing is read until asked.
        QVERIFY(description->toPlainText().isEmpty());
        auto *read = namedChild<QPushButton>(attachment, "mediaTextFromImage");
        QVERIFY(read->isVisible());
        QTest::mouseClick(read, Qt::LeftButton);
        QVERIFY(namedChild<QPushButton>(attachment, "mediaTextCancel")->isVisible());
        QVERIFY(namedChild<QProgressBar>(attachment, "mediaTextProgress")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!description->toPlainText().isEmpty(), 60000);
        QVERIFY2(editDistance(description->toPlainText(), sentence) <= 2,
                 qPrintable(description->toPlainText()));
        QVERIFY(!namedChild<QPushButton>(attachment, "mediaTextCancel")->isVisible());
        QVERIFY(namedChild<QLabel>(attachment, "mediaDescriptionNote")->isVisible());
        grabIfAsked(&window, QStringLiteral("composer-text-from-image.png"));

        // Editable before posting: the user adds what the picture is.
        description->moveCursor(QTextCursor::Start);
        QTest::keyClicks(description, QStringLiteral("A notice: "));
        const QString written = description->toPlainText();
        auto *post = namedChild<QPushButton>(&window, "postButton");
        QTRY_VERIFY_WITH_TIMEOUT(post->isEnabled(), 10000);
        int asked = 0;
        answerQuestion(&window, QMessageBox::RejectRole, &asked);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QCOMPARE(asked, 0);
        QCOMPARE(postedMedia().value(QLatin1String("description")).toString(), written);
    }

    void descriptionInTheJpegIsOfferedAndSent()
    {
        const QString picture = photo(QStringLiteral("herons.jpg"));
        QVERIFY(!picture.isEmpty());
        {
            Exiv2::Image::AutoPtr image =
                Exiv2::ImageFactory::open(QFile::encodeName(picture).toStdString());
            image->readMetadata();
            image->exifData()["Exif.Image.ImageDescription"] = "Two herons on the dyke at dawn";
            image->writeMetadata();
        }
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Early walk"));
        paste(text, picture);
        auto *attachment = namedChild<MediaAttachmentWidget>(&window, "mediaAttachment");
        QCOMPARE(namedChild<QPlainTextEdit>(attachment, "mediaDescription")->toPlainText(),
                 QStringLiteral("Two herons on the dyke at dawn"));
        QVERIFY(namedChild<QLabel>(attachment, "mediaDescriptionNote")->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(&window, "postButton")->isEnabled(),
                                 10000);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QCOMPARE(postedMedia().value(QLatin1String("description")).toString(),
                 QStringLiteral("Two herons on the dyke at dawn"));
    }

    void focalPointSetByClickIsSent()
    {
        const QString picture = photo(QStringLiteral("harbour.jpg"));
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("The harbour"));
        paste(text, picture);
        auto *attachment = namedChild<MediaAttachmentWidget>(&window, "mediaAttachment");
        auto *thumbnail = namedChild<FocusPreview>(attachment, "mediaThumbnail");
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(&window, "postButton")->isEnabled(),
                                 10000);
        // Three quarters across, a quarter down: right of the middle and above it.
        const QRectF shown = thumbnail->pictureRect();
        QTest::mouseClick(
            thumbnail, Qt::LeftButton, {},
            (shown.topLeft() + QPointF(shown.width() * 0.75, shown.height() * 0.25)).toPoint());
        const MediaFocus chosen = attachment->focusPoint();
        QVERIFY(qAbs(chosen.x() - 0.5) <= 0.05);
        QVERIFY(qAbs(chosen.y() - 0.5) <= 0.05);
        QTest::keyClicks(namedChild<QPlainTextEdit>(attachment, "mediaDescription"),
                         QStringLiteral("Boats in the harbour"));
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        const QJsonObject focus = postedMedia()
                                      .value(QLatin1String("meta"))
                                      .toObject()
                                      .value(QLatin1String("focus"))
                                      .toObject();
        QCOMPARE(focus.value(QLatin1String("x")).toDouble(), chosen.x());
        QCOMPARE(focus.value(QLatin1String("y")).toDouble(), chosen.y());
    }

    void largerPreviewAndFocusByKeyboard()
    {
        const QString picture = photo(QStringLiteral("dunes.jpg"));
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        paste(text, picture);
        auto *attachment = namedChild<MediaAttachmentWidget>(&window, "mediaAttachment");
        auto *thumbnail = namedChild<FocusPreview>(attachment, "mediaThumbnail");
        // Reached with Tab from the text, like every control.
        text->setFocus();
        for (int i = 0; i < 40 && QApplication::focusWidget() != thumbnail; ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), thumbnail);
        QSignalSpy moved(attachment, &MediaAttachmentWidget::focusChanged);
        // Onto the sun, left of the middle.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(thumbnail, Qt::Key_Left);
        QCOMPARE(attachment->focusPoint().toString(), QStringLiteral("-0.40,0.00"));
        QCOMPARE(moved.size(), 4);

        QTest::keyClick(thumbnail, Qt::Key_Space);
        QWidget *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QWidget *>(QStringLiteral("mediaPreviewDialog"))) &&
                    dialog->isVisible());
        auto *large = namedChild<FocusPreview>(dialog, "mediaLargePreview");
        QVERIFY(large->pictureRect().width() > 2 * thumbnail->pictureRect().width());
        QTRY_COMPARE(QApplication::focusWidget(), large);
        QTest::keyClick(large, Qt::Key_Up);
        QCOMPARE(attachment->focusPoint().toString(), QStringLiteral("-0.40,0.10"));
        grabIfAsked(dialog, QStringLiteral("media-focal-point.png"));
        QTest::keyClick(large, Qt::Key_Escape);
        QTRY_VERIFY(!window.findChild<QWidget *>(QStringLiteral("mediaPreviewDialog")));
        // Back where the keyboard was, once the window is active again.
        QTRY_COMPARE(QApplication::focusWidget(), thumbnail);
        // A double-click opens it too.
        QTest::mouseDClick(thumbnail, Qt::LeftButton, {},
                           thumbnail->pictureRect().center().toPoint());
        QTRY_VERIFY(window.findChild<QWidget *>(QStringLiteral("mediaPreviewDialog")));
    }

    void undescribedPictureAsksAndCancelSendsNothing()
    {
        const QString picture = photo(QStringLiteral("undescribed.jpg"));
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("No words for this one"));
        paste(text, picture);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(&window, "postButton")->isEnabled(),
                                 10000);

        int asked = 0;
        QTimer *answer = answerQuestion(&window, QMessageBox::RejectRole, &asked);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        delete answer;
        // Checking that nothing happens: a post that went on would reach the sandbox
        // well within this time.
        QTest::qWait(500);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 0);
        QCOMPARE(m_sandbox.statuses().size(), 0);
        QCOMPARE(text->toPlainText(), QStringLiteral("No words for this one"));
        QVERIFY(window.findChild<QWidget *>(QStringLiteral("mediaAttachment")));

        // Asked again on the next Post, and "Post Anyway" posts, once.
        asked = 0;
        answerQuestion(&window, QMessageBox::AcceptRole, &asked);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(asked, 1);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QCOMPARE(m_sandbox.requestsTo(QStringLiteral("/api/v1/statuses"), "POST").size(), 1);
    }

    void preferenceOffPostsWithoutAsking()
    {
        {
            // On unless turned off, in Preferences.
            PreferencesDialog preferences(false);
            auto *require = namedChild<QCheckBox>(&preferences, "requireDescriptions");
            QVERIFY(require->isChecked());
            require->click();
            QVERIFY(!AppPreferences::requireDescriptions());
        }
        const QString picture = photo(QStringLiteral("quiet.jpg"));
        AppContext context;
        QVERIFY(SignedInAccount::addAndConnect(context, m_sandbox));
        MainWindow window(&context);
        QVERIFY(showActive(window));
        auto *text = namedChild<QPlainTextEdit>(&window, "composerText");
        QTest::keyClicks(text, QStringLiteral("Straight out"));
        paste(text, picture);
        QTRY_VERIFY_WITH_TIMEOUT(namedChild<QPushButton>(&window, "postButton")->isEnabled(),
                                 10000);
        int asked = 0;
        answerQuestion(&window, QMessageBox::RejectRole, &asked);
        QTest::keyClick(text, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(m_sandbox.statuses().size(), 1, 10000);
        QCOMPARE(asked, 0);
    }

    void cleanupTestCase() { AppPreferences::setRequireDescriptions(true); }
};

#pragma GCC diagnostic pop

QTEST_MAIN(TestMediaComposer)
#include "tst_mediacomposer.moc"
