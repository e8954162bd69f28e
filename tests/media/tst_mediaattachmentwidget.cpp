// MediaAttachmentWidget as the composer uses it: states fed by the setters, alt text
// typed with QTest, controls found by objectName and reached by keyboard.
#include "api/imagefetcher.h"
#include "media/focuspreview.h"
#include "media/mediaattachmentwidget.h"
#include "namedchild.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLinearGradient>
#include <QNetworkAccessManager>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

class TestMediaAttachmentWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void showsThumbnailAndName();
    void nonImageGetsAnIcon();
    void serverPreviewThatCannotBeHadLeavesTheGenericIcon_data();
    void serverPreviewThatCannotBeHadLeavesTheGenericIcon();
    void missingAltTextReminder();
    void remainingCountFollowsTheLimit();
    void restoredDescriptionIsNotAnEdit();
    void eachUploadStateShowsItsProgressAndText();
    void failedOffersRetry();
    void keyboardReachesEveryControl();
    void screenshotOfThreeStatesIsSaved();

private:
    static bool showActive(QWidget &widget)
    {
        widget.show();
        widget.activateWindow();
        return QTest::qWaitForWindowActive(&widget);
    }

    QTemporaryDir m_dir;
    QString m_photo;
    QString m_clip;
};

void TestMediaAttachmentWidget::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A landscape photo stand-in, large enough that the thumbnail must be scaled down.
    QImage image(1600, 1200, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 1200);
    sky.setColorAt(0, QColor(0x3d, 0x7e, 0xc4));
    sky.setColorAt(0.6, QColor(0xf6, 0xc3, 0x7a));
    sky.setColorAt(1, QColor(0x2f, 0x5d, 0x34));
    painter.fillRect(image.rect(), sky);
    painter.setBrush(QColor(0xff, 0xe0, 0x8a));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QPoint(1100, 700), 160, 160);
    painter.fillRect(QRect(0, 900, 1600, 300), QColor(0x2f, 0x5d, 0x34));
    painter.end();
    m_photo = m_dir.filePath(QStringLiteral("sunset over the allotments.png"));
    QVERIFY(image.save(m_photo));

    m_clip = m_dir.filePath(QStringLiteral("clip.webm"));
    QFile clip(m_clip);
    QVERIFY(clip.open(QIODevice::WriteOnly));
    clip.write(QByteArrayLiteral("\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm"));
}

void TestMediaAttachmentWidget::showsThumbnailAndName()
{
    MediaAttachmentWidget widget(m_photo);
    QCOMPARE(widget.filePath(), m_photo);
    const QPixmap thumbnail = namedChild<QLabel>(&widget, "mediaThumbnail")->pixmap();
    QVERIFY(!thumbnail.isNull());
    // Scaled to fit the square, keeping the 4:3 shape.
    const QSize shown = thumbnail.deviceIndependentSize().toSize();
    QCOMPARE(shown.width(), MediaAttachmentWidget::thumbnailSize);
    QCOMPARE(shown.height(), MediaAttachmentWidget::thumbnailSize * 3 / 4);
    QVERIFY(
        namedChild<QLabel>(&widget, "mediaFileName")->text().startsWith(QLatin1String("sunset")));
    QCOMPARE(namedChild<QLabel>(&widget, "mediaFileName")->toolTip(), m_photo);
}

void TestMediaAttachmentWidget::nonImageGetsAnIcon()
{
    MediaAttachmentWidget widget(m_clip);
    QVERIFY(!namedChild<QLabel>(&widget, "mediaThumbnail")->pixmap().isNull());
}

void TestMediaAttachmentWidget::serverPreviewThatCannotBeHadLeavesTheGenericIcon_data()
{
    QTest::addColumn<QUrl>("url");
    // Refused before any request: plain http off loopback.
    QTest::newRow("http off loopback") << QUrl(QStringLiteral("http://example.com/small/1.png"));
    // A loopback port nobody listens on (taken and given back): the connection is refused.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const quint16 port = server.serverPort();
    server.close();
    QTest::newRow("nothing listening")
        << QUrl(QStringLiteral("http://127.0.0.1:%1/small/1.png").arg(port));
}

