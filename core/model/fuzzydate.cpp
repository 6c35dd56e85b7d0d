// SPDX-License-Identifier: GPL-3.0-or-later
#include "model/fuzzydate.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

namespace attache {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 msPerSecond = 1000;
constexpr qint64 msPerMinute = 60 * msPerSecond;
constexpr qint64 msPerHour = 60 * msPerMinute;
constexpr qint64 msPerDay = 24 * msPerHour;
// Coarse values move by whole units of these average lengths.
constexpr double msPerMonth = 30.44 * msPerDay;
constexpr double msPerYear = 365.25 * msPerDay;
constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
constexpr int minYear = 1;
constexpr int maxYear = 9999;
// The widest offsets in use (UTC-12:00 to UTC+14:00) fit in ±14:00, which is also QTimeZone's limit.
constexpr int maxOffsetMinutes = 14 * 60;

constexpr std::array<QStringView, 12> shortMonthNames
    = {u"Jan", u"Feb", u"Mar", u"Apr", u"May", u"Jun", u"Jul", u"Aug", u"Sep", u"Oct", u"Nov", u"Dec"};
constexpr std::array<QStringView, 12> longMonthNames = {u"January", u"February", u"March", u"April", u"May", u"June",
    u"July", u"August", u"September", u"October", u"November", u"December"};
constexpr std::array<QStringView, 7> shortDayNames = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};

constexpr QStringView qualifiers = u"a qualifier (?, ~ or %)";

QString padded(int value, int width)
{
    return QString::number(value).rightJustified(width, u'0');
}

QString quoted(QStringView text)
{
    return u'"' + text.toString() + u'"';
}

qint64 dayStartMs(QDate date)
{
    return (date.toJulianDay() - epochJulianDay) * msPerDay;
}

qint64 clampedMs(qint64 ms)
{
    return std::clamp(ms, FuzzyDate::minimumMs(), FuzzyDate::maximumMs());
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

QString offsetText(int offsetMinutes)
{
    const int magnitude = std::abs(offsetMinutes);
    return (offsetMinutes < 0 ? u'-' : u'+') + padded(magnitude / 60, 2) + u':' + padded(magnitude % 60, 2);
}

} // namespace

QString toText(DatePrecision precision)
{
    switch (precision) {
    case DatePrecision::None:
        return u"none"_s;
    case DatePrecision::Year:
        return u"year"_s;
    case DatePrecision::Month:
        return u"month"_s;
    case DatePrecision::Day:
        return u"day"_s;
    case DatePrecision::Minute:
        return u"minute"_s;
    case DatePrecision::Second:
        return u"second"_s;
    }
    return {};
}

struct FuzzyDate::Detail
{
    class Parser;

    static FuzzyDate single(const Point& point)
    {
        FuzzyDate date;
        date.m_start = point;
        return date;
    }

    /// The first instant of the point as if its wall-clock time were UTC.
    static qint64 localStartMs(const Point& p)
    {
        const QDate date(p.year, std::max<int>(p.month, 1), std::max<int>(p.day, 1));
        return dayStartMs(date) + p.hour * msPerHour + p.minute * msPerMinute + p.second * msPerSecond;
    }

    /// The first instant after the point, as if its wall-clock time were UTC.
    static qint64 localNextMs(const Point& p)
    {
        switch (p.precision) {
        case DatePrecision::None:
            return 0;
        case DatePrecision::Year:
            return dayStartMs(QDate(p.year + 1, 1, 1));
        case DatePrecision::Month:
            return dayStartMs(QDate(p.year, p.month, 1).addMonths(1));
        case DatePrecision::Day:
            return localStartMs(p) + msPerDay;
        case DatePrecision::Minute:
            return localStartMs(p) + msPerMinute;
        case DatePrecision::Second:
            return localStartMs(p) + msPerSecond;
        }
        return 0;
    }

