// SPDX-License-Identifier: GPL-3.0-or-later
// The importer's understanding of an article, stage by stage: sentences, actor mentions (the gazetteer, titles and
// speech patterns for people), quotations and who said them, dates, and events.
#include "extract/extraction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include "extract/gazetteer.h"
#include "storage/project.h"
#include "util/codepoints.h"

namespace attache::extract {
namespace {

using Re = QRegularExpression;

const QString speechVerbs = QStringLiteral("said|says|told|tells|added|adds|asked|stated|noted|insisted|argued|warned|declared|wrote|writes|posted|tweeted|explained|continued|urged|replied|responded|announced|stressed|emphasized|emphasised|acknowledged|recalled|claimed|suggested|predicted|promised|vowed|conceded|admitted|complained|cautioned|reiterated|remarked|observed|concluded|confirmed|described|called|pointed out|praised|welcomed|hailed|condemned|criticized|criticised|denounced|rejected|accused|dismissed|calling|saying|telling|adding|describing|writing");

// ---------------------------------------------------------------- sentences

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

namespace {

// ---------------------------------------------------------------- working state

struct Mention
{
    qsizetype start;
    qsizetype end;
    int actor; // index into the candidate list
};

struct Work
{
    const QString& text;
    QList<Span> sentences;
    QList<ActorCandidate> actors;
    QList<Mention> mentions; // sorted by start
    QList<DateMention> dates;
    FuzzyDate published;
    QSet<qsizetype> locativeSeats; // gazetteer matches used as places
    QList<Span> quoted; // inside quotation marks: mentions there are not speakers

    bool isQuoted(qsizetype position) const
    {
        // Quotations are in text order and do not overlap: the last one starting before the position decides.
        const auto after = std::upper_bound(quoted.cbegin(), quoted.cend(), position,
            [](qsizetype p, const Span& q) { return p <= q.start; });
        return after != quoted.cbegin() && position < (after - 1)->end;
    }
    /// The mentions that start in [from, to), by binary search.
    std::pair<qsizetype, qsizetype> mentionsIn(qsizetype from, qsizetype to) const
    {
        const auto lo = std::lower_bound(mentions.cbegin(), mentions.cend(), from,
            [](const Mention& m, qsizetype p) { return m.start < p; });
        const auto hi = std::lower_bound(lo, mentions.cend(), to, [](const Mention& m, qsizetype p) { return m.start < p; });
        return {lo - mentions.cbegin(), hi - mentions.cbegin()};
    }
    /// The dates that start in [from, to), by binary search.
    std::pair<qsizetype, qsizetype> datesIn(qsizetype from, qsizetype to) const
    {
        const auto lo = std::lower_bound(dates.cbegin(), dates.cend(), from,
            [](const DateMention& d, qsizetype p) { return d.start < p; });
        const auto hi = std::lower_bound(lo, dates.cend(), to, [](const DateMention& d, qsizetype p) { return d.start < p; });
        return {lo - dates.cbegin(), hi - dates.cbegin()};
    }

