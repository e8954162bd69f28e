#pragma once

class QCoreApplication;

// Qt's own texts and Posthorn's, in the system's language, for the window and for the
// commands (`posthorn post`), which have no widgets: only QTranslator, from QtCore.
class Translations final
{
public:
    Translations() = delete;

    // The translators are children of `app` and live as long as it does.
    static void install(QCoreApplication &app);
};
