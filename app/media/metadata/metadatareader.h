#pragma once

#include <QString>

// The entry point of the posthorn-metadata module (see EmbeddedDescription), the only
// code that uses exiv2. A C name, so QLibrary can find it; Qt types, as both sides are
// built together against the same Qt.
extern "C" Q_DECL_EXPORT void posthornReadEmbeddedDescription(const QString &filePath,
                                                              QString *description);
