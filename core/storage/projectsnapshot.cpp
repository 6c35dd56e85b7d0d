// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/projectsnapshot.h"

#include "storage/project.h"

namespace attache {

std::optional<Actor> ProjectSnapshot::actorNamed(QStringView name) const
{
    return m_project.actors().findByName(name);
}

std::optional<Actor> ProjectSnapshot::actor(ActorId id) const
{
    return m_project.actors().find(id);
}

QList<Actor> ProjectSnapshot::actors() const
{
    return m_project.actors().all();
}

QList<Event> ProjectSnapshot::eventsBetween(qint64 fromMs, qint64 toMs) const
{
    EventQuery query;
    query.fromMs = fromMs;
    query.toMs = toMs;
    return m_project.events().list(query);
}

} // namespace attache
