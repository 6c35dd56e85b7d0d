// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/cli.h"

#include <functional>
#include <map>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include "cli/articles.h"
#include "cli/brief.h"
#include "cli/failure.h"
#include "interop/formats.h"
#include "interop/projectjson.h"
#include "sample/generator.h"
#include "sample/sample.h"
#include "storage/project.h"
#include "storage/storageerror.h"

namespace attache::cli {
namespace {

struct Command
{
    const char* name;
    const char* synopsis;
    const char* summary;
    std::function<int(QCommandLineParser&, const QStringList&, QTextStream&, QTextStream&)> run;
    std::function<void(QCommandLineParser&)> options;
};

QString text(const char* ascii)
{
    return QString::fromLatin1(ascii);
}

/// Parses the arguments after the command name; throws a usage error for unknown options or a wrong count.
QStringList parse(QCommandLineParser& parser, const QStringList& arguments, const Command& command, int minPositional,
    int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv{QStringLiteral("attache")};
    argv += arguments;
    if (!parser.parse(argv))
        usage(text(command.name) + QStringLiteral(": ") + parser.errorText());
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < minPositional || positional.size() > maxPositional)
        usage(QStringLiteral("usage: attache %1").arg(text(command.synopsis)));
    return positional;
}

std::unique_ptr<Project> openProject(const QString& path, Project::Access access)
{
    auto project = Project::open(path, access);
    if (!project)
        fail(project.error());
    return std::move(project.value());
}

FuzzyDate dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return {};
    auto date = FuzzyDate::parse(parser.value(name));
    if (!date)
        usage(QStringLiteral("--%1: %2").arg(name, date.error()));
    return date.value();
}

QString spanText(const std::optional<std::pair<qint64, qint64>>& span)
{
    if (!span)
        return QStringLiteral("none");
    const auto day = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate); };
    return day(span->first) + QStringLiteral(" .. ") + day(span->second);
}

void writeOutput(const QByteArray& data, const QString& path, QTextStream& out)
{
    if (path.isEmpty() || path == QStringLiteral("-")) {
        // The bytes as they are (a CSV byte order mark included), where the stream has a device to take them.
        out.flush();
        if (QIODevice* device = out.device())
            device->write(data);
        else
            out << QString::fromUtf8(data);
        out.flush();
        return;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        fail(QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString()));
}

// ---------------------------------------------------------------- the commands

int cmdNew(QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream&)
{
    const QString path = args.at(0);
    QByteArray json;
    const QString from = parser.value(QStringLiteral("from-json"));
    if (!from.isEmpty()) {
        QFile file(from);
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("%1: cannot read (%2)").arg(from, file.errorString()));
        json = file.readAll();
    }
    auto project = Project::create(path);
    if (!project)
        fail(project.error());
    if (!from.isEmpty()) {
        const Status read = projectjson::read(json, from, **project);
        if (!read) {
            project.value().reset();
            QFile::remove(path);
            fail(read.error());
        }
    }
    out << QStringLiteral("created %1").arg(path) << Qt::endl;
    return Success;
}

/// `push FILE URL` and `pull URL FILE`: the project at args[0] copied whole into a new project at args[1].
int cmdCopy(const QStringList& args, QTextStream& out)
{
    const auto from = openProject(args.at(0), Project::Access::ReadOnly);
    const QString to = args.at(1);
    auto target = Project::create(to);
    if (!target)
        fail(target.error());
    const Status copied = projectjson::copy(*from, **target);
    if (!copied) {
        target.value().reset();
        if (!Project::isServerLocation(to))
            QFile::remove(to);
        fail(copied.error());
    }
    const ProjectStats stats = target.value()->stats();
    out << QStringLiteral("copied %1 to %2: %3 actors, %4 events, %5 statements, %6 sources, %7 annotations")
               .arg(from->path(), target.value()->path())
               .arg(stats.actors)
               .arg(stats.events)
               .arg(stats.statements)
               .arg(stats.sources)
               .arg(stats.annotations)
        << Qt::endl;
    return Success;
}

