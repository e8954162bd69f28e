#pragma once

#include <QString>

// Removes secrets from text before it is logged. Two nets: patterns that look like
// credentials (Bearer headers, token/secret/code parameters in URLs, forms and JSON),
// and the exact values the app knows to be secret, registered as they appear.
class LogRedactor final
{
public:
    LogRedactor() = delete;

    [[nodiscard]] static QString redact(const QString &text);

    // Thread-safe; values shorter than 6 characters are ignored, since masking them
    // would mangle ordinary words without protecting anything.
    static void addSecret(const QString &secret);
    static void removeSecret(const QString &secret);
    static void clearSecrets();

    static const QString mask;
};
