// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/maintext.h"

#include <algorithm>
#include <functional>
#include <vector>

#include <QRegularExpression>
#include <QSet>

#include "extract/htmltext.h"

namespace attache::extract {
namespace {

using L1 = QLatin1StringView;

bool isAnyOf(const HtmlNode* node, std::initializer_list<const char*> tags)
{
    for (const char* tag : tags) {
        if (node->tag == L1(tag))
            return true;
    }
    return false;
}

bool isHeading(const HtmlNode* node)
{
    return node->tag.size() == 2 && node->tag.at(0) == u'h' && node->tag.at(1) >= u'1' && node->tag.at(1) <= u'6';
}

/// Elements that only ever hold page machinery, never the story's text.
bool isMachinery(const HtmlNode* node)
{
    static const QSet<QString> tags{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("noscript"),
        QStringLiteral("template"), QStringLiteral("iframe"), QStringLiteral("object"), QStringLiteral("embed"),
        QStringLiteral("svg"), QStringLiteral("canvas"), QStringLiteral("video"), QStringLiteral("audio"),
        QStringLiteral("source"), QStringLiteral("track"), QStringLiteral("map"), QStringLiteral("link"),
        QStringLiteral("meta"), QStringLiteral("button"), QStringLiteral("input"), QStringLiteral("select"),
        QStringLiteral("textarea"), QStringLiteral("option"), QStringLiteral("dialog"), QStringLiteral("head"),
        QStringLiteral("title"), QStringLiteral("math")};
    return tags.contains(node->tag);
}

/// Hidden by the page itself: the hidden attribute, aria-hidden, or an inline style that hides it.
bool isHidden(const HtmlNode* node)
{
    if (node->is(L1("html")) || node->is(L1("body")))
        return false;
    if (node->hasAttribute(L1("hidden")))
        return true;
    if (node->attribute(L1("aria-hidden")) == L1("true")
        && !node->attribute(L1("class")).contains(L1("fallback-image")))
        return true;
    // Class names that themes and frameworks use to hide things, or to keep them for screen readers only ("opens
    // in a new window"): a sighted reader never sees them.
    static const QSet<QString> hidingClasses{QStringLiteral("hidden"), QStringLiteral("is-hidden"),
        QStringLiteral("u-hidden"), QStringLiteral("sr-only"), QStringLiteral("visually-hidden"),
        QStringLiteral("visuallyhidden"), QStringLiteral("screen-reader-text"), QStringLiteral("screen-reader-only"),
        QStringLiteral("a11y-hidden"), QStringLiteral("offscreen")};
    const QString classes = node->attribute(L1("class"));
    if (!classes.isEmpty()) {
        for (const QString& c : classes.split(u' ', Qt::SkipEmptyParts)) {
            if (hidingClasses.contains(c.toLower()))
                return true;
        }
    }
    const QString style = node->attribute(L1("style"));
    if (style.isEmpty())
        return false;
    static const QRegularExpression hiding(QStringLiteral("(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)"),
        QRegularExpression::CaseInsensitiveOption);
    return hiding.match(style).hasMatch();
}

/// Phrasing content in HTML's sense: what can stand inside a paragraph.
bool isPhrasing(const HtmlNode* node)
{
    if (node->isText())
        return true;
    static const QSet<QString> tags{QStringLiteral("abbr"), QStringLiteral("audio"), QStringLiteral("b"),
        QStringLiteral("bdo"), QStringLiteral("br"), QStringLiteral("button"), QStringLiteral("cite"),
        QStringLiteral("code"), QStringLiteral("data"), QStringLiteral("datalist"), QStringLiteral("dfn"),
        QStringLiteral("em"), QStringLiteral("embed"), QStringLiteral("i"), QStringLiteral("img"),
        QStringLiteral("input"), QStringLiteral("kbd"), QStringLiteral("label"), QStringLiteral("mark"),
        QStringLiteral("math"), QStringLiteral("meter"), QStringLiteral("noscript"), QStringLiteral("object"),
        QStringLiteral("output"), QStringLiteral("progress"), QStringLiteral("q"), QStringLiteral("ruby"),
        QStringLiteral("samp"), QStringLiteral("script"), QStringLiteral("select"), QStringLiteral("small"),
        QStringLiteral("span"), QStringLiteral("strong"), QStringLiteral("sub"), QStringLiteral("sup"),
        QStringLiteral("textarea"), QStringLiteral("time"), QStringLiteral("var"), QStringLiteral("wbr"),
        QStringLiteral("font"), QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("strike"),
        QStringLiteral("tt"), QStringLiteral("big")};
    if (tags.contains(node->tag))
        return true;
    if (isAnyOf(node, {"a", "del", "ins"}))
        return std::all_of(node->children.cbegin(), node->children.cend(), isPhrasing);
    return false;
}

bool isWhitespace(const HtmlNode* node)
{
    return node->isText() ? node->text.trimmed().isEmpty() : node->is(L1("br"));
}

/// Elements that make a <div> more than a paragraph.
bool isDivBreaker(const HtmlNode* node)
{
    return isAnyOf(node, {"blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"});
}

/// Characters of text with runs of white space counted once, as a reader sees them.
int visibleLength(const QString& text)
{
    int length = 0;
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!space)
                ++length;
            space = true;
        } else {
            ++length;
            space = false;
        }
    }
    return length;
}

