// SPDX-License-Identifier: GPL-3.0-or-later
#include <algorithm>
#include <limits>
#include <random>

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

#include "model/fuzzydate.h"

using namespace Qt::Literals::StringLiterals;
using attache::DatePrecision;
using attache::FuzzyDate;

namespace {

constexpr qint64 second = 1000;
constexpr qint64 minute = 60 * second;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

/// A UTC instant as ISO 8601 with milliseconds, so that failures show readable bounds.
QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

/// A data tag that shows the input text, with control characters spelled out and empty text named.
QByteArray tag(const QString& text)
{
    if (text.isEmpty())
        return "(empty)";
    QString visible = text;
    visible.replace(u'\t', u"\\t"_s).replace(u'\n', u"\\n"_s);
    return QString(u'[' + visible + u']').toUtf8();
}

QString kindName(FuzzyDate::EndKind kind)
{
    switch (kind) {
    case FuzzyDate::EndKind::Known:
        return u"known"_s;
    case FuzzyDate::EndKind::Open:
        return u"open"_s;
    case FuzzyDate::EndKind::Unknown:
        return u"unknown"_s;
    }
    return u"invalid"_s;
}

/// Text that a test expects to parse; the empty text stands for the null date.
FuzzyDate parsed(const QString& text)
{
    if (text.isEmpty())
        return {};
    const attache::Result<FuzzyDate> result = FuzzyDate::parse(text);
    if (!result) {
        QTest::qFail(qPrintable(u"cannot parse a test value: "_s + result.error()), __FILE__, __LINE__);
        return {};
    }
    return *result;
}

QDateTime at(int year, int month, int dayOfMonth, QTime time, int offsetSeconds)
{
    return QDateTime(QDate(year, month, dayOfMonth), time, QTimeZone(offsetSeconds));
}

} // namespace

// Stops the test function when a value the test relies on did not parse.
// clang-format off
#define PARSED_OR_RETURN(name, text) \
    const FuzzyDate name = parsed(text); \
    if (QTest::currentTestFailed()) \
        return
// clang-format on

class TestFuzzyDate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void precisionNames_data();
    void precisionNames();
    void boundConstants();
    void nullDate();

    void parseValid_data();
    void parseValid();
    void roundTrip_data();
    void roundTrip();
    void leapYears_data();
    void leapYears();
    void timeZones_data();
    void timeZones();
    void intervalEnds_data();
    void intervalEnds();
    void firstDay_data();
    void firstDay();
    void parseErrors_data();
    void parseErrors();

    void equality_data();
    void equality();
    void ordering_data();
    void ordering();
    void sorting_data();
    void sorting();

    void display_data();
    void display();

    void shiftedBy_data();
    void shiftedBy();

    void fromDate_data();
    void fromDate();
    void fromYearMonth_data();
    void fromYearMonth();
    void fromYear_data();
    void fromYear();
    void fromDateTime_data();
    void fromDateTime();
    void intervalFactory_data();
    void intervalFactory();
};

