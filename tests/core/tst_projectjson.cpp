// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "interop/projectjson.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

/// A small project with every kind of row and every optional field set somewhere.
void fill(Project& p)
{
    const Status written = p.write([&] {
        Actor state;
        state.name = u"Elbonia"_s;
        state.kind = ActorKind::State;
        state.country = u"EL"_s;
        const ActorId s = p.actors().insert(state);
        Actor minister;
        minister.name = u"Zoltan Petrov"_s;
        minister.aliases = {u"Petrov"_s};
        minister.role = u"Foreign Minister"_s;
        minister.affiliation = s;
        const ActorId m = p.actors().insert(minister);
        Event parent;
        parent.title = u"Spring round"_s;
        parent.kind = EventKind::Talks;
        parent.start = test::date("2024-04");
        const EventId pe = p.events().insert(parent);
        Event e;
        e.title = u"Petrov visits the capital"_s;
        e.kind = EventKind::Visit;
        e.status = EventStatus::Cancelled;
        e.start = test::date("2024-04-10T09:30+02:00");
        e.end = test::date("2024-04-12~");
        e.location = u"Capital \"quoted\", with commas"_s;
        e.summary = u"Line one.\nLine two <b>not bold</b>."_s;
        e.participants = {{m, ParticipantRole::Guest}, {s, ParticipantRole::Host}};
        e.parent = pe;
        e.tags = {u"visit"_s};
        e.cameo = u"042"_s;
        const EventId ev = p.events().insert(e);
        Source src;
        src.title = u"Visit called off"_s;
        src.outlet = u"Global Wire"_s;
        src.authors = {u"Uma Sato"_s};
        src.published = test::date("2024-04-09");
        src.retrieved = QDateTime(QDate(2024, 4, 9), QTime(12, 0), Qt::UTC);
        src.text = u"The minister's visit was cancelled — 🤝 not this time."_s;
        src.reliability = Reliability::C;
        const SourceId sid = p.sources().insert(src);
        Statement st;
        st.speaker = m;
        st.text = u"not this time"_s;
        st.kind = StatementKind::Partial;
        st.when = test::date("2024-04-09");
        st.venue = ev;
        st.about = {ev, pe};
        st.source = sid;
        st.spanStart = 41;
        st.spanEnd = 54;
        const StatementId stid = p.statements().insert(st);
        Annotation a;
        a.source = sid;
        a.start = 41;
        a.end = 54;
        a.exact = u"not this time"_s;
        a.prefix = u"cancelled — 🤝 "_s;
        a.kind = AnnotationKind::Statement;
        a.targetType = TargetType::Statement;
        a.targetId = stid.value;
        a.credibility = 3;
        a.created = QDateTime(QDate(2024, 4, 9), QTime(13, 0), Qt::UTC);
        p.annotations().insert(a);
        Annotation lost = a; // one that an edit of the text left unplaced
        lost.anchored = false;
        lost.kind = AnnotationKind::Note;
        lost.targetType = TargetType::None;
        lost.targetId = 0;
        p.annotations().insert(lost);
    });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
}

} // namespace

class TestProjectJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless()
    {
        test::TempProject first;
        fill(*first);
        const QByteArray exported = projectjson::write(*first);
        test::TempProject second;
        const Status read = projectjson::read(exported, u"export.json"_s, *second);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(projectjson::write(*second), exported);
        // And the rows themselves are equal, not only their JSON.
        QCOMPARE(second->events().list(), first->events().list());
        QCOMPARE(second->actors().all(), first->actors().all());
        QCOMPARE(second->statements().all(), first->statements().all());
        QCOMPARE(second->sources().all(), first->sources().all());
        QCOMPARE(second->annotations().all(), first->annotations().all());
    }

    void exportHasTheDocumentedShape()
    {
        test::TempProject p;
        fill(*p);
        const QJsonObject root = QJsonDocument::fromJson(projectjson::write(*p)).object();
        QCOMPARE(root.value(u"format"_s).toString(), u"attache-project"_s);
        QCOMPARE(root.value(u"version"_s).toInt(), projectjson::formatVersion);
        const QJsonObject visit = root.value(u"events"_s).toArray().at(1).toObject();
        QCOMPARE(visit.value(u"start"_s).toString(), u"2024-04-10T09:30+02:00"_s);
        QCOMPARE(visit.value(u"end"_s).toString(), u"2024-04-12~"_s);
        QCOMPARE(visit.value(u"participants"_s).toArray().at(0).toObject().value(u"role"_s).toString(), u"guest"_s);
        const QJsonObject parent = root.value(u"events"_s).toArray().at(0).toObject();
        QVERIFY(parent.value(u"end"_s).isNull());
        QVERIFY(parent.value(u"parent"_s).isNull());
    }

    void badInputIsRefusedWithItsPlaceAndNothingIsWritten_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"attache-project\",\n  oops\n}") << u"line 3"_s;
        QTest::newRow("array") << QByteArray("[]") << u"expected a JSON object"_s;
        QTest::newRow("other format") << QByteArray(R"({"format": "timeline"})") << u"not an Attaché project JSON"_s;
        QTest::newRow("newer version") << QByteArray(R"({"format": "attache-project", "version": 9})") << u"version 9"_s;
        QTest::newRow("bad kind") << QByteArray(R"({"format": "attache-project", "version": 1,
            "actors": [{"id": 1, "name": "A", "kind": "robot"}]})") << u"actors[0].kind: \"robot\" is not one of"_s;
        QTest::newRow("missing name") << QByteArray(R"({"format": "attache-project", "version": 1,
            "actors": [{"id": 1, "kind": "person"}]})") << u"actors[0].name: is missing"_s;
        QTest::newRow("duplicate id") << QByteArray(R"({"format": "attache-project", "version": 1,
            "actors": [{"id": 1, "name": "A", "kind": "person"}, {"id": 1, "name": "B", "kind": "person"}]})")
                                      << u"actors[1].id: 1 is used twice"_s;
        QTest::newRow("bad date") << QByteArray(R"({"format": "attache-project", "version": 1,
            "events": [{"id": 1, "title": "T", "kind": "call", "start": "2024-02-30"}]})") << u"events[0].start:"_s;
        QTest::newRow("unknown participant") << QByteArray(R"({"format": "attache-project", "version": 1,
            "events": [{"id": 1, "title": "T", "kind": "call", "start": "2024", "participants": [{"actor": 5}]}]})")
                                             << u"events[0].participants[0].actor: actor 5 is not in the file"_s;
        QTest::newRow("unknown speaker") << QByteArray(R"({"format": "attache-project", "version": 1,
            "actors": [{"id": 1, "name": "A", "kind": "person"}],
            "statements": [{"id": 1, "speaker": 2, "text": "x"}]})") << u"statements[0].speaker: actor 2"_s;
        QTest::newRow("bad credibility") << QByteArray(R"({"format": "attache-project", "version": 1,
            "sources": [{"id": 1, "text": "abc"}],
            "annotations": [{"id": 1, "source": 1, "start": 0, "end": 1, "kind": "note", "credibility": 9}]})")
                                         << u"annotations[0].credibility"_s;
    }
    void badInputIsRefusedWithItsPlaceAndNothingIsWritten()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        test::TempProject p;
        const Status read = projectjson::read(json, u"in.json"_s, *p);
        QVERIFY(!read.ok());
        // The checking half finds the same, without a project.
        const Status checked = projectjson::check(json, u"in.json"_s);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error(), read.error());
        QVERIFY2(read.error().startsWith(u"in.json: "_s), qPrintable(read.error()));
        QVERIFY2(read.error().contains(reason), qPrintable(read.error()));
        const ProjectStats stats = p->stats();
        QCOMPARE(stats.actors + stats.events + stats.statements + stats.sources + stats.annotations, 0);
    }
};

QTEST_GUILESS_MAIN(TestProjectJson)
#include "tst_projectjson.moc"
