// The sandbox's routes for completion (hashtag search, followed tags, custom emoji and
// their pictures) answer as Mastodon does, so the completion tests built on them mean
// something.
#include "api/apiclient.h"
#include "api/apireply.h"
#include "api/apiresult.h"
#include "sandboxprocess.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtTest>
#include <QUrlQuery>

#include <memory>

class TestWritingAidRoutes : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QNetworkAccessManager m_network;

    ApiResult get(const QString &path, const QUrlQuery &query = {}, bool signedIn = true)
    {
        ApiClient client(&m_network, m_sandbox.baseUrl());
        if (signedIn)
            client.setAccessToken(m_sandbox.mintToken());
        ApiResult answer;
        bool done = false;
        ApiReply *reply = client.get(path, query);
        connect(reply, &ApiReply::finished, this, [&](const ApiResult &result) {
            answer = result;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 10000))
            qWarning("no answer from %s", qPrintable(path));
        return answer;
    }

    static QUrlQuery search(const QString &q, const QString &type)
    {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("q"), q);
        query.addQueryItem(QStringLiteral("type"), type);
        return query;
    }

private slots:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.output())); }

    void hashtagSearchMatchesTheStartOfTheNameWithAWeekOfUse()
    {
        const ApiResult result = get(QStringLiteral("/api/v2/search"),
                                     search(QStringLiteral("#POSTH"), QStringLiteral("hashtags")));
        QVERIFY2(result.ok(), qPrintable(result.error.message));
        const QJsonArray tags = result.json.object().value(QLatin1String("hashtags")).toArray();
        QCOMPARE(tags.size(), 1);
        const QJsonObject tag = tags.first().toObject();
        QCOMPARE(tag.value(QLatin1String("name")).toString(), QStringLiteral("posthorn"));
        // A Tag as REST::TagSerializer writes it, its id first (the API description
        // requires it).
        QVERIFY(!tag.value(QLatin1String("id")).toString().isEmpty());
        const QJsonArray history = tag.value(QLatin1String("history")).toArray();
        QCOMPARE(history.size(), 7);
        // Counts are strings, newest day first, as Mastodon sends them.
        const QJsonObject today = history.first().toObject();
        QVERIFY(today.value(QLatin1String("accounts")).isString());
        QVERIFY(today.value(QLatin1String("uses")).isString());
        QVERIFY(today.value(QLatin1String("day")).toString().toLongLong() >
                history.last().toObject().value(QLatin1String("day")).toString().toLongLong());
        QVERIFY(result.json.object().value(QLatin1String("accounts")).toArray().isEmpty());
    }

    void accountSearchIsStillAnsweredBesideTheHashtags()
    {
        const ApiResult result = get(QStringLiteral("/api/v2/search"),
                                     search(QStringLiteral("alice"), QStringLiteral("accounts")));
        QVERIFY(result.ok());
        QVERIFY(!result.json.object().value(QLatin1String("accounts")).toArray().isEmpty());
    }

    void followedTagsNeedASignInAndAreMarkedFollowed()
    {
        QCOMPARE(get(QStringLiteral("/api/v1/followed_tags"), {}, false).httpStatus, 401);
        const ApiResult result = get(QStringLiteral("/api/v1/followed_tags"));
        QVERIFY(result.ok());
        QStringList names;
        for (const QJsonValue &tag : result.json.array()) {
            names.append(tag.toObject().value(QLatin1String("name")).toString());
            QVERIFY(tag.toObject().value(QLatin1String("following")).toBool());
        }
        QCOMPARE(names, (QStringList{QStringLiteral("mastodev"), QStringLiteral("caturday")}));
    }

    void customEmojiArePublicAndTheirPicturesAreServed()
    {
        const ApiResult result = get(QStringLiteral("/api/v1/custom_emojis"), {}, false);
        QVERIFY(result.ok());
        QJsonObject blobcat;
        for (const QJsonValue &emoji : result.json.array()) {
            if (emoji.toObject().value(QLatin1String("shortcode")) == QLatin1String("blobcat"))
                blobcat = emoji.toObject();
        }
        QVERIFY(!blobcat.isEmpty());
        QVERIFY(blobcat.value(QLatin1String("visible_in_picker")).toBool());

        std::unique_ptr<QNetworkReply> picture(m_network.get(
            QNetworkRequest(QUrl(blobcat.value(QLatin1String("static_url")).toString()))));
        QTRY_VERIFY_WITH_TIMEOUT(picture->isFinished(), 10000);
        QCOMPARE(picture->error(), QNetworkReply::NoError);
        QVERIFY(!QImage::fromData(picture->readAll()).isNull());

        std::unique_ptr<QNetworkReply> missing(m_network.get(QNetworkRequest(
            m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/custom_emojis/nope.png"))))));
        QTRY_VERIFY_WITH_TIMEOUT(missing->isFinished(), 10000);
        QCOMPARE(missing->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
    }
};

QTEST_MAIN(TestWritingAidRoutes)
#include "tst_writingaidroutes.moc"
