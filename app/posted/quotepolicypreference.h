#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class ApiClient;
class ApiReply;
struct ApiResult;

// The account's default "who can quote" (Mastodon 4.5's posting:default:quote_policy in
// GET /api/v1/preferences), read when the user starts a quote: the choice the composer
// offers starts there, and at public where the server names none.
class QuotePolicyPreference final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuotePolicyPreference)

public:
    explicit QuotePolicyPreference(QObject *parent = nullptr);
    ~QuotePolicyPreference() override;

    // public, followers or nobody: the values quote_approval_policy takes.
    [[nodiscard]] static QStringList policies();

    // loaded() follows, with public when the preferences could not be read.
    void load(ApiClient *client);

signals:
    void loaded(const QString &policy);

private:
    void onFinished(const ApiResult &result);

    QPointer<ApiReply> m_reply;
};