    static qint64 earliest(const Point& p) { return clampedMs(localStartMs(p) - p.offsetMinutes * msPerMinute); }
    static qint64 latest(const Point& p) { return clampedMs(localNextMs(p) - 1 - p.offsetMinutes * msPerMinute); }

    static QString text(const Point& p)
    {
        QString result = padded(p.year, 4);
        if (p.precision >= DatePrecision::Month)
            result += u'-' + padded(p.month, 2);
        if (p.precision >= DatePrecision::Day)
            result += u'-' + padded(p.day, 2);
        if (p.precision >= DatePrecision::Minute)
            result += u'T' + padded(p.hour, 2) + u':' + padded(p.minute, 2);
        if (p.precision >= DatePrecision::Second)
            result += u':' + padded(p.second, 2);
        if (p.hasOffset)
            result += p.offsetMinutes == 0 ? u"Z"_s : offsetText(p.offsetMinutes);
        if (p.uncertain && p.approximate)
            result += u'%';
        else if (p.uncertain)
            result += u'?';
        else if (p.approximate)
            result += u'~';
        return result;
    }

    static QString display(const Point& p, bool withWeekday)
    {
        const auto monthYear
            = [&p]() -> QString { return shortMonthNames.at(p.month - 1) + u' ' + QString::number(p.year); };
        QString result;
        switch (p.precision) {
        case DatePrecision::None:
            return {};
        case DatePrecision::Year:
            result = QString::number(p.year);
            break;
        case DatePrecision::Month:
            result = monthYear();
            break;
        case DatePrecision::Day:
        case DatePrecision::Minute:
        case DatePrecision::Second:
            // A weekday would repeat a qualified day's doubt as if it were known, so it goes with certain days only.
            if (withWeekday && !p.uncertain && !p.approximate)
                result = shortDayNames.at(QDate(p.year, p.month, p.day).dayOfWeek() - 1) + u' ';
            result += QString::number(p.day) + u' ' + monthYear();
            break;
        }
        if (p.precision >= DatePrecision::Minute)
            result += u' ' + padded(p.hour, 2) + u':' + padded(p.minute, 2);
        if (p.precision >= DatePrecision::Second)
            result += u':' + padded(p.second, 2);
        if (p.hasOffset)
            result += u" UTC"_s + (p.offsetMinutes == 0 ? QString() : offsetText(p.offsetMinutes));
        if (p.approximate)
            result.prepend(u"c. "_s);
        if (p.uncertain)
            result += u'?';
        return result;
    }

    /// The length of one unit of the point's precision, as shiftedBy() counts it.
    static qint64 unitMs(DatePrecision precision)
    {
        switch (precision) {
        case DatePrecision::None:
            return 0;
        case DatePrecision::Year:
            return std::llround(msPerYear);
        case DatePrecision::Month:
            return std::llround(msPerMonth);
        case DatePrecision::Day:
            return msPerDay;
        case DatePrecision::Minute:
            return msPerMinute;
        case DatePrecision::Second:
            return msPerSecond;
        }
        return 0;
    }

