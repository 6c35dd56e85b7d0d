// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDate>
#include <QString>

#include "model/fuzzydate.h"

namespace attache::interop {

/// One date value taken apart as spreadsheets, calendars and timelines write it: year, month, day, time of day and
/// UTC offset, each present only as far as the date is known.
struct DateParts
{
    int year = 0;
    int month = 0; // 0 when known only to the year
    int day = 0; // 0 when known only to the month
    int hour = -1; // -1 when known only to the day
    int minute = -1;
    int second = -1; // -1 when the time is known to the minute
    bool hasOffset = false; // a time with Z or ±hh:mm
    int offsetMinutes = 0;

    /// The parts of a single (non-interval) value; nullopt for a null date or an interval.
    static std::optional<DateParts> of(const FuzzyDate& date);
    /// The date these parts spell, at the precision they have (no qualifiers). Fails with the reason.
    Result<FuzzyDate> toDate() const;

    bool hasTime() const { return hour >= 0; }
    /// The calendar day, where it is known to the day.
    QDate date() const { return QDate(year, month, day); }
    /// "hh:mm" or "hh:mm:ss", empty without a time.
    QString timeText() const;
};

/// The span an event with this start and end covers (Event::when()).
FuzzyDate spanOf(const FuzzyDate& start, const FuzzyDate& end);

/// The last calendar day a single value covers: its own day for a day or a time, the last day of its month or year.
QDate lastDay(const FuzzyDate& single);

} // namespace attache::interop
