// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 7: events: a trigger word in a sentence with the actors taking part, its date, place and status; mentions of
// one occurrence merged; interviews and posts where statements were made.
#include "extract/events.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

#include "extract/attribution.h"
#include "extract/eventtitles.h"
#include "extract/gazetteer.h"

namespace attache::extract {
namespace {

struct Trigger
{
    QRegularExpression re;
    EventKind kind;
    const char* cameo;
};

const QList<Trigger>& triggers()
{
    static const QList<Trigger> list{
        {QRegularExpression(QStringLiteral("\\bsummit\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Summit, "044"},
        {QRegularExpression(QStringLiteral("\\b(?:peace talks|talks|negotiations|round of talks|consultations)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Talks, "046"},
        {QRegularExpression(QStringLiteral("\\b(?:phone call|telephone call|video call|video conference|videoconference|spoke by (?:phone|telephone|video link)|call with|phoned)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Call, "040"},
        {QRegularExpression(QStringLiteral("\\b(?:met|meet|meets|meeting|meetings)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Meeting, "043"},
        {QRegularExpression(QStringLiteral("\\b(?:visit|visits|visited|visiting|trip to|toured|touring)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Visit, "042"},
        {QRegularExpression(QStringLiteral("\\b(?:press conference|news conference|press briefing|told reporters|told journalists)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::PressConference, "010"},
        {QRegularExpression(QStringLiteral("\\b(?:signed|sign|signing|reached|agreed)\\b[^.]{0,60}\\b(?:agreement|deal|treaty|accord|memorandum|ceasefire)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Agreement, "057"},
        {QRegularExpression(QStringLiteral("\\b(?:impose[sd]?|imposing|lift(?:s|ed|ing)?|ease[sd]?|new|announced)\\b[^.]{0,40}\\bsanctions\\b|\\bsanctions\\b[^.]{0,30}\\b(?:imposed|lifted|eased)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Sanction, "163"},
        // A speech to a body: "speaking to Ukraine's parliament", "addressed the UN General Assembly".
        {QRegularExpression(QStringLiteral("\\b(?:speaking|spoke|speech|address(?:ed|es|ing)?)\\s+(?:to|before)\\s+(?:the\\s+)?(?:[\\w’'-]+\\s+){0,3}?(?:parliament|assembly|congress|senate|legislature|lawmakers|nation|Bundestag|Knesset|Duma|Rada)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Statement, "010"},
        {QRegularExpression(QStringLiteral("\\b(?:prisoner (?:exchange|swap)|exchange of prisoners|swap of prisoners)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Exchange, "084"},
    };
    return list;
}

/// A trigger that is a verb ("meets", "visited", "phoned"), written with a capital.
bool isCapitalisedVerb(const QString& trigger)
{
    static const QSet<QString> verbs{QStringLiteral("met"), QStringLiteral("meet"), QStringLiteral("meets"),
        QStringLiteral("visit"), QStringLiteral("visits"), QStringLiteral("visited"), QStringLiteral("visiting"),
        QStringLiteral("toured"), QStringLiteral("touring"), QStringLiteral("phoned")};
    return !trigger.isEmpty() && trigger[0].isUpper() && verbs.contains(trigger.toLower());
}

bool hasLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLetter(); });
}

bool overlaps(const FuzzyDate& a, const FuzzyDate& b)
{
    if (a.isNull() || b.isNull())
        return true;
    return a.earliestMs() <= b.latestMs() && b.earliestMs() <= a.latestMs();
}

/// A title that holds an office of state or of a body: minister, president, spokesman, envoy… (not "analyst",
/// "director of research").
bool isOfficialRole(const QString& role)
{
    static const QRegularExpression office(QStringLiteral("\\b(?:president|prime minister|premier|minister|secretary|chancellor|king|queen|prince|emir|sheikh|leader|pope|spokes(?:man|woman|person)|envoy|ambassador|representative|commissioner|senator|governor|mayor|general|admiral|colonel|negotiator|mediator|diplomat|chair(?:man|woman|person)?|official|head of state|sultan)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return office.match(role).hasMatch();
}

/// How many participants two mentions of occasions share.
int commonParticipants(const EventCandidate& a, const EventCandidate& b)
{
    int common = 0;
    for (const QString& p : a.participants)
        common += b.participants.contains(p) ? 1 : 0;
    return common;
}

/// Folds another mention of the same occasion into `into`: its participants, its place if `into` has none, and its
/// evidence. What the date becomes is the caller's rule.
void absorb(EventCandidate& into, const EventCandidate& from)
{
    for (const QString& p : from.participants) {
        if (!into.participants.contains(p))
            into.participants.append(p);
    }
    if (into.location.isEmpty())
        into.location = from.location;
    for (const Span& s : from.evidence) {
        if (!into.evidence.contains(s))
            into.evidence.append(s);
    }
}

/// "a day of meetings with Vice President A, Secretary of State B and Commerce Secretary C": the people listed after
/// a plural occasion's "with", each met on their own. Returns the indices of their mentions, or none unless two or
/// more are listed.
QList<qsizetype> listedCounterparts(const Analysis& w, const Span& sentence, qsizetype triggerEnd)
{
    static const QRegularExpression with(QStringLiteral("^\\s+with\\s+"));
    const auto opening = with.match(QStringView(w.text).mid(triggerEnd, 12));
    if (!opening.hasMatch())
        return {};
    // Between one item and the next: a comma or "and", then the next one's title words ("Secretary of State").
    static const QRegularExpression titleWords(QStringLiteral("^(?:(?:\\p{Lu}[\\w.’'-]*|of|the)\\s+)*$"), QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression separator(QStringLiteral("^(,\\s+and|\\s+and|,)\\s+((?:(?:\\p{Lu}[\\w.’'-]*|of|the)\\s+)*)$"), QRegularExpression::UseUnicodePropertiesOption);
    QList<qsizetype> listed;
    qsizetype previousEnd = triggerEnd + opening.capturedLength(0);
    bool last = false;
    const auto [first, end] = w.mentionsIn(previousEnd, sentence.end);
    for (qsizetype k = first; k < end && !last; ++k) {
        const Mention& mention = w.mentions[k];
        if (w.actors[mention.actor].kind != ActorKind::Person)
            break;
        const QStringView between = QStringView(w.text).mid(previousEnd, mention.start - previousEnd);
        if (listed.isEmpty()) {
            if (!titleWords.match(between).hasMatch())
                break;
        } else {
            const auto sep = separator.match(between);
            if (!sep.hasMatch())
                break;
            last = sep.captured(1).endsWith(QStringLiteral("and"));
        }
        listed.append(k);
        previousEnd = mention.end;
    }
    return last && listed.size() >= 2 ? listed : QList<qsizetype>{};
}

/// Folds event `from` into event `into` and removes it, keeping the statements' indices of events right.
void foldInto(QList<EventCandidate>& events, QList<StatementCandidate>& statements, int from, int into)
{
    absorb(events[into], events[from]);
    for (StatementCandidate& st : statements) {
        if (st.event == from)
            st.event = into;
    }
    events.removeAt(from);
    for (StatementCandidate& st : statements) {
        if (st.event > from)
            --st.event;
    }
}

/// How many of `a`'s participants are `b`'s, or belong to a state or body that is one of `b`'s.
int commonSides(const Analysis& w, const EventCandidate& a, const EventCandidate& b)
{
    int common = 0;
    for (const QString& p : a.participants) {
        const int actor = w.actorNamed(p);
        common += b.participants.contains(p) || (actor >= 0 && !w.actors[actor].affiliation.isEmpty() && b.participants.contains(w.actors[actor].affiliation)) ? 1 : 0;
    }
    return common;
}

/// Whether an occasion's days are all before the report's.
bool before(const EventCandidate& e, const FuzzyDate& published)
{
    return !e.date.isNull() && !published.isNull() && e.date.latestMs() < published.earliestMs()
        && (e.endDate.isNull() || e.endDate.latestMs() < published.earliestMs());
}

/// The date words of an occasion the report places before the one it is about, without a day.
QString earlierText()
{
    return QStringLiteral("earlier");
}

/// The date words of an occasion the report tells of as before the news it brings, without a day.
QString recentText()
{
    return QStringLiteral("before");
}

/// An occasion the report places before the one it is about, or before its news, without a day.
bool isEarlier(const EventCandidate& e)
{
    return e.date.isNull() && (e.dateText == earlierText() || e.dateText == recentText());
}

/// Whether an undated earlier occasion may be `dated`: only one told of as before the news, and only if `dated` is
/// before the report's day.
bool mayBe(const EventCandidate& undated, const EventCandidate& dated, const FuzzyDate& published)
{
    return undated.dateText == recentText() && before(dated, published);
}

/// The quotation a position of the text is inside, if any.
const StatementCandidate* quotationAround(const QList<StatementCandidate>& statements, qsizetype position)
{
    for (const StatementCandidate& st : statements) {
        if (st.span.start <= position && position < st.span.end)
            return &st;
    }
    return nullptr;
}

/// Whether an actor named in an occasion's sentence takes part in it by being named there. Not a state or body named
/// as a qualifier of a thing of theirs ("NATO membership", "Russian troops"); not a person named as a
/// possessor of something else ("Trump's son-in-law", "the president's office") or as a modifier ("the Trump
/// administration"), unless what is theirs is the occasion ("Trump's summit with Putin"); and, for an occasion told of
/// inside a quotation, nobody named outside it but its speaker speaking in the first person ("we met them").
bool takesPart(const Analysis& w, const Mention& mention, qsizetype trigger, const StatementCandidate* quoted)
{
    const ActorCandidate& actor = w.actors[mention.actor];
    if (quoted && (mention.end <= quoted->span.start || mention.start >= quoted->span.end)) {
        static const QRegularExpression firstPerson(QStringLiteral("\\b(?:I|we|We|us|our|Our|my|My)\\b"));
        if (actor.name != quoted->speaker || !firstPerson.match(quoted->quote).hasMatch())
            return false;
    }
    const QStringView after = QStringView(w.text).mid(mention.end, 40);
    if (actor.kind != ActorKind::Person) {
        // A state or body named as what qualifies a thing of it is no side: "NATO membership", "Russian troops",
        // "Ukrainian territory".
        static const QRegularExpression thing(QStringLiteral("^\\s+(?:membership|accession|bid|troops|forces|soldiers|army|military|territory|territories|soil|border|borders|airspace|economy|war|invasion|occupation)\\b"));
        return !thing.match(after).hasMatch();
    }
    static const QRegularExpression possessive(QStringLiteral("^[’']s\\s+"));
    if (const auto own = possessive.match(after); own.hasMatch()) {
        // What follows is theirs; they take part only if it is the occasion, a few words on at most.
        const qsizetype owned = mention.end + own.capturedLength(0);
        static const QRegularExpression fewWords(QStringLiteral("^(?:[\\w’'-]+\\s+){0,2}$"));
        return trigger >= owned && trigger - owned < 30 && fewWords.match(QStringView(w.text).mid(owned, trigger - owned)).hasMatch();
    }
    static const QRegularExpression modifier(QStringLiteral("^\\s+(?:administration|government|cabinet|camp|campaign|era|presidency|team|White House)\\b"));
    return !modifier.match(after).hasMatch();
}

} // namespace

bool isRecentOccasion(const EventCandidate& e)
{
    return e.date.isNull() && e.dateText == recentText();
}

bool isGathering(EventKind kind)
{
    return kind == EventKind::Talks || kind == EventKind::Meeting || kind == EventKind::Summit;
}

bool sameFamily(EventKind a, EventKind b)
{
    return a == b || (isGathering(a) && isGathering(b));
}

namespace {

/// A place as written for an occasion, without its article: "the White House" is "White House".
QString withoutArticle(const QString& place)
{
    const QString trimmed = place.trimmed();
    return trimmed.startsWith(QStringLiteral("the "), Qt::CaseInsensitive) ? trimmed.mid(4) : trimmed;
}

} // namespace

bool samePlace(const QString& a, const QString& b)
{
    const QString x = withoutArticle(a).toLower();
    const QString y = withoutArticle(b).toLower();
    // One within the other, at word boundaries.
    const auto within = [](const QString& inner, const QString& outer) {
        const qsizetype at = outer.indexOf(inner);
        return at >= 0 && (at == 0 || !outer[at - 1].isLetter())
            && (at + inner.size() == outer.size() || !outer[at + inner.size()].isLetter());
    };
    return !x.isEmpty() && !y.isEmpty() && (within(x, y) || within(y, x));
}

bool elsewhere(const QString& a, const QString& b)
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty() || samePlace(a, b))
        return false;
    const Gazetteer& g = Gazetteer::instance();
    return g.namesState(withoutArticle(a)) == g.namesState(withoutArticle(b));
}

QList<EventCandidate> findEvents(Analysis& w, QList<StatementCandidate>& statements, const QList<std::pair<QString, QString>>& venues)
{
    const QString& text = w.text;
    QList<EventCandidate> events;
    // A place: "in Abu Dhabi", "at the White House"; capitalised words only, never a possessive ("in ending Russia's
    // war" names no place).
    static const QRegularExpression location(QStringLiteral("\\b(?:in|at)\\s+((?:the\\s+)?\\p{Lu}[\\w’'-]*\\w(?:\\s+\\p{Lu}[\\w’'-]*\\w){0,3})(?![’']s)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression cancelled(QStringLiteral("\\b(cancel(?:l)?ed|called off|postponed|scrapped)\\b"), QRegularExpression::CaseInsensitiveOption);
    const auto merge = [&events, &w](EventCandidate e) -> int {
        for (int i = 0; i < int(events.size()); ++i) {
            EventCandidate& other = events[i];
            // A later mention without a date ("the summit") is the same event; a dated one is not folded into an
            // undated one, which may be another occasion.
            if (other.kind != e.kind || !overlaps(other.date, e.date) || (other.date.isNull() && !e.date.isNull()))
                continue;
            // Nor is a gathering or visit elsewhere: a meeting in Porto is not the meeting in Lisbon. (The "place" of a
            // post or an interview is its platform or programme, where one message may be told twice.)
            if ((isGathering(e.kind) || e.kind == EventKind::Visit) && elsewhere(other.location, e.location))
                continue;
            // An earlier occasion is not the one of the report's own day.
            if (isEarlier(e) != isEarlier(other) && !mayBe(isEarlier(e) ? e : other, isEarlier(e) ? other : e, w.published))
                continue;
            // What is still planned is not what already happened: "the next round will be held soon".
            if ((other.status == EventStatus::Planned) != (e.status == EventStatus::Planned))
                continue;
            // The same occurrence shares its participants: one side's are among the other's, or two or more are
            // common. "Shultz met Aquino" and "Shultz met Ileto" on one day are two meetings.
            const int common = commonParticipants(e, other);
            const bool one = e.participants.size() <= 1 || other.participants.size() <= 1;
            const bool subset = common == e.participants.size() || common == other.participants.size();
            if (!(e.participants.isEmpty() || other.participants.isEmpty() || (one && common > 0) || subset || common >= 2))
                continue;
            if (other.date.isNull()) {
                other.date = e.date;
                other.dateText = e.dateText;
                other.status = e.status;
            }
            absorb(other, e);
            return i;
        }
        events.append(std::move(e));
        return int(events.size()) - 1;
    };
    for (const Span& s : std::as_const(w.sentences)) {
        const QString sentence = text.mid(s.start, s.end - s.start);
        // Every trigger of the sentence first: where a sentence tells of several occasions ("the meetings, which end
        // today with talks…, lay groundwork for a summit … between A and B"), each actor belongs to the nearest.
        QList<std::pair<const Trigger*, QRegularExpressionMatch>> found;
        // "the deadlines were not met", "was met with scepticism": a passive "met" is no meeting.
        static const QRegularExpression passive(QStringLiteral("\\b(?:is|are|was|were|be|been|being|not|n[’']t|get|gets|got)\\s+$"),
            QRegularExpression::CaseInsensitiveOption);
        for (const Trigger& t : triggers()) {
            for (auto it = t.re.globalMatch(sentence); it.hasNext();) {
                const auto m = it.next();
                if (t.kind == EventKind::Meeting && m.captured(0).compare(u"met", Qt::CaseInsensitive) == 0
                    && passive.match(QStringView(sentence).left(m.capturedStart(0))).hasMatch())
                    continue;
                // A verb written with a capital inside a sentence is a word of a name: NBC's "Meet the Press".
                if (isCapitalisedVerb(m.captured(0)) && hasLetter(QStringView(sentence).left(m.capturedStart(0))))
                    continue;
                found.append({&t, m});
                break;
            }
        }
        std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
            return a.second.capturedStart(0) < b.second.capturedStart(0);
        });
        // "a summit meeting", "summit talks": one occasion named by two words, the first of which says what it is.
        for (qsizetype k = found.size() - 1; k > 0; --k) {
            const qsizetype gapStart = found[k - 1].second.capturedEnd(0);
            const qsizetype gapEnd = found[k].second.capturedStart(0);
            if (gapEnd >= gapStart && QStringView(sentence).mid(gapStart, gapEnd - gapStart).trimmed().isEmpty())
                found.removeAt(k);
        }
        const auto nearestTrigger = [&found](qsizetype position) {
            qsizetype best = -1;
            qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
            for (qsizetype k = 0; k < found.size(); ++k) {
                const qsizetype start = found[k].second.capturedStart(0);
                const qsizetype end = found[k].second.capturedEnd(0);
                const qsizetype distance = position < start ? start - position : position >= end ? position - end : 0;
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = k;
                }
            }
            return best;
        };
        // The people listed after "meetings with" belong to those meetings, whatever occasion they stand nearer.
        QHash<qsizetype, qsizetype> listOwner; // mention index -> trigger index
        QList<QList<qsizetype>> lists(found.size());
        for (qsizetype index = 0; index < found.size(); ++index) {
            const QString word = found[index].second.captured(0).toLower();
            if (word == QStringLiteral("meetings") || word == QStringLiteral("talks")) {
                lists[index] = listedCounterparts(w, s, s.start + found[index].second.capturedEnd(0));
                for (qsizetype k : std::as_const(lists[index]))
                    listOwner.insert(k, index);
            }
        }
        QList<QStringList> sentenceParticipants(found.size());
        for (qsizetype index = 0; index < found.size(); ++index) {
            const Trigger& t = *found[index].first;
            const QRegularExpressionMatch& m = found[index].second;
            EventCandidate e;
            e.kind = t.kind;
            e.cameo = QString::fromLatin1(t.cameo);
            const qsizetype at = s.start + m.capturedStart(0);
            // Participants: the actors named in the sentence (people and states, not the media) nearest this trigger.
            const auto [firstMention, lastMention] = w.mentionsIn(s.start, s.end);
            const StatementCandidate* quoted = quotationAround(statements, at);
            // "…, with President X when he meets Y at the White House": an occasion in a clause of its own whose
            // subject is "he" or "she" is of the person that stands for (the last one named before the clause) and of
            // those named in the clause; not of who is named earlier in the sentence.
            static const QRegularExpression clauseOpening(QStringLiteral("\\b(?:when|after|before|once|until|while|as)\\s+(?:he|she)\\s+(?:will\\s+|would\\s+)?$"),
                QRegularExpression::CaseInsensitiveOption);
            qsizetype subClause = -1;
            qsizetype antecedent = -1;
            const qsizetype looked = std::max(s.start, at - 40); // the few words before the occasion
            if (const auto opening = clauseOpening.match(QStringView(w.text).mid(looked, at - looked)); opening.hasMatch()) {
                subClause = looked + opening.capturedStart(0);
                for (qsizetype k = firstMention; k < lastMention; ++k) {
                    if (w.mentions[k].end <= subClause && w.actors[w.mentions[k].actor].kind == ActorKind::Person)
                        antecedent = k;
                }
                if (antecedent < 0)
                    subClause = -1; // "he" is someone of another sentence: the rules below find them
            }
            for (qsizetype k = firstMention; k < lastMention; ++k) {
                const Mention& mention = w.mentions[k];
                if (subClause >= 0 && mention.start < subClause && k != antecedent)
                    continue;
                if (mention.end <= s.end && w.actors[mention.actor].kind != ActorKind::Media
                    && listOwner.value(k, nearestTrigger(mention.start - s.start)) == index
                    && takesPart(w, mention, at, quoted)) {
                    const QString& name = w.actors[mention.actor].name;
                    if (!e.participants.contains(name))
                        e.participants.append(name);
                }
            }
            // An occasion with no actor nearer to it than to another shares those of the occasion before it in the
            // sentence ("X met Y on Tuesday, and the two sides agreed to hold talks next week").
            if (e.participants.isEmpty()) {
                for (qsizetype k = 0; k < found.size(); ++k) {
                    if (found[k].second.capturedStart(0) < m.capturedStart(0) && !sentenceParticipants[k].isEmpty())
                        e.participants = sentenceParticipants[k];
                }
            }
            // A sentence about "he" or "she" is about the person the story follows.
            // Not "He said the parties discussed a meeting": who tells of an occasion did not take part for telling.
            static const QRegularExpression subjectPronoun(QStringLiteral("\\b(?:[Hh]e|[Ss]he)\\b(?!\\s+(?:also\\s+)?(?:said|says|added|adds|reiterated|repeated|told|tells|wrote|writes|stressed|warned|noted|insisted|urged|cautioned|argued|explained|acknowledged|admitted|claimed|suggested|described|recalled|conceded|complained|predicted|signalled|signaled)\\b)"));
            if (subClause < 0 && subjectPronoun.match(sentence).hasMatch()) {
                const int person = lastPersonBefore(w, s.start);
                if (person >= 0 && !e.participants.contains(w.actors[person].name))
                    e.participants.append(w.actors[person].name);
            }
            // "X -- who has long dealt with Y -- told reporters": who tells is the one quoted in the sentence.
            // Without a quotation, who tells is the person named just before "told" ("…, President X told reporters").
            if (m.captured(0).startsWith(QStringLiteral("told"), Qt::CaseInsensitive)) {
                bool quotedSpeaker = false;
                for (const StatementCandidate& st : std::as_const(statements)) {
                    if (!st.speaker.isEmpty() && st.span.start < s.end && st.span.end > s.start) {
                        e.participants = {st.speaker};
                        quotedSpeaker = true;
                        break;
                    }
                }
                for (qsizetype k = lastMention - 1; k >= firstMention && !quotedSpeaker; --k) {
                    const Mention& teller = w.mentions[k];
                    if (teller.end <= at && at - teller.end <= 3 && w.actors[teller.actor].kind == ActorKind::Person) {
                        e.participants = {w.actors[teller.actor].name};
                        break;
                    }
                }
            }
            sentenceParticipants[index] = e.participants;
            // "the talks", "the Abu Dhabi talks", "the two-day trilateral talks", "Thursday's talks": the occasion of
            // that kind told of last (see below), named or not here; never "the next round of talks".
            static const QRegularExpression definite(QStringLiteral("\\b(?:[Tt]he|[Tt]hese|[Tt]hose|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Ll]ast week)[’']s)\\s+(?:(?!(?:next|new|another|further|first|last|latest|previous|earlier|future|potential|possible|proposed|of|on|in|at|for|with|to|from|by|and|or|but|that|which)\\b)[\\w’'-]+\\s+){0,3}$"),
                QRegularExpression::UseUnicodePropertiesOption);
            // The few words before the trigger, from a word's start: what the patterns anchored there look at.
            QStringView before = QStringView(sentence).left(m.capturedStart(0));
            if (before.size() > 80) {
                before = before.right(80);
                before = before.sliced(std::min(before.size(), before.indexOf(u' ') + 1));
            }
            const bool anaphoric = definite.match(before).hasMatch();
            // "another round of talks", "the next round": the same sides meet again.
            static const QRegularExpression again(QStringLiteral("\\b(?:another|next|new|second|third|fourth|fifth|further|latest)\\s+round\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (e.kind == EventKind::Talks && again.match(QStringView(sentence).left(m.capturedEnd(0))).hasMatch()) {
                // The sides of the widest such occasion told of before.
                int widest = -1;
                for (int k = 0; k < int(events.size()); ++k) {
                    if (events[k].kind == e.kind && events[k].participants.size() > e.participants.size()
                        && (widest < 0 || events[k].participants.size() > events[widest].participants.size()))
                        widest = k;
                }
                if (widest >= 0) {
                    for (const QString& p : std::as_const(events[widest].participants)) {
                        if (!e.participants.contains(p))
                            e.participants.append(p);
                    }
                }
            }
            // "a trilateral meeting", "the trilateral talks": the three sides of the widest such occasion told of
            // before, whatever its kind; "bilateral" two.
            static const QRegularExpression sided(QStringLiteral("\\b(trilateral|three-way|bilateral)\\s+(?:[\\w’'-]+\\s+)?$"),
                QRegularExpression::CaseInsensitiveOption);
            if (const auto sides = sided.match(before); sides.hasMatch()) {
                const qsizetype wanted = sides.captured(1).compare(u"bilateral", Qt::CaseInsensitive) == 0 ? 2 : 3;
                int widest = -1;
                for (int k = 0; k < int(events.size()); ++k) {
                    qsizetype states = 0;
                    for (const QString& p : std::as_const(events[k].participants)) {
                        const int a = w.actorNamed(p);
                        states += a >= 0 && w.actors[a].kind == ActorKind::State ? 1 : 0;
                    }
                    if (states == wanted && events[k].participants.size() > e.participants.size()
                        && (widest < 0 || (events[k].kind == e.kind && events[widest].kind != e.kind)))
                        widest = k;
                }
                for (qsizetype k = 0; widest >= 0 && k < events[widest].participants.size(); ++k) {
                    const QString& p = events[widest].participants[k];
                    const int a = w.actorNamed(p);
                    if (a >= 0 && w.actors[a].kind == ActorKind::State && !e.participants.contains(p))
                        e.participants.append(p);
                }
            }
            if (e.participants.isEmpty() && !anaphoric)
                continue;
            // The date nearest the trigger in the sentence ("talks next week" stays undated even if the sentence
            // names another day), a range for "on Friday and Saturday".
            // A day told of the telling ("…, a Kremlin official said Monday") dates the words, not the occasion
            // they report.
            const bool toldSo = m.captured(0).startsWith(QStringLiteral("told"), Qt::CaseInsensitive);
            static const QRegularExpression speechBefore(QStringLiteral("\\b(?:said|says|told\\s+(?:\\w+\\s+){1,2}|announced|added|stated|insisted)\\s+(?:on\\s+)?$"));
            // "Strikes on Tuesday, ahead of the talks": the days of a sentence that tells of something else before
            // or after the occasion are not the occasion's.
            static const QRegularExpression relativeTo(QStringLiteral("\\b(?:ahead of|before|after|following|since|prior to|in the run-up to|on the eve of|in the wake of)\\s+(?:the|his|her|their|its|these|those|\\w+day[’']s)\\s+(?:[\\w’'-]+\\s+){0,3}$"),
                QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
            const bool otherTime = relativeTo.match(before).hasMatch();
            // "earlier talks", "the previous rounds", "the deadline follows talks in X": an occasion before the one the
            // report is about, on no day the report gives.
            static const QRegularExpression earlierCue(QStringLiteral("\\b(?:(earlier|previous|prior|past)|follows|followed|comes after|came after)\\s+(?:[\\w’'.-]+\\s+){0,3}$"),
                QRegularExpression::CaseInsensitiveOption);
            const auto earlierMatch = earlierCue.match(before);
            const bool earlierOccasion = earlierMatch.hasMatch();
            // "earlier talks" are other talks than the report's; what the news "follows" may be talks told of again.
            const bool anotherOccasion = earlierOccasion && earlierMatch.capturedLength(1) > 0;
            qsizetype best = std::numeric_limits<qsizetype>::max();
            const auto [firstDate, lastDate] = w.datesIn(s.start, s.end);
            for (qsizetype k = firstDate; k < lastDate && !otherTime; ++k) {
                const DateMention& d = w.dates[k];
                if (d.end > s.end)
                    continue;
                if (!toldSo && d.start > at && speechBefore.match(QStringView(text).mid(std::max(s.start, d.start - 30), std::min<qsizetype>(30, d.start - s.start))).hasMatch())
                    continue;
                const qsizetype distance = std::abs(d.start - at);
                if (distance < best) {
                    best = distance;
                    e.date = d.value;
                    e.dateText = d.text; // kept when it cannot be resolved ("next week"), so the analyst sees it
                }
            }
            for (qsizetype k = firstDate; k < lastDate; ++k) {
                const DateMention& d = w.dates[k];
                if (d.end <= s.end && !d.value.isNull() && !e.date.isNull()
                    && d.value.earliestMs() > e.date.latestMs() && d.value.earliestMs() - e.date.latestMs() <= 3 * 86400000LL
                    && text.mid(d.start - 5, 5).contains(QStringLiteral("and")))
                    e.endDate = d.value;
            }
            // Tense from the clause around the trigger, not the whole sentence.
            const qsizetype clauseStart = std::max(s.start, at - 50);
            const QString clause = text.mid(clauseStart, std::min(s.end, at + m.capturedLength(0) + 40) - clauseStart);
            static const QRegularExpression futureCue(QStringLiteral("\\b(will|potential|possible|proposed|mooted|possibility|prospect|would be held|would take place|would (?:meet|visit|resume|hold)|is due to|are due to|is set to|are set to|plans? to|planned|scheduled|next week|upcoming|to hold|to meet)\\b"));
            // "told reporters" tells of the past whatever the clause around it plans, and on no day still to come.
            if (toldSo && (e.date.isNull() || (!w.published.isNull() && e.date.earliestMs() > w.published.latestMs()))) {
                e.date = {};
                e.endDate = {};
                e.dateText.clear();
            }
            const bool future = !toldSo
                && (DateFinder::futureBefore(text, at + m.capturedLength(0)) || futureCue.match(clause).hasMatch());
            // An event the report tells of in the past without a day happened, as far as the report goes, on the day
            // it was written (news reports what happened that day) - unless the text says it was earlier without
            // saying when ("in recent days", "over the weekend").
            static const QRegularExpression vagueTime(QStringLiteral("\\b(?:in recent (?:days|weeks|months)|recently|earlier this (?:week|month|year)|over the weekend|last (?:week|month|year)|previously|in the past)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            if (e.date.isNull() && e.dateText.isEmpty() && !future && !w.published.isNull() && e.kind != EventKind::Other
                && (toldSo || !vagueTime.match(sentence).hasMatch())) {
                if (earlierOccasion)
                    e.dateText = anotherOccasion ? earlierText() : recentText();
                else
                    e.date = w.published;
            }
            // A day after the report's is still to come, whatever the tense.
            const bool ahead = !e.date.isNull() && !w.published.isNull() && e.date.earliestMs() > w.published.latestMs();
            e.status = cancelled.match(sentence).hasMatch() ? EventStatus::Cancelled
                : ahead || (future && (e.date.isNull() || w.published.isNull() || e.date.latestMs() >= w.published.earliestMs()))
                ? EventStatus::Planned
                : EventStatus::Occurred;
            // "a Brussels summit": the place named before the occasion's word.
            static const QRegularExpression placeBefore(QStringLiteral("\\b(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ll]ast|[Nn]ext|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)\\s+(\\p{Lu}[\\w’'-]*\\w(?:\\s+\\p{Lu}[\\w’'-]*\\w)?)\\s+$"),
                QRegularExpression::UseUnicodePropertiesOption);
            if (const auto place = placeBefore.match(before); place.hasMatch()) {
                const qsizetype placeAt = s.start + m.capturedStart(0) - before.size() + place.capturedStart(1);
                if (w.locativeSeats.contains(placeAt))
                    e.location = place.captured(1);
            }
            if (const auto loc = location.match(sentence, m.capturedStart(0)); loc.hasMatch() && loc.capturedStart(0) - m.capturedEnd(0) < 60) {
                QString place = loc.captured(1);
                static const QRegularExpression calendarWord(QStringLiteral("^(?:the\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)"));
                if (!place.contains(calendarWord))
                    e.location = place.startsWith(QStringLiteral("the ")) ? place.mid(4) : place;
            }
            e.evidence.append(Span{s.start, s.end});
            // "the talks", "the summit": the occasion of that kind told of last, if this sentence names none of
            // other people.
            // "The talks, due to continue on Thursday": the occasion under way goes on, and ends that day.
            static const QRegularExpression goesOn(QStringLiteral("\\b(?:continue[sd]?|continuing|resume[sd]?|went on|go on|goes on)\\b"));
            const bool continuing = goesOn.match(clause).hasMatch();
            // One of the same status first; a mention without a day of its own may be of one in another.
            int previous = -1;
            for (int pass = 0; pass < 2 && anaphoric && previous < 0; ++pass) {
                for (int k = int(events.size()) - 1; k >= 0 && previous < 0; --k) {
                    const int common = commonParticipants(e, events[k]);
                    const bool status = events[k].status == e.status || (pass == 1 && (continuing || e.dateText.isEmpty()));
                    if (events[k].kind == e.kind && status && (common > 0 || e.participants.size() <= 1)
                        && (e.date.isNull() || events[k].date.isNull() || overlaps(events[k].date, e.date)
                            || e.dateText.isEmpty() || events[k].dateText.isEmpty() || (pass == 1 && continuing)))
                        previous = k;
                }
            }
            if (previous >= 0) {
                EventCandidate& earlier = events[previous];
                // A day the later mention gives is the occasion's day, if the earlier one had none of its own.
                if (continuing && !e.date.isNull() && !earlier.date.isNull() && earlier.status == EventStatus::Occurred
                    && e.date.earliestMs() > earlier.date.latestMs()
                    && e.date.earliestMs() - earlier.date.latestMs() <= 3 * 86400000LL) {
                    earlier.endDate = e.date;
                } else if (!e.dateText.isEmpty() && !e.date.isNull() && (earlier.dateText.isEmpty() || earlier.date.isNull())) {
                    earlier.date = e.date;
                    earlier.endDate = e.endDate;
                    earlier.dateText = e.dateText;
                }
                // Who speaks of the occasion or is named beside it ("X described the talks as constructive") did
                // not take part on that account.
                e.participants.clear();
                absorb(earlier, e);
                continue;
            }
            if (e.participants.isEmpty())
                continue;
            if (lists[index].isEmpty()) {
                merge(e);
                continue;
            }
            // One meeting with each person listed, and the one who met them all: the sentence's other person, or
            // the person the story follows.
            int host = -1;
            for (qsizetype k = firstMention; k < lastMention && host < 0; ++k) {
                if (!listOwner.contains(k) && w.actors[w.mentions[k].actor].kind == ActorKind::Person)
                    host = w.mentions[k].actor;
            }
            if (host < 0)
                host = lastPersonBefore(w, s.start);
            for (qsizetype k : std::as_const(lists[index])) {
                EventCandidate one = e;
                one.participants = {w.actors[w.mentions[k].actor].name};
                if (host >= 0 && host != w.mentions[k].actor)
                    one.participants.prepend(w.actors[host].name);
                merge(one);
            }
        }
    }
    // Interviews and posts where statements were made.
    for (StatementCandidate& st : statements) {
        if (st.venue.isEmpty() || st.speaker.isEmpty())
            continue;
        EventCandidate e;
        const bool post = st.kind == StatementKind::Post;
        const bool conference = st.venue.contains(QStringLiteral("conference")) || st.venue.contains(QStringLiteral("briefing"));
        e.kind = post ? EventKind::Post : conference ? EventKind::PressConference : EventKind::Interview;
        e.cameo = QStringLiteral("010");
        e.date = st.date;
        e.participants = {st.speaker};
        e.location = conference ? QString() : st.venue;
        e.evidence.append(st.span);
        st.event = merge(e);
    }
    // "The summit last week" and "Friday's summit": an occasion told of once without a day and once with one is one
    // event when its kind is the same and its people are (all of one side's, or two or more in common).
    for (int i = int(events.size()) - 1; i >= 0; --i) {
        const EventCandidate& undated = events[i];
        if (!undated.date.isNull() || undated.participants.isEmpty())
            continue;
        for (int j = 0; j < int(events.size()); ++j) {
            EventCandidate& dated = events[j];
            if (j == i || dated.date.isNull() || dated.kind != undated.kind || dated.status != undated.status
                || (!dated.location.isEmpty() && !undated.location.isEmpty() && dated.location != undated.location)
                || (isEarlier(undated) && !mayBe(undated, dated, w.published)))
                continue;
            // Common sides, a person counting for the state they belong to ("US envoy X" at talks of the US).
            const int common = std::max(commonSides(w, undated, dated), commonSides(w, dated, undated));
            if (common < 2 && commonSides(w, undated, dated) < undated.participants.size()
                && commonSides(w, dated, undated) < dated.participants.size())
                continue;
            foldInto(events, statements, i, j);
            break;
        }
    }
    // A gathering called by another name on the same day in the same place is the same one: "the summit in Alaska on
    // Friday" and "the leaders' meeting at a military base in Alaska on Friday". It keeps the most particular name
    // (a summit, then talks), and the people must agree as for one kind.
    const auto rank = [](EventKind k) { return k == EventKind::Summit ? 2 : k == EventKind::Talks ? 1 : 0; };
    for (int i = int(events.size()) - 1; i >= 0; --i) {
        const EventCandidate& one = events[i];
        if (!isGathering(one.kind) || one.date.isNull() || one.location.isEmpty())
            continue;
        for (int j = 0; j < int(events.size()); ++j) {
            EventCandidate& other = events[j];
            if (j == i || other.kind == one.kind || !isGathering(other.kind) || other.date != one.date
                || other.status != one.status || !samePlace(one.location, other.location))
                continue;
            const int common = std::max(commonSides(w, one, other), commonSides(w, other, one));
            if (common < 2 && commonSides(w, one, other) < one.participants.size()
                && commonSides(w, other, one) < other.participants.size())
                continue;
            if (rank(one.kind) > rank(other.kind)) {
                other.kind = one.kind;
                other.cameo = one.cameo;
            }
            foldInto(events, statements, i, j);
            break;
        }
    }
    // Talks or a meeting of one person alone ("Witkoff described the talks as productive", "Dmitriev said the
    // negotiations were moving forward") is a glimpse of the gathering on those days that has sides, if there is one.
    // The person takes part in it when they belong to one of its sides.
    for (int i = int(events.size()) - 1; i >= 0; --i) {
        const EventCandidate& alone = events[i];
        const int person = alone.participants.size() == 1 ? w.actorNamed(alone.participants.first()) : -1;
        if (!isGathering(alone.kind) || person < 0 || w.actors[person].kind != ActorKind::Person)
            continue;
        int into = -1;
        for (int j = 0; j < int(events.size()) && into < 0; ++j) {
            const EventCandidate& wide = events[j];
            // Within a day: a report that gives the day the talks ended may tell of what one side said the day before.
            // Not one held elsewhere: a meeting in Porto is no glimpse of a summit in Lisbon.
            if (j != i && isGathering(wide.kind) && wide.participants.size() >= 2 && wide.status == alone.status
                && !elsewhere(alone.location, wide.location)
                && !alone.date.isNull() && !wide.date.isNull()
                && alone.date.earliestMs() <= (wide.endDate.isNull() ? wide.date : wide.endDate).latestMs() + 86400000LL
                && wide.date.earliestMs() <= alone.date.latestMs() + 86400000LL)
                into = j;
        }
        if (into < 0)
            continue;
        const QString& name = w.actors[person].name;
        const bool side = events[into].participants.contains(w.actors[person].affiliation);
        EventCandidate glimpse = events[i];
        glimpse.participants.clear();
        if (side)
            glimpse.participants.append(name);
        events[i] = glimpse;
        foldInto(events, statements, i, into);
    }
    // A statement made in no interview, post or conference is an event of its own when an office speaks: an
    // official with a title, a state or a body. One per speaker and day; experts' comments are not events.
    for (StatementCandidate& st : statements) {
        if (st.event >= 0 || st.speaker.isEmpty() || st.date.isNull())
            continue;
        const int speaker = w.actorNamed(st.speaker);
        if (speaker < 0)
            continue;
        const ActorCandidate& who = w.actors[speaker];
        const bool office = who.kind == ActorKind::State || who.kind == ActorKind::Organization
            || who.kind == ActorKind::Group || (who.kind == ActorKind::Person && isOfficialRole(who.role));
        if (!office)
            continue;
        // Only a statement the text presents as one: "said in a statement", "in a video address", "a dispatch from".
        const int sentence = w.sentenceAt(st.span.start);
        const Span around = w.sentences.value(sentence);
        const Span next = w.sentences.value(sentence + 1, around);
        static const QRegularExpression formal(QStringLiteral("\\b(?:statement|remarks|address|speech|declaration|communiqu[eé]|readout|dispatch|bulletin|briefing|announcement)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        const qsizetype from = std::min(around.start, st.span.start);
        const qsizetype to = std::max(around.end, st.span.end == around.end ? next.end : around.end);
        if (!formal.match(QStringView(text).mid(from, to - from)).hasMatch())
            continue;
        EventCandidate e;
        e.kind = EventKind::Statement;
        e.cameo = QStringLiteral("010");
        e.date = st.date;
        e.participants = {st.speaker};
        e.evidence.append(st.span);
        st.event = merge(e);
    }
    Q_UNUSED(venues);
    for (EventCandidate& e : events)
        e.title = titleFor(e, w.actors);
    return events;
}

} // namespace attache::extract
