// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QPointer>

#include "eventfilter.h"
#include "lanelayout.h"
#include "timelineindex.h"
#include "timelinerenderer.h"
#include "timescale.h"

namespace attache {

class EventSelection;
class Project;
struct ChangeSet;

/// The timeline: one lane per actor (or kind, tag, or a single lane), zoomable from centuries to minutes, drawn
/// by TimelineRenderer over a TimelineIndex. Wheel zooms at the cursor, dragging pans, Shift+drag (or a right-button
/// drag) zooms to a range, dragging an event moves it. Keyboard: Home fits all, +/- zoom, arrows pan and scroll,
/// Tab/Shift+Tab and Ctrl+Left/Right step between events, Enter opens the current one.
class TimelineView final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    /// Shows `project` (not owned; nullptr shows nothing) and rebuilds the index whenever it changes.
    void setProject(Project* project);
    Project* project() const { return m_project; }
    void setSelection(EventSelection* selection);
    void setFilter(const EventFilter& filter);
    const EventFilter& filter() const { return m_filter; }
    /// Per event of the index: 1 shown by the filter, 0 not; empty when no filter is active.
    const std::vector<quint8>& filterMask() const { return m_mask; }

    void setGrouping(LaneGrouping grouping);
    LaneGrouping grouping() const { return m_grouping; }

    const TimelineIndex& index() const { return m_index; }
    LaneLayout& layout() { return m_layout; }
    const TimeScale& scale() const { return m_scale; }
    void setScale(const TimeScale& scale);
    /// The width of the lanes area in pixels (where the scale applies).
    int lanesWidth() const;
    /// Widget coordinates of the lanes area.
    QRect lanesRect() const;

    void fitAll();
    void zoomIn();
    void zoomOut();
    void goToDate(qint64 ms);
    /// Scrolls and pans so that an event is in view.
    void ensureVisible(EventId id);
    /// Steps the current event to the next (or previous) shown event in time order.
    void stepEvent(int direction);

    /// Renders what the view shows into an image of any size (for benchmarks and briefing figures).
    void render(QPainter& painter, const QRect& bounds) const;
    TimelineHit hitAt(const QPoint& viewportPoint) const;
    /// The tooltip for what was hit (rich text): an event's title, date, kind, status, place, participants, grades and
    /// how many independent outlets report it; a cluster's count.
    QString toolTipFor(const TimelineHit& hit) const;

    /// The lanes' display order, collapsed and hidden state, for remembering between sessions.
    QByteArray laneState() const;
    void restoreLaneState(const QByteArray& state);

Q_SIGNALS:
    void eventActivated(attache::EventId id); // double-click or Enter
    void editRequested(attache::EventId id);
    void deleteRequested();
    /// "Merge Events" on two or more selected events.
    void mergeRequested();
    void briefRequested(attache::EventId id);
    void showSourcesRequested(attache::EventId id);
    /// The analyst dragged an event by `ms` (one undo step).
    void moveRequested(attache::EventId id, qint64 ms);
    void visibleRangeChanged(qint64 from, qint64 to);
    /// setFilter() applied another filter; filterMask() is its mask.
    void filterChanged();
    /// The index was built afresh (another project or grouping, or a change too big to patch): per-slot data and
    /// tag lists are new.
    void indexRebuilt();
    /// The index was patched for a change; filterMask() follows it.
    void indexUpdated();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    bool focusNextPrevChild(bool next) override;

private:
    enum class Drag : quint8 { None, Pan, RubberBand, MoveEvent, Overview };

    /// Changes of more rows than this (a bulk import) rebuild the index rather than patch it.
    static constexpr qsizetype maxPatchedChanges = 5000;

    void rebuild();
    /// The layout's lanes from the index, keeping the order, collapsed and hidden state of those still there.
    void updateLanes();
    void onChanged(const ChangeSet& changes);
    void updateScrollBar();
    void adaptLaneHeights();
    void scaleChanged();
    TimelineScene scene() const;
    QString titleOf(qint64 eventId) const;
    void recomputeMask();
    void overviewJump(int x);

    Project* m_project = nullptr;
    EventSelection* m_selection = nullptr;
    EventFilter m_filter;
    std::vector<quint8> m_mask;
    LaneGrouping m_grouping = LaneGrouping::Actor;
    TimelineIndex m_index;
    LaneLayout m_layout;
    TimeScale m_scale;
    TimelineRenderer m_renderer;
    mutable QHash<qint64, QString> m_titles;
    qint64 m_hovered = 0;
    bool m_fitted = false;
    QMetaObject::Connection m_subscription;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    QPoint m_lastPos;
    qint64 m_dragEvent = 0;
    qint64 m_dragOffsetMs = 0;
    QRect m_rubberBand;
};

} // namespace attache
