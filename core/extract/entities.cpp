// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 3: the article's entities: one candidate per person, state or body, and every place the text names one.
#include "extract/entities.h"

#include <QRegularExpression>

namespace attache::extract {
namespace {

bool isLocative(const QString& text, qsizetype start)
{
    static const QRegularExpression before(QStringLiteral("\\b(in|at|to|from|near|outside|inside|into|via|toward|towards|across)\\s+(?:the\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    return before.match(text.mid(std::max<qsizetype>(0, start - 16), std::min<qsizetype>(16, start))).hasMatch();
}

} // namespace

int addActor(Analysis& w, ActorCandidate candidate)
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

void findMentions(Analysis& w, const QList<Gazetteer::Match>& places)
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

} // namespace attache::extract
