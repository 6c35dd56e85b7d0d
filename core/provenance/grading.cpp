// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance/grading.h"

#include <QHash>
#include <QSet>

#include "storage/project.h"

namespace attache::grading {

Corroboration corroboration(const Project& project, EventId event, SourceId alsoFrom)
{
    QList<qint64> sourceIds;
    for (const Annotation& a : project.annotations().forTarget(TargetType::Event, event.value)) {
        if (!sourceIds.contains(a.source.value))
            sourceIds.append(a.source.value);
    }
    if (alsoFrom.isValid() && !sourceIds.contains(alsoFrom.value))
        sourceIds.append(alsoFrom.value);
    Corroboration c;
    QSet<QString> seen;
    for (const qint64 id : std::as_const(sourceIds)) {
        const auto source = project.sources().find(SourceId(id));
        if (!source)
            continue;
        ++c.sources;
        const QString outlet = (source->outlet.isEmpty() ? source->title : source->outlet).trimmed();
        if (!seen.contains(outlet.toCaseFolded())) {
            seen.insert(outlet.toCaseFolded());
            c.outlets.append(outlet);
        }
    }
    return c;
}

QStringList badges(const Project& project, TargetType type, qint64 id)
{
    return badges(project, project.annotations().forTarget(type, id));
}

QStringList badges(const Project& project, const QList<Annotation>& evidence)
{
    QHash<qint64, QString> letters; // source id -> reliability letter
    QStringList found;
    for (const Annotation& a : evidence) {
        if (!letters.contains(a.source.value)) {
            const auto source = project.sources().find(a.source);
            letters.insert(a.source.value, source ? toText(source->reliability) : QString());
        }
        const QString badge = gradeBadge(letters.value(a.source.value), a.credibility);
        if (!found.contains(badge))
            found.append(badge);
    }
    return found;
}

} // namespace attache::grading
