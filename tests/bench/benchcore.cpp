// Times the two pieces of work that grow with the user's input, for the benchmark's
// table (tests/bench/startup.sh): the character counter on a 5,000-character post,
// as on every keystroke, and filling the search model with 1,000 accounts from the
// JSON a server sends. Prints "counter_ms=… search_fill_ms=…" (medians).
#include "api/account.h"
#include "compose/charactercounter.h"
#include "search/accountsearchmodel.h"
#include "search/imageloader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int runs = 41;

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// A post as people write them: words, a link, a mention, emoji with modifiers.
QString longPost()
{
    const QString piece =
        QStringLiteral("Posting from the desktop 👩🏽‍💻 with @alice@example.social "
                       "about https://example.org/a/long/path?query=1 and more; ");
    QString text;
    while (text.size() < 5000)
        text += piece;
    text.truncate(5000);
    return text;
}

QByteArray thousandAccounts()
{
    QJsonArray accounts;
    QJsonObject emoji;
    emoji.insert(QStringLiteral("shortcode"), QStringLiteral("blobcat"));
    emoji.insert(QStringLiteral("url"), QStringLiteral("https://example.social/e/blobcat.png"));
    emoji.insert(QStringLiteral("static_url"),
                 QStringLiteral("https://example.social/e/blobcat.png"));
    for (int i = 0; i < 1000; ++i) {
        const QString name = QStringLiteral("user%1").arg(i);
        const QString avatar = QStringLiteral("https://example.social/a/%1.png").arg(i);
        QJsonObject account;
        account.insert(QStringLiteral("id"), QString::number(i + 1));
        account.insert(QStringLiteral("username"), name);
        account.insert(QStringLiteral("acct"), QString(name + QStringLiteral("@example.social")));
        account.insert(QStringLiteral("display_name"), QStringLiteral("User %1 :blobcat:").arg(i));
        account.insert(QStringLiteral("note"),
                       QStringLiteral("<p>Hello, I post about <a href=\"https://example.social/"
                                      "tags/qt\">#qt</a> and desktops.</p>"));
        account.insert(QStringLiteral("url"),
                       QString(QStringLiteral("https://example.social/@") + name));
        account.insert(QStringLiteral("avatar"), avatar);
        account.insert(QStringLiteral("avatar_static"), avatar);
        account.insert(QStringLiteral("followers_count"), i * 3);
        account.insert(QStringLiteral("following_count"), i);
        account.insert(QStringLiteral("statuses_count"), i * 10);
        account.insert(QStringLiteral("created_at"), QStringLiteral("2023-01-01T00:00:00.000Z"));
        account.insert(QStringLiteral("emojis"), QJsonArray({emoji}));
        accounts.append(account);
    }
    return QJsonDocument(accounts).toJson(QJsonDocument::Compact);
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);

    const QString post = longPost();
    std::vector<double> counter;
    int sink = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        sink += CharacterCounter::count(post, QString());
        counter.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    const QByteArray body = thousandAccounts();
    QNetworkAccessManager network;
    std::vector<double> fill;
    for (int i = 0; i < runs; ++i) {
        // With a network, as in the app: each row asks for its avatar.
        ImageLoader images;
        images.setNetwork(&network);
        AccountSearchModel model(&images);
        QElapsedTimer timer;
        timer.start();
        QList<Account> accounts;
        const QJsonArray array = QJsonDocument::fromJson(body).array();
        accounts.reserve(array.size());
        for (const QJsonValue &value : array) {
            if (std::optional<Account> account = Account::fromJson(value))
                accounts.append(std::move(*account));
        }
        model.setAccounts(accounts);
        fill.push_back(double(timer.nsecsElapsed()) / 1e6);
        sink += model.rowCount();
    }
    std::printf("counter_ms=%.3f search_fill_ms=%.1f checksum=%d\n", median(counter), median(fill),
                sink);
    return 0;
}