int cmdSample(QCommandLineParser&, const QStringList& args, QTextStream& out, QTextStream&)
{
    auto project = sample::create(args.at(0));
    if (!project)
        fail(project.error());
    const ProjectStats stats = project.value()->stats();
    out << QStringLiteral("created %1 with the sample timeline (%2 events, %3 actors, %4 statements)")
               .arg(args.at(0))
               .arg(stats.events)
               .arg(stats.actors)
               .arg(stats.statements)
        << Qt::endl;
    return Success;
}

int cmdInfo(QCommandLineParser&, const QStringList& args, QTextStream& out, QTextStream&)
{
    const auto project = openProject(args.at(0), Project::Access::ReadOnly);
    const ProjectStats s = project->stats();
    out << "project: " << args.at(0) << '\n'
        << "schema: " << s.schemaVersion << '\n'
        << "actors: " << s.actors << '\n'
        << "events: " << s.events << '\n'
        << "statements: " << s.statements << '\n'
        << "sources: " << s.sources << '\n'
        << "annotations: " << s.annotations << '\n'
        << "span: " << spanText(s.span) << Qt::endl;
    return Success;
}

int cmdEvents(QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream&)
{
    EventQuery query;
    if (const FuzzyDate from = dateOption(parser, QStringLiteral("from")); !from.isNull())
        query.fromMs = from.earliestMs();
    if (const FuzzyDate to = dateOption(parser, QStringLiteral("to")); !to.isNull())
        query.toMs = to.latestMs();
    if (parser.isSet(QStringLiteral("kind"))) {
        query.kind = eventKindFromText(parser.value(QStringLiteral("kind")));
        if (!query.kind) {
            usage(QStringLiteral("--kind: \"%1\" is not one of %2")
                      .arg(parser.value(QStringLiteral("kind")), eventKindTexts().join(QStringLiteral(", "))));
        }
    }
    const auto project = openProject(args.at(0), Project::Access::ReadOnly);
    if (parser.isSet(QStringLiteral("actor"))) {
        const QString name = parser.value(QStringLiteral("actor"));
        const auto actor = project->actors().findByName(name);
        if (!actor)
            fail(QStringLiteral("%1: no actor is named \"%2\"").arg(args.at(0), name));
        query.actor = actor->id;
    }
    QHash<qint64, QString> names;
    for (const Actor& a : project->actors().all())
        names.insert(a.id.value, a.name);
    const QList<Event> events = project->events().list(query);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Event& e : events) {
            QJsonArray participants;
            for (const Participant& p : e.participants)
                participants.append(names.value(p.actor.value));
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id.value},
                {QStringLiteral("title"), e.title},
                {QStringLiteral("kind"), toText(e.kind)},
                {QStringLiteral("status"), toText(e.status)},
                {QStringLiteral("start"), e.start.toString()},
                {QStringLiteral("end"), e.end.isNull() ? QJsonValue() : QJsonValue(e.end.toString())},
                {QStringLiteral("location"), e.location},
                {QStringLiteral("participants"), participants},
            });
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        out.flush();
        return Success;
    }
    for (const Event& e : events) {
        QStringList who;
        for (const Participant& p : e.participants)
            who.append(names.value(p.actor.value));
        out << e.id.value << '\t' << e.when().toString() << '\t' << toText(e.kind) << '\t' << toText(e.status) << '\t'
            << e.title;
        if (!who.isEmpty())
            out << QStringLiteral(" (") << who.join(QStringLiteral(", ")) << ')';
        out << '\n';
    }
    out.flush();
    return Success;
}

int cmdSearch(QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream&)
{
    const auto project = openProject(args.at(0), Project::Access::ReadOnly);
    const QString query = args.mid(1).join(u' ');
    const auto hits = project->search(query, parser.value(QStringLiteral("limit")).toInt());
    if (!hits)
        fail(QStringLiteral("%1: %2").arg(args.at(0), hits.error()));
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& hit : hits.value()) {
            array.append(QJsonObject{{QStringLiteral("type"), toText(hit.type)}, {QStringLiteral("id"), hit.id},
                {QStringLiteral("title"), hit.title}, {QStringLiteral("snippet"), hit.snippet}});
        }
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const SearchHit& hit : hits.value())
            out << toText(hit.type) << '\t' << hit.id << '\t' << hit.title << '\t' << hit.snippet << '\n';
    }
    out.flush();
    return Success;
}

