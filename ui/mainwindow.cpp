#include "mainwindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Posthorn"));
    setObjectName(QStringLiteral("mainWindow"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    auto *notice =
        new QLabel(tr("No Mastodon account is set up yet, so Posthorn cannot post."), central);
    notice->setObjectName(QStringLiteral("accountNotice"));
    notice->setWordWrap(true);
    layout->addWidget(notice);

    m_text = new QPlainTextEdit(central);
    m_text->setObjectName(QStringLiteral("composerText"));
    m_text->setAccessibleName(tr("Post text"));
    m_text->setPlaceholderText(tr("What's on your mind?"));
    layout->addWidget(m_text, 1);

    auto *post = new QPushButton(tr("&Post"), central);
    post->setObjectName(QStringLiteral("postButton"));
    post->setAccessibleName(tr("Post"));
    post->setEnabled(false);
    post->setToolTip(tr("Set up an account to post."));
    layout->addWidget(post, 0, Qt::AlignRight);

    setCentralWidget(central);
    resize(560, 380);
    m_text->setFocus();
}
