// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/contactsfigure.h"

#include <algorithm>
#include <cmath>

#include <QFont>
#include <QGraphicsScene>
#include <QPainter>

#include "network/networkgraph.h"
#include "network/networkitems.h"
#include "timeline/timelineindex.h"

namespace attache {

ContactsFigure::ContactsFigure(const briefing::Brief& brief)
    : m_scene(std::make_unique<QGraphicsScene>())
{
    const briefing::Contacts& contacts = brief.contacts;
    if (contacts.isEmpty())
        return;
    TimelineSource source;
    source.events = contacts.events;
    source.participations = contacts.participations;
    source.actors = contacts.actors;
    const TimelineIndex index = TimelineIndex::build(source, LaneGrouping::Actor);
    NetworkGraph graph = NetworkGraph::build(index, {}, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
    // The subject and the actors in most events, and the links among them.
    if (graph.nodes.size() > std::size_t(maxActors)) {
        std::vector<NetworkGraph::Node> kept = graph.nodes;
        std::stable_sort(kept.begin(), kept.end(), [&](const auto& x, const auto& y) {
            return std::pair(x.actor != contacts.subject, -x.events) < std::pair(y.actor != contacts.subject, -y.events);
        });
        kept.resize(std::size_t(maxActors));
        QSet<qint64> keep;
        for (const auto& n : kept)
            keep.insert(n.actor);
        std::erase_if(graph.nodes, [&](const auto& n) { return !keep.contains(n.actor); });
        std::erase_if(graph.edges, [&](const auto& e) { return !keep.contains(e.a) || !keep.contains(e.b); });
    }
    if (graph.edges.empty())
        return;
    QHash<qint64, NetworkActor> actors;
    for (const Actor& a : contacts.actors)
        actors.insert(a.id.value, NetworkActor{a.name, a.kind, a.affiliation.value});
    // Pixel sizes: the figure is scaled as a whole, so its text scales with it.
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPixelSize(11);
    if (drawNetwork(*m_scene, graph, actors, font).isEmpty())
        return;
    for (QGraphicsItem* item : m_scene->items()) {
        if (auto* node = dynamic_cast<NetworkNodeItem*>(item); node && node->data(NetworkNodeItem::actorKey).toLongLong() == contacts.subject)
            node->setHighlighted(true);
    }
    m_actors = int(graph.nodes.size());
    m_links = int(graph.edges.size());
    m_source = m_scene->itemsBoundingRect().adjusted(-12, -12, 12, 12);
    m_empty = false;
}

ContactsFigure::~ContactsFigure() = default;

int ContactsFigure::logicalHeight() const
{
    if (m_empty || m_source.width() <= 0)
        return 0;
    return std::clamp(int(std::lround(logicalWidth * m_source.height() / m_source.width())), minimumHeight, maximumHeight);
}

void ContactsFigure::paint(QPainter& painter, const QRectF& target) const
{
    if (m_empty)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    // Keeps the network's proportions, centred in the figure's box.
    QSizeF size = m_source.size();
    size.scale(target.size(), Qt::KeepAspectRatio);
    const QRectF centred(target.center() - QPointF(size.width() / 2, size.height() / 2), size);
    m_scene->render(&painter, centred, m_source, Qt::IgnoreAspectRatio);
    painter.restore();
}

} // namespace attache
