#pragma once

#include "api/account.h"

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <optional>

class ImageLoader;
struct Relationship;

// The accounts a search found, in the server's order, each once. Pictures come from an
// ImageLoader as bytes (empty while loading, so a view shows its placeholder); the bio is
// plain text, never HTML. AccountSearch fills it; views only read it.
class AccountSearchModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSearchModel)

public:
    enum class FollowState {
        Unknown, // relationships not loaded (yet)
        NotFollowing,
        Following,
        Requested, // a locked account has not approved the follow yet
    };
    Q_ENUM(FollowState)

    enum Role {
        AccountIdRole = Qt::UserRole + 1, // QString
        AcctRole,                         // QString: `user` (local) or `user@domain`
        HandleRole,                       // QString: always `@user@domain`, for copying
        DisplayNameRole,                  // QString, may hold `:shortcode:` custom emoji
        CustomEmojiRole,                  // QVariantMap: shortcode -> image bytes (loaded ones)
        AvatarUrlRole,                    // QUrl: the static avatar
        AvatarImageRole,                  // QByteArray: empty while loading
        FollowersCountRole,               // qint64
        FollowingCountRole,               // qint64
        StatusesCountRole,                // qint64
        BotRole,                          // bool
        LockedRole,                       // bool
        GroupRole,                        // bool
        MovedRole,                        // bool
        MovedToAcctRole,                  // QString, empty unless moved
        BioRole,                          // QString: the start of the bio, plain text, one line
        ProfileUrlRole,                   // QUrl
        FollowStateRole,                  // int (FollowState)
        FollowBusyRole,                   // bool: a follow or unfollow is under way
        OwnAccountRole,                   // bool: the signed-in account itself
    };
    Q_ENUM(Role)

    static constexpr int bioExcerptChars = 280;

    explicit AccountSearchModel(ImageLoader *images, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index,
                                int role = Qt::DisplayRole) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // Replaces everything (a new search's first page).
    void setAccounts(const QList<Account> &accounts);
    // Adds the accounts not shown yet (a further page); returns those added.
    QList<Account> appendAccounts(const QList<Account> &accounts);
    void clear();

    // The signed-in account, which cannot follow itself.
    void setOwnAccountId(const QString &accountId);
    [[nodiscard]] QString ownAccountId() const { return m_ownAccountId; }

    void setRelationship(const Relationship &relationship);
    void setFollowBusy(const QString &accountId, bool busy);

    [[nodiscard]] int rowOf(const QString &accountId) const;
    [[nodiscard]] std::optional<Account> account(int row) const;
    [[nodiscard]] FollowState followState(int row) const;
    [[nodiscard]] bool isFollowBusy(int row) const;

    [[nodiscard]] static FollowState followStateOf(const Relationship &relationship);
    // `@user@domain`; for a local account the domain is taken from its profile URL.
    [[nodiscard]] static QString handleOf(const Account &account);

private:
    struct Row
    {
        Account account;
        QString bio;
        FollowState follow = FollowState::Unknown;
        bool busy = false;
    };

    [[nodiscard]] Row makeRow(const Account &account) const;
    void requestImages(const Account &account) const;
    void onImageLoaded(const QUrl &url);

    ImageLoader *m_images;
    QList<Row> m_rows;
    QString m_ownAccountId;
};
