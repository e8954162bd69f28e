#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class AccountStore;
class Outbox;
class PlainLabel;
class QVBoxLayout;

// Under the composer, after a cross-post: one line per further account saying how its
// copy is doing (posting, waiting to try again, published, refused with the server's
// words), as each server answers on its own. The main account's post is on the status
// line; refused copies stay in the outbox list, where they can be sent again.
class CrossPostResults final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CrossPostResults)

public:
    CrossPostResults(Outbox *outbox, AccountStore *accounts, QWidget *parent = nullptr);

    // Follows these entries (account key → entry id), forgetting the previous post's.
    void follow(const QHash<QString, QString> &entryIdsByAccount);
    // Undo send: the copies still within their delay are taken back, unsent.
    void undo();
    void clear();

private:
    void update(const QString &entryId);
    void show(const QString &entryId, const QString &text);
    [[nodiscard]] QString handleOf(const QString &entryId) const;

    QPointer<Outbox> m_outbox;
    AccountStore *m_accounts;
    QVBoxLayout *m_lines;
    // Entry id → account key, and entry id → its line.
    QHash<QString, QString> m_accountOf;
    QHash<QString, PlainLabel *> m_lineOf;
};
