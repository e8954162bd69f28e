#include "draftcheck.h"

#include "compose/charactercounter.h"
#include "compose/graphemeclusters.h"
#include "media/mediafilecheck.h"

#include <QSet>

QStringList DraftCheck::problems(const Draft &draft, const InstanceConfiguration &limits,
                                 QList<qint64> *remainingPerPart)
{
    QStringList found;
    if (remainingPerPart)
        remainingPerPart->clear();
    const bool hasMedia = !draft.attachments.isEmpty();
    for (qsizetype i = 0; i < draft.parts.size(); ++i) {
        const bool needsText = i > 0 || (!hasMedia && !draft.poll);
        if (needsText && draft.parts.at(i).trimmed().isEmpty()) {
            found.append(draft.parts.size() == 1
                             ? tr("Write something first.")
                             : tr("Post %1 of the thread is empty.").arg(i + 1));
        }
        if (draft.poll && draft.parts.at(i).trimmed().isEmpty() && i == 0)
            found.append(tr("A poll needs a question."));
        const qint64 left = remaining(draft, i, limits);
        if (remainingPerPart)
            remainingPerPart->append(left);
        if (left < 0) {
            found.append(draft.parts.size() == 1
                             ? tr("The post is %1 over the character limit.").arg(-left)
                             : tr("Post %1 of the thread is %2 over the character limit.")
                                   .arg(i + 1)
                                   .arg(-left));
        }
    }
    if (hasMedia && draft.poll)
        found.append(tr("A post can have media or a poll, not both."));
    if (draft.attachments.size() > limits.maxMediaAttachments)
        found.append(tr("Too many attachments: this server takes %1 at most.")
                         .arg(limits.maxMediaAttachments));
    for (const DraftAttachment &attachment : draft.attachments) {
        if (MediaFileCheck::descriptionLength(attachment.description) > limits.descriptionLimit) {
            found.append(tr("An image description is over this server's limit of %1 characters.")
                             .arg(limits.descriptionLimit));
            break;
        }
    }
    if (draft.poll)
        found.append(pollProblems(*draft.poll, limits));
    if (draft.scheduledAt.isValid() && draft.parts.size() > 1)
        found.append(tr("A thread cannot be scheduled; post it now or schedule one post."));
    return found;
}

qint64 DraftCheck::remaining(const Draft &draft, qsizetype part,
                             const InstanceConfiguration &limits)
{
    return limits.maxCharacters - CharacterCounter::count(draft.parts.value(part),
                                                          draft.effectiveSpoilerText(),
                                                          int(limits.charactersReservedPerUrl));
}

QStringList DraftCheck::pollProblems(const DraftPoll &poll, const InstanceConfiguration &limits)
{
    QStringList found;
    if (poll.options.size() < 2)
        found.append(tr("A poll needs at least two choices."));
    if (poll.options.size() > limits.pollMaxOptions)
        found.append(
            tr("Too many poll choices: this server takes %1 at most.").arg(limits.pollMaxOptions));
    QSet<QString> seen;
    for (const QString &option : poll.options) {
        const QString trimmed = option.trimmed();
        if (trimmed.isEmpty()) {
            found.append(tr("Every poll choice needs text."));
            break;
        }
        if (GraphemeClusters::count(trimmed) > limits.pollMaxCharactersPerOption) {
            found.append(tr("A poll choice is over this server's limit of %1 characters.")
                             .arg(limits.pollMaxCharactersPerOption));
            break;
        }
        if (seen.contains(trimmed)) {
            found.append(tr("Two poll choices are the same."));
            break;
        }
        seen.insert(trimmed);
    }
    if (poll.expiresIn < limits.pollMinExpiration || poll.expiresIn > limits.pollMaxExpiration)
        found.append(tr("The poll must run between %1 and %2 minutes.")
                         .arg(limits.pollMinExpiration / 60)
                         .arg(limits.pollMaxExpiration / 60));
    return found;
}
