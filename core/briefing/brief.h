// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>
#include <vector>

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include "briefing/scope.h"
#include "model/actor.h"
#include "model/event.h"
#include "model/source.h"
#include "model/statement.h"
#include "storage/repositories.h"

namespace attache::briefing {

/// A numbered entry of the brief's source list: the full citation and its grades. Numbers follow the order in which
/// the sheet first cites a source.
struct Citation
{
    int number = 0;
    SourceId source;
    QString title;
    QString outlet;
    QStringList authors;
    QString url;
    FuzzyDate published;
    Reliability reliability = Reliability::Unrated;
    /// The credibility grades (1 confirmed ... 6 cannot be judged) of the claims the sheet cites from this source:
    /// the best and the worst; 0 when none is graded.
    int bestCredibility = 0;
    int worstCredibility = 0;

    /// The Admiralty grade: "B2", "B2–3" when the cited claims differ, "B" when no claim is graded, "" when nothing
    /// is.
    QString grade() const;
    /// The grade in words, e.g. "usually reliable; probably true".
    QString gradeDescription() const;
};

/// One line of the key facts: a label and its value, both plain text.
struct Fact
{
    QString label;
    QString value;
};

/// Someone on the sheet's list of people: a participant with their part in the event, or (for actor and period
/// briefs) an actor with how often they appear.
struct Person
{
    ActorId actor;
    QString name;
    QString part; // "host", "guest", "in 4 events"
    QString title; // the actor's function, e.g. "Secretary of State"
};

/// A statement quoted on the sheet.
struct KeyStatement
{
    StatementId id;
    QString text;
    StatementKind kind = StatementKind::Direct;
    QString speaker;
    QString speakerTitle;
    FuzzyDate when;
    QString venue; // where it was said: the venue event's place or title; empty when unknown
    QList<int> citations;
};

/// One event of the chronology.
struct ChronologyEntry
{
    EventId id;
    FuzzyDate when;
    QString title;
    EventKind kind = EventKind::Other;
    EventStatus status = EventStatus::Occurred;
    QString location;
    QStringList participants;
    QList<int> citations;
    bool focus = false; // the event an event brief is about
};

/// What the small timeline figure shows: the brief's events in the lanes of its principal actors (the rest share an
/// "Others" lane), with the time range to show. The UI draws it with the timeline's renderer.
struct Figure
{
    std::vector<EventBounds> events;
    std::vector<std::pair<qint64, qint64>> participations; // (event id, actor id)
    QList<Actor> actors; // the lanes' actors (id and name)
    std::vector<StatementMark> statements;
    qint64 focus = 0; // the event to highlight; 0 for none
    qint64 fromMs = 0;
    qint64 toMs = 0;

    static constexpr qint64 othersLane = -1; // the actor id of the "Others" lane

    bool isEmpty() const { return events.empty(); }
};

/// An actor brief's contacts figure: the brief's events with every actor taking part in them, drawn as the network
/// view draws a network. Empty for other briefs, and when the subject shares no event with anyone.
struct Contacts
{
    qint64 subject = 0;
    std::vector<EventBounds> events;
    std::vector<std::pair<qint64, qint64>> participations; // (event id, actor id)
    QList<Actor> actors; // everyone taking part (id, name, kind)

    bool isEmpty() const { return actors.size() < 2; }
};

/// The content of a briefing sheet, built by Builder from a project and written out by HtmlWriter (HTML) or the UI's
/// BriefPrinter (print, PDF, ODT). All text is plain: writers escape it.
struct Brief
{
    Scope scope;
    QString title;
    QString kindText; // "Event brief", "Actor brief", "Period brief", "Timeline selection"
    QString scopeText; // what the brief covers, e.g. "with related events within 3 days"
    QString period; // the dates covered, e.g. "15–18 Aug 2025"
    qint64 fromMs = 0;
    qint64 toMs = 0;
    QDate prepared;
    QString projectName;
    QString banner; // the handling banner printed at the top and bottom of every page; empty for none

    QString bottomLine; // editable; pre-filled by the builder
    QList<Fact> facts;
    QString peopleHeading; // "Participants", "Counterparts", "Most involved"
    QList<Person> people;
    QList<KeyStatement> statements;
    int statementsLeftOut = 0; // statements in scope that did not make the key statements
    QList<ChronologyEntry> chronology;
    Figure figure;
    Contacts contacts;
    QList<Citation> sources;
};

/// "15 Aug 2025", "15–18 Aug 2025", "28 Aug – 2 Sep 2025", "28 Dec 2025 – 2 Jan 2026" for UTC days.
QString dayRangeText(qint64 fromMs, qint64 toMs);
/// "15 Aug 2025"
QString dayText(const QDate& day);
/// A date as a sheet's small print shows it: display() without the weekday ("17 Aug 2025").
QString shortDate(const FuzzyDate& date);
/// How finely a date is known, in words: "known to the day", "known to the month, uncertain".
QString precisionText(const FuzzyDate& date);
/// Human names of the model's enums for sheets: "summit", "press conference", "occurred".
QString kindName(EventKind kind);
QString statusName(EventStatus status);
QString roleName(ParticipantRole role);

} // namespace attache::briefing
