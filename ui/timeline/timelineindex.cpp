// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include <algorithm>
#include <numeric>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "eventtablemodel.h"
#include "storage/project.h"

namespace attache {
namespace {

/// Compressed rows: for each of `n` items, the values in [offsets[i], offsets[i+1]).
/// Room for the edits to come: the arrays of a big index are allocated a little larger than they are filled, so
/// that the first events added do not move them all (untouched room costs no resident memory).
std::size_t withHeadroom(std::size_t n)
{
    return n + n / 8 + 1024;
}

template<typename Value>
void buildCsr(std::size_t n, const std::vector<std::pair<quint32, Value>>& pairs, std::vector<quint32>& offsets,
    std::vector<Value>& values)
{
    offsets.assign(n + 1, 0);
    for (const auto& [item, value] : pairs)
        ++offsets[item + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
    values.reserve(withHeadroom(pairs.size()));
    values.resize(pairs.size());
    std::vector<quint32> fill(offsets.begin(), offsets.end() - 1);
    for (const auto& [item, value] : pairs)
        values[fill[item]++] = value;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::TimelineIndex", text);
}

} // namespace

QString toText(LaneGrouping grouping)
{
    switch (grouping) {
    case LaneGrouping::Actor:
        return QStringLiteral("actor");
    case LaneGrouping::Kind:
        return QStringLiteral("kind");
    case LaneGrouping::Tag:
        return QStringLiteral("tag");
    case LaneGrouping::Single:
        return QStringLiteral("single");
    }
    return {};
}

std::optional<LaneGrouping> laneGroupingFromText(QStringView text)
{
    for (const LaneGrouping g : {LaneGrouping::Actor, LaneGrouping::Kind, LaneGrouping::Tag, LaneGrouping::Single}) {
        if (text == toText(g))
            return g;
    }
    return std::nullopt;
}

TimelineSource TimelineSource::load(const Project& project)
{
    TimelineSource source;
    source.events = project.events().bounds();
    source.participations = project.events().participations();
    source.tags = project.events().tags();
    source.statements = project.statements().marks();
    source.actors = project.actors().all();
    return source;
}

TimelineSource TimelineSource::load(
    const Project& project, const std::vector<qint64>& eventIds, const std::vector<qint64>& statementIds)
{
    TimelineSource source;
    source.events = project.events().bounds(eventIds);
    source.participations = project.events().participations(eventIds);
    source.tags = project.events().tags(eventIds);
    source.statements = project.statements().marks(statementIds);
    return source;
}

template<typename Value>
void TimelineIndex::Pool<Value>::append(std::span<const Value> list)
{
    spans.push_back(Span{quint32(values.size()), quint32(list.size())});
    values.insert(values.end(), list.begin(), list.end());
}

template<typename Value>
void TimelineIndex::Pool<Value>::setLast(std::size_t i)
{
    garbage += spans[i].count;
    spans[i] = spans.back();
    spans.pop_back();
}

template<typename Value>
void TimelineIndex::Pool<Value>::compactIfWasteful()
{
    if (garbage < 4096 || garbage * 2 < values.size())
        return;
    std::vector<Value> packed;
    packed.reserve(values.size() - garbage);
    for (Span& span : spans) {
        const quint32 offset = quint32(packed.size());
        packed.insert(packed.end(), values.begin() + span.offset, values.begin() + span.offset + span.count);
        span.offset = offset;
    }
    values.swap(packed);
    garbage = 0;
}

namespace {
/// Pairs (slot, value) grouped by slot into a pool's spans and values.
template<typename Value>
void fillPool(std::size_t n, const std::vector<std::pair<quint32, Value>>& pairs, std::vector<quint32>& scratch,
    std::vector<Value>& values, std::vector<std::pair<quint32, quint32>>& spans)
{
    buildCsr(n, pairs, scratch, values);
    spans.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        spans[i] = {scratch[i], scratch[i + 1] - scratch[i]};
}
} // namespace

quint8 TimelineIndex::flagsOf(const EventBounds& e)
{
    quint8 flags = 0;
    if (e.status == EventStatus::Planned)
        flags |= Planned;
    else if (e.status == EventStatus::Cancelled)
        flags |= Cancelled;
    else if (e.status == EventStatus::Unknown)
        flags |= StatusUnknown;
    if (e.uncertain)
        flags |= Uncertain;
    if (e.approximate)
        flags |= Approximate;
    if (e.precision >= DatePrecision::Day && e.latest - e.earliest < 86400000)
        flags |= Point;
    return flags;
}

TimelineIndex TimelineIndex::build(const TimelineSource& source, LaneGrouping grouping)
{
    TimelineIndex index;
    index.m_grouping = grouping;
    const std::size_t n = source.events.size();

    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const auto inTime = [&](quint32 a, quint32 b) {
        const EventBounds& x = source.events[a];
        const EventBounds& y = source.events[b];
        return std::tie(x.earliest, x.latest, x.id) < std::tie(y.earliest, y.latest, y.id);
    };
    // A project's time index gives them in this order already.
    if (!std::is_sorted(order.begin(), order.end(), inTime))
        std::sort(order.begin(), order.end(), inTime);
    const std::size_t room = withHeadroom(n);
    const auto allocate = [&](auto& slots) {
        slots.reserve(room);
        slots.resize(n);
    };
    allocate(index.m_ids);
    allocate(index.m_starts);
    allocate(index.m_ends);
    allocate(index.m_kinds);
    allocate(index.m_flags);
    allocate(index.m_byTime);
    index.m_byId.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const EventBounds& e = source.events[order[i]];
        index.m_ids[i] = e.id;
        index.m_starts[i] = e.earliest;
        index.m_ends[i] = e.latest;
        index.m_kinds[i] = quint8(e.kind);
        index.m_flags[i] = flagsOf(e);
        index.m_byId[i] = {e.id, quint32(i)};
        index.m_byTime[i] = quint32(i); // built in time order
    }
    // Ids are usually dense (1..n with a few gaps): then a plain array maps them, else a sorted list.
    const qint64 maxId = n ? std::max_element(index.m_ids.begin(), index.m_ids.end()).operator*() : 0;
    if (maxId > 0 && maxId <= qint64(4 * n) && std::all_of(index.m_ids.begin(), index.m_ids.end(), [](qint64 id) { return id > 0; })) {
        index.m_denseIndex.reserve(withHeadroom(std::size_t(maxId) + 1));
        index.m_denseIndex.assign(std::size_t(maxId) + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            index.m_denseIndex[std::size_t(index.m_ids[i])] = quint32(i + 1);
        std::vector<std::pair<qint64, quint32>>().swap(index.m_byId);
    } else {
        std::sort(index.m_byId.begin(), index.m_byId.end());
    }
    index.recomputeSpan();

    std::vector<quint32> scratch;
    std::vector<std::pair<quint32, quint32>> spans;
    const auto toSpans = [&](auto& pool) {
        pool.spans.reserve(room);
        pool.spans.resize(n);
        for (std::size_t i = 0; i < n; ++i)
            pool.spans[i] = Span{spans[i].first, spans[i].second};
    };

    // Participants of every event.
    std::vector<std::pair<quint32, qint64>> actorPairs;
    actorPairs.reserve(source.participations.size());
    for (const auto& [eventId, actorId] : source.participations) {
        const qint64 i = index.indexOf(eventId);
        if (i >= 0)
            actorPairs.emplace_back(quint32(i), actorId);
    }
    fillPool(n, actorPairs, scratch, index.m_actors.values, spans);
    toSpans(index.m_actors);
    std::vector<std::pair<quint32, qint64>>().swap(actorPairs);

    // Tags, numbered by first appearance.
    std::vector<std::pair<quint32, quint16>> tagPairs;
    for (const auto& [eventId, tag] : source.tags) {
        const qint64 i = index.indexOf(eventId);
        if (i < 0)
            continue;
        auto number = index.m_tagNumbers.constFind(tag);
        if (number == index.m_tagNumbers.cend()) {
            if (index.m_tagNames.size() >= 65535)
                continue;
            number = index.m_tagNumbers.insert(tag, quint16(index.m_tagNames.size()));
            index.m_tagNames.append(tag);
        }
        tagPairs.emplace_back(quint32(i), *number);
    }
    fillPool(n, tagPairs, scratch, index.m_tags.values, spans);
    toSpans(index.m_tags);

    // Lane keys per event for the grouping (by actor they are the participants, kept once), and the lanes' labels.
    QHash<qint64, QString> labels;
    if (grouping == LaneGrouping::Actor) {
        for (const Actor& a : source.actors)
            labels.insert(a.id.value, a.name);
    } else {
        std::vector<std::pair<quint32, qint64>> keyPairs;
        for (std::size_t i = 0; i < n; ++i) {
            for (const qint64 key : index.keysFor(i))
                keyPairs.emplace_back(quint32(i), key);
        }
        fillPool(n, keyPairs, scratch, index.m_laneKeys.values, spans);
        toSpans(index.m_laneKeys);
    }

    // Lanes: count, order (most events first; kinds in their own order), fill in start order.
    QHash<qint64, int> laneOfKey;
    std::vector<std::pair<qint64, std::size_t>> counts; // key, events
    const auto countKey = [&](qint64 key) {
        auto lane = laneOfKey.constFind(key);
        if (lane == laneOfKey.cend()) {
            lane = laneOfKey.insert(key, int(counts.size()));
            counts.emplace_back(key, 0);
        }
        return std::size_t(*lane);
    };
    for (std::size_t i = 0; i < n; ++i) {
        for (const qint64 key : index.laneKeysOf(i))
            ++counts[countKey(key)].second;
    }
    // Actors who spoke but took part in nothing still get a lane for their statements.
    if (grouping == LaneGrouping::Actor) {
        for (const StatementMark& s : source.statements) {
            if (!laneOfKey.contains(s.speaker) && labels.contains(s.speaker))
                countKey(s.speaker);
        }
    }
    if (grouping != LaneGrouping::Actor) {
        for (const auto& [key, count] : counts)
            labels.insert(key, index.laneLabel(key, {}));
    }
    std::vector<std::size_t> laneOrder(counts.size());
    std::iota(laneOrder.begin(), laneOrder.end(), std::size_t(0));
    std::stable_sort(laneOrder.begin(), laneOrder.end(), [&](std::size_t a, std::size_t b) {
        if (grouping == LaneGrouping::Kind)
            return counts[a].first < counts[b].first;
        if ((counts[a].first == 0) != (counts[b].first == 0))
            return counts[b].first == 0; // the catch-all lane goes last
        if (counts[a].second != counts[b].second)
            return counts[a].second > counts[b].second;
        return labels.value(counts[a].first).compare(labels.value(counts[b].first), Qt::CaseInsensitive) < 0;
    });
    index.m_lanes.resize(counts.size());
    QHash<qint64, int> finalLane;
    for (std::size_t position = 0; position < laneOrder.size(); ++position) {
        const auto& [key, count] = counts[laneOrder[position]];
        LaneData& lane = index.m_lanes[position];
        lane.key = key;
        lane.named = grouping == LaneGrouping::Actor && key != 0 && labels.contains(key);
        lane.label = lane.named ? labels.value(key) : index.laneLabel(key, {});
        lane.events.reserve(count);
        lane.starts.reserve(count);
        finalLane.insert(key, int(position));
    }
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 length = index.m_ends[i] - index.m_starts[i];
        for (const qint64 key : index.laneKeysOf(i)) {
            LaneData& lane = index.m_lanes[std::size_t(finalLane.value(key))];
            if (length <= shortLimit) {
                lane.events.push_back(quint32(i));
                lane.starts.push_back(index.m_starts[i]);
            } else {
                lane.longEvents.push_back(quint32(i));
                lane.longStarts.push_back(index.m_starts[i]);
                lane.longest = std::max(lane.longest, length);
            }
        }
    }
    if (grouping == LaneGrouping::Actor) {
        // In time order whatever order the source gives them in: the renderer searches them by time.
        std::vector<StatementMark> statements = source.statements;
        std::stable_sort(statements.begin(), statements.end(),
            [](const StatementMark& a, const StatementMark& b) { return a.at < b.at; });
        for (const StatementMark& s : statements) {
            const auto lane = finalLane.constFind(s.speaker);
            if (lane == finalLane.cend())
                continue;
            index.m_lanes[std::size_t(*lane)].statementTimes.push_back(s.at);
            index.m_lanes[std::size_t(*lane)].statementIds.push_back(s.id);
        }
    }
    return index;
}

QString TimelineIndex::laneLabel(qint64 key, const std::function<QString(qint64)>& actorName) const
{
    switch (m_grouping) {
    case LaneGrouping::Actor:
        if (key == 0)
            return tr("(no participants)");
        if (actorName) {
            if (QString name = actorName(key); !name.isEmpty())
                return name;
        }
        return QStringLiteral("#%1").arg(key);
    case LaneGrouping::Kind:
        return EventTableModel::kindLabel(EventKind(key));
    case LaneGrouping::Tag:
        return key == 0 ? tr("(untagged)") : m_tagNames.value(qsizetype(key - 1));
    case LaneGrouping::Single:
        return tr("All events");
    }
    return {};
}

std::vector<qint64> TimelineIndex::keysFor(std::size_t i) const
{
    switch (m_grouping) {
    case LaneGrouping::Actor: {
        const auto actors = actorsOf(i);
        return actors.empty() ? std::vector<qint64>{0} : std::vector<qint64>(actors.begin(), actors.end());
    }
    case LaneGrouping::Kind:
        return {qint64(m_kinds[i])};
    case LaneGrouping::Tag: {
        const auto tags = m_tags.of(i);
        if (tags.empty())
            return {0};
        std::vector<qint64> keys;
        for (const quint16 t : tags)
            keys.push_back(qint64(t) + 1);
        return keys;
    }
    case LaneGrouping::Single:
        return {0};
    }
    return {};
}

void TimelineIndex::recomputeSpan()
{
    if (m_ids.empty()) {
        m_spanStart = m_spanEnd = 0;
        return;
    }
    m_spanStart = m_starts[m_byTime.front()];
    m_spanEnd = *std::max_element(m_ends.begin(), m_ends.end());
}

bool TimelineIndex::lessInTime(quint32 a, quint32 b) const
{
    return std::tie(m_starts[a], m_ends[a], m_ids[a]) < std::tie(m_starts[b], m_ends[b], m_ids[b]);
}

std::size_t TimelineIndex::rankOf(std::size_t i) const
{
    const auto it = std::lower_bound(m_byTime.begin(), m_byTime.end(), quint32(i),
        [this](quint32 a, quint32 b) { return lessInTime(a, b); });
    return std::size_t(it - m_byTime.begin());
}

std::size_t TimelineIndex::rankAtOrAfter(qint64 ms) const
{
    const auto it = std::lower_bound(
        m_byTime.begin(), m_byTime.end(), ms, [this](quint32 slot, qint64 t) { return m_starts[slot] < t; });
    return std::size_t(it - m_byTime.begin());
}

bool TimelineIndex::idFits(qint64 id) const
{
    if (indexOf(id) >= 0 || m_denseIndex.empty())
        return true; // sparse ids: any id fits the sorted list
    return id > 0 && (id < qint64(m_denseIndex.size()) || id <= qint64(4 * (m_ids.size() + 1)) + 1024);
}

void TimelineIndex::setSlotOfId(qint64 id, qint64 slot)
{
    if (!m_denseIndex.empty()) {
        if (id >= qint64(m_denseIndex.size()))
            m_denseIndex.resize(std::size_t(id) + 1, 0);
        m_denseIndex[std::size_t(id)] = quint32(slot + 1);
        return;
    }
    auto it = std::lower_bound(
        m_byId.begin(), m_byId.end(), id, [](const auto& entry, qint64 key) { return entry.first < key; });
    const bool found = it != m_byId.end() && it->first == id;
    if (slot < 0) {
        if (found)
            m_byId.erase(it);
    } else if (found) {
        it->second = quint32(slot);
    } else {
        m_byId.insert(it, {id, quint32(slot)});
    }
}

namespace {
/// Where `slot` (starting at `start`) sits in a lane's parallel arrays, or -1.
qint64 locate(const std::vector<quint32>& events, const std::vector<qint64>& starts, qint64 start, quint32 slot)
{
    for (auto k = std::size_t(std::lower_bound(starts.begin(), starts.end(), start) - starts.begin());
         k < starts.size() && starts[k] == start; ++k) {
        if (events[k] == slot)
            return qint64(k);
    }
    return -1;
}
} // namespace

void TimelineIndex::forEachPlacement(std::size_t i,
    const std::function<void(LaneData&, std::vector<quint32>&, std::vector<qint64>&, std::size_t)>& place)
{
    const bool isLong = m_ends[i] - m_starts[i] > shortLimit;
    for (const qint64 key : keysFor(i)) {
        const int l = laneOfKey(key);
        if (l < 0)
            continue;
        LaneData& lane = m_lanes[std::size_t(l)];
        auto& events = isLong ? lane.longEvents : lane.events;
        auto& starts = isLong ? lane.longStarts : lane.starts;
        const qint64 k = locate(events, starts, m_starts[i], quint32(i));
        if (k >= 0)
            place(lane, events, starts, std::size_t(k));
    }
}

void TimelineIndex::removeSlot(std::size_t i)
{
    const qint64 length = m_ends[i] - m_starts[i];
    forEachPlacement(i, [this, length](LaneData& lane, std::vector<quint32>& events, std::vector<qint64>& starts, std::size_t k) {
        events.erase(events.begin() + qint64(k));
        starts.erase(starts.begin() + qint64(k));
        if (length > shortLimit && length >= lane.longest) {
            lane.longest = 0;
            for (const quint32 j : lane.longEvents)
                lane.longest = std::max(lane.longest, m_ends[j] - m_starts[j]);
        }
    });
    m_byTime.erase(m_byTime.begin() + qint64(rankOf(i)));
    setSlotOfId(m_ids[i], -1);

    const std::size_t last = m_ids.size() - 1;
    if (i != last) {
        // The last slot moves into the hole: its lanes, its place in time and its id follow it.
        forEachPlacement(last, [i](LaneData&, std::vector<quint32>& events, std::vector<qint64>&, std::size_t k) {
            events[k] = quint32(i);
        });
        m_byTime[rankOf(last)] = quint32(i);
        setSlotOfId(m_ids[last], qint64(i));
        m_ids[i] = m_ids[last];
        m_starts[i] = m_starts[last];
        m_ends[i] = m_ends[last];
        m_kinds[i] = m_kinds[last];
        m_flags[i] = m_flags[last];
    }
    m_ids.pop_back();
    m_starts.pop_back();
    m_ends.pop_back();
    m_kinds.pop_back();
    m_flags.pop_back();
    m_actors.setLast(i);
    m_tags.setLast(i);
    if (m_grouping != LaneGrouping::Actor)
        m_laneKeys.setLast(i);
}

TimelineIndex::LaneData& TimelineIndex::laneFor(qint64 key, const std::function<QString(qint64)>& actorName)
{
    const int existing = laneOfKey(key);
    if (existing >= 0)
        return m_lanes[std::size_t(existing)];
    // A new lane goes where build() would put a lane of few events: kinds in their order, others before the
    // catch-all lane.
    auto at = m_lanes.end();
    if (m_grouping == LaneGrouping::Kind) {
        at = std::find_if(m_lanes.begin(), m_lanes.end(), [key](const LaneData& lane) { return lane.key > key; });
    } else if (key != 0 && !m_lanes.empty() && m_lanes.back().key == 0) {
        at = m_lanes.end() - 1;
    }
    LaneData lane;
    lane.key = key;
    lane.label = laneLabel(key, actorName);
    lane.named = m_grouping == LaneGrouping::Actor && key != 0 && actorName && !actorName(key).isEmpty();
    return *m_lanes.insert(at, std::move(lane));
}

void TimelineIndex::addEvent(const EventBounds& e, std::span<const qint64> actors, std::span<const QString> tags,
    const std::function<QString(qint64)>& actorName)
{
    const std::size_t i = m_ids.size();
    m_ids.push_back(e.id);
    m_starts.push_back(e.earliest);
    m_ends.push_back(e.latest);
    m_kinds.push_back(quint8(e.kind));
    m_flags.push_back(flagsOf(e));
    setSlotOfId(e.id, qint64(i));
    m_actors.append(actors);
    std::vector<quint16> numbers;
    for (const QString& tag : tags) {
        auto number = m_tagNumbers.constFind(tag);
        if (number == m_tagNumbers.cend()) {
            number = m_tagNumbers.insert(tag, quint16(m_tagNames.size()));
            m_tagNames.append(tag);
        }
        numbers.push_back(*number);
    }
    m_tags.append(numbers);
    const std::vector<qint64> keys = keysFor(i);
    if (m_grouping != LaneGrouping::Actor)
        m_laneKeys.append(keys);

    const qint64 length = e.latest - e.earliest;
    for (const qint64 key : keys) {
        LaneData& lane = laneFor(key, actorName);
        auto& events = length <= shortLimit ? lane.events : lane.longEvents;
        auto& starts = length <= shortLimit ? lane.starts : lane.longStarts;
        const auto at = std::upper_bound(starts.begin(), starts.end(), e.earliest) - starts.begin();
        starts.insert(starts.begin() + at, e.earliest);
        events.insert(events.begin() + at, quint32(i));
        if (length > shortLimit)
            lane.longest = std::max(lane.longest, length);
    }
    const auto at = std::upper_bound(m_byTime.begin(), m_byTime.end(), quint32(i),
        [this](quint32 a, quint32 b) { return lessInTime(a, b); });
    m_byTime.insert(at, quint32(i));
}

void TimelineIndex::removeStatement(qint64 id)
{
    for (LaneData& lane : m_lanes) {
        const auto it = std::find(lane.statementIds.begin(), lane.statementIds.end(), id);
        if (it != lane.statementIds.end()) {
            const auto k = it - lane.statementIds.begin();
            lane.statementIds.erase(it);
            lane.statementTimes.erase(lane.statementTimes.begin() + k);
            return;
        }
    }
}

void TimelineIndex::addStatement(const StatementMark& mark, const std::function<QString(qint64)>& actorName)
{
    if (m_grouping != LaneGrouping::Actor)
        return;
    if (laneOfKey(mark.speaker) < 0 && (mark.speaker == 0 || !actorName || actorName(mark.speaker).isEmpty()))
        return; // as in build(): a lane of statements only for an actor that exists
    LaneData& lane = laneFor(mark.speaker, actorName);
    const auto at = std::upper_bound(lane.statementTimes.begin(), lane.statementTimes.end(), mark.at)
        - lane.statementTimes.begin();
    lane.statementTimes.insert(lane.statementTimes.begin() + at, mark.at);
    lane.statementIds.insert(lane.statementIds.begin() + at, mark.id);
}

void TimelineIndex::dropEmptyLanes()
{
    // As build() makes them: a lane for events, or for the statements of an actor of the project.
    std::erase_if(m_lanes,
        [](const LaneData& lane) { return lane.count() == 0 && (lane.statementTimes.empty() || !lane.named); });
}

std::optional<TimelineIndex::Patch> TimelineIndex::apply(const TimelineDelta& delta)
{
    // Check first, change after: a change the index cannot take leaves it as it was.
    for (const EventBounds& e : delta.fresh.events) {
        if (!idFits(e.id))
            return std::nullopt;
    }
    {
        QSet<QString> newTags;
        for (const auto& [eventId, tag] : delta.fresh.tags) {
            if (!m_tagNumbers.contains(tag))
                newTags.insert(tag);
        }
        if (m_tagNames.size() + newTags.size() > 65535)
            return std::nullopt;
    }
    const auto actorName = [&](qint64 id) { return delta.actorNames.value(id); };

    Patch patch;
    bool spanShrinks = false;
    QSet<qint64> seen;
    for (const qint64 id : delta.events) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        const qint64 i = indexOf(id);
        if (i < 0)
            continue;
        spanShrinks = spanShrinks || m_starts[std::size_t(i)] <= m_spanStart || m_ends[std::size_t(i)] >= m_spanEnd;
        patch.removed.push_back(quint32(i));
        removeSlot(std::size_t(i));
    }
    patch.firstNew = m_ids.size();

