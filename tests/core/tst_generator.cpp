// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "interop/projectjson.h"
#include "sample/generator.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

class TestGenerator final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void makesTheAskedCountsOverTheSpan()
    {
        test::TempProject p;
        generator::Options options;
        options.events = 3000;
        options.statements = 400;
        options.actors = 120;
        options.years = 10;
        const Status done = generator::generate(*p, options);
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error()));
        const ProjectStats stats = p->stats();
        QCOMPARE(stats.events, 3000);
        QCOMPARE(stats.statements, 400);
        QCOMPARE(stats.actors, 120);
        QVERIFY(stats.span);
        // counts() is the same without the span.
        const ProjectStats counts = p->counts();
        QCOMPARE(counts.events, stats.events);
        QCOMPARE(counts.statements, stats.statements);
        QCOMPARE(counts.actors, stats.actors);
        QCOMPARE(counts.sources, stats.sources);
        QCOMPARE(counts.annotations, stats.annotations);
        QCOMPARE(counts.schemaVersion, stats.schemaVersion);
        QVERIFY(!counts.span);
        const QDate first = QDateTime::fromMSecsSinceEpoch(stats.span->first, Qt::UTC).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(stats.span->second, Qt::UTC).date();
        QVERIFY2(first >= QDate(2016, 1, 1), qPrintable(first.toString(Qt::ISODate)));
        QVERIFY2(last <= QDate(2026, 1, 10), qPrintable(last.toString(Qt::ISODate))); // ranges may run a few days on
        QVERIFY(first.daysTo(last) > 9 * 365);

        // A realistic mix: several kinds, some planned, some not day-precise, most with participants.
        const EventCatalog catalog = p->events().catalog();
        QSet<EventKind> kinds(catalog.kinds.begin(), catalog.kinds.end());
        QVERIFY(kinds.size() >= 10);
        QVERIFY(std::count(catalog.statuses.begin(), catalog.statuses.end(), EventStatus::Planned) > 50);
        const auto months = std::count_if(catalog.starts.begin(), catalog.starts.end(),
            [](const QString& s) { return s.size() == 7; });
        QVERIFY(months > 30);
        // Denser recently: the last third of the span holds more events than the first third.
        const qint64 third = (stats.span->second - stats.span->first) / 3;
        const auto early = std::count_if(catalog.earliest.begin(), catalog.earliest.end(),
            [&](qint64 t) { return t < stats.span->first + third; });
        const auto late = std::count_if(catalog.earliest.begin(), catalog.earliest.end(),
            [&](qint64 t) { return t > stats.span->second - third; });
        QVERIFY2(late > early, qPrintable(u"%1 late, %2 early"_s.arg(late).arg(early)));
    }

    void sameSeedSameProject()
    {
        generator::Options options;
        options.events = 400;
        options.seed = 99;
        test::TempProject a, b, c;
        QVERIFY(generator::generate(*a, options).ok());
        QVERIFY(generator::generate(*b, options).ok());
        options.seed = 100;
        QVERIFY(generator::generate(*c, options).ok());
        QCOMPARE(projectjson::write(*a), projectjson::write(*b));
        QVERIFY(projectjson::write(*a) != projectjson::write(*c));
    }

    void cancellingWritesNothing()
    {
        test::TempProject p;
        generator::Options options;
        options.events = 25000;
        int calls = 0;
        const Status done = generator::generate(*p, options, [&calls](qint64, qint64) { return ++calls < 2; });
        QVERIFY(!done.ok());
        QVERIFY(done.error().contains(u"cancelled"_s));
        QCOMPARE(p->stats().events, 0);
        QCOMPARE(p->stats().actors, 0);
    }
};

QTEST_GUILESS_MAIN(TestGenerator)
#include "tst_generator.moc"
