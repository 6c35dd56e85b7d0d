// SPDX-License-Identifier: GPL-3.0-or-later
// Matching a candidate event with the project's: through the read-only ProjectView the importer is given, here one
// written for the test, so that matching is tested without a project file.
#include <QTest>

#include "extract/eventmatching.h"
#include "extract/events.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::extract;

namespace {

FuzzyDate day(const char* text)
{
    return *FuzzyDate::parse(QString::fromLatin1(text));
}

/// A project of four actors and three events, held in memory.
class FakeProject final : public ProjectView
{
public:
    FakeProject()
    {
        const QStringList names{u"Ukraine"_s, u"Russia"_s, u"United States"_s, u"Volodymyr Zelenskyy"_s};
        for (qsizetype i = 0; i < names.size(); ++i) {
            Actor a;
            a.id = ActorId(i + 1);
            a.name = names[i];
            a.kind = i == 3 ? ActorKind::Person : ActorKind::State;
            m_actors.append(a);
        }
        Event talks;
        talks.id = EventId(1);
        talks.title = u"Ukraine–Russia–US talks in Abu Dhabi"_s;
        talks.kind = EventKind::Talks;
        talks.start = day("2026-02-04");
        talks.end = day("2026-02-05");
        talks.location = u"Abu Dhabi"_s;
        talks.participants = {{ActorId(1)}, {ActorId(2)}, {ActorId(3)}};
        m_events.append(talks);
        Event call;
        call.id = EventId(2);
        call.title = u"Zelenskyy phone call"_s;
        call.kind = EventKind::Call;
        call.start = day("2026-02-05");
        call.participants = {{ActorId(4)}};
        m_events.append(call);
        Event briefing;
        briefing.id = EventId(3);
        briefing.title = u"Zelenskyy press conference"_s;
        briefing.kind = EventKind::PressConference;
        briefing.start = day("2026-02-06");
        briefing.participants = {{ActorId(4)}};
        m_events.append(briefing);
        Event planned;
        planned.id = EventId(4);
        planned.title = u"Ukraine–Russia talks in Geneva"_s;
        planned.kind = EventKind::Talks;
        planned.status = EventStatus::Planned;
        planned.start = day("2026-02-12");
        planned.location = u"Geneva"_s;
        planned.participants = {{ActorId(1)}, {ActorId(2)}};
        m_events.append(planned);
    }

    std::optional<Actor> actorNamed(QStringView name) const override
    {
        for (const Actor& a : m_actors) {
            if (a.isNamed(name))
                return a;
        }
        return std::nullopt;
    }
    std::optional<Actor> actor(ActorId id) const override
    {
        for (const Actor& a : m_actors) {
            if (a.id == id)
                return a;
        }
        return std::nullopt;
    }
    QList<Actor> actors() const override { return m_actors; }
    QList<Event> eventsBetween(qint64 fromMs, qint64 toMs) const override
    {
        QList<Event> found;
        for (const Event& e : m_events) {
            if (e.when().latestMs() >= fromMs && e.when().earliestMs() <= toMs)
                found.append(e);
        }
        return found;
    }

private:
    QList<Actor> m_actors;
    QList<Event> m_events;
};

EventCandidate candidate(EventKind kind, const char* date, const QStringList& participants, const QString& place = {},
    const QString& dateText = u"on Thursday"_s)
{
    EventCandidate e;
    e.kind = kind;
    e.date = day(date);
    e.dateText = dateText;
    e.participants = participants;
    e.location = place;
    return e;
}

QList<ActorCandidate> actorsOf(const EventCandidate& e)
{
    QList<ActorCandidate> actors;
    for (const QString& name : e.participants) {
        ActorCandidate a;
        a.name = name;
        a.kind = name.contains(u' ') && name != u"United States"_s ? ActorKind::Person : ActorKind::State;
        actors.append(a);
    }
    return actors;
}

} // namespace

