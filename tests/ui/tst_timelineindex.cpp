// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineIndex built from hand-made sources for every lane grouping: event order, which lanes events go to and in
// what order the lanes come, the short/long split, id look-up for dense and sparse ids, participants and tags, flags,
// statements, span, and memory use for 100k events.
#include <algorithm>
#include <numeric>
#include <random>
#include <set>

#include <QDateTime>
#include <QTest>

#include "eventtablemodel.h"
#include "timeline/timelineindex.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

Q_DECLARE_METATYPE(attache::LaneGrouping)

namespace {

constexpr qint64 dayMs = 86400000;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

EventBounds dayEvent(qint64 id, QDate date, EventKind kind, EventStatus status = EventStatus::Occurred)
{
    const qint64 start = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    return EventBounds{id, start, start + dayMs - 1, kind, status, DatePrecision::Day, false, false};
}

Actor actor(qint64 id, const QString& name)
{
    Actor a;
    a.id = ActorId(id);
    a.name = name;
    return a;
}

// The hand-made project: actors Alpha State (7), Bravo (3), Charlie (12), Delta (5, only speaks), Echo (9, only
// speaks); an actor 99 that takes part but is not in the actor list. Events, by id (ids not in time order):
//   11  5 Jan 2025       summit, planned        Alpha, Charlie   security
//   30  5 Jan 2025       post                   -                security
//   18  20 Jan 2025      call, status unknown   -                -
//   25  Feb 2025 ?       talks (month, long)    Bravo            trade
//   40  10 Mar 2025      meeting                Alpha, Bravo     trade, energy
//    3  1-5 Apr 2025 ~   visit, cancelled (long) Charlie         -
//    7  2 May 2025 14:30 interview (minute)     Alpha, Bravo     energy
//   50  1-2 Jun 2025     sanction (2 days, short bar) Bravo, 99  trade
// In time order: 11, 30, 18, 25, 40, 3, 7, 50.
const QList<qint64> idsInTimeOrder{11, 30, 18, 25, 40, 3, 7, 50};

TimelineSource handMade(bool statementsInTimeOrder = true)
{
    TimelineSource s;
    s.actors = {actor(7, u"Alpha State"_s), actor(3, u"Bravo"_s), actor(12, u"Charlie"_s), actor(5, u"Delta"_s),
        actor(9, u"echo"_s)};

    s.events.push_back(dayEvent(40, QDate(2025, 3, 10), EventKind::Meeting));
    s.events.push_back(dayEvent(11, QDate(2025, 1, 5), EventKind::Summit, EventStatus::Planned));
    EventBounds month{25, utcMs(2025, 2, 1), utcMs(2025, 3, 1) - 1, EventKind::Talks, EventStatus::Occurred,
        DatePrecision::Month, true, false};
    s.events.push_back(month);
    EventBounds range{3, utcMs(2025, 4, 1), utcMs(2025, 4, 6) - 1, EventKind::Visit, EventStatus::Cancelled,
        DatePrecision::Day, false, true};
    s.events.push_back(range);
    s.events.push_back(dayEvent(18, QDate(2025, 1, 20), EventKind::Call, EventStatus::Unknown));
    EventBounds minute{7, utcMs(2025, 5, 2, 14, 30), utcMs(2025, 5, 2, 14, 31) - 1, EventKind::Interview,
        EventStatus::Occurred, DatePrecision::Minute, false, false};
    s.events.push_back(minute);
    s.events.push_back(dayEvent(30, QDate(2025, 1, 5), EventKind::Post));
    EventBounds twoDays{50, utcMs(2025, 6, 1), utcMs(2025, 6, 3) - 1, EventKind::Sanction, EventStatus::Occurred,
        DatePrecision::Day, false, false};
    s.events.push_back(twoDays);

    s.participations = {{40, 7}, {40, 3}, {11, 7}, {11, 12}, {25, 3}, {3, 12}, {7, 7}, {7, 3}, {50, 3}, {50, 99}};
    s.tags = {{40, u"trade"_s}, {40, u"energy"_s}, {11, u"security"_s}, {25, u"trade"_s}, {7, u"energy"_s},
        {30, u"security"_s}, {50, u"trade"_s}};

    // Statements: Alpha twice, Bravo, Delta and Echo once, someone unknown once.
    s.statements = {
        {102, 7, utcMs(2025, 1, 15)},
        {100, 5, utcMs(2025, 2, 10)},
        {101, 7, utcMs(2025, 3, 1)},
        {103, 3, utcMs(2025, 5, 5)},
        {104, 9, utcMs(2025, 5, 6)},
        {105, 77, utcMs(2025, 5, 7)},
    };
    if (!statementsInTimeOrder)
        std::reverse(s.statements.begin(), s.statements.end());
    return s;
}

QList<qint64> laneIds(const TimelineIndex& index, const TimelineIndex::LaneData& lane, bool longOnes)
{
    QList<qint64> ids;
    for (const quint32 i : longOnes ? lane.longEvents : lane.events)
        ids.append(index.id(i));
    return ids;
}

/// A made-up source of `n` events over 30 years from 1995, for `actors` actors with 1-3 participants each.
TimelineSource synthetic(int n, int actors, quint32 seed, const std::function<qint64(int)>& idOf)
{
    TimelineSource s;
    std::mt19937 random(seed);
    for (int a = 1; a <= actors; ++a)
        s.actors.append(actor(a, u"Actor %1"_s.arg(a, 3, 10, QChar(u'0'))));
    const qint64 from = utcMs(1995, 1, 1);
    const qint64 span = 30 * 365 * dayMs;
    std::uniform_int_distribution<qint64> when(0, span);
    std::uniform_int_distribution<int> kind(0, eventKindCount - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> who(1, actors);
    std::uniform_int_distribution<int> howMany(1, 3);
    const QStringList tagNames{u"trade"_s, u"energy"_s, u"security"_s, u"climate"_s, u"migration"_s};
    s.events.reserve(std::size_t(n));
    s.participations.reserve(std::size_t(n) * 2);
    for (int k = 0; k < n; ++k) {
        const qint64 id = idOf(k);
        const int p = percent(random);
        const qint64 day = from + (when(random) / dayMs) * dayMs;
        EventBounds e{id, day, day + dayMs - 1, EventKind(kind(random)), EventStatus::Occurred, DatePrecision::Day, false,
            false};
        if (p < 10) { // known to the minute
            e.earliest = day + (when(random) % (24 * 60)) * 60000;
            e.latest = e.earliest + 59999;
            e.precision = DatePrecision::Minute;
        } else if (p < 15) { // known to the month
            const QDate d = QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).date();
            const QDate first(d.year(), d.month(), 1);
            e.earliest = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
            e.latest = QDateTime(first.addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
            e.precision = DatePrecision::Month;
        } else if (p < 20) { // a range of days
            e.latest = day + (2 + p % 8) * dayMs - 1;
        }
        if (p % 7 == 0)
            e.status = EventStatus::Planned;
        e.uncertain = p % 11 == 0;
        s.events.push_back(e);
        std::set<int> taking;
        const int count = howMany(random);
        while (int(taking.size()) < count)
            taking.insert(who(random));
        for (const int a : taking)
            s.participations.emplace_back(id, a);
        if (p % 3 == 0)
            s.tags.emplace_back(id, tagNames[p % tagNames.size()]);
    }
    return s;
}

/// What an index says about its events and lanes, independent of slots and of the order of lanes and of equal
/// starts: two indexes of the same events say the same.
QStringList describe(const TimelineIndex& index)
{
    QStringList lines;
    QStringList order;
    for (const quint32 i : index.byTime())
        order.append(QString::number(index.id(i)));
    lines.append(u"time order: "_s + order.join(u' '));
    for (std::size_t i = 0; i < index.size(); ++i) {
        std::vector<qint64> actors(index.actorsOf(i).begin(), index.actorsOf(i).end());
        std::sort(actors.begin(), actors.end());
        QStringList actorText;
        for (const qint64 a : actors)
            actorText.append(QString::number(a));
        QStringList tags = index.tagsOf(i);
        tags.sort();
        // Lanes by label: tag lanes are numbered by when the index first saw the tag.
        QStringList keyText;
        for (const qint64 k : index.laneKeysOf(i))
            keyText.append(index.lanes()[std::size_t(index.laneOfKey(k))].label);
        keyText.sort();
        lines.append(u"event %1: %2..%3 kind %4 flags %5 actors %6 tags %7 lanes %8"_s.arg(index.id(i))
                .arg(index.start(i))
                .arg(index.end(i))
                .arg(int(index.kind(i)))
                .arg(index.flags(i))
                .arg(actorText.join(u','), tags.join(u','), keyText.join(u',')));
    }
    for (const TimelineIndex::LaneData& lane : index.lanes()) {
        const auto entries = [&](const std::vector<quint32>& events) {
            QStringList list;
            for (const quint32 i : events)
                list.append(u"%1@%2"_s.arg(index.id(i)).arg(index.start(i)));
            list.sort();
            return list.join(u' ');
        };
        QStringList statements;
        for (std::size_t k = 0; k < lane.statementIds.size(); ++k)
            statements.append(u"%1@%2"_s.arg(lane.statementIds[k]).arg(lane.statementTimes[k]));
        statements.sort();
        lines.append(u"lane %1 \"%2\" short [%3] long [%4] longest %5 statements [%6]"_s
                .arg(index.grouping() == LaneGrouping::Tag ? 0 : lane.key)
                .arg(lane.label, entries(lane.events), entries(lane.longEvents))
                .arg(lane.longest)
                .arg(statements.join(u' ')));
    }
    lines.append(u"span %1..%2"_s.arg(index.spanStart()).arg(index.spanEnd()));
    std::sort(lines.begin() + 1, lines.end());
    return lines;
}

/// The delta that brings an index of `before` to `after`, for the events and statements listed.
TimelineDelta deltaFor(const TimelineSource& after, const std::set<qint64>& events, const std::set<qint64>& statements)
{
    TimelineDelta delta;
    delta.events.assign(events.begin(), events.end());
    delta.statements.assign(statements.begin(), statements.end());
    for (const EventBounds& e : after.events) {
        if (events.count(e.id))
            delta.fresh.events.push_back(e);
    }
    for (const auto& p : after.participations) {
        if (events.count(p.first))
            delta.fresh.participations.push_back(p);
    }
    for (const auto& t : after.tags) {
        if (events.count(t.first))
            delta.fresh.tags.push_back(t);
    }
    for (const StatementMark& m : after.statements) {
        if (statements.count(m.id))
            delta.fresh.statements.push_back(m);
    }
    for (const Actor& a : after.actors)
        delta.actorNames.insert(a.id.value, a.name);
    return delta;
}

/// Invariants every index must keep, whatever the grouping.
void verifyConsistent(const TimelineIndex& index, const TimelineSource& source)
{
    QCOMPARE(index.size(), source.events.size());
    // byTime() holds every slot once, sorted by start, then end, then id.
    const auto& byTime = index.byTime();
    QCOMPARE(byTime.size(), index.size());
    QCOMPARE(std::set<quint32>(byTime.begin(), byTime.end()).size(), index.size());
    for (std::size_t k = 1; k < byTime.size(); ++k) {
        const std::size_t a = byTime[k - 1];
        const std::size_t b = byTime[k];
        const auto previous = std::tuple(index.start(a), index.end(a), index.id(a));
        const auto current = std::tuple(index.start(b), index.end(b), index.id(b));
        QVERIFY2(previous < current, qPrintable(u"events %1 and %2 out of order"_s.arg(index.id(a)).arg(index.id(b))));
        QCOMPARE(index.rankOf(b), k);
    }
    std::size_t placements = 0;
    for (std::size_t i = 0; i < index.size(); ++i) {
        QCOMPARE(index.indexOf(index.id(i)), qint64(i));
        placements += index.laneKeysOf(i).size();
    }
    std::size_t placed = 0;
    for (const TimelineIndex::LaneData& lane : index.lanes()) {
        QCOMPARE(lane.starts.size(), lane.events.size());
        QCOMPARE(lane.longStarts.size(), lane.longEvents.size());
        QVERIFY(std::is_sorted(lane.starts.begin(), lane.starts.end()));
        QVERIFY(std::is_sorted(lane.longStarts.begin(), lane.longStarts.end()));
        QVERIFY(std::is_sorted(lane.statementTimes.begin(), lane.statementTimes.end()));
        QCOMPARE(lane.statementIds.size(), lane.statementTimes.size());
        qint64 longest = 0;
        for (std::size_t k = 0; k < lane.events.size(); ++k) {
            const quint32 i = lane.events[k];
            QCOMPARE(lane.starts[k], index.start(i));
            QVERIFY(index.end(i) - index.start(i) <= TimelineIndex::shortLimit);
            const auto keys = index.laneKeysOf(i);
            QVERIFY(std::find(keys.begin(), keys.end(), lane.key) != keys.end());
        }
        for (std::size_t k = 0; k < lane.longEvents.size(); ++k) {
            const quint32 i = lane.longEvents[k];
            QCOMPARE(lane.longStarts[k], index.start(i));
            QVERIFY(index.end(i) - index.start(i) > TimelineIndex::shortLimit);
            longest = std::max(longest, index.end(i) - index.start(i));
            const auto keys = index.laneKeysOf(i);
            QVERIFY(std::find(keys.begin(), keys.end(), lane.key) != keys.end());
        }
        QCOMPARE(lane.longest, longest);
        placed += lane.count();
    }
    // Every event is in each of its lanes once, and nowhere else.
    QCOMPARE(placed, placements);
    // laneList() and laneOfKey() describe the same lanes.
    const QList<Lane> list = index.laneList();
    QCOMPARE(std::size_t(list.size()), index.lanes().size());
    for (qsizetype k = 0; k < list.size(); ++k) {
        const TimelineIndex::LaneData& lane = index.lanes()[std::size_t(k)];
        QCOMPARE(list[k].key, lane.key);
        QCOMPARE(list[k].label, lane.label);
        QCOMPARE(std::size_t(list[k].events), lane.count());
        QVERIFY(!list[k].collapsed && !list[k].hidden);
        QCOMPARE(index.laneOfKey(lane.key), int(k));
    }
}

} // namespace

class TestTimelineIndex final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupingText_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::addColumn<QString>("text");
        QTest::newRow("actor") << LaneGrouping::Actor << u"actor"_s;
        QTest::newRow("kind") << LaneGrouping::Kind << u"kind"_s;
        QTest::newRow("tag") << LaneGrouping::Tag << u"tag"_s;
        QTest::newRow("single") << LaneGrouping::Single << u"single"_s;
    }
    void groupingText()
    {
        QFETCH(LaneGrouping, grouping);
        QFETCH(QString, text);
        QCOMPARE(toText(grouping), text);
        QCOMPARE(laneGroupingFromText(text), std::optional<LaneGrouping>(grouping));
        QVERIFY(!laneGroupingFromText(text.toUpper()).has_value());
        QVERIFY(!laneGroupingFromText(QString(text + u"s"_s)).has_value());
    }

    void eventsSortedByStart_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::newRow("actor") << LaneGrouping::Actor;
        QTest::newRow("kind") << LaneGrouping::Kind;
        QTest::newRow("tag") << LaneGrouping::Tag;
        QTest::newRow("single") << LaneGrouping::Single;
    }
    void eventsSortedByStart()
    {
        QFETCH(LaneGrouping, grouping);
        const TimelineSource source = handMade();
        const TimelineIndex index = TimelineIndex::build(source, grouping);
        QCOMPARE(index.grouping(), grouping);
        QCOMPARE(index.size(), std::size_t(8));
        QVERIFY(!index.isEmpty());
        QList<qint64> ids;
        for (const quint32 i : index.byTime())
            ids.append(index.id(i));
        QCOMPARE(ids, idsInTimeOrder);
        // A fresh index has its slots in time order.
        for (std::size_t i = 0; i < index.size(); ++i)
            QCOMPARE(index.byTime()[i], quint32(i));
        QCOMPARE(index.rankAtOrAfter(utcMs(2025, 1, 6)), std::size_t(2));
        QCOMPARE(index.rankAtOrAfter(utcMs(2025, 1, 5)), std::size_t(0));
        QCOMPARE(index.rankAtOrAfter(utcMs(2030, 1, 1)), std::size_t(8));
        // Bounds and kinds travel with their event.
        for (const EventBounds& e : source.events) {
            const qint64 i = index.indexOf(e.id);
            QVERIFY(i >= 0);
            QCOMPARE(index.start(std::size_t(i)), e.earliest);
            QCOMPARE(index.end(std::size_t(i)), e.latest);
            QCOMPARE(index.kind(std::size_t(i)), e.kind);
        }
        QCOMPARE(index.spanStart(), utcMs(2025, 1, 5));
        QCOMPARE(index.spanEnd(), utcMs(2025, 6, 3) - 1);
        verifyConsistent(index, source);
    }

    void actorLanes()
    {
        const TimelineSource source = handMade();
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Actor);
        verifyConsistent(index, source);
        // Most events first; actors with statements only after them (by name, case-insensitive); the catch-all last.
        // The participant missing from the actor list gets a lane named by its id.
        QStringList labels;
        QList<qint64> keys;
        for (const auto& lane : index.lanes()) {
            labels.append(lane.label);
            keys.append(lane.key);
        }
        QCOMPARE(labels,
            (QStringList{u"Bravo"_s, u"Alpha State"_s, u"Charlie"_s, u"#99"_s, u"Delta"_s, u"echo"_s, u"(no participants)"_s}));
        QCOMPARE(keys, (QList<qint64>{3, 7, 12, 99, 5, 9, 0}));

        const auto& lanes = index.lanes();
        QCOMPARE(laneIds(index, lanes[0], false), (QList<qint64>{40, 7, 50})); // Bravo
        QCOMPARE(laneIds(index, lanes[0], true), (QList<qint64>{25}));
        QCOMPARE(laneIds(index, lanes[1], false), (QList<qint64>{11, 40, 7})); // Alpha
        QVERIFY(lanes[1].longEvents.empty());
        QCOMPARE(laneIds(index, lanes[2], false), (QList<qint64>{11})); // Charlie
        QCOMPARE(laneIds(index, lanes[2], true), (QList<qint64>{3}));
        QCOMPARE(laneIds(index, lanes[3], false), (QList<qint64>{50})); // #99
        QCOMPARE(lanes[4].count(), std::size_t(0)); // Delta
        QCOMPARE(lanes[5].count(), std::size_t(0)); // echo
        QCOMPARE(laneIds(index, lanes[6], false), (QList<qint64>{30, 18})); // (no participants)
        QVERIFY(lanes[6].longEvents.empty());
        QCOMPARE(lanes[0].longest, utcMs(2025, 3, 1) - 1 - utcMs(2025, 2, 1));
        QCOMPARE(lanes[2].longest, 5 * dayMs - 1);

        // Lane keys are the participants, or 0 for none.
        const auto keysOf = [&](qint64 id) {
            const auto span = index.laneKeysOf(std::size_t(index.indexOf(id)));
            QList<qint64> result(span.begin(), span.end());
            std::sort(result.begin(), result.end());
            return result;
        };
        QCOMPARE(keysOf(40), (QList<qint64>{3, 7}));
        QCOMPARE(keysOf(50), (QList<qint64>{3, 99}));
        QCOMPARE(keysOf(18), (QList<qint64>{0}));
        QCOMPARE(keysOf(30), (QList<qint64>{0}));
        QCOMPARE(index.laneOfKey(12), 2);
        QCOMPARE(index.laneOfKey(0), 6);
        QCOMPARE(index.laneOfKey(1234), -1);
    }

    void kindLanes()
    {
        const TimelineSource source = handMade();
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Kind);
        verifyConsistent(index, source);
        // Only the kinds in use, in the kinds' own order (not by count), each with its label.
        const QList<EventKind> expected{EventKind::Summit, EventKind::Meeting, EventKind::Talks, EventKind::Call,
            EventKind::Visit, EventKind::Interview, EventKind::Post, EventKind::Sanction};
        QCOMPARE(index.lanes().size(), std::size_t(expected.size()));
        for (qsizetype k = 0; k < expected.size(); ++k) {
            const TimelineIndex::LaneData& lane = index.lanes()[std::size_t(k)];
            QCOMPARE(lane.key, qint64(expected[k]));
            QCOMPARE(lane.label, EventTableModel::kindLabel(expected[k]));
            QCOMPARE(lane.count(), std::size_t(1));
            const quint32 i = lane.events.empty() ? lane.longEvents.front() : lane.events.front();
            QCOMPARE(index.kind(i), expected[k]);
            QVERIFY(lane.statementTimes.empty());
        }
        const auto keys = index.laneKeysOf(std::size_t(index.indexOf(40)));
        QCOMPARE(keys.size(), std::size_t(1));
        QCOMPARE(keys[0], qint64(EventKind::Meeting));
    }

    void kindLanesByKindNotCount()
    {
        // Three calls and one summit: the summit lane still comes first.
        TimelineSource source;
        source.events = {dayEvent(1, QDate(2024, 1, 1), EventKind::Call), dayEvent(2, QDate(2024, 1, 2), EventKind::Call),
            dayEvent(3, QDate(2024, 1, 3), EventKind::Call), dayEvent(4, QDate(2024, 1, 4), EventKind::Summit),
            dayEvent(5, QDate(2024, 1, 5), EventKind::Other)};
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Kind);
        QCOMPARE(index.lanes().size(), std::size_t(3));
        QCOMPARE(index.lanes()[0].key, qint64(EventKind::Summit));
        QCOMPARE(index.lanes()[1].key, qint64(EventKind::Call));
        QCOMPARE(index.lanes()[1].count(), std::size_t(3));
        QCOMPARE(index.lanes()[2].key, qint64(EventKind::Other));
    }

    void tagLanes()
    {
        const TimelineSource source = handMade();
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Tag);
        verifyConsistent(index, source);
        // Tags numbered by first appearance; lanes by count then name; "(untagged)" last.
        QCOMPARE(index.tagNames(), (QStringList{u"trade"_s, u"energy"_s, u"security"_s}));
        QStringList labels;
        for (const auto& lane : index.lanes())
            labels.append(lane.label);
        QCOMPARE(labels, (QStringList{u"trade"_s, u"energy"_s, u"security"_s, u"(untagged)"_s}));
        const auto& lanes = index.lanes();
        QCOMPARE(laneIds(index, lanes[0], false), (QList<qint64>{40, 50}));
        QCOMPARE(laneIds(index, lanes[0], true), (QList<qint64>{25}));
        QCOMPARE(laneIds(index, lanes[1], false), (QList<qint64>{40, 7}));
        QCOMPARE(laneIds(index, lanes[2], false), (QList<qint64>{11, 30}));
        QCOMPARE(laneIds(index, lanes[3], false), (QList<qint64>{18}));
        QCOMPARE(laneIds(index, lanes[3], true), (QList<qint64>{3}));
        QCOMPARE(lanes[3].key, qint64(0));
        const auto keys = index.laneKeysOf(std::size_t(index.indexOf(40)));
        QCOMPARE(QList<qint64>(keys.begin(), keys.end()), (QList<qint64>{1, 2}));
        const auto none = index.laneKeysOf(std::size_t(index.indexOf(3)));
        QCOMPARE(QList<qint64>(none.begin(), none.end()), (QList<qint64>{0}));
    }

    void singleLane()
    {
        const TimelineSource source = handMade();
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Single);
        verifyConsistent(index, source);
        QCOMPARE(index.lanes().size(), std::size_t(1));
        const TimelineIndex::LaneData& lane = index.lanes().front();
        QCOMPARE(lane.key, qint64(0));
        QCOMPARE(lane.label, u"All events"_s);
        QCOMPARE(laneIds(index, lane, false), (QList<qint64>{11, 30, 18, 40, 7, 50}));
        QCOMPARE(laneIds(index, lane, true), (QList<qint64>{25, 3}));
        QCOMPARE(lane.longest, utcMs(2025, 3, 1) - 1 - utcMs(2025, 2, 1));
        QVERIFY(lane.statementTimes.empty());
    }

    void shortAndLong_data()
    {
        QTest::addColumn<qint64>("length");
        QTest::addColumn<DatePrecision>("precision");
        QTest::addColumn<bool>("isLong");
        QTest::addColumn<bool>("isPoint");
        QTest::newRow("an instant") << qint64(0) << DatePrecision::Second << false << true;
        QTest::newRow("a minute") << qint64(59999) << DatePrecision::Minute << false << true;
        QTest::newRow("a day") << dayMs - 1 << DatePrecision::Day << false << true;
        QTest::newRow("exactly a day") << dayMs << DatePrecision::Day << false << false;
        QTest::newRow("two days") << 2 * dayMs - 1 << DatePrecision::Day << false << false;
        QTest::newRow("exactly the short limit") << TimelineIndex::shortLimit << DatePrecision::Day << false << false;
        QTest::newRow("just over the short limit") << TimelineIndex::shortLimit + 1 << DatePrecision::Day << true << false;
        QTest::newRow("a month") << 31 * dayMs - 1 << DatePrecision::Month << true << false;
        QTest::newRow("a year") << 365 * dayMs - 1 << DatePrecision::Year << true << false;
    }
    void shortAndLong()
    {
        QFETCH(qint64, length);
        QFETCH(DatePrecision, precision);
        QFETCH(bool, isLong);
        QFETCH(bool, isPoint);
        TimelineSource source;
        const qint64 start = utcMs(2001, 1, 1);
        source.events.push_back({1, start, start + length, EventKind::Meeting, EventStatus::Occurred, precision, false, false});
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Single);
        const TimelineIndex::LaneData& lane = index.lanes().front();
        QCOMPARE(lane.longEvents.size(), std::size_t(isLong ? 1 : 0));
        QCOMPARE(lane.events.size(), std::size_t(isLong ? 0 : 1));
        QCOMPARE(lane.longest, isLong ? length : 0);
        QCOMPARE(bool(index.flags(0) & TimelineIndex::Point), isPoint);
    }

    void flags_data()
    {
        QTest::addColumn<qint64>("id");
        QTest::addColumn<int>("expected");
        QTest::newRow("planned summit") << qint64(11) << int(TimelineIndex::Planned | TimelineIndex::Point);
        QTest::newRow("post") << qint64(30) << int(TimelineIndex::Point);
        QTest::newRow("call, status unknown") << qint64(18) << int(TimelineIndex::StatusUnknown | TimelineIndex::Point);
        QTest::newRow("uncertain month") << qint64(25) << int(TimelineIndex::Uncertain);
        QTest::newRow("meeting") << qint64(40) << int(TimelineIndex::Point);
        QTest::newRow("cancelled approximate range") << qint64(3) << int(TimelineIndex::Cancelled | TimelineIndex::Approximate);
        QTest::newRow("interview to the minute") << qint64(7) << int(TimelineIndex::Point);
        QTest::newRow("two-day sanction") << qint64(50) << 0;
    }
    void flags()
    {
        QFETCH(qint64, id);
        QFETCH(int, expected);
        for (const LaneGrouping grouping : {LaneGrouping::Actor, LaneGrouping::Kind, LaneGrouping::Tag, LaneGrouping::Single}) {
            const TimelineIndex index = TimelineIndex::build(handMade(), grouping);
            const qint64 i = index.indexOf(id);
            QVERIFY(i >= 0);
            QCOMPARE(int(index.flags(std::size_t(i))), expected);
        }
    }

    void actorsAndTags_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::newRow("actor") << LaneGrouping::Actor;
        QTest::newRow("kind") << LaneGrouping::Kind;
        QTest::newRow("tag") << LaneGrouping::Tag;
        QTest::newRow("single") << LaneGrouping::Single;
    }
    void actorsAndTags()
    {
        // Participants and tags are known whatever the grouping (filters need them).
        QFETCH(LaneGrouping, grouping);
        const TimelineSource source = handMade();
        const TimelineIndex index = TimelineIndex::build(source, grouping);
        for (const EventBounds& e : source.events) {
            const std::size_t i = std::size_t(index.indexOf(e.id));
            QList<qint64> expectedActors;
            for (const auto& [eventId, actorId] : source.participations) {
                if (eventId == e.id)
                    expectedActors.append(actorId);
            }
            QStringList expectedTags;
            for (const auto& [eventId, tag] : source.tags) {
                if (eventId == e.id)
                    expectedTags.append(tag);
            }
            const auto actors = index.actorsOf(i);
            QCOMPARE(QList<qint64>(actors.begin(), actors.end()), expectedActors);
            QCOMPARE(index.tagsOf(i), expectedTags);
        }
        QCOMPARE(index.tagsOf(std::size_t(index.indexOf(40))), (QStringList{u"trade"_s, u"energy"_s}));
        QVERIFY(index.actorsOf(std::size_t(index.indexOf(18))).empty());
        QVERIFY(index.tagsOf(std::size_t(index.indexOf(18))).isEmpty());
        // Past the end: nothing rather than a crash.
        QVERIFY(index.actorsOf(index.size()).empty());
        QVERIFY(index.tagsOf(index.size() + 5).isEmpty());
    }

    void participationsOfUnknownEventsAreIgnored()
    {
        TimelineSource source = handMade();
        source.participations.emplace_back(999, 7);
        source.tags.emplace_back(999, u"ghost"_s);
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Tag);
        QVERIFY(!index.tagNames().contains(u"ghost"_s));
        QCOMPARE(index.laneOfKey(4), -1);
        const TimelineIndex byActor = TimelineIndex::build(source, LaneGrouping::Actor);
        QCOMPARE(byActor.lanes()[std::size_t(byActor.laneOfKey(7))].count(), std::size_t(3));
    }

    void statements_data()
    {
        QTest::addColumn<bool>("sortedSource");
        QTest::newRow("source in time order") << true;
        QTest::newRow("source in reverse time order") << false;
    }
    void statements()
    {
        QFETCH(bool, sortedSource);
        const TimelineIndex index = TimelineIndex::build(handMade(sortedSource), LaneGrouping::Actor);
        const auto laneOf = [&](qint64 key) -> const TimelineIndex::LaneData& {
            return index.lanes()[std::size_t(index.laneOfKey(key))];
        };
        // Each statement in its speaker's lane, speakers without events included; unknown speakers nowhere.
        QCOMPARE(laneOf(5).statementIds, (std::vector<qint64>{100}));
        QCOMPARE(laneOf(9).statementIds, (std::vector<qint64>{104}));
        QCOMPARE(laneOf(3).statementIds, (std::vector<qint64>{103}));
        QCOMPARE(laneOf(3).statementTimes, (std::vector<qint64>{utcMs(2025, 5, 5)}));
        QVERIFY(laneOf(12).statementIds.empty());
        QVERIFY(laneOf(0).statementIds.empty());
        QCOMPARE(index.laneOfKey(77), -1);
        std::size_t all = 0;
        for (const auto& lane : index.lanes())
            all += lane.statementIds.size();
        QCOMPARE(all, std::size_t(5));
        // In time order, ids alongside their times.
        if (!sortedSource) {
        }
        QCOMPARE(laneOf(7).statementTimes, (std::vector<qint64>{utcMs(2025, 1, 15), utcMs(2025, 3, 1)}));
        QCOMPARE(laneOf(7).statementIds, (std::vector<qint64>{102, 101}));
    }

    void noStatementLanesInOtherGroupings()
    {
        for (const LaneGrouping grouping : {LaneGrouping::Kind, LaneGrouping::Tag, LaneGrouping::Single}) {
            const TimelineIndex index = TimelineIndex::build(handMade(), grouping);
            for (const auto& lane : index.lanes())
                QVERIFY(lane.statementTimes.empty());
        }
    }

    void indexOf_data()
    {
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<QList<qint64>>("missing");
        QList<qint64> dense, gaps, sparse, negative;
        for (qint64 k = 1; k <= 60; ++k) {
            dense.append(k);
            gaps.append(3 * k); // at most 4 n: still the dense table
            sparse.append(1000000000LL + 7 * k);
            negative.append(k - 30);
        }
        QTest::newRow("dense 1..n") << dense << QList<qint64>{0, -1, 61, 1000, std::numeric_limits<qint64>::max()};
        QTest::newRow("every third") << gaps << QList<qint64>{0, 1, 2, 4, 179, 181, 240, -3};
        QTest::newRow("sparse, 10^9 + 7k") << sparse
                                           << QList<qint64>{0, 1, 60, 1000000000LL, 1000000001LL, 1000000421LL, -1000000007LL};
        QTest::newRow("zero and negative ids") << negative << QList<qint64>{-30, 31, 100, std::numeric_limits<qint64>::min()};
        QTest::newRow("single id") << QList<qint64>{42} << QList<qint64>{0, 41, 43};
    }
    void indexOf()
    {
        QFETCH(QList<qint64>, ids);
        QFETCH(QList<qint64>, missing);
        // Times in a shuffled order, so that index order differs from id order.
        std::mt19937 random(11);
        QList<qint64> days(ids.size());
        std::iota(days.begin(), days.end(), 0);
        std::shuffle(days.begin(), days.end(), random);
        TimelineSource source;
        for (qsizetype k = 0; k < ids.size(); ++k)
            source.events.push_back(dayEvent(ids[k], QDate(2020, 1, 1).addDays(days[k]), EventKind::Talks));
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Single);
        for (qsizetype k = 0; k < ids.size(); ++k) {
            const qint64 i = index.indexOf(ids[k]);
            QVERIFY2(i >= 0, qPrintable(QString::number(ids[k])));
            QCOMPARE(index.id(std::size_t(i)), ids[k]);
            QCOMPARE(index.start(std::size_t(i)), utcMs(2020, 1, 1) + days[k] * dayMs);
        }
        for (const qint64 id : missing)
            QVERIFY2(index.indexOf(id) == -1, qPrintable(QString::number(id)));
    }

    void empty_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::newRow("actor") << LaneGrouping::Actor;
        QTest::newRow("kind") << LaneGrouping::Kind;
        QTest::newRow("tag") << LaneGrouping::Tag;
        QTest::newRow("single") << LaneGrouping::Single;
    }
    void empty()
    {
        QFETCH(LaneGrouping, grouping);
        const TimelineIndex index = TimelineIndex::build(TimelineSource{}, grouping);
        QVERIFY(index.isEmpty());
        QCOMPARE(index.size(), std::size_t(0));
        QVERIFY(index.lanes().empty());
        QCOMPARE(index.spanStart(), qint64(0));
        QCOMPARE(index.spanEnd(), qint64(0));
        QCOMPARE(index.indexOf(1), qint64(-1));
        QVERIFY(index.bytes() > 0);
    }

    void syntheticIsConsistent_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::newRow("actor") << LaneGrouping::Actor;
        QTest::newRow("kind") << LaneGrouping::Kind;
        QTest::newRow("tag") << LaneGrouping::Tag;
        QTest::newRow("single") << LaneGrouping::Single;
    }
    void syntheticIsConsistent()
    {
        QFETCH(LaneGrouping, grouping);
        const TimelineSource source = synthetic(3000, 40, 5, [](int k) { return qint64(3000 - k); });
        const TimelineIndex index = TimelineIndex::build(source, grouping);
        verifyConsistent(index, source);
        // Lanes by falling count, the catch-all last (kinds excepted: they keep their order).
        const auto& lanes = index.lanes();
        for (std::size_t k = 1; k < lanes.size(); ++k) {
            if (grouping == LaneGrouping::Kind) {
                QVERIFY(lanes[k - 1].key < lanes[k].key);
            } else if (lanes[k].key != 0) {
                QVERIFY(lanes[k - 1].key != 0);
                QVERIFY(lanes[k - 1].count() >= lanes[k].count());
            }
        }
    }

    void applyMatchesBuild_data()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::addColumn<bool>("sparseIds");
        for (const bool sparse : {false, true}) {
            const char* ids = sparse ? "sparse ids" : "dense ids";
            QTest::addRow("actor, %s", ids) << LaneGrouping::Actor << sparse;
            QTest::addRow("kind, %s", ids) << LaneGrouping::Kind << sparse;
            QTest::addRow("tag, %s", ids) << LaneGrouping::Tag << sparse;
            QTest::addRow("single, %s", ids) << LaneGrouping::Single << sparse;
        }
    }
    // Random edits (add, move, retime, change kind, participants and tags, remove, statements added, moved and
    // removed, actors renamed) applied to an index one change at a time leave it as a fresh build of the changed source
    // would be; and the patch it returns lets a per-slot array follow its slots.
    void applyMatchesBuild()
    {
        QFETCH(LaneGrouping, grouping);
        QFETCH(bool, sparseIds);
        const auto idOf = [sparseIds](int k) { return sparseIds ? 1000000000LL + 13LL * k : qint64(k + 1); };
        TimelineSource source = synthetic(400, 12, 5, idOf);
        for (int k = 0; k < 40; ++k)
            source.statements.push_back(StatementMark{5000 + k, 1 + k % 12, utcMs(2000, 1, 1) + k * 30 * dayMs});
        TimelineIndex index = TimelineIndex::build(source, grouping);
        std::vector<qint64> follower; // per slot: the event's id, kept by replaying patches
        for (std::size_t i = 0; i < index.size(); ++i)
            follower.push_back(index.id(i));

        std::mt19937 random(99);
        std::uniform_int_distribution<int> percent(0, 99);
        int nextEvent = 400;
        qint64 nextStatement = 6000;
        const QStringList tagNames{u"trade"_s, u"energy"_s, u"talks"_s, u"new tag"_s};
        for (int step = 0; step < 300; ++step) {
            std::set<qint64> events, statements;
            const int what = percent(random);
            const auto anyEvent = [&]() -> EventBounds& {
                return source.events[std::size_t(random() % source.events.size())];
            };
            if (what < 20 || source.events.empty()) { // a new event, by a new or an existing actor, maybe tagged
                const qint64 id = idOf(nextEvent++);
                const qint64 start = utcMs(1996, 1, 1) + qint64(random() % 10000) * dayMs;
                source.events.push_back(EventBounds{id, start, start + (what % 3 == 0 ? 5 : 1) * dayMs - 1,
                    EventKind(what % eventKindCount), EventStatus::Occurred, DatePrecision::Day, false, false});
                if (what % 4 != 0)
                    source.participations.emplace_back(id, 1 + what % 16); // 13..16 are new actors
                if (what % 5 == 0)
                    source.tags.emplace_back(id, tagNames[what % tagNames.size()]);
                events.insert(id);
            } else if (what < 40) { // moved in time, or retimed to a long one
                EventBounds& e = anyEvent();
                const qint64 length = what % 2 ? e.latest - e.earliest : 40 * dayMs;
                e.earliest += (qint64(random() % 200) - 100) * dayMs;
                e.latest = e.earliest + length;
                events.insert(e.id);
            } else if (what < 50) { // another kind and status
                EventBounds& e = anyEvent();
                e.kind = EventKind((int(e.kind) + 1) % eventKindCount);
                e.status = e.status == EventStatus::Planned ? EventStatus::Occurred : EventStatus::Planned;
                events.insert(e.id);
            } else if (what < 62) { // participants: one more, or none
                const qint64 id = anyEvent().id;
                if (what % 2)
                    std::erase_if(source.participations, [id](const auto& p) { return p.first == id; });
                else if (!std::count(source.participations.begin(), source.participations.end(), std::pair(id, qint64(1 + what % 15))))
                    source.participations.emplace_back(id, 1 + what % 15); // a project holds a participation once
                events.insert(id);
            } else if (what < 70) { // tags
                const qint64 id = anyEvent().id;
                std::erase_if(source.tags, [id](const auto& t) { return t.first == id; });
                if (what % 2)
                    source.tags.emplace_back(id, tagNames[what % tagNames.size()]);
                events.insert(id);
            } else if (what < 82) { // removed, sometimes two at once
                for (int k = 0; k < 1 + what % 2 && !source.events.empty(); ++k) {
                    const auto at = source.events.begin() + qint64(random() % source.events.size());
                    const qint64 id = at->id;
                    source.events.erase(at);
                    std::erase_if(source.participations, [id](const auto& p) { return p.first == id; });
                    std::erase_if(source.tags, [id](const auto& t) { return t.first == id; });
                    events.insert(id);
                }
            } else if (what < 92) { // a statement added, moved or removed
                if (what % 3 == 0 || source.statements.empty()) {
                    source.statements.push_back(
                        StatementMark{nextStatement, 1 + what % 12, utcMs(2001, 1, 1) + what * dayMs});
                    statements.insert(nextStatement++);
                } else {
                    const auto at = source.statements.begin() + qint64(random() % source.statements.size());
                    statements.insert(at->id);
                    if (what % 3 == 1)
                        at->at += 40 * dayMs;
                    else
                        source.statements.erase(at);
                }
            } else { // an actor renamed, or a new one
                const int a = 1 + what % 14;
                bool found = false;
                for (Actor& existing : source.actors) {
                    if (existing.id.value == a) {
                        existing.name += u"*"_s;
                        found = true;
                    }
                }
                if (!found)
                    source.actors.append(actor(a, u"Actor %1"_s.arg(a)));
            }
            const auto patch = index.apply(deltaFor(source, events, statements));
            QVERIFY2(patch.has_value(), qPrintable(u"step %1"_s.arg(step)));
            for (const quint32 removed : patch->removed) {
                follower[removed] = follower.back();
                follower.pop_back();
            }
            QCOMPARE(patch->firstNew, follower.size());
            for (std::size_t i = follower.size(); i < index.size(); ++i)
                follower.push_back(index.id(i));
            for (std::size_t i = 0; i < index.size(); ++i)
                QCOMPARE(follower[i], index.id(i));

            if (step % 10 == 0 || step == 299) {
                verifyConsistent(index, source);
                // Lanes of actors the index never saw a name for are labelled as build() labels them.
                const TimelineIndex built = TimelineIndex::build(source, grouping);
                const QStringList got = describe(index);
                const QStringList want = describe(built);
                for (qsizetype k = 0; k < std::min(got.size(), want.size()); ++k)
                    QCOMPARE(got[k], want[k]);
                QCOMPARE(got.size(), want.size());
                // The events table's catalog, in time order, with each event's own status and kind.
                const EventCatalog catalog = index.catalog();
                QCOMPARE(catalog.ids, built.catalog().ids);
                QVERIFY(!catalog.hasText());
                QHash<qint64, EventBounds> byId;
                for (const EventBounds& e : source.events)
                    byId.insert(e.id, e);
                for (std::size_t k = 0; k < catalog.size(); ++k) {
                    const EventBounds e = byId.value(catalog.ids[k]);
                    QCOMPARE(catalog.earliest[k], e.earliest);
                    QCOMPARE(catalog.latest[k], e.latest);
                    QCOMPARE(catalog.kinds[k], e.kind);
                    QCOMPARE(catalog.statuses[k], e.status);
                }
            }
        }
    }

    void applyKeepsTheIndexWhenIdsAreTooSparse()
    {
        const TimelineSource source = synthetic(100, 5, 1, [](int k) { return qint64(k + 1); });
        TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Actor);
        const QStringList before = describe(index);
        TimelineDelta delta;
        delta.events = {50, 5000000};
        delta.fresh.events = {dayEvent(5000000, QDate(2020, 1, 1), EventKind::Call)};
        QVERIFY(!index.apply(delta).has_value());
        QCOMPARE(describe(index), before);
        // A near id is patched in.
        delta.events = {50, 101};
        delta.fresh.events = {dayEvent(101, QDate(2020, 1, 1), EventKind::Call)};
        QVERIFY(index.apply(delta).has_value());
        QCOMPARE(index.size(), std::size_t(100)); // 50 gone, 101 in
        QCOMPARE(index.indexOf(50), qint64(-1));
        QVERIFY(index.indexOf(101) >= 0);
    }

    void roomForTheFirstEdits()
    {
        // A big index and the table's catalog are built with room to grow, so that the first events added move
        // none of their arrays (a copy of every array at a million events froze the first edit for 150 ms).
        constexpr int n = 20000;
        const TimelineSource source = synthetic(n, 50, 7, [](int k) { return qint64(k + 1); });
        TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Actor);
        const std::size_t room = index.roomForEvents();
        QVERIFY2(room >= std::size_t(n / 8), qPrintable(QString::number(room)));
        const EventCatalog catalog = index.catalog();
        QVERIFY(catalog.ids.capacity() >= catalog.ids.size() + std::size_t(n / 8));
        TimelineDelta delta;
        EventBounds added = source.events.front();
        added.id = n + 1;
        delta.events = {added.id};
        delta.fresh.events = {added};
        QVERIFY(index.apply(delta).has_value());
        QCOMPARE(index.size(), std::size_t(n + 1));
        QCOMPARE(index.roomForEvents(), room - 1); // taken from the room, not moved
    }

    void memoryFor100kEvents()
    {
        constexpr int n = 100000;
        const TimelineSource source = synthetic(n, 200, 42, [](int k) { return qint64(k + 1); });
        const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Actor);
        QCOMPARE(index.size(), std::size_t(n));
        QCOMPARE(index.lanes().size(), std::size_t(200)); // every actor takes part in something; no catch-all
        const std::size_t bytes = index.bytes();
        const double perEvent = double(bytes) / n;
        qInfo("index of %d events: %zu bytes, %.1f bytes/event", n, bytes, perEvent);
        QVERIFY(bytes > 0);
        QVERIFY2(perEvent < 200, qPrintable(QString::number(perEvent)));
        // At least the event arrays themselves (ids, starts, ends: 24 bytes an event) are counted.
        QVERIFY2(perEvent >= 24, qPrintable(QString::number(perEvent)));
        // Sparse ids cost the sorted id table instead of the dense one, and stay under the budget too.
        const TimelineSource sparse = synthetic(n, 200, 42, [](int k) { return 1000000000LL + 13LL * k; });
        const TimelineIndex sparseIndex = TimelineIndex::build(sparse, LaneGrouping::Actor);
        QVERIFY(double(sparseIndex.bytes()) / n < 200);
        QCOMPARE(sparseIndex.id(std::size_t(sparseIndex.indexOf(1000000000LL + 13LL * 777))), 1000000000LL + 13LL * 777);
    }
};

QTEST_GUILESS_MAIN(TestTimelineIndex)
#include "tst_timelineindex.moc"
