// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineindex.h"

#include <algorithm>
#include <numeric>

#include <QCoreApplication>
#include <QHash>

#include "eventtablemodel.h"
#include "storage/project.h"

namespace attache {
namespace {

/// Compressed rows: for each of `n` items, the values in [offsets[i], offsets[i+1]).
template<typename Value>
void buildCsr(std::size_t n, const std::vector<std::pair<quint32, Value>>& pairs, std::vector<quint32>& offsets,
    std::vector<Value>& values)
{
    offsets.assign(n + 1, 0);
    for (const auto& [item, value] : pairs)
        ++offsets[item + 1];
    std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
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

TimelineIndex TimelineIndex::build(const TimelineSource& source, LaneGrouping grouping)
{
    TimelineIndex index;
    index.m_grouping = grouping;
    const std::size_t n = source.events.size();

    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        const EventBounds& x = source.events[a];
        const EventBounds& y = source.events[b];
        return std::tie(x.earliest, x.latest, x.id) < std::tie(y.earliest, y.latest, y.id);
    });
    index.m_ids.resize(n);
    index.m_starts.resize(n);
    index.m_ends.resize(n);
    index.m_kinds.resize(n);
    index.m_flags.resize(n);
    index.m_byId.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        const EventBounds& e = source.events[order[i]];
        index.m_ids[i] = e.id;
        index.m_starts[i] = e.earliest;
        index.m_ends[i] = e.latest;
        index.m_kinds[i] = quint8(e.kind);
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
        index.m_flags[i] = flags;
        index.m_byId[i] = {e.id, quint32(i)};
    }
    // Ids are usually dense (1..n with a few gaps): then a plain array maps them, else a sorted list.
    const qint64 maxId = n ? std::max_element(index.m_ids.begin(), index.m_ids.end()).operator*() : 0;
    if (maxId > 0 && maxId <= qint64(4 * n) && std::all_of(index.m_ids.begin(), index.m_ids.end(), [](qint64 id) { return id > 0; })) {
        index.m_denseIndex.assign(std::size_t(maxId) + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            index.m_denseIndex[std::size_t(index.m_ids[i])] = quint32(i + 1);
        std::vector<std::pair<qint64, quint32>>().swap(index.m_byId);
    } else {
        std::sort(index.m_byId.begin(), index.m_byId.end());
    }
    if (n > 0) {
        index.m_spanStart = index.m_starts.front();
        index.m_spanEnd = *std::max_element(index.m_ends.begin(), index.m_ends.end());
    }

    // Participants of every event, as CSR in start order.
    std::vector<std::pair<quint32, qint64>> actorPairs;
    actorPairs.reserve(source.participations.size());
    for (const auto& [eventId, actorId] : source.participations) {
        const qint64 i = index.indexOf(eventId);
        if (i >= 0)
            actorPairs.emplace_back(quint32(i), actorId);
    }
    buildCsr(n, actorPairs, index.m_actorOffsets, index.m_actors);

    // Tags, numbered by first appearance.
    QHash<QString, quint16> tagNumbers;
    std::vector<std::pair<quint32, quint16>> tagPairs;
    for (const auto& [eventId, tag] : source.tags) {
        const qint64 i = index.indexOf(eventId);
        if (i < 0)
            continue;
        auto number = tagNumbers.constFind(tag);
        if (number == tagNumbers.cend()) {
            if (index.m_tagNames.size() >= 65535)
                continue;
            number = tagNumbers.insert(tag, quint16(index.m_tagNames.size()));
            index.m_tagNames.append(tag);
        }
        tagPairs.emplace_back(quint32(i), *number);
    }
    buildCsr(n, tagPairs, index.m_tagOffsets, index.m_tagIds);

    // Lane keys per event for the grouping, and the lanes' labels.
    QHash<qint64, QString> labels;
    std::vector<std::pair<quint32, qint64>> keyPairs;
    switch (grouping) {
    case LaneGrouping::Actor:
        for (const Actor& a : source.actors)
            labels.insert(a.id.value, a.name);
        for (std::size_t i = 0; i < n; ++i) {
            const auto actors = index.actorsOf(i);
            if (actors.empty())
                keyPairs.emplace_back(quint32(i), 0);
        }
        labels.insert(0, tr("(no participants)"));
        break;
    case LaneGrouping::Kind:
        for (std::size_t i = 0; i < n; ++i) {
            keyPairs.emplace_back(quint32(i), index.m_kinds[i]);
            labels.insert(index.m_kinds[i], EventTableModel::kindLabel(EventKind(index.m_kinds[i])));
        }
        break;
    case LaneGrouping::Tag:
        for (std::size_t i = 0; i < n; ++i) {
            const quint32 from = index.m_tagOffsets[i];
            const quint32 to = index.m_tagOffsets[i + 1];
            if (from == to)
                keyPairs.emplace_back(quint32(i), 0);
            for (quint32 t = from; t < to; ++t)
                keyPairs.emplace_back(quint32(i), qint64(index.m_tagIds[t]) + 1);
        }
        for (qsizetype t = 0; t < index.m_tagNames.size(); ++t)
            labels.insert(t + 1, index.m_tagNames[t]);
        labels.insert(0, tr("(untagged)"));
        break;
    case LaneGrouping::Single:
        for (std::size_t i = 0; i < n; ++i)
            keyPairs.emplace_back(quint32(i), 0);
        labels.insert(0, tr("All events"));
        break;
    }
    if (grouping == LaneGrouping::Actor) {
        // Events with participants sit in each participant's lane; the rest in the "(no participants)" lane.
        std::vector<std::pair<quint32, qint64>> all;
        all.reserve(actorPairs.size() + keyPairs.size());
        std::size_t k = 0;
        for (std::size_t i = 0; i < n; ++i) {
            for (quint32 a = index.m_actorOffsets[i]; a < index.m_actorOffsets[i + 1]; ++a)
                all.emplace_back(quint32(i), index.m_actors[a]);
            if (k < keyPairs.size() && keyPairs[k].first == i)
                all.push_back(keyPairs[k++]);
        }
        keyPairs.swap(all);
        index.m_laneKeyOffsets = {};
    } else {
        buildCsr(n, keyPairs, index.m_laneKeyOffsets, index.m_laneKeys);
    }

    // Lanes: count, order (most events first; kinds in their own order), fill in start order.
    QHash<qint64, int> laneOfKey;
    std::vector<std::pair<qint64, std::size_t>> counts; // key, events
    for (const auto& [i, key] : keyPairs) {
        auto lane = laneOfKey.constFind(key);
        if (lane == laneOfKey.cend()) {
            lane = laneOfKey.insert(key, int(counts.size()));
            counts.emplace_back(key, 0);
        }
        ++counts[std::size_t(*lane)].second;
    }
    // Actors who spoke but took part in nothing still get a lane for their statements.
    if (grouping == LaneGrouping::Actor) {
        for (const StatementMark& s : source.statements) {
            if (!laneOfKey.contains(s.speaker) && labels.contains(s.speaker)) {
                laneOfKey.insert(s.speaker, int(counts.size()));
                counts.emplace_back(s.speaker, 0);
            }
        }
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
        lane.label = labels.value(key, QStringLiteral("#%1").arg(key));
        lane.events.reserve(count);
        lane.starts.reserve(count);
        finalLane.insert(key, int(position));
    }
    for (const auto& [i, key] : keyPairs) {
        LaneData& lane = index.m_lanes[std::size_t(finalLane.value(key))];
        const qint64 length = index.m_ends[i] - index.m_starts[i];
        if (length <= shortLimit) {
            lane.events.push_back(i);
            lane.starts.push_back(index.m_starts[i]);
        } else {
            lane.longEvents.push_back(i);
            lane.longStarts.push_back(index.m_starts[i]);
            lane.longest = std::max(lane.longest, length);
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
    if (i + 1 >= m_actorOffsets.size())
        return {};
    return std::span<const qint64>(m_actors.data() + m_actorOffsets[i], m_actorOffsets[i + 1] - m_actorOffsets[i]);
}

std::span<const qint64> TimelineIndex::laneKeysOf(std::size_t i) const
{
    if (m_grouping == LaneGrouping::Actor) {
        const auto actors = actorsOf(i);
        static const qint64 none = 0;
        return actors.empty() ? std::span<const qint64>(&none, 1) : actors;
    }
    if (i + 1 >= m_laneKeyOffsets.size())
        return {};
    return std::span<const qint64>(m_laneKeys.data() + m_laneKeyOffsets[i], m_laneKeyOffsets[i + 1] - m_laneKeyOffsets[i]);
}

QStringList TimelineIndex::tagsOf(std::size_t i) const
{
    QStringList tags;
    if (i + 1 >= m_tagOffsets.size())
        return tags;
    for (quint32 t = m_tagOffsets[i]; t < m_tagOffsets[i + 1]; ++t)
        tags.append(m_tagNames.at(m_tagIds[t]));
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

std::size_t TimelineIndex::bytes() const
{
    const auto vec = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    std::size_t total = sizeof(*this) + vec(m_ids) + vec(m_starts) + vec(m_ends) + vec(m_kinds) + vec(m_flags)
        + vec(m_byId) + vec(m_denseIndex) + vec(m_actorOffsets) + vec(m_actors) + vec(m_laneKeyOffsets) + vec(m_laneKeys)
        + vec(m_tagOffsets) + vec(m_tagIds) + vec(m_lanes);
    for (const LaneData& lane : m_lanes)
        total += vec(lane.events) + vec(lane.starts) + vec(lane.longEvents) + vec(lane.longStarts) + vec(lane.statementTimes) + vec(lane.statementIds)
            + std::size_t(lane.label.capacity()) * 2;
    for (const QString& tag : m_tagNames)
        total += std::size_t(tag.capacity()) * 2 + 24;
    return total;
}

} // namespace attache