int cmdGenerate(QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream& err)
{
    generator::Options options;
    bool ok = true;
    const auto number = [&](const char* name, qint64 fallback) -> qint64 {
        const QString key = text(name);
        if (!parser.isSet(key))
            return fallback;
        const qint64 value = parser.value(key).toLongLong(&ok);
        if (!ok || value < 0)
            usage(QStringLiteral("--%1: \"%2\" is not a whole number of 0 or more").arg(key, parser.value(key)));
        return value;
    };
    if (!parser.isSet(QStringLiteral("events")))
        usage(QStringLiteral("usage: attache generate P --events N [--seed S] [--statements M] [--actors A]"));
    options.events = number("events", 0);
    options.seed = quint64(number("seed", 1));
    options.statements = number("statements", -1);
    options.actors = int(std::clamp<qint64>(number("actors", 200), 2, 100000));
    auto project = Project::create(args.at(0));
    if (!project)
        fail(project.error());
    const Status done = generator::generate(**project, options, [&err](qint64 written, qint64 total) {
        if (written % 100000 == 0)
            err << QStringLiteral("generating: %1 of %2 rows").arg(written).arg(total) << Qt::endl;
        return true;
    });
    if (!done) {
        project.value().reset();
        QFile::remove(args.at(0));
        fail(QStringLiteral("%1: %2").arg(args.at(0), done.error()));
    }
    const ProjectStats stats = project.value()->stats();
    out << QStringLiteral("created %1 with %2 events, %3 actors and %4 statements")
               .arg(args.at(0))
               .arg(stats.events)
               .arg(stats.actors)
               .arg(stats.statements)
        << Qt::endl;
    return Success;
}

QString exportFormatNames()
{
    QStringList names;
    for (const interop::ExportFormat& format : interop::exportFormats())
        names.append(format.name.toString());
    return names.join(u'|');
}

int cmdExport(QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream&)
{
    const QString name = parser.value(QStringLiteral("format"));
    if (name.isEmpty())
        usage(QStringLiteral("usage: attache export P --format %1 [--bom] [-o OUT]").arg(exportFormatNames()));
    const interop::ExportFormat* format = interop::findExportFormat(name);
    if (!format) {
        fail(QStringLiteral("export format \"%1\" is not supported by this version (supported: %2)")
                 .arg(name, exportFormatNames().replace(u'|', QStringLiteral(", "))));
    }
    interop::ExportOptions options;
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));
    if (options.byteOrderMark && format->suffix != u"csv")
        usage(QStringLiteral("--bom goes with the CSV formats only"));
    const auto project = openProject(args.at(0), Project::Access::ReadOnly);
    writeOutput(format->write(*project, options), parser.value(QStringLiteral("output")), out);
    return Success;
}

