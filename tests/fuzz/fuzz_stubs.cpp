// SPDX-License-Identifier: GPL-3.0-or-later
// The extraction matches candidates against an open project; the fuzzer runs without one, so the storage layer is not
// linked. These definitions stand in for the few repository calls that code names (they are never reached without a
// project).
#include "storage/project.h"

namespace attache {
std::optional<Actor> ActorRepository::findByName(QStringView) const
{
    return std::nullopt;
}
std::optional<Actor> ActorRepository::find(ActorId) const
{
    return std::nullopt;
}
QList<Event> EventRepository::list(const EventQuery&) const
{
    return {};
}
} // namespace attache