void TestFuzzyDate::initTestCase()
{
    // display() promises English whatever the locale; a German default locale would show "Fr." and "Aug." otherwise.
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

void TestFuzzyDate::precisionNames_data()
{
    QTest::addColumn<DatePrecision>("precision");
    QTest::addColumn<QString>("name");

    QTest::newRow("none") << DatePrecision::None << u"none"_s;
    QTest::newRow("year") << DatePrecision::Year << u"year"_s;
    QTest::newRow("month") << DatePrecision::Month << u"month"_s;
    QTest::newRow("day") << DatePrecision::Day << u"day"_s;
    QTest::newRow("minute") << DatePrecision::Minute << u"minute"_s;
    QTest::newRow("second") << DatePrecision::Second << u"second"_s;
}

void TestFuzzyDate::precisionNames()
{
    QFETCH(DatePrecision, precision);
    QFETCH(QString, name);
    QCOMPARE(attache::toText(precision), name);
}

void TestFuzzyDate::boundConstants()
{
    QCOMPARE(iso(FuzzyDate::minimumMs()), u"0001-01-01T00:00:00.000Z"_s);
    QCOMPARE(iso(FuzzyDate::maximumMs()), u"9999-12-31T23:59:59.999Z"_s);
}

void TestFuzzyDate::nullDate()
{
    const FuzzyDate null;
    QVERIFY(null.isNull());
    QVERIFY(!null.isInterval());
    QCOMPARE(attache::toText(null.precision()), u"none"_s);
    QVERIFY(!null.isUncertain());
    QVERIFY(!null.isApproximate());
    QCOMPARE(null.earliestMs(), 0);
    QCOMPARE(null.latestMs(), 0);
    QVERIFY(!null.firstDay().isValid());
    QVERIFY(null.toString().isEmpty());
    QVERIFY(null.display().isEmpty());
    QVERIFY(null.start().isNull());
    QVERIFY(null.end().isNull());
    QVERIFY(null.shiftedBy(400 * day).isNull());
    QVERIFY(null == FuzzyDate());
    PARSED_OR_RETURN(earliest, u"0001"_s);
    QVERIFY(null != earliest);
    QVERIFY(null < earliest);
    QVERIFY(FuzzyDate::interval(FuzzyDate(), FuzzyDate()).isNull());
}

void TestFuzzyDate::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("precision");
    QTest::addColumn<bool>("interval");
    QTest::addColumn<bool>("uncertain");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QString>("latest");

    const auto row = [](const QString& text, const QString& precision, bool interval, bool uncertain, bool approximate,
                         const QString& canonical, const QString& earliest, const QString& latest) {
        QTest::newRow(tag(text).constData())
            << text << precision << interval << uncertain << approximate << canonical << earliest << latest;
    };
    const QString min = u"0001-01-01T00:00:00.000Z"_s;
    const QString max = u"9999-12-31T23:59:59.999Z"_s;

    // Years.
    row(u"2025"_s, u"year"_s, false, false, false, u"2025"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);
    row(u"0001"_s, u"year"_s, false, false, false, u"0001"_s, min, u"0001-12-31T23:59:59.999Z"_s);
    row(u"9999"_s, u"year"_s, false, false, false, u"9999"_s, u"9999-01-01T00:00:00.000Z"_s, max);
    row(u"1970"_s, u"year"_s, false, false, false, u"1970"_s, u"1970-01-01T00:00:00.000Z"_s,
        u"1970-12-31T23:59:59.999Z"_s);
    row(u"1969"_s, u"year"_s, false, false, false, u"1969"_s, u"1969-01-01T00:00:00.000Z"_s,
        u"1969-12-31T23:59:59.999Z"_s);
    row(u"0800"_s, u"year"_s, false, false, false, u"0800"_s, u"0800-01-01T00:00:00.000Z"_s,
        u"0800-12-31T23:59:59.999Z"_s);

    // Months, including February in leap and common years.
    row(u"2025-08"_s, u"month"_s, false, false, false, u"2025-08"_s, u"2025-08-01T00:00:00.000Z"_s,
        u"2025-08-31T23:59:59.999Z"_s);
    row(u"2025-01"_s, u"month"_s, false, false, false, u"2025-01"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2025-01-31T23:59:59.999Z"_s);
    row(u"2025-04"_s, u"month"_s, false, false, false, u"2025-04"_s, u"2025-04-01T00:00:00.000Z"_s,
        u"2025-04-30T23:59:59.999Z"_s);
    row(u"2025-12"_s, u"month"_s, false, false, false, u"2025-12"_s, u"2025-12-01T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);
    row(u"2024-02"_s, u"month"_s, false, false, false, u"2024-02"_s, u"2024-02-01T00:00:00.000Z"_s,
        u"2024-02-29T23:59:59.999Z"_s);
    row(u"2023-02"_s, u"month"_s, false, false, false, u"2023-02"_s, u"2023-02-01T00:00:00.000Z"_s,
        u"2023-02-28T23:59:59.999Z"_s);
    row(u"1900-02"_s, u"month"_s, false, false, false, u"1900-02"_s, u"1900-02-01T00:00:00.000Z"_s,
        u"1900-02-28T23:59:59.999Z"_s);
    row(u"2000-02"_s, u"month"_s, false, false, false, u"2000-02"_s, u"2000-02-01T00:00:00.000Z"_s,
        u"2000-02-29T23:59:59.999Z"_s);

    // Days.
    row(u"2025-08-15"_s, u"day"_s, false, false, false, u"2025-08-15"_s, u"2025-08-15T00:00:00.000Z"_s,
        u"2025-08-15T23:59:59.999Z"_s);
    row(u"2025-12-31"_s, u"day"_s, false, false, false, u"2025-12-31"_s, u"2025-12-31T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);
    row(u"2024-02-29"_s, u"day"_s, false, false, false, u"2024-02-29"_s, u"2024-02-29T00:00:00.000Z"_s,
        u"2024-02-29T23:59:59.999Z"_s);
    row(u"2000-02-29"_s, u"day"_s, false, false, false, u"2000-02-29"_s, u"2000-02-29T00:00:00.000Z"_s,
        u"2000-02-29T23:59:59.999Z"_s);
    row(u"1969-12-31"_s, u"day"_s, false, false, false, u"1969-12-31"_s, u"1969-12-31T00:00:00.000Z"_s,
        u"1969-12-31T23:59:59.999Z"_s);

    // Times without an offset are UTC.
    row(u"2025-08-15T11:00"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00"_s, u"2025-08-15T11:00:00.000Z"_s,
        u"2025-08-15T11:00:59.999Z"_s);
    row(u"2025-08-15T00:00"_s, u"minute"_s, false, false, false, u"2025-08-15T00:00"_s, u"2025-08-15T00:00:00.000Z"_s,
        u"2025-08-15T00:00:59.999Z"_s);
    row(u"2025-08-15T23:59"_s, u"minute"_s, false, false, false, u"2025-08-15T23:59"_s, u"2025-08-15T23:59:00.000Z"_s,
        u"2025-08-15T23:59:59.999Z"_s);
    row(u"2025-08-15T11:00:30"_s, u"second"_s, false, false, false, u"2025-08-15T11:00:30"_s,
        u"2025-08-15T11:00:30.000Z"_s, u"2025-08-15T11:00:30.999Z"_s);
    row(u"2025-08-15T11:00:00"_s, u"second"_s, false, false, false, u"2025-08-15T11:00:00"_s,
        u"2025-08-15T11:00:00.000Z"_s, u"2025-08-15T11:00:00.999Z"_s);
    row(u"2025-08-15T23:59:59"_s, u"second"_s, false, false, false, u"2025-08-15T23:59:59"_s,
        u"2025-08-15T23:59:59.000Z"_s, u"2025-08-15T23:59:59.999Z"_s);

    // Offsets; a zero offset is written Z.
    row(u"2025-08-15T11:00Z"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00Z"_s, u"2025-08-15T11:00:00.000Z"_s,
        u"2025-08-15T11:00:59.999Z"_s);
    row(u"2025-08-15T11:00+00:00"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00Z"_s,
        u"2025-08-15T11:00:00.000Z"_s, u"2025-08-15T11:00:59.999Z"_s);
    row(u"2025-08-15T11:00-08:00"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00-08:00"_s,
        u"2025-08-15T19:00:00.000Z"_s, u"2025-08-15T19:00:59.999Z"_s);
    row(u"2025-08-15T11:00+05:30"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00+05:30"_s,
        u"2025-08-15T05:30:00.000Z"_s, u"2025-08-15T05:30:59.999Z"_s);
    row(u"2025-08-15T11:00:30+05:30"_s, u"second"_s, false, false, false, u"2025-08-15T11:00:30+05:30"_s,
        u"2025-08-15T05:30:30.000Z"_s, u"2025-08-15T05:30:30.999Z"_s);
    row(u"2025-08-15T11:00:30Z"_s, u"second"_s, false, false, false, u"2025-08-15T11:00:30Z"_s,
        u"2025-08-15T11:00:30.000Z"_s, u"2025-08-15T11:00:30.999Z"_s);
    row(u"2025-08-15T11:00+14:00"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00+14:00"_s,
        u"2025-08-14T21:00:00.000Z"_s, u"2025-08-14T21:00:59.999Z"_s);
    row(u"2025-08-15T11:00-14:00"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00-14:00"_s,
        u"2025-08-16T01:00:00.000Z"_s, u"2025-08-16T01:00:59.999Z"_s);
    row(u"2025-08-15T11:00+05:45"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00+05:45"_s,
        u"2025-08-15T05:15:00.000Z"_s, u"2025-08-15T05:15:59.999Z"_s);
    row(u"2025-08-15T11:00-00:30"_s, u"minute"_s, false, false, false, u"2025-08-15T11:00-00:30"_s,
        u"2025-08-15T11:30:00.000Z"_s, u"2025-08-15T11:30:59.999Z"_s);
    // Bounds stay inside the supported range even when an offset pushes the instant out of it.
    row(u"9999-12-31T23:00-02:00"_s, u"minute"_s, false, false, false, u"9999-12-31T23:00-02:00"_s, max, max);
    row(u"0001-01-01T01:00+02:00"_s, u"minute"_s, false, false, false, u"0001-01-01T01:00+02:00"_s, min, min);

    // Qualifiers.
    row(u"2025?"_s, u"year"_s, false, true, false, u"2025?"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);
    row(u"2025~"_s, u"year"_s, false, false, true, u"2025~"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);
    row(u"2025%"_s, u"year"_s, false, true, true, u"2025%"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);
    row(u"2025-08?"_s, u"month"_s, false, true, false, u"2025-08?"_s, u"2025-08-01T00:00:00.000Z"_s,
        u"2025-08-31T23:59:59.999Z"_s);
    row(u"2025-08-15~"_s, u"day"_s, false, false, true, u"2025-08-15~"_s, u"2025-08-15T00:00:00.000Z"_s,
        u"2025-08-15T23:59:59.999Z"_s);
    row(u"2025-08-15T11:00-08:00%"_s, u"minute"_s, false, true, true, u"2025-08-15T11:00-08:00%"_s,
        u"2025-08-15T19:00:00.000Z"_s, u"2025-08-15T19:00:59.999Z"_s);
    row(u"2025-08-15T11:00:30?"_s, u"second"_s, false, true, false, u"2025-08-15T11:00:30?"_s,
        u"2025-08-15T11:00:30.000Z"_s, u"2025-08-15T11:00:30.999Z"_s);

    // Surrounding whitespace is trimmed.
    row(u"  2025-08-15  "_s, u"day"_s, false, false, false, u"2025-08-15"_s, u"2025-08-15T00:00:00.000Z"_s,
        u"2025-08-15T23:59:59.999Z"_s);
    row(u"\t2025\n"_s, u"year"_s, false, false, false, u"2025"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2025-12-31T23:59:59.999Z"_s);

    // Intervals.
    row(u"2025-08-15/2025-08-18"_s, u"day"_s, true, false, false, u"2025-08-15/2025-08-18"_s,
        u"2025-08-15T00:00:00.000Z"_s, u"2025-08-18T23:59:59.999Z"_s);
    row(u"2025/2026"_s, u"year"_s, true, false, false, u"2025/2026"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2026-12-31T23:59:59.999Z"_s);
    row(u"2025-08/2025-09-10"_s, u"month"_s, true, false, false, u"2025-08/2025-09-10"_s, u"2025-08-01T00:00:00.000Z"_s,
        u"2025-09-10T23:59:59.999Z"_s);
    row(u"2025-08-15/2025-08-15"_s, u"day"_s, true, false, false, u"2025-08-15/2025-08-15"_s,
        u"2025-08-15T00:00:00.000Z"_s, u"2025-08-15T23:59:59.999Z"_s);
    row(u"2025-08-20/2025-08"_s, u"day"_s, true, false, false, u"2025-08-20/2025-08"_s, u"2025-08-20T00:00:00.000Z"_s,
        u"2025-08-31T23:59:59.999Z"_s);
    row(u"2025-08-15T11:00-08:00/2025-08-15T18:00-08:00"_s, u"minute"_s, true, false, false,
        u"2025-08-15T11:00-08:00/2025-08-15T18:00-08:00"_s, u"2025-08-15T19:00:00.000Z"_s,
        u"2025-08-16T02:00:59.999Z"_s);
    // Later on the wall clock, earlier in UTC: the order of instants is what counts.
    row(u"2025-08-15T22:00+05:00/2025-08-15T20:00Z"_s, u"minute"_s, true, false, false,
        u"2025-08-15T22:00+05:00/2025-08-15T20:00Z"_s, u"2025-08-15T17:00:00.000Z"_s, u"2025-08-15T20:00:59.999Z"_s);
    row(u"../2025-08-18"_s, u"day"_s, true, false, false, u"../2025-08-18"_s, min, u"2025-08-18T23:59:59.999Z"_s);
    row(u"2025-08-15/.."_s, u"day"_s, true, false, false, u"2025-08-15/.."_s, u"2025-08-15T00:00:00.000Z"_s, max);
    row(u"/2025"_s, u"year"_s, true, false, false, u"/2025"_s, min, u"2025-12-31T23:59:59.999Z"_s);
    row(u"2025/"_s, u"year"_s, true, false, false, u"2025/"_s, u"2025-01-01T00:00:00.000Z"_s, max);
    row(u"2025-08-15?/2025-08-18~"_s, u"day"_s, true, true, true, u"2025-08-15?/2025-08-18~"_s,
        u"2025-08-15T00:00:00.000Z"_s, u"2025-08-18T23:59:59.999Z"_s);
    row(u"../2025~"_s, u"year"_s, true, false, true, u"../2025~"_s, min, u"2025-12-31T23:59:59.999Z"_s);
    row(u"2025-08?/.."_s, u"month"_s, true, true, false, u"2025-08?/.."_s, u"2025-08-01T00:00:00.000Z"_s, max);
    row(u" 2025/2026 "_s, u"year"_s, true, false, false, u"2025/2026"_s, u"2025-01-01T00:00:00.000Z"_s,
        u"2026-12-31T23:59:59.999Z"_s);
    row(u"2025-08-15T11:00+00:00/2025-08-15T12:00:30Z"_s, u"minute"_s, true, false, false,
        u"2025-08-15T11:00Z/2025-08-15T12:00:30Z"_s, u"2025-08-15T11:00:00.000Z"_s, u"2025-08-15T12:00:30.999Z"_s);
}

void TestFuzzyDate::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, precision);
    QFETCH(bool, interval);
    QFETCH(bool, uncertain);
    QFETCH(bool, approximate);
    QFETCH(QString, canonical);
    QFETCH(QString, earliest);
    QFETCH(QString, latest);

    const attache::Result<FuzzyDate> result = FuzzyDate::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const FuzzyDate& date = *result;
    QVERIFY(!date.isNull());
    QCOMPARE(attache::toText(date.precision()), precision);
    QCOMPARE(date.isInterval(), interval);
    QCOMPARE(date.isUncertain(), uncertain);
    QCOMPARE(date.isApproximate(), approximate);
    QCOMPARE(date.toString(), canonical);
    QCOMPARE(iso(date.earliestMs()), earliest);
    QCOMPARE(iso(date.latestMs()), latest);
    QVERIFY(date.earliestMs() <= date.latestMs());
}

void TestFuzzyDate::roundTrip_data()
{
    parseValid_data();
}

void TestFuzzyDate::roundTrip()
{
    QFETCH(QString, text);
    PARSED_OR_RETURN(date, text);
    const QString canonical = date.toString();
    const attache::Result<FuzzyDate> again = FuzzyDate::parse(canonical);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QVERIFY(*again == date);
    QCOMPARE(again->toString(), canonical);
    QCOMPARE(again->earliestMs(), date.earliestMs());
    QCOMPARE(again->latestMs(), date.latestMs());
    QVERIFY((*again <=> date) == 0);
}

void TestFuzzyDate::leapYears_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("leap");

    QTest::newRow("0004") << 4 << true;
    QTest::newRow("0100") << 100 << false;
    QTest::newRow("0400") << 400 << true;
    QTest::newRow("1600") << 1600 << true;
    QTest::newRow("1700") << 1700 << false;
    QTest::newRow("1800") << 1800 << false;
    QTest::newRow("1900") << 1900 << false;
    QTest::newRow("2000") << 2000 << true;
    QTest::newRow("2004") << 2004 << true;
    QTest::newRow("2023") << 2023 << false;
    QTest::newRow("2024") << 2024 << true;
    QTest::newRow("2100") << 2100 << false;
    QTest::newRow("2400") << 2400 << true;
    QTest::newRow("9996") << 9996 << true;
}

void TestFuzzyDate::leapYears()
{
    QFETCH(int, year);
    QFETCH(bool, leap);

    const QString yearText = QString::number(year).rightJustified(4, u'0');
    const attache::Result<FuzzyDate> leapDay = FuzzyDate::parse(QString(yearText + u"-02-29"));
    QCOMPARE(leapDay.ok(), leap);
    if (!leap) {
        QVERIFY2(leapDay.error().contains(u"day 29 is out of range for February " + yearText + u" (expected 01-28)"),
            qPrintable(leapDay.error()));
    }
    QVERIFY(FuzzyDate::parse(QString(yearText + u"-02-28")).ok());
    QVERIFY(!FuzzyDate::parse(QString(yearText + u"-02-30")).ok());

    PARSED_OR_RETURN(february, QString(yearText + u"-02"));
    const QString lastDay = leap ? u"29"_s : u"28"_s;
    QCOMPARE(iso(february.latestMs()), yearText + u"-02-" + lastDay + u"T23:59:59.999Z");
    PARSED_OR_RETURN(wholeYear, yearText);
    QCOMPARE((wholeYear.latestMs() + 1 - wholeYear.earliestMs()) / day, leap ? 366 : 365);
}

void TestFuzzyDate::timeZones_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QDate>("firstDay");

    QTest::newRow("Z") << u"2025-08-15T11:00Z"_s << u"2025-08-15T11:00:00.000Z"_s << QDate(2025, 8, 15);
    QTest::newRow("no offset is UTC") << u"2025-08-15T11:00"_s << u"2025-08-15T11:00:00.000Z"_s << QDate(2025, 8, 15);
    QTest::newRow("+05:30") << u"2025-08-15T11:00+05:30"_s << u"2025-08-15T05:30:00.000Z"_s << QDate(2025, 8, 15);
    QTest::newRow("-08:00") << u"2025-08-15T11:00-08:00"_s << u"2025-08-15T19:00:00.000Z"_s << QDate(2025, 8, 15);
    QTest::newRow("+05:30 into previous UTC day")
        << u"2025-08-15T01:00+05:30"_s << u"2025-08-14T19:30:00.000Z"_s << QDate(2025, 8, 15);
    QTest::newRow("-08:00 into next UTC day")
        << u"2025-08-15T22:00-08:00"_s << u"2025-08-16T06:00:00.000Z"_s << QDate(2025, 8, 15);
    QTest::newRow("+01:00 into previous UTC year")
        << u"2025-01-01T00:30+01:00"_s << u"2024-12-31T23:30:00.000Z"_s << QDate(2025, 1, 1);
    QTest::newRow("-01:00 into next UTC year")
        << u"2024-12-31T23:30-01:00"_s << u"2025-01-01T00:30:00.000Z"_s << QDate(2024, 12, 31);
    QTest::newRow("+03:00 back onto a leap day")
        << u"2024-03-01T02:00+03:00"_s << u"2024-02-29T23:00:00.000Z"_s << QDate(2024, 3, 1);
    QTest::newRow("-05:00 seconds into next UTC day")
        << u"2025-08-15T23:59:59-05:00"_s << u"2025-08-16T04:59:59.000Z"_s << QDate(2025, 8, 15);
}

void TestFuzzyDate::timeZones()
{
    QFETCH(QString, text);
    QFETCH(QString, earliest);
    QFETCH(QDate, firstDay);

    PARSED_OR_RETURN(date, text);
    QCOMPARE(iso(date.earliestMs()), earliest);
    QCOMPARE(date.firstDay(), firstDay);
    // The written offset survives, so the analyst still sees local time.
    QCOMPARE(date.toString(), text);
}

void TestFuzzyDate::intervalEnds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("startKind");
    QTest::addColumn<QString>("endKind");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");

    QTest::newRow("closed") << u"2025-08-15/2025-08-18"_s << u"known"_s << u"known"_s << u"2025-08-15"_s
                            << u"2025-08-18"_s;
    QTest::newRow("open start") << u"../2025-08-18"_s << u"open"_s << u"known"_s << QString() << u"2025-08-18"_s;
    QTest::newRow("open end") << u"2025-08-15/.."_s << u"known"_s << u"open"_s << u"2025-08-15"_s << QString();
    QTest::newRow("unknown start") << u"/2025"_s << u"unknown"_s << u"known"_s << QString() << u"2025"_s;
    QTest::newRow("unknown end") << u"2025/"_s << u"known"_s << u"unknown"_s << u"2025"_s << QString();
    QTest::newRow("qualified ends") << u"2025-08~/2025-09?"_s << u"known"_s << u"known"_s << u"2025-08~"_s
                                    << u"2025-09?"_s;
    QTest::newRow("single value") << u"2025-08-15T11:00Z"_s << u"known"_s << u"known"_s << u"2025-08-15T11:00Z"_s
                                  << u"2025-08-15T11:00Z"_s;
}

