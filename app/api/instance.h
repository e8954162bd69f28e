#pragma once

#include "api/instanceconfiguration.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

class JsonReader;

// What the setup wizard and the composer need to know about a server, filled from
// GET /api/v2/instance (Mastodon 4.0+) or, for older servers, GET /api/v1/instance.
struct Instance
{
    QString domain;
    QString title;
    QString version;
    // api_versions.mastodon (4.3+), 0 when absent; better than parsing `version`.
    qint64 apiVersion = 0;
    QString description;
    // v1 only; v2 has a single description.
    QString shortDescription;
    // v2 usage.users.active_month or v1 stats.user_count.
    std::optional<qint64> userCount;
    QStringList rules;
    QStringList languages;
    InstanceConfiguration configuration;
    // True when this came from /api/v1/instance.
    bool fromV1 = false;

    [[nodiscard]] static std::optional<Instance> fromJson(const QJsonValue &value,
                                                          QString *error = nullptr);
    static Instance read(JsonReader &reader);
};
