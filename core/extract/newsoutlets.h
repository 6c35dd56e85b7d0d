// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attache::extract {

/// The name of a major news outlet from its web address's host ("www.bbc.co.uk" -> "BBC News"), for pages that do
/// not name their site; empty for hosts the table does not know.
QString outletForHost(const QString& host);

} // namespace attache::extract
