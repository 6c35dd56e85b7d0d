// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventselection.h"

namespace attache {

EventSelection::EventSelection(QObject* parent)
    : QObject(parent)
{
}

void EventSelection::select(EventId id)
{
    if (m_ids.size() == 1 && m_ids.contains(id.value) && m_current == id)
        return;
    m_ids.clear();
    if (id.isValid())
        m_ids.insert(id.value);
    m_current = id;
    Q_EMIT changed();
}

void EventSelection::toggle(EventId id)
{
    if (!id.isValid())
        return;
    if (m_ids.remove(id.value)) {
        if (m_current == id)
            m_current = m_ids.isEmpty() ? EventId() : EventId(*m_ids.cbegin());
    } else {
        m_ids.insert(id.value);
        m_current = id;
    }
    Q_EMIT changed();
}

void EventSelection::add(const QList<EventId>& ids, EventId current)
{
    for (const EventId id : ids)
        m_ids.insert(id.value);
    m_current = current;
    Q_EMIT changed();
}

void EventSelection::setSelection(const QList<EventId>& ids, EventId current)
{
    QSet<qint64> next;
    for (const EventId id : ids)
        next.insert(id.value);
    if (next == m_ids && current == m_current)
        return;
    m_ids = std::move(next);
    m_current = current;
    Q_EMIT changed();
}

void EventSelection::clear()
{
    if (m_ids.isEmpty() && !m_current.isValid())
        return;
    m_ids.clear();
    m_current = {};
    Q_EMIT changed();
}

void EventSelection::retainOnly(const std::function<bool(EventId)>& exists)
{
    const qsizetype before = m_ids.size();
    m_ids.removeIf([&exists](qint64 id) { return !exists(EventId(id)); });
    const bool currentGone = m_current.isValid() && !exists(m_current);
    if (currentGone)
        m_current = {};
    if (before != m_ids.size() || currentGone)
        Q_EMIT changed();
}

} // namespace attache
