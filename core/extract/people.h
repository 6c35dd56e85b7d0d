// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include "extract/analysis.h"
#include "extract/gazetteer.h"

namespace attache::extract {

/// Adds the people the text names to the analysis's actors, with the role and affiliation their titles give, and
/// their surnames as aliases. `places` are the gazetteer's matches in the text.
void findPeople(Analysis& w, const QList<Gazetteer::Match>& places);

} // namespace attache::extract
