// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsLineItem>
#include <QHash>
#include <QPointF>

#include "model/actor.h"
#include "network/networkgraph.h"

class QGraphicsScene;

namespace attache {

/// Colour of an actor's node by kind; pen of an edge by the kind of contact and how many events.
QColor networkColour(ActorKind kind);
QPen networkPen(Contact contact, int events);
/// "meetings", "calls"…
QString contactText(Contact contact);

/// An actor: a shape by kind (person round, state square, organisation rounded, group diamond) sized by events, and
/// its name under it. data(0) holds the actor id.
class NetworkNodeItem final : public QGraphicsItem
{
public:
    static constexpr int actorKey = 0;

    NetworkNodeItem(qint64 actor, const QString& label, ActorKind kind, int events, const QFont& font);
    /// The box the layout keeps free of others: the shape and its label.
    QSizeF box() const;
    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
    void setHighlighted(bool on);
    bool highlighted() const { return m_highlighted; }

private:
    QString m_label;
    ActorKind m_kind;
    QFont m_font;
    double m_radius = 6;
    double m_labelWidth = 0;
    double m_labelHeight = 0;
    bool m_highlighted = false;
};

/// Two actors' shared events: width by how many, style by the kind of contact most of them are.
class NetworkEdgeItem final : public QGraphicsLineItem
{
public:
    explicit NetworkEdgeItem(const NetworkGraph::Edge& edge);
    qint64 a;
    qint64 b;
};

/// The actors' names and kinds a network's nodes are drawn with.
struct NetworkActor
{
    QString name;
    ActorKind kind = ActorKind::Other;
    qint64 affiliation = 0;
};

/// Lays out `graph` with NetworkLayout and fills `scene` with its nodes and edges, as the network view draws them:
/// for pictures of a network away from the view (a briefing sheet's contacts). Returns the nodes' positions; empty
/// when there is nothing to draw or the layout failed.
QHash<qint64, QPointF> drawNetwork(QGraphicsScene& scene, const NetworkGraph& graph,
    const QHash<qint64, NetworkActor>& actors, const QFont& font);

} // namespace attache
