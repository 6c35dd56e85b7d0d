// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 5: who said a quotation: the actor beside a speech verb, a pronoun or role noun resolved to a person named
// before, or the last speaker for a quotation standing alone.
#include "extract/attribution.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "extract/gazetteer.h"
#include "extract/lexicon.h"
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

namespace {

constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
constexpr auto caseless = QRegularExpression::CaseInsensitiveOption;

/// A mention that cannot be the subject of a clause: inside a quotation, the object of a preposition ("talks with
/// Putin"), or a modifier ("Trump's envoy", "a UK official", "the Reagan administration").
bool isSubjectMention(const Analysis& w, const Mention& m)
{
    if (w.isQuoted(m.start))
        return false;
    static const QRegularExpression preposition(QStringLiteral("\\b(?:to|with|of|for|on|by|from|at|in|about|against|toward|towards|between|among|alongside|than|into|over|under|after|before|like|including|whom|via|and|or|that|during|amid|despite|since|until|throughout|within|across|beyond|near|around|through)\\s+(?:the\\s+|a\\s+|an\\s+)?$"),
        caseless);
    const qsizetype lookBack = std::min<qsizetype>(m.start, 24);
    if (preposition.match(w.text.mid(m.start - lookBack, lookBack)).hasMatch())
        return false;
    // A state or person that qualifies a noun: "Trump's envoy", "the Reagan administration", "US special envoy X",
    // "a White House press secretary".
    static const QRegularExpression modifier(QStringLiteral("^(?:['’]s?\\b|\\s+(?:administration|government|camp|team|aides?|officials?|era|doctrine|plan|spokes(?:man|woman|person)|ministry|delegation|negotiators?|diplomats?|envoys?|sources?|forces|troops|army|military|presidency|office|embassy|side|counterparts?)\\b|\\s+(?i:(?:special|senior|chief|top|deputy|foreign|defen[cs]e|press|vice|prime|former|acting|interim|lead|peace|trade|national|security|affairs|state|government|presidential)\\s+){0,2}(?i:official|spokes(?:man|woman|person)|ministry|minister|secretary|diplomat|negotiator|envoy|president|ambassador|chancellor|premier|leader|adviser|advisor|representative|commander|chief|delegation|briefing|statement)\\b)"),
        unicode);
    return !modifier.match(w.text.mid(m.end, 40)).hasMatch();
}

/// Where the first "he" or "she" outside quotation marks stands in [from, to), or -1.
qsizetype firstPronoun(const Analysis& w, qsizetype from, qsizetype to)
{
    static const QRegularExpression pronoun(QStringLiteral("\\b(?:he|she)\\b"), QRegularExpression::CaseInsensitiveOption);
    for (auto it = pronoun.globalMatch(QStringView(w.text).mid(from, to - from)); it.hasNext();) {
        const qsizetype at = from + it.next().capturedStart(0);
        if (!w.isQuoted(at))
            return at;
    }
    return -1;
}

/// True when a verb follows the mention, past an apposition set off by commas and adverbs ("Clark told", "Lavrov, the
/// foreign minister, on Friday said"): the mark of a clause's subject where there is no parser to say so.
bool followedByVerb(const Analysis& w, const Mention& m)
{
    static const QRegularExpression next(QStringLiteral("^(?:\\s*,[^,.;:“”\"]{1,160},)?(?:\\s+(?:also|later|then|again|once|reportedly|repeatedly|previously|earlier|recently|on \\p{Lu}\\w+|last \\w+))*\\s+(\\p{Ll}+)"),
        unicode);
    const auto match = next.match(QStringView(w.text).mid(m.end, 220));
    if (!match.hasMatch())
        return false;
    const QString word = match.captured(1);
    return (Lexicon::instance().parts(word) & Lexicon::Verb) && !Lexicon::instance().isFunctionWord(word)
        ? true
        : word == QStringLiteral("has") || word == QStringLiteral("had") || word == QStringLiteral("was")
            || word == QStringLiteral("is") || word == QStringLiteral("will") || word == QStringLiteral("would");
}

/// The first mention in [from, to) that can be a clause's subject, as an index into the mentions, or -1. One followed
/// by its verb is preferred to one that merely stands first.
qsizetype firstSubjectMention(const Analysis& w, qsizetype from, qsizetype to)
{
    const auto [first, last] = w.mentionsIn(from, to);
    qsizetype fallback = -1;
    for (qsizetype k = first; k < last; ++k) {
        const Mention& m = w.mentions[k];
        if (m.end > to || w.actors[m.actor].kind == ActorKind::Media || !isSubjectMention(w, m))
            continue;
        if (followedByVerb(w, m))
            return k;
        if (fallback < 0)
            fallback = k;
    }
    return fallback;
}

/// The person a pronoun at `position` stands for: the subject of the nearest sentence before it that has a person as
/// its subject (the centre of attention, as a reader takes it; a sentence whose subject is itself "he" passes the
/// question back), else the person the story follows.
int resolvePronoun(const Analysis& w, qsizetype position, int lastSpeaker)
{
    const int sentence = w.sentenceAt(position);
    if (sentence < 0 || sentence >= w.sentences.size())
        return lastSpeaker;
    // A person earlier in the same sentence, as its subject: "Blair said he …".
    const Span& here = w.sentences[sentence];
    const qsizetype own = firstSubjectMention(w, here.start, position);
    if (own >= 0 && w.actors[w.mentions[own].actor].kind == ActorKind::Person) {
        const qsizetype pronoun = firstPronoun(w, here.start, w.mentions[own].start);
        if (pronoun < 0)
            return w.mentions[own].actor;
    }
    for (int back = 1; back <= 4 && sentence - back >= 0; ++back) {
        const Span& previous = w.sentences[sentence - back];
        const qsizetype k = firstSubjectMention(w, previous.start, previous.end);
        const qsizetype pronoun = firstPronoun(w, previous.start, k >= 0 ? w.mentions[k].start : previous.end);
        if (pronoun >= 0)
            continue; // "he" again: the same person, named further back
        if (k >= 0 && w.actors[w.mentions[k].actor].kind == ActorKind::Person)
            return w.mentions[k].actor;
    }
    const int person = lastPersonBefore(w, position);
    return person >= 0 ? person : lastSpeaker;
}

/// The subject of the clause that starts at `from` and runs to `to`: its first actor that is neither governed by a
/// preposition nor a modifier, or a pronoun standing before it, resolved.
int clauseSubject(const Analysis& w, qsizetype from, qsizetype to, int lastSpeaker)
{
    const qsizetype k = firstSubjectMention(w, from, to);
    const qsizetype pronoun = firstPronoun(w, from, k >= 0 ? w.mentions[k].start : to);
    if (pronoun >= 0)
        return resolvePronoun(w, pronoun, lastSpeaker);
    return k >= 0 ? w.mentions[k].actor : -1;
}

/// Words that may stand between a subject and its speech verb: auxiliaries, adverbs, times ("Lavrov on Friday
/// said", "Blair also told").
bool onlyAdverbials(QStringView between)
{
    static const QRegularExpression adverbials(QStringLiteral("^(?:\\s|,)*(?:(?:also|later|then|again|previously|earlier|recently|separately|meanwhile|reportedly|repeatedly|once|further|publicly|privately|today|yesterday|tonight|has|had|have|was|is|were|would|will|had|last|this|on|late|early|in|a|an|the|statement|interview|speech|post|his|her|their|its|by|phone|telephone|video|link|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|night|morning|afternoon|evening|\\d{1,2})\\b(?:\\s|,)*){0,6}$"),
        caseless);
    return adverbials.match(between).hasMatch();
}

/// A noun phrase that speaks without a name: "the minister", "the Ukrainian president", "a UK Government official",
/// "the Congolese government", "Rwanda's foreign ministry", "the company". Set to what it names: a person of the
/// article with that role, or a body or unnamed source to add as a candidate.
struct Descriptor
{
    int actor = -1;
    ActorCandidate proposed;
};

Descriptor descriptorBefore(const Analysis& w, qsizetype verbStart, qsizetype from)
{
    Descriptor d;
    const qsizetype start = std::max(from, verbStart - 90);
    const QString head = w.text.mid(start, verbStart - start);
    static const QRegularExpression phrase(QStringLiteral("(?:^|[\\s,;:(])((?:(the|a|an|one|another)\\s+)?((?:(?!(?:the|a|an|one|another|but|and|or|as|while|that|when)\\s)[\\p{L}’'.-]+\\s+){0,4}?)(minister|secretary|spokes(?:man|woman|person)|president|prime minister|premier|chancellor|envoy|ambassador|official|diplomat|negotiator|leader|source|aide|adviser|advisor|government|ministry|presidency|office|company|operator|agency|embassy|military|army|statement|authorities|kremlin|department))\\s*(?:also\\s+|later\\s+|then\\s+)?(?:,\\s*)?$"),
        unicode | caseless);
    const auto m = phrase.match(head);
    if (!m.hasMatch())
        return d;
    const QString determiner = m.captured(2).toLower();
    const QString qualifier = m.captured(3).trimmed();
    const QString noun = m.captured(4).toLower();
    const qsizetype phraseStart = start + m.capturedStart(1);
    // The state or body named in the phrase ("Ukrainian", "Rwanda's", "UK Government").
    int named = -1;
    const auto [first, last] = w.mentionsIn(phraseStart, verbStart);
    for (qsizetype k = first; k < last; ++k) {
        if (w.actors[w.mentions[k].actor].kind != ActorKind::Person)
            named = w.mentions[k].actor;
    }
    QString affiliation = named >= 0 ? w.actors[named].name : QString();
    if (affiliation.isEmpty() && !qualifier.isEmpty()) {
        for (const Gazetteer::Match& g : Gazetteer::instance().find(qualifier)) {
            if (g.entry->kind != ActorKind::Media)
                affiliation = g.entry->name;
        }
    }
    static const QSet<QString> people{QStringLiteral("minister"), QStringLiteral("secretary"), QStringLiteral("spokesman"),
        QStringLiteral("spokeswoman"), QStringLiteral("spokesperson"), QStringLiteral("president"),
        QStringLiteral("prime minister"), QStringLiteral("premier"), QStringLiteral("chancellor"), QStringLiteral("envoy"),
        QStringLiteral("ambassador"), QStringLiteral("leader"), QStringLiteral("official"), QStringLiteral("diplomat"),
        QStringLiteral("negotiator"), QStringLiteral("source"), QStringLiteral("aide"), QStringLiteral("adviser"),
        QStringLiteral("advisor")};
    if (people.contains(noun)) {
        // "the minister", "the Ukrainian president": a person already named who holds the role (and belongs to the
        // state named, if one is).
        if (determiner == QStringLiteral("the") || (determiner.isEmpty() && qualifier.contains(u'’'))
            || (determiner.isEmpty() && qualifier.contains(u'\''))) {
            for (qsizetype i = w.mentions.size() - 1; i >= 0; --i) {
                const Mention& mention = w.mentions[i];
                const ActorCandidate& a = w.actors[mention.actor];
                if (mention.start >= phraseStart || a.kind != ActorKind::Person)
                    continue;
                const bool roleFits = a.role.contains(noun, Qt::CaseInsensitive)
                    || (noun == QStringLiteral("leader") && !a.role.isEmpty());
                const bool sideFits = affiliation.isEmpty() || a.affiliation == affiliation;
                if (roleFits && sideFits) {
                    d.actor = mention.actor;
                    return d;
                }
            }
        }
        // "a State Department official", "an EC negotiator": an unnamed source, known by what the text calls it.
        if ((determiner == QStringLiteral("a") || determiner == QStringLiteral("an") || determiner == QStringLiteral("one")
                || determiner == QStringLiteral("another"))
            && !qualifier.isEmpty() && qualifier[0].isUpper()) {
            d.proposed.name = qualifier + u' ' + m.captured(4);
            d.proposed.kind = ActorKind::Person;
            d.proposed.role = m.captured(4);
            d.proposed.affiliation = affiliation;
        }
        return d;
    }
    // A body: the state itself for its government ("the Congolese government said"), else the body as written
    // ("Rwanda's Foreign ministry"), else the last organisation named ("the company added").
    if ((noun == QStringLiteral("government") || noun == QStringLiteral("authorities") || noun == QStringLiteral("kremlin"))
        && (named >= 0 || !affiliation.isEmpty())) {
        if (named >= 0) {
            d.actor = named;
        } else {
            // "the Kenyan government": the state its demonym names.
            d.proposed.name = affiliation;
            d.proposed.kind = ActorKind::State;
            if (const Gazetteer::Entry* entry = Gazetteer::instance().byName(affiliation)) {
                d.proposed.kind = entry->kind;
                d.proposed.country = entry->country;
            }
        }
        return d;
    }
    if (!qualifier.isEmpty() && qualifier[0].isUpper() && (noun == QStringLiteral("ministry") || noun == QStringLiteral("presidency")
            || noun == QStringLiteral("office") || noun == QStringLiteral("department") || noun == QStringLiteral("embassy"))) {
        d.proposed.name = qualifier + u' ' + m.captured(4);
        d.proposed.kind = ActorKind::Organization;
        d.proposed.affiliation = affiliation;
        return d;
    }
    if (determiner == QStringLiteral("the") && qualifier.isEmpty()
        && (noun == QStringLiteral("company") || noun == QStringLiteral("operator") || noun == QStringLiteral("agency")
            || noun == QStringLiteral("ministry") || noun == QStringLiteral("statement"))) {
        for (qsizetype i = w.mentions.size() - 1; i >= 0; --i) {
            const Mention& mention = w.mentions[i];
            if (mention.start < phraseStart && w.actors[mention.actor].kind == ActorKind::Organization) {
                d.actor = mention.actor;
                break;
            }
        }
    }
    return d;
}

} // namespace

