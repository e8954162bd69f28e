#include "accountsearchmodel.h"

#include "api/relationship.h"
#include "htmltext.h"
#include "imageloader.h"

#include <QSet>
#include <QVariantMap>

namespace {

// Animated avatars move in the list and cost CPU; the static frame is enough here.
QUrl avatarUrlOf(const Account &account)
{
    return account.avatarStatic.isValid() ? account.avatarStatic : account.avatar;
}

QUrl emojiUrlOf(const CustomEmoji &emoji)
{
    return emoji.staticUrl.isValid() ? emoji.staticUrl : emoji.url;
}

} // namespace

AccountSearchModel::AccountSearchModel(ImageLoader *images, QObject *parent)
    : QAbstractListModel(parent)
    , m_images(images)
{
    Q_ASSERT(m_images);
    connect(m_images, &ImageLoader::imageLoaded, this, &AccountSearchModel::onImageLoaded);
}

int AccountSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AccountSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Account &account = row.account;
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return account.name();
    case Qt::AccessibleTextRole: {
        QStringList parts{account.name(), QLatin1Char('@') + account.acct};
        if (account.bot)
            parts << tr("bot");
        if (account.locked)
            parts << tr("locked");
        if (account.group)
            parts << tr("group");
        if (account.movedTo)
            parts << tr("moved to @%1").arg(account.movedTo->acct);
        switch (row.follow) {
        case FollowState::Following:
            parts << tr("following");
            break;
        case FollowState::Requested:
            parts << tr("follow requested");
            break;
        case FollowState::NotFollowing:
        case FollowState::Unknown:
            break;
        }
        return parts.join(QStringLiteral(", "));
    }
    case Qt::ToolTipRole:
        return row.bio.isEmpty() ? handleOf(account)
                                 : handleOf(account) + QLatin1Char('\n') + row.bio;
    case AccountIdRole:
        return account.id;
    case AcctRole:
        return account.acct;
    case HandleRole:
        return handleOf(account);
    case CustomEmojiRole: {
        requestImages(account);
        QVariantMap images;
        for (const CustomEmoji &emoji : account.emojis) {
            const QByteArray bytes = m_images->image(emojiUrlOf(emoji));
            if (!bytes.isEmpty())
                images.insert(emoji.shortcode, bytes);
        }
        return images;
    }
    case AvatarUrlRole:
        return avatarUrlOf(account);
    case AvatarImageRole:
        requestImages(account);
        return m_images->image(avatarUrlOf(account));
    case FollowersCountRole:
        return account.followersCount;
    case FollowingCountRole:
        return account.followingCount;
    case StatusesCountRole:
        return account.statusesCount;
    case BotRole:
        return account.bot;
    case LockedRole:
        return account.locked;
    case GroupRole:
        return account.group;
    case MovedRole:
        return account.movedTo != nullptr;
    case MovedToAcctRole:
        return account.movedTo ? account.movedTo->acct : QString();
    case BioRole:
        return row.bio;
    case ProfileUrlRole:
        return account.url;
    case FollowStateRole:
        return int(row.follow);
    case FollowBusyRole:
        return row.busy;
    case OwnAccountRole:
        return !m_ownAccountId.isEmpty() && account.id == m_ownAccountId;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(AccountIdRole, "accountId");
    names.insert(AcctRole, "acct");
    names.insert(HandleRole, "handle");
    names.insert(DisplayNameRole, "displayName");
    names.insert(CustomEmojiRole, "customEmoji");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(AvatarImageRole, "avatarImage");
    names.insert(FollowersCountRole, "followersCount");
    names.insert(FollowingCountRole, "followingCount");
    names.insert(StatusesCountRole, "statusesCount");
    names.insert(BotRole, "bot");
    names.insert(LockedRole, "locked");
    names.insert(GroupRole, "group");
    names.insert(MovedRole, "moved");
    names.insert(MovedToAcctRole, "movedToAcct");
    names.insert(BioRole, "bio");
    names.insert(ProfileUrlRole, "profileUrl");
    names.insert(FollowStateRole, "followState");
    names.insert(FollowBusyRole, "followBusy");
    names.insert(OwnAccountRole, "ownAccount");
    return names;
}

