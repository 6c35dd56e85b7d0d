// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkview.h"

#include <algorithm>
#include <cmath>

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QFileInfo>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QMenu>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

#include "eventselection.h"
#include "network/networkitems.h"
#include "network/networklayout.h"
#include "storage/project.h"
#include "timeline/timelineview.h"

namespace attache {
NetworkView::NetworkView(QWidget* parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("networkView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundBrush(palette().base());
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(150);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NetworkView::refresh);
    m_move.setDuration(350);
    m_move.setStartValue(0.0);
    m_move.setEndValue(1.0);
    m_move.setEasingCurve(QEasingCurve::InOutCubic);
    connect(&m_move, &QVariantAnimation::valueChanged, this, [this](const QVariant& t) { placeAt(t.toDouble()); });
    m_message = tr("No project");
}

NetworkView::~NetworkView() = default;

void NetworkView::setTimeline(TimelineView* timeline, Project* project)
{
    if (m_timeline)
        disconnect(m_timeline, nullptr, this, nullptr);
    m_timeline = timeline;
    m_project = project;
    m_pinned.clear();
    m_hidden.clear();
    m_placed.clear();
    if (m_timeline) {
        connect(m_timeline, &TimelineView::visibleRangeChanged, this, &NetworkView::scheduleRefresh);
        // Actors are read again when the network is next drawn, not at every edit while it is hidden.
        const auto changed = [this] {
            m_actorsStale = true;
            scheduleRefresh();
        };
        connect(m_timeline, &TimelineView::indexRebuilt, this, changed);
        connect(m_timeline, &TimelineView::indexUpdated, this, changed);
        connect(m_timeline, &TimelineView::filterChanged, this, &NetworkView::scheduleRefresh);
        // A project just opened is drawn once the window has drawn its timeline, or when the network is shown: the
        // window does not wait for it.
        m_actorsStale = true;
        scheduleRefresh();
        return;
    }
    reloadActors();
    refresh();
}

void NetworkView::setSelection(EventSelection* selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &EventSelection::changed, this, &NetworkView::updateHighlight);
    updateHighlight();
}

void NetworkView::scheduleRefresh()
{
    // A hidden network is built again when it is shown, not at every step of the timeline.
    m_dirty = true;
    if (isVisible())
        m_refreshTimer.start();
}

void NetworkView::showEvent(QShowEvent* event)
{
    QGraphicsView::showEvent(event);
    if (m_dirty)
        m_refreshTimer.start();
}

void NetworkView::reloadActors()
{
    m_actorsStale = false;
    m_actors.clear();
    if (!m_project)
        return;
    for (const Actor& a : m_project->actors().all())
        m_actors.insert(a.id.value, NetworkActor{a.name, a.kind, a.affiliation.value});
}

void NetworkView::refresh()
{
    m_refreshTimer.stop();
    m_dirty = false;
    if (m_actorsStale)
        reloadActors();
    if (!m_timeline || !m_project) {
        m_graph = {};
        m_message = tr("No project");
        rebuildScene({});
        return;
    }
    const TimeScale& scale = m_timeline->scale();
    m_from = scale.start();
    m_to = scale.end(m_timeline->lanesWidth());
    QHash<qint64, qint64> standIn; // the people of a collapsed organisation count as it
    for (auto it = m_actors.cbegin(); it != m_actors.cend(); ++it) {
        if (it.value().affiliation && m_collapsed.contains(it.value().affiliation))
            standIn.insert(it.key(), it.value().affiliation);
    }
    NetworkGraph graph = NetworkGraph::build(m_timeline->index(), m_timeline->filterMask(), m_from, m_to, m_hidden, standIn);
    // The actors in most events, and the strongest links among them.
    if (graph.nodes.size() > std::size_t(maxNodes)) {
        std::vector<NetworkGraph::Node> kept = graph.nodes;
        std::nth_element(kept.begin(), kept.begin() + maxNodes, kept.end(),
            [](const auto& x, const auto& y) { return x.events > y.events; });
        kept.resize(std::size_t(maxNodes));
        QSet<qint64> keep;
        for (const auto& n : kept)
            keep.insert(n.actor);
        std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) { return x.actor < y.actor; });
        graph.nodes = kept;
        std::erase_if(graph.edges, [&](const auto& e) { return !keep.contains(e.a) || !keep.contains(e.b); });
    }
    m_graph = std::move(graph);
    std::vector<NetworkGraph::Edge> drawn = m_graph.edges;
    if (drawn.size() > std::size_t(maxEdges)) {
        std::nth_element(drawn.begin(), drawn.begin() + maxEdges, drawn.end(),
            [](const auto& x, const auto& y) { return x.events > y.events; });
        drawn.resize(std::size_t(maxEdges));
    }
    m_message.clear();
    if (m_graph.nodes.empty())
        m_message = m_graph.eventsInRange == 0 ? tr("No events in the time shown") : tr("No actors take part in the events shown");

    QVector<NetworkLayout::Node> nodes;
    const QFont labelFont = font();
    for (const NetworkGraph::Node& n : m_graph.nodes) {
        const NetworkActor info = m_actors.value(n.actor, NetworkActor{tr("Actor %1").arg(n.actor), ActorKind::Other, 0});
        const NetworkNodeItem probe(n.actor, nodeLabel(n.actor), info.kind, n.events, labelFont);
        NetworkLayout::Node node;
        node.id = n.actor;
        node.size = probe.box();
        if (const auto it = m_placed.constFind(n.actor); it != m_placed.cend())
            node.start = *it;
        node.pinned = m_pinned.contains(n.actor) && node.start.has_value();
        nodes.append(node);
    }
    QVector<NetworkLayout::Edge> edges;
    for (const auto& e : drawn)
        edges.append({e.a, e.b, 1.0 + std::log2(double(e.events))});
    QString error;
    QHash<qint64, QPointF> targets = NetworkLayout::run(nodes, edges, &error);
    if (targets.isEmpty() && !nodes.isEmpty())
        m_message = error;
    // Keep the edges drawn the ones laid out.
    m_graph.edges.swap(drawn);
    rebuildScene(targets);
    m_graph.edges.swap(drawn);
}

