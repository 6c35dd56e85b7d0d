// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace attache::interop {

/// `data` as UTF-8 text, without a leading byte order mark. Throws InputError with the line of the first byte that
/// is not UTF-8; `firstLine` is the line number `data` starts at in its file.
QString decodeUtf8(QByteArrayView data, qsizetype firstLine = 1);

} // namespace attache::interop
