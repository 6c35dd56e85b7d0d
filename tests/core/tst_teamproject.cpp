// SPDX-License-Identifier: GPL-3.0-or-later
// What only a team project on a PostgreSQL server does: addresses instead of files, changes that reach the other
// analysts' windows, roles that may only read, a lost connection survived, and copies between file and server.
// The suites of the repositories and the project also run on the server (their _pg tests); these run there only.
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include "interop/projectjson.h"
#include "sample/sample.h"
#include "storage/changenotifier.h"
#include "storage/pgconnection.h"
#include "storage/project.h"
#include "storage/schema.h"
#include "storage/storageerror.h"
#include "testproject.h"
#include "testserver.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

Event makeEvent(const QString& title)
{
    Event e;
    e.title = title;
    e.kind = EventKind::Meeting;
    e.start = test::date("2031-03-04");
    return e;
}

std::unique_ptr<Project> open(const QString& url)
{
    auto opened = Project::open(url);
    if (!opened)
        qFatal("cannot open %s: %s", qPrintable(url), qPrintable(opened.error()));
    return std::move(opened.value());
}

/// The changes a project's notifier reported, all sets together.
QList<Change> changesIn(const QSignalSpy& spy)
{
    QList<Change> changes;
    for (const QList<QVariant>& signal : spy)
        changes += signal.at(0).value<ChangeSet>().changes;
    return changes;
}

bool anyReset(const QSignalSpy& spy)
{
    return std::any_of(spy.begin(), spy.end(), [](const QList<QVariant>& s) { return s.at(0).value<ChangeSet>().reset; });
}

} // namespace

class TestTeamProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { test::serverUrl(u"postgres"_s); } // skips the suite when there is no cluster

    void addressesOpenCreateAndRefuse()
    {
        const QString url = test::freshDatabase();
        auto empty = Project::open(url);
        QVERIFY(!empty);
        QVERIFY2(empty.error().contains(u"holds no Attaché project"_s), qPrintable(empty.error()));

        // A password in the address is used but never shown.
        QString withPassword = url;
        withPassword.replace(u"postgresql://attache@"_s, u"postgresql://attache:secret@"_s);
        auto created = Project::create(withPassword);
        QVERIFY2(created, created ? "" : qPrintable(created.error()));
        QVERIFY(created.value()->isTeamProject());
        QVERIFY(!created.value()->path().contains(u"secret"_s));
        QCOMPARE(created.value()->name(), test::databaseOf(url));
        QCOMPARE(created.value()->stats().schemaVersion, schema::currentVersion);

        auto again = Project::create(url);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"already holds an Attaché project"_s), qPrintable(again.error()));

        auto missing = Project::open(test::serverUrl(u"no_such_database"_s));
        QVERIFY(!missing);
        QVERIFY2(missing.error().contains(u"cannot connect"_s) && missing.error().contains(u"no_such_database"_s),
            qPrintable(missing.error()));
    }

    void newerSchemaIsRefused()
    {
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        test::execOnServer(url, u"UPDATE attache_project SET value = '99' WHERE key = 'schema'"_s);
        auto opened = Project::open(url);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(u"newer version of Attaché (schema 99"_s), qPrintable(opened.error()));
    }

    // What one analyst commits reaches the other's project within a second, as the change notifications the views
    // already follow; one's own commit is reported once, not echoed back.
    void commitsReachTheOtherAnalysts()
    {
        test::TempProject mine;
        const auto theirs = open(mine->path());
        QSignalSpy mineSpy(mine->notifier(), &ChangeNotifier::changed);
        QSignalSpy theirSpy(theirs->notifier(), &ChangeNotifier::changed);

        EventId id;
        ATTACHE_WRITE(*mine, id = mine->events().insert(makeEvent(u"Talks in Geneva"_s)));
        QCOMPARE(mineSpy.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!theirSpy.isEmpty(), 1000);
        QCOMPARE(changesIn(theirSpy), (QList<Change>{Change{Entity::Event, ChangeKind::Added, id.value}}));
        QCOMPARE(theirs->events().find(id)->title, u"Talks in Geneva"_s);

        theirSpy.clear();
        Event e = *mine->events().find(id);
        e.title = u"Talks in Vienna"_s;
        ATTACHE_WRITE(*mine, mine->events().update(e));
        ATTACHE_WRITE(*mine, mine->events().remove(id));
        QTRY_COMPARE_WITH_TIMEOUT(theirSpy.count(), 2, 1000);
        QCOMPARE(changesIn(theirSpy), (QList<Change>{Change{Entity::Event, ChangeKind::Updated, id.value},
                                          Change{Entity::Event, ChangeKind::Removed, id.value}}));
        QTest::qWait(100);
        QCOMPARE(mineSpy.count(), 3);
    }

    // libpq reads a notification along with the result of whatever runs next; one that came in that way is
    // delivered as well, though the socket will not announce it again.
    void notificationsReadWithAResultAreDelivered()
    {
        test::TempProject mine;
        const auto theirs = open(mine->path());
        QSignalSpy theirSpy(theirs->notifier(), &ChangeNotifier::changed);
        EventId id;
        ATTACHE_WRITE(*mine, id = mine->events().insert(makeEvent(u"Envoys in Cairo"_s)));
        QTest::qSleep(100); // the notification reaches their connection before their next statement
        QCOMPARE(theirs->events().count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!theirSpy.isEmpty(), 1000);
        QCOMPARE(changesIn(theirSpy), (QList<Change>{Change{Entity::Event, ChangeKind::Added, id.value}}));
    }

    // A rolled-back change tells nobody anything.
    void rolledBackChangesAreNotSent()
    {
        test::TempProject mine;
        const auto theirs = open(mine->path());
        QSignalSpy theirSpy(theirs->notifier(), &ChangeNotifier::changed);
        const Status failed = mine->write([&] {
            mine->events().insert(makeEvent(u"Never held"_s));
            throw StorageError(u"changed my mind"_s);
        });
        QVERIFY(!failed);
        QTest::qWait(300);
        QVERIFY(theirSpy.isEmpty());
        QCOMPARE(theirs->events().count(), 0);
    }

    void bigChangesArriveAsAReload()
    {
        test::TempProject mine;
        const auto theirs = open(mine->path());
        QSignalSpy theirSpy(theirs->notifier(), &ChangeNotifier::changed);
        ATTACHE_WRITE(*mine, {
            for (int i = 0; i < 2000; ++i)
                mine->events().insert(makeEvent(u"Call %1"_s.arg(i)));
        });
        QTRY_VERIFY_WITH_TIMEOUT(!theirSpy.isEmpty(), 1000);
        QVERIFY(anyReset(theirSpy));
        QCOMPARE(theirs->events().count(), 2000);
    }

    void notificationPayloads()
    {
        ChangeSet set;
        set.changes = {Change{Entity::Actor, ChangeKind::Added, 7}, Change{Entity::Event, ChangeKind::Updated, 12},
            Change{Entity::Statement, ChangeKind::Removed, 3}, Change{Entity::Source, ChangeKind::Added, 1},
            Change{Entity::Annotation, ChangeKind::Updated, 99}};
        QCOMPARE(PgConnection::payload(set), QByteArray("a+7 e~12 s-3 o+1 n~99"));
        QCOMPARE(PgConnection::fromPayload(PgConnection::payload(set)).changes, set.changes);
        QVERIFY(!PgConnection::fromPayload("a+7 e~12").reset);
        for (const char* garbage : {"", "reset", "x+1", "a*1", "a+", "a+-3", "a+12x", "e~1  z"})
            QVERIFY2(PgConnection::fromPayload(garbage).reset, garbage);
        ChangeSet reset;
        reset.reset = true;
        QCOMPARE(PgConnection::payload(reset), QByteArray("reset"));
    }

    void placeholdersAreNumberedForTheServer_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("translated");
        QTest::addColumn<QList<int>>("used");
        QTest::newRow("bare") << u"VALUES (?,?,?)"_s << u"VALUES ($1,$2,$3)"_s << QList<int>{1, 2, 3};
        QTest::newRow("numbered, reordered")
            << u"VALUES (?1,?2,?9,?3) WHERE x = ?1"_s << u"VALUES ($1,$2,$3,$4) WHERE x = $1"_s
            << QList<int>{1, 2, 4, 0, 0, 0, 0, 0, 3};
        QTest::newRow("unused middle") << u"a = ?1 AND c = ?3"_s << u"a = $1 AND c = $2"_s << QList<int>{1, 0, 2};
        QTest::newRow("bare after numbered") << u"?2, ?"_s << u"$1, $2"_s << QList<int>{0, 1, 2};
        QTest::newRow("in strings and names") << u"'?' \"a?\" = ? AND 'it''s ?' = ?"_s
                                              << u"'?' \"a?\" = $1 AND 'it''s ?' = $2"_s << QList<int>{1, 2};
    }
    void placeholdersAreNumberedForTheServer()
    {
        QFETCH(QString, sql);
        QFETCH(QString, translated);
        QFETCH(QList<int>, used);
        std::vector<int> positions;
        QCOMPARE(QString::fromUtf8(PgConnection::translate(sql.toUtf8().constData(), positions)), translated);
        QCOMPARE(QList<int>(positions.begin(), positions.end()), used);
    }

    void searchTermsForTheServer()
    {
        QCOMPARE(PgConnection::tsQuery(SearchTerms::parse(u"Grain deal"_s)), u"'grain':* & 'deal':*"_s);
        QCOMPARE(PgConnection::tsQuery(SearchTerms::parse(u"\"Black Sea\" corridor"_s)),
            u"('black' <-> 'sea') & 'corridor':*"_s);
        // Quotes and operators in the user's words are only words.
        QCOMPARE(PgConnection::tsQuery(SearchTerms::parse(u"\"it's & | !\""_s)), u"('it' <-> 's')"_s);
    }

    // A row inserted with an id of its own (undo restoring it, a project pushed from a file) moves the sequence on,
    // so that the next new row does not collide with it.
    void givenIdsMoveTheSequenceOn()
    {
        test::TempProject p;
        EventId given, next;
        ATTACHE_WRITE(*p, {
            Event e = makeEvent(u"Restored"_s);
            e.id = EventId(500);
            given = p->events().insert(e);
            next = p->events().insert(makeEvent(u"New"_s));
        });
        QCOMPARE(given.value, 500);
        QVERIFY(next.value > 500);
    }

    // A role granted only SELECT browses, searches and exports, and is told why it cannot change anything.
    void readOnlyRole()
    {
        test::TempProject p;
        ATTACHE_WRITE(*p, p->events().insert(makeEvent(u"Summit in Nairobi"_s)));
        const auto reader = open(test::asRole(p->path(), u"reader"_s, false));
        QVERIFY(reader->isReadOnly());
        QVERIFY2(reader->readOnlyReason().contains(u"reader"_s), qPrintable(reader->readOnlyReason()));
        QCOMPARE(reader->events().count(), 1);
        QCOMPARE(reader->search(u"nairobi"_s).value().size(), 1);
        const Status refused = reader->write([&] { reader->events().insert(makeEvent(u"Not allowed"_s)); });
        QVERIFY(!refused);
        QCOMPARE(refused.error(), reader->readOnlyReason());
        QCOMPARE(p->events().count(), 1);
    }

    // A connection cut between changes is made again at the next one, and the views are told to reload what they
    // may have missed; one cut in the middle of a change loses that change whole and says so.
    void lostConnectionsAreSurvived()
    {
        test::TempProject p;
        QSignalSpy spy(p->notifier(), &ChangeNotifier::changed);
        test::cutConnections(p->path());
        EventId id;
        ATTACHE_WRITE(*p, id = p->events().insert(makeEvent(u"After the cut"_s)));
        QCOMPARE(p->events().find(id)->title, u"After the cut"_s);
        QTRY_VERIFY_WITH_TIMEOUT(anyReset(spy), 1000);

        const Status cut = p->write([&] {
            p->events().insert(makeEvent(u"Half-way"_s));
            test::cutConnections(p->path());
            p->events().insert(makeEvent(u"Never reached"_s));
        });
        QVERIFY(!cut);
        QVERIFY2(cut.error().contains(u"connection to the server was lost"_s), qPrintable(cut.error()));
        QVERIFY2(cut.error().contains(p->path()), qPrintable(cut.error()));
        QCOMPARE(p->events().count(), 1);
        ATTACHE_WRITE(*p, p->events().insert(makeEvent(u"Later"_s)));
        QCOMPARE(p->events().count(), 2);
    }

    // push and pull: a file copied to the server and back is the same project, ids and all.
    void copiesBetweenFileAndServerAreLossless()
    {
        QTemporaryDir dir;
        auto file = sample::create(dir.filePath(u"sample.attache"_s));
        QVERIFY(file);
        const QString url = test::freshDatabase();
        QVERIFY(Project::create(url));
        const auto server = open(url);
        QVERIFY2(projectjson::copy(**file, *server).ok(), "push");
        auto back = Project::create(dir.filePath(u"back.attache"_s));
        QVERIFY(back);
        const Status pulled = projectjson::copy(*server, **back);
        QVERIFY2(pulled.ok(), pulled.ok() ? "" : qPrintable(pulled.error()));
        QCOMPARE(projectjson::write(**back), projectjson::write(**file));
        QVERIFY(server->events().count() > 0);

        const Status again = projectjson::copy(**file, *server);
        QVERIFY(!again);
        QVERIFY2(again.error().contains(u"is not empty"_s), qPrintable(again.error()));
    }
};

QTEST_GUILESS_MAIN(TestTeamProject)
#include "tst_teamproject.moc"
