// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace attache::extract {

/// The speech verbs of news writing as a regular-expression alternation ("said|says|told|…").
const QString& speechVerbPattern();

/// The words as one regular-expression alternation factored into a prefix tree ("s(?:ecretary(?: of state)?|enator)"),
/// so that the engine follows only the branch that starts with the letter at hand instead of trying every word at every
/// position. Where one word is the start of another the longer is tried first, so it matches as an alternation of the
/// words sorted longest first does. With `foldCase`, words differing only in case are one branch (for a pattern that
/// ignores case).
QString prefixTreePattern(const QStringList& words, bool foldCase = false);
/// The titles of the gazetteer ("Secretary of State", "Kremlin spokesman") as a prefixTreePattern, folded or not.
const QString& titlePattern(bool foldCase);

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
/// True for a name written family name first, as Chinese and Korean names are ("Xi Jinping", "Moon Jae-in").
bool familyNameFirst(const QStringList& words);
/// The family name: the last word, without "Jr." or trailing punctuation; the first of a Chinese or Korean name.
QString surnameOf(const QString& name);
/// "Trump's" as "Trump".
QString stripPossessive(QString name);
/// "D.", "H.W.", "JD": initials standing for given names.
bool isInitial(QStringView word);
/// A word of a title, or its plural ("Presidents").
bool isTitleWord(const QString& word);
/// A run of capitalised words cut down to the name in it: no possessive, no trailing punctuation, nothing from the next
/// sentence, no title, place, calendar or common word before it ("Earlier Conservative Graham Brady" is "Graham
/// Brady"). Empty when nothing is left; check the result with isPersonName.
QString cleanPersonName(const QString& written);

} // namespace attache::extract
