// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>
#include <vector>

#include <QList>
#include <QString>

#include "lanelayout.h"
#include "model/actor.h"
#include "storage/repositories.h"

namespace attache {

class Project;

/// How events are distributed over lanes.
enum class LaneGrouping : quint8 { Actor, Kind, Tag, Single };
QString toText(LaneGrouping grouping);
std::optional<LaneGrouping> laneGroupingFromText(QStringView text);

/// What the index is built from: read from a project, or made up by benchmarks and tests.
struct TimelineSource
{
    std::vector<EventBounds> events;
    std::vector<std::pair<qint64, qint64>> participations; // (event id, actor id)
    std::vector<std::pair<qint64, QString>> tags; // (event id, tag)
    std::vector<StatementMark> statements;
    QList<Actor> actors;

    static TimelineSource load(const Project& project);
};

/// The timeline's compact in-memory index: events as a struct of arrays sorted by start, and for every lane the
/// events in it (an event sits in each participant's lane) with their start times, for binary search by time.
class TimelineIndex final
{
public:
    enum Flag : quint8 {
        Planned = 1,
        Cancelled = 2,
        StatusUnknown = 4,
        Uncertain = 8,
        Approximate = 16,
        Point = 32, // known to the day or finer and no end: drawn as a marker, not a bar
    };

    /// Events up to this long are "short": a search for what is in view starts this much before it. Longer ones
    /// (known only to the month or year, or multi-day ranges) are kept apart so that one year-long event does not
    /// widen every search.
    static constexpr qint64 shortLimit = 2 * 86400000LL;

    struct LaneData
    {
        qint64 key = 0;
        QString label;
        std::vector<quint32> events; // short events: indexes into the event arrays, by start
        std::vector<qint64> starts; // their starts, for binary search
        std::vector<quint32> longEvents; // longer events, by start
        std::vector<qint64> longStarts;
        qint64 longest = 0; // the longest of the longer events
        std::vector<qint64> statementTimes; // statements by the lane's actor, in time order
        std::vector<qint64> statementIds;

        std::size_t count() const { return events.size() + longEvents.size(); }
    };

    TimelineIndex() = default;
    static TimelineIndex build(const TimelineSource& source, LaneGrouping grouping);

    LaneGrouping grouping() const { return m_grouping; }
    std::size_t size() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.empty(); }

    qint64 id(std::size_t i) const { return m_ids[i]; }
    qint64 start(std::size_t i) const { return m_starts[i]; }
    qint64 end(std::size_t i) const { return m_ends[i]; }
    EventKind kind(std::size_t i) const { return EventKind(m_kinds[i]); }
    quint8 flags(std::size_t i) const { return m_flags[i]; }
    const std::vector<qint64>& starts() const { return m_starts; }
    /// The index of an event, or -1.
    qint64 indexOf(qint64 eventId) const;
    /// The lane keys (actor ids for actor lanes) an event appears in.
    std::span<const qint64> laneKeysOf(std::size_t i) const;
    /// The tags of an event.
    QStringList tagsOf(std::size_t i) const;
    /// Every tag in use.
    const QStringList& tagNames() const { return m_tagNames; }
    /// The actors taking part in an event (for filters), whatever the grouping.
    std::span<const qint64> actorsOf(std::size_t i) const;

    const std::vector<LaneData>& lanes() const { return m_lanes; }
    /// Lanes for LaneLayout, in the index's default order.
    QList<Lane> laneList() const;
    /// Which lane holds `key`, or -1.
    int laneOfKey(qint64 key) const;

    qint64 spanStart() const { return m_spanStart; }
    qint64 spanEnd() const { return m_spanEnd; }

    /// Memory held by the index, in bytes.
    std::size_t bytes() const;

private:
    LaneGrouping m_grouping = LaneGrouping::Actor;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<quint8> m_kinds;
    std::vector<quint8> m_flags;
    std::vector<std::pair<qint64, quint32>> m_byId; // sorted by id, when ids are sparse
    std::vector<quint32> m_denseIndex; // id -> index + 1 (0: none), when ids are dense
    std::vector<quint32> m_actorOffsets; // CSR: actors of event i are m_actors[offsets[i] .. offsets[i+1])
    std::vector<qint64> m_actors;
    std::vector<quint32> m_laneKeyOffsets;
    std::vector<qint64> m_laneKeys;
    std::vector<quint32> m_tagOffsets;
    std::vector<quint16> m_tagIds;
    QStringList m_tagNames;
    std::vector<LaneData> m_lanes;
    qint64 m_spanStart = 0;
    qint64 m_spanEnd = 0;
};

} // namespace attache
