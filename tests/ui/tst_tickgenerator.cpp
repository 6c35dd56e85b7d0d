// SPDX-License-Identifier: GPL-3.0-or-later
// TickGenerator with a fixed-width Measure: which calendar step the axis uses at each zoom level from minutes to
// centuries, that major ticks sit exactly on UTC calendar boundaries, that labels never overlap, the label texts, and
// alignUp()/next() across month ends, leap years and 1970.
#include <algorithm>
#include <cmath>

#include <QDateTime>
#include <QSet>
#include <QTest>

#include "model/fuzzydate.h"
#include "timeline/tickgenerator.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

Q_DECLARE_METATYPE(attache::TickUnit)

namespace {

constexpr int charWidth = 7;
constexpr int labelGap = 12; // TickGenerator's default
constexpr qint64 dayMs = 86400000;

int measure(const QString& text)
{
    return int(text.size()) * charWidth;
}

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0, int second = 0, int msec = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second, msec), Qt::UTC).toMSecsSinceEpoch();
}

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

QString show(qint64 ms)
{
    return utc(ms).toString(Qt::ISODateWithMs);
}

const char* unitName(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Minute:
        return "minute";
    case TickUnit::Hour:
        return "hour";
    case TickUnit::Day:
        return "day";
    case TickUnit::Week:
        return "week";
    case TickUnit::Month:
        return "month";
    case TickUnit::Year:
        return "year";
    }
    return "?";
}

/// Whether `ms` is a boundary of `step` by the calendar, worked out independently of the generator.
bool onCalendarBoundary(qint64 ms, TickStep step)
{
    const QDateTime dt = utc(ms);
    const QTime time = dt.time();
    const QDate date = dt.date();
    if (time.second() != 0 || time.msec() != 0)
        return false;
    switch (step.unit) {
    case TickUnit::Minute:
        return (time.hour() * 60 + time.minute()) % step.count == 0;
    case TickUnit::Hour:
        return time.minute() == 0 && time.hour() % step.count == 0;
    case TickUnit::Day:
        return time == QTime(0, 0);
    case TickUnit::Week:
        return time == QTime(0, 0) && date.dayOfWeek() == Qt::Monday;
    case TickUnit::Month:
        return time == QTime(0, 0) && date.day() == 1 && (date.month() - 1) % step.count == 0;
    case TickUnit::Year:
        return time == QTime(0, 0) && date.day() == 1 && date.month() == 1 && date.year() % step.count == 0;
    }
    return false;
}

} // namespace

class TestTickGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void majorTicks_data()
    {
        QTest::addColumn<double>("msPerPixel");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("width");
        QTest::addColumn<TickUnit>("unit");
        QTest::addColumn<int>("count");
        // With 7 px per character and a 12 px gap a step is used once its average length covers its widest sample
        // label plus the gap: "28 Dec" (42 px) for minutes and hours, "1 Jan 2000" (70 px) for days and weeks,
        // "Jan 2000" (56 px) for months, "2000" (28 px) for years. The values sit inside each step's range.
        struct Row
        {
            const char* name;
            double msPerPixel;
            TickUnit unit;
            int count;
            int width = 1740;
        };
        const Row rows[] = {
            {"1 minute", 500.0, TickUnit::Minute, 1},
            {"5 minutes", 3000.0, TickUnit::Minute, 5},
            {"15 minutes", 10000.0, TickUnit::Minute, 15},
            {"30 minutes", 25000.0, TickUnit::Minute, 30},
            {"1 hour", 50000.0, TickUnit::Hour, 1},
            {"3 hours", 150000.0, TickUnit::Hour, 3},
            {"6 hours", 300000.0, TickUnit::Hour, 6},
            {"12 hours", 600000.0, TickUnit::Hour, 12},
            {"days", 1.0e6, TickUnit::Day, 1},
            {"weeks", 5.0e6, TickUnit::Week, 1},
            {"months", 3.0e7, TickUnit::Month, 1},
            {"months, coarsest", 3.86e7, TickUnit::Month, 1},
            {"quarters", 1.0e8, TickUnit::Month, 3},
            {"half years", 2.0e8, TickUnit::Month, 6},
            {"years", 6.0e8, TickUnit::Year, 1},
            {"2 years", 1.2e9, TickUnit::Year, 2},
            {"5 years", 3.0e9, TickUnit::Year, 5},
            {"decades", 6.0e9, TickUnit::Year, 10},
            {"20 years", 1.2e10, TickUnit::Year, 20},
            {"50 years", 3.0e10, TickUnit::Year, 50},
            {"centuries", 6.0e10, TickUnit::Year, 100},
            {"200 years", 1.2e11, TickUnit::Year, 200, 400},
            {"500 years", TimeScale::maxMsPerPixel, TickUnit::Year, 500, 400},
        };
        for (const Row& row : rows) {
            // Centred on an odd instant, so that the first tick is never the start itself.
            for (const auto& [where, centre] :
                {std::pair{"2025", utcMs(2025, 8, 13, 9, 17, 23, 456)}, std::pair{"1969", utcMs(1969, 12, 31, 22, 41, 7)}}) {
                const qint64 start = centre - qint64(row.msPerPixel * row.width / 2);
                if (start <= FuzzyDate::minimumMs())
                    continue;
                QTest::addRow("%s around %s", row.name, where) << row.msPerPixel << start << row.width << row.unit << row.count;
            }
        }
        // A view scrolled to the very beginning of supported time (as fitting a long span or zooming out does).
        QTest::newRow("centuries from year 1") << 6.0e10 << FuzzyDate::minimumMs() << 1740 << TickUnit::Year << 100;
        QTest::newRow("decades from year 1") << 6.0e9 << FuzzyDate::minimumMs() << 1740 << TickUnit::Year << 10;
        QTest::newRow("months from year 1") << 3.0e7 << FuzzyDate::minimumMs() << 1740 << TickUnit::Month << 1;
    }
    void majorTicks()
    {
        QFETCH(double, msPerPixel);
        QFETCH(qint64, start);
        QFETCH(int, width);
        QFETCH(TickUnit, unit);
        QFETCH(int, count);
        const TickGenerator generator(measure);
        const TimeScale scale(start, msPerPixel);
        QCOMPARE(scale.start(), start);

        const TickStep step = generator.majorStep(scale);
        QVERIFY2(step == (TickStep{unit, count}),
            qPrintable(u"chose %1 %2, expected %3 %4"_s.arg(step.count).arg(QLatin1StringView(unitName(step.unit)))
                           .arg(count).arg(QLatin1StringView(unitName(unit)))));

        const QList<Tick> ticks = generator.ticks(scale, width);
        QList<Tick> majors;
        for (const Tick& tick : ticks) {
            if (tick.major)
                majors.append(tick);
        }
        // Enough majors to read the axis by, as many as the step's length allows.
        const double expectedMajors = width * msPerPixel / double(step.approxMs());
        QVERIFY2(majors.size() >= 2, qPrintable(QString::number(majors.size())));
        QVERIFY2(std::abs(majors.size() - expectedMajors) <= expectedMajors * 0.1 + 2,
            qPrintable(u"%1 majors, about %2 expected"_s.arg(majors.size()).arg(expectedMajors)));

        bool allOnBoundaries = true;
        QString firstOff;
        for (const Tick& tick : std::as_const(majors)) {
            if (!onCalendarBoundary(tick.ms, step)) {
                allOnBoundaries = false;
                firstOff = show(tick.ms) + u" labelled "_s + tick.label;
                break;
            }
        }
        QVERIFY2(allOnBoundaries, qPrintable(u"major tick off the calendar: "_s + firstOff));

        // The majors are every boundary in view, none skipped: the first is the first at or after the left edge,
        // each next one is one step on, and the one after the last is out of view.
        const qint64 from = scale.toTime(-1);
        const qint64 to = scale.toTime(width + 1);
        QCOMPARE(majors.first().ms, TickGenerator::alignUp(from, step));
        for (qsizetype k = 1; k < majors.size(); ++k)
            QCOMPARE(majors[k].ms, TickGenerator::next(majors[k - 1].ms, step));
        QVERIFY(TickGenerator::next(majors.last().ms, step) > to);

        // All ticks in order, where the scale puts them, inside the area (a pixel of slack each side).
        for (qsizetype k = 0; k < ticks.size(); ++k) {
            const Tick& tick = ticks[k];
            QCOMPARE(tick.x, scale.toX(tick.ms));
            QVERIFY2(tick.x >= -1 && tick.x <= width + 1, qPrintable(QString::number(tick.x)));
            if (k > 0)
                QVERIFY2(ticks[k - 1].x < tick.x, qPrintable(u"tick %1 not after the one before"_s.arg(k)));
            if (!tick.major)
                QVERIFY(tick.label.isEmpty());
        }

        // Minor ticks never sit on a major one.
        QSet<qint64> majorTimes;
        for (const Tick& tick : std::as_const(majors))
            majorTimes.insert(tick.ms);
        for (const Tick& tick : ticks)
            QVERIFY2(tick.major || !majorTimes.contains(tick.ms), qPrintable(show(tick.ms)));

        // Labels: each major has its step's label unless it was dropped because it would run into the one before;
        // labels drawn at x + 3 end half a gap before the next labelled tick.
        double lastEnd = -1e9;
        const Tick* lastLabelled = nullptr;
        for (const Tick& tick : std::as_const(majors)) {
            if (tick.label.isEmpty()) {
                QVERIFY2(tick.x + 3 < lastEnd + labelGap / 2.0,
                    qPrintable(u"the label of %1 was dropped though it fits"_s.arg(show(tick.ms))));
                continue;
            }
            QCOMPARE(tick.label, TickGenerator::label(tick.ms, step));
            if (lastLabelled) {
                QVERIFY2(lastLabelled->x + 3 + measure(lastLabelled->label) + labelGap / 2.0 <= tick.x,
                    qPrintable(u"\"%1\" at %2 runs into \"%3\" at %4"_s.arg(lastLabelled->label).arg(lastLabelled->x)
                                   .arg(tick.label).arg(tick.x)));
            }
            lastEnd = tick.x + 3 + measure(tick.label);
            lastLabelled = &tick;
        }
    }

    void minorTicks_data()
    {
        QTest::addColumn<double>("msPerPixel");
        QTest::addColumn<TickUnit>("majorUnit");
        QTest::addColumn<TickUnit>("minorUnit");
        QTest::addColumn<int>("minorCount");
        // The finest step at least 6 px apart, weeks never being minors.
        QTest::newRow("hours under 12 hours") << 600000.0 << TickUnit::Hour << TickUnit::Hour << 1;
        QTest::newRow("12 hours under weeks") << 5.0e6 << TickUnit::Week << TickUnit::Hour << 12;
        QTest::newRow("days under months") << 1.2e7 << TickUnit::Month << TickUnit::Day << 1;
        QTest::newRow("quarters under years") << 6.0e8 << TickUnit::Year << TickUnit::Month << 3;
        QTest::newRow("2 years under decades") << 6.0e9 << TickUnit::Year << TickUnit::Year << 2;
        QTest::newRow("minutes under 15 minutes") << 10000.0 << TickUnit::Minute << TickUnit::Minute << 1;
        QTest::newRow("15 minutes under 3 hours") << 150000.0 << TickUnit::Hour << TickUnit::Minute << 15;
    }
    void minorTicks()
    {
        QFETCH(double, msPerPixel);
        QFETCH(TickUnit, majorUnit);
        QFETCH(TickUnit, minorUnit);
        QFETCH(int, minorCount);
        const TickGenerator generator(measure);
        const TimeScale scale(utcMs(2020, 3, 17, 5, 3), msPerPixel);
        QCOMPARE(generator.majorStep(scale).unit, majorUnit);
        const TickStep minor{minorUnit, minorCount};
        const QList<Tick> ticks = generator.ticks(scale, 1740);
        int minors = 0;
        for (const Tick& tick : ticks) {
            if (tick.major)
                continue;
            ++minors;
            QVERIFY2(onCalendarBoundary(tick.ms, minor), qPrintable(show(tick.ms)));
        }
        QVERIFY(minors > 0);
        // The finest step whose ticks are at least 6 px apart (weeks, which do not nest in months, never are).
        QVERIFY(double(minor.approxMs()) / msPerPixel >= 6);
        const QList<TickStep>& steps = TickGenerator::steps();
        const qsizetype at = steps.indexOf(minor);
        QVERIFY(at >= 0);
        for (qsizetype k = 0; k < at; ++k)
            QVERIFY(steps[k].unit == TickUnit::Week || double(steps[k].approxMs()) / msPerPixel < 6);
        // Every boundary of the minor step in view is a tick of one kind or the other.
        for (qint64 t = TickGenerator::alignUp(scale.toTime(-1), minor); t <= scale.toTime(1741); t = TickGenerator::next(t, minor)) {
            const bool found = std::any_of(ticks.cbegin(), ticks.cend(), [t](const Tick& tick) { return tick.ms == t; });
            QVERIFY2(found, qPrintable(show(t)));
        }
    }

    void noMinorTicksWhenTooClose()
    {
        // At the finest zoom with minute majors there is nothing finer to put between them.
        const TickGenerator generator(measure);
        const QList<Tick> ticks = generator.ticks(TimeScale(utcMs(2025, 8, 15, 11, 0, 30), TimeScale::minMsPerPixel), 1740);
        QVERIFY(!ticks.isEmpty());
        for (const Tick& tick : ticks)
            QVERIFY(tick.major);
    }

    void noTicksWithoutWidth()
    {
        const TickGenerator generator(measure);
        QVERIFY(generator.ticks(TimeScale(0, 86400000.0), 0).isEmpty());
        QVERIFY(generator.ticks(TimeScale(0, 86400000.0), -10).isEmpty());
    }

    void labelsThatWouldOverlapAreDropped()
    {
        // A measure under which February's label is far wider than the samples the step was chosen by: the labels
        // it would run into go, the first that fits again stays, and none of those kept overlap.
        const auto wideFebruary = [](const QString& text) { return text.startsWith(u"Feb"_s) ? 200 : measure(text); };
        const TickGenerator generator(wideFebruary);
        const TimeScale scale(utcMs(2024, 12, 20), 3.0e7);
        QCOMPARE(generator.majorStep(scale), (TickStep{TickUnit::Month, 1}));
        const QList<Tick> ticks = generator.ticks(scale, 1740);
        QList<Tick> majors;
        for (const Tick& tick : ticks) {
            if (tick.major)
                majors.append(tick);
        }
        QStringList labels;
        for (const Tick& tick : std::as_const(majors))
            labels.append(tick.label);
        // Jan 2025 .. Jul 2025 at about 88 px a month: "Feb" ends 203 px after its tick, so March and April go.
        QCOMPARE(labels.mid(0, 7), (QStringList{u"Jan 2025"_s, u"Feb"_s, QString(), QString(), u"May"_s, u"Jun"_s, u"Jul"_s}));
        const Tick* last = nullptr;
        for (const Tick& tick : std::as_const(majors)) {
            if (tick.label.isEmpty())
                continue;
            if (last)
                QVERIFY(last->x + 3 + wideFebruary(last->label) + labelGap / 2.0 <= tick.x);
            last = &tick;
        }
    }

    void label_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<TickUnit>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("month") << utcMs(2025, 8, 1) << TickUnit::Month << 1 << u"Aug"_s;
        QTest::newRow("January has its year") << utcMs(2025, 1, 1) << TickUnit::Month << 1 << u"Jan 2025"_s;
        QTest::newRow("quarter") << utcMs(2025, 4, 1) << TickUnit::Month << 3 << u"Apr"_s;
        QTest::newRow("quarter in January") << utcMs(2026, 1, 1) << TickUnit::Month << 3 << u"Jan 2026"_s;
        QTest::newRow("half years all have years") << utcMs(2025, 7, 1) << TickUnit::Month << 6 << u"Jul 2025"_s;
        QTest::newRow("6 months from August") << utcMs(2025, 8, 1) << TickUnit::Month << 6 << u"Aug 2025"_s;
        QTest::newRow("day") << utcMs(2025, 8, 15) << TickUnit::Day << 1 << u"15 Aug"_s;
        QTest::newRow("new year's day") << utcMs(2025, 1, 1) << TickUnit::Day << 1 << u"1 Jan 2025"_s;
        QTest::newRow("2 January") << utcMs(2025, 1, 2) << TickUnit::Day << 1 << u"2 Jan"_s;
        QTest::newRow("first Monday of the year") << utcMs(2025, 1, 6) << TickUnit::Week << 1 << u"6 Jan 2025"_s;
        QTest::newRow("second Monday of the year") << utcMs(2025, 1, 13) << TickUnit::Week << 1 << u"13 Jan"_s;
        QTest::newRow("Monday in August") << utcMs(2025, 8, 11) << TickUnit::Week << 1 << u"11 Aug"_s;
        QTest::newRow("Monday in late December") << utcMs(2025, 12, 29) << TickUnit::Week << 1 << u"29 Dec"_s;
        QTest::newRow("half hour") << utcMs(2025, 8, 15, 14, 30) << TickUnit::Minute << 30 << u"14:30"_s;
        QTest::newRow("five past nine") << utcMs(2025, 8, 15, 9, 5) << TickUnit::Minute << 5 << u"09:05"_s;
        QTest::newRow("hour") << utcMs(2025, 8, 15, 18, 0) << TickUnit::Hour << 6 << u"18:00"_s;
        QTest::newRow("midnight by hours") << utcMs(2025, 8, 15) << TickUnit::Hour << 1 << u"15 Aug"_s;
        QTest::newRow("midnight by minutes") << utcMs(2025, 8, 16) << TickUnit::Minute << 15 << u"16 Aug"_s;
        QTest::newRow("year") << utcMs(2025, 1, 1) << TickUnit::Year << 1 << u"2025"_s;
        QTest::newRow("decade") << utcMs(1990, 1, 1) << TickUnit::Year << 10 << u"1990"_s;
        QTest::newRow("century") << utcMs(1800, 1, 1) << TickUnit::Year << 100 << u"1800"_s;
        QTest::newRow("medieval year") << utcMs(1066, 1, 1) << TickUnit::Year << 1 << u"1066"_s;
        QTest::newRow("before 1970, minutes") << utcMs(1969, 7, 20, 20, 17) << TickUnit::Minute << 1 << u"20:17"_s;
    }
    void label()
    {
        QFETCH(qint64, at);
        QFETCH(TickUnit, unit);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(TickGenerator::label(at, TickStep{unit, count}), expected);
    }

    void alignUp_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<TickUnit>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("leap day noon, month") << utcMs(2024, 2, 29, 12) << TickUnit::Month << 1 << utcMs(2024, 3, 1);
        QTest::newRow("leap day noon, day") << utcMs(2024, 2, 29, 12) << TickUnit::Day << 1 << utcMs(2024, 3, 1);
        QTest::newRow("28 Feb of a leap year, day") << utcMs(2024, 2, 28, 0, 0, 0, 1) << TickUnit::Day << 1 << utcMs(2024, 2, 29);
        QTest::newRow("28 Feb of a common year, day") << utcMs(2023, 2, 28, 12) << TickUnit::Day << 1 << utcMs(2023, 3, 1);
        QTest::newRow("on a day boundary") << utcMs(2024, 2, 29) << TickUnit::Day << 1 << utcMs(2024, 2, 29);
        QTest::newRow("31 January, month") << utcMs(2025, 1, 31, 23, 59) << TickUnit::Month << 1 << utcMs(2025, 2, 1);
        QTest::newRow("on a month boundary") << utcMs(2025, 3, 1) << TickUnit::Month << 1 << utcMs(2025, 3, 1);
        QTest::newRow("a millisecond into a month") << utcMs(2025, 3, 1, 0, 0, 0, 1) << TickUnit::Month << 1 << utcMs(2025, 4, 1);
        QTest::newRow("New Year's Eve, month") << utcMs(2024, 12, 31, 23, 59) << TickUnit::Month << 1 << utcMs(2025, 1, 1);
        QTest::newRow("November, quarter") << utcMs(2024, 11, 15) << TickUnit::Month << 3 << utcMs(2025, 1, 1);
        QTest::newRow("February, quarter") << utcMs(2024, 2, 29) << TickUnit::Month << 3 << utcMs(2024, 4, 1);
        QTest::newRow("March, half year") << utcMs(2024, 3, 15) << TickUnit::Month << 6 << utcMs(2024, 7, 1);
        QTest::newRow("November, half year") << utcMs(2024, 11, 15) << TickUnit::Month << 6 << utcMs(2025, 1, 1);
        QTest::newRow("on a year boundary") << utcMs(2024, 1, 1) << TickUnit::Year << 1 << utcMs(2024, 1, 1);
        QTest::newRow("a millisecond into a year") << utcMs(2024, 1, 1, 0, 0, 0, 1) << TickUnit::Year << 1 << utcMs(2025, 1, 1);
        QTest::newRow("leap day, year") << utcMs(2024, 2, 29) << TickUnit::Year << 1 << utcMs(2025, 1, 1);
        QTest::newRow("2021, decade") << utcMs(2021, 6, 1) << TickUnit::Year << 10 << utcMs(2030, 1, 1);
        QTest::newRow("on a decade") << utcMs(2020, 1, 1) << TickUnit::Year << 10 << utcMs(2020, 1, 1);
        QTest::newRow("end of 1999, century") << utcMs(1999, 12, 31, 23, 59) << TickUnit::Year << 100 << utcMs(2000, 1, 1);
        QTest::newRow("1901, century") << utcMs(1901, 1, 1) << TickUnit::Year << 100 << utcMs(2000, 1, 1);
        QTest::newRow("1066, 50 years") << utcMs(1066, 10, 14) << TickUnit::Year << 50 << utcMs(1100, 1, 1);
        QTest::newRow("Thursday, week") << utcMs(2025, 8, 14, 10) << TickUnit::Week << 1 << utcMs(2025, 8, 18);
        QTest::newRow("on a Monday") << utcMs(2025, 8, 18) << TickUnit::Week << 1 << utcMs(2025, 8, 18);
        QTest::newRow("Sunday night, week") << utcMs(2025, 8, 17, 23, 59) << TickUnit::Week << 1 << utcMs(2025, 8, 18);
        QTest::newRow("Wednesday before 1970, week") << utcMs(1969, 12, 31) << TickUnit::Week << 1 << utcMs(1970, 1, 5);
        QTest::newRow("Monday before 1970") << utcMs(1969, 12, 29) << TickUnit::Week << 1 << utcMs(1969, 12, 29);
        QTest::newRow("leap week") << utcMs(2024, 2, 27) << TickUnit::Week << 1 << utcMs(2024, 3, 4);
        QTest::newRow("before 1970, minute") << utcMs(1969, 12, 31, 23, 59, 30) << TickUnit::Minute << 1 << qint64(0);
        QTest::newRow("before 1970, quarter hour") << utcMs(1969, 12, 31, 23, 50) << TickUnit::Minute << 15 << qint64(0);
        QTest::newRow("before 1970, 5 minutes") << utcMs(1969, 7, 20, 20, 17, 40) << TickUnit::Minute << 5
                                                << utcMs(1969, 7, 20, 20, 20);
        QTest::newRow("1815, 6 hours") << utcMs(1815, 6, 18, 13) << TickUnit::Hour << 6 << utcMs(1815, 6, 18, 18);
        QTest::newRow("on 6 hours") << utcMs(1815, 6, 18, 12) << TickUnit::Hour << 6 << utcMs(1815, 6, 18, 12);
        QTest::newRow("half past, 30 minutes") << utcMs(2025, 8, 15, 14, 30) << TickUnit::Minute << 30 << utcMs(2025, 8, 15, 14, 30);
        // Before 1 January of year 1 (as the left edge of a view scrolled to the start of time is).
        QTest::newRow("before year 1, year") << FuzzyDate::minimumMs() - 40 * dayMs << TickUnit::Year << 1 << FuzzyDate::minimumMs();
        QTest::newRow("before year 1, century") << FuzzyDate::minimumMs() - 40 * dayMs << TickUnit::Year << 100
                                                << utcMs(100, 1, 1);
        QTest::newRow("before year 1, month") << FuzzyDate::minimumMs() - 40 * dayMs << TickUnit::Month << 1
                                              << FuzzyDate::minimumMs();
        QTest::newRow("a second past, minute") << utcMs(2025, 8, 15, 14, 30, 1) << TickUnit::Minute << 1 << utcMs(2025, 8, 15, 14, 31);
    }
    void alignUp()
    {
        QFETCH(qint64, at);
        QFETCH(TickUnit, unit);
        QFETCH(int, count);
        QFETCH(qint64, expected);
        const TickStep step{unit, count};
        const qint64 aligned = TickGenerator::alignUp(at, step);
        QVERIFY2(aligned == expected, qPrintable(show(aligned) + u" instead of "_s + show(expected)));
        QVERIFY(onCalendarBoundary(aligned, step));
        // Aligning a boundary leaves it where it is.
        QCOMPARE(TickGenerator::alignUp(aligned, step), aligned);
    }

    void next_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<TickUnit>("unit");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("year") << utcMs(2024, 1, 1) << TickUnit::Year << 1 << utcMs(2025, 1, 1);
        QTest::newRow("decade") << utcMs(2020, 1, 1) << TickUnit::Year << 10 << utcMs(2030, 1, 1);
        QTest::newRow("century before 1970") << utcMs(1800, 1, 1) << TickUnit::Year << 100 << utcMs(1900, 1, 1);
        QTest::newRow("February of a leap year") << utcMs(2024, 2, 1) << TickUnit::Month << 1 << utcMs(2024, 3, 1);
        QTest::newRow("February of a common year") << utcMs(2023, 2, 1) << TickUnit::Month << 1 << utcMs(2023, 3, 1);
        QTest::newRow("December") << utcMs(2023, 12, 1) << TickUnit::Month << 1 << utcMs(2024, 1, 1);
        QTest::newRow("last quarter") << utcMs(2024, 10, 1) << TickUnit::Month << 3 << utcMs(2025, 1, 1);
        QTest::newRow("second half") << utcMs(2024, 7, 1) << TickUnit::Month << 6 << utcMs(2025, 1, 1);
        QTest::newRow("leap day") << utcMs(2024, 2, 29) << TickUnit::Day << 1 << utcMs(2024, 3, 1);
        QTest::newRow("28 Feb of a common year") << utcMs(2023, 2, 28) << TickUnit::Day << 1 << utcMs(2023, 3, 1);
        QTest::newRow("week over a leap day") << utcMs(2024, 2, 26) << TickUnit::Week << 1 << utcMs(2024, 3, 4);
        QTest::newRow("week over New Year") << utcMs(2024, 12, 30) << TickUnit::Week << 1 << utcMs(2025, 1, 6);
        QTest::newRow("week over 1970") << utcMs(1969, 12, 29) << TickUnit::Week << 1 << utcMs(1970, 1, 5);
        QTest::newRow("12 hours over midnight") << utcMs(2024, 2, 28, 12) << TickUnit::Hour << 12 << utcMs(2024, 2, 29);
        QTest::newRow("30 minutes over midnight before 1970") << utcMs(1969, 12, 31, 23, 30) << TickUnit::Minute << 30 << qint64(0);
    }
    void next()
    {
        QFETCH(qint64, at);
        QFETCH(TickUnit, unit);
        QFETCH(int, count);
        QFETCH(qint64, expected);
        const qint64 after = TickGenerator::next(at, TickStep{unit, count});
        QVERIFY2(after == expected, qPrintable(show(after) + u" instead of "_s + show(expected)));
    }

    void stepsAreOrdered()
    {
        // majorStep() takes the first step that fits: the list must run from the finest to the coarsest.
        const QList<TickStep>& steps = TickGenerator::steps();
        QVERIFY(!steps.isEmpty());
        for (qsizetype k = 1; k < steps.size(); ++k)
            QVERIFY2(steps[k - 1].approxMs() < steps[k].approxMs(), qPrintable(QString::number(k)));
        QCOMPARE(steps.first(), (TickStep{TickUnit::Minute, 1}));
        QCOMPARE(steps.last(), (TickStep{TickUnit::Year, 1000}));
    }
};

QTEST_GUILESS_MAIN(TestTickGenerator)
#include "tst_tickgenerator.moc"
