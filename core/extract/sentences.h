// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

#include "extract/extraction.h"

namespace attache::extract {

/// Sentence boundaries of a text: [start, end) pairs in UTF-16 units. A blank line ends a sentence; a full stop does
/// not after an abbreviation ("Mr.", "U.S.") or an initial.
QList<Span> sentencesOf(QStringView text);

} // namespace attache::extract
