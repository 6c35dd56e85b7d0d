// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefing/builder.h"

#include <algorithm>
#include <map>
#include <tuple>

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include "provenance/grading.h"
#include "storage/project.h"

using namespace Qt::Literals::StringLiterals;

namespace attache::briefing {
namespace {

constexpr qint64 dayMs = 86400000;

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::briefing", text);
}

/// "A", "A and B", "A, B and C".
QString joinNames(const QStringList& names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(u", "_s) + tr(" and ") + names.last();
}

QString plural(qsizetype n, const QString& one, const QString& many)
{
    return n == 1 ? one : many.arg(n);
}

/// "3 interviews", "1 press conference", "2 talks".
QString kindCount(EventKind kind, qsizetype n)
{
    switch (kind) {
    case EventKind::Talks:
        return tr("%1 talks").arg(n);
    case EventKind::Other:
        return plural(n, tr("1 other event"), tr("%1 other events"));
    default:
        if (n == 1)
            return u"1 "_s + kindName(kind);
        return QString::number(n) + u' ' + kindName(kind) + u's';
    }
}

/// "3 interviews, 1 meeting and 1 post", most frequent first.
QString kindBreakdown(const QList<Event>& events)
{
    std::map<EventKind, qsizetype> counts;
    for (const Event& e : events)
        ++counts[e.kind];
    std::vector<std::pair<EventKind, qsizetype>> sorted(counts.begin(), counts.end());
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    QStringList parts;
    for (const auto& [kind, n] : sorted)
        parts.append(kindCount(kind, n));
    return joinNames(parts);
}

/// "on 17 Aug 2025", "between 15 Aug 2025 and 18 Aug 2025".
QString periodPhrase(qint64 fromMs, qint64 toMs)
{
    const QDate from = QDateTime::fromMSecsSinceEpoch(fromMs, Qt::UTC).date();
    const QDate to = QDateTime::fromMSecsSinceEpoch(toMs, Qt::UTC).date();
    if (from >= to)
        return tr("on %1").arg(dayText(from));
    return tr("between %1 and %2").arg(dayText(from), dayText(to));
}

int roleRank(ParticipantRole role)
{
    return int(role);
}

int statementRank(StatementKind kind)
{
    // Quoted words first: they are what a reader will repeat.
    switch (kind) {
    case StatementKind::Direct:
        return 0;
    case StatementKind::Post:
        return 1;
    case StatementKind::Partial:
        return 2;
    case StatementKind::Paraphrase:
        return 3;
    }
    return 4;
}

bool byTime(const Event& a, const Event& b)
{
    const FuzzyDate wa = a.when();
    const FuzzyDate wb = b.when();
    if (wa.earliestMs() != wb.earliestMs())
        return wa.earliestMs() < wb.earliestMs();
    if (wa.latestMs() != wb.latestMs())
        return wa.latestMs() < wb.latestMs();
    return a.id < b.id;
}

/// Everything one build reads, kept together so that each row is read once.
class Build
{
public:
    Build(const Project& project, const BuildOptions& options)
        : m_project(project)
        , m_options(options)
    {
        for (const Actor& a : project.actors().all())
            m_actors.insert(a.id.value, a);
    }

    Result<Brief> run(const Scope& scope);

private:
    Status collectEvents(const Scope& scope);
    void collectStatements(const Scope& scope);
    void chooseStatements(const Scope& scope);
    void fillPeople(const Scope& scope);
    void fillFacts(const Scope& scope);
    void fillChronology();
    void fillFigure(const Scope& scope);
    void fillContacts(const Scope& scope);
    void fillCitations();
    QString bottomLine(const Scope& scope) const;

    QString name(ActorId id) const { return m_actors.value(id.value).name; }
    QString actorTitle(const Actor& actor) const;
    /// Counts of participants over the brief's events (mentions excluded), most frequent first.
    std::vector<std::pair<qint64, int>> participantCounts(ActorId except = {}) const;
    int cite(SourceId source, int credibility);
    QList<int> citationsOf(const QList<SourceId>& sources, const QList<int>& credibilities);

