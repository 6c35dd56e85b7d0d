// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "commands/rewritecommand.h"

namespace attache {

/// Merges events that are one occasion into the one created first (the lowest id): it gains the others' participants
/// (each actor once, in order of first appearance), tags, and the place, summary, CAMEO code and parent it lacks;
/// the evidence marked for the others, the statements said at or about them and their child events move to it; the
/// others are deleted. Its title, kind, status and dates stay.
class MergeEventsCommand final : public RewriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeEventsCommand)

public:
    /// `events` are stored rows, two or more, with distinct ids.
    MergeEventsCommand(Document& document, QList<Event> events);
    EventId kept() const { return m_kept; }

private:
    EventId m_kept;
};

/// Merges actors who are one into the one created first (the lowest id): the others' names and aliases become its
/// aliases, and it takes the role, country, notes and affiliation it lacks; their participations (each event keeps
/// one entry per actor, at the first one's place and role), statements, marked mentions and affiliates move to it;
/// the others are deleted.
class MergeActorsCommand final : public RewriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeActorsCommand)

public:
    /// `actors` are stored rows, two or more, with distinct ids.
    MergeActorsCommand(Document& document, QList<Actor> actors);
    ActorId kept() const { return m_kept; }

private:
    ActorId m_kept;
};

/// Splits the evidence of one source off an event that several sources report: a new event with the same title,
/// kind, status, dates, place, participants, tags, CAMEO code and parent takes the event evidence marked in that
/// source, and the statements linked to the event whose evidence is all in that source (or, unmarked, that are quoted
/// from it).
class SplitEvidenceCommand final : public RewriteCommand
{
    Q_DECLARE_TR_FUNCTIONS(SplitEvidenceCommand)

public:
    /// `event` is the stored row; `source` one of the sources of its evidence.
    SplitEvidenceCommand(Document& document, const Event& event, const Source& source);

protected:
    void addedEventsStored() override;

private:
    EventId m_from;
    QList<Annotation> m_moving;
    QList<Statement> m_statements;
};

} // namespace attache
