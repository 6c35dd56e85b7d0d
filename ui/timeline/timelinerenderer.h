// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QRect>
#include <QRectF>
#include <QSet>
#include <QStaticText>

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
    bool printing = false; // for paper (briefing figures): lane headers without toggles or counts
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

/// Where the markers, bars, clusters and labels of one lane go (widget coordinates), before painting. Labels never
/// overlap one another.
struct LaneArrangement
{
    struct Shape
    {
        enum class Type : quint8 { Point, Bar, Band, Cluster };
        Type type;
        QRectF rect;
        quint32 event; // index into the TimelineIndex (first event of a cluster)
        quint32 last; // last event of a cluster (the same as event otherwise)
        int count; // events in a cluster; 1 otherwise
        bool overflow = false; // no row was free: drawn small along the lane's foot
    };
    struct Label
    {
        QRectF rect;
        QString text;
        quint32 event;
        bool onBar = false;
    };
    bool density = false; // too many events for markers: the lane shows counts per pixel instead
    std::vector<Shape> shapes;
    std::vector<Label> labels;
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
    static constexpr int pixelsPerMarker = 14; // a lane with more events in view than width / this shows density
    static constexpr double bandFraction = 0.35; // bars wider than this part of the view become bands
    static constexpr int bandHeight = 4;

    explicit TimelineRenderer(const QFont& font = QFont());

    Areas areas(const QRect& bounds) const;
    void paint(QPainter& painter, const QRect& bounds, const TimelineScene& scene) const;
    TimelineHit hitTest(const QRect& bounds, const TimelineScene& scene, const QPoint& point) const;
    /// How the lane `lane` is laid out inside `rect` (its row on screen).
    LaneArrangement arrange(const QRect& rect, int lane, const TimelineScene& scene) const;

    /// The overview's time range for a scene: the whole span with a margin.
    static std::pair<qint64, qint64> overviewRange(const TimelineIndex& index);

    static QColor kindColor(EventKind kind);
    /// One event marker: a disc (a diamond for summits and agreements), hollow when planned, struck through when
    /// cancelled, dotted when its date is uncertain or approximate.
    static void paintMarker(QPainter& p, const QPointF& centre, EventKind kind, quint8 flags, bool hovered);

private:
    /// The entries of a lane, short and long, that may be visible between times t0 and t1.
    struct Candidates
    {
        std::size_t lo, hi; // into LaneData::events/starts
        std::size_t longLo, longHi; // into LaneData::longEvents/longStarts
        std::size_t count() const { return (hi - lo) + (longHi - longLo); }
    };

    void paintAxis(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintHeaders(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintLanes(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintLane(QPainter& p, const QRect& rect, int lane, const TimelineScene& scene) const;
    void paintDensity(QPainter& p, const QRect& rect, const TimelineIndex::LaneData& lane, const Candidates& c,
        const TimelineScene& scene) const;
    void paintOverview(QPainter& p, const Areas& a, const TimelineScene& scene) const;
    void paintLegend(QPainter& p, const Areas& a) const;
    /// The range of a lane's entries that may be visible between times t0 and t1.
    static Candidates candidates(const TimelineIndex::LaneData& lane, qint64 t0, qint64 t1);
    /// Calls `visit(event index)` for the candidates in start order.
    template<typename Visit>
    static void forEachCandidate(const TimelineIndex::LaneData& lane, const Candidates& c, Visit visit);
    /// Whether a lane has more events in view (and shown) than markers can show, or is collapsed.
    static bool useDensity(const TimelineIndex& index, const TimelineIndex::LaneData& lane, const Candidates& c,
        qint64 t0, const TimelineScene& scene, int width, bool collapsed);

    static constexpr int spriteSize = 18;
    const QImage& markerSprite(EventKind kind, quint8 flags, bool hovered) const;
    const QStaticText& cachedText(const QString& text, bool small) const;
    void drawCachedText(QPainter& p, const QRectF& rect, const QString& text, bool centred, bool small = false) const;
    QString elidedTitle(const TimelineScene& scene, qint64 eventId, int room) const;

    QFont m_font;
    QFont m_smallFont;
    mutable QHash<int, QImage> m_sprites;
    mutable QHash<QString, QStaticText> m_texts;
    mutable QHash<QString, QStaticText> m_smallTexts;
    mutable QImage m_densityRow;
    mutable QHash<qint64, QString> m_elided;
    TickGenerator m_ticks;
};

} // namespace attache
