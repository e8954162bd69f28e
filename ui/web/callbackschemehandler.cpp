#include "callbackschemehandler.h"

#include <QWebEngineUrlRequestJob>

void CallbackSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    job->fail(QWebEngineUrlRequestJob::RequestDenied);
}
