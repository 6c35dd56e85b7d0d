// SPDX-License-Identifier: GPL-3.0-or-later
// The importer stage by stage, on articles written for these tests (invented countries and people).
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "extract/dates.h"
#include "extract/extraction.h"
#include "extract/gazetteer.h"
#include "extract/reader.h"
#include "util/codepoints.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using namespace attache::extract;

namespace {

QByteArray fixture(const char* name)
{
    QFile file(QStringLiteral(ATTACHE_FIXTURES "/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

FuzzyDate day(const char* text)
{
    return *FuzzyDate::parse(QString::fromLatin1(text));
}

const StatementCandidate* statementWith(const Extraction& x, const QString& words)
{
    for (const StatementCandidate& s : x.statements) {
        if (s.quote.contains(words))
            return &s;
    }
    return nullptr;
}

} // namespace

class TestExtraction final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesEncodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("warned");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 talks") << u"café talks"_s << false;
        QTest::newRow("utf-8 with bom") << QByteArray("\xef\xbb\xbf" "caf\xc3\xa9") << u"café"_s << false;
        QTest::newRow("utf-16 le with bom") << QByteArray("\xff\xfe" "c\0a\0f\0\xe9\0", 10) << u"café"_s << false;
        QTest::newRow("windows-1252") << QByteArray("\x93quoted\x94 caf\xe9") << u"“quoted” café"_s << false;
        QTest::newRow("damaged utf-8") << QByteArray("a long enough text in utf-8 with one bad \xff byte in the middle of it, "
                                                     "which is kept with a replacement and a warning for the reader")
                                       << u"a long enough text in utf-8 with one bad \uFFFD byte in the middle of it, which is kept with a replacement and a warning for the reader"_s
                                       << true;
    }
    void decodesEncodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(bool, warned);
        QStringList warnings;
        QCOMPARE(decode(bytes, warnings), text);
        QCOMPARE(!warnings.isEmpty(), warned);
    }

