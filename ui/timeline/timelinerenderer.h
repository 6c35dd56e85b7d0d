// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QColor>
#include <QFont>
#include <QRect>
#include <QSet>

#include "lanelayout.h"
#include "model/event.h"
#include "tickgenerator.h"
#include "timelineindex.h"
#include "timescale.h"

class QPainter;

namespace attache {

/// Everything a paint of the timeline depends on. The renderer keeps no state of its own, so the view, the
/// benchmarks and briefing figures draw the same picture from the same inputs.
struct TimelineScene
{
    const TimelineIndex* index = nullptr;
    const LaneLayout* layout = nullptr;
    TimeScale scale;
    int scrollY = 0; // how far the lanes are scrolled up, in pixels
    const std::vector<quint8>* visible = nullptr; // per event: 0 filtered out; nullptr shows everything
    const QSet<qint64>* selection = nullptr; // selected event ids
    qint64 hovered = 0; // event id under the mouse
    qint64 now = 0; // the "today" marker, UTC ms
    std::function<QString(qint64 eventId)> title; // label text; none draws no labels
    QRect rubberBand; // the zoom rectangle being dragged, if any
};

/// What is under a point of the timeline.
struct TimelineHit
{
    enum class Kind : quint8 { Nothing, Event, Cluster, LaneHeader, Axis, Overview };
    Kind kind = Kind::Nothing;
    qint64 eventId = 0; // Event
    int lane = -1; // Event, Cluster, LaneHeader
    qint64 from = 0; // Cluster: the time range it covers
    qint64 to = 0;
    int count = 0; // Cluster
};

/// Paints the timeline — lane headers, time axis, lanes with markers, bars, clusters or density, statement ticks,
/// the today marker, the overview strip and the legend — onto any QPainter, and answers what is at a point.
class TimelineRenderer final
{
public:
    struct Areas
    {
        QRect headers; // lane labels, left
        QRect axis; // time axis, top
        QRect lanes; // the events
        QRect overview; // the whole span, bottom
        QRect legend; // kinds and statuses, very bottom
    };

    static constexpr int headerWidth = 180;
    static constexpr int axisHeight = 38;
    static constexpr int overviewHeight = 34;
    static constexpr int legendHeight = 22;
    static constexpr int clusterDistance = 9; // markers closer than this merge into a counted cluster

    explicit TimelineRenderer(const QFont& font = QFont());

    Areas areas(const QRect& bounds) const;
    void paint(QPainter& painter, const QRect& bounds, const TimelineScene& scene) const;
    TimelineHit hitTest(const QRect& bounds, const TimelineScene& scene, const QPoint& point) const;

    /// The overview's time range for a scene: the whole span with a margin.
    static std::pair<qint64, qint64> overviewRange(const TimelineIndex& index);

    static QColor kindColor(EventKind kind);

private:
    void paintAxis(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintHeaders(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintLanes(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintLane(QPainter& p, const QRect& rect, int lane, const TimelineScene& scene) const;
    void paintDensity(QPainter& p, const QRect& rect, const TimelineIndex::LaneData& lane, std::size_t lo,
        std::size_t hi, const TimelineScene& scene) const;
    void paintOverview(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintLegend(QPainter& p, const Areas& a) const;
    /// The range of a lane's entries that may be visible between times t0 and t1.
    static std::pair<std::size_t, std::size_t> visibleRange(const TimelineIndex::LaneData& lane, qint64 t0, qint64 t1);
    static bool useDensity(const TimelineIndex::LaneData& lane, std::size_t lo, std::size_t hi, int width, bool collapsed);

    QFont m_font;
    QFont m_smallFont;
    TickGenerator m_ticks;
};

} // namespace attache
