// SPDX-License-Identifier: GPL-3.0-or-later
// Document and its undo commands: every kind of edit done, undone and redone on a small invented project, with the
// whole project compared as project JSON at each step; deletions that must restore what referred to the deleted rows;
// drags that merge into one step; and edits that fail without touching the stack or the file.
#include <algorithm>
#include <functional>
#include <memory>

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "document.h"
#include "interop/projectjson.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using test::date;

namespace {

constexpr qint64 day = 24LL * 60 * 60 * 1000;

// The fixture: the fictional state of Veloria, its foreign minister Ilse Varga (with a press office of her own), the
// Aurelian Union and its envoy Tomas Reyes, and a newspaper; a summit with side talks, an interview, a trade accord
// known to the month with a planned follow-up; three statements; one source with annotations on an actor, events
// and a statement.
namespace fx {
constexpr ActorId veloria{1}, varga{2}, union_{3}, reyes{4}, harbourDaily{5}, pressOffice{6};
constexpr EventId summit{1}, sideTalks{2}, accord{3}, interview{4}, followUp{5};
constexpr StatementId chapter{1}, overdue{2}, welcome{3};
constexpr SourceId report{1};
constexpr AnnotationId onVarga{1}, onSummit{2}, onChapter{3}, onAccord{4}, note{5};
} // namespace fx

Actor actor(ActorId id, const QString& name, ActorKind kind, ActorId affiliation = {})
{
    Actor a;
    a.id = id;
    a.name = name;
    a.kind = kind;
    a.affiliation = affiliation;
    return a;
}

Event event(EventId id, const QString& title, EventKind kind, const char* start, QList<Participant> participants)
{
    Event e;
    e.id = id;
    e.title = title;
    e.kind = kind;
    e.start = date(start);
    e.participants = std::move(participants);
    return e;
}

Statement statement(StatementId id, ActorId speaker, const QString& text, const char* when, EventId venue,
    QList<EventId> about)
{
    Statement s;
    s.id = id;
    s.speaker = speaker;
    s.text = text;
    if (*when)
        s.when = date(when);
    s.venue = venue;
    s.about = std::move(about);
    return s;
}

Annotation annotation(AnnotationId id, qint64 start, qint64 end, AnnotationKind kind, TargetType type, qint64 target)
{
    Annotation a;
    a.id = id;
    a.source = fx::report;
    a.start = start;
    a.end = end;
    a.kind = kind;
    a.targetType = type;
    a.targetId = target;
    a.credibility = 2;
    a.created = QDateTime(QDate(2031, 4, 15), QTime(8, 0), Qt::UTC);
    return a;
}

void buildFixture(Project& p)
{
    const Status written = p.write([&p] {
        using namespace fx;
        Actor state = actor(veloria, u"Republic of Veloria"_s, ActorKind::State);
        state.country = u"VL"_s;
        p.actors().insert(state);
        Actor minister = actor(varga, u"Ilse Varga"_s, ActorKind::Person, veloria);
        minister.aliases = {u"Varga"_s, u"the minister"_s};
        minister.role = u"Foreign Minister"_s;
        p.actors().insert(minister);
        p.actors().insert(actor(union_, u"Aurelian Union"_s, ActorKind::Organization));
        Actor envoy = actor(reyes, u"Tomas Reyes"_s, ActorKind::Person, union_);
        envoy.role = u"Special Envoy"_s;
        p.actors().insert(envoy);
        p.actors().insert(actor(harbourDaily, u"Harbour Daily"_s, ActorKind::Media));
        p.actors().insert(actor(pressOffice, u"Varga's press office"_s, ActorKind::Group, varga));

        // Varga sits between two other participants, so restoring her must restore her position too.
        Event lakeSummit = event(summit, u"Lake Orin summit"_s, EventKind::Summit, "2031-04-12",
            {{veloria, ParticipantRole::Host}, {varga, ParticipantRole::Participant},
                {union_, ParticipantRole::Guest}});
        lakeSummit.end = date("2031-04-13");
        lakeSummit.location = u"Lake Orin"_s;
        lakeSummit.summary = u"Two days of talks on the shared lake."_s;
        p.events().insert(lakeSummit);
        Event talks = event(sideTalks, u"Harbour side talks"_s, EventKind::Talks, "2031-04-12T15:00Z",
            {{reyes, ParticipantRole::Host}, {varga, ParticipantRole::Guest}});
        talks.parent = summit;
        p.events().insert(talks);
        Event trade = event(accord, u"Spring trade accord"_s, EventKind::Agreement, "2031-05",
            {{veloria, ParticipantRole::Participant}, {union_, ParticipantRole::Participant}});
        trade.tags = {u"trade"_s, u"accord"_s};
        trade.cameo = u"057"_s;
        p.events().insert(trade);
        p.events().insert(event(interview, u"Varga interview"_s, EventKind::Interview, "2031-04-14T09:30Z",
            {{varga, ParticipantRole::Guest}, {harbourDaily, ParticipantRole::Host}}));
        Event later = event(followUp, u"Autumn follow-up"_s, EventKind::Meeting, "2031-10~", {});
        later.status = EventStatus::Planned;
        later.parent = accord;
        p.events().insert(later);

        Source source;
        source.id = report;
        source.title = u"Veloria and the Union agree at Lake Orin"_s;
        source.outlet = u"Harbour Daily"_s;
        source.text = u"Varga said the summit at Lake Orin opened a new chapter. Reyes called the accord overdue."_s;
        p.sources().insert(source);

        Statement said = statement(chapter, varga, u"The summit opened a new chapter."_s, "2031-04-14", interview,
            {summit, accord});
        said.source = report;
        said.spanStart = 0;
        said.spanEnd = 56;
        p.statements().insert(said);
        Statement paraphrase = statement(overdue, reyes, u"The accord is overdue."_s, "2031-04-12", summit, {accord});
        paraphrase.kind = StatementKind::Paraphrase;
        p.statements().insert(paraphrase);
        Statement post = statement(welcome, veloria, u"Veloria welcomes the side talks."_s, "", {}, {sideTalks});
        post.kind = StatementKind::Post;
        p.statements().insert(post);

        p.annotations().insert(annotation(onVarga, 0, 5, AnnotationKind::ActorMention, TargetType::Actor, varga.value));
        p.annotations().insert(
            annotation(onSummit, 15, 34, AnnotationKind::EventEvidence, TargetType::Event, summit.value));
        p.annotations().insert(
            annotation(onChapter, 0, 56, AnnotationKind::Statement, TargetType::Statement, chapter.value));
        p.annotations().insert(
            annotation(onAccord, 70, 76, AnnotationKind::EventEvidence, TargetType::Event, accord.value));
        p.annotations().insert(annotation(note, 57, 62, AnnotationKind::Note, TargetType::None, 0));
    });
    if (!written)
        qFatal("cannot build the fixture: %s", qPrintable(written.error()));
}

/// A project file holding the fixture, in its own temporary folder.
struct FixtureProject
{
    QTemporaryDir dir;
    std::unique_ptr<Project> project;

