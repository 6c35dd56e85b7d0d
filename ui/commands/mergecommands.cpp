// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/mergecommands.h"

#include <algorithm>

#include <QSet>

#include "storage/project.h"

namespace attache {
namespace {

/// `ids` with every id in `from` replaced by `to`, each once.
QList<EventId> replaced(const QList<EventId>& ids, const QSet<EventId>& from, EventId to)
{
    QList<EventId> result;
    for (EventId id : ids) {
        if (from.contains(id))
            id = to;
        if (!result.contains(id))
            result.append(id);
    }
    std::sort(result.begin(), result.end());
    return result;
}

void fillIfEmpty(QString& field, const QString& other)
{
    if (field.isEmpty())
        field = other;
}

} // namespace

// ============================== MergeEventsCommand ==============================

MergeEventsCommand::MergeEventsCommand(Document& document, QList<Event> events)
    : RewriteCommand(document, CommandId::MergeEvents)
{
    Q_ASSERT(events.size() >= 2);
    std::sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.id < b.id; });
    const Project& p = document.project();
    const Event& first = events.constFirst();
    m_kept = first.id;
    QSet<EventId> others;
    for (qsizetype i = 1; i < events.size(); ++i)
        others.insert(events.at(i).id);

    Event merged = first;
    const auto parentOutside = [&](EventId parent) {
        return parent.isValid() && parent != m_kept && !others.contains(parent);
    };
    if (others.contains(merged.parent))
        merged.parent = EventId();
    for (qsizetype i = 1; i < events.size(); ++i) {
        const Event& e = events.at(i);
        for (const Participant& participant : e.participants) {
            const bool known = std::any_of(merged.participants.cbegin(), merged.participants.cend(),
                [&](const Participant& q) { return q.actor == participant.actor; });
            if (!known)
                merged.participants.append(participant);
        }
        for (const QString& tag : e.tags) {
            if (!merged.tags.contains(tag))
                merged.tags.append(tag);
        }
        fillIfEmpty(merged.location, e.location);
        fillIfEmpty(merged.summary, e.summary);
        fillIfEmpty(merged.cameo, e.cameo);
        if (!merged.parent.isValid() && parentOutside(e.parent))
            merged.parent = e.parent;
    }
    m_rewrite.change(first, merged);

    QSet<StatementId> seenStatements;
    for (qsizetype i = 1; i < events.size(); ++i) {
        const Event& e = events.at(i);
        for (const Annotation& a : p.annotations().forTarget(TargetType::Event, e.id.value)) {
            Annotation moved = a;
            moved.targetId = m_kept.value;
            m_rewrite.change(a, moved);
        }
        for (const Statement& st : p.statements().forEvent(e.id)) {
            if (seenStatements.contains(st.id))
                continue;
            seenStatements.insert(st.id);
            Statement moved = st;
            if (others.contains(moved.venue))
                moved.venue = m_kept;
            moved.about = replaced(moved.about, others, m_kept);
            m_rewrite.change(st, moved);
        }
        for (const Event& child : p.events().children(e.id)) {
            if (child.id == m_kept || others.contains(child.id))
                continue;
            Event moved = child;
            moved.parent = m_kept;
            m_rewrite.change(child, moved);
        }
        m_rewrite.removedEvents.append(e);
    }
    setText(tr("Merge %1 Events").arg(events.size()));
}

// ============================== MergeActorsCommand ==============================

