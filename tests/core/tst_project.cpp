// SPDX-License-Identifier: GPL-3.0-or-later
#include <SQLiteCpp/Database.h>

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "storage/changenotifier.h"
#include "storage/project.h"
#include "storage/schema.h"
#include "storage/storageerror.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// A closed project with one actor, checkpointed so that everything is in the main file.
QString makeProject(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    auto project = Project::create(path);
    if (!project)
        return {};
    const Status written = project.value()->write([&] {
        Actor a;
        a.name = u"Lena Varga"_s;
        project.value()->actors().insert(a);
    });
    return written ? path : QString();
}

Actor namedActor(const QString& name)
{
    Actor a;
    a.name = name;
    return a;
}

} // namespace

class TestProject final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createMakesAnEmptyProjectOfTheCurrentSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.attache"_s);
        auto project = Project::create(path);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error()));
        const ProjectStats stats = project.value()->stats();
        QCOMPARE(stats.schemaVersion, schema::currentVersion);
        QCOMPARE(stats.events, 0);
        QCOMPARE(stats.actors, 0);
        QVERIFY(!stats.span);
        QCOMPARE(project.value()->integrityCheck(), u"ok"_s);
        QCOMPARE(project.value()->name(), u"new"_s);
        QVERIFY(!project.value()->isReadOnly());
        project.value().reset();

        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(db.execAndGet("PRAGMA application_id").getInt(), schema::applicationId);
        QCOMPARE(db.execAndGet("PRAGMA user_version").getInt(), schema::currentVersion);
        QCOMPARE(QString::fromStdString(db.execAndGet("PRAGMA journal_mode").getString()), u"wal"_s);
    }

    void createRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"taken.attache"_s);
        writeFile(path, "notes of a meeting\n");
        const QByteArray before = fileHash(path);
        auto project = Project::create(path);
        QVERIFY(!project.ok());
        QVERIFY2(project.error().contains(u"already exists"_s), qPrintable(project.error()));
        QVERIFY(project.error().contains(path));
        QCOMPARE(fileHash(path), before);
    }

    void createRefusesAMissingFolder()
    {
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(u"no/such/folder/x.attache"_s));
        QVERIFY(!project.ok());
        QVERIFY2(project.error().contains(u"does not exist"_s), qPrintable(project.error()));
    }

    void openKeepsTheData()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"kept.attache"_s);
        QVERIFY(!path.isEmpty());
        auto project = Project::open(path);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error()));
        QCOMPARE(project.value()->actors().count(), 1);
        QCOMPARE(project.value()->actors().all().first().name, u"Lena Varga"_s);
    }

    // Each of these files must be refused with its reason, and left exactly as it was.
    void openRefusesWithoutTouching_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << u"missing"_s << u"no such file"_s;
        QTest::newRow("folder") << u"folder"_s << u"is a folder"_s;
        QTest::newRow("empty") << u"empty"_s << u"is empty"_s;
        QTest::newRow("text") << u"text"_s << u"not an Attaché project (it is not a SQLite database)"_s;
        QTest::newRow("short header") << u"short"_s << u"truncated"_s;
        QTest::newRow("truncated") << u"truncated"_s << u"truncated"_s;
        QTest::newRow("foreign") << u"foreign"_s << u"it is a SQLite database of another application"_s;
        QTest::newRow("newer") << u"newer"_s << u"newer version of Attaché (schema 99"_s;
        QTest::newRow("no version") << u"noversion"_s << u"no schema version"_s;
        QTest::newRow("damaged") << u"damaged"_s << u"damaged or unreadable"_s;
    }
    void openRefusesWithoutTouching()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        QString path = dir.filePath(u"file.attache"_s);
        if (kind == u"folder"_s) {
            QVERIFY(QDir(dir.path()).mkdir(u"file.attache"_s));
        } else if (kind == u"empty"_s) {
            writeFile(path, {});
        } else if (kind == u"text"_s) {
            writeFile(path, "Minutes of the ministerial meeting, not a database.\n");
        } else if (kind == u"short"_s) {
            writeFile(path, QByteArray("SQLite format 3\0", 16) + QByteArray(20, '\0'));
        } else if (kind == u"truncated"_s || kind == u"damaged"_s) {
            const QString full = makeProject(dir, u"full.attache"_s);
            QFile source(full);
            QVERIFY(source.open(QIODevice::ReadOnly));
            QByteArray bytes = source.readAll();
            QVERIFY(bytes.size() > 8192);
            if (kind == u"truncated"_s) {
                bytes.truncate(4096);
            } else {
                // Keep the header, scribble over the schema page.
                for (qsizetype i = 100; i < 4096; ++i)
                    bytes[i] = char(0xA5);
            }
            writeFile(path, bytes);
        } else if (kind == u"foreign"_s) {
            SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
            db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')");
        } else if (kind == u"newer"_s || kind == u"noversion"_s) {
            path = makeProject(dir, u"ours.attache"_s);
            SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE);
            db.exec(kind == u"newer"_s ? "PRAGMA user_version = 99" : "PRAGMA user_version = 0");
            db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        }
        const QByteArray before = fileHash(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries);

        auto project = Project::open(path);
        QVERIFY(!project.ok());
        QVERIFY2(project.error().contains(reason), qPrintable(project.error()));
        QVERIFY2(project.error().startsWith(QDir::toNativeSeparators(path)), qPrintable(project.error()));
        QCOMPARE(fileHash(path), before);
        if (kind != u"newer"_s && kind != u"noversion"_s && kind != u"damaged"_s) // SQLite may leave a -shm for a WAL file it read
            QCOMPARE(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries), filesBefore);
    }

    void readOnlyFileOpensReadOnly()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"locked.attache"_s);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        const QByteArray before = fileHash(path);
        {
            auto project = Project::open(path);
            QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error()));
            QVERIFY(project.value()->isReadOnly());
            QVERIFY2(project.value()->readOnlyReason().contains(u"read-only"_s), qPrintable(project.value()->readOnlyReason()));
            QCOMPARE(project.value()->actors().count(), 1);
            const Status refused = project.value()->write([&] { project.value()->actors().insert(namedActor(u"X"_s)); });
            QVERIFY(!refused.ok());
            QVERIFY(refused.error().contains(u"read-only"_s));
        }
        QCOMPARE(fileHash(path), before);
    }

    void explicitReadOnlyAccess()
    {
        QTemporaryDir dir;
        const QString path = makeProject(dir, u"plain.attache"_s);
        auto project = Project::open(path, Project::Access::ReadOnly);
        QVERIFY(project.ok());
        QVERIFY(project.value()->isReadOnly());
        QVERIFY(!project.value()->write([] {}).ok());
    }

    void writeCommitsWhole()
    {
        test::TempProject p;
        ATTACHE_WRITE(*p, {
            p->actors().insert(namedActor(u"Grace Sato"_s));
            p->actors().insert(namedActor(u"Omar Haddad"_s));
        });
        QCOMPARE(p->actors().count(), 2);
    }

    void failedWriteRollsBackEverything()
    {
        test::TempProject p;
        const Status failed = p->write([&] {
            p->actors().insert(namedActor(u"Grace Sato"_s));
            p->actors().insert(namedActor(QString())); // refused: an actor needs a name
        });
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().contains(u"needs a name"_s), qPrintable(failed.error()));
        QCOMPARE(p->actors().count(), 0);
    }

    void nestedWriteFailureRollsBackOnlyTheInnerPart()
    {
        test::TempProject p;
        ATTACHE_WRITE(*p, {
            p->actors().insert(namedActor(u"Outer"_s));
            const Status inner = p->write([&] {
                p->actors().insert(namedActor(u"Inner"_s));
                throw StorageError(u"refused"_s);
            });
            QVERIFY(!inner.ok());
        });
        QCOMPARE(p->actors().count(), 1);
        QCOMPARE(p->actors().all().first().name, u"Outer"_s);
    }

    void changesOutsideATransactionAreRefused()
    {
        test::TempProject p;
        QVERIFY_THROWS_EXCEPTION(StorageError, p->actors().insert(namedActor(u"Loose"_s)));
        QCOMPARE(p->actors().count(), 0);
    }

    void notifierReportsCommittedChangesOnce()
    {
        test::TempProject p;
        QSignalSpy spy(p->notifier(), &ChangeNotifier::changed);
        ActorId id;
        ATTACHE_WRITE(*p, {
            id = p->actors().insert(namedActor(u"Anna Berg"_s));
            Actor a = *p->actors().find(id);
            a.role = u"Ambassador"_s;
            p->actors().update(a);
        });
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.at(0).at(0).value<ChangeSet>();
        QCOMPARE(changes.changes.size(), 2);
        QCOMPARE(changes.changes.at(0), (Change{Entity::Actor, ChangeKind::Added, id.value}));
        QCOMPARE(changes.changes.at(1), (Change{Entity::Actor, ChangeKind::Updated, id.value}));
        QVERIFY(changes.touches(Entity::Actor));
        QVERIFY(!changes.touches(Entity::Event));

        const Status failed = p->write([&] {
            p->actors().remove(id);
            throw StorageError(u"changed my mind"_s);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(spy.count(), 1); // nothing reported for a rollback
        QCOMPARE(p->actors().count(), 1);

        ATTACHE_WRITE(*p, p->actors().remove(id));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).value<ChangeSet>().changes.at(0), (Change{Entity::Actor, ChangeKind::Removed, id.value}));
    }

    void bulkChangesAskViewsToReload()
    {
        test::TempProject p;
        QSignalSpy spy(p->notifier(), &ChangeNotifier::changed);
        ATTACHE_WRITE(*p, p->markBulkChange());
        QCOMPARE(spy.count(), 1);
        QVERIFY(spy.at(0).at(0).value<ChangeSet>().reset);
        QVERIFY(spy.at(0).at(0).value<ChangeSet>().touches(Entity::Event));
    }

    /// A project file as version 1 wrote it, with one source.
    static QString makeVersion1(const QTemporaryDir& dir, const QString& name)
    {
        const QString path = dir.filePath(name);
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        db.exec("PRAGMA application_id = " + std::to_string(schema::applicationId));
        db.exec("BEGIN");
        schema::createAt(db, 1);
        db.exec("INSERT INTO source (id, title, outlet, text, content_hash) VALUES (1, 'Talks resume', 'Evening Report', "
                "'Talks resumed on Monday.', 'x')");
        db.exec("INSERT INTO annotation (id, source_id, start, \"end\", exact, kind) VALUES (1, 1, 0, 5, 'Talks', 'note')");
        db.exec("COMMIT");
        return path;
    }

    void upgradesAnOlderProject()
    {
        QTemporaryDir dir;
        const QString path = makeVersion1(dir, u"old.attache"_s);
        {
            auto project = Project::open(path);
            QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error()));
            QCOMPARE(project.value()->stats().schemaVersion, schema::currentVersion);
            const auto source = project.value()->sources().find(SourceId(1));
            QVERIFY(source);
            QCOMPARE(source->title, u"Talks resume"_s);
            QCOMPARE(source->text, u"Talks resumed on Monday."_s);
            QVERIFY(source->original.isEmpty());
            // The new column works.
            Source edited = *source;
            edited.original = u"TALKS RESUME\n\nTalks resumed on Monday."_s;
            ATTACHE_WRITE(**project, project.value()->sources().update(edited));
            QCOMPARE(project.value()->sources().find(SourceId(1))->original, edited.original);
            // Version 3: annotations written before are anchored, and the flag can be cleared.
            auto annotation = project.value()->annotations().find(AnnotationId(1));
            QVERIFY(annotation);
            QVERIFY(annotation->anchored);
            annotation->anchored = false;
            ATTACHE_WRITE(**project, project.value()->annotations().update(*annotation));
            QVERIFY(!project.value()->annotations().find(AnnotationId(1))->anchored);
            QCOMPARE(project.value()->integrityCheck(), u"ok"_s);
        }
        SQLite::Database db(path.toStdString(), SQLite::OPEN_READONLY);
        QCOMPARE(db.execAndGet("PRAGMA user_version").getInt(), schema::currentVersion);
        // Version 4: what the timeline reads of every event, and the tagged events, come from indexes alone, not
        // from the event table with its long texts.
        const auto planOf = [&db](const std::string& query) {
            SQLite::Statement s(db, "EXPLAIN QUERY PLAN " + query);
            QString plan;
            while (s.executeStep())
                plan += QString::fromStdString(s.getColumn(3).getString()) + u'\n';
            return plan;
        };
        QVERIFY2(planOf("SELECT id, earliest, latest, kind, status, start FROM event").contains(u"COVERING INDEX event_by_time"_s),
            qPrintable(planOf("SELECT id, earliest, latest, kind, status, start FROM event")));
        QVERIFY2(planOf("SELECT id, tags FROM event WHERE tags <> '[]'").contains(u"COVERING INDEX event_tagged"_s),
            qPrintable(planOf("SELECT id, tags FROM event WHERE tags <> '[]'")));
    }

    void olderReadOnlyProjectIsRefused()
    {
        QTemporaryDir dir;
        const QString path = makeVersion1(dir, u"old-locked.attache"_s);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
        const QByteArray before = fileHash(path);
        auto project = Project::open(path);
        QVERIFY(!project.ok());
        QVERIFY2(project.error().contains(u"needs upgrading from schema 1"_s), qPrintable(project.error()));
        QCOMPARE(fileHash(path), before);
    }

    void migrationRefusesUnknownVersions()
    {
        // There is no version 0, and nothing to upgrade at or beyond the current version.
        QTemporaryDir dir;
        SQLite::Database db(dir.filePath(u"m.db"_s).toStdString(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
        QVERIFY_THROWS_EXCEPTION(StorageError, schema::migrate(db, 0));
        QVERIFY_THROWS_EXCEPTION(StorageError, schema::migrate(db, schema::currentVersion + 1));
    }
};

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
