// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 1: the text cut into sentences (and the quotation-aware rules for where a sentence ends).
#include "extract/sentences.h"

namespace attache::extract {
namespace {

const QStringList& abbreviations()
{
    static const QStringList list{QStringLiteral("mr"), QStringLiteral("mrs"), QStringLiteral("ms"), QStringLiteral("dr"),
        QStringLiteral("st"), QStringLiteral("gen"), QStringLiteral("sen"), QStringLiteral("rep"), QStringLiteral("gov"),
        QStringLiteral("lt"), QStringLiteral("col"), QStringLiteral("jr"), QStringLiteral("sr"), QStringLiteral("no"),
        QStringLiteral("vs"), QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"), QStringLiteral("sept"),
        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"), QStringLiteral("u.s"), QStringLiteral("u.k"),
        QStringLiteral("u.n"), QStringLiteral("e.u"), QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("etc"),
        QStringLiteral("inc"), QStringLiteral("corp"), QStringLiteral("co"), QStringLiteral("prof"), QStringLiteral("amb")};
    return list;
}

bool isOpeningQuote(QChar c)
{
    return c == u'“' || c == u'"' || c == u'«' || c == u'‘';
}

} // namespace

QList<Span> sentencesOf(QStringView text)
{
    QList<Span> sentences;
    qsizetype start = 0;
    const qsizetype n = text.size();
    const auto push = [&](qsizetype end) {
        qsizetype s = start;
        while (s < end && text[s].isSpace())
            ++s;
        qsizetype e = end;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e > s)
            sentences.append(Span{s, e});
        start = end;
    };
    for (qsizetype i = 0; i < n; ++i) {
        if (text[i] == u'\n' && i + 1 < n && text[i + 1] == u'\n') {
            push(i);
            continue;
        }
        if (text[i] != u'.' && text[i] != u'?' && text[i] != u'!')
            continue;
        qsizetype j = i + 1;
        while (j < n && (text[j] == u'”' || text[j] == u'"' || text[j] == u'’' || text[j] == u')' || text[j] == u'»'))
            ++j;
        if (j >= n || !text[j].isSpace())
            continue;
        qsizetype k = j;
        while (k < n && text[k].isSpace())
            ++k;
        if (k >= n || !(text[k].isUpper() || text[k].isDigit() || isOpeningQuote(text[k])))
            continue;
        if (text[i] == u'.') {
            // Not after an abbreviation or an initial.
            qsizetype w = i;
            while (w > 0 && (text[w - 1].isLetter() || text[w - 1] == u'.'))
                --w;
            const QString word = text.sliced(w, i - w).toString().toLower();
            if (abbreviations().contains(word) || (word.size() == 1 && text[w].isUpper()))
                continue;
        }
        push(j);
    }
    push(n);
    return sentences;
}

} // namespace attache::extract