    /// The point moved by whole units of its precision, clamped to the years 0001-9999.
    static Point shifted(const Point& p, qint64 ms)
    {
        // Any larger move leaves the supported range anyway; clamping keeps the arithmetic below from overflowing.
        const qint64 span = maximumMs() - minimumMs() + msPerDay;
        const double move = static_cast<double>(std::clamp(ms, -span, span));
        Point result = p;
        switch (p.precision) {
        case DatePrecision::None:
            break;
        case DatePrecision::Year:
            result.year
                = static_cast<qint16>(std::clamp<qint64>(p.year + std::llround(move / msPerYear), minYear, maxYear));
            break;
        case DatePrecision::Month: {
            const qint64 index = std::clamp<qint64>(
                p.year * 12LL + p.month - 1 + std::llround(move / msPerMonth), minYear * 12LL, maxYear * 12LL + 11);
            result.year = static_cast<qint16>(index / 12);
            result.month = static_cast<qint8>(index % 12 + 1);
            break;
        }
        case DatePrecision::Day:
        case DatePrecision::Minute:
        case DatePrecision::Second: {
            const qint64 unit = unitMs(p.precision);
            const qint64 first = dayStartMs(QDate(minYear, 1, 1));
            const qint64 last = dayStartMs(QDate(maxYear, 12, 31)) + msPerDay - unit;
            const qint64 local
                = std::clamp(localStartMs(p) + std::llround(move / static_cast<double>(unit)) * unit, first, last);
            const qint64 days = local / msPerDay - (local % msPerDay < 0 ? 1 : 0); // rounded down before 1970 too
            const qint64 rest = local - days * msPerDay;
            const QDate date = QDate::fromJulianDay(days + epochJulianDay);
            result.year = static_cast<qint16>(date.year());
            result.month = static_cast<qint8>(date.month());
            result.day = static_cast<qint8>(date.day());
            if (p.precision >= DatePrecision::Minute) {
                result.hour = static_cast<qint8>(rest / msPerHour);
                result.minute = static_cast<qint8>(rest % msPerHour / msPerMinute);
                result.second = static_cast<qint8>(rest % msPerMinute / msPerSecond);
            }
            break;
        }
        }
        return result;
    }
};

/// Reads EDTF text with a cursor over the trimmed input; every error names the input and what was expected where.
class FuzzyDate::Detail::Parser final
{
public:
    explicit Parser(QStringView input)
        : m_input(input)
        , m_text(input.trimmed())
    { }

    Result<FuzzyDate> parse()
    {
        if (m_text.isEmpty())
            return fail(u"it is empty (expected a date such as 2025-08-15)"_s);

        const qsizetype slash = m_text.indexOf(u'/');
        if (slash < 0) {
            if (m_text == u"..")
                return fail(u"\"..\" stands for an open interval end (expected a date, or \"..\" beside \"/\")"_s);
            Result<Point> point = value(m_text.size());
            if (!point)
                return Error {point.error()};
            return single(*point);
        }

        if (const qsizetype second = m_text.indexOf(u'/', slash + 1); second >= 0) {
            return fail(
                u"expected only one \"/\" in an interval, found another after "_s + quoted(m_text.left(second)));
        }

        FuzzyDate date;
        date.m_interval = true;
        const QStringView startText = m_text.left(slash);
        const QStringView endText = m_text.mid(slash + 1);
        date.m_startKind = kindOf(startText);
        date.m_endKind = kindOf(endText);
        if (date.m_startKind != EndKind::Known && date.m_endKind != EndKind::Known)
            return fail(u"an interval needs at least one date (expected a date before or after \"/\")"_s);

        if (date.m_startKind == EndKind::Known) {
            Result<Point> point = value(slash);
            if (!point)
                return Error {point.error()};
            date.m_start = *point;
        }
        if (date.m_endKind == EndKind::Known) {
            m_pos = slash + 1;
            Result<Point> point = value(m_text.size());
            if (!point)
                return Error {point.error()};
            date.m_end = *point;
        }
        if (date.m_startKind == EndKind::Known && date.m_endKind == EndKind::Known
            && earliest(date.m_start) > latest(date.m_end)) {
            return fail(u"the interval starts after it ends (expected "_s + startText.toString()
                + u" to be no later than "_s + endText.toString() + u')');
        }
        return date;
    }

private:
    static EndKind kindOf(QStringView end)
    {
        if (end.isEmpty())
            return EndKind::Unknown;
        return end == u".." ? EndKind::Open : EndKind::Known;
    }