    QHash<qint64, std::vector<qint64>> actors;
    for (const auto& [eventId, actorId] : delta.fresh.participations) {
        auto& list = actors[eventId];
        if (std::find(list.begin(), list.end(), actorId) == list.end())
            list.push_back(actorId);
    }
    QHash<qint64, std::vector<QString>> tags;
    for (const auto& [eventId, tag] : delta.fresh.tags)
        tags[eventId].push_back(tag);
    const bool wasEmpty = m_ids.empty();
    for (const EventBounds& e : delta.fresh.events) {
        if (indexOf(e.id) >= 0)
            continue; // listed twice
        addEvent(e, actors.value(e.id), tags.value(e.id), actorName);
        if (!wasEmpty && !spanShrinks) {
            m_spanStart = std::min(m_spanStart, e.earliest);
            m_spanEnd = std::max(m_spanEnd, e.latest);
        }
    }
    if (spanShrinks || wasEmpty)
        recomputeSpan();

    for (const qint64 id : delta.statements)
        removeStatement(id);
    for (const StatementMark& mark : delta.fresh.statements)
        addStatement(mark, actorName);

    if (m_grouping == LaneGrouping::Actor) {
        for (LaneData& lane : m_lanes) {
            const auto name = delta.actorNames.constFind(lane.key);
            if (lane.key != 0 && name != delta.actorNames.cend() && !name->isEmpty()) {
                lane.label = *name;
                lane.named = true;
            }
        }
    }
    dropEmptyLanes();
    m_actors.compactIfWasteful();
    m_tags.compactIfWasteful();
    m_laneKeys.compactIfWasteful();
    return patch;
}

