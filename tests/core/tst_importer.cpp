// SPDX-License-Identifier: GPL-3.0-or-later
// Storing a reviewed extraction: only accepted candidates, matched rows reused, evidence annotated.
#include <QFile>
#include <QTest>

#include "../support/testproject.h"
#include "extract/importer.h"
#include "extract/reader.h"
#include "provenance/anchoring.h"
#include "provenance/grading.h"
#include "storage/projectsnapshot.h"
#include "util/codepoints.h"

using namespace attache;

namespace {

extract::Extraction wire(const Project* project = nullptr)
{
    QFile file(QStringLiteral(ATTACHE_FIXTURES "/wire.txt"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture wire.txt");
    auto article = extract::readArticle(file.readAll(), QStringLiteral("wire.txt"));
    if (!article)
        qFatal("fixture does not read");
    if (!project)
        return extract::extract(article.value(), test::date("2025-03-04"));
    const ProjectSnapshot snapshot(*project);
    return extract::extract(article.value(), test::date("2025-03-04"), &snapshot);
}

qsizetype indexOfActor(const extract::Extraction& x, const QString& name)
{
    for (qsizetype i = 0; i < x.actors.size(); ++i) {
        if (x.actors[i].name == name)
            return i;
    }
    return -1;
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storesEverythingAccepted();
    void leavesOutWhatIsUnchecked();
    void reusesMatchedActors();
    void matchesAnotherSpellingOfAPerson();
    void addsNewSpellingsAsAliases();
    void speakerMayBeAProjectActor();
    void suggestsConfirmedWhenTwoOutletsReport();
};

void TestImporter::storesEverythingAccepted()
{
    test::TempProject p;
    const extract::Extraction x = wire();
    QVERIFY(x.actors.size() >= 2);
    QVERIFY(x.statements.size() >= 3);
    extract::Imported imported;
    ATTACHE_WRITE(*p, imported = extract::store(*p, x));

    QCOMPARE(p->actors().count(), x.actors.size());
    const qsizetype dated = std::count_if(x.events.cbegin(), x.events.cend(), [](const auto& e) { return !e.date.isNull(); });
    QCOMPARE(p->events().count(), dated);
    QCOMPARE(p->statements().count(), x.statements.size());
    QCOMPARE(imported.statements.size(), x.statements.size());

    const auto source = p->sources().find(imported.source);
    QVERIFY(source);
    QCOMPARE(source->text, x.article.text);
    // Every annotation quotes exactly what its span covers, and every statement has one.
    const QList<Annotation> annotations = p->annotations().forSource(imported.source);
    QCOMPARE(annotations.size(), imported.annotations);
    for (const Annotation& a : annotations)
        QCOMPARE(codepoints::slice(source->text, a.start, a.end), a.exact);
    for (const StatementId id : imported.statements) {
        const auto evidence = p->annotations().forTarget(TargetType::Statement, id.value);
        QCOMPARE(evidence.size(), 1);
        QCOMPARE(evidence.first().exact, p->statements().find(id)->text);
    }
}

void TestImporter::leavesOutWhatIsUnchecked()
{
    test::TempProject p;
    extract::Extraction x = wire();
    const qsizetype lindqvist = indexOfActor(x, QStringLiteral("Ada Lindqvist"));
    QVERIFY(lindqvist >= 0);
    x.actors[lindqvist].accepted = false;
    for (extract::EventCandidate& e : x.events)
        e.accepted = false;
    const auto byHer = std::count_if(x.statements.cbegin(), x.statements.cend(),
        [](const extract::StatementCandidate& s) { return s.speaker == QStringLiteral("Ada Lindqvist"); });
    QVERIFY(byHer > 0);
    for (const extract::StatementCandidate& s : std::as_const(x.statements)) {
        if (s.speaker == QStringLiteral("Ada Lindqvist"))
            QVERIFY(extract::statementProblem(*p, x, s).contains(QStringLiteral("not accepted")));
    }
    x.statements.first().accepted = false;

    ATTACHE_WRITE(*p, extract::store(*p, x));
    QCOMPARE(p->actors().count(), x.actors.size() - 1);
    QVERIFY(!p->actors().findByName(QStringLiteral("Ada Lindqvist")));
    QCOMPARE(p->events().count(), 0);
    QCOMPARE(p->statements().count(), x.statements.size() - 1 - byHer);
    for (const Statement& st : p->statements().all())
        QVERIFY(!st.venue.isValid());
}

void TestImporter::reusesMatchedActors()
{
    test::TempProject p;
    ActorId existing;
    ATTACHE_WRITE(*p, {
        Actor a;
        a.name = QStringLiteral("Tomas Berglund");
        a.role = QStringLiteral("Special Envoy");
        existing = p->actors().insert(a);
    });
    const extract::Extraction x = wire(p.project.get());
    const qsizetype berglund = indexOfActor(x, QStringLiteral("Tomas Berglund"));
    QVERIFY(berglund >= 0);
    QCOMPARE(x.actors[berglund].projectId, existing.value);

    extract::Imported imported;
    ATTACHE_WRITE(*p, imported = extract::store(*p, x));
    QVERIFY(!imported.actors.contains(existing));
    QCOMPARE(p->actors().count(), x.actors.size()); // the other candidates are new, Berglund is not
    QCOMPARE(p->annotations().forTarget(TargetType::Actor, existing.value).size(), x.actors[berglund].mentions.size());
    QVERIFY(!p->statements().bySpeaker(existing).isEmpty());
    // Matched under its own name: nothing to add.
    QVERIFY(p->actors().find(existing)->aliases.isEmpty());
}

void TestImporter::matchesAnotherSpellingOfAPerson()
{
    // The wire story's envoy is "Tomas Berglund"; another outlet's transliteration is the same person, a namesake with
    // another given name is not, and neither is a surname alone.
    const auto matchOf = [](const QString& projectName) -> QString {
        test::TempProject p;
        ActorId existing;
        const auto written = p->write([&] {
            Actor a;
            a.name = projectName;
            existing = p->actors().insert(a);
        });
        if (!written.ok())
            return u"(not written)"_qs;
        const extract::Extraction x = wire(p.project.get());
        const qsizetype berglund = indexOfActor(x, QStringLiteral("Tomas Berglund"));
        return berglund >= 0 && x.actors[berglund].projectId == existing.value ? x.actors[berglund].matchReason : QString();
    };
    QVERIFY(matchOf(QStringLiteral("Tomass Bergluns")).isEmpty());
    QVERIFY(matchOf(QStringLiteral("Tomás Berglünd")).contains(QStringLiteral("spelled another way")));
    QVERIFY(!matchOf(QStringLiteral("Tommas Berglund")).isEmpty());
    QVERIFY(!matchOf(QStringLiteral("T. Berglund")).isEmpty());
    QVERIFY(matchOf(QStringLiteral("Anna Berglund")).isEmpty());
}

void TestImporter::addsNewSpellingsAsAliases()
{
    test::TempProject p;
    ActorId existing;
    ATTACHE_WRITE(*p, {
        Actor a;
        a.name = QStringLiteral("Tomás Berglünd");
        a.aliases = {QStringLiteral("the envoy")};
        existing = p->actors().insert(a);
    });
    const extract::Extraction x = wire(p.project.get());
    const qsizetype berglund = indexOfActor(x, QStringLiteral("Tomas Berglund"));
    QVERIFY(berglund >= 0);
    QCOMPARE(x.actors[berglund].projectId, existing.value);
    ATTACHE_WRITE(*p, extract::store(*p, x));
    // The article's spelling is now the actor's alias (not the surname alone, which namesakes share).
    QCOMPARE(p->actors().find(existing)->aliases,
        (QStringList{QStringLiteral("the envoy"), QStringLiteral("Tomas Berglund")}));
    QCOMPARE(p->actors().findByName(QStringLiteral("tomas berglund"))->id, existing);
    // A second article spelled the same way adds nothing more.
    ATTACHE_WRITE(*p, extract::store(*p, wire(p.project.get())));
    QCOMPARE(p->actors().find(existing)->aliases.size(), 2);
    // An unchecked candidate gives nothing.
    test::TempProject q;
    ATTACHE_WRITE(*q, {
        Actor a;
        a.name = QStringLiteral("Tomás Berglünd");
        existing = q->actors().insert(a);
    });
    extract::Extraction unchecked = wire(q.project.get());
    unchecked.actors[indexOfActor(unchecked, QStringLiteral("Tomas Berglund"))].accepted = false;
    ATTACHE_WRITE(*q, extract::store(*q, unchecked));
    QVERIFY(q->actors().find(existing)->aliases.isEmpty());
}

void TestImporter::speakerMayBeAProjectActor()
{
    test::TempProject p;
    ActorId spokesman;
    ATTACHE_WRITE(*p, {
        Actor a;
        a.name = QStringLiteral("Ministry Spokesman");
        spokesman = p->actors().insert(a);
    });
    extract::Extraction x = wire(p.project.get());
    x.statements.first().speaker = QStringLiteral("Ministry Spokesman");
    x.statements.last().speaker = QStringLiteral("Nobody Known");
    QVERIFY(extract::statementProblem(*p, x, x.statements.first()).isEmpty());
    QVERIFY(extract::statementProblem(*p, x, x.statements.last()).contains(QStringLiteral("Nobody Known")));
    ATTACHE_WRITE(*p, extract::store(*p, x));
    QCOMPARE(p->statements().bySpeaker(spokesman).size(), 1);
    QCOMPARE(p->statements().count(), x.statements.size() - 1);
}

void TestImporter::suggestsConfirmedWhenTwoOutletsReport()
{
    test::TempProject p;
    EventId talks;
    QList<SourceId> sources;
    ATTACHE_WRITE(*p, {
        Event e;
        e.title = QStringLiteral("Border talks");
        e.start = test::date("2025-03-04");
        talks = p->events().insert(e);
        const QStringList outlets{QStringLiteral("Evening Report"), QStringLiteral("evening report "), QStringLiteral("Harbour Gazette")};
        for (const QString& outlet : outlets) {
            Source s;
            s.outlet = outlet;
            s.title = QStringLiteral("Talks held");
            s.text = QStringLiteral("Talks were held on Tuesday. ") + outlet;
            sources.append(p->sources().insert(s));
        }
    });
    QCOMPARE(grading::corroboration(*p, talks).outlets.size(), 0);
    const auto evidence = [&](SourceId source) {
        ATTACHE_WRITE(*p, p->annotations().insert(anchoring::make(QStringLiteral("Talks were held"), source, 0, 5,
                              AnnotationKind::EventEvidence, TargetType::Event, talks.value)));
    };
    evidence(sources[0]);
    evidence(sources[1]); // the same outlet, written differently
    grading::Corroboration c = grading::corroboration(*p, talks);
    QCOMPARE(c.sources, 2);
    QCOMPARE(c.outlets, QStringList{QStringLiteral("Evening Report")});
    QCOMPARE(c.suggestedCredibility(), 0);
    // A source about to be marked counts, and a second outlet confirms.
    c = grading::corroboration(*p, talks, sources[2]);
    QCOMPARE(c.outlets.size(), 2);
    QCOMPARE(c.suggestedCredibility(), 1);
    evidence(sources[2]);
    QCOMPARE(grading::corroboration(*p, talks).suggestedCredibility(), 1);

    // The badges of its evidence: one per distinct grade, reliability letter then credibility digit.
    QCOMPARE(grading::badges(*p, TargetType::Event, talks.value), QStringList{QStringLiteral("\u2013\u2013")});
    ATTACHE_WRITE(*p, {
        Source graded = *p->sources().find(sources[0]);
        graded.reliability = Reliability::B;
        p->sources().update(graded);
        Annotation claim = p->annotations().forSource(sources[0]).first();
        claim.credibility = 2;
        p->annotations().update(claim);
    });
    QCOMPARE(grading::badges(*p, TargetType::Event, talks.value), (QStringList{QStringLiteral("B2"), QStringLiteral("\u2013\u2013")}));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
