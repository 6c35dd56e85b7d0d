// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/scope.h"

namespace attache::briefing {

Scope Scope::forEvent(EventId event, int relatedDays)
{
    Scope scope;
    scope.kind = Kind::Event;
    scope.event = event;
    scope.relatedDays = relatedDays;
    return scope;
}

Scope Scope::forActor(ActorId actor, const FuzzyDate& from, const FuzzyDate& to)
{
    Scope scope;
    scope.kind = Kind::Actor;
    scope.actor = actor;
    scope.from = from;
    scope.to = to;
    return scope;
}

Scope Scope::forPeriod(const FuzzyDate& from, const FuzzyDate& to)
{
    Scope scope;
    scope.kind = Kind::Period;
    scope.from = from;
    scope.to = to;
    return scope;
}

Scope Scope::forEvents(const QList<EventId>& events, const QString& description)
{
    Scope scope;
    scope.kind = Kind::Events;
    scope.events = events;
    scope.description = description;
    return scope;
}

} // namespace attache::briefing