void TestFuzzyDate::intervalEnds()
{
    QFETCH(QString, text);
    QFETCH(QString, startKind);
    QFETCH(QString, endKind);
    QFETCH(QString, start);
    QFETCH(QString, end);

    PARSED_OR_RETURN(date, text);
    QCOMPARE(kindName(date.startKind()), startKind);
    QCOMPARE(kindName(date.endKind()), endKind);
    QCOMPARE(date.start().toString(), start);
    QCOMPARE(date.end().toString(), end);
    QCOMPARE(date.start().isNull(), start.isEmpty());
    QCOMPARE(date.end().isNull(), end.isEmpty());
    QVERIFY(!date.start().isInterval());
    QVERIFY(!date.end().isInterval());
    QCOMPARE(date.earliestMs(), start.isEmpty() ? FuzzyDate::minimumMs() : date.start().earliestMs());
    QCOMPARE(date.latestMs(), end.isEmpty() ? FuzzyDate::maximumMs() : date.end().latestMs());
    if (!start.isEmpty() && !end.isEmpty())
        QVERIFY(date.start() <= date.end());
}

void TestFuzzyDate::firstDay_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("firstDay");

    QTest::newRow("year") << u"2025"_s << QDate(2025, 1, 1);
    QTest::newRow("month") << u"2025-08"_s << QDate(2025, 8, 1);
    QTest::newRow("day") << u"2025-08-15?"_s << QDate(2025, 8, 15);
    QTest::newRow("own offset") << u"2025-08-15T01:00+05:30"_s << QDate(2025, 8, 15);
    QTest::newRow("interval") << u"2025-08-15/2025-08-18"_s << QDate(2025, 8, 15);
    QTest::newRow("open end") << u"2025-08~/.."_s << QDate(2025, 8, 1);
    QTest::newRow("open start") << u"../2025"_s << QDate();
    QTest::newRow("unknown start") << u"/2025"_s << QDate();
    QTest::newRow("null") << QString() << QDate();
}

