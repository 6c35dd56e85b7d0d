// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

#include <QDateTime>
#include <QString>
#include <QStringList>

#include "model/fuzzydate.h"
#include "model/ids.h"

namespace attache {

/// Admiralty (NATO AJP-2.1) source reliability: A completely reliable ... E unreliable, F cannot be judged.
enum class Reliability : quint8 { Unrated, A, B, C, D, E, F };

QString toText(Reliability reliability); // "" for Unrated, else "A".."F"
std::optional<Reliability> reliabilityFromText(QStringView text); // "" -> Unrated
QString reliabilityDescription(Reliability reliability);

/// A news article or document that facts are drawn from.
struct Source
{
    SourceId id;
    QString title;
    QString outlet;
    QStringList authors;
    QString url;
    FuzzyDate published;
    QDateTime retrieved; // UTC; invalid when unknown
    QString text; // the normalised text that annotation offsets index into
    QString original; // the article as it was read (page or text with its chrome), when imported
    QString contentHash; // SHA-256 of text in UTF-8, lower-case hex
    Reliability reliability = Reliability::Unrated;

    /// The hash a source with this text has.
    static QString hashText(const QString& text);

    friend bool operator==(const Source&, const Source&) = default;
};

} // namespace attache
