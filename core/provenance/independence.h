// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include "model/source.h"

namespace attache::independence {

/// The wire agency a source credits, by its canonical name ("Reuters", "Associated Press", "Agence France-Presse"),
/// or empty: the agency is the outlet itself, an author ("Reuters Staff"), the dateline's credit ("MOSCOW (AP) —",
/// "(Reuters) -"), a sign-off or credit line on its own ("AFP", "— Reuters"), or the agency's copyright notice. The
/// text and the article as it was read are both looked at, since the reader takes the dateline off the text.
QString wireAgency(const Source& source);

/// How much of the shorter text the longer one repeats word for word: the share of the shorter text's word 5-grams
/// (case and punctuation aside) found in the other, 0 to 1. Two sites running one story, cut or headlined
/// differently, score high; two reports of one event in their own words score near 0.
double wordingOverlap(const QString& a, const QString& b);

/// The overlap from which two texts are taken for one story run twice.
inline constexpr double sameStoryOverlap = 0.5;

/// Sources folded into one independent report, and why.
struct Report
{
    QList<int> sources; // indexes into the list given to reports()
    QStringList outlets; // distinct, in the order first seen
    QString agency; // the wire agency they credit, when that joined two of them
    bool sameWording = false; // two of them were joined by near-identical text
};

/// Groups sources into independent reports: one outlet's sources are one report, and so are sources that credit the
/// same wire agency or whose texts are near-identical (wordingOverlap() >= sameStoryOverlap), transitively. A source
/// without an outlet counts under its title. Reports come in the order of their first source.
QList<Report> reports(const QList<Source>& sources);

} // namespace attache::independence
