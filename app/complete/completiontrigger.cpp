#include "completiontrigger.h"

#include <QRegularExpression>

namespace {

bool isNameChar(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
}

// A handle: letters, digits and `_` (dots and dashes inside for other servers), then
// optionally `@` and the domain as far as typed.
bool isHandleChar(QChar c)
{
    return isNameChar(c) || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('@');
}

// Mastodon's hashtags take letters and digits of any script, `_` and combining marks
// (not emoji, which would join a tag typed right before them).
bool isTagChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_');
}

// The server links a mention, tag or emoji only after a space, the start of the text or
// an opening bracket or quote; after a letter it is part of another word.
bool startsWord(const QString &text, qsizetype at)
{
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    return before.isSpace() || QStringLiteral("([{\"'\u201c\u2018\u00ab").contains(before);
}

qsizetype scanBack(const QString &text, qsizetype from, bool (*accepts)(QChar))
{
    qsizetype at = from;
    while (at > 0 && accepts(text.at(at - 1)))
        --at;
    return at;
}

qsizetype scanForward(const QString &text, qsizetype from, bool (*accepts)(QChar))
{
    qsizetype at = from;
    while (at < text.size() && accepts(text.at(at)))
        ++at;
    return at;
}

CompletionTrigger accountAt(const QString &text, qsizetype caret)
{
    const qsizetype first = scanBack(text, caret, isHandleChar);
    if (first >= caret || text.at(first) != QLatin1Char('@') || !startsWord(text, first))
        return {};
    const qsizetype end = scanForward(text, caret, isHandleChar);
    const QString query = text.mid(first + 1, end - first - 1);
    static const QRegularExpression handle(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*(?:@[A-Za-z0-9.-]*)?$"));
    if (!handle.match(query).hasMatch())
        return {};
    return {CompletionTrigger::Kind::Account, first, end, query};
}

CompletionTrigger hashtagOrEmojiAt(const QString &text, qsizetype caret)
{
    const qsizetype tagStart = scanBack(text, caret, isTagChar);
    if (tagStart == 0 || tagStart >= caret)
        return {};
    const qsizetype sign = tagStart - 1;
    if (!startsWord(text, sign))
        return {};
    if (text.at(sign) == QLatin1Char('#')) {
        const qsizetype end = scanForward(text, caret, isTagChar);
        const QString query = text.mid(tagStart, end - tagStart);
        // A tag of digits alone is not linked by the server (`#1` is a number).
        bool digitsOnly = true;
        for (const QChar c : query)
            digitsOnly = digitsOnly && c.isDigit();
        if (digitsOnly)
            return {};
        return {CompletionTrigger::Kind::Hashtag, sign, end, query};
    }
    if (text.at(sign) == QLatin1Char(':')) {
        // Shortcodes are ASCII: the word must be so from the colon to the caret.
        if (scanBack(text, caret, isNameChar) != tagStart)
            return {};
        const qsizetype end = scanForward(text, caret, isNameChar);
        const QString query = text.mid(tagStart, end - tagStart);
        if (query.size() < CompletionTrigger::minimumEmojiQuery)
            return {};
        return {CompletionTrigger::Kind::Emoji, sign, end, query};
    }
    return {};
}

} // namespace

CompletionTrigger CompletionTrigger::at(const QString &text, qsizetype caret)
{
    if (caret <= 0 || caret > text.size())
        return {};
    if (CompletionTrigger account = accountAt(text, caret); account.isActive())
        return account;
    return hashtagOrEmojiAt(text, caret);
}