void TestFuzzyDate::firstDay()
{
    QFETCH(QString, text);
    QFETCH(QDate, firstDay);

    PARSED_OR_RETURN(date, text);
    QCOMPARE(date.firstDay(), firstDay);
}

void TestFuzzyDate::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind"); // "expected" or "out of range"
    QTest::addColumn<QString>("detail");

    const auto expected = [](const QString& text, const QString& detail) {
        QTest::newRow(tag(text).constData()) << text << u"expected"_s << detail;
    };
    const auto outOfRange = [](const QString& text, const QString& detail) {
        QTest::newRow(tag(text).constData()) << text << u"out of range"_s << detail;
    };

    // Nothing there.
    expected(QString(), u"it is empty"_s);
    expected(u"   "_s, u"it is empty"_s);
    expected(u"\t\n"_s, u"it is empty"_s);

    // Years.
    expected(u"25"_s, u"expected a four-digit year at the start, found \"25\""_s);
    expected(u"825-08"_s, u"expected a four-digit year at the start"_s);
    expected(u"abc"_s, u"found \"abc\""_s);
    expected(u"Aug 2025"_s, u"expected a four-digit year at the start"_s);
    expected(u"-2025"_s, u"negative years are not supported"_s);
    expected(u"-0044-03-15"_s, u"negative years are not supported"_s);
    expected(u"12025"_s, u"years with more than four digits are not supported"_s);
    expected(u"20250-08-15"_s, u"years with more than four digits are not supported"_s);
    expected(u"\uff12\uff10\uff12\uff15"_s, u"expected a four-digit year at the start"_s); // full-width digits
    expected(u"\u0662\u0660\u0662\u0665"_s, u"expected a four-digit year at the start"_s); // Arabic-Indic digits
    outOfRange(u"0000"_s, u"year 0000 is out of range (expected 0001-9999)"_s);

    // Months.
    expected(u"2025-"_s, u"expected a two-digit month after \"2025-\""_s);
    expected(u"2025-8-15"_s, u"expected a two-digit month after \"2025-\", found \"8-15\""_s);
    expected(u"2025-123"_s, u"expected a two-digit month after \"2025-\""_s);
    expected(u"2025-Aug"_s, u"expected a two-digit month after \"2025-\""_s);
    outOfRange(u"2025-13-01"_s, u"month 13 is out of range (expected 01-12)"_s);
    outOfRange(u"2025-00"_s, u"month 00 is out of range (expected 01-12)"_s);
    outOfRange(u"2025-21"_s, u"month 21 is out of range"_s); // EDTF seasons are not supported

    // Days.
    expected(u"2025-08-"_s, u"expected a two-digit day after \"2025-08-\""_s);
    expected(u"2025-08-1"_s, u"expected a two-digit day after \"2025-08-\", found \"1\""_s);
    expected(u"2025-08-150"_s, u"expected a two-digit day after \"2025-08-\""_s);
    outOfRange(u"2025-08-00"_s, u"day 00 is out of range for August 2025 (expected 01-31)"_s);
    outOfRange(u"2025-08-32"_s, u"day 32 is out of range for August 2025 (expected 01-31)"_s);
    outOfRange(u"2025-04-31"_s, u"day 31 is out of range for April 2025 (expected 01-30)"_s);
    outOfRange(u"2025-06-31"_s, u"day 31 is out of range for June 2025 (expected 01-30)"_s);
    outOfRange(u"2025-09-31"_s, u"day 31 is out of range for September 2025 (expected 01-30)"_s);
    outOfRange(u"2025-11-31"_s, u"day 31 is out of range for November 2025 (expected 01-30)"_s);
    outOfRange(u"2023-02-29"_s, u"day 29 is out of range for February 2023 (expected 01-28)"_s);
    outOfRange(u"1900-02-29"_s, u"day 29 is out of range for February 1900 (expected 01-28)"_s);
    outOfRange(u"2100-02-29"_s, u"day 29 is out of range for February 2100 (expected 01-28)"_s);
    outOfRange(u"2024-02-30"_s, u"day 30 is out of range for February 2024 (expected 01-29)"_s);

    // Times.
    expected(u"2025-08-15T"_s, u"expected a two-digit hour after \"2025-08-15T\""_s);
    expected(u"2025-08-15T1:00"_s, u"expected a two-digit hour after \"2025-08-15T\", found \"1:00\""_s);
    expected(u"2025-08-15T11"_s, u"expected \":\" and a two-digit minute after \"2025-08-15T11\""_s);
    expected(u"2025-08-15T1100"_s, u"expected a two-digit hour after \"2025-08-15T\", found \"1100\""_s);
    expected(u"2025-08-15T11:5"_s, u"expected a two-digit minute after \"2025-08-15T11:\""_s);
    expected(u"2025-08-15T11:00:"_s, u"expected two-digit seconds after \"2025-08-15T11:00:\""_s);
    expected(u"2025-08-15T11:00:3"_s, u"expected two-digit seconds after \"2025-08-15T11:00:\""_s);
    outOfRange(u"2025-08-15T24:00"_s, u"hour 24 is out of range (expected 00-23)"_s);
    outOfRange(u"2025-08-15T99:00"_s, u"hour 99 is out of range (expected 00-23)"_s);
    outOfRange(u"2025-08-15T11:60"_s, u"minute 60 is out of range (expected 00-59)"_s);
    outOfRange(u"2025-08-15T11:00:60"_s, u"second 60 is out of range (expected 00-59)"_s);
    expected(u"2025-08-15T11:00:30.5"_s, u"unexpected \".5\" after \"2025-08-15T11:00:30\" (expected an offset"_s);
    expected(u"2025-08-15t11:00"_s, u"unexpected \"t11:00\" after \"2025-08-15\" (expected \"T\" and a time"_s);
    expected(u"2025-08T11:00"_s, u"unexpected \"T11:00\" after \"2025-08\" (expected \"-\" and a two-digit day"_s);
    expected(u"2025T11:00"_s, u"unexpected \"T11:00\" after \"2025\" (expected \"-\" and a two-digit month"_s);

    // Offsets.
    expected(u"2025-08-15T11:00+"_s, u"expected a two-digit offset hour after \"2025-08-15T11:00+\""_s);
    expected(u"2025-08-15T11:00+5:30"_s, u"expected a two-digit offset hour after \"2025-08-15T11:00+\""_s);
    expected(u"2025-08-15T11:00+05"_s, u"expected \":\" and two-digit offset minutes after \"2025-08-15T11:00+05\""_s);
    expected(
        u"2025-08-15T11:00+0530"_s, u"expected a two-digit offset hour after \"2025-08-15T11:00+\", found \"0530\""_s);
    expected(u"2025-08-15T11:00-05:3"_s, u"expected two-digit offset minutes after \"2025-08-15T11:00-05:\""_s);
    outOfRange(u"2025-08-15T11:00+05:75"_s, u"offset minute 75 is out of range (expected 00-59)"_s);
    outOfRange(u"2025-08-15T11:00+15:00"_s, u"offset +15:00 is out of range (expected -14:00 to +14:00)"_s);
    outOfRange(u"2025-08-15T11:00-14:30"_s, u"offset -14:30 is out of range (expected -14:00 to +14:00)"_s);
    expected(u"2025-08-15T11:00-00:00"_s, u"offset -00:00 is not allowed (expected Z or +00:00 for UTC)"_s);
    expected(u"2025-08-15Z"_s, u"unexpected \"Z\" after \"2025-08-15\" (expected \"T\" and a time"_s);
    expected(u"2025-08-15+02:00"_s, u"unexpected \"+02:00\" after \"2025-08-15\""_s);
    expected(u"2025-08-15T11:00ZZ"_s, u"unexpected \"Z\" after \"2025-08-15T11:00Z\" (expected a qualifier"_s);
    expected(u"2025-08-15T11:00z"_s,
        u"unexpected \"z\" after \"2025-08-15T11:00\" (expected \":\" and two-digit "
        u"seconds, an offset"_s);

    // Qualifiers in the wrong place.
    expected(u"2025?-08"_s, u"unexpected \"-08\" after \"2025?\" (expected the end of the value"_s);
    expected(u"2025-08?-15"_s, u"unexpected \"-15\" after \"2025-08?\""_s);
    expected(u"2025-08-15?T11:00"_s, u"unexpected \"T11:00\" after \"2025-08-15?\""_s);
    expected(u"2025-08-15T11:00?Z"_s, u"unexpected \"Z\" after \"2025-08-15T11:00?\""_s);
    expected(u"2025??"_s, u"unexpected \"?\" after \"2025?\""_s);
    expected(u"2025?~"_s, u"unexpected \"~\" after \"2025?\""_s);
    expected(u"?2025"_s, u"expected a four-digit year at the start, found \"?2025\""_s);
    expected(u"~2025-08"_s, u"expected a four-digit year at the start"_s);

    // Trailing garbage.
    expected(u"2025x"_s, u"unexpected \"x\" after \"2025\""_s);
    expected(u"2025-08-15x"_s, u"unexpected \"x\" after \"2025-08-15\" (expected \"T\" and a time, a qualifier"_s);
    expected(u"2025-08-15T11:00:30abc"_s, u"unexpected \"abc\" after \"2025-08-15T11:00:30\""_s);
    expected(u"2025-08-15T11:00-08:00x"_s, u"unexpected \"x\" after \"2025-08-15T11:00-08:00\""_s);
    expected(u"2025.08.15"_s, u"unexpected \".08.15\" after \"2025\""_s);

    // Whitespace inside.
    expected(u"2025 -08"_s, u"unexpected whitespace after \"2025\""_s);
    expected(u"2025-08 -15"_s, u"unexpected whitespace after \"2025-08\""_s);
    expected(u"2025-08-15 11:00"_s, u"unexpected whitespace after \"2025-08-15\""_s);
    expected(u"2025-08-15T11:00 +02:00"_s, u"unexpected whitespace after \"2025-08-15T11:00\""_s);
    expected(u"2025 / 2026"_s, u"unexpected whitespace after \"2025\""_s);
    expected(u"2025/ 2026"_s, u"expected a four-digit year after \"2025/\", found whitespace"_s);
    expected(u"2025-\u00a008"_s, u"expected a two-digit month after \"2025-\", found whitespace"_s);

    // Intervals.
    expected(u"2025-08-18/2025-08-15"_s,
        u"the interval starts after it ends (expected 2025-08-18 to be no later "
        u"than 2025-08-15)"_s);
    expected(u"2026/2025"_s, u"the interval starts after it ends"_s);
    expected(u"2025-08-15T12:00/2025-08-15T11:00"_s, u"the interval starts after it ends"_s);
    expected(u"2025-08-15T23:00-08:00/2025-08-16T01:00+05:00"_s, u"the interval starts after it ends"_s);
    expected(u"2025-09/2025-08-31"_s, u"the interval starts after it ends"_s);
    expected(u"../.."_s, u"an interval needs at least one date"_s);
    expected(u"/"_s, u"an interval needs at least one date"_s);
    expected(u"../"_s, u"an interval needs at least one date"_s);
    expected(u"/.."_s, u"an interval needs at least one date"_s);
    expected(u".."_s, u"stands for an open interval end"_s);
    expected(u"2025/2026/2027"_s, u"expected only one \"/\" in an interval, found another after \"2025/2026\""_s);
    expected(u"2025//2026"_s, u"found another after \"2025/\""_s);
    expected(u"../2025/.."_s, u"found another after \"../2025\""_s);
    outOfRange(u"2025-08-15/2025-13"_s, u"month 13 is out of range"_s);
    outOfRange(u"2025-13/2026"_s, u"month 13 is out of range"_s);
    expected(u".../2025"_s, u"expected a four-digit year at the start, found \"...\""_s);
    expected(u"2025/..."_s, u"expected a four-digit year after \"2025/\", found \"...\""_s);
    expected(u"2025/-2026"_s,
        u"negative years are not supported (expected a four-digit year from 0001 to 9999 "
        u"after \"2025/\")"_s);
    expected(u"2025-08-15/12025"_s, u"years with more than four digits are not supported"_s);
    expected(u"2025?x/2026"_s, u"unexpected \"x\" after \"2025?\""_s);
    expected(u"2025-08-15~/2025-08-1"_s, u"expected a two-digit day after \"2025-08-15~/2025-08-\""_s);
}

