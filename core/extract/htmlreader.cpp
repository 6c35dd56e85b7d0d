// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlreader.h"

#include <QRegularExpression>

#include "extract/htmldocument.h"
#include "extract/htmlencoding.h"
#include "extract/htmltext.h"
#include "extract/maintext.h"
#include "extract/pagemetadata.h"
#include "extract/reader.h"

namespace attache::extract {
namespace {

qsizetype letters(const QStringList& paragraphs)
{
    qsizetype n = 0;
    for (const QString& p : paragraphs) {
        for (const QChar c : p)
            n += c.isLetterOrNumber();
    }
    return n;
}

/// JSON-LD articleBody as paragraphs: usually plain text with line breaks, sometimes markup.
QStringList paragraphsOfArticleBody(const QString& body)
{
    if (body.contains(u'<')) {
        const HtmlDocument fragment(body);
        return paragraphsOf({fragment.body()});
    }
    QStringList paragraphs;
    static const QRegularExpression breaks(QStringLiteral("\\s*\\n\\s*"));
    for (const QString& p : body.split(breaks, Qt::SkipEmptyParts)) {
        const QString s = p.simplified();
        if (!s.isEmpty())
            paragraphs.append(s);
    }
    return paragraphs;
}

QString folded(const QString& s)
{
    return s.toCaseFolded().simplified();
}

} // namespace

Article readHtml(const QString& html)
{
    Article article;
    article.original = html;
    HtmlDocument document(html);
    PageMetadata metadata(document);
    const MainText main(document, metadata.statedTitle());
    metadata.setVisibleByline(main.byline());
    QStringList paragraphs = main.paragraphs();

    // The page's own copy of the story is the fallback when the markup hides it (scripts fill it in), and the
    // cross-check when what was found is a fraction of it.
    const QStringList stated = paragraphsOfArticleBody(metadata.articleBody());
    if (letters(stated) >= 200 && letters(paragraphs) * 2 < letters(stated))
        paragraphs = stated;

    article.meta.title = metadata.title();
    article.meta.authors = metadata.authors();
    article.meta.outlet = metadata.outlet();
    article.meta.url = metadata.url();
    article.meta.published = metadata.published();
    if (!article.meta.published.isNull())
        article.meta.publishedOrigin = PublishedOrigin::Document;

    // The headline repeated over the story, and the byline, are not part of it.
    while (!paragraphs.isEmpty()) {
        const QString first = folded(paragraphs.first());
        if (first == folded(article.meta.title) || first == folded(metadata.statedTitle())
            || (!main.byline().isEmpty() && first == folded(main.byline()))) {
            article.meta.boilerplate.append(paragraphs.takeFirst());
            continue;
        }
        break;
    }
    article.text = paragraphs.join(QStringLiteral("\n\n"));
    return article;
}

Article readHtmlPage(const QByteArray& bytes)
{
    QStringList warnings;
    const QString html = decodeHtml(bytes, warnings);
    Article article = readHtml(html);
    article.warnings = warnings + article.warnings;
    return article;
}

} // namespace attache::extract
