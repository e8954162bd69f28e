#pragma once

#include <QMainWindow>

class QPlainTextEdit;

// The main window. Until an account is set up it says why posting is not possible.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);

private:
    QPlainTextEdit *m_text = nullptr;
};
