// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanelayout.h"

#include <algorithm>

#include <QHash>

namespace attache {

void LaneLayout::setLanes(QList<Lane> lanes)
{
    m_lanes = std::move(lanes);
    m_order.resize(m_lanes.size());
    for (int i = 0; i < int(m_order.size()); ++i)
        m_order[i] = i;
    relayout();
}

void LaneLayout::setHeights(int expanded, int collapsed)
{
    m_expanded = std::max(8, expanded);
    m_collapsed = std::clamp(collapsed, 4, m_expanded);
    relayout();
}

int LaneLayout::positionOf(int lane) const
{
    return int(m_order.indexOf(lane));
}

int LaneLayout::top(int lane) const
{
    return (lane < 0 || lane >= m_tops.size() || m_lanes[lane].hidden) ? -1 : m_tops[lane];
}

int LaneLayout::height(int lane) const
{
    if (lane < 0 || lane >= m_lanes.size() || m_lanes[lane].hidden)
        return 0;
    return m_lanes[lane].collapsed ? m_collapsed : m_expanded;
}

int LaneLayout::totalHeight() const
{
    return m_total;
}

int LaneLayout::laneAtY(int y) const
{
    if (y < 0 || y >= m_total)
        return -1;
    const auto after = std::upper_bound(
        m_shown.cbegin(), m_shown.cend(), y, [this](int value, int lane) { return value < m_tops[lane]; });
    if (after == m_shown.cbegin())
        return -1;
    const int lane = *(after - 1);
    return y < m_tops[lane] + height(lane) ? lane : -1;
}

QList<int> LaneLayout::visibleLanes(int y0, int y1) const
{
    QList<int> result;
    if (y1 <= y0)
        return result;
    for (const int lane : m_order) {
        if (m_lanes[lane].hidden)
            continue;
        const int t = m_tops[lane];
        if (t >= y1)
            break;
        if (t + height(lane) > y0)
            result.append(lane);
    }
    return result;
}

void LaneLayout::setCollapsed(int lane, bool collapsed)
{
    if (lane < 0 || lane >= m_lanes.size())
        return;
    m_lanes[lane].collapsed = collapsed;
    relayout();
}

void LaneLayout::setHidden(int lane, bool hidden)
{
    if (lane < 0 || lane >= m_lanes.size())
        return;
    m_lanes[lane].hidden = hidden;
    relayout();
}

void LaneLayout::setAllCollapsed(bool collapsed)
{
    for (Lane& lane : m_lanes)
        lane.collapsed = collapsed;
    relayout();
}

void LaneLayout::showAll()
{
    for (Lane& lane : m_lanes)
        lane.hidden = false;
    relayout();
}

void LaneLayout::move(int from, int to)
{
    if (from < 0 || from >= m_order.size() || to < 0 || to >= m_order.size() || from == to)
        return;
    m_order.move(from, to);
    relayout();
}

QList<qint64> LaneLayout::orderKeys() const
{
    QList<qint64> keys;
    keys.reserve(m_order.size());
    for (const int lane : m_order)
        keys.append(m_lanes[lane].key);
    return keys;
}

void LaneLayout::applyOrderKeys(const QList<qint64>& keys)
{
    QHash<qint64, int> rank;
    for (int i = 0; i < int(keys.size()); ++i)
        rank.insert(keys[i], i);
    std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
        return rank.value(m_lanes[a].key, int(keys.size())) < rank.value(m_lanes[b].key, int(keys.size()));
    });
    relayout();
}

void LaneLayout::relayout()
{
    m_tops.resize(m_lanes.size());
    m_shown.clear();
    int y = 0;
    for (const int lane : m_order) {
        m_tops[lane] = y;
        y += height(lane);
        if (!m_lanes[lane].hidden)
            m_shown.append(lane);
    }
    m_total = y;
}

} // namespace attache