void TestMediaAttachmentWidget::serverPreviewThatCannotBeHadLeavesTheGenericIcon()
{
    QFETCH(QUrl, url);
    // Media that came back from the server by id: no local file.
    MediaAttachmentWidget plain{QString()};
    const QImage genericIcon = namedChild<QLabel>(&plain, "mediaThumbnail")->pixmap().toImage();

    QNetworkAccessManager network;
    MediaAttachmentWidget widget{QString()};
    auto *fetcher = new ImageFetcher(&network);
    QSignalSpy fetched(fetcher, &ImageFetcher::fetched);
    widget.showServerPreview(url, fetcher);
    auto *thumbnail = namedChild<FocusPreview>(&widget, "mediaThumbnail");
    // A placeholder while the preview is on its way, and no focal point to set on it.
    QVERIFY(thumbnail->pixmap().toImage() != genericIcon);
    QVERIFY(!thumbnail->isFocusEditable());
    QVERIFY(fetched.wait(10000));
    QCOMPARE(fetched.first().at(1).toByteArray(), QByteArray());
    QTRY_COMPARE(thumbnail->pixmap().toImage(), genericIcon);
    QVERIFY(!thumbnail->isFocusEditable());
}

void TestMediaAttachmentWidget::missingAltTextReminder()
{
    MediaAttachmentWidget widget(m_photo);
    QVERIFY(showActive(widget));
    auto *reminder = namedChild<QLabel>(&widget, "mediaDescriptionReminder");
    auto *description = namedChild<QPlainTextEdit>(&widget, "mediaDescription");
    QVERIFY(widget.isDescriptionMissing());
    QVERIFY(reminder->isVisible());

    QSignalSpy changed(&widget, &MediaAttachmentWidget::descriptionChanged);
    description->setFocus();
    QTest::keyClicks(description, QStringLiteral("Sunset"));
    QVERIFY(!reminder->isVisible());
    QVERIFY(!widget.isDescriptionMissing());
    QCOMPARE(changed.count(), 6);
    QCOMPARE(changed.last().first().toString(), QStringLiteral("Sunset"));
    QCOMPARE(widget.description(), QStringLiteral("Sunset"));

    // Only spaces is still no description.
    description->selectAll();
    QTest::keyClicks(description, QStringLiteral("   "));
    QVERIFY(reminder->isVisible());
    QVERIFY(widget.isDescriptionMissing());
}

void TestMediaAttachmentWidget::remainingCountFollowsTheLimit()
{
    MediaAttachmentWidget widget(m_photo);
    QVERIFY(showActive(widget));
    auto *count = namedChild<QLabel>(&widget, "mediaDescriptionCount");
    const QLocale locale;
    QCOMPARE(widget.descriptionLimit(), 1500);
    QCOMPARE(count->text(), QStringLiteral("%1 left").arg(locale.toString(1500)));

    auto *description = namedChild<QPlainTextEdit>(&widget, "mediaDescription");
    description->setFocus();
    // An emoji is one character to the server. QTest types ASCII only; the emoji
    // comes as a paste would.
    QTest::keyClicks(description, QStringLiteral("Cat "));
    description->insertPlainText(QString::fromUtf8("\xf0\x9f\x90\x88"));
    QCOMPARE(count->text(), QStringLiteral("%1 left").arg(locale.toString(1495)));

    widget.setDescriptionLimit(3);
    QVERIFY(widget.isDescriptionTooLong());
    QCOMPARE(count->text(), QStringLiteral("2 too many"));
    widget.setDescriptionLimit(5);
    QVERIFY(!widget.isDescriptionTooLong());
    QCOMPARE(count->text(), QStringLiteral("0 left"));
}

void TestMediaAttachmentWidget::restoredDescriptionIsNotAnEdit()
{
    MediaAttachmentWidget widget(m_photo);
    QSignalSpy changed(&widget, &MediaAttachmentWidget::descriptionChanged);
    widget.setDescription(QStringLiteral("From the draft"));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(widget.description(), QStringLiteral("From the draft"));
    QVERIFY(!widget.isDescriptionMissing());
    QVERIFY(namedChild<QLabel>(&widget, "mediaDescriptionReminder")->isHidden());
}

