#include "plainmessagebox.h"

#include <QLabel>

PlainMessageBox::PlainMessageBox(Icon icon, const QString &title, const QString &text,
                                 StandardButtons buttons, QWidget *parent)
    : QMessageBox(icon, title, QString(), buttons, parent)
{
    setTextFormat(Qt::PlainText);
    setText(text);
}

void PlainMessageBox::setPlainInformativeText(const QString &text)
{
    setInformativeText(text);
    // Qt 6.4 gives no setter for the informative label's format; it names the label.
    if (auto *label = findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel"))) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
}

bool PlainMessageBox::ask(QWidget *parent, const QString &title, const QString &text,
                          StandardButtons buttons, StandardButton defaultButton)
{
    PlainMessageBox box(Question, title, text, buttons, parent);
    if (defaultButton != NoButton)
        box.setDefaultButton(defaultButton);
    return box.exec() == Yes;
}
