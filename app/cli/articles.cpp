// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/articles.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include "cli/failure.h"
#include "extract/extraction.h"
#include "extract/importer.h"
#include "extract/reader.h"
#include "storage/project.h"
#include "storage/projectsnapshot.h"
#include "storage/storageerror.h"

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

} // namespace

int cmdExtract(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream&)
{
    const FuzzyDate published = publishedOption(parser);
    const extract::Article article = readFile(arguments.at(0));
    std::unique_ptr<Project> project;
    if (parser.isSet(QStringLiteral("project")))
        project = openProject(parser.value(QStringLiteral("project")), Project::Access::ReadOnly);
    const std::optional<ProjectSnapshot> snapshot = project ? std::optional<ProjectSnapshot>(*project) : std::nullopt;
    const extract::Extraction x = extract::extract(article, published, snapshot ? &*snapshot : nullptr);
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
            const ProjectSnapshot snapshot(*project);
            const extract::Extraction x = extract::extract(article, published, &snapshot);
            const Status written = project->write([&] { extract::store(*project, x); });
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
