// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringList>

namespace attache {

class Project;

/// Events as GDELT-style tab-separated values, one event a row, for tools built on the GDELT event tables.
///
/// Columns (named as GDELT names them, in a header row): GLOBALEVENTID (the event's id), SQLDATE (YYYYMMDD of the
/// first day; the first of the month or year for dates known less finely), MonthYear, Year, Actor1Name, Actor2Name
/// (the first two participants who take part, in the event's order; those only mentioned are left out), EventCode,
/// EventBaseCode, EventRootCode (the event's CAMEO code, or the one for its kind: see cameo.h), QuadClass,
/// GoldsteinScale and ActionGeo_FullName (the location). Tabs and line breaks inside a value become spaces.
namespace gdelt {

QStringList columns();
QByteArray write(const Project& project);

} // namespace gdelt
} // namespace attache