    int actorNamed(const QString& name) const
    {
        for (int i = 0; i < int(actors.size()); ++i) {
            if (actors[i].name == name)
                return i;
        }
        return -1;
    }
    int sentenceAt(qsizetype position) const
    {
        const auto it = std::upper_bound(sentences.cbegin(), sentences.cend(), position,
            [](qsizetype p, const Span& s) { return p < s.end; });
        return it == sentences.cend() ? int(sentences.size()) - 1 : int(it - sentences.cbegin());
    }
    /// The first sentence of the paragraph holding `position`.
    qsizetype paragraphStart(qsizetype position) const
    {
        const qsizetype br = text.lastIndexOf(QStringLiteral("\n\n"), std::max<qsizetype>(0, position - 1));
        return br < 0 ? 0 : br + 2;
    }
};

int addActor(Work& w, ActorCandidate candidate)
{
    // A person named by surname alone and by full name is one person.
    if (candidate.kind == ActorKind::Person) {
        const bool single = !candidate.name.contains(u' ');
        for (int i = 0; i < int(w.actors.size()); ++i) {
            ActorCandidate& a = w.actors[i];
            if (a.kind != ActorKind::Person)
                continue;
            const bool otherSingle = !a.name.contains(u' ');
            if (single && !otherSingle && a.name.endsWith(u' ' + candidate.name)) {
                if (a.role.isEmpty())
                    a.role = candidate.role;
                return i;
            }
            if (!single && otherSingle && candidate.name.endsWith(u' ' + a.name)) {
                a.name = candidate.name;
                if (a.role.isEmpty())
                    a.role = candidate.role;
                if (a.affiliation.isEmpty())
                    a.affiliation = candidate.affiliation;
                return i;
            }
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

// ---------------------------------------------------------------- people

bool isCapitalisedWord(QStringView word)
{
    return !word.isEmpty() && word[0].isUpper() && (word.size() == 1 || word[1].isLower() || word[1] == u'\'' || word[1] == u'’' || word[1] == u'.' || word[1].isUpper());
}

const QSet<QString>& notNameWords()
{
    static const QSet<QString> words{QStringLiteral("The"), QStringLiteral("A"), QStringLiteral("An"), QStringLiteral("But"),
        QStringLiteral("And"), QStringLiteral("In"), QStringLiteral("On"), QStringLiteral("At"), QStringLiteral("While"),
        QStringLiteral("After"), QStringLiteral("Before"), QStringLiteral("When"), QStringLiteral("As"), QStringLiteral("If"),
        QStringLiteral("This"), QStringLiteral("That"), QStringLiteral("These"), QStringLiteral("Those"), QStringLiteral("It"),
        QStringLiteral("He"), QStringLiteral("She"), QStringLiteral("They"), QStringLiteral("We"), QStringLiteral("I"),
        QStringLiteral("His"), QStringLiteral("Her"), QStringLiteral("Their"), QStringLiteral("Our"), QStringLiteral("Asked"),
        QStringLiteral("Monday"), QStringLiteral("Tuesday"), QStringLiteral("Wednesday"), QStringLiteral("Thursday"),
        QStringLiteral("Friday"), QStringLiteral("Saturday"), QStringLiteral("Sunday"), QStringLiteral("January"),
        QStringLiteral("February"), QStringLiteral("March"), QStringLiteral("April"), QStringLiteral("May"),
        QStringLiteral("June"), QStringLiteral("July"), QStringLiteral("August"), QStringLiteral("September"),
        QStringLiteral("October"), QStringLiteral("November"), QStringLiteral("December"), QStringLiteral("House"),
        QStringLiteral("Ministry"), QStringLiteral("Department"), QStringLiteral("Council"), QStringLiteral("Office"),
        QStringLiteral("Committee"), QStringLiteral("Party"), QStringLiteral("Agency"), QStringLiteral("Union"),
        QStringLiteral("News"), QStringLiteral("Press"), QStringLiteral("Post"), QStringLiteral("Times"),
        QStringLiteral("Treaty"), QStringLiteral("Article"), QStringLiteral("Agreement"), QStringLiteral("Street"),
        QStringLiteral("Nations"), QStringLiteral("States"), QStringLiteral("Republic"), QStringLiteral("Kingdom"),
        QStringLiteral("Capitol"), QStringLiteral("Hill"), QStringLiteral("General"), QStringLiteral("Foreign"),
        QStringLiteral("Administration"), QStringLiteral("Government"), QStringLiteral("Leader"), QStringLiteral("Staff"),
        QStringLiteral("Security"), QStringLiteral("Defense"), QStringLiteral("Defence"), QStringLiteral("Force"),
        QStringLiteral("Forces"), QStringLiteral("Air"), QStringLiteral("Army"), QStringLiteral("Navy"),
        QStringLiteral("Line"), QStringLiteral("Control"), QStringLiteral("Temple"), QStringLiteral("Golden")};
    return words;
}

/// The capitalised words titles are made of ("Secretary", "Foreign", "Vice"), never the first word of a name.
const QSet<QString>& titleWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const QString& title : Gazetteer::instance().titles()) {
            for (const QString& word : title.split(u' ', Qt::SkipEmptyParts)) {
                if (word[0].isUpper())
                    set.insert(word);
            }
        }
        set.insert(QStringLiteral("Mr"));
        set.insert(QStringLiteral("Mrs"));
        set.insert(QStringLiteral("Ms"));
        set.insert(QStringLiteral("Dr"));
        return set;
    }();
    return words;
}

/// A plausible personal name: two to four capitalised words (initials and particles allowed), none of them a known
/// place, organisation or title word.
bool isPersonName(const QString& name)
{
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    if (words.size() < 2 || words.size() > 5)
        return false;
    const Gazetteer& g = Gazetteer::instance();
    if (g.byName(name))
        return false;
    static const QSet<QString> particles{QStringLiteral("bin"), QStringLiteral("al"), QStringLiteral("de"),
        QStringLiteral("van"), QStringLiteral("von"), QStringLiteral("der"), QStringLiteral("da"), QStringLiteral("del"),
        QStringLiteral("ibn"), QStringLiteral("la"), QStringLiteral("le")};
    for (const QString& word : words) {
        if (particles.contains(word))
            continue;
        if (!isCapitalisedWord(word) || notNameWords().contains(word) || g.byName(word))
            return false;
        if (word.size() > 1 && word.toUpper() == word && word.size() > 3)
            return false; // an acronym, not a name
    }
    return words.last().size() > 1;
}

QString surnameOf(const QString& name)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    while (!words.isEmpty() && (words.last() == QStringLiteral("Jr.") || words.last() == QStringLiteral("Jr")))
        words.removeLast();
    static const QRegularExpression trailing(QStringLiteral("[,.]$"));
    return words.isEmpty() ? QString() : words.last().remove(trailing);
}

QString stripPossessive(QString name)
{
    if (name.endsWith(QStringLiteral("’s")) || name.endsWith(QStringLiteral("'s")))
        name.chop(2);
    return name;
}

/// The state or organisation named right before a title ("Ukrainian President", "Oman's foreign minister").
QString affiliationBefore(const Work& w, const QList<Gazetteer::Match>& places, qsizetype position)
{
    for (const Gazetteer::Match& m : places) {
        if (m.end <= position && position - m.end <= 4 && m.entry->kind != ActorKind::Media)
            return m.entry->name;
    }
    Q_UNUSED(w);
    return {};
}

void findPeople(Work& w, const QList<Gazetteer::Match>& places)
{
    const QString& text = w.text;
    const Gazetteer& g = Gazetteer::instance();
    // A name: capitalised words (initials, particles, hyphens, a closing "Jr." allowed).
    // Names never run across a line break (paragraphs are separated by blank lines).
    const QString name = QStringLiteral("((?:[A-Z][\\w’'-]*\\.?|al-\\w+|bin|de|van|von|der|da|del|ibn)(?:[ \\t]+(?:[A-Z][\\w’'-]*\\.?|al-\\w+|bin|de|van|von|der|da|del|ibn)){1,4}(?:,[ \\t]*Jr\\.)?)");
    QStringList titles;
    for (const QString& t : g.titles())
        titles.append(QRegularExpression::escape(t));
    const QString titleAlternation = titles.join(u'|');

    // 1. Title then name: "Secretary of State Marco Rubio", "Kremlin spokesman Dmitry Peskov".
    static QRegularExpression titled;
    static QRegularExpression titledSurname;
    static QRegularExpression appositive;
    static QRegularExpression speech;
    static QRegularExpression honorific;
    if (titled.pattern().isEmpty()) {
        // Titles in any case ("Kremlin spokesman", "Foreign Secretary"); names always capitalised.
        titled = QRegularExpression(QStringLiteral("\\b((?i:") + titleAlternation + QStringLiteral("))\\s+") + name);
        titledSurname = QRegularExpression(QStringLiteral("\\b(") + titleAlternation
            + QStringLiteral(")\\s+([A-Z][\\w’'-]+)\\b(?!\\s+[A-Z])"));
        appositive = QRegularExpression(name + QStringLiteral(",\\s+(?i:the\\s+|a\\s+|an\\s+)?((?:[\\w’'-]+\\s+){0,4}?(?i:") + titleAlternation
            + QStringLiteral("))\\b"));
        speech = QRegularExpression(name + QStringLiteral("\\s+(?:") + speechVerbs + QStringLiteral(")\\b|\\b(?:said|says|according to)\\s+") + name);
        honorific = QRegularExpression(QStringLiteral("\\b(?:Mr|Mrs|Ms|Dr|Miss)\\.?\\s+([A-Z][\\w’'-]+)"));
    }
    const auto accept = [&](QString candidate, const QString& role, const QString& affiliation) -> int {
        candidate = stripPossessive(candidate.trimmed());
        // Trim a trailing lower-case-initial or title word the pattern swept in.
        QStringList words = candidate.split(u' ', Qt::SkipEmptyParts);
        while (words.size() > 2 && (notNameWords().contains(words.last()) || !isCapitalisedWord(words.last())))
            words.removeLast();
        // A title or a known name inside the run ends whatever came before it ("U.S. President Donald Trump").
        for (qsizetype k = words.size() - 2; k >= 0; --k) {
            if (titleWords().contains(words[k]) || g.byName(words[k]) || notNameWords().contains(words[k])) {
                words = words.mid(k + 1);
                break;
            }
        }
        while (words.size() > 1 && (notNameWords().contains(words.first()) || g.byName(words.first()) || titleWords().contains(words.first())))
            words.removeFirst();
        candidate = words.join(u' ');
        if (!isPersonName(candidate))
            return -1;
        ActorCandidate a;
        a.name = candidate;
        a.kind = ActorKind::Person;
        a.role = role;
        a.affiliation = affiliation;
        return addActor(w, a);
    };
    for (auto it = titled.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        // Title words must be capitalised in the text, or the title follows a possessive or a qualifier.
        QString role = m.captured(1);
        // Most titles appear capitalised before a name; a lower-case one needs a qualifier before it ("Kremlin spokesman").
        accept(m.captured(2), role, affiliationBefore(w, places, m.capturedStart(1)));
    }
    for (auto it = titledSurname.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString surname = stripPossessive(m.captured(2));
        if (notNameWords().contains(surname) || g.byName(surname) || titleWords().contains(surname) || surname.size() < 3)
            continue;
        ActorCandidate a;
        a.name = surname;
        a.role = m.captured(1);
        a.affiliation = affiliationBefore(w, places, m.capturedStart(1));
        addActor(w, a);
    }
    for (auto it = appositive.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        QString role = m.captured(2).trimmed();
        QString affiliation;
        for (const Gazetteer::Match& p : places) {
            if (p.start >= m.capturedStart(2) && p.end <= m.capturedEnd(2) && p.entry->kind != ActorKind::Media)
                affiliation = p.entry->name;
        }
        accept(m.captured(1), role, affiliation);
    }
    for (auto it = speech.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        accept(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), {}, {});
    }
    // A full name whose surname is used on its own elsewhere ("Donald Trump ... Trump said") names a person. Counted in
    // one pass: how often each capitalised word stands in the text, and how often each candidate pair does.
    static const QRegularExpression pair(QStringLiteral("\\b([A-Z][a-z][\\w’'-]*(?: [A-Z]\\.)? (?:al-|bin )?[A-Z][a-z][\\w’'-]+)\\b"));
    static const QRegularExpression capitalised(QStringLiteral("\\b[A-Z][a-z][\\w-]*\\b"));
    QHash<QString, int> wordCounts;
    for (auto it = capitalised.globalMatch(text); it.hasNext();)
        ++wordCounts[it.next().captured(0)];
    QHash<QString, int> pairCounts;
    QStringList pairs;
    for (auto it = pair.globalMatch(text); it.hasNext();) {
        const QString candidate = stripPossessive(it.next().captured(1));
        if (pairCounts[candidate]++ == 0)
            pairs.append(candidate);
    }
    for (const QString& candidate : std::as_const(pairs)) {
        const QString surname = surnameOf(candidate);
        if (!isPersonName(candidate) || titleWords().contains(candidate.section(u' ', 0, 0)))
            continue;
        if (wordCounts.value(surname) > pairCounts.value(candidate))
            accept(candidate, {}, {});
    }
    // Surnames of people already found are aliases; "Mr Straw" adds nothing new but marks a mention.
    QHash<QString, int> surnames;
    QSet<QString> ambiguous;
    for (int i = 0; i < int(w.actors.size()); ++i) {
        if (w.actors[i].kind != ActorKind::Person)
            continue;
        const QString surname = surnameOf(w.actors[i].name);
        if (surnames.contains(surname))
            ambiguous.insert(surname);
        surnames.insert(surname, i);
    }
    for (auto it = surnames.cbegin(); it != surnames.cend(); ++it) {
        if (!ambiguous.contains(it.key()) && it.key() != w.actors[it.value()].name)
            w.actors[it.value()].aliases.append(it.key());
    }
    Q_UNUSED(honorific);
}

// ---------------------------------------------------------------- mentions

bool isLocative(const QString& text, qsizetype start)
{
    static const QRegularExpression before(QStringLiteral("\\b(in|at|to|from|near|outside|inside|into|via|toward|towards|across)\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return before.match(text.mid(std::max<qsizetype>(0, start - 16), std::min<qsizetype>(16, start))).hasMatch();
}

void findMentions(Work& w, const QList<Gazetteer::Match>& places)
{
    const QString& text = w.text;
    // Gazetteer names: states, organisations and groups are actors wherever they are named; a seat of government is
    // the state only where it acts ("Moscow said"), not where it is a place ("talks in Moscow"); demonyms only
    // qualify. Media are actors only as venues (added with the statements).
    for (const Gazetteer::Match& m : places) {
        if (m.how == Gazetteer::How::Demonym || m.entry->kind == ActorKind::Media)
            continue;
        if ((m.how == Gazetteer::How::Seat || m.entry->kind == ActorKind::State) && isLocative(text, m.start)) {
            w.locativeSeats.insert(m.start);
            continue;
        }
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

// ---------------------------------------------------------------- quotations

struct Quote
{
    qsizetype open; // position of the opening mark
    qsizetype close; // position of the closing mark (or end of the last paragraph)
    QString text;
};

/// Quotations, nested ones inside them skipped, multi-paragraph ones joined (a paragraph left open continues in the
/// next one that opens with a quotation mark).
QList<Quote> findQuotes(const QString& text)
{
    QList<Quote> quotes;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        QChar closer;
        if (c == u'“')
            closer = u'”';
        else if (c == u'«')
            closer = u'»';
        else if (c == u'"')
            closer = u'"';
        else if (c == u'‘' && (i == 0 || !text[i - 1].isLetterOrNumber()))
            closer = u'’';
        else
            continue;
        qsizetype j = i + 1;
        qsizetype end = -1;
        for (; j < n; ++j) {
            if (closer == u'"' && text[j] == u'"' && j > i + 1 && text[j - 1].isSpace() && j + 1 < n && !text[j + 1].isSpace()) {
                // A straight mark that opens (space before, word after) while one is open: the writer began a new
                // quotation without closing the last; this one ends where the next begins.
                end = j;
                break;
            }
            if (text[j] == closer && (closer != u'’' || j + 1 >= n || !text[j + 1].isLetter())) {
                end = j;
                break;
            }
            if (closer == u'"' && text[j] == u'\n')
                break;
            if (text[j] == u'\n' && j + 1 < n && text[j + 1] == u'\n') {
                // The paragraph ends inside the quotation: it goes on if the next one opens with the same mark.
                qsizetype k = j + 2;
                if (k < n && text[k] == c) {
                    j = k;
                    continue;
                }
                break;
            }
        }
        if (end < 0) {
            if (c == u'“' || c == u'«')
                continue; // unbalanced: not a quotation we can place
            continue;
        }
        Quote q{i, end, text.mid(i + 1, end - i - 1)};
        static const QRegularExpression continued(QStringLiteral("\\n\\n[“\"«]"));
        q.text.replace(continued, QStringLiteral(" "));
        quotes.append(q);
        // An implicit close: the mark at `end` opens the next quotation.
        i = (closer == u'"' && end + 1 < n && text[end - 1].isSpace() && !text[end + 1].isSpace()) ? end - 1 : end;
    }
    return quotes;
}

/// A quoted title of a show, document or slogan rather than someone's words: short, Title Case, no sentence
/// punctuation.
bool isQuotedTitle(const QString& quote)
{
    QString trimmed = quote.trimmed();
    // American style puts a sentence's full stop inside the quotation marks of a title ("Face the Nation.").
    if (trimmed.endsWith(u'.') || trimmed.endsWith(u','))
        trimmed.chop(1);
    if (trimmed.isEmpty())
        return true;
    static const QSet<QString> small{QStringLiteral("of"), QStringLiteral("the"), QStringLiteral("and"), QStringLiteral("on"),
        QStringLiteral("in"), QStringLiteral("a"), QStringLiteral("to"), QStringLiteral("for"), QStringLiteral("at")};
    const QStringList words = trimmed.split(u' ', Qt::SkipEmptyParts);
    if (words.size() > 7)
        return false;
    static const QRegularExpression capital(QStringLiteral("[A-Z]"));
    static const QRegularExpression sentencePunctuation(QStringLiteral("[.!?,;:]"));
    if (trimmed.toUpper() == trimmed && trimmed.contains(capital))
        return false; // shouting is speech
    bool titleCase = true;
    for (int k = 0; k < int(words.size()); ++k) {
        const QString& word = words[k];
        if (k > 0 && small.contains(word))
            continue;
        if (!word[0].isUpper() && !word[0].isDigit())
            titleCase = false;
    }
    return titleCase && !trimmed.contains(sentencePunctuation);
}

struct Attribution
{
    int actor = -1; // candidate index
    qsizetype verbStart = -1;
    qsizetype verbEnd = -1;
    qsizetype windowStart = 0;
    qsizetype windowEnd = 0;
};

/// The person nearest to `position` before it among the mentions, optionally only people.
int lastPersonBefore(const Work& w, qsizetype position)
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
int roleReference(const Work& w, const QString& role, qsizetype position)
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
Attribution attributeIn(const Work& w, qsizetype from, qsizetype to, bool preferLast, int lastSpeaker)
{
    Attribution result;
    result.windowStart = from;
    result.windowEnd = to;
    if (to <= from)
        return result;
    const QString window = w.text.mid(from, to - from);
    static const QRegularExpression verb(QStringLiteral("\\b(") + speechVerbs + QStringLiteral("|according to)\\b"));
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

QList<StatementCandidate> findStatements(Work& w, QList<std::pair<QString, QString>>& venues)
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
        if (a.actor < 0) {
            const Attribution before = attributeIn(w, s.start, q.open, true, lastSpeaker);
            if (before.actor >= 0)
                a = before;
            else if (a.verbStart < 0)
                a.verbStart = before.verbStart >= 0 ? before.verbStart : -1;
        }
        const qsizetype paragraph = w.paragraphStart(q.open);
        if (a.actor < 0 && lastSpeaker >= 0 && (paragraph == lastSpeakerParagraph || q.open - paragraph < 3)) {
            // A quotation standing alone continues the last speaker.
            a.actor = lastSpeaker;
        }
        // Short fragments need a speaker next to them to count as someone's words.
        if (words < 4 && !(words >= 2 && a.actor >= 0 && a.verbStart >= 0 && quote.toUpper() == quote))
            if (words < 3 || a.actor < 0)
                continue;
        StatementCandidate st;
        st.quote = quote;
        st.span = Span{q.open + 1, q.close};
        if (a.actor >= 0) {
            st.speaker = w.actors[a.actor].name;
            lastSpeaker = a.actor;
            lastSpeakerParagraph = paragraph;
        }
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
                    break;
                }
            }
        }
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

// ---------------------------------------------------------------- events

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
        {QRegularExpression(QStringLiteral("\\b(?:phone call|telephone call|spoke by (?:phone|telephone)|call with|phoned)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Call, "040"},
        {QRegularExpression(QStringLiteral("\\b(?:met|meet|meets|meeting|meetings)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Meeting, "043"},
        {QRegularExpression(QStringLiteral("\\b(?:visit|visits|visited|visiting|trip to|toured|touring)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Visit, "042"},
        {QRegularExpression(QStringLiteral("\\b(?:press conference|news conference|press briefing|told reporters|told journalists)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::PressConference, "010"},
        {QRegularExpression(QStringLiteral("\\b(?:signed|sign|signing|reached|agreed)\\b[^.]{0,60}\\b(?:agreement|deal|treaty|accord|memorandum|ceasefire)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Agreement, "057"},
        {QRegularExpression(QStringLiteral("\\b(?:impose[sd]?|imposing|lift(?:s|ed|ing)?|ease[sd]?|new|announced)\\b[^.]{0,40}\\bsanctions\\b|\\bsanctions\\b[^.]{0,30}\\b(?:imposed|lifted|eased)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Sanction, "163"},
        {QRegularExpression(QStringLiteral("\\b(?:prisoner (?:exchange|swap)|exchange of prisoners|swap of prisoners)\\b"), QRegularExpression::CaseInsensitiveOption), EventKind::Exchange, "084"},
    };
    return list;
}


QString titleFor(const EventCandidate& e)
{
    QStringList names;
    for (const QString& p : e.participants) {
        if (names.size() < 2)
            names.append(p.section(u' ', -1));
    }
    QString title = names.join(QStringLiteral("–"));
    title += (title.isEmpty() ? QString() : QStringLiteral(" ")) + toPhrase(e.kind);
    if (!e.location.isEmpty())
        title += QStringLiteral(" in ") + e.location;
    title[0] = title[0].toUpper();
    return title;
}

bool overlaps(const FuzzyDate& a, const FuzzyDate& b)
{
    if (a.isNull() || b.isNull())
        return true;
    return a.earliestMs() <= b.latestMs() && b.earliestMs() <= a.latestMs();
}

QList<EventCandidate> findEvents(Work& w, QList<StatementCandidate>& statements, const QList<std::pair<QString, QString>>& venues)
{
    const QString& text = w.text;
    QList<EventCandidate> events;
    static const QRegularExpression location(QStringLiteral("\\b(?:in|at)\\s+((?:the\\s+)?(?:[a-z]+\\s+){0,3}?(?:[A-Z][\\w’'-]+)(?:\\s+[A-Z][\\w’'-]+){0,3})"));
    static const QRegularExpression cancelled(QStringLiteral("\\b(cancel(?:l)?ed|called off|postponed|scrapped)\\b"), QRegularExpression::CaseInsensitiveOption);
    const auto merge = [&events](EventCandidate e) -> int {
        for (int i = 0; i < int(events.size()); ++i) {
            EventCandidate& other = events[i];
            // A later mention without a date ("the summit") is the same event; a dated one is not folded into an
            // undated one, which may be another occasion.
            if (other.kind != e.kind || !overlaps(other.date, e.date) || (other.date.isNull() && !e.date.isNull()))
                continue;
            bool shared = e.participants.isEmpty() || other.participants.isEmpty();
            for (const QString& p : e.participants)
                shared = shared || other.participants.contains(p);
            if (!shared)
                continue;
            for (const QString& p : std::as_const(e.participants)) {
                if (!other.participants.contains(p))
                    other.participants.append(p);
            }
            if (other.date.isNull()) {
                other.date = e.date;
                other.dateText = e.dateText;
                other.status = e.status;
            }
            if (other.location.isEmpty())
                other.location = e.location;
            other.evidence += e.evidence;
            return i;
        }
        events.append(std::move(e));
        return int(events.size()) - 1;
    };
    for (const Span& s : std::as_const(w.sentences)) {
        const QString sentence = text.mid(s.start, s.end - s.start);
        for (const Trigger& t : triggers()) {
            const auto m = t.re.match(sentence);
            if (!m.hasMatch())
                continue;
            EventCandidate e;
            e.kind = t.kind;
            e.cameo = QString::fromLatin1(t.cameo);
            const qsizetype at = s.start + m.capturedStart(0);
            // Participants: the actors named in the sentence (people and states, not the media).
            const auto [firstMention, lastMention] = w.mentionsIn(s.start, s.end);
            for (qsizetype k = firstMention; k < lastMention; ++k) {
                const Mention& mention = w.mentions[k];
                if (mention.end <= s.end && w.actors[mention.actor].kind != ActorKind::Media) {
                    const QString& name = w.actors[mention.actor].name;
                    if (!e.participants.contains(name))
                        e.participants.append(name);
                }
            }
            // A sentence about "he" or "she" is about the person the story follows.
            static const QRegularExpression subjectPronoun(QStringLiteral("^(?:[A-Z]\\w+ )?(?:He|She)\\b|\\b(?:he|she) (?:is|was|will|would|has|had)\\b"));
            if (subjectPronoun.match(sentence).hasMatch()) {
                const int person = lastPersonBefore(w, s.start);
                if (person >= 0 && !e.participants.contains(w.actors[person].name))
                    e.participants.append(w.actors[person].name);
            }
            if (e.participants.isEmpty())
                continue;
            // The date nearest the trigger in the sentence ("talks next week" stays undated even if the sentence
            // names another day), a range for "on Friday and Saturday".
            qsizetype best = std::numeric_limits<qsizetype>::max();
            const auto [firstDate, lastDate] = w.datesIn(s.start, s.end);
            for (qsizetype k = firstDate; k < lastDate; ++k) {
                const DateMention& d = w.dates[k];
                if (d.end > s.end)
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
            static const QRegularExpression futureCue(QStringLiteral("\\b(will|is due to|are due to|is set to|are set to|plans? to|planned|scheduled|next week|upcoming|to hold|to meet)\\b"));
            const bool future = DateFinder::futureBefore(text, at + m.capturedLength(0)) || futureCue.match(clause).hasMatch();
            // An event the report tells of in the past without a day happened, as far as the report goes, on the day
            // it was written (news reports what happened that day).
            if (e.date.isNull() && !future && !w.published.isNull()
                && (e.kind == EventKind::Meeting || e.kind == EventKind::PressConference || e.kind == EventKind::Talks
                    || e.kind == EventKind::Call))
                e.date = w.published;
            e.status = cancelled.match(sentence).hasMatch() ? EventStatus::Cancelled
                : (future && (e.date.isNull() || w.published.isNull() || e.date.latestMs() >= w.published.earliestMs()))
                ? EventStatus::Planned
                : EventStatus::Occurred;
            if (const auto loc = location.match(sentence, m.capturedStart(0)); loc.hasMatch() && loc.capturedStart(0) - m.capturedEnd(0) < 60) {
                QString place = loc.captured(1);
                static const QRegularExpression calendarWord(QStringLiteral("^(?:the\\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)"));
                if (!place.contains(calendarWord))
                    e.location = place.startsWith(QStringLiteral("the ")) ? place.mid(4) : place;
            }
            e.evidence.append(Span{s.start, s.end});
            merge(e);
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
    Q_UNUSED(venues);
    for (EventCandidate& e : events)
        e.title = titleFor(e);
    return events;
}

QJsonValue dateJson(const FuzzyDate& d)
{
    return d.isNull() ? QJsonValue() : QJsonValue(d.toString());
}

} // namespace

Extraction extract(const Article& article, const FuzzyDate& published, const Project* project)
{
    Extraction result;
    result.article = article;
    if (!published.isNull()) {
        result.article.meta.published = published;
        result.article.meta.publishedOrigin = PublishedOrigin::Given;
    } else if (result.article.meta.published.isNull()) {
        result.warnings.append(QStringLiteral("no publication date was given or found: relative dates stay unresolved"));
    }
    Work w{result.article.text, sentencesOf(result.article.text), {}, {}, {}, result.article.meta.published, {}, {}};
    w.dates = DateFinder(w.published).find(w.text);
    const QList<Gazetteer::Match> places = Gazetteer::instance().find(w.text);
    findPeople(w, places);
    findMentions(w, places);
    QList<std::pair<QString, QString>> venues;
    result.statements = findStatements(w, venues);
    result.events = findEvents(w, result.statements, venues);
    // Affiliations of people from their titles ("Ukrainian President"): make sure the state is a candidate too.
    for (ActorCandidate& a : w.actors)
        a.aliases.removeAll(a.name);
    // Actors that nothing mentions, speaks or takes part in are left out.
    QList<ActorCandidate> actors;
    for (const ActorCandidate& a : std::as_const(w.actors)) {
        bool used = !a.mentions.isEmpty();
        for (const StatementCandidate& st : std::as_const(result.statements))
            used = used || st.speaker == a.name;
        if (used)
            actors.append(a);
    }
    result.actors = actors;
    result.dates = w.dates;
    if (project) {
        for (ActorCandidate& a : result.actors) {
            QStringList names{a.name};
            names += a.aliases;
            for (const QString& n : names) {
                if (const auto found = project->actors().findByName(n)) {
                    a.projectId = found->id.value;
                    a.matchReason = QStringLiteral("same name as “%1” in the project").arg(found->name);
                    break;
                }
            }
        }
        for (EventCandidate& e : result.events) {
            if (e.date.isNull())
                continue;
            EventQuery query;
            query.fromMs = e.date.earliestMs() - 86400000LL;
            query.toMs = (e.endDate.isNull() ? e.date : e.endDate).latestMs() + 86400000LL;
            query.kind = e.kind;
            for (const Event& existing : project->events().list(query)) {
                for (const Participant& p : existing.participants) {
                    const auto actor = project->actors().find(p.actor);
                    if (actor && std::any_of(e.participants.begin(), e.participants.end(), [&](const QString& n) { return actor->isNamed(n); })) {
                        e.projectId = existing.id.value;
                        e.matchReason = QStringLiteral("same kind, overlapping dates and %1 taking part, as “%2”").arg(actor->name, existing.title);
                        break;
                    }
                }
                if (e.projectId)
                    break;
            }
        }
    }
    result.warnings += result.article.warnings;
    return result;
}

QByteArray toJson(const Extraction& x)
{
    const QString& text = x.article.text;
    // UTF-16 index -> code point index, computed once.
    std::vector<qint64> cp(std::size_t(text.size()) + 1, 0);
    qint64 count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        cp[std::size_t(i)] = count;
        if (!(text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()))
            ++count;
    }
    cp[std::size_t(text.size())] = count;
    const auto span = [&cp](const Span& s) { return QJsonArray{cp[std::size_t(s.start)], cp[std::size_t(s.end)]}; };

    QJsonArray actors;
    for (const ActorCandidate& a : x.actors) {
        QJsonArray mentions;
        for (const Span& s : a.mentions)
            mentions.append(span(s));
        actors.append(QJsonObject{
            {QStringLiteral("name"), a.name},
            {QStringLiteral("kind"), toText(a.kind)},
            {QStringLiteral("aliases"), QJsonArray::fromStringList(a.aliases)},
            {QStringLiteral("role"), a.role.isEmpty() ? QJsonValue() : QJsonValue(a.role)},
            {QStringLiteral("affiliation"), a.affiliation.isEmpty() ? QJsonValue() : QJsonValue(a.affiliation)},
            {QStringLiteral("country"), a.country.isEmpty() ? QJsonValue() : QJsonValue(a.country)},
            {QStringLiteral("project_id"), a.projectId ? QJsonValue(a.projectId) : QJsonValue()},
            {QStringLiteral("match"), a.matchReason.isEmpty() ? QJsonValue() : QJsonValue(a.matchReason)},
            {QStringLiteral("mentions"), mentions},
        });
    }
    QJsonArray events;
    for (const EventCandidate& e : x.events) {
        QJsonArray evidence;
        for (const Span& s : e.evidence)
            evidence.append(span(s));
        events.append(QJsonObject{
            {QStringLiteral("title"), e.title},
            {QStringLiteral("kind"), toText(e.kind)},
            {QStringLiteral("date"), dateJson(e.date)},
            {QStringLiteral("end_date"), dateJson(e.endDate)},
            {QStringLiteral("date_text"), e.dateText.isEmpty() ? QJsonValue() : QJsonValue(e.dateText)},
            {QStringLiteral("precision"), e.date.isNull() ? QStringLiteral("none") : toText(e.date.precision())},
            {QStringLiteral("location"), e.location.isEmpty() ? QJsonValue() : QJsonValue(e.location)},
            {QStringLiteral("participants"), QJsonArray::fromStringList(e.participants)},
            {QStringLiteral("status"), toText(e.status)},
            {QStringLiteral("cameo"), e.cameo.isEmpty() ? QJsonValue() : QJsonValue(e.cameo)},
            {QStringLiteral("project_id"), e.projectId ? QJsonValue(e.projectId) : QJsonValue()},
            {QStringLiteral("match"), e.matchReason.isEmpty() ? QJsonValue() : QJsonValue(e.matchReason)},
            {QStringLiteral("evidence"), evidence},
        });
    }
    QJsonArray statements;
    for (const StatementCandidate& s : x.statements) {
        statements.append(QJsonObject{
            {QStringLiteral("speaker"), s.speaker.isEmpty() ? QJsonValue() : QJsonValue(s.speaker)},
            {QStringLiteral("quote"), s.quote},
            {QStringLiteral("kind"), toText(s.kind)},
            {QStringLiteral("date"), dateJson(s.date)},
            {QStringLiteral("venue"), s.venue.isEmpty() ? QJsonValue() : QJsonValue(s.venue)},
            {QStringLiteral("event"), s.event >= 0 ? QJsonValue(s.event) : QJsonValue()},
            {QStringLiteral("span"), span(s.span)},
        });
    }
    QJsonArray dates;
    for (const DateMention& d : x.dates) {
        dates.append(QJsonObject{
            {QStringLiteral("text"), d.text},
            {QStringLiteral("value"), dateJson(d.value)},
            {QStringLiteral("precision"), d.value.isNull() ? QStringLiteral("none") : toText(d.value.precision())},
            {QStringLiteral("span"), span(Span{d.start, d.end})},
        });
    }
    const ArticleMetadata& m = x.article.meta;
    const QJsonObject source{
        {QStringLiteral("title"), m.title.isEmpty() ? QJsonValue() : QJsonValue(m.title)},
        {QStringLiteral("outlet"), m.outlet.isEmpty() ? QJsonValue() : QJsonValue(m.outlet)},
        {QStringLiteral("authors"), QJsonArray::fromStringList(m.authors)},
        {QStringLiteral("contributors"), QJsonArray::fromStringList(m.contributors)},
        {QStringLiteral("site"), m.site.isEmpty() ? QJsonValue() : QJsonValue(m.site)},
        {QStringLiteral("url"), m.url.isEmpty() ? QJsonValue() : QJsonValue(m.url)},
        {QStringLiteral("dateline"), m.dateline.isEmpty() ? QJsonValue() : QJsonValue(m.dateline)},
        {QStringLiteral("published"), dateJson(m.published)},
        {QStringLiteral("published_origin"), toText(m.publishedOrigin)},
        {QStringLiteral("boilerplate"), QJsonArray::fromStringList(m.boilerplate)},
    };
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("text"), text},
                             {QStringLiteral("source"), source},
                             {QStringLiteral("actors"), actors},
                             {QStringLiteral("events"), events},
                             {QStringLiteral("statements"), statements},
                             {QStringLiteral("dates"), dates},
                             {QStringLiteral("warnings"), QJsonArray::fromStringList(x.warnings)},
                         })
        .toJson(QJsonDocument::Indented);
}

} // namespace attache::extract
