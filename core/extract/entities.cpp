// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3: the article's entities: one candidate per person, state or body, and every place the text names one.
#include "extract/entities.h"

#include <QRegularExpression>

#include "extract/names.h"

namespace attache::extract {
namespace {

bool isLocative(const QString& text, qsizetype start)
{
    // "envoys from Ukraine", "a delegation from the United States": the state sends them; it is a party, not a place.
    static const QRegularExpression party(QStringLiteral("\\b(?:envoys?|officials?|delegations?|delegates?|negotiators?|representatives?|diplomats?|ministers?|counterparts?|mediators?|emissar(?:y|ies)|teams?)\\s+from\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (party.match(text.mid(std::max<qsizetype>(0, start - 40), std::min<qsizetype>(40, start))).hasMatch())
        return false;
    // "in Kenya", "to the United States", "in neighbouring South Sudan", "across eastern Ukraine".
    static const QRegularExpression before(QStringLiteral("\\b(in|at|to|from|near|outside|inside|into|via|toward|towards|across)\\s+(?:the\\s+)?(?:(?:neighbou?ring|nearby|(?:north|south)?(?:eastern|western)|northern|southern|central)\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return before.match(text.mid(std::max<qsizetype>(0, start - 32), std::min<qsizetype>(32, start))).hasMatch();
}

} // namespace

namespace {

/// The words of a personal name that identify the person, in lower case: without "Jr.", commas or initials' stops.
QStringList nameKey(const QString& name)
{
    // Accents are a spelling, not another person ("Téte António", "Tete Antonio").
    QString folded = name.normalized(QString::NormalizationForm_D);
    folded.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    QStringList words;
    for (QString word : folded.split(u' ', Qt::SkipEmptyParts)) {
        word.remove(u',');
        if (word == QStringLiteral("Jr.") || word == QStringLiteral("Jr") || word == QStringLiteral("Sr.")
            || word == QStringLiteral("Sr"))
            continue;
        words.append(word.toLower());
    }
    return words;
}

/// Two ways of writing one person's name: one is the other's end ("Bin Laden", "Osama bin Laden"), or the same
/// given name and surname with or without middle initials ("George Bush", "George W. Bush").
bool sameSurnameForm(const QStringList& a, const QStringList& b)
{
    if (a.isEmpty() || b.isEmpty() || a.last() != b.last())
        return false;
    const QStringList& shorter = a.size() <= b.size() ? a : b;
    const QStringList& longer = a.size() <= b.size() ? b : a;
    if (longer.mid(longer.size() - shorter.size()) == shorter)
        return true;
    if (shorter.size() < 2 || shorter.first() != longer.first())
        return false;
    // The same first and last names; what stands between in the longer one must be initials ("w.", "h.w.").
    for (qsizetype k = 1; k < longer.size() - 1; ++k) {
        const QString& middle = longer[k];
        if (!(middle.endsWith(u'.') || middle.size() == 1) && !shorter.contains(middle))
            return false;
    }
    return true;
}

} // namespace

int addActor(Analysis& w, ActorCandidate candidate)
{
    // A person named by surname alone and by full name is one person.
    if (candidate.kind == ActorKind::Person) {
        const QStringList key = nameKey(candidate.name);
        for (int i = 0; i < int(w.actors.size()); ++i) {
            ActorCandidate& a = w.actors[i];
            if (a.kind != ActorKind::Person || !sameSurnameForm(key, nameKey(a.name)))
                continue;
            if (key.size() > nameKey(a.name).size()) {
                if (!a.aliases.contains(a.name))
                    a.aliases.append(a.name);
                a.name = candidate.name;
            } else if (candidate.name != a.name && !a.aliases.contains(candidate.name)) {
                a.aliases.append(candidate.name);
            }
            if (a.role.isEmpty())
                a.role = candidate.role;
            if (a.affiliation.isEmpty())
                a.affiliation = candidate.affiliation;
            return i;
        }
    }
    const int existing = w.actorNamed(candidate.name);
    if (existing >= 0) {
        ActorCandidate& a = w.actors[existing];
        if (a.role.isEmpty())
            a.role = candidate.role;
        if (a.affiliation.isEmpty())
            a.affiliation = candidate.affiliation;
        return existing;
    }
    w.actors.append(std::move(candidate));
    return int(w.actors.size()) - 1;
}

void findMentions(Analysis& w, const QList<Gazetteer::Match>& places)
{
    const QString& text = w.text;
    // Gazetteer names: states, organisations and groups are actors wherever they are named; a seat of government is
    // the state only where it acts ("Moscow said"), not where it is a place ("talks in Moscow"); demonyms only
    // qualify. Media are actors only as venues (added with the statements).
    // A state is no actor where it is a place ("in Kenya and Tanzania"), a topic ("including Iran and Syria") or a
    // word of a longer name ("the Taiwan Strait", "the United States Embassies"); a list takes the first item's part.
    static const QRegularExpression topical(QStringLiteral("\\b(?:including|such as|along with|like|regarding|concerning|about|over)\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression coordination(QStringLiteral("^(?:,\\s*|\\s+and\\s+|,\\s+and\\s+|\\s+or\\s+|,\\s+or\\s+)(?:the\\s+)?$"));
    static const QRegularExpression longerName(QStringLiteral("^\\s+(\\p{Lu}[\\p{L}’'-]+)"), QRegularExpression::UseUnicodePropertiesOption);
    qsizetype incidentalEnd = -1;
    // "Ukrainian and Russian officials", "the U.S. delegation": a demonym before the people a state sends names that
    // state as a party; elsewhere ("Ukrainian President X", "Russian gas") it only qualifies.
    // "Kenyan and Ugandan trade ministers", "Russian military officials": a word or two of their field may come between.
    static const QRegularExpression sentPeople(QStringLiteral("^(?:(?:,|,? and)\\s+\\p{Lu}[\\w.’'-]*)*(?:\\s+\\p{Ll}[\\w-]*){0,2}?\\s+(?:officials|delegations?|delegates|negotiators|negotiating team|envoys|diplomats|counterparts|mediators|government|ministers|leaders|chiefs|commanders)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (const Gazetteer::Match& m : places) {
        if (m.entry->kind == ActorKind::Media)
            continue;
        if (m.how == Gazetteer::How::Demonym) {
            if (m.entry->kind != ActorKind::State || !sentPeople.match(QStringView(text).mid(m.end, 80)).hasMatch())
                continue;
            ActorCandidate a;
            a.name = m.entry->name;
            a.kind = m.entry->kind;
            a.country = m.entry->country;
            w.mentions.append(Mention{m.start, m.end, addActor(w, a)});
            continue;
        }
        const bool placeLike = m.how == Gazetteer::How::Seat || m.entry->kind == ActorKind::State;
        const qsizetype lookBack = std::min<qsizetype>(m.start, 24);
        const QString before = text.mid(m.start - lookBack, lookBack);
        const bool listed = incidentalEnd >= 0 && m.start > incidentalEnd
            && coordination.match(QStringView(text).mid(incidentalEnd, m.start - incidentalEnd)).hasMatch();
        const auto next = longerName.match(QStringView(text).mid(m.end, 40));
        const bool partOfName = m.entry->kind == ActorKind::State && next.hasMatch()
            && !isTitleWord(next.captured(1)) && !Gazetteer::instance().byName(next.captured(1))
            && !notNameWords().contains(next.captured(1)) && !w.text.mid(m.end, 2).contains(u'\n');
        // "a Brussels summit", "the Geneva talks": a place naming an occasion is where it happens, not who meets.
        static const QRegularExpression occasionNoun(QStringLiteral("^[’']?s?\\s+(?:summit|talks|meeting|conference|negotiations|accords?|agreement|declaration|process|format|round)\\b"));
        const bool namesAnOccasion = placeLike && occasionNoun.match(QStringView(text).mid(m.end, 24)).hasMatch();
        // "the Iran crisis", "the Ukraine war": a state naming a matter is its topic.
        static const QRegularExpression matterNoun(QStringLiteral("^\\s+(?:war|crisis|conflict|issue|question|file|dossier|situation|problem|dispute)\\b"));
        static const QRegularExpression theBefore(QStringLiteral("\\b[Tt]he\\s+$"));
        const bool namesAMatter = m.entry->kind == ActorKind::State && theBefore.match(before).hasMatch()
            && matterNoun.match(QStringView(text).mid(m.end, 16)).hasMatch();
        if ((placeLike && isLocative(text, m.start)) || (placeLike && listed) || namesAnOccasion || namesAMatter
            || topical.match(before).hasMatch()) {
            w.locativeSeats.insert(m.start);
            incidentalEnd = m.end;
            continue;
        }
        if (partOfName)
            continue;
        ActorCandidate a;
        a.name = m.entry->name;
        a.kind = m.entry->kind;
        a.country = m.entry->country;
        const int index = addActor(w, a);
        const QString written = text.mid(m.start, m.end - m.start);
        if (written != a.name && !w.actors[index].aliases.contains(written))
            w.actors[index].aliases.append(written);
        w.mentions.append(Mention{m.start, m.end, index});
    }
    // "U.S.-brokered talks", "a Qatar-mediated truce": the state or body in such a compound takes part in the
    // occasion it brokers, hosts or leads (the gazetteer reads the compound as one word). Only a state or body by its
    // name, and only before an occasion: "a Canadian-led consortium" is a company's.
    static const QRegularExpression compound(QStringLiteral("(?<![\\w.-])([\\p{Lu}][\\p{L}.]*)-(?:brokered|mediated|led|hosted|sponsored|backed|facilitated|convened)\\s+(?:[\\w-]+\\s+){0,2}?(?:talks|negotiations|peace|process|ceasefire|truce|summit|meeting|conference|round|deal|agreement|accord|plan|mediation|efforts?)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    for (auto it = compound.globalMatch(text); it.hasNext();) {
        const auto c = it.next();
        const QList<Gazetteer::Match> named = Gazetteer::instance().find(QStringView(text).mid(c.capturedStart(1), c.capturedLength(1)));
        if (named.size() != 1 || named.first().start != 0 || named.first().end != c.capturedLength(1)
            || named.first().how == Gazetteer::How::Demonym
            || (named.first().entry->kind != ActorKind::State && named.first().entry->kind != ActorKind::Organization))
            continue;
        ActorCandidate a;
        a.name = named.first().entry->name;
        a.kind = named.first().entry->kind;
        a.country = named.first().entry->country;
        const int index = addActor(w, a);
        if (c.captured(1) != a.name && !w.actors[index].aliases.contains(c.captured(1)))
            w.actors[index].aliases.append(c.captured(1));
        w.mentions.append(Mention{c.capturedStart(1), c.capturedEnd(1), index});
    }
    // People: full names and surnames, wherever they stand.
    for (int i = 0; i < int(w.actors.size()); ++i) {
        if (w.actors[i].kind != ActorKind::Person)
            continue;
        QStringList forms{w.actors[i].name};
        forms += w.actors[i].aliases;
        for (const QString& form : std::as_const(forms)) {
            // Whole words only; nested mentions (a surname inside the full name) are dropped below.
            for (qsizetype at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
                const qsizetype end = at + form.size();
                const bool startsWord = at == 0 || !text[at - 1].isLetterOrNumber();
                const bool endsWord = end >= text.size() || !text[end].isLetterOrNumber();
                if (startsWord && endsWord)
                    w.mentions.append(Mention{at, end, i});
            }
        }
    }
    std::sort(w.mentions.begin(), w.mentions.end(), [](const Mention& a, const Mention& b) { return a.start < b.start; });
    // Drop mentions nested in longer ones.
    QList<Mention> kept;
    for (const Mention& m : std::as_const(w.mentions)) {
        if (!kept.isEmpty() && m.start < kept.last().end) {
            if (m.end - m.start > kept.last().end - kept.last().start)
                kept.last() = m;
            continue;
        }
        kept.append(m);
    }
    w.mentions = kept;
    for (const Mention& m : std::as_const(w.mentions))
        w.actors[m.actor].mentions.append(Span{m.start, m.end});
}

} // namespace attache::extract
