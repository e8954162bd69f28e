#include "directory.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

enum Flag { Bot = 1, Locked = 2, Group = 4, Animated = 8 };

struct Seed
{
    const char *username;
    const char *domain;
    const char *displayName;
    int flags;
};

// UTF-8 literals: display names deliberately mix scripts and custom emoji.
const Seed seeds[] = {
    {"demo", "", "Demo :posthorn:", 0},
    {"alice", "", "Alice Liddell", 0},
    {"alex", "", "Alex Kim \xf0\x9f\x8c\xbb", 0},
    {"albert", "", "Albert :verified:", 0},
    {"amelie", "", "Am\xc3\xa9lie Poulain", 0},
    {"anna", "",
     "\xd0\x90\xd0\xbd\xd0\xbd\xd0\xb0 "
     "\xd0\x9a\xd0\xb0\xd1\x80\xd0\xb5\xd0\xbd\xd0\xb8\xd0\xbd\xd0\xb0",
     0},
    {"yuki", "", "\xe9\x9b\xaa Yuki", 0},
    {"hana", "", "\xe3\x81\xaf\xe3\x81\xaa", 0},
    {"mohammed", "", "\xd9\x85\xd8\xad\xd9\x85\xd8\xaf", 0},
    {"dimitra", "", "\xce\x94\xce\xae\xce\xbc\xce\xb7\xcf\x84\xcf\x81\xce\xb1", 0},
    {"priya", "", "\xe0\xa4\xaa\xe0\xa5\x8d\xe0\xa4\xb0\xe0\xa4\xbf\xe0\xa4\xaf\xe0\xa4\xbe Priya",
     0},
    {"minjun", "", "\xea\xb9\x80\xeb\xaf\xbc\xec\xa4\x80", 0},
    {"newsbot", "", "News Bot \xf0\x9f\xa4\x96", Bot},
    {"weatherbot", "", "Weather :sun: Bot", Bot},
    {"lockedlou", "", "Lou (locked)", Locked},
    {"parker", "", "Parker Private", Locked},
    {"bookclub", "", "Book Club", Group},
    {"photography", "", "Photography Group :posthorn:", Group},
    {"oldalice", "", "Alice (old account)", 0},
    {"animated", "", "Animated Avatar", Animated},
    {"barbara", "", "Barbara Schmidt", 0},
    {"benjamin", "", "Benjamin Okafor", 0},
    {"carla", "", "Carla Rossi", 0},
    {"charlie", "", "Charlie Brown", 0},
    {"daniel", "", "Daniel M\xc3\xbcller", 0},
    {"diana", "", "Diana Prince", 0},
    {"emma", "", "Emma Watson-Smith", 0},
    {"ethan", "", "Ethan Hunt", 0},
    {"fatima", "", "Fatima Zahra", 0},
    {"felix", "", "Felix the Cat", 0},
    {"gabriel", "",
     "Gabriel Garc\xc3\xad"
     "a",
     0},
    {"grace", "", "Grace Hopper", 0},
    {"hannah", "", "Hannah Arendt", 0},
    {"isaac", "", "Isaac Asimov", 0},
    {"isabella", "", "Isabella Bird", 0},
    {"jack", "", "Jack Sparrow", 0},
    {"jasmine", "", "Jasmine Tea", 0},
    {"kai", "", "Kai Havertz", 0},
    {"karen", "", "Karen Sp\xc3\xa4rck Jones", 0},
    {"liam", "", "Liam O'Brien", 0},
    {"lucia", "",
     "Luc\xc3\xad"
     "a Fern\xc3\xa1ndez",
     0},
    {"mateo", "", "Mateo Silva", 0},
    {"maya", "", "Maya Angelou", 0},
    {"noah", "", "Noah Baumbach", 0},
    {"olivia", "", "Olivia Newton", 0},
    {"oscar", "", "Oscar Wilde", 0},
    {"paula", "", "Paula Modersohn", 0},
    {"quentin", "", "Quentin Blake", 0},
    {"rafael", "", "Rafael Nadal", 0},
    {"sara", "", "Sara Lidman", 0},
    {"tomas", "", "Tom\xc3\xa1\xc5\xa1 Novak", 0},
    {"uma", "", "Uma Thurman", 0},
    {"valentina", "", "Valentina Tereshkova", 0},
    {"william", "", "William Morris", 0},
    {"xavier", "", "Xavier Dolan", 0},
    {"yara", "", "Yara Shahidi", 0},
    {"zoe", "", "Zo\xc3\xab Saldana", 0},
    {"posthorndev", "", "Posthorn Developers", Group},
    {"posthornfan", "", "Posthorn Fan :posthorn:", 0},
    {"ada", "", "Ada Lovelace", 0},
    {"annabot", "", "Anna's Reminder Bot", Bot},
    {"alice", "remote.example", "Alice on Remote", 0},
    {"bob", "remote.example", "Bob from elsewhere", 0},
    {"carol", "social.example", "Carol :sun:", 0},
    {"quiet", "remote.example", "Quiet Remote", Locked},
    {"feeds", "social.example", "Feeds Bot", Bot},
};

