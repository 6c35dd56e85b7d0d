// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <utility>

#include "extract/analysis.h"

namespace attache::extract {

/// The statements of the article: each quotation that is someone's words, with its speaker, kind, venue and date.
/// Marks the quoted stretches in the analysis; `venues` receives (speaker, venue) pairs.
QList<StatementCandidate> findStatements(Analysis& w, QList<std::pair<QString, QString>>& venues);

} // namespace attache::extract