int commasIn(const QString& text)
{
    int n = 0;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x002C: case 0x060C: case 0xFE50: case 0xFE10: case 0xFE11: case 0x2E41: case 0x2E34: case 0x2E32:
        case 0xFF0C:
            ++n;
            break;
        default:
            break;
        }
    }
    return n;
}

// Names pages give to the parts around a story, and to the story itself. Words, not site names: they are how
// publishing systems and themes name things.
const QRegularExpression& unlikelyNames()
{
    static const QRegularExpression re(QStringLiteral(
        "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|"
        "menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|"
        "pagination|pager|popup|yom-remote|newsletter|subscribe|signup|cookie|consent|paywall|outbrain|taboola"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& maybeNames()
{
    static const QRegularExpression re(QStringLiteral("and|article|body|column|content|main|mathjax|shadow"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& positiveNames()
{
    static const QRegularExpression re(
        QStringLiteral("article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& negativeNames()
{
    static const QRegularExpression re(QStringLiteral(
        "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|"
        "outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|newsletter"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& bylineNames()
{
    static const QRegularExpression re(QStringLiteral("byline|author|dateline|writtenby|p-author"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression& shareNames()
{
    static const QRegularExpression re(QStringLiteral("(\\b|_)(share|sharedaddy)(\\b|_)"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

/// Removes what never holds the story, and gives the tree the shape scoring expects: <br><br> runs become
/// paragraphs, text beside blocks in a <div> is wrapped in paragraphs, a <div> of text becomes a paragraph.
class Preparation
{
public:
    explicit Preparation(HtmlDocument& document)
        : m_document(document)
    {
        prune(document.root());
        replaceBreaks(document.root());
        markBlocks(document.root());
        reshapeDivs(document.root());
    }

private:
    void prune(HtmlNode* node)
    {
        const QList<HtmlNode*> children = node->children;
        for (HtmlNode* child : children) {
            if (child->isText())
                continue;
            if (isMachinery(child) || isHidden(child)
                || (child->attribute(L1("aria-modal")) == L1("true") && child->attribute(L1("role")) == L1("dialog")))
                HtmlDocument::detach(child);
            else
                prune(child);
        }
    }

    static bool isBlankText(const HtmlNode* n) { return n->isText() && n->text.trimmed().isEmpty(); }

    /// Rebuilds each child list in one pass: a page of text broken by thousands of <br> must not cost their square.
    void replaceBreaks(HtmlNode* node)
    {
        for (HtmlNode* child : std::as_const(node->children)) {
            if (!child->isText())
                replaceBreaks(child);
        }
        const QList<HtmlNode*> kids = node->children;
        const qsizetype n = kids.size();
        const auto nextSolid = [&](qsizetype from) {
            while (from < n && isBlankText(kids[from]))
                ++from;
            return from;
        };
        QList<HtmlNode*> out;
        bool changed = false;
        for (qsizetype i = 0; i < n;) {
            HtmlNode* k = kids[i];
            qsizetype j = k->is(L1("br")) ? nextSolid(i + 1) : n;
            if (!k->is(L1("br")) || j >= n || !kids[j]->is(L1("br"))) {
                out.append(k);
                ++i;
                continue;
            }
            // Two or more <br> in a row (white space between them allowed) end a paragraph; the phrasing content
            // after them, up to the next such run, is the new one.
            while (j < n && (kids[j]->is(L1("br")) || isBlankText(kids[j])))
                kids[j++]->parent = nullptr;
            k->parent = nullptr;
            HtmlNode* p = m_document.createElement(QStringLiteral("p"));
            p->parent = node;
            out.append(p);
            changed = true;
            while (j < n) {
                HtmlNode* sibling = kids[j];
                if (sibling->is(L1("br"))) {
                    const qsizetype after = nextSolid(j + 1);
                    if (after < n && kids[after]->is(L1("br")))
                        break;
                }
                if (!isPhrasing(sibling))
                    break;
                sibling->parent = p;
                p->children.append(sibling);
                ++j;
            }
            while (!p->children.isEmpty() && isWhitespace(p->children.last()))
                p->children.takeLast()->parent = nullptr;
            i = j;
        }
        if (!changed)
            return;
        node->children = out;
        if (node->is(L1("p")))
            node->tag = QStringLiteral("div");
    }

    bool markBlocks(const HtmlNode* node)
    {
        bool found = false;
        for (const HtmlNode* child : node->children) {
            if (!child->isText() && (markBlocks(child) || isDivBreaker(child)))
                found = true;
        }
        if (found)
            m_hasBlock.insert(node);
        return found;
    }

    bool hasBlock(const HtmlNode* node) const { return m_hasBlock.contains(node); }

    void reshapeDivs(HtmlNode* node)
    {
        for (qsizetype i = 0; i < node->children.size(); ++i) {
            HtmlNode* child = node->children[i];
            if (child->isText())
                continue;
            if (child->is(L1("div")))
                child = reshapeDiv(child);
            reshapeDivs(child);
        }
    }

    HtmlNode* reshapeDiv(HtmlNode* div)
    {
        if (hasBlock(div)) {
            // Text beside blocks would go unscored: each run of it becomes a paragraph (in one pass over the list).
            QList<HtmlNode*> out;
            HtmlNode* p = nullptr;
            for (HtmlNode* child : QList<HtmlNode*>(div->children)) {
                if (isPhrasing(child)) {
                    if (!p && isWhitespace(child)) {
                        out.append(child);
                        continue;
                    }
                    if (!p) {
                        p = m_document.createElement(QStringLiteral("p"));
                        p->parent = div;
                        out.append(p);
                    }
                    child->parent = p;
                    p->children.append(child);
                    continue;
                }
                if (p) {
                    // White space after the run stays outside it.
                    qsizetype keep = p->children.size();
                    while (keep > 0 && isWhitespace(p->children[keep - 1]))
                        --keep;
                    for (qsizetype t = keep; t < p->children.size(); ++t) {
                        p->children[t]->parent = div;
                        out.append(p->children[t]);
                    }
                    p->children.resize(keep);
                    p = nullptr;
                }
                out.append(child);
            }
            div->children = out;
        }
        // A wrapper around one paragraph is that paragraph.
        HtmlNode* only = nullptr;
        int elements = 0;
        bool text = false;
        for (HtmlNode* child : std::as_const(div->children)) {
            if (child->isText())
                text = text || !child->text.trimmed().isEmpty();
            else if (++elements == 1)
                only = child;
        }
        if (elements == 1 && !text && only->is(L1("p")) && linkShare(div) < 0.25) {
            // The wrapper's class and id name what the paragraph is ("sidebar", "story"): the paragraph keeps them.
            for (const char* name : {"class", "id"}) {
                const QString value = div->attribute(L1(name));
                if (!value.isEmpty() && !only->hasAttribute(L1(name)))
                    only->attributes.append({QString::fromLatin1(name), value});
            }
            HtmlDocument::insert(div->parent, only, div);
            HtmlDocument::detach(div);
            return only;
        }
        if (!hasBlock(div))
            div->tag = QStringLiteral("p");
        return div;
    }

    static double linkShare(const HtmlNode* node)
    {
        const int all = visibleLength(HtmlDocument::textContent(node));
        if (all == 0)
            return 0;
        int links = 0;
        for (const HtmlNode* a : HtmlDocument::elements(const_cast<HtmlNode*>(node), L1("a")))
            links += visibleLength(HtmlDocument::textContent(a));
        return double(links) / all;
    }

    HtmlDocument& m_document;
    QSet<const HtmlNode*> m_hasBlock;
};

enum Flag : int { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

/// One pass of the search for the story, with some of the rules switched on.
class Pass
{
public:
    Pass(const HtmlDocument& document, const QString& title, int flags)
        : m_document(document)
        , m_title(title)
        , m_flags(flags)
        , m_facts(std::size_t(document.nodeCount()))
    {
        collect(document.root());
        measure(document.root());
        score();
        const HtmlNode* top = topCandidate();
        if (top)
            pickSiblings(top);
        clean();
        QList<const HtmlNode*> picked(m_picked.cbegin(), m_picked.cend());
        m_paragraphs = paragraphsOf(picked, [this](const HtmlNode* n) { return removed(n) || isTeaser(n); });
        // A selection that is one linked line is what the analyst chose: kept when it is all there is.
        if (m_paragraphs.isEmpty())
            m_paragraphs = paragraphsOf(picked, [this](const HtmlNode* n) { return removed(n); });
        for (const QString& p : std::as_const(m_paragraphs))
            m_length += visibleLength(p);
        // Captions describe the pictures beside a story and stay out of its text; in a photo essay or a how-to
        // with a picture a step, where they carry much of the text, they are the story.
        const QStringList uncaptioned = paragraphsOf(
            picked, [this](const HtmlNode* n) {
                return removed(n) || isTeaser(n) || n->is(L1("figcaption")) || n->is(L1("figure"));
            });
        int length = 0;
        for (const QString& p : uncaptioned)
            length += visibleLength(p);
        if (length >= m_length * 0.85) {
            m_paragraphs = uncaptioned;
            m_length = length;
        }
    }

    QStringList paragraphs() const { return m_paragraphs; }
    int length() const { return m_length; }
    QString byline() const { return m_byline.isEmpty() ? m_headerByline : m_byline; }

private:
    struct Facts
    {
        double score = 0;
        int chars = 0;
        int linkChars = 0;
        int commas = 0;
        bool candidate = false;
        bool removed = false;
        bool dataTable = false;
    };

    /// A short paragraph that is all link ("Read more: …") points to another story.
    bool isTeaser(const HtmlNode* n) const
    {
        return n->is(L1("p")) && facts(n).chars > 0 && facts(n).chars < 200 && linkDensity(n) >= 0.9;
    }

    Facts& facts(const HtmlNode* n) { return m_facts[std::size_t(n->index)]; }
    const Facts& facts(const HtmlNode* n) const { return m_facts[std::size_t(n->index)]; }
    bool removed(const HtmlNode* n) const { return !n->isText() && facts(n).removed; }
    void remove(const HtmlNode* n) { facts(n).removed = true; }

    double linkDensity(const HtmlNode* n) const
    {
        const Facts& f = facts(n);
        return f.chars ? double(f.linkChars) / f.chars : 0.0;
    }

    int classWeight(const HtmlNode* n) const
    {
        if (!(m_flags & WeightClasses))
            return 0;
        int weight = 0;
        // The page's own word for its story: schema.org's articleBody.
        if (n->attribute(L1("itemprop")).contains(L1("articleBody"), Qt::CaseInsensitive))
            weight += 25;
        for (const QString& name : {n->attribute(L1("class")), n->attribute(L1("id"))}) {
            if (name.isEmpty())
                continue;
            if (negativeNames().match(name).hasMatch())
                weight -= 25;
            if (positiveNames().match(name).hasMatch())
                weight += 25;
        }
        return weight;
    }

    void initialize(const HtmlNode* n)
    {
        Facts& f = facts(n);
        if (f.candidate)
            return;
        f.candidate = true;
        double s = 0;
        if (n->is(L1("div")))
            s = 5;
        else if (isAnyOf(n, {"pre", "td", "blockquote"}))
            s = 3;
        else if (isAnyOf(n, {"address", "ol", "ul", "dl", "dd", "dt", "li", "form"}))
            s = -3;
        else if (isHeading(n) || n->is(L1("th")))
            s = -5;
        f.score = s + classWeight(n);
        m_candidates.push_back(n);
    }

    bool isBylineNode(const HtmlNode* n) const
    {
        const bool marked = n->attribute(L1("rel")) == L1("author") || n->attribute(L1("itemprop")).contains(L1("author"))
            || bylineNames().match(n->classAndId()).hasMatch();
        if (!marked)
            return false;
        const int length = HtmlDocument::innerText(n).size();
        return length > 0 && length < 100;
    }

    QString bylineText(const HtmlNode* n) const
    {
        // A name marked inside the byline is more exact than the whole line.
        std::vector<const HtmlNode*> stack{n};
        while (!stack.empty()) {
            const HtmlNode* x = stack.back();
            stack.pop_back();
            if (x != n && x->attribute(L1("itemprop")).contains(L1("name")))
                return HtmlDocument::innerText(x);
            for (auto it = x->children.crbegin(); it != x->children.crend(); ++it) {
                if (!(*it)->isText())
                    stack.push_back(*it);
            }
        }
        return HtmlDocument::textContent(n).trimmed();
    }

    bool isEmptyBox(const HtmlNode* n) const
    {
        if (!(isAnyOf(n, {"div", "section", "header"}) || isHeading(n)))
            return false;
        for (const HtmlNode* c : n->children) {
            if (c->isText() ? !c->text.trimmed().isEmpty() : !isAnyOf(c, {"br", "hr"}))
                return false;
        }
        return true;
    }

    static const QRegularExpression& notes()
    {
        static const QRegularExpression re(QStringLiteral("comment|footer|sidebar|related|menu|nav|disqus|replies"),
            QRegularExpression::CaseInsensitiveOption);
        return re;
    }

    void findByline(const HtmlNode* node)
    {
        for (const HtmlNode* n : node->children) {
            if (n->isText() || !m_headerByline.isEmpty())
                continue;
            if (isBylineNode(n))
                m_headerByline = bylineText(n);
            else if (!notes().match(n->classAndId()).hasMatch())
                findByline(n);
        }
    }

    void collect(const HtmlNode* node)
    {
        for (const HtmlNode* n : node->children) {
            if (n->isText())
                continue;
            const QString names = n->classAndId();
            if (m_byline.isEmpty() && isBylineNode(n)) {
                m_byline = bylineText(n);
                remove(n);
                continue;
            }
            if (!m_titleRemoved && (n->is(L1("h1")) || n->is(L1("h2"))) && !m_title.isEmpty()
                && wordingSimilarity(m_title, HtmlDocument::innerText(n)) > 0.75) {
                m_titleRemoved = true;
                remove(n);
                continue;
            }
            if (m_flags & StripUnlikely) {
                if (!names.isEmpty() && unlikelyNames().match(names).hasMatch() && !maybeNames().match(names).hasMatch()
                    && !HtmlDocument::hasAncestor(n, L1("table")) && !HtmlDocument::hasAncestor(n, L1("code"))
                    && !n->is(L1("body")) && !n->is(L1("a"))) {
                    remove(n);
                    // An article's header is page furniture, but the byline in it is the article's.
                    if (m_headerByline.isEmpty() && !notes().match(names).hasMatch()
                        && HtmlDocument::hasAncestor(n, L1("article")))
                        findByline(n);
                    continue;
                }
                static const QStringList roles{QStringLiteral("menu"), QStringLiteral("menubar"),
                    QStringLiteral("complementary"), QStringLiteral("navigation"), QStringLiteral("alert"),
                    QStringLiteral("alertdialog"), QStringLiteral("dialog")};
                if (roles.contains(n->attribute(L1("role")))) {
                    remove(n);
                    continue;
                }
            }
            if (isEmptyBox(n)) {
                remove(n);
                continue;
            }
            if (isAnyOf(n, {"section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre"}))
                m_toScore.push_back(n);
            collect(n);
        }
    }

    void measure(const HtmlNode* node)
    {
        Facts& f = facts(node);
        f.chars = f.linkChars = f.commas = 0;
        for (const HtmlNode* c : node->children) {
            if (c->isText()) {
                f.chars += visibleLength(c->text);
                f.commas += commasIn(c->text);
                continue;
            }
            if (removed(c))
                continue;
            measure(c);
            const Facts& cf = facts(c);
            f.chars += cf.chars;
            f.commas += cf.commas;
            if (c->is(L1("a"))) {
                // Links within the page (#footnotes) count less: they are not somewhere else to go.
                const bool local = c->attribute(L1("href")).startsWith(u'#');
                f.linkChars += local ? int(cf.chars * 0.3) : cf.chars;
            } else {
                f.linkChars += cf.linkChars;
            }
        }
    }

    void score()
    {
        for (const HtmlNode* n : m_toScore) {
            if (removed(n) || !n->parent)
                continue;
            const Facts& f = facts(n);
            if (f.chars < 25)
                continue;
            const double points = 1 + f.commas + std::min(f.chars / 100, 3);
            int level = 0;
            for (const HtmlNode* a = n->parent; a && level < 5; a = a->parent, ++level) {
                if (!a->parent)
                    break;
                initialize(a);
                const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                facts(a).score += points / divider;
            }
        }
        for (const HtmlNode* c : m_candidates)
            facts(c).score *= 1 - linkDensity(c);
    }

    const HtmlNode* topCandidate()
    {
        const HtmlNode* body = m_document.body();
        std::vector<const HtmlNode*> ranked = m_candidates;
        std::stable_sort(ranked.begin(), ranked.end(),
            [this](const HtmlNode* a, const HtmlNode* b) { return facts(a).score > facts(b).score; });
        if (ranked.size() > 5)
            ranked.resize(5);
        const HtmlNode* top = ranked.empty() ? nullptr : ranked.front();
        if (!top || top == body || top == m_document.root()) {
            m_picked.push_back(body);
            return nullptr;
        }
        // When several near-best blocks share an ancestor, the story is that ancestor (a story split in parts).
        const double topScore = facts(top).score;
        std::vector<std::vector<const HtmlNode*>> alternatives;
        for (std::size_t i = 1; i < ranked.size(); ++i) {
            if (topScore > 0 && facts(ranked[i]).score / topScore >= 0.75) {
                std::vector<const HtmlNode*> ancestors;
                for (const HtmlNode* a = ranked[i]->parent; a; a = a->parent)
                    ancestors.push_back(a);
                alternatives.push_back(ancestors);
            }
        }
        if (alternatives.size() >= 3) {
            for (const HtmlNode* a = top->parent; a && a != body && a->parent; a = a->parent) {
                int containing = 0;
                for (const auto& list : alternatives)
                    containing += std::find(list.cbegin(), list.cend(), a) != list.cend();
                if (containing >= 3) {
                    top = a;
                    break;
                }
            }
        }
        initialize(top);
        // A parent that scores better than the block holds more of the story.
        double lastScore = facts(top).score;
        const double threshold = lastScore / 3;
        for (const HtmlNode* a = top->parent; a && a != body && a->parent; a = a->parent) {
            if (!facts(a).candidate)
                continue;
            const double s = facts(a).score;
            if (s < threshold)
                break;
            if (s > lastScore) {
                top = a;
                break;
            }
            lastScore = s;
        }
        for (const HtmlNode* a = top->parent; a && a != body && a->parent; a = a->parent) {
            int elements = 0;
            for (const HtmlNode* c : a->children)
                elements += !c->isText() && !removed(c);
            if (elements != 1)
                break;
            top = a;
            initialize(top);
        }
        // Broken markup can leave the story outside <body>; the walk never takes the root, but a page whose best
        // block has no parent to take siblings from is read whole.
        if (!top->parent) {
            m_picked.push_back(body);
            return nullptr;
        }
        return top;
    }

    void pickSiblings(const HtmlNode* top)
    {
        const double topScore = facts(top).score;
        const double threshold = std::max(10.0, topScore * 0.2);
        const QString topClass = top->attribute(L1("class"));
        static const QRegularExpression sentenceEnd(QStringLiteral("\\.( |$)"));
        for (const HtmlNode* s : top->parent->children) {
            if (s->isText() || removed(s))
                continue;
            bool append = s == top;
            if (!append) {
                const Facts& f = facts(s);
                const double bonus = !topClass.isEmpty() && s->attribute(L1("class")) == topClass ? topScore * 0.2 : 0;
                if (f.candidate && f.score + bonus >= threshold) {
                    append = true;
                } else if (s->is(L1("p"))) {
                    const double density = linkDensity(s);
                    if (density < 0.25 && f.chars > 80)
                        append = true;
                    else if (f.chars < 80 && f.chars > 0 && density == 0
                        && sentenceEnd.match(HtmlDocument::innerText(s)).hasMatch())
                        append = true;
                }
            }
            if (append)
                m_picked.push_back(s);
        }
    }

    void forEachUnder(const HtmlNode* root, const std::function<void(const HtmlNode*)>& f) const
    {
        for (const HtmlNode* c : root->children) {
            if (c->isText() || removed(c))
                continue;
            f(c);
            forEachUnder(c, f);
        }
    }

    QList<const HtmlNode*> under(const HtmlNode* root, std::initializer_list<const char*> tags) const
    {
        QList<const HtmlNode*> found;
        forEachUnder(root, [&](const HtmlNode* n) {
            if (isAnyOf(n, tags))
                found.append(n);
        });
        return found;
    }

    void markDataTables(const HtmlNode* root)
    {
        for (const HtmlNode* table : under(root, {"table"})) {
            bool data = false;
            if (table->attribute(L1("role")) == L1("presentation") || table->attribute(L1("datatable")) == L1("0")) {
                data = false;
            } else if (!table->attribute(L1("summary")).isEmpty() || !under(table, {"caption"}).isEmpty()
                || !under(table, {"col", "colgroup", "tfoot", "thead", "th"}).isEmpty()) {
                data = true;
            } else if (!under(table, {"table"}).isEmpty()) {
                data = false;
            } else {
                const QList<const HtmlNode*> rowList = under(table, {"tr"});
                int columns = 0;
                for (const HtmlNode* row : rowList) {
                    int cells = 0;
                    for (const HtmlNode* c : row->children) {
                        if (isAnyOf(c, {"td", "th"}))
                            cells += std::max(1, c->attribute(L1("colspan")).toInt());
                    }
                    columns = std::max(columns, cells);
                }
                const qsizetype rows = rowList.size();
                data = !(rows == 1 || columns == 1) && (rows >= 10 || columns > 4 || rows * columns > 10);
            }
            facts(table).dataTable = data;
        }
    }

    bool insideDataTable(const HtmlNode* n) const
    {
        for (const HtmlNode* p = n->parent; p; p = p->parent) {
            if (p->is(L1("table")) && facts(p).dataTable)
                return true;
        }
        return false;
    }

    int textOf(const HtmlNode* root, std::initializer_list<const char*> tags) const
    {
        int length = 0;
        for (const HtmlNode* n : under(root, tags))
            length += facts(n).chars;
        return length;
    }

    bool shouldDrop(const HtmlNode* node, bool list)
    {
        if (node->is(L1("table")) && facts(node).dataTable)
            return false;
        if (insideDataTable(node) || HtmlDocument::hasAncestor(node, L1("code")))
            return false;
        for (const HtmlNode* t : under(node, {"table"})) {
            if (facts(t).dataTable)
                return false;
        }
        const Facts& f = facts(node);
        if (!list && f.chars > 0)
            list = double(textOf(node, {"ul", "ol"})) / f.chars > 0.9;
        const int weight = classWeight(node);
        if (weight < 0)
            return true;
        if (f.commas >= 10)
            return false;
        const qsizetype p = under(node, {"p"}).size();
        const qsizetype img = under(node, {"img"}).size();
        const qsizetype li = under(node, {"li"}).size() - 100;
        const QString text = HtmlDocument::innerText(node);
        static const QRegularExpression adWords(
            QStringLiteral("^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio)$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        static const QRegularExpression loadingWords(
            QStringLiteral("^((loading|正在加载|Загрузка|chargement|cargando)(…|\\.\\.\\.)?)$"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (adWords.match(text).hasMatch() || loadingWords.match(text).hasMatch())
            return true;
        const int length = f.chars;
        const double density = linkDensity(node);
        const double headingDensity = length ? double(textOf(node, {"h1", "h2", "h3", "h4", "h5", "h6"})) / length : 0;
        const double textDensity = length
            ? double(textOf(node, {"span", "li", "td", "blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul"}))
                / length
            : 0;
        const bool inFigure = HtmlDocument::hasAncestor(node, L1("figure"));
        bool drop = false;
        if (!inFigure && img > 1 && double(p) / img < 0.5)
            drop = true;
        if (!list && li > p)
            drop = true;
        if (!list && !inFigure && headingDensity < 0.9 && length < 25 && (img == 0 || img > 2) && density > 0)
            drop = true;
        if (!list && weight < 25 && density > 0.2)
            drop = true;
        if (weight >= 25 && density > 0.5)
            drop = true;
        if (img == 0 && textDensity == 0)
            drop = true;
        if (list && drop) {
            // A plain list of pictures stays.
            for (const HtmlNode* c : node->children) {
                int elements = 0;
                for (const HtmlNode* g : c->children)
                    elements += !g->isText();
                if (!c->isText() && elements > 1)
                    return drop;
            }
            if (img == under(node, {"li"}).size())
                return false;
        }
        return drop;
    }

    /// Removes a node and takes its text out of its ancestors' counts.
    void drop(const HtmlNode* node)
    {
        remove(node);
        const Facts gone = facts(node);
        bool inLink = node->is(L1("a"));
        for (const HtmlNode* a = node->parent; a; a = a->parent) {
            Facts& f = facts(a);
            f.chars -= gone.chars;
            f.commas -= gone.commas;
            f.linkChars -= inLink ? gone.chars : gone.linkChars;
            inLink = inLink || a->is(L1("a"));
        }
    }

    void cleanConditionally(const HtmlNode* root, const char* tag)
    {
        if (!(m_flags & CleanConditionally))
            return;
        const bool list = QLatin1StringView(tag) == L1("ul") || QLatin1StringView(tag) == L1("ol");
        QList<const HtmlNode*> nodes = under(root, {tag});
        if (root->tag == QLatin1StringView(tag) && root != m_document.body())
            nodes.prepend(root);
        // Innermost last in document order first, as removing an outer block decides for the inner ones.
        for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
            if (!removed(*it) && shouldDrop(*it, list))
                drop(*it);
        }
    }

    void clean()
    {
        for (const HtmlNode* root : m_picked) {
            markDataTables(root);
            cleanConditionally(root, "form");
            cleanConditionally(root, "fieldset");
            for (const HtmlNode* n : under(root, {"footer", "aside", "link", "nav"}))
                remove(n);
            forEachUnder(root, [this](const HtmlNode* n) {
                if (shareNames().match(n->classAndId()).hasMatch()
                    && visibleLength(HtmlDocument::textContent(n)) < 500)
                    remove(n);
            });
            forEachUnder(root, [this](const HtmlNode* n) {
                if ((n->is(L1("h1")) || n->is(L1("h2"))) && classWeight(n) < 0)
                    remove(n);
            });
            measure(root);
            cleanConditionally(root, "table");
            cleanConditionally(root, "ul");
            cleanConditionally(root, "div");
        }
    }

    const HtmlDocument& m_document;
    QString m_title;
    int m_flags;
    std::vector<Facts> m_facts;
    std::vector<const HtmlNode*> m_toScore;
    std::vector<const HtmlNode*> m_candidates;
    std::vector<const HtmlNode*> m_picked;
    QStringList m_paragraphs;
    int m_length = 0;
    QString m_byline;
    QString m_headerByline; // found in page furniture: used when the story shows none
    bool m_titleRemoved = false;
};

/// Below this many characters a pass is thought to have missed the story and a looser one follows.
constexpr int enoughText = 500;

} // namespace

MainText::MainText(HtmlDocument& document, const QString& title)
{
    const Preparation prepared(document);
    Q_UNUSED(prepared);
    int best = -1;
    for (const int flags : {StripUnlikely | WeightClasses | CleanConditionally, WeightClasses | CleanConditionally,
             int(CleanConditionally), 0}) {
        const Pass pass(document, title, flags);
        if (pass.length() > best) {
            best = pass.length();
            m_paragraphs = pass.paragraphs();
            m_byline = pass.byline();
        }
        if (pass.length() >= enoughText)
            break;
    }
}

} // namespace attache::extract