void TestFuzzyDate::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, detail);

    const attache::Result<FuzzyDate> result = FuzzyDate::parse(text);
    QVERIFY2(!result.ok(), qPrintable(u"accepted as "_s + (result.ok() ? result->toString() : QString())));
    const QString& message = result.error();
    QVERIFY2(message.startsWith(u'"' + text + u"\" is not a date: "), qPrintable(message));
    QVERIFY2(message.contains(kind), qPrintable(message));
    QVERIFY2(message.contains(detail), qPrintable(message));
}

void TestFuzzyDate::equality_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");

    QTest::newRow("Z and +00:00") << u"2025-08-15T11:00Z"_s << u"2025-08-15T11:00+00:00"_s << true;
    QTest::newRow("trimmed") << u" 2025 "_s << u"2025"_s << true;
    QTest::newRow("same text") << u"2025%"_s << u"2025%"_s << true;
    QTest::newRow("same interval") << u"2025-08-15/.."_s << u"2025-08-15/.."_s << true;
    QTest::newRow("null and null") << QString() << QString() << true;
    QTest::newRow("uncertain") << u"2025?"_s << u"2025"_s << false;
    QTest::newRow("uncertain and approximate") << u"2025?"_s << u"2025~"_s << false;
    QTest::newRow("both and uncertain") << u"2025%"_s << u"2025?"_s << false;
    QTest::newRow("no offset and Z") << u"2025-08-15T11:00"_s << u"2025-08-15T11:00Z"_s << false;
    QTest::newRow("same instant, other offset") << u"2025-08-15T11:00-08:00"_s << u"2025-08-15T19:00Z"_s << false;
    QTest::newRow("seconds precision") << u"2025-08-15T11:00:00"_s << u"2025-08-15T11:00"_s << false;
    QTest::newRow("year and its interval") << u"2025/2025"_s << u"2025"_s << false;
    QTest::newRow("unknown and open end") << u"2025/"_s << u"2025/.."_s << false;
    QTest::newRow("unknown and open start") << u"/2025"_s << u"../2025"_s << false;
    QTest::newRow("day and month") << u"2025-08-01"_s << u"2025-08"_s << false;
    QTest::newRow("null and year") << QString() << u"2025"_s << false;
}