void NetworkView::rebuildScene(const QHash<qint64, QPointF>& targets)
{
    m_move.stop();
    // Where nodes are now, so that they move from there; new ones appear where they are placed.
    QHash<qint64, QPointF> now;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        now.insert(it.key(), it.value()->pos());
    m_scene->clear();
    m_pressed = nullptr; // a press on an item now gone ends with nothing
    m_nodes.clear();
    m_edges.clear();
    for (const NetworkGraph::Node& n : m_graph.nodes) {
        if (!targets.contains(n.actor))
            continue;
        const NetworkActor info = m_actors.value(n.actor, NetworkActor{tr("Actor %1").arg(n.actor), ActorKind::Other, 0});
        auto* item = new NetworkNodeItem(n.actor, nodeLabel(n.actor), info.kind, n.events, font());
        item->setToolTip(tr("<b>%1</b><br>%2, in %n event(s) in view", nullptr, n.events)
                             .arg(nodeLabel(n.actor).toHtmlEscaped(), toText(info.kind)));
        m_scene->addItem(item);
        m_nodes.insert(n.actor, item);
    }
    for (const NetworkGraph::Edge& e : m_graph.edges) {
        if (!m_nodes.contains(e.a) || !m_nodes.contains(e.b))
            continue;
        auto* item = new NetworkEdgeItem(e);
        QStringList kinds;
        for (int c = 0; c < contactKinds; ++c) {
            if (e.byContact[std::size_t(c)] > 0)
                kinds.append(QStringLiteral("%1 %2").arg(contactText(Contact(c))).arg(e.byContact[std::size_t(c)]));
        }
        item->setToolTip(tr("<b>%1 – %2</b><br>%n shared event(s): %3", nullptr, e.events)
                             .arg(nodeLabel(e.a).toHtmlEscaped(), nodeLabel(e.b).toHtmlEscaped(),
                                 kinds.join(QStringLiteral(", "))));
        m_scene->addItem(item);
        m_edges.append(item);
    }
    m_placed = targets;
    m_startOfMove.clear();
    for (auto it = targets.cbegin(); it != targets.cend(); ++it)
        m_startOfMove.insert(it.key(), now.value(it.key(), it.value()));
    placeAt(0.0);
    bool moves = false;
    for (auto it = m_startOfMove.cbegin(); it != m_startOfMove.cend() && !moves; ++it)
        moves = it.value() != targets.value(it.key());
    if (moves && isVisible())
        m_move.start();
    else
        placeAt(1.0);
    // The picture where the nodes are going, not where a move starts from.
    QRectF bounds;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        bounds |= it.value()->boundingRect().translated(targets.value(it.key()));
    m_scene->setSceneRect(bounds.adjusted(-40, -40, 40, 40));
    // The first picture of a project is fitted to the view; later ones keep the analyst's zoom.
    if (now.isEmpty())
        fitAll();
    updateHighlight();
    viewport()->update();
}

void NetworkView::placeAt(double t)
{
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it) {
        const QPointF from = m_startOfMove.value(it.key());
        const QPointF to = m_placed.value(it.key());
        it.value()->setPos(from + (to - from) * t);
    }
    updateEdges();
}

void NetworkView::finishAnimation()
{
    if (m_move.state() == QAbstractAnimation::Running)
        m_move.stop();
    placeAt(1.0);
}

