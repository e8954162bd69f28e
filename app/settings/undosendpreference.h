#pragma once

#include <QList>

#include <chrono>

// Undo send: how long a post waits in the outbox after Post, so that it can still be
// taken back (off unless chosen in Preferences). Kept in the application's settings.
// Each post keeps the delay it was given (OutboxEntry::notBefore), so a change here
// only applies to the next one.
class UndoSendPreference final
{
public:
    UndoSendPreference() = delete;

    // The delays offered: off, 5, 10 and 30 seconds.
    [[nodiscard]] static QList<std::chrono::seconds> choices();
    // One of choices(); off for anything else found in the settings.
    [[nodiscard]] static std::chrono::seconds delay();
    static void setDelay(std::chrono::seconds delay);
};
