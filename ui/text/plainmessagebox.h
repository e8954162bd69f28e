#pragma once

#include <QMessageBox>

// QMessageBox guesses rich text from its text, and its informative text is always
// guessed (with links opened by Qt), so a post's text or a server's name in either
// could be rendered. This one shows both as they are.
class PlainMessageBox final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlainMessageBox)

public:
    PlainMessageBox(Icon icon, const QString &title, const QString &text,
                    StandardButtons buttons = NoButton, QWidget *parent = nullptr);

    void setPlainInformativeText(const QString &text);

    // A modal Yes/No (or the given buttons) question; true when the answer is Yes.
    static bool ask(QWidget *parent, const QString &title, const QString &text,
                    StandardButtons buttons = Yes | No, StandardButton defaultButton = NoButton);
};
