// SPDX-License-Identifier: GPL-3.0-or-later
#include <random>

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "storage/project.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

/// Kills a writer process (SIGKILL) at random moments and checks that the project survives: the file is intact, every
/// transaction the writer saw committed is there in full, and no transaction is there in part.
class TestCrashSafety final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesKillsMidTransaction()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"crash.attache"_s);
        QVERIFY(Project::create(path).ok());
        std::mt19937 random(20250815);
        QMap<int, int> reportedPerRun; // run -> last transaction it reported committed
        constexpr int kills = 20;

        for (int run = 0; run < kills; ++run) {
            QProcess writer;
            writer.start(QStringLiteral(CRASHWRITER_PATH), {path, QString::number(run)});
            QVERIFY2(writer.waitForStarted(), qPrintable(writer.errorString()));
            // Wait for the first commit, then a random moment more.
            QTRY_VERIFY_WITH_TIMEOUT(writer.canReadLine() || writer.state() != QProcess::Running, 20000);
            QVERIFY2(writer.state() == QProcess::Running, writer.readAllStandardError().constData());
            QTest::qWait(int(std::uniform_int_distribution<int>(5, 250)(random)));
            writer.kill(); // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);

            // Only whole lines count: the last one may have been cut by the kill.
            const QString output = QString::fromLatin1(writer.readAllStandardOutput());
            const QStringList lines = output.split(u'\n');
            int last = -1;
            for (qsizetype i = 0; i + 1 < lines.size(); ++i)
                last = lines.at(i).toInt();
            QVERIFY(last >= 0);
            reportedPerRun[run] = last;
        }

        auto project = Project::open(path);
        QVERIFY2(project.ok(), qPrintable(project.ok() ? QString() : project.error()));
        QCOMPARE(project.value()->integrityCheck(), u"ok"_s);

        // Rows per (run, transaction): all 25 or none.
        QHash<QPair<int, int>, int> rows;
        static const QRegularExpression title(u"^run (\\d+) tx (\\d+) row \\d+$"_s);
        for (const Event& e : project.value()->events().list()) {
            const auto match = title.match(e.title);
            QVERIFY2(match.hasMatch(), qPrintable(e.title));
            ++rows[{match.captured(1).toInt(), match.captured(2).toInt()}];
        }
        for (auto it = rows.cbegin(); it != rows.cend(); ++it)
            QVERIFY2(it.value() == 25, qPrintable(u"run %1 tx %2 has %3 rows"_s.arg(it.key().first).arg(it.key().second).arg(it.value())));
        for (auto it = reportedPerRun.cbegin(); it != reportedPerRun.cend(); ++it) {
            for (int tx = 0; tx <= it.value(); ++tx)
                QVERIFY2(rows.contains({it.key(), tx}), qPrintable(u"run %1 tx %2 was reported committed but is missing"_s.arg(it.key()).arg(tx)));
        }
        // The search index stayed in step with the rows.
        const auto hits = project.value()->search(u"filler"_s, 1000000);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), project.value()->events().count());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