void NetworkView::updateEdges()
{
    for (NetworkEdgeItem* e : std::as_const(m_edges))
        e->setLine(QLineF(m_nodes.value(e->a)->pos(), m_nodes.value(e->b)->pos()));
}

void NetworkView::updateHighlight()
{
    m_highlighted.clear();
    if (m_selection && m_timeline) {
        const TimelineIndex& index = m_timeline->index();
        for (const qint64 id : m_selection->ids()) {
            const qint64 slot = index.indexOf(id);
            if (slot < 0)
                continue;
            for (const qint64 a : index.actorsOf(std::size_t(slot)))
                m_highlighted.insert(a);
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end(); ++it)
        it.value()->setHighlighted(m_highlighted.contains(it.key()));
}

std::optional<QPointF> NetworkView::nodePosition(qint64 actor) const
{
    const auto it = m_placed.constFind(actor);
    if (it == m_placed.cend() || !m_nodes.contains(actor))
        return std::nullopt;
    return *it;
}

QString NetworkView::nodeLabel(qint64 actor) const
{
    const QString name = m_actors.value(actor, NetworkActor{tr("Actor %1").arg(actor), ActorKind::Other, 0}).name;
    return m_collapsed.contains(actor) ? tr("%1 (+%n)", nullptr, int(membersOf(actor).size())).arg(name) : name;
}

QList<qint64> NetworkView::membersOf(qint64 actor) const
{
    QList<qint64> members;
    for (auto it = m_actors.cbegin(); it != m_actors.cend(); ++it) {
        if (it.value().affiliation == actor && it.key() != actor)
            members.append(it.key());
    }
    return members;
}

void NetworkView::setCollapsed(qint64 actor, bool collapsed)
{
    if (collapsed)
        m_collapsed.insert(actor);
    else
        m_collapsed.remove(actor);
    refresh();
}

bool NetworkView::isHighlighted(qint64 actor) const
{
    const NetworkNodeItem* item = m_nodes.value(actor);
    return item && item->highlighted();
}

QList<EventId> NetworkView::sharedEvents(qint64 a, qint64 b) const
{
    if (!m_timeline)
        return {};
    return NetworkGraph::eventsOf(m_timeline->index(), m_timeline->filterMask(), m_from, m_to, a, b);
}

void NetworkView::activateNode(qint64 actor)
{
    if (m_selection && m_timeline) {
        const QList<EventId> events =
            NetworkGraph::eventsOf(m_timeline->index(), m_timeline->filterMask(), m_from, m_to, actor);
        if (!events.isEmpty())
            m_selection->setSelection(events, events.first());
    }
    Q_EMIT actorActivated(ActorId(actor));
}

void NetworkView::hideActor(qint64 actor)
{
    m_hidden.insert(actor);
    refresh();
}

void NetworkView::showAllActors()
{
    m_hidden.clear();
    refresh();
}

void NetworkView::pin(qint64 actor, const QPointF& at)
{
    if (NetworkNodeItem* item = m_nodes.value(actor)) {
        item->setPos(at);
        m_placed.insert(actor, at);
        m_pinned.insert(actor);
        updateEdges();
    }
}

void NetworkView::chooseShared(qint64 a, qint64 b, const QPoint& screenPos)
{
    const QList<EventId> events = sharedEvents(a, b);
    if (events.isEmpty() || !m_project)
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("sharedEventsMenu"));
    menu.addSection(tr("%1 and %2").arg(nodeLabel(a), nodeLabel(b)));
    QAction* all = menu.addAction(tr("Select All %n Event(s)", nullptr, int(events.size())));
    menu.addSeparator();
    constexpr int listed = 25;
    for (qsizetype i = 0; i < std::min<qsizetype>(listed, events.size()); ++i) {
        const auto event = m_project->events().find(events[i]);
        if (!event)
            continue;
        QAction* one = menu.addAction(QStringLiteral("%1  %2").arg(event->start.toString(), event->title));
        one->setData(events[i].value);
    }
    if (events.size() > listed)
        menu.addAction(tr("… and %n more", nullptr, int(events.size() - listed)))->setEnabled(false);
    QAction* chosen = menu.exec(screenPos);
    if (!chosen || !m_selection)
        return;
    if (chosen == all)
        m_selection->setSelection(events, events.first());
    else if (chosen->data().isValid())
        m_selection->select(EventId(chosen->data().toLongLong()));
}

