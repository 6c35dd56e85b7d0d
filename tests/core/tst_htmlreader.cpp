// SPDX-License-Identifier: GPL-3.0-or-later
// The saved-web-page reader on small pages written for these tests (invented countries, people and outlets): what
// it keeps as the story, what it reads about the story, how it decodes, and what it refuses.
#include <QStringEncoder>
#include <QTest>

#include "extract/htmlencoding.h"
#include "extract/htmlreader.h"
#include "extract/pagemetadata.h"
#include "extract/reader.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::extract;

namespace {

// Paragraphs long enough to read as a story, as real ones are.
const QByteArray story1 = "President Ivan Petrenko of Elbonia arrived in Geneva on Friday for talks with the foreign "
                          "minister of Grandland, the first such meeting in four years, officials said.";
const QByteArray story2 = "The two sides discussed the border, water rights on the Eastern River and the release of "
                          "detained fishermen, according to a statement issued after the meeting.";
const QByteArray story3 = "\xe2\x80\x9cWe have opened a door, and we intend to walk through it,\xe2\x80\x9d Petrenko told "
                          "reporters outside the palace, adding that a second round would follow in May.";

QByteArray page(const QByteArray& head, const QByteArray& body)
{
    return "<!doctype html><html><head><meta charset=\"utf-8\">" + head + "</head><body>" + body + "</body></html>";
}

const QByteArray story4 = "Diplomats from both countries said the atmosphere had been cordial, though neither side "
                          "would say whether the question of the disputed islands had been raised at all.";

QByteArray story()
{
    return "<p>" + story1 + "</p><p>" + story2 + "</p><p>" + story3 + "</p><p>" + story4 + "</p>";
}

Article read(const QByteArray& bytes)
{
    const auto article = readArticle(bytes, u"page.html"_s);
    if (!article)
        qWarning("%s", qPrintable(article.error()));
    return article ? article.value() : Article{};
}

} // namespace

class TestHtmlReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsTheStoryAndLeavesTheRest_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QStringList>("kept"); // in this order
        QTest::addColumn<QStringList>("left");

        const QStringList all{u"President Ivan Petrenko"_s, u"The two sides discussed"_s, u"We have opened a door"_s};
        QTest::newRow("page chrome around an article")
            << page("<title>Talks resume in Geneva | Northern Wire</title>",
                   "<header class=\"site-header\"><a href=\"/\">Northern Wire</a> <a href=\"/world\">World</a></header>"
                   "<nav><a href=\"/a\">Politics</a> <a href=\"/b\">Business</a> <a href=\"/c\">Sport</a></nav>"
                   "<main><article><h1>Talks resume in Geneva</h1><p>Updated 3 May 2030</p>"
                   "<div class=\"share-bar\"><a href=\"#\">Share on social media</a> <a href=\"#\">Email</a></div>"
                   + story() + "<p><a href=\"/z\">Related: Elbonia's harvest, explained</a></p><div>Advertisement</div>"
                   "<p>" + story1 + "</p><p>\u00A9 2030 Northern Wire</p>" +
                   "<div class=\"newsletter-signup\">Sign up for our morning briefing, every weekday.</div>"
                   "</article>"
                   "<aside class=\"related-stories\"><h2>Related</h2><ul><li><a href=\"/x\">Elbonia votes in a "
                   "snap election that nobody expected</a></li><li><a href=\"/y\">Grandland's harvest fails "
                   "again</a></li></ul></aside>"
                   "<section id=\"comments\" class=\"comments\"><p>Reader One wrote: this is a comment that goes "
                   "on for a while, and says nothing about the talks at all.</p></section></main>"
                   "<footer>Copyright Northern Wire. All rights reserved.</footer>")
            << all
            << QStringList{u"Politics"_s, u"Share on social"_s, u"Sign up for our"_s, u"snap election"_s,
                   u"Reader One"_s, u"Copyright"_s, u"Talks resume in Geneva"_s, u"Updated 3 May"_s,
                   u"Related: Elbonia"_s, u"Advertisement"_s, u"\u00A9 2030"_s};
        QTest::newRow("hidden nodes")
            << page({}, "<div class=\"story\">" + story() +
                   "<p hidden>A hidden paragraph that a script would show later, long enough to count.</p>"
                   "<p aria-hidden=\"true\">A paragraph for sighted readers only, and long enough to count too.</p>"
                   "<div style=\"display: none\"><p>An invisible block that is long enough to be a paragraph of "
                   "the story if it were shown.</p></div><p class=\"visually-hidden\">Text kept for screen readers "
                   "only, which a sighted reader never sees on the page.</p></div>")
            << all << QStringList{u"hidden paragraph"_s, u"sighted readers"_s, u"invisible block"_s, u"screen readers"_s};
        QTest::newRow("paragraphs made of <br><br>")
            << page({}, "<div id=\"content\">" + story1 + "<br><br>" + story2 + "<br>\n<br>" + story3 + "<br><br>"
                   + story4 + "</div>")
            << all << QStringList{};
        QTest::newRow("headings, lists and quotes in order")
            << page({}, "<article><p>" + story1 + "</p><h2>What was agreed</h2><ul><li>A hotline between the "
                   "capitals, open day and night.</li><li>Joint patrols on the river, from June.</li></ul>"
                   "<blockquote><p>" + story3 + "</p></blockquote><p>" + story2 + "</p></article>")
            << QStringList{u"President Ivan Petrenko"_s, u"What was agreed"_s, u"A hotline between"_s,
                   u"Joint patrols"_s, u"We have opened a door"_s, u"The two sides discussed"_s}
            << QStringList{};
        QTest::newRow("a table of text")
            << page({}, "<article>" + story() + "<table><tr><th>Round</th><th>City</th><th>Date</th></tr>"
                   "<tr><td>First</td><td>Geneva</td><td>March</td></tr><tr><td>Second</td><td>Vienna</td>"
                   "<td>May</td></tr><tr><td>Third</td><td>Oslo</td><td>July</td></tr></table></article>")
            << QStringList{u"President Ivan Petrenko"_s, u"Round\tCity\tDate"_s, u"Second\tVienna\tMay"_s}
            << QStringList{};
        QTest::newRow("byline and caption out of the body")
            << page({}, "<article><p class=\"byline\">By Maria Olsen</p><figure><img src=\"a.jpg\">"
                   "<figcaption>The palace in Geneva where the delegations met.</figcaption></figure>"
                   + story() + "</article>")
            << all << QStringList{u"Maria Olsen"_s, u"palace in Geneva where"_s};
        QTest::newRow("no structure but class names")
            << page({}, "<div class=\"top-menu\"><a href=\"/1\">Home</a> <a href=\"/2\">World</a></div>"
                   "<div class=\"story-body\"><div>" + story1 + "</div><div>" + story2 + "</div><div>" + story3
                   + "</div><div>" + story4 + "</div></div><div class=\"sidebar\"><p>Most read: a list of other things, none of them "
                   "about this story, with a comma, or two.</p></div>")
            << all << QStringList{u"Most read"_s, u"Home"_s};
        QTest::newRow("a browser selection")
            << QByteArray("<meta charset='utf-8'><p>" + story1 + "</p><p>" + story2 + "</p>")
            << QStringList{u"President Ivan Petrenko"_s, u"The two sides discussed"_s} << QStringList{};
        QTest::newRow("a selection of one linked line")
            << QByteArray("<a href=\"https://example.org/talks\">Elbonia and Grandland agree to talks in Geneva</a>")
            << QStringList{u"Elbonia and Grandland agree to talks in Geneva"_s} << QStringList{};
        QTest::newRow("story only in JSON-LD")
            << page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
                    "\"NewsArticle\",\"headline\":\"Talks resume\",\"articleBody\":\"" + story1 + "\\n\\n" + story2
                   + "\"}</script>",
                   "<div id=\"app\"><p>Loading…</p></div>")
            << QStringList{u"President Ivan Petrenko"_s, u"The two sides discussed"_s} << QStringList{};
        QByteArray teasers;
        for (int i = 0; i < 6; ++i)
            teasers += "<p>Teaser number " + QByteArray::number(i) + ": a summary of another story, about the weather, "
                       "the markets and the football, long enough to look like a paragraph of one.</p>";
        QTest::newRow("JSON-LD body when something else outscored the story")
            << page("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\"" + story1
                   + "\\n" + story2 + "\\n" + story3 + "\\n" + story4 + "\"}</script>",
                   "<div class=\"teasers\">" + teasers + "</div>")
            << QStringList{u"President Ivan Petrenko"_s, u"The two sides discussed"_s, u"Diplomats from both"_s}
            << QStringList{u"Teaser number"_s};
    }
    void keepsTheStoryAndLeavesTheRest()
    {
        QFETCH(QByteArray, html);
        QFETCH(QStringList, kept);
        QFETCH(QStringList, left);
        const Article article = read(html);
        qsizetype at = 0;
        for (const QString& text : std::as_const(kept)) {
            const qsizetype found = article.text.indexOf(text, at);
            QVERIFY2(found >= 0, qPrintable(text + u" not in order in:\n"_s + article.text));
            at = found + text.size();
        }
        for (const QString& text : std::as_const(left))
            QVERIFY2(!article.text.contains(text), qPrintable(text + u" kept in:\n"_s + article.text));
        QVERIFY(!article.text.contains(u"\n\n\n"_s));
    }

    void readsWhatThePageSays_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("byline"); // markup over the story
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("authors");
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("published");

        QTest::newRow("JSON-LD NewsArticle")
            << QByteArray("<title>Accord signed - Northern Wire</title><script type=\"application/ld+json\">"
                          "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"Grandland and "
                          "Elbonia sign an accord\",\"datePublished\":\"2030-05-11T22:30:00-05:00\",\"author\":[{\"@type\":"
                          "\"Person\",\"name\":\"Peter Dahl\"},{\"@type\":\"Organization\",\"name\":\"Northern Wire\"}],"
                          "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Northern Wire\"}}</script>")
            << QByteArray() << u"Grandland and Elbonia sign an accord"_s << QStringList{u"Peter Dahl"_s}
            << u"Northern Wire"_s << u"2030-05-11"_s;
        QTest::newRow("JSON-LD @graph with references")
            << QByteArray("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
                          "{\"@type\":\"WebSite\",\"@id\":\"#site\",\"name\":\"Eastern Review\"},"
                          "{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Eastern Review Media\"},"
                          "{\"@type\":\"Person\",\"@id\":\"#ana\",\"name\":\"Ana Diaz\"},"
                          "{\"@type\":[\"ReportageNewsArticle\"],\"headline\":\"Envoys meet in Oslo\",\"author\":"
                          "{\"@id\":\"#ana\"},\"publisher\":{\"@id\":\"#org\"},\"datePublished\":\"2030-02-03\"}]}</script>")
            << QByteArray() << u"Envoys meet in Oslo"_s << QStringList{u"Ana Diaz"_s} << u"Eastern Review Media"_s
            << u"2030-02-03"_s;
        QTest::newRow("OpenGraph and article metas")
            << QByteArray("<title>x</title><meta property=\"og:title\" content=\"Envoys meet in Oslo | The Coastal Times\">"
                          "<meta property=\"og:site_name\" content=\"The Coastal Times\">"
                          "<meta name=\"author\" content=\"By Ana Diaz and Ben Roe\">"
                          "<meta property=\"article:published_time\" content=\"2030-02-03T08:00:00+01:00\">")
            << QByteArray() << u"Envoys meet in Oslo"_s << QStringList{u"Ana Diaz"_s, u"Ben Roe"_s}
            << u"The Coastal Times"_s << u"2030-02-03"_s;
        QTest::newRow("Dublin Core, one author a tag")
            << QByteArray("<meta name=\"DC.title\" content=\"On river treaties\">"
                          "<meta name=\"DC.creator\" content=\"Lind, Astrid\"><meta name=\"DC.creator\" content=\"Berg, Ola\">"
                          "<meta name=\"DC.date.issued\" content=\"2029-11-30\">")
            << QByteArray() << u"On river treaties"_s << QStringList{u"Lind, Astrid"_s, u"Berg, Ola"_s} << QString()
            << u"2029-11-30"_s;
        QTest::newRow("Parse.ly")
            << QByteArray("<meta name=\"parsely-title\" content=\"Border talks stall\">"
                          "<meta name=\"parsely-author\" content=\"Karin Holm\">"
                          "<meta name=\"parsely-pub-date\" content=\"2030-07-01T12:00:00Z\">")
            << QByteArray() << u"Border talks stall"_s << QStringList{u"Karin Holm"_s} << QString()
            << u"2030-07-01"_s;
        QTest::newRow("visible byline and time")
            << QByteArray("<title>Border talks stall | Coastal Times</title>")
            << QByteArray("<div class=\"byline\">By Lena Varga and Tomas Berglund, Staff Writers | Reuters "
                          "<time pubdate datetime=\"2030-07-02T09:00\">July 2</time></div>")
            << u"Border talks stall"_s << QStringList{u"Lena Varga"_s, u"Tomas Berglund"_s} << QString()
            << u"2030-07-02"_s;
        QTest::newRow("outlet from a news domain")
            << QByteArray("<title>Envoys meet in Oslo</title><link rel=\"canonical\" href=\"https://www.reuters.com/world/x\">")
            << QByteArray() << u"Envoys meet in Oslo"_s << QStringList{} << u"Reuters"_s << QString();
    }
    void readsWhatThePageSays()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, byline);
        QFETCH(QString, title);
        QFETCH(QStringList, authors);
        QFETCH(QString, outlet);
        QFETCH(QString, published);
        const Article article = read(page(head, "<article><h1>" + title.toUtf8() + "</h1>" + byline + story() + "</article>"));
        QCOMPARE(article.meta.title, title);
        QCOMPARE(article.meta.authors, authors);
        QCOMPARE(article.meta.outlet, outlet);
        QCOMPARE(article.meta.published.toString(), published);
        QCOMPARE(article.meta.publishedOrigin, published.isEmpty() ? PublishedOrigin::Unknown : PublishedOrigin::Document);
        QVERIFY2(article.text.startsWith(u"President Ivan Petrenko"_s), qPrintable(article.text));
    }

    void cleansBylines_data()
    {
        QTest::addColumn<QString>("byline");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("by") << u"By Corey Lind"_s << QStringList{u"Corey Lind"_s};
        QTest::newRow("date after") << u"Steven Mora January 18, 2030"_s << QStringList{u"Steven Mora"_s};
        QTest::newRow("outlet after a bar") << u"BY ANA DIAZ | Reuters"_s << QStringList{u"ANA DIAZ"_s};
        QTest::newRow("two and a role") << u"Ana Diaz and Ben Roe, Foreign Correspondent"_s
                                        << QStringList{u"Ana Diaz"_s, u"Ben Roe"_s};
        QTest::newRow("editor") << u"Written by Rob Lund Edited by Bea Berg"_s << QStringList{u"Rob Lund"_s};
        QTest::newRow("french") << u"Par Sébastien Morel"_s << QStringList{u"Sébastien Morel"_s};
        QTest::newRow("a link") << u"https://example.org/authors/ana"_s << QStringList{};
    }
    void cleansBylines()
    {
        QFETCH(QString, byline);
        QFETCH(QStringList, names);
        QCOMPARE(PageMetadata::namesInByline(byline), names);
    }

    void readsDates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("day");
        QTest::newRow("iso, the publisher's own day") << u"2030-02-23T17:18:13-08:00"_s << u"2030-02-23"_s;
        QTest::newRow("iso with a space") << u"2030-11-03 03:01:00.000000"_s << u"2030-11-03"_s;
        QTest::newRow("rfc 2822") << u"Thu, 21 Mar 2030 10:00:00 +0000"_s << u"2030-03-21"_s;
        QTest::newRow("month first") << u"March 25, 2030"_s << u"2030-03-25"_s;
        QTest::newRow("day first") << u"25 March 2030"_s << u"2030-03-25"_s;
        QTest::newRow("not a date") << u"yesterday"_s << QString();
    }
    void readsDates()
    {
        QFETCH(QString, text);
        QFETCH(QString, day);
        QCOMPARE(PageMetadata::dayOf(text).toString(), day);
    }

    void decodesByThePagesDeclaration_data()
    {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QByteArray>("declaration");
        QTest::addColumn<QString>("text");
        const QString russian = u"Министр иностранных дел прибыл в Женеву"_s;
        const QString japanese = u"外務大臣がジュネーブに到着した"_s;
        const QString chinese = u"外交部长抵达日内瓦"_s;
        const QString czech = u"Ministr zahraničí přiletěl do Ženevy"_s;
        QTest::newRow("windows-1251, meta charset") << QByteArray("windows-1251")
                                                    << QByteArray("<meta charset=\"windows-1251\">") << russian;
        QTest::newRow("shift-jis, http-equiv") << QByteArray("Shift_JIS")
                                               << QByteArray("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=shift_jis\">")
                                               << japanese;
        QTest::newRow("gb2312 label read as gb18030") << QByteArray("GB18030") << QByteArray("<meta charset=gb2312>")
                                                      << chinese;
        QTest::newRow("iso-8859-2") << QByteArray("ISO-8859-2") << QByteArray("<meta charset='iso-8859-2'>") << czech;
        QTest::newRow("utf-8 declared as latin-1") << QByteArray("UTF-8") << QByteArray("<meta charset=\"iso-8859-1\">")
                                                   << czech;
        QTest::newRow("undeclared utf-8") << QByteArray("UTF-8") << QByteArray() << russian;
    }
    void decodesByThePagesDeclaration()
    {
        QFETCH(QByteArray, encoding);
        QFETCH(QByteArray, declaration);
        QFETCH(QString, text);
        QStringEncoder encoder(encoding.constData());
        QVERIFY(encoder.isValid());
        const QString html = u"<html><head>"_s + QString::fromLatin1(declaration) + u"</head><body><p>"_s + text
            + u"</p></body></html>"_s;
        const QByteArray bytes = encoder(html);
        QStringList warnings;
        QVERIFY(decodeHtml(bytes, warnings).contains(text));
        QVERIFY(warnings.isEmpty());
        const Article article = read(bytes);
        QCOMPARE(article.text, text);
    }

    void decodesByteOrderMarks()
    {
        QStringList warnings;
        QCOMPARE(decodeHtml(QByteArray("\xEF\xBB\xBF<p>caf\xC3\xA9</p><meta charset=\"windows-1252\">"), warnings),
            u"<p>café</p><meta charset=\"windows-1252\">"_s);
        QCOMPARE(decodeHtml(QByteArray("\xFF\xFE<\0p\0>\0", 8), warnings), u"<p>"_s);
        QCOMPARE(declaredHtmlEncoding("<?xml version=\"1.0\" encoding=\"latin1\"?><html>"), QByteArray("windows-1252"));
    }

    void refusesPagesWithoutAnArticle_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("only scripts and a player")
            << page("<title>Video</title>", "<video src=\"clip.mp4\"></video><script>play();</script>");
        QTest::newRow("empty body") << page("<title>Nothing</title>", " ");
    }
    void refusesPagesWithoutAnArticle()
    {
        QFETCH(QByteArray, html);
        const auto article = readArticle(html, u"page.html"_s);
        QVERIFY(!article.ok());
        QCOMPARE(article.error(), u"page.html: no article text was found in it"_s);
    }

    void survivesBrokenMarkup()
    {
        // Deeper than any real page: libxml2 gives up past its depth limit, and the reader must not crash on it.
        QByteArray deep = "<html><body>";
        for (int i = 0; i < 100; ++i)
            deep += "<div><span>";
        deep += story();
        const Article article = read(deep);
        QVERIFY(article.text.contains(u"President Ivan Petrenko"_s));
        for (int i = 0; i < 5000; ++i)
            deep += "<div><span>";
        QVERIFY(readArticle(deep, u"deep.html"_s).ok());
        const Article unclosed = read("<p>" + story1 + "<p>" + story2 + "<table><tr><td>" + story3);
        QVERIFY(unclosed.text.contains(u"We have opened a door"_s));
        // Found by fuzz_html: markup so broken that the best blocks' common ancestor was the document's root.
        const QByteArray rootless(
            "<html><head><meta charset=\x22windows-1251\x22><meta p"
            "roperty=\x22og:title\x22 content=\x22" "A | B\x22>\xc3\x8c\x9c\x8dipt type="
            "\x22" "application/ld+json\x22>{\x22@graph\x22:[{\x22" "ar\xe1i@type\x22:\x22N"
            "ewsArt\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xfficle\x22,\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xffhtm"
            "l><body><article><p>\xe2\x80\x9cWe agree,\xe2\x80\x9d the minister"
            " said on Friday.</p></article></body></html J an"
            ">\xcf\xf0<br><bdlr>tex#a\x22,\x22name\x22:\x22N\x22}]}</script>!</hea"
            "d>=body><div class=\x22story-body\x22><p cla@</table><"
            "div class=\x22t=\x22" "A | B\x22" "br><br>text, more tExt<table"
            "><trbody>a<td>@</table><div class=\x22sidebar\x22><pst"
            ", more t)xt< text<table><tr><td>a<td>@</table>@["
            "div toclass=\x22sidebar\x22><p>x<1p></div><figure><fig"
            "caption>c</figcaption></figure>\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff"
            "\xff\xff\xff\xff\xff" "c</figcaption></figure></div></body></html>", 672);
        (void)readArticle(rootless, u"fuzz.html"_s);
    }
};

QTEST_GUILESS_MAIN(TestHtmlReader)
#include "tst_htmlreader.moc"
