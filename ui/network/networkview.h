// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QSet>
#include <QTimer>
#include <QVariantAnimation>

#include "model/actor.h"
#include "model/event.h"
#include "network/networkgraph.h"
#include "network/networkitems.h"


namespace attache {

class EventSelection;
class Project;
class TimelineView;

/// The network of who deals with whom in what the timeline shows: its filter and its visible time range. Actors are
/// nodes (size by events, shape and colour by kind), pairs of actors sharing events are edges (width by how many,
/// style by the kind of contact). Laid out by Graphviz from the last positions, so sweeping time moves the picture
/// rather than redrawing it. Click a node to select the actor's events, an edge to choose among the events the two
/// share; drag a node to pin it; hide actors; wheel, + and - zoom, Home shows it all, dragging the background pans;
/// export as PNG or SVG.
class NetworkView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    /// At most this many edges are drawn and laid out: the strongest.
    static constexpr int maxEdges = 2000;
    /// At most this many actors: those in the most events.
    static constexpr int maxNodes = 500;

    explicit NetworkView(QWidget* parent = nullptr);
    ~NetworkView() override;

    /// Shows the network of `timeline`'s project (not owned), following its index, filter and visible range.
    void setTimeline(TimelineView* timeline, Project* project);
    void setSelection(EventSelection* selection);
    /// Builds the network for what the timeline shows now and lays it out (the view does so by itself shortly after
    /// the timeline changes).
    void refresh();
    /// Ends a running move of the nodes at once.
    void finishAnimation();
    /// Shows the whole network (Home, Ctrl+0).
    void fitAll();

    const NetworkGraph& graph() const { return m_graph; }
    /// Where a node is placed (its centre, scene coordinates), after any move under way.
    std::optional<QPointF> nodePosition(qint64 actor) const;
    QString nodeLabel(qint64 actor) const;
    /// Whether a node is shown highlighted, for being in the selected events.
    bool isHighlighted(qint64 actor) const;
    /// The events two actors share in what the network shows.
    QList<EventId> sharedEvents(qint64 a, qint64 b) const;
    /// Selects the events of an actor in what the network shows, as a click on its node does.
    void activateNode(qint64 actor);
    void hideActor(qint64 actor);
    void showAllActors();
    const QSet<qint64>& hiddenActors() const { return m_hidden; }
    void pin(qint64 actor, const QPointF& at);
    /// Draws an organisation or state with the people affiliated to it as one node (or as before).
    void setCollapsed(qint64 actor, bool collapsed);
    bool isCollapsed(qint64 actor) const { return m_collapsed.contains(actor); }
    /// The actors affiliated to `actor` in the project.
    QList<qint64> membersOf(qint64 actor) const;
    /// How many edges the range has, drawn or not.
    int edgesInRange() const { return int(m_graph.edges.size()); }
    /// Writes the picture as PNG or SVG (by the file's suffix). On failure returns false and says why.
    bool exportTo(const QString& path, QString* error);
    /// Draws the scene into `painter` (benchmarks, briefing figures).
    void renderScene(QPainter& painter, const QRectF& target);

Q_SIGNALS:
    /// The analyst clicked an actor's node.
    void actorActivated(attache::ActorId id);
    /// The analyst asked to export the picture (the window asks where).
    void exportRequested();

protected:
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void showEvent(QShowEvent* event) override;

private:

    void scheduleRefresh();
    void reloadActors();
    void rebuildScene(const QHash<qint64, QPointF>& targets);
    void placeAt(double t);
    void updateEdges();
    void updateHighlight();
    void chooseShared(qint64 a, qint64 b, const QPoint& screenPos);

    TimelineView* m_timeline = nullptr;
    Project* m_project = nullptr;
    EventSelection* m_selection = nullptr;
    QGraphicsScene* m_scene;
    NetworkGraph m_graph;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QHash<qint64, NetworkActor> m_actors;
    QHash<qint64, NetworkNodeItem*> m_nodes;
    QList<NetworkEdgeItem*> m_edges;
    QHash<qint64, QPointF> m_placed; // where each node is going (the layout's result, or where it was pinned)
    QHash<qint64, QPointF> m_startOfMove;
    QSet<qint64> m_pinned;
    QSet<qint64> m_hidden;
    QSet<qint64> m_collapsed;
    QSet<qint64> m_highlighted;
    QTimer m_refreshTimer;
    QVariantAnimation m_move;
    QString m_message; // shown over an empty network
    bool m_dirty = false; // the timeline changed while the network was hidden
    bool m_actorsStale = false; // the project changed since the actors were read
    QPoint m_pressPos;
    QGraphicsItem* m_pressed = nullptr;
};

} // namespace attache
