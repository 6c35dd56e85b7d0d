// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "model/annotation.h"
#include "model/ids.h"

namespace attache {

class Project;

namespace grading {

/// The outlets whose sources carry evidence for an event.
struct Corroboration
{
    QStringList outlets; // distinct, in the order first seen; a source without an outlet counts under its title
    int sources = 0;
    /// The credibility to suggest: 1 (confirmed by other sources) when two or more outlets report it, else 0 (none).
    int suggestedCredibility() const { return outlets.size() >= 2 ? 1 : 0; }
};

/// Who reports `event`: the sources of its evidence annotations, plus `alsoFrom` (a source about to become one).
Corroboration corroboration(const Project& project, EventId event, SourceId alsoFrom = {});

/// The distinct Admiralty badges (source reliability and claim credibility, e.g. "B2", "A–") of the evidence for an
/// actor, event or statement, in the order of its annotations.
QStringList badges(const Project& project, TargetType type, qint64 id);
/// The same for annotations already read.
QStringList badges(const Project& project, const QList<Annotation>& evidence);

} // namespace grading
} // namespace attache
