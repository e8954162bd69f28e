#pragma once

#include "compose/draft.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// The JSON body of POST /api/v1/statuses for one part of a draft.
class StatusRequest final
{
public:
    // `inReplyToId` is the status made for the part before, empty for the first part.
    // `allowedMentions`, when given, are the only accounts the part may reach
    // (MentionGuard): the server refuses it if the text mentions anyone else.
    [[nodiscard]] static QJsonObject body(const Draft &draft, qsizetype part,
                                          const QString &inReplyToId,
                                          const std::optional<QStringList> &allowedMentions = {});
};