void AccountSearchModel::setAccounts(const QList<Account> &accounts)
{
    beginResetModel();
    m_rows.clear();
    QSet<QString> seen;
    for (const Account &account : accounts) {
        if (seen.contains(account.id))
            continue;
        seen.insert(account.id);
        m_rows.append(makeRow(account));
    }
    endResetModel();
}

QList<Account> AccountSearchModel::appendAccounts(const QList<Account> &accounts)
{
    QList<Account> added;
    QSet<QString> seen;
    for (const Row &row : std::as_const(m_rows))
        seen.insert(row.account.id);
    for (const Account &account : accounts) {
        if (seen.contains(account.id))
            continue;
        seen.insert(account.id);
        added.append(account);
    }
    if (added.isEmpty())
        return added;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const Account &account : std::as_const(added))
        m_rows.append(makeRow(account));
    endInsertRows();
    return added;
}

void AccountSearchModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void AccountSearchModel::setOwnAccountId(const QString &accountId)
{
    if (m_ownAccountId == accountId)
        return;
    m_ownAccountId = accountId;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {OwnAccountRole});
}

void AccountSearchModel::setRelationship(const Relationship &relationship)
{
    const int row = rowOf(relationship.id);
    if (row < 0)
        return;
    m_rows[row].follow = followStateOf(relationship);
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {FollowStateRole, Qt::AccessibleTextRole});
}

void AccountSearchModel::setFollowBusy(const QString &accountId, bool busy)
{
    const int row = rowOf(accountId);
    if (row < 0 || m_rows.at(row).busy == busy)
        return;
    m_rows[row].busy = busy;
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed, {FollowBusyRole});
}

int AccountSearchModel::rowOf(const QString &accountId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).account.id == accountId)
            return int(i);
    }
    return -1;
}

std::optional<Account> AccountSearchModel::account(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return std::nullopt;
    return m_rows.at(row).account;
}

AccountSearchModel::FollowState AccountSearchModel::followState(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return FollowState::Unknown;
    return m_rows.at(row).follow;
}

bool AccountSearchModel::isFollowBusy(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).busy;
}

AccountSearchModel::FollowState AccountSearchModel::followStateOf(const Relationship &relationship)
{
    if (relationship.following)
        return FollowState::Following;
    if (relationship.requested)
        return FollowState::Requested;
    return FollowState::NotFollowing;
}

QString AccountSearchModel::handleOf(const Account &account)
{
    if (account.acct.contains(QLatin1Char('@')) || account.url.host().isEmpty())
        return QLatin1Char('@') + account.acct;
    return QLatin1Char('@') + account.acct + QLatin1Char('@') + account.url.host();
}

AccountSearchModel::Row AccountSearchModel::makeRow(const Account &account) const
{
    Row row;
    row.account = account;
    row.bio = HtmlText::excerpt(HtmlText::toPlainText(account.note), bioExcerptChars);
    return row;
}

void AccountSearchModel::requestImages(const Account &account) const
{
    // Asked for when a view first shows the row, not when rows arrive: a long result
    // list would otherwise start a download for every row at once (measured: 1,000
    // accounts took over a second of the GUI thread, nearly all of it in requests).
    m_images->request(avatarUrlOf(account));
    for (const CustomEmoji &emoji : account.emojis)
        m_images->request(emojiUrlOf(emoji));
}

void AccountSearchModel::onImageLoaded(const QUrl &url)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Account &account = m_rows.at(i).account;
        QList<int> roles;
        if (avatarUrlOf(account) == url)
            roles << AvatarImageRole;
        for (const CustomEmoji &emoji : account.emojis) {
            if (emojiUrlOf(emoji) == url) {
                roles << CustomEmojiRole;
                break;
            }
        }
        if (!roles.isEmpty()) {
            const QModelIndex changed = index(int(i));
            emit dataChanged(changed, changed, roles);
        }
    }
}
