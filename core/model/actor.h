// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QString>
#include <QStringList>

#include "model/ids.h"

namespace attache {

enum class ActorKind : quint8 { Person, State, Organization, Group, Media, Other };

QString toText(ActorKind kind);
std::optional<ActorKind> actorKindFromText(QStringView text);
QStringList actorKindTexts();

/// Someone who acts in diplomacy: a person, a state, an organisation, a group ("European leaders") or a media outlet.
struct Actor
{
    ActorId id;
    QString name;
    ActorKind kind = ActorKind::Person;
    QStringList aliases;
    QString role; // title or function, e.g. "Secretary of State"
    ActorId affiliation; // the actor this one belongs to or speaks for, e.g. a minister's state
    QString country; // ISO 3166-1 alpha-2 where known
    QString notes;

    /// True when text names this actor by its name or one of its aliases (case-insensitive).
    bool isNamed(QStringView text) const;

    friend bool operator==(const Actor&, const Actor&) = default;
};

} // namespace attache
