// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <vector>

#include <QHash>
#include <QList>
#include <QSet>

#include "model/event.h"

namespace attache {

class TimelineIndex;

/// What kind of contact an event is between the actors taking part, for an edge's style.
enum class Contact : quint8 { Meeting, Call, Agreement, Sanction, Other };
constexpr int contactKinds = 5;

Contact contactOf(EventKind kind);

/// Who has dealt with whom: actors taking part in events as nodes, pairs of actors sharing events as edges. Built from
/// the timeline's index for the events it shows (its filter's mask) in a time range, so the network is always the
/// timeline's picture seen another way.
struct NetworkGraph
{
    struct Node
    {
        qint64 actor = 0;
        int events = 0;
    };
    struct Edge
    {
        qint64 a = 0; // a < b
        qint64 b = 0;
        int events = 0;
        std::array<int, contactKinds> byContact{};
        /// The contact most of the shared events are.
        Contact contact() const;
    };

    std::vector<Node> nodes; // by actor id
    std::vector<Edge> edges; // by (a, b)
    int eventsInRange = 0;

    /// The events of `index` shown by `mask` (empty: all) that overlap [from, to], leaving out `hidden` actors; an
    /// actor in `standIn` counts as the one it maps to (the people of a collapsed organisation count as it).
    static NetworkGraph build(const TimelineIndex& index, const std::vector<quint8>& mask, qint64 from, qint64 to,
        const QSet<qint64>& hidden = {}, const QHash<qint64, qint64>& standIn = {});
    /// The events of that range that `a` and `b` both take part in (or `a` alone, when `b` is 0), in time order.
    static QList<EventId> eventsOf(const TimelineIndex& index, const std::vector<quint8>& mask, qint64 from, qint64 to,
        qint64 a, qint64 b = 0);
};

} // namespace attache
