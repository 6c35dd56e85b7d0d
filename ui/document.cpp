// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <algorithm>

#include <QFileInfo>
#include <QUndoStack>

#include "commands/actorcommands.h"
#include "commands/eventcommands.h"
#include "commands/mergecommands.h"
#include "commands/sourcecommands.h"
#include "commands/statementcommands.h"
#include "provenance/grading.h"
#include "storage/project.h"

namespace attache {

Document::Document(std::unique_ptr<Project> project, QObject* parent)
    : QObject(parent)
    , m_project(std::move(project))
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_project);
}

Document::~Document()
{
    // Commands refer to the project (see commands/eventcommands.h); the stack goes first, while the project is
    // still there for anyone its last signals reach.
    delete m_undoStack;
    m_undoStack = nullptr;
}

bool Document::push(ProjectCommand* command)
{
    if (!command->execute()) {
        delete command;
        return false;
    }
    m_undoStack->push(command); // may merge it into the command on top
    return true;
}

bool Document::refuse(const QString& action, const QString& reason)
{
    reportError(tr("Cannot %1 in %2: %3.").arg(action, QFileInfo(m_project->path()).fileName(), reason));
    return false;
}

bool Document::addEvent(const Event& event)
{
    return push(new AddEventCommand(*this, event));
}

bool Document::editEvent(const Event& event)
{
    const auto stored = m_project->events().find(event.id);
    if (!stored)
        return refuse(
            tr("edit the event “%1”").arg(event.title), tr("there is no event with id %1").arg(event.id.value));
    if (*stored == event)
        return true;
    return push(new EditEventCommand(*this, *stored, event));
}

bool Document::deleteEvents(const QList<EventId>& ids)
{
    if (ids.isEmpty())
        return true;
    for (const EventId id : ids) {
        if (!m_project->events().find(id)) {
            return refuse(tr("delete events"), tr("there is no event with id %1").arg(id.value));
        }
    }
    return push(new DeleteEventsCommand(*this, ids));
}

bool Document::moveEvent(EventId id, qint64 ms, int dragId)
{
    const auto stored = m_project->events().find(id);
    if (!stored)
        return refuse(tr("move the event"), tr("there is no event with id %1").arg(id.value));
    const int top = m_undoStack->index() - 1;
    auto* command
        = MoveEventCommand::create(*this, *stored, ms, dragId, top >= 0 ? m_undoStack->command(top) : nullptr);
    // A lone move too small to change the dates is no edit; a drag's steps are kept so that they add up.
    if (dragId == 0 && command->changesNothing()) {
        delete command;
        return true;
    }
    return push(command);
}

bool Document::mergeEvents(const QList<EventId>& ids)
{
    QList<Event> events;
    for (const EventId id : ids) {
        if (std::any_of(events.cbegin(), events.cend(), [id](const Event& e) { return e.id == id; }))
            continue;
        const auto stored = m_project->events().find(id);
        if (!stored)
            return refuse(tr("merge events"), tr("there is no event with id %1").arg(id.value));
        events.append(*stored);
    }
    if (events.size() < 2)
        return refuse(tr("merge events"), tr("at least two events must be selected"));
    return push(new MergeEventsCommand(*this, events));
}

bool Document::splitEvidence(EventId id, SourceId source)
{
    const auto event = m_project->events().find(id);
    if (!event)
        return refuse(tr("split evidence off"), tr("there is no event with id %1").arg(id.value));
    const QString action = tr("split evidence off “%1”").arg(event->title);
    const auto stored = m_project->sources().find(source);
    if (!stored)
        return refuse(action, tr("there is no source with id %1").arg(source.value));
    const QList<SourceId> sources = grading::evidenceSources(*m_project, id);
    if (!sources.contains(source))
        return refuse(action, tr("it has no evidence in “%1”").arg(stored->title));
    if (sources.size() < 2)
        return refuse(action, tr("all its evidence is in one source"));
    return push(new SplitEvidenceCommand(*this, *event, *stored));
}

bool Document::addActor(const Actor& actor)
{
    return push(new AddActorCommand(*this, actor));
}

bool Document::editActor(const Actor& actor)
{
    const auto stored = m_project->actors().find(actor.id);
    if (!stored)
        return refuse(
            tr("edit the actor “%1”").arg(actor.name), tr("there is no actor with id %1").arg(actor.id.value));
    if (*stored == actor)
        return true;
    return push(new EditActorCommand(*this, *stored, actor));
}

bool Document::deleteActor(ActorId id)
{
    const auto stored = m_project->actors().find(id);
    if (!stored)
        return refuse(tr("delete the actor"), tr("there is no actor with id %1").arg(id.value));
    return push(new DeleteActorCommand(*this, *stored));
}

