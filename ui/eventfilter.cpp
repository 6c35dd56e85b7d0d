// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilter.h"

#include <algorithm>

#include <QCoreApplication>
#include <QDateTime>

#include "eventtablemodel.h"
#include "timeline/timelineindex.h"

namespace attache {
namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("attache::EventFilter", text);
}
} // namespace

bool EventFilter::isActive() const
{
    return !actors.isEmpty() || !kinds.isEmpty() || !statuses.isEmpty() || !tags.isEmpty() || fromMs || toMs
        || !text.trimmed().isEmpty();
}

QString EventFilter::description(const std::function<QString(qint64)>& actorName) const
{
    QStringList parts;
    if (!actors.isEmpty()) {
        QStringList names;
        for (const qint64 id : actors)
            names.append(actorName ? actorName(id) : QString::number(id));
        names.sort(Qt::CaseInsensitive);
        parts.append(tr("actors: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!kinds.isEmpty()) {
        QList<EventKind> sorted(kinds.begin(), kinds.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList names;
        for (const EventKind k : sorted)
            names.append(EventTableModel::kindLabel(k).toLower());
        parts.append(tr("kind: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!statuses.isEmpty()) {
        QList<EventStatus> sorted(statuses.begin(), statuses.end());
        std::sort(sorted.begin(), sorted.end());
        QStringList names;
        for (const EventStatus s : sorted)
            names.append(EventTableModel::statusLabel(s).toLower());
        parts.append(tr("status: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!tags.isEmpty()) {
        QStringList names(tags.begin(), tags.end());
        names.sort(Qt::CaseInsensitive);
        parts.append(tr("tags: %1").arg(names.join(QStringLiteral(", "))));
    }
    const auto day = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(QStringLiteral("d MMM yyyy"));
    };
    if (fromMs && toMs)
        parts.append(tr("from %1 to %2").arg(day(*fromMs), day(*toMs)));
    else if (fromMs)
        parts.append(tr("from %1").arg(day(*fromMs)));
    else if (toMs)
        parts.append(tr("until %1").arg(day(*toMs)));
    if (!text.trimmed().isEmpty())
        parts.append(tr("text: “%1”").arg(text.trimmed()));
    return parts.join(QStringLiteral(" · "));
}

bool EventFilter::accepts(const TimelineIndex& index, std::size_t i) const
{
    if (!kinds.isEmpty() && !kinds.contains(index.kind(i)))
        return false;
    if (!statuses.isEmpty() && !statuses.contains(index.status(i)))
        return false;
    if (fromMs && index.end(i) < *fromMs)
        return false;
    if (toMs && index.start(i) > *toMs)
        return false;
    if (!actors.isEmpty()) {
        const auto taking = index.actorsOf(i);
        if (std::none_of(taking.begin(), taking.end(), [this](qint64 actor) { return actors.contains(actor); }))
            return false;
    }
    if (!tags.isEmpty()) {
        const QStringList eventTags = index.tagsOf(i);
        if (std::none_of(eventTags.begin(), eventTags.end(), [this](const QString& tag) { return tags.contains(tag); }))
            return false;
    }
    if (!text.trimmed().isEmpty())
        return textMatches && textMatches->contains(index.id(i));
    return true;
}

std::vector<quint8> EventFilter::mask(const TimelineIndex& index) const
{
    std::vector<quint8> shown(index.size(), 1);
    for (std::size_t i = 0; i < index.size(); ++i)
        shown[i] = accepts(index, i) ? 1 : 0;
    return shown;
}

} // namespace attache