/// Who speaks in [from, to): the subject of a speech verb there (a name, a pronoun resolved, a role noun), or the
/// actor named after it ("said X", "according to X").
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
    const QRegularExpressionMatch& v = verbs[chosen];
    result.verbStart = from + v.capturedStart(0);
    result.verbEnd = from + v.capturedEnd(0);
    const QString verbWord = v.captured(1);
    const bool according = verbWord == QStringLiteral("according to");
    const int sentence = w.sentenceAt(result.verbStart);
    const qsizetype sentenceStart = sentence >= 0 && sentence < w.sentences.size() ? std::max(w.sentences[sentence].start, qsizetype(0)) : from;
    const qsizetype clauseFrom = std::min(std::max(from, sentenceStart), result.verbStart);

    // The actor right after the verb: "said Lavrov", "according to the ministry".
    int after = -1;
    qsizetype afterDistance = std::numeric_limits<qsizetype>::max();
    const auto [firstAfter, lastAfter] = w.mentionsIn(result.verbEnd, to);
    for (qsizetype k = firstAfter; k < lastAfter; ++k) {
        const Mention& m = w.mentions[k];
        if (m.end > to || w.isQuoted(m.start) || w.actors[m.actor].kind == ActorKind::Media)
            continue;
        afterDistance = m.start - result.verbEnd;
        after = m.actor;
        break;
    }
    if (according) {
        if (after >= 0 && afterDistance <= 25)
            result.actor = after;
        return result;
    }
    static const QRegularExpression participle(QStringLiteral("ing$"));
    static const QRegularExpression joined(QStringLiteral("\\b(?:and|but)\\s+(?:also\\s+|then\\s+|later\\s+)?$"));
    static const QRegularExpression auxiliary(QStringLiteral("\\b(?:is|was|were|are|been|be)\\s+$"));
    const QString lead = w.text.mid(clauseFrom, result.verbStart - clauseFrom);
    // "X met Y on Monday, saying …" and "X commended Y and urged …": the verb shares the subject of its clause.
    if ((participle.match(verbWord).hasMatch() && !auxiliary.match(lead).hasMatch()) || joined.match(lead).hasMatch()) {
        result.actor = clauseSubject(w, clauseFrom, result.verbStart, lastSpeaker);
        if (result.actor >= 0)
            return result;
    }
    // The subject before the verb: a name right before it, or set off by an apposition ("X, head of Y, said").
    const auto [firstMention, lastMention] = w.mentionsIn(clauseFrom, result.verbStart);
    for (qsizetype k = lastMention - 1; k >= firstMention; --k) {
        const Mention& m = w.mentions[k];
        if (m.end > result.verbStart || w.actors[m.actor].kind == ActorKind::Media || w.isQuoted(m.start))
            continue;
        const QStringView between = QStringView(w.text).mid(m.end, result.verbStart - m.end);
        if (onlyAdverbials(between)) {
            if (isSubjectMention(w, m)) {
                result.actor = m.actor;
                return result;
            }
            break; // a modifier or an object right before the verb: the speaker is the phrase it belongs to
        }
    }
    for (qsizetype k = firstMention; k < lastMention; ++k) {
        const Mention& m = w.mentions[k];
        if (m.end > result.verbStart || !isSubjectMention(w, m) || w.actors[m.actor].kind == ActorKind::Media)
            continue;
        const QString between = w.text.mid(m.end, result.verbStart - m.end).trimmed();
        // Set off by commas or dashes: "X, head of Y, said", "X -- who led Y -- told".
        static const QRegularExpression apposition(QStringLiteral("^(?:,|--|—|–)[^“”\"]{2,200}(?:,|--|—|–)(?:\\s*(?:also|later|then|on \\w+))?$"));
        if (apposition.match(between).hasMatch())
            result.actor = m.actor;
        break; // only the clause's first actor can be set off so
    }
    if (result.actor >= 0)
        return result;
    // Pronouns and descriptions next to the verb.
    const qsizetype headStart = std::max(clauseFrom, result.verbStart - 40);
    const QString head = w.text.mid(headStart, result.verbStart - headStart);
    static const QRegularExpression pronounBefore(QStringLiteral("\\b(he|she)\\s+(?:also\\s+|then\\s+|later\\s+|again\\s+|has\\s+|had\\s+)?$"), caseless);
    static const QRegularExpression pronounAfter(QStringLiteral("^\\s*(he|she)\\b"), caseless);
    const QString tail = w.text.mid(result.verbEnd, std::min<qsizetype>(30, to - result.verbEnd));
    if (pronounBefore.match(head).hasMatch()) {
        result.actor = resolvePronoun(w, result.verbStart, lastSpeaker);
        return result;
    }
    Descriptor described = descriptorBefore(w, result.verbStart, clauseFrom);
    if (described.actor >= 0 || !described.proposed.name.isEmpty()) {
        result.actor = described.actor;
        result.proposed = described.proposed;
        return result;
    }
    if (after >= 0 && afterDistance <= 25) {
        result.actor = after;
    } else if (pronounAfter.match(tail).hasMatch()) {
        result.actor = resolvePronoun(w, result.verbStart, lastSpeaker);
    } else {
        // "He reported no breakthrough, and added: “…”": a pronoun opening the clause.
        static const QRegularExpression openingPronoun(QStringLiteral("^\\W*(He|She)\\b"));
        if (openingPronoun.match(window).hasMatch())
            result.actor = resolvePronoun(w, result.verbStart, lastSpeaker);
    }
    return result;
}