    /// One value from the cursor up to `end` (exclusive), which must be consumed entirely.
    Result<Point> value(qsizetype end)
    {
        m_end = end;
        Point p;

        if (peek() == u'-')
            return fail(
                u"negative years are not supported (expected a four-digit year from 0001 to 9999 "_s + where() + u')');
        qsizetype yearDigits = 0;
        while (m_pos + yearDigits < m_end && isAsciiDigit(m_text.at(m_pos + yearDigits)))
            ++yearDigits;
        if (yearDigits > 4)
            return fail(u"years with more than four digits are not supported (expected a four-digit year from 0001 "
                        u"to 9999 "_s
                + where() + u')');
        const int year = digits(4);
        if (year < 0)
            return expected(u"a four-digit year"_s);
        if (year < minYear)
            return outOfRange(u"year"_s, padded(year, 4), u"0001-9999"_s);
        p.year = static_cast<qint16>(year);
        p.precision = DatePrecision::Year;
        QString next = u"\"-\" and a two-digit month, "_s + qualifiers + u" or the end";

        if (peek() == u'-') {
            ++m_pos;
            const int month = digits(2);
            if (month < 0)
                return expected(u"a two-digit month"_s);
            if (month < 1 || month > 12)
                return outOfRange(u"month"_s, padded(month, 2), u"01-12"_s);
            p.month = static_cast<qint8>(month);
            p.precision = DatePrecision::Month;
            next = u"\"-\" and a two-digit day, "_s + qualifiers + u" or the end";

            if (peek() == u'-') {
                ++m_pos;
                const int day = digits(2);
                if (day < 0)
                    return expected(u"a two-digit day"_s);
                const int daysInMonth = QDate(year, month, 1).daysInMonth();
                if (day < 1 || day > daysInMonth) {
                    return fail(u"day "_s + padded(day, 2) + u" is out of range for " + longMonthNames.at(month - 1)
                        + u' ' + padded(year, 4) + u" (expected 01-" + QString::number(daysInMonth) + u')');
                }
                p.day = static_cast<qint8>(day);
                p.precision = DatePrecision::Day;
                next = u"\"T\" and a time, "_s + qualifiers + u" or the end";

                if (peek() == u'T') {
                    ++m_pos;
                    if (Result<Done> done = time(p); !done)
                        return Error {done.error()};
                    if (p.hasOffset)
                        next = qualifiers + u" or the end";
                    else if (p.precision == DatePrecision::Second)
                        next = u"an offset (Z or ±hh:mm), "_s + qualifiers + u" or the end";
                    else
                        next
                            = u"\":\" and two-digit seconds, an offset (Z or ±hh:mm), "_s + qualifiers + u" or the end";
                }
            }
        }

        if (const QChar c = peek(); c == u'?' || c == u'~' || c == u'%') {
            ++m_pos;
            p.uncertain = c != u'~';
            p.approximate = c != u'?';
            next = u"the end of the value, as "_s + qualifiers + u" comes last";
        }
        if (!atEnd())
            return unexpected(next);
        return p;
    }