/// `attache import P FILE.csv|.ics|.json...`: events from other tools' files (and project JSON merged), all files in
/// one transaction.
int cmdImportData(const QStringList& args, QTextStream& out)
{
    const auto project = openProject(args.at(0), Project::Access::ReadWrite);
    QList<std::pair<QString, QByteArray>> files;
    for (const QString& path : args.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            fail(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
        files.append({path, file.readAll()});
    }
    QStringList lines;
    QString failure;
    const Status written = project->write([&] {
        for (const auto& [path, data] : std::as_const(files)) {
            const auto summary = interop::importFormatFor(path)->read(data, path, *project);
            if (!summary) {
                failure = summary.error();
                throw StorageError(failure);
            }
            lines.append(path + QStringLiteral(": ") + summary->text());
        }
    });
    if (!written)
        fail(failure.isEmpty() ? written.error() : failure);
    for (const QString& line : std::as_const(lines))
        out << line << Qt::endl;
    return Success;
}

int cmdImportAny(QCommandLineParser& parser, const QStringList& args, QTextStream& out, QTextStream& err)
{
    const QStringList files = args.mid(1);
    const auto isData = [](const QString& file) { return interop::importFormatFor(file) != nullptr; };
    const qsizetype data = std::count_if(files.cbegin(), files.cend(), isData);
    if (data == 0)
        return cmdImport(parser, args, out, err);
    if (data != files.size())
        usage(QStringLiteral("import articles and data files (.csv, .ics, .json) in separate commands"));
    return cmdImportData(args, out);
}

const std::vector<Command>& commands()
{
    static const std::vector<Command> table{
        {"new", "new P.attache [--from-json F]", "create an empty project, or one filled from a project JSON file",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdNew(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("from-json"), QStringLiteral("Project JSON to fill it from."), QStringLiteral("F")});
            }},
        {"push", "push P.attache postgresql://USER@HOST/DB",
            "copy a project file to a new team project on a PostgreSQL server, losslessly (the database must exist and "
            "hold no project yet)",
            [](auto&, auto& a, auto& o, auto&) { return cmdCopy(a, o); }, {}},
        {"pull", "pull postgresql://USER@HOST/DB P.attache", "copy a team project from the server into a new project file",
            [](auto&, auto& a, auto& o, auto&) { return cmdCopy(a, o); }, {}},
        {"sample", "sample P.attache", "create the bundled sample project (the Alaska summit timeline)",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdSample(p, a, o, e); }, {}},
        {"info", "info P", "schema version, counts of actors/events/statements/sources/annotations, date span",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdInfo(p, a, o, e); }, {}},
        {"events", "events P [--from D] [--to D] [--actor NAME] [--kind K] [--json]", "list events in time order",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdEvents(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("from"), QStringLiteral("Events ending on or after D."), QStringLiteral("D")});
                p.addOption({QStringLiteral("to"), QStringLiteral("Events starting on or before D."), QStringLiteral("D")});
                p.addOption({QStringLiteral("actor"), QStringLiteral("Events with this participant."), QStringLiteral("NAME")});
                p.addOption({QStringLiteral("kind"), QStringLiteral("Events of this kind."), QStringLiteral("K")});
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
            }},
        {"search", "search P QUERY [--json]", "full-text search; hits with type, id, snippet",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdSearch(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON.")});
                p.addOption({QStringLiteral("limit"), QStringLiteral("At most N hits."), QStringLiteral("N"), QStringLiteral("100")});
            }},
        {"export", "export P --format json|csv|csv-statements|ics|timelinejs|gdelt|annotations [--bom] [-o OUT]",
            "export the project (stdout without -o): project JSON, events or statements as CSV (--bom for spreadsheets "
            "that want one), iCalendar, TimelineJS3 JSON, GDELT-style TSV",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdExport(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("format"), QStringLiteral("Output format."), QStringLiteral("FORMAT")});
                p.addOption({QStringLiteral("bom"), QStringLiteral("Start CSV with a UTF-8 byte order mark.")});
                p.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Output file."), QStringLiteral("OUT")});
            }},
        {"extract", "extract FILE [--published YYYY-MM-DD] [--project P]",
            "print the extraction of one article as JSON; with --project, candidates are matched to the project",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdExtract(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("published"), QStringLiteral("Publication date."), QStringLiteral("D")});
                p.addOption({QStringLiteral("project"), QStringLiteral("Project to match against."), QStringLiteral("P")});
            }},
        {"import", "import P FILE... [--published D] [--accept-all] [--force]",
            "import articles non-interactively (all candidates accepted); the same text twice is refused unless --force. "
            "Files ending .csv (events, TimelineJS sheet layout), .ics, .json (project JSON, merged) or .jsonld (W3C Web "
            "Annotations on the project's sources) are imported as data instead, all in one transaction, actors matched by name or alias",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdImportAny(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("published"), QStringLiteral("Publication date."), QStringLiteral("D")});
                p.addOption({QStringLiteral("accept-all"), QStringLiteral("Accept every candidate.")});
                p.addOption({QStringLiteral("force"), QStringLiteral("Import a text that is already there.")});
            }},
        {"brief", "brief P (--event ID [--days N] | --actor NAME [--from D] [--to D] | --from D --to D) -o OUT.pdf|.html|.odt [--banner TEXT] [--paper a4|letter]",
            "briefing sheet on an event (with related events within N days), an actor or a period, as PDF, HTML or ODT",
            [](auto& p, auto& a, auto& o, auto& e) { return brief(p, a, o, e); }, &briefOptions},
        {"generate", "generate P --events N [--seed S] [--statements M] [--actors A]",
            "synthetic project for benchmarks (realistic spread of dates, lanes, kinds)",
            [](auto& p, auto& a, auto& o, auto& e) { return cmdGenerate(p, a, o, e); },
            [](QCommandLineParser& p) {
                p.addOption({QStringLiteral("events"), QStringLiteral("Number of events."), QStringLiteral("N")});
                p.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S")});
                p.addOption({QStringLiteral("statements"), QStringLiteral("Number of statements."), QStringLiteral("M")});
                p.addOption({QStringLiteral("actors"), QStringLiteral("Number of actors."), QStringLiteral("A")});
            }},
    };
    return table;
}

