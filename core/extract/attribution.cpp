// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5: who said a quotation: the actor beside a speech verb, a pronoun or role noun resolved to a person named
// before, or the last speaker for a quotation standing alone.
#include "extract/attribution.h"

#include <QHash>
#include <QRegularExpression>

#include "extract/names.h"

namespace attache::extract {

/// The person nearest to `position` before it among the mentions, optionally only people.
int lastPersonBefore(const Analysis& w, qsizetype position)
{
    // The last person named as someone who acts: not inside a quotation, not a modifier ("the Reagan administration")
    // and not a possessive ("Trump's envoy").
    static const QRegularExpression modifier(QStringLiteral("^(?:['’]s\\b|\\s+(?:administration|government|camp|team|aides|officials|era|doctrine|plan)\\b)"));
    // Among the people named in this paragraph and the two before it, the one named most often so far (the story's subject), the
    // most recent one on a tie.
    qsizetype from = w.paragraphStart(position);
    for (int back = 0; back < 2 && from > 0; ++back)
        from = w.paragraphStart(from - 2);
    // How often each person has been named so far (counted over a bounded stretch before, to stay linear).
    QHash<int, int> named;
    const auto [counted, end] = w.mentionsIn(std::max<qsizetype>(0, position - 20000), position);
    for (qsizetype k = counted; k < end; ++k) {
        const Mention& m = w.mentions[k];
        if (w.actors[m.actor].kind == ActorKind::Person && !w.isQuoted(m.start))
            ++named[m.actor];
    }
    int best = -1;
    int bestCount = 0;
    const auto [windowStart, windowEnd] = w.mentionsIn(from, position);
    for (qsizetype i = windowEnd - 1; i >= windowStart; --i) {
        const Mention& m = w.mentions[i];
        if (w.actors[m.actor].kind != ActorKind::Person || w.isQuoted(m.start))
            continue;
        if (modifier.match(w.text.mid(m.end, 20)).hasMatch())
            continue;
        if (named.value(m.actor) > bestCount) {
            best = m.actor;
            bestCount = named.value(m.actor);
        }
    }
    return best;
}

/// The actor a role noun ("the minister", "the spokesman") points back to: the last person with that role.
int roleReference(const Analysis& w, const QString& role, qsizetype position)
{
    for (qsizetype i = w.mentions.size() - 1; i >= 0; --i) {
        const Mention& m = w.mentions[i];
        if (m.start < position && w.actors[m.actor].kind == ActorKind::Person
            && w.actors[m.actor].role.contains(role, Qt::CaseInsensitive))
            return m.actor;
    }
    return -1;
}

/// Who speaks in [from, to): the actor next to a speech verb, a pronoun resolved to the last person, or a role noun.
Attribution attributeIn(const Analysis& w, qsizetype from, qsizetype to, bool preferLast, int lastSpeaker)
{
    Attribution result;
    result.windowStart = from;
    result.windowEnd = to;
    if (to <= from)
        return result;
    const QString window = w.text.mid(from, to - from);
    static const QRegularExpression verb(QStringLiteral("\\b(") + speechVerbPattern() + QStringLiteral("|according to)\\b"));
    QList<QRegularExpressionMatch> verbs;
    for (auto it = verb.globalMatch(window); it.hasNext();)
        verbs.append(it.next());
    if (verbs.isEmpty())
        return result;
    qsizetype chosen = preferLast ? verbs.size() - 1 : 0;
    // "he said, adding that X …": a participle's subject is that of the verb before it.
    // "X said …, and added": a verb joined by "and" shares the subject of the one before it.
    static const QRegularExpression joined(QStringLiteral("\\band\\s+(?:also\\s+)?$"));
    while (chosen > 0
        && (verbs[chosen].captured(1).endsWith(QStringLiteral("ing"))
            || joined.match(window.left(verbs[chosen].capturedStart(0))).hasMatch()))
        --chosen;
    const QRegularExpressionMatch& v = verbs[chosen];
    result.verbStart = from + v.capturedStart(0);
    result.verbEnd = from + v.capturedEnd(0);
    const bool according = v.captured(1) == QStringLiteral("according to");
    // Candidates: mentions inside the window, nearest to the verb; before it ("X said") is the usual subject, after
    // it ("said X", "according to X") when nothing stands before.
    int before = -1;
    qsizetype beforeDistance = std::numeric_limits<qsizetype>::max();
    int after = -1;
    qsizetype afterDistance = std::numeric_limits<qsizetype>::max();
    const auto [firstMention, lastMention] = w.mentionsIn(from, to);
    for (qsizetype k = firstMention; k < lastMention; ++k) {
        const Mention& m = w.mentions[k];
        if (m.end > to || w.isQuoted(m.start))
            continue;
        const ActorKind kind = w.actors[m.actor].kind;
        if (kind == ActorKind::Media)
            continue;
        if (m.end <= result.verbStart && result.verbStart - m.end < beforeDistance) {
            // Not the object of an earlier clause far away: within a few words.
            beforeDistance = result.verbStart - m.end;
            before = m.actor;
        } else if (m.start >= result.verbEnd && m.start - result.verbEnd < afterDistance) {
            afterDistance = m.start - result.verbEnd;
            after = m.actor;
        }
    }
    // Pronouns and role nouns next to the verb.
    const QString head = w.text.mid(std::max(from, result.verbStart - 40), result.verbStart - std::max(from, result.verbStart - 40));
    const QString tail = w.text.mid(result.verbEnd, std::min<qsizetype>(30, to - result.verbEnd));
    static const QRegularExpression pronounBefore(QStringLiteral("\\b(he|she)\\s+(?:also\\s+|then\\s+|later\\s+)?$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pronounAfter(QStringLiteral("^\\s*(he|she)\\b"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression roleBefore(QStringLiteral("\\bthe\\s+(minister|secretary|spokesman|spokeswoman|spokesperson|president|envoy|ambassador|official|diplomat|chancellor|premier|prime minister|foreign minister)\\s*(?:also\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto resolvePronoun = [&](qsizetype at) {
        const int person = lastPersonBefore(w, at);
        return person >= 0 ? person : lastSpeaker;
    };
    if (before >= 0 && beforeDistance <= 45 && !according) {
        result.actor = before;
    } else if (pronounBefore.match(head).hasMatch()) {
        result.actor = resolvePronoun(result.verbStart);
    } else if (const auto role = roleBefore.match(head); role.hasMatch()) {
        result.actor = roleReference(w, role.captured(1), result.verbStart);
    } else if (after >= 0 && afterDistance <= 25) {
        result.actor = after;
    } else if (pronounAfter.match(tail).hasMatch()) {
        result.actor = resolvePronoun(result.verbStart);
    } else if (before >= 0 && beforeDistance <= 120) {
        result.actor = before;
    } else {
        // "He reported no breakthrough, and added: “…”": a pronoun opening the clause.
        static const QRegularExpression openingPronoun(QStringLiteral("^\\W*(He|She)\\b"));
        if (openingPronoun.match(window).hasMatch())
            result.actor = resolvePronoun(result.verbStart);
    }
    return result;
}

/// Where something was said: a show on a network, a platform, a news conference.
QString venueIn(const QString& window, QString* outlet, QString* kind)
{
    static const QRegularExpression show(QStringLiteral("\\b(?:on|to|told|with)\\s+([A-Z][\\w]*(?: [A-Z][\\w]*)?)['’]s\\s+[\"“]?([A-Z][\\w'’ ]+?)[,\"”.]"));
    static const QRegularExpression platform(QStringLiteral("\\bpost(?:ed)?\\s+on\\s+([A-Z][\\w]+(?: [A-Z][\\w]+)?)|\\bwrote\\s+on\\s+([A-Z][\\w]+(?: [A-Z][\\w]+)?)"));
    static const QRegularExpression conference(QStringLiteral("\\b(news conference|press conference|press briefing|briefing|told reporters|told journalists)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onOutlet(QStringLiteral("\\b(?:on|told|to|with)\\s+(CNN|NBC|CBS|ABC|Fox News|BBC|MSNBC|CNBC|Al Jazeera|Sky News)\\b"));
    if (const auto m = show.match(window); m.hasMatch()) {
        *outlet = m.captured(1);
        *kind = QStringLiteral("interview");
        return m.captured(1) + u' ' + m.captured(2).trimmed();
    }
    if (const auto m = platform.match(window); m.hasMatch()) {
        *outlet = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        *kind = QStringLiteral("post");
        return *outlet;
    }
    if (const auto m = onOutlet.match(window); m.hasMatch()) {
        *outlet = m.captured(1);
        *kind = QStringLiteral("interview");
        return m.captured(1);
    }
    if (const auto m = conference.match(window); m.hasMatch()) {
        kind->clear();
        *kind = QStringLiteral("press_conference");
        return m.captured(1).contains(QStringLiteral("told")) ? QStringLiteral("press conference") : m.captured(1).toLower();
    }
    return {};
}

} // namespace attache::extract
