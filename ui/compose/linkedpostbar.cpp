#include "linkedpostbar.h"

#include "posted/quotepolicypreference.h"
#include "posted/statuslinkresolver.h"
#include "search/htmltext.h"
#include "text/plainlabel.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace {

// Mastodon 4.5: quote posts and quote_approval_policy.
constexpr qint64 quoteApiVersion = 7;
// Enough of the post to know it again; the whole text is the server's business.
constexpr int excerptLength = 280;

} // namespace

LinkedPostBar::LinkedPostBar(std::function<ApiClient *()> client,
                             std::function<qint64()> apiVersion, QWidget *parent)
    : QWidget(parent)
    , m_client(std::move(client))
    , m_apiVersion(std::move(apiVersion))
    , m_resolver(new StatusLinkResolver(this))
    , m_policyPreference(new QuotePolicyPreference(this))
    , m_title(new PlainLabel(this))
    , m_text(new PlainLabel(this))
    , m_media(new PlainLabel(this))
    , m_policyLabel(new PlainLabel(tr("Who can quote:"), this))
    , m_policy(new QComboBox(this))
    // No mnemonics: the composer's letters are taken (Visibility, Language, ...).
    , m_reply(new QPushButton(tr("Reply to this post"), this))
    , m_quote(new QPushButton(tr("Quote this post"), this))
    , m_retry(new QPushButton(tr("Try again"), this))
    , m_linkInstead(new QPushButton(tr("Post the link instead"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    setObjectName(QStringLiteral("linkedPost"));
    setAccessibleName(tr("Post replied to or quoted"));
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(frame);
    auto *layout = new QVBoxLayout(frame);

    m_title->setObjectName(QStringLiteral("linkedPostTitle"));
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setObjectName(QStringLiteral("linkedPostText"));
    m_text->setWordWrap(true);
    m_media->setObjectName(QStringLiteral("linkedPostMedia"));
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addWidget(m_media);

    auto *buttons = new QHBoxLayout;
    m_policy->setObjectName(QStringLiteral("quotePolicy"));
    m_policy->setAccessibleName(tr("Who can quote this post"));
    m_policy->addItem(tr("Anyone"), QStringLiteral("public"));
    m_policy->addItem(tr("Followers only"), QStringLiteral("followers"));
    m_policy->addItem(tr("Just me"), QStringLiteral("nobody"));
    m_policyLabel->setBuddy(m_policy);
    buttons->addWidget(m_policyLabel);
    buttons->addWidget(m_policy);
    buttons->addStretch(1);
    const std::initializer_list<std::pair<QPushButton *, const char *>> named{
        {m_reply, "replyToLinkButton"},
        {m_quote, "quoteLinkButton"},
        {m_retry, "retryLinkButton"},
        {m_linkInstead, "linkInsteadButton"},
        {m_remove, "removeLinkButton"}};
    for (const auto &[button, name] : named) {
        button->setObjectName(QString::fromLatin1(name));
        button->setAccessibleName(button->text());
        buttons->addWidget(button);
    }
    m_remove->setToolTip(tr("Post without replying to or quoting it (Ctrl+Shift+X)"));
    // From anywhere in the composer, the text field included.
    auto *removeKeys = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                                     parent ? parent : this, this, [this] {
                                         if (m_step != Step::None && m_remove->isEnabled())
                                             remove();
                                     });
    removeKeys->setContext(Qt::WidgetWithChildrenShortcut);
    layout->addLayout(buttons);

    connect(m_reply, &QPushButton::clicked, this, [this] {
        emit offerTaken(m_url);
        start(DraftLink::Kind::Reply, m_url);
    });
    connect(m_quote, &QPushButton::clicked, this, [this] {
        emit offerTaken(m_url);
        start(DraftLink::Kind::Quote, m_url);
    });
    connect(m_retry, &QPushButton::clicked, this, [this] { start(m_kind, m_url); });
    connect(m_linkInstead, &QPushButton::clicked, this, [this] {
        const QUrl url = m_url;
        remove();
        emit linkInsteadChosen(url);
    });
    connect(m_remove, &QPushButton::clicked, this, &LinkedPostBar::remove);
    connect(m_policy, &QComboBox::activated, this, [this] {
        if (!m_link)
            return;
        m_link->quotePolicy = m_policy->currentData().toString();
        emit linkChanged();
    });
    connect(m_resolver, &StatusLinkResolver::resolved, this, &LinkedPostBar::onResolved);
    connect(m_resolver, &StatusLinkResolver::failed, this, [this](const QString &message) {
        m_failure = message;
        show(Step::Failed);
    });
    connect(
        m_policyPreference, &QuotePolicyPreference::loaded, this, [this](const QString &policy) {
            if (!m_link || m_link->kind != DraftLink::Kind::Quote || !m_link->quotePolicy.isEmpty())
                return;
            m_link->quotePolicy = policy;
            m_policy->setCurrentIndex(qMax(0, m_policy->findData(policy)));
            emit linkChanged();
        });
    show(Step::None);
}

void LinkedPostBar::offer(const QUrl &url)
{
    // What was chosen stays; the offer is only for a composer that has no post yet.
    if (m_step == Step::Shown || m_step == Step::LookingUp)
        return;
    m_url = url;
    show(Step::Offer);
}

void LinkedPostBar::start(DraftLink::Kind kind, const QUrl &url)
{
    m_kind = kind;
    m_url = url;
    m_found.reset();
    m_link.reset();
    show(Step::LookingUp);
    tryLookUp();
}

void LinkedPostBar::tryLookUp()
{
    // Without a client yet (the keychain or the server still answering), accountChanged()
    // comes back here.
    if (m_step != Step::LookingUp || m_resolver->isRunning() || m_found || !m_client())
        return;
    m_resolver->resolve(m_client(), m_url);
}

void LinkedPostBar::accountChanged()
{
    if (m_step != Step::LookingUp)
        return;
    if (m_found)
        decideQuote();
    else
        tryLookUp();
}

void LinkedPostBar::onResolved(const LinkedStatus &status)
{
    m_found = status;
    if (m_kind == DraftLink::Kind::Reply) {
        m_link = status.toDraftLink(DraftLink::Kind::Reply, m_url);
        showLink();
        emit replyFound(status);
        return;
    }
    decideQuote();
}

void LinkedPostBar::decideQuote()
{
    const qint64 version = m_apiVersion();
    if (version < 0)
        return; // accountChanged() decides once the server is known
    if (version < quoteApiVersion) {
        show(Step::CannotQuote);
        return;
    }
    m_link = m_found->toDraftLink(DraftLink::Kind::Quote, m_url);
    showLink();
    m_policyPreference->load(m_client());
}

void LinkedPostBar::setLink(const std::optional<DraftLink> &link)
{
    m_resolver->abort();
    m_found.reset();
    m_link = link;
    if (!link) {
        show(Step::None);
        return;
    }
    m_kind = link->kind;
    m_url = link->url;
    showLink();
}

void LinkedPostBar::showLink()
{
    const QString who = m_link->authorName.isEmpty()
                            ? QStringLiteral("@") + m_link->authorAcct
                            : tr("%1 (@%2)").arg(m_link->authorName, m_link->authorAcct);
    m_title->setServerText(m_link->kind == DraftLink::Kind::Quote ? tr("Quoting %1").arg(who)
                                                                  : tr("Replying to %1").arg(who));
    m_text->setServerText(HtmlText::excerpt(m_link->text, excerptLength));
    m_media->setText(m_link->mediaCount > 0
                         ? tr("%n media attachment(s)", nullptr, m_link->mediaCount)
                         : QString());
    m_policy->setCurrentIndex(
        qMax(0, m_policy->findData(m_link->quotePolicy.isEmpty() ? QStringLiteral("public")
                                                                 : m_link->quotePolicy)));
    show(Step::Shown);
}

void LinkedPostBar::remove()
{
    m_resolver->abort();
    m_link.reset();
    m_found.reset();
    show(Step::None);
}

void LinkedPostBar::setEditable(bool editable)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_policy, m_reply, m_quote, m_retry,
                                                            m_linkInstead, m_remove})
        widget->setEnabled(editable);
}