    const Project& m_project;
    BuildOptions m_options;
    QHash<qint64, Actor> m_actors;
    Brief m_brief;
    std::optional<Event> m_focus;
    QList<Event> m_events; // in time order, the focus included
    QList<Event> m_related; // event brief: the events around the focus
    QHash<qint64, QList<Statement>> m_statementsOf; // by event: said at it or about it
    QList<Statement> m_inScope; // every statement in scope, once
    QSet<qint64> m_focusStatements;
    QList<Statement> m_chosen;
    QHash<qint64, int> m_numbers; // source id -> citation number
    QHash<qint64, std::pair<int, int>> m_credibility; // source id -> best, worst
    QList<SourceId> m_citedOrder;
};

QString Build::actorTitle(const Actor& actor) const
{
    if (!actor.role.isEmpty())
        return actor.role;
    if (actor.affiliation.isValid())
        return name(actor.affiliation);
    return {};
}

Status Build::collectEvents(const Scope& scope)
{
    const EventRepository& events = m_project.events();
    switch (scope.kind) {
    case Scope::Kind::Event: {
        m_focus = events.find(scope.event);
        if (!m_focus)
            return Error{tr("no event has the id %1").arg(scope.event.value)};
        const FuzzyDate when = m_focus->when();
        const qint64 reach = qint64(std::max(0, scope.relatedDays)) * dayMs;
        EventQuery query;
        query.fromMs = when.earliestMs() - reach;
        query.toMs = when.latestMs() + reach;
        QSet<qint64> actors;
        for (const Participant& p : m_focus->participants)
            actors.insert(p.actor.value);
        const QSet<QString> tags(m_focus->tags.begin(), m_focus->tags.end());
        // Events a statement links to the focus: said at one about the other.
        QSet<qint64> linked;
        for (const Statement& s : m_project.statements().forEvent(m_focus->id)) {
            linked.insert(s.venue.value);
            for (const EventId about : s.about)
                linked.insert(about.value);
        }
        for (const Event& e : events.list(query)) {
            if (e.id == m_focus->id) {
                m_events.append(e);
                continue;
            }
            bool related = linked.contains(e.id.value) || (e.parent.isValid() && e.parent == m_focus->parent)
                || e.parent == m_focus->id || m_focus->parent == e.id;
            for (qsizetype i = 0; i < e.participants.size() && !related; ++i)
                related = actors.contains(e.participants.at(i).actor.value);
            for (qsizetype i = 0; i < e.tags.size() && !related; ++i)
                related = tags.contains(e.tags.at(i));
            if (related) {
                m_events.append(e);
                m_related.append(e);
            }
        }
        break;
    }
    case Scope::Kind::Actor: {
        if (!m_actors.contains(scope.actor.value))
            return Error{tr("no actor has the id %1").arg(scope.actor.value)};
        EventQuery query;
        query.actor = scope.actor;
        if (!scope.from.isNull())
            query.fromMs = scope.from.earliestMs();
        if (!scope.to.isNull())
            query.toMs = scope.to.latestMs();
        m_events = events.list(query);
        if (m_events.isEmpty()) {
            if (scope.from.isNull() && scope.to.isNull())
                return Error{tr("%1 takes part in no events").arg(name(scope.actor))};
            return Error{tr("%1 takes part in no events in that period").arg(name(scope.actor))};
        }
        break;
    }
    case Scope::Kind::Period: {
        EventQuery query;
        if (!scope.from.isNull())
            query.fromMs = scope.from.earliestMs();
        if (!scope.to.isNull())
            query.toMs = scope.to.latestMs();
        m_events = events.list(query);
        if (m_events.isEmpty())
            return Error{tr("there are no events in that period")};
        break;
    }
    case Scope::Kind::Events: {
        QSet<qint64> seen;
        for (const EventId id : scope.events) {
            if (seen.contains(id.value))
                continue;
            seen.insert(id.value);
            if (auto e = events.find(id))
                m_events.append(std::move(*e));
        }
        if (m_events.isEmpty())
            return Error{tr("no events are selected")};
        std::sort(m_events.begin(), m_events.end(), byTime);
        break;
    }
    }
    return Done{};
}

void Build::collectStatements(const Scope& scope)
{
    QSet<qint64> seen;
    const auto add = [&](const Statement& s) {
        if (!seen.contains(s.id.value)) {
            seen.insert(s.id.value);
            m_inScope.append(s);
        }
    };
    for (const Event& e : std::as_const(m_events)) {
        const QList<Statement> statements = m_project.statements().forEvent(e.id);
        m_statementsOf.insert(e.id.value, statements);
        if (scope.kind == Scope::Kind::Actor)
            continue;
        for (const Statement& s : statements) {
            add(s);
            if (m_focus && e.id == m_focus->id)
                m_focusStatements.insert(s.id.value);
        }
    }
    if (scope.kind == Scope::Kind::Actor) {
        // What the actor said in the period, at the brief's events or elsewhere.
        const qint64 from = scope.from.isNull() ? FuzzyDate::minimumMs() : scope.from.earliestMs();
        const qint64 to = scope.to.isNull() ? FuzzyDate::maximumMs() : scope.to.latestMs();
        QSet<qint64> events;
        for (const Event& e : std::as_const(m_events))
            events.insert(e.id.value);
        for (const Statement& s : m_project.statements().bySpeaker(scope.actor)) {
            const bool dated = !s.when.isNull() && s.when.latestMs() >= from && s.when.earliestMs() <= to;
            if (dated || events.contains(s.venue.value))
                add(s);
        }
    }
}

void Build::chooseStatements(const Scope& scope)
{
    QList<Statement> ranked = m_inScope;
    const auto group = [this](const Statement& s) { return m_focusStatements.contains(s.id.value) ? 0 : 1; };
    const auto time = [](const Statement& s) { return s.when.isNull() ? FuzzyDate::maximumMs() : s.when.earliestMs(); };
    std::stable_sort(ranked.begin(), ranked.end(), [&](const Statement& a, const Statement& b) {
        // An event brief quotes what was said about the event first; everywhere, quoted words before paraphrase.
        if (group(a) != group(b))
            return group(a) < group(b);
        if (scope.kind != Scope::Kind::Event && statementRank(a.kind) != statementRank(b.kind))
            return statementRank(a.kind) < statementRank(b.kind);
        if (time(a) != time(b))
            return time(a) < time(b);
        return a.id < b.id;
    });
    const qsizetype keep = std::min<qsizetype>(ranked.size(), std::max(0, m_options.maxStatements));
    m_chosen = ranked.mid(0, keep);
    m_brief.statementsLeftOut = int(ranked.size() - keep);
    std::stable_sort(m_chosen.begin(), m_chosen.end(), [&](const Statement& a, const Statement& b) {
        if (group(a) != group(b))
            return group(a) < group(b);
        if (time(a) != time(b))
            return time(a) < time(b);
        return a.id < b.id;
    });
}

std::vector<std::pair<qint64, int>> Build::participantCounts(ActorId except) const
{
    QHash<qint64, int> counts;
    for (const Event& e : std::as_const(m_events)) {
        QSet<qint64> once;
        for (const Participant& p : e.participants) {
            if (p.role == ParticipantRole::Mentioned || p.actor == except || once.contains(p.actor.value))
                continue;
            once.insert(p.actor.value);
            ++counts[p.actor.value];
        }
    }
    std::vector<std::pair<qint64, int>> sorted;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        sorted.emplace_back(it.key(), it.value());
    std::sort(sorted.begin(), sorted.end(), [this](const auto& a, const auto& b) {
        if (a.second != b.second)
            return a.second > b.second;
        return m_actors.value(a.first).name.compare(m_actors.value(b.first).name, Qt::CaseInsensitive) < 0;
    });
    return sorted;
}

void Build::fillPeople(const Scope& scope)
{
    if (scope.kind == Scope::Kind::Event) {
        m_brief.peopleHeading = tr("Participants");
        QList<Participant> participants = m_focus->participants;
        std::stable_sort(participants.begin(), participants.end(),
            [](const Participant& a, const Participant& b) { return roleRank(a.role) < roleRank(b.role); });
        for (const Participant& p : participants) {
            const Actor actor = m_actors.value(p.actor.value);
            m_brief.people.append(Person{p.actor, actor.name, roleName(p.role), actorTitle(actor)});
        }
        return;
    }
    m_brief.peopleHeading = scope.kind == Scope::Kind::Actor ? tr("Counterparts") : tr("Most involved");
    const auto counts = participantCounts(scope.kind == Scope::Kind::Actor ? scope.actor : ActorId());
    for (std::size_t i = 0; i < counts.size() && i < std::size_t(std::max(0, m_options.maxPeople)); ++i) {
        const Actor actor = m_actors.value(counts[i].first);
        m_brief.people.append(Person{actor.id, actor.name,
            plural(counts[i].second, tr("in 1 event"), tr("in %1 events")), actorTitle(actor)});
    }
}

void Build::fillFacts(const Scope& scope)
{
    QList<Fact>& facts = m_brief.facts;
    const QString eventsText = plural(m_events.size(), tr("1 event"), tr("%1 events"));
    switch (scope.kind) {
    case Scope::Kind::Event: {
        const Event& e = *m_focus;
        facts.append({tr("Date"), e.when().display() + u" ("_s + precisionText(e.start) + u')'});
        facts.append({tr("Place"), e.location.isEmpty() ? tr("not recorded") : e.location});
        facts.append({tr("Event"), kindName(e.kind) + u" · "_s + statusName(e.status)});
        if (e.parent.isValid())
            facts.append({tr("Part of"), m_project.events().title(e.parent)});
        if (const grading::Corroboration c = grading::corroboration(m_project, e.id); c.sources > 0)
            facts.append({tr("Reported by"), c.text()});
        if (!m_related.isEmpty()) {
            facts.append({tr("Related"),
                tr("%1 within %2").arg(plural(m_related.size(), tr("1 event"), tr("%1 events")),
                    plural(scope.relatedDays, tr("1 day"), tr("%1 days")))});
        }
        break;
    }
    case Scope::Kind::Actor: {
        const Actor actor = m_actors.value(scope.actor.value);
        facts.append({tr("Actor"), actor.name});
        if (!actor.role.isEmpty())
            facts.append({tr("Function"), actor.role});
        if (actor.affiliation.isValid())
            facts.append({tr("Affiliation"), name(actor.affiliation)});
        facts.append({tr("Period"), m_brief.period});
        facts.append({tr("Events"), eventsText + u" ("_s + kindBreakdown(m_events) + u')'});
        facts.append({tr("Statements"), QString::number(m_inScope.size())});
        break;
    }
    case Scope::Kind::Period:
    case Scope::Kind::Events:
        if (scope.kind == Scope::Kind::Events && !scope.description.isEmpty())
            facts.append({tr("Selection"), scope.description});
        facts.append({tr("Period"), m_brief.period});
        facts.append({tr("Events"), eventsText + u" ("_s + kindBreakdown(m_events) + u')'});
        facts.append({tr("Statements"), QString::number(m_inScope.size())});
        break;
    }
}

int Build::cite(SourceId source, int credibility)
{
    if (!source.isValid())
        return 0;
    auto it = m_numbers.constFind(source.value);
    if (it == m_numbers.cend()) {
        it = m_numbers.insert(source.value, int(m_numbers.size()) + 1);
        m_citedOrder.append(source);
    }
    if (credibility >= 1 && credibility <= 6) {
        auto& [best, worst] = m_credibility[source.value];
        best = best == 0 ? credibility : std::min(best, credibility);
        worst = std::max(worst, credibility);
    }
    return *it;
}

QList<int> Build::citationsOf(const QList<SourceId>& sources, const QList<int>& credibilities)
{
    QList<int> numbers;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const int number = cite(sources.at(i), credibilities.value(i));
        if (number > 0 && !numbers.contains(number))
            numbers.append(number);
    }
    std::sort(numbers.begin(), numbers.end());
    return numbers;
}

