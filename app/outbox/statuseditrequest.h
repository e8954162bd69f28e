#pragma once

#include "compose/draft.h"

#include <QJsonObject>
#include <QString>

// The JSON body of PUT /api/v1/statuses/:id for a draft that edits a published post.
// Mastodon replaces what the body names and drops what it leaves out (media, poll), so
// everything the post keeps is sent again. Descriptions go with the edit as
// media_attributes: the server no longer lets PUT /api/v1/media/:id change media that
// belong to a post. Visibility, the reply and a schedule cannot change in an edit.
class StatusEditRequest final
{
public:
    StatusEditRequest() = delete;

    [[nodiscard]] static QString path(const Draft &draft);
    [[nodiscard]] static QJsonObject body(const Draft &draft);
};
