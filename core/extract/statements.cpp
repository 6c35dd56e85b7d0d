// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 6: statements: each quotation with its speaker, kind (direct, partial, post), venue and date.
#include "extract/statements.h"

#include <QRegularExpression>

#include "extract/attribution.h"
#include "extract/entities.h"
#include "extract/gazetteer.h"
#include "extract/names.h"
#include "extract/quotations.h"

namespace attache::extract {
namespace {

/// True when `position` stands in a relative clause set off by commas ("Witkoff, who attended the meeting on
/// Friday, said"): a day there is the day of what the clause tells, not of the speaking.
bool insideRelativeClause(const QString& text, qsizetype sentenceStart, qsizetype position)
{
    static const QRegularExpression relative(QStringLiteral(",\\s+(?:who|which|whose|where)\\b[^,]*$"));
    return relative.match(QStringView(text).mid(sentenceStart, position - sentenceStart)).hasMatch();
}

/// True when a day dates another's deed rather than an occasion: "Gorbachev's offer Saturday" (a possessive and
/// its noun right before the day) in a sentence about someone else's words.
bool datesAnothersDeed(const Analysis& w, int speaker, const DateMention& date)
{
    static const QRegularExpression deed(QStringLiteral("(\\p{Lu}[\\w-]+)['’]s\\s+\\p{Ll}+\\s+$"),
        QRegularExpression::UseUnicodePropertiesOption);
    const qsizetype from = std::max<qsizetype>(0, date.start - 40);
    const auto m = deed.match(QStringView(w.text).mid(from, date.start - from));
    if (!m.hasMatch())
        return false;
    const ActorCandidate& who = w.actors[speaker];
    const QString owner = m.captured(1);
    return owner != who.name && !who.name.endsWith(u' ' + owner) && !who.aliases.contains(owner);
}

/// The day of the occasion a speaker's words belong to, when the text set it before them: "Rubio on Wednesday urged
/// patience. “…” Rubio said." A sentence in this paragraph or the two before that names the speaker (or speaks of
/// "he" or "she") beside a date known to the day gives that day; otherwise `fallback`.
FuzzyDate occasionOf(const Analysis& w, int speaker, qsizetype sentenceStart, const FuzzyDate& fallback)
{
    qsizetype from = w.paragraphStart(sentenceStart);
    for (int back = 0; back < 2 && from > 0; ++back)
        from = w.paragraphStart(from - 2);
    const int first = w.sentenceAt(from);
    static const QRegularExpression pronoun(QStringLiteral("\\b(?:he|she)\\b"), QRegularExpression::CaseInsensitiveOption);
    for (int k = w.sentenceAt(sentenceStart) - 1; k >= first && k >= 0; --k) {
        const Span& sentence = w.sentences[k];
        bool names = false;
        const auto [m0, m1] = w.mentionsIn(sentence.start, sentence.end);
        for (qsizetype m = m0; m < m1 && !names; ++m)
            names = w.mentions[m].actor == speaker && !w.isQuoted(w.mentions[m].start);
        if (!names) {
            // Another person as the sentence's subject ends the speaker's stretch.
            const bool other = m1 > m0 && w.actors[w.mentions[m0].actor].kind == ActorKind::Person
                && w.mentions[m0].actor != speaker && !w.isQuoted(w.mentions[m0].start);
            if (other)
                return fallback;
            if (!pronoun.match(QStringView(w.text).mid(sentence.start, sentence.end - sentence.start)).hasMatch())
                continue;
        }
        const auto [d0, d1] = w.datesIn(sentence.start, sentence.end);
        for (qsizetype d = d0; d < d1; ++d) {
            const DateMention& date = w.dates[d];
            if (!date.value.isNull() && date.value.precision() == DatePrecision::Day && !w.isQuoted(date.start)
                && !insideRelativeClause(w.text, sentence.start, date.start) && !datesAnothersDeed(w, speaker, date)
                && (w.published.isNull() || date.value.latestMs() <= w.published.latestMs()))
                return date.value;
        }
        if (names)
            return fallback; // the speaker named without a day: the day of publication stands
    }
    return fallback;
}

} // namespace

QList<StatementCandidate> findStatements(Analysis& w, QList<std::pair<QString, QString>>& venues)
{
    const QString& text = w.text;
    QList<StatementCandidate> statements;
    int lastSpeaker = -1;
    qsizetype lastSpeakerParagraph = -1;
    const QList<Quote> quotes = findQuotes(text);
    for (const Quote& q : quotes)
        w.quoted.append(Span{q.open, q.close});
    for (const Quote& q : quotes) {
        const QString quote = q.text.trimmed();
        if (isQuotedTitle(quote))
            continue;
        const int words = int(quote.split(u' ', Qt::SkipEmptyParts).size());
        const int sentence = w.sentenceAt(q.open);
        const Span s = w.sentences.value(sentence);
        const int closeSentence = w.sentenceAt(q.close);
        const Span cs = w.sentences.value(closeSentence);
        // Attribution after the quotation first (",” he said"), then before it ("X said: “…").
        qsizetype tailEnd = cs.end;
        for (const Quote& other : findQuotes(text.mid(q.close + 1, cs.end - q.close - 1))) {
            tailEnd = q.close + 1 + other.open;
            break;
        }
        Attribution a = attributeIn(w, q.close + 1, std::max(q.close + 1, tailEnd), false, lastSpeaker);
        if (a.actor < 0 && a.proposed.name.isEmpty()) {
            const Attribution before = attributeIn(w, s.start, q.open, true, lastSpeaker);
            if (before.actor >= 0 || !before.proposed.name.isEmpty())
                a = before;
            else if (a.verbStart < 0)
                a.verbStart = before.verbStart >= 0 ? before.verbStart : -1;
        }
        if (a.actor < 0 && !a.proposed.name.isEmpty())
            a.actor = addActor(w, a.proposed); // a speaker the text describes without naming
        const qsizetype paragraph = w.paragraphStart(q.open);
        const bool standsAlone = q.open - paragraph < 3 || q.open == s.start;
        if (a.actor < 0 && standsAlone && sentence > 0) {
            // A quotation standing alone after a sentence of reported speech is that speaker's ("Campbell said a win
            // would have helped, adding … / “…”").
            const Span& previous = w.sentences[sentence - 1];
            if (previous.end <= q.open && !w.isQuoted(previous.start)) {
                const Attribution reported = attributeIn(w, previous.start, previous.end, true, lastSpeaker);
                if (reported.actor >= 0 && reported.verbStart >= 0 && !w.isQuoted(reported.verbStart))
                    a.actor = reported.actor;
            }
        }
        if (a.actor < 0 && lastSpeaker >= 0 && (paragraph == lastSpeakerParagraph || standsAlone)) {
            // A quotation standing alone continues the last speaker.
            a.actor = lastSpeaker;
        }
        if (a.actor >= 0) {
            // Even a fragment too short to keep ("the “justice” of it") says who speaks next.
            lastSpeaker = a.actor;
            lastSpeakerParagraph = paragraph;
        }
        // Short fragments need a speaker next to them to count as someone's words.
        if (words < 4 && !(words >= 2 && a.actor >= 0 && a.verbStart >= 0 && quote.toUpper() == quote))
            if (words < 3 || a.actor < 0)
                continue;
        StatementCandidate st;
        st.quote = quote;
        st.span = Span{q.open + 1, q.close};
        if (a.actor >= 0)
            st.speaker = w.actors[a.actor].name;
        // The kind: a post, a partial quotation inside reported speech, or direct speech.
        const QString windowText = text.mid(s.start, std::max(cs.end, tailEnd) - s.start);
        QString outlet;
        QString venueKind;
        st.venue = venueIn(windowText, &outlet, &venueKind);
        const QChar before = q.open > 0 ? text[q.open - 1] : QChar(u' ');
        const bool startsSentence = q.open == s.start || before == u':' || text.mid(std::max<qsizetype>(0, q.open - 2), 2).trimmed().endsWith(u',');
        if (venueKind == QStringLiteral("post"))
            st.kind = StatementKind::Post;
        else if (!startsSentence && !quote.isEmpty() && quote[0].isLower())
            st.kind = StatementKind::Partial;
        // The date: one said next to the speech verb ("said on Sunday", "Monday, X said"), else the day of publication.
        st.date = w.published;
        bool dated = false;
        static const QRegularExpression quoteMark(QStringLiteral("[“\"]"));
        static const QRegularExpression relativeClause(QStringLiteral("\\b(who|which|that|when)\\b"));
        if (a.verbStart >= 0) {
            const auto [nearFrom, nearTo] = w.datesIn(std::max<qsizetype>(0, a.verbStart - 80), a.verbEnd + 60);
            for (qsizetype k = nearFrom; k < nearTo; ++k) {
                const DateMention& d = w.dates[k];
                if (d.value.isNull() || d.value.precision() != DatePrecision::Day)
                    continue;
                const bool rightAfterVerb = d.start >= a.verbEnd && d.start - a.verbEnd <= 40
                    && !text.mid(a.verbEnd, d.start - a.verbEnd).contains(quoteMark);
                const bool rightBeforeVerb = d.end <= a.verbStart && a.verbStart - d.end <= 30 && d.start >= s.start
                    && !text.mid(d.end, a.verbStart - d.end).contains(relativeClause);
                if (rightAfterVerb || rightBeforeVerb) {
                    st.date = d.value;
                    dated = true;
                    break;
                }
            }
        }
        if (!dated && a.actor >= 0)
            st.date = occasionOf(w, a.actor, s.start, st.date);
        if (!st.venue.isEmpty())
            venues.append({st.speaker, st.venue});
        if (!outlet.isEmpty()) {
            if (const Gazetteer::Entry* media = Gazetteer::instance().byName(outlet)) {
                ActorCandidate m;
                m.name = media->name;
                m.kind = ActorKind::Media;
                addActor(w, m);
            }
        }
        statements.append(st);
    }
    return statements;
}

} // namespace attache::extract
