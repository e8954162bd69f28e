#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

// The command line of `posthorn post`, read without any network or keychain: what to
// post, as whom, and how to report it. A mistake here is a usage error (exit 64).
struct PostOptions
{
    Q_DECLARE_TR_FUNCTIONS(PostOptions)

public:
    // A file to attach, with the description given right after it (--media F --alt T).
    struct Media
    {
        QString path;
        QString description;
        // --alt was given (an empty one counts as none).
        bool described = false;
    };

    // "@user@server" (or "user@server") as `posthorn accounts` lists them; empty means
    // the current account. Several mean a cross-post (CrossPostCommand).
    QStringList accounts;
    QString contentWarning;
    QString visibility;
    QString language;
    // Invalid: post now.
    QDateTime scheduledAt;
    QList<Media> media;
    // The link of the post this one replies to; empty for none.
    QString replyTo;
    bool json = false;
    // Wait the undo-send delay of the Preferences before sending (--delay).
    bool delay = false;
    // The text, unless readFromStdin.
    QString text;
    bool readFromStdin = false;

    bool help = false;
    // Empty when the command line is usable.
    QString error;
    QString helpText;

    // `arguments` without the program name and the word `post`. `stdinIsTerminal` says
    // whether no TEXT means "read standard input" (a pipe) or a usage error (a terminal).
    [[nodiscard]] static PostOptions parse(const QStringList &arguments, bool stdinIsTerminal);
    // A time as a person or a script writes it: ISO 8601 with or without seconds, a
    // space or "T" between date and time, local time unless an offset or Z is given.
    [[nodiscard]] static QDateTime parseTime(const QString &text);

private:
    // Which --alt follows which --media: QCommandLineParser keeps each option's values
    // but not their order among each other, so they are read from the arguments in
    // order. `takesValue` names the options whose value is the next argument.
    [[nodiscard]] static QString pairMedia(const QStringList &arguments,
                                           const QStringList &takesValue, QList<Media> *media);
};
