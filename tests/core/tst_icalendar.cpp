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
            // No fold splits a UTF-8 character.
            QStringDecoder decoder(QStringDecoder::Utf8);
            (void)QString(decoder(line));
            QVERIFY2(!decoder.hasError(), line.constData());
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

    void readsDaylightSavingRulesOfTheFile()
    {
        // A zone of the file's own, by a name no time zone database knows, with its daylight-saving rules.
        const QByteArray ics
            = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
              "BEGIN:VTIMEZONE\r\nTZID:(UTC-05:00) Eastern Time (US & Canada)\r\n"
              "BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
              "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
              "BEGIN:DAYLIGHT\r\nDTSTART:19700308T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
              "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
              "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20240715T100000\r\n"
              "DTEND;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20240715T113000\r\nSUMMARY:Summer\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC-05:00) Eastern Time (US & Canada)\":20240115T100000\r\n"
              "SUMMARY:Winter\r\nEND:VEVENT\r\n"
              // A zone defined in the file wins over the database's zone of that name.
              "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n"
              "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0300\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
              "BEGIN:VEVENT\r\nDTSTART;TZID=Europe/Berlin:20240715T100000\r\nSUMMARY:Redefined\r\nEND:VEVENT\r\n"
              // A Windows name, and an ISO 8601 date with hyphens, which libical reads too.
              "BEGIN:VEVENT\r\nDTSTART;TZID=W. Europe Standard Time:20240115T100000\r\nSUMMARY:Windows\r\nEND:VEVENT\r\n"
              "BEGIN:VEVENT\r\nDTSTART:2024-01-05\r\nSUMMARY:Hyphens\r\nEND:VEVENT\r\n"
              "END:VCALENDAR\r\n";
        const auto drafts = icalendar::readDrafts(ics, u"zones.ics"_s);
        QVERIFY2(drafts.ok(), qPrintable(drafts.ok() ? QString() : drafts.error()));
        QCOMPARE(drafts->size(), 5);
        QCOMPARE(drafts->at(0).event.start.toString(), u"2024-07-15T10:00-04:00"_s);
        QCOMPARE(drafts->at(0).event.end.toString(), u"2024-07-15T11:30-04:00"_s);
        QCOMPARE(drafts->at(1).event.start.toString(), u"2024-01-15T10:00-05:00"_s);
        QCOMPARE(drafts->at(2).event.start.toString(), u"2024-07-15T10:00+03:00"_s);
        QCOMPARE(drafts->at(3).event.start.toString(), u"2024-01-15T10:00+01:00"_s);
        QCOMPARE(drafts->at(4).event.start.toString(), u"2024-01-05"_s);
    }

    void recurringEventsAreReadOnceAndCounted()
    {
        test::TempProject p;
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n"
                               "BEGIN:VEVENT\r\nDTSTART:20240102T090000Z\r\nDURATION:PT1H\r\nSUMMARY:Weekly briefing\r\n"
                               "RRULE:FREQ=WEEKLY;COUNT=10\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240301\r\nSUMMARY:Listed days\r\n"
                               "RDATE;VALUE=DATE:20240308,20240315\r\nEND:VEVENT\r\n"
                               "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20240401\r\nSUMMARY:Once\r\nEND:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
        qsizetype recurring = -1;
        const auto drafts = icalendar::readDrafts(ics, u"r.ics"_s, &recurring);
        QVERIFY(drafts.ok());
        QCOMPARE(drafts->size(), 3);
        QCOMPARE(recurring, 2);
        const auto read = icalendar::read(ics, u"r.ics"_s, *p);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->events, 3);
        QCOMPARE(read->recurring, 2);
        QVERIFY2(read->text().contains(u"2 recurring, imported at their first occurrence only"_s), qPrintable(read->text()));
        const QList<Event> events = p->events().list();
        const auto weekly = std::find_if(events.cbegin(), events.cend(),
            [](const Event& e) { return e.title == u"Weekly briefing"_s; });
        QVERIFY(weekly != events.cend());
        QCOMPARE(weekly->when().toString(), u"2024-01-02T09:00Z/2024-01-02T10:00Z"_s);
    }

    void readsWhatOtherApplicationsAddAround()
    {
        // Two calendars in one file, an RFC 7986 property libical 3.0 does not know, a component nobody knows with a
        // VEVENT inside (not an event of the calendar), and a tag list.
        const QByteArray ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nCOLOR:red\r\n"
                               "BEGIN:X-WRAPPER\r\nBEGIN:VEVENT\r\nDTSTART:20240101\r\nSUMMARY:Wrapped\r\nEND:VEVENT\r\n"
                               "END:X-WRAPPER\r\n"
                               "BEGIN:VEVENT\r\nDTSTART:20240102\r\nSUMMARY:First\r\nCOLOR:blue\r\n"
                               "CATEGORIES:one,two\\, three\r\nCATEGORIES:four\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                               "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:y\r\n"
                               "BEGIN:VEVENT\r\nDTSTART:20240103\r\nDURATION:bad\r\nSUMMARY:Second\r\nEND:VEVENT\r\n"
                               "END:VCALENDAR\r\n";
        const auto drafts = icalendar::readDrafts(ics, u"two.ics"_s);
        // The second calendar's DURATION is found on its line, though libical reads the calendars as one.
        QVERIFY(!drafts.ok());
        QVERIFY2(drafts.error().startsWith(u"two.ics: line 24, column 10: DURATION \"bad\""_s), qPrintable(drafts.error()));
        QByteArray fixed = ics;
        fixed.replace("DURATION:bad", "DURATION:P2D");
        // Two files put together: the second's byte order mark starts a line.
        fixed.replace("END:VCALENDAR\r\nBEGIN:VCALENDAR", "END:VCALENDAR\r\n\xEF\xBB\xBF" "BEGIN:VCALENDAR");
        const auto read = icalendar::readDrafts(fixed, u"two.ics"_s);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(read->size(), 2);
        QCOMPARE(read->at(0).event.title, u"First"_s);
        QCOMPARE(read->at(0).event.tags, (QStringList {u"one"_s, u"two, three"_s, u"four"_s}));
        QCOMPARE(read->at(1).event.title, u"Second"_s);
        QCOMPARE(read->at(1).event.when().toString(), u"2024-01-03/2024-01-04"_s);
    }

    void roundTripsWhatLibicalWritesAwkwardly()
    {
        // Tags with commas and semicolons (libical 3.0 leaves those unescaped in CATEGORIES) and names with carets
        // (which it does not encode in parameters), each read back as written.
        test::TempProject first;
        const Status written = first->write([&] {
            Actor caret;
            caret.name = u"Caret ^n and ^' and ^^, here"_s;
            const ActorId c = first->actors().insert(caret);
            Event e;
            e.title = u"Tags"_s;
            e.start = test::date("2024-03-01");
            e.tags = {u"a;b"_s, u"c,d"_s, u"e\\f"_s};
            e.participants = {{c, ParticipantRole::Guest}};
            first->events().insert(e);
        });
        QVERIFY(written.ok());
        const QByteArray ics = icalendar::write(*first, stamp);
        QVERIFY2(ics.contains("CATEGORIES:a\\;b,c\\,d,e\\\\f\r\n"), ics.constData());
        test::TempProject second;
        const auto read = icalendar::read(ics, u"awkward.ics"_s, *second);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        QCOMPARE(test::eventTexts(*second), test::eventTexts(*first));
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
                + "BEGIN:VEVENT\r\nUID:2\r\nDTSTART:5 January 2024\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                  << u"in.ics: line 12, column 9: DTSTART \"5 January 2024\" is not a date"_s;
        QTest::newRow("bad duration")
            << head + "BEGIN:VEVENT\r\nDTSTART:20240101T100000Z\r\nDURATION:one hour\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"in.ics: line 6, column 10: DURATION \"one hour\" is not a duration"_s;
        QTest::newRow("no such time")
            << head + "BEGIN:VEVENT\r\nDTSTART:20240101T250000Z\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
            << u"in.ics: line 5, column 9: DTSTART \"20240101T250000Z\" is not a time of day"_s;
        const QByteArray zone = "BEGIN:VTIMEZONE\r\nTZID:Here\r\nBEGIN:STANDARD\r\nDTSTART:19700101T000000\r\n";
        QTest::newRow("bad offset in a zone") << head + zone
                + "TZOFFSETFROM:+0100\r\nTZOFFSETTO:x\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                  "BEGIN:VEVENT\r\nDTSTART;TZID=Here:20240101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                              << u"in.ics: line 9, column 12: TZOFFSETTO \"x\" is not a UTC offset"_s;
        QTest::newRow("zone changing daily") << head + zone
                + "RRULE:FREQ=DAILY\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
                  "BEGIN:VEVENT\r\nDTSTART;TZID=Here:20240101T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                                             << u"in.ics: line 14, column 19: DTSTART time zone \"Here\" changes by a "
                                                "rule that is not yearly"_s;
        QTest::newRow("NUL") << head + "BEGIN:VEVENT\r\nDTSTART:20240101\r\nSUMMARY:a"_ba + '\0'
                + "b\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
                             << u"in.ics: line 6: the line holds a NUL character"_s;
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
