// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include "util/result.h"

namespace attache {

class Project;

/// The interchange formats: what each one is called, and the one function that writes or reads it. Every reader
/// checks its whole input before it writes anything, then stores it in one transaction; an error names the input,
/// the line (and the column where it applies) and the reason.
namespace interop {

/// Choices that some writers take; the others ignore them.
struct ExportOptions
{
    bool byteOrderMark = false; // CSV: start with a UTF-8 byte order mark, for spreadsheets that guess the encoding
    QDateTime now; // iCalendar DTSTAMP; the current time when invalid
};

/// What an import added to the project.
struct ImportSummary
{
    qint64 events = 0;
    qint64 actorsAdded = 0;
    qint64 actorsMatched = 0; // names found among the project's actors (by name or alias)
    qint64 statements = 0;
    qint64 sources = 0;
    qint64 annotations = 0;
    qint64 skipped = 0; // rows that are not events (a TimelineJS title slide or era), annotations already there
    qint64 recurring = 0; // recurring calendar events, imported at their first occurrence only

    /// One line for people: "imported 3 events; 2 new actors, 1 matched".
    QString text() const;
};

struct ExportFormat
{
    QStringView name; // as the command line spells it: "csv"
    QStringView suffix; // the file name's ending, without the dot
    QStringView title; // what a file dialog shows
    QByteArray (*write)(const Project& project, const ExportOptions& options);
};

struct ImportFormat
{
    QStringView name;
    QStringView suffix;
    QStringView title;
    /// Adds what `data` holds to `project` (which may hold anything already). `origin` names the input in messages.
    Result<ImportSummary> (*read)(const QByteArray& data, const QString& origin, Project& project);
};

/// Every export format, in the order menus list them.
std::span<const ExportFormat> exportFormats();
/// The export format called `name`, or nullptr.
const ExportFormat* findExportFormat(QStringView name);

/// Every import format.
std::span<const ImportFormat> importFormats();
/// The import format for a file, chosen by the file name's ending (case-insensitive), or nullptr.
const ImportFormat* importFormatFor(QStringView fileName);

} // namespace interop
} // namespace attache
