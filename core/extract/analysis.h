// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <utility>

#include <QList>
#include <QSet>
#include <QString>

#include "extract/dates.h"
#include "extract/extraction.h"

namespace attache::extract {

/// A place in the text where an actor candidate is named.
struct Mention
{
    qsizetype start;
    qsizetype end;
    int actor; // index into Analysis::actors
};

/// What the pipeline knows of one article so far. Each stage reads the layers the stages before it filled and adds
/// its own; offsets are UTF-16 units of `text`.
struct Analysis
{
    const QString& text;
    QList<Span> sentences;
    QList<ActorCandidate> actors;
    QList<Mention> mentions; // sorted by start
    QList<DateMention> dates; // sorted by start
    FuzzyDate published;
    QSet<qsizetype> locativeSeats; // gazetteer matches used as places
    QList<Span> quoted; // inside quotation marks: mentions there are not speakers

    bool isQuoted(qsizetype position) const;
    /// The mentions that start in [from, to), by binary search.
    std::pair<qsizetype, qsizetype> mentionsIn(qsizetype from, qsizetype to) const;
    /// The dates that start in [from, to), by binary search.
    std::pair<qsizetype, qsizetype> datesIn(qsizetype from, qsizetype to) const;
    int actorNamed(const QString& name) const;
    int sentenceAt(qsizetype position) const;
    /// Where the paragraph holding `position` starts.
    qsizetype paragraphStart(qsizetype position) const;
};

} // namespace attache::extract
