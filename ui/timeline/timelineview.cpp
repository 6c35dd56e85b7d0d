// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include <algorithm>
#include <cmath>
#include <set>

#include <QContextMenuEvent>
#include <QDataStream>
#include <QDateTime>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMetaMethod>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>
#include <QWheelEvent>

#include "eventselection.h"
#include "eventtablemodel.h"
#include "storage/changenotifier.h"
#include "provenance/grading.h"
#include "storage/project.h"

namespace attache {
namespace {

constexpr double zoomStep = 1.5;
constexpr int dragThreshold = 4;

QString dayText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(QStringLiteral("ddd d MMM yyyy"));
}

} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_renderer(font())
{
    setObjectName(QStringLiteral("timelineView"));
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    setFrameShape(QFrame::NoFrame);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(480, 240);
}

TimelineView::~TimelineView() = default;

void TimelineView::setProject(Project* project)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_project = project;
    if (m_project)
        m_subscription = connect(m_project->notifier(), &ChangeNotifier::changed, this, &TimelineView::onChanged);
    m_fitted = false;
    rebuild();
}

void TimelineView::setSelection(EventSelection* selection)
{
    m_selection = selection;
    if (m_selection) {
        connect(m_selection, &EventSelection::changed, this, [this] { viewport()->update(); });
    }
    viewport()->update();
}

void TimelineView::setFilter(const EventFilter& filter)
{
    m_filter = filter;
    recomputeMask();
    viewport()->update();
    Q_EMIT filterChanged();
}

void TimelineView::recomputeMask()
{
    m_mask = m_filter.isActive() ? m_filter.mask(m_index) : std::vector<quint8>{};
}

void TimelineView::setGrouping(LaneGrouping grouping)
{
    if (grouping == m_grouping && !m_index.lanes().empty())
        return;
    m_grouping = grouping;
    rebuild();
}

void TimelineView::onChanged(const ChangeSet& changes)
{
    if (!changes.touches(Entity::Event) && !changes.touches(Entity::Actor) && !changes.touches(Entity::Statement))
        return;
    if (!m_project || changes.reset || changes.changes.size() > maxPatchedChanges) {
        rebuild();
        return;
    }
    std::set<qint64> events, statements, actors;
    for (const Change& change : changes.changes) {
        switch (change.entity) {
        case Entity::Event:
            events.insert(change.id);
            break;
        case Entity::Statement:
            statements.insert(change.id);
            break;
        case Entity::Actor:
            if (change.kind == ChangeKind::Removed) {
                rebuild(); // its lanes, participations and statements go with it
                return;
            }
            actors.insert(change.id);
            break;
        default:
            break;
        }
    }
    TimelineDelta delta;
    delta.events.assign(events.begin(), events.end());
    delta.statements.assign(statements.begin(), statements.end());
    delta.fresh = TimelineSource::load(*m_project, delta.events, delta.statements);
    // Names for the lanes that may be new or renamed.
    for (const auto& [eventId, actorId] : delta.fresh.participations)
        actors.insert(actorId);
    for (const StatementMark& mark : delta.fresh.statements)
        actors.insert(mark.speaker);
    for (const qint64 id : actors) {
        if (const auto actor = m_project->actors().find(ActorId(id)))
            delta.actorNames.insert(id, actor->name);
    }
    const auto patch = m_index.apply(delta);
    if (!patch) {
        rebuild();
        return;
    }
    for (const qint64 id : events)
        m_titles.remove(id);
    if (!m_mask.empty()) {
        // The mask follows the slots; changed events are checked against the filter again.
        if (m_filter.textMatches) {
            QList<EventId> changed;
            for (const qint64 id : events) {
                m_filter.textMatches->remove(id);
                changed.append(EventId(id));
            }
            if (const auto matching = m_project->matchingEvents(m_filter.text, changed)) {
                for (const EventId id : matching.value())
                    m_filter.textMatches->insert(id.value);
            }
        }
        for (const quint32 removed : patch->removed) {
            m_mask[removed] = m_mask.back();
            m_mask.pop_back();
        }
        for (std::size_t i = patch->firstNew; i < m_index.size(); ++i)
            m_mask.push_back(m_filter.accepts(m_index, i) ? 1 : 0);
    }
    updateLanes();
    Q_EMIT indexUpdated();
}

