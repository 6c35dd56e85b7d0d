// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QObject>

#include <optional>

#include "extract/extraction.h"
#include "model/actor.h"
#include "model/source.h"
#include "provenance/anchoring.h"
#include "model/event.h"
#include "model/statement.h"

class QUndoStack;

namespace attache {

class Project;
class ProjectCommand;

/// An open project as the UI edits it: the project file, its undo stack, and one function per kind of edit.
///
/// Every edit is a QUndoCommand pushed on undoStack(): redo() and undo() each run one Project::write() transaction,
/// so every step is saved to the file at once and a failed write changes nothing (the error is reported through
/// errorOccurred and the command becomes obsolete). Commands own copies of the rows they remove, so undo restores
/// them with their ids, and everything that referred to them (participations, statements, annotations) as it was.
class Document final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Document)

public:
    explicit Document(std::unique_ptr<Project> project, QObject* parent = nullptr);
    ~Document() override;

    Project& project() const { return *m_project; }
    QUndoStack* undoStack() const { return m_undoStack; }

    /// Each returns false (after emitting errorOccurred) when the change could not be made.
    bool addEvent(const Event& event); // id ignored; the new id is in lastAddedEvent()
    bool editEvent(const Event& event); // replaces the stored event with this id
    bool deleteEvents(const QList<EventId>& ids);
    /// Moves an event by `ms`, keeping its precision. Moves with the same `dragId` merge into one undo step.
    bool moveEvent(EventId id, qint64 ms, int dragId = 0);
    /// Merges two or more events into the one created first (lowest id), one step; see MergeEventsCommand.
    bool mergeEvents(const QList<EventId>& ids);
    /// Moves the evidence of `source` off `id` to a new event (then lastAddedEvent()); see SplitEvidenceCommand.
    /// The event must have evidence in another source too.
    bool splitEvidence(EventId id, SourceId source);
    bool addActor(const Actor& actor);
    bool editActor(const Actor& actor);
    bool deleteActor(ActorId id);
    /// Merges two or more actors into the one created first (lowest id), one step; see MergeActorsCommand.
    bool mergeActors(const QList<ActorId>& ids);
    bool addStatement(const Statement& statement);
    bool editStatement(const Statement& statement);
    bool deleteStatement(StatementId id);
    /// Marks a passage; a new statement, event or actor given here is created with it in the same step and becomes
    /// its target.
    bool addAnnotation(const Annotation& annotation, const std::optional<Statement>& newStatement = std::nullopt,
        const std::optional<Event>& newEvent = std::nullopt, const std::optional<Actor>& newActor = std::nullopt);
    bool editAnnotation(const Annotation& annotation);
    /// Edits an annotation to support a new statement, event or actor, created with the change in one step.
    bool retargetAnnotation(const Annotation& annotation, const std::optional<Statement>& newStatement,
        const std::optional<Event>& newEvent, const std::optional<Actor>& newActor);
    /// Moves an annotation to the code-point span [start, end) of its source's text (placing it when it was unplaced).
    bool placeAnnotation(AnnotationId id, qint64 start, qint64 end);
    bool deleteAnnotations(const QList<AnnotationId>& ids);
    bool editSource(const Source& source); // details and grade; the text is changed by replaceSourceText
    /// Deletes a source and its annotations; statements quoted from it stay, without their source.
    bool deleteSource(SourceId id);
    /// Replaces a source's text and re-anchors its annotations; `report` (optional) says how they were placed.
    bool replaceSourceText(SourceId id, const QString& text, anchoring::Report* report = nullptr);
    /// Stores a reviewed extraction (only its accepted candidates) as one step; the new source is lastImportedSource().
    bool importArticle(const extract::Extraction& extraction);

    EventId lastAddedEvent() const { return m_lastEvent; }
    ActorId lastAddedActor() const { return m_lastActor; }
    StatementId lastAddedStatement() const { return m_lastStatement; }
    SourceId lastImportedSource() const { return m_lastSource; }

    /// For commands: remember ids they created; report failures.
    void setLastAdded(EventId id) { m_lastEvent = id; }
    void setLastAdded(ActorId id) { m_lastActor = id; }
    void setLastAdded(StatementId id) { m_lastStatement = id; }
    void setLastAdded(SourceId id) { m_lastSource = id; }
    void setLastReanchoring(const anchoring::Report& report) { m_lastReanchoring = report; }
    void reportError(const QString& message) { Q_EMIT errorOccurred(message); }

Q_SIGNALS:
    void errorOccurred(const QString& message);

private:
    bool push(ProjectCommand* command); // takes ownership
    /// Reports an edit refused before any command was made (e.g. its row does not exist); returns false.
    bool refuse(const QString& action, const QString& reason);

    std::unique_ptr<Project> m_project;
    QUndoStack* m_undoStack;
    EventId m_lastEvent;
    ActorId m_lastActor;
    StatementId m_lastStatement;
    SourceId m_lastSource;
    anchoring::Report m_lastReanchoring;
};

} // namespace attache
