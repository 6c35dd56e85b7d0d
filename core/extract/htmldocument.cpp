// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmldocument.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <vector>

namespace attache::extract {
namespace {

QString fromXml(const xmlChar* s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char*>(s)) : QString();
}

/// The page with the bodies of scripts and styles taken out, JSON-LD kept: libxml2 joins a long script's text
/// chunk by chunk, reallocating as it goes, which made scripts the larger part of reading a news page.
QByteArray withoutCode(const QByteArray& html)
{
    QByteArray out;
    out.reserve(html.size());
    qsizetype at = 0;
    while (at < html.size()) {
        qsizetype open = html.indexOf('<', at);
        if (open < 0)
            break;
        const QByteArrayView rest = QByteArrayView(html).sliced(open + 1, std::min<qsizetype>(6, html.size() - open - 1));
        const bool script = rest.size() >= 6 && rest.first(6).compare("script", Qt::CaseInsensitive) == 0;
        const bool style = rest.size() >= 5 && rest.first(5).compare("style", Qt::CaseInsensitive) == 0;
        if (!script && !style) {
            out.append(QByteArrayView(html).sliced(at, open + 1 - at));
            at = open + 1;
            continue;
        }
        const qsizetype tagEnd = html.indexOf('>', open);
        if (tagEnd < 0)
            break;
        const QByteArrayView tag = QByteArrayView(html).sliced(open, tagEnd + 1 - open);
        const QByteArray closing = script ? QByteArrayLiteral("</script") : QByteArrayLiteral("</style");
        qsizetype close = -1;
        for (qsizetype from = tagEnd + 1;;) {
            close = html.indexOf('<', from);
            if (close < 0 || QByteArrayView(html).sliced(close, std::min<qsizetype>(closing.size(), html.size() - close))
                                     .compare(closing, Qt::CaseInsensitive) == 0)
                break;
            from = close + 1;
        }
        if (close < 0)
            close = html.size();
        out.append(QByteArrayView(html).sliced(at, tagEnd + 1 - at));
        if (script && tag.toByteArray().toLower().contains("ld+json"))
            out.append(QByteArrayView(html).sliced(tagEnd + 1, close - tagEnd - 1));
        at = close;
    }
    if (at < html.size())
        out.append(QByteArrayView(html).sliced(at));
    return out;
}

void appendText(const HtmlNode* node, QString& out)
{
    if (node->isText()) {
        out += node->text;
        return;
    }
    for (const HtmlNode* child : node->children)
        appendText(child, out);
}

} // namespace

QString HtmlNode::attribute(QLatin1StringView name) const
{
    for (const auto& [key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

bool HtmlNode::hasAttribute(QLatin1StringView name) const
{
    for (const auto& attr : attributes) {
        if (attr.first == name)
            return true;
    }
    return false;
}

QString HtmlNode::classAndId() const
{
    const QString cls = attribute(QLatin1StringView("class"));
    const QString id = attribute(QLatin1StringView("id"));
    return id.isEmpty() ? cls : cls.isEmpty() ? id : cls + u' ' + id;
}

HtmlDocument::HtmlDocument(const QString& html)
{
    m_root = make();
    m_root->tag = QStringLiteral("html");
    const QByteArray utf8 = withoutCode(html.toUtf8());
    // The text is decoded already: a <meta charset> in it must not make libxml2 decode it a second time.
    htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_IGNORE_ENC);
    if (!doc)
        return;
    struct Pending
    {
        xmlNode* node;
        HtmlNode* parent;
        int depth;
    };
    std::vector<Pending> tops;
    xmlNode* top = xmlDocGetRootElement(doc);
    // <html> becomes our root; anything beside it (rare, broken markup) goes under it.
    for (xmlNode* n = top; n; n = n->next) {
        if (n->type == XML_ELEMENT_NODE && fromXml(n->name).compare(QLatin1StringView("html"), Qt::CaseInsensitive) == 0) {
            for (xmlAttr* a = n->properties; a; a = a->next) {
                xmlChar* value = xmlNodeListGetString(doc, a->children, 1);
                m_root->attributes.append({fromXml(a->name).toLower(), fromXml(value)});
                xmlFree(value);
            }
            for (xmlNode* c = n->children; c; c = c->next)
                tops.push_back({c, m_root, 1});
        } else {
            tops.push_back({n, m_root, 1});
        }
    }
    // Last pushed is first taken: children go on the stack last to first.
    std::vector<Pending> stack(tops.rbegin(), tops.rend());
    while (!stack.empty()) {
        const Pending p = stack.back();
        stack.pop_back();
        xmlNode* n = p.node;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            HtmlNode* text = make();
            text->text = fromXml(n->content);
            text->parent = p.parent;
            p.parent->children.append(text);
            continue;
        }
        if (n->type != XML_ELEMENT_NODE)
            continue;
        HtmlNode* parent = p.parent;
        int depth = p.depth;
        if (depth < maxDepth) {
            HtmlNode* element = make();
            element->tag = fromXml(n->name).toLower();
            for (xmlAttr* a = n->properties; a; a = a->next) {
                xmlChar* value = xmlNodeListGetString(doc, a->children, 1);
                element->attributes.append({fromXml(a->name).toLower(), fromXml(value)});
                xmlFree(value);
            }
            element->parent = parent;
            parent->children.append(element);
            if (!m_body && element->tag == QLatin1StringView("body"))
                m_body = element;
            else if (!m_head && element->tag == QLatin1StringView("head"))
                m_head = element;
            parent = element;
            ++depth;
        }
        for (xmlNode* c = n->last; c; c = c->prev)
            stack.push_back({c, parent, depth});
    }
    xmlFreeDoc(doc);
}

HtmlNode* HtmlDocument::make()
{
    m_nodes.emplace_back();
    m_nodes.back().index = int(m_nodes.size()) - 1;
    return &m_nodes.back();
}

HtmlNode* HtmlDocument::createElement(const QString& tag)
{
    HtmlNode* node = make();
    node->tag = tag;
    return node;
}

void HtmlDocument::detach(HtmlNode* node)
{
    if (!node->parent)
        return;
    node->parent->children.removeOne(node);
    node->parent = nullptr;
}

void HtmlDocument::insert(HtmlNode* parent, HtmlNode* node, HtmlNode* before)
{
    detach(node);
    node->parent = parent;
    const qsizetype at = before ? parent->children.indexOf(before) : -1;
    if (at < 0)
        parent->children.append(node);
    else
        parent->children.insert(at, node);
}

QList<HtmlNode*> HtmlDocument::elements(HtmlNode* from, QLatin1StringView tag)
{
    QList<HtmlNode*> found;
    std::vector<HtmlNode*> stack{from};
    while (!stack.empty()) {
        HtmlNode* n = stack.back();
        stack.pop_back();
        if (n != from && n->tag == tag)
            found.append(n);
        for (auto it = n->children.crbegin(); it != n->children.crend(); ++it) {
            if (!(*it)->isText())
                stack.push_back(*it);
        }
    }
    return found;
}

QString HtmlDocument::textContent(const HtmlNode* node)
{
    QString out;
    appendText(node, out);
    return out;
}

QString HtmlDocument::innerText(const HtmlNode* node)
{
    return textContent(node).simplified();
}

bool HtmlDocument::hasAncestor(const HtmlNode* node, QLatin1StringView tag, int maxLevels)
{
    int level = 0;
    for (const HtmlNode* p = node->parent; p; p = p->parent) {
        if (maxLevels >= 0 && ++level > maxLevels)
            return false;
        if (p->tag == tag)
            return true;
    }
    return false;
}

} // namespace attache::extract