void TimelineView::rebuild()
{
    m_titles.clear();
    m_index = m_project ? TimelineIndex::build(TimelineSource::load(*m_project), m_grouping) : TimelineIndex();
    recomputeMask();
    updateLanes();
    Q_EMIT indexRebuilt();
}

void TimelineView::updateLanes()
{
    const QList<qint64> order = m_layout.orderKeys();
    QList<Lane> previous = m_layout.lanes();
    QList<Lane> lanes = m_index.laneList();
    // Keep collapsed/hidden state and order of lanes that are still there.
    QHash<qint64, Lane> old;
    for (const Lane& lane : previous)
        old.insert(lane.key, lane);
    for (Lane& lane : lanes) {
        const auto it = old.constFind(lane.key);
        if (it != old.cend()) {
            lane.collapsed = it->collapsed;
            lane.hidden = it->hidden;
        }
    }
    const bool sameGrouping = !previous.isEmpty();
    m_layout.setLanes(lanes);
    if (sameGrouping)
        m_layout.applyOrderKeys(order);
    adaptLaneHeights();
    if (m_selection && m_project)
        m_selection->retainOnly([this](EventId id) { return m_index.indexOf(id.value) >= 0; });
    if (!m_fitted && !m_index.isEmpty() && lanesWidth() > 0) {
        fitAll();
        m_fitted = true;
    }
    updateScrollBar();
    viewport()->update();
}

int TimelineView::lanesWidth() const
{
    return std::max(1, viewport()->width() - TimelineRenderer::headerWidth);
}

QRect TimelineView::lanesRect() const
{
    return m_renderer.areas(viewport()->rect()).lanes;
}

void TimelineView::setScale(const TimeScale& scale)
{
    m_scale = scale;
    m_fitted = true;
    scaleChanged();
}

void TimelineView::scaleChanged()
{
    viewport()->update();
    Q_EMIT visibleRangeChanged(m_scale.start(), m_scale.end(lanesWidth()));
}

void TimelineView::fitAll()
{
    if (m_index.isEmpty()) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_scale.fit(now - 180LL * 86400000, now + 30LL * 86400000, lanesWidth());
    } else {
        m_scale.fit(m_index.spanStart(), m_index.spanEnd(), lanesWidth());
    }
    scaleChanged();
}

void TimelineView::zoomIn()
{
    m_scale.zoomAt(lanesWidth() / 2.0, zoomStep);
    scaleChanged();
}

void TimelineView::zoomOut()
{
    m_scale.zoomAt(lanesWidth() / 2.0, 1 / zoomStep);
    scaleChanged();
}

void TimelineView::goToDate(qint64 ms)
{
    m_scale.centerOn(ms, lanesWidth() / 2.0);
    scaleChanged();
}

void TimelineView::ensureVisible(EventId id)
{
    const qint64 i = m_index.indexOf(id.value);
    if (i < 0)
        return;
    const auto k = std::size_t(i);
    const double x0 = m_scale.toX(m_index.start(k));
    const double x1 = m_scale.toX(m_index.end(k));
    if (x1 < 20 || x0 > lanesWidth() - 20)
        goToDate((m_index.start(k) + m_index.end(k)) / 2);
    // Scroll to the first lane that holds it.
    for (const qint64 key : m_index.laneKeysOf(k)) {
        const int lane = m_index.laneOfKey(key);
        const int top = m_layout.top(lane);
        if (top < 0)
            continue;
        const int sy = verticalScrollBar()->value();
        const int h = lanesRect().height();
        if (top < sy || top + m_layout.height(lane) > sy + h)
            verticalScrollBar()->setValue(top - h / 3);
        break;
    }
}

