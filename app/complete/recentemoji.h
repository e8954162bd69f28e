#pragma once

#include <QStringList>

// The emoji the user picked last, most recent first, kept in the application's settings
// so that the picker offers them first, after a restart too. Each is kept as the text
// it inserts: the character sequence, or ":shortcode:" for a custom emoji.
class RecentEmoji final
{
public:
    RecentEmoji() = delete;

    static constexpr int capacity = 24;

    [[nodiscard]] static QStringList load();
    // Moves `emoji` to the front, dropping the oldest beyond capacity.
    static void remember(const QString &emoji);
};
