#pragma once

#include <QPushButton>

#include <functional>

class ApiClient;

// "Scheduled posts…": opens the list of the posting account's scheduled posts.
class ScheduledPostsButton final : public QPushButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledPostsButton)

public:
    // `client` gives the posting account's client, null while it is not connected.
    explicit ScheduledPostsButton(std::function<ApiClient *()> client, QWidget *parent = nullptr);

signals:
    // Why the list cannot be shown now.
    void problem(const QString &text);

private:
    void showScheduledPosts();

    std::function<ApiClient *()> m_client;
};