void TimelineView::stepEvent(int direction)
{
    if (m_index.isEmpty())
        return;
    const EventId current = m_selection ? m_selection->current() : EventId();
    const qint64 slot = current.isValid() ? m_index.indexOf(current.value) : -1;
    qint64 rank = 0; // position in time order
    if (slot >= 0) {
        rank = qint64(m_index.rankOf(std::size_t(slot)));
    } else {
        // Start from the view's middle.
        rank = qint64(m_index.rankAtOrAfter(m_scale.toTime(lanesWidth() / 2.0))) - (direction > 0 ? 1 : 0);
    }
    const auto& byTime = m_index.byTime();
    for (qint64 k = rank + direction; k >= 0 && k < qint64(byTime.size()); k += direction) {
        const std::size_t i = byTime[std::size_t(k)];
        if (!m_mask.empty() && !m_mask[i])
            continue;
        const EventId next(m_index.id(i));
        if (m_selection)
            m_selection->select(next);
        ensureVisible(next);
        viewport()->update();
        return;
    }
}

QString TimelineView::titleOf(qint64 eventId) const
{
    auto it = m_titles.constFind(eventId);
    if (it == m_titles.cend()) {
        if (m_titles.size() > 20000)
            m_titles.clear();
        it = m_titles.insert(eventId, m_project ? m_project->events().title(EventId(eventId)) : QString());
    }
    return *it;
}

TimelineScene TimelineView::scene() const
{
    TimelineScene s;
    s.index = &m_index;
    s.layout = &m_layout;
    s.scale = m_scale;
    s.scrollY = verticalScrollBar()->value();
    s.visible = m_mask.empty() ? nullptr : &m_mask;
    s.selection = m_selection ? &m_selection->ids() : nullptr;
    s.hovered = m_hovered;
    s.now = QDateTime::currentMSecsSinceEpoch();
    s.title = [this](qint64 id) { return titleOf(id); };
    s.rubberBand = m_rubberBand;
    return s;
}

void TimelineView::render(QPainter& painter, const QRect& bounds) const
{
    m_renderer.paint(painter, bounds, scene());
}

TimelineHit TimelineView::hitAt(const QPoint& viewportPoint) const
{
    return m_renderer.hitTest(viewport()->rect(), scene(), viewportPoint);
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter painter(viewport());
    m_renderer.paint(painter, viewport()->rect(), scene());
    if (m_drag == Drag::MoveEvent && m_dragOffsetMs != 0) {
        // Where the dragged event will land.
        const qint64 i = m_index.indexOf(m_dragEvent);
        if (i >= 0) {
            const QRect lanes = lanesRect();
            const qint64 start = m_index.start(std::size_t(i)) + m_dragOffsetMs;
            const int x = lanes.left() + int(m_scale.toX(start));
            painter.setPen(QPen(QColor(52, 101, 164), 1.5, Qt::DashLine));
            painter.drawLine(x, lanes.top(), x, lanes.bottom());
            painter.setPen(QColor(40, 44, 52));
            painter.drawText(x + 4, lanes.top() + 14, dayText(start));
        }
    }
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    adaptLaneHeights();
    if (!m_fitted && !m_index.isEmpty()) {
        fitAll();
        m_fitted = true;
    }
    updateScrollBar();
    Q_EMIT visibleRangeChanged(m_scale.start(), m_scale.end(lanesWidth()));
}

void TimelineView::adaptLaneHeights()
{
    // Few lanes share out the height (room to stack events on the same day); many keep the compact height.
    int shown = 0;
    for (const Lane& lane : m_layout.lanes())
        shown += lane.hidden ? 0 : 1;
    const int available = lanesRect().height();
    const int height = shown > 0 ? std::clamp(available / shown, LaneLayout::defaultExpandedHeight, 70)
                                 : LaneLayout::defaultExpandedHeight;
    if (height != m_layout.expandedHeight())
        m_layout.setHeights(height, LaneLayout::defaultCollapsedHeight);
}

