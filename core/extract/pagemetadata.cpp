// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/pagemetadata.h"

#include <vector>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include "extract/htmltext.h"
#include "extract/newsoutlets.h"

namespace attache::extract {
namespace {

using L1 = QLatin1StringView;

QString fold(const QString& s)
{
    QString out = s.normalized(QString::NormalizationForm_KC).toCaseFolded();
    out.replace(u'\u2019', u'\'').replace(u'\u2018', u'\'').replace(u'\u201C', u'"').replace(u'\u201D', u'"');
    out.replace(u'\u2013', u'-').replace(u'\u2014', u'-');
    return out.simplified();
}

/// "DC.Creator" and "dc:creator" are one key.
QString metaKey(const QString& key)
{
    QString k = key.toLower();
    k.replace(u'.', u':');
    return k;
}

bool isUrl(const QString& s)
{
    return s.startsWith(L1("http://")) || s.startsWith(L1("https://")) || s.startsWith(L1("//"))
        || s.startsWith(L1("www."));
}

QStringList types(const QJsonObject& item)
{
    const QJsonValue type = item.value(QStringLiteral("@type"));
    QStringList list;
    if (type.isArray()) {
        for (const QJsonValue& t : type.toArray())
            list.append(t.toString());
    } else {
        list.append(type.toString());
    }
    return list;
}

bool isArticleType(const QJsonObject& item)
{
    static const QStringList articleTypes{QStringLiteral("Article"), QStringLiteral("AdvertiserContentArticle"),
        QStringLiteral("NewsArticle"), QStringLiteral("AnalysisNewsArticle"), QStringLiteral("AskPublicNewsArticle"),
        QStringLiteral("BackgroundNewsArticle"), QStringLiteral("OpinionNewsArticle"),
        QStringLiteral("ReportageNewsArticle"), QStringLiteral("ReviewNewsArticle"), QStringLiteral("Report"),
        QStringLiteral("SatiricalArticle"), QStringLiteral("ScholarlyArticle"), QStringLiteral("MedicalScholarlyArticle"),
        QStringLiteral("SocialMediaPosting"), QStringLiteral("BlogPosting"), QStringLiteral("LiveBlogPosting"),
        QStringLiteral("DiscussionForumPosting"), QStringLiteral("TechArticle"), QStringLiteral("APIReference")};
    for (const QString& t : types(item)) {
        if (articleTypes.contains(t))
            return true;
    }
    return false;
}

bool isOrganisation(const QJsonObject& item)
{
    for (const QString& t : types(item)) {
        if (t.contains(L1("Organization")) || t == L1("NewsMediaOrganization") || t == L1("Corporation"))
            return true;
    }
    return false;
}

/// An object that may be a reference ({"@id": …}) to another node of the same @graph.
QJsonObject resolved(const QJsonValue& value, const QHash<QString, QJsonObject>& byId)
{
    QJsonObject object = value.toObject();
    const QString id = object.value(QStringLiteral("@id")).toString();
    if (!id.isEmpty() && !object.contains(QStringLiteral("name")) && byId.contains(id))
        object = byId.value(id);
    return object;
}

/// Titles: everything between the site-name separators of a <title>.
const QRegularExpression& titleSeparator()
{
    static const QRegularExpression re(QStringLiteral("\\s+[|\\-\u2013\u2014:\u00BB\u00B7/\\\\>]\\s+|\\s+::\\s+|\\s*\\|\\s*"));
    return re;
}

int wordCount(const QString& s)
{
    return int(s.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

PageMetadata::PageMetadata(const HtmlDocument& document)
{
    readMeta(document.root());
    m_url = meta({"og:url"});
    if (m_url.isEmpty())
        m_url = m_metas.value(QStringLiteral("link:canonical"));
    if (!m_ldTitle.isEmpty())
        m_statedTitle = m_ldTitle;
    else
        m_statedTitle = meta({"dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
            "title", "twitter:title", "parsely-title"});
    if (m_statedTitle.isEmpty()) {
        m_statedTitle = m_documentTitle;
        m_titleFromDocument = true;
    }
}

void PageMetadata::readMeta(const HtmlNode* root)
{
    std::vector<const HtmlNode*> stack{root};
    bool inBody = false;
    while (!stack.empty()) {
        const HtmlNode* node = stack.back();
        stack.pop_back();
        if (node->isText())
            continue;
        if (node->is(L1("body")))
            inBody = true;
        if (node->is(L1("meta"))) {
            const QString content = node->attribute(L1("content")).simplified();
            if (!content.isEmpty()) {
                // property="dc:title og:title" names two at once.
                const QString keys = node->attribute(L1("property")) + u' ' + node->attribute(L1("name")) + u' '
                    + node->attribute(L1("itemprop"));
                const QStringList properties = node->attribute(L1("property")).toLower().split(u' ', Qt::SkipEmptyParts);
                for (const QString& key : keys.toLower().split(u' ', Qt::SkipEmptyParts)) {
                    const QString k = metaKey(key);
                    // RDFa's property is the attribute meant for this; name="dc.title" is the older habit.
                    const bool property = properties.contains(key);
                    if (!m_metas.contains(k) || (property && !m_fromProperty.contains(k))) {
                        m_metas.insert(k, content);
                        if (property)
                            m_fromProperty.insert(k);
                    }
                    m_metaValues[k].append(content);
                }
            }
        } else if (node->is(L1("title")) && m_documentTitle.isEmpty() && !inBody) {
            m_documentTitle = HtmlDocument::innerText(node);
        } else if (node->is(L1("link")) && node->attribute(L1("rel")).toLower() == L1("canonical")) {
            if (!m_metas.contains(QStringLiteral("link:canonical")))
                m_metas.insert(QStringLiteral("link:canonical"), node->attribute(L1("href")));
        } else if (node->is(L1("script"))) {
            if (node->attribute(L1("type")).trimmed().compare(L1("application/ld+json"), Qt::CaseInsensitive) == 0)
                readJsonLd(HtmlDocument::textContent(node));
            continue;
        } else if (node->is(L1("h1"))) {
            m_headings.append(HtmlDocument::innerText(node));
        } else if (node->is(L1("time")) && m_timePublished.isEmpty()) {
            const QString itemprop = node->attribute(L1("itemprop"));
            if (node->hasAttribute(L1("pubdate")) || itemprop.contains(L1("datePublished"), Qt::CaseInsensitive))
                m_timePublished = node->attribute(L1("datetime"));
        } else if (node->hasAttribute(L1("itemprop")) && !node->attribute(L1("content")).isEmpty()) {
            // Microdata on any element: <span itemprop="datePublished" content="…">.
            const QString key = node->attribute(L1("itemprop")).toLower();
            if (!m_metas.contains(key))
                m_metas.insert(key, node->attribute(L1("content")).simplified());
        }
        for (auto it = node->children.crbegin(); it != node->children.crend(); ++it)
            stack.push_back(*it);
    }
}

void PageMetadata::readJsonLd(const QString& raw)
{
    if (m_ldFound)
        return;
    QString text = raw;
    static const QRegularExpression wrapper(QStringLiteral("^\\s*(<!--|<!\\[CDATA\\[|//\\s*<!\\[CDATA\\[)|(-->|\\]\\]>|//\\s*\\]\\]>)\\s*$"));
    text.remove(wrapper);
    // Raw line breaks inside strings are invalid JSON but common; outside strings they are white space anyway.
    for (QChar& c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    text = text.trimmed();
    if (text.endsWith(u';'))
        text.chop(1);
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    QJsonArray items = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
    QHash<QString, QJsonObject> byId;
    // Expand @graph and mainEntity so that every node can be looked at and referred to.
    for (qsizetype i = 0; i < items.size() && i < 1000; ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (const QJsonValue graph = item.value(QStringLiteral("@graph")); graph.isArray()) {
            for (const QJsonValue& v : graph.toArray())
                items.append(v);
        }
        const QJsonValue main = item.value(QStringLiteral("mainEntity"));
        if (main.isObject())
            items.append(main);
        if (const QString id = item.value(QStringLiteral("@id")).toString(); !id.isEmpty())
            byId.insert(id, item);
    }
    for (const QJsonValue& v : std::as_const(items)) {
        const QJsonObject item = v.toObject();
        if (isArticleType(item)) {
            readArticleObject(item, byId);
            return;
        }
    }
}

void PageMetadata::readArticleObject(const QJsonObject& item, const QHash<QString, QJsonObject>& byId)
{
    m_ldFound = true;
    const QString headline = item.value(QStringLiteral("headline")).toString().simplified();
    const QString name = item.value(QStringLiteral("name")).toString().simplified();
    // "headline" is usually the headline, but some put a description there and the title in "name", others the
    // site's name in "name": the one that agrees with the page's <title> wins, the headline when both or neither do.
    QString cut = headline;
    while (!cut.isEmpty() && (cut.back() == u'.' || cut.back() == u'\u2026' || cut.back().isSpace()))
        cut.chop(1);
    const bool headlineAgrees = wordingSimilarity(m_documentTitle, headline) > 0.75;
    const bool nameAgrees = wordingSimilarity(m_documentTitle, name) > 0.75;
    if (headline.isEmpty() || (nameAgrees && !headlineAgrees)
        || (!cut.isEmpty() && name.size() > headline.size() && name.startsWith(cut)))
        m_ldTitle = name;
    else
        m_ldTitle = headline;
    QJsonObject publisher = resolved(item.value(QStringLiteral("publisher")), byId);
    if (item.value(QStringLiteral("publisher")).isArray())
        publisher = resolved(item.value(QStringLiteral("publisher")).toArray().first(), byId);
    m_ldPublisher = publisher.value(QStringLiteral("name")).toString().simplified();
    QJsonArray authors;
    const QJsonValue author = item.value(QStringLiteral("author"));
    if (author.isArray())
        authors = author.toArray();
    else if (!author.isUndefined() && !author.isNull())
        authors.append(author);
    QStringList organisations;
    for (const QJsonValue& a : std::as_const(authors)) {
        if (a.isString()) {
            m_ldAuthors += namesInByline(a.toString());
            continue;
        }
        const QJsonObject person = resolved(a, byId);
        QString n = person.value(QStringLiteral("name")).toString().simplified();
        if (n.isEmpty())
            continue;
        if (isOrganisation(person))
            organisations.append(n);
        else
            m_ldAuthors += namesInByline(n);
    }
    // An organisation as author is the byline only when the page names no person.
    if (m_ldAuthors.isEmpty())
        m_ldAuthors = organisations;
    m_ldPublished = item.value(QStringLiteral("datePublished")).toString();
    m_ldCreated = item.value(QStringLiteral("dateCreated")).toString();
    m_articleBody = item.value(QStringLiteral("articleBody")).toString();
    const QString url = item.value(QStringLiteral("url")).toString();
    if (!url.isEmpty())
        m_metas.insert(QStringLiteral("ld:url"), url);
}

QString PageMetadata::meta(std::initializer_list<const char*> keys) const
{
    for (const char* key : keys) {
        const QString value = m_metas.value(metaKey(QString::fromLatin1(key)));
        if (!value.isEmpty())
            return value;
    }
    return {};
}

QString PageMetadata::title() const
{
    QString title = m_statedTitle;
    if (m_titleFromDocument) {
        // Only the <title>: the site's name is usually on one side of a separator. A colon is left alone: it is
        // far more often part of a headline ("Superbugs: what they are") than a site's separator.
        const QString original = title;
        static const QRegularExpression hierarchy(QStringLiteral(" [|\\-\u2013\u2014\\\\/>\u00BB] "));
        static const QRegularExpression hierarchical(QStringLiteral(" [\\\\/>\u00BB] "));
        const bool hadHierarchy = hierarchical.match(original).hasMatch();
        if (hierarchy.match(original).hasMatch()) {
            qsizetype last = -1;
            for (auto it = hierarchy.globalMatch(original); it.hasNext();)
                last = it.next().capturedStart();
            title = original.left(last);
            if (wordCount(title) < 3)
                title = original.mid(hierarchy.match(original).capturedEnd());
        } else if ((original.size() > 150 || original.size() < 15) && m_headings.size() == 1) {
            title = m_headings.first();
        }
        title = title.simplified();
        const int words = wordCount(title);
        static const QRegularExpression separators(QStringLiteral("[|\\-\u2013\u2014\\\\/>\u00BB]+"));
        if (words <= 4 && (!hadHierarchy || words != wordCount(QString(original).remove(separators)) - 1))
            title = original;
    }
    // The site's name beside the title goes; what is left is the headline.
    const QStringList parts = title.split(titleSeparator(), Qt::SkipEmptyParts);
    if (parts.size() < 2)
        return title;
    QStringList names{fold(outlet()), fold(meta({"og:site_name"})), fold(m_ldPublisher),
        fold(meta({"application-name", "apple-mobile-web-app-title"}))};
    const QString host = QUrl(m_url).host().toLower();
    names.removeAll(QString());
    const auto isSiteName = [&](const QString& part) {
        const QString f = fold(part);
        QString compact = f;
        compact.remove(u' ').remove(u'.');
        for (const QString& n : std::as_const(names)) {
            if (f == n || n.startsWith(f + u' ') || f.startsWith(n + u' '))
                return true;
        }
        return compact.size() >= 3 && !host.isEmpty() && host.contains(compact);
    };
    QStringList kept = parts;
    while (kept.size() > 1 && isSiteName(kept.last()))
        kept.removeLast();
    while (kept.size() > 1 && isSiteName(kept.first()))
        kept.removeFirst();
    // Of several parts left, the one the page shows as its heading is the headline.
    if (kept.size() > 1) {
        for (const QString& part : std::as_const(kept)) {
            for (const QString& h : m_headings) {
                if (fold(h) == fold(part) && wordCount(part) >= 2)
                    return part.trimmed();
            }
        }
    }
    if (kept.size() == parts.size())
        return title;
    // Cut the original at the kept parts' ends, so the separators inside the headline stay as written.
    const qsizetype from = title.indexOf(kept.first());
    const qsizetype to = title.lastIndexOf(kept.last()) + kept.last().size();
    return from >= 0 && to > from ? title.mid(from, to - from).trimmed() : kept.join(QStringLiteral(" - "));
}

QStringList PageMetadata::authors() const
{
    if (!m_ldAuthors.isEmpty())
        return m_ldAuthors;
    const QString site = outlet();
    for (const char* key : {"dc:creator", "dcterm:creator", "dcterms:creator", "author", "parsely-author",
             "article:author", "sailthru.author", "byl", "citation_author"}) {
        const QStringList values = m_metaValues.value(metaKey(QString::fromLatin1(key)));
        QStringList names;
        for (const QString& value : values) {
            if (isUrl(value))
                continue;
            // One tag a person: "Jong, Michiel de" is a name written surname first, not two names.
            if (values.size() > 1)
                names.append(namesInByline(value, site).join(QStringLiteral(", ")));
            else
                names += namesInByline(value, site);
        }
        names.removeAll(QString());
        names.removeDuplicates();
        if (!names.isEmpty())
            return names;
    }
    return namesInByline(m_visibleByline, site);
}

QString PageMetadata::outlet() const
{
    if (!m_ldPublisher.isEmpty())
        return m_ldPublisher;
    const QString named = meta({"og:site_name"});
    if (!named.isEmpty())
        return named;
    for (const QString& url : {m_url, m_metas.value(QStringLiteral("ld:url"))}) {
        const QString known = outletForHost(QUrl(url).host());
        if (!known.isEmpty())
            return known;
    }
    return {};
}

FuzzyDate PageMetadata::published() const
{
    QStringList candidates{m_ldPublished};
    candidates.append(meta({"article:published_time", "parsely-pub-date", "og:published_time",
        "article:published", "datepublished", "dc.date.issued", "dcterms.issued", "dc:date", "dc.date",
        "dcterms.created", "sailthru.date", "publish-date", "pubdate", "date", "citation_publication_date"}));
    candidates.append(m_timePublished);
    // Creation time is often in UTC, a day off the publisher's own date: the last resort.
    candidates.append(m_ldCreated);
    const QString parsely = meta({"parsely-page"});
    if (!parsely.isEmpty())
        candidates.append(QJsonDocument::fromJson(parsely.toUtf8()).object().value(QStringLiteral("pub_date")).toString());
    for (const QString& c : std::as_const(candidates)) {
        const FuzzyDate day = dayOf(c);
        if (!day.isNull())
            return day;
    }
    return {};
}

FuzzyDate PageMetadata::dayOf(const QString& timestamp)
{
    const QString t = timestamp.trimmed();
    if (t.isEmpty())
        return {};
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})[-/.]?(\\d{2})[-/.]?(\\d{2})(?:$|[T\\s_]|[+-]\\d|Z)"));
    if (const auto m = iso.match(t); m.hasMatch()) {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return FuzzyDate::fromDate(date);
    }
    const QDateTime rfc = QDateTime::fromString(t, Qt::RFC2822Date);
    if (rfc.isValid())
        return FuzzyDate::fromDate(rfc.date());
    static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"),
        QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"),
        QStringLiteral("dec")};
    static const QRegularExpression monthFirst(QStringLiteral("\\b([A-Za-z]{3})[a-z]*\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b"));
    static const QRegularExpression dayFirst(QStringLiteral("\\b(\\d{1,2})\\.?\\s+([A-Za-z]{3})[a-z]*\\.?,?\\s+(\\d{4})\\b"));
    if (const auto m = monthFirst.match(t); m.hasMatch()) {
        const qsizetype month = months.indexOf(m.captured(1).toLower());
        if (month >= 0)
            return FuzzyDate::fromDate(QDate(m.captured(3).toInt(), int(month) + 1, m.captured(2).toInt()));
    }
    if (const auto m = dayFirst.match(t); m.hasMatch()) {
        const qsizetype month = months.indexOf(m.captured(2).toLower());
        if (month >= 0)
            return FuzzyDate::fromDate(QDate(m.captured(3).toInt(), int(month) + 1, m.captured(1).toInt()));
    }
    return {};
}

QStringList PageMetadata::namesInByline(const QString& byline, const QString& outlet)
{
    QString text = byline.simplified();
    if (text.isEmpty() || isUrl(text))
        return {};
    static const QRegularExpression lead(QStringLiteral("^(?:(?:written|reported|words|text|story|posted)\\s+)?"
                                                        "(?:by|par|por|von|door|av|af)\\b\\s*:?\\s*"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(lead);
    // What follows a bar or a bullet is the outlet or a date; what follows "Updated"/"Published" is a date.
    static const QRegularExpression tail(QStringLiteral("\\s*(?:[|\u2022\u00B7]|\\b(?:Updated|Published|Posted|Last updated)\\b"
                                                        "|\\b(?:Edited|Photos?|Photographs|Illustrations?|Graphics|Video)\\s+by\\b).*$"),
        QRegularExpression::CaseInsensitiveOption);
    text.remove(tail);
    static const QRegularExpression date(QStringLiteral(
        "\\s*\\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{1,2}\\b.*|\\d{1,2}\\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?\\s+\\d{4}.*|\\d{4}-\\d{2}-\\d{2}.*|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}.*)$"));
    text.remove(date);
    static const QRegularExpression splitter(QStringLiteral("\\s*,\\s*|\\s+(?:and|und|et|y|e|и)\\s+|\\s*&\\s*|\\s*;\\s*"));
    static const QRegularExpression role(QStringLiteral(
        "\\b(writer|editor|correspondent|reporter|staff|contributor|columnist|producer|bureau|chief|analyst|"
        "associated press|reuters|afp|news|times|post|journal|press|agency|magazine|desk|team)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const QString site = fold(outlet);
    QStringList names;
    const QStringList parts = text.split(splitter, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size(); ++i) {
        QString name = parts[i].trimmed();
        while (!name.isEmpty() && QStringLiteral(".:-\u2013\u2014").contains(name.back()))
            name.chop(1);
        name = name.trimmed();
        if (name.isEmpty() || isUrl(name) || name.contains(u'@') || wordCount(name) > 6 || name.size() > 60)
            continue;
        if (!site.isEmpty() && fold(name) == site)
            continue;
        // A role after a comma ("Ana Diaz, Staff Writer") is not a second author.
        if (i > 0 && role.match(name).hasMatch())
            continue;
        static const QRegularExpression digits(QStringLiteral("\\d"));
        if (digits.match(name).hasMatch())
            continue;
        names.append(name);
    }
    names.removeDuplicates();
    return names;
}

} // namespace attache::extract
