// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QSet>
#include <QString>

#include "model/event.h"

namespace attache {

class TimelineIndex;

/// Which events the timeline and the table show: by actor, kind, status, tag, date range and full-text match.
/// An empty set means "any".
struct EventFilter
{
    QSet<qint64> actors; // any of these takes part
    QSet<EventKind> kinds;
    QSet<EventStatus> statuses;
    QSet<QString> tags; // any of these
    std::optional<qint64> fromMs; // overlaps [fromMs, toMs]
    std::optional<qint64> toMs;
    QString text; // the full-text query as typed
    std::optional<QSet<qint64>> textMatches; // events matching `text` (found by the project's search)

    bool isActive() const;
    /// One line for the filter bar, e.g. "kind: summit, meeting · text: “Alaska”".
    QString description(const std::function<QString(qint64 actorId)>& actorName) const;

    /// Whether the event in slot `i` of the index is shown.
    bool accepts(const TimelineIndex& index, std::size_t i) const;
    /// Per slot of the index: 1 shown, 0 filtered out.
    std::vector<quint8> mask(const TimelineIndex& index) const;

    friend bool operator==(const EventFilter&, const EventFilter&) = default;
};

} // namespace attache