void TimelineView::updateScrollBar()
{
    const int page = lanesRect().height();
    verticalScrollBar()->setRange(0, std::max(0, m_layout.totalHeight() - page));
    verticalScrollBar()->setPageStep(std::max(1, page));
    verticalScrollBar()->setSingleStep(m_layout.expandedHeight());
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = event->angleDelta();
    if (pos.x() < TimelineRenderer::headerWidth || (event->modifiers() & Qt::ControlModifier)) {
        // Over the lane headers (or with Ctrl) the wheel scrolls the lanes.
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y() / 120 * 3 * m_layout.expandedHeight());
        event->accept();
        return;
    }
    if (event->modifiers() & Qt::ShiftModifier || delta.x() != 0) {
        m_scale.panBy((delta.x() != 0 ? delta.x() : delta.y()) / 120.0 * lanesWidth() / 10.0);
    } else if (delta.y() != 0) {
        const double anchor = pos.x() - lanesRect().left();
        m_scale.zoomAt(anchor, std::pow(1.25, delta.y() / 120.0));
    }
    scaleChanged();
    event->accept();
}

void TimelineView::overviewJump(int x)
{
    const QRect overview = m_renderer.areas(viewport()->rect()).overview;
    const auto [from, to] = TimelineRenderer::overviewRange(m_index);
    TimeScale whole;
    whole.fit(from, to, overview.width(), 0);
    goToDate(whole.toTime(x - overview.left()));
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    m_pressPos = m_lastPos = event->position().toPoint();
    const TimelineHit hit = hitAt(m_pressPos);
    if (event->button() == Qt::RightButton) {
        m_drag = Drag::RubberBand; // a right drag zooms; a right click opens the context menu
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    switch (hit.kind) {
    case TimelineHit::Kind::Overview:
        m_drag = Drag::Overview;
        overviewJump(m_pressPos.x());
        return;
    case TimelineHit::Kind::LaneHeader: {
        const Lane& lane = m_layout.lanes()[hit.lane];
        m_layout.setCollapsed(hit.lane, !lane.collapsed);
        updateScrollBar();
        viewport()->update();
        return;
    }
    case TimelineHit::Kind::Event: {
        const EventId id(hit.eventId);
        if (m_selection) {
            if (event->modifiers() & Qt::ControlModifier) {
                m_selection->toggle(id);
            } else if ((event->modifiers() & Qt::ShiftModifier) && m_selection->current().isValid()) {
                // Everything shown between the current event and this one, in time.
                const qint64 a = m_index.indexOf(m_selection->current().value);
                const qint64 b = m_index.indexOf(id.value);
                QList<EventId> range;
                if (a >= 0 && b >= 0) {
                    const std::size_t ra = m_index.rankOf(std::size_t(a));
                    const std::size_t rb = m_index.rankOf(std::size_t(b));
                    for (std::size_t k = std::min(ra, rb); k <= std::max(ra, rb); ++k) {
                        const std::size_t i = m_index.byTime()[k];
                        if (m_mask.empty() || m_mask[i])
                            range.append(EventId(m_index.id(i)));
                    }
                }
                m_selection->add(range, id);
            } else if (!m_selection->contains(id) || m_selection->ids().size() > 1) {
                m_selection->select(id);
            } else {
                m_selection->select(id);
            }
        }
        m_drag = (m_project && !m_project->isReadOnly() && !(event->modifiers() & (Qt::ControlModifier | Qt::ShiftModifier)))
            ? Drag::MoveEvent
            : Drag::None;
        m_dragEvent = hit.eventId;
        m_dragOffsetMs = 0;
        return;
    }
    case TimelineHit::Kind::Cluster:
        m_drag = Drag::None;
        return;
    default:
        break;
    }
    m_drag = (event->modifiers() & Qt::ShiftModifier) ? Drag::RubberBand : Drag::Pan;
    if (m_drag == Drag::Pan)
        viewport()->setCursor(Qt::ClosedHandCursor);
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const QPoint delta = pos - m_lastPos;
    m_lastPos = pos;
    switch (m_drag) {
    case Drag::Pan:
        m_scale.panBy(delta.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta.y());
        scaleChanged();
        return;
    case Drag::RubberBand:
        if ((pos - m_pressPos).manhattanLength() >= dragThreshold) {
            const QRect lanes = lanesRect();
            m_rubberBand = QRect(QPoint(m_pressPos.x(), lanes.top()), QPoint(pos.x(), lanes.bottom())).normalized();
            viewport()->update();
        }
        return;
    case Drag::MoveEvent:
        if ((pos - m_pressPos).manhattanLength() >= dragThreshold) {
            m_dragOffsetMs = qint64((pos.x() - m_pressPos.x()) * m_scale.msPerPixel());
            viewport()->update();
        }
        return;
    case Drag::Overview:
        overviewJump(pos.x());
        return;
    case Drag::None:
        break;
    }
    const TimelineHit hit = hitAt(pos);
    const qint64 hovered = hit.kind == TimelineHit::Kind::Event ? hit.eventId : 0;
    if (hovered != m_hovered) {
        m_hovered = hovered;
        viewport()->update();
    }
    viewport()->setCursor(hit.kind == TimelineHit::Kind::Cluster ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    const Drag drag = m_drag;
    m_drag = Drag::None;
    viewport()->unsetCursor();
    if (drag == Drag::RubberBand) {
        const QRect band = m_rubberBand;
        m_rubberBand = {};
        if (band.width() >= dragThreshold) {
            const int left = lanesRect().left();
            const qint64 from = m_scale.toTime(band.left() - left);
            const qint64 to = m_scale.toTime(band.right() - left);
            m_scale.fit(from, to, lanesWidth(), 0);
            scaleChanged();
        } else if (event->button() == Qt::RightButton) {
            QContextMenuEvent menu(QContextMenuEvent::Mouse, pos, viewport()->mapToGlobal(pos), event->modifiers());
            contextMenuEvent(&menu);
        }
        viewport()->update();
        return;
    }
    if (drag == Drag::MoveEvent) {
        const qint64 offset = m_dragOffsetMs;
        m_dragOffsetMs = 0;
        viewport()->update();
        if (offset != 0 && (pos - m_pressPos).manhattanLength() >= dragThreshold)
            Q_EMIT moveRequested(EventId(m_dragEvent), offset);
        return;
    }
    if (drag == Drag::None && event->button() == Qt::LeftButton) {
        const TimelineHit hit = hitAt(pos);
        if (hit.kind == TimelineHit::Kind::Cluster) {
            // A cluster opens up: zoom to its range (with room around it).
            const qint64 span = std::max<qint64>(hit.to - hit.from, 2 * 86400000);
            m_scale.fit(hit.from - span / 2, hit.to + span / 2, lanesWidth(), 0);
            scaleChanged();
        }
    }
    if (drag == Drag::Pan && (pos - m_pressPos).manhattanLength() < dragThreshold && m_selection)
        m_selection->clear();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const TimelineHit hit = hitAt(event->position().toPoint());
    if (hit.kind == TimelineHit::Kind::Event)
        Q_EMIT eventActivated(EventId(hit.eventId));
}

bool TimelineView::focusNextPrevChild(bool)
{
    // Tab and Shift+Tab step between events instead of moving the focus away.
    return false;
}

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Left:
        if (ctrl || (event->modifiers() & Qt::AltModifier))
            stepEvent(-1);
        else {
            m_scale.panBy(lanesWidth() / 10.0);
            scaleChanged();
        }
        return;
    case Qt::Key_Right:
        if (ctrl || (event->modifiers() & Qt::AltModifier))
            stepEvent(1);
        else {
            m_scale.panBy(-lanesWidth() / 10.0);
            scaleChanged();
        }
        return;
    case Qt::Key_Up:
        verticalScrollBar()->setValue(verticalScrollBar()->value() - m_layout.expandedHeight());
        return;
    case Qt::Key_Down:
        verticalScrollBar()->setValue(verticalScrollBar()->value() + m_layout.expandedHeight());
        return;
    case Qt::Key_PageUp:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepSub);
        return;
    case Qt::Key_PageDown:
        verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        return;
    case Qt::Key_Tab:
        stepEvent(1);
        return;
    case Qt::Key_Backtab:
        stepEvent(-1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selection && m_selection->current().isValid())
            Q_EMIT eventActivated(m_selection->current());
        return;
    case Qt::Key_Escape:
        if (m_drag == Drag::MoveEvent || m_drag == Drag::RubberBand) {
            m_drag = Drag::None;
            m_dragOffsetMs = 0;
            m_rubberBand = {};
            viewport()->update();
        } else if (m_selection) {
            m_selection->clear();
        }
        return;
    default:
        QAbstractScrollArea::keyPressEvent(event);
    }
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    const QPoint pos = viewport()->mapFrom(this, event->pos());
    const QPoint at = event->reason() == QContextMenuEvent::Mouse ? event->pos() : pos;
    const TimelineHit hit = hitAt(at);
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("timelineMenu"));
    if (hit.kind == TimelineHit::Kind::Event) {
        const EventId id(hit.eventId);
        if (m_selection && !m_selection->contains(id))
            m_selection->select(id);
        menu.addAction(tr("&Open Details"), this, [this, id] { Q_EMIT eventActivated(id); });
        QAction* edit = menu.addAction(tr("&Edit Event…"), this, [this, id] { Q_EMIT editRequested(id); });
        QAction* remove = menu.addAction(tr("&Delete"), this, [this] { Q_EMIT deleteRequested(); });
        const bool writable = m_project && !m_project->isReadOnly();
        edit->setEnabled(writable);
        remove->setEnabled(writable);
        if (m_selection && m_selection->ids().size() >= 2) {
            QAction* merge = menu.addAction(tr("&Merge Events"), this, [this] { Q_EMIT mergeRequested(); });
            merge->setEnabled(writable && isSignalConnected(QMetaMethod::fromSignal(&TimelineView::mergeRequested)));
        }
        menu.addSeparator();
        QAction* brief = menu.addAction(tr("&Brief…"), this, [this, id] { Q_EMIT briefRequested(id); });
        QAction* sources = menu.addAction(tr("Show &Sources"), this, [this, id] { Q_EMIT showSourcesRequested(id); });
        brief->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&TimelineView::briefRequested)));
        sources->setEnabled(isSignalConnected(QMetaMethod::fromSignal(&TimelineView::showSourcesRequested)));
    } else if (hit.kind == TimelineHit::Kind::LaneHeader || hit.lane >= 0) {
        const int lane = hit.lane;
        const int position = m_layout.positionOf(lane);
        menu.addAction(m_layout.lanes()[lane].collapsed ? tr("E&xpand Lane") : tr("&Collapse Lane"), this, [this, lane] {
            m_layout.setCollapsed(lane, !m_layout.lanes()[lane].collapsed);
            updateScrollBar();
            viewport()->update();
        });
        menu.addAction(tr("&Hide Lane"), this, [this, lane] {
            m_layout.setHidden(lane, true);
            updateScrollBar();
            viewport()->update();
        });
        QAction* up = menu.addAction(tr("Move &Up"), this, [this, position] {
            m_layout.move(position, position - 1);
            viewport()->update();
        });
        QAction* down = menu.addAction(tr("Move &Down"), this, [this, position] {
            m_layout.move(position, position + 1);
            viewport()->update();
        });
        up->setEnabled(position > 0);
        down->setEnabled(position + 1 < m_layout.count());
        menu.addSeparator();
    }
    menu.addAction(tr("Show &All Lanes"), this, [this] {
        m_layout.showAll();
        updateScrollBar();
        viewport()->update();
    });
    menu.addAction(tr("Collapse All"), this, [this] {
        m_layout.setAllCollapsed(true);
        updateScrollBar();
        viewport()->update();
    });
    menu.addAction(tr("Expand All"), this, [this] {
        m_layout.setAllCollapsed(false);
        updateScrollBar();
        viewport()->update();
    });
    menu.addAction(tr("&Fit All"), this, &TimelineView::fitAll);
    menu.exec(event->globalPos());
}

