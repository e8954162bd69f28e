#include "redactingmessagehandler.h"

#include "logredactor.h"

#include <cstdio>

QtMessageHandler RedactingMessageHandler::s_previous = nullptr;

void RedactingMessageHandler::install()
{
    const QtMessageHandler previous = qInstallMessageHandler(&RedactingMessageHandler::handle);
    if (previous != &RedactingMessageHandler::handle)
        s_previous = previous;
}

void RedactingMessageHandler::handle(QtMsgType type, const QMessageLogContext &context,
                                     const QString &message)
{
    const QString clean = LogRedactor::redact(message);
    // Qt 6 hands back its default handler rather than null, so there is always one
    // to forward to; the fallback only guards against a handler that was removed.
    if (s_previous)
        s_previous(type, context, clean);
    else
        std::fputs(qPrintable(qFormatLogMessage(type, context, clean) + QLatin1Char('\n')), stderr);
}
