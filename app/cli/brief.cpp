// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/brief.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

#include "briefing/briefprinter.h"
#include "briefing/builder.h"
#include "cli/failure.h"
#include "storage/project.h"

using namespace Qt::Literals::StringLiterals;

namespace attache::cli {
namespace {

const QString synopsis = u"usage: attache brief P (--event ID [--days N] | --actor NAME [--from D] [--to D] | "
                         u"--from D --to D) -o OUT.pdf|.html|.odt [--banner TEXT] [--paper a4|letter]"_s;

FuzzyDate dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return {};
    auto date = FuzzyDate::parse(parser.value(name));
    if (!date)
        usage(u"--%1: %2"_s.arg(name, date.error()));
    return date.value();
}

int run(QCommandLineParser& parser, const QStringList& positional, QTextStream& out)
{
    const bool event = parser.isSet(u"event"_s);
    const bool actor = parser.isSet(u"actor"_s);
    const bool from = parser.isSet(u"from"_s);
    const bool to = parser.isSet(u"to"_s);
    if (int(event) + int(actor) + int(!actor && (from || to)) != 1 || (event && (from || to)))
        usage(synopsis);
    if (!actor && !event && !(from && to))
        usage(u"a period brief needs both --from and --to"_s);
    const QString output = parser.value(u"output"_s);
    if (output.isEmpty())
        usage(synopsis);
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (suffix != u"pdf"_s && suffix != u"html"_s && suffix != u"htm"_s && suffix != u"odt"_s)
        usage(u"-o %1: the file name must end in .pdf, .html or .odt"_s.arg(output));

    int days = 3;
    if (parser.isSet(u"days"_s)) {
        bool ok = false;
        days = parser.value(u"days"_s).toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            usage(u"--days: \"%1\" is not a number of days from 0 to 3650"_s.arg(parser.value(u"days"_s)));
    }
    QPageSize paper = BriefPrinter::defaultPageSize();
    if (parser.isSet(u"paper"_s)) {
        const QString name = parser.value(u"paper"_s).toLower();
        if (name == u"a4"_s)
            paper = QPageSize(QPageSize::A4);
        else if (name == u"letter"_s)
            paper = QPageSize(QPageSize::Letter);
        else
            usage(u"--paper: \"%1\" is not a4 or letter"_s.arg(parser.value(u"paper"_s)));
    }
    briefing::Scope scope;
    EventId eventId;
    if (event) {
        bool ok = false;
        eventId = EventId(parser.value(u"event"_s).toLongLong(&ok));
        if (!ok || !eventId.isValid())
            usage(u"--event: \"%1\" is not an event id (the ids are those of `attache events --json`)"_s.arg(
                parser.value(u"event"_s)));
        scope = briefing::Scope::forEvent(eventId, days);
    }
    const FuzzyDate fromDate = dateOption(parser, u"from"_s);
    const FuzzyDate toDate = dateOption(parser, u"to"_s);
    if (!fromDate.isNull() && !toDate.isNull() && toDate.latestMs() < fromDate.earliestMs())
        usage(u"--to %1 is before --from %2"_s.arg(toDate.toString(), fromDate.toString()));

    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        fail(u"brief: drawing the sheet needs a graphical application object"_s);

    const QString path = positional.at(0);
    auto opened = Project::open(path, Project::Access::ReadOnly);
    if (!opened)
        fail(opened.error());
    const Project& project = **opened;
    if (actor) {
        const QString name = parser.value(u"actor"_s);
        const auto found = project.actors().findByName(name);
        if (!found)
            fail(u"%1: no actor is named \"%2\""_s.arg(path, name));
        scope = briefing::Scope::forActor(found->id, fromDate, toDate);
    } else if (!event) {
        scope = briefing::Scope::forPeriod(fromDate, toDate);
    }

    auto built = briefing::Builder(project).build(scope);
    if (!built)
        fail(u"%1: %2"_s.arg(path, built.error()));
    briefing::Brief brief = std::move(built.value());
    brief.banner = parser.value(u"banner"_s).trimmed();
    BriefPrinter printer(std::move(brief));
    const Status written = printer.write(output, paper);
    if (!written)
        fail(written.error());
    if (suffix == u"pdf"_s) {
        out << (printer.pageCount() == 1 ? u"wrote %1 (1 page)"_s.arg(output)
                                         : u"wrote %1 (%2 pages)"_s.arg(output).arg(printer.pageCount()))
            << Qt::endl;
    } else {
        out << u"wrote %1"_s.arg(output) << Qt::endl;
    }
    return Success;
}

} // namespace

bool needsGui(const QStringList& arguments)
{
    return !arguments.isEmpty() && arguments.first() == u"brief"_s;
}

void briefOptions(QCommandLineParser& parser)
{
    parser.addOption({u"event"_s, u"Brief on this event (with related events)."_s, u"ID"_s});
    parser.addOption({u"days"_s, u"Related events within N days of the event (default 3)."_s, u"N"_s});
    parser.addOption({u"actor"_s, u"Brief on this actor."_s, u"NAME"_s});
    parser.addOption({u"from"_s, u"Start of the period."_s, u"D"_s});
    parser.addOption({u"to"_s, u"End of the period."_s, u"D"_s});
    parser.addOption({{u"o"_s, u"output"_s}, u"Output file: .pdf, .html or .odt."_s, u"OUT"_s});
    parser.addOption({u"banner"_s, u"Handling banner printed at the top and bottom of every page."_s, u"TEXT"_s});
    parser.addOption({u"paper"_s, u"a4 or letter (default: from the locale)."_s, u"SIZE"_s});
}

int brief(QCommandLineParser& parser, const QStringList& positional, QTextStream& out, QTextStream&)
{
    return run(parser, positional, out);
}

} // namespace attache::cli
