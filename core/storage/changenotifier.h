// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "storage/changes.h"

namespace attache {

/// Tells views what a committed transaction changed. Emitted once per outermost commit, never for a rollback; for a
/// team project also for what the other analysts commit.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject* parent = nullptr);

Q_SIGNALS:
    void changed(const attache::ChangeSet& changes);
    /// A team project's connection to its server was lost (`reason` says how); it is tried again every few seconds
    /// and at the next change, and what is on screen stays.
    void connectionLost(const QString& reason);
    /// The connection is up again (what others changed meanwhile comes as a reset).
    void connectionRestored();
};

} // namespace attache
