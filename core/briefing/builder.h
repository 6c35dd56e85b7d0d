// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include "briefing/brief.h"
#include "briefing/scope.h"
#include "util/result.h"

namespace attache {

class Project;

namespace briefing {

/// How much a brief holds.
struct BuildOptions
{
    int maxStatements = 5; // key statements quoted
    int maxPeople = 8; // people listed for actor and period briefs (an event lists all its participants)
    int figureLanes = 5; // actors with a lane of their own in the figure
    QDate prepared = QDate::currentDate();
};

/// Builds the content of a briefing sheet from a project: the events in scope, the facts, the key statements, the
/// chronology, the figure's data and the numbered citations. Reads only; the bottom line is pre-filled from the data
/// and the caller may replace it.
class Builder final
{
public:
    explicit Builder(const Project& project, BuildOptions options = {});

    /// The brief for `scope`, or why there is none (an unknown event or actor, or no events in scope).
    Result<Brief> build(const Scope& scope) const;

private:
    const Project& m_project;
    BuildOptions m_options;
};

} // namespace briefing
} // namespace attache
