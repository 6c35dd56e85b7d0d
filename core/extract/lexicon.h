// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringView>

namespace attache::extract {

/// The common words of English, from WordNet (built into the program from Debian's wordnet-base): what parts of
/// speech a word has, through its inflections ("asked" is the verb "ask"). The importer uses it to tell a capitalised
/// common word ("Earlier", "Welcoming", "Bilateral") from the first word of a name.
class Lexicon final
{
public:
    enum Part : quint8 { Noun = 1, Verb = 2, Adjective = 4, Adverb = 8, ProperNoun = 16 };

    static const Lexicon& instance();

    /// The parts of speech of a word in any case, or of its base form; 0 for a word WordNet does not know.
    quint8 parts(QStringView word) const;
    /// True for a word that is never a noun or a name: an adverb, an adjective or a verb form ("Earlier", "Asked").
    bool isCommonNonNoun(QStringView word) const;
    /// Closed-class words WordNet leaves out: prepositions, conjunctions, determiners, pronouns ("Despite", "Among").
    bool isFunctionWord(QStringView word) const;
    int size() const { return int(m_parts.size()); }

private:
    Lexicon();
    quint8 lookup(const QString& lower) const { return m_parts.value(lower, 0); }

    QHash<QString, quint8> m_parts;
};

} // namespace attache::extract
