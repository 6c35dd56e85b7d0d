// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation export and import: the model's required fields, a lossless round trip, errors that write nothing.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "../support/testproject.h"
#include "extract/importer.h"
#include "extract/reader.h"
#include "interop/webannotation.h"
#include "provenance/anchoring.h"
#include "util/codepoints.h"

using namespace attache;
using namespace Qt::Literals::StringLiterals;

namespace {

/// A project with the wire fixture imported, one note graded and commented, and one annotation left unplaced.
void fill(Project& project)
{
    QFile file(QStringLiteral(ATTACHE_FIXTURES "/wire.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture wire.txt");
    const auto article = extract::readArticle(file.readAll(), u"wire.txt"_s);
    const extract::Extraction x = extract::extract(article.value(), test::date("2025-03-04"));
    const Status written = project.write([&] {
        const extract::Imported imported = extract::store(project, x);
        const QString& text = x.article.text;
        Annotation note = anchoring::make(text, imported.source, 0, 10, AnnotationKind::Note);
        note.credibility = 2;
        note.comment = u"Headline — checked against the agency's wire"_s;
        project.annotations().insert(note);
        Annotation lost = anchoring::make(text, imported.source, 12, 20, AnnotationKind::Date);
        lost.anchored = false;
        project.annotations().insert(lost);
    });
    if (!written)
        qFatal("%s", qPrintable(written.error()));
}

/// Annotations without their ids, for comparing two projects.
QList<Annotation> withoutIds(QList<Annotation> annotations)
{
    for (Annotation& a : annotations)
        a.id = AnnotationId();
    std::sort(annotations.begin(), annotations.end(), [](const Annotation& a, const Annotation& b) {
        return std::tie(a.start, a.end, a.exact, a.comment) < std::tie(b.start, b.end, b.exact, b.comment);
    });
    return annotations;
}

void removeAllAnnotations(Project& project)
{
    const Status written = project.write([&] {
        for (const Annotation& a : project.annotations().all())
            project.annotations().remove(a.id);
    });
    if (!written)
        qFatal("%s", qPrintable(written.error()));
}

} // namespace

class TestWebAnnotation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void collectionMeetsTheModel();
    void roundTrip();
    void reimportAddsNothing();
    void placesByQuoteWhenTextChanged();
    void acceptsASingleAnnotation();
    void placesWithoutAProject_data();
    void placesWithoutAProject();
    void malformedInputWritesNothing_data();
    void malformedInputWritesNothing();
    void unknownSourceIsReported();
    void targetsAreFoundByNameInAnotherProject();
    void unplacedAnnotationsAreNotDuplicated();
};

void TestWebAnnotation::collectionMeetsTheModel()
{
    test::TempProject p;
    fill(*p);
    const QJsonObject root = QJsonDocument::fromJson(webannotation::write(*p)).object();
    QVERIFY(root.value("@context"_L1).toArray().contains(QJsonValue(QString::fromLatin1(webannotation::context))));
    QCOMPARE(root.value("type"_L1).toString(), u"AnnotationCollection"_s);
    QVERIFY(!root.value("id"_L1).toString().isEmpty());
    const QJsonObject page = root.value("first"_L1).toObject();
    QCOMPARE(page.value("type"_L1).toString(), u"AnnotationPage"_s);
    QVERIFY(!page.value("id"_L1).toString().isEmpty());
    const QJsonArray items = page.value("items"_L1).toArray();
    QCOMPARE(items.size(), p->annotations().count());
    QCOMPARE(root.value("total"_L1).toInteger(), p->annotations().count());
    QSet<QString> ids;
    for (const QJsonValue& v : items) {
        const QJsonObject a = v.toObject();
        const QStringList problems = webannotation::problems(a, true);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"; "_s)));
        ids.insert(a.value("id"_L1).toString());
        // Standalone, an annotation needs its own @context.
        QVERIFY(webannotation::problems(a, false).join(u' ').contains(u"@context"_s));
        const QString motivation = a.value("motivation"_L1).toString();
        QVERIFY2(QStringList({u"identifying"_s, u"describing"_s, u"linking"_s, u"classifying"_s, u"commenting"_s}).contains(motivation),
            qPrintable(motivation));
    }
    QCOMPARE(ids.size(), items.size());
    // The model's rules are checked, not assumed.
    QJsonObject broken = items.first().toObject();
    broken.remove("target"_L1);
    QVERIFY(webannotation::problems(broken, true).contains(u"target is missing"_s));
}

