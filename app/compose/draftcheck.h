#pragma once

#include "api/instanceconfiguration.h"
#include "compose/draft.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

// Why a draft cannot be posted yet, in the words shown next to the Post button. Checks
// what the server would refuse with 422, with the limits of the account's instance, so
// the user learns it before sending rather than after.
class DraftCheck final
{
    Q_DECLARE_TR_FUNCTIONS(DraftCheck)

public:
    // Empty when the draft can be posted. `remainingPerPart`, when given, receives what
    // remaining() says of each part, so a keystroke counts each part once.
    [[nodiscard]] static QStringList problems(const Draft &draft,
                                              const InstanceConfiguration &limits,
                                              QList<qint64> *remainingPerPart = nullptr);
    // Characters left in one part (negative when over), the content warning included.
    [[nodiscard]] static qint64 remaining(const Draft &draft, qsizetype part,
                                          const InstanceConfiguration &limits);
    [[nodiscard]] static QStringList pollProblems(const DraftPoll &poll,
                                                  const InstanceConfiguration &limits);
};
