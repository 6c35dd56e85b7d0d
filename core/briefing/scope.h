// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "model/fuzzydate.h"
#include "model/ids.h"

namespace attache::briefing {

/// What a briefing sheet covers: one event with the related events around it, one actor over a period, a period, or
/// an explicit set of events (what the timeline's filter shows).
struct Scope
{
    enum class Kind : quint8 { Event, Actor, Period, Events };

    Kind kind = Kind::Period;
    EventId event; // Event: the event the brief is about
    int relatedDays = 3; // Event: related events that lie within this many days of it are included
    ActorId actor; // Actor
    FuzzyDate from; // Actor, Period: the period (either end may be null: open)
    FuzzyDate to;
    QList<EventId> events; // Events: the events, as the timeline's filter selected them
    QString description; // Events: what selected them, e.g. the filter's description

    static Scope forEvent(EventId event, int relatedDays = 3);
    static Scope forActor(ActorId actor, const FuzzyDate& from = {}, const FuzzyDate& to = {});
    static Scope forPeriod(const FuzzyDate& from, const FuzzyDate& to);
    static Scope forEvents(const QList<EventId>& events, const QString& description);

    friend bool operator==(const Scope&, const Scope&) = default;
};

} // namespace attache::briefing
