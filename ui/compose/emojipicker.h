#pragma once

#include <QFrame>

class CompletionSearch;
class EmojiPickerModel;
class QComboBox;
class QLineEdit;
class QListView;

// A searchable grid of emoji that opens under the composer's Emoji button (or with
// Ctrl+; and Ctrl+.): recently used first, the instance's custom emoji by category, the
// Unicode emoji by group (their names from the system's Unicode data), in the skin tone
// chosen. The search field has the keyboard: typing searches every emoji by name, Down
// goes to the grid, Return picks (the first match from the field), Escape closes.
class EmojiPicker final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmojiPicker)

public:
    // Shares `search`'s custom emoji and pictures, for the account it completes for.
    EmojiPicker(CompletionSearch *search, QWidget *parent);

    // Shows the picker under `anchor`, the search empty, the search field focused.
    void openUnder(QWidget *anchor);
    [[nodiscard]] EmojiPickerModel *model() const { return m_model; }

signals:
    // What to insert: the emoji's characters or ":shortcode:".
    void picked(const QString &emoji);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void pick(const QModelIndex &index);
    void fillSections();

    CompletionSearch *m_search;
    EmojiPickerModel *m_model;
    QLineEdit *m_query;
    QComboBox *m_section;
    QComboBox *m_tone;
    QListView *m_grid;
    bool m_unicodeLoaded = false;
};
