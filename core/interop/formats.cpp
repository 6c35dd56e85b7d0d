// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/formats.h"

#include <array>

#include "interop/csvformat.h"
#include "interop/gdelt.h"
#include "interop/icalendar.h"
#include "interop/projectjson.h"
#include "interop/timelinejs.h"
#include "interop/webannotation.h"

namespace attache::interop {
namespace {

const std::array exports {
    ExportFormat {u"json", u"json", u"Attaché project JSON (everything, lossless)",
        [](const Project& p, const ExportOptions&) { return projectjson::write(p); }},
    ExportFormat {u"csv", u"csv", u"Events as CSV (spreadsheets, TimelineJS sheet layout)",
        [](const Project& p, const ExportOptions& o) { return csvformat::writeEvents(p, o.byteOrderMark); }},
    ExportFormat {u"csv-statements", u"csv", u"Statements as CSV (spreadsheets)",
        [](const Project& p, const ExportOptions& o) { return csvformat::writeStatements(p, o.byteOrderMark); }},
    ExportFormat {u"ics", u"ics", u"iCalendar (calendar applications)",
        [](const Project& p, const ExportOptions& o) { return icalendar::write(p, o.now); }},
    ExportFormat {u"timelinejs", u"json", u"TimelineJS3 JSON (web timelines)",
        [](const Project& p, const ExportOptions&) { return timelinejs::write(p); }},
    ExportFormat {u"gdelt", u"tsv", u"GDELT-style event table (tab-separated, CAMEO coded)",
        [](const Project& p, const ExportOptions&) { return gdelt::write(p); }},
    ExportFormat {u"annotations", u"jsonld", u"W3C Web Annotations (JSON-LD)",
        [](const Project& p, const ExportOptions&) { return webannotation::write(p); }},
};

const std::array imports {
    ImportFormat {
        u"json", u"json", u"Attaché project JSON (merged: actors matched by name or alias)", &projectjson::merge},
    ImportFormat {u"csv", u"csv", u"Events in the TimelineJS sheet layout (CSV)", &csvformat::readEvents},
    ImportFormat {u"ics", u"ics", u"iCalendar events", &icalendar::read},
    ImportFormat {u"annotations", u"jsonld", u"W3C Web Annotations on the project's sources (JSON-LD)",
        [](const QByteArray& data, const QString& origin, Project& project) -> Result<ImportSummary> {
            const auto report = webannotation::read(data, origin, project);
            if (!report)
                return Error{report.error()};
            ImportSummary summary;
            summary.annotations = report->added;
            summary.skipped = report->alreadyThere + qint64(report->warnings.size());
            return summary;
        }},
};

} // namespace

QString ImportSummary::text() const
{
    const auto count = [](qint64 n, const char* what) {
        return QStringLiteral("%1 %2%3").arg(n).arg(QLatin1String(what), n == 1 ? QString() : QStringLiteral("s"));
    };
    QString line = QStringLiteral("imported ") + count(events, "event");
    if (statements > 0)
        line += QStringLiteral(", ") + count(statements, "statement");
    if (sources > 0)
        line += QStringLiteral(", ") + count(sources, "source");
    if (annotations > 0)
        line += QStringLiteral(", ") + count(annotations, "annotation");
    line += QStringLiteral("; ") + count(actorsAdded, "new actor") + QStringLiteral(", %1 matched").arg(actorsMatched);
    if (skipped > 0)
        line += QStringLiteral("; %1 skipped (title or era rows, or annotations already there)").arg(skipped);
    if (recurring > 0)
        line += QStringLiteral("; %1 recurring, imported at %2 first occurrence only")
                    .arg(recurring)
                    .arg(recurring == 1 ? QStringLiteral("its") : QStringLiteral("their"));
    return line;
}

std::span<const ExportFormat> exportFormats()
{
    return exports;
}

const ExportFormat* findExportFormat(QStringView name)
{
    for (const ExportFormat& format : exports) {
        if (format.name.compare(name, Qt::CaseInsensitive) == 0)
            return &format;
    }
    return nullptr;
}

std::span<const ImportFormat> importFormats()
{
    return imports;
}

const ImportFormat* importFormatFor(QStringView fileName)
{
    for (const ImportFormat& format : imports) {
        const QString ending = u'.' + format.suffix.toString();
        if (fileName.endsWith(ending, Qt::CaseInsensitive))
            return &format;
    }
    return nullptr;
}

} // namespace attache::interop