QString TimelineView::toolTipFor(const TimelineHit& hit) const
{
    if (hit.kind == TimelineHit::Kind::Cluster)
        return tr("%1 events — click to zoom in").arg(hit.count);
    if (hit.kind != TimelineHit::Kind::Event || !m_project)
        return {};
    const auto event = m_project->events().find(EventId(hit.eventId));
    if (!event)
        return {};
    QStringList participants;
    for (const Participant& p : event->participants) {
        if (const auto actor = m_project->actors().find(p.actor))
            participants.append(actor->name.toHtmlEscaped());
    }
    QString text = QStringLiteral("<b>%1</b><br/>%2 · %3 · %4")
                       .arg(event->title.toHtmlEscaped(), event->when().display().toHtmlEscaped(),
                           EventTableModel::kindLabel(event->kind), EventTableModel::statusLabel(event->status));
    if (!event->location.isEmpty())
        text += QStringLiteral("<br/>") + event->location.toHtmlEscaped();
    if (!participants.isEmpty())
        text += QStringLiteral("<br/>") + participants.join(QStringLiteral(", "));
    // Grades of the evidence: source reliability with claim credibility, e.g. B2.
    const QStringList grades = grading::badges(*m_project, TargetType::Event, event->id.value);
    if (!grades.isEmpty())
        text += QStringLiteral("<br/>") + tr("Grades: %1").arg(grades.join(QStringLiteral(", ")));
    const grading::Corroboration c = grading::corroboration(*m_project, event->id);
    if (c.sources > 0)
        text += QStringLiteral("<br/>") + tr("Reported by %1").arg(c.text().toHtmlEscaped());
    return text;
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipFor(hitAt(help->pos()));
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    if (event->type() == QEvent::Leave && m_hovered != 0) {
        m_hovered = 0;
        viewport()->update();
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QByteArray TimelineView::laneState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << toText(m_grouping) << m_layout.orderKeys();
    QList<qint64> collapsed, hidden;
    for (const Lane& lane : m_layout.lanes()) {
        if (lane.collapsed)
            collapsed.append(lane.key);
        if (lane.hidden)
            hidden.append(lane.key);
    }
    out << collapsed << hidden;
    return state;
}

void TimelineView::restoreLaneState(const QByteArray& state)
{
    QDataStream in(state);
    quint8 version = 0;
    QString grouping;
    QList<qint64> order, collapsed, hidden;
    in >> version >> grouping >> order >> collapsed >> hidden;
    if (version != 1 || in.status() != QDataStream::Ok || laneGroupingFromText(grouping) != m_grouping)
        return;
    QList<Lane> lanes = m_layout.lanes();
    for (Lane& lane : lanes) {
        lane.collapsed = collapsed.contains(lane.key);
        lane.hidden = hidden.contains(lane.key);
    }
    m_layout.setLanes(lanes);
    m_layout.applyOrderKeys(order);
    updateScrollBar();
    viewport()->update();
}

} // namespace attache
