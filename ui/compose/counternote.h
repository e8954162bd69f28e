#pragma once

#include <QCoreApplication>
#include <QString>

// Why a post counts what it does, for the counter's tooltip: links count a fixed
// number of characters whatever their length, and a remote mention only its @user
// part. Empty when the text has neither.
class CounterNote final
{
    Q_DECLARE_TR_FUNCTIONS(CounterNote)

public:
    CounterNote() = delete;

    [[nodiscard]] static QString describe(const QString &text, qint64 charactersPerUrl);
};