void TestWebAnnotation::roundTrip()
{
    test::TempProject p;
    fill(*p);
    const QList<Annotation> before = withoutIds(p->annotations().all());
    const QByteArray json = webannotation::write(*p);
    removeAllAnnotations(*p);
    QCOMPARE(p->annotations().count(), 0);

    const auto report = webannotation::read(json, u"annotations.jsonld"_s, *p);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error()));
    QCOMPARE(report->added, before.size());
    QCOMPARE(report->alreadyThere, 0);
    QList<Annotation> after = withoutIds(p->annotations().all());
    // The unplaced one comes back unplaced only if its quote is not in the text; here it is, so it is placed again.
    for (qsizetype i = 0; i < before.size(); ++i) {
        Annotation expected = before[i];
        expected.anchored = true;
        QCOMPARE(after[i].exact, expected.exact);
        QCOMPARE(after[i].start, expected.start);
        QCOMPARE(after[i].kind, expected.kind);
        QCOMPARE(after[i].targetType, expected.targetType);
        QCOMPARE(after[i].targetId, expected.targetId);
        QCOMPARE(after[i].credibility, expected.credibility);
        QCOMPARE(after[i].comment, expected.comment);
        QCOMPARE(after[i].created, expected.created);
        QVERIFY(after[i] == expected);
    }
    // And the export of the restored project is the same document but for the annotation ids.
    QByteArray again = webannotation::write(*p);
    QCOMPARE(QJsonDocument::fromJson(again).object().value("total"_L1), QJsonDocument::fromJson(json).object().value("total"_L1));
}

void TestWebAnnotation::reimportAddsNothing()
{
    test::TempProject p;
    fill(*p);
    const qint64 count = p->annotations().count();
    const auto report = webannotation::read(webannotation::write(*p), u"a.jsonld"_s, *p);
    QVERIFY(report.ok());
    QCOMPARE(report->added, 0);
    QCOMPARE(report->alreadyThere, count); // the unplaced one is found where it was, so it is there too
    QCOMPARE(p->annotations().count(), count);
}

void TestWebAnnotation::placesByQuoteWhenTextChanged()
{
    test::TempProject p;
    fill(*p);
    const QByteArray json = webannotation::write(*p);
    const Source source = p->sources().all().first();
    removeAllAnnotations(*p);
    // The text gains a paragraph at the top (and so a new hash; the export also names it by hash, which no longer
    // matches): it is found by its address.
    Source edited = source;
    edited.url = u"https://news.example/envoy"_s;
    ATTACHE_WRITE(*p, p->sources().update(edited));
    QByteArray renamed = json;
    renamed.replace(QByteArray("urn:sha256:" + source.contentHash.toLatin1()), "https://news.example/envoy");
    ATTACHE_WRITE(*p, anchoring::replaceText(*p, source.id, u"Correction appended.\n\n"_s + source.text));
    const auto report = webannotation::read(renamed, u"a.jsonld"_s, *p);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error()));
    QVERIFY(report->added > 0);
    const QString text = p->sources().find(source.id)->text;
    for (const Annotation& a : p->annotations().all()) {
        QVERIFY(a.anchored);
        QCOMPARE(codepoints::slice(text, a.start, a.end), a.exact);
    }
}

