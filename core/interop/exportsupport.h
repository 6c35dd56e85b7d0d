// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include "model/event.h"

namespace attache {

class Project;

namespace interop {

/// Every actor's name by id, for writers that name participants.
QHash<qint64, QString> actorNames(const Project& project);

/// The names of the actors who take part in `event` (not those merely mentioned), in the event's order. The first is
/// the event's lane in formats that have one lane per event (TimelineJS groups).
QStringList actingNames(const Event& event, const QHash<qint64, QString>& names);

} // namespace interop
} // namespace attache