/// Where something was said: a show on a network, a platform, a news conference.
QString venueIn(const QString& window, QString* outlet, QString* kind)
{
    static const QRegularExpression show(QStringLiteral("\\b(?:on|to|told|with)\\s+([A-Z][\\w]*(?: [A-Z][\\w]*)?)['’]s\\s+[\"“]?([A-Z][\\w'’ ]+?)[,\"”.]"));
    // Posts on a social platform: "posted on X", "writing on the X platform", "said in a post on X", "in a post to Telegram",
    // "in a Truth Social post", "on his Telegram channel". Platforms by name: "X" is one letter, and "on Monday" none.
    static const QString platforms = QStringLiteral("(X|Twitter|Telegram|Facebook|Instagram|Truth Social|Weibo|WeChat|TikTok|YouTube|Threads|Bluesky|LinkedIn|VKontakte|VK)");
    static const QRegularExpression platform(
        QStringLiteral("\\b(?:post(?:ed|s|ing)?|wrote|writes|writing|said|says|announced|added|shared|published)\\s+(?:on|to)\\s+(?:(?:his|her|their|its|the)\\s+)?")
        + platforms + QStringLiteral("(?![\\w-])|\\bin\\s+an?\\s+") + platforms + QStringLiteral("\\s+(?:post|message|video)\\b|\\bon\\s+(?:his|her|their|its)\\s+")
        + platforms + QStringLiteral("\\s+(?:channel|account|page|feed)\\b"));
    static const QRegularExpression conference(QStringLiteral("\\b(news conference|press conference|press briefing|briefing|told reporters|told journalists)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onOutlet(QStringLiteral("\\b(?:on|told|to|with)\\s+(CNN|NBC|CBS|ABC|Fox News|BBC|MSNBC|CNBC|Al Jazeera|Sky News)\\b"));
    if (const auto m = show.match(window); m.hasMatch()) {
        *outlet = m.captured(1);
        *kind = QStringLiteral("interview");
        return m.captured(1) + u' ' + m.captured(2).trimmed();
    }
    if (const auto m = platform.match(window); m.hasMatch()) {
        for (int group = 1; group <= m.lastCapturedIndex() && outlet->isEmpty(); ++group)
            *outlet = m.captured(group);
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
