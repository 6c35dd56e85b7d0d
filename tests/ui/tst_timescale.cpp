// SPDX-License-Identifier: GPL-3.0-or-later
// TimeScale: the mapping between UTC milliseconds and pixels at every zoom level, zooming about an anchor, panning,
// fitting a range and centring, including dates before 1970.
#include <cmath>

#include <QDateTime>
#include <QTest>

#include "model/fuzzydate.h"
#include "timeline/timescale.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

constexpr qint64 dayMs = 86400000;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

/// Zoom levels from the finest to the coarsest, in geometric steps, both limits included.
QList<double> zoomLevels()
{
    QList<double> levels;
    constexpr int steps = 8;
    const double ratio = std::pow(TimeScale::maxMsPerPixel / TimeScale::minMsPerPixel, 1.0 / steps);
    for (int k = 0; k < steps; ++k)
        levels.append(TimeScale::minMsPerPixel * std::pow(ratio, k));
    levels.append(TimeScale::maxMsPerPixel);
    return levels;
}

struct NamedStart
{
    const char* name;
    qint64 ms;
};

QList<NamedStart> starts()
{
    return {
        {"epoch", 0},
        {"2025-08-15", utcMs(2025, 8, 15, 11, 0)},
        {"1969-12-31", utcMs(1969, 12, 31, 23, 59) + 17},
        {"1815-06-18", utcMs(1815, 6, 18)},
        {"1066-10-14", utcMs(1066, 10, 14)},
    };
}

} // namespace

