// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/changenotifier.h"

#include <algorithm>

namespace attache {

bool ChangeSet::touches(Entity entity) const
{
    return reset || std::any_of(changes.begin(), changes.end(), [entity](const Change& c) { return c.entity == entity; });
}

ChangeNotifier::ChangeNotifier(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<attache::ChangeSet>();
}

} // namespace attache
