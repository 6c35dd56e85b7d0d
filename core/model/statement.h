// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QList>
#include <QString>

#include "model/fuzzydate.h"
#include "model/ids.h"

namespace attache {

enum class StatementKind : quint8 { Direct, Partial, Paraphrase, Post };

QString toText(StatementKind kind);
std::optional<StatementKind> statementKindFromText(QStringView text);
QStringList statementKindTexts();

/// Something an actor said or wrote, with where and when, and the source passage it comes from.
struct Statement
{
    StatementId id;
    ActorId speaker;
    QString text;
    StatementKind kind = StatementKind::Direct;
    FuzzyDate when;
    EventId venue; // the event where it was said (an interview, a press conference)
    QList<EventId> about; // the events it is about: a set, read back sorted by id
    SourceId source;
    qint64 spanStart = -1; // [spanStart, spanEnd) in code points of the source text; -1 when unknown
    qint64 spanEnd = -1;

    friend bool operator==(const Statement&, const Statement&) = default;
};

} // namespace attache
