// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as users and scripts see it: the real executable, run through QProcess, against the contract in
// design/CLI.md (exit status 0/1/2, one-line messages, JSON shapes, lossless export).
#include <algorithm>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include "clirun.h"
#include "sample/sample.h"

using namespace Qt::Literals::StringLiterals;
using attache::test::Run;
using attache::test::errorProblem;
using attache::test::readFile;

namespace {

/// One finished run of the executable.


bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QStringList entries(const QString& folder)
{
    return QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden, QDir::Name);
}


QJsonArray jsonArray(const QByteArray& bytes, QString* problem)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        *problem = u"not JSON: %1 in %2"_s.arg(error.errorString(), QString::fromUtf8(bytes));
    else if (!document.isArray())
        *problem = u"not a JSON array: %1"_s.arg(QString::fromUtf8(bytes));
    return document.array();
}

QStringList titlesOf(const QJsonArray& events)
{
    QStringList titles;
    for (const QJsonValue& e : events)
        titles.append(e.toObject().value(u"title"_s).toString());
    return titles;
}

// The sample's event titles, as resources/sample/alaska-summit.json spells them.
const QString summit = u"Trump\u2013Putin summit in Alaska"_s;
const QString whiteHouse = u"Zelenskyy and European leaders at the White House"_s;
const QString cnn = u"Witkoff on CNN's State of the Union"_s;
const QString nbc = u"Rubio on NBC's Meet the Press"_s;
const QString cbs = u"Rubio on CBS's Face the Nation"_s;
const QString truthSocial = u"Trump's Truth Social post on Russia"_s;

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private:
    /// Runs the executable in `workDir` (the shared folder by default) without any display, as scripts do.
    Run attache(const QStringList& arguments, const QString& workDir = {}) const
    {
        return attache::test::runHeadless(
            QStringLiteral(ATTACHE_EXECUTABLE), arguments, workDir.isEmpty() ? m_dir.path() : workDir);
    }

    /// The events `attache events` prints as JSON for `arguments` (after the project path).
    QJsonArray eventsJson(const QStringList& arguments)
    {
        const Run run = attache(QStringList{u"events"_s, m_sample, u"--json"_s} + arguments);
        if (run.code != 0) {
            QTest::qFail(qPrintable(u"events failed: "_s + run.errText()), __FILE__, __LINE__);
            return {};
        }
        QString problem;
        const QJsonArray array = jsonArray(run.out, &problem);
        if (!problem.isEmpty())
            QTest::qFail(qPrintable(problem), __FILE__, __LINE__);
        return array;
    }

    QTemporaryDir m_dir;
    QString m_sample; // the bundled sample, created by `attache sample` in m_dir
    QJsonObject m_sampleJson; // what the sample was made from
    QHash<qint64, QString> m_actorNames; // sample actor id -> name

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(QStringLiteral(ATTACHE_EXECUTABLE)).isExecutable(), ATTACHE_EXECUTABLE);
        QVERIFY(m_dir.isValid());
        const QJsonDocument document = QJsonDocument::fromJson(attache::sample::json());
        QVERIFY(document.isObject());
        m_sampleJson = document.object();
        for (const QJsonValue& actor : m_sampleJson.value(u"actors"_s).toArray())
            m_actorNames.insert(actor[u"id"_s].toInteger(), actor[u"name"_s].toString());

        m_sample = m_dir.filePath(u"sample.attache"_s);
        const Run run = attache({u"sample"_s, m_sample});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY2(run.err.isEmpty(), qPrintable(run.errText()));
        QVERIFY2(run.outText().startsWith(u"created "_s + m_sample), qPrintable(run.outText()));
        QVERIFY(QFileInfo(m_sample).size() > 0);
    }

    void version()
    {
        const Run run = attache({u"--version"_s});
        QCOMPARE(run.code, 0);
        QCOMPARE(run.outText().trimmed(), u"attache "_s + QStringLiteral(ATTACHE_VERSION));
        QVERIFY(run.err.isEmpty());
    }

    void helpListsEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : {u"new"_s, u"sample"_s, u"info"_s, u"events"_s, u"search"_s, u"export"_s,
                 u"generate"_s, u"extract"_s, u"import"_s})
            QTest::newRow(qPrintable(command)) << command;
    }
    void helpListsEveryCommand()
    {
        QFETCH(QString, command);
        const Run run = attache({u"--help"_s});
        QCOMPARE(run.code, 0);
        const QRegularExpression line(u"^\\s+attache %1( |$)"_s.arg(command), QRegularExpression::MultilineOption);
        QVERIFY2(line.match(run.outText()).hasMatch(), qPrintable(run.outText()));
        // The command exists: without its arguments it is a usage error about it, not an unknown command.
        const Run bare = attache({command});
        QCOMPARE(bare.code, 2);
        QVERIFY2(!bare.errText().contains(u"unknown command"_s), qPrintable(bare.errText()));
    }

    // Help must not promise what the executable does not do.
    void helpListsOnlyImplementedCommands()
    {
        const Run run = attache({u"--help"_s});
        QCOMPARE(run.code, 0);
        const QRegularExpression line(u"^\\s+attache ([a-z]+)"_s, QRegularExpression::MultilineOption);
        QStringList listed;
        for (auto it = line.globalMatch(run.outText()); it.hasNext();)
            listed.append(it.next().captured(1));
        QVERIFY(listed.size() >= 7);
        for (const QString& command : std::as_const(listed)) {
            const Run bare = attache({command});
            QVERIFY2(bare.code == 2 && !bare.errText().contains(u"unknown command"_s),
                qPrintable(command + u": "_s + bare.errText()));
        }
    }

    void infoCountsTheSample()
    {
        const Run run = attache({u"info"_s, m_sample});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QVERIFY(run.err.isEmpty());
        QHash<QString, QString> fields;
        for (const QString& line : run.outText().split(u'\n', Qt::SkipEmptyParts)) {
            const qsizetype colon = line.indexOf(u": "_s);
            QVERIFY2(colon > 0, qPrintable(line));
            fields.insert(line.left(colon), line.mid(colon + 2));
        }
        QCOMPARE(fields.value(u"project"_s), m_sample);
        QVERIFY(fields.value(u"schema"_s).toInt() >= 1);
        const auto count = [this](const char* key) {
            return QString::number(m_sampleJson.value(QLatin1StringView(key)).toArray().size());
        };
        QCOMPARE(fields.value(u"actors"_s), count("actors"));
        QCOMPARE(fields.value(u"events"_s), count("events"));
        QCOMPARE(fields.value(u"statements"_s), count("statements"));
        QCOMPARE(fields.value(u"sources"_s), count("sources"));
        QCOMPARE(fields.value(u"annotations"_s), count("annotations"));
        // The bundled sample's documented size, so that an emptied sample cannot pass the comparisons above.
        QCOMPARE(fields.value(u"actors"_s), u"13"_s);
        QCOMPARE(fields.value(u"events"_s), u"6"_s);
        QCOMPARE(fields.value(u"statements"_s), u"12"_s);
        QCOMPARE(fields.value(u"sources"_s), u"1"_s);
        QCOMPARE(fields.value(u"span"_s), u"2025-08-15 .. 2025-08-18"_s);
    }

    void eventsInTimeOrder()
    {
        // Expected: the sample's events by start date, ties by id (the order the repository promises).
        QList<QPair<QString, qint64>> expected;
        for (const QJsonValue& e : m_sampleJson.value(u"events"_s).toArray())
            expected.append({e[u"start"_s].toString(), e[u"id"_s].toInteger()});
        std::sort(expected.begin(), expected.end());
        QVERIFY(expected.size() == 6);

        const Run run = attache({u"events"_s, m_sample});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QStringList columns = lines.at(i).split(u'\t');
            QVERIFY2(columns.size() == 5, qPrintable(lines.at(i)));
            QCOMPARE(columns.at(0).toLongLong(), expected.at(i).second);
            QCOMPARE(columns.at(1), expected.at(i).first);
        }
        QVERIFY(lines.first().contains(summit));
        QVERIFY(lines.last().contains(whiteHouse));

        const QJsonArray json = eventsJson({});
        QCOMPARE(json.size(), expected.size());
        for (qsizetype i = 0; i < json.size(); ++i)
            QCOMPARE(json.at(i)[u"id"_s].toInteger(), expected.at(i).second);
    }

    void eventsJsonHasTheContractFields()
    {
        const QJsonArray events = eventsJson({});
        QCOMPARE(events.size(), m_sampleJson.value(u"events"_s).toArray().size());
        QHash<qint64, QJsonObject> source;
        for (const QJsonValue& e : m_sampleJson.value(u"events"_s).toArray())
            source.insert(e[u"id"_s].toInteger(), e.toObject());

        const QStringList keys{u"end"_s, u"id"_s, u"kind"_s, u"location"_s, u"participants"_s, u"start"_s, u"status"_s,
            u"title"_s};
        for (const QJsonValue& value : events) {
            QVERIFY(value.isObject());
            const QJsonObject e = value.toObject();
            QCOMPARE(e.keys(), keys);
            QVERIFY2(e[u"id"_s].isDouble() && e[u"id"_s].toDouble() == double(e[u"id"_s].toInteger()),
                "id is an integer");
            QVERIFY2(source.contains(e[u"id"_s].toInteger()), "ids are the project's ids");
            const QJsonObject in = source.value(e[u"id"_s].toInteger());
            QCOMPARE(e[u"title"_s].toString(), in[u"title"_s].toString());
            QCOMPARE(e[u"kind"_s].toString(), in[u"kind"_s].toString());
            QCOMPARE(e[u"status"_s].toString(), in[u"status"_s].toString());
            QCOMPARE(e[u"start"_s].toString(), in[u"start"_s].toString());
            QVERIFY2(e[u"end"_s].isNull(), "the sample's events have no end");
            QCOMPARE(e[u"location"_s].toString(), in[u"location"_s].toString());
            QVERIFY(e[u"participants"_s].isArray());
            QStringList names;
            for (const QJsonValue& p : e[u"participants"_s].toArray()) {
                QVERIFY2(p.isString(), "participants are names");
                names.append(p.toString());
            }
            QStringList expectedNames;
            for (const QJsonValue& p : in[u"participants"_s].toArray())
                expectedNames.append(m_actorNames.value(p[u"actor"_s].toInteger()));
            QCOMPARE(names, expectedNames);
        }
        const QJsonObject first = events.first().toObject();
        QCOMPARE(first[u"title"_s].toString(), summit);
        QCOMPARE(first[u"kind"_s].toString(), u"summit"_s);
        QCOMPARE(first[u"start"_s].toString(), u"2025-08-15"_s);
        QCOMPARE(first[u"participants"_s].toArray().first().toString(), u"Donald Trump"_s);
    }

    void eventsFilter_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("from a day") << QStringList{u"--from"_s, u"2025-08-17"_s}
                                    << QStringList{cnn, nbc, cbs, truthSocial, whiteHouse};
        QTest::newRow("to a day") << QStringList{u"--to"_s, u"2025-08-16"_s} << QStringList{summit};
        QTest::newRow("from and to") << QStringList{u"--from"_s, u"2025-08-16"_s, u"--to"_s, u"2025-08-17"_s}
                                     << QStringList{cnn, nbc, cbs, truthSocial};
        QTest::newRow("from a month") << QStringList{u"--from"_s, u"2025-08"_s}
                                      << QStringList{summit, cnn, nbc, cbs, truthSocial, whiteHouse};
        QTest::newRow("to before everything") << QStringList{u"--to"_s, u"2025-08-14"_s} << QStringList{};
        QTest::newRow("actor by name") << QStringList{u"--actor"_s, u"Marco Rubio"_s} << QStringList{nbc, cbs};
        QTest::newRow("actor by alias") << QStringList{u"--actor"_s, u"Rubio"_s} << QStringList{nbc, cbs};
        QTest::newRow("actor alias, other case") << QStringList{u"--actor"_s, u"rubio"_s} << QStringList{nbc, cbs};
        QTest::newRow("actor by second alias") << QStringList{u"--actor"_s, u"Zelensky"_s}
                                               << QStringList{summit, whiteHouse};
        QTest::newRow("state by alias") << QStringList{u"--actor"_s, u"the Kremlin"_s} << QStringList{truthSocial};
        QTest::newRow("host of three") << QStringList{u"--actor"_s, u"Donald Trump"_s}
                                       << QStringList{summit, truthSocial, whiteHouse};
        QTest::newRow("kind interview") << QStringList{u"--kind"_s, u"interview"_s} << QStringList{cnn, nbc, cbs};
        QTest::newRow("kind summit") << QStringList{u"--kind"_s, u"summit"_s} << QStringList{summit};
        QTest::newRow("kind with no events") << QStringList{u"--kind"_s, u"sanction"_s} << QStringList{};
        QTest::newRow("actor and kind") << QStringList{u"--actor"_s, u"Trump"_s, u"--kind"_s, u"post"_s}
                                        << QStringList{truthSocial};
        QTest::newRow("actor and from") << QStringList{u"--actor"_s, u"Trump"_s, u"--from"_s, u"2025-08-18"_s}
                                        << QStringList{whiteHouse};
    }
    void eventsFilter()
    {
        QFETCH(QStringList, options);
        QFETCH(QStringList, titles);
        const QJsonArray events = eventsJson(options);
        QCOMPARE(titlesOf(events), titles);
        // The text listing applies the same filter.
        const Run text = attache(QStringList{u"events"_s, m_sample} + options);
        QCOMPARE(text.code, 0);
        QCOMPARE(text.outText().split(u'\n', Qt::SkipEmptyParts).size(), titles.size());
    }

    void unknownActorFails()
    {
        const Run run = attache({u"events"_s, m_sample, u"--actor"_s, u"Nobody Atall"_s});
        const QString problem = errorProblem(run, 1, u"Nobody Atall"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(run.errText().contains(m_sample));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("needle");
        const QString p = u"sample.attache"_s; // relative to the working folder
        QTest::newRow("bad kind") << QStringList{u"events"_s, p, u"--kind"_s, u"banquet"_s} << u"--kind"_s;
        QTest::newRow("bad month") << QStringList{u"events"_s, p, u"--from"_s, u"2025-13-45"_s} << u"--from"_s;
        QTest::newRow("not a date") << QStringList{u"events"_s, p, u"--to"_s, u"yesterday"_s} << u"--to"_s;
        QTest::newRow("option without value") << QStringList{u"events"_s, p, u"--from"_s} << u"from"_s;
        QTest::newRow("info without project") << QStringList{u"info"_s} << u"usage: attache info"_s;
        QTest::newRow("events without project") << QStringList{u"events"_s} << u"usage: attache events"_s;
        QTest::newRow("new without path") << QStringList{u"new"_s} << u"usage: attache new"_s;
        QTest::newRow("search without query") << QStringList{u"search"_s, p} << u"usage: attache search"_s;
        QTest::newRow("export without format") << QStringList{u"export"_s, p} << u"usage: attache export"_s;
        QTest::newRow("generate without count") << QStringList{u"generate"_s, u"g.attache"_s}
                                                << u"usage: attache generate"_s;
        QTest::newRow("generate bad count") << QStringList{u"generate"_s, u"g.attache"_s, u"--events"_s, u"many"_s}
                                            << u"--events"_s;
        QTest::newRow("too many arguments") << QStringList{u"info"_s, p, u"extra"_s} << u"usage: attache info"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
        QTest::newRow("unknown option") << QStringList{u"info"_s, p, u"--verbose"_s} << u"verbose"_s;
        QTest::newRow("unknown events option") << QStringList{u"events"_s, p, u"--colour"_s} << u"colour"_s;
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, needle);
        const QStringList before = entries(m_dir.path());
        const Run run = attache(arguments);
        const QString problem = errorProblem(run, 2, needle);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(entries(m_dir.path()), before); // a usage error creates nothing
    }

    void search()
    {
        const Run run = attache({u"search"_s, m_sample, u"Alaska"_s});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        const QStringList lines = run.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!lines.isEmpty());
        bool summitFound = false;
        for (const QString& line : lines) {
            const QStringList columns = line.split(u'\t');
            QVERIFY2(columns.size() == 4, qPrintable(line));
            QVERIFY2(columns.at(3).contains(u"[Alaska]"_s), qPrintable(line));
            summitFound = summitFound || (columns.at(0) == u"event"_s && columns.at(1) == u"1"_s);
        }
        QVERIFY2(summitFound, qPrintable(run.outText()));
    }

    void searchJson()
    {
        const Run run = attache({u"search"_s, m_sample, u"Alaska"_s, u"--json"_s});
        QVERIFY2(run.code == 0, qPrintable(run.errText()));
        QString problem;
        const QJsonArray hits = jsonArray(run.out, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(!hits.isEmpty());
        const QStringList types{u"actor"_s, u"event"_s, u"statement"_s, u"source"_s};
        bool summitFound = false;
        for (const QJsonValue& value : hits) {
            const QJsonObject hit = value.toObject();
            QVERIFY2(types.contains(hit[u"type"_s].toString()), qPrintable(hit[u"type"_s].toString()));
            QVERIFY(hit[u"id"_s].isDouble());
            QVERIFY(hit[u"id"_s].toInteger() > 0);
            QVERIFY2(hit[u"snippet"_s].toString().contains(u"[Alaska]"_s), qPrintable(hit[u"snippet"_s].toString()));
            if (hit[u"type"_s].toString() == u"event"_s && hit[u"id"_s].toInteger() == 1) {
                summitFound = true;
                QCOMPARE(hit[u"title"_s].toString(), summit);
            }
        }
        QVERIFY(summitFound);

        // A word the sample does not contain finds nothing, successfully.
        const Run none = attache({u"search"_s, m_sample, u"Zanzibar"_s, u"--json"_s});
        QCOMPARE(none.code, 0);
        QCOMPARE(jsonArray(none.out, &problem).size(), 0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void exportRoundTripIsLossless()
    {
        QTemporaryDir dir;
        const Run toStdout = attache({u"export"_s, m_sample, u"--format"_s, u"json"_s});
        QVERIFY2(toStdout.code == 0, qPrintable(toStdout.errText()));
        QVERIFY(toStdout.err.isEmpty());
        const QJsonDocument exported = QJsonDocument::fromJson(toStdout.out);
        QVERIFY(exported.isObject());
        QCOMPARE(exported[u"format"_s].toString(), u"attache-project"_s);
        for (const QString& key : {u"actors"_s, u"events"_s, u"statements"_s, u"sources"_s, u"annotations"_s})
            QCOMPARE(exported[key].toArray().size(), m_sampleJson.value(key).toArray().size());

        const QString file = dir.filePath(u"sample.json"_s);
        const Run toFile = attache({u"export"_s, m_sample, u"--format"_s, u"json"_s, u"-o"_s, file});
        QVERIFY2(toFile.code == 0, qPrintable(toFile.errText()));
        QVERIFY(toFile.out.isEmpty());
        QCOMPARE(readFile(file), toStdout.out);

        const QString copy = dir.filePath(u"copy.attache"_s);
        const Run created = attache({u"new"_s, copy, u"--from-json"_s, file});
        QVERIFY2(created.code == 0, qPrintable(created.errText()));
        const Run again = attache({u"export"_s, copy, u"--format"_s, u"json"_s});
        QVERIFY2(again.code == 0, qPrintable(again.errText()));
        QCOMPARE(again.out, toStdout.out);
    }

    void exportUnsupportedFormatFails()
    {
        const Run run = attache({u"export"_s, m_sample, u"--format"_s, u"xml"_s});
        const QString problem = errorProblem(run, 1, u"\"xml\" is not supported"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(run.errText().contains(u"json"_s), "the message says what is supported");
    }

    void newRefusesAnExistingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"existing.attache"_s);
        QVERIFY(QFile::copy(m_sample, path));
        const QByteArray before = readFile(path);
        const QStringList filesBefore = entries(dir.path());
        const Run run = attache({u"new"_s, path});
        const QString problem = errorProblem(run, 1, u"already exists"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(run.errText().contains(path));
        QCOMPARE(readFile(path), before);
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    void newFromMalformedJsonLeavesNothing()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(u"broken.json"_s);
        // Line 5 has a doubled comma.
        QVERIFY(writeFile(json,
            "{\n"
            "  \"format\": \"attache-project\",\n"
            "  \"version\": 1,\n"
            "  \"actors\": [\n"
            "    {\"id\": 1, \"name\": \"Lena Varga\",, \"kind\": \"person\"}\n"
            "  ]\n"
            "}\n"));
        const QStringList filesBefore = entries(dir.path());
        const QString path = dir.filePath(u"fromjson.attache"_s);
        const Run run = attache({u"new"_s, path, u"--from-json"_s, json});
        const QString problem = errorProblem(run, 1, json);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY2(run.errText().contains(u"line 5"_s), qPrintable(run.errText()));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    void infoRefusesWhatIsNotAProject_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray project = readFile(m_sample);
        QVERIFY(project.size() > 8192);
        // Our application id lives at bytes 68..71 of the SQLite header; another application's database differs.
        QVERIFY(project.startsWith(QByteArrayView("SQLite format 3\0", 16)));
        QByteArray foreign = project;
        qToBigEndian<quint32>(0x4D504C53, foreign.data() + 68);
        QVERIFY(foreign.mid(68, 4) != project.mid(68, 4));

        QTest::newRow("text file") << QByteArray("Minutes of the ministerial meeting.\nNo database here.\n")
                                   << u"not an Attaché project (it is not a SQLite database)"_s;
        QTest::newRow("empty file") << QByteArray() << u"is empty"_s;
        QTest::newRow("other application") << foreign << u"it is a SQLite database of another application"_s;
        QTest::newRow("truncated") << project.left(4096) << u"is damaged: the file is truncated"_s;
    }
    void infoRefusesWhatIsNotAProject()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"suspect.attache"_s);
        QVERIFY(writeFile(path, bytes));
        const QStringList filesBefore = entries(dir.path());

        const Run run = attache({u"info"_s, path});
        const QString problem = errorProblem(run, 1, reason);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(run.errText().contains(path));
        QCOMPARE(readFile(path), bytes);
        // Refused before SQLite saw it: not even a -wal or -shm beside it.
        QCOMPARE(entries(dir.path()), filesBefore);
    }

    void generateIsReproducible()
    {
        QTemporaryDir dir;
        const auto generate = [&](const QString& name, const QString& seed) {
            const QString path = dir.filePath(name);
            const Run run = attache({u"generate"_s, path, u"--events"_s, u"500"_s, u"--seed"_s, seed});
            return run.code == 0 ? path : u"failed: "_s + run.errText();
        };
        const QString first = generate(u"first.attache"_s, u"7"_s);
        QVERIFY2(QFileInfo::exists(first), qPrintable(first));
        const QString second = generate(u"second.attache"_s, u"7"_s);
        QVERIFY2(QFileInfo::exists(second), qPrintable(second));
        const QString other = generate(u"other.attache"_s, u"8"_s);
        QVERIFY2(QFileInfo::exists(other), qPrintable(other));

        const Run info = attache({u"info"_s, first});
        QCOMPARE(info.code, 0);
        const QStringList lines = info.outText().split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.contains(u"events: 500"_s), qPrintable(info.outText()));
        QVERIFY2(lines.contains(u"actors: 200"_s), qPrintable(info.outText()));

        const auto exported = [this](const QString& path) {
            return attache({u"export"_s, path, u"--format"_s, u"json"_s}).out;
        };
        const QByteArray a = exported(first);
        QVERIFY(a.size() > 10000);
        QCOMPARE(exported(second), a);
        QVERIFY2(exported(other) != a, "a different seed gives a different project");
    }

    void extractPrintsTheExtractionJson()
    {
        const QString article = m_dir.filePath(u"visit.txt"_s);
        QVERIFY(writeFile(article, "Ministers meet in Oslo\n\nForeign Minister Ada Lindqvist met Special Envoy Tomas Berglund "
                                   "in Oslo on Monday to discuss the border.\n\n\"We are closer than ever,\" Lindqvist "
                                   "told reporters after the meeting.\n"));
        const Run run = attache({u"extract"_s, article, u"--published"_s, u"2030-03-05"_s});
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(json.value(u"source"_s).toObject().value(u"title"_s).toString(), u"Ministers meet in Oslo"_s);
        QCOMPARE(json.value(u"source"_s).toObject().value(u"published_origin"_s).toString(), u"given"_s);
        const QJsonArray statements = json.value(u"statements"_s).toArray();
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements.at(0).toObject().value(u"speaker"_s).toString(), u"Ada Lindqvist"_s);
        // Said "after the meeting" of Monday, the occasion the sentence before sets.
        QCOMPARE(statements.at(0).toObject().value(u"date"_s).toString(), u"2030-03-04"_s);
        bool meeting = false;
        for (const QJsonValue& e : json.value(u"events"_s).toArray())
            meeting = meeting || (e.toObject().value(u"kind"_s).toString() == u"meeting"_s
                                     && e.toObject().value(u"date"_s).toString() == u"2030-03-04"_s);
        QVERIFY(meeting);
        // Bad input: one line, exit 1.
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        QVERIFY(writeFile(empty, {}));
        const Run refused = attache({u"extract"_s, empty});
        QVERIFY2(errorProblem(refused, 1, u"not a text or HTML article"_s).isEmpty(), qPrintable(errorProblem(refused, 1, u"not a text or HTML article"_s)));
        const Run badDate = attache({u"extract"_s, article, u"--published"_s, u"yesterday"_s});
        QCOMPARE(badDate.code, 2);
    }

    void importStoresArticlesOnceEach()
    {
        QTemporaryDir dir;
        const QString project = dir.filePath(u"imports.attache"_s);
        QCOMPARE(attache({u"new"_s, project}).code, 0);
        const QString article = dir.filePath(u"summit.txt"_s);
        QVERIFY(writeFile(article, "Leaders agree at summit\n\nPresident Ivan Petrenko and Prime Minister Karin Holm met at a "
                                   "summit in Geneva on Friday and signed an agreement on water.\n\n\"This is a good day,\" "
                                   "Petrenko said.\n"));
        const QString broken = dir.filePath(u"broken.txt"_s);
        QVERIFY(writeFile(broken, QByteArray("\0\1\2binary", 9)));
        // Without --accept-all there is no one to accept the candidates: a usage error.
        QCOMPARE(attache({u"import"_s, project, article}).code, 2);
        const Run run = attache({u"import"_s, project, broken, article, u"--published"_s, u"2030-05-12"_s, u"--accept-all"_s});
        // The broken file is reported and the other goes on.
        QCOMPARE(run.code, 1);
        QVERIFY(run.errText().contains(u"broken.txt: not a text or HTML article"_s));
        QVERIFY(run.outText().contains(u"imported"_s));
        const Run info = attache({u"info"_s, project});
        QVERIFY2(info.outText().contains(u"sources: 1"_s), qPrintable(info.outText()));
        QVERIFY(info.outText().contains(u"statements: 1"_s));
        QVERIFY(!info.outText().contains(u"annotations: 0"_s));
        const QJsonObject json = QJsonDocument::fromJson(attache({u"export"_s, project, u"--format"_s, u"json"_s}).out).object();
        const QJsonObject source = json.value(u"sources"_s).toArray().at(0).toObject();
        QCOMPARE(source.value(u"title"_s).toString(), u"Leaders agree at summit"_s);
        QVERIFY(source.value(u"original"_s).toString().startsWith(u"Leaders agree at summit"_s));
        const QJsonObject statement = json.value(u"statements"_s).toArray().at(0).toObject();
        QCOMPARE(statement.value(u"text"_s).toString(), u"This is a good day,"_s);
        // The span points at the words in the source text.
        const QJsonArray span = statement.value(u"span"_s).toArray();
        QCOMPARE(source.value(u"text"_s).toString().mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt()),
            u"This is a good day,"_s);
        // The same text again is refused, unless forced.
        const Run again = attache({u"import"_s, project, article, u"--accept-all"_s});
        QVERIFY2(errorProblem(again, 1, u"already imported"_s).isEmpty(), qPrintable(errorProblem(again, 1, u"already imported"_s)));
        QCOMPARE(attache({u"import"_s, project, article, u"--accept-all"_s, u"--force"_s}).code, 0);
        QVERIFY(attache({u"info"_s, project}).outText().contains(u"sources: 2"_s));
    }

    void importAddsAnotherSpellingAsAnAlias()
    {
        // The second report spells the president as another outlet transliterates him: the same actor, who gains
        // that spelling as an alias.
        QTemporaryDir dir;
        const QString project = dir.filePath(u"spellings.attache"_s);
        QCOMPARE(attache({u"new"_s, project}).code, 0);
        const QString first = dir.filePath(u"first.txt"_s);
        QVERIFY(writeFile(first, "Leaders meet on the river\n\nPresident Taras Volynskyy met Prime Minister Karin Holm "
                                 "in Geneva on Friday to discuss water rights.\n"));
        const QString second = dir.filePath(u"second.txt"_s);
        QVERIFY(writeFile(second, "River talks go on\n\nPresident Taras Volynskiy met Prime Minister Karin Holm in "
                                  "Geneva again on Monday, aides said.\n"));
        QCOMPARE(attache({u"import"_s, project, first, u"--published"_s, u"2030-05-12"_s, u"--accept-all"_s}).code, 0);
        QCOMPARE(attache({u"import"_s, project, second, u"--published"_s, u"2030-05-15"_s, u"--accept-all"_s}).code, 0);
        const QJsonObject json
            = QJsonDocument::fromJson(attache({u"export"_s, project, u"--format"_s, u"json"_s}).out).object();
        QJsonObject president;
        int presidents = 0;
        for (const QJsonValue& a : json.value(u"actors"_s).toArray()) {
            if (a.toObject().value(u"name"_s).toString().startsWith(u"Taras"_s)) {
                president = a.toObject();
                ++presidents;
            }
        }
        QCOMPARE(presidents, 1);
        QCOMPARE(president.value(u"name"_s).toString(), u"Taras Volynskyy"_s);
        QVERIFY2(president.value(u"aliases"_s).toArray().contains(u"Taras Volynskiy"_s),
            qPrintable(QString::fromUtf8(QJsonDocument(president).toJson())));
    }

    void extractMatchesAgainstAProject()
    {
        // Against the sample, a report of the Alaska summit finds the people and the summit already there.
        const QString article = m_dir.filePath(u"followup.txt"_s);
        QVERIFY(writeFile(article, "Envoy recalls summit\n\nSpecial Envoy Steve Witkoff said on Tuesday that President Donald "
                                   "Trump and President Vladimir Putin had made progress at their summit in Alaska on Friday, "
                                   "August 15.\n"));
        const Run run = attache({u"extract"_s, article, u"--published"_s, u"2025-08-19"_s, u"--project"_s, m_sample});
        QCOMPARE(run.code, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out).object();
        int matchedPeople = 0;
        for (const QJsonValue& a : json.value(u"actors"_s).toArray()) {
            if (!a.toObject().value(u"project_id"_s).isNull())
                ++matchedPeople;
        }
        QVERIFY2(matchedPeople >= 3, qPrintable(run.outText()));
        bool summit = false;
        for (const QJsonValue& e : json.value(u"events"_s).toArray()) {
            const QJsonObject o = e.toObject();
            if (o.value(u"kind"_s).toString() == u"summit"_s) {
                summit = !o.value(u"project_id"_s).isNull() && o.value(u"match"_s).toString().contains(u"dates overlap"_s);
            }
        }
        QVERIFY2(summit, qPrintable(run.outText()));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
