// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

#include "model/actor.h"

namespace attache {

class Project;

namespace interop {

/// Finds the project's actor for a name from an imported file (by name or alias, case-insensitive, as
/// ActorRepository::findByName does) and adds the actors that are not there yet. Use inside Project::write().
class ActorMatcher final
{
public:
    explicit ActorMatcher(Project& project)
        : m_project(project)
    { }

    /// The actor called `name`; a new actor of `kind` when the project has none by that name or alias.
    ActorId resolve(const QString& name, ActorKind kind = ActorKind::Other);
    /// The project's actor matching `actor`'s name or one of its aliases, given the aliases and details it lacks;
    /// otherwise `actor` added as a new actor (its id and affiliation are not kept: the caller maps them).
    ActorId resolve(const Actor& actor);

    qint64 added() const { return m_added; }
    qint64 matched() const { return m_matched; }

private:
    ActorId remembered(const QString& name) const;

    Project& m_project;
    QHash<QString, ActorId> m_seen; // case-folded name -> actor, so that a name counts once
    qint64 m_added = 0;
    qint64 m_matched = 0;
};

} // namespace interop
} // namespace attache