    /// The time after "T": hh:mm[:ss] and an optional offset.
    Result<Done> time(Point& p)
    {
        const int hour = digits(2);
        if (hour < 0)
            return expected(u"a two-digit hour"_s);
        if (hour > 23)
            return outOfRange(u"hour"_s, padded(hour, 2), u"00-23"_s);
        if (peek() != u':')
            return expected(u"\":\" and a two-digit minute"_s);
        ++m_pos;
        const int minute = digits(2);
        if (minute < 0)
            return expected(u"a two-digit minute"_s);
        if (minute > 59)
            return outOfRange(u"minute"_s, padded(minute, 2), u"00-59"_s);
        p.hour = static_cast<qint8>(hour);
        p.minute = static_cast<qint8>(minute);
        p.precision = DatePrecision::Minute;

        if (peek() == u':') {
            ++m_pos;
            const int second = digits(2);
            if (second < 0)
                return expected(u"two-digit seconds"_s);
            if (second > 59)
                return outOfRange(u"second"_s, padded(second, 2), u"00-59"_s);
            p.second = static_cast<qint8>(second);
            p.precision = DatePrecision::Second;
        }

        const QChar sign = peek();
        if (sign == u'Z') {
            ++m_pos;
            p.hasOffset = true;
        } else if (sign == u'+' || sign == u'-') {
            const qsizetype signPos = m_pos++;
            const int hours = digits(2);
            if (hours < 0)
                return expected(u"a two-digit offset hour"_s);
            if (peek() != u':')
                return expected(u"\":\" and two-digit offset minutes"_s);
            ++m_pos;
            const int minutes = digits(2);
            if (minutes < 0)
                return expected(u"two-digit offset minutes"_s);
            if (minutes > 59)
                return outOfRange(u"offset minute"_s, padded(minutes, 2), u"00-59"_s);
            const QString written = m_text.mid(signPos, m_pos - signPos).toString();
            const int total = hours * 60 + minutes;
            if (total > maxOffsetMinutes)
                return outOfRange(u"offset"_s, written, u"-14:00 to +14:00"_s);
            if (total == 0 && sign == u'-')
                return fail(u"offset -00:00 is not allowed (expected Z or +00:00 for UTC)"_s);
            p.hasOffset = true;
            p.offsetMinutes = static_cast<qint16>(sign == u'-' ? -total : total);
        }
        return Done {};
    }

    bool atEnd() const { return m_pos >= m_end; }
    QChar peek() const { return atEnd() ? QChar() : m_text.at(m_pos); }

    /// Exactly `count` ASCII digits not followed by another digit, consumed; -1 (nothing consumed) otherwise.
    int digits(int count)
    {
        if (m_end - m_pos < count)
            return -1;
        int result = 0;
        for (int i = 0; i < count; ++i) {
            const QChar c = m_text.at(m_pos + i);
            if (!isAsciiDigit(c))
                return -1;
            result = result * 10 + (c.unicode() - u'0');
        }
        if (m_pos + count < m_end && isAsciiDigit(m_text.at(m_pos + count)))
            return -1;
        m_pos += count;
        return result;
    }

    QString where() const { return m_pos == 0 ? u"at the start"_s : u"after "_s + quoted(m_text.left(m_pos)); }

    QString found() const
    {
        if (atEnd())
            return {};
        const QStringView rest = m_text.mid(m_pos, m_end - m_pos);
        return rest.front().isSpace() ? u", found whitespace"_s : u", found "_s + quoted(rest);
    }

    Error fail(const QString& reason) const { return Error {quoted(m_input) + u" is not a date: " + reason}; }
    Error expected(const QString& what) const { return fail(u"expected "_s + what + u' ' + where() + found()); }
    Error unexpected(const QString& what) const
    {
        const QStringView rest = m_text.mid(m_pos, m_end - m_pos);
        const QString thing = rest.front().isSpace() ? u"whitespace"_s : quoted(rest);
        return fail(u"unexpected "_s + thing + u' ' + where() + u" (expected " + what + u')');
    }
    Error outOfRange(const QString& field, const QString& written, const QString& range) const
    {
        return fail(field + u' ' + written + u" is out of range (expected " + range + u')');
    }

    QStringView m_input; // as given, for messages
    QStringView m_text; // trimmed; positions in messages count from here
    qsizetype m_pos = 0;
    qsizetype m_end = 0;
};

Result<FuzzyDate> FuzzyDate::parse(QStringView text)
{
    return Detail::Parser(text).parse();
}

FuzzyDate FuzzyDate::fromDate(QDate date)
{
    if (!date.isValid() || date.year() < minYear || date.year() > maxYear)
        return {};
    Point p;
    p.year = static_cast<qint16>(date.year());
    p.month = static_cast<qint8>(date.month());
    p.day = static_cast<qint8>(date.day());
    p.precision = DatePrecision::Day;
    return Detail::single(p);
}

