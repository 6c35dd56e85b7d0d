// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/htmlreader.h"

#include <QRegularExpression>
#include <QSet>

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

/// Share of `reference`'s word triples that `text` has too: how much of one telling of the story the other holds.
double coverage(const QStringList& reference, const QStringList& text)
{
    static const QRegularExpression nonWord(QStringLiteral("\\W+"), QRegularExpression::UseUnicodePropertiesOption);
    const auto triples = [](const QStringList& paragraphs) {
        const QStringList words = paragraphs.join(u' ').toCaseFolded().split(nonWord, Qt::SkipEmptyParts);
        QSet<QString> set;
        for (qsizetype i = 0; i + 2 < words.size(); ++i)
            set.insert(words[i] + u' ' + words[i + 1] + u' ' + words[i + 2]);
        return set;
    };
    const QSet<QString> ref = triples(reference);
    if (ref.isEmpty())
        return 1;
    const QSet<QString> got = triples(text);
    qsizetype shared = 0;
    for (const QString& t : ref)
        shared += got.contains(t);
    return double(shared) / double(ref.size());
}

QString folded(const QString& s)
{
    return s.toCaseFolded().simplified();
}

/// A line a page puts inside the story for itself: an advertisement's label, a loading notice, a prompt to read on.
bool isPageNotice(const QString& paragraph)
{
    if (paragraph.size() > 60)
        return false;
    static const QRegularExpression notice(
        QStringLiteral("^(advertisement|advertising|ad|sponsored|anzeige|werbung|publicité|publicidad|"
                       "реклама|广告|story continues below( advertisement)?|"
                       "(article )?continues below|continue reading( below)?|scroll to continue( with content)?|"
                       "loading|chargement|cargando)[.:…]*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return notice.match(paragraph.trimmed()).hasMatch();
}

/// A line over a story that says who wrote it or when, not what happened: "By Ana Diaz", "Updated 5 May 2030",
/// "4 min read".
bool isStoryFurniture(const QString& paragraph)
{
    if (paragraph.size() > 100)
        return false;
    static const QRegularExpression furniture(
        QStringLiteral("^(?:(?:by|par|por|von|door)\\s+\\p{Lu}|(?:published|updated|posted|last updated)\\b|"
                       "\\d+\\s+min(?:ute)?s?\\s+read$)"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    if (furniture.match(paragraph).hasMatch())
        return true;
    return paragraph.size() <= 40 && !PageMetadata::dayOf(paragraph).isNull();
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
    // When the page's copy is substantial and what was found holds little of it, the search went wrong (a comment
    // thread or a teaser list outscored the story): the page's copy wins.
    const QStringList stated = paragraphsOfArticleBody(metadata.articleBody());
    if (letters(stated) >= 200
        && (letters(paragraphs) * 2 < letters(stated) || (letters(stated) >= 500 && coverage(stated, paragraphs) < 0.3)))
        paragraphs = stated;

    article.meta.title = metadata.title();
    article.meta.authors = metadata.authors();
    article.meta.outlet = metadata.outlet();
    article.meta.url = metadata.url();
    article.meta.published = metadata.published();
    if (!article.meta.published.isNull())
        article.meta.publishedOrigin = PublishedOrigin::Document;

    // The headline repeated over the story, the byline and the date are not part of it; nor are the page's notices.
    for (qsizetype i = 0; i < paragraphs.size();) {
        const QString p = folded(paragraphs.at(i));
        const bool top = i < 3;
        if (isPageNotice(paragraphs.at(i))
            || (top && (p == folded(article.meta.title) || p == folded(metadata.statedTitle())
                || (!main.byline().isEmpty() && p == folded(main.byline())) || isStoryFurniture(paragraphs.at(i))))) {
            article.meta.boilerplate.append(paragraphs.takeAt(i));
            continue;
        }
        ++i;
    }
    // A copyright line closing the story belongs to the page.
    static const QRegularExpression copyright(QStringLiteral("^(\u00A9|\\(c\\)\\s|copyright\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    while (!paragraphs.isEmpty() && paragraphs.last().size() < 200 && copyright.match(paragraphs.last()).hasMatch())
        article.meta.boilerplate.append(paragraphs.takeLast());
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