bool Document::mergeActors(const QList<ActorId>& ids)
{
    QList<Actor> actors;
    for (const ActorId id : ids) {
        if (std::any_of(actors.cbegin(), actors.cend(), [id](const Actor& a) { return a.id == id; }))
            continue;
        const auto stored = m_project->actors().find(id);
        if (!stored)
            return refuse(tr("merge actors"), tr("there is no actor with id %1").arg(id.value));
        actors.append(*stored);
    }
    if (actors.size() < 2)
        return refuse(tr("merge actors"), tr("at least two actors must be selected"));
    return push(new MergeActorsCommand(*this, actors));
}

bool Document::addStatement(const Statement& statement)
{
    return push(new AddStatementCommand(*this, statement));
}

bool Document::editStatement(const Statement& statement)
{
    const auto stored = m_project->statements().find(statement.id);
    if (!stored) {
        return refuse(tr("edit the statement “%1”").arg(statementExcerpt(statement.text)),
            tr("there is no statement with id %1").arg(statement.id.value));
    }
    if (*stored == statement)
        return true;
    return push(new EditStatementCommand(*this, *stored, statement));
}

bool Document::deleteStatement(StatementId id)
{
    const auto stored = m_project->statements().find(id);
    if (!stored)
        return refuse(tr("delete the statement"), tr("there is no statement with id %1").arg(id.value));
    return push(new DeleteStatementCommand(*this, *stored));
}

bool Document::addAnnotation(const Annotation& annotation, const std::optional<Statement>& newStatement,
    const std::optional<Event>& newEvent, const std::optional<Actor>& newActor)
{
    if (!m_project->sources().find(annotation.source))
        return refuse(tr("mark the passage"), tr("there is no source with id %1").arg(annotation.source.value));
    return push(new AddAnnotationCommand(*this, annotation, newStatement, newEvent, newActor));
}

bool Document::editAnnotation(const Annotation& annotation)
{
    const auto stored = m_project->annotations().find(annotation.id);
    if (!stored)
        return refuse(tr("edit the annotation"), tr("there is no annotation with id %1").arg(annotation.id.value));
    if (*stored == annotation)
        return true;
    return push(new EditAnnotationCommand(*this, *stored, annotation));
}

bool Document::retargetAnnotation(const Annotation& annotation, const std::optional<Statement>& newStatement,
    const std::optional<Event>& newEvent, const std::optional<Actor>& newActor)
{
    if (!newStatement && !newEvent && !newActor)
        return editAnnotation(annotation);
    const auto stored = m_project->annotations().find(annotation.id);
    if (!stored)
        return refuse(tr("edit the annotation"), tr("there is no annotation with id %1").arg(annotation.id.value));
    return push(new AddAnnotationCommand(*this, annotation, newStatement, newEvent, newActor, *stored));
}

bool Document::placeAnnotation(AnnotationId id, qint64 start, qint64 end)
{
    const auto stored = m_project->annotations().find(id);
    if (!stored)
        return refuse(tr("place the annotation"), tr("there is no annotation with id %1").arg(id.value));
    const auto source = m_project->sources().find(stored->source);
    if (!source || end <= start)
        return refuse(tr("place the annotation"), tr("the passage is empty"));
    Annotation placed = *stored;
    anchoring::select(placed, source->text, start, end);
    placed.anchored = true;
    if (placed == *stored)
        return true;
    return push(new PlaceAnnotationCommand(*this, *stored, placed));
}

bool Document::deleteAnnotations(const QList<AnnotationId>& ids)
{
    QList<Annotation> annotations;
    for (const AnnotationId id : ids) {
        const auto stored = m_project->annotations().find(id);
        if (!stored)
            return refuse(tr("delete annotations"), tr("there is no annotation with id %1").arg(id.value));
        annotations.append(*stored);
    }
    if (annotations.isEmpty())
        return true;
    return push(new DeleteAnnotationsCommand(*this, annotations));
}

bool Document::editSource(const Source& source)
{
    const auto stored = m_project->sources().find(source.id);
    if (!stored)
        return refuse(tr("edit the source “%1”").arg(source.title), tr("there is no source with id %1").arg(source.id.value));
    Source edited = source;
    edited.text = stored->text; // the text changes only with its annotations, by replaceSourceText
    edited.contentHash = stored->contentHash;
    if (*stored == edited)
        return true;
    return push(new EditSourceCommand(*this, *stored, edited));
}

bool Document::deleteSource(SourceId id)
{
    const auto stored = m_project->sources().find(id);
    if (!stored)
        return refuse(tr("delete the source"), tr("there is no source with id %1").arg(id.value));
    return push(new DeleteSourceCommand(*this, *stored));
}

bool Document::replaceSourceText(SourceId id, const QString& text, anchoring::Report* report)
{
    const auto stored = m_project->sources().find(id);
    if (!stored)
        return refuse(tr("edit the source text"), tr("there is no source with id %1").arg(id.value));
    if (stored->text == text) {
        if (report)
            *report = {};
        return true;
    }
    if (!push(new ReplaceSourceTextCommand(*this, *stored, text)))
        return false;
    if (report)
        *report = m_lastReanchoring;
    return true;
}

bool Document::importArticle(const extract::Extraction& extraction)
{
    return push(new ImportArticleCommand(*this, extraction));
}

} // namespace attache