FuzzyDate FuzzyDate::fromYearMonth(int year, int month)
{
    if (year < minYear || year > maxYear || month < 1 || month > 12)
        return {};
    Point p;
    p.year = static_cast<qint16>(year);
    p.month = static_cast<qint8>(month);
    p.precision = DatePrecision::Month;
    return Detail::single(p);
}

FuzzyDate FuzzyDate::fromYear(int year)
{
    if (year < minYear || year > maxYear)
        return {};
    Point p;
    p.year = static_cast<qint16>(year);
    p.precision = DatePrecision::Year;
    return Detail::single(p);
}

FuzzyDate FuzzyDate::fromDateTime(const QDateTime& dateTime)
{
    if (!dateTime.isValid())
        return {};
    // Offsets that EDTF cannot write (historic local mean times with seconds, or beyond ±14:00) become UTC.
    int offsetSeconds = dateTime.offsetFromUtc();
    const bool writable = offsetSeconds % 60 == 0 && std::abs(offsetSeconds) <= maxOffsetMinutes * 60;
    const QDateTime local = writable ? dateTime : dateTime.toUTC();
    if (!writable)
        offsetSeconds = 0;
    const QDate date = local.date();
    const QTime time = local.time();
    if (date.year() < minYear || date.year() > maxYear)
        return {};
    Point p;
    p.year = static_cast<qint16>(date.year());
    p.month = static_cast<qint8>(date.month());
    p.day = static_cast<qint8>(date.day());
    p.hour = static_cast<qint8>(time.hour());
    p.minute = static_cast<qint8>(time.minute());
    p.second = static_cast<qint8>(time.second());
    p.hasOffset = true;
    p.offsetMinutes = static_cast<qint16>(offsetSeconds / 60);
    p.precision = p.second != 0 ? DatePrecision::Second : DatePrecision::Minute;
    return Detail::single(p);
}

FuzzyDate FuzzyDate::interval(const FuzzyDate& start, const FuzzyDate& end)
{
    const bool hasStart = !start.isNull() && start.startKind() == EndKind::Known;
    const bool hasEnd = !end.isNull() && end.endKind() == EndKind::Known;
    if (!hasStart && !hasEnd)
        return {};
    FuzzyDate date;
    date.m_interval = true;
    date.m_startKind = hasStart ? EndKind::Known : EndKind::Open;
    date.m_endKind = hasEnd ? EndKind::Known : EndKind::Open;
    if (hasStart)
        date.m_start = start.m_start;
    if (hasEnd)
        date.m_end = end.m_interval ? end.m_end : end.m_start;
    // parse() refuses a backwards interval, so keep parse(toString()) == *this by putting the ends in order.
    if (hasStart && hasEnd && Detail::earliest(date.m_start) > Detail::latest(date.m_end))
        std::swap(date.m_start, date.m_end);
    return date;
}

bool FuzzyDate::isNull() const
{
    return !m_interval && m_start.precision == DatePrecision::None;
}

bool FuzzyDate::isInterval() const
{
    return m_interval;
}

DatePrecision FuzzyDate::precision() const
{
    if (m_interval && m_startKind != EndKind::Known)
        return m_end.precision;
    return m_start.precision;
}

bool FuzzyDate::isUncertain() const
{
    return (m_startKind == EndKind::Known && m_start.uncertain)
        || (m_interval && m_endKind == EndKind::Known && m_end.uncertain);
}

bool FuzzyDate::isApproximate() const
{
    return (m_startKind == EndKind::Known && m_start.approximate)
        || (m_interval && m_endKind == EndKind::Known && m_end.approximate);
}

FuzzyDate FuzzyDate::start() const
{
    if (!m_interval)
        return *this;
    return m_startKind == EndKind::Known ? Detail::single(m_start) : FuzzyDate();
}

FuzzyDate FuzzyDate::end() const
{
    if (!m_interval)
        return *this;
    return m_endKind == EndKind::Known ? Detail::single(m_end) : FuzzyDate();
}