    void refusesWhatIsNotAnArticle_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray() << u"not a text or HTML article (it is empty)"_s;
        QTest::newRow("blank") << QByteArray("  \n\n ") << u"it is empty"_s;
        QTest::newRow("binary") << QByteArray("PK\x03\x04\0\0binary", 12) << u"binary data"_s;
        QTest::newRow("html without a body") << QByteArray("<html><head><title>x</title></head></html>") << u"no article text"_s;
        QTest::newRow("too large") << QByteArray(int(maxArticleBytes) + 1, 'a') << u"the limit is 20 MB"_s;
    }
    void refusesWhatIsNotAnArticle()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const auto article = readArticle(bytes, u"in.txt"_s);
        QVERIFY(!article.ok());
        QVERIFY2(article.error().startsWith(u"in.txt: "_s), qPrintable(article.error()));
        QVERIFY2(article.error().contains(reason), qPrintable(article.error()));
    }

    void survivesHostileInput()
    {
        // One 5 MB line, and tags nested deeper than any page.
        QByteArray line;
        while (line.size() < 5 * 1024 * 1024)
            line += "The envoys said on Friday that the talks had gone well. ";
        const auto longLine = readArticle(line, u"line.txt"_s);
        QVERIFY(longLine.ok());
        QVERIFY(!extract::extract(*longLine, day("2030-03-05")).article.text.isEmpty());
        QByteArray nested = "<html><body>";
        for (int i = 0; i < 5000; ++i)
            nested += "<div>";
        nested += "<p>Deep text that says something about the talks in a full sentence.</p></body></html>";
        const auto article = readArticle(nested, u"nested.html"_s);
        QVERIFY(article.ok() || article.error().contains(u"no article text"_s));
    }

    void readsASnippetAsItsBody()
    {
        // A pasted sentence has no headline or paragraphs of a story: all of it is the text.
        const auto article = readArticle(QByteArray("Envoy Tomas Berglund said on Monday: \"The door is open.\""), u"pasted"_s);
        QVERIFY2(article.ok(), article.ok() ? "" : qPrintable(article.error()));
        QCOMPARE(article->text, u"Envoy Tomas Berglund said on Monday: \"The door is open.\""_s);
        const Extraction x = extract::extract(*article, day("2030-03-06"));
        QCOMPARE(x.statements.size(), 1);
        QCOMPARE(x.statements.first().speaker, u"Tomas Berglund"_s);
    }

    void readsWireCopy()
    {
        const auto article = readArticle(fixture("wire.txt"), u"wire.txt"_s);
        QVERIFY(article.ok());
        QCOMPARE(article->meta.title, u"ELBONIAN ENVOY MEETS GRANDLAND MINISTER IN OSLO"_s);
        QCOMPARE(article->meta.outlet, u"Reuters"_s);
        QCOMPARE(article->meta.dateline, u"OSLO, March 4 -"_s);
        QVERIFY(article->text.startsWith(u"Special Envoy Tomas Berglund met Foreign Minister Ada Lindqvist"_s));
        // Hard-wrapped lines joined, paragraphs kept.
        QVERIFY(!article->text.contains(u"Foreign\nMinister"_s));
        QCOMPARE(article->text.count(u"\n\n"_s), 3);
        QVERIFY(!article->text.contains(u"Reuter"_s));
    }

    void readsWebChrome()
    {
        const auto article = readArticle(fixture("web.txt"), u"web.txt"_s);
        QVERIFY(article.ok());
        QCOMPARE(article->meta.title, u"Grandland and Elbonia sign a water accord after months of talks"_s);
        QCOMPARE(article->meta.authors, (QStringList{u"Maria Olsen"_s, u"Peter Dahl"_s}));
        QCOMPARE(article->meta.outlet, u"Northern Wire"_s);
        QCOMPARE(article->meta.site, u"NewsSite"_s);
        QCOMPARE(article->meta.contributors, QStringList{u"Lars Berg"_s});
        for (const QString& chrome : {u"Published in World News"_s, u"Comments"_s, u"Top Stories"_s})
            QVERIFY2(article->meta.boilerplate.contains(chrome), qPrintable(chrome));
        QVERIFY(!article->text.contains(u"©"_s));
        QVERIFY(article->text.startsWith(u"President Ivan Petrenko"_s));
    }

    void readsHtml()
    {
        const QByteArray html = R"(<!doctype html><html><head><title>Site | Accord signed</title>
            <meta property="og:title" content="Accord signed in Geneva">
            <meta name="author" content="Maria Olsen">
            <meta property="article:published_time" content="2030-05-10T09:00:00Z">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Grandland and Elbonia sign an accord",
              "datePublished":"2030-05-11","author":[{"name":"Peter Dahl"}],"publisher":{"name":"Northern Wire"}}</script>
            <style>p{}</style><script>var x = "not text";</script></head>
            <body><nav><a>Home</a> <a>World</a></nav>
            <article><h1>Grandland and Elbonia sign an accord</h1>
            <p>President Ivan Petrenko of Elbonia signed the accord in Geneva on Friday, officials said in a statement.</p>
            <div class="share-tools">Share on social media</div>
            <p>“This is a good day,” Petrenko said.</p><!-- a comment --></article>
            <footer>Copyright Northern Wire</footer></body></html>)";
        const auto article = readArticle(html, u"page.html"_s);
        QVERIFY(article.ok());
        QCOMPARE(article->meta.title, u"Grandland and Elbonia sign an accord"_s);
        QCOMPARE(article->meta.authors, QStringList{u"Peter Dahl"_s});
        QCOMPARE(article->meta.outlet, u"Northern Wire"_s);
        QCOMPARE(article->meta.published.toString(), u"2030-05-11"_s);
        QCOMPARE(article->meta.publishedOrigin, PublishedOrigin::Document);
        QVERIFY(article->text.startsWith(u"President Ivan Petrenko"_s));
        for (const QString& chrome : {u"var x"_s, u"Home"_s, u"Share on social"_s, u"a comment"_s, u"Copyright"_s})
            QVERIFY2(!article->text.contains(chrome), qPrintable(chrome));
    }

    void resolvesDates_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("published");
        QTest::addColumn<QString>("expected");
        // Published on Tuesday 2030-03-05.
        QTest::newRow("past weekday") << u"The envoy met the minister on Friday."_s << u"2030-03-05"_s << u"2030-03-01"_s;
        QTest::newRow("future weekday") << u"The envoy will meet the minister on Friday."_s << u"2030-03-05"_s << u"2030-03-08"_s;
        QTest::newRow("present-tense plan") << u"He said there will be talks when she meets him on Friday."_s << u"2030-03-05"_s << u"2030-03-08"_s;
        QTest::newRow("same weekday, past") << u"They spoke on Tuesday."_s << u"2030-03-05"_s << u"2030-03-05"_s;
        QTest::newRow("last weekday") << u"They spoke last Tuesday."_s << u"2030-03-05"_s << u"2030-02-26"_s;
        QTest::newRow("next weekday") << u"They meet next Tuesday."_s << u"2030-03-05"_s << u"2030-03-12"_s;
        QTest::newRow("yesterday") << u"The call took place yesterday."_s << u"2030-03-05"_s << u"2030-03-04"_s;
        QTest::newRow("today") << u"Talks resume today."_s << u"2030-03-05"_s << u"2030-03-05"_s;
        QTest::newRow("tomorrow") << u"Talks resume tomorrow."_s << u"2030-03-05"_s << u"2030-03-06"_s;
        QTest::newRow("month day") << u"The summit on March 11 ended early."_s << u"2030-03-05"_s << u"2030-03-11"_s;
        QTest::newRow("abbreviated month, past") << u"The summit on Aug. 15 ended early."_s << u"2030-03-05"_s << u"2029-08-15"_s;
        QTest::newRow("month day, future") << u"The summit will open on Aug. 15."_s << u"2030-03-05"_s << u"2030-08-15"_s;
        QTest::newRow("day month year") << u"Signed on 15 August 2025."_s << u"2030-03-05"_s << u"2025-08-15"_s;
        QTest::newRow("month day year") << u"Signed on August 15, 2025."_s << u"2030-03-05"_s << u"2025-08-15"_s;
        QTest::newRow("iso") << u"Signed on 2025-08-15."_s << u"2030-03-05"_s << u"2025-08-15"_s;
        QTest::newRow("year boundary") << u"They met on December 30."_s << u"2030-01-02"_s << u"2029-12-30"_s;
        QTest::newRow("earlier this month") << u"They met earlier this month."_s << u"2030-03-05"_s << u"2030-03"_s;
        QTest::newRow("last year") << u"They met last year."_s << u"2030-03-05"_s << u"2029"_s;
        QTest::newRow("last week has no day") << u"They met last week."_s << u"2030-03-05"_s << QString();
        QTest::newRow("last month name") << u"They met last October in Reykjavik."_s << u"2030-03-05"_s << u"2029-10"_s;
        QTest::newRow("last month name, earlier this year") << u"They met last February."_s << u"2030-03-05"_s << u"2030-02"_s;
        QTest::newRow("next month name") << u"They meet next March."_s << u"2030-03-05"_s << u"2031-03"_s;
        QTest::newRow("month name, past") << u"The talks were held in October."_s << u"2030-03-05"_s << u"2029-10"_s;
        QTest::newRow("month name, future") << u"The talks will be held in October."_s << u"2030-03-05"_s << u"2030-10"_s;
        QTest::newRow("month name, this month") << u"The talks began in early March."_s << u"2030-03-05"_s << u"2030-03"_s;
        QTest::newRow("may is a verb") << u"The talks may go on. They began on Friday."_s << u"2030-03-05"_s << u"2030-03-01"_s;
        QTest::newRow("contracted will") << u"They say we’ll do it on Friday."_s << u"2030-03-05"_s << u"2030-03-08"_s;
        QTest::newRow("set to") << u"The two sides are set to sign it on Friday."_s << u"2030-03-05"_s << u"2030-03-08"_s;
        QTest::newRow("is to, a cue of two words") << u"The minister is to travel there on Friday."_s << u"2030-03-05"_s << u"2030-03-08"_s;
        QTest::newRow("is tough is no cue") << u"He will go; it is tough, as talks ended on Friday."_s << u"2030-03-05"_s << u"2030-03-01"_s;
        QTest::newRow("past verb after a hyphen") << u"He will go, but the US-backed talks stalled on Friday."_s << u"2030-03-05"_s << u"2030-03-01"_s;
        QTest::newRow("name in -ed is no verb") << u"Talks will resume with Ahmed on Friday."_s << u"2030-03-05"_s << u"2030-03-08"_s;
        QTest::newRow("days ago") << u"They met two days ago."_s << u"2030-03-05"_s << u"2030-03-03"_s;
        QTest::newRow("no publication date") << u"They met on Friday."_s << QString() << QString();
    }
    void resolvesDates()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, published);
        QFETCH(QString, expected);
        const DateFinder finder(published.isEmpty() ? FuzzyDate() : *FuzzyDate::parse(published));
        const QList<DateMention> found = finder.find(sentence);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().value.toString(), expected);
        QVERIFY(sentence.mid(found.first().start, found.first().end - found.first().start) == found.first().text);
    }

    void gazetteerKnowsStatesOrganisationsAndSeats()
    {
        const QList<Gazetteer::Match> found = Gazetteer::instance().find(
            u"The Kremlin and Washington spoke; NATO and the U.N. watched, as did Ukrainian diplomats and CNN."_s);
        QStringList names;
        for (const Gazetteer::Match& m : found)
            names.append(m.entry->name);
        QCOMPARE(names, (QStringList{u"Russia"_s, u"United States"_s, u"NATO"_s,
                            u"United Nations"_s, u"Ukraine"_s, u"CNN"_s}));
        QCOMPARE(found.at(0).how, Gazetteer::How::Seat);
        QCOMPARE(found.at(4).how, Gazetteer::How::Demonym);
        // "us" the pronoun is not the United States.
        QVERIFY(Gazetteer::instance().find(u"They told us nothing."_s).isEmpty());
    }

    void extractsTheWireStory()
    {
        const auto article = readArticle(fixture("wire.txt"), u"wire.txt"_s);
        QVERIFY(article.ok());
        const Extraction x = extract::extract(*article, day("2030-03-05"));
        QStringList people;
        for (const ActorCandidate& a : x.actors) {
            if (a.kind == ActorKind::Person)
                people.append(a.name);
        }
        QVERIFY2(people.contains(u"Tomas Berglund"_s) && people.contains(u"Ada Lindqvist"_s), qPrintable(people.join(u", "_s)));
        // Quotations and who said them; a partial quotation inside reported speech.
        const StatementCandidate* progress = statementWith(x, u"real progress"_s);
        QVERIFY(progress);
        QCOMPARE(progress->speaker, u"Tomas Berglund"_s);
        QCOMPARE(progress->date.toString(), u"2030-03-05"_s);
        QCOMPARE(progress->venue, u"press conference"_s);
        const StatementCandidate* expected = statementWith(x, u"Nobody expected"_s);
        QVERIFY(expected);
        QCOMPARE(expected->speaker, u"Tomas Berglund"_s);
        const StatementCandidate* listened = statementWith(x, u"listened more"_s);
        QVERIFY(listened);
        QCOMPARE(listened->speaker, u"Ada Lindqvist"_s);
        QCOMPARE(listened->kind, StatementKind::Partial);
        // The meeting on Tuesday (the day of publication); the talks of "next week" have no day to name.
        bool met = false;
        bool talksUndated = false;
        for (const EventCandidate& e : x.events) {
            if (e.kind == EventKind::Meeting && e.date.toString() == u"2030-03-05"_s && e.status == EventStatus::Occurred)
                met = e.participants.contains(u"Tomas Berglund"_s) && e.participants.contains(u"Ada Lindqvist"_s);
            if (e.kind == EventKind::Talks && e.date.isNull())
                talksUndated = e.dateText == u"next week"_s;
        }
        QVERIFY(met);
        QVERIFY(talksUndated);
    }

    void extractsTheWebStory()
    {
        const auto article = readArticle(fixture("web.txt"), u"web.txt"_s);
        QVERIFY(article.ok());
        const Extraction x = extract::extract(*article, day("2030-05-12")); // a Sunday
        const StatementCandidate* good = statementWith(x, u"good day"_s);
        QVERIFY(good);
        QCOMPARE(good->speaker, u"Ivan Petrenko"_s);
        // Said at the news conference of Friday's summit, which the sentence before it dates.
        QCOMPARE(good->date.toString(), u"2030-05-10"_s);
        const StatementCandidate* model = statementWith(x, u"model for the region"_s);
        QVERIFY(model);
        QCOMPARE(model->speaker, u"Karin Holm"_s);
        const StatementCandidate* post = statementWith(x, u"THE BEST EVER"_s);
        QVERIFY(post);
        QCOMPARE(post->kind, StatementKind::Post);
        QCOMPARE(post->speaker, u"Ivan Petrenko"_s);
        QCOMPARE(post->venue, u"Truth Social"_s);
        bool summit = false;
        for (const EventCandidate& e : x.events) {
            if (e.kind == EventKind::Summit) {
                summit = e.date.toString() == u"2030-05-10"_s && e.location == u"Geneva"_s
                    && e.participants.contains(u"Ivan Petrenko"_s) && e.participants.contains(u"Karin Holm"_s);
            }
        }
        QVERIFY(summit);
        QStringList states;
        for (const ActorCandidate& a : x.actors) {
            if (a.kind == ActorKind::Person && a.name == u"Ivan Petrenko"_s)
                QCOMPARE(a.role, u"President"_s);
        }
    }

    void jsonSpansCountCodePoints()
    {
        Article article;
        article.text = u"The envoy 🤝 said, “We are close to a deal on the border,” on Monday."_s;
        const Extraction x = extract::extract(article, day("2030-03-05"));
        const QJsonObject json = QJsonDocument::fromJson(toJson(x)).object();
        const QJsonArray statements = json.value(u"statements"_s).toArray();
        QCOMPARE(statements.size(), 1);
        const QJsonArray span = statements.at(0).toObject().value(u"span"_s).toArray();
        // The handshake is one code point but two UTF-16 units: the span counts it once.
        const QString text = json.value(u"text"_s).toString();
        const QString quoted = codepoints::slice(text, span.at(0).toInt(), span.at(1).toInt());
        QVERIFY(codepoints::length(text) < text.size());
        QCOMPARE(quoted, statements.at(0).toObject().value(u"quote"_s).toString());
        QCOMPARE(json.value(u"source"_s).toObject().value(u"published_origin"_s).toString(), u"given"_s);
    }

    void quotedTitlesAreNotStatements()
    {
        Article article;
        article.text = u"The minister told CBS’s “Face the Nation.” that the deal was close. He also praised “The Long Road” on TV."_s;
        const Extraction x = extract::extract(article, day("2030-03-05"));
        QVERIFY(x.statements.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestExtraction)
#include "tst_extraction.moc"
