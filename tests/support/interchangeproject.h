// SPDX-License-Identifier: GPL-3.0-or-later
// What the interchange tests share: a project whose events hold everything the formats must carry (commas, quotes,
// line breaks, non-Latin text, times with offsets, dates known to the month or year, spans, qualifiers), and a
// comparison of events that does not depend on row ids.
#pragma once

#include <algorithm>

#include <QStringList>
#include <QTest>

#include "storage/project.h"
#include "testproject.h"

namespace attache::test {

/// Fills `p` with two actors and five events that between them use every field the interchange formats carry.
inline void fillInterchange(Project& p)
{
    const Status written = p.write([&] {
        Actor minister;
        minister.name = QStringLiteral("Zoltan Petrov");
        minister.aliases = {QStringLiteral("Petrov")};
        const ActorId m = p.actors().insert(minister);
        Actor envoy;
        envoy.name = QStringLiteral("Ana \"the Envoy\" Müller, Jr.");
        const ActorId e = p.actors().insert(envoy);
        Actor state;
        state.name = QStringLiteral("Elbonia");
        state.kind = ActorKind::State;
        const ActorId s = p.actors().insert(state);

        Event talks;
        talks.title = QStringLiteral("Talks in Geneva, \"round two\"");
        talks.kind = EventKind::Talks;
        talks.start = date("2024-04-10T09:30+02:00");
        talks.end = date("2024-04-10T17:00+02:00");
        talks.location = QStringLiteral("Palais des Nations; Geneva");
        talks.summary = QStringLiteral("First line, with a comma.\nSecond line; with a semicolon \\ and a backslash.");
        talks.participants = {{m, ParticipantRole::Host}, {e, ParticipantRole::Guest}, {s, ParticipantRole::Mentioned}};
        talks.tags = {QStringLiteral("geneva"), QStringLiteral("round, two")};
        talks.cameo = QStringLiteral("046");
        p.events().insert(talks);

        Event visit;
        visit.title = QStringLiteral("Визит в Тбилиси — 訪問 🤝");
        visit.kind = EventKind::Visit;
        visit.status = EventStatus::Planned;
        visit.start = date("2024-05-02?");
        visit.end = date("2024-05-04");
        visit.location = QStringLiteral("Tbilisi");
        visit.summary = QStringLiteral("Ünïcödé text that is long enough to be folded in an iCalendar file: "
                                       "ééééééééééééééééééééééééééééééééééééééééééé "
                                       "🤝🤝🤝🤝🤝🤝🤝🤝🤝🤝 end.");
        visit.participants = {{e, ParticipantRole::Participant}};
        p.events().insert(visit);

        Event sanction;
        sanction.title = QStringLiteral("Sanctions announced");
        sanction.kind = EventKind::Sanction;
        sanction.start = date("2024-06~");
        sanction.participants = {{s, ParticipantRole::Host}, {m, ParticipantRole::Mediator}};
        p.events().insert(sanction);

        Event call;
        call.title = QStringLiteral("Phone call at dawn");
        call.kind = EventKind::Call;
        call.status = EventStatus::Cancelled;
        call.start = date("2024-07-01T05:15Z");
        call.participants = {{m, ParticipantRole::Participant}, {e, ParticipantRole::Participant}};
        p.events().insert(call);

        Event agreement;
        agreement.title = QStringLiteral("Framework agreement");
        agreement.kind = EventKind::Agreement;
        agreement.status = EventStatus::Unknown;
        agreement.start = date("2023");
        p.events().insert(agreement);
    });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
}

/// An event as text without row ids: participants by name and role, in the event's order.
inline QString eventText(const Event& e, const Project& p)
{
    QStringList people;
    for (const Participant& participant : e.participants) {
        const auto actor = p.actors().find(participant.actor);
        people.append((actor ? actor->name : QStringLiteral("?")) + u'/' + toText(participant.role));
    }
    return QStringList {e.title, toText(e.kind), toText(e.status), e.start.toString(), e.end.toString(), e.location,
        e.summary, people.join(u','), e.tags.join(u','), e.cameo}
        .join(u'|');
}

/// Every event of `p` as eventText(), sorted.
inline QStringList eventTexts(const Project& p)
{
    QStringList texts;
    for (const Event& e : p.events().list())
        texts.append(eventText(e, p));
    std::sort(texts.begin(), texts.end());
    return texts;
}

} // namespace attache::test
