#pragma once

#include "compose/draftlink.h"
#include "posted/linkedstatus.h"

#include <QUrl>
#include <QWidget>

#include <functional>
#include <optional>

class ApiClient;
class PlainLabel;
class QComboBox;
class QPushButton;
class QuotePolicyPreference;
class StatusLinkResolver;

// The post being replied to or quoted, shown above the composer's text: who wrote it,
// its start as plain text and how many media it has, with a button to remove it. Also
// the steps before: the offer after a post's link was pasted, the look-up on the user's
// server, why it failed, and, on a server that cannot quote, the choice to post the link
// instead. While a step waits for the user, problem() keeps the composer from posting.
class LinkedPostBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LinkedPostBar)

public:
    // The posting account's client (null while it is not ready) and its server's API
    // version (-1 while unknown).
    LinkedPostBar(std::function<ApiClient *()> client, std::function<qint64()> apiVersion,
                  QWidget *parent = nullptr);

    // A post's link was pasted: offer to reply to or quote it.
    void offer(const QUrl &url);
    // Looks the link up and shows the post once found.
    void start(DraftLink::Kind kind, const QUrl &url);
    // Shows a link from a saved draft (nothing is asked of the server).
    void setLink(const std::optional<DraftLink> &link);
    [[nodiscard]] std::optional<DraftLink> link() const { return m_link; }
    // The account or what is known of its server changed: a look-up waiting for them goes on.
    void accountChanged();
    void setEditable(bool editable);
    // Why the post cannot go out now; empty when nothing waits here.
    [[nodiscard]] QString problem() const;

signals:
    // The post to reply to was found: the text can start with its mentions.
    void replyFound(const LinkedStatus &status);
    // The link or the step changed (found, removed, its quote policy chosen, waiting for
    // the user or done).
    void linkChanged();
    // The user chose to post the link itself, on a server that cannot quote.
    void linkInsteadChosen(const QUrl &url);
    // The offer was taken: the pasted link goes out of the text.
    void offerTaken(const QUrl &url);

private:
    enum class Step { None, Offer, LookingUp, Failed, CannotQuote, Shown };

    void tryLookUp();
    void onResolved(const LinkedStatus &status);
    void decideQuote();
    void showLink();
    void remove();
    void show(Step step);

    std::function<ApiClient *()> m_client;
    std::function<qint64()> m_apiVersion;
    StatusLinkResolver *m_resolver;
    QuotePolicyPreference *m_policyPreference;

    PlainLabel *m_title;
    PlainLabel *m_text;
    PlainLabel *m_media;
    PlainLabel *m_policyLabel;
    QComboBox *m_policy;
    QPushButton *m_reply;
    QPushButton *m_quote;
    QPushButton *m_retry;
    QPushButton *m_linkInstead;
    QPushButton *m_remove;

    Step m_step = Step::None;
    DraftLink::Kind m_kind = DraftLink::Kind::Reply;
    QUrl m_url;
    std::optional<LinkedStatus> m_found;
    std::optional<DraftLink> m_link;
    QString m_failure;
};