void Build::fillCitations()
{
    // Numbered in the order the sheet cites them: the key statements, then the chronology.
    const AnnotationRepository& annotations = m_project.annotations();
    for (const Statement& s : std::as_const(m_chosen)) {
        QList<SourceId> sources{s.source};
        QList<int> credibilities{0};
        for (const Annotation& a : annotations.forTarget(TargetType::Statement, s.id.value)) {
            sources.append(a.source);
            credibilities.append(a.credibility);
        }
        const Actor speaker = m_actors.value(s.speaker.value);
        KeyStatement quote{
            s.id, s.text, s.kind, speaker.name, actorTitle(speaker), s.when, {}, citationsOf(sources, credibilities)};
        if (s.venue.isValid()) {
            if (const auto venue = m_project.events().find(s.venue))
                quote.venue = venue->location.isEmpty() ? venue->title : venue->location;
        }
        m_brief.statements.append(quote);
    }
    for (ChronologyEntry& entry : m_brief.chronology) {
        QList<SourceId> sources;
        QList<int> credibilities;
        for (const Annotation& a : annotations.forTarget(TargetType::Event, entry.id.value)) {
            sources.append(a.source);
            credibilities.append(a.credibility);
        }
        for (const Statement& s : m_statementsOf.value(entry.id.value)) {
            sources.append(s.source);
            credibilities.append(0);
        }
        entry.citations = citationsOf(sources, credibilities);
    }
    for (const SourceId id : std::as_const(m_citedOrder)) {
        const auto source = m_project.sources().find(id);
        if (!source)
            continue;
        const auto [best, worst] = m_credibility.value(id.value, {0, 0});
        m_brief.sources.append(Citation{m_numbers.value(id.value), id, source->title, source->outlet, source->authors,
            source->url, source->published, source->reliability, best, worst});
    }
}

