// SPDX-License-Identifier: GPL-3.0-or-later
// One story from several outlets, imported one article after another into one project as `attache import
// --accept-all` does: each article is extracted against a read-only snapshot of the project, then stored. Articles
// written for this test; the outlets are made up.
#include <QSet>
#include <QTest>

#include "../support/testproject.h"
#include "extract/importer.h"
#include "extract/reader.h"
#include "storage/projectsnapshot.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

/// Extracts `text` against the project and stores everything proposed, as the command line's --accept-all does.
void importText(test::TempProject& p, const QString& text, const char* published)
{
    const extract::Article article = extract::readText(text);
    extract::Extraction x;
    {
        const ProjectSnapshot snapshot(*p);
        x = extract::extract(article, test::date(published), &snapshot);
    }
    const auto written = p->write([&] { extract::store(*p, x); });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
}

/// The project's events of a gathering kind (talks, meeting, summit) that start on `day`.
QList<Event> gatheringsOn(Project& project, const char* day)
{
    QList<Event> found;
    for (const Event& e : project.events().list()) {
        const bool gathering = e.kind == EventKind::Talks || e.kind == EventKind::Meeting || e.kind == EventKind::Summit;
        if (gathering && e.start.toString() == QString::fromLatin1(day))
            found.append(e);
    }
    return found;
}

/// The sources an event's evidence comes from.
QSet<qint64> sourcesOf(Project& project, EventId event)
{
    QSet<qint64> sources;
    for (const Annotation& a : project.annotations().forTarget(TargetType::Event, event.value))
        sources.insert(a.source.value);
    return sources;
}

QString describe(Project& project)
{
    QStringList lines;
    for (const Event& e : project.events().list())
        lines.append(e.title + u" | "_s + e.start.toString() + u" | "_s + QString::number(sourcesOf(project, e.id).size()));
    return lines.join(u"\n"_s);
}

} // namespace

