#include "editbanner.h"

#include "text/plainlabel.h"
#include <QHBoxLayout>

#include <QLabel>
#include <QLocale>
#include <QPushButton>

EditBanner::EditBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new PlainLabel(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("editBanner"));
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::AlternateBase);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_text->setObjectName(QStringLiteral("editBannerText"));
    m_text->setWordWrap(true);
    layout->addWidget(m_text, 1);
    m_cancel->setObjectName(QStringLiteral("cancelEditButton"));
    m_cancel->setAccessibleName(tr("Cancel editing"));
    m_cancel->setToolTip(tr("Stop editing and bring back what you were writing (Escape)"));
    m_cancel->setAutoDefault(false);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &EditBanner::cancelRequested);
    setVisible(false);
}

void EditBanner::showFor(const QDateTime &publishedAt)
{
    const QString when = publishedAt.isValid()
                             ? QLocale().toString(publishedAt.toLocalTime(), QLocale::ShortFormat)
                             : tr("earlier");
    m_text->setText(tr("Editing your post from %1. Save replaces it on the server; its "
                       "visibility stays as it is.")
                        .arg(when));
    setAccessibleName(m_text->text());
    setVisible(true);
}
