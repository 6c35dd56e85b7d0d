// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "extract/extraction.h"
#include "model/ids.h"

namespace attache {
class Project;
}

namespace attache::extract {

/// The rows one import created.
struct Imported
{
    SourceId source;
    QList<ActorId> actors;
    QList<EventId> events;
    QList<StatementId> statements;
    int annotations = 0;
};

/// Stores the accepted candidates of a reviewed extraction: the article as a source, then each accepted actor, event
/// and statement (new, or the project's row it was matched or merged with), each with annotations on its evidence.
/// Speakers and participants are candidate names, else names of the project's actors; a statement whose speaker is
/// neither is left out, as is an event without a date. Must run inside Project::write().
Imported store(Project& project, const Extraction& extraction);

/// Why a statement candidate cannot be stored as it is (empty when it can): e.g. it has no speaker.
QString statementProblem(const Project& project, const Extraction& extraction, const StatementCandidate& statement);

} // namespace attache::extract
