// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace attache {

/// The items of a comma-separated field ("Zelensky, Zelenskiy"), trimmed, empty ones dropped.
inline QStringList splitCommaList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(u',')) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            items.append(trimmed);
    }
    return items;
}

} // namespace attache