qint64 TimelineIndex::indexOf(qint64 eventId) const
{
    if (!m_denseIndex.empty()) {
        return (eventId > 0 && eventId < qint64(m_denseIndex.size())) ? qint64(m_denseIndex[std::size_t(eventId)]) - 1
                                                                       : -1;
    }
    const auto it = std::lower_bound(
        m_byId.begin(), m_byId.end(), eventId, [](const auto& entry, qint64 id) { return entry.first < id; });
    return (it != m_byId.end() && it->first == eventId) ? qint64(it->second) : -1;
}

std::span<const qint64> TimelineIndex::actorsOf(std::size_t i) const
{
    return m_actors.of(i);
}

std::span<const qint64> TimelineIndex::laneKeysOf(std::size_t i) const
{
    if (m_grouping == LaneGrouping::Actor) {
        const auto actors = actorsOf(i);
        static const qint64 none = 0;
        return actors.empty() ? std::span<const qint64>(&none, 1) : actors;
    }
    return m_laneKeys.of(i);
}

QStringList TimelineIndex::tagsOf(std::size_t i) const
{
    QStringList tags;
    for (const quint16 t : m_tags.of(i))
        tags.append(m_tagNames.at(t));
    return tags;
}

QList<Lane> TimelineIndex::laneList() const
{
    QList<Lane> lanes;
    lanes.reserve(qsizetype(m_lanes.size()));
    for (const LaneData& data : m_lanes)
        lanes.append(Lane{data.key, data.label, int(data.count()), false, false});
    return lanes;
}

