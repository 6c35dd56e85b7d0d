// SPDX-License-Identifier: GPL-3.0-or-later
#include "tickgenerator.h"

#include <QDateTime>

#include "model/fuzzydate.h"

namespace attache {
namespace {

constexpr qint64 minuteMs = 60000;
constexpr qint64 hourMs = 60 * minuteMs;
constexpr qint64 dayMs = 24 * hourMs;

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

qint64 ms(QDate date)
{
    return QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

const QString monthName(int month)
{
    static const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    return QString::fromLatin1(names[month - 1]);
}

} // namespace

qint64 TickStep::approxMs() const
{
    switch (unit) {
    case TickUnit::Minute:
        return count * minuteMs;
    case TickUnit::Hour:
        return count * hourMs;
    case TickUnit::Day:
        return count * dayMs;
    case TickUnit::Week:
        return count * 7 * dayMs;
    case TickUnit::Month:
        return qint64(count * 30.44 * dayMs);
    case TickUnit::Year:
        return qint64(count * 365.25 * dayMs);
    }
    return dayMs;
}

const QList<TickStep>& TickGenerator::steps()
{
    static const QList<TickStep> all{
        {TickUnit::Minute, 1}, {TickUnit::Minute, 5}, {TickUnit::Minute, 15}, {TickUnit::Minute, 30},
        {TickUnit::Hour, 1}, {TickUnit::Hour, 3}, {TickUnit::Hour, 6}, {TickUnit::Hour, 12},
        {TickUnit::Day, 1}, {TickUnit::Week, 1}, {TickUnit::Month, 1}, {TickUnit::Month, 3}, {TickUnit::Month, 6},
        {TickUnit::Year, 1}, {TickUnit::Year, 2}, {TickUnit::Year, 5}, {TickUnit::Year, 10}, {TickUnit::Year, 20},
        {TickUnit::Year, 50}, {TickUnit::Year, 100}, {TickUnit::Year, 200}, {TickUnit::Year, 500},
        {TickUnit::Year, 1000},
    };
    return all;
}

qint64 TickGenerator::alignUp(qint64 t, TickStep step)
{
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
    case TickUnit::Day: {
        const qint64 size = step.approxMs();
        const qint64 floor = floorDiv(t, size) * size;
        return floor == t ? t : floor + size;
    }
    case TickUnit::Week: {
        // Weeks start on Monday; 1970-01-01 was a Thursday, so Mondays are 4 days after multiples of 7 days.
        const qint64 size = 7 * dayMs;
        const qint64 shift = 4 * dayMs;
        const qint64 floor = floorDiv(t - shift, size) * size + shift;
        return floor == t ? t : floor + size;
    }
    case TickUnit::Month: {
        // Calendar units start at year 1: earlier times align to the first boundary after it.
        const QDate d = utc(std::max(t, FuzzyDate::minimumMs())).date();
        const int index = d.year() * 12 + (d.month() - 1);
        int aligned = (index + step.count - 1) / step.count * step.count;
        const auto start = [](int i) { return ms(QDate(i / 12, i % 12 + 1, 1)); };
        if (start(aligned) < t)
            aligned += step.count;
        return start(aligned);
    }
    case TickUnit::Year: {
        const int year = utc(std::max(t, FuzzyDate::minimumMs())).date().year();
        int aligned = std::max(step.count, (year + step.count - 1) / step.count * step.count);
        if (ms(QDate(aligned, 1, 1)) < t)
            aligned += step.count;
        return ms(QDate(aligned, 1, 1));
    }
    }
    return t;
}

qint64 TickGenerator::next(qint64 t, TickStep step)
{
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
    case TickUnit::Day:
    case TickUnit::Week:
        return t + step.approxMs();
    case TickUnit::Month:
        return ms(utc(t).date().addMonths(step.count));
    case TickUnit::Year:
        return ms(utc(t).date().addYears(step.count));
    }
    return t + dayMs;
}

