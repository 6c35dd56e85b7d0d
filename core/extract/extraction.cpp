// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's pipeline: each stage in a file of its own reads what the stages before it found and adds its own
// (sentences, people, entities and their mentions, quotations, statements with their speakers, dates, events and
// their titles); this file runs them in order and writes the result as JSON.
#include "extract/extraction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "extract/analysis.h"
#include "extract/entities.h"
#include "extract/eventmatching.h"
#include "extract/eventtitles.h"
#include "extract/events.h"
#include "extract/gazetteer.h"
#include "extract/people.h"
#include "extract/sentences.h"
#include "extract/spelling.h"
#include "extract/statements.h"

namespace attache::extract {
namespace {

QJsonValue dateJson(const FuzzyDate& d)
{
    return d.isNull() ? QJsonValue() : QJsonValue(d.toString());
}

} // namespace

namespace {

/// Titles name the actors as the project does: "Zelenskyy talks" where the project spells him so and this outlet
/// writes "Zelensky".
void retitleAsTheProjectNames(Extraction& result, const ProjectView& project)
{
    QHash<QString, QString> projectName;
    QList<ActorCandidate> renamed = result.actors;
    for (ActorCandidate& a : renamed) {
        if (!a.projectId)
            continue;
        if (const auto found = project.actor(ActorId(a.projectId)); found && found->name != a.name) {
            projectName.insert(a.name, found->name);
            a.name = found->name;
        }
    }
    if (projectName.isEmpty())
        return;
    for (EventCandidate& e : result.events) {
        EventCandidate named = e;
        bool changed = false;
        for (QString& p : named.participants) {
            if (const auto it = projectName.constFind(p); it != projectName.cend()) {
                p = *it;
                changed = true;
            }
        }
        if (changed)
            e.title = titleFor(named, renamed);
    }
}

} // namespace

Extraction extract(const Article& article, const FuzzyDate& published, const ProjectView* project)
{
    Extraction result;
    result.article = article;
    if (!published.isNull()) {
        result.article.meta.published = published;
        result.article.meta.publishedOrigin = PublishedOrigin::Given;
    } else if (result.article.meta.published.isNull()) {
        result.warnings.append(QStringLiteral("no publication date was given or found: relative dates stay unresolved"));
    }
    Analysis w{result.article.text, sentencesOf(result.article.text), {}, {}, {}, result.article.meta.published, {}, {}};
    w.dates = DateFinder(w.published).find(w.text);
    const QList<Gazetteer::Match> places = Gazetteer::instance().find(w.text);
    findPeople(w, places);
    findMentions(w, places);
    QList<std::pair<QString, QString>> venues;
    result.statements = findStatements(w, venues);
    result.events = findEvents(w, result.statements, venues);
    // Affiliations of people from their titles ("Ukrainian President"): make sure the state is a candidate too.
    for (ActorCandidate& a : w.actors)
        a.aliases.removeAll(a.name);
    // Actors that nothing mentions, speaks or takes part in are left out.
    QList<ActorCandidate> actors;
    for (const ActorCandidate& a : std::as_const(w.actors)) {
        bool used = !a.mentions.isEmpty();
        for (const StatementCandidate& st : std::as_const(result.statements))
            used = used || st.speaker == a.name;
        if (used)
            actors.append(a);
    }
    result.actors = actors;
    result.dates = w.dates;
    if (project) {
        QList<Actor> people; // read once, for the spellings below
        bool peopleRead = false;
        for (ActorCandidate& a : result.actors) {
            QStringList names{a.name};
            names += a.aliases;
            // A surname alone names no one but the person whose full name it is: "Rita Sousa", written "Sousa"
            // later, is not the project's "Ana Sousa" for sharing that word.
            const auto fullName = [](const QString& name) { return name.trimmed().contains(u' '); };
            for (const QString& n : names) {
                const auto found = project->actorNamed(n);
                if (found && a.kind == ActorKind::Person && found->kind == ActorKind::Person && !fullName(n)
                    && fullName(a.name) && fullName(found->name) && !found->isNamed(a.name)
                    && !sameSpelledPerson(a.name, found->name))
                    continue;
                if (found) {
                    a.projectId = found->id.value;
                    a.matchReason = QStringLiteral("same name as “%1” in the project").arg(found->name);
                    break;
                }
            }
            if (a.projectId || a.kind != ActorKind::Person)
                continue;
            // Another outlet's transliteration of the same person: "Volodymyr Zelenskiy" for "Volodymyr Zelenskyy".
            if (!peopleRead) {
                for (const Actor& actor : project->actors()) {
                    if (actor.kind == ActorKind::Person)
                        people.append(actor);
                }
                peopleRead = true;
            }
            for (const Actor& actor : std::as_const(people)) {
                if (sameSpelledPerson(a.name, actor.name)) {
                    a.projectId = actor.id.value;
                    a.matchReason = QStringLiteral("“%1” in the project, spelled another way").arg(actor.name);
                    break;
                }
            }
        }
        for (EventCandidate& e : result.events) {
            const EventMatch match = matchEvent(e, result.actors, *project, result.article.meta.published);
            e.projectId = match.projectId;
            e.matchReason = match.reason;
        }
        retitleAsTheProjectNames(result, *project);
    }
    result.warnings += result.article.warnings;
    return result;
}

QByteArray toJson(const Extraction& x)
{
    const QString& text = x.article.text;
    // UTF-16 index -> code point index, computed once.
    std::vector<qint64> cp(std::size_t(text.size()) + 1, 0);
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        cp[std::size_t(i)] = count;
        if (!(text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()))
            ++count;
    }
    cp[std::size_t(text.size())] = count;
    const auto span = [&cp](const Span& s) { return QJsonArray{cp[std::size_t(s.start)], cp[std::size_t(s.end)]}; };

