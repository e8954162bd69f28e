#pragma once

#include "api/instanceconfiguration.h"
#include "compose/draftpoll.h"

#include <QGroupBox>
#include <QList>

#include <optional>

class PollEditor;

// The composer's poll, when the post has one. Its editor is made when first needed:
// most posts have none, and its widgets cost start-up time (measured: about 10 ms
// of 55).
class PollBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PollBox)

public:
    explicit PollBox(QWidget *parent = nullptr);

    // Shows the poll's editor, or hides it; `focus` puts the cursor in the first choice.
    void open(bool on, bool focus);
    [[nodiscard]] DraftPoll poll() const;
    // A restored draft's poll; none hides the box.
    void setPoll(const std::optional<DraftPoll> &poll);
    void setLimits(const InstanceConfiguration &limits);
    // Its widgets that Tab stops at, in the order of the layout.
    [[nodiscard]] QList<QWidget *> tabStops() const;

signals:
    void changed();
    // The editor was made: the Tab order must take in its widgets.
    void editorMade();

private:
    void ensureEditor();

    PollEditor *m_editor = nullptr;
    InstanceConfiguration m_limits;
};
