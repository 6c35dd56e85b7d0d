// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/exportsupport.h"

#include "storage/project.h"

namespace attache::interop {

QHash<qint64, QString> actorNames(const Project& project)
{
    QHash<qint64, QString> names;
    for (const Actor& actor : project.actors().all())
        names.insert(actor.id.value, actor.name);
    return names;
}

QStringList actingNames(const Event& event, const QHash<qint64, QString>& names)
{
    QStringList acting;
    for (const Participant& p : event.participants) {
        if (p.role != ParticipantRole::Mentioned)
            acting.append(names.value(p.actor.value));
    }
    return acting;
}

} // namespace attache::interop
