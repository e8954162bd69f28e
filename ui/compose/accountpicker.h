#pragma once

#include <QStringList>
#include <QWidget>

class AccountStore;
class PlainLabel;
class QComboBox;
class QMenu;
class QPushButton;

// "Post as": the account a post goes out from, among those signed in; choosing one
// makes it the current account. "Also post as…" adds other accounts that get the same
// post (a cross-post), the current one staying the main one. Hidden while there is
// only one to choose.
class AccountPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPicker)

public:
    explicit AccountPicker(AccountStore *accounts, QWidget *parent = nullptr);

    void setEditable(bool editable);
    // The accounts picked beside the current one, in the order they are listed.
    [[nodiscard]] QStringList alsoPostAs() const;
    // Why this post goes out from the current account only (a reply, a quote, an
    // edit); empty when it may go to others too. The picks are kept for the next post.
    void setCrossPostBlocked(const QString &why);
    [[nodiscard]] bool isCrossPostBlocked() const { return !m_blockedBecause.isEmpty(); }
    // The other accounts have the post already (its text came back to be fixed for the
    // main one): sending it again would post it twice there.
    void clearAlsoPostAs();

signals:
    void alsoPostAsChanged();

private:
    void rebuild();
    void updateAlsoButton();

    AccountStore *m_accounts;
    QComboBox *m_postAs;
    QPushButton *m_also;
    QMenu *m_alsoMenu;
    PlainLabel *m_blocked;
    QStringList m_alsoKeys;
    QString m_blockedBecause;
    bool m_editable = true;
};
