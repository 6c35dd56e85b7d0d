// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkitems.h"

#include <algorithm>
#include <cmath>

#include <QCoreApplication>
#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPen>

#include "network/networklayout.h"

namespace attache {

QColor networkColour(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return QColor(0x4e, 0x79, 0xa7);
    case ActorKind::State:
        return QColor(0x59, 0xa1, 0x4f);
    case ActorKind::Organization:
        return QColor(0xf2, 0x8e, 0x2b);
    case ActorKind::Group:
        return QColor(0xb0, 0x7a, 0xa1);
    default:
        return QColor(0x9c, 0x9c, 0x9c);
    }
}

QPen networkPen(Contact contact, int events)
{
    const double width = 1.0 + 1.6 * std::log2(double(std::max(1, events)));
    switch (contact) {
    case Contact::Meeting:
        return QPen(QColor(0x55, 0x55, 0x55), width, Qt::SolidLine, Qt::RoundCap);
    case Contact::Call:
        return QPen(QColor(0x4e, 0x79, 0xa7), width, Qt::DashLine, Qt::RoundCap);
    case Contact::Agreement:
        return QPen(QColor(0x3b, 0x8a, 0x3b), width, Qt::SolidLine, Qt::RoundCap);
    case Contact::Sanction:
        return QPen(QColor(0xc8, 0x3c, 0x3c), width, Qt::DotLine, Qt::RoundCap);
    case Contact::Other:
        break;
    }
    return QPen(QColor(0xa8, 0xa8, 0xa8), width, Qt::DashDotLine, Qt::RoundCap);
}

QString contactText(Contact contact)
{
    switch (contact) {
    case Contact::Meeting:
        return QCoreApplication::translate("NetworkView", "meetings");
    case Contact::Call:
        return QCoreApplication::translate("NetworkView", "calls");
    case Contact::Agreement:
        return QCoreApplication::translate("NetworkView", "agreements");
    case Contact::Sanction:
        return QCoreApplication::translate("NetworkView", "sanctions");
    case Contact::Other:
        break;
    }
    return QCoreApplication::translate("NetworkView", "other");
}

NetworkNodeItem::NetworkNodeItem(qint64 actor, const QString& label, ActorKind kind, int events, const QFont& font)
    : m_label(label)
    , m_kind(kind)
    , m_font(font)
{
    setData(actorKey, actor);
    m_radius = std::min(28.0, 6.0 + 3.0 * std::sqrt(double(events)));
    const QFontMetricsF metrics(m_font);
    m_labelWidth = metrics.horizontalAdvance(m_label);
    m_labelHeight = metrics.height();
    setFlag(ItemIsMovable);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
}

QSizeF NetworkNodeItem::box() const
{
    return QSizeF(std::max(2 * m_radius, m_labelWidth) + 6, 2 * m_radius + m_labelHeight + 4);
}

QRectF NetworkNodeItem::boundingRect() const
{
    const QSizeF b = box();
    return QRectF(-b.width() / 2 - 2, -m_radius - 2, b.width() + 4, b.height() + 4);
}

void NetworkNodeItem::setHighlighted(bool on)
{
    if (on != m_highlighted) {
        m_highlighted = on;
        update();
    }
}

void NetworkNodeItem::paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor fill = networkColour(m_kind);
    painter->setBrush(fill);
    painter->setPen(m_highlighted ? QPen(QColor(0xff, 0xb0, 0x00), 3.5) : QPen(fill.darker(140), 1.2));
    const QRectF r(-m_radius, -m_radius, 2 * m_radius, 2 * m_radius);
    switch (m_kind) {
    case ActorKind::State:
        painter->drawRect(r.adjusted(1, 1, -1, -1));
        break;
    case ActorKind::Organization:
        painter->drawRoundedRect(r, m_radius / 2.5, m_radius / 2.5);
        break;
    case ActorKind::Group: {
        const QPointF diamond[4] = {{0, -m_radius}, {m_radius, 0}, {0, m_radius}, {-m_radius, 0}};
        painter->drawPolygon(diamond, 4);
        break;
    }
    default:
        painter->drawEllipse(r);
        break;
    }
    painter->setFont(m_font);
    painter->setPen(QColor(0x20, 0x20, 0x20));
    painter->drawText(QRectF(-m_labelWidth / 2 - 1, m_radius + 2, m_labelWidth + 2, m_labelHeight), Qt::AlignCenter,
        m_label);
}

NetworkEdgeItem::NetworkEdgeItem(const NetworkGraph::Edge& edge)
    : a(edge.a)
    , b(edge.b)
{
    setPen(networkPen(edge.contact(), edge.events));
    setCursor(Qt::PointingHandCursor);
    setZValue(0);
}

QHash<qint64, QPointF> drawNetwork(QGraphicsScene& scene, const NetworkGraph& graph,
    const QHash<qint64, NetworkActor>& actors, const QFont& font)
{
    QHash<qint64, NetworkNodeItem*> nodes;
    QVector<NetworkLayout::Node> layoutNodes;
    for (const NetworkGraph::Node& n : graph.nodes) {
        const NetworkActor actor = actors.value(n.actor);
        auto* item = new NetworkNodeItem(n.actor, actor.name, actor.kind, n.events, font);
        item->setFlag(QGraphicsItem::ItemIsMovable, false);
        nodes.insert(n.actor, item);
        layoutNodes.append(NetworkLayout::Node{n.actor, item->box(), std::nullopt, false});
    }
    QVector<NetworkLayout::Edge> layoutEdges;
    for (const NetworkGraph::Edge& e : graph.edges)
        layoutEdges.append({e.a, e.b, 1.0 + std::log2(double(e.events))});
    const QHash<qint64, QPointF> placed = NetworkLayout::run(layoutNodes, layoutEdges);
    if (placed.isEmpty()) {
        qDeleteAll(nodes);
        return placed;
    }
    for (const NetworkGraph::Edge& e : graph.edges) {
        auto* edge = new NetworkEdgeItem(e);
        edge->setLine(QLineF(placed.value(e.a), placed.value(e.b)));
        scene.addItem(edge);
    }
    for (auto it = nodes.cbegin(); it != nodes.cend(); ++it) {
        it.value()->setPos(placed.value(it.key()));
        scene.addItem(it.value());
    }
    return placed;
}

} // namespace attache