MergeActorsCommand::MergeActorsCommand(Document& document, QList<Actor> actors)
    : RewriteCommand(document, CommandId::MergeActors)
{
    Q_ASSERT(actors.size() >= 2);
    std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) { return a.id < b.id; });
    const Project& p = document.project();
    const Actor& first = actors.constFirst();
    m_kept = first.id;
    QSet<ActorId> others;
    for (qsizetype i = 1; i < actors.size(); ++i)
        others.insert(actors.at(i).id);
    const auto outside = [&](ActorId id) { return id.isValid() && id != m_kept && !others.contains(id); };

    Actor merged = first;
    if (!outside(merged.affiliation))
        merged.affiliation = ActorId();
    for (qsizetype i = 1; i < actors.size(); ++i) {
        const Actor& a = actors.at(i);
        QStringList names{a.name};
        names += a.aliases;
        for (const QString& name : std::as_const(names)) {
            if (!name.trimmed().isEmpty() && !merged.isNamed(name))
                merged.aliases.append(name.trimmed());
        }
        fillIfEmpty(merged.role, a.role);
        fillIfEmpty(merged.country, a.country);
        fillIfEmpty(merged.notes, a.notes);
        if (!merged.affiliation.isValid() && outside(a.affiliation))
            merged.affiliation = a.affiliation;
    }
    m_rewrite.change(first, merged);

    QSet<EventId> seenEvents;
    for (qsizetype i = 1; i < actors.size(); ++i) {
        const Actor& a = actors.at(i);
        EventQuery query;
        query.actor = a.id;
        for (const Event& e : p.events().list(query)) {
            if (seenEvents.contains(e.id))
                continue;
            seenEvents.insert(e.id);
            Event moved = e;
            moved.participants.clear();
            for (Participant participant : e.participants) {
                if (others.contains(participant.actor))
                    participant.actor = m_kept;
                const bool known = std::any_of(moved.participants.cbegin(), moved.participants.cend(),
                    [&](const Participant& q) { return q.actor == participant.actor; });
                if (!known)
                    moved.participants.append(participant);
            }
            m_rewrite.change(e, moved);
        }
        for (const Statement& st : p.statements().bySpeaker(a.id)) {
            Statement moved = st;
            moved.speaker = m_kept;
            m_rewrite.change(st, moved);
        }
        for (const Annotation& mention : p.annotations().forTarget(TargetType::Actor, a.id.value)) {
            Annotation moved = mention;
            moved.targetId = m_kept.value;
            m_rewrite.change(mention, moved);
        }
        for (const Actor& affiliate : p.actors().affiliatedWith(a.id)) {
            if (affiliate.id == m_kept || others.contains(affiliate.id))
                continue;
            Actor moved = affiliate;
            moved.affiliation = m_kept;
            m_rewrite.change(affiliate, moved);
        }
        m_rewrite.removedActors.append(a);
    }
    setText(tr("Merge %1 Actors").arg(actors.size()));
}

// ============================== SplitEvidenceCommand ==============================

SplitEvidenceCommand::SplitEvidenceCommand(Document& document, const Event& event, const Source& source)
    : RewriteCommand(document, CommandId::SplitEvidence)
    , m_from(event.id)
{
    const Project& p = document.project();
    for (const Annotation& a : p.annotations().forTarget(TargetType::Event, event.id.value)) {
        if (a.source == source.id)
            m_moving.append(a);
    }
    for (const Statement& st : p.statements().forEvent(event.id)) {
        const QList<Annotation> evidence = p.annotations().forTarget(TargetType::Statement, st.id.value);
        const auto inSource = [&](const Annotation& a) { return a.source == source.id; };
        const bool onlyThere = evidence.isEmpty() ? st.source == source.id
                                                  : std::all_of(evidence.cbegin(), evidence.cend(), inSource);
        if (onlyThere)
            m_statements.append(st);
    }
    Event copy = event;
    copy.id = EventId();
    copy.summary.clear(); // it told of the event from all its sources
    m_rewrite.addedEvents.append(copy);
    const QString outlet = source.outlet.isEmpty() ? source.title : source.outlet;
    setText(tr("Split Evidence from %1 Off “%2”").arg(outlet, event.title));
}

void SplitEvidenceCommand::addedEventsStored()
{
    const EventId to = m_rewrite.addedEvents.constFirst().id;
    for (const Annotation& a : std::as_const(m_moving)) {
        Annotation moved = a;
        moved.targetId = to.value;
        m_rewrite.change(a, moved);
    }
    for (const Statement& st : std::as_const(m_statements)) {
        Statement moved = st;
        if (moved.venue == m_from)
            moved.venue = to;
        moved.about = replaced(moved.about, {m_from}, to);
        m_rewrite.change(st, moved);
    }
}

} // namespace attache
