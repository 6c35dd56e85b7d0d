// SPDX-License-Identifier: GPL-3.0-or-later
#include "extract/analysis.h"

#include <algorithm>

namespace attache::extract {

bool Analysis::isQuoted(qsizetype position) const
{
    // Quotations are in text order and do not overlap: the last one starting before the position decides.
    const auto after = std::upper_bound(quoted.cbegin(), quoted.cend(), position,
        [](qsizetype p, const Span& q) { return p <= q.start; });
    return after != quoted.cbegin() && position < (after - 1)->end;
}

std::pair<qsizetype, qsizetype> Analysis::mentionsIn(qsizetype from, qsizetype to) const
{
    const auto lo = std::lower_bound(mentions.cbegin(), mentions.cend(), from,
        [](const Mention& m, qsizetype p) { return m.start < p; });
    const auto hi = std::lower_bound(lo, mentions.cend(), to, [](const Mention& m, qsizetype p) { return m.start < p; });
    return {lo - mentions.cbegin(), hi - mentions.cbegin()};
}

std::pair<qsizetype, qsizetype> Analysis::datesIn(qsizetype from, qsizetype to) const
{
    const auto lo = std::lower_bound(dates.cbegin(), dates.cend(), from,
        [](const DateMention& d, qsizetype p) { return d.start < p; });
    const auto hi = std::lower_bound(lo, dates.cend(), to, [](const DateMention& d, qsizetype p) { return d.start < p; });
    return {lo - dates.cbegin(), hi - dates.cbegin()};
}

int Analysis::actorNamed(const QString& name) const
{
    for (int i = 0; i < int(actors.size()); ++i) {
        if (actors[i].name == name)
            return i;
    }
    return -1;
}

int Analysis::sentenceAt(qsizetype position) const
{
    const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
        [](qsizetype p, const Span& s) { return p < s.end; });
    return it == sentences.cend() ? int(sentences.size()) - 1 : int(it - sentences.cbegin());
}

qsizetype Analysis::paragraphStart(qsizetype position) const
{
    const qsizetype br = text.lastIndexOf(QStringLiteral("\n\n"), std::max<qsizetype>(0, position - 1));
    return br < 0 ? 0 : br + 2;
}

} // namespace attache::extract