void Build::fillChronology()
{
    for (const Event& e : std::as_const(m_events)) {
        ChronologyEntry entry{
            e.id, e.when(), e.title, e.kind, e.status, e.location, {}, {}, m_focus && e.id == m_focus->id};
        for (const Participant& p : e.participants) {
            if (p.role != ParticipantRole::Mentioned)
                entry.participants.append(name(p.actor));
        }
        m_brief.chronology.append(entry);
    }
}

void Build::fillContacts(const Scope& scope)
{
    if (scope.kind != Scope::Kind::Actor)
        return;
    Contacts& contacts = m_brief.contacts;
    contacts.subject = scope.actor.value;
    QSet<qint64> taking;
    for (const Event& e : std::as_const(m_events)) {
        const FuzzyDate when = e.when();
        contacts.events.push_back(EventBounds{e.id.value, when.earliestMs(), when.latestMs(), e.kind, e.status,
            e.start.precision(), when.isUncertain(), when.isApproximate()});
        for (const Participant& p : e.participants) {
            if (p.role == ParticipantRole::Mentioned)
                continue;
            contacts.participations.emplace_back(e.id.value, p.actor.value);
            taking.insert(p.actor.value);
        }
    }
    QList<qint64> ids(taking.cbegin(), taking.cend());
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids))
        contacts.actors.append(m_actors.value(id));
}