class TestStory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeOutletsOnOneSummitAreOneEventWithThreeSources()
    {
        test::TempProject p;
        importText(p,
            u"Okafor and Petrov meet in Lisbon\n\nBy Jane Roe, Harbour Gazette\n\n"
            "Kenyan President Tom Okafor and Ugandan President Ivo Petrov held a summit in Lisbon on Thursday, their "
            "first since the border dispute. Both leaders called it useful.\n\n"
            "“We agreed to reopen the border,” Okafor told reporters after the summit."_s,
            "2024-05-10");
        importText(p,
            u"Leaders agree to reopen border\n\nBy Sam Lee, Evening Report\n\n"
            "President Tom Okafor of Kenya met Uganda's President Ivo Petrov at a summit in Lisbon on Thursday. The two "
            "sides agreed to reopen the border, officials said."_s,
            "2024-05-10");
        importText(p,
            u"Border to reopen after Lisbon summit\n\nBy Ada Kim, Coast Herald\n\n"
            "Kenya and Uganda held a summit in Lisbon on Thursday that ended with a deal on the border, Kenyan officials "
            "said on Friday. Okafor and Petrov spoke for three hours."_s,
            "2024-05-11");
        const QList<Event> summits = gatheringsOn(*p, "2024-05-09");
        QVERIFY2(summits.size() == 1, qPrintable(describe(*p)));
        QCOMPARE(sourcesOf(*p, summits.first().id).size(), 3);
        QCOMPARE(p->sources().all().size(), 3);
        // One actor per leader, whatever each outlet called him.
        int okafors = 0;
        for (const Actor& a : p->actors().all())
            okafors += a.name.contains(u"Okafor"_s) ? 1 : 0;
        QCOMPARE(okafors, 1);
    }

    void twoMeetingsOfTheSameStatesOnOneDayStayTwo()
    {
        test::TempProject p;
        importText(p,
            u"Ministers weigh tariffs\n\nBy Jane Roe, Harbour Gazette\n\n"
            "Kenyan and Ugandan trade ministers met in Nairobi on Tuesday to discuss tariffs. Both sides called the "
            "meeting useful."_s,
            "2024-05-10");
        importText(p,
            u"Defence chiefs talk border\n\nBy Sam Lee, Evening Report\n\n"
            "Kenyan and Ugandan defence chiefs met in Kampala on Tuesday to discuss the border. Neither side gave "
            "details of the meeting."_s,
            "2024-05-10");
        const QList<Event> meetings = gatheringsOn(*p, "2024-05-07");
        QVERIFY2(meetings.size() == 2, qPrintable(describe(*p)));
        QVERIFY(meetings.at(0).location != meetings.at(1).location);
    }

    void aPlanAndItsCancellationAreOneEvent_data()
    {
        QTest::addColumn<bool>("cancellationFirst");
        QTest::newRow("the plan, then its cancellation") << false;
        QTest::newRow("the cancellation read first") << true;
    }

    void aPlanAndItsCancellationAreOneEvent()
    {
        QFETCH(bool, cancellationFirst);
        const QString plan = u"Neighbours to meet in Geneva\n\nBy Jane Roe, Harbour Gazette\n\n"
                             "Kenya and Uganda will hold talks in Geneva on Monday on the border dispute, officials "
                             "said on Friday."_s;
        const QString cancellation = u"Geneva talks called off\n\nBy Sam Lee, Evening Report\n\n"
                                     "Talks between Kenya and Uganda planned for Monday in Geneva have been cancelled, "
                                     "officials said on Saturday. Neither side gave a reason."_s;
        test::TempProject p;
        if (cancellationFirst) {
            importText(p, cancellation, "2024-05-11");
            importText(p, plan, "2024-05-10");
        } else {
            importText(p, plan, "2024-05-10");
            importText(p, cancellation, "2024-05-11");
        }
        const QList<Event> talks = gatheringsOn(*p, "2024-05-13");
        QVERIFY2(talks.size() == 1, qPrintable(describe(*p)));
        // The cancellation is the later news, whichever report came in first.
        QCOMPARE(talks.first().status, EventStatus::Cancelled);
        QCOMPARE(sourcesOf(*p, talks.first().id).size(), 2);
    }

    void titlesNameActorsAsTheProjectDoes()
    {
        // The second outlet transliterates the minister's name otherwise: its event is titled with the project's
        // spelling, the one the analyst already has.
        test::TempProject p;
        importText(p,
            u"Minister visits the port\n\nBy Jane Roe, Harbour Gazette\n\n"
            "Foreign Minister Oleksandr Hordiyenkiy met Foreign Minister Ana Sousa in Mombasa on Tuesday, officials "
            "said."_s,
            "2024-05-10");
        importText(p,
            u"Minister heads to Kampala\n\nBy Sam Lee, Evening Report\n\n"
            "Foreign Minister Oleksandr Hordiyenky met Ugandan President Ivo Petrov in Kampala on Thursday, officials "
            "said."_s,
            "2024-05-10");
        QStringList titles;
        for (const Event& e : p->events().list())
            titles.append(e.title);
        titles.sort();
        QCOMPARE(titles, (QStringList{u"Hordiyenkiy–Petrov meeting in Kampala"_s, u"Hordiyenkiy–Sousa meeting in Mombasa"_s}));
    }

    void aPersonAndANamesakeStayTwo()
    {
        test::TempProject p;
        importText(p,
            u"Minister visits the port\n\nBy Jane Roe, Harbour Gazette\n\n"
            "Foreign Minister Ana Sousa visited the port of Mombasa on Tuesday, officials said. “The port is ready,” "
            "Sousa said."_s,
            "2024-05-10");
        importText(p,
            u"Opposition questions port deal\n\nBy Sam Lee, Evening Report\n\n"
            "Opposition leader Rita Sousa questioned the port deal on Wednesday. “We were never asked,” Sousa said."_s,
            "2024-05-10");
        QStringList sousas;
        for (const Actor& a : p->actors().all()) {
            if (a.name.contains(u"Sousa"_s))
                sousas.append(a.name);
        }
        sousas.sort();
        QCOMPARE(sousas, (QStringList{u"Ana Sousa"_s, u"Rita Sousa"_s}));
    }
};

QTEST_GUILESS_MAIN(TestStory)
#include "tst_story.moc"