class TestTimeScale final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void construction()
    {
        const TimeScale scale(utcMs(2025, 1, 1), 60000.0);
        QCOMPARE(scale.start(), utcMs(2025, 1, 1));
        QCOMPARE(scale.msPerPixel(), 60000.0);
        QCOMPARE(scale.toX(utcMs(2025, 1, 1, 1, 0)), 60.0);
        QCOMPARE(scale.toTime(60.0), utcMs(2025, 1, 1, 1, 0));
        QCOMPARE(scale.end(1440), utcMs(2025, 1, 2));
        // The constructor clamps the zoom and the start like every other change.
        QCOMPARE(TimeScale(0, 1.0).msPerPixel(), TimeScale::minMsPerPixel);
        QCOMPARE(TimeScale(0, 1e15).msPerPixel(), TimeScale::maxMsPerPixel);
        QCOMPARE(TimeScale(FuzzyDate::minimumMs() - dayMs, 1000.0).start(), FuzzyDate::minimumMs());
        QCOMPARE(TimeScale(FuzzyDate::maximumMs() + dayMs, 1000.0).start(), FuzzyDate::maximumMs());
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("msPerPixel");
        for (const NamedStart& s : starts()) {
            for (const double level : zoomLevels())
                QTest::addRow("%s @%g ms/px", s.name, level) << s.ms << level;
        }
    }
    void roundTrip()
    {
        QFETCH(qint64, start);
        QFETCH(double, msPerPixel);
        const TimeScale scale(start, msPerPixel);
        QCOMPARE(scale.start(), start);
        QCOMPARE(scale.msPerPixel(), msPerPixel);
        for (const double x : {-250.0, -1.0, 0.0, 0.5, 1.0, 17.25, 333.0, 960.5, 1739.0, 1920.0, 4000.0}) {
            // Time -> x -> time stays within one pixel's worth of time.
            const qint64 t = start + qint64(x * msPerPixel) + 7;
            const qint64 back = scale.toTime(scale.toX(t));
            QVERIFY2(std::abs(double(back - t)) <= msPerPixel,
                qPrintable(u"x=%1: %2 came back as %3"_s.arg(x).arg(t).arg(back)));
            // x -> time -> x stays within one pixel.
            const double again = scale.toX(scale.toTime(x));
            QVERIFY2(std::abs(again - x) <= 1.0, qPrintable(u"x=%1 came back as %2"_s.arg(x).arg(again)));
        }
        // Later times are further right.
        QVERIFY(scale.toX(start + qint64(msPerPixel) * 10) > scale.toX(start));
        QCOMPARE(scale.toX(start), 0.0);
    }

    void zoomAtKeepsAnchor_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("msPerPixel");
        QTest::addColumn<double>("anchorX");
        QTest::addColumn<double>("factor");
        for (const NamedStart& s : starts()) {
            for (const double level : zoomLevels()) {
                for (const double anchor : {0.0, 1.0, 333.5, 870.0, 1739.0}) {
                    for (const double factor : {2.0, 1.25, 10.0, 0.5, 0.8, 0.1}) {
                        const double after = std::clamp(level / factor, TimeScale::minMsPerPixel, TimeScale::maxMsPerPixel);
                        // Leave out zooms whose new start would fall outside the supported years: the start is clamped
                        // there (checked in zoomOutAtTheBeginningOfTime).
                        const double anchorTime = double(s.ms) + anchor * level;
                        const double newStart = anchorTime - anchor * after;
                        if (newStart < double(FuzzyDate::minimumMs()) || anchorTime > double(FuzzyDate::maximumMs()))
                            continue;
                        QTest::addRow("%s @%g x=%g *%g", s.name, level, anchor, factor) << s.ms << level << anchor << factor;
                    }
                }
            }
        }
    }
    void zoomAtKeepsAnchor()
    {
        QFETCH(qint64, start);
        QFETCH(double, msPerPixel);
        QFETCH(double, anchorX);
        QFETCH(double, factor);
        TimeScale scale(start, msPerPixel);
        const qint64 anchorTime = scale.toTime(anchorX);
        scale.zoomAt(anchorX, factor);
        const double expected = std::clamp(msPerPixel / factor, TimeScale::minMsPerPixel, TimeScale::maxMsPerPixel);
        QVERIFY(qFuzzyCompare(scale.msPerPixel(), expected));
        QVERIFY2(std::abs(double(scale.toTime(anchorX) - anchorTime)) <= scale.msPerPixel(),
            qPrintable(u"the time under x=%1 moved from %2 to %3"_s.arg(anchorX).arg(anchorTime).arg(scale.toTime(anchorX))));
        QVERIFY(std::abs(scale.toX(anchorTime) - anchorX) <= 1.0);
        // Zooming in shows less time across the same width, zooming out more.
        if (expected < msPerPixel)
            QVERIFY(scale.end(1740) - scale.start() < TimeScale(start, msPerPixel).end(1740) - start);
        else if (expected > msPerPixel)
            QVERIFY(scale.end(1740) - scale.start() > TimeScale(start, msPerPixel).end(1740) - start);
    }

    void zoomClamps_data()
    {
        QTest::addColumn<double>("msPerPixel");
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("expected");
        QTest::newRow("in past the finest") << TimeScale::minMsPerPixel << 2.0 << TimeScale::minMsPerPixel;
        QTest::newRow("far in from a day per px") << 86400000.0 << 1e9 << TimeScale::minMsPerPixel;
        QTest::newRow("in to just the finest") << 1000.0 << 2.0 << TimeScale::minMsPerPixel;
        QTest::newRow("in nearly to the finest") << 1000.0 << 1.6 << 625.0;
        QTest::newRow("out past the coarsest") << TimeScale::maxMsPerPixel << 0.5 << TimeScale::maxMsPerPixel;
        QTest::newRow("far out from a day per px") << 86400000.0 << 1e-9 << TimeScale::maxMsPerPixel;
        QTest::newRow("out nearly to the coarsest") << 1e11 << 0.5 << 2e11;
        QTest::newRow("zero factor does nothing") << 86400000.0 << 0.0 << 86400000.0;
        QTest::newRow("negative factor does nothing") << 86400000.0 << -2.0 << 86400000.0;
        QTest::newRow("NaN factor does nothing") << 86400000.0 << std::nan("") << 86400000.0;
    }
    void zoomClamps()
    {
        QFETCH(double, msPerPixel);
        QFETCH(double, factor);
        QFETCH(double, expected);
        TimeScale scale(utcMs(2000, 1, 1), msPerPixel);
        const TimeScale before = scale;
        scale.zoomAt(500, factor);
        QVERIFY2(qFuzzyCompare(scale.msPerPixel(), expected), qPrintable(QString::number(scale.msPerPixel())));
        if (expected == msPerPixel)
            QCOMPARE(scale.start(), before.start());
        QVERIFY(scale.msPerPixel() >= TimeScale::minMsPerPixel);
        QVERIFY(scale.msPerPixel() <= TimeScale::maxMsPerPixel);
    }

    void zoomOutAtTheBeginningOfTime()
    {
        // Views never start before the first supported instant, however far out one zooms.
        TimeScale scale(FuzzyDate::minimumMs() + 365 * dayMs, 1e9);
        for (int k = 0; k < 10; ++k) {
            scale.zoomAt(1500, 0.25);
            QVERIFY(scale.start() >= FuzzyDate::minimumMs());
        }
        QCOMPARE(scale.msPerPixel(), TimeScale::maxMsPerPixel);
        QCOMPARE(scale.start(), FuzzyDate::minimumMs());
    }

    void panBy_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("msPerPixel");
        QTest::addColumn<double>("dx");
        for (const NamedStart& s : starts()) {
            for (const double level : {TimeScale::minMsPerPixel, 60000.0, 86400000.0, 3.0e10}) {
                for (const double dx : {1.0, -1.0, 120.0, -333.5, 0.25})
                    QTest::addRow("%s @%g dx=%g", s.name, level, dx) << s.ms << level << dx;
            }
        }
    }
    void panBy()
    {
        QFETCH(qint64, start);
        QFETCH(double, msPerPixel);
        QFETCH(double, dx);
        TimeScale scale(start, msPerPixel);
        const qint64 atZero = scale.toTime(0);
        scale.panBy(dx);
        QCOMPARE(scale.msPerPixel(), msPerPixel);
        // The start moves by dx * msPerPixel, against dx: dragging right brings earlier times into view.
        QVERIFY2(std::abs(double(scale.start() - (start - dx * msPerPixel))) <= 1.0,
            qPrintable(u"start %1, expected %2"_s.arg(scale.start()).arg(double(start) - dx * msPerPixel)));
        if (dx > 0)
            QVERIFY(scale.start() < start);
        else
            QVERIFY(scale.start() > start);
        // What was at x = 0 is now at x = dx.
        QVERIFY(std::abs(scale.toX(atZero) - dx) <= 1.0 / msPerPixel + 1e-9);
        // Panning back returns to where it was.
        scale.panBy(-dx);
        QVERIFY(std::abs(scale.start() - start) <= 1);
    }

    void panStopsAtTheLimits()
    {
        TimeScale early(FuzzyDate::minimumMs() + dayMs, 86400000.0);
        early.panBy(10);
        QCOMPARE(early.start(), FuzzyDate::minimumMs());
        TimeScale late(FuzzyDate::maximumMs() - dayMs, 86400000.0);
        late.panBy(-10);
        QCOMPARE(late.start(), FuzzyDate::maximumMs());
    }

    void fit_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("to");
        QTest::addColumn<int>("width");
        QTest::addColumn<double>("margin");
        QTest::newRow("30 years") << utcMs(1995, 1, 1) << utcMs(2025, 1, 1) << 1740 << 0.04;
        QTest::newRow("30 years, no margin") << utcMs(1995, 1, 1) << utcMs(2025, 1, 1) << 1740 << 0.0;
        QTest::newRow("30 years, wide margin") << utcMs(1995, 1, 1) << utcMs(2025, 1, 1) << 1740 << 0.25;
        QTest::newRow("a month, narrow") << utcMs(2025, 8, 1) << utcMs(2025, 9, 1) << 300 << 0.04;
        QTest::newRow("a day") << utcMs(2025, 8, 15) << utcMs(2025, 8, 16) << 1740 << 0.04;
        QTest::newRow("two hours, no margin (a zoom rectangle)") << utcMs(2025, 8, 15, 10) << utcMs(2025, 8, 15, 12)
                                                                 << 1740 << 0.0;
        QTest::newRow("four days (a cluster opened)") << utcMs(2025, 8, 13) << utcMs(2025, 8, 17) << 1740 << 0.0;
        QTest::newRow("eight days") << utcMs(2025, 8, 10) << utcMs(2025, 8, 18) << 800 << 0.04;
        QTest::newRow("across 1970") << utcMs(1969, 7, 20) << utcMs(1970, 4, 17) << 1000 << 0.04;
        QTest::newRow("19th century") << utcMs(1814, 9, 1) << utcMs(1815, 6, 9) << 1740 << 0.04;
        QTest::newRow("a millennium") << utcMs(1000, 1, 1) << utcMs(2000, 1, 1) << 1740 << 0.04;
        QTest::newRow("reversed") << utcMs(2025, 1, 1) << utcMs(2024, 1, 1) << 1200 << 0.04;
    }
    void fit()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, to);
        QFETCH(int, width);
        QFETCH(double, margin);
        TimeScale scale(0, 1000.0);
        scale.fit(from, to, width, margin);
        const qint64 lo = std::min(from, to);
        const qint64 hi = std::max(from, to);
        // Everything asked for is in view...
        QVERIFY2(scale.toX(lo) >= -1e-6, qPrintable(QString::number(scale.toX(lo))));
        QVERIFY2(scale.toX(hi) <= width + 1e-6, qPrintable(QString::number(scale.toX(hi))));
        // ...with the margin each side, the range centred.
        const double side = width * margin / (1 + 2 * margin);
        if (hi - lo < 7 * dayMs) {
        }
        QVERIFY2(std::abs(scale.toX(lo) - side) <= 1.0, qPrintable(u"left %1, expected %2"_s.arg(scale.toX(lo)).arg(side)));
        QVERIFY2(std::abs(scale.toX(hi) - (width - side)) <= 1.0,
            qPrintable(u"right %1, expected %2"_s.arg(scale.toX(hi)).arg(width - side)));
        QVERIFY(std::abs(double(scale.end(width) - scale.start()) - double(hi - lo) * (1 + 2 * margin)) <= 2 * scale.msPerPixel());
    }

    void fitBelowTheFinestZoom()
    {
        // Ten minutes across 1740 px would be finer than the finest zoom: the range is centred at the finest zoom.
        TimeScale scale;
        const qint64 from = utcMs(2025, 8, 15, 11, 0);
        const qint64 to = utcMs(2025, 8, 15, 11, 10);
        scale.fit(from, to, 1740);
        QCOMPARE(scale.msPerPixel(), TimeScale::minMsPerPixel);
        QVERIFY(scale.toX(from) >= 0);
        QVERIFY(scale.toX(to) <= 1740);
        QVERIFY(std::abs(scale.toX((from + to) / 2) - 870) <= 1.0);
    }

    void fitInstant_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<int>("width");
        QTest::newRow("2025, 1740 px") << utcMs(2025, 8, 15, 11, 0) << 1740;
        QTest::newRow("epoch, 700 px") << qint64(0) << 700;
        QTest::newRow("1815, 1000 px") << utcMs(1815, 6, 18, 11, 30) << 1000;
    }
    void fitInstant()
    {
        QFETCH(qint64, at);
        QFETCH(int, width);
        constexpr double margin = 0.04;
        TimeScale scale;
        scale.fit(at, at, width, margin);
        // A single instant gets a week around it: 3.5 days each side, plus the margin.
        const double week = 7.0 * dayMs;
        QVERIFY(qFuzzyCompare(scale.msPerPixel(), week * (1 + 2 * margin) / width));
        QVERIFY(std::abs(scale.toX(at) - width / 2.0) <= 1.0);
        const double side = width * margin / (1 + 2 * margin);
        QVERIFY(std::abs(scale.toX(at - 7 * dayMs / 2) - side) <= 1.0);
        QVERIFY(std::abs(scale.toX(at + 7 * dayMs / 2) - (width - side)) <= 1.0);
    }

    void fitIgnoresEmptyWidth()
    {
        TimeScale scale(utcMs(2000, 1, 1), 60000.0);
        const TimeScale before = scale;
        scale.fit(utcMs(1990, 1, 1), utcMs(2010, 1, 1), 0);
        QCOMPARE(scale, before);
        scale.fit(utcMs(1990, 1, 1), utcMs(2010, 1, 1), -5);
        QCOMPARE(scale, before);
    }

    void centerOn_data()
    {
        QTest::addColumn<qint64>("at");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("msPerPixel");
        for (const NamedStart& s : starts()) {
            for (const double level : {TimeScale::minMsPerPixel, 86400000.0, 1.0e10}) {
                for (const double x : {0.0, 870.0, 1739.5})
                    QTest::addRow("%s @%g x=%g", s.name, level, x) << s.ms << x << level;
            }
        }
    }
    void centerOn()
    {
        QFETCH(qint64, at);
        QFETCH(double, x);
        QFETCH(double, msPerPixel);
        TimeScale scale(utcMs(1500, 1, 1), msPerPixel);
        scale.centerOn(at, x);
        if (double(at) - x * msPerPixel < double(FuzzyDate::minimumMs())) {
            // It cannot be put that far right without starting before year 1.
            QCOMPARE(scale.start(), FuzzyDate::minimumMs());
            return;
        }
        QCOMPARE(scale.msPerPixel(), msPerPixel);
        QVERIFY(std::abs(scale.toTime(x) - at) <= 1);
        QVERIFY(std::abs(scale.toX(at) - x) <= 1.0 / msPerPixel + 1e-9);
    }
};

QTEST_GUILESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
