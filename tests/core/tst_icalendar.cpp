// SPDX-License-Identifier: GPL-3.0-or-later
// iCalendar (RFC 5545) export and import: required properties, all-day and zoned times, folding and escaping, and
// errors that say where.
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTest>

#include "interchangeproject.h"
#include "interop/icalendar.h"
#include "storage/project.h"
#include "testproject.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

const QDateTime stamp(QDate(2024, 8, 1), QTime(12, 0), Qt::UTC);

/// The content lines of `ics`, unfolded.
QStringList unfolded(const QByteArray& ics)
{
    QByteArray joined = ics;
    joined.replace("\r\n ", "");
    return QString::fromUtf8(joined).split(u"\r\n"_s, Qt::SkipEmptyParts);
}

/// The unfolded content lines of each VEVENT.
QList<QStringList> vevents(const QByteArray& ics)
{
    QList<QStringList> events;
    for (const QString& line : unfolded(ics)) {
        if (line == u"BEGIN:VEVENT"_s)
            events.append(QStringList());
        else if (!events.isEmpty() && line == u"END:VEVENT"_s)
            events.last().append(u"END"_s);
        else if (!events.isEmpty() && events.last().value(events.last().size() - 1) != u"END"_s)
            events.last().append(line);
    }
    return events;
}

QString propertyLine(const QStringList& event, const QString& prefix)
{
    for (const QString& line : event) {
        if (line.startsWith(prefix))
            return line;
    }
    return {};
}

} // namespace

