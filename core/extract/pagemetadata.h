// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include "extract/htmldocument.h"
#include "model/fuzzydate.h"

namespace attache::extract {

/// What a page says about its article, each fact from the most trusted source that has it: JSON-LD (schema.org
/// NewsArticle and its kin, @graph included), then OpenGraph and article:* metas, Dublin Core, <meta name=author>,
/// Parse.ly and similar metas, <time datetime>, and last the byline shown on the page.
class PageMetadata final
{
public:
    /// Reads the page before the main-text search rearranges it.
    explicit PageMetadata(const HtmlDocument& document);

    /// The title as the page's metadata states it, site name and all: what a heading repeating it is compared with.
    QString statedTitle() const { return m_statedTitle; }
    /// The article's title without the site's name.
    QString title() const;
    /// The people who wrote it; the outlet only when the page names no one else.
    QStringList authors() const;
    QString outlet() const;
    FuzzyDate published() const;
    QString url() const { return m_url; }
    /// The story as the page's JSON-LD gives it (articleBody), or empty.
    QString articleBody() const { return m_articleBody; }

    /// The byline the reader found over the story, used when the metadata names no author.
    void setVisibleByline(const QString& byline) { m_visibleByline = byline; }

    /// "By Ana Diaz and Ben Roe, Staff Writers | Reuters, May 3, 2030" as ["Ana Diaz", "Ben Roe"]; what cannot be a
    /// name (dates, roles, links, the outlet) is dropped.
    static QStringList namesInByline(const QString& byline, const QString& outlet = {});
    /// The day a timestamp names: ISO 8601 and its near relatives, RFC 2822, "May 3, 2030", "3 May 2030".
    static FuzzyDate dayOf(const QString& timestamp);

private:
    void readMeta(const HtmlNode* node);
    void readJsonLd(const QString& text);
    void readArticleObject(const QJsonObject& item, const QHash<QString, QJsonObject>& byId);
    QString meta(std::initializer_list<const char*> keys) const;

    QHash<QString, QString> m_metas; // lower-case key ("dc:creator") -> first non-empty content
    QHash<QString, QStringList> m_metaValues; // every content a key was given, in page order
    QSet<QString> m_fromProperty; // keys whose value came from a property attribute
    QString m_documentTitle;
    QStringList m_headings; // h1 texts
    QString m_statedTitle;
    QString m_ldTitle;
    QStringList m_ldAuthors;
    QString m_ldPublisher;
    QString m_ldPublished;
    QString m_ldCreated;
    QString m_articleBody;
    QString m_url;
    QString m_timePublished;
    QString m_visibleByline;
    bool m_ldFound = false;
    bool m_titleFromDocument = false;
};

} // namespace attache::extract