int TimelineIndex::laneOfKey(qint64 key) const
{
    for (std::size_t i = 0; i < m_lanes.size(); ++i) {
        if (m_lanes[i].key == key)
            return int(i);
    }
    return -1;
}

EventStatus TimelineIndex::status(std::size_t i) const
{
    const quint8 f = m_flags[i];
    return (f & Planned) ? EventStatus::Planned
        : (f & Cancelled) ? EventStatus::Cancelled
        : (f & StatusUnknown) ? EventStatus::Unknown
        : EventStatus::Occurred;
}

std::size_t TimelineIndex::roomForEvents() const
{
    return std::min({m_ids.capacity() - m_ids.size(), m_starts.capacity() - m_starts.size(),
        m_ends.capacity() - m_ends.size(), m_kinds.capacity() - m_kinds.size(), m_flags.capacity() - m_flags.size(),
        m_byTime.capacity() - m_byTime.size()});
}

EventCatalog TimelineIndex::catalog() const
{
    EventCatalog catalog;
    const std::size_t room = withHeadroom(size());
    catalog.ids.reserve(room);
    catalog.earliest.reserve(room);
    catalog.latest.reserve(room);
    catalog.kinds.reserve(room);
    catalog.statuses.reserve(room);
    for (const quint32 i : m_byTime) {
        catalog.ids.push_back(m_ids[i]);
        catalog.earliest.push_back(m_starts[i]);
        catalog.latest.push_back(m_ends[i]);
        catalog.kinds.push_back(EventKind(m_kinds[i]));
        catalog.statuses.push_back(status(i));
    }
    return catalog;
}

std::size_t TimelineIndex::bytes() const
{
    const auto vec = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    std::size_t total = sizeof(*this) + vec(m_ids) + vec(m_starts) + vec(m_ends) + vec(m_kinds) + vec(m_flags)
        + vec(m_byTime) + vec(m_byId) + vec(m_denseIndex) + vec(m_actors.spans) + vec(m_actors.values)
        + vec(m_laneKeys.spans) + vec(m_laneKeys.values) + vec(m_tags.spans) + vec(m_tags.values) + vec(m_lanes);
    for (const LaneData& lane : m_lanes)
        total += vec(lane.events) + vec(lane.starts) + vec(lane.longEvents) + vec(lane.longStarts) + vec(lane.statementTimes) + vec(lane.statementIds)
            + std::size_t(lane.label.capacity()) * 2;
    for (const QString& tag : m_tagNames)
        total += std::size_t(tag.capacity()) * 2 + 24;
    return total;
}

} // namespace attache