void Build::fillFigure(const Scope& scope)
{
    Figure& figure = m_brief.figure;
    figure.fromMs = m_brief.fromMs;
    figure.toMs = m_brief.toMs;
    figure.focus = m_focus ? m_focus->id.value : 0;
    for (const Event& e : std::as_const(m_events)) {
        const FuzzyDate when = e.when();
        figure.events.push_back(EventBounds{e.id.value, when.earliestMs(), when.latestMs(), e.kind, e.status,
            e.start.precision(), when.isUncertain(), when.isApproximate()});
    }
    // Lanes for the principal actors: the subject first (the actor, or the event's participants by role), then the
    // most frequent; people, states and organisations before the media that carried them.
    std::vector<qint64> order;
    const auto addLane = [&order](qint64 id) {
        if (std::find(order.begin(), order.end(), id) == order.end())
            order.push_back(id);
    };
    if (scope.kind == Scope::Kind::Actor)
        addLane(scope.actor.value);
    if (m_focus) {
        QList<Participant> participants = m_focus->participants;
        std::stable_sort(participants.begin(), participants.end(),
            [](const Participant& a, const Participant& b) { return roleRank(a.role) < roleRank(b.role); });
        for (const Participant& p : participants) {
            if (p.role != ParticipantRole::Mentioned && m_actors.value(p.actor.value).kind != ActorKind::Media)
                addLane(p.actor.value);
        }
    }
    auto counts = participantCounts();
    std::stable_sort(counts.begin(), counts.end(), [this](const auto& a, const auto& b) {
        return (m_actors.value(a.first).kind == ActorKind::Media) < (m_actors.value(b.first).kind == ActorKind::Media);
    });
    for (const auto& [id, n] : counts)
        addLane(id);
    if (order.size() > std::size_t(std::max(1, m_options.figureLanes)))
        order.resize(std::size_t(std::max(1, m_options.figureLanes)));
    const QSet<qint64> lanes(order.begin(), order.end());
    for (const qint64 id : order)
        figure.actors.append(m_actors.value(id));
    bool others = false;
    for (const Event& e : std::as_const(m_events)) {
        bool placed = false;
        for (const Participant& p : e.participants) {
            if (p.role != ParticipantRole::Mentioned && lanes.contains(p.actor.value)) {
                figure.participations.emplace_back(e.id.value, p.actor.value);
                placed = true;
            }
        }
        if (!placed) {
            figure.participations.emplace_back(e.id.value, Figure::othersLane);
            others = true;
        }
    }
    if (others) {
        Actor rest;
        rest.id = ActorId(Figure::othersLane);
        rest.name = tr("Others");
        figure.actors.append(rest);
    }
    for (const Statement& s : std::as_const(m_inScope)) {
        if (!s.when.isNull() && lanes.contains(s.speaker.value))
            figure.statements.push_back(StatementMark{s.id.value, s.speaker.value, s.when.earliestMs()});
    }
    std::sort(figure.statements.begin(), figure.statements.end(),
        [](const StatementMark& a, const StatementMark& b) { return std::tie(a.at, a.id) < std::tie(b.at, b.id); });
}

