// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>

#include "extract/analysis.h"

namespace attache::extract {

/// The events the article tells of, one per occurrence, titled; statements made in an interview or a post get that
/// event as theirs.
QList<EventCandidate> findEvents(Analysis& w, QList<StatementCandidate>& statements,
    const QList<std::pair<QString, QString>>& venues);

/// Whether an event is one the report tells of as before its news ("the deadline follows talks in Abu Dhabi") without
/// a day: it took place in the days before the report.
bool isRecentOccasion(const EventCandidate& e);
/// Talks, meetings and summits: kinds one gathering may be called by.
bool isGathering(EventKind kind);
/// The same kind, or both gatherings.
bool sameFamily(EventKind a, EventKind b);
/// Whether two places named for occasions are one: "Alaska" and "a military base in Alaska" are, "Geneva" and
/// "Vienna" are not; an empty place is none.
bool samePlace(const QString& a, const QString& b);
/// Whether two places named for occasions cannot be one: both named, not the same, and not a state and a place that
/// may lie in it ("the US" and "Miami" may be one; "Geneva" and "Vienna", "Kenya" and "Uganda" are not).
bool elsewhere(const QString& a, const QString& b);

} // namespace attache::extract
