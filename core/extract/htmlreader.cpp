// SPDX-License-Identifier: GPL-3.0-or-later
// The HTML side of the reader: libxml2's forgiving HTML parser builds the tree; we keep the article's text blocks and
// the page's own statements about the article (meta tags, JSON-LD).
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include "extract/reader.h"

namespace attache::extract {
namespace {

QString str(const xmlChar* s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char*>(s)) : QString();
}

QString attribute(xmlNode* node, const char* name)
{
    xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
    const QString result = str(value);
    xmlFree(value);
    return result;
}

QString tagName(xmlNode* node)
{
    return str(node->name).toLower();
}

bool isSkipped(xmlNode* node)
{
    static const QStringList tags{QStringLiteral("script"), QStringLiteral("style"), QStringLiteral("nav"),
        QStringLiteral("header"), QStringLiteral("footer"), QStringLiteral("aside"), QStringLiteral("form"),
        QStringLiteral("noscript"), QStringLiteral("iframe"), QStringLiteral("svg"), QStringLiteral("button"),
        QStringLiteral("figure"), QStringLiteral("figcaption"), QStringLiteral("select"), QStringLiteral("template")};
    if (tags.contains(tagName(node)))
        return true;
    static const QRegularExpression chrome(QStringLiteral("(^|[-_ ])(share|social|comment|comments|nav|navbar|menu|footer|related|promo|advert|ad|ads|subscribe|newsletter|cookie|sidebar|breadcrumb|toolbar|byline-share|outbrain|taboola)([-_ ]|$)"),
        QRegularExpression::CaseInsensitiveOption);
    return chrome.match(attribute(node, "class")).hasMatch() || chrome.match(attribute(node, "id")).hasMatch();
}

bool isBlock(const QString& tag)
{
    static const QStringList blocks{QStringLiteral("p"), QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"), QStringLiteral("h6"), QStringLiteral("li"), QStringLiteral("blockquote"),
        QStringLiteral("pre"), QStringLiteral("div"), QStringLiteral("section"), QStringLiteral("article"),
        QStringLiteral("main"), QStringLiteral("td"), QStringLiteral("br"), QStringLiteral("tr"), QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("dd"), QStringLiteral("dt")};
    return blocks.contains(tag);
}

/// The text of a subtree as paragraphs: block elements break lines; skipped elements leave nothing.
void collectText(xmlNode* node, QStringList& paragraphs, QString& current, int depth)
{
    if (depth > 200)
        return;
    for (xmlNode* child = node; child; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            current += str(child->content);
            continue;
        }
        if (child->type != XML_ELEMENT_NODE || isSkipped(child))
            continue;
        const QString tag = tagName(child);
        const bool block = isBlock(tag);
        if (block && !current.trimmed().isEmpty()) {
            paragraphs.append(current.simplified());
            current.clear();
        }
        collectText(child->children, paragraphs, current, depth + 1);
        if (block && !current.trimmed().isEmpty()) {
            paragraphs.append(current.simplified());
            current.clear();
        }
    }
}

/// Walks the tree once for what the page says about itself and for the element that holds the story.
struct PageFacts
{
    QString title;
    QString ogTitle;
    QStringList authors;
    QString published;
    QString siteName;
    QString url;
    QList<QJsonObject> jsonLd;
    xmlNode* article = nullptr; // <article> or [itemprop=articleBody]
    xmlNode* body = nullptr;
    xmlNode* h1 = nullptr;
};

void scan(xmlNode* node, PageFacts& facts, int depth)
{
    if (depth > 200)
        return;
    for (xmlNode* n = node; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const QString tag = tagName(n);
        if (tag == QStringLiteral("title") && facts.title.isEmpty()) {
            xmlChar* content = xmlNodeGetContent(n);
            facts.title = str(content).simplified();
            xmlFree(content);
        } else if (tag == QStringLiteral("meta")) {
            const QString key = (attribute(n, "property") + attribute(n, "name") + attribute(n, "itemprop")).toLower();
            const QString content = attribute(n, "content").trimmed();
            if (key == QStringLiteral("og:title"))
                facts.ogTitle = content;
            else if ((key == QStringLiteral("author") || key == QStringLiteral("article:author")
                         || key == QStringLiteral("byl") || key == QStringLiteral("dc.creator"))
                && !content.isEmpty() && !content.startsWith(QStringLiteral("http")))
                facts.authors.append(content);
            else if (key == QStringLiteral("article:published_time") || key == QStringLiteral("og:published_time")
                || key == QStringLiteral("datepublished") || key == QStringLiteral("date")
                || key == QStringLiteral("pubdate") || key == QStringLiteral("dc.date"))
                facts.published = facts.published.isEmpty() ? content : facts.published;
            else if (key == QStringLiteral("og:site_name"))
                facts.siteName = content;
            else if (key == QStringLiteral("og:url"))
                facts.url = content;
        } else if (tag == QStringLiteral("script")
            && attribute(n, "type").compare(QStringLiteral("application/ld+json"), Qt::CaseInsensitive) == 0) {
            xmlChar* content = xmlNodeGetContent(n);
            const QJsonDocument doc = QJsonDocument::fromJson(str(content).toUtf8());
            xmlFree(content);
            const QJsonArray items = doc.isArray() ? doc.array()
                : doc.object().contains(QStringLiteral("@graph")) ? doc.object().value(QStringLiteral("@graph")).toArray()
                                                                 : QJsonArray{doc.object()};
            for (const QJsonValue& item : items)
                facts.jsonLd.append(item.toObject());
        } else if (tag == QStringLiteral("article") || attribute(n, "itemprop") == QStringLiteral("articleBody")) {
            if (!facts.article)
                facts.article = n;
        } else if (tag == QStringLiteral("body")) {
            facts.body = n;
        } else if (tag == QStringLiteral("h1") && !facts.h1) {
            facts.h1 = n;
        }
        scan(n->children, facts, depth + 1);
    }
}

