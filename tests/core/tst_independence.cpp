// SPDX-License-Identifier: GPL-3.0-or-later
// Which outlets report an event independently: wire credits, near-identical texts, and the count that suggests a
// credibility grade. Every text here is written for these tests (invented places, people and outlets).
#include <QTest>

#include "../support/testproject.h"
#include "provenance/anchoring.h"
#include "provenance/grading.h"
#include "provenance/independence.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

Q_DECLARE_METATYPE(attache::Source)

namespace {

// One wire story as the agency filed it, and two sites that ran it: one whole with the credit in the dateline, one
// cut short under its own headline with the dateline taken off (as the article reader does) but kept in the original.
const QString wireStory = u"Ministers from Veloria and the Aurelian Union met for six hours at the lakeside town of "
                          u"Orin on Tuesday and agreed to reopen the northern rail crossing before the harvest. "
                          u"The crossing has been closed for two winters after a dispute over customs fees. "
                          u"Officials on both sides said inspectors would return to the bridge within a fortnight, "
                          u"and that a joint commission would meet each month to settle complaints from freight firms. "
                          u"Foreign Minister Ilse Varga called the outcome a practical step and said more talks would "
                          u"follow in the spring."_s;

Source source(const QString& outlet, const QString& text, const QString& original = {})
{
    Source s;
    s.outlet = outlet;
    s.title = u"Rail crossing to reopen"_s;
    s.text = text;
    s.original = original;
    return s;
}

Source harbourGazette()
{
    return source(u"Harbour Gazette"_s, u"ORIN, Veloria, June 3 (Reuters) - "_s + wireStory);
}

Source eveningReport()
{
    // The first four sentences only, the credit left in the page as read.
    const QString cut = wireStory.left(wireStory.indexOf(u"Foreign Minister"_s)).trimmed();
    return source(u"Evening Report"_s, cut, u"<p>ORIN, Veloria, June 3 (Reuters) - "_s + cut + u"</p>"_s);
}

// Two reports in the outlets' own words, and a third site that copied the second with a new first sentence.
const QString ledgerStory = u"After a long day of bargaining in Orin, Veloria will let trains cross its northern "
                            u"border again, its foreign minister Ilse Varga announced late on Tuesday. Freight "
                            u"companies, who lost months of trade, welcomed the news but warned that fees remain "
                            u"high. Varga said the union had given ground on inspections and that she expected the "
                            u"first trains by August."_s;

Source northernLedger()
{
    return source(u"Northern Ledger"_s, ledgerStory);
}

Source coastTimes()
{
    return source(u"Coast Times"_s, u"Good news for shippers this week. "_s + ledgerStory);
}

Source valleyPost()
{
    return source(u"Valley Post"_s,
        u"The Aurelian Union's negotiators returned from Orin saying the rail deal was far from the concession "
        u"Veloria claims. Inspections will be shared, an aide to envoy Tomas Reyes told this newspaper, and fees "
        u"will be reviewed only next year."_s);
}

} // namespace

class TestIndependence final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsWireCredits_data();
    void findsWireCredits();
    void measuresWordingOverlap();
    void groupsSourcesIntoReports();
    void countsIndependentOutletsForAnEvent();
};

void TestIndependence::findsWireCredits_data()
{
    QTest::addColumn<Source>("source");
    QTest::addColumn<QString>("agency");

    QTest::newRow("dateline in the text") << harbourGazette() << u"Reuters"_s;
    QTest::newRow("dateline only in the original") << eveningReport() << u"Reuters"_s;
    QTest::newRow("the agency is the outlet") << source(u"AFP"_s, u"Talks ended."_s) << u"Agence France-Presse"_s;
    Source byline = source(u"Daily Wire Desk"_s, u"Talks ended without a deal."_s);
    byline.authors = {u"Associated Press"_s};
    QTest::newRow("an author") << byline << u"Associated Press"_s;
    Source staff = source(u"Metro Courier"_s, u"Talks ended without a deal."_s);
    staff.authors = {u"Reuters Staff"_s};
    QTest::newRow("agency staff") << staff << u"Reuters"_s;
    QTest::newRow("AP dateline with a dash") << source(u"Lakeside Herald"_s, u"ORIN (AP) — The talks ended early."_s)
                                             << u"Associated Press"_s;
    QTest::newRow("sign-off line") << source(u"Lakeside Herald"_s, u"The talks ended early.\n\n— AFP"_s)
                                   << u"Agence France-Presse"_s;
    const QString footer = u"<footer>Copyright 2031 The Associated Press. All rights reserved.</footer>"_s;
    QTest::newRow("copyright notice") << source(u"Lakeside Herald"_s, u"The talks ended early."_s,
        u"<p>The talks ended early.</p>"_s + footer) << u"Associated Press"_s;
    // Naming an agency is not running its story.
    QTest::newRow("quotes an agency") << source(u"Lakeside Herald"_s,
        u"Varga told Reuters the talks were frank. An aide later told AFP that more talks would follow."_s)
                                      << QString();
    QTest::newRow("lower-case letters") << source(u"Lakeside Herald"_s, u"The (ap) - mark is no credit.\nafp"_s)
                                        << QString();
    QTest::newRow("own report") << northernLedger() << QString();
}