void TestWebAnnotation::placesWithoutAProject_data()
{
    QTest::addColumn<QByteArray>("selectors");
    QTest::addColumn<bool>("anchored");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    // Code points: the emoji is one, so "talks" starts at 6 whatever UTF-16 says.
    QTest::newRow("position") << QByteArray(R"([{"type":"TextPositionSelector","start":6,"end":11},)"
                                            R"({"type":"TextQuoteSelector","exact":"talks"}])")
                              << true << qint64(6) << qint64(11);
    QTest::newRow("quote, position stale") << QByteArray(R"([{"type":"TextPositionSelector","start":0,"end":5},)"
                                                         R"({"type":"TextQuoteSelector","exact":"talks","prefix":"the "}])")
                                           << true << qint64(27) << qint64(32);
    QTest::newRow("position past the end") << QByteArray(R"([{"type":"TextPositionSelector","start":900,"end":9000},)"
                                                         R"({"type":"TextQuoteSelector","exact":"resume"}])")
                                           << true << qint64(33) << qint64(39);
    QTest::newRow("nowhere") << QByteArray(R"([{"type":"TextQuoteSelector","exact":"a ceasefire was signed yesterday"}])")
                             << false << qint64(-1) << qint64(-1);
}

void TestWebAnnotation::placesWithoutAProject()
{
    QFETCH(QByteArray, selectors);
    QFETCH(bool, anchored);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    const QByteArray json = R"({"type":"Annotation","id":"x","target":{"source":"urn:s","selector":)" + selectors + "}}";
    const auto items = webannotation::items(json, u"a.jsonld"_s);
    QVERIFY2(items.ok(), items.ok() ? "" : qPrintable(items.error()));
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().path, u"annotation"_s);
    const QString text = u"🤝 The talks went well; the talks resume on Friday."_s;
    const Annotation a = webannotation::place(items->first().annotation, text);
    QCOMPARE(a.anchored, anchored);
    if (anchored) {
        QCOMPARE(a.start, start);
        QCOMPARE(a.end, end);
        QCOMPARE(codepoints::slice(text, a.start, a.end), a.exact);
    }
}

void TestWebAnnotation::acceptsASingleAnnotation()
{
    test::TempProject p;
    fill(*p);
    const QJsonObject root = QJsonDocument::fromJson(webannotation::write(*p)).object();
    QJsonObject one = root.value("first"_L1).toObject().value("items"_L1).toArray().first().toObject();
    one.insert("@context"_L1, QString::fromLatin1(webannotation::context));
    QVERIFY(webannotation::problems(one, false).isEmpty());
    removeAllAnnotations(*p);
    const auto report = webannotation::read(QJsonDocument(one).toJson(), u"one.json"_s, *p);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error()));
    QCOMPARE(report->added, 1);
}

void TestWebAnnotation::malformedInputWritesNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\n  \"type\": \"AnnotationCollection\",\n  oops\n}") << u"not valid JSON at line 3, column"_s;
    QTest::newRow("not annotations") << QByteArray("{\"format\": \"attache-project\"}") << u"not W3C Web Annotation"_s;
    QTest::newRow("no target")
        << QByteArray(R"({"type":"AnnotationPage","items":[{"id":"x","type":"Annotation"}]})") << u"items[1]: target is missing"_s;
    QTest::newRow("bad credibility")
        << QByteArray(R"({"type":"AnnotationPage","items":[{"id":"x","type":"Annotation","body":[{"purpose":"assessing","value":"9"}],)"
                      R"("target":{"source":"SOURCE","selector":[{"type":"TextQuoteSelector","exact":"a"}]}}]})")
        << u"items[1].body[0]: credibility must be 1 to 6"_s;
    QTest::newRow("bad target")
        << QByteArray(R"({"type":"AnnotationPage","items":[{"id":"x","type":"Annotation","body":{"purpose":"linking","source":"urn:x-attache:planet:3"},)"
                      R"("target":{"source":"SOURCE","selector":[{"type":"TextQuoteSelector","exact":"a"}]}}]})")
        << u"does not name an actor, event or statement"_s;
    QTest::newRow("negative position")
        << QByteArray(R"({"type":"AnnotationPage","items":[{"id":"x","type":"Annotation",)"
                      R"("target":{"source":"SOURCE","selector":[{"type":"TextPositionSelector","start":-1,"end":2},{"type":"TextQuoteSelector","exact":"a"}]}}]})")
        << u"0 <= start <= end"_s;
}

