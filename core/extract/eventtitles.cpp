// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 8: an event's title as an analyst writes it.
#include "extract/eventtitles.h"

#include "extract/gazetteer.h"
#include "extract/names.h"

namespace attache::extract {

QString titleName(const QString& name, ActorKind kind)
{
    if (kind == ActorKind::Person) {
        // "State Department official": a source the text describes without a name is called so in full.
        const QString last = name.section(u' ', -1);
        if (!last.isEmpty() && last[0].isLower())
            return name;
        const QString surname = surnameOf(name);
        return surname.isEmpty() ? name : surname;
    }
    if (const Gazetteer::Entry* entry = Gazetteer::instance().byName(name))
        return entry->shortName;
    return name;
}

QString titleFor(const EventCandidate& e, const QList<ActorCandidate>& actors)
{
    const auto kindOf = [&actors](const QString& name) {
        for (const ActorCandidate& a : actors) {
            if (a.name == name)
                return a.kind;
        }
        return ActorKind::Other;
    };
    QStringList people;
    QStringList bodies;
    for (const QString& p : e.participants) {
        const ActorKind kind = kindOf(p);
        if (kind == ActorKind::Media)
            continue;
        QStringList& list = kind == ActorKind::Person ? people : bodies;
        const QString name = titleName(p, kind);
        if (!list.contains(name))
            list.append(name);
    }
    // Two or more people name the event by its people ("Blair–Sharon talks"); else by the states and bodies
    // ("US–Ukraine–Russia talks"); a single person's speech, post or call is theirs ("Witkoff post").
    QStringList names = people.size() >= 2 ? people : bodies.size() >= 2 ? bodies : people.isEmpty() ? bodies : people;
    names = names.mid(0, 3);
    QString title = names.join(QStringLiteral("–"));
    title += (title.isEmpty() ? QString() : QStringLiteral(" ")) + toPhrase(e.kind);
    // A programme or a platform is where one speaks "on"; a place is where one meets "in".
    if (!e.location.isEmpty())
        title += (e.kind == EventKind::Interview || e.kind == EventKind::Post ? QStringLiteral(" on ") : QStringLiteral(" in "))
            + e.location;
    title[0] = title[0].toUpper();
    return title;
}

} // namespace attache::extract
