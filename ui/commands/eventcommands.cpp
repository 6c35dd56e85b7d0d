// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/eventcommands.h"

#include <utility>

#include <QFileInfo>
#include <QSet>

#include "storage/project.h"
#include "storage/storageerror.h"

namespace attache {

// ============================== ProjectCommand ==============================

ProjectCommand::ProjectCommand(Document& document, CommandId id)
    : m_document(document)
    , m_id(id)
{
}

ProjectCommand::~ProjectCommand() = default;

void ProjectCommand::redo()
{
    if (std::exchange(m_skipRedo, false))
        return;
    doRedo();
}

void ProjectCommand::undo()
{
    doUndo();
}

bool ProjectCommand::execute()
{
    doRedo();
    if (isObsolete())
        return false;
    m_skipRedo = true;
    return true;
}

Project& ProjectCommand::project() const
{
    return m_document.project();
}

bool ProjectCommand::write(Step step, const std::function<void()>& body)
{
    const Status written = project().write(body);
    if (written.ok()) {
        if (step == Step::Redo)
            m_doneOnce = true;
        return true;
    }
    const QString file = project().isTeamProject() ? project().name() : QFileInfo(project().path()).fileName();
    QString message;
    if (step == Step::Undo)
        message = tr("Cannot undo “%1” in %2: %3.");
    else if (m_doneOnce)
        message = tr("Cannot redo “%1” in %2: %3.");
    else
        message = tr("Cannot save “%1” to %2: %3.");
    setObsolete(true);
    m_document.reportError(message.arg(text(), file, written.error()));
    return false;
}

std::optional<Event> storedRow(const Project& project, const Event& row)
{
    return project.events().find(row.id);
}
std::optional<Actor> storedRow(const Project& project, const Actor& row)
{
    return project.actors().find(row.id);
}
std::optional<Statement> storedRow(const Project& project, const Statement& row)
{
    return project.statements().find(row.id);
}
std::optional<Annotation> storedRow(const Project& project, const Annotation& row)
{
    return project.annotations().find(row.id);
}
std::optional<Source> storedRow(const Project& project, const Source& row)
{
    return project.sources().find(row.id);
}

QStringList differences(const Event& a, const Event& b)
{
    QStringList fields;
    const auto differs = [&fields](bool changed, const QString& field) {
        if (changed)
            fields.append(field);
    };
    differs(a.title != b.title, ProjectCommand::tr("the title"));
    differs(a.kind != b.kind, ProjectCommand::tr("the kind"));
    differs(a.status != b.status, ProjectCommand::tr("the status"));
    differs(a.start != b.start || a.end != b.end, ProjectCommand::tr("the date"));
    differs(a.location != b.location, ProjectCommand::tr("the place"));
    differs(a.summary != b.summary, ProjectCommand::tr("the summary"));
    differs(a.participants != b.participants, ProjectCommand::tr("the participants"));
    differs(a.tags != b.tags || a.cameo != b.cameo || a.parent != b.parent, ProjectCommand::tr("the tags or links"));
    return fields;
}

QStringList differences(const Annotation& a, const Annotation& b)
{
    QStringList fields;
    const auto differs = [&fields](bool changed, const QString& field) {
        if (changed)
            fields.append(field);
    };
    differs(a.start != b.start || a.end != b.end || a.exact != b.exact || a.anchored != b.anchored,
        ProjectCommand::tr("the passage"));
    differs(a.kind != b.kind, ProjectCommand::tr("the kind"));
    differs(a.targetType != b.targetType || a.targetId != b.targetId, ProjectCommand::tr("what it supports"));
    differs(a.credibility != b.credibility, ProjectCommand::tr("the grade"));
    differs(a.comment != b.comment, ProjectCommand::tr("the comment"));
    return fields;
}

QString inWords(const QStringList& fields)
{
    if (fields.isEmpty())
        return ProjectCommand::tr("it");
    if (fields.size() == 1)
        return fields.first();
    return ProjectCommand::tr("%1 and %2").arg(QStringList(fields.mid(0, fields.size() - 1)).join(QStringLiteral(", ")), fields.last());
}

QString changedFields(const Event& a, const Event& b)
{
    return inWords(differences(a, b));
}

QString changedMeanwhile(const QString& who, const QStringList& fields)
{
    return ProjectCommand::tr("%1 changed %2 since, and this would overwrite their change")
        .arg(who.isEmpty() ? ProjectCommand::tr("another analyst") : who, inWords(fields));
}

void refuseOverwrite(const Project& project, Entity entity, qint64 id, const QStringList& fields)
{
    throw StorageError(changedMeanwhile(project.lastChangedBy(entity, id), fields));
}

Entity entityOf(const Event&)
{
    return Entity::Event;
}
Entity entityOf(const Actor&)
{
    return Entity::Actor;
}
Entity entityOf(const Statement&)
{
    return Entity::Statement;
}
Entity entityOf(const Annotation&)
{
    return Entity::Annotation;
}
Entity entityOf(const Source&)
{
    return Entity::Source;
}

void updateRow(Project& project, const Event& event)
{
    project.events().update(event);
}

void updateRow(Project& project, const Actor& actor)
{
    project.actors().update(actor);
}

void updateRow(Project& project, const Statement& statement)
{
    project.statements().update(statement);
}

void updateRow(Project& project, const Annotation& annotation)
{
    project.annotations().update(annotation);
}

void updateRow(Project& project, const Source& source)
{
    project.sources().update(source);
}

// ============================== AddEventCommand ==============================

AddEventCommand::AddEventCommand(Document& document, const Event& event)
    : ProjectCommand(document, CommandId::AddEvent)
    , m_event(event)
{
    m_event.id = EventId();
    setText(tr("Add Event “%1”").arg(event.title));
}

void AddEventCommand::doRedo()
{
    EventId id;
    if (write(Step::Redo, [&] { id = project().events().insert(m_event); })) {
        // Later redos insert with this id, so commands above this one still find their rows.
        m_event.id = id;
        document().setLastAdded(id);
    }
}

void AddEventCommand::doUndo()
{
    write(Step::Undo, [this] { project().events().remove(m_event.id); });
}

// ============================== EditEventCommand ==============================

EditEventCommand::EditEventCommand(Document& document, const Event& before, const Event& after)
    : ChangeRow<Event>(document, CommandId::EditEvent, before, after)
{
    setText(tr("Edit Event “%1”").arg(after.title));
}

// ============================== MoveEventCommand ==============================

MoveEventCommand::MoveEventCommand(
    Document& document, const Event& current, const Event& origin, qint64 totalMs, int dragId)
    : ChangeRow<Event>(document, CommandId::MoveEvent, current, moved(origin, totalMs), dragId)
    , m_origin(origin)
    , m_totalMs(totalMs)
{
    setText(tr("Move Event"));
}

MoveEventCommand* MoveEventCommand::create(
    Document& document, const Event& current, qint64 ms, int dragId, const QUndoCommand* previous)
{
    if (dragId != 0 && previous != nullptr && previous->id() == static_cast<int>(CommandId::MoveEvent)) {
        const auto* move = static_cast<const MoveEventCommand*>(previous);
        if (move->mergeKey() == dragId && move->after() == current)
            return new MoveEventCommand(document, current, move->m_origin, move->m_totalMs + ms, dragId);
    }
    return new MoveEventCommand(document, current, current, ms, dragId);
}

bool MoveEventCommand::mergeWith(const QUndoCommand* other)
{
    if (!ChangeRow<Event>::mergeWith(other))
        return false;
    const auto* next = static_cast<const MoveEventCommand*>(other);
    // The next move was computed from this drag's origin only if it continued this command; otherwise it started
    // from where this one ended, and its total counts from there.
    if (next->m_origin == m_origin)
        m_totalMs = next->m_totalMs;
    else
        m_totalMs += next->m_totalMs;
    return true;
}

Event MoveEventCommand::moved(const Event& event, qint64 ms)
{
    Event result = event;
    if (!event.end.isNull() && !event.start.isInterval() && !event.end.isInterval()) {
        // Shift start and end as one interval: ends of different precision round differently, and the interval
        // keeps them in order where two separate shifts could leave the end before the start.
        const FuzzyDate span = FuzzyDate::interval(event.start, event.end).shiftedBy(ms);
        result.start = span.start();
        result.end = span.end();
    } else {
        result.start = event.start.shiftedBy(ms);
        result.end = event.end.shiftedBy(ms);
    }
    return result;
}

// ============================== DeleteEventsCommand ==============================

DeleteEventsCommand::DeleteEventsCommand(Document& document, const QList<EventId>& ids)
    : ProjectCommand(document, CommandId::DeleteEvents)
{
    const Project& p = document.project();
    QSet<EventId> deleted;
    for (const EventId id : ids) {
        if (deleted.contains(id))
            continue;
        if (auto event = p.events().find(id)) {
            deleted.insert(id);
            m_events.append(*event);
        }
    }
    QSet<StatementId> seenStatements;
    for (const Event& event : std::as_const(m_events)) {
        for (const Statement& statement : p.statements().forEvent(event.id)) {
            if (!seenStatements.contains(statement.id)) {
                seenStatements.insert(statement.id);
                m_statements.append(statement);
            }
        }
        m_annotations.append(p.annotations().forTarget(TargetType::Event, event.id.value));
    }
    for (const EventId parent : deleted) {
        for (const Event& child : p.events().children(parent)) {
            if (!deleted.contains(child.id))
                m_children.append(child);
        }
    }

    if (m_events.size() == 1)
        setText(tr("Delete Event “%1”").arg(m_events.constFirst().title));
    else
        setText(tr("Delete %n Events", nullptr, int(m_events.size())));
}

void DeleteEventsCommand::doRedo()
{
    write(Step::Redo, [this] {
        for (const Event& event : std::as_const(m_events))
            project().events().remove(event.id);
    });
}

void DeleteEventsCommand::doUndo()
{
    write(Step::Undo, [this] {
        Project& p = project();
        QSet<EventId> restored;
        for (const Event& event : std::as_const(m_events))
            restored.insert(event.id);
        // A parent may come back after its child: insert without such parents first, then set them.
        for (const Event& event : std::as_const(m_events)) {
            Event row = event;
            if (restored.contains(row.parent))
                row.parent = EventId();
            p.events().insert(row);
        }
        for (const Event& event : std::as_const(m_events)) {
            if (restored.contains(event.parent))
                p.events().update(event);
        }
        for (const Event& child : std::as_const(m_children))
            p.events().update(child);
        for (const Statement& statement : std::as_const(m_statements))
            p.statements().update(statement);
        for (const Annotation& annotation : std::as_const(m_annotations))
            p.annotations().update(annotation);
    });
}

} // namespace attache