QString Build::bottomLine(const Scope& scope) const
{
    QStringList sentences;
    switch (scope.kind) {
    case Scope::Kind::Event: {
        const Event& e = *m_focus;
        QStringList hosts;
        QStringList guests;
        QStringList others;
        for (const Participant& p : e.participants) {
            if (p.role == ParticipantRole::Host)
                hosts.append(name(p.actor));
            else if (p.role == ParticipantRole::Guest)
                guests.append(name(p.actor));
            else if (p.role != ParticipantRole::Mentioned)
                others.append(name(p.actor));
        }
        QString who;
        if (!hosts.isEmpty() && !guests.isEmpty()) {
            const bool many = hosts.size() > 1;
            QString verb;
            switch (e.status) {
            case EventStatus::Occurred:
                verb = tr("hosted");
                break;
            case EventStatus::Planned:
                verb = many ? tr("are due to host") : tr("is due to host");
                break;
            case EventStatus::Cancelled:
                verb = tr("was to have hosted");
                break;
            case EventStatus::Unknown:
                verb = tr("may have hosted");
                break;
            }
            who = joinNames(hosts) + u' ' + verb + u' ' + joinNames(guests);
        } else {
            const QStringList all = hosts + guests + others;
            others.clear();
            QString verb;
            switch (e.status) {
            case EventStatus::Occurred:
                verb = all.size() > 1 ? tr("met") : tr("took part in the %1").arg(kindName(e.kind));
                break;
            case EventStatus::Planned:
                verb = all.size() > 1 ? tr("are due to meet")
                                      : tr("is due to take part in the %1").arg(kindName(e.kind));
                break;
            case EventStatus::Cancelled:
                verb = all.size() > 1 ? tr("were to have met")
                                      : tr("was to have taken part in the %1").arg(kindName(e.kind));
                break;
            case EventStatus::Unknown:
                verb = all.size() > 1 ? tr("may have met") : tr("may have taken part in the %1").arg(kindName(e.kind));
                break;
            }
            who = all.isEmpty() ? e.title : joinNames(all) + u' ' + verb;
        }
        if (!e.location.isEmpty())
            who += tr(" at %1").arg(e.location);
        const FuzzyDate when = e.when();
        if (!when.isNull()) {
            const bool day = when.precision() >= DatePrecision::Day && !when.isInterval();
            who += (day ? tr(" on %1") : tr(" in %1")).arg(when.display());
        }
        if (!others.isEmpty())
            who += tr("; %1 also took part").arg(joinNames(others));
        if (e.status == EventStatus::Cancelled)
            who += tr(" (cancelled)");
        sentences.append(who + u'.');
        if (!e.summary.trimmed().isEmpty())
            sentences.append(e.summary.trimmed());
        if (!m_related.isEmpty()) {
            QStringList planned;
            for (const Event& r : m_related) {
                if (r.status == EventStatus::Planned && r.when().earliestMs() >= e.when().earliestMs())
                    planned.append(tr("%1, %2").arg(r.title, r.when().display()));
            }
            if (!planned.isEmpty())
                sentences.append(tr("Next: %1.").arg(planned.join(u"; "_s)));
        }
        break;
    }
    case Scope::Kind::Actor: {
        const Actor actor = m_actors.value(scope.actor.value);
        QString subject = actor.name;
        if (!actor.role.isEmpty())
            subject += u" ("_s + actor.role + u')';
        sentences.append(tr("%1 took part in %2 (%3) %4.")
                             .arg(subject, plural(m_events.size(), tr("1 event"), tr("%1 events")),
                                 kindBreakdown(m_events), periodPhrase(m_brief.fromMs, m_brief.toMs)));
        const auto counts = participantCounts(scope.actor);
        QStringList most;
        for (std::size_t i = 0; i < counts.size() && i < 3; ++i)
            most.append(tr("%1 (%2)").arg(name(ActorId(counts[i].first))).arg(counts[i].second));
        if (!most.isEmpty())
            sentences.append(tr("Most often with %1.").arg(joinNames(most)));
        if (!m_inScope.isEmpty())
            sentences.append(plural(m_inScope.size(), tr("1 statement on record."), tr("%1 statements on record.")));
        break;
    }
    case Scope::Kind::Period:
    case Scope::Kind::Events: {
        sentences.append(tr("%1 (%2) %3.")
                             .arg(plural(m_events.size(), tr("1 event"), tr("%1 events")), kindBreakdown(m_events),
                                 periodPhrase(m_brief.fromMs, m_brief.toMs)));
        const auto counts = participantCounts();
        QStringList most;
        for (std::size_t i = 0; i < counts.size() && i < 3; ++i)
            most.append(tr("%1 (%2)").arg(name(ActorId(counts[i].first))).arg(counts[i].second));
        if (!most.isEmpty())
            sentences.append(tr("Most involved: %1.").arg(joinNames(most)));
        break;
    }
    }
    if (scope.kind != Scope::Kind::Event) {
        qsizetype planned = 0;
        qsizetype cancelled = 0;
        for (const Event& e : std::as_const(m_events)) {
            planned += e.status == EventStatus::Planned ? 1 : 0;
            cancelled += e.status == EventStatus::Cancelled ? 1 : 0;
        }
        QStringList status;
        if (planned > 0)
            status.append(plural(planned, tr("1 event is planned"), tr("%1 events are planned")));
        if (cancelled > 0)
            status.append(plural(cancelled, tr("1 was cancelled"), tr("%1 were cancelled")));
        if (!status.isEmpty())
            sentences.append(joinNames(status) + u'.');
    }
    return sentences.join(u' ');
}

