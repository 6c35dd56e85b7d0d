// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "extract/extraction.h"

namespace attache::extract {

/// How an actor is named in a title: a person by surname, a state or body by its usual short form ("US", "UK",
/// "EU").
QString titleName(const QString& name, ActorKind kind);

/// The title an analyst would give the event: "Blair–Sharon talks in Jerusalem", "Biden–Putin phone call",
/// "US–Ukraine–Russia talks in Abu Dhabi". People are named if two or more take part, else states and bodies; at
/// most three names. `actors` gives each participant's kind.
QString titleFor(const EventCandidate& event, const QList<ActorCandidate>& actors);

} // namespace attache::extract
