// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSet>

#include "model/ids.h"

namespace attache {

/// The events the analyst has selected, shared by the timeline, the events table and the detail view so that
/// selecting in one selects in all.
class EventSelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventSelection)

public:
    explicit EventSelection(QObject* parent = nullptr);

    const QSet<qint64>& ids() const { return m_ids; }
    /// The event last clicked or stepped to: the one the detail view shows.
    EventId current() const { return m_current; }
    bool contains(EventId id) const { return m_ids.contains(id.value); }
    bool isEmpty() const { return m_ids.isEmpty(); }

    void select(EventId id); // only this one
    void toggle(EventId id); // Ctrl+click
    void add(const QList<EventId>& ids, EventId current); // Shift+click ranges
    void setSelection(const QList<EventId>& ids, EventId current);
    void clear();
    /// Drops ids that no longer exist.
    void retainOnly(const std::function<bool(EventId)>& exists);

Q_SIGNALS:
    void changed();

private:
    QSet<qint64> m_ids;
    EventId m_current;
};

} // namespace attache
