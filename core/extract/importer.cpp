// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/importer.h"

#include <algorithm>

#include <QDateTime>
#include <QHash>

#include "extract/gazetteer.h"
#include "extract/spelling.h"
#include "provenance/anchoring.h"
#include "storage/project.h"
#include "util/codepoints.h"

namespace attache::extract {
namespace {

/// Resolves candidate names to actor ids: the accepted candidates first, then the project's actors and aliases.
class Names
{
public:
    explicit Names(const Project& project)
        : m_project(project)
    {
    }
    void add(const QString& name, ActorId id) { m_ids.insert(name, id); }
    ActorId find(const QString& name) const
    {
        if (name.isEmpty())
            return {};
        if (const auto it = m_ids.constFind(name); it != m_ids.cend())
            return *it;
        const auto actor = m_project.actors().findByName(name);
        return actor ? actor->id : ActorId();
    }

private:
    const Project& m_project;
    QHash<QString, ActorId> m_ids;
};

bool acceptedCandidate(const Extraction& x, const QString& name)
{
    for (const ActorCandidate& c : x.actors) {
        if (c.name == name)
            return c.accepted;
    }
    return true; // not a candidate: a name of the project
}

/// A person matched to an actor of the project under another spelling of the same name ("Zelenskiy" for
/// "Zelenskyy"), by the importer or by the analyst, gives that actor the spelling as an alias, so that the next
/// article that writes it so is matched by name. Only the full name (a surname alone would match namesakes), and
/// only a spelling of the same name: a name the analyst merged into another actor ("Tomas Berglund" into "the
/// ministry's spokesman") is no name of that actor.
void addSpelling(Project& project, ActorId id, const QString& spelling)
{
    auto actor = project.actors().find(id);
    const QString name = spelling.simplified();
    if (!actor || name.isEmpty() || actor->isNamed(name))
        return;
    const auto spelledAs = [&](const QString& known) { return sameSpelledPerson(name, known); };
    if (!spelledAs(actor->name) && std::none_of(actor->aliases.cbegin(), actor->aliases.cend(), spelledAs))
        return;
    actor->aliases.append(name);
    project.actors().update(*actor);
}

} // namespace

QString statementProblem(const Project& project, const Extraction& x, const StatementCandidate& statement)
{
    if (statement.quote.trimmed().isEmpty())
        return QStringLiteral("the statement has no text");
    if (statement.speaker.isEmpty())
        return QStringLiteral("no speaker is named");
    const bool candidate = std::any_of(x.actors.cbegin(), x.actors.cend(), [&](const ActorCandidate& c) { return c.name == statement.speaker; });
    if (candidate && !acceptedCandidate(x, statement.speaker))
        return QStringLiteral("its speaker %1 is not accepted").arg(statement.speaker);
    if (!candidate && !project.actors().findByName(statement.speaker))
        return QStringLiteral("its speaker %1 is neither a candidate nor an actor of the project").arg(statement.speaker);
    return {};
}

Imported store(Project& project, const Extraction& x)
{
    const QString& text = x.article.text;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto cp = [&](qsizetype utf16) { return codepoints::fromUtf16(text, utf16); };
    Imported imported;

    Source source;
    source.title = x.article.meta.title;
    source.outlet = x.article.meta.outlet;
    source.authors = x.article.meta.authors;
    source.url = x.article.meta.url;
    source.published = x.article.meta.published;
    source.retrieved = now;
    source.text = text;
    source.original = x.article.original;
    imported.source = project.sources().insert(source);

    const auto annotate = [&](const Span& span, AnnotationKind kind, TargetType type, qint64 target) {
        project.annotations().insert(anchoring::make(text, imported.source, cp(span.start), cp(span.end), kind, type, target, now));
        ++imported.annotations;
    };

    Names names(project);
    for (const ActorCandidate& c : x.actors) {
        if (!c.accepted)
            continue;
        ActorId id(c.projectId);
        if (!id.isValid()) {
            Actor a;
            a.name = c.name;
            a.kind = c.kind;
            a.aliases = c.aliases;
            a.role = c.role;
            a.country = c.country;
            id = project.actors().insert(a);
            imported.actors.append(id);
        } else {
            addSpelling(project, id, c.name);
        }
        names.add(c.name, id);
        for (const Span& m : c.mentions)
            annotate(m, AnnotationKind::ActorMention, TargetType::Actor, id.value);
    }
    // Affiliations point at candidates of the same article or actors already there; a state or body the article
    // names only in a title ("Kenyan President X") becomes an actor, so that the person's side is known.
    for (const ActorCandidate& c : x.actors) {
        if (!c.accepted || c.affiliation.isEmpty() || c.projectId)
            continue;
        auto actor = project.actors().find(names.find(c.name));
        ActorId affiliation = names.find(c.affiliation);
        const Gazetteer::Entry* entry = Gazetteer::instance().byName(c.affiliation);
        if (!affiliation.isValid() && actor && entry && entry->kind != ActorKind::Person && entry->kind != ActorKind::Media) {
            Actor side;
            side.name = entry->name;
            side.kind = entry->kind;
            side.country = entry->country;
            affiliation = project.actors().insert(side);
            imported.actors.append(affiliation);
            names.add(entry->name, affiliation);
        }
        if (actor && affiliation.isValid() && affiliation != actor->id) {
            actor->affiliation = affiliation;
            project.actors().update(*actor);
        }
    }

    QList<EventId> eventIds; // by candidate index; invalid for those not stored
    for (const EventCandidate& c : x.events) {
        EventId id;
        if (c.accepted) {
            id = EventId(c.projectId);
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
                    const ActorId actor = names.find(name);
                    const bool known = std::any_of(e.participants.cbegin(), e.participants.cend(),
                        [&](const Participant& p) { return p.actor == actor; });
                    if (actor.isValid() && !known && acceptedCandidate(x, name))
                        e.participants.append(Participant{actor, ParticipantRole::Participant});
                }
                id = project.events().insert(e);
                imported.events.append(id);
            }
            // A cancellation is news later than the plan, whichever report comes in first: an event still planned
            // in the project is cancelled when this report says so.
            if (id.isValid() && c.status == EventStatus::Cancelled && !imported.events.contains(id)) {
                if (std::optional<Event> existing = project.events().find(id); existing && existing->status == EventStatus::Planned) {
                    existing->status = EventStatus::Cancelled;
                    project.events().update(*existing);
                }
            }
            if (id.isValid()) {
                for (const Span& s : c.evidence)
                    annotate(s, AnnotationKind::EventEvidence, TargetType::Event, id.value);
            }
        }
        eventIds.append(id);
    }

    for (const StatementCandidate& c : x.statements) {
        if (!c.accepted || !statementProblem(project, x, c).isEmpty())
            continue;
        Statement st;
        st.speaker = names.find(c.speaker);
        if (!st.speaker.isValid())
            continue;
        st.text = c.quote;
        st.kind = c.kind;
        st.when = c.date;
        st.source = imported.source;
        st.spanStart = cp(c.span.start);
        st.spanEnd = cp(c.span.end);
        if (c.event >= 0 && c.event < eventIds.size() && eventIds[c.event].isValid())
            st.venue = eventIds[c.event];
        const StatementId id = project.statements().insert(st);
        imported.statements.append(id);
        annotate(c.span, AnnotationKind::Statement, TargetType::Statement, id.value);
    }
    return imported;
}

} // namespace attache::extract
