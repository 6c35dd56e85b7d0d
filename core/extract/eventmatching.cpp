// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/eventmatching.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include "extract/events.h"
#include "extract/spelling.h"

namespace attache::extract {
namespace {

constexpr qint64 dayMs = 86400000LL;

/// Whether the project actor is the one a candidate names.
bool sameActor(const Actor& actor, const QString& name, qint64 candidateProjectId)
{
    if (candidateProjectId)
        return actor.id.value == candidateProjectId;
    return actor.isNamed(name) || (actor.kind == ActorKind::Person && sameSpelledPerson(actor.name, name));
}

} // namespace

EventMatch matchEvent(const EventCandidate& e, const QList<ActorCandidate>& actors, const ProjectView& project,
    const FuzzyDate& published)
{
    EventMatch best;
    // An occasion told of as before the news, without a day: any of the days of the week before the report.
    const bool recent = isRecentOccasion(e) && !published.isNull();
    if (e.date.isNull() && !recent)
        return best;
    const qint64 firstMs = recent ? published.earliestMs() - 7 * dayMs : e.date.earliestMs();
    const qint64 lastMs = recent ? published.latestMs() : (e.endDate.isNull() ? e.date : e.endDate).latestMs();
    QHash<qint64, std::optional<Actor>> known; // project actors looked up once
    const auto lookUp = [&](ActorId id) {
        auto it = known.find(id.value);
        if (it == known.end())
            it = known.insert(id.value, project.actor(id));
        return it.value();
    };
    int bestScore = -1;
    // A day given by the text is known within a day either way; a day taken from the report's own date (no date
    // words) may be any of the few days before it that the report looks back on.
    const qint64 before = e.dateText.isEmpty() ? 3 * dayMs : dayMs;
    for (const Event& existing : project.eventsBetween(firstMs - before, lastMs + dayMs)) {
        // What is still planned is not what happened; but a plan and its cancellation are one occasion.
        const auto plannedOrCancelled = [](EventStatus s) { return s == EventStatus::Planned || s == EventStatus::Cancelled; };
        if (!sameFamily(e.kind, existing.kind)
            || (existing.status != e.status && !(plannedOrCancelled(existing.status) && plannedOrCancelled(e.status))))
            continue;
        // Talks in Geneva are not talks in Vienna (but talks in the US may be those in Miami).
        if (elsewhere(e.location, existing.location))
            continue;
        const bool samePlace = extract::samePlace(e.location, existing.location);
        QStringList common; // the candidate's participants found in the existing event, as said in the reason
        QSet<qint64> sides; // the existing event's participants they stand for
        for (const QString& name : e.participants) {
            qint64 candidateId = 0;
            QString affiliation;
            for (const ActorCandidate& a : actors) {
                if (a.name == name) {
                    candidateId = a.projectId;
                    affiliation = a.affiliation;
                }
            }
            // The person, or the state or body they belong to ("US envoy X" at talks of the US), or a state whose
            // person takes part ("Kenya" at the summit of Kenya's president).
            QString agreed;
            qint64 side = 0;
            for (const Participant& p : existing.participants) {
                const std::optional<Actor> member = lookUp(p.actor);
                if (!member)
                    continue;
                if (sameActor(*member, name, candidateId)) {
                    agreed = member->name;
                    side = p.actor.value;
                    break;
                }
                if (!affiliation.isEmpty() && member->kind != ActorKind::Person && member->isNamed(affiliation)) {
                    agreed = QStringLiteral("%1 (of %2)").arg(name, member->name);
                    side = p.actor.value;
                } else if (member->kind == ActorKind::Person && member->affiliation.isValid() && agreed.isEmpty()) {
                    const std::optional<Actor> state = lookUp(member->affiliation);
                    if (state && sameActor(*state, name, candidateId)) {
                        agreed = QStringLiteral("%1 (of %2)").arg(member->name, state->name);
                        side = p.actor.value;
                    }
                }
            }
            if (!agreed.isEmpty()) {
                common.append(agreed);
                sides.insert(side);
            }
        }
        if (common.isEmpty())
            continue;
        const int score = int(common.size()) * 2 + (samePlace ? 2 : 0) + (existing.kind == e.kind ? 1 : 0);
        if (score <= bestScore)
            continue;
        bestScore = score;
        // A press conference, a statement, an interview or a post has one speaker: the same speaker's of the same
        // kind on the same days is the same occasion, told by another outlet.
        const bool sameDays = !recent && existing.start.earliestMs() <= lastMs + dayMs
            && firstMs <= (existing.end.isNull() ? existing.start : existing.end).latestMs() + dayMs;
        const bool oneVoice = sameDays && existing.kind == e.kind && e.participants.size() == 1 && existing.participants.size() == 1
            && (e.kind == EventKind::PressConference || e.kind == EventKind::Statement || e.kind == EventKind::Interview
                || (e.kind == EventKind::Post && samePlace));
        // Two sides in common; or every participant of the candidate is a side of the existing event or belongs to
        // one ("US envoy X and the US" at a US exchange), but not when the candidate has someone the event lacks.
        const bool covered = e.participants.size() >= 2 && common.size() == e.participants.size();
        const bool confident = sides.size() >= 2 || covered || samePlace || oneVoice;
        if (recent && !confident)
            continue; // too vague a day to propose on one participant
        best.proposedId = existing.id.value;
        best.projectId = confident ? existing.id.value : 0;
        QStringList agreed{existing.kind == e.kind ? QStringLiteral("same kind") : QStringLiteral("a kindred kind"),
            QStringLiteral("dates overlap"),
            QStringLiteral("%1 in both").arg(common.join(QStringLiteral(", ")))};
        if (samePlace)
            agreed.append(QStringLiteral("both in %1").arg(existing.location));
        if (oneVoice && common.size() < 2 && !samePlace)
            agreed.append(QStringLiteral("both given by one speaker alone"));
        best.reason = confident
            ? QStringLiteral("same event as “%1”: %2").arg(existing.title, agreed.join(QStringLiteral("; ")))
            : QStringLiteral("perhaps “%1” (%2), but only one participant in common and no place to compare")
                  .arg(existing.title, agreed.join(QStringLiteral("; ")));
    }
    return best;
}

} // namespace attache::extract
