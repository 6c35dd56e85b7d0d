// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <deque>
#include <utility>

#include <QList>
#include <QString>

namespace attache::extract {

/// One element or run of text of a parsed page. Nodes belong to their HtmlDocument.
struct HtmlNode
{
    QString tag; // lower-case element name; empty for a text node
    QString text; // a text node's characters, entities resolved
    QList<std::pair<QString, QString>> attributes; // names in lower case
    HtmlNode* parent = nullptr;
    QList<HtmlNode*> children;
    int index = 0; // unique within the document, for tables of facts about nodes

    bool isText() const { return tag.isEmpty(); }
    bool is(QLatin1StringView name) const { return tag == name; }
    QString attribute(QLatin1StringView name) const;
    bool hasAttribute(QLatin1StringView name) const;
    /// The class and id attributes together, for the hints pages leave in them.
    QString classAndId() const;
};

/// A page parsed by libxml2's forgiving HTML parser and copied into a small tree the reader can prune and rearrange
/// cheaply. Comments and processing instructions are left out; the tree is at most maxDepth elements deep (deeper
/// content is kept, one level up), so walking it recursively is safe.
class HtmlDocument final
{
public:
    static constexpr int maxDepth = 256;

    /// Parses `html`; the page's own charset declarations are ignored, the text is already decoded.
    explicit HtmlDocument(const QString& html);
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    HtmlNode* root() const { return m_root; }
    /// <body>, or the root when the markup has none.
    HtmlNode* body() const { return m_body ? m_body : m_root; }
    /// <head>, or null.
    HtmlNode* head() const { return m_head; }
    /// How many nodes were ever made: an upper bound for HtmlNode::index.
    int nodeCount() const { return int(m_nodes.size()); }

    /// A new element, not yet in the tree.
    HtmlNode* createElement(const QString& tag);
    /// Takes a node out of its parent; it stays allocated until the document goes.
    static void detach(HtmlNode* node);
    /// Puts `node` (detached) under `parent`, before `before` or last when that is null.
    static void insert(HtmlNode* parent, HtmlNode* node, HtmlNode* before = nullptr);

    /// Every element under `from` named `tag`, in document order.
    static QList<HtmlNode*> elements(HtmlNode* from, QLatin1StringView tag);
    /// All the text under a node, as it is in the markup.
    static QString textContent(const HtmlNode* node);
    /// The text under a node with runs of white space made one space, trimmed.
    static QString innerText(const HtmlNode* node);
    static bool hasAncestor(const HtmlNode* node, QLatin1StringView tag, int maxLevels = -1);

private:
    HtmlNode* make();

    std::deque<HtmlNode> m_nodes;
    HtmlNode* m_root = nullptr;
    HtmlNode* m_body = nullptr;
    HtmlNode* m_head = nullptr;
};

} // namespace attache::extract
