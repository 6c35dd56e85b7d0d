// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>

#include "model/ids.h"

namespace attache {

enum class AnnotationKind : quint8 { ActorMention, Statement, EventEvidence, Date, Note };
enum class TargetType : quint8 { None, Actor, Event, Statement };

QString toText(AnnotationKind kind);
QString toText(TargetType type);
std::optional<AnnotationKind> annotationKindFromText(QStringView text);
std::optional<TargetType> targetTypeFromText(QStringView text);
QStringList annotationKindTexts();
/// "confirmed" ... "truth cannot be judged" for credibility 1-6; empty for 0 (not graded).
QString credibilityDescription(int credibility);
/// The Admiralty badge of a claim from a source: reliability letter and credibility digit, "–" for either not graded
/// (e.g. "B2", "A–", "–3").
QString gradeBadge(const QString& reliabilityLetter, int credibility);

/// A marked passage of a source: a W3C Web Annotation with a text-position selector (code points) and a
/// text-quote selector, saying what fact it is evidence for.
struct Annotation
{
    AnnotationId id;
    SourceId source;
    qint64 start = 0; // [start, end) in code points of the source text
    qint64 end = 0;
    QString exact;
    QString prefix;
    QString suffix;
    AnnotationKind kind = AnnotationKind::Note;
    TargetType targetType = TargetType::None;
    qint64 targetId = 0; // row id of the actor, event or statement
    int credibility = 0; // 1 confirmed ... 6 cannot be judged; 0 unrated
    QString comment;
    QDateTime created; // UTC
    /// False when the source text changed and the passage could not be found again: start/end then say where it was,
    /// and the analyst is asked to place it by hand.
    bool anchored = true;

    static constexpr int quoteContext = 32; // characters of prefix and suffix kept

    friend bool operator==(const Annotation&, const Annotation&) = default;
};

} // namespace attache
