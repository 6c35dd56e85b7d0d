// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace attache::extract {

/// A word as it sounds rather than as one outlet transliterates it: no accents or case, doubled letters single, the
/// usual variants of romanisation made one (Zelenskyy / Zelensky / Zelenskiy, Gaddafi / Qaddafi / Kadhafi, Kirill /
/// Kiril).
QString spellingKey(QStringView word);

/// True when two personal names are one person spelled two ways: the same family name by its spelling key, and given
/// names that agree the same way (or as an initial). Names without a given name never match here: a surname alone
/// is no second sign.
bool sameSpelledPerson(const QString& a, const QString& b);

} // namespace attache::extract
