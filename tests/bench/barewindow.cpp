// The baseline of DESIGN.md's performance budgets: a bare Qt Widgets main window
// with a text box and a button, and nothing else.
#include <QApplication>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare window"));
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(new QPlainTextEdit(central));
    layout->addWidget(new QPushButton(QStringLiteral("Post"), central));
    window.setCentralWidget(central);
    window.resize(560, 380);
    window.show();
    return QApplication::exec();
}
