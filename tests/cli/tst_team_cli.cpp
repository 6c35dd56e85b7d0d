// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on team projects (the throwaway PostgreSQL cluster): every command takes a postgresql:// address
// where it takes a file; push and pull copy a project both ways, losslessly; a server address opens the window.
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "testserver.h"

using namespace Qt::Literals::StringLiterals;


namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runAttache(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(ATTACHE_EXECUTABLE), arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestTeamCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { attache::test::serverUrl(u"postgres"_s); } // skips the suite when there is no cluster

    void pushThenPullGivesTheSameProject()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"desk.attache"_s);
        QCOMPARE(runAttache({u"sample"_s, file}).exitCode, 0);
        const QString url = attache::test::freshDatabase();

        const Run pushed = runAttache({u"push"_s, file, url});
        QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.err));
        QVERIFY2(pushed.out.contains(u"copied"_s), qPrintable(pushed.out));
        // The server's project answers every reading command.
        const Run info = runAttache({u"info"_s, url});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(u"events: 6"_s), qPrintable(info.out));
        const Run search = runAttache({u"search"_s, url, u"Alaska"_s});
        QCOMPARE(search.exitCode, 0);
        QVERIFY(search.out.contains(u"[Alaska]"_s));

        const QString back = dir.filePath(u"back.attache"_s);
        const Run pulled = runAttache({u"pull"_s, url, back});
        QVERIFY2(pulled.exitCode == 0, qPrintable(pulled.err));
        const Run original = runAttache({u"export"_s, file, u"--format"_s, u"json"_s});
        const Run copy = runAttache({u"export"_s, back, u"--format"_s, u"json"_s});
        QCOMPARE(copy.out, original.out);

        // A second push finds the project there and refuses, naming the address.
        const Run again = runAttache({u"push"_s, file, url});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already holds an Attaché project"_s), qPrintable(again.err));
    }

    void writingCommandsTakeAnAddress()
    {
        const QString url = attache::test::freshDatabase();
        QCOMPARE(runAttache({u"new"_s, url}).exitCode, 0);
        const Run imported = runAttache({u"import"_s, url, QStringLiteral(ATTACHE_FIXTURES "/wire.txt"), u"--published"_s,
            u"2025-03-04"_s, u"--accept-all"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QVERIFY2(imported.out.startsWith(u"imported"_s), qPrintable(imported.out));
        const Run events = runAttache({u"events"_s, url});
        QCOMPARE(events.exitCode, 0);
        QVERIFY(!events.out.trimmed().isEmpty());
    }

    void unreachableServerIsSaid()
    {
        const Run run = runAttache({u"info"_s, u"postgresql://nobody@127.0.0.1:1/desk"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"postgresql://nobody@127.0.0.1:1/desk: cannot connect"_s), qPrintable(run.err));
    }

    // An address as the only argument is a project for the window, not an unknown command: the window stays up (with
    // its message that the server cannot be reached) where a command would have ended at once with a usage error.
    void anAddressIsNoCommand()
    {
        QProcess process;
        process.start(QStringLiteral(ATTACHE_EXECUTABLE),
            {u"postgresql://nobody@127.0.0.1:1/desk"_s, u"-platform"_s, u"offscreen"_s});
        QVERIFY(process.waitForStarted());
        QVERIFY(!process.waitForFinished(3000));
        process.kill();
        process.waitForFinished();
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(!err.contains(u"unknown command"_s), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_team_cli.moc"
