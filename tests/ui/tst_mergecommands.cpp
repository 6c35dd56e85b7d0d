// SPDX-License-Identifier: GPL-3.0-or-later
// Merging events and actors by hand and splitting one source's evidence off an event: what each moves, that it is one
// undo step, that undo restores the whole project exactly (compared as project JSON, ids included) and redo does the
// same again; what is refused; and the Edit menu's commands, enabled only when the selection allows them.
#include <memory>

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QListView>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include "actorlistmodel.h"
#include "document.h"
#include "eventselection.h"
#include "interop/projectjson.h"
#include "mainwindow.h"
#include "provenance/grading.h"
#include "storage/project.h"
#include "testproject.h"
#include "timeline/timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using test::date;

namespace {

// Invented: the state of Veloria, its foreign minister entered twice (as "Ilse Varga" and "I. Varga", the second with
// the role and her press office), the Aurelian Union; one set of rail talks at Orin entered three times from three
// outlets, with a follow-up that is part of the second entry; statements at or about them; sources with evidence.
namespace fx {
constexpr ActorId veloria{1}, varga{2}, vargaAgain{3}, union_{4}, pressOffice{5};
constexpr EventId talks{1}, railTalks{2}, railMeeting{3}, commission{4};
constexpr StatementId reopen{1}, inspectors{2}, fees{3}, trains{4}, bothSay{5};
constexpr SourceId gazette{1}, ledger{2}, valley{3};
} // namespace fx

const QString gazetteText = u"Varga and Veloria's delegation met at Orin on Tuesday. \"We reopen the crossing,\" "
                            u"Varga said."_s;
const QString ledgerText = u"I. Varga and the Union's envoys talked rail at Orin. Inspectors will return, "
                           u"Varga said. Trains by August, she added."_s;
const QString valleyText = u"The Union met Veloria at Orin. Fees stay under review, the Union said."_s;

Annotation mark(SourceId source, const QString& text, const QString& passage, AnnotationKind kind, TargetType type,
    qint64 target)
{
    Annotation a;
    a.source = source;
    a.start = text.indexOf(passage);
    a.end = a.start + passage.size();
    a.exact = passage;
    a.kind = kind;
    a.targetType = type;
    a.targetId = target;
    a.credibility = 2;
    a.created = QDateTime(QDate(2031, 6, 4), QTime(9, 0), Qt::UTC);
    return a;
}

void buildFixture(Project& p)
{
    const Status written = p.write([&p] {
        using namespace fx;
        Actor state;
        state.name = u"Republic of Veloria"_s;
        state.kind = ActorKind::State;
        p.actors().insert(state);
        Actor minister;
        minister.name = u"Ilse Varga"_s;
        minister.aliases = {u"Varga"_s};
        minister.affiliation = veloria;
        p.actors().insert(minister);
        Actor again;
        again.name = u"I. Varga"_s;
        again.aliases = {u"Minister Varga"_s, u"varga"_s}; // the second differs only in case from one she has
        again.role = u"Foreign Minister"_s;
        again.country = u"VL"_s;
        p.actors().insert(again);
        Actor aurelian;
        aurelian.name = u"Aurelian Union"_s;
        aurelian.kind = ActorKind::Organization;
        p.actors().insert(aurelian);
        Actor office;
        office.name = u"Varga's press office"_s;
        office.kind = ActorKind::Group;
        office.affiliation = vargaAgain;
        p.actors().insert(office);

        Event first;
        first.title = u"Orin talks"_s;
        first.kind = EventKind::Talks;
        first.start = date("2031-06-03");
        first.participants = {{veloria, ParticipantRole::Host}, {varga, ParticipantRole::Participant}};
        p.events().insert(first);
        Event second;
        second.title = u"Rail talks at Orin"_s;
        second.kind = EventKind::Talks;
        second.start = date("2031-06-03");
        second.location = u"Orin"_s;
        second.tags = {u"rail"_s};
        second.participants = {{union_, ParticipantRole::Guest}, {vargaAgain, ParticipantRole::Participant},
            {varga, ParticipantRole::Mentioned}};
        p.events().insert(second);
        Event third;
        third.title = u"Orin rail meeting"_s;
        third.kind = EventKind::Meeting;
        third.start = date("2031-06-03");
        third.summary = u"The Union and Veloria met on the rail crossing."_s;
        third.tags = {u"rail"_s, u"customs"_s};
        third.participants = {{union_, ParticipantRole::Participant}};
        p.events().insert(third);
        Event follow;
        follow.title = u"Rail commission"_s;
        follow.kind = EventKind::Meeting;
        follow.status = EventStatus::Planned;
        follow.start = date("2031-07");
        follow.parent = railTalks;
        p.events().insert(follow);

        for (const auto& [outlet, text] : {std::pair{u"Harbour Gazette"_s, gazetteText},
                 std::pair{u"Northern Ledger"_s, ledgerText}, std::pair{u"Valley Post"_s, valleyText}}) {
            Source s;
            s.outlet = outlet;
            s.title = u"Rail talks"_s;
            s.text = text;
            p.sources().insert(s);
        }

        const auto said = [&p](ActorId speaker, const QString& text, EventId venue, QList<EventId> about,
                              SourceId source) {
            Statement st;
            st.speaker = speaker;
            st.text = text;
            st.when = date("2031-06-03");
            st.venue = venue;
            st.about = std::move(about);
            st.source = source;
            p.statements().insert(st);
        };
        said(varga, u"We reopen the crossing."_s, talks, {}, gazette);
        said(vargaAgain, u"Inspectors will return."_s, {}, {railTalks}, ledger);
        said(union_, u"Fees stay under review."_s, railTalks, {talks, railMeeting}, valley);
        said(varga, u"Trains by August."_s, talks, {}, ledger);
        said(veloria, u"The crossing reopens."_s, {}, {talks}, gazette);

        const auto annotate = [&p](const Annotation& a) { p.annotations().insert(a); };
        using K = AnnotationKind;
        using T = TargetType;
        annotate(mark(gazette, gazetteText, u"met at Orin on Tuesday"_s, K::EventEvidence, T::Event, talks.value));
        annotate(mark(ledger, ledgerText, u"talked rail at Orin"_s, K::EventEvidence, T::Event, railTalks.value));
        annotate(
            mark(valley, valleyText, u"The Union met Veloria at Orin"_s, K::EventEvidence, T::Event, railTalks.value));
        annotate(mark(ledger, ledgerText, u"the Union's envoys"_s, K::EventEvidence, T::Event, talks.value));
        annotate(mark(gazette, gazetteText, u"We reopen the crossing,"_s, K::Statement, T::Statement, reopen.value));
        annotate(mark(ledger, ledgerText, u"Inspectors will return"_s, K::Statement, T::Statement, inspectors.value));
        annotate(mark(valley, valleyText, u"Fees stay under review"_s, K::Statement, T::Statement, fees.value));
        annotate(mark(ledger, ledgerText, u"Trains by August"_s, K::Statement, T::Statement, trains.value));
        annotate(mark(gazette, gazetteText, u"Veloria's delegation"_s, K::Statement, T::Statement, bothSay.value));
        annotate(mark(ledger, ledgerText, u"Inspectors will return"_s, K::Statement, T::Statement, bothSay.value));
        annotate(mark(gazette, gazetteText, u"Varga and"_s, K::ActorMention, T::Actor, varga.value));
        annotate(mark(ledger, ledgerText, u"I. Varga"_s, K::ActorMention, T::Actor, vargaAgain.value));
    });
    if (!written)
        qFatal("cannot build the fixture: %s", qPrintable(written.error()));
}

struct FixtureDocument
{
    QTemporaryDir dir;
    std::unique_ptr<Document> document;

