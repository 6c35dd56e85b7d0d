// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "commands/eventcommands.h"
#include "model/actor.h"

namespace attache {

/// Rows one edit changes across the project, as they were and as they become, with the rows it removes and the
/// events it adds. Commands that rewrite many rows at once (merges, splits) fill one in their constructor.
struct Rewrite
{
    QList<Event> eventsBefore, eventsAfter; // pairwise: the same rows
    QList<Actor> actorsBefore, actorsAfter;
    QList<Statement> statementsBefore, statementsAfter;
    QList<Annotation> annotationsBefore, annotationsAfter;
    QList<Event> removedEvents;
    QList<Actor> removedActors;
    QList<Event> addedEvents; // ids set once stored

    void change(const Event& before, const Event& after);
    void change(const Actor& before, const Actor& after);
    void change(const Statement& before, const Statement& after);
    void change(const Annotation& before, const Annotation& after);
};

/// Applies a Rewrite as one step. Redo adds the new events, writes every changed row and then removes rows (so the
/// database's cascades find nothing left to drop); undo puts the removed rows back with their ids, writes every row
/// as it was and removes the added events. Because undo writes whole rows, participants keep their places, statements
/// their venues and subjects, annotations their targets.
class RewriteCommand : public ProjectCommand
{
public:
    RewriteCommand(Document& document, CommandId id);

protected:
    void doRedo() override;
    void doUndo() override;
    /// Called inside the first redo's transaction once the added events have their ids, before the changed rows are
    /// written, for rows that must point at them.
    virtual void addedEventsStored() { }

    Rewrite m_rewrite;

private:
    bool m_stored = false;
};

} // namespace attache