QStringList jsonNames(const QJsonValue& value)
{
    QStringList names;
    if (value.isString())
        names.append(value.toString());
    else if (value.isObject())
        names.append(value.toObject().value(QStringLiteral("name")).toString());
    else if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            names += jsonNames(v);
    }
    names.removeAll(QString());
    return names;
}

FuzzyDate dayOf(const QString& timestamp)
{
    if (timestamp.size() < 10)
        return {};
    auto date = FuzzyDate::parse(timestamp.left(10));
    return date ? date.value() : FuzzyDate();
}

} // namespace

Article readHtml(const QString& html)
{
    Article article;
    article.original = html;
    const QByteArray utf8 = html.toUtf8();
    htmlDocPtr doc = htmlReadMemory(utf8.constData(), int(utf8.size()), nullptr, "UTF-8",
        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_NOBLANKS);
    if (!doc) {
        article.warnings.append(QStringLiteral("the HTML could not be parsed"));
        return article;
    }
    PageFacts facts;
    scan(xmlDocGetRootElement(doc), facts, 0);

    xmlNode* story = facts.article ? facts.article : facts.body;
    QStringList paragraphs;
    QString current;
    if (story)
        collectText(story->children, paragraphs, current, 0);
    if (!current.trimmed().isEmpty())
        paragraphs.append(current.simplified());
    QString headline;
    if (facts.h1) {
        xmlChar* content = xmlNodeGetContent(facts.h1);
        headline = str(content).simplified();
        xmlFree(content);
    }
    xmlFreeDoc(doc);

    // The text reader separates the remaining chrome, the byline and a dateline.
    article = readText(paragraphs.join(QStringLiteral("\n\n")));
    article.original = html;

    // What the page says about itself wins over what the text suggests.
    for (const QJsonObject& item : std::as_const(facts.jsonLd)) {
        const QString type = item.value(QStringLiteral("@type")).toVariant().toString();
        if (!type.contains(QStringLiteral("Article")) && !type.contains(QStringLiteral("Posting")))
            continue;
        if (const QString h = item.value(QStringLiteral("headline")).toString(); !h.isEmpty())
            article.meta.title = h;
        if (const QStringList authors = jsonNames(item.value(QStringLiteral("author"))); !authors.isEmpty())
            article.meta.authors = authors;
        if (const QStringList publisher = jsonNames(item.value(QStringLiteral("publisher"))); !publisher.isEmpty())
            article.meta.outlet = publisher.first();
        if (const FuzzyDate d = dayOf(item.value(QStringLiteral("datePublished")).toString()); !d.isNull()) {
            article.meta.published = d;
            article.meta.publishedOrigin = PublishedOrigin::Document;
        }
        if (const QString url = item.value(QStringLiteral("url")).toString(); !url.isEmpty())
            article.meta.url = url;
    }
    if (article.meta.title.isEmpty())
        article.meta.title = !facts.ogTitle.isEmpty() ? facts.ogTitle : !headline.isEmpty() ? headline : facts.title;
    else if (!headline.isEmpty() && article.meta.title == article.meta.boilerplate.value(0))
        article.meta.title = headline;
    if (article.meta.authors.isEmpty())
        article.meta.authors = facts.authors;
    if (article.meta.outlet.isEmpty())
        article.meta.outlet = facts.siteName;
    if (article.meta.url.isEmpty())
        article.meta.url = facts.url;
    if (article.meta.published.isNull()) {
        if (const FuzzyDate d = dayOf(facts.published); !d.isNull()) {
            article.meta.published = d;
            article.meta.publishedOrigin = PublishedOrigin::Document;
        }
    }
    // The headline repeated as the first paragraph of the body is not part of the story.
    if (article.text.startsWith(article.meta.title + QStringLiteral("\n\n")))
        article.text = article.text.mid(article.meta.title.size() + 2);
    return article;
}

} // namespace attache::extract
