// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

#include "document.h"
#include "model/annotation.h"
#include "model/event.h"
#include "model/source.h"
#include "model/statement.h"
#include "storage/changes.h"
#include "storage/storageerror.h"

// Ownership rule for every command in ui/commands (after Subsurface's commands/): a command owns *value copies* of
// the rows it writes or removes and never a pointer or reference into the project, so a command stays valid however
// long it sits on the stack. It refers to its Document by reference; the Document owns the QUndoStack that owns the
// commands and deletes it before the Project, so the Document outlives every command. Because the stack is linear,
// the project is exactly as a command left it whenever it is undone or redone, which is what lets undo restore the
// captured rows wholesale.
//
// This header also holds what all command files share (ProjectCommand, ChangeRow, CommandId); the actor and
// statement commands include it for that.

namespace attache {

class Project;

/// QUndoCommand::id() of each command class; only commands with equal ids are offered to mergeWith().
enum class CommandId : int {
    AddEvent = 1,
    EditEvent,
    MoveEvent,
    DeleteEvents,
    AddActor,
    EditActor,
    DeleteActor,
    AddStatement,
    EditStatement,
    DeleteStatement,
    AddAnnotation,
    EditAnnotation,
    DeleteAnnotations,
    EditSource,
    ReplaceSourceText,
    ImportArticle,
    PlaceAnnotation,
    DeleteSource,
    MergeEvents,
    MergeActors,
    SplitEvidence,
};

/// Base of every command: runs each step in one Project::write() transaction. A failed step is reported through the
/// Document and makes the command obsolete, so QUndoStack removes it (on undo/redo).
class ProjectCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProjectCommand)

public:
    explicit ProjectCommand(Document& document, CommandId id);
    ~ProjectCommand() override;
    Q_DISABLE_COPY_MOVE(ProjectCommand)

    int id() const override { return static_cast<int>(m_id); }
    void redo() final;
    void undo() final;

    /// Does the command for the first time, before it is pushed; false when it failed (and was reported). Pushing a
    /// command that failed would throw away the redo history, so Document pushes only what execute() did, and the
    /// push does not do it again.
    bool execute();

protected:
    enum class Step : quint8 { Redo, Undo };

    virtual void doRedo() = 0;
    virtual void doUndo() = 0;

    Document& document() const { return m_document; }
    Project& project() const;
    /// Runs `body` as one transaction; on failure reports it, marks the command obsolete and returns false.
    bool write(Step step, const std::function<void()>& body);

private:
    Document& m_document;
    CommandId m_id;
    bool m_doneOnce = false;
    bool m_skipRedo = false; // done by execute(); QUndoStack::push() calls redo() once more
};

/// Writes one whole row; overloaded per aggregate so ChangeRow works for any of them.
/// The row as the project holds it now (nullopt when it is gone).
std::optional<Event> storedRow(const Project& project, const Event& row);
std::optional<Actor> storedRow(const Project& project, const Actor& row);
std::optional<Statement> storedRow(const Project& project, const Statement& row);
std::optional<Annotation> storedRow(const Project& project, const Annotation& row);
std::optional<Source> storedRow(const Project& project, const Source& row);
/// What differs between two versions of an event or an annotation, in words ("the title", "the date"…); for other
/// rows nothing more precise than the row is said.
QStringList differences(const Event& a, const Event& b);
QStringList differences(const Annotation& a, const Annotation& b);
template<typename Row>
QStringList differences(const Row&, const Row&)
{
    return {};
}
/// The fields in `differences()` said as one phrase ("the title and the date"); "it" when none can be named.
QString changedFields(const Event& a, const Event& b);
/// Fields said as one phrase ("the comment and the grade"); "it" when there are none.
QString inWords(const QStringList& fields);
/// What kind of row it is, as change notifications say.
Entity entityOf(const Event&);
Entity entityOf(const Actor&);
Entity entityOf(const Statement&);
Entity entityOf(const Annotation&);
Entity entityOf(const Source&);
/// "maria changed the title and the date since, and this would overwrite their change" ("another analyst" where the
/// project does not know who): why a command may not write over a row.
QString changedMeanwhile(const QString& who, const QStringList& fields);
[[noreturn]] void refuseOverwrite(const Project& project, Entity entity, qint64 id, const QStringList& fields);
/// Throws StorageError unless the row `now` is still what a command left (`expected`): on a team project another
/// analyst may have changed it since, and writing over it would lose their change.
template<typename Row>
void requireUnchanged(const Project& project, const Row& expected, const std::optional<Row>& now)
{
    if (now && *now != expected)
        refuseOverwrite(project, entityOf(expected), expected.id.value, differences(expected, *now));
}

