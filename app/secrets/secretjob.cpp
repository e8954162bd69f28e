#include "secretjob.h"

#include <QTimer>

SecretJob::SecretJob(QObject *parent)
    : QObject(parent)
{}

void SecretJob::complete(const SecretResult &result)
{
    if (m_completed)
        return;
    m_completed = true;
    QTimer::singleShot(0, this, [this, result] {
        emit finished(result);
        deleteLater();
    });
}
