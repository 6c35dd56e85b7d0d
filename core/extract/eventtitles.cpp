// SPDX-License-Identifier: GPL-3.0-or-later
// Stage 8: an event's title as an analyst writes it.
#include "extract/eventtitles.h"

namespace attache::extract {

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

} // namespace attache::extract