class TestEventMatching final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("participants");
        QTest::addColumn<QString>("place");
        QTest::addColumn<QString>("dateText");
        QTest::addColumn<qint64>("projectId");
        QTest::addColumn<qint64>("proposedId");
        QTest::addColumn<QString>("reason");

        const QStringList both{u"Ukraine"_s, u"Russia"_s};
        QTest::newRow("another outlet's report of the talks")
            << int(EventKind::Talks) << u"2026-02-05"_s << both << u"Abu Dhabi"_s << u"on Thursday"_s << qint64(1)
            << qint64(1) << u"same event as “Ukraine–Russia–US talks in Abu Dhabi”"_s;
        QTest::newRow("a meeting is of the talks' family")
            << int(EventKind::Meeting) << u"2026-02-04"_s << both << QString() << u"on Wednesday"_s << qint64(1)
            << qint64(1) << u"a kindred kind"_s;
        QTest::newRow("one participant and the same place")
            << int(EventKind::Talks) << u"2026-02-05"_s << QStringList{u"United States"_s} << u"abu dhabi"_s
            << u"on Thursday"_s << qint64(1) << qint64(1) << u"both in Abu Dhabi"_s;
        QTest::newRow("one participant alone is a proposal")
            << int(EventKind::Talks) << u"2026-02-05"_s << QStringList{u"Ukraine"_s} << QString() << u"on Thursday"_s
            << qint64(0) << qint64(1) << u"perhaps “Ukraine–Russia–US talks in Abu Dhabi”"_s;
        QTest::newRow("a place within the other")
            << int(EventKind::Talks) << u"2026-02-05"_s << QStringList{u"Russia"_s} << u"the Emirates Palace in Abu Dhabi"_s
            << u"on Thursday"_s << qint64(1) << qint64(1) << u"both in Abu Dhabi"_s;
        QTest::newRow("a state and a city in it may be one place")
            << int(EventKind::Talks) << u"2026-02-05"_s << both << u"the United Arab Emirates"_s << u"on Thursday"_s
            << qint64(1) << qint64(1) << u"same event"_s;
        QTest::newRow("another place is another event")
            << int(EventKind::Talks) << u"2026-02-05"_s << both << u"Geneva"_s << u"on Thursday"_s << qint64(0)
            << qint64(0) << QString();
        QTest::newRow("another kind") << int(EventKind::Sanction) << u"2026-02-05"_s << both << QString()
                                      << u"on Thursday"_s << qint64(0) << qint64(0) << QString();
        QTest::newRow("days apart") << int(EventKind::Talks) << u"2026-02-09"_s << both << u"Abu Dhabi"_s
                                    << u"on Monday"_s << qint64(0) << qint64(0) << QString();
        QTest::newRow("the report's day looks back a few days")
            << int(EventKind::Talks) << u"2026-02-08"_s << both << u"Abu Dhabi"_s << QString() << qint64(1) << qint64(1)
            << u"same event"_s;
        QTest::newRow("another spelling of a person")
            << int(EventKind::Call) << u"2026-02-05"_s << QStringList{u"Volodymyr Zelenskiy"_s} << QString()
            << u"on Thursday"_s << qint64(0) << qint64(2) << u"Volodymyr Zelenskyy in both"_s;
    }

    void matches()
    {
        QFETCH(int, kind);
        QFETCH(QString, date);
        QFETCH(QStringList, participants);
        QFETCH(QString, place);
        QFETCH(QString, dateText);
        QFETCH(qint64, projectId);
        QFETCH(qint64, proposedId);
        QFETCH(QString, reason);
        const FakeProject project;
        const EventCandidate e = candidate(EventKind(kind), qPrintable(date), participants, place, dateText);
        const EventMatch match = matchEvent(e, actorsOf(e), project);
        QCOMPARE(match.projectId, projectId);
        QCOMPARE(match.proposedId, proposedId);
        QVERIFY2(match.reason.contains(reason), qPrintable(match.reason));
    }

    void aPersonCountsForTheSideTheyBelongTo()
    {
        const FakeProject project;
        // "US envoy Tom Hale" and the US at talks on the talks' days: every participant is of the talks.
        const EventCandidate e = candidate(EventKind::Talks, "2026-02-05", {u"United States"_s, u"Tom Hale"_s});
        QList<ActorCandidate> actors = actorsOf(e);
        actors[1].affiliation = u"United States"_s;
        const EventMatch match = matchEvent(e, actors, project);
        QCOMPARE(match.projectId, qint64(1));
        QVERIFY2(match.reason.contains(u"Tom Hale (of United States)"_s), qPrintable(match.reason));
        // Without the affiliation, one side in common is a proposal only.
        QCOMPARE(matchEvent(e, actorsOf(e), project).projectId, qint64(0));
    }

    void someoneTheEventLacksKeepsItAProposal()
    {
        // Zelenskyy's talks with a Polish premier the same day: Ukraine and its president are one side of the
        // trilateral talks, and the premier is none of them.
        const FakeProject project;
        const EventCandidate e = candidate(EventKind::Talks, "2026-02-05",
            {u"Ana Sousa"_s, u"Volodymyr Zelenskiy"_s, u"Ukraine"_s});
        QList<ActorCandidate> actors = actorsOf(e);
        actors[1].affiliation = u"Ukraine"_s;
        const EventMatch match = matchEvent(e, actors, project);
        QCOMPARE(match.projectId, qint64(0));
        QCOMPARE(match.proposedId, qint64(1));
    }

    void oneSpeakersPressConferenceAsToldByAnotherOutlet()
    {
        const FakeProject project;
        const EventCandidate e = candidate(EventKind::PressConference, "2026-02-07", {u"Volodymyr Zelenskiy"_s}, {},
            u"on Saturday"_s);
        const EventMatch match = matchEvent(e, actorsOf(e), project);
        QCOMPARE(match.projectId, qint64(3));
        QVERIFY2(match.reason.contains(u"one speaker"_s), qPrintable(match.reason));
        // Days apart, or another speaker, is another press conference.
        const EventCandidate later = candidate(EventKind::PressConference, "2026-02-09", {u"Volodymyr Zelenskiy"_s}, {},
            u"on Monday"_s);
        QCOMPARE(matchEvent(later, actorsOf(later), project).proposedId, qint64(0));
        const EventCandidate other = candidate(EventKind::PressConference, "2026-02-06", {u"Tom Hale"_s}, {},
            u"on Friday"_s);
        QCOMPARE(matchEvent(other, actorsOf(other), project).proposedId, qint64(0));
    }

    void anOccasionBeforeTheNewsIsLookedForInTheWeekBefore()
    {
        // "The deadline follows talks in Abu Dhabi": no day, some day of the week before the report.
        const FakeProject project;
        EventCandidate e = candidate(EventKind::Talks, "2026-02-05", {u"United States"_s}, u"Abu Dhabi"_s, u"before"_s);
        e.date = {};
        QVERIFY(isRecentOccasion(e));
        const EventMatch match = matchEvent(e, actorsOf(e), project, day("2026-02-07"));
        QCOMPARE(match.projectId, qint64(1));
        QVERIFY2(match.reason.contains(u"both in Abu Dhabi"_s), qPrintable(match.reason));
        // Without the report's day, or a fortnight on, nothing; on one participant and no place, too vague to propose.
        QCOMPARE(matchEvent(e, actorsOf(e), project).proposedId, qint64(0));
        QCOMPARE(matchEvent(e, actorsOf(e), project, day("2026-02-20")).proposedId, qint64(0));
        e.location.clear();
        QCOMPARE(matchEvent(e, actorsOf(e), project, day("2026-02-07")).proposedId, qint64(0));
    }

    void plannedIsNotWhatHappened()
    {
        const FakeProject project;
        EventCandidate e = candidate(EventKind::Talks, "2026-02-05", {u"Ukraine"_s, u"Russia"_s}, u"Abu Dhabi"_s);
        e.status = EventStatus::Planned;
        QCOMPARE(matchEvent(e, actorsOf(e), project).proposedId, qint64(0));
        // Nor are talks that took place the ones still planned in the project.
        EventCandidate held = candidate(EventKind::Talks, "2026-02-12", {u"Ukraine"_s, u"Russia"_s}, u"Geneva"_s);
        QCOMPARE(matchEvent(held, actorsOf(held), project).proposedId, qint64(0));
    }

    void aPlanAndItsCancellationAreOneOccasion()
    {
        const FakeProject project;
        EventCandidate e = candidate(EventKind::Talks, "2026-02-12", {u"Ukraine"_s, u"Russia"_s}, u"Geneva"_s);
        e.status = EventStatus::Cancelled;
        QCOMPARE(matchEvent(e, actorsOf(e), project).projectId, qint64(4));
        // Cancelled talks are not the ones that took place.
        e.date = day("2026-02-05");
        e.location = u"Abu Dhabi"_s;
        QCOMPARE(matchEvent(e, actorsOf(e), project).proposedId, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestEventMatching)
#include "tst_eventmatching.moc"
