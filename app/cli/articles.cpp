// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/articles.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include "cli/failure.h"
#include "extract/extraction.h"
#include "extract/reader.h"
#include "storage/project.h"
#include "storage/storageerror.h"
#include "util/codepoints.h"

namespace attache::cli {
namespace {

FuzzyDate publishedOption(const QCommandLineParser& parser)
{
    const QString text = parser.value(QStringLiteral("published"));
    if (text.isEmpty())
        return {};
    auto date = FuzzyDate::parse(text);
    if (!date)
        usage(QStringLiteral("--published: %1").arg(date.error()));
    return date.value();
}

extract::Article readFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fail(QStringLiteral("%1: cannot read (%2)").arg(path, file.errorString()));
    if (file.size() > extract::maxArticleBytes) {
        fail(QStringLiteral("%1: too large to read as an article (the limit is %2 MB)")
                 .arg(path)
                 .arg(extract::maxArticleBytes / (1024 * 1024)));
    }
    auto article = extract::readArticle(file.readAll(), path);
    if (!article)
        fail(article.error());
    return std::move(article.value());
}

std::unique_ptr<Project> openProject(const QString& path, Project::Access access)
{
    auto project = Project::open(path, access);
    if (!project)
        fail(project.error());
    return std::move(project.value());
}

/// An annotation on `text` for the UTF-16 span, with its W3C selectors (code points, 32 characters of context).
Annotation annotationFor(const QString& text, SourceId source, const extract::Span& span, AnnotationKind kind,
    TargetType type, qint64 target, const QDateTime& now)
{
    Annotation a;
    a.source = source;
    a.start = codepoints::fromUtf16(text, span.start);
    a.end = codepoints::fromUtf16(text, span.end);
    a.exact = text.mid(span.start, span.end - span.start);
    a.prefix = codepoints::slice(text, std::max<qint64>(0, a.start - Annotation::quoteContext), a.start);
    a.suffix = codepoints::slice(text, a.end, a.end + Annotation::quoteContext);
    a.kind = kind;
    a.targetType = type;
    a.targetId = target;
    a.created = now;
    return a;
}

/// Stores one article's extraction: the source, then every candidate, each with annotations on its evidence.
void store(Project& project, const extract::Extraction& x)
{
    const QString& text = x.article.text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Source source;
    source.title = x.article.meta.title;
    source.outlet = x.article.meta.outlet;
    source.authors = x.article.meta.authors;
    source.url = x.article.meta.url;
    source.published = x.article.meta.published;
    source.retrieved = now;
    source.text = text;
    source.original = x.article.original;
    const SourceId sourceId = project.sources().insert(source);

    QHash<QString, ActorId> actorIds;
    for (const extract::ActorCandidate& c : x.actors) {
        ActorId id(c.projectId);
        if (!id.isValid()) {
            Actor a;
            a.name = c.name;
            a.kind = c.kind;
            a.aliases = c.aliases;
            a.role = c.role;
            a.country = c.country;
            id = project.actors().insert(a);
        }
        actorIds.insert(c.name, id);
        for (const extract::Span& m : c.mentions)
            project.annotations().insert(annotationFor(text, sourceId, m, AnnotationKind::ActorMention, TargetType::Actor, id.value, now));
    }
    // Affiliations point at candidates of the same article or actors already there.
    for (const extract::ActorCandidate& c : x.actors) {
        if (c.affiliation.isEmpty() || c.projectId)
            continue;
        auto actor = project.actors().find(actorIds.value(c.name));
        const ActorId affiliation = actorIds.contains(c.affiliation) ? actorIds.value(c.affiliation)
            : project.actors().findByName(c.affiliation) ? project.actors().findByName(c.affiliation)->id
                                                         : ActorId();
        if (actor && affiliation.isValid() && affiliation != actor->id) {
            actor->affiliation = affiliation;
            project.actors().update(*actor);
        }
    }
    QList<EventId> eventIds;
    for (const extract::EventCandidate& c : x.events) {
        EventId id(c.projectId);
        if (!id.isValid() && !c.date.isNull()) {
            Event e;
            e.title = c.title;
            e.kind = c.kind;
            e.status = c.status;
            e.start = c.date;
            e.end = c.endDate;
            e.location = c.location;
            e.cameo = c.cameo;
            for (const QString& name : c.participants) {
                if (actorIds.contains(name))
                    e.participants.append(Participant{actorIds.value(name), ParticipantRole::Participant});
            }
            id = project.events().insert(e);
        }
        eventIds.append(id);
        if (id.isValid()) {
            for (const extract::Span& s : c.evidence)
                project.annotations().insert(annotationFor(text, sourceId, s, AnnotationKind::EventEvidence, TargetType::Event, id.value, now));
        }
    }
    for (const extract::StatementCandidate& c : x.statements) {
        if (c.speaker.isEmpty() || !actorIds.contains(c.speaker))
            continue;
        Statement st;
        st.speaker = actorIds.value(c.speaker);
        st.text = c.quote;
        st.kind = c.kind;
        st.when = c.date;
        st.source = sourceId;
        st.spanStart = codepoints::fromUtf16(text, c.span.start);
        st.spanEnd = codepoints::fromUtf16(text, c.span.end);
        if (c.event >= 0 && c.event < eventIds.size() && eventIds[c.event].isValid())
            st.venue = eventIds[c.event];
        const StatementId id = project.statements().insert(st);
        project.annotations().insert(annotationFor(text, sourceId, c.span, AnnotationKind::Statement, TargetType::Statement, id.value, now));
    }
}

} // namespace

int cmdExtract(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream&)
{
    const FuzzyDate published = publishedOption(parser);
    const extract::Article article = readFile(arguments.at(0));
    std::unique_ptr<Project> project;
    if (parser.isSet(QStringLiteral("project")))
        project = openProject(parser.value(QStringLiteral("project")), Project::Access::ReadOnly);
    const extract::Extraction x = extract::extract(article, published, project.get());
    out << QString::fromUtf8(extract::toJson(x));
    out.flush();
    return Success;
}

int cmdImport(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (!parser.isSet(QStringLiteral("accept-all")))
        usage(QStringLiteral("import needs --accept-all on the command line (reviewing candidates is done in the app)"));
    const FuzzyDate published = publishedOption(parser);
    const auto project = openProject(arguments.at(0), Project::Access::ReadWrite);
    int imported = 0;
    QStringList failures;
    for (const QString& file : arguments.mid(1)) {
        try {
            const extract::Article article = readFile(file);
            if (!parser.isSet(QStringLiteral("force"))) {
                if (const auto existing = project->sources().findByHash(Source::hashText(article.text)))
                    fail(QStringLiteral("%1: already imported as “%2” (use --force to import it again)").arg(file, existing->title));
            }
            const extract::Extraction x = extract::extract(article, published, project.get());
            const Status written = project->write([&] { store(*project, x); });
            if (!written)
                fail(QStringLiteral("%1: %2").arg(file, written.error()));
            out << QStringLiteral("imported %1: %2 actors, %3 events, %4 statements")
                       .arg(file)
                       .arg(x.actors.size())
                       .arg(x.events.size())
                       .arg(x.statements.size())
                << Qt::endl;
            ++imported;
        } catch (const Failed& failed) {
            // A file that fails is reported; the others go on.
            failures.append(failed.message);
            err << QStringLiteral("attache: ") << failed.message << Qt::endl;
        }
    }
    return failures.isEmpty() ? Success : Failure;
}

} // namespace attache::cli
