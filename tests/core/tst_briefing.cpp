// SPDX-License-Identifier: GPL-3.0-or-later
// What goes on a briefing sheet (briefing::Builder) and how it is written as HTML (briefing::HtmlWriter): the
// sample's Alaska summit, related events within N days, actor, period and selection scopes, citations and grades,
// and escaping of text that comes from sources.
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "briefing/builder.h"
#include "briefing/htmlwriter.h"
#include "interop/projectjson.h"
#include "sample/sample.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::briefing;

Q_DECLARE_METATYPE(attache::briefing::Scope)
Q_DECLARE_METATYPE(attache::EventStatus)

namespace {

const QString summit = u"Trump\u2013Putin summit in Alaska"_s;
const QDate prepared(2025, 8, 19);

BuildOptions options()
{
    BuildOptions o;
    o.prepared = prepared;
    return o;
}

QStringList titles(const Brief& brief)
{
    QStringList list;
    for (const ChronologyEntry& e : brief.chronology)
        list.append(e.title);
    return list;
}

QStringList quotes(const Brief& brief)
{
    QStringList list;
    for (const KeyStatement& s : brief.statements)
        list.append(s.text);
    return list;
}

QString factValue(const Brief& brief, const QString& label)
{
    for (const Fact& f : brief.facts) {
        if (f.label == label)
            return f.value;
    }
    return {};
}

} // namespace

