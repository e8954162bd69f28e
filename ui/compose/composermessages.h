#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

// What stands in the composer's way: the problem of the moment (a refusal, a file
// that cannot be added, a draft that cannot be saved), and notices about files
// Posthorn kept aside, which stay until dismissed.
class ComposerMessages final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComposerMessages)

public:
    explicit ComposerMessages(QWidget *parent = nullptr);

    // Empty hides it.
    void showProblem(const QString &text);
    void showNotices(const QStringList &notices);

private:
    void updateVisibility();

    QLabel *m_notice;
    QPushButton *m_dismissNotice;
    QLabel *m_problem;
};