    FixtureProject()
    {
        auto created = Project::create(dir.filePath(u"fixture.attache"_s));
        if (!created)
            qFatal("cannot create a test project: %s", qPrintable(created.error()));
        project = std::move(created.value());
        buildFixture(*project);
    }
};

/// The fixture opened as a Document.
struct FixtureDocument
{
    FixtureProject files;
    std::unique_ptr<Document> document;

    FixtureDocument()
        : document(std::make_unique<Document>(std::move(files.project)))
    {
    }
    Document& operator*() { return *document; }
    Document* operator->() { return document.get(); }
    QByteArray json() const { return projectjson::write(document->project()); }
};

/// One edit: how the Document is asked for it, and the same change made directly in the repositories.
struct EditCase
{
    std::function<bool(Document&)> edit;
    std::function<void(Project&)> expected;
};

Event stored(const Project& p, EventId id)
{
    const auto e = p.events().find(id);
    if (!e)
        qFatal("no event %lld in the fixture", id.value);
    return *e;
}

} // namespace

Q_DECLARE_METATYPE(EditCase)

namespace {

void addEditRow(const char* name, const QString& text, std::function<bool(Document&)> edit,
    std::function<void(Project&)> expected)
{
    QTest::newRow(name) << EditCase{std::move(edit), std::move(expected)} << text;
}

} // namespace

class TestUndoCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<EditCase>("change");
        QTest::addColumn<QString>("text");

        Event ferry;
        ferry.title = u"Coastal ferry talks"_s;
        ferry.kind = EventKind::Talks;
        ferry.start = date("2031-06-02");
        ferry.end = date("2031-06-03");
        ferry.location = u"Port Semel"_s;
        ferry.participants = {{fx::reyes, ParticipantRole::Host}, {fx::varga, ParticipantRole::Guest}};
        ferry.tags = {u"ferries"_s};
        addEditRow("add event", u"Add Event “Coastal ferry talks”"_s, //
            [=](Document& d) { return d.addEvent(ferry); }, //
            [=](Project& p) { p.events().insert(ferry); });

        // Every field at once, the participants reordered and one added.
        const auto extended = [](const Project& p) {
            Event e = stored(p, fx::summit);
            e.title = u"Lake Orin summit (extended)"_s;
            e.end = date("2031-04-14");
            e.status = EventStatus::Unknown;
            e.participants = {{fx::union_, ParticipantRole::Guest}, {fx::varga, ParticipantRole::Participant},
                {fx::veloria, ParticipantRole::Host}, {fx::reyes, ParticipantRole::Mediator}};
            e.tags = {u"lake"_s};
            return e;
        };
        addEditRow("edit event", u"Edit Event “Lake Orin summit (extended)”"_s, //
            [=](Document& d) { return d.editEvent(extended(d.project())); }, //
            [=](Project& p) { p.events().update(extended(p)); });

        addEditRow("delete one event", u"Delete Event “Lake Orin summit”"_s, //
            [](Document& d) { return d.deleteEvents({fx::summit}); }, //
            [](Project& p) { p.events().remove(fx::summit); });

        // The side talks are a child of the summit and go in the same step.
        addEditRow("delete three events", u"Delete 3 Events"_s, //
            [](Document& d) { return d.deleteEvents({fx::sideTalks, fx::accord, fx::summit}); },
            [](Project& p) {
                p.events().remove(fx::sideTalks);
                p.events().remove(fx::accord);
                p.events().remove(fx::summit);
            });

        addEditRow("move event", u"Move Event"_s, //
            [](Document& d) { return d.moveEvent(fx::summit, 2 * day); },
            [](Project& p) {
                Event e = stored(p, fx::summit);
                e.start = date("2031-04-14");
                e.end = date("2031-04-15");
                p.events().update(e);
            });

        addEditRow("move event back in time", u"Move Event"_s, //
            [](Document& d) { return d.moveEvent(fx::sideTalks, -(30 * 60 * 1000)); },
            [](Project& p) {
                Event e = stored(p, fx::sideTalks);
                e.start = date("2031-04-12T14:30Z");
                p.events().update(e);
            });

        Actor observers;
        observers.name = u"Northern Observers"_s;
        observers.kind = ActorKind::Group;
        observers.aliases = {u"the observers"_s};
        observers.affiliation = fx::union_;
        addEditRow("add actor", u"Add Actor “Northern Observers”"_s, //
            [=](Document& d) { return d.addActor(observers); }, //
            [=](Project& p) { p.actors().insert(observers); });

        const auto promoted = [](const Project& p) {
            Actor a = *p.actors().find(fx::reyes);
            a.role = u"Chief Negotiator"_s;
            a.aliases = {u"Reyes"_s};
            a.affiliation = fx::veloria;
            a.country = u"VL"_s;
            return a;
        };
        addEditRow("edit actor", u"Edit Actor “Tomas Reyes”"_s, //
            [=](Document& d) { return d.editActor(promoted(d.project())); }, //
            [=](Project& p) { p.actors().update(promoted(p)); });

        addEditRow("delete actor", u"Delete Actor “Ilse Varga”"_s, //
            [](Document& d) { return d.deleteActor(fx::varga); }, //
            [](Project& p) { p.actors().remove(fx::varga); });

        Statement remark
            = statement({}, fx::reyes, u"Ferries will run again by summer."_s, "2031-06-02", {}, {fx::accord});
        remark.kind = StatementKind::Partial;
        addEditRow("add statement", u"Add Statement “Ferries will run again by summer.”"_s, //
            [=](Document& d) { return d.addStatement(remark); }, //
            [=](Project& p) { p.statements().insert(remark); });

        const auto reworded = [](const Project& p) {
            Statement s = *p.statements().find(fx::overdue);
            s.text = u"The accord is long overdue, and welcome."_s;
            s.venue = fx::sideTalks;
            s.about = {fx::summit, fx::accord};
            s.when = date("2031-04-12T16:00Z");
            return s;
        };
        addEditRow("edit statement", u"Edit Statement “The accord is long overdue, and welcome.”"_s, //
            [=](Document& d) { return d.editStatement(reworded(d.project())); }, //
            [=](Project& p) { p.statements().update(reworded(p)); });

        addEditRow("delete statement", u"Delete Statement “The summit opened a new chapter.”"_s, //
            [](Document& d) { return d.deleteStatement(fx::chapter); }, //
            [](Project& p) { p.statements().remove(fx::chapter); });
    }

    void roundTrip()
    {
        QFETCH(EditCase, change);
        QFETCH(QString, text);

        // The expected state: the same change made directly on a second copy of the fixture.
        FixtureProject reference;
        const Status applied = reference.project->write([&] { change.expected(*reference.project); });
        QVERIFY2(applied.ok(), qPrintable(applied.ok() ? QString() : applied.error()));
        const QByteArray expectedAfter = projectjson::write(*reference.project);

        FixtureDocument doc;
        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);
        const QByteArray before = doc.json();
        QVERIFY(before != expectedAfter); // the edit changes something

        QVERIFY(change.edit(*doc));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->undoText(), text);
        QCOMPARE(doc.json(), expectedAfter);

        doc->undoStack()->undo();
        QCOMPARE(doc.json(), before);
        QVERIFY(doc->undoStack()->canRedo());

        doc->undoStack()->redo();
        QCOMPARE(doc.json(), expectedAfter);

        // Twice more, as a user going back and forth would.
        doc->undoStack()->undo();
        QCOMPARE(doc.json(), before);
        doc->undoStack()->redo();
        QCOMPARE(doc.json(), expectedAfter);

        QCOMPARE(errors.count(), 0);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->project().integrityCheck(), u"ok"_s);
    }

    void addKeepsItsIdAcrossUndo()
    {
        FixtureDocument doc;
        Event e;
        e.id = EventId(99); // ignored
        e.title = u"Night call"_s;
        e.kind = EventKind::Call;
        e.start = date("2031-04-20T22:00Z");
        QVERIFY(doc->addEvent(e));
        const EventId added = doc->lastAddedEvent();
        QCOMPARE(added, EventId(6));
        QCOMPARE(doc->project().events().title(added), u"Night call"_s);

        // Redo brings it back under the same id.
        doc->undoStack()->undo();
        QVERIFY(!doc->project().events().find(added));
        doc->undoStack()->redo();
        QCOMPARE(doc->lastAddedEvent(), added);
        QCOMPARE(doc->project().events().title(added), u"Night call"_s);

        Actor a;
        a.name = u"Lighthouse Council"_s;
        QVERIFY(doc->addActor(a));
        QCOMPARE(doc->lastAddedActor(), ActorId(7));
        Statement s = statement({}, ActorId(7), u"The light stays on."_s, "", added, {});
        QVERIFY(doc->addStatement(s));
        QCOMPARE(doc->lastAddedStatement(), StatementId(4));
        QCOMPARE(doc->project().statements().find(StatementId(4))->venue, added);

        // Undo all three and redo them: the statement finds its speaker and venue under the same ids.
        for (int i = 0; i < 3; ++i)
            doc->undoStack()->undo();
        QCOMPARE(doc->project().events().count(), 5);
        for (int i = 0; i < 3; ++i)
            doc->undoStack()->redo();
        const auto restored = doc->project().statements().find(StatementId(4));
        QVERIFY(restored);
        QCOMPARE(restored->speaker, ActorId(7));
        QCOMPARE(restored->venue, added);
    }

    void deleteActorRestoresEverything()
    {
        FixtureDocument doc;
        const QByteArray before = doc.json();
        const Project& p = doc->project();

        QVERIFY(doc->deleteActor(fx::varga));
        QVERIFY(!p.actors().find(fx::varga));
        QCOMPARE(stored(p, fx::summit).participants,
            (QList<Participant>{{fx::veloria, ParticipantRole::Host}, {fx::union_, ParticipantRole::Guest}}));
        QCOMPARE(stored(p, fx::sideTalks).participants.size(), 1);
        QVERIFY(!p.statements().find(fx::chapter));
        QVERIFY(!p.actors().find(fx::pressOffice)->affiliation.isValid());
        QCOMPARE(toText(p.annotations().find(fx::onVarga)->targetType), toText(TargetType::None));
        QCOMPARE(toText(p.annotations().find(fx::onChapter)->targetType), toText(TargetType::None));

        doc->undoStack()->undo();
        QCOMPARE(p.actors().find(fx::varga)->aliases, (QStringList{u"Varga"_s, u"the minister"_s}));
        // Back in the middle of the summit's participants, and last in the side talks'.
        QCOMPARE(stored(p, fx::summit).participants,
            (QList<Participant>{{fx::veloria, ParticipantRole::Host}, {fx::varga, ParticipantRole::Participant},
                {fx::union_, ParticipantRole::Guest}}));
        QCOMPARE(stored(p, fx::sideTalks).participants,
            (QList<Participant>{{fx::reyes, ParticipantRole::Host}, {fx::varga, ParticipantRole::Guest}}));
        const auto chapter = p.statements().find(fx::chapter);
        QVERIFY(chapter);
        QCOMPARE(chapter->about, (QList<EventId>{fx::summit, fx::accord}));
        QCOMPARE(chapter->venue, fx::interview);
        QCOMPARE(chapter->spanEnd, 56);
        QCOMPARE(p.actors().find(fx::pressOffice)->affiliation, fx::varga);
        QCOMPARE(toText(p.annotations().find(fx::onVarga)->targetType), toText(TargetType::Actor));
        QCOMPARE(p.annotations().find(fx::onVarga)->targetId, fx::varga.value);
        QCOMPARE(toText(p.annotations().find(fx::onChapter)->targetType), toText(TargetType::Statement));
        QCOMPARE(p.annotations().find(fx::onChapter)->targetId, fx::chapter.value);
        QCOMPARE(doc.json(), before);
        // The full-text index follows the restored rows: the statement is found again beside the source.
        const auto hits = p.search(u"chapter"_s);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), 2);
        QVERIFY(std::any_of(hits->cbegin(), hits->cend(), [](const SearchHit& hit) {
            return hit.type == HitType::Statement && hit.id == fx::chapter.value;
        }));
    }

    void deleteEventsRestoresReferences()
    {
        FixtureDocument doc;
        const QByteArray before = doc.json();
        const Project& p = doc->project();

        QVERIFY(doc->deleteEvents({fx::summit, fx::accord}));
        QCOMPARE(p.events().count(), 3);
        QVERIFY(!stored(p, fx::sideTalks).parent.isValid());
        QVERIFY(!stored(p, fx::followUp).parent.isValid());
        QVERIFY(p.statements().find(fx::chapter)->about.isEmpty());
        QVERIFY(!p.statements().find(fx::overdue)->venue.isValid());
        QCOMPARE(toText(p.annotations().find(fx::onSummit)->targetType), toText(TargetType::None));
        QCOMPARE(toText(p.annotations().find(fx::onAccord)->targetType), toText(TargetType::None));

        doc->undoStack()->undo();
        QCOMPARE(stored(p, fx::sideTalks).parent, fx::summit);
        QCOMPARE(stored(p, fx::followUp).parent, fx::accord);
        QCOMPARE(p.statements().find(fx::chapter)->about, (QList<EventId>{fx::summit, fx::accord}));
        QCOMPARE(p.statements().find(fx::overdue)->venue, fx::summit);
        QCOMPARE(p.statements().find(fx::overdue)->about, QList<EventId>{fx::accord});
        QCOMPARE(p.annotations().find(fx::onSummit)->targetId, fx::summit.value);
        QCOMPARE(toText(p.annotations().find(fx::onAccord)->targetType), toText(TargetType::Event));
        QCOMPARE(stored(p, fx::summit).participants.size(), 3);
        QCOMPARE(doc.json(), before);
    }

    void deleteParentWithChildRestoresBoth()
    {
        // The child is deleted with its parent and listed first: it must come back pointing at the parent.
        FixtureDocument doc;
        const QByteArray before = doc.json();
        QVERIFY(doc->deleteEvents({fx::followUp, fx::accord, fx::followUp}));
        QCOMPARE(doc->undoStack()->undoText(), u"Delete 2 Events"_s);
        QCOMPARE(doc->project().events().count(), 3);
        doc->undoStack()->undo();
        QCOMPARE(stored(doc->project(), fx::followUp).parent, fx::accord);
        QCOMPARE(doc.json(), before);
    }

    void dragIsOneUndoStep_data()
    {
        QTest::addColumn<qint64>("event");
        QTest::addColumn<int>("steps");
        QTest::addColumn<qint64>("step");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("precision");

        // Ten days at a time never moves a month by itself; the drag's total (60 days) moves it two months.
        QTest::newRow("month, forward") << fx::accord.value << 6 << 10 * day << u"2031-07"_s << QString()
                                        << u"month"_s;
        QTest::newRow("month approximate, back") << fx::followUp.value << 4 << -8 * day << u"2031-09~"_s
                                                 << QString() << u"month"_s;
        QTest::newRow("day interval") << fx::summit.value << 3 << -day << u"2031-04-09"_s << u"2031-04-10"_s
                                      << u"day"_s;
        QTest::newRow("minute") << fx::sideTalks.value << 5 << 15 * 60 * 1000LL << u"2031-04-12T16:15Z"_s
                                << QString() << u"minute"_s;
    }

    void dragIsOneUndoStep()
    {
        QFETCH(qint64, event);
        QFETCH(int, steps);
        QFETCH(qint64, step);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, precision);

        FixtureDocument doc;
        const QByteArray before = doc.json();
        const Event original = stored(doc->project(), EventId(event));
        for (int i = 0; i < steps; ++i)
            QVERIFY(doc->moveEvent(EventId(event), step, 7));
        QCOMPARE(doc->undoStack()->count(), 1);

        const Event moved = stored(doc->project(), EventId(event));
        QCOMPARE(moved.start.toString(), start);
        QCOMPARE(moved.end.toString(), end);
        QCOMPARE(toText(moved.start.precision()), precision);
        QCOMPARE(moved.start.isApproximate(), original.start.isApproximate());
        QCOMPARE(moved.title, original.title);
        QCOMPARE(moved.participants, original.participants);

        doc->undoStack()->undo();
        QCOMPARE(doc.json(), before);
        doc->undoStack()->redo();
        QCOMPARE(stored(doc->project(), EventId(event)).start.toString(), start);
    }

    void separateDragsAreSeparateSteps()
    {
        FixtureDocument doc;
        const QByteArray before = doc.json();
        QVERIFY(doc->moveEvent(fx::interview, day, 1));
        QVERIFY(doc->moveEvent(fx::interview, day, 1));
        QVERIFY(doc->moveEvent(fx::interview, day, 2)); // a new drag
        QVERIFY(doc->moveEvent(fx::summit, day, 2)); // the same drag id on another event
        QVERIFY(doc->moveEvent(fx::summit, day)); // no drag: never merged
        QVERIFY(doc->moveEvent(fx::summit, day));
        QCOMPARE(doc->undoStack()->count(), 5);
        QCOMPARE(stored(doc->project(), fx::interview).start.toString(), u"2031-04-17T09:30Z"_s);
        QCOMPARE(stored(doc->project(), fx::summit).start.toString(), u"2031-04-15"_s);

        doc->undoStack()->setIndex(1);
        QCOMPARE(stored(doc->project(), fx::interview).start.toString(), u"2031-04-16T09:30Z"_s);
        doc->undoStack()->setIndex(0);
        QCOMPARE(doc.json(), before);
    }

    void moveTooSmallToShowIsNoStep()
    {
        // A year-precision date does not move by a day; outside a drag that is no edit at all.
        FixtureDocument doc;
        Event e;
        e.title = u"Treaty anniversary"_s;
        e.start = date("2032");
        QVERIFY(doc->addEvent(e));
        QVERIFY(doc->moveEvent(doc->lastAddedEvent(), day));
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(stored(doc->project(), doc->lastAddedEvent()).start.toString(), u"2032"_s);
    }

    void failingEdit_data()
    {
        QTest::addColumn<EditCase>("change");
        QTest::addColumn<QString>("text"); // what the message must say

        const auto refused = [](const char* name, const QString& reason, std::function<bool(Document&)> edit) {
            addEditRow(name, reason, std::move(edit), [](Project&) {});
        };
        refused("edit missing event", u"no event with id 404"_s, [](Document& d) {
            Event e = stored(d.project(), fx::summit);
            e.id = EventId(404);
            return d.editEvent(e);
        });
        refused("edit event, blank title", u"needs a title"_s, [](Document& d) {
            Event e = stored(d.project(), fx::summit);
            e.title = u"  "_s;
            return d.editEvent(e);
        });
        refused("edit event, unknown participant", u"FOREIGN KEY"_s, [](Document& d) {
            Event e = stored(d.project(), fx::summit);
            e.participants.append({ActorId(77)});
            return d.editEvent(e);
        });
        refused("add event, no date", u"needs a date"_s, [](Document& d) {
            Event e;
            e.title = u"Undated gathering"_s;
            return d.addEvent(e);
        });
        refused("add event, ends before start", u"ends before it starts"_s, [](Document& d) {
            Event e;
            e.title = u"Backwards visit"_s;
            e.start = date("2031-05-02");
            e.end = date("2031-05-01");
            return d.addEvent(e);
        });
        refused("delete events, one missing", u"no event with id 404"_s,
            [](Document& d) { return d.deleteEvents({fx::summit, EventId(404)}); });
        refused("move missing event", u"no event with id 404"_s,
            [](Document& d) { return d.moveEvent(EventId(404), day, 3); });
        refused("add actor, no name", u"needs a name"_s, [](Document& d) { return d.addActor(Actor{}); });
        refused("edit missing actor", u"no actor with id 404"_s, [](Document& d) {
            Actor a = *d.project().actors().find(fx::reyes);
            a.id = ActorId(404);
            return d.editActor(a);
        });
        refused("delete missing actor", u"no actor with id 404"_s,
            [](Document& d) { return d.deleteActor(ActorId(404)); });
        refused("add statement, no speaker", u"needs a speaker"_s,
            [](Document& d) { return d.addStatement(statement({}, {}, u"Nobody said this."_s, "", {}, {})); });
        refused("edit statement, no words", u"needs its words"_s, [](Document& d) {
            Statement s = *d.project().statements().find(fx::welcome);
            s.text.clear();
            return d.editStatement(s);
        });
        refused("delete missing statement", u"no statement with id 404"_s,
            [](Document& d) { return d.deleteStatement(StatementId(404)); });
    }

    void failingEdit()
    {
        QFETCH(EditCase, change);
        QFETCH(QString, text);

        FixtureDocument doc;
        // One edit done and undone, so there is a redo step a failed edit must not throw away.
        Event renamed = stored(doc->project(), fx::interview);
        renamed.title = u"Varga on the record"_s;
        QVERIFY(doc->editEvent(renamed));
        doc->undoStack()->undo();
        const QByteArray before = doc.json();
        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);

        QVERIFY(!change.edit(*doc));
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.contains(text), qPrintable(message));
        QVERIFY2(message.contains(u"fixture.attache"_s), qPrintable(message)); // names the file
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->index(), 0);
        QVERIFY(doc->undoStack()->canRedo());
        QCOMPARE(doc.json(), before);
    }

    void failedUndoDropsTheCommand()
    {
        FixtureDocument doc;
        Event e;
        e.title = u"Short-lived meeting"_s;
        e.start = date("2031-07-01");
        QVERIFY(doc->addEvent(e));
        const EventId added = doc->lastAddedEvent();
        // Someone else removes the row behind the document's back; undoing the add then has nothing to remove.
        const Status removed = doc->project().write([&] { doc->project().events().remove(added); });
        QVERIFY(removed.ok());
        const QByteArray before = doc.json();

        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);
        doc->undoStack()->undo();
        QCOMPARE(errors.count(), 1);
        const QString message = errors.constFirst().constFirst().toString();
        QVERIFY2(message.startsWith(u"Cannot undo “Add Event “Short-lived meeting”” in fixture.attache"_s),
            qPrintable(message));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->undoStack()->canRedo());
        QCOMPARE(doc.json(), before);
    }

    void unchangedEditIsNoStep()
    {
        FixtureDocument doc;
        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);
        QVERIFY(doc->editEvent(stored(doc->project(), fx::summit)));
        QVERIFY(doc->editActor(*doc->project().actors().find(fx::union_)));
        QVERIFY(doc->editStatement(*doc->project().statements().find(fx::overdue)));
        QVERIFY(doc->deleteEvents({}));
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(errors.count(), 0);
    }

    void readOnlyProjectRefusesEdits()
    {
        FixtureProject files;
        const QString path = files.project->path();
        files.project.reset();
        auto opened = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(opened.ok());
        Document doc(std::move(opened.value()));
        QSignalSpy errors(&doc, &Document::errorOccurred);
        QVERIFY(!doc.deleteActor(fx::harbourDaily));
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.constFirst().constFirst().toString().contains(u"read-only"_s));
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.project().actors().find(fx::harbourDaily));
    }
};

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