void TestMediaAttachmentWidget::eachUploadStateShowsItsProgressAndText()
{
    MediaAttachmentWidget widget(m_photo);
    QVERIFY(showActive(widget));
    auto *progress = namedChild<QProgressBar>(&widget, "mediaUploadProgress");
    auto *state = namedChild<QLabel>(&widget, "mediaState");
    auto *retry = namedChild<QPushButton>(&widget, "mediaRetry");
    QCOMPARE(widget.state(), MediaAttachmentWidget::State::Uploading);
    QVERIFY(progress->isVisible());
    QVERIFY(!retry->isVisible());

    widget.setProgress(512 * 1024, 2 * 1024 * 1024);
    QCOMPARE(progress->value() * 4, progress->maximum());
    QVERIFY2(state->text().startsWith(QLatin1String("Uploading")), qPrintable(state->text()));
    widget.setProgress(2 * 1024 * 1024, 2 * 1024 * 1024);
    QCOMPARE(progress->value(), progress->maximum());

    widget.setProcessing();
    QCOMPARE(widget.state(), MediaAttachmentWidget::State::Processing);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 0); // busy: the server gives no percentage
    QVERIFY(state->text().contains(QLatin1String("Processing")));

    widget.setReady();
    QCOMPARE(widget.state(), MediaAttachmentWidget::State::Ready);
    QVERIFY(!progress->isVisible());
    QCOMPARE(state->text(), QStringLiteral("Ready"));
    QVERIFY(!retry->isVisible());
}

void TestMediaAttachmentWidget::failedOffersRetry()
{
    MediaAttachmentWidget widget(m_photo);
    QVERIFY(showActive(widget));
    QSignalSpy retried(&widget, &MediaAttachmentWidget::retryRequested);
    QSignalSpy removed(&widget, &MediaAttachmentWidget::removeRequested);
    widget.setFailed(QStringLiteral("The server could not process this file."));
    QCOMPARE(widget.state(), MediaAttachmentWidget::State::Failed);
    auto *retry = namedChild<QPushButton>(&widget, "mediaRetry");
    QVERIFY(retry->isVisible());
    QVERIFY(!namedChild<QProgressBar>(&widget, "mediaUploadProgress")->isVisible());
    QCOMPARE(namedChild<QLabel>(&widget, "mediaState")->text(),
             QStringLiteral("The upload failed: The server could not process this file."));

    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(retried.count(), 1);
    // The composer restarts the upload: progress again, Retry gone.
    widget.setProgress(0, 100);
    QVERIFY(!retry->isVisible());

    QTest::mouseClick(namedChild<QPushButton>(&widget, "mediaRemove"), Qt::LeftButton);
    QCOMPARE(removed.count(), 1);
}

void TestMediaAttachmentWidget::keyboardReachesEveryControl()
{
    MediaAttachmentWidget widget(m_photo);
    widget.setFailed(QStringLiteral("Network down"));
    QVERIFY(showActive(widget));
    auto *description = namedChild<QPlainTextEdit>(&widget, "mediaDescription");
    auto *retry = namedChild<QPushButton>(&widget, "mediaRetry");
    auto *remove = namedChild<QPushButton>(&widget, "mediaRemove");
    description->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), description);
    // Tab leaves the text field instead of typing a tab.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), retry);
    QCOMPARE(widget.description(), QString());
    QSignalSpy retried(&widget, &MediaAttachmentWidget::retryRequested);
    QTest::keyClick(retry, Qt::Key_Space);
    QCOMPARE(retried.count(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), remove);
    QSignalSpy removed(&widget, &MediaAttachmentWidget::removeRequested);
    QTest::keyClick(remove, Qt::Key_Space);
    QCOMPARE(removed.count(), 1);

    // Every control has a name for screen readers.
    const QList<QWidget *> controls{description, retry, remove};
    for (QWidget *control : controls)
        QVERIFY2(!control->accessibleName().isEmpty(), qPrintable(control->objectName()));
}

void TestMediaAttachmentWidget::screenshotOfThreeStatesIsSaved()
{
    QWidget page;
    page.setWindowTitle(QStringLiteral("Attachments"));
    auto *layout = new QVBoxLayout(&page);
    auto *uploading = new MediaAttachmentWidget(m_photo, &page);
    uploading->setProgress(1300 * 1024, 2100 * 1024);
    auto *ready = new MediaAttachmentWidget(m_photo, &page);
    ready->setDescription(QStringLiteral("The sun setting behind the allotment sheds, the sky "
                                         "orange over green beds."));
    ready->setReady();
    auto *failed = new MediaAttachmentWidget(m_clip, &page);
    failed->setFailed(QStringLiteral("The server could not process this file. Try again, or "
                                     "convert it to another format."));
    layout->addWidget(uploading);
    layout->addWidget(ready);
    layout->addWidget(failed);
    page.resize(560, page.sizeHint().height());
    QVERIFY(showActive(page));
    const QString path = QStringLiteral("/tmp/posthorn-media-attachment.png");
    QVERIFY(page.grab().save(path));
    qInfo().noquote() << "screenshot:" << path;
}

QTEST_MAIN(TestMediaAttachmentWidget)
#include "tst_mediaattachmentwidget.moc"