FuzzyDate::EndKind FuzzyDate::startKind() const
{
    return m_startKind;
}

FuzzyDate::EndKind FuzzyDate::endKind() const
{
    return m_endKind;
}

qint64 FuzzyDate::earliestMs() const
{
    if (isNull())
        return 0;
    return m_startKind == EndKind::Known ? Detail::earliest(m_start) : minimumMs();
}

qint64 FuzzyDate::latestMs() const
{
    if (isNull())
        return 0;
    if (!m_interval)
        return Detail::latest(m_start);
    return m_endKind == EndKind::Known ? Detail::latest(m_end) : maximumMs();
}

QDate FuzzyDate::firstDay() const
{
    if (isNull() || m_startKind != EndKind::Known)
        return {};
    return QDate(m_start.year, std::max<int>(m_start.month, 1), std::max<int>(m_start.day, 1));
}

FuzzyDate FuzzyDate::shiftedBy(qint64 ms) const
{
    FuzzyDate result = *this;
    if (isNull() || ms == 0)
        return result;
    if (m_startKind == EndKind::Known)
        result.m_start = Detail::shifted(m_start, ms);
    if (m_interval && m_endKind == EndKind::Known)
        result.m_end = Detail::shifted(m_end, ms);
    if (m_interval && m_startKind == EndKind::Known && m_endKind == EndKind::Known) {
        // Ends of different precisions round differently, which can leave a fine start past a coarse end (or a
        // fine end before a coarse start); one more unit on the lagging end restores the order.
        for (int attempt = 0; attempt < 2 && Detail::earliest(result.m_start) > Detail::latest(result.m_end);
             ++attempt) {
            if (ms > 0)
                result.m_end = Detail::shifted(result.m_end, Detail::unitMs(result.m_end.precision));
            else
                result.m_start = Detail::shifted(result.m_start, -Detail::unitMs(result.m_start.precision));
        }
    }
    return result;
}

QString FuzzyDate::toString() const
{
    if (isNull())
        return {};
    if (!m_interval)
        return Detail::text(m_start);
    const auto side = [](EndKind kind, const Point& point) {
        switch (kind) {
        case EndKind::Known:
            return Detail::text(point);
        case EndKind::Open:
            return u".."_s;
        case EndKind::Unknown:
            break;
        }
        return QString();
    };
    return side(m_startKind, m_start) + u'/' + side(m_endKind, m_end);
}

QString FuzzyDate::display() const
{
    if (isNull())
        return {};
    if (!m_interval)
        return Detail::display(m_start, true);
    if (m_startKind == EndKind::Open)
        return u"until "_s + Detail::display(m_end, false);
    if (m_endKind == EndKind::Open)
        return u"from "_s + Detail::display(m_start, false);
    const QString from = m_startKind == EndKind::Known ? Detail::display(m_start, false) : u"?"_s;
    const QString to = m_endKind == EndKind::Known ? Detail::display(m_end, false) : u"?"_s;
    return from + u" – " + to;
}

bool operator==(const FuzzyDate& a, const FuzzyDate& b)
{
    return a.m_interval == b.m_interval && a.m_startKind == b.m_startKind && a.m_endKind == b.m_endKind
        && a.m_start == b.m_start && a.m_end == b.m_end;
}

std::strong_ordering operator<=>(const FuzzyDate& a, const FuzzyDate& b)
{
    if (a.isNull() || b.isNull())
        return b.isNull() <=> a.isNull();
    if (const auto order = a.earliestMs() <=> b.earliestMs(); order != 0)
        return order;
    if (const auto order = a.latestMs() <=> b.latestMs(); order != 0)
        return order;
    // Equal canonical texts mean equal values, so this agrees with operator==.
    return a.toString().compare(b.toString()) <=> 0;
}

} // namespace attache
