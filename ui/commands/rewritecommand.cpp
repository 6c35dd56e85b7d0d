// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/rewritecommand.h"

#include <QSet>

#include "storage/project.h"

namespace attache {

void Rewrite::change(const Event& before, const Event& after)
{
    if (before == after)
        return;
    eventsBefore.append(before);
    eventsAfter.append(after);
}

void Rewrite::change(const Actor& before, const Actor& after)
{
    if (before == after)
        return;
    actorsBefore.append(before);
    actorsAfter.append(after);
}

void Rewrite::change(const Statement& before, const Statement& after)
{
    if (before == after)
        return;
    statementsBefore.append(before);
    statementsAfter.append(after);
}

void Rewrite::change(const Annotation& before, const Annotation& after)
{
    if (before == after)
        return;
    annotationsBefore.append(before);
    annotationsAfter.append(after);
}

RewriteCommand::RewriteCommand(Document& document, CommandId id)
    : ProjectCommand(document, id)
{
}

void RewriteCommand::doRedo()
{
    const bool written = write(Step::Redo, [this] {
        Project& p = project();
        Rewrite& r = m_rewrite;
        for (Event& e : r.addedEvents)
            e.id = p.events().insert(e); // later redos keep the first id
        if (!m_stored)
            addedEventsStored();
        for (const Actor& a : std::as_const(r.actorsAfter))
            p.actors().update(a);
        for (const Event& e : std::as_const(r.eventsAfter))
            p.events().update(e);
        for (const Statement& s : std::as_const(r.statementsAfter))
            p.statements().update(s);
        for (const Annotation& a : std::as_const(r.annotationsAfter))
            p.annotations().update(a);
        for (const Event& e : std::as_const(r.removedEvents))
            p.events().remove(e.id);
        for (const Actor& a : std::as_const(r.removedActors))
            p.actors().remove(a.id);
    });
    if (!written)
        return;
    m_stored = true;
    if (!m_rewrite.addedEvents.isEmpty())
        document().setLastAdded(m_rewrite.addedEvents.constLast().id);
}

void RewriteCommand::doUndo()
{
    write(Step::Undo, [this] {
        Project& p = project();
        const Rewrite& r = m_rewrite;
        // Removed rows first, so that the rows written back can point at them; an actor's affiliation and an event's
        // parent may be among the removed too, and are set by the writes that follow.
        for (Actor a : r.removedActors) {
            a.affiliation = ActorId();
            p.actors().insert(a);
        }
        for (const Actor& a : r.removedActors) {
            if (a.affiliation.isValid())
                p.actors().update(a);
        }
        QSet<EventId> removed;
        for (const Event& e : r.removedEvents)
            removed.insert(e.id);
        for (Event e : r.removedEvents) {
            if (removed.contains(e.parent))
                e.parent = EventId();
            p.events().insert(e);
        }
        for (const Event& e : r.removedEvents) {
            if (removed.contains(e.parent))
                p.events().update(e);
        }
        for (const Actor& a : r.actorsBefore)
            p.actors().update(a);
        for (const Event& e : r.eventsBefore)
            p.events().update(e);
        for (const Statement& s : r.statementsBefore)
            p.statements().update(s);
        for (const Annotation& a : r.annotationsBefore)
            p.annotations().update(a);
        for (const Event& e : r.addedEvents)
            p.events().remove(e.id);
    });
}

} // namespace attache
