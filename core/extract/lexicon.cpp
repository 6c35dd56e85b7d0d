// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/lexicon.h"

#include <QFile>
#include <QSet>

static void initLexiconResource()
{
    Q_INIT_RESOURCE(lexicon);
}

namespace attache::extract {

Lexicon::Lexicon()
{
    initLexiconResource();
    QFile file(QStringLiteral(":/attache/lexicon/lexicon.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QByteArray data = file.readAll();
    m_parts.reserve(70000);
    for (qsizetype at = 0; at < data.size();) {
        qsizetype end = data.indexOf('\n', at);
        if (end < 0)
            end = data.size();
        const qsizetype tab = data.indexOf('\t', at);
        if (tab > at && tab < end) {
            quint8 parts = 0;
            for (qsizetype k = tab + 1; k < end; ++k) {
                switch (data[k]) {
                case 'n': parts |= Noun; break;
                case 'v': parts |= Verb; break;
                case 'a': parts |= Adjective; break;
                case 'r': parts |= Adverb; break;
                case 'P': parts |= ProperNoun; break;
                default: break;
                }
            }
            m_parts.insert(QString::fromUtf8(data.constData() + at, tab - at), parts);
        }
        at = end + 1;
    }
}

const Lexicon& Lexicon::instance()
{
    static const Lexicon lexicon;
    return lexicon;
}

quint8 Lexicon::parts(QStringView word) const
{
    const QString lower = word.toString().toLower();
    if (const quint8 p = lookup(lower))
        return p;
    // Regular inflections back to the base form, as WordNet's own morphology does: verbs (-ed, -ing, with a final e
    // restored or a doubled consonant undone), comparatives (-er, -est), adverbs in -ly. Not the -s of plurals and
    // third persons: too many given names end so on a common stem ("James", "Denys").
    struct Rule
    {
        const char16_t* suffix;
        const char16_t* replacement;
        quint8 part;
    };
    static const Rule rules[] = {{u"ed", u"", Verb}, {u"ed", u"e", Verb}, {u"ied", u"y", Verb}, {u"ing", u"", Verb},
        {u"ing", u"e", Verb}, {u"er", u"", Adjective}, {u"er", u"e", Adjective}, {u"est", u"", Adjective},
        {u"est", u"e", Adjective}, {u"ly", u"", Adverb}};
    for (const Rule& rule : rules) {
        const QStringView suffix(rule.suffix);
        if (lower.size() <= suffix.size() + 2 || !lower.endsWith(suffix))
            continue;
        QString base = lower.left(lower.size() - suffix.size()) + QStringView(rule.replacement);
        // A verb of three letters ending in a consonant after one vowel doubles it ("jar", "jarred"): "Jared" is no
        // form of "jar".
        const auto vowel = [](QChar c) { return QStringView(u"aeiou").contains(c); };
        if ((rule.part & Verb) && QStringView(rule.replacement).isEmpty() && base.size() == 3 && !vowel(base[0])
            && vowel(base[1]) && !vowel(base[2]) && !QStringView(u"wxy").contains(base[2]))
            continue;
        quint8 found = lookup(base);
        // "stopped", "planning": a doubled consonant before the ending.
        if (!found && (rule.part & Verb) && suffix.size() >= 2 && base.size() >= 3 && QStringView(rule.replacement).isEmpty()
            && base[base.size() - 1] == base[base.size() - 2])
            found = lookup(base.chopped(1));
        if (found & rule.part)
            return rule.part == Adverb ? quint8(Adverb) : quint8(found & rule.part);
    }
    return 0;
}

bool Lexicon::isCommonNonNoun(QStringView word) const
{
    const quint8 p = parts(word);
    return p != 0 && !(p & (Noun | ProperNoun));
}

bool Lexicon::isFunctionWord(QStringView word) const
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char* w : {"a", "an", "the", "this", "that", "these", "those", "and", "but", "or", "nor", "so", "yet",
                 "for", "if", "as", "because", "since", "while", "whilst", "although", "though", "unless", "until",
                 "when", "whenever", "where", "wherever", "whether", "after", "before", "once", "than", "then", "thus",
                 "hence", "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "instead",
                 "also", "still", "even", "only", "about", "above", "across", "against", "along", "alongside",
                 "amid", "amidst", "among", "amongst", "around", "at", "behind", "below", "beneath", "beside",
                 "besides", "between", "beyond", "by", "despite", "down", "during", "except", "following", "from",
                 "in", "inside", "into", "like", "near", "of", "off", "on", "onto", "opposite", "outside", "over",
                 "past", "per", "regarding", "since", "through", "throughout", "till", "to", "toward", "towards",
                 "under", "underneath", "unlike", "up", "upon", "via", "with", "within", "without", "according",
                 "i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "my", "your", "his",
                 "its", "our", "their", "who", "whom", "whose", "which", "what", "some", "any", "all", "both", "each",
                 "every", "either", "neither", "no", "not", "many", "much", "more", "most", "few", "several", "such",
                 "there", "here", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did",
                 "would", "shall", "should", "could", "might", "must", "yesterday", "today",
                 "tomorrow", "tonight"})
            set.insert(QString::fromLatin1(w));
        return set;
    }();
    return words.contains(word.toString().toLower());
}

} // namespace attache::extract
