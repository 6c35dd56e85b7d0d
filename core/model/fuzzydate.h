// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <compare>

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include "util/result.h"

namespace attache {

/// How finely a date is known. Ordered from coarsest to finest.
enum class DatePrecision : quint8 {
    None, // no value: a null date, or an open/unknown interval end
    Year,
    Month,
    Day,
    Minute,
    Second,
};

QString toText(DatePrecision precision); // "none", "year", "month", "day", "minute", "second"

/// A date as precise as the evidence allows: the EDTF (ISO 8601-2) level-1 subset that news dates need.
///
/// Accepted text: `2025`, `2025-08`, `2025-08-15`, `2025-08-15T11:00`, `2025-08-15T11:00:30`, with `Z` or `+hh:mm` /
/// `-hh:mm` after a time; a qualifier at the end of a value: `?` uncertain, `~` approximate, `%` both; negative and
/// five-digit years are refused. Intervals `a/b` of two such values, with an open end `..` (`../2025-08-18`,
/// `2025-08-15/..`) or an unknown end left empty (`/2025`, `2025/`). Each value has earliest/latest bounds in UTC
/// milliseconds since the epoch, used for ordering, indexing and drawing; dates without a time zone are read as UTC.
class FuzzyDate final
{
public:
    /// How an interval end is known.
    enum class EndKind : quint8 { Known, Open, Unknown };

    FuzzyDate() = default; // the null date

    static Result<FuzzyDate> parse(QStringView text);
    static FuzzyDate fromDate(QDate date); // day precision; null for an invalid date
    static FuzzyDate fromYearMonth(int year, int month); // month precision
    static FuzzyDate fromYear(int year); // year precision
    static FuzzyDate fromDateTime(const QDateTime& dateTime); // minute precision (second if seconds != 0), keeps offset
    /// An interval; either side may be null to mean an open end. Both null gives the null date.
    static FuzzyDate interval(const FuzzyDate& start, const FuzzyDate& end);

    bool isNull() const;
    bool isInterval() const;

    /// For a single value: its precision; for an interval: the precision of its start (or end if the start is open).
    DatePrecision precision() const;
    bool isUncertain() const; // any known part carries `?` or `%`
    bool isApproximate() const; // any known part carries `~` or `%`

    /// For an interval, its two ends as single values (null where open/unknown); for a single value, itself.
    FuzzyDate start() const;
    FuzzyDate end() const;
    EndKind startKind() const;
    EndKind endKind() const;

    /// Earliest/latest instants covered, UTC ms since the epoch, inclusive. An open or unknown start gives
    /// minimumMs(), an open or unknown end gives maximumMs(). Null dates give 0 for both.
    qint64 earliestMs() const;
    qint64 latestMs() const;
    static constexpr qint64 minimumMs() { return -62135596800000LL; } // 0001-01-01T00:00Z
    static constexpr qint64 maximumMs() { return 253402300799999LL; } // 9999-12-31T23:59:59.999Z

    /// The first calendar day covered (by its own offset), or an invalid QDate for null / open start.
    QDate firstDay() const;

    /// The same value moved by a number of milliseconds, keeping its precision, qualifiers and offset. A
    /// coarser-than-day value moves by whole units (a year moved by 400 days moves one year).
    FuzzyDate shiftedBy(qint64 ms) const;

    /// Canonical EDTF text; parse(toString()) == *this. Null gives an empty string.
    QString toString() const;
    /// How a person reads it: "Fri 15 Aug 2025", "Aug 2025", "2025", "c. 2025", "15 Aug 2025?",
    /// "Fri 15 Aug 2025 11:00 UTC-08:00", "15 Aug 2025 – 18 Aug 2025", "from 15 Aug 2025", "until 18 Aug 2025".
    /// English, independent of the system locale (the UI may format QDates itself).
    QString display() const;

    friend bool operator==(const FuzzyDate& a, const FuzzyDate& b);
    /// Orders by earliest bound, then latest bound, then canonical text; null sorts first.
    friend std::strong_ordering operator<=>(const FuzzyDate& a, const FuzzyDate& b);

private:
    struct Detail; // helpers in fuzzydate.cpp: parsing, bounds and formatting of a Point
    struct Point
    {
        qint16 year = 0;
        qint8 month = 0; // 1-12, 0 below month precision
        qint8 day = 0; // 1-31, 0 below day precision
        qint8 hour = 0;
        qint8 minute = 0;
        qint8 second = 0;
        qint16 offsetMinutes = 0; // UTC offset of the written time
        bool hasOffset = false;
        DatePrecision precision = DatePrecision::None;
        bool uncertain = false;
        bool approximate = false;
        friend bool operator==(const Point&, const Point&) = default;
    };

    Point m_start;
    Point m_end;
    bool m_interval = false;
    EndKind m_startKind = EndKind::Known;
    EndKind m_endKind = EndKind::Known;
};

} // namespace attache
