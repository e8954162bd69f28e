#include "threadeditor.h"

#include "compose/composertextedit.h"
#include "compose/parteditor.h"
#include "compose/writingaids.h"

#include <QTextCursor>
#include <QVBoxLayout>

ThreadEditor::ThreadEditor(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

QStringList ThreadEditor::texts() const
{
    QStringList texts;
    for (const PartEditor *part : m_parts)
        texts.append(part->text());
    return texts;
}

void ThreadEditor::setTexts(const QStringList &texts)
{
    const QStringList wanted = texts.isEmpty() ? QStringList{QString()} : texts;
    while (m_parts.size() > wanted.size())
        removePart(m_parts.constLast());
    for (qsizetype i = 0; i < wanted.size(); ++i) {
        if (i < m_parts.size())
            m_parts.at(i)->setText(wanted.at(i));
        else
            addPart(wanted.at(i));
    }
}

void ThreadEditor::addEmptyPart()
{
    addPart(QString())->textEdit()->setFocus();
    emit changed();
}

void ThreadEditor::replacePart(qsizetype index, const QStringList &texts)
{
    if (index < 0 || index >= m_parts.size() || texts.isEmpty())
        return;
    QStringList all = this->texts();
    all.remove(index);
    for (qsizetype i = 0; i < texts.size(); ++i)
        all.insert(index + i, texts.at(i));
    setTexts(all);
    PartEditor *last = m_parts.value(index + texts.size() - 1);
    QTextCursor cursor = last->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    last->textEdit()->setTextCursor(cursor);
    last->textEdit()->setFocus();
    emit changed();
}

void ThreadEditor::setRemaining(const QList<qint64> &remaining, qint64 limit,
                                qint64 charactersPerUrl)
{
    for (qsizetype i = 0; i < m_parts.size() && i < remaining.size(); ++i)
        m_parts.at(i)->setRemaining(remaining.at(i), limit, charactersPerUrl);
}

void ThreadEditor::setWritingAids(WritingAids *aids)
{
    m_writingAids = aids;
    for (PartEditor *part : std::as_const(m_parts))
        aids->attach(part->textEdit());
}

void ThreadEditor::setReadOnly(bool readOnly)
{
    for (PartEditor *part : std::as_const(m_parts))
        part->setReadOnly(readOnly);
}

QList<QWidget *> ThreadEditor::tabStops() const
{
    QList<QWidget *> stops;
    for (const PartEditor *part : m_parts)
        stops += part->tabStops();
    return stops;
}

QList<ComposerTextEdit *> ThreadEditor::textEdits() const
{
    QList<ComposerTextEdit *> edits;
    for (const PartEditor *part : m_parts)
        edits.append(part->textEdit());
    return edits;
}

void ThreadEditor::focusText()
{
    if (PartEditor *part = currentPart())
        part->textEdit()->setFocus();
}

void ThreadEditor::insertMention(const QString &acct)
{
    PartEditor *part = currentPart();
    if (!part || part->textEdit()->isReadOnly())
        return;
    QTextCursor cursor = part->textEdit()->textCursor();
    const QString before = part->text().left(cursor.position());
    const bool needsSpace = !before.isEmpty() && !before.back().isSpace();
    cursor.insertText((needsSpace ? QStringLiteral(" @") : QStringLiteral("@")) + acct +
                      QLatin1Char(' '));
    part->textEdit()->setTextCursor(cursor);
    part->textEdit()->setFocus();
}

void ThreadEditor::appendText(const QString &text)
{
    PartEditor *part = currentPart();
    if (!part)
        return;
    const QString before = part->text();
    part->setText(before.trimmed().isEmpty() ? text : before + QStringLiteral("\n\n") + text);
    QTextCursor cursor = part->textEdit()->textCursor();
    cursor.movePosition(QTextCursor::End);
    part->textEdit()->setTextCursor(cursor);
}

void ThreadEditor::typeText(const QString &text)
{
    PartEditor *part = currentPart();
    if (text.isEmpty() || !part || part->textEdit()->isReadOnly())
        return;
    part->textEdit()->insertPlainText(text);
    part->textEdit()->setFocus();
}

PartEditor *ThreadEditor::addPart(const QString &text)
{
    const int number = int(m_parts.size()) + 1;
    auto *part = new PartEditor(number, number > 1, this);
    if (m_writingAids)
        m_writingAids->attach(part->textEdit());
    part->setText(text);
    m_parts.append(part);
    m_layout->addWidget(part, 1);
    connect(part, &PartEditor::textChanged, this, &ThreadEditor::changed);
    connect(part, &PartEditor::splitRequested, this,
            [this, part](bool numbered) { emit splitRequested(m_parts.indexOf(part), numbered); });
    connect(part, &PartEditor::removeRequested, this, [this, part] {
        removePart(part);
        emit changed();
        focusText();
    });
    connect(part->textEdit(), &ComposerTextEdit::imagePasted, this, &ThreadEditor::imagePasted);
    connect(part->textEdit(), &ComposerTextEdit::filesDropped, this, &ThreadEditor::filesDropped);
    connect(part->textEdit(), &ComposerTextEdit::postLinkPasted, this,
            &ThreadEditor::postLinkPasted);
    connect(part->textEdit(), &ComposerTextEdit::focusReceived, this,
            [this, part] { m_lastFocusedPart = part; });
    renumberParts();
    emit partAdded();
    return part;
}

void ThreadEditor::removePart(PartEditor *part)
{
    m_parts.removeOne(part);
    if (m_lastFocusedPart == part)
        m_lastFocusedPart = nullptr;
    delete part;
    renumberParts();
}

void ThreadEditor::renumberParts()
{
    for (qsizetype i = 0; i < m_parts.size(); ++i)
        m_parts.at(i)->setNumber(int(i) + 1, int(m_parts.size()));
}

PartEditor *ThreadEditor::currentPart() const
{
    return m_lastFocusedPart ? m_lastFocusedPart.data() : m_parts.value(0);
}
