// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/eventdrafts.h"

#include "interop/actormatcher.h"
#include "storage/project.h"

namespace attache::interop {

Result<ImportSummary> storeEvents(const QList<EventDraft>& drafts, const QString& origin, Project& project)
{
    ImportSummary summary;
    const Status written = project.write([&] {
        project.markBulkChange();
        ActorMatcher actors(project);
        for (const EventDraft& draft : drafts) {
            Event event = draft.event;
            event.id = {};
            event.participants.clear();
            for (const auto& [name, role] : draft.participants) {
                const ActorId actor = actors.resolve(name);
                const bool listed = std::any_of(event.participants.cbegin(), event.participants.cend(),
                    [actor](const Participant& p) { return p.actor == actor; });
                if (!listed)
                    event.participants.append(Participant {actor, role});
            }
            project.events().insert(event);
            ++summary.events;
        }
        summary.actorsAdded = actors.added();
        summary.actorsMatched = actors.matched();
    });
    if (!written)
        return Error {origin + QStringLiteral(": ") + written.error()};
    return summary;
}

} // namespace attache::interop