void NetworkView::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    scale(factor, factor);
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers().testFlag(Qt::ControlModifier);
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        scale(1.25, 1.25);
        return;
    case Qt::Key_Minus:
        scale(0.8, 0.8);
        return;
    case Qt::Key_Home:
        fitAll();
        return;
    case Qt::Key_0:
        if (ctrl) {
            fitAll();
            return;
        }
        break;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkView::fitAll()
{
    if (!m_nodes.isEmpty())
        fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void NetworkView::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->pos();
    m_pressed = itemAt(event->pos());
    // A node drags itself; the background pans.
    setDragMode(m_pressed ? QGraphicsView::NoDrag : QGraphicsView::ScrollHandDrag);
    QGraphicsView::mousePressEvent(event);
}

void NetworkView::mouseReleaseEvent(QMouseEvent* event)
{
    QGraphicsView::mouseReleaseEvent(event);
    QGraphicsItem* pressed = m_pressed;
    m_pressed = nullptr;
    setDragMode(QGraphicsView::ScrollHandDrag);
    if (!pressed || event->button() != Qt::LeftButton)
        return;
    const bool moved = (event->pos() - m_pressPos).manhattanLength() > 3;
    if (auto* node = dynamic_cast<NetworkNodeItem*>(pressed)) {
        const qint64 actor = node->data(NetworkNodeItem::actorKey).toLongLong();
        if (moved)
            pin(actor, node->pos()); // dragged: it stays there
        else
            activateNode(actor);
    } else if (auto* edge = dynamic_cast<NetworkEdgeItem*>(pressed); edge && !moved) {
        chooseShared(edge->a, edge->b, event->globalPosition().toPoint());
    }
}

void NetworkView::contextMenuEvent(QContextMenuEvent* event)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("networkMenu"));
    if (auto* node = dynamic_cast<NetworkNodeItem*>(itemAt(event->pos()))) {
        const qint64 actor = node->data(NetworkNodeItem::actorKey).toLongLong();
        menu.addAction(tr("Hide %1").arg(nodeLabel(actor)), this, [this, actor] { hideActor(actor); });
        if (m_collapsed.contains(actor)) {
            menu.addAction(tr("Expand Its People"), this, [this, actor] { setCollapsed(actor, false); });
        } else if (const qsizetype members = membersOf(actor).size(); members > 0) {
            menu.addAction(tr("Collapse Its People (%1)").arg(members), this, [this, actor] { setCollapsed(actor, true); });
        }
        if (m_pinned.contains(actor))
            menu.addAction(tr("Unpin"), this, [this, actor] {
                m_pinned.remove(actor);
                refresh();
            });
        menu.addSeparator();
    }
    QAction* showAll = menu.addAction(tr("Show Hidden Actors (%1)").arg(m_hidden.size()), this, &NetworkView::showAllActors);
    showAll->setEnabled(!m_hidden.isEmpty());
    QAction* unpin = menu.addAction(tr("Unpin All"), this, [this] {
        m_pinned.clear();
        refresh();
    });
    unpin->setEnabled(!m_pinned.isEmpty());
    menu.addAction(tr("Show All"), this, &NetworkView::fitAll);
    menu.addSeparator();
    menu.addAction(tr("Export Network…"), this, &NetworkView::exportRequested);
    menu.exec(event->globalPos());
}

void NetworkView::drawForeground(QPainter* painter, const QRectF& rect)
{
    Q_UNUSED(rect);
    QString note = m_message;
    if (note.isEmpty() && int(m_graph.edges.size()) > maxEdges)
        note = tr("The %1 strongest of %2 links are drawn").arg(maxEdges).arg(m_graph.edges.size());
    if (note.isEmpty())
        return;
    painter->save();
    painter->resetTransform();
    painter->setPen(palette().color(QPalette::PlaceholderText));
    painter->drawText(viewport()->rect().adjusted(12, 8, -12, -8),
        m_nodes.isEmpty() ? Qt::AlignCenter : (Qt::AlignTop | Qt::AlignLeft), note);
    painter->restore();
}

void NetworkView::renderScene(QPainter& painter, const QRectF& target)
{
    finishAnimation();
    m_scene->render(&painter, target, m_scene->sceneRect());
}

bool NetworkView::exportTo(const QString& path, QString* error)
{
    finishAnimation();
    const QRectF source = m_scene->sceneRect();
    if (m_nodes.isEmpty()) {
        *error = tr("the network shows no actors");
        return false;
    }
    if (QFileInfo(path).suffix().compare(QStringLiteral("svg"), Qt::CaseInsensitive) == 0) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(tr("Network"));
        QPainter painter;
        if (!painter.begin(&svg)) {
            *error = tr("it cannot be written");
            return false;
        }
        m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        painter.end();
        if (!QFileInfo::exists(path)) {
            *error = tr("it cannot be written");
            return false;
        }
        return true;
    }
    QImage image((source.size() * 2).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size() * 2), source);
    painter.end();
    if (!image.save(path, "PNG")) {
        *error = tr("it cannot be written");
        return false;
    }
    return true;
}

} // namespace attache
