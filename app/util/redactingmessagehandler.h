#pragma once

#include <QtGlobal>

// Installs a Qt message handler that passes every message, Qt's own included,
// through LogRedactor before the previous handler prints it.
class RedactingMessageHandler final
{
public:
    RedactingMessageHandler() = delete;

    static void install();

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static QtMessageHandler s_previous;
};
