// SPDX-License-Identifier: GPL-3.0-or-later
#include "network/networklayout.h"

#include <QScopeGuard>

#include <graphviz/gvc.h>

namespace attache {
namespace {

/// Graphviz's C API takes `char*` for names and values it does not change.
char* text(const char* s)
{
    return const_cast<char*>(s);
}

/// One Graphviz context for the program: loading its plugins costs more than a small layout.
GVC_t* context()
{
    static GVC_t* gvc = gvContext();
    return gvc;
}

void set(void* object, const char* name, const QByteArray& value)
{
    agsafeset(object, text(name), text(value.constData()), text(""));
}

} // namespace

QHash<qint64, QPointF> NetworkLayout::run(const QVector<Node>& nodes, const QVector<Edge>& edges, QString* error)
{
    QHash<qint64, QPointF> placed;
    if (nodes.isEmpty())
        return placed;
    Agraph_t* g = agopen(text("network"), Agundirected, nullptr);
    const auto closeGraph = qScopeGuard([g] { agclose(g); });
    // Overlaps between boxes removed after the layout, which keeps its shape ("prism"); distances in inches.
    set(g, "overlap", "prism");
    set(g, "splines", "false");
    set(g, "sep", "+6");
    set(g, "outputorder", "edgesfirst");
    // Positions as laid out, not moved to start at the origin: a node kept where it was stays there.
    set(g, "notranslate", "true");
    // Start from the given positions; nodes without one start at random, from a fixed seed so that the same network
    // is laid out the same way.
    set(g, "start", "random1");
    QHash<qint64, Agnode_t*> handle;
    for (const Node& n : nodes) {
        Agnode_t* node = agnode(g, text(QByteArray::number(n.id).constData()), 1);
        handle.insert(n.id, node);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "width", QByteArray::number(n.size.width() / 72.0, 'f', 3));
        set(node, "height", QByteArray::number(n.size.height() / 72.0, 'f', 3));
        if (n.start) {
            const QByteArray at = QByteArray::number(n.start->x() / 72.0, 'f', 3) + ','
                + QByteArray::number(-n.start->y() / 72.0, 'f', 3) + (n.pinned ? "!" : "");
            set(node, "pos", at);
            if (n.pinned)
                set(node, "pin", "true");
        }
    }
    for (const Edge& e : edges) {
        Agnode_t* a = handle.value(e.a);
        Agnode_t* b = handle.value(e.b);
        if (!a || !b || a == b)
            continue;
        Agedge_t* edge = agedge(g, a, b, nullptr, 1);
        set(edge, "weight", QByteArray::number(e.weight, 'f', 2));
    }
    const char* engine = nodes.size() > neatoLimit ? "sfdp" : "neato";
    if (gvLayout(context(), g, engine) != 0) {
        if (error)
            *error = QStringLiteral("Graphviz could not lay out the network with %1").arg(QString::fromLatin1(engine));
        return placed;
    }
    for (auto it = handle.cbegin(); it != handle.cend(); ++it) {
        const pointf p = ND_coord(it.value());
        placed.insert(it.key(), QPointF(p.x, -p.y)); // Graphviz's y grows upwards, the scene's downwards
    }
    gvFreeLayout(context(), g);
    // Removing overlaps may still shift the whole picture: move it back so that pinned nodes are where they were put.
    QPointF shift;
    int pinned = 0;
    for (const Node& n : nodes) {
        if (n.pinned && n.start) {
            shift += *n.start - placed.value(n.id);
            ++pinned;
        }
    }
    if (pinned > 0) {
        shift /= pinned;
        for (QPointF& p : placed)
            p += shift;
        for (const Node& n : nodes) {
            if (n.pinned && n.start)
                placed.insert(n.id, *n.start);
        }
    }
    return placed;
}

} // namespace attache
