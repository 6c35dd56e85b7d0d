// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

namespace attache {

enum class Entity : quint8 { Actor, Event, Statement, Source, Annotation };
enum class ChangeKind : quint8 { Added, Updated, Removed };

/// One row of the project that a committed transaction added, updated or removed.
struct Change
{
    Entity entity;
    ChangeKind kind;
    qint64 id;
    friend bool operator==(const Change&, const Change&) = default;
};

/// Everything one transaction changed, in the order it happened.
struct ChangeSet
{
    QList<Change> changes;
    /// Set when so much changed (a bulk import, a generated project) that views should reload everything.
    bool reset = false;

    bool isEmpty() const { return changes.isEmpty() && !reset; }
    bool touches(Entity entity) const;
};

} // namespace attache

Q_DECLARE_METATYPE(attache::ChangeSet)
