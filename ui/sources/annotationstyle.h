// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>

#include "model/annotation.h"
#include "model/source.h"

namespace attache {

/// How annotations look wherever they are shown: the reader, the review dialog, the lists.
namespace annotationstyle {

/// "Actor", "Statement", "Event evidence", "Date", "Note".
QString label(AnnotationKind kind);
/// The highlight colour of a kind (light enough to read black text on, distinct from each other).
QColor colour(AnnotationKind kind);
/// "A – completely reliable" for menus and combo boxes; "Not graded" for Unrated.
QString reliabilityChoice(Reliability reliability);
/// "2 – probably true"; "Not graded" for 0.
QString credibilityChoice(int credibility);

} // namespace annotationstyle
} // namespace attache
