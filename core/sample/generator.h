// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include <QDate>

#include "util/result.h"

namespace attache {

class Project;

/// Makes synthetic projects for benchmarks and stress tests (`attache generate`): a realistic spread of dates
/// (denser in recent years, in bursts), lanes (a few actors in most events), kinds, precisions and statuses.
/// The same options and seed always give the same project.
namespace generator {

struct Options
{
    qint64 events = 1000;
    qint64 statements = -1; // -1: one for every ten events
    int actors = 200;
    int years = 30;
    QDate lastDay = QDate(2025, 12, 31);
    quint64 seed = 1;
};

/// Adds the generated actors, events and statements to `project` in one transaction. `progress` is called now and
/// then with the rows written so far and the total; returning false cancels (and nothing is written).
Status generate(Project& project, const Options& options,
    const std::function<bool(qint64 done, qint64 total)>& progress = {});

} // namespace generator
} // namespace attache
