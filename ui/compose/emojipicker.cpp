#include "emojipicker.h"

#include "api/apireply.h"
#include "complete/completionsearch.h"
#include "complete/customemojicache.h"
#include "complete/emojicatalogue.h"
#include "complete/emojipickermodel.h"
#include "complete/recentemoji.h"
#include "compose/emojidelegate.h"
#include "search/imageloader.h"

#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QScreen>
#include <QVBoxLayout>

EmojiPicker::EmojiPicker(CompletionSearch *search, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_search(search)
    , m_model(new EmojiPickerModel(search->images(), this))
{
    setObjectName(QStringLiteral("emojiPicker"));
    setAccessibleName(tr("Emoji"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);

    m_query = new QLineEdit(this);
    m_query->setObjectName(QStringLiteral("emojiSearch"));
    m_query->setPlaceholderText(tr("Search emoji by name"));
    m_query->setAccessibleName(tr("Search emoji"));
    m_query->setClearButtonEnabled(true);
    m_query->installEventFilter(this);
    layout->addWidget(m_query);

    auto *row = new QHBoxLayout;
    m_section = new QComboBox(this);
    m_section->setObjectName(QStringLiteral("emojiSection"));
    m_section->setAccessibleName(tr("Emoji category"));
    row->addWidget(m_section, 1);
    m_tone = new QComboBox(this);
    m_tone->setObjectName(QStringLiteral("emojiSkinTone"));
    m_tone->setAccessibleName(tr("Skin tone"));
    m_tone->addItems({tr("No skin tone"), tr("Light skin tone"), tr("Medium-light skin tone"),
                      tr("Medium skin tone"), tr("Medium-dark skin tone"), tr("Dark skin tone")});
    row->addWidget(m_tone);
    layout->addLayout(row);

    m_grid = new QListView(this);
    m_grid->setObjectName(QStringLiteral("emojiGrid"));
    m_grid->setAccessibleName(tr("Emoji"));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setMovement(QListView::Static);
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setUniformItemSizes(true);
    m_grid->setWrapping(true);
    m_grid->setGridSize(QSize(EmojiDelegate::cellSize, EmojiDelegate::cellSize));
    m_grid->setItemDelegate(new EmojiDelegate(m_grid));
    m_grid->setModel(m_model);
    m_grid->setMinimumSize(EmojiDelegate::cellSize * 10 + 24, EmojiDelegate::cellSize * 7);
    layout->addWidget(m_grid, 1);

    connect(m_query, &QLineEdit::textChanged, m_model, &EmojiPickerModel::setQuery);
    connect(m_section, &QComboBox::currentIndexChanged, m_model, &EmojiPickerModel::setSection);
    connect(m_tone, &QComboBox::currentIndexChanged, m_model, &EmojiPickerModel::setSkinTone);
    connect(m_grid, &QListView::activated, this, &EmojiPicker::pick);
    connect(m_search->customEmoji(), &CustomEmojiCache::emojiChanged, this, [this] {
        m_model->setCustom(m_search->customEmoji()->emoji());
        fillSections();
    });
    setTabOrder(m_query, m_section);
    setTabOrder(m_section, m_tone);
    setTabOrder(m_tone, m_grid);
}

void EmojiPicker::openUnder(QWidget *anchor)
{
    // The Unicode data is read on the first opening, not at start-up.
    if (!m_unicodeLoaded) {
        m_model->setUnicode(EmojiCatalogue::systemUnicodeEmoji());
        m_unicodeLoaded = true;
    }
    m_search->customEmoji()->load();
    m_model->setCustom(m_search->customEmoji()->emoji());
    const QStringList recent = RecentEmoji::load();
    m_model->setRecent(recent);
    fillSections();
    // Recently used when there are some, else the first category.
    m_section->setCurrentIndex(recent.isEmpty() && m_section->count() > 1 ? 1 : 0);
    m_query->clear();

    adjustSize();
    QPoint at = anchor->mapToGlobal(QPoint(0, anchor->height()));
    if (const QScreen *screen = anchor->screen()) {
        const QRect available = screen->availableGeometry();
        if (at.y() + height() > available.bottom())
            at.setY(anchor->mapToGlobal(QPoint()).y() - height());
        at.setX(qBound(available.left(), at.x(), available.right() - width()));
    }
    move(at);
    show();
    m_query->setFocus();
}

void EmojiPicker::fillSections()
{
    const QStringList titles = m_model->sectionTitles();
    const int current = m_section->currentIndex();
    const QSignalBlocker blocker(m_section);
    m_section->clear();
    m_section->addItems(titles);
    m_section->setCurrentIndex(qBound(0, current, int(titles.size()) - 1));
    m_model->setSection(m_section->currentIndex());
}

void EmojiPicker::pick(const QModelIndex &index)
{
    const QString emoji = index.data(EmojiPickerModel::InsertRole).toString();
    if (emoji.isEmpty())
        return;
    RecentEmoji::remember(emoji);
    hide();
    emit picked(emoji);
}

bool EmojiPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
            if (m_model->rowCount() > 0) {
                m_grid->setFocus();
                m_grid->setCurrentIndex(m_model->index(0));
            }
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (m_model->rowCount() > 0)
                pick(m_model->index(0));
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

void EmojiPicker::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        return;
    }
    QFrame::keyPressEvent(event);
}