class TestBriefing final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_sample;

    EventId eventTitled(const QString& title) const
    {
        for (const Event& e : m_sample->events().list()) {
            if (e.title == title)
                return e.id;
        }
        return {};
    }

    Brief build(const Scope& scope)
    {
        auto built = Builder(*m_sample, options()).build(scope);
        if (!built) {
            QTest::qFail(qPrintable(built.error()), __FILE__, __LINE__);
            return {};
        }
        return built.value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto created = sample::create(m_dir.filePath(u"sample.attache"_s));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
        m_sample = std::move(created.value());
    }

    void summitBriefHasTheFacts()
    {
        const Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        QCOMPARE(brief.title, summit);
        QCOMPARE(brief.kindText, u"Event brief"_s);
        QCOMPARE(brief.scopeText, u"with related events within 3 days"_s);
        QCOMPARE(brief.period, u"15\u201318 Aug 2025"_s);
        QCOMPARE(brief.prepared, prepared);
        QCOMPARE(brief.projectName, u"sample"_s);
        QCOMPARE(factValue(brief, u"Date"_s), u"Fri 15 Aug 2025 (known to the day)"_s);
        QCOMPARE(factValue(brief, u"Place"_s), u"Military base in Alaska"_s);
        QCOMPARE(factValue(brief, u"Event"_s), u"summit \u00b7 occurred"_s);
        QCOMPARE(factValue(brief, u"Related"_s), u"5 events within 3 days"_s);

        // Every participant, in order of their part, with it and their function.
        QCOMPARE(brief.peopleHeading, u"Participants"_s);
        QCOMPARE(brief.people.size(), 4);
        const QList<std::pair<QString, QString>> expected{{u"Donald Trump"_s, u"host"_s},
            {u"Vladimir Putin"_s, u"guest"_s}, {u"Steve Witkoff"_s, u"participant"_s},
            {u"Volodymyr Zelenskyy"_s, u"mentioned"_s}};
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(brief.people.at(i).name, expected.at(i).first);
            QCOMPARE(brief.people.at(i).part, expected.at(i).second);
        }
        QCOMPARE(brief.people.at(0).title, u"President of the United States"_s);
        QCOMPARE(brief.people.at(2).title, u"Special Envoy"_s);
    }

    void summitBriefQuotesWhatWasSaidAboutIt()
    {
        const Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        // The five statements about the summit, in time order; the others are counted, not quoted.
        const QStringList said = quotes(brief);
        QCOMPARE(said.size(), 5);
        for (const QString& quote : {u"the U.S. and other nations could effectively offer Article 5-like language"_s,
                 u"Putin says the red flag is NATO admission"_s,
                 u"made some concessions with regards with all five of those regions"_s,
                 u"The thesis of a ceasefire is that you'd be discussing all of these issues that we already resolved"_s,
                 u"BIG PROGRESS ON RUSSIA"_s}) {
            QVERIFY2(said.contains(quote), qPrintable(quote));
        }
        // Nine statements were made at or about the brief's events; three more are tied to none of them.
        QCOMPARE(brief.statementsLeftOut, 4);
        const KeyStatement& first = brief.statements.first();
        QCOMPARE(first.speaker, u"Steve Witkoff"_s);
        QCOMPARE(first.speakerTitle, u"Special Envoy"_s);
        QCOMPARE(first.venue, u"CNN, State of the Union"_s);
        QCOMPARE(first.when.toString(), u"2025-08-17"_s);
        QCOMPARE(first.citations, QList<int>{1});
        for (const KeyStatement& s : brief.statements)
            QCOMPARE(s.citations, QList<int>{1});
    }

    void summitBriefCitesItsSource()
    {
        const Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        QCOMPARE(brief.sources.size(), 1);
        const Citation& c = brief.sources.first();
        QCOMPARE(c.number, 1);
        QCOMPARE(c.outlet, u"Bloomberg News"_s);
        QCOMPARE(c.title, u"US, Russia agreed on Ukraine security pledges, Witkoff says"_s);
        QCOMPARE(c.authors, (QStringList{u"Eric Martin"_s, u"Wendy Benjaminson"_s}));
        QCOMPARE(c.published.toString(), u"2025-08-17"_s);
        // The sample grades the source (B) but not the claims.
        QCOMPARE(c.grade(), u"B"_s);
        QCOMPARE(c.gradeDescription(), u"usually reliable"_s);
        QCOMPARE(HtmlWriter::citationText(c),
            u"Eric Martin, Wendy Benjaminson. \u201cUS, Russia agreed on Ukraine security pledges, Witkoff says.\u201d "
            u"Bloomberg News, Sun 17 Aug 2025."_s);
        for (const ChronologyEntry& e : brief.chronology)
            QCOMPARE(e.citations, QList<int>{1});
    }

    void summitBriefChronologyAndFigure()
    {
        const Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        QCOMPARE(titles(brief),
            (QStringList{summit, u"Witkoff on CNN's State of the Union"_s, u"Rubio on NBC's Meet the Press"_s,
                u"Rubio on CBS's Face the Nation"_s, u"Trump's Truth Social post on Russia"_s,
                u"Zelenskyy and European leaders at the White House"_s}));
        QVERIFY(brief.chronology.first().focus);
        QCOMPARE(std::count_if(brief.chronology.cbegin(), brief.chronology.cend(), [](const auto& e) { return e.focus; }), 1);
        QCOMPARE(brief.chronology.last().status, EventStatus::Planned);
        QCOMPARE(brief.chronology.first().participants,
            (QStringList{u"Donald Trump"_s, u"Vladimir Putin"_s, u"Steve Witkoff"_s})); // mentions left out

        // The figure: every event, lanes for the principal actors (the summit's first, no media), the summit ringed.
        const Figure& figure = brief.figure;
        QCOMPARE(figure.events.size(), std::size_t(6));
        QCOMPARE(figure.focus, eventTitled(summit).value);
        QVERIFY(figure.actors.size() <= 6);
        QCOMPARE(figure.actors.at(0).name, u"Donald Trump"_s);
        QCOMPARE(figure.actors.at(1).name, u"Vladimir Putin"_s);
        QCOMPARE(figure.actors.at(2).name, u"Steve Witkoff"_s);
        for (const Actor& a : figure.actors)
            QVERIFY2(a.name != u"CNN"_s && a.name != u"NBC News"_s, qPrintable(a.name));
        QSet<qint64> placed;
        for (const auto& [event, actor] : figure.participations)
            placed.insert(event);
        QCOMPARE(placed.size(), 6); // every event has a lane
        QVERIFY(figure.fromMs <= figure.events.front().earliest);
        QVERIFY(figure.toMs >= figure.events.back().latest);
    }

    void summitBottomLineSaysWhoMetWhomWhenWhere()
    {
        const Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        const QString line = brief.bottomLine;
        QVERIFY2(line.startsWith(u"Donald Trump hosted Vladimir Putin at Military base in Alaska on Fri 15 Aug 2025; "
                                 u"Steve Witkoff also took part."_s),
            qPrintable(line));
        QVERIFY2(line.contains(u"no agreement was signed"_s), qPrintable(line)); // the summary
        QVERIFY2(line.contains(u"Next: Zelenskyy and European leaders at the White House, Mon 18 Aug 2025."_s), qPrintable(line));
    }

    void plannedAndCancelledEventsSayTheirStatus_data()
    {
        QTest::addColumn<EventStatus>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("planned") << EventStatus::Planned
            << u"Donald Trump is due to host Volodymyr Zelenskyy and European leaders"_s;
        QTest::newRow("cancelled") << EventStatus::Cancelled
            << u"Donald Trump was to have hosted Volodymyr Zelenskyy"_s;
        QTest::newRow("occurred") << EventStatus::Occurred
            << u"Donald Trump hosted Volodymyr Zelenskyy and European leaders at White House, Washington on Mon 18 Aug 2025."_s;
    }

    void plannedAndCancelledEventsSayTheirStatus()
    {
        QFETCH(EventStatus, status);
        QFETCH(QString, says);
        test::TempProject project;
        QVERIFY(projectjsonCopy(*project));
        Event e = *project->events().find(EventId(2));
        e.status = status;
        ATTACHE_WRITE(*project, project->events().update(e));
        auto brief = Builder(*project, options()).build(Scope::forEvent(e.id, 0));
        QVERIFY(brief.ok());
        QVERIFY2(brief->bottomLine.startsWith(says), qPrintable(brief->bottomLine));
        if (status == EventStatus::Cancelled)
            QVERIFY(brief->bottomLine.contains(u"(cancelled)"_s));
    }

    void relatedEventsWithinNDays_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("events");
        QTest::newRow("the day itself") << 0 << 1;
        QTest::newRow("one day") << 1 << 1;
        QTest::newRow("two days: the 17th") << 2 << 5;
        QTest::newRow("three days: the planned meeting") << 3 << 6;
        QTest::newRow("a month") << 30 << 6;
    }

    void relatedEventsWithinNDays()
    {
        QFETCH(int, days);
        QFETCH(int, events);
        const Brief brief = build(Scope::forEvent(eventTitled(summit), days));
        QCOMPARE(brief.chronology.size(), events);
        QCOMPARE(brief.chronology.first().title, summit);
        const qint64 limit = QDateTime(QDate(2025, 8, 15).addDays(days + 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        for (const ChronologyEntry& e : brief.chronology)
            QVERIFY2(e.when.earliestMs() < limit, qPrintable(e.title));
        QCOMPARE(factValue(brief, u"Related"_s).isEmpty(), events == 1);
    }

    void relatedMeansSharingSomething()
    {
        // Within the window, an event with no participant, tag or statement in common is not related.
        test::TempProject project;
        QVERIFY(projectjsonCopy(*project));
        Event stranger;
        stranger.title = u"Unrelated trade talks"_s;
        stranger.kind = EventKind::Talks;
        stranger.start = test::date("2025-08-16");
        Event cousin = stranger;
        cousin.title = u"Talks tagged like the summit"_s;
        cousin.tags = {u"us-russia"_s};
        ATTACHE_WRITE(*project, project->events().insert(stranger); project->events().insert(cousin));
        auto brief = Builder(*project, options()).build(Scope::forEvent(EventId(1), 3));
        QVERIFY(brief.ok());
        QVERIFY(!titles(*brief).contains(u"Unrelated trade talks"_s));
        QVERIFY(titles(*brief).contains(u"Talks tagged like the summit"_s));
    }

    void actorBrief()
    {
        const ActorId rubio = m_sample->actors().findByName(u"Marco Rubio"_s)->id;
        const Brief brief = build(Scope::forActor(rubio));
        QCOMPARE(brief.title, u"Marco Rubio"_s);
        QCOMPARE(brief.kindText, u"Actor brief"_s);
        QCOMPARE(brief.scopeText, u"Secretary of State"_s);
        QCOMPARE(titles(brief), (QStringList{u"Rubio on NBC's Meet the Press"_s, u"Rubio on CBS's Face the Nation"_s}));
        QCOMPARE(factValue(brief, u"Function"_s), u"Secretary of State"_s);
        QCOMPARE(factValue(brief, u"Affiliation"_s), u"United States"_s);
        QCOMPARE(factValue(brief, u"Statements"_s), u"6"_s);
        // Six statements on record: the five quoted are direct quotes first.
        QCOMPARE(brief.statements.size(), 5);
        QCOMPARE(brief.statementsLeftOut, 1);
        for (const KeyStatement& s : brief.statements)
            QCOMPARE(s.speaker, u"Marco Rubio"_s);
        QVERIFY(!quotes(brief).contains(
            u"The United States has not ruled out a ceasefire in Ukraine as it tries to broker a peace agreement."_s));
        QCOMPARE(brief.peopleHeading, u"Counterparts"_s);
        QStringList people;
        for (const Person& p : brief.people)
            people.append(p.name + u' ' + p.part);
        QCOMPARE(people, (QStringList{u"CBS News in 1 event"_s, u"NBC News in 1 event"_s}));
        QVERIFY2(brief.bottomLine.startsWith(
                     u"Marco Rubio (Secretary of State) took part in 2 events (2 interviews) on 17 Aug 2025."_s),
            qPrintable(brief.bottomLine));
        QCOMPARE(brief.figure.actors.first().name, u"Marco Rubio"_s);
        // The contacts figure's network: Rubio's events with everyone taking part.
        QCOMPARE(brief.contacts.subject, rubio.value);
        QStringList contacts;
        for (const Actor& a : brief.contacts.actors)
            contacts.append(a.name);
        contacts.sort();
        QCOMPARE(contacts, (QStringList{u"CBS News"_s, u"Marco Rubio"_s, u"NBC News"_s}));
        QCOMPARE(brief.contacts.events.size(), std::size_t(2));
        QVERIFY(!brief.contacts.isEmpty());
        // Other briefs have none.
        QVERIFY(build(Scope::forEvent(EventId(1), 3)).contacts.isEmpty());
    }

    void actorBriefOverAPeriod()
    {
        const ActorId trump = m_sample->actors().findByName(u"Trump"_s)->id;
        const Brief brief = build(Scope::forActor(trump, test::date("2025-08-16"), test::date("2025-08-18")));
        QCOMPARE(titles(brief),
            (QStringList{u"Trump's Truth Social post on Russia"_s, u"Zelenskyy and European leaders at the White House"_s}));
        QCOMPARE(brief.period, u"16\u201318 Aug 2025"_s);
        QVERIFY(brief.bottomLine.contains(u"1 event is planned."_s));
    }

    void periodBrief()
    {
        const Brief brief = build(Scope::forPeriod(test::date("2025-08-17"), test::date("2025-08-17")));
        QCOMPARE(brief.title, u"Events of 17 Aug 2025"_s);
        QCOMPARE(brief.kindText, u"Period brief"_s);
        QCOMPARE(brief.chronology.size(), 4);
        QCOMPARE(brief.peopleHeading, u"Most involved"_s);
        QCOMPARE(brief.people.first().name, u"Marco Rubio"_s);
        QCOMPARE(brief.people.first().part, u"in 2 events"_s);
        QCOMPARE(factValue(brief, u"Events"_s), u"4 events (3 interviews and 1 post)"_s);
        QVERIFY2(brief.bottomLine.startsWith(u"4 events (3 interviews and 1 post) on 17 Aug 2025. Most involved: Marco Rubio (2)"_s),
            qPrintable(brief.bottomLine));
        for (const ChronologyEntry& e : brief.chronology)
            QVERIFY(!e.focus);
    }

    void selectionBrief()
    {
        const Brief brief = build(Scope::forEvents({EventId(6), EventId(2), EventId(6)}, u"kind: meeting, post"_s));
        QCOMPARE(brief.kindText, u"Timeline selection"_s);
        QCOMPARE(brief.scopeText, u"kind: meeting, post"_s);
        QCOMPARE(titles(brief),
            (QStringList{u"Trump's Truth Social post on Russia"_s, u"Zelenskyy and European leaders at the White House"_s}));
        QCOMPARE(factValue(brief, u"Selection"_s), u"kind: meeting, post"_s);
    }

    void scopesWithoutEventsAreRefused_data()
    {
        QTest::addColumn<Scope>("scope");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown event") << Scope::forEvent(EventId(99)) << u"no event has the id 99"_s;
        QTest::newRow("unknown actor") << Scope::forActor(ActorId(99)) << u"no actor has the id 99"_s;
        QTest::newRow("empty period") << Scope::forPeriod(test::date("2030-01-01"), test::date("2030-01-31"))
                                      << u"there are no events in that period"_s;
        QTest::newRow("actor idle in the period")
            << Scope::forActor(ActorId(5), test::date("2025-08-15"), test::date("2025-08-15"))
                                                  << u"Marco Rubio takes part in no events in that period"_s;
        QTest::newRow("nothing selected") << Scope::forEvents({EventId(99)}, {}) << u"no events are selected"_s;
    }

    void scopesWithoutEventsAreRefused()
    {
        QFETCH(Scope, scope);
        QFETCH(QString, message);
        const auto brief = Builder(*m_sample, options()).build(scope);
        QVERIFY(!brief.ok());
        QCOMPARE(brief.error(), message);
    }

    void citationsAreNumberedAndGraded()
    {
        // Two sources; statements cite the second first, so it is [1]; claims graded 2 and 4 give a range.
        test::TempProject project;
        ActorId speaker;
        EventId event;
        SourceId wire;
        SourceId paper;
        ATTACHE_WRITE(*project, {
            Actor a;
            a.name = u"Envoy"_s;
            speaker = project->actors().insert(a);
            Event e;
            e.title = u"Talks"_s;
            e.kind = EventKind::Talks;
            e.start = test::date("2025-03-02");
            e.participants = {{speaker, ParticipantRole::Participant}};
            event = project->events().insert(e);
            Source s1;
            s1.title = u"Wire story"_s;
            s1.outlet = u"Wire"_s;
            s1.url = u"https://wire.invalid/story"_s;
            s1.text = u"one"_s;
            s1.reliability = Reliability::A;
            wire = project->sources().insert(s1);
            Source s2;
            s2.title = u"Paper story"_s;
            s2.outlet = u"Paper"_s;
            s2.text = u"two"_s;
            s2.reliability = Reliability::C;
            paper = project->sources().insert(s2);
            Statement first;
            first.speaker = speaker;
            first.text = u"First words"_s;
            first.when = test::date("2025-03-02");
            first.venue = event;
            first.source = paper;
            const StatementId firstId = project->statements().insert(first);
            Statement second = first;
            second.text = u"Second words"_s;
            second.when = test::date("2025-03-03");
            second.source = wire;
            const StatementId secondId = project->statements().insert(second);
            Annotation graded;
            graded.source = paper;
            graded.kind = AnnotationKind::Statement;
            graded.targetType = TargetType::Statement;
            graded.targetId = firstId.value;
            graded.credibility = 2;
            graded.end = 1;
            graded.exact = u"t"_s;
            project->annotations().insert(graded);
            graded.source = wire;
            graded.targetId = secondId.value;
            graded.credibility = 4;
            project->annotations().insert(graded);
            Annotation evidence = graded;
            evidence.kind = AnnotationKind::EventEvidence;
            evidence.targetType = TargetType::Event;
            evidence.targetId = event.value;
            evidence.credibility = 2;
            project->annotations().insert(evidence);
        });
        auto brief = Builder(*project, options()).build(Scope::forEvent(event));
        QVERIFY2(brief.ok(), qPrintable(brief.ok() ? QString() : brief.error()));
        QCOMPARE(brief->sources.size(), 2);
        QCOMPARE(brief->sources.at(0).number, 1);
        QCOMPARE(brief->sources.at(0).source, paper);
        QCOMPARE(brief->sources.at(0).grade(), u"C2"_s);
        QCOMPARE(brief->sources.at(0).gradeDescription(), u"fairly reliable; probably true"_s);
        QCOMPARE(brief->sources.at(1).number, 2);
        QCOMPARE(brief->sources.at(1).source, wire);
        QCOMPARE(brief->sources.at(1).grade(), u"A2\u20134"_s);
        QCOMPARE(brief->statements.at(0).citations, QList<int>{1});
        QCOMPARE(brief->statements.at(1).citations, QList<int>{2});
        QCOMPARE(brief->chronology.first().citations, (QList<int>{1, 2}));
        const QString html = HtmlWriter::write(*brief);
        QVERIFY(html.contains(u"<a href=\"https://wire.invalid/story\">https://wire.invalid/story</a>"_s));
        QVERIFY(html.contains(u"A2\u20134"_s));
        QVERIFY(html.contains(u"[1, 2]"_s));
    }

    void sourceTextIsEscaped()
    {
        test::TempProject project;
        const QString quote = u"<b>not bold</b> & <script>alert(1)</script>"_s;
        ATTACHE_WRITE(*project, {
            Actor a;
            a.name = u"Speaker <i>"_s;
            const ActorId speaker = project->actors().insert(a);
            Event e;
            e.title = u"Meeting <u>under</u>"_s;
            e.location = u"Smith & Sons"_s;
            e.start = test::date("2025-05-05");
            e.summary = u"<img src=x onerror=alert(2)>"_s;
            e.participants = {{speaker, ParticipantRole::Host}};
            const EventId event = project->events().insert(e);
            Statement s;
            s.speaker = speaker;
            s.text = quote;
            s.venue = event;
            s.when = e.start;
            project->statements().insert(s);
        });
        auto built = Builder(*project, options()).build(Scope::forEvent(EventId(1)));
        QVERIFY(built.ok());
        Brief brief = built.value();
        brief.banner = u"<TOP> SECRET"_s;
        QCOMPARE(brief.statements.first().text, quote); // the model keeps text as it is
        const QString html = HtmlWriter::write(brief);
        QVERIFY(html.contains(u"&lt;b&gt;not bold&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;"_s));
        QVERIFY(html.contains(u"Meeting &lt;u&gt;under&lt;/u&gt;"_s));
        QVERIFY(html.contains(u"Smith &amp; Sons"_s));
        QVERIFY(html.contains(u"&lt;img src=x onerror=alert(2)&gt;"_s));
        QVERIFY(html.contains(u"Speaker &lt;i&gt;"_s));
        QVERIFY(html.contains(u"&lt;TOP&gt; SECRET"_s));
        for (const QString& raw : {u"<b>not"_s, u"<script"_s, u"<u>"_s, u"<img src=x"_s, u"<i>"_s, u"<TOP>"_s})
            QVERIFY2(!html.contains(raw), qPrintable(raw));
    }

    void htmlHasTheSections()
    {
        Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        brief.banner = u"UNCLASSIFIED"_s;
        const QString html = HtmlWriter::write(brief);
        QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
        QVERIFY(html.contains(u"<title>Trump\u2013Putin summit in Alaska</title>"_s));
        for (const QString& heading : {u"<h2>Key facts</h2>"_s, u"<h2>Key statements</h2>"_s, u"<h2>Chronology</h2>"_s,
                 u"<h2>Sources</h2>"_s}) {
            QVERIFY2(html.contains(heading), qPrintable(heading));
        }
        QCOMPARE(html.count(u"<p class=\"banner\">UNCLASSIFIED</p>"_s), 2); // top and bottom
        QVERIFY(html.contains(u"BOTTOM LINE"_s));
        QVERIFY(!html.contains(u"<img"_s)); // no figure without an image for it

        HtmlWriter::Options options;
        options.pageFurniture = false;
        options.figureSource = u"figure.png"_s;
        options.figureWidth = 720;
        options.figureHeight = 160;
        QVERIFY(!HtmlWriter::write(brief, options).contains(u"class=\"banner\""_s));
        QVERIFY(HtmlWriter::write(brief, options).contains(u"<img src=\"figure.png\" width=\"720\" height=\"160\""_s));
    }

    void htmlBreaksPagesWhereAsked()
    {
        const Brief brief = build(Scope::forEvent(eventTitled(summit), 3));
        HtmlWriter::Options options;
        options.anchors = true;
        options.pageBreaks = {u"row:chronology:3"_s, u"heading:sources"_s};
        const QString html = HtmlWriter::write(brief, options);
        // The chronology is split before its fourth row, and the new table repeats the header.
        QCOMPARE(html.count(u"<thead>"_s), 2);
        QCOMPARE(html.count(u"<table class=\"chronology\""_s), 2);
        QCOMPARE(html.count(u"page-break-before: always"_s), 2);
        QVERIFY(html.contains(u"<h2 style=\"page-break-before: always\"><a name=\"heading:sources\"></a>Sources</h2>"_s));
        QVERIFY(html.contains(u"<a name=\"row:chronology:5\"></a>"_s));
        QVERIFY(html.contains(u"<a name=\"row:statements:0\"></a>"_s));
        QVERIFY(!HtmlWriter::write(brief).contains(u"<a name="_s));
    }

    void dayRanges_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QString>("text");
        QTest::newRow("one day") << QDate(2025, 8, 15) << QDate(2025, 8, 15) << u"15 Aug 2025"_s;
        QTest::newRow("one month") << QDate(2025, 8, 15) << QDate(2025, 8, 18) << u"15\u201318 Aug 2025"_s;
        QTest::newRow("one year") << QDate(2025, 8, 28) << QDate(2025, 9, 2) << u"28 Aug \u2013 2 Sep 2025"_s;
        QTest::newRow("two years") << QDate(2025, 12, 28) << QDate(2026, 1, 2) << u"28 Dec 2025 \u2013 2 Jan 2026"_s;
    }

    void dayRanges()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QString, text);
        const qint64 start = QDateTime(from, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        const qint64 end = QDateTime(to, QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
        QCOMPARE(dayRangeText(start, end), text);
    }

    void datesInSmallPrint()
    {
        QCOMPARE(shortDate(test::date("2025-08-15")), u"15 Aug 2025"_s);
        QCOMPARE(shortDate(test::date("2025-08-15?")), test::date("2025-08-15?").display());
        QCOMPARE(shortDate(test::date("2025-08")), u"Aug 2025"_s);
        QCOMPARE(precisionText(test::date("2025-08~")), u"known to the month, approximate"_s);
    }

private:
    /// Fills `project` with the sample's content.
    bool projectjsonCopy(Project& project) const;
};

bool TestBriefing::projectjsonCopy(Project& project) const
{
    return projectjson::read(sample::json(), u"sample"_s, project).ok();
}

QTEST_GUILESS_MAIN(TestBriefing)
#include "tst_briefing.moc"
