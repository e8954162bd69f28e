#pragma once

#include <QString>
#include <QtGlobal>
#include <QWidget>

// Widget tests find the real widgets by objectName, as a user finds them by their
// labels. A missing one is named in the output before the test fails on it.
template<typename T>
T *namedChild(QWidget *root, const char *name)
{
    T *found = root->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no widget named %s", name);
    return found;
}
