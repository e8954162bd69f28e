#pragma once

#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

class ComposerTextEdit;
class PartEditor;
class QImage;
class QVBoxLayout;
class WritingAids;

// The text of the post being written: one PartEditor, or several for a thread, each
// numbered, the later ones removable. Text typed, pasted, shared or mentioned goes to
// the post the user was last in.
class ThreadEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadEditor)

public:
    explicit ThreadEditor(QWidget *parent = nullptr);

    [[nodiscard]] QStringList texts() const;
    // A restored draft: the editors stay where they can, so focus and the widgets
    // people found remain.
    void setTexts(const QStringList &texts);
    // Continues the thread with an empty post, where the cursor goes.
    void addEmptyPart();
    // Puts `texts` where post `index` is (the first one in its editor, the others in new
    // posts after it), and the cursor at the end of the last of them.
    void replacePart(qsizetype index, const QStringList &texts);
    // The characters each post has left of `limit`; links count `charactersPerUrl`.
    void setRemaining(const QList<qint64> &remaining, qint64 limit, qint64 charactersPerUrl);
    // Highlighting and spell checking for every post, the ones added later included.
    void setWritingAids(WritingAids *aids);
    void setReadOnly(bool readOnly);
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;
    // The text field of every post, first to last.
    [[nodiscard]] QList<ComposerTextEdit *> textEdits() const;

    void focusText();
    // Inserts "@acct " at the cursor.
    void insertMention(const QString &acct);
    // Adds `text` after what is written, never over it.
    void appendText(const QString &text);
    // Inserts `text` at the cursor as if typed here.
    void typeText(const QString &text);

signals:
    // The text of a post changed, or a post was added or removed.
    void changed();
    // A post was added: the Tab order must take in its widgets.
    void partAdded();
    // The user asked to make a thread of post `index`, which is too long.
    void splitRequested(qsizetype index, bool numbered);
    void imagePasted(const QImage &image);
    void filesDropped(const QStringList &paths);
    void postLinkPasted(const QUrl &url);

private:
    PartEditor *addPart(const QString &text);
    void removePart(PartEditor *part);
    void renumberParts();
    [[nodiscard]] PartEditor *currentPart() const;

    QVBoxLayout *m_layout;
    QList<PartEditor *> m_parts;
    QPointer<PartEditor> m_lastFocusedPart;
    WritingAids *m_writingAids = nullptr;
};
