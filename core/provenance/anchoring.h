// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include "model/annotation.h"

namespace attache {

class Project;

/// Placing annotations in a source's text, and finding them again when the text changes, as Hypothesis does: by
/// position, else by the quote in its context, else by a fuzzy match of the quote within a bounded edit distance.
namespace anchoring {

/// A new annotation on the code-point span [start, end) of `text`, with its quote selector (exact text and 32 code
/// points of context each side) filled in.
Annotation make(const QString& text, SourceId source, qint64 start, qint64 end, AnnotationKind kind,
    TargetType targetType = TargetType::None, qint64 targetId = 0, const QDateTime& created = {});

/// Sets start, end, exact, prefix and suffix for the code-point span [start, end) of `text` (clamped to it).
void select(Annotation& annotation, const QString& text, qint64 start, qint64 end);

/// How an annotation was found in a text.
enum class Placement : quint8 {
    Position, // the quote is where the position selector says
    Quote, // the exact quote was found elsewhere; its context chose among several
    Fuzzy, // a near match of the quote (a corrected typo, a changed word)
    Lost, // not found: the analyst places it by hand
};
QString toText(Placement placement);

/// Where `annotation` is in `text`: [start, end) in code points, or Lost.
struct Anchor
{
    Placement placement = Placement::Lost;
    qint64 start = 0;
    qint64 end = 0;
};
Anchor locate(const Annotation& annotation, const QString& text);

/// The fuzzy stage alone: the place in `text` nearest (in edit distance, then in position) to `quote`, at most
/// maxErrors(quote) edits away; an anchor of Lost when there is none. `near` (code points) breaks ties.
Anchor fuzzyFind(const QString& quote, const QString& text, qint64 near = 0);
/// The edit distance a fuzzy match may have: a quarter of the quote, none for quotes under eight characters.
int maxErrors(const QString& quote);

/// What re-anchoring a source's annotations did.
struct Report
{
    int position = 0;
    int quote = 0;
    int fuzzy = 0;
    QList<Annotation> lost; // as stored afterwards: anchored = false, old span kept
    int total() const { return position + quote + fuzzy + int(lost.size()); }
};

/// Replaces the text of source `id` and re-anchors its annotations (and the spans of statements quoted from it).
/// Must run inside Project::write(). Throws StorageError when there is no such source.
Report replaceText(Project& project, SourceId id, const QString& text);

} // namespace anchoring
} // namespace attache