void TestFuzzyDate::equality()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);

    PARSED_OR_RETURN(first, a);
    PARSED_OR_RETURN(other, b);
    QCOMPARE(first == other, equal);
    QCOMPARE(other == first, equal);
    QCOMPARE(first != other, !equal);
    QCOMPARE((first <=> other) == 0, equal);
    QCOMPARE(first.toString() == other.toString(), equal);
}

void TestFuzzyDate::ordering_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");

    QTest::newRow("earlier year") << u"2025"_s << u"2026"_s << -1;
    QTest::newRow("year contains month") << u"2025"_s << u"2025-01"_s << 1;
    QTest::newRow("day before month") << u"2025-01-01"_s << u"2025-01"_s << -1;
    QTest::newRow("null first") << QString() << u"0001"_s << -1;
    QTest::newRow("null before negative ms") << QString() << u"1969"_s << -1;
    QTest::newRow("null equals null") << QString() << QString() << 0;
    QTest::newRow("Z equals +00:00") << u"2025-08-15T11:00Z"_s << u"2025-08-15T11:00+00:00"_s << 0;
    QTest::newRow("same bounds, by text") << u"2025-08-15T11:00"_s << u"2025-08-15T11:00Z"_s << -1;
    QTest::newRow("qualifier after plain") << u"2025?"_s << u"2025"_s << 1;
    QTest::newRow("offset moves the instant") << u"2025-08-15T11:00-08:00"_s << u"2025-08-15T12:00Z"_s << 1;
    QTest::newRow("offset moves it earlier") << u"2025-08-15T11:00+05:30"_s << u"2025-08-15T06:00Z"_s << -1;
    QTest::newRow("open start ends later") << u"../2025"_s << u"0001"_s << 1;
    QTest::newRow("unknown end before far year") << u"2025/"_s << u"9999"_s << -1;
    QTest::newRow("year before its open end") << u"2025"_s << u"2025/"_s << -1;
    QTest::newRow("across the epoch") << u"1969-12-31"_s << u"1970"_s << -1;
    QTest::newRow("interval after its first day") << u"2025-08-15/2025-08-18"_s << u"2025-08-15"_s << 1;
}

void TestFuzzyDate::ordering()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);

    PARSED_OR_RETURN(first, a);
    PARSED_OR_RETURN(other, b);
    const auto expected = order < 0 ? std::strong_ordering::less
        : order > 0                 ? std::strong_ordering::greater
                                    : std::strong_ordering::equal;
    const auto reversed = order < 0 ? std::strong_ordering::greater
        : order > 0                 ? std::strong_ordering::less
                                    : std::strong_ordering::equal;
    QVERIFY((first <=> other) == expected);
    QVERIFY((other <=> first) == reversed);
    QCOMPARE(first < other, order < 0);
    QCOMPARE(first == other, order == 0);
}

void TestFuzzyDate::sorting_data()
{
    QTest::addColumn<unsigned>("seed");
    for (unsigned seed = 1; seed <= 8; ++seed)
        QTest::addRow("seed %u", seed) << seed;
}

void TestFuzzyDate::sorting()
{
    QFETCH(unsigned, seed);

    // In order: by earliest bound, then latest bound, then canonical text; the null date first.
    const QStringList sorted = {
        QString(),
        u"0001"_s,
        u"../1900"_s,
        u"/2025"_s,
        u"1969-12-31"_s,
        u"1970"_s,
        u"2025-01-01T00:00:00Z"_s,
        u"2025-01-01T00:00Z"_s,
        u"2025-01-01"_s,
        u"2025-01"_s,
        u"2025"_s,
        u"2025%"_s,
        u"2025?"_s,
        u"2025~"_s,
        u"2025/"_s,
        u"2025-08-15T00:00+05:30"_s,
        u"2025-08-15"_s,
        u"2025-08-15/2025-08-18"_s,
        u"2025-08-15/.."_s,
        u"2025-08-15T12:00Z"_s,
        u"2025-08-15T11:00-08:00"_s,
        u"9999"_s,
    };
    QList<FuzzyDate> dates;
    for (const QString& text : sorted) {
        PARSED_OR_RETURN(date, text);
        dates.append(date);
    }
    std::mt19937 generator(seed);
    std::shuffle(dates.begin(), dates.end(), generator);
    std::sort(dates.begin(), dates.end());

    QStringList texts;
    for (const FuzzyDate& date : std::as_const(dates))
        texts.append(date.toString());
    QCOMPARE(texts, sorted);
}

void TestFuzzyDate::display_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");

    QTest::newRow("day") << u"2025-08-15"_s << u"Fri 15 Aug 2025"_s;
    QTest::newRow("single-digit day") << u"2025-08-05"_s << u"Tue 5 Aug 2025"_s;
    QTest::newRow("leap day") << u"2024-02-29"_s << u"Thu 29 Feb 2024"_s;
    QTest::newRow("new year") << u"2025-01-01"_s << u"Wed 1 Jan 2025"_s;
    QTest::newRow("sunday") << u"2025-12-07"_s << u"Sun 7 Dec 2025"_s;
    QTest::newRow("saturday") << u"2025-03-01"_s << u"Sat 1 Mar 2025"_s;
    QTest::newRow("month") << u"2025-08"_s << u"Aug 2025"_s;
    QTest::newRow("year") << u"2025"_s << u"2025"_s;
    QTest::newRow("approximate year") << u"2025~"_s << u"c. 2025"_s;
    QTest::newRow("uncertain day") << u"2025-08-15?"_s << u"15 Aug 2025?"_s;
    QTest::newRow("approximate day") << u"2025-08-15~"_s << u"c. 15 Aug 2025"_s;
    QTest::newRow("both on a month") << u"2025-08%"_s << u"c. Aug 2025?"_s;
    QTest::newRow("both on a day") << u"2025-08-15%"_s << u"c. 15 Aug 2025?"_s;
    QTest::newRow("time with offset") << u"2025-08-15T11:00-08:00"_s << u"Fri 15 Aug 2025 11:00 UTC-08:00"_s;
    QTest::newRow("time in UTC") << u"2025-08-15T11:00Z"_s << u"Fri 15 Aug 2025 11:00 UTC"_s;
    QTest::newRow("time without offset") << u"2025-08-15T11:00"_s << u"Fri 15 Aug 2025 11:00"_s;
    QTest::newRow("seconds") << u"2025-08-15T11:00:30+05:30"_s << u"Fri 15 Aug 2025 11:00:30 UTC+05:30"_s;
    QTest::newRow("uncertain time") << u"2025-08-15T09:05?"_s << u"15 Aug 2025 09:05?"_s;
    QTest::newRow("interval") << u"2025-08-15/2025-08-18"_s << u"15 Aug 2025 – 18 Aug 2025"_s;
    QTest::newRow("open end") << u"2025-08-15/.."_s << u"from 15 Aug 2025"_s;
    QTest::newRow("open start") << u"../2025-08-18"_s << u"until 18 Aug 2025"_s;
    QTest::newRow("unknown end") << u"2025-08-15/"_s << u"15 Aug 2025 – ?"_s;
    QTest::newRow("unknown start") << u"/2025-08-18"_s << u"? – 18 Aug 2025"_s;
    QTest::newRow("qualified interval") << u"2025~/2026?"_s << u"c. 2025 – 2026?"_s;
    QTest::newRow("months interval") << u"2025-08/2025-09"_s << u"Aug 2025 – Sep 2025"_s;
    QTest::newRow("times interval") << u"2025-08-15T11:00-08:00/2025-08-15T18:00-08:00"_s
                                    << u"15 Aug 2025 11:00 UTC-08:00 – 15 Aug 2025 18:00 UTC-08:00"_s;
    QTest::newRow("approximate open end") << u"2025-08~/.."_s << u"from c. Aug 2025"_s;
    QTest::newRow("null") << QString() << QString();
}

