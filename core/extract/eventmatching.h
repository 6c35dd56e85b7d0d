// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "extract/extraction.h"
#include "extract/projectview.h"

namespace attache::extract {

/// What matching a candidate event against the project found: the project event it is (when confident), or one it
/// may be (a proposal for the analyst, projectId 0), and why, in words.
struct EventMatch
{
    qint64 projectId = 0; // set only for a confident match
    qint64 proposedId = 0; // the likeliest project event, confident or not
    QString reason;
};

/// Matches a candidate event with the project's events: a compatible kind (talks, meeting and summit are one
/// family), dates that overlap at the precision each is known (a day either way), the same status, participants in
/// common (by project actor, name, alias or another spelling) and no other place. Two participants in common, or one
/// and the same place, make it confident, and so does the one speaker of a press conference, statement or interview
/// (of a post, on the same platform); one participant alone otherwise makes it a proposal.
/// An occasion the report places before its news without a day (`published` given) is looked for among the
/// project's events of the week before the report, and only a confident match counts.
EventMatch matchEvent(const EventCandidate& event, const QList<ActorCandidate>& actors, const ProjectView& project,
    const FuzzyDate& published = {});

} // namespace attache::extract
