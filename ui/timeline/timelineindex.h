// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <span>
#include <vector>

#include <QHash>
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
    /// The same for some events only: their bounds, participations and tags (events no longer in the project are
    /// left out), and the statements among `statementIds` that are still there.
    static TimelineSource load(const Project& project, const std::vector<qint64>& eventIds,
        const std::vector<qint64>& statementIds);
};

/// What changed, for TimelineIndex::apply: events and statements to take out (removed or changed), and their current
/// state to put in (`fresh`: changed and added ones as they are now).
struct TimelineDelta
{
    std::vector<qint64> events; // every event added, changed or removed
    std::vector<qint64> statements; // every statement added, changed or removed
    TimelineSource fresh; // the current state of those still in the project
    QHash<qint64, QString> actorNames; // actors renamed, or needed to label a new lane
};

/// The timeline's compact in-memory index: events as a struct of arrays (one slot each), their slots in time order,
/// and for every lane the events in it (an event sits in each participant's lane) with their start times, for binary
/// search by time. Built once from the project, then kept up to date by apply(): an edit touches only the slots and
/// lanes of the events it changed, so it costs microseconds whatever the project's size.
///
/// Slots are dense (0 .. size()-1) but not in time order once the index has been changed: removing an event moves the
/// last slot into its place, adding one appends a slot. byTime() gives the order.
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
        bool named = false; // labelled with an actor's name: an actor of the project, whose statements keep the lane
        std::vector<qint64> statementTimes; // statements by the lane's actor, in time order
        std::vector<qint64> statementIds;

        std::size_t count() const { return events.size() + longEvents.size(); }
    };

    TimelineIndex() = default;
    static TimelineIndex build(const TimelineSource& source, LaneGrouping grouping);

    /// How apply() moved slots, so that per-slot data kept beside the index (a filter's mask) can follow: replay
    /// `removed` in order, each as "slot s takes the last slot's value, and the last slot goes"; then slots from
    /// `firstNew` on are new.
    struct Patch
    {
        std::vector<quint32> removed;
        std::size_t firstNew = 0;
    };
    /// Brings the index up to date with a change. Returns nothing when the change is one it does not patch (then the
    /// caller builds it afresh): an actor removed, or ids too sparse for the id map.
    std::optional<Patch> apply(const TimelineDelta& delta);

    LaneGrouping grouping() const { return m_grouping; }
    std::size_t size() const { return m_ids.size(); }
    bool isEmpty() const { return m_ids.empty(); }

    qint64 id(std::size_t i) const { return m_ids[i]; }
    qint64 start(std::size_t i) const { return m_starts[i]; }
    qint64 end(std::size_t i) const { return m_ends[i]; }
    EventKind kind(std::size_t i) const { return EventKind(m_kinds[i]); }
    quint8 flags(std::size_t i) const { return m_flags[i]; }
    /// The event's status, from its flags.
    EventStatus status(std::size_t i) const;
    /// Slots in time order (by start, end, id).
    const std::vector<quint32>& byTime() const { return m_byTime; }
    /// The position in byTime() of the first event starting at or after `ms`.
    std::size_t rankAtOrAfter(qint64 ms) const;
    /// The position in byTime() of slot `i`.
    std::size_t rankOf(std::size_t i) const;
    /// The slot of an event, or -1.
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

    /// The events' catalog without text (ids, bounds, kinds, statuses), in time order: what the events table needs.
    EventCatalog catalog() const;

    /// Memory held by the index, in bytes.
    std::size_t bytes() const;
    /// Events that can be added before the index's event arrays have to move: they are built with room for an
    /// eighth more, so that the first edits of a big project do not copy them all.
    std::size_t roomForEvents() const;

private:
    struct Span
    {
        quint32 offset = 0;
        quint32 count = 0;
    };
    template<typename Value>
    struct Pool
    {
        std::vector<Span> spans; // per slot
        std::vector<Value> values;
        std::size_t garbage = 0; // values no span refers to any more
        std::span<const Value> of(std::size_t i) const
        {
            return i < spans.size() ? std::span<const Value>(values.data() + spans[i].offset, spans[i].count)
                                    : std::span<const Value>();
        }
        void append(std::span<const Value> list);
        void setLast(std::size_t i); // slot i takes the last slot's span, and the last goes
        void compactIfWasteful();
    };

    bool idFits(qint64 id) const;
    QString laneLabel(qint64 key, const std::function<QString(qint64)>& actorName) const;
    void setSlotOfId(qint64 id, qint64 slot);
    void removeSlot(std::size_t i);
    void addEvent(const EventBounds& e, std::span<const qint64> actors, std::span<const QString> tags,
        const std::function<QString(qint64)>& actorName);
    std::vector<qint64> keysFor(std::size_t i) const;
    LaneData& laneFor(qint64 key, const std::function<QString(qint64)>& actorName);
    /// For each lane slot `i` sits in: `place(lane, events, starts, k)` with its place k in the lane's short or long
    /// arrays.
    void forEachPlacement(std::size_t i,
        const std::function<void(LaneData&, std::vector<quint32>&, std::vector<qint64>&, std::size_t)>& place);
    bool lessInTime(quint32 a, quint32 b) const;
    void removeStatement(qint64 id);
    void addStatement(const StatementMark& mark, const std::function<QString(qint64)>& actorName);
    void dropEmptyLanes();
    void recomputeSpan();
    static quint8 flagsOf(const EventBounds& e);

    LaneGrouping m_grouping = LaneGrouping::Actor;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_starts;
    std::vector<qint64> m_ends;
    std::vector<quint8> m_kinds;
    std::vector<quint8> m_flags;
    std::vector<quint32> m_byTime; // slots by (start, end, id)
    std::vector<std::pair<qint64, quint32>> m_byId; // sorted by id, when ids are sparse
    std::vector<quint32> m_denseIndex; // id -> slot + 1 (0: none), when ids are dense
    Pool<qint64> m_actors; // participants per slot
    Pool<qint64> m_laneKeys; // lane keys per slot, for the groupings other than by actor
    Pool<quint16> m_tags; // tag numbers per slot
    QStringList m_tagNames;
    QHash<QString, quint16> m_tagNumbers;
    std::vector<LaneData> m_lanes;
    qint64 m_spanStart = 0;
    qint64 m_spanEnd = 0;
};

} // namespace attache
