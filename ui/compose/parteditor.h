#pragma once

#include <QWidget>

class ComposerTextEdit;
class QLabel;
class QToolButton;

// One post of the composer's thread: its text, the characters it has left, a way to
// make a thread of it once it is too long, and (for the second and later posts) a way
// to remove it.
class PartEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PartEditor)

public:
    PartEditor(int number, bool removable, QWidget *parent = nullptr);

    [[nodiscard]] ComposerTextEdit *textEdit() const { return m_text; }
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;
    [[nodiscard]] QString text() const;
    void setText(const QString &text);
    void setNumber(int number, int total);
    // Turns to a warning near the limit and to an error past it. Its tooltip says how
    // links (`charactersPerUrl` each) and remote mentions were counted.
    void setRemaining(qint64 remaining, qint64 limit, qint64 charactersPerUrl);
    void setReadOnly(bool readOnly);

signals:
    void textChanged();
    void removeRequested();
    // "Make it a thread" was chosen; `numbered` adds "1/3", "2/3", ….
    void splitRequested(bool numbered);

private:
    ComposerTextEdit *m_text;
    QLabel *m_counter;
    QToolButton *m_split;
    QToolButton *m_remove;
};
