#include "imagepluginwarmup.h"

#include <QBuffer>
#include <QImageReader>
#include <QThreadPool>

void ImagePluginWarmup::start()
{
    QThreadPool::globalInstance()->start([] {
        // An empty PNG: reading it fails, but only after the reader has asked every
        // plugin about "png", which is what loads them. Qt moves plugin instances to
        // the main thread itself, so loading them here is safe.
        QBuffer nothing;
        nothing.open(QIODevice::ReadOnly);
        QImageReader reader(&nothing, QByteArrayLiteral("png"));
        reader.canRead();
    });
}
