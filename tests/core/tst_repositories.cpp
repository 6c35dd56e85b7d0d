// SPDX-License-Identifier: GPL-3.0-or-later
#include <QTest>

#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;
using test::date;

namespace {

Actor person(const QString& name, const QStringList& aliases = {})
{
    Actor a;
    a.name = name;
    a.kind = ActorKind::Person;
    a.aliases = aliases;
    return a;
}

Event makeEvent(const QString& title, const char* start, QList<Participant> participants = {})
{
    Event e;
    e.title = title;
    e.kind = EventKind::Talks;
    e.start = date(start);
    e.participants = std::move(participants);
    return e;
}

} // namespace

class TestRepositories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Lists of text (tags, aliases, authors) are stored as JSON arrays and read back as they were, whatever they hold;
    // the tags read for the whole timeline at once (tags()) agree with an event's own.
    void listsOfTextRoundTrip_data()
    {
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("none") << QStringList{};
        QTest::newRow("one") << QStringList{u"trade"_s};
        QTest::newRow("two") << QStringList{u"trade"_s, u"energy"_s};
        QTest::newRow("empty text") << QStringList{u""_s};
        QTest::newRow("empty between") << QStringList{u"a"_s, u""_s, u"b"_s};
        QTest::newRow("comma") << QStringList{u"talks, round two"_s};
        QTest::newRow("quotes") << QStringList{u"the \"deal\""_s};
        QTest::newRow("quote, comma, quote") << QStringList{u"x\",\"y"_s, u"z"_s};
        QTest::newRow("brackets") << QStringList{u"[\"]"_s, u"]"_s};
        QTest::newRow("backslash") << QStringList{u"back\\slash"_s};
        QTest::newRow("control") << QStringList{u"tab\tand\nline"_s};
        QTest::newRow("non-ASCII") << QStringList{u"Zürich"_s, u"東京"_s, u"Кыiв"_s};
    }
    void listsOfTextRoundTrip()
    {
        QFETCH(QStringList, tags);
        test::TempProject p;
        EventId id;
        ATTACHE_WRITE(*p, {
            Event e;
            e.title = u"Tagged"_s;
            e.start = test::date("2030-01-02");
            e.tags = tags;
            id = p->events().insert(e);
        });
        QCOMPARE(p->events().find(id)->tags, tags);
        QStringList bulk;
        for (const auto& [eventId, tag] : p->events().tags()) {
            QCOMPARE(eventId, id.value);
            bulk.append(tag);
        }
        QCOMPARE(bulk, tags);
        QStringList some;
        for (const auto& [eventId, tag] : p->events().tags(std::vector<qint64>{id.value}))
            some.append(tag);
        QCOMPARE(some, tags);
    }

    void listsWrittenByOthersAreRead()
    {
        // JSON as another tool may write it: spaces, escapes, a Unicode escape.
        test::TempProject p;
        EventId id;
        ATTACHE_WRITE(*p, {
            Event e;
            e.title = u"Tagged elsewhere"_s;
            e.start = test::date("2030-01-02");
            id = p->events().insert(e);
        });
        test::execRaw(p->path(), uR"(UPDATE event SET tags = '[ "a", "b\u00e9" ,"c"]' WHERE id = )"_s + QString::number(id.value));
        QCOMPARE(p->events().find(id)->tags, (QStringList{u"a"_s, u"bé"_s, u"c"_s}));
    }

    // The timeline's reads (bounds, catalog) convert each kind and status text once and remember it: every kind and
    // status reads back as written, and texts another tool wrote, many distinct and unknown ones among them, read as
    // Other / Unknown while the known ones still read right after them.
    void kindsAndStatusesReadInBulk()
    {
        test::TempProject p;
        QList<std::pair<EventId, std::pair<EventKind, EventStatus>>> written;
        // Every kind and status but one of each, in rows written first.
        const EventKind lateKind = EventKind::Exchange;
        const EventStatus lateStatus = EventStatus::Cancelled;
        QStringList kinds = eventKindTexts();
        QStringList statuses = eventStatusTexts();
        QCOMPARE(kinds.removeAll(toText(lateKind)), 1);
        QCOMPARE(statuses.removeAll(toText(lateStatus)), 1);
        const auto add = [&](const QString& title, EventKind kind, EventStatus status) {
            Event e = makeEvent(title, "2024-05-01");
            e.kind = kind;
            e.status = status;
            written.append({p->events().insert(e), {kind, status}});
        };
        ATTACHE_WRITE(*p, {
            for (int round = 0; round < 3; ++round) {
                for (qsizetype k = 0; k < kinds.size(); ++k) {
                    add(u"Event %1 %2"_s.arg(round).arg(k), *eventKindFromText(kinds.at(k)),
                        *eventStatusFromText(statuses.at((k + round) % statuses.size())));
                }
            }
        });
        // Forty distinct kind and status texts no version of Attaché writes, in rows of their own.
        QList<EventId> strangers;
        ATTACHE_WRITE(*p, {
            for (int i = 0; i < 40; ++i)
                strangers.append(p->events().insert(makeEvent(u"Stranger %1"_s.arg(i), "2024-05-02")));
        });
        for (qsizetype i = 0; i < strangers.size(); ++i) {
            test::execRaw(p->path(), u"UPDATE event SET kind = 'kind %1', status = 'status %1' WHERE id = %2"_s.arg(i).arg(
                                         strangers.at(i).value));
        }
        // The kind and status held back, written last and twice (read in row order, as SQLite does, they are first met
        // after the forty; in any order, more than the few remembered texts are met, so some go through the hash).
        ATTACHE_WRITE(*p, {
            add(u"Late"_s, lateKind, lateStatus);
            add(u"Later"_s, lateKind, lateStatus);
            add(u"Last"_s, EventKind::Summit, lateStatus);
        });

        QHash<qint64, std::pair<EventKind, EventStatus>> read;
        for (const EventBounds& b : p->events().bounds())
            read.insert(b.id, {b.kind, b.status});
        QCOMPARE(read.size(), written.size() + strangers.size());
        for (const auto& [id, expected] : written)
            QCOMPARE(read.value(id.value), expected);
        for (const EventId id : strangers)
            QCOMPARE(read.value(id.value), (std::pair{EventKind::Other, EventStatus::Unknown}));
        const EventCatalog catalog = p->events().catalog();
        QCOMPARE(catalog.size(), std::size_t(read.size()));
        for (std::size_t i = 0; i < catalog.size(); ++i)
            QCOMPARE((std::pair{catalog.kinds[i], catalog.statuses[i]}), read.value(catalog.ids[i]));
    }

    void actorRoundTrip()
    {
        test::TempProject p;
        ActorId state, minister;
        ATTACHE_WRITE(*p, {
            Actor s;
            s.name = u"Republic of Elbonia"_s;
            s.kind = ActorKind::State;
            s.country = u"EL"_s;
            state = p->actors().insert(s);
            Actor m = person(u"Tomas Nowak"_s, {u"Nowak"_s, u"the minister"_s});
            m.role = u"Foreign Minister"_s;
            m.affiliation = state;
            m.notes = u"Speaks for Elbonia since 2021."_s;
            minister = p->actors().insert(m);
        });
        const auto read = p->actors().find(minister);
        QVERIFY(read);
        QCOMPARE(read->name, u"Tomas Nowak"_s);
        QCOMPARE(read->aliases, (QStringList{u"Nowak"_s, u"the minister"_s}));
        QCOMPARE(read->role, u"Foreign Minister"_s);
        QCOMPARE(read->affiliation, state);
        QCOMPARE(read->kind, ActorKind::Person);
        QCOMPARE(p->actors().find(state)->country, u"EL"_s);
        QCOMPARE(p->actors().findByName(u"nowak"_s)->id, minister);
        QCOMPARE(p->actors().findByName(u"Republic of Elbonia"_s)->id, state);
        QVERIFY(!p->actors().findByName(u"Nobody"_s));
        QCOMPARE(p->actors().all().size(), 2);
        QCOMPARE(p->actors().all().first().name, u"Republic of Elbonia"_s); // by name

        Actor changed = *read;
        changed.role = u"Prime Minister"_s;
        changed.aliases.removeLast();
        ATTACHE_WRITE(*p, p->actors().update(changed));
        QCOMPARE(*p->actors().find(minister), changed);

        // Removing the state clears the minister's affiliation rather than removing the minister.
        ATTACHE_WRITE(*p, p->actors().remove(state));
        QVERIFY(!p->actors().find(state));
        QVERIFY(!p->actors().find(minister)->affiliation.isValid());
    }

    void namesWinOverAliases()
    {
        test::TempProject p;
        ActorId named;
        ATTACHE_WRITE(*p, {
            p->actors().insert(person(u"Kemal Demir"_s, {u"Sato"_s}));
            named = p->actors().insert(person(u"Sato"_s));
        });
        QCOMPARE(p->actors().findByName(u"Sato"_s)->id, named);
    }

    void insertKeepsAGivenId()
    {
        test::TempProject p;
        Actor a = person(u"Yara Quispe"_s);
        a.id = ActorId(42);
        ATTACHE_WRITE(*p, QCOMPARE(p->actors().insert(a), ActorId(42)));
        QCOMPARE(*p->actors().find(ActorId(42)), a);
    }

    void updatingOrRemovingAMissingRowFails()
    {
        test::TempProject p;
        Actor ghost = person(u"Ghost"_s);
        ghost.id = ActorId(7);
        const Status updated = p->write([&] { p->actors().update(ghost); });
        QVERIFY(!updated.ok());
        QVERIFY2(updated.error().contains(u"no actor with id 7"_s), qPrintable(updated.error()));
        QVERIFY(!p->write([&] { p->events().remove(EventId(3)); }).ok());
        QVERIFY(!p->write([&] { p->statements().remove(StatementId(3)); }).ok());
        QVERIFY(!p->write([&] { p->sources().remove(SourceId(3)); }).ok());
        QVERIFY(!p->write([&] { p->annotations().remove(AnnotationId(3)); }).ok());
    }

    void eventRoundTripWithParticipantsInOrder()
    {
        test::TempProject p;
        ActorId a, b, c;
        EventId parent, id;
        ATTACHE_WRITE(*p, {
            a = p->actors().insert(person(u"Anna Berg"_s));
            b = p->actors().insert(person(u"Chen Wong"_s));
            c = p->actors().insert(person(u"Rosa Costa"_s));
            parent = p->events().insert(makeEvent(u"Oslo process"_s, "2023"));
            Event e = makeEvent(u"Second round in Oslo"_s, "2023-05-02",
                {{c, ParticipantRole::Mediator}, {a, ParticipantRole::Host}, {b, ParticipantRole::Guest}});
            e.end = date("2023-05-04");
            e.status = EventStatus::Planned;
            e.location = u"Oslo"_s;
            e.summary = u"Delegations meet for three days."_s;
            e.parent = parent;
            e.tags = {u"ceasefire"_s, u"mediation"_s};
            e.cameo = u"046"_s;
            id = p->events().insert(e);
        });
        const auto e = p->events().find(id);
        QVERIFY(e);
        QCOMPARE(e->participants.size(), 3);
        QCOMPARE(e->participants.at(0), (Participant{c, ParticipantRole::Mediator}));
        QCOMPARE(e->participants.at(2), (Participant{b, ParticipantRole::Guest}));
        QCOMPARE(e->end, date("2023-05-04"));
        QCOMPARE(e->status, EventStatus::Planned);
        QCOMPARE(e->parent, parent);
        QCOMPARE(e->tags, (QStringList{u"ceasefire"_s, u"mediation"_s}));
        QCOMPARE(e->cameo, u"046"_s);

        Event changed = *e;
        changed.participants.removeFirst();
        changed.start = date("2023-05-03");
        ATTACHE_WRITE(*p, p->events().update(changed));
        QCOMPARE(*p->events().find(id), changed);

        // A participant's removal removes the participation, not the event.
        ATTACHE_WRITE(*p, p->actors().remove(a));
        QCOMPARE(p->events().find(id)->participants, (QList<Participant>{{b, ParticipantRole::Guest}}));
        // Removing the parent leaves the child without one.
        ATTACHE_WRITE(*p, p->events().remove(parent));
        QVERIFY(!p->events().find(id)->parent.isValid());
    }

    void eventsAreValidated_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no title") << u" "_s << u"2024-01-01"_s << QString() << u"needs a title"_s;
        QTest::newRow("no date") << u"Talks"_s << QString() << QString() << u"needs a date"_s;
        QTest::newRow("ends before start") << u"Talks"_s << u"2024-01-05"_s << u"2024-01-01"_s << u"ends before it starts"_s;
    }
    void eventsAreValidated()
    {
        QFETCH(QString, title);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, reason);
        test::TempProject p;
        Event e;
        e.title = title;
        if (!start.isEmpty())
            e.start = *FuzzyDate::parse(start);
        if (!end.isEmpty())
            e.end = *FuzzyDate::parse(end);
        const Status written = p->write([&] { p->events().insert(e); });
        QVERIFY(!written.ok());
        QVERIFY2(written.error().contains(reason), qPrintable(written.error()));
        QCOMPARE(p->events().count(), 0);
    }

    void eventListFiltersAndOrders()
    {
        test::TempProject p;
        ActorId a, b;
        ATTACHE_WRITE(*p, {
            a = p->actors().insert(person(u"Anna Berg"_s));
            b = p->actors().insert(person(u"Chen Wong"_s));
            p->events().insert(makeEvent(u"C late"_s, "2024-06-10", {{a, ParticipantRole::Host}}));
            p->events().insert(makeEvent(u"A early"_s, "2024-01-02", {{b, ParticipantRole::Host}}));
            Event month = makeEvent(u"B month"_s, "2024-03", {{a, ParticipantRole::Guest}, {b, ParticipantRole::Host}});
            month.kind = EventKind::Summit;
            p->events().insert(month);
        });
        const auto titles = [](const QList<Event>& events) {
            QStringList t;
            for (const Event& e : events)
                t.append(e.title);
            return t;
        };
        QCOMPARE(titles(p->events().list()), (QStringList{u"A early"_s, u"B month"_s, u"C late"_s}));
        EventQuery byActor;
        byActor.actor = a;
        QCOMPARE(titles(p->events().list(byActor)), (QStringList{u"B month"_s, u"C late"_s}));
        EventQuery byKind;
        byKind.kind = EventKind::Summit;
        QCOMPARE(titles(p->events().list(byKind)), (QStringList{u"B month"_s}));
        // A month overlaps a range that starts in the middle of it.
        EventQuery range;
        range.fromMs = date("2024-03-15").earliestMs();
        range.toMs = date("2024-05").latestMs();
        QCOMPARE(titles(p->events().list(range)), (QStringList{u"B month"_s}));

        const EventCatalog catalog = p->events().catalog();
        QCOMPARE(catalog.size(), std::size_t(3));
        QCOMPARE(catalog.titles, (QList<QString>{u"A early"_s, u"B month"_s, u"C late"_s}));
        QCOMPARE(catalog.kinds[1], EventKind::Summit);
        QCOMPARE(catalog.starts.at(1), u"2024-03"_s);
        QVERIFY(std::is_sorted(catalog.earliest.begin(), catalog.earliest.end()));
        const auto span = p->events().span();
        QVERIFY(span);
        QCOMPARE(span->first, date("2024-01-02").earliestMs());
        QCOMPARE(span->second, date("2024-06-10").latestMs());
    }

    void statementRoundTripAndLookups()
    {
        test::TempProject p;
        ActorId speaker;
        EventId venue, about;
        SourceId source;
        StatementId id;
        ATTACHE_WRITE(*p, {
            speaker = p->actors().insert(person(u"Priya Rahman"_s));
            venue = p->events().insert(makeEvent(u"Press conference in Doha"_s, "2024-02-02"));
            about = p->events().insert(makeEvent(u"Prisoner exchange"_s, "2024-01-30"));
            Source s;
            s.title = u"Envoy hails exchange"_s;
            s.text = u"The envoy said the exchange was a first step."_s;
            source = p->sources().insert(s);
            Statement st;
            st.speaker = speaker;
            st.text = u"This is a first step, not the last"_s;
            st.kind = StatementKind::Direct;
            st.when = date("2024-02-02");
            st.venue = venue;
            st.about = {about};
            st.source = source;
            st.spanStart = 4;
            st.spanEnd = 20;
            id = p->statements().insert(st);
        });
        const auto st = p->statements().find(id);
        QVERIFY(st);
        QCOMPARE(st->about, QList<EventId>{about});
        QCOMPARE(st->spanEnd, 20);
        QCOMPARE(p->statements().bySpeaker(speaker).size(), 1);
        QCOMPARE(p->statements().forEvent(venue).size(), 1);
        QCOMPARE(p->statements().forEvent(about).size(), 1);
        QCOMPARE(p->statements().bySource(source).size(), 1);

        Statement noSpeaker = *st;
        noSpeaker.id = {};
        noSpeaker.speaker = {};
        QVERIFY(!p->write([&] { p->statements().insert(noSpeaker); }).ok());

        // The venue going leaves the statement; its speaker going takes it along.
        ATTACHE_WRITE(*p, p->events().remove(venue));
        QVERIFY(!p->statements().find(id)->venue.isValid());
        ATTACHE_WRITE(*p, p->events().remove(about));
        QVERIFY(p->statements().find(id)->about.isEmpty());
        ATTACHE_WRITE(*p, p->actors().remove(speaker));
        QVERIFY(!p->statements().find(id));
    }

    void sourceRoundTripAndHash()
    {
        test::TempProject p;
        Source s;
        s.title = u"Talks resume"_s;
        s.outlet = u"Evening Report"_s;
        s.authors = {u"Dara Lindqvist"_s, u"Sami Okafor"_s};
        s.url = u"https://news.example/talks"_s;
        s.published = date("2024-04-01");
        s.retrieved = QDateTime(QDate(2024, 4, 2), QTime(9, 30), Qt::UTC);
        s.text = u"Talks resumed on Monday."_s;
        s.reliability = Reliability::B;
        SourceId id;
        ATTACHE_WRITE(*p, id = p->sources().insert(s));
        auto read = p->sources().find(id);
        QVERIFY(read);
        s.id = id;
        s.contentHash = Source::hashText(s.text);
        QCOMPARE(*read, s);
        QCOMPARE(p->sources().findByHash(s.contentHash)->id, id);
        read->text = u"Talks resumed on Tuesday."_s;
        ATTACHE_WRITE(*p, p->sources().update(*read));
        QCOMPARE(p->sources().find(id)->contentHash, Source::hashText(u"Talks resumed on Tuesday."_s));
        QVERIFY(!p->sources().findByHash(s.contentHash));

        // The catalog for lists: every detail but the long texts.
        const QList<Source> catalog = p->sources().catalog();
        QCOMPARE(catalog.size(), 1);
        Source expected = *p->sources().find(id);
        expected.text.clear();
        expected.original.clear();
        QCOMPARE(catalog.first(), expected);
    }

    void annotationsFollowTheirSourceAndTarget()
    {
        test::TempProject p;
        SourceId source;
        ActorId actor;
        AnnotationId id;
        ATTACHE_WRITE(*p, {
            Source s;
            s.title = u"Readout"_s;
            s.text = u"Minister Nowak met the envoy."_s;
            source = p->sources().insert(s);
            actor = p->actors().insert(person(u"Tomas Nowak"_s));
            Annotation a;
            a.source = source;
            a.start = 9;
            a.end = 14;
            a.exact = u"Nowak"_s;
            a.prefix = u"Minister "_s;
            a.suffix = u" met the envoy."_s;
            a.kind = AnnotationKind::ActorMention;
            a.targetType = TargetType::Actor;
            a.targetId = actor.value;
            a.credibility = 2;
            a.comment = u"Named in the first line"_s;
            a.created = QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0, 250), Qt::UTC);
            id = p->annotations().insert(a);
        });
        const auto a = p->annotations().find(id);
        QVERIFY(a);
        QCOMPARE(a->exact, u"Nowak"_s);
        QCOMPARE(a->created, QDateTime(QDate(2024, 5, 1), QTime(8, 0, 0, 250), Qt::UTC));
        QCOMPARE(p->annotations().forSource(source).size(), 1);
        QCOMPARE(p->annotations().forTarget(TargetType::Actor, actor.value).size(), 1);
        QCOMPARE(p->annotations().countsBySource(), (QHash<qint64, qint64>{{source.value, 1}}));

        Annotation bad = *a;
        bad.id = {};
        bad.credibility = 7;
        QVERIFY(!p->write([&] { p->annotations().insert(bad); }).ok());
        bad.credibility = 1;
        bad.end = 2;
        QVERIFY(!p->write([&] { p->annotations().insert(bad); }).ok());

        // The target going leaves the annotation unattached; the source going removes it.
        ATTACHE_WRITE(*p, p->actors().remove(actor));
        QCOMPARE(p->annotations().find(id)->targetType, TargetType::None);
        QCOMPARE(p->annotations().find(id)->targetId, 0);
        ATTACHE_WRITE(*p, p->sources().remove(source));
        QVERIFY(!p->annotations().find(id));
        QCOMPARE(p->annotations().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
