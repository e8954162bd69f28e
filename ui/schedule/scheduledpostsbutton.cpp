#include "scheduledpostsbutton.h"

#include "schedule/scheduledposts.h"
#include "schedule/scheduledpostsdialog.h"

ScheduledPostsButton::ScheduledPostsButton(std::function<ApiClient *()> client, QWidget *parent)
    : QPushButton(tr("Scheduled pos&ts…"), parent)
    , m_client(std::move(client))
{
    setObjectName(QStringLiteral("scheduledPostsButton"));
    setAccessibleName(tr("Show scheduled posts"));
    connect(this, &QPushButton::clicked, this, &ScheduledPostsButton::showScheduledPosts);
}

void ScheduledPostsButton::showScheduledPosts()
{
    ApiClient *client = m_client();
    if (!client) {
        emit problem(tr("Not connected to the server yet."));
        return;
    }
    auto *posts = new ScheduledPosts(client, this);
    auto *dialog = new ScheduledPostsDialog(posts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, posts, &QObject::deleteLater);
    dialog->open();
}
