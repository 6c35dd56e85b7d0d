// SPDX-License-Identifier: GPL-3.0-or-later
// `attache export` in every format and `attache import` of data files, through the real executable.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "clirun.h"

using namespace Qt::Literals::StringLiterals;
using attache::test::errorProblem;
using attache::test::readFile;
using attache::test::Run;

class TestInterchangeCli final : public QObject
{
    Q_OBJECT

private:
    Run attache(const QStringList& arguments) const
    {
        return attache::test::runHeadless(QStringLiteral(ATTACHE_EXECUTABLE), arguments, m_dir.path());
    }

    QTemporaryDir m_dir;
    QString m_sample;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sample = m_dir.filePath(u"sample.attache"_s);
        const Run run = attache({u"sample"_s, m_sample});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("start");
        QTest::addColumn<int>("lines"); // at least
        QTest::newRow("json") << u"json"_s << QByteArray("{") << 10;
        QTest::newRow("csv") << u"csv"_s << QByteArray("Year,Month,Day,Time,End Year,") << 7;
        QTest::newRow("csv-statements") << u"csv-statements"_s << QByteArray("ID,Date,Speaker,Kind,Text,") << 13;
        QTest::newRow("ics") << u"ics"_s << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") << 40;
        QTest::newRow("timelinejs") << u"timelinejs"_s << QByteArray("{") << 10;
        QTest::newRow("gdelt") << u"gdelt"_s << QByteArray("GLOBALEVENTID\tSQLDATE\t") << 7;
    }
    void exportsEveryFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, start);
        QFETCH(int, lines);
        const Run run = attache({u"export"_s, m_sample, u"--format"_s, format});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY(run.err.isEmpty());
        QVERIFY2(run.out.startsWith(start), run.out.left(200).constData());
        QVERIFY(run.out.count('\n') >= lines);
        // -o writes the same bytes to a file.
        const QString file = m_dir.filePath(u"out."_s + format);
        const Run toFile = attache({u"export"_s, m_sample, u"--format"_s, format, u"-o"_s, file});
        QCOMPARE(toFile.code, 0);
        QVERIFY(toFile.out.isEmpty());
        if (format != u"ics"_s) // DTSTAMP is the time of export
            QCOMPARE(readFile(file), run.out);
    }

    void timelineJsEventsOfTheSample()
    {
        const Run run = attache({u"export"_s, m_sample, u"--format"_s, u"timelinejs"_s});
        const QJsonArray events = QJsonDocument::fromJson(run.out).object().value(u"events"_s).toArray();
        QCOMPARE(events.size(), 6);
        const QJsonObject first = events.first().toObject();
        QCOMPARE(first[u"start_date"_s].toObject(), (QJsonObject {{u"year"_s, 2025}, {u"month"_s, 8}, {u"day"_s, 15}}));
        QCOMPARE(first[u"group"_s].toString(), u"Donald Trump"_s);
        QCOMPARE(first[u"unique_id"_s].toString(), u"event-1"_s);
    }

    void byteOrderMarkForCsvOnly()
    {
        const Run csv = attache({u"export"_s, m_sample, u"--format"_s, u"csv"_s, u"--bom"_s});
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith("\xEF\xBB\xBFYear,"));
        const Run plain = attache({u"export"_s, m_sample, u"--format"_s, u"csv"_s});
        QVERIFY(plain.out.startsWith("Year,"));
        const Run ics = attache({u"export"_s, m_sample, u"--format"_s, u"ics"_s, u"--bom"_s});
        const QString problem = errorProblem(ics, 2, u"--bom"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void unsupportedFormatSaysWhatIs()
    {
        const Run run = attache({u"export"_s, m_sample, u"--format"_s, u"xml"_s});
        const QString problem = errorProblem(run, 1, u"\"xml\" is not supported"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(run.errText().contains(u"csv, csv-statements, ics, timelinejs, gdelt, annotations"_s));
    }

    void annotationsExportAndImportBack()
    {
        // An imported article brings annotations; they export as W3C Web Annotations and, read back, are all there.
        QTemporaryDir dir;
        const QString project = dir.filePath(u"annotated.attache"_s);
        QCOMPARE(attache({u"new"_s, project}).code, 0);
        QCOMPARE(attache({u"import"_s, project, QStringLiteral(ATTACHE_FIXTURES "/wire.txt"), u"--published"_s, u"2025-03-04"_s,
                             u"--accept-all"_s})
                     .code,
            0);
        const QString out = dir.filePath(u"annotations.jsonld"_s);
        QCOMPARE(attache({u"export"_s, project, u"--format"_s, u"annotations"_s, u"-o"_s, out}).code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(root.value("type"_L1).toString(), u"AnnotationCollection"_s);
        const qint64 total = root.value("total"_L1).toInteger();
        QVERIFY(total > 5);
        QVERIFY(attache({u"info"_s, project}).outText().contains(u"annotations: %1"_s.arg(total)));
        const Run back = attache({u"import"_s, project, out});
        QCOMPARE(back.code, 0);
        QVERIFY2(back.outText().contains(u"%1 skipped"_s.arg(total)), qPrintable(back.outText()));
        QVERIFY(attache({u"info"_s, project}).outText().contains(u"annotations: %1"_s.arg(total)));
    }

    void importsDataFilesInOneTransaction()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"events.csv"_s);
        const QString ics = dir.filePath(u"events.ics"_s);
        const QString json = dir.filePath(u"project.json"_s);
        QCOMPARE(attache({u"export"_s, m_sample, u"--format"_s, u"csv"_s, u"-o"_s, csv}).code, 0);
        QCOMPARE(attache({u"export"_s, m_sample, u"--format"_s, u"ics"_s, u"-o"_s, ics}).code, 0);
        QCOMPARE(attache({u"export"_s, m_sample, u"--format"_s, u"json"_s, u"-o"_s, json}).code, 0);

        const QString project = dir.filePath(u"merged.attache"_s);
        QCOMPARE(attache({u"new"_s, project}).code, 0);
        const Run run = attache({u"import"_s, project, json, csv, ics});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.at(0), json + u": imported 6 events, 12 statements, 1 source; 13 new actors, 0 matched"_s);
        QVERIFY2(lines.at(1).startsWith(csv + u": imported 6 events; 0 new actors, "_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(2).startsWith(ics + u": imported 6 events; 0 new actors, "_s), qPrintable(lines.at(2)));
        const Run info = attache({u"info"_s, project});
        QVERIFY2(info.outText().contains(u"actors: 13\n"_s), qPrintable(info.outText()));
        QVERIFY(info.outText().contains(u"events: 18\n"_s));

        // A broken file among good ones: nothing from any of them is written.
        const QByteArray before = attache({u"export"_s, project, u"--format"_s, u"json"_s}).out;
        const QString broken = dir.filePath(u"broken.csv"_s);
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Year,Month,Headline\n2025,8,Fine\n2025,14,Bad\n");
        file.close();
        const Run failed = attache({u"import"_s, project, csv, broken});
        const QString problem = errorProblem(failed, 1, broken + u": line 3, column 2: Month \"14\""_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(attache({u"export"_s, project, u"--format"_s, u"json"_s}).out, before);

        // Articles and data files do not mix in one command; articles still need --accept-all.
        const QString article = dir.filePath(u"article.txt"_s);
        QFile text(article);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("Ministers meet\n\nThe ministers met in Oslo on Monday.\n");
        text.close();
        QCOMPARE(attache({u"import"_s, project, csv, article}).code, 2);
        QCOMPARE(attache({u"import"_s, project, article}).code, 2);
    }
};

QTEST_GUILESS_MAIN(TestInterchangeCli)
#include "tst_interchange_cli.moc"
