// SPDX-License-Identifier: GPL-3.0-or-later
// Project JSON merged into a project that already holds data: actors matched by name or alias, everything else
// added with new ids and its references mapped, nothing written on error.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "interchangeproject.h"
#include "interop/projectjson.h"
#include "sample/sample.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

qint64 rowCount(Project& p)
{
    const ProjectStats s = p.stats();
    return s.actors + s.events + s.statements + s.sources + s.annotations;
}

const QByteArray incoming = R"({"format": "attache-project", "version": 1,
  "actors": [
    {"id": 7, "name": "Petrov", "kind": "person", "aliases": ["Minister Petrov"], "role": "Foreign Minister",
     "affiliation": 8},
    {"id": 8, "name": "Republic of Elbonia", "kind": "state", "aliases": ["Elbonia"]},
    {"id": 9, "name": "Kim Tan", "kind": "person", "affiliation": 8}
  ],
  "events": [
    {"id": 4, "title": "Petrov meets Tan", "kind": "meeting", "start": "2024-09-01",
     "participants": [{"actor": 7, "role": "host"}, {"actor": 9, "role": "guest"}, {"actor": 8, "role": "mentioned"}]},
    {"id": 5, "title": "Follow-up", "kind": "call", "start": "2024-09-02", "parent": 4,
     "participants": [{"actor": 9}]}
  ],
  "sources": [{"id": 3, "title": "Wire", "text": "Petrov met Tan."}],
  "statements": [{"id": 2, "speaker": 9, "text": "We met.", "venue": 4, "about": [4, 5], "source": 3}],
  "annotations": [{"id": 6, "source": 3, "start": 0, "end": 6, "kind": "actor_mention",
                   "target": {"type": "actor", "id": 7}}]
})";

} // namespace

class TestProjectMerge final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intoAnEmptyProjectGivesTheSameExport()
    {
        // The sample's ids run 1, 2, 3... in file order, so merged into nothing they come out the same.
        test::TempProject p;
        const auto merged = projectjson::merge(sample::json(), u"sample.json"_s, *p);
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error()));
        test::TempProject reference;
        QVERIFY(projectjson::read(sample::json(), u"sample.json"_s, *reference).ok());
        QCOMPARE(projectjson::write(*p), projectjson::write(*reference));
        QCOMPARE(merged->actorsAdded, 13);
        QCOMPARE(merged->events, 6);
        QCOMPARE(merged->statements, 12);
    }

    void matchesActorsByNameOrAliasAndMapsReferences()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        const qint64 actorsBefore = p->stats().actors;
        const auto merged = projectjson::merge(incoming, u"in.json"_s, *p);
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error()));
        QCOMPARE(
            merged->actorsMatched, 2); // "Petrov" is Zoltan Petrov's alias; "Elbonia" is an alias of the file's state
        QCOMPARE(merged->actorsAdded, 1);
        QCOMPARE(p->stats().actors, actorsBefore + 1);

        const Actor petrov = *p->actors().findByName(u"Zoltan Petrov"_s);
        QVERIFY2(petrov.aliases.contains(u"Minister Petrov"_s), qPrintable(petrov.aliases.join(u',')));
        QCOMPARE(petrov.role, u"Foreign Minister"_s); // a detail the project lacked
        const Actor elbonia = *p->actors().findByName(u"Elbonia"_s);
        QVERIFY(elbonia.aliases.contains(u"Republic of Elbonia"_s));
        QCOMPARE(petrov.affiliation, elbonia.id);
        const Actor tan = *p->actors().findByName(u"Kim Tan"_s);
        QCOMPARE(tan.affiliation, elbonia.id);

        std::optional<Event> meeting;
        std::optional<Event> followUp;
        for (const Event& e : p->events().list()) {
            if (e.title == u"Petrov meets Tan"_s)
                meeting = e;
            if (e.title == u"Follow-up"_s)
                followUp = e;
        }
        QVERIFY(meeting && followUp);
        QCOMPARE(meeting->participants,
            (QList<Participant> {{petrov.id, ParticipantRole::Host}, {tan.id, ParticipantRole::Guest},
                {elbonia.id, ParticipantRole::Mentioned}}));
        QCOMPARE(followUp->parent, meeting->id);

        const QList<Statement> statements = p->statements().all();
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements.first().speaker, tan.id);
        QCOMPARE(statements.first().venue, meeting->id);
        QCOMPARE(statements.first().about, (QList<EventId> {meeting->id, followUp->id}));
        const QList<Annotation> annotations = p->annotations().all();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations.first().targetId, petrov.id.value);
        QCOMPARE(annotations.first().source, statements.first().source);
    }

    void aSecondMergeAddsEventsButNotActorsOrSources()
    {
        test::TempProject p;
        QVERIFY(projectjson::read(sample::json(), u"sample.json"_s, *p).ok());
        const auto merged = projectjson::merge(sample::json(), u"sample.json"_s, *p);
        QVERIFY2(merged.ok(), qPrintable(merged.ok() ? QString() : merged.error()));
        QCOMPARE(merged->actorsMatched, 13);
        QCOMPARE(merged->actorsAdded, 0);
        QCOMPARE(merged->sources, 0);
        const ProjectStats s = p->stats();
        QCOMPARE(s.actors, 13);
        QCOMPARE(s.events, 12);
        QCOMPARE(s.statements, 24);
        QCOMPARE(s.sources, 1);
    }

    void errorsWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QByteArray lateError = incoming;
        lateError.replace("\"kind\": \"actor_mention\"", "\"kind\": \"doodle\"");
        QTest::newRow("error in the last list") << lateError << u"in.json: annotations[0].kind: \"doodle\""_s;
        QTest::newRow("unknown reference") << QByteArray(R"({"format": "attache-project", "version": 1,
            "events": [{"id": 1, "title": "T", "kind": "call", "start": "2024", "participants": [{"actor": 5}]}]})")
                                           << u"in.json: events[0].participants[0].actor: actor 5 is not in the file"_s;
        QTest::newRow("syntax") << QByteArray("{\n  \"format\": \"attache-project\",\n  ]\n}")
                                << u"in.json: not valid JSON at line 3, column "_s;
    }
    void errorsWriteNothing()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        test::TempProject p;
        test::fillInterchange(*p);
        const QByteArray before = projectjson::write(*p);
        const qint64 rows = rowCount(*p);
        const auto merged = projectjson::merge(json, u"in.json"_s, *p);
        QVERIFY(!merged.ok());
        QVERIFY2(merged.error().startsWith(reason), qPrintable(merged.error()));
        QCOMPARE(rowCount(*p), rows);
        QCOMPARE(projectjson::write(*p), before);
    }
};

QTEST_GUILESS_MAIN(TestProjectMerge)
#include "tst_projectmerge.moc"