void updateRow(Project& project, const Event& event);
void updateRow(Project& project, const Actor& actor);
void updateRow(Project& project, const Statement& statement);
void updateRow(Project& project, const Annotation& annotation);
void updateRow(Project& project, const Source& source);

/// Tiled's ChangeValue for one stored row: redo writes `after`, undo writes `before`. Two commands of the same class
/// about the same row with the same non-zero merge key merge into one undo step that keeps the first `before` and
/// the last `after`, so a drag is one step however many moves it sends.
template<typename Row>
class ChangeRow : public ProjectCommand
{
public:
    ChangeRow(Document& document, CommandId id, Row before, Row after, int mergeKey = 0)
        : ProjectCommand(document, id)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(mergeKey)
    {
    }

    bool mergeWith(const QUndoCommand* other) override
    {
        if (other->id() != id() || m_mergeKey == 0)
            return false;
        const auto* next = static_cast<const ChangeRow*>(other);
        // The same row, continuing from where this command left it.
        if (next->m_mergeKey != m_mergeKey || next->m_before != m_after)
            return false;
        m_after = next->m_after;
        m_leftByRedo = next->m_leftByRedo;
        return true;
    }

    const Row& before() const { return m_before; }
    const Row& after() const { return m_after; }
    int mergeKey() const { return m_mergeKey; }

protected:
    // An undo (or a redo after it) writes only over the row as this command left it, read back as stored: on a
    // team project another analyst may have changed it since, and the step is then refused rather than overwrite
    // their change. (The first redo writes what the analyst just chose.)
    void doRedo() override
    {
        write(Step::Redo, [this] {
            if (m_leftByUndo)
                requireUnchanged(project(), *m_leftByUndo, storedRow(project(), m_after));
            updateRow(project(), m_after);
            m_leftByRedo = storedRow(project(), m_after);
        });
    }
    void doUndo() override
    {
        write(Step::Undo, [this] {
            requireUnchanged(project(), m_leftByRedo.value_or(m_after), storedRow(project(), m_before));
            updateRow(project(), m_before);
            m_leftByUndo = storedRow(project(), m_before);
        });
    }

private:
    Row m_before;
    Row m_after;
    int m_mergeKey;
    std::optional<Row> m_leftByRedo; // the row as stored after the last redo
    std::optional<Row> m_leftByUndo; // and after the last undo
};

/// Adds an event; undo removes it, redo puts it back with the id it got the first time.
class AddEventCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddEventCommand)

public:
    AddEventCommand(Document& document, const Event& event);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Event m_event;
};

/// Replaces an event (every field, participants included) with an edited copy.
class EditEventCommand final : public ChangeRow<Event>
{
    Q_DECLARE_TR_FUNCTIONS(EditEventCommand)

public:
    EditEventCommand(Document& document, const Event& before, const Event& after);
};

/// Moves an event in time, keeping the precision and qualifiers of its dates. Moves of one drag (same event, same
/// non-zero drag id) merge; each is computed from where the drag began, so small steps add up even for an event
/// known only to the month or year instead of each rounding away.
class MoveEventCommand final : public ChangeRow<Event>
{
    Q_DECLARE_TR_FUNCTIONS(MoveEventCommand)

public:
    /// A move of `current` (the stored event) by `ms`. When `previous` (the command on top of the stack) is a move
    /// of the same drag, the new command continues it: it moves from where the drag began by the summed distance.
    static MoveEventCommand* create(
        Document& document, const Event& current, qint64 ms, int dragId, const QUndoCommand* previous);
    bool mergeWith(const QUndoCommand* other) override;

    /// The event moved by `ms`; its two ends move together so they stay in order.
    static Event moved(const Event& event, qint64 ms);
    bool changesNothing() const { return before() == after(); }

private:
    MoveEventCommand(Document& document, const Event& current, const Event& origin, qint64 totalMs, int dragId);

    Event m_origin; // where the drag began
    qint64 m_totalMs = 0; // how far from m_origin
};

/// Deletes events, and on undo restores them with their ids, participants and parents, and everything that referred
/// to them: statements said at or about them, child events, annotations.
class DeleteEventsCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteEventsCommand)

public:
    /// Every id must exist.
    DeleteEventsCommand(Document& document, const QList<EventId>& ids);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    QList<Event> m_events;
    QList<Event> m_children; // events outside the deleted set whose parent is in it
    QList<Statement> m_statements; // venue or about in the deleted set
    QList<Annotation> m_annotations; // targeting a deleted event
};

} // namespace attache
