// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 2: the people an article names, from titles ("Foreign Minister X"), appositions ("X, the envoy"), speech
// ("X said") and full names whose surname stands alone elsewhere.
#include "extract/people.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include "extract/entities.h"
#include "extract/lexicon.h"
#include "extract/names.h"

namespace attache::extract {
namespace {

/// The state or organisation named right before a title ("Ukrainian President", "Oman's foreign minister").
QString affiliationBefore(const Analysis& w, const QList<Gazetteer::Match>& places, qsizetype position)
{
    for (const Gazetteer::Match& m : places) {
        if (m.end <= position && position - m.end <= 4 && m.entry->kind != ActorKind::Media)
            return m.entry->name;
    }
    Q_UNUSED(w);
    return {};
}

} // namespace

void findPeople(Analysis& w, const QList<Gazetteer::Match>& places)
{
    const QString& text = w.text;
    const Gazetteer& g = Gazetteer::instance();
    // A name: capitalised words (initials, particles, hyphens, a closing "Jr." allowed).
    // Names never run across a line break (paragraphs are separated by blank lines).
    // Run-together initials ("J.D. Vance") are one word, never split at their stops.
    const QString name = QStringLiteral("(?<![\\w’'-])(?<!\\p{Lu}\\.)((?:(?:\\p{Lu}\\.){2,3}|\\p{Lu}[\\w’'-]*\\.?|al-\\w+|bin|de|van|von|der|da|del|dos|ibn)(?:[ \\t]+(?:(?:\\p{Lu}\\.){2,3}|\\p{Lu}[\\w’'-]*\\.?|al-\\w+|bin|de|van|von|der|da|del|dos|ibn)){1,4}(?:,[ \\t]*Jr\\.)?)");

    // 1. Title then name: "Secretary of State Marco Rubio", "Kremlin spokesman Dmitry Peskov".
    static QRegularExpression titled;
    static QRegularExpression titledSurname;
    static QRegularExpression appositive;
    static QRegularExpression apposedTitle;
    static QRegularExpression speech;
    static QRegularExpression appositiveSpeech;
    if (titled.pattern().isEmpty()) {
        constexpr auto unicode = QRegularExpression::UseUnicodePropertiesOption;
        // Titles in any case ("Kremlin spokesman", "Foreign Secretary"); names always capitalised.
        const QString& titleAlternation = titlePattern(true);
        titled = QRegularExpression(QStringLiteral("\\b((?i:") + titleAlternation + QStringLiteral("))\\s+") + name, unicode);
        titledSurname = QRegularExpression(QStringLiteral("\\b(") + titlePattern(false)
            + QStringLiteral(")\\s+(\\p{Lu}[\\w’'-]+)\\b(?!\\s+\\p{Lu})"), unicode);
        appositive = QRegularExpression(name + QStringLiteral(",\\s+(?i:the\\s+|a\\s+|an\\s+)?((?:[\\w’'-]+\\s+){0,4}?(?i:") + titleAlternation
            + QStringLiteral("))\\b"), unicode);
        // "Russia's chief negotiator, Vladimir Medinsky, said": the name set off by commas after its title.
        apposedTitle = QRegularExpression(QStringLiteral("\\b((?i:") + titleAlternation + QStringLiteral("))\\s*,\\s+") + name
                + QStringLiteral("\\s*,"),
            unicode);
        speech = QRegularExpression(name + QStringLiteral("\\s+(?:") + speechVerbPattern() + QStringLiteral(")\\b|\\b(?:said|says|according to)\\s+") + name, unicode);
        // "John Smith, head of the delegation, told reporters": a name set off by an apposition before a speech verb.
        appositiveSpeech = QRegularExpression(name + QStringLiteral("(?:,\\s+[^,.;:“”\"]{3,120},|\\s+(?:--|—|–)\\s+[^.;:“”\"]{3,160}\\s+(?:--|—|–)|,)\\s+(?:") + speechVerbPattern() + QStringLiteral(")\\b"), unicode);
    }
    const auto accept = [&](const QString& written, const QString& role, const QString& affiliation) -> int {
        QString candidate = cleanPersonName(written);
        // "Minister for Regional Integration James Kabarebe": a common word glued to the front of a name is the end
        // of a title where the text also writes the name without it, or where it ends a portfolio after "for" or
        // "of".
        const QStringList words = candidate.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 3) {
            const quint8 parts = Lexicon::instance().parts(words.first());
            const QString tail = words.mid(1).join(u' ');
            static const QRegularExpression portfolio(QStringLiteral("\\b(?:for|of)\\s+(?:\\p{Lu}[\\w’'-]*\\s+){0,3}$"),
                QRegularExpression::UseUnicodePropertiesOption);
            const qsizetype at = text.indexOf(candidate);
            const bool endsPortfolio = at > 0 && portfolio.match(QStringView(text).mid(std::max<qsizetype>(0, at - 50), std::min<qsizetype>(50, at))).hasMatch();
            if (parts != 0 && !(parts & Lexicon::ProperNoun) && (endsPortfolio || text.count(tail) > text.count(candidate)))
                candidate = tail;
        }
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
    for (auto it = apposedTitle.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        accept(m.captured(2), m.captured(1), affiliationBefore(w, places, m.capturedStart(1)));
    }
    for (auto it = appositiveSpeech.globalMatch(text); it.hasNext();)
        accept(it.next().captured(1), {}, {});
    for (auto it = speech.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        accept(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1), {}, {});
    }
    // A full name whose surname is used on its own elsewhere ("Donald Trump ... Trump said") names a person. Counted in
    // one pass: how often each capitalised word stands in the text, and how often each candidate pair does.
    static const QRegularExpression pair(QStringLiteral("\\b(\\p{Lu}\\p{Ll}[\\w’'-]*(?: \\p{Lu}\\.)? (?:al-|bin )?\\p{Lu}\\p{Ll}[\\w’'-]+)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression capitalised(QStringLiteral("\\b\\p{Lu}\\p{Ll}[\\w-]*\\b"), QRegularExpression::UseUnicodePropertiesOption);
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
}

} // namespace attache::extract
