// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace attache {

/// One horizontal lane of the timeline: an actor's theme line, a kind, a tag, or everything.
struct Lane
{
    qint64 key = 0; // actor id, kind number or tag number: what the lane stands for
    QString label;
    int events = 0; // how many events it holds
    bool collapsed = false;
    bool hidden = false;
};

/// Stacks lanes vertically in their display order: expanded lanes are tall enough for stacked markers and labels,
/// collapsed ones show a thin density strip, hidden ones take no space.
class LaneLayout final
{
public:
    static constexpr int defaultExpandedHeight = 34;
    static constexpr int defaultCollapsedHeight = 12;

    void setLanes(QList<Lane> lanes);
    const QList<Lane>& lanes() const { return m_lanes; }
    void setHeights(int expanded, int collapsed);
    int expandedHeight() const { return m_expanded; }

    /// Lanes in display order, hidden ones included.
    int count() const { return int(m_order.size()); }
    /// The lane (index into lanes()) shown at display position `position`.
    int laneAt(int position) const { return m_order.at(position); }
    /// The display position of a lane, or -1.
    int positionOf(int lane) const;

    int top(int lane) const; // y of a lane's top edge (content coordinates); -1 for a hidden lane
    int height(int lane) const; // 0 for a hidden lane
    int totalHeight() const;
    /// The lane at content y, or -1 (above, below, or between nothing).
    int laneAtY(int y) const;
    /// The lanes that intersect [y0, y1) in display order.
    QList<int> visibleLanes(int y0, int y1) const;

    void setCollapsed(int lane, bool collapsed);
    void setHidden(int lane, bool hidden);
    void setAllCollapsed(bool collapsed);
    void showAll();
    /// Moves the lane at display position `from` to `to`.
    void move(int from, int to);
    /// The display order by lane key, for remembering it; lanes whose key is missing keep their order at the end.
    QList<qint64> orderKeys() const;
    void applyOrderKeys(const QList<qint64>& keys);

private:
    void relayout();

    QList<Lane> m_lanes;
    QList<int> m_order; // display position -> lane
    QList<int> m_tops; // lane -> top
    QList<int> m_shown; // display order without hidden lanes
    int m_total = 0;
    int m_expanded = defaultExpandedHeight;
    int m_collapsed = defaultCollapsedHeight;
};

} // namespace attache