void TestWebAnnotation::malformedInputWritesNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    test::TempProject p;
    fill(*p);
    json.replace("SOURCE", QByteArray("urn:sha256:" + p->sources().all().first().contentHash.toLatin1()));
    // A good annotation goes first, so that a partial write would show.
    const QJsonObject good = QJsonDocument::fromJson(webannotation::write(*p)).object().value("first"_L1).toObject()
        .value("items"_L1).toArray().first().toObject();
    json.replace("\"items\":[", QByteArray("\"items\":[" + QJsonDocument(good).toJson(QJsonDocument::Compact) + ','));
    removeAllAnnotations(*p);
    const auto report = webannotation::read(json, u"bad.jsonld"_s, *p);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().startsWith(u"bad.jsonld: "_s), qPrintable(report.error()));
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    QCOMPARE(p->annotations().count(), 0);
}

void TestWebAnnotation::unknownSourceIsReported()
{
    test::TempProject p;
    fill(*p);
    const QByteArray json = webannotation::write(*p);
    test::TempProject other;
    const auto report = webannotation::read(json, u"a.jsonld"_s, *other);
    QVERIFY(report.ok());
    QCOMPARE(report->added, 0);
    QCOMPARE(report->warnings.size(), p->annotations().count());
    QVERIFY2(report->warnings.first().contains(u"has no source"_s), qPrintable(report->warnings.first()));
}

void TestWebAnnotation::targetsAreFoundByNameInAnotherProject()
{
    test::TempProject a;
    fill(*a);
    // The colleague's project has the same article, but its rows were made in another order: actor 1 is someone else.
    test::TempProject b;
    ATTACHE_WRITE(*b, {
        Actor other;
        other.name = u"Someone Else"_s;
        b->actors().insert(other);
    });
    fill(*b);
    const QByteArray json = webannotation::write(*a);
    QVERIFY(json.contains("\"label\": \"Tomas Berglund\""));
    ATTACHE_WRITE(*b, {
        for (const Annotation& x : b->annotations().all())
            b->annotations().remove(x.id);
    });
    const auto report = webannotation::read(json, u"colleague.jsonld"_s, *b);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error()));
    QCOMPARE(report->added, a->annotations().count());
    const ActorId berglundA = a->actors().findByName(u"Tomas Berglund"_s)->id;
    const ActorId berglundB = b->actors().findByName(u"Tomas Berglund"_s)->id;
    QVERIFY(berglundA != berglundB);
    QCOMPARE(b->annotations().forTarget(TargetType::Actor, berglundB.value).size(),
        a->annotations().forTarget(TargetType::Actor, berglundA.value).size());
    QVERIFY(b->annotations().forTarget(TargetType::Actor, 1).isEmpty()); // nothing on "Someone Else"
    // A fact the project does not have is reported, and the mark kept without it.
    QByteArray renamed = json;
    renamed.replace("\"label\": \"Tomas Berglund\"", "\"label\": \"Nobody Here\"");
    ATTACHE_WRITE(*b, {
        for (const Annotation& x : b->annotations().all())
            b->annotations().remove(x.id);
    });
    const auto second = webannotation::read(renamed, u"colleague.jsonld"_s, *b);
    QVERIFY(second.ok());
    QVERIFY(second->warnings.join(u' ').contains(u"Nobody Here"_s));
}

void TestWebAnnotation::unplacedAnnotationsAreNotDuplicated()
{
    test::TempProject p;
    fill(*p);
    // An unplaced mark whose words are no longer in the text: exported without a position, read back the same.
    ATTACHE_WRITE(*p, {
        Annotation gone = p->annotations().all().first();
        gone.id = AnnotationId();
        gone.exact = u"words that were cut from the story"_s;
        gone.anchored = false;
        p->annotations().insert(gone);
    });
    const qint64 count = p->annotations().count();
    const auto report = webannotation::read(webannotation::write(*p), u"a.jsonld"_s, *p);
    QVERIFY(report.ok());
    QCOMPARE(report->added, 0);
    QCOMPARE(p->annotations().count(), count);
}

QTEST_GUILESS_MAIN(TestWebAnnotation)
#include "tst_webannotation.moc"
