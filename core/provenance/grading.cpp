// SPDX-License-Identifier: GPL-3.0-or-later
#include "provenance/grading.h"

#include <algorithm>

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include "provenance/independence.h"
#include "storage/project.h"

namespace attache::grading {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("attache::grading", text);
}

/// "A", "A and B", "A, B and C".
QString joinNames(const QStringList& names)
{
    if (names.size() <= 1)
        return names.value(0);
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) + tr(" and ") + names.last();
}

} // namespace

QString Corroboration::countText() const
{
    if (independent == 1)
        return outlets.size() == 1 ? tr("1 outlet") : tr("1 independent outlet");
    return tr("%1 independent outlets").arg(independent);
}

QString Corroboration::foldedText() const
{
    QStringList parts;
    for (const FoldedOutlets& f : folded) {
        if (f.agency.isEmpty())
            parts.append(tr("%1 ran near-identical text").arg(joinNames(f.outlets)));
        else
            parts.append(tr("%1 ran one %2 story").arg(joinNames(f.outlets), f.agency));
    }
    return parts.join(QStringLiteral("; "));
}

QString Corroboration::text() const
{
    const QString f = foldedText();
    return f.isEmpty() ? countText() : countText() + QStringLiteral(" (") + f + u')';
}

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
    QList<Source> sources;
    for (const qint64 id : std::as_const(sourceIds)) {
        const auto source = project.sources().find(SourceId(id));
        if (!source)
            continue;
        sources.append(*source);
        const QString outlet = (source->outlet.isEmpty() ? source->title : source->outlet).trimmed();
        if (!seen.contains(outlet.toCaseFolded())) {
            seen.insert(outlet.toCaseFolded());
            c.outlets.append(outlet);
        }
    }
    c.sources = int(sources.size());
    const QList<independence::Report> reports = independence::reports(sources);
    c.independent = int(reports.size());
    for (const independence::Report& r : reports) {
        if (r.outlets.size() >= 2)
            c.folded.append(FoldedOutlets{r.outlets, r.agency});
    }
    return c;
}

QList<SourceId> evidenceSources(const Project& project, EventId event)
{
    QSet<SourceId> found;
    for (const Annotation& a : project.annotations().forTarget(TargetType::Event, event.value))
        found.insert(a.source);
    for (const Statement& st : project.statements().forEvent(event)) {
        const QList<Annotation> evidence = project.annotations().forTarget(TargetType::Statement, st.id.value);
        for (const Annotation& a : evidence)
            found.insert(a.source);
        if (evidence.isEmpty() && st.source.isValid())
            found.insert(st.source); // quoted from it, not marked
    }
    QList<SourceId> sources(found.cbegin(), found.cend());
    std::sort(sources.begin(), sources.end());
    return sources;
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
