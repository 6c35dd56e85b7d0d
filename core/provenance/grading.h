// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

#include "model/annotation.h"
#include "model/ids.h"

namespace attache {

class Project;

namespace grading {

/// Outlets that count as one report: they ran one wire story, or near-identical text.
struct FoldedOutlets
{
    QStringList outlets;
    QString agency; // the wire agency they all credit; empty when it was their wording that joined them
};

/// The outlets whose sources carry evidence for an event, and how many of them report it independently: outlets that
/// ran the same wire story (they credit one agency) or near-identical text count once (see independence.h).
struct Corroboration
{
    QStringList outlets; // distinct, in the order first seen; a source without an outlet counts under its title
    int sources = 0;
    int independent = 0; // independent reports
    QList<FoldedOutlets> folded; // the groups of two or more outlets that count once

    /// The credibility to suggest: 1 (confirmed by other sources) when two or more independent outlets report it,
    /// else 0 (none).
    int suggestedCredibility() const { return independent >= 2 ? 1 : 0; }
    /// "2 independent outlets", "1 outlet".
    QString countText() const;
    /// What was folded together, e.g. "Harbour Gazette and Evening Report ran one Reuters story"; empty when nothing.
    QString foldedText() const;
    /// countText() with foldedText() after it in brackets: "2 independent outlets (A and B ran one Reuters story)".
    QString text() const;
};

/// Who reports `event`: the sources of its evidence annotations, plus `alsoFrom` (a source about to become one).
Corroboration corroboration(const Project& project, EventId event, SourceId alsoFrom = {});

/// The sources in which evidence for `event` is marked: its own and that of the statements said at or about it (for
/// a statement with no marked evidence, the source it is quoted from), in id order.
QList<SourceId> evidenceSources(const Project& project, EventId event);

/// The distinct Admiralty badges (source reliability and claim credibility, e.g. "B2", "A–") of the evidence for an
/// actor, event or statement, in the order of its annotations.
QStringList badges(const Project& project, TargetType type, qint64 id);
/// The same for annotations already read.
QStringList badges(const Project& project, const QList<Annotation>& evidence);

} // namespace grading
} // namespace attache
