// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "interop/eventdrafts.h"
#include "interop/formats.h"

namespace attache {

class Project;

/// Events and statements as comma-separated values (RFC 4180) for spreadsheets.
///
/// Events use the TimelineJS spreadsheet layout (Year, Month, Day, Time, End Year, End Month, End Day, End Time,
/// Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background), so
/// that a sheet made for TimelineJS imports and an exported sheet loads into TimelineJS, followed by Attaché's own
/// columns (ID, Kind, Status, Location, Participants, Tags, CAMEO, Start (EDTF), End (EDTF)). Group is the event's
/// lane: its first participant who takes part (not one only mentioned). Participants are "Name (role); Name (role)".
namespace csvformat {

/// The events file's header, in order.
QStringList eventColumns();
/// The statements file's header, in order.
QStringList statementColumns();

/// Every event in time order, one per record.
QByteArray writeEvents(const Project& project, bool byteOrderMark = false);
/// Every statement in time order: date, speaker, kind, text, venue, the events it is about, source.
QByteArray writeStatements(const Project& project, bool byteOrderMark = false);

/// Adds the events of a sheet in the TimelineJS layout (only Year and Headline are required; columns are found by
/// their header, in any order, case-insensitive). Participants, or else Group, name the actors, matched to the
/// project's by name or alias and added when new. The EDTF columns, where present and agreeing with the date
/// columns, give back what the date columns cannot hold (uncertain, approximate, UTC offsets). Title and era rows
/// are skipped. Malformed input gives an error with line and column, and nothing is written.
Result<interop::ImportSummary> readEvents(const QByteArray& data, const QString& origin, Project& project);
/// The checking half of readEvents(): the sheet's events as drafts, their participants still by name, without a
/// project. `skipped` (when given) receives the number of title and era rows.
Result<QList<interop::EventDraft>> readEventDrafts(const QByteArray& data, const QString& origin, qsizetype* skipped = nullptr);

} // namespace csvformat
} // namespace attache
