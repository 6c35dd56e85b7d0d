// SPDX-License-Identifier: GPL-3.0-or-later
// The text names of the model's enums and the small behaviour of its value types.
#include <array>

#include <QCryptographicHash>

#include "model/actor.h"
#include "model/annotation.h"
#include "model/enumtext.h"
#include "model/event.h"
#include "model/source.h"
#include "model/statement.h"

namespace attache {
namespace {

constexpr std::array actorKinds{
    EnumName<ActorKind>{ActorKind::Person, u"person"},
    EnumName<ActorKind>{ActorKind::State, u"state"},
    EnumName<ActorKind>{ActorKind::Organization, u"organization"},
    EnumName<ActorKind>{ActorKind::Group, u"group"},
    EnumName<ActorKind>{ActorKind::Media, u"media"},
    EnumName<ActorKind>{ActorKind::Other, u"other"},
};

constexpr std::array eventKinds{
    EnumName<EventKind>{EventKind::Summit, u"summit"},
    EnumName<EventKind>{EventKind::Meeting, u"meeting"},
    EnumName<EventKind>{EventKind::Talks, u"talks"},
    EnumName<EventKind>{EventKind::Call, u"call"},
    EnumName<EventKind>{EventKind::Visit, u"visit"},
    EnumName<EventKind>{EventKind::PressConference, u"press_conference"},
    EnumName<EventKind>{EventKind::Interview, u"interview"},
    EnumName<EventKind>{EventKind::Post, u"post"},
    EnumName<EventKind>{EventKind::Statement, u"statement"},
    EnumName<EventKind>{EventKind::Agreement, u"agreement"},
    EnumName<EventKind>{EventKind::Sanction, u"sanction"},
    EnumName<EventKind>{EventKind::Exchange, u"exchange"},
    EnumName<EventKind>{EventKind::Other, u"other"},
};
static_assert(eventKinds.size() == eventKindCount);

constexpr std::array eventStatuses{
    EnumName<EventStatus>{EventStatus::Occurred, u"occurred"},
    EnumName<EventStatus>{EventStatus::Planned, u"planned"},
    EnumName<EventStatus>{EventStatus::Cancelled, u"cancelled"},
    EnumName<EventStatus>{EventStatus::Unknown, u"unknown"},
};

constexpr std::array participantRoles{
    EnumName<ParticipantRole>{ParticipantRole::Host, u"host"},
    EnumName<ParticipantRole>{ParticipantRole::Guest, u"guest"},
    EnumName<ParticipantRole>{ParticipantRole::Participant, u"participant"},
    EnumName<ParticipantRole>{ParticipantRole::Mediator, u"mediator"},
    EnumName<ParticipantRole>{ParticipantRole::Mentioned, u"mentioned"},
};

constexpr std::array statementKinds{
    EnumName<StatementKind>{StatementKind::Direct, u"direct"},
    EnumName<StatementKind>{StatementKind::Partial, u"partial"},
    EnumName<StatementKind>{StatementKind::Paraphrase, u"paraphrase"},
    EnumName<StatementKind>{StatementKind::Post, u"post"},
};

constexpr std::array reliabilities{
    EnumName<Reliability>{Reliability::Unrated, u""},
    EnumName<Reliability>{Reliability::A, u"A"},
    EnumName<Reliability>{Reliability::B, u"B"},
    EnumName<Reliability>{Reliability::C, u"C"},
    EnumName<Reliability>{Reliability::D, u"D"},
    EnumName<Reliability>{Reliability::E, u"E"},
    EnumName<Reliability>{Reliability::F, u"F"},
};

constexpr std::array annotationKinds{
    EnumName<AnnotationKind>{AnnotationKind::ActorMention, u"actor_mention"},
    EnumName<AnnotationKind>{AnnotationKind::Statement, u"statement"},
    EnumName<AnnotationKind>{AnnotationKind::EventEvidence, u"event_evidence"},
    EnumName<AnnotationKind>{AnnotationKind::Date, u"date"},
    EnumName<AnnotationKind>{AnnotationKind::Note, u"note"},
};

constexpr std::array targetTypes{
    EnumName<TargetType>{TargetType::None, u"none"},
    EnumName<TargetType>{TargetType::Actor, u"actor"},
    EnumName<TargetType>{TargetType::Event, u"event"},
    EnumName<TargetType>{TargetType::Statement, u"statement"},
};

} // namespace

QString toText(ActorKind kind) { return enumToText(actorKinds, kind); }
std::optional<ActorKind> actorKindFromText(QStringView text) { return enumFromText(actorKinds, text); }
QStringList actorKindTexts() { return enumTexts(actorKinds); }

QString toText(EventKind kind) { return enumToText(eventKinds, kind); }
QString toText(EventStatus status) { return enumToText(eventStatuses, status); }
QString toText(ParticipantRole role) { return enumToText(participantRoles, role); }
std::optional<EventKind> eventKindFromText(QStringView text) { return enumFromText(eventKinds, text); }
std::optional<EventStatus> eventStatusFromText(QStringView text) { return enumFromText(eventStatuses, text); }
std::optional<ParticipantRole> participantRoleFromText(QStringView text)
{
    return enumFromText(participantRoles, text);
}
QStringList eventKindTexts() { return enumTexts(eventKinds); }

QString toPhrase(EventKind kind)
{
    switch (kind) {
    case EventKind::Summit:
        return QStringLiteral("summit");
    case EventKind::Meeting:
        return QStringLiteral("meeting");
    case EventKind::Talks:
        return QStringLiteral("talks");
    case EventKind::Call:
        return QStringLiteral("phone call");
    case EventKind::Visit:
        return QStringLiteral("visit");
    case EventKind::PressConference:
        return QStringLiteral("press conference");
    case EventKind::Interview:
        return QStringLiteral("interview");
    case EventKind::Post:
        return QStringLiteral("post");
    case EventKind::Statement:
        return QStringLiteral("statement");
    case EventKind::Agreement:
        return QStringLiteral("agreement");
    case EventKind::Sanction:
        return QStringLiteral("sanctions");
    case EventKind::Exchange:
        return QStringLiteral("prisoner exchange");
    case EventKind::Other:
        return QStringLiteral("event");
    }
    return {};
}
QStringList eventStatusTexts() { return enumTexts(eventStatuses); }
QStringList participantRoleTexts() { return enumTexts(participantRoles); }

QString toText(StatementKind kind) { return enumToText(statementKinds, kind); }
std::optional<StatementKind> statementKindFromText(QStringView text) { return enumFromText(statementKinds, text); }
QStringList statementKindTexts() { return enumTexts(statementKinds); }

QString toText(Reliability reliability) { return enumToText(reliabilities, reliability); }
std::optional<Reliability> reliabilityFromText(QStringView text) { return enumFromText(reliabilities, text); }

QString credibilityDescription(int credibility)
{
    switch (credibility) {
    case 1:
        return QStringLiteral("confirmed");
    case 2:
        return QStringLiteral("probably true");
    case 3:
        return QStringLiteral("possibly true");
    case 4:
        return QStringLiteral("doubtful");
    case 5:
        return QStringLiteral("improbable");
    case 6:
        return QStringLiteral("truth cannot be judged");
    default:
        return {};
    }
}

QString gradeBadge(const QString& reliabilityLetter, int credibility)
{
    const QString none(QChar(0x2013));
    return (reliabilityLetter.isEmpty() ? none : reliabilityLetter)
        + (credibility >= 1 && credibility <= 6 ? QString::number(credibility) : none);
}

QString reliabilityDescription(Reliability reliability)
{
    switch (reliability) {
    case Reliability::Unrated:
        return QStringLiteral("not graded");
    case Reliability::A:
        return QStringLiteral("completely reliable");
    case Reliability::B:
        return QStringLiteral("usually reliable");
    case Reliability::C:
        return QStringLiteral("fairly reliable");
    case Reliability::D:
        return QStringLiteral("not usually reliable");
    case Reliability::E:
        return QStringLiteral("unreliable");
    case Reliability::F:
        return QStringLiteral("reliability cannot be judged");
    }
    return {};
}

QString toText(AnnotationKind kind) { return enumToText(annotationKinds, kind); }
QString toText(TargetType type) { return enumToText(targetTypes, type); }
std::optional<AnnotationKind> annotationKindFromText(QStringView text) { return enumFromText(annotationKinds, text); }
std::optional<TargetType> targetTypeFromText(QStringView text) { return enumFromText(targetTypes, text); }
QStringList annotationKindTexts() { return enumTexts(annotationKinds); }

bool Actor::isNamed(QStringView text) const
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.compare(name, Qt::CaseInsensitive) == 0)
        return true;
    for (const QString& alias : aliases) {
        if (trimmed.compare(alias, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

FuzzyDate Event::when() const
{
    if (end.isNull())
        return start;
    return FuzzyDate::interval(start.start(), end.end());
}

QString Source::hashText(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace attache
