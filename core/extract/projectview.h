// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QStringView>

#include "model/actor.h"
#include "model/event.h"

namespace attache::extract {

/// What the importer may know of the project it imports into, read-only: the actors and the events near a date.
/// Extraction matches its candidates against it and never touches the project file; storing is the import
/// service's job. The storage layer's ProjectSnapshot is the view of an open project; tests may write their own.
class ProjectView
{
public:
    virtual ~ProjectView() = default;
    /// The actor called `name` or having it as an alias, case-insensitive.
    virtual std::optional<Actor> actorNamed(QStringView name) const = 0;
    virtual std::optional<Actor> actor(ActorId id) const = 0;
    /// Every actor of the project.
    virtual QList<Actor> actors() const = 0;
    /// The events that overlap [fromMs, toMs].
    virtual QList<Event> eventsBetween(qint64 fromMs, qint64 toMs) const = 0;
};

} // namespace attache::extract
