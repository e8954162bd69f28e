#include "composermessages.h"

#include "text/plainlabel.h"
#include "texttone.h"
#include "util/servertext.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

ComposerMessages::ComposerMessages(QWidget *parent)
    : QWidget(parent)
    , m_notice(new PlainLabel(this))
    , m_dismissNotice(new QPushButton(tr("Dismiss"), this))
    , m_problem(new PlainLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *noticeRow = new QHBoxLayout;
    m_notice->setObjectName(QStringLiteral("composerNotice"));
    m_notice->setWordWrap(true);
    TextTone::apply(m_notice, TextTone::Tone::Problem);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    noticeRow->addWidget(m_notice, 1);
    // No mnemonic: the composer has used every letter of the word already.
    m_dismissNotice->setObjectName(QStringLiteral("dismissNoticeButton"));
    m_dismissNotice->setAccessibleName(tr("Dismiss the notice about kept files"));
    connect(m_dismissNotice, &QPushButton::clicked, this, [this] { showNotices({}); });
    noticeRow->addWidget(m_dismissNotice, 0, Qt::AlignTop);
    layout->addLayout(noticeRow);

    m_problem->setObjectName(QStringLiteral("composerProblem"));
    m_problem->setWordWrap(true);
    // Server messages are shown as they are, never as markup or links.
    m_problem->setTextFormat(Qt::PlainText);
    TextTone::apply(m_problem, TextTone::Tone::Problem);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_problem);
    showNotices({});
}

void ComposerMessages::showProblem(const QString &text)
{
    m_problem->setText(ServerText::plain(text, 4 * ServerText::defaultLimit));
    m_problem->setVisible(!text.isEmpty());
    updateVisibility();
}

void ComposerMessages::showNotices(const QStringList &notices)
{
    // Apart from the problem line, which typing clears: the user must get to read it.
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());
    m_dismissNotice->setVisible(!notices.isEmpty());
    updateVisibility();
}

void ComposerMessages::updateVisibility()
{
    // Nothing to say takes no room in the composer either.
    setVisible(!m_notice->isHidden() || !m_problem->isHidden());
}
