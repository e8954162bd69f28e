#pragma once

#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTimer;

// What the writing aids have to say above the composer's buttons, each at most once:
// that the post looks like it is written in another language than the one picked, with
// one click to post it as that language ("This looks like Dutch — post as Dutch?"), and
// that no spelling dictionary is installed for the language picked.
//
// Detection waits until typing pauses, so it never costs a keystroke. It never changes
// the language itself; dismissing the offer keeps it quiet for that text (until the
// composer is emptied or the text turns to yet another language).
class WritingHints final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WritingHints)

public:
    // `languageName` gives a language's name for a Mastodon code ("nl" → "Dutch").
    WritingHints(std::function<QString(const QString &)> languageName, QWidget *parent = nullptr);

    // The post's text (a thread joined) and the language it is to go out in.
    void textChanged(const QString &text, const QString &language);
    // A quick post has no language to pick, so nothing to offer.
    void setDetectionEnabled(bool on);
    // Says so while `language` is picked and spelling is checked; empty hides it.
    void showMissingDictionary(const QString &language);

    // How long typing must pause before the text is looked at.
    static constexpr int pauseMs = 600;

signals:
    // The user clicked to post in this language.
    void languageAccepted(const QString &language);

private:
    void detect();
    void hideOffer();
    void updateVisibility();

    std::function<QString(const QString &)> m_languageName;
    QTimer *m_pause;
    QLabel *m_offer;
    QPushButton *m_accept;
    QPushButton *m_dismiss;
    QLabel *m_missingDictionary;
    QString m_text;
    QString m_language;
    QString m_offered;
    QString m_dismissed;
    bool m_detectionEnabled = true;
};
