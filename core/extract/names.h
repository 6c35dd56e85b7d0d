// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringView>

namespace attache::extract {

/// The speech verbs of news writing as a regular-expression alternation ("said|says|told|…").
const QString& speechVerbPattern();

/// A word written with a capital as names are ("Abbas", "O'Brien", "McCain", "H.W.", "UN").
bool isCapitalisedWord(QStringView word);
/// Capitalised words that never stand in a personal name: function words, pronouns, calendar words, parts of the
/// names of bodies.
const QSet<QString>& notNameWords();
/// The capitalised words titles are made of ("Secretary", "Foreign", "Vice"), never the first word of a name.
const QSet<QString>& titleWords();
/// A plausible personal name: two to five capitalised words (initials and particles allowed), none of them a known
/// place, organisation or title word.
bool isPersonName(const QString& name);
/// The family name: the last word, without "Jr." or trailing punctuation.
QString surnameOf(const QString& name);
/// "Trump's" as "Trump".
QString stripPossessive(QString name);

} // namespace attache::extract