Result<Brief> Build::run(const Scope& scope)
{
    if (const Status found = collectEvents(scope); !found)
        return Error{found.error()};
    collectStatements(scope);

    m_brief.scope = scope;
    m_brief.prepared = m_options.prepared;
    m_brief.projectName = m_project.name();
    qint64 from = FuzzyDate::maximumMs();
    qint64 to = FuzzyDate::minimumMs();
    for (const Event& e : std::as_const(m_events)) {
        from = std::min(from, e.when().earliestMs());
        to = std::max(to, e.when().latestMs());
    }
    if (scope.kind == Scope::Kind::Period || scope.kind == Scope::Kind::Actor) {
        // The period asked for, where it is given, rather than the span of what happens to fall in it.
        if (!scope.from.isNull())
            from = scope.from.earliestMs();
        if (!scope.to.isNull())
            to = scope.to.latestMs();
    }
    m_brief.fromMs = from;
    m_brief.toMs = to;
    m_brief.period = dayRangeText(from, to);

    switch (scope.kind) {
    case Scope::Kind::Event:
        m_brief.title = m_focus->title;
        m_brief.kindText = tr("Event brief");
        m_brief.scopeText = scope.relatedDays > 0
            ? tr("with related events within %1").arg(plural(scope.relatedDays, tr("1 day"), tr("%1 days")))
            : QString();
        break;
    case Scope::Kind::Actor:
        m_brief.title = name(scope.actor);
        m_brief.kindText = tr("Actor brief");
        m_brief.scopeText = m_actors.value(scope.actor.value).role;
        break;
    case Scope::Kind::Period:
        m_brief.title = tr("Events of %1").arg(m_brief.period);
        m_brief.kindText = tr("Period brief");
        break;
    case Scope::Kind::Events:
        m_brief.title = tr("Selected events");
        m_brief.kindText = tr("Timeline selection");
        m_brief.scopeText = scope.description;
        break;
    }

    chooseStatements(scope);
    fillPeople(scope);
    fillFacts(scope);
    fillChronology();
    fillCitations();
    fillFigure(scope);
    fillContacts(scope);
    m_brief.bottomLine = bottomLine(scope);
    return m_brief;
}

} // namespace

Builder::Builder(const Project& project, BuildOptions options)
    : m_project(project)
    , m_options(std::move(options))
{
}

Result<Brief> Builder::build(const Scope& scope) const
{
    Build build(m_project, m_options);
    return build.run(scope);
}

} // namespace attache::briefing
