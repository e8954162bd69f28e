#pragma once

#include "api/language.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QLabel;

// Who can see the post, and its language. Only what the user picked goes into the
// draft; otherwise the posting account's defaults apply, also when they arrive after
// the draft was saved.
class AudienceRow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AudienceRow)

public:
    explicit AudienceRow(QWidget *parent = nullptr);

    // What the user picked; empty where the account's default applies.
    [[nodiscard]] QString chosenVisibility() const;
    [[nodiscard]] QString chosenLanguage() const;
    // The language shown, picked or not: the one meant.
    [[nodiscard]] QString language() const;
    // A restored draft's picks (empty: the default).
    void setChoices(const QString &visibility, const QString &language);
    // The posting account's defaults and its server's languages; empty when unknown.
    void setDefaults(const QString &visibility, const QString &language,
                     const QList<Language> &languages);
    void setEditable(bool editable);
    // An edit cannot change who sees the post: the visibility is shown, not offered.
    void setVisibilityLocked(bool locked);
    // A quick post goes out in the account's default language.
    void hideLanguage();
    // Picks `language` as if the user had chosen it in the list.
    void chooseLanguage(const QString &language);
    // A language's name for messages: its own name when Posthorn speaks another language
    // than English, else the server's name, else Qt's; the code when none knows it.
    [[nodiscard]] QString languageName(const QString &code) const;

signals:
    void changed();

private:
    void showDefaults();
    void fillLanguages();

    QComboBox *m_visibility;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QString m_defaultVisibility;
    QString m_defaultLanguage;
    QList<Language> m_languages;
    bool m_visibilityChosen = false;
    bool m_languageChosen = false;
    bool m_visibilityLocked = false;
};