QString LinkedPostBar::problem() const
{
    switch (m_step) {
    case Step::LookingUp:
        return tr("Wait until the post is found on your server.");
    case Step::Failed:
        return tr("The post to reply to or quote was not found: try again or remove it.");
    case Step::CannotQuote:
        return tr("Your server cannot quote posts: post the link instead, or remove it.");
    case Step::None:
    case Step::Offer:
    case Step::Shown:
        break;
    }
    return {};
}

void LinkedPostBar::show(Step step)
{
    m_step = step;
    setVisible(step != Step::None);
    const bool quoting = m_link && m_link->kind == DraftLink::Kind::Quote;
    switch (step) {
    case Step::None:
    case Step::Shown:
        break;
    case Step::Offer:
        m_title->setServerText(tr("This is a link to a post: %1").arg(m_url.toDisplayString()));
        break;
    case Step::LookingUp:
        m_title->setServerText(tr("Looking up %1 on your server…").arg(m_url.toDisplayString()));
        break;
    case Step::Failed:
        m_title->setServerText(m_failure);
        break;
    case Step::CannotQuote:
        m_title->setServerText(
            tr("Your server cannot quote posts (that needs Mastodon 4.5 or later). You can post "
               "the link to it instead."));
        break;
    }
    m_text->setVisible(step == Step::Shown && !m_link->text.isEmpty());
    m_media->setVisible(step == Step::Shown && m_link->mediaCount > 0);
    m_policyLabel->setVisible(step == Step::Shown && quoting);
    m_policy->setVisible(step == Step::Shown && quoting);
    m_reply->setVisible(step == Step::Offer);
    m_quote->setVisible(step == Step::Offer);
    m_retry->setVisible(step == Step::Failed);
    m_linkInstead->setVisible(step == Step::CannotQuote);
    m_remove->setText(step == Step::Offer ? tr("Not now") : tr("Remove"));
    m_remove->setAccessibleName(m_remove->text());
    emit linkChanged();
}
