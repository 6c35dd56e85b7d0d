// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/actorcommands.h"

#include "storage/project.h"

namespace attache {

// ============================== AddActorCommand ==============================

AddActorCommand::AddActorCommand(Document& document, const Actor& actor)
    : ProjectCommand(document, CommandId::AddActor)
    , m_actor(actor)
{
    m_actor.id = ActorId();
    setText(tr("Add Actor “%1”").arg(actor.name));
}

void AddActorCommand::doRedo()
{
    ActorId id;
    if (write(Step::Redo, [&] { id = project().actors().insert(m_actor); })) {
        m_actor.id = id;
        document().setLastAdded(id);
    }
}

void AddActorCommand::doUndo()
{
    write(Step::Undo, [this] { project().actors().remove(m_actor.id); });
}

// ============================== EditActorCommand ==============================

EditActorCommand::EditActorCommand(Document& document, const Actor& before, const Actor& after)
    : ChangeRow<Actor>(document, CommandId::EditActor, before, after)
{
    setText(tr("Edit Actor “%1”").arg(after.name));
}

// ============================== DeleteActorCommand ==============================

DeleteActorCommand::DeleteActorCommand(Document& document, const Actor& actor)
    : ProjectCommand(document, CommandId::DeleteActor)
    , m_actor(actor)
{
    const Project& p = document.project();
    EventQuery query;
    query.actor = actor.id;
    m_events = p.events().list(query);
    m_statements = p.statements().bySpeaker(actor.id);
    for (const Actor& other : p.actors().affiliatedWith(actor.id)) {
        if (other.id != actor.id)
            m_affiliates.append(other);
    }
    m_annotations = p.annotations().forTarget(TargetType::Actor, actor.id.value);
    for (const Statement& statement : std::as_const(m_statements))
        m_annotations.append(p.annotations().forTarget(TargetType::Statement, statement.id.value));
    setText(tr("Delete Actor “%1”").arg(actor.name));
}

void DeleteActorCommand::doRedo()
{
    write(Step::Redo, [this] { project().actors().remove(m_actor.id); });
}

void DeleteActorCommand::doUndo()
{
    write(Step::Undo, [this] {
        Project& p = project();
        p.actors().insert(m_actor);
        for (const Actor& affiliate : std::as_const(m_affiliates))
            p.actors().update(affiliate);
        for (const Statement& statement : std::as_const(m_statements))
            p.statements().insert(statement);
        for (const Event& event : std::as_const(m_events))
            p.events().update(event);
        for (const Annotation& annotation : std::as_const(m_annotations))
            p.annotations().update(annotation);
    });
}

} // namespace attache
