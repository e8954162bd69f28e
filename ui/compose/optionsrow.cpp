#include "optionsrow.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QPushButton>

OptionsRow::OptionsRow(QWidget *parent)
    : QWidget(parent)
    , m_addMedia(new QPushButton(tr("&Media…"), this))
    , m_pollToggle(new QPushButton(tr("P&oll"), this))
    , m_cwToggle(new QCheckBox(tr("Content &warning"), this))
    , m_sensitive(new QCheckBox(tr("Mark media as &sensitive"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_addMedia->setObjectName(QStringLiteral("addMediaButton"));
    m_addMedia->setAccessibleName(tr("Add pictures, video or audio"));
    m_addMedia->setToolTip(tr("Add pictures, video or audio (you can also paste or drop them)"));
    connect(m_addMedia, &QPushButton::clicked, this, &OptionsRow::mediaRequested);
    layout->addWidget(m_addMedia);

    m_pollToggle->setObjectName(QStringLiteral("pollToggle"));
    m_pollToggle->setAccessibleName(tr("Add a poll"));
    m_pollToggle->setCheckable(true);
    connect(m_pollToggle, &QPushButton::toggled, this, &OptionsRow::pollToggled);
    layout->addWidget(m_pollToggle);

    m_cwToggle->setObjectName(QStringLiteral("contentWarningToggle"));
    m_cwToggle->setAccessibleName(tr("Add a content warning"));
    connect(m_cwToggle, &QCheckBox::toggled, this, &OptionsRow::contentWarningToggled);
    layout->addWidget(m_cwToggle);

    m_sensitive->setObjectName(QStringLiteral("sensitiveToggle"));
    m_sensitive->setAccessibleName(tr("Mark media as sensitive"));
    connect(m_sensitive, &QCheckBox::toggled, this, &OptionsRow::sensitiveToggled);
    layout->addWidget(m_sensitive);
    layout->addStretch();
}

bool OptionsRow::hasPoll() const
{
    return m_pollToggle->isChecked();
}

bool OptionsRow::hasContentWarning() const
{
    return m_cwToggle->isChecked();
}

bool OptionsRow::isSensitive() const
{
    return m_sensitive->isChecked();
}

void OptionsRow::setPoll(bool on)
{
    m_pollToggle->setChecked(on);
}

void OptionsRow::setContentWarning(bool on)
{
    m_cwToggle->setChecked(on);
}

void OptionsRow::setSensitive(bool on)
{
    m_sensitive->setChecked(on);
}

void OptionsRow::updateState(bool editable, bool hasMedia, bool roomForMedia)
{
    m_pollToggle->setEnabled(editable && !hasMedia);
    m_addMedia->setEnabled(editable && !hasPoll() && roomForMedia);
    m_sensitive->setEnabled(editable && hasMedia);
}

void OptionsRow::setEditable(bool editable)
{
    m_cwToggle->setEnabled(editable);
}

void OptionsRow::hidePoll()
{
    m_pollToggle->hide();
}