const char *const tags[] = {"photography", "books",  "opensource", "cats",      "music",
                            "cycling",     "coffee", "linux",      "gardening", "qt"};

QString escapeHtml(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

Directory::Directory()
{
    const QDateTime epoch(QDate(2022, 11, 1), QTime(0, 0), Qt::UTC);
    int index = 0;
    for (const Seed &seed : seeds) {
        Account account;
        account.id = QString::number(index + 1);
        account.username = QString::fromUtf8(seed.username);
        account.domain = QString::fromUtf8(seed.domain);
        account.displayName = QString::fromUtf8(seed.displayName);
        account.bot = seed.flags & Bot;
        account.locked = seed.flags & Locked;
        account.group = seed.flags & Group;
        account.animatedAvatar = seed.flags & Animated;
        account.createdAt = epoch.addDays(index * 7);
        // Deterministic but varied counts, so sorting by them is stable across runs.
        account.followers = (index * 7919) % 5000 + (account.bot ? 12000 : 0);
        account.following = (index * 104729) % 900;
        account.statuses = (index * 15485863) % 20000;
        const QString tag = QString::fromLatin1(tags[index % 10]);
        account.note =
            QStringLiteral("<p>Hello, I am %1. I post about "
                           "<a href=\"%2/tags/%3\" class=\"mention hashtag\" "
                           "rel=\"tag\">#<span>%3</span></a> &amp; more.</p>")
                .arg(escapeHtml(account.displayName),
                     QStringLiteral("https://") +
                         (account.isRemote() ? account.domain : QStringLiteral("sandbox.invalid")),
                     tag);
        m_accounts.append(account);
        ++index;
    }
    m_accounts[0].note =
        QStringLiteral("<p>The sandbox&apos;s own account. Posts made here go nowhere.</p>");
    m_accounts[0].followers = 42;
    m_accounts[0].following = 7;
    m_accounts[0].statuses = 0;
    // The old account has moved to alice: clients should show where it went.
    for (Account &account : m_accounts) {
        if (account.username == QLatin1String("oldalice"))
            account.movedToId = QStringLiteral("2");
    }
}

const Directory::Account *Directory::byId(const QString &id) const
{
    for (const Account &account : m_accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

const Directory::Account *Directory::byAcct(const QString &acct) const
{
    QString wanted = acct.startsWith(QLatin1Char('@')) ? acct.mid(1) : acct;
    for (const Account &account : m_accounts) {
        if (account.acct().compare(wanted, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

QList<const Directory::Account *> Directory::search(const QString &rawQuery, bool resolve) const
{
    QString query = rawQuery.trimmed();
    if (query.startsWith(QLatin1Char('@')))
        query = query.mid(1);
    QList<const Account *> results;
    if (query.isEmpty())
        return results;

    static const QRegularExpression handle(
        QStringLiteral("^[A-Za-z0-9_]+@[A-Za-z0-9.-]+\\.[A-Za-z]+$"));
    const bool looksLikeHandle = handle.match(query).hasMatch();
    const Account *resolved = nullptr;
    if (resolve && looksLikeHandle) {
        resolved = byAcct(query);
        if (resolved)
            results.append(resolved);
    }

    QList<const Account *> matches;
    for (const Account &account : m_accounts) {
        if (account.isRemote() || &account == resolved)
            continue;
        if (account.username.contains(query, Qt::CaseInsensitive) ||
            account.acct().contains(query, Qt::CaseInsensitive) ||
            account.displayName.contains(query, Qt::CaseInsensitive))
            matches.append(&account);
    }
    // Exact username first, then the most followed, then by id: a stable order, so that
    // offset paging never repeats or skips an account.
    std::stable_sort(matches.begin(), matches.end(), [&query](const Account *a, const Account *b) {
        const bool exactA = a->username.compare(query, Qt::CaseInsensitive) == 0;
        const bool exactB = b->username.compare(query, Qt::CaseInsensitive) == 0;
        if (exactA != exactB)
            return exactA;
        if (a->followers != b->followers)
            return a->followers > b->followers;
        return a->id.toInt() < b->id.toInt();
    });
    results.append(matches);
    return results;
}

QStringList Directory::customEmojiShortcodes()
{
    return {QStringLiteral("posthorn"), QStringLiteral("verified"), QStringLiteral("sun")};
}

QJsonArray Directory::emojisFor(const QString &text, const QString &origin)
{
    QJsonArray emojis;
    for (const QString &shortcode : customEmojiShortcodes()) {
        if (!text.contains(QLatin1Char(':') + shortcode + QLatin1Char(':')))
            continue;
        const QString url = origin + QStringLiteral("/emoji/") + shortcode + QStringLiteral(".png");
        emojis.append(QJsonObject{{QStringLiteral("shortcode"), shortcode},
                                  {QStringLiteral("url"), url},
                                  {QStringLiteral("static_url"), url},
                                  {QStringLiteral("visible_in_picker"), true}});
    }
    return emojis;
}

QJsonObject Directory::toJson(const Account &account, const QString &origin) const
{
    const QString profileUrl =
        account.isRemote() ? QStringLiteral("https://%1/@%2").arg(account.domain, account.username)
                           : origin + QStringLiteral("/@") + account.username;
    const QString uri =
        account.isRemote()
            ? QStringLiteral("https://%1/users/%2").arg(account.domain, account.username)
            : origin + QStringLiteral("/users/") + account.username;
    const QString avatarStatic =
        origin + QStringLiteral("/avatars/") + account.id + QStringLiteral(".png");
    const QString avatar = account.animatedAvatar ? origin + QStringLiteral("/avatars/") +
                                                        account.id + QStringLiteral(".gif")
                                                  : avatarStatic;
    const QString header = origin + QStringLiteral("/headers/original/missing.png");
    QJsonObject json{
        {QStringLiteral("id"), account.id},
        {QStringLiteral("username"), account.username},
        {QStringLiteral("acct"), account.acct()},
        {QStringLiteral("display_name"), account.displayName},
        {QStringLiteral("locked"), account.locked},
        {QStringLiteral("bot"), account.bot},
        {QStringLiteral("discoverable"), true},
        {QStringLiteral("indexable"), true},
        {QStringLiteral("group"), account.group},
        {QStringLiteral("created_at"), account.createdAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("note"), account.note},
        {QStringLiteral("url"), profileUrl},
        {QStringLiteral("uri"), uri},
        {QStringLiteral("avatar"), avatar},
        {QStringLiteral("avatar_static"), avatarStatic},
        {QStringLiteral("header"), header},
        {QStringLiteral("header_static"), header},
        {QStringLiteral("followers_count"), account.followers},
        {QStringLiteral("following_count"), account.following},
        {QStringLiteral("statuses_count"), account.statuses},
        {QStringLiteral("last_status_at"),
         account.statuses > 0 ? QJsonValue(QStringLiteral("2025-01-15")) : QJsonValue::Null},
        {QStringLiteral("hide_collections"), false},
        {QStringLiteral("noindex"), false},
        {QStringLiteral("emojis"), emojisFor(account.displayName, origin)},
        {QStringLiteral("roles"), QJsonArray{}},
        {QStringLiteral("fields"), QJsonArray{}},
    };
    if (!account.movedToId.isEmpty()) {
        if (const Account *target = byId(account.movedToId))
            json.insert(QStringLiteral("moved"), toJson(*target, origin));
    }
    return json;
}

QJsonObject Directory::credentialJson(const Account &account, const QString &origin) const
{
    QJsonObject json = toJson(account, origin);
    QString plainNote = account.note;
    plainNote.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    plainNote.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    plainNote.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    json.insert(QStringLiteral("source"),
                QJsonObject{{QStringLiteral("privacy"), QStringLiteral("unlisted")},
                            {QStringLiteral("sensitive"), false},
                            {QStringLiteral("language"), QStringLiteral("en")},
                            {QStringLiteral("note"), plainNote},
                            {QStringLiteral("fields"), QJsonArray{}},
                            {QStringLiteral("follow_requests_count"), 0},
                            {QStringLiteral("hide_collections"), false},
                            {QStringLiteral("discoverable"), true},
                            {QStringLiteral("indexable"), true}});
    json.insert(QStringLiteral("role"),
                QJsonObject{{QStringLiteral("id"), QStringLiteral("-99")},
                            {QStringLiteral("name"), QString()},
                            {QStringLiteral("permissions"), QStringLiteral("65536")},
                            {QStringLiteral("color"), QString()},
                            {QStringLiteral("highlighted"), false}});
    return json;
}
