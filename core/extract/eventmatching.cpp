// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/eventmatching.h"

#include <QHash>
#include <QStringList>

#include "extract/spelling.h"

namespace attache::extract {
namespace {

constexpr qint64 dayMs = 86400000LL;

bool sameFamily(EventKind a, EventKind b)
{
    const auto gathering = [](EventKind k) {
        return k == EventKind::Talks || k == EventKind::Meeting || k == EventKind::Summit;
    };
    return a == b || (gathering(a) && gathering(b));
}

QString placeKey(QString place)
{
    place = place.trimmed().toLower();
    if (place.startsWith(QStringLiteral("the ")))
        place = place.mid(4);
    return place;
}

/// Whether the project actor is the one a candidate names.
bool sameActor(const Actor& actor, const QString& name, qint64 candidateProjectId)
{
    if (candidateProjectId)
        return actor.id.value == candidateProjectId;
    return actor.isNamed(name) || (actor.kind == ActorKind::Person && sameSpelledPerson(actor.name, name));
}

} // namespace

EventMatch matchEvent(const EventCandidate& e, const QList<ActorCandidate>& actors, const ProjectView& project)
{
    EventMatch best;
    if (e.date.isNull())
        return best;
    const FuzzyDate last = e.endDate.isNull() ? e.date : e.endDate;
    QHash<qint64, std::optional<Actor>> known; // project actors looked up once
    int bestScore = -1;
    // A day given by the text is known within a day either way; a day taken from the report's own date (no date
    // words) may be any of the few days before it that the report looks back on.
    const qint64 before = e.dateText.isEmpty() ? 3 * dayMs : dayMs;
    for (const Event& existing : project.eventsBetween(e.date.earliestMs() - before, last.latestMs() + dayMs)) {
        if (!sameFamily(e.kind, existing.kind) || existing.status != e.status)
            continue;
        const QString here = placeKey(e.location);
        const QString there = placeKey(existing.location);
        // "Alaska" and "a military base in Alaska" are one place; talks in Geneva are not talks in Vienna.
        const auto within = [](const QString& inner, const QString& outer) {
            const qsizetype at = outer.indexOf(inner);
            return at >= 0 && (at == 0 || !outer[at - 1].isLetter())
                && (at + inner.size() == outer.size() || !outer[at + inner.size()].isLetter());
        };
        const bool samePlace = !here.isEmpty() && !there.isEmpty() && (within(here, there) || within(there, here));
        if (!here.isEmpty() && !there.isEmpty() && !samePlace)
            continue;
        QStringList common;
        for (const QString& name : e.participants) {
            qint64 candidateId = 0;
            for (const ActorCandidate& a : actors) {
                if (a.name == name)
                    candidateId = a.projectId;
            }
            for (const Participant& p : existing.participants) {
                auto it = known.find(p.actor.value);
                if (it == known.end())
                    it = known.insert(p.actor.value, project.actor(p.actor));
                if (it.value() && sameActor(*it.value(), name, candidateId)) {
                    common.append(it.value()->name);
                    break;
                }
            }
        }
        if (common.isEmpty())
            continue;
        const int score = int(common.size()) * 2 + (samePlace ? 2 : 0) + (existing.kind == e.kind ? 1 : 0);
        if (score <= bestScore)
            continue;
        bestScore = score;
        const bool confident = common.size() >= 2 || samePlace;
        best.proposedId = existing.id.value;
        best.projectId = confident ? existing.id.value : 0;
        QStringList agreed{existing.kind == e.kind ? QStringLiteral("same kind") : QStringLiteral("a kindred kind"),
            QStringLiteral("dates overlap"),
            QStringLiteral("%1 in both").arg(common.join(QStringLiteral(", ")))};
        if (samePlace)
            agreed.append(QStringLiteral("both in %1").arg(existing.location));
        best.reason = confident
            ? QStringLiteral("same event as “%1”: %2").arg(existing.title, agreed.join(QStringLiteral("; ")))
            : QStringLiteral("perhaps “%1” (%2), but only one participant in common and no place to compare")
                  .arg(existing.title, agreed.join(QStringLiteral("; ")));
    }
    return best;
}

} // namespace attache::extract