class TestICalendar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldsAt75OctetsWithoutSplittingCharacters_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << u"SUMMARY:Talks"_s;
        QTest::newRow("exactly 75") << u"DESCRIPTION:"_s + QString(63, u'x');
        QTest::newRow("76") << u"DESCRIPTION:"_s + QString(64, u'x');
        QTest::newRow("ascii, long") << u"DESCRIPTION:"_s + QString(400, u'a');
        QTest::newRow("two-byte letters") << u"DESCRIPTION:"_s + QString(150, u'é');
        QTest::newRow("two-byte after one ascii") << u"DESCRIPTION:x"_s + QString(150, u'é');
        QTest::newRow("three-byte") << u"SUMMARY:"_s + QString(100, u'訪');
        QTest::newRow("four-byte") << u"SUMMARY:y"_s + u"🤝"_s.repeated(60);
    }
    void foldsAt75OctetsWithoutSplittingCharacters()
    {
        QFETCH(QString, line);
        const QByteArray folded = icalendar::foldLine(line.toUtf8());
        QVERIFY(folded.endsWith("\r\n"));
        const QList<QByteArray> physical = folded.chopped(2).split('\n');
        for (qsizetype i = 0; i < physical.size(); ++i) {
            QByteArray part = physical.at(i);
            if (i + 1 < physical.size()) {
                QVERIFY2(part.endsWith('\r'), "lines end with CRLF");
                part.chop(1);
            }
            QVERIFY2(part.size() <= 75, qPrintable(u"line %1 has %2 octets"_s.arg(i).arg(part.size())));
            if (i > 0) {
                QVERIFY2(part.startsWith(' '), "continuation lines start with a space");
                part = part.mid(1);
            }
            // Each physical line is whole UTF-8 on its own: no character was cut.
            QStringDecoder decoder(QStringDecoder::Utf8);
            (void)QString(decoder(part));
            QVERIFY2(!decoder.hasError(), qPrintable(u"line %1 splits a character"_s.arg(i)));
        }
        // Lines are filled: a fold happens only when the next character would not fit.
        if (line.toUtf8().size() > 75)
            QVERIFY(physical.first().size() >= 75 - 3 + 1);
        QByteArray joined = folded;
        joined.replace("\r\n ", "");
        QCOMPARE(joined, line.toUtf8() + "\r\n");
    }

    void escapesText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("escaped");
        QTest::newRow("comma") << u"Geneva, Switzerland"_s << u"Geneva\\, Switzerland"_s;
        QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
        QTest::newRow("backslash") << u"a\\b"_s << u"a\\\\b"_s;
        QTest::newRow("line break") << u"one\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("CRLF") << u"one\r\ntwo"_s << u"one\\ntwo"_s;
        QTest::newRow("colon and quote stay") << u"Note: \"x\""_s << u"Note: \"x\""_s;
    }
    void escapesText()
    {
        QFETCH(QString, text);
        QFETCH(QString, escaped);
        QCOMPARE(icalendar::escapeText(text), escaped);
    }

    void exportHasWhatRfc5545Requires()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        const QByteArray ics = icalendar::write(*p, stamp);
        // Every physical line ends in CRLF and fits in 75 octets.
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        for (const QByteArray& line : ics.split('\n')) {
            if (line.isEmpty())
                continue;
            QVERIFY2(line.endsWith('\r'), line.constData());
            QVERIFY2(line.size() - 1 <= 75, line.constData());
        }
        const QStringList lines = unfolded(ics);
        QCOMPARE(lines.first(), u"BEGIN:VCALENDAR"_s);
        QVERIFY(lines.contains(u"VERSION:2.0"_s));
        QVERIFY(std::any_of(lines.cbegin(), lines.cend(), [](const QString& l) { return l.startsWith(u"PRODID:"_s); }));
        // The +02:00 times have their zone defined.
        QVERIFY(lines.contains(u"TZID:UTC+0200"_s));
        QVERIFY(lines.contains(u"TZOFFSETTO:+0200"_s));

        const QList<QStringList> events = vevents(ics);
        QCOMPARE(events.size(), 5);
        QStringList uids;
        for (const QStringList& e : events) {
            QVERIFY(!propertyLine(e, u"UID:"_s).isEmpty());
            uids.append(propertyLine(e, u"UID:"_s));
            QCOMPARE(propertyLine(e, u"DTSTAMP:"_s), u"DTSTAMP:20240801T120000Z"_s);
            QVERIFY(!propertyLine(e, u"DTSTART"_s).isEmpty());
        }
        uids.removeDuplicates();
        QCOMPARE(uids.size(), 5);

        const auto event = [&](const QString& summary) {
            for (const QStringList& e : events) {
                if (e.contains(u"SUMMARY:"_s + summary))
                    return e;
            }
            return QStringList();
        };
        const QStringList talks = event(u"Talks in Geneva\\, \"round two\""_s);
        QVERIFY(!talks.isEmpty());
        QCOMPARE(propertyLine(talks, u"DTSTART"_s), u"DTSTART;TZID=UTC+0200:20240410T093000"_s);
        QCOMPARE(propertyLine(talks, u"DTEND"_s), u"DTEND;TZID=UTC+0200:20240410T170000"_s);
        QCOMPARE(propertyLine(talks, u"LOCATION"_s), u"LOCATION:Palais des Nations\\; Geneva"_s);
        QCOMPARE(propertyLine(talks, u"DESCRIPTION"_s),
            u"DESCRIPTION:First line\\, with a comma.\\nSecond line\\; with a semicolon \\\\ and a backslash."_s);
        QCOMPARE(propertyLine(talks, u"CATEGORIES"_s), u"CATEGORIES:geneva,round\\, two"_s);
        QCOMPARE(propertyLine(talks, u"ATTENDEE;CN=Zoltan"_s),
            propertyLine(talks, u"ATTENDEE;CN=Zoltan Petrov;ROLE=CHAIR;X-ATTACHE-ROLE=host:urn:uuid:"_s));
        QVERIFY(
            !propertyLine(talks, u"ATTENDEE;CN=\"Ana ^'the Envoy^' Müller, Jr.\";ROLE=REQ-PARTICIPANT"_s).isEmpty());
        QVERIFY(!propertyLine(talks, u"ATTENDEE;CN=Elbonia;ROLE=NON-PARTICIPANT"_s).isEmpty());
        // Day, month and year precision are all-day events; DTEND is the day after the last.
        const QStringList visit = event(u"Визит в Тбилиси — 訪問 🤝"_s);
        QCOMPARE(propertyLine(visit, u"DTSTART"_s), u"DTSTART;VALUE=DATE:20240502"_s);
        QCOMPARE(propertyLine(visit, u"DTEND"_s), u"DTEND;VALUE=DATE:20240505"_s);
        const QStringList sanction = event(u"Sanctions announced"_s);
        QCOMPARE(propertyLine(sanction, u"DTSTART"_s), u"DTSTART;VALUE=DATE:20240601"_s);
        QCOMPARE(propertyLine(sanction, u"DTEND"_s), u"DTEND;VALUE=DATE:20240701"_s);
        const QStringList agreement = event(u"Framework agreement"_s);
        QCOMPARE(propertyLine(agreement, u"DTEND"_s), u"DTEND;VALUE=DATE:20240101"_s);
        QCOMPARE(propertyLine(agreement, u"STATUS"_s), u"STATUS:TENTATIVE"_s);
        // A UTC time is written with Z.
        const QStringList call = event(u"Phone call at dawn"_s);
        QCOMPARE(propertyLine(call, u"DTSTART"_s), u"DTSTART:20240701T051500Z"_s);
        QCOMPARE(propertyLine(call, u"STATUS"_s), u"STATUS:CANCELLED"_s);

        // The same project exports the same bytes, UIDs included.
        QCOMPARE(icalendar::write(*p, stamp), ics);
    }

    void roundTrip()
    {
        test::TempProject first;
        test::fillInterchange(*first);
        const QByteArray ics = icalendar::write(*first, stamp);
        test::TempProject second;
        const auto read = icalendar::read(ics, u"export.ics"_s, *second);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->events, 5);
        QCOMPARE(test::eventTexts(*second), test::eventTexts(*first));
    }

    void readsOtherApplicationsCalendars()
    {
        test::TempProject p;
        test::fillInterchange(*p);
        // Folded lines (one fold inside a UTF-8 character, one with a tab), escapes, an IANA zone, a DURATION, an
        // organizer, an alarm inside the event and a to-do beside it.
        const QByteArray ics
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Calendar//EN\r\n"
              "BEGIN:VTODO\r\nUID:todo-1\r\nSUMMARY:Not an event\r\nEND:VTODO\r\n"
              "BEGIN:VEVENT\r\nUID:a@example.org\r\nDTSTAMP:20240101T000000Z\r\n"
              "DTSTART;TZID=Europe/Berlin:20240715T100000\r\nDURATION:PT1H30M\r\n"
              "SUMMARY:Caf\xC3\r\n \xA9 meeting\\, Berlin\r\n"
              "DESCRIPTION:Line one\\nLine two\\; more\r\n\tand the rest\r\n"
              "ORGANIZER;CN=Petrov:mailto:petrov@example.org\r\n"
              "ATTENDEE;CN=\"Doe, Jane\";ROLE=REQ-PARTICIPANT:mailto:jane@example.org\r\n"
              "STATUS:CONFIRMED\r\n"
              "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\n"
              "END:VEVENT\r\n"
              "BEGIN:VEVENT\r\nUID:b@example.org\r\nDTSTAMP:20240101T000000Z\r\n"
              "DTSTART;VALUE=DATE:20240801\r\nDTEND;VALUE=DATE:20240804\r\nSUMMARY:Summer break\r\n"
              "END:VEVENT\r\nEND:VCALENDAR\r\n";
        const auto read = icalendar::read(ics, u"other.ics"_s, *p);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->events, 2);
        QCOMPARE(read->actorsMatched, 1);
        QCOMPARE(read->actorsAdded, 1);
        std::optional<Event> cafe;
        std::optional<Event> summer;
        for (const Event& e : p->events().list()) {
            if (e.title.startsWith(u"Caf"_s))
                cafe = e;
            if (e.title == u"Summer break"_s)
                summer = e;
        }
        QVERIFY(cafe);
        QCOMPARE(cafe->title, u"Café meeting, Berlin"_s);
        QCOMPARE(cafe->summary, u"Line one\nLine two; moreand the rest"_s);
        QCOMPARE(cafe->start.toString(), u"2024-07-15T10:00+02:00"_s);
        QCOMPARE(cafe->end.toString(), u"2024-07-15T11:30+02:00"_s);
        QCOMPARE(cafe->status, EventStatus::Occurred);
        QCOMPARE(cafe->participants.size(), 2);
        QCOMPARE(p->actors().find(cafe->participants.at(0).actor)->name, u"Zoltan Petrov"_s);
        QCOMPARE(cafe->participants.at(0).role, ParticipantRole::Host);
        QCOMPARE(p->actors().find(cafe->participants.at(1).actor)->name, u"Doe, Jane"_s);
        QVERIFY(summer);
        QCOMPARE(summer->when().toString(), u"2024-08-01/2024-08-03"_s);
    }

    void errorsSayWhereAndWriteNothing_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<QString>("message");
        const QByteArray head = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n";
        const QByteArray good
            = "BEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240102\r\nSUMMARY:Fine\r\nEND:VEVENT\r\n";
        QTest::newRow("not a calendar") << QByteArray("Hello\r\n") << u"in.ics: line 1, column 6: expected ':'"_s;
        QTest::newRow("other first line")
            << QByteArray("BEGIN:VCARD\r\nEND:VCARD\r\n") << u"in.ics: line 1, column 1: not an iCalendar file"_s;
        QTest::newRow("bad date") << head + good
                + "BEGIN:VEVENT\r\nUID:2\r\nDTSTART:2024-01-05\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                  << u"in.ics: line 12, column 9: DTSTART \"2024-01-05\" is not a date"_s;
        QTest::newRow("no such day")
            << head + "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240230\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"in.ics: line 5, column 20: DTSTART \"20240230\" is not a date of the calendar"_s;
        QTest::newRow("no DTSTART") << head + "BEGIN:VEVENT\r\nSUMMARY:When?\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                    << u"in.ics: line 4: the VEVENT has no DTSTART"_s;
        QTest::newRow("missing colon") << head + good
                + "BEGIN:VEVENT\r\nSUMMARY;LANGUAGE=en\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                       << u"in.ics: line 11, column 20: expected ':'"_s;
        QTest::newRow("folded line counts from its start") << head
                + "BEGIN:VEVENT\r\nDTSTART:20240101\r\nDESCRIPTION:long\r\n  text\r\n "
                  "X;Y\r\nDTEND:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                                           << u"in.ics: line 9, column 7: DTEND \"x\""_s;
        QTest::newRow("unknown zone") << head
                + "BEGIN:VEVENT\r\nDTSTART;TZID=Mars/Olympus:20240101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                      << u"in.ics: line 5, column 27: DTSTART time zone \"Mars/Olympus\""_s;
        QTest::newRow("END mismatch") << head + "BEGIN:VEVENT\r\nDTSTART:20240101\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
                                      << u"in.ics: line 6, column 5: END:VTODO does not close BEGIN:VEVENT of line 4"_s;
        QTest::newRow("never closed") << head + good + "BEGIN:VEVENT\r\nDTSTART:20240101\r\n"
                                      << u"in.ics: line 11: BEGIN:VEVENT of line 10 is never closed"_s;
        QTest::newRow("end before start")
            << head + "BEGIN:VEVENT\r\nDTSTART:20240105\r\nDTEND:20240101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"in.ics: line 6, column 7: DTEND is before DTSTART"_s;
        QTest::newRow("not UTF-8") << head
                + "BEGIN:VEVENT\r\nDTSTART:20240101\r\nSUMMARY:\xff\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                   << u"in.ics: line 6: the text is not UTF-8"_s;
        QTest::newRow("empty") << QByteArray() << u"in.ics: line 1: the file is empty"_s;
    }
    void errorsSayWhereAndWriteNothing()
    {
        QFETCH(QByteArray, ics);
        QFETCH(QString, message);
        test::TempProject p;
        test::fillInterchange(*p);
        const QStringList before = test::eventTexts(*p);
        const qint64 actors = p->stats().actors;
        const auto read = icalendar::read(ics, u"in.ics"_s, *p);
        QVERIFY(!read.ok());
        // The checking half finds the same, without a project.
        const auto drafts = icalendar::readDrafts(ics, u"in.ics"_s);
        QVERIFY(!drafts.ok());
        QCOMPARE(drafts.error(), read.error());
        QVERIFY2(read.error().startsWith(message), qPrintable(read.error()));
        QCOMPARE(test::eventTexts(*p), before);
        QCOMPARE(p->stats().actors, actors);
    }
};

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
