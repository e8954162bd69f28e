#pragma once

#include "compose/draft.h"

#include <QJsonObject>
#include <QString>

// The JSON body of POST /api/v1/statuses for one part of a draft.
class StatusRequest final
{
public:
    // `inReplyToId` is the status made for the part before, empty for the first part.
    [[nodiscard]] static QJsonObject body(const Draft &draft, qsizetype part,
                                          const QString &inReplyToId);
};
