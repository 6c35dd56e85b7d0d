// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/actormatcher.h"

#include "storage/project.h"

namespace attache::interop {

ActorId ActorMatcher::remembered(const QString& name) const
{
    return m_seen.value(name.toCaseFolded());
}

ActorId ActorMatcher::resolve(const QString& name, ActorKind kind)
{
    Actor actor;
    actor.name = name.trimmed();
    actor.kind = kind;
    return resolve(actor);
}

ActorId ActorMatcher::resolve(const Actor& actor)
{
    QStringList names {actor.name};
    names += actor.aliases;
    for (const QString& name : std::as_const(names)) {
        if (const ActorId known = remembered(name); known.isValid())
            return known;
    }
    std::optional<Actor> existing;
    for (const QString& name : std::as_const(names)) {
        if (!name.isEmpty() && (existing = m_project.actors().findByName(name)))
            break;
    }
    ActorId id;
    if (existing) {
        ++m_matched;
        id = existing->id;
        Actor merged = *existing;
        for (const QString& name : std::as_const(names)) {
            if (!name.isEmpty() && !merged.isNamed(name))
                merged.aliases.append(name);
        }
        if (merged.role.isEmpty())
            merged.role = actor.role;
        if (merged.country.isEmpty())
            merged.country = actor.country;
        if (merged.notes.isEmpty())
            merged.notes = actor.notes;
        if (merged != *existing)
            m_project.actors().update(merged);
    } else {
        ++m_added;
        Actor added = actor;
        added.id = {};
        added.affiliation = {};
        id = m_project.actors().insert(added);
    }
    for (const QString& name : std::as_const(names)) {
        if (!name.isEmpty())
            m_seen.insert(name.toCaseFolded(), id);
    }
    return id;
}

} // namespace attache::interop
