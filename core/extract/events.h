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

} // namespace attache::extract
