// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include "extract/article.h"
#include "extract/dates.h"
#include "extract/projectview.h"
#include "model/actor.h"
#include "model/event.h"
#include "model/statement.h"

namespace attache::extract {

/// [start, end) in UTF-16 units of Extraction::article.text (JSON output converts to code points).
struct Span
{
    qsizetype start = 0;
    qsizetype end = 0;
    friend bool operator==(const Span&, const Span&) = default;
};

struct ActorCandidate
{
    QString name;
    ActorKind kind = ActorKind::Person;
    QStringList aliases;
    QString role;
    QString affiliation; // the name of another candidate or a known state
    QString country;
    qint64 projectId = 0; // the project's actor this one is, when matched
    QString matchReason;
    QList<Span> mentions;
    bool accepted = true; // stored on import (the analyst unchecks what is wrong)
};

struct EventCandidate
{
    QString title;
    EventKind kind = EventKind::Meeting;
    FuzzyDate date;
    FuzzyDate endDate;
    QString dateText;
    QString location;
    QStringList participants; // actor candidate names
    EventStatus status = EventStatus::Occurred;
    QString cameo;
    qint64 projectId = 0;
    QString matchReason;
    QList<Span> evidence;
    bool accepted = true;
};

struct StatementCandidate
{
    QString speaker; // an actor candidate's name; empty when no one could be named
    QString quote;
    StatementKind kind = StatementKind::Direct;
    FuzzyDate date;
    QString venue;
    int event = -1; // index into events: where it was said
    Span span;
    bool accepted = true;
};

/// What the importer proposes for one article.
struct Extraction
{
    Article article;
    QList<ActorCandidate> actors;
    QList<EventCandidate> events;
    QList<StatementCandidate> statements;
    QList<DateMention> dates;
    QStringList warnings;
};

/// Reads actors, events, statements and dates out of an article. `published` given by the user wins over the date the
/// document carries; relative dates resolve against whichever there is. With a view of a project, candidates that are
/// already there say so (projectId, matchReason); an event that may be there says which and why (matchReason alone).
Extraction extract(const Article& article, const FuzzyDate& published = {}, const ProjectView* project = nullptr);

/// The extraction JSON of extraction-json.md (offsets in code points).
QByteArray toJson(const Extraction& extraction);

} // namespace attache::extract
