#include "accountpicker.h"

#include "settings/accountstore.h"
#include "text/plainlabel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QMenu>
#include <QPushButton>
#include <QSignalBlocker>

namespace {

QString labelFor(const AccountRecord &account)
{
    return account.displayName.isEmpty()
               ? account.handle()
               : AccountPicker::tr("%1 (%2)").arg(account.displayName, account.handle());
}

} // namespace

AccountPicker::AccountPicker(AccountStore *accounts, QWidget *parent)
    : QWidget(parent)
    , m_accounts(accounts)
    , m_postAs(new QComboBox(this))
    , m_also(new QPushButton(this))
    , m_alsoMenu(new QMenu(this))
    , m_blocked(new PlainLabel(QString(), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new PlainLabel(tr("Post &as"), this);
    m_postAs->setObjectName(QStringLiteral("postAsCombo"));
    m_postAs->setAccessibleName(tr("Account to post as"));
    label->setBuddy(m_postAs);
    connect(m_postAs, &QComboBox::activated, this, [this](int index) {
        m_accounts->setCurrentAccountKey(m_postAs->itemData(index).toString());
    });
    layout->addWidget(label);
    layout->addWidget(m_postAs, 1);

    // A menu of check boxes: reached with Tab, opened with Space or Alt+L, each account
    // toggled with the arrows and Return, and read out with its state.
    m_also->setObjectName(QStringLiteral("alsoPostAsButton"));
    m_also->setAccessibleName(tr("Also post as other accounts"));
    m_also->setMenu(m_alsoMenu);
    m_alsoMenu->setObjectName(QStringLiteral("alsoPostAsMenu"));
    m_blocked->setObjectName(QStringLiteral("crossPostBlocked"));
    m_blocked->setWordWrap(true);
    m_blocked->hide();
    layout->addWidget(m_also);
    layout->addWidget(m_blocked, 1);

    connect(m_accounts, &AccountStore::accountsChanged, this, &AccountPicker::rebuild);
    connect(m_accounts, &AccountStore::currentAccountChanged, this, &AccountPicker::rebuild);
    rebuild();
}

void AccountPicker::setEditable(bool editable)
{
    m_editable = editable;
    m_postAs->setEnabled(editable);
    updateAlsoButton();
}

QStringList AccountPicker::alsoPostAs() const
{
    return m_blockedBecause.isEmpty() ? m_alsoKeys : QStringList();
}

void AccountPicker::setCrossPostBlocked(const QString &why)
{
    if (why == m_blockedBecause)
        return;
    m_blockedBecause = why;
    updateAlsoButton();
    emit alsoPostAsChanged();
}

void AccountPicker::clearAlsoPostAs()
{
    if (m_alsoKeys.isEmpty())
        return;
    const QList<QAction *> actions = m_alsoMenu->actions();
    for (QAction *action : actions) {
        const QSignalBlocker quiet(action);
        action->setChecked(false);
    }
    m_alsoKeys.clear();
    updateAlsoButton();
    emit alsoPostAsChanged();
}

void AccountPicker::rebuild()
{
    const QList<AccountRecord> accounts = m_accounts->accounts();
    const QString current = m_accounts->currentAccountKey();
    m_postAs->clear();
    m_alsoMenu->clear();
    QStringList stillThere;
    for (const AccountRecord &account : accounts) {
        m_postAs->addItem(labelFor(account), account.key());
        // The main account posts anyway; the others may be added.
        if (account.key() == current)
            continue;
        QAction *action = m_alsoMenu->addAction(labelFor(account));
        action->setCheckable(true);
        action->setData(account.key());
        // The button names the picks by handle alone, short enough to stay readable.
        action->setIconText(account.handle());
        action->setChecked(m_alsoKeys.contains(account.key()));
        if (action->isChecked())
            stillThere.append(account.key());
        connect(action, &QAction::toggled, this, [this] {
            m_alsoKeys.clear();
            const QList<QAction *> actions = m_alsoMenu->actions();
            for (const QAction *each : actions) {
                if (each->isChecked())
                    m_alsoKeys.append(each->data().toString());
            }
            updateAlsoButton();
            emit alsoPostAsChanged();
        });
    }
    m_postAs->setCurrentIndex(std::max(0, m_postAs->findData(current)));
    const bool changed = stillThere != m_alsoKeys;
    m_alsoKeys = stillThere;
    updateAlsoButton();
    // With one account there is nothing to choose.
    setVisible(accounts.size() > 1);
    if (changed)
        emit alsoPostAsChanged();
}

void AccountPicker::updateAlsoButton()
{
    QStringList names;
    const QList<QAction *> actions = m_alsoMenu->actions();
    for (const QAction *action : actions) {
        if (action->isChecked())
            names.append(action->iconText());
    }
    m_also->setText(names.isEmpty() ? tr("A&lso post as…")
                                    : tr("A&lso as %1").arg(names.join(QStringLiteral(", "))));
    m_also->setEnabled(m_editable && m_blockedBecause.isEmpty() && !actions.isEmpty());
    m_also->setToolTip(m_blockedBecause.isEmpty()
                           ? tr("Post the same text from other accounts too; each server "
                                "gets it on its own.")
                           : m_blockedBecause);
    m_also->setAccessibleDescription(m_blockedBecause);
    // Said only when it matters: other accounts were picked and this post stays here.
    m_blocked->setText(m_blockedBecause);
    m_blocked->setVisible(!m_blockedBecause.isEmpty() && !names.isEmpty());
}
