// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networkgraph.h"

#include <algorithm>
#include <limits>
#include <span>

#include <QHash>

#include "timeline/timelineindex.h"

namespace attache {
namespace {

/// Calls `f(slot)` for every event of the index shown by the mask that overlaps [from, to], in time order.
template<typename F>
void forEachInRange(const TimelineIndex& index, const std::vector<quint8>& mask, qint64 from, qint64 to, F&& f)
{
    const std::vector<quint32>& order = index.byTime();
    const std::size_t last = index.rankAtOrAfter(to == std::numeric_limits<qint64>::max() ? to : to + 1);
    for (std::size_t r = 0; r < last && r < order.size(); ++r) {
        const std::size_t i = order[r];
        if (index.end(i) < from || (!mask.empty() && mask[i] == 0))
            continue;
        f(i);
    }
}

} // namespace

Contact contactOf(EventKind kind)
{
    switch (kind) {
    case EventKind::Summit:
    case EventKind::Meeting:
    case EventKind::Talks:
    case EventKind::Visit:
        return Contact::Meeting;
    case EventKind::Call:
        return Contact::Call;
    case EventKind::Agreement:
        return Contact::Agreement;
    case EventKind::Sanction:
        return Contact::Sanction;
    default:
        return Contact::Other;
    }
}

Contact NetworkGraph::Edge::contact() const
{
    return Contact(std::max_element(byContact.begin(), byContact.end()) - byContact.begin());
}

NetworkGraph NetworkGraph::build(const TimelineIndex& index, const std::vector<quint8>& mask, qint64 from, qint64 to,
    const QSet<qint64>& hidden, const QHash<qint64, qint64>& standIn)
{
    NetworkGraph g;
    QHash<qint64, int> nodeOf;
    QHash<std::pair<qint64, qint64>, int> edgeOf;
    std::vector<qint64> actors;
    forEachInRange(index, mask, from, to, [&](std::size_t i) {
        ++g.eventsInRange;
        actors.clear();
        for (const qint64 taking : index.actorsOf(i)) {
            const qint64 a = standIn.value(taking, taking);
            if (!hidden.contains(a) && std::find(actors.begin(), actors.end(), a) == actors.end())
                actors.push_back(a);
        }
        std::sort(actors.begin(), actors.end());
        for (const qint64 a : actors) {
            auto it = nodeOf.find(a);
            if (it == nodeOf.end()) {
                it = nodeOf.insert(a, int(g.nodes.size()));
                g.nodes.push_back(Node{a, 0});
            }
            ++g.nodes[std::size_t(*it)].events;
        }
        const int contact = int(contactOf(index.kind(i)));
        for (std::size_t x = 0; x < actors.size(); ++x) {
            for (std::size_t y = x + 1; y < actors.size(); ++y) {
                const std::pair<qint64, qint64> key{actors[x], actors[y]};
                auto it = edgeOf.find(key);
                if (it == edgeOf.end()) {
                    it = edgeOf.insert(key, int(g.edges.size()));
                    g.edges.push_back(Edge{key.first, key.second, 0, {}});
                }
                Edge& e = g.edges[std::size_t(*it)];
                ++e.events;
                ++e.byContact[std::size_t(contact)];
            }
        }
    });
    std::sort(g.nodes.begin(), g.nodes.end(), [](const Node& a, const Node& b) { return a.actor < b.actor; });
    std::sort(g.edges.begin(), g.edges.end(),
        [](const Edge& a, const Edge& b) { return std::pair(a.a, a.b) < std::pair(b.a, b.b); });
    return g;
}

QList<EventId> NetworkGraph::eventsOf(const TimelineIndex& index, const std::vector<quint8>& mask, qint64 from,
    qint64 to, qint64 a, qint64 b)
{
    QList<EventId> found;
    forEachInRange(index, mask, from, to, [&](std::size_t i) {
        const std::span<const qint64> actors = index.actorsOf(i);
        const auto has = [&](qint64 actor) { return std::find(actors.begin(), actors.end(), actor) != actors.end(); };
        if (has(a) && (b == 0 || has(b)))
            found.append(EventId(index.id(i)));
    });
    return found;
}

} // namespace attache
