#pragma once

#include <QWidget>

class AccountStore;
class QComboBox;

// "Post as": the account a post goes out from, among those signed in; choosing one
// makes it the current account. Hidden while there is only one to choose.
class AccountPicker final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountPicker)

public:
    explicit AccountPicker(AccountStore *accounts, QWidget *parent = nullptr);

    void setEditable(bool editable);

private:
    void rebuild();

    AccountStore *m_accounts;
    QComboBox *m_postAs;
};