void TestFuzzyDate::display()
{
    QFETCH(QString, text);
    QFETCH(QString, display);

    PARSED_OR_RETURN(date, text);
    QCOMPARE(date.display(), display);
}

void TestFuzzyDate::shiftedBy_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("shifted");

    // Days move by whole days, rounded to the nearest.
    QTest::newRow("day +1d") << u"2025-08-15"_s << day << u"2025-08-16"_s;
    QTest::newRow("day -1d") << u"2025-08-15"_s << -day << u"2025-08-14"_s;
    QTest::newRow("day +11h59m") << u"2025-08-15"_s << 11 * hour + 59 * minute << u"2025-08-15"_s;
    QTest::newRow("day +12h") << u"2025-08-15"_s << 12 * hour << u"2025-08-16"_s;
    QTest::newRow("day -12h") << u"2025-08-15"_s << -12 * hour << u"2025-08-14"_s;
    QTest::newRow("day +20d") << u"2025-08-15"_s << 20 * day << u"2025-09-04"_s;
    QTest::newRow("onto leap day") << u"2024-02-28"_s << day << u"2024-02-29"_s;
    QTest::newRow("over missing leap day") << u"2023-02-28"_s << day << u"2023-03-01"_s;
    QTest::newRow("into next year") << u"2025-12-31"_s << day << u"2026-01-01"_s;
    QTest::newRow("before the epoch") << u"1970-01-01"_s << -day << u"1969-12-31"_s;
    QTest::newRow("far before the epoch") << u"1900-03-01"_s << -day << u"1900-02-28"_s;
    QTest::newRow("keeps qualifier") << u"2025-08-15?"_s << day << u"2025-08-16?"_s;

    // Minutes and seconds move the instant, rounded to the precision, keeping the offset.
    QTest::newRow("minute +90m") << u"2025-08-15T11:00-08:00"_s << 90 * minute << u"2025-08-15T12:30-08:00"_s;
    QTest::newRow("minute over local midnight") << u"2025-08-15T23:30+05:30"_s << hour << u"2025-08-16T00:30+05:30"_s;
    QTest::newRow("minute back over midnight") << u"2025-08-15T00:10Z"_s << -20 * minute << u"2025-08-14T23:50Z"_s;
    QTest::newRow("minute +29s") << u"2025-08-15T11:00"_s << 29 * second << u"2025-08-15T11:00"_s;
    QTest::newRow("minute +30s") << u"2025-08-15T11:00"_s << 30 * second << u"2025-08-15T11:01"_s;
    QTest::newRow("minute +2d") << u"2025-08-15T11:00~"_s << 2 * day << u"2025-08-17T11:00~"_s;
    QTest::newRow("second +45s") << u"2025-08-15T11:00:30Z"_s << 45 * second << u"2025-08-15T11:01:15Z"_s;
    QTest::newRow("second +400ms") << u"2025-08-15T11:00:30Z"_s << qint64(400) << u"2025-08-15T11:00:30Z"_s;
    QTest::newRow("second +600ms") << u"2025-08-15T11:00:30Z"_s << qint64(600) << u"2025-08-15T11:00:31Z"_s;
    QTest::newRow("second -1s") << u"2025-08-15T11:00:00"_s << -second << u"2025-08-15T10:59:59"_s;
    QTest::newRow("zero") << u"2025-08-15T11:00+05:30"_s << qint64(0) << u"2025-08-15T11:00+05:30"_s;

    // Months move by whole months of 30.44 days.
    QTest::newRow("month +30d") << u"2025-08"_s << 30 * day << u"2025-09"_s;
    QTest::newRow("month +15d") << u"2025-08"_s << 15 * day << u"2025-08"_s;
    QTest::newRow("month +16d") << u"2025-08"_s << 16 * day << u"2025-09"_s;
    QTest::newRow("month -31d") << u"2025-08"_s << -31 * day << u"2025-07"_s;
    QTest::newRow("month +365d") << u"2025-08"_s << 365 * day << u"2026-08"_s;
    QTest::newRow("month into next year") << u"2025-12"_s << 31 * day << u"2026-01"_s;
    QTest::newRow("month into last year") << u"2025-01?"_s << -31 * day << u"2024-12?"_s;

    // Years move by whole years of 365.25 days.
    QTest::newRow("year +400d") << u"2025"_s << 400 * day << u"2026"_s;
    QTest::newRow("year +182d") << u"2025"_s << 182 * day << u"2025"_s;
    QTest::newRow("year +183d") << u"2025"_s << 183 * day << u"2026"_s;
    QTest::newRow("year -365d") << u"2025"_s << -365 * day << u"2024"_s;
    QTest::newRow("year +10y") << u"2025~"_s << qint64(3652.5 * day) << u"2035~"_s;

    // Both ends of an interval move; open and unknown ends stay so.
    QTest::newRow("interval +1d") << u"2025-08-15/2025-08-18"_s << day << u"2025-08-16/2025-08-19"_s;
    QTest::newRow("open start +1d") << u"../2025-08-18"_s << day << u"../2025-08-19"_s;
    QTest::newRow("unknown end +400d") << u"2025/"_s << 400 * day << u"2026/"_s;
    QTest::newRow("mixed ends stay ordered") << u"2025-09-30/2025-09"_s << 14 * day << u"2025-10-14/2025-10"_s;
    QTest::newRow("mixed ends stay ordered back") << u"2025-09/2025-09-01"_s << -14 * day << u"2025-08/2025-08-18"_s;

    // Values stop at the ends of the supported range.
    QTest::newRow("year past 9999") << u"9999"_s << 800 * day << u"9999"_s;
    QTest::newRow("day before 0001") << u"0001-01-01"_s << -day << u"0001-01-01"_s;
    QTest::newRow("month before 0001") << u"0001-02"_s << -100 * day << u"0001-01"_s;
    QTest::newRow("minute past 9999") << u"9999-12-31T23:59Z"_s << hour << u"9999-12-31T23:59Z"_s;
    QTest::newRow("huge move") << u"2025-08-15"_s << std::numeric_limits<qint64>::max() << u"9999-12-31"_s;
    QTest::newRow("huge move back") << u"2025-08"_s << std::numeric_limits<qint64>::min() << u"0001-01"_s;
}

void TestFuzzyDate::shiftedBy()
{
    QFETCH(QString, text);
    QFETCH(qint64, ms);
    QFETCH(QString, shifted);

    PARSED_OR_RETURN(date, text);
    const FuzzyDate moved = date.shiftedBy(ms);
    QCOMPARE(moved.toString(), shifted);
    QCOMPARE(attache::toText(moved.precision()), attache::toText(date.precision()));
    QCOMPARE(moved.isUncertain(), date.isUncertain());
    QCOMPARE(moved.isApproximate(), date.isApproximate());
    QVERIFY(moved.earliestMs() <= moved.latestMs());
    const attache::Result<FuzzyDate> again = FuzzyDate::parse(moved.toString());
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
    QVERIFY(*again == moved);
}

