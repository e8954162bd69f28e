#include "authorizepage.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>

namespace {

constexpr int requestTimeoutMs = 15000;

struct Response
{
    int status = 0;
    QByteArray body;
    QByteArray location;
    QString error;
};

Response run(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(requestTimeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    if (!reply->isFinished()) {
        reply->abort();
        response.error = QStringLiteral("no answer from the authorization page");
    }
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    response.location = reply->rawHeader("Location");
    reply->deleteLater();
    return response;
}

QNetworkRequest request(const QUrl &url)
{
    QNetworkRequest request(url);
    // A browser shows the redirect to the app; it does not load it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    return request;
}

QString htmlUnescape(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    return text.replace(QLatin1String("&amp;"), QLatin1String("&"));
}

QUrl failWith(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return {};
}

} // namespace

QUrl AuthorizePage::decide(const QUrl &authorizeUrl, Decision decision, QString *error)
{
    QNetworkAccessManager nam;
    const Response page = run(nam.get(request(authorizeUrl)));
    if (!page.error.isEmpty() || page.status != 200)
        return failWith(error, QStringLiteral("authorization page answered HTTP %1: %2")
                                   .arg(page.status)
                                   .arg(QString::fromUtf8(page.body.left(400))));
    const QString html = QString::fromUtf8(page.body);

    static const QRegularExpression form(
        QStringLiteral("<form method=\"post\" action=\"([^\"]+)\">"));
    const QRegularExpressionMatch formMatch = form.match(html);
    if (!formMatch.hasMatch())
        return failWith(error, QStringLiteral("no form on the authorization page"));

    // What the page's form posts: its hidden fields plus the button pressed.
    static const QRegularExpression hidden(
        QStringLiteral("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">"));
    QByteArray body;
    auto it = hidden.globalMatch(html);
    while (it.hasNext()) {
        const QRegularExpressionMatch field = it.next();
        body += QUrl::toPercentEncoding(htmlUnescape(field.captured(1))) + '=' +
                QUrl::toPercentEncoding(htmlUnescape(field.captured(2))) + '&';
    }
    body += decision == Decision::Approve ? "decision=approve" : "decision=deny";

    QNetworkRequest post =
        request(authorizeUrl.resolved(QUrl(htmlUnescape(formMatch.captured(1)))));
    post.setHeader(QNetworkRequest::ContentTypeHeader,
                   QByteArrayLiteral("application/x-www-form-urlencoded"));
    const Response answer = run(nam.post(post, body));
    if (answer.status != 302 || answer.location.isEmpty())
        return failWith(error, QStringLiteral("the form was answered HTTP %1: %2")
                                   .arg(answer.status)
                                   .arg(QString::fromUtf8(answer.body.left(400))));
    return QUrl(QString::fromUtf8(answer.location), QUrl::StrictMode);
}