    FixtureDocument()
    {
        auto created = Project::create(dir.filePath(u"merge.attache"_s));
        if (!created)
            qFatal("cannot create a test project: %s", qPrintable(created.error()));
        buildFixture(*created.value());
        document = std::make_unique<Document>(std::move(created.value()));
    }
    Document* operator->() { return document.get(); }
    const Project& project() const { return document->project(); }
    QByteArray json() const { return projectjson::write(document->project()); }
    Event event(EventId id) const { return *project().events().find(id); }
    Statement statement(StatementId id) const { return *project().statements().find(id); }
};

/// Undoes and redoes the one step on top twice, checking the whole project each time.
void checkUndoRedo(FixtureDocument& doc, const QByteArray& before, const QByteArray& after)
{
    QCOMPARE(doc->undoStack()->count(), 1);
    for (int i = 0; i < 2; ++i) {
        doc->undoStack()->undo();
        QCOMPARE(doc.json(), before);
        doc->undoStack()->redo();
        QCOMPARE(doc.json(), after);
    }
    QCOMPARE(doc->project().integrityCheck(), u"ok"_s);
}

} // namespace

class TestMergeCommands final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeEventsKeepsTheFirstAndMovesEverything()
    {
        FixtureDocument doc;
        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);
        const QByteArray before = doc.json();
        const Project& p = doc.project();
        QCOMPARE(grading::corroboration(p, fx::talks).sources, 2);

        // Listed in any order, the first created is kept.
        QVERIFY(doc->mergeEvents({fx::railMeeting, fx::railTalks, fx::talks}));
        QCOMPARE(doc->undoStack()->undoText(), u"Merge 3 Events"_s);
        QCOMPARE(p.events().count(), 2);
        QVERIFY(!p.events().find(fx::railTalks));
        QVERIFY(!p.events().find(fx::railMeeting));
        const Event kept = doc.event(fx::talks);
        QCOMPARE(kept.title, u"Orin talks"_s);
        QVERIFY(kept.kind == EventKind::Talks);
        // Each actor once, the kept event's first, at their first place and role.
        QCOMPARE(kept.participants,
            (QList<Participant>{{fx::veloria, ParticipantRole::Host}, {fx::varga, ParticipantRole::Participant},
                {fx::union_, ParticipantRole::Guest}, {fx::vargaAgain, ParticipantRole::Participant}}));
        QCOMPARE(kept.location, u"Orin"_s);
        QCOMPARE(kept.summary, u"The Union and Veloria met on the rail crossing."_s);
        QCOMPARE(kept.tags, (QStringList{u"rail"_s, u"customs"_s}));
        // Evidence, statements and the child follow.
        QCOMPARE(p.annotations().forTarget(TargetType::Event, fx::talks.value).size(), 4);
        QCOMPARE(p.annotations().forTarget(TargetType::Event, fx::railTalks.value).size(), 0);
        QCOMPARE(doc.statement(fx::inspectors).about, QList<EventId>{fx::talks});
        QCOMPARE(doc.statement(fx::fees).venue, fx::talks);
        QCOMPARE(doc.statement(fx::fees).about, QList<EventId>{fx::talks});
        QCOMPARE(doc.event(fx::commission).parent, fx::talks);
        QCOMPARE(p.statements().forEvent(fx::talks).size(), 5);
        QCOMPARE(grading::corroboration(p, fx::talks).sources, 3);
        const QByteArray after = doc.json();

        checkUndoRedo(doc, before, after);
        doc->undoStack()->undo();
        QCOMPARE(doc.event(fx::commission).parent, fx::railTalks);
        QCOMPARE(doc.statement(fx::fees).about, (QList<EventId>{fx::talks, fx::railMeeting}));
        QCOMPARE(doc.event(fx::railTalks).participants.size(), 3);
        QCOMPARE(errors.count(), 0);
    }

    void mergeActorsKeepsTheFirstAndMovesEverything()
    {
        FixtureDocument doc;
        const QByteArray before = doc.json();
        const Project& p = doc.project();

        QVERIFY(doc->mergeActors({fx::vargaAgain, fx::varga}));
        QCOMPARE(doc->undoStack()->undoText(), u"Merge 2 Actors"_s);
        QVERIFY(!p.actors().find(fx::vargaAgain));
        const Actor kept = *p.actors().find(fx::varga);
        QCOMPARE(kept.name, u"Ilse Varga"_s);
        // The other's name and aliases become aliases, each once whatever its case; the details she lacked come over.
        QCOMPARE(kept.aliases, (QStringList{u"Varga"_s, u"I. Varga"_s, u"Minister Varga"_s}));
        QCOMPARE(kept.role, u"Foreign Minister"_s);
        QCOMPARE(kept.country, u"VL"_s);
        QCOMPARE(kept.affiliation, fx::veloria);
        // In the rail talks she was there twice: once now, at the first place, with the first role.
        QCOMPARE(doc.event(fx::railTalks).participants,
            (QList<Participant>{{fx::union_, ParticipantRole::Guest}, {fx::varga, ParticipantRole::Participant}}));
        QCOMPARE(doc.statement(fx::inspectors).speaker, fx::varga);
        QCOMPARE(p.statements().bySpeaker(fx::varga).size(), 3);
        QCOMPARE(p.annotations().forTarget(TargetType::Actor, fx::varga.value).size(), 2);
        QCOMPARE(p.actors().find(fx::pressOffice)->affiliation, fx::varga);
        EventQuery inHerLane;
        inHerLane.actor = fx::varga;
        QCOMPARE(p.events().list(inHerLane).size(), 2);
        const QByteArray after = doc.json();

        checkUndoRedo(doc, before, after);
        doc->undoStack()->undo();
        QCOMPARE(doc.event(fx::railTalks).participants.size(), 3);
        QCOMPARE(p.actors().find(fx::pressOffice)->affiliation, fx::vargaAgain);
        QCOMPARE(doc.statement(fx::inspectors).speaker, fx::vargaAgain);
    }

    void splitEvidenceMovesOneSourcesEvidence()
    {
        FixtureDocument doc;
        const QByteArray before = doc.json();
        const Project& p = doc.project();
        // Its own evidence is in the Gazette and the Ledger; a statement about it is marked in the Valley Post.
        QCOMPARE(grading::evidenceSources(p, fx::talks), (QList<SourceId>{fx::gazette, fx::ledger, fx::valley}));

        QVERIFY(doc->splitEvidence(fx::talks, fx::ledger));
        QCOMPARE(doc->undoStack()->undoText(), u"Split Evidence from Northern Ledger Off “Orin talks”"_s);
        const EventId split = doc->lastAddedEvent();
        QCOMPARE(split, EventId(5));
        const Event original = doc.event(fx::talks);
        Event copy = doc.event(split);
        QCOMPARE(copy.title, original.title);
        QCOMPARE(copy.start, original.start);
        QCOMPARE(copy.participants, original.participants);
        // The Ledger's evidence and the statement marked only there move; those marked in the Gazette stay.
        const QList<Annotation> moved = p.annotations().forTarget(TargetType::Event, split.value);
        QCOMPARE(moved.size(), 1);
        QCOMPARE(moved.first().source, fx::ledger);
        QCOMPARE(p.annotations().forTarget(TargetType::Event, fx::talks.value).size(), 1);
        QCOMPARE(doc.statement(fx::trains).venue, split);
        QCOMPARE(doc.statement(fx::reopen).venue, fx::talks);
        QCOMPARE(doc.statement(fx::bothSay).about, QList<EventId>{fx::talks}); // marked in both
        QCOMPARE(doc.statement(fx::fees).about, (QList<EventId>{fx::talks, fx::railMeeting}));
        QCOMPARE(grading::evidenceSources(p, split), QList<SourceId>{fx::ledger});
        const QByteArray after = doc.json();

        // Redo puts the new event back under the same id.
        checkUndoRedo(doc, before, after);
        QVERIFY(p.events().find(split));
        doc->undoStack()->undo();
        QVERIFY(!p.events().find(split));
        QCOMPARE(doc.statement(fx::trains).venue, fx::talks);
    }

    void oddMergesUndoExactly_data()
    {
        QTest::addColumn<QList<EventId>>("events");
        QTest::addColumn<QList<ActorId>>("actors");
        // An event with its child; all four events; a minister with her own state; a state with the body her
        // press office belongs to; every actor.
        QTest::newRow("parent and child") << QList<EventId>{fx::commission, fx::railTalks} << QList<ActorId>{};
        QTest::newRow("every event") << QList<EventId>{fx::commission, fx::railMeeting, fx::railTalks, fx::talks}
                                     << QList<ActorId>{};
        QTest::newRow("minister and her state") << QList<EventId>{} << QList<ActorId>{fx::varga, fx::veloria};
        QTest::newRow("office and its head") << QList<EventId>{} << QList<ActorId>{fx::pressOffice, fx::vargaAgain};
        QTest::newRow("every actor") << QList<EventId>{}
                                     << QList<ActorId>{fx::pressOffice, fx::union_, fx::vargaAgain, fx::varga,
                                            fx::veloria};
    }

    void oddMergesUndoExactly()
    {
        QFETCH(QList<EventId>, events);
        QFETCH(QList<ActorId>, actors);
        FixtureDocument doc;
        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);
        const QByteArray before = doc.json();
        QVERIFY(events.isEmpty() ? doc->mergeActors(actors) : doc->mergeEvents(events));
        QVERIFY(doc.json() != before);
        if (events.isEmpty()) {
            QCOMPARE(doc.project().actors().count(), 5 - actors.size() + 1);
            // Nobody is left pointing at an actor that is gone, nor twice at the same one.
            for (const Event& e : doc.project().events().list()) {
                QSet<ActorId> seen;
                for (const Participant& participant : e.participants) {
                    QVERIFY(doc.project().actors().find(participant.actor));
                    QVERIFY(!seen.contains(participant.actor));
                    seen.insert(participant.actor);
                }
            }
            for (const Actor& a : doc.project().actors().all())
                QVERIFY(a.affiliation != a.id);
        } else {
            QCOMPARE(doc.project().events().count(), 4 - events.size() + 1);
            for (const Event& e : doc.project().events().list())
                QVERIFY(e.parent != e.id);
        }
        QCOMPARE(doc.project().statements().count(), 5);
        checkUndoRedo(doc, before, doc.json());
        QCOMPARE(errors.count(), 0);
    }

    void oddRequestsAreRefused()
    {
        FixtureDocument doc;
        QSignalSpy errors(doc.document.get(), &Document::errorOccurred);
        const QByteArray before = doc.json();
        QVERIFY(!doc->mergeEvents({}));
        QVERIFY(!doc->mergeEvents({fx::talks}));
        QVERIFY(!doc->mergeEvents({fx::talks, fx::talks}));
        QVERIFY(!doc->mergeEvents({fx::talks, EventId(99)}));
        QVERIFY(!doc->mergeActors({fx::varga}));
        QVERIFY(!doc->mergeActors({fx::varga, ActorId(99)}));
        // One source only, a source that is not the event's, no such source or event.
        QVERIFY(!doc->splitEvidence(fx::railMeeting, fx::valley));
        QVERIFY(!doc->splitEvidence(fx::commission, fx::gazette));
        QVERIFY(!doc->splitEvidence(fx::talks, SourceId(99)));
        QVERIFY(!doc->splitEvidence(EventId(99), fx::ledger));
        QCOMPARE(errors.count(), 10);
        QVERIFY(errors.last().first().toString().contains(u"no event with id 99"_s));
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(doc.json(), before);
    }

    void menuCommandsFollowTheSelection()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"tst_mergecommands"_s);
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"menus.attache"_s);
        {
            auto created = Project::create(path);
            QVERIFY(created.ok());
            buildFixture(*created.value());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        auto* mergeEvents = window.findChild<QAction*>(u"actionMergeEvents"_s);
        auto* mergeActors = window.findChild<QAction*>(u"actionMergeActors"_s);
        auto* split = window.findChild<QMenu*>(u"splitEvidenceMenu"_s);
        auto* actorList = window.findChild<QListView*>(u"actorList"_s);
        QVERIFY(mergeEvents && mergeActors && split && actorList);

        window.selection()->setSelection({}, {});
        QVERIFY(!mergeEvents->isEnabled());
        QVERIFY(!split->menuAction()->isEnabled());
        // One event with evidence in one source: nothing to merge or split.
        window.selection()->select(fx::railMeeting);
        QVERIFY(!mergeEvents->isEnabled());
        QVERIFY(!split->menuAction()->isEnabled());
        // The talks have three sources: the submenu lists them.
        window.selection()->select(fx::talks);
        QVERIFY(split->menuAction()->isEnabled());
        QCOMPARE(split->actions().size(), 3);
        QCOMPARE(split->actions().at(1)->text(), u"Northern Ledger — Rail talks"_s);
        window.selection()->setSelection({fx::talks, fx::railTalks}, fx::railTalks);
        QVERIFY(mergeEvents->isEnabled());

        mergeEvents->trigger();
        QCOMPARE(window.document()->undoStack()->undoText(), u"Merge 2 Events"_s);
        QCOMPARE(window.selection()->current(), fx::talks);
        QCOMPARE(window.selection()->ids().size(), 1);
        QVERIFY(!mergeEvents->isEnabled());
        QVERIFY(window.statusBar()->currentMessage().contains(u"Merged 2 events into “Orin talks”"_s));
        // Still three sources; split the Valley Post's off from the menu.
        QCOMPARE(split->actions().size(), 3);
        QCOMPARE(split->actions().at(2)->text(), u"Valley Post — Rail talks"_s);
        split->actions().at(2)->trigger();
        QCOMPARE(window.selection()->current(), EventId(5));
        QCOMPARE(window.project()->annotations().forTarget(TargetType::Event, 5).first().source, fx::valley);

        // Actors: one selected is not enough; two are.
        auto* model = qobject_cast<ActorListModel*>(actorList->model());
        QVERIFY(model);
        actorList->clearSelection();
        QVERIFY(!mergeActors->isEnabled());
        actorList->selectionModel()->select(model->index(model->rowOf(fx::varga)), QItemSelectionModel::Select);
        QVERIFY(!mergeActors->isEnabled());
        actorList->selectionModel()->select(model->index(model->rowOf(fx::vargaAgain)), QItemSelectionModel::Select);
        QVERIFY(mergeActors->isEnabled());
        mergeActors->trigger();
        QCOMPARE(window.document()->undoStack()->undoText(), u"Merge 2 Actors"_s);
        QVERIFY(!window.project()->actors().find(fx::vargaAgain));
        QVERIFY(!mergeActors->isEnabled());

        // Three steps, undone one by one to the file as it was.
        QCOMPARE(window.document()->undoStack()->count(), 3);
        for (int i = 0; i < 3; ++i)
            window.document()->undoStack()->undo();
        QCOMPARE(window.project()->events().count(), 4);
        QCOMPARE(window.project()->actors().count(), 5);
        QSettings().clear();
    }

    void timelineContextMenuMerges()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir dir;
        const QString path = dir.filePath(u"context.attache"_s);
        {
            auto created = Project::create(path);
            QVERIFY(created.ok());
            buildFixture(*created.value());
        }
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        TimelineView* timeline = window.timeline();
        // Twenty minutes to the pixel from the day before the talks: each lane shows its own marker.
        const qint64 day = test::date("2031-06-03").earliestMs();
        timeline->setScale(TimeScale(day - 24 * 3600 * 1000, 20.0 * 60 * 1000));
        QPoint at;
        const QRect lanes = timeline->lanesRect();
        for (int y = lanes.top(); y < lanes.bottom() && at.isNull(); y += 3) {
            for (int x = lanes.left(); x < lanes.right(); x += 2) {
                const TimelineHit hit = timeline->hitAt(QPoint(x, y));
                if (hit.kind == TimelineHit::Kind::Event && hit.eventId == fx::talks.value) {
                    at = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY2(!at.isNull(), qPrintable(u"lanes %1x%2"_s.arg(lanes.width()).arg(lanes.height())));

        const auto menuTexts = [&](bool merge) {
            QStringList texts;
            QTimer::singleShot(0, this, [&texts, merge] {
                auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
                if (!menu)
                    return;
                for (QAction* action : menu->actions()) {
                    texts.append(action->text());
                    if (merge && action->text() == u"&Merge Events"_s)
                        action->trigger();
                }
                menu->close();
            });
            QContextMenuEvent event(QContextMenuEvent::Mouse, at, timeline->viewport()->mapToGlobal(at));
            QApplication::sendEvent(timeline->viewport(), &event);
            return texts;
        };
        // On one event alone there is nothing to merge.
        window.selection()->select(fx::talks);
        QVERIFY(!menuTexts(false).contains(u"&Merge Events"_s));
        // On one of two selected events the menu merges them.
        window.selection()->setSelection({fx::talks, fx::railMeeting}, fx::talks);
        QVERIFY(menuTexts(true).contains(u"&Merge Events"_s));
        QCOMPARE(window.document()->undoStack()->undoText(), u"Merge 2 Events"_s);
        QVERIFY(!window.project()->events().find(fx::railMeeting));
        QSettings().clear();
    }
};

QTEST_MAIN(TestMergeCommands)
#include "tst_mergecommands.moc"
