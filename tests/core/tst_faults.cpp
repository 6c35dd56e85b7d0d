// SPDX-License-Identifier: GPL-3.0-or-later
// Faults of the medium under an open project: a disk that fills during a write (SQLite's writes failed on purpose
// through a shim file system layer), a project file deleted or renamed while open, another process holding the write
// lock past the busy timeout. Each must end in a message that names the file and the reason, with nothing lost that
// was saved and nothing half-written.
#include <sqlite3.h>

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "storage/project.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

/// A file system layer over SQLite's own that can make every write fail as a full disk does.
namespace faulty {

bool diskFull = false;
sqlite3_vfs* underlying = nullptr;

struct File
{
    sqlite3_file base;
    sqlite3_file* real; // the underlying layer's file, stored right after this one
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<File*>(file)->real;
}

int xClose(sqlite3_file* f) { return real(f)->pMethods->xClose(real(f)); }
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (diskFull)
        return SQLITE_FULL;
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size) { return real(f)->pMethods->xTruncate(real(f), size); }
int xSync(sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }
int xFileSize(sqlite3_file* f, sqlite3_int64* size) { return real(f)->pMethods->xFileSize(real(f), size); }
int xLock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int xUnlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int xCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }
int xFileControl(sqlite3_file* f, int op, void* arg) { return real(f)->pMethods->xFileControl(real(f), op, arg); }
int xSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }
int xDeviceCharacteristics(sqlite3_file* f) { return real(f)->pMethods->xDeviceCharacteristics(real(f)); }
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void xShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int xShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }
int xFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int xUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* page) { return real(f)->pMethods->xUnfetch(real(f), offset, page); }

const sqlite3_io_methods methods{3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock,
    xCheckReservedLock, xFileControl, xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap,
    xFetch, xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<File*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->base.pMethods = nullptr;
    const int rc = underlying->xOpen(underlying, name, wrapper->real, flags, outFlags);
    if (wrapper->real->pMethods)
        wrapper->base.pMethods = &methods;
    return rc;
}

sqlite3_vfs vfs{};

/// Makes the layer SQLite's default, for every connection opened after.
void install()
{
    if (underlying)
        return;
    underlying = sqlite3_vfs_find(nullptr);
    vfs = *underlying;
    vfs.zName = "attache-faulty";
    vfs.szOsFile = int(sizeof(File)) + underlying->szOsFile;
    vfs.pAppData = nullptr;
    vfs.xOpen = xOpen;
    sqlite3_vfs_register(&vfs, 1);
}

} // namespace faulty

Actor person(const QString& name)
{
    Actor a;
    a.name = name;
    a.kind = ActorKind::Person;
    return a;
}

QStringList actorNames(const Project& project)
{
    QStringList names;
    for (const Actor& a : project.actors().all())
        names.append(a.name);
    return names;
}

} // namespace

class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { faulty::install(); }
    void cleanup() { faulty::diskFull = false; }

    void aFullDiskLosesOnlyTheChangeBeingWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"full.attache"_s);
        {
            auto project = Project::create(path);
            QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error()));
            Project& p = *project.value();
            QVERIFY(p.write([&] { p.actors().insert(person(u"Lena Varga"_s)); }).ok());

            faulty::diskFull = true;
            const Status full = p.write([&] { p.actors().insert(person(u"Ivo Petrov"_s)); });
            faulty::diskFull = false;
            QVERIFY(!full.ok());
            QVERIFY2(full.error().contains(path), qPrintable(full.error()));
            QVERIFY2(full.error().contains(u"full"_s), qPrintable(full.error()));
            // The project goes on once there is room again; the failed change is not in it.
            QCOMPARE(actorNames(p), QStringList{u"Lena Varga"_s});
            const Status again = p.write([&] { p.actors().insert(person(u"Ana Sousa"_s)); });
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error()));
        }
        auto reopened = Project::open(path);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error()));
        QCOMPARE(actorNames(*reopened.value()), (QStringList{u"Ana Sousa"_s, u"Lena Varga"_s}));
        QCOMPARE(reopened.value()->integrityCheck(), u"ok"_s);
    }

    void aFileDeletedWhileOpenTakesNoMoreChanges()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"gone.attache"_s);
        auto project = Project::create(path);
        QVERIFY(project.ok());
        Project& p = *project.value();
        QVERIFY(p.write([&] { p.actors().insert(person(u"Lena Varga"_s)); }).ok());
        QVERIFY(QFile::remove(path));
        const Status refused = p.write([&] { p.actors().insert(person(u"Ivo Petrov"_s)); });
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(path), qPrintable(refused.error()));
        QVERIFY2(refused.error().contains(u"deleted"_s), qPrintable(refused.error()));
        // What it held can still be read (and exported) from the open project.
        QCOMPARE(actorNames(p), QStringList{u"Lena Varga"_s});
    }

    void aFileRenamedWhileOpenKeepsWhatWasSaved()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"first.attache"_s);
        const QString moved = dir.filePath(u"second.attache"_s);
        {
            auto project = Project::create(path);
            QVERIFY(project.ok());
            Project& p = *project.value();
            QVERIFY(p.write([&] { p.actors().insert(person(u"Lena Varga"_s)); }).ok());
            QVERIFY(QFile::rename(path, moved));
            const Status refused = p.write([&] { p.actors().insert(person(u"Ivo Petrov"_s)); });
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().contains(path) && refused.error().contains(u"renamed"_s), qPrintable(refused.error()));
        }
        auto reopened = Project::open(moved);
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error()));
        QCOMPARE(actorNames(*reopened.value()), QStringList{u"Lena Varga"_s});
    }

    void aLockHeldPastTheTimeoutIsReportedWithTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"locked.attache"_s);
        auto first = Project::create(path);
        QVERIFY(first.ok());
        auto second = Project::open(path);
        QVERIFY(second.ok());
        Status refused = Done{};
        QElapsedTimer waited;
        // The first holds its write transaction while the second tries to write.
        const Status held = first.value()->write([&] {
            first.value()->actors().insert(person(u"Lena Varga"_s));
            waited.start();
            refused = second.value()->write([&] { second.value()->actors().insert(person(u"Ivo Petrov"_s)); });
        });
        QVERIFY(held.ok());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(path) && refused.error().contains(u"locked"_s), qPrintable(refused.error()));
        QVERIFY2(waited.elapsed() >= 4000, "the busy timeout was not waited for");
        QCOMPARE(actorNames(*second.value()), QStringList{u"Lena Varga"_s});
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