void TestFuzzyDate::fromDate_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("text");

    QTest::newRow("day") << QDate(2025, 8, 15) << u"2025-08-15"_s;
    QTest::newRow("leap day") << QDate(2024, 2, 29) << u"2024-02-29"_s;
    QTest::newRow("first") << QDate(1, 1, 1) << u"0001-01-01"_s;
    QTest::newRow("last") << QDate(9999, 12, 31) << u"9999-12-31"_s;
    QTest::newRow("invalid") << QDate() << QString();
    QTest::newRow("not a day") << QDate(2023, 2, 29) << QString();
    QTest::newRow("before year 1") << QDate(-44, 3, 15) << QString();
    QTest::newRow("after 9999") << QDate(10000, 1, 1) << QString();
}

void TestFuzzyDate::fromDate()
{
    QFETCH(QDate, date);
    QFETCH(QString, text);

    const FuzzyDate value = FuzzyDate::fromDate(date);
    QCOMPARE(value.toString(), text);
    QCOMPARE(value.isNull(), text.isEmpty());
    if (value.isNull())
        return;
    QCOMPARE(attache::toText(value.precision()), u"day"_s);
    QCOMPARE(value.firstDay(), date);
    QCOMPARE(value.earliestMs(), QDateTime(date, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
    QVERIFY(value == parsed(text));
}

void TestFuzzyDate::fromYearMonth_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("text");

    QTest::newRow("August") << 2025 << 8 << u"2025-08"_s;
    QTest::newRow("December") << 2025 << 12 << u"2025-12"_s;
    QTest::newRow("first") << 1 << 1 << u"0001-01"_s;
    QTest::newRow("last") << 9999 << 12 << u"9999-12"_s;
    QTest::newRow("month 0") << 2025 << 0 << QString();
    QTest::newRow("month 13") << 2025 << 13 << QString();
    QTest::newRow("year 0") << 0 << 1 << QString();
    QTest::newRow("year 10000") << 10000 << 1 << QString();
}

void TestFuzzyDate::fromYearMonth()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, text);

    const FuzzyDate value = FuzzyDate::fromYearMonth(year, month);
    QCOMPARE(value.toString(), text);
    QCOMPARE(value.isNull(), text.isEmpty());
    if (value.isNull())
        return;
    QCOMPARE(attache::toText(value.precision()), u"month"_s);
    QCOMPARE(value.firstDay(), QDate(year, month, 1));
    QVERIFY(value == parsed(text));
}

void TestFuzzyDate::fromYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("text");

    QTest::newRow("2025") << 2025 << u"2025"_s;
    QTest::newRow("1") << 1 << u"0001"_s;
    QTest::newRow("999") << 999 << u"0999"_s;
    QTest::newRow("9999") << 9999 << u"9999"_s;
    QTest::newRow("0") << 0 << QString();
    QTest::newRow("-1") << -1 << QString();
    QTest::newRow("10000") << 10000 << QString();
}

void TestFuzzyDate::fromYear()
{
    QFETCH(int, year);
    QFETCH(QString, text);

    const FuzzyDate value = FuzzyDate::fromYear(year);
    QCOMPARE(value.toString(), text);
    QCOMPARE(value.isNull(), text.isEmpty());
    if (value.isNull())
        return;
    QCOMPARE(attache::toText(value.precision()), u"year"_s);
    QVERIFY(value == parsed(text));
}

void TestFuzzyDate::fromDateTime_data()
{
    QTest::addColumn<QDateTime>("dateTime");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("precision");

    QTest::newRow("UTC") << QDateTime(QDate(2025, 8, 15), QTime(11, 0), QTimeZone::utc()) << u"2025-08-15T11:00Z"_s
                         << u"minute"_s;
    QTest::newRow("-08:00") << at(2025, 8, 15, QTime(11, 0), -8 * 3600) << u"2025-08-15T11:00-08:00"_s << u"minute"_s;
    QTest::newRow("+05:30") << at(2025, 8, 15, QTime(1, 0), 5 * 3600 + 1800) << u"2025-08-15T01:00+05:30"_s
                            << u"minute"_s;
    QTest::newRow("+14:00") << at(2025, 8, 15, QTime(11, 0), 14 * 3600) << u"2025-08-15T11:00+14:00"_s << u"minute"_s;
    QTest::newRow("seconds") << QDateTime(QDate(2025, 8, 15), QTime(11, 0, 30), QTimeZone::utc())
                             << u"2025-08-15T11:00:30Z"_s << u"second"_s;
    QTest::newRow("milliseconds dropped") << QDateTime(QDate(2025, 8, 15), QTime(11, 0, 0, 500), QTimeZone::utc())
                                          << u"2025-08-15T11:00Z"_s << u"minute"_s;
    QTest::newRow("seconds and milliseconds")
        << at(2025, 8, 15, QTime(11, 0, 30, 999), 3600) << u"2025-08-15T11:00:30+01:00"_s << u"second"_s;
    // An offset with seconds cannot be written in EDTF, so the value is kept in UTC.
    QTest::newRow("offset with seconds") << at(2025, 8, 15, QTime(11, 0), 3600 + 30) << u"2025-08-15T09:59:30Z"_s
                                         << u"second"_s;
    QTest::newRow("invalid") << QDateTime() << QString() << u"none"_s;
}

void TestFuzzyDate::fromDateTime()
{
    QFETCH(QDateTime, dateTime);
    QFETCH(QString, text);
    QFETCH(QString, precision);

    const FuzzyDate value = FuzzyDate::fromDateTime(dateTime);
    QCOMPARE(value.toString(), text);
    QCOMPARE(attache::toText(value.precision()), precision);
    if (value.isNull())
        return;
    QCOMPARE(value.earliestMs(), dateTime.toMSecsSinceEpoch() - dateTime.time().msec());
    QVERIFY(value == parsed(text));
}

void TestFuzzyDate::intervalFactory_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("text");

    QTest::newRow("closed") << u"2025-08-15"_s << u"2025-08-18"_s << u"2025-08-15/2025-08-18"_s;
    QTest::newRow("open start") << QString() << u"2025-08-18"_s << u"../2025-08-18"_s;
    QTest::newRow("open end") << u"2025-08-15"_s << QString() << u"2025-08-15/.."_s;
    QTest::newRow("both null") << QString() << QString() << QString();
    QTest::newRow("reversed ends are ordered") << u"2025-08-18"_s << u"2025-08-15"_s << u"2025-08-15/2025-08-18"_s;
    QTest::newRow("mixed precision") << u"2025-08"_s << u"2025-08-15T11:00-08:00"_s
                                     << u"2025-08/2025-08-15T11:00-08:00"_s;
    QTest::newRow("qualifiers kept") << u"2025?"_s << u"2026~"_s << u"2025?/2026~"_s;
    QTest::newRow("outer ends of intervals")
        << u"2025-08-15/2025-08-16"_s << u"2025-08-20/2025-08-21"_s << u"2025-08-15/2025-08-21"_s;
    QTest::newRow("open side of an interval") << u"../2025-08-16"_s << u"2025-08-20"_s << u"../2025-08-20"_s;
}

void TestFuzzyDate::intervalFactory()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, text);

    PARSED_OR_RETURN(from, start);
    PARSED_OR_RETURN(to, end);
    const FuzzyDate value = FuzzyDate::interval(from, to);
    QCOMPARE(value.toString(), text);
    QCOMPARE(value.isNull(), text.isEmpty());
    if (value.isNull())
        return;
    QVERIFY(value.isInterval());
    QCOMPARE(kindName(value.startKind()), text.startsWith(u"../") ? u"open"_s : u"known"_s);
    QCOMPARE(kindName(value.endKind()), text.endsWith(u"/..") ? u"open"_s : u"known"_s);
    QVERIFY(value.earliestMs() <= value.latestMs());
    QVERIFY(value == parsed(text));
}

QTEST_GUILESS_MAIN(TestFuzzyDate)
#include "tst_fuzzydate.moc"
