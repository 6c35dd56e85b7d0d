// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineJS3 JSON and the GDELT-style table against what their formats require, the CAMEO table behind the
// latter, and the table of formats that the command line and the app offer.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include "interchangeproject.h"
#include "interop/cameo.h"
#include "interop/formats.h"
#include "interop/gdelt.h"
#include "interop/projectjson.h"
#include "interop/timelinejs.h"
#include "sample/sample.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

class TestExportFormats final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void timelineJsHasTheRequiredFields()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(timelinejs::write(*p), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonObject root = document.object();
        QCOMPARE(root[u"title"_s][u"text"_s][u"headline"_s].toString(), u"test"_s);
        const QJsonArray events = root[u"events"_s].toArray();
        QCOMPARE(events.size(), 5);
        QSet<QString> ids;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& value : events) {
            const QJsonObject slide = value.toObject();
            // start_date with a numeric year is required; headline or text is required; unique_id must be unique.
            QVERIFY(slide[u"start_date"_s][u"year"_s].isDouble());
            QVERIFY(!slide[u"text"_s][u"headline"_s].toString().isEmpty());
            const QString id = slide[u"unique_id"_s].toString();
            QVERIFY(id.startsWith(u"event-"_s));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            byId.insert(slide[u"text"_s][u"headline"_s].toString(), slide);
        }
        const QJsonObject talks = byId.value(u"Talks in Geneva, &quot;round two&quot;"_s);
        QCOMPARE(talks[u"start_date"_s].toObject(),
            (QJsonObject {{u"year"_s, 2024}, {u"month"_s, 4}, {u"day"_s, 10}, {u"hour"_s, 9}, {u"minute"_s, 30}}));
        QCOMPARE(talks[u"end_date"_s].toObject(),
            (QJsonObject {{u"year"_s, 2024}, {u"month"_s, 4}, {u"day"_s, 10}, {u"hour"_s, 17}, {u"minute"_s, 0}}));
        QCOMPARE(talks[u"group"_s].toString(), u"Zoltan Petrov"_s);
        const QString text = talks[u"text"_s][u"text"_s].toString();
        QVERIFY2(
            text.contains(u"<p>First line, with a comma.<br>Second line; with a semicolon \\ and a backslash.</p>"_s),
            qPrintable(text));
        QVERIFY2(text.contains(u"Ana &quot;the Envoy&quot; Müller, Jr."_s), qPrintable(text));
        const QJsonObject sanction = byId.value(u"Sanctions announced"_s);
        QCOMPARE(sanction[u"start_date"_s].toObject(), (QJsonObject {{u"year"_s, 2024}, {u"month"_s, 6}}));
        QVERIFY(!sanction.contains(u"end_date"_s));
        QCOMPARE(sanction[u"display_date"_s].toString(), u"c. Jun 2024"_s);
        QCOMPARE(sanction[u"group"_s].toString(), u"Elbonia"_s);
        // An event with no participant has no lane.
        QVERIFY(!byId.value(u"Framework agreement"_s).contains(u"group"_s));
        QCOMPARE(byId.value(u"Framework agreement"_s)[u"start_date"_s].toObject(), (QJsonObject {{u"year"_s, 2023}}));
    }

    void gdeltTable()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        const QStringList lines = QString::fromUtf8(gdelt::write(*p)).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 6);
        QCOMPARE(lines.first().split(u'\t'), gdelt::columns());
        QCOMPARE(gdelt::columns().mid(0, 2), (QStringList {u"GLOBALEVENTID"_s, u"SQLDATE"_s}));
        QHash<QString, QStringList> rows;
        for (const QString& line : lines.mid(1)) {
            const QStringList fields = line.split(u'\t');
            QCOMPARE(fields.size(), gdelt::columns().size());
            rows.insert(fields.at(1), fields);
        }
        // Own CAMEO code kept; the one only mentioned is not an actor.
        QCOMPARE(rows.value(u"20240410"_s).mid(2),
            (QStringList {u"202404"_s, u"2024"_s, u"Zoltan Petrov"_s, u"Ana \"the Envoy\" Müller, Jr."_s, u"046"_s,
                u"046"_s, u"04"_s, u"1"_s, u"7.0"_s, u"Palais des Nations; Geneva"_s}));
        // Coded by kind; a month is dated to its first day; a mediator takes part.
        QCOMPARE(rows.value(u"20240601"_s).mid(4),
            (QStringList {
                u"Elbonia"_s, u"Zoltan Petrov"_s, u"163"_s, u"163"_s, u"16"_s, u"4"_s, u"-8.0"_s, QString()}));
        QCOMPARE(rows.value(u"20240701"_s).at(6), u"041"_s);
        QCOMPARE(rows.value(u"20230101"_s).mid(4),
            (QStringList {{}, {}, u"057"_s, u"057"_s, u"05"_s, u"1"_s, u"8.0"_s, {}}));
    }

    void cameoCodes_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("root");
        QTest::addColumn<int>("quad");
        QTest::addColumn<double>("goldstein");
        QTest::newRow("host a visit") << u"043"_s << u"04"_s << 1 << 2.8;
        QTest::newRow("negotiate") << u"046"_s << u"04"_s << 1 << 7.0;
        QTest::newRow("root only") << u"05"_s << u"05"_s << 1 << 3.5;
        QTest::newRow("material cooperation") << u"0841"_s << u"08"_s << 2 << 7.0;
        QTest::newRow("verbal conflict") << u"112"_s << u"11"_s << 3 << -2.0;
        QTest::newRow("threaten root") << u"13"_s << u"13"_s << 3 << -4.4;
        QTest::newRow("sanctions, four digits") << u"1631"_s << u"16"_s << 4 << -8.0;
        QTest::newRow("mass violence") << u"202"_s << u"20"_s << 4 << -10.0;
        QTest::newRow("unknown three-digit code takes its root") << u"049"_s << u"04"_s << 1 << 1.0;
    }
    void cameoCodes()
    {
        QFETCH(QString, code);
        QFETCH(QString, root);
        QFETCH(int, quad);
        QFETCH(double, goldstein);
        QCOMPARE(cameo::rootOf(code), root);
        QCOMPARE(cameo::quadClass(code), std::optional<int>(quad));
        QCOMPARE(cameo::goldstein(code), std::optional<double>(goldstein));
    }

    void notCameoCodes_data()
    {
        QTest::addColumn<QString>("code");
        for (const char* code : {"", "00", "21", "9", "04x", "04567", "abc"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    void notCameoCodes()
    {
        QFETCH(QString, code);
        QVERIFY(cameo::rootOf(code).isEmpty());
        QVERIFY(!cameo::quadClass(code));
        QVERIFY(!cameo::goldstein(code));
    }

    void everyKindHasItsDocumentedCode()
    {
        const QHash<EventKind, QString> documented {{EventKind::Summit, u"044"_s}, {EventKind::Meeting, u"040"_s},
            {EventKind::Talks, u"046"_s}, {EventKind::Call, u"041"_s}, {EventKind::Visit, u"042"_s},
            {EventKind::PressConference, u"010"_s}, {EventKind::Interview, u"010"_s}, {EventKind::Post, u"010"_s},
            {EventKind::Statement, u"010"_s}, {EventKind::Agreement, u"057"_s}, {EventKind::Sanction, u"163"_s},
            {EventKind::Exchange, u"084"_s}, {EventKind::Other, QString()}};
        QCOMPARE(documented.size(), eventKindCount);
        for (auto it = documented.cbegin(); it != documented.cend(); ++it) {
            QCOMPARE(cameo::codeFor(it.key()), it.value());
            if (!it.value().isEmpty())
                QVERIFY(cameo::goldstein(it.value()));
        }
        Event e;
        e.kind = EventKind::Call;
        e.cameo = u"not a code"_s;
        QCOMPARE(cameo::codeOf(e), u"041"_s);
        e.cameo = u"0874"_s;
        QCOMPARE(cameo::codeOf(e), u"0874"_s);
    }

    void formatTable()
    {
        test::TempProject p;
        QVERIFY(projectjson::read(sample::json(), u"sample"_s, *p).ok());
        QSet<QString> names;
        for (const interop::ExportFormat& format : interop::exportFormats()) {
            QVERIFY(!names.contains(format.name.toString()));
            names.insert(format.name.toString());
            QVERIFY(!format.title.isEmpty());
            const QByteArray written = format.write(*p, {});
            // The sample has no annotations: that collection is only its frame.
            QVERIFY2(written.size() > (format.name == u"annotations" ? 200 : 500), qPrintable(format.name.toString()));
            QCOMPARE(interop::findExportFormat(format.name), &format);
        }
        QCOMPARE(
            names, (QSet<QString> {u"json"_s, u"csv"_s, u"csv-statements"_s, u"ics"_s, u"timelinejs"_s, u"gdelt"_s, u"annotations"_s}));
        QVERIFY(!interop::findExportFormat(u"xml"));
        QCOMPARE(interop::importFormatFor(u"/tmp/Events.CSV")->name.toString(), u"csv"_s);
        QCOMPARE(interop::importFormatFor(u"cal.ics")->name.toString(), u"ics"_s);
        QCOMPARE(interop::importFormatFor(u"project.json")->name.toString(), u"json"_s);
        QCOMPARE(interop::importFormatFor(u"marks.jsonld")->name.toString(), u"annotations"_s);
        QVERIFY(!interop::importFormatFor(u"article.txt"));
    }
};

QTEST_GUILESS_MAIN(TestExportFormats)
#include "tst_exportformats.moc"
