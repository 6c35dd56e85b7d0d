// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>
#include <QStringList>

#include "model/fuzzydate.h"
#include "model/ids.h"

namespace attache {

enum class EventKind : quint8 {
    Summit,
    Meeting,
    Talks,
    Call,
    Visit,
    PressConference,
    Interview,
    Post,
    Statement,
    Agreement,
    Sanction,
    Exchange,
    Other,
};
inline constexpr int eventKindCount = 13;

enum class EventStatus : quint8 { Occurred, Planned, Cancelled, Unknown };

enum class ParticipantRole : quint8 { Host, Guest, Participant, Mediator, Mentioned };

QString toText(EventKind kind);
QString toText(EventStatus status);
QString toText(ParticipantRole role);
std::optional<EventKind> eventKindFromText(QStringView text);
std::optional<EventStatus> eventStatusFromText(QStringView text);
std::optional<ParticipantRole> participantRoleFromText(QStringView text);
QStringList eventKindTexts();
/// How prose names a kind ("summit", "phone call", "prisoner exchange"), for generated titles.
QString toPhrase(EventKind kind);
QStringList eventStatusTexts();
QStringList participantRoleTexts();

/// An actor's part in an event.
struct Participant
{
    ActorId actor;
    ParticipantRole role = ParticipantRole::Participant;
    friend bool operator==(const Participant&, const Participant&) = default;
};

/// A diplomatic event: a summit, a call, an interview, a sanction... with when, where and who.
struct Event
{
    EventId id;
    QString title;
    EventKind kind = EventKind::Meeting;
    EventStatus status = EventStatus::Occurred;
    FuzzyDate start;
    FuzzyDate end; // null when the event is a single point or range given by start alone
    QString location;
    QString summary;
    QList<Participant> participants;
    EventId parent; // the larger event this one is part of
    QStringList tags;
    QString cameo; // CAMEO event code, e.g. "043"; empty when not coded

    /// The span the event covers: start alone, or start to end.
    FuzzyDate when() const;

    friend bool operator==(const Event&, const Event&) = default;
};

} // namespace attache
