// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QHash>
#include <QPointF>
#include <QSizeF>
#include <QString>
#include <QVector>

namespace attache {

/// Places a network's nodes with Graphviz (neato for small networks, sfdp for large ones), starting from where they
/// were last time so that the picture moves rather than jumps, keeping pinned nodes where the analyst put them, and
/// removing overlaps between the nodes' boxes (labels included), so labels do not overlap.
class NetworkLayout final
{
public:
    struct Node
    {
        qint64 id = 0;
        QSizeF size; // the node's box with its label, in scene units (points)
        std::optional<QPointF> start; // where it was; none for a new node
        bool pinned = false; // stays at `start`
    };
    struct Edge
    {
        qint64 a = 0;
        qint64 b = 0;
        double weight = 1.0;
    };

    /// Above this many nodes sfdp (multilevel force-directed) lays out instead of neato (stress majorisation).
    static constexpr int neatoLimit = 120;

    /// The position of each node's centre, in scene units; empty when Graphviz fails (it says why in `error`).
    static QHash<qint64, QPointF> run(const QVector<Node>& nodes, const QVector<Edge>& edges, QString* error = nullptr);
};

} // namespace attache