QString TickGenerator::label(qint64 t, TickStep step)
{
    const QDateTime dt = utc(t);
    const QDate d = dt.date();
    switch (step.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        if (dt.time() == QTime(0, 0))
            return QStringLiteral("%1 %2").arg(d.day()).arg(monthName(d.month()));
        return dt.time().toString(QStringLiteral("HH:mm"));
    case TickUnit::Day:
    case TickUnit::Week:
        if (d.month() == 1 && d.day() <= 7 && step.unit == TickUnit::Week)
            return QStringLiteral("%1 %2 %3").arg(d.day()).arg(monthName(d.month())).arg(d.year());
        if (d.month() == 1 && d.day() == 1)
            return QStringLiteral("%1 %2 %3").arg(d.day()).arg(monthName(d.month())).arg(d.year());
        return QStringLiteral("%1 %2").arg(d.day()).arg(monthName(d.month()));
    case TickUnit::Month:
        if (d.month() == 1 || step.count >= 6)
            return QStringLiteral("%1 %2").arg(monthName(d.month())).arg(d.year());
        return monthName(d.month());
    case TickUnit::Year:
        return QString::number(d.year());
    }
    return {};
}

TickGenerator::TickGenerator(Measure measure, int labelGap)
    : m_measure(std::move(measure))
    , m_gap(labelGap)
{
}

TickStep TickGenerator::majorStep(const TimeScale& scale) const
{
    // The widest label a step can produce, measured on a sample date with long parts.
    const qint64 sample = ms(QDate(2000, 12, 28));
    for (const TickStep& step : steps()) {
        const int labelWidth = std::max(m_measure(label(sample, step)), m_measure(label(ms(QDate(2000, 1, 1)), step)));
        if (double(step.approxMs()) / scale.msPerPixel() >= labelWidth + m_gap)
            return step;
    }
    return steps().last();
}

QList<Tick> TickGenerator::ticks(const TimeScale& scale, int width) const
{
    QList<Tick> result;
    if (width <= 0)
        return result;
    const TickStep major = majorStep(scale);
    const QList<TickStep>& all = steps();
    // Minor ticks: the finest step at least 6 px apart that divides the major step's boundaries evenly enough.
    std::optional<TickStep> minor;
    for (const TickStep& step : all) {
        if (step == major)
            break;
        if (double(step.approxMs()) / scale.msPerPixel() >= 6 && step.unit != TickUnit::Week
            && !(major.unit == TickUnit::Week && step.unit == TickUnit::Day && step.count != 1))
            minor = step;
        if (minor)
            break;
    }
    // Calendar arithmetic starts at year 1: nothing is drawn before it.
    const qint64 from = std::max(scale.toTime(-1), FuzzyDate::minimumMs());
    const qint64 to = std::min(scale.toTime(width + 1), FuzzyDate::maximumMs());
    if (from > to)
        return result;
    if (minor) {
        int guard = 0;
        for (qint64 t = alignUp(from, *minor); t <= to && guard < 4000; t = next(t, *minor), ++guard)
            result.append(Tick{t, scale.toX(t), {}, false});
    }
    QList<Tick> majors;
    int guard = 0;
    for (qint64 t = alignUp(from, major); t <= to && guard < 2000; t = next(t, major), ++guard)
        majors.append(Tick{t, scale.toX(t), label(t, major), true});

    // Labels start at their tick; drop any that would run into the previous one (months differ in length).
    double lastEnd = -1e9;
    for (Tick& tick : majors) {
        const double w = m_measure(tick.label);
        if (tick.x + 3 < lastEnd + m_gap / 2.0) {
            tick.label.clear();
            continue;
        }
        lastEnd = tick.x + 3 + w;
    }
    // Major ticks replace the minor ticks at the same time.
    QList<Tick> merged;
    merged.reserve(result.size() + majors.size());
    qsizetype m = 0;
    for (const Tick& t : std::as_const(result)) {
        while (m < majors.size() && majors[m].ms < t.ms)
            merged.append(majors[m++]);
        if (m < majors.size() && majors[m].ms == t.ms)
            continue;
        merged.append(t);
    }
    while (m < majors.size())
        merged.append(majors[m++]);
    return merged;
}

} // namespace attache
