// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "extract/analysis.h"
#include "extract/gazetteer.h"

namespace attache::extract {

/// Adds a candidate, or folds it into the one it names already (a surname into the full name, the same name twice),
/// filling in role and affiliation. Returns its index.
int addActor(Analysis& w, ActorCandidate candidate);

/// Places every mention of a state, body or person in the text (a seat of government named as a place is not one),
/// keeping the longest where two overlap, in text order.
void findMentions(Analysis& w, const QList<Gazetteer::Match>& places);

} // namespace attache::extract
