// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include "interop/eventdrafts.h"
#include "interop/formats.h"

namespace attache {

class Project;

/// Events as an iCalendar file (RFC 5545), for calendar applications.
///
/// One VEVENT per event: UID (stable for the event in its project), DTSTAMP, SUMMARY, DESCRIPTION, LOCATION, STATUS,
/// CATEGORIES (tags) and an ATTENDEE per participant, named by CN, with ROLE (CHAIR for hosts, NON-PARTICIPANT for
/// those mentioned). Dates known to the day, month or year are all-day events (DTSTART;VALUE=DATE, DTEND the day
/// after the last day); times carry their zone: UTC as ...Z, other offsets by TZID with a VTIMEZONE of that fixed
/// offset. X-ATTACHE-KIND, -STATUS, -CAMEO, -START and -END (EDTF) and the attendees' X-ATTACHE-ROLE keep what
/// iCalendar cannot say, so that Attaché reads its own files back unchanged. Lines are folded at 75 octets without
/// splitting a UTF-8 character, and end with CRLF. libical writes and parses the files (see icalendar.cpp for what is
/// checked before it and what its version 3.0 needs around it).
namespace icalendar {

/// The whole project's events; `now` is the DTSTAMP (the current time when invalid).
QByteArray write(const Project& project, const QDateTime& now = {});

/// Adds the VEVENTs of an iCalendar file (all-day, UTC, floating and zoned times: TZIDs defined in the file, fixed or
/// with daylight-saving rules, IANA and Windows zone names), with attendees and organizer matched to the project's
/// actors by name or alias and added when new. Malformed input gives an error with line and column, and nothing is
/// written. A recurring event is added once, at its first occurrence, and the summary counts those.
Result<interop::ImportSummary> read(const QByteArray& data, const QString& origin, Project& project);
/// The checking half of read(): the file's VEVENTs as drafts, their attendees still by name, without a project.
/// A recurring event (RRULE or RDATE) is read at its first occurrence; `recurring`, when given, counts them.
Result<QList<interop::EventDraft>> readDrafts(
    const QByteArray& data, const QString& origin, qsizetype* recurring = nullptr);

/// One content line folded at 75 octets (continuation lines start with a space), never inside a UTF-8 character,
/// each physical line ending in CRLF: for content lines written by hand (write() leaves folding to libical, which
/// folds at the last space or ';' that fits).
QByteArray foldLine(QByteArrayView line);
/// TEXT escaping: backslash, semicolon, comma and line breaks (what libical does to the values write() gives it).
QString escapeText(const QString& text);

} // namespace icalendar
} // namespace attache
