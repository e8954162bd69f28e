#pragma once

#include <QString>

class AccountStore;
class QMenu;

// The accounts as checkable menu entries, the current one ticked; choosing one makes
// it current. The main window's Accounts menu and the tray menu both list them.
class AccountActions final
{
public:
    AccountActions() = delete;

    // Appends one entry per account (named `objectName` when given) to `menu`.
    static void addTo(QMenu *menu, AccountStore *accounts, const QString &objectName = {});
    // Empties `menu`, with the action groups addTo() left behind, which clear() keeps.
    static void clear(QMenu *menu);
};
