// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>
#include <QString>

#include "interop/formats.h"
#include "model/event.h"

namespace attache {

class Project;

namespace interop {

/// An event read from a file, its participants still by name: the project's actors are looked up only when the
/// whole file has been read without error.
struct EventDraft
{
    Event event; // without id or participants
    QList<std::pair<QString, ParticipantRole>> participants; // names as the file gives them
};

/// Stores `drafts` in one transaction, matching participant names to the project's actors (name or alias) and
/// adding the rest. On error nothing is stored and the message starts with `origin`.
Result<ImportSummary> storeEvents(const QList<EventDraft>& drafts, const QString& origin, Project& project);

} // namespace interop
} // namespace attache
