// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "commands/eventcommands.h"
#include "model/actor.h"

namespace attache {

/// Adds an actor; undo removes it, redo puts it back with the id it got the first time.
class AddActorCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddActorCommand)

public:
    AddActorCommand(Document& document, const Actor& actor);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Actor m_actor;
};

/// Replaces an actor with an edited copy.
class EditActorCommand final : public ChangeRow<Actor>
{
    Q_DECLARE_TR_FUNCTIONS(EditActorCommand)

public:
    EditActorCommand(Document& document, const Actor& before, const Actor& after);
};

/// Deletes an actor. The database then drops its participations and statements, clears affiliations to it and
/// resets annotations on it or its statements; undo puts every one of those back as it was.
class DeleteActorCommand final : public ProjectCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteActorCommand)

public:
    /// `actor` is the stored row.
    DeleteActorCommand(Document& document, const Actor& actor);

protected:
    void doRedo() override;
    void doUndo() override;

private:
    Actor m_actor;
    QList<Event> m_events; // every event it took part in, whole, so its place among the participants comes back
    QList<Statement> m_statements; // said by it
    QList<Actor> m_affiliates; // other actors affiliated to it
    QList<Annotation> m_annotations; // targeting it or one of its statements
};

} // namespace attache