void TestIndependence::findsWireCredits()
{
    QFETCH(Source, source);
    QFETCH(QString, agency);
    QCOMPARE(independence::wireAgency(source), agency);
}

void TestIndependence::measuresWordingOverlap()
{
    // One story, cut short: what the shorter has, the longer has.
    QCOMPARE(independence::wordingOverlap(harbourGazette().text, eveningReport().text), 1.0);
    // Copied with a sentence added in front.
    QVERIFY(independence::wordingOverlap(northernLedger().text, coastTimes().text) > 0.9);
    // The same event in other words shares a few names, not runs of five words.
    QVERIFY(independence::wordingOverlap(wireStory, ledgerStory) < 0.1);
    QVERIFY(independence::wordingOverlap(ledgerStory, valleyPost().text) < 0.1);
    // Case and punctuation aside.
    QCOMPARE(independence::wordingOverlap(u"The talks, said Varga, went well today."_s,
                 u"the talks said varga went well today"_s),
        1.0);
    QCOMPARE(independence::wordingOverlap(QString(), ledgerStory), 0.0);
}

void TestIndependence::groupsSourcesIntoReports()
{
    const QList<Source> sources{harbourGazette(), northernLedger(), eveningReport(), coastTimes(), valleyPost()};
    const QList<independence::Report> reports = independence::reports(sources);
    QCOMPARE(reports.size(), 3);
    QCOMPARE(reports[0].sources, (QList<int>{0, 2}));
    QCOMPARE(reports[0].outlets, (QStringList{u"Harbour Gazette"_s, u"Evening Report"_s}));
    QCOMPARE(reports[0].agency, u"Reuters"_s);
    QCOMPARE(reports[1].sources, (QList<int>{1, 3}));
    QCOMPARE(reports[1].agency, QString());
    QVERIFY(reports[1].sameWording);
    QCOMPARE(reports[2].outlets, QStringList{u"Valley Post"_s});
    QVERIFY(!reports[2].sameWording);

    // Two stories from two agencies are two reports, however alike their subject.
    Source afp = source(u"Metro Courier"_s, u"ORIN (AFP) - "_s + valleyPost().text);
    const QList<Source> twoWires{harbourGazette(), afp};
    QCOMPARE(independence::reports(twoWires).size(), 2);
    // One outlet twice, spelled differently, is one report.
    const QList<Source> sameOutlet{northernLedger(), source(u"northern ledger "_s, valleyPost().text)};
    QCOMPARE(independence::reports(sameOutlet).size(), 1);
}

void TestIndependence::countsIndependentOutletsForAnEvent()
{
    test::TempProject p;
    EventId talks;
    QList<SourceId> ids;
    ATTACHE_WRITE(*p, {
        Event e;
        e.title = u"Orin rail talks"_s;
        e.start = test::date("2031-06-03");
        talks = p->events().insert(e);
        for (const Source& s : {harbourGazette(), eveningReport(), northernLedger(), coastTimes(), valleyPost()})
            ids.append(p->sources().insert(s));
    });
    const auto mark = [&](SourceId source) {
        ATTACHE_WRITE(*p, p->annotations().insert(anchoring::make(p->sources().find(source)->text, source, 0, 10,
                              AnnotationKind::EventEvidence, TargetType::Event, talks.value)));
    };

    // Two sites running one Reuters story: two outlets, one independent report, nothing to suggest.
    mark(ids[0]);
    mark(ids[1]);
    grading::Corroboration c = grading::corroboration(*p, talks);
    QCOMPARE(c.outlets.size(), 2);
    QCOMPARE(c.independent, 1);
    QCOMPARE(c.suggestedCredibility(), 0);
    QCOMPARE(c.countText(), u"1 independent outlet"_s);
    QCOMPARE(c.foldedText(), u"Harbour Gazette and Evening Report ran one Reuters story"_s);

    // An outlet in its own words confirms; its copy does not add a third.
    mark(ids[2]);
    mark(ids[3]);
    c = grading::corroboration(*p, talks);
    QCOMPARE(c.sources, 4);
    QCOMPARE(c.independent, 2);
    QCOMPARE(c.suggestedCredibility(), 1);
    QCOMPARE(c.text(), u"2 independent outlets (Harbour Gazette and Evening Report ran one Reuters story; Northern "
                       u"Ledger and Coast Times ran near-identical text)"_s);
    mark(ids[4]);
    QCOMPARE(grading::corroboration(*p, talks).independent, 3);
    QCOMPARE(grading::evidenceSources(*p, talks), ids);
}

QTEST_GUILESS_MAIN(TestIndependence)
#include "tst_independence.moc"
