// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include "storage/changes.h"

namespace attache {

/// Tells views what a committed transaction changed. Emitted once per outermost commit, never for a rollback.
class ChangeNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChangeNotifier)

public:
    explicit ChangeNotifier(QObject* parent = nullptr);

Q_SIGNALS:
    void changed(const attache::ChangeSet& changes);
};

} // namespace attache