// Positional argument counts: every command takes the project path; search also takes the query words.
std::pair<int, int> positionalRange(const QString& name)
{
    if (name == QStringLiteral("search") || name == QStringLiteral("import"))
        return {2, 1000};
    if (name == QStringLiteral("push") || name == QStringLiteral("pull"))
        return {2, 2};
    return {1, 1};
}

QString helpText()
{
    QString help = QStringLiteral("Attaché %1 — a timeline of diplomatic events, actors and statements.\n\n"
                                  "usage: attache [FILE.attache]      open the app (on FILE, or the last project)\n"
                                  "       attache COMMAND ARGS...     run a command without a display\n\n"
                                  "commands:\n")
                       .arg(QStringLiteral(ATTACHE_VERSION));
    for (const Command& c : commands())
        help += QStringLiteral("  attache %1\n      %2\n").arg(text(c.synopsis), text(c.summary));
    help += QStringLiteral("  attache --version | --help\n\n"
                           "P is a project file or a team project on a PostgreSQL server: postgresql://USER@HOST[:PORT]/DB (the "
                           "password from ~/.pgpass or PGPASSWORD).\n"
                           "Dates are EDTF/ISO (2025-08-15, 2025-08, 2025). Exit status: 0 success, 1 the command "
                           "failed, 2 usage error.\n");
    return help;
}

} // namespace

bool isCommand(const QStringList& arguments)
{
    if (arguments.isEmpty())
        return false;
    const QString& first = arguments.first();
    if (first.startsWith(u'-'))
        return !first.startsWith(QStringLiteral("-platform")) && !first.startsWith(QStringLiteral("-style"))
            && !first.startsWith(QStringLiteral("--platform")) && !first.startsWith(QStringLiteral("-geometry"));
    // A project to open in the GUI ends in .attache, names an existing file or is a team project's address;
    // anything else is a command.
    return !first.endsWith(QStringLiteral(".attache")) && !QFileInfo::exists(first) && !Project::isServerLocation(first);
}

int run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    try {
        if (arguments.isEmpty())
            usage(QStringLiteral("no command given"));
        const QString name = arguments.first();
        if (name == QStringLiteral("--version") || name == QStringLiteral("-v")) {
            out << QStringLiteral("attache %1").arg(QStringLiteral(ATTACHE_VERSION)) << Qt::endl;
            return Success;
        }
        if (name == QStringLiteral("--help") || name == QStringLiteral("-h") || name == QStringLiteral("help")) {
            out << helpText();
            out.flush();
            return Success;
        }
        for (const Command& c : commands()) {
            if (name != text(c.name))
                continue;
            QCommandLineParser parser;
            if (c.options)
                c.options(parser);
            const auto [low, high] = positionalRange(name);
            const QStringList positional = parse(parser, arguments.mid(1), c, low, high);
            return c.run(parser, positional, out, err);
        }
        usage(QStringLiteral("unknown command \"%1\"").arg(name));
    } catch (const Failed& failed) {
        err << QStringLiteral("attache: ") << failed.message << Qt::endl;
        if (failed.code == UsageError)
            err << QStringLiteral("Try 'attache --help' for the commands and their options.") << Qt::endl;
        return failed.code;
    } catch (const StorageError& e) {
        err << QStringLiteral("attache: ") << e.message() << Qt::endl;
        return Failure;
    } catch (const std::exception& e) {
        err << QStringLiteral("attache: ") << QString::fromUtf8(e.what()) << Qt::endl;
        return Failure;
    }
}

} // namespace attache::cli
