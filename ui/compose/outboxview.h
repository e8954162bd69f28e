#pragma once

#include <QDateTime>
#include <QHash>
#include <QUrl>
#include <QWidget>

class Outbox;
class QLabel;
class QListWidget;
class QPushButton;

// The posts still in the outbox that no composer is showing: waiting to be retried,
// refused, or waiting for a sign-in. The user can send one again now or discard it.
// Hidden while the outbox holds nothing else.
class OutboxView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutboxView)

public:
    explicit OutboxView(Outbox *outbox, QWidget *parent = nullptr);

    // The entry a composer is showing itself; left out of this list.
    void setComposerEntry(const QString &entryId);

signals:
    // The user wants a post that was not accepted back in the composer.
    void editRequested(const QString &entryId);
    // A post this list showed is now on the server (`scheduledAt` valid when it was
    // scheduled); `summary` is its opening words as the list showed them.
    void entryPosted(const QString &summary, const QUrl &url, const QDateTime &scheduledAt);

private:
    void rebuild();
    void retrySelected();
    void discardSelected();
    void updateButtons();
    [[nodiscard]] QString selectedId() const;

    Outbox *m_outbox;
    QString m_composerEntry;
    // Entry id to the words shown for it, so a post that leaves the list can be named.
    QHash<QString, QString> m_summaries;
    QLabel *m_title;
    QListWidget *m_list;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
};