    QJsonArray actors;
    for (const ActorCandidate& a : x.actors) {
        QJsonArray mentions;
        for (const Span& s : a.mentions)
            mentions.append(span(s));
        actors.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"), toText(a.kind)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(a.aliases)},
            {QStringLiteral("role"), a.role.isEmpty() ? QJsonValue() : QJsonValue(a.role)},
            {QStringLiteral("affiliation"), a.affiliation.isEmpty() ? QJsonValue() : QJsonValue(a.affiliation)},
            {QStringLiteral("country"), a.country.isEmpty() ? QJsonValue() : QJsonValue(a.country)},
            {QStringLiteral("project_id"), a.projectId ? QJsonValue(a.projectId) : QJsonValue()},
            {QStringLiteral("match"), a.matchReason.isEmpty() ? QJsonValue() : QJsonValue(a.matchReason)},
            {QStringLiteral("mentions"), mentions},
        });
    }
    QJsonArray events;
    for (const EventCandidate& e : x.events) {
        QJsonArray evidence;
        for (const Span& s : e.evidence)
            evidence.append(span(s));
        events.append(QJsonObject{
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), toText(e.kind)},
            {QStringLiteral("date"), dateJson(e.date)},
            {QStringLiteral("end_date"), dateJson(e.endDate)},
            {QStringLiteral("date_text"), e.dateText.isEmpty() ? QJsonValue() : QJsonValue(e.dateText)},
            {QStringLiteral("precision"), e.date.isNull() ? QStringLiteral("none") : toText(e.date.precision())},
            {QStringLiteral("location"), e.location.isEmpty() ? QJsonValue() : QJsonValue(e.location)},
            {QStringLiteral("participants"), QJsonArray::fromStringList(e.participants)},
            {QStringLiteral("status"), toText(e.status)},
            {QStringLiteral("cameo"), e.cameo.isEmpty() ? QJsonValue() : QJsonValue(e.cameo)},
            {QStringLiteral("project_id"), e.projectId ? QJsonValue(e.projectId) : QJsonValue()},
            {QStringLiteral("match"), e.matchReason.isEmpty() ? QJsonValue() : QJsonValue(e.matchReason)},
            {QStringLiteral("evidence"), evidence},
        });
    }
    QJsonArray statements;
    for (const StatementCandidate& s : x.statements) {
        statements.append(QJsonObject{
            {QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker)},
            {QStringLiteral("quote"), s.quote},
            {QStringLiteral("kind"), toText(s.kind)},
            {QStringLiteral("date"), dateJson(s.date)},
            {QStringLiteral("venue"), s.venue.isEmpty() ? QJsonValue() : QJsonValue(s.venue)},
            {QStringLiteral("event"), s.event >= 0 ? QJsonValue(s.event) : QJsonValue()},
            {QStringLiteral("span"), span(s.span)},
        });
    }
    QJsonArray dates;
    for (const DateMention& d : x.dates) {
        dates.append(QJsonObject{
            {QStringLiteral("text"), d.text},
            {QStringLiteral("value"), dateJson(d.value)},
            {QStringLiteral("precision"), d.value.isNull() ? QStringLiteral("none") : toText(d.value.precision())},
            {QStringLiteral("span"), span(Span{d.start, d.end})},
        });
    }
    const ArticleMetadata& m = x.article.meta;
    const QJsonObject source{
        {QStringLiteral("title"), m.title.isEmpty() ? QJsonValue() : QJsonValue(m.title)},
        {QStringLiteral("outlet"), m.outlet.isEmpty() ? QJsonValue() : QJsonValue(m.outlet)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(m.authors)},
        {QStringLiteral("contributors"), QJsonArray::fromStringList(m.contributors)},
        {QStringLiteral("site"), m.site.isEmpty() ? QJsonValue() : QJsonValue(m.site)},
        {QStringLiteral("url"), m.url.isEmpty() ? QJsonValue() : QJsonValue(m.url)},
        {QStringLiteral("dateline"), m.dateline.isEmpty() ? QJsonValue() : QJsonValue(m.dateline)},
        {QStringLiteral("published"), dateJson(m.published)},
        {QStringLiteral("published_origin"), toText(m.publishedOrigin)},
        {QStringLiteral("boilerplate"), QJsonArray::fromStringList(m.boilerplate)},
    };
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("text"), text},
                             {QStringLiteral("source"), source},
                             {QStringLiteral("actors"), actors},
                             {QStringLiteral("events"), events},
                             {QStringLiteral("statements"), statements},
                             {QStringLiteral("dates"), dates},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(x.warnings)},
                         })
        .toJson(QJsonDocument::Indented);
}

} // namespace attache::extract
