// SPDX-License-Identifier: GPL-3.0-or-later
// CSV as RFC 4180 has it and spreadsheets read it, the events sheet in the TimelineJS layout, and its import.
#include <QTest>

#include "interchangeproject.h"
#include "interop/csv.h"
#include "interop/csvformat.h"
#include "interop/inputerror.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

/// The records of `data`, or the test fails.
QList<interop::csv::Record> records(const QByteArray& data)
{
    try {
        return interop::csv::parse(data);
    } catch (const interop::InputError& error) {
        QTest::qFail(qPrintable(u"line %1, column %2: %3"_s.arg(error.line).arg(error.column).arg(error.reason)),
            __FILE__, __LINE__);
        return {};
    }
}

/// The CSV without the column named `column`, so that exports of projects with other row ids compare.
QList<QStringList> withoutColumn(const QByteArray& data, const QString& column)
{
    QList<QStringList> rows;
    const QList<interop::csv::Record> all = records(data);
    const qsizetype at = all.isEmpty() ? -1 : all.first().fields.indexOf(column);
    for (const auto& record : all) {
        QStringList fields = record.fields;
        if (at >= 0)
            fields.removeAt(at);
        rows.append(fields);
    }
    return rows;
}

qint64 rowCount(Project& p)
{
    const ProjectStats s = p.stats();
    return s.actors + s.events + s.statements + s.sources + s.annotations;
}

} // namespace

class TestCsvFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writerQuotesAsRfc4180Says_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QByteArray>("written");
        QTest::newRow("plain") << u"Geneva"_s << QByteArray("Geneva");
        QTest::newRow("empty") << QString() << QByteArray("");
        QTest::newRow("comma") << u"Geneva, Switzerland"_s << QByteArray("\"Geneva, Switzerland\"");
        QTest::newRow("quote") << u"the \"Envoy\""_s << QByteArray("\"the \"\"Envoy\"\"\"");
        QTest::newRow("line break") << u"one\ntwo"_s << QByteArray("\"one\ntwo\"");
        QTest::newRow("carriage return") << u"one\r\ntwo"_s << QByteArray("\"one\r\ntwo\"");
        QTest::newRow("leading space") << u" indented"_s << QByteArray("\" indented\"");
        QTest::newRow("semicolon stays bare") << u"a; b"_s << QByteArray("a; b");
        QTest::newRow("utf-8") << u"Müller 🤝"_s << u"Müller 🤝"_s.toUtf8();
    }
    void writerQuotesAsRfc4180Says()
    {
        QFETCH(QString, field);
        QFETCH(QByteArray, written);
        interop::csv::Writer writer;
        writer.addRecord({u"before"_s, field, u"after"_s});
        QCOMPARE(writer.data(), "before," + written + ",after\r\n");
        // And it reads back as it was.
        const QList<interop::csv::Record> back = records(writer.data());
        QCOMPARE(back.size(), 1);
        QCOMPARE(
            back.first().fields, (QStringList {u"before"_s, QString(field).replace(u"\r\n"_s, u"\n"_s), u"after"_s}));
    }

    void byteOrderMarkOnlyWhenAsked()
    {
        interop::csv::Writer plain;
        plain.addRecord({u"a"_s});
        QCOMPARE(plain.data(), QByteArray("a\r\n"));
        interop::csv::Writer marked(true);
        marked.addRecord({u"a"_s});
        QCOMPARE(marked.data(),
            QByteArray("\xEF\xBB\xBF"
                       "a\r\n"));
        QCOMPARE(records(marked.data()).first().fields, QStringList {u"a"_s});
    }

    void parserReadsSpreadsheetFiles_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QList<QStringList>>("expected");
        QTest::addColumn<QList<qsizetype>>("lines");
        QTest::newRow("LF") << QByteArray("a,b\nc,d\n") << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
                            << QList<qsizetype> {1, 2};
        QTest::newRow("CRLF, no final break")
            << QByteArray("a,b\r\nc,d") << QList<QStringList> {{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}
            << QList<qsizetype> {1, 2};
        QTest::newRow("line break in a field moves the next record down")
            << QByteArray("h1,h2\r\n\"one\r\ntwo\",x\r\nlast,y\r\n")
            << QList<QStringList> {{u"h1"_s, u"h2"_s}, {u"one\ntwo"_s, u"x"_s}, {u"last"_s, u"y"_s}}
            << QList<qsizetype> {1, 2, 4};
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\nb\n") << QList<QStringList> {{u"a"_s}, {u"b"_s}} << QList<qsizetype> {1, 3};
        QTest::newRow("empty fields") << QByteArray(",,\n") << QList<QStringList> {{QString(), QString(), QString()}}
                                      << QList<qsizetype> {1};
        QTest::newRow("semicolons when the header has no comma")
            << QByteArray("Year;Headline\n2024;\"Talks; more\"\n")
            << QList<QStringList> {{u"Year"_s, u"Headline"_s}, {u"2024"_s, u"Talks; more"_s}}
            << QList<qsizetype> {1, 2};
        QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBFYear,Headline\n")
                                         << QList<QStringList> {{u"Year"_s, u"Headline"_s}} << QList<qsizetype> {1};
    }
    void parserReadsSpreadsheetFiles()
    {
        QFETCH(QByteArray, data);
        QFETCH(QList<QStringList>, expected);
        QFETCH(QList<qsizetype>, lines);
        const QList<interop::csv::Record> read = records(data);
        QCOMPARE(read.size(), expected.size());
        for (qsizetype i = 0; i < read.size(); ++i) {
            QCOMPARE(read.at(i).fields, expected.at(i));
            QCOMPARE(read.at(i).line(), lines.at(i));
        }
    }

    void parserErrorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qsizetype>("line");
        QTest::addColumn<qsizetype>("column");
        QTest::newRow("quote never closed") << QByteArray("a,b\nc,\"open\nmore\n") << qsizetype(2) << qsizetype(3);
        QTest::newRow("text after closing quote") << QByteArray("a,b\n\"x\"y,z\n") << qsizetype(2) << qsizetype(4);
        QTest::newRow("not UTF-8") << QByteArray("a,b\nc,d\ne,\xff\xfe\n") << qsizetype(3) << qsizetype(0);
    }
    void parserErrorsSayWhere()
    {
        QFETCH(QByteArray, data);
        QFETCH(qsizetype, line);
        QFETCH(qsizetype, column);
        try {
            interop::csv::parse(data);
            QFAIL("malformed CSV was accepted");
        } catch (const interop::InputError& error) {
            QCOMPARE(error.line, line);
            QCOMPARE(error.column, column);
            QVERIFY(!error.reason.isEmpty());
        }
    }

    void eventsSheetHasTheTimelineJsLayout()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        const QList<interop::csv::Record> rows = records(csvformat::writeEvents(*p));
        QCOMPARE(rows.size(), 6);
        const QStringList header = rows.first().fields;
        QCOMPARE(header, csvformat::eventColumns());
        QCOMPARE(header.mid(0, 18),
            (QStringList {u"Year"_s, u"Month"_s, u"Day"_s, u"Time"_s, u"End Year"_s, u"End Month"_s, u"End Day"_s,
                u"End Time"_s, u"Display Date"_s, u"Headline"_s, u"Text"_s, u"Media"_s, u"Media Credit"_s,
                u"Media Caption"_s, u"Media Thumbnail"_s, u"Type"_s, u"Group"_s, u"Background"_s}));
        const auto row = [&](const QString& headline) {
            for (const auto& r : rows) {
                if (r.fields.at(9) == headline)
                    return r.fields;
            }
            return QStringList();
        };
        const QStringList agreement = row(u"Framework agreement"_s);
        QCOMPARE(agreement.mid(0, 8), (QStringList {u"2023"_s, {}, {}, {}, {}, {}, {}, {}}));
        const QStringList talks = row(u"Talks in Geneva, \"round two\""_s);
        QCOMPARE(talks.mid(0, 8),
            (QStringList {u"2024"_s, u"4"_s, u"10"_s, u"09:30"_s, u"2024"_s, u"4"_s, u"10"_s, u"17:00"_s}));
        QCOMPARE(talks.at(16), u"Zoltan Petrov"_s); // Group: the lane
        QCOMPARE(talks.at(header.indexOf(u"Participants"_s)),
            u"Zoltan Petrov (host); Ana \"the Envoy\" Müller, Jr. (guest); Elbonia (mentioned)"_s);
        QCOMPARE(talks.at(header.indexOf(u"Start (EDTF)"_s)), u"2024-04-10T09:30+02:00"_s);
        QCOMPARE(talks.at(10), u"First line, with a comma.\nSecond line; with a semicolon \\ and a backslash."_s);
        const QStringList sanction = row(u"Sanctions announced"_s);
        QCOMPARE(sanction.mid(0, 3), (QStringList {u"2024"_s, u"6"_s, QString()}));
        QCOMPARE(sanction.at(8), u"c. Jun 2024"_s);
    }

    void eventsRoundTrip()
    {
        test::TempProject first;
        test::fillInterchange(*first);
        const QByteArray exported = csvformat::writeEvents(*first, true);
        QVERIFY(exported.startsWith("\xEF\xBB\xBF"));
        test::TempProject second;
        const auto read = csvformat::readEvents(exported, u"events.csv"_s, *second);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->events, 5);
        QCOMPARE(read->actorsAdded, 3);
        QCOMPARE(test::eventTexts(*second), test::eventTexts(*first));
        QCOMPARE(withoutColumn(csvformat::writeEvents(*second, true), u"ID"_s), withoutColumn(exported, u"ID"_s));
    }

    void timelineJsSheetImportsMatchingActors()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        const qint64 actorsBefore = p->stats().actors;
        // A sheet as made for TimelineJS: its own columns only, a title row, 12-hour times, HTML text, a lane per
        // actor.
        const QByteArray sheet
            = "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,"
              "Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n"
              ",,,,,,,,,Our timeline,Made for the web,,,,,title,,\r\n"
              "2024,9,3,2:30 PM,,,,,,\"Petrov meets the press, again\",\"<p>He said \"\"no\"\".</p>\","
              ",,,,,petrov,\r\n"
              "2024,10,,,2024,12,,,,Autumn tour,,,,,,,New Person,\r\n";
        const auto read = csvformat::readEvents(sheet, u"sheet.csv"_s, *p);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->events, 2);
        QCOMPARE(read->skipped, 1);
        QCOMPARE(read->actorsMatched, 1);
        QCOMPARE(read->actorsAdded, 1);
        QCOMPARE(p->stats().actors, actorsBefore + 1);
        const QList<Event> events = p->events().list();
        const auto found = std::find_if(events.cbegin(), events.cend(),
            [](const Event& e) { return e.title == u"Petrov meets the press, again"_s; });
        QVERIFY(found != events.cend());
        QCOMPARE(found->start.toString(), u"2024-09-03T14:30"_s);
        QCOMPARE(found->summary, u"<p>He said \"no\".</p>"_s);
        QCOMPARE(found->kind, EventKind::Other);
        QCOMPARE(found->participants.size(), 1);
        QCOMPARE(p->actors().find(found->participants.first().actor)->name, u"Zoltan Petrov"_s);
        const auto tour
            = std::find_if(events.cbegin(), events.cend(), [](const Event& e) { return e.title == u"Autumn tour"_s; });
        QVERIFY(tour != events.cend());
        QCOMPARE(tour->when().toString(), u"2024-10/2024-12"_s);
    }

    void importErrorsSayWhereAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("sheet");
        QTest::addColumn<QString>("message");
        const QByteArray header = "Year,Month,Day,Time,Headline,Kind\n";
        QTest::newRow("month 13") << header + "2024,1,1,,Fine,\n2024,13,1,,Bad month,\n"
                                  << u"sheet.csv: line 3, column 2: Month \"13\" is not a month (1 to 12)"_s;
        QTest::newRow("no such day") << header + "2024,2,30,,Leap,\n" << u"sheet.csv: line 2, column 1: Year "_s;
        QTest::newRow("time of day") << header + "2024,2,3,25:00,Late,\n"
                                     << u"sheet.csv: line 2, column 4: Time \"25:00\" is not a time of day"_s;
        QTest::newRow("empty headline") << header + "2024,2,3,,,\n"
                                        << u"sheet.csv: line 2, column 5: Headline is empty"_s;
        QTest::newRow("kind") << header + "2024,2,3,,T,banquet\n"
                              << u"sheet.csv: line 2, column 6: Kind \"banquet\" is not one of"_s;
        QTest::newRow("after a multi-line field") << header + "2024,2,3,,\"two\nlines\",\n2024,x,3,,T,\n"
                                                  << u"sheet.csv: line 4, column 2: Month \"x\""_s;
        QTest::newRow("no year column") << QByteArray("Headline\nT\n")
                                        << u"sheet.csv: line 1: the header has no \"Year\""_s;
        QTest::newRow("unclosed quote") << header + "2024,2,3,,\"never closed\n"
                                        << u"sheet.csv: line 2, column 11: the quotation mark"_s;
        QTest::newRow("empty file") << QByteArray() << u"sheet.csv: line 1: the file is empty"_s;
    }
    void importErrorsSayWhereAndWriteNothing()
    {
        QFETCH(QByteArray, sheet);
        QFETCH(QString, message);
        test::TempProject p;
        test::fillInterchange(*p);
        const qint64 before = rowCount(*p);
        const QStringList eventsBefore = test::eventTexts(*p);
        const auto read = csvformat::readEvents(sheet, u"sheet.csv"_s, *p);
        QVERIFY(!read.ok());
        // The checking half finds the same, without a project.
        const auto drafts = csvformat::readEventDrafts(sheet, u"sheet.csv"_s);
        QVERIFY(!drafts.ok());
        QCOMPARE(drafts.error(), read.error());
        QVERIFY2(read.error().startsWith(message), qPrintable(read.error()));
        QCOMPARE(rowCount(*p), before);
        QCOMPARE(test::eventTexts(*p), eventsBefore);
    }

    void statementsSheet()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        const Status written = p->write([&] {
            Statement st;
            st.speaker = p->actors().findByName(u"Petrov"_s)->id;
            st.text = u"We said \"no\", twice;\nand meant it."_s;
            st.when = test::date("2024-04-10");
            st.venue = p->events().list().at(1).id;
            st.about = {p->events().list().at(2).id};
            p->statements().insert(st);
        });
        QVERIFY(written.ok());
        const QList<interop::csv::Record> rows = records(csvformat::writeStatements(*p));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).fields, csvformat::statementColumns());
        const QStringList st = rows.at(1).fields;
        QCOMPARE(st.at(1), u"2024-04-10"_s);
        QCOMPARE(st.at(2), u"Zoltan Petrov"_s);
        QCOMPARE(st.at(3), u"direct"_s);
        QCOMPARE(st.at(4), u"We said \"no\", twice;\nand meant it."_s);
        QCOMPARE(st.at(5), p->events().list().at(1).title);
        QCOMPARE(st.at(6), p->events().list().at(2).title);
    }
};

QTEST_GUILESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
