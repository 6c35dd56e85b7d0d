// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "util/result.h"

namespace attache::interop {

/// Malformed input found by a reader: where (1-based line, and column where it applies; 0 when it does not) and why.
/// Thrown while a reader checks its input, before anything is written, and turned into an Error by located().
struct InputError
{
    qsizetype line = 0;
    qsizetype column = 0;
    QString reason;
};

/// The user-facing message: "events.csv: line 4, column 2: ...".
inline Error located(const QString& origin, const InputError& error)
{
    QString where = origin;
    if (error.line > 0)
        where += QStringLiteral(": line %1").arg(error.line);
    if (error.line > 0 && error.column > 0)
        where += QStringLiteral(", column %1").arg(error.column);
    return Error {where + QStringLiteral(": ") + error.reason};
}

} // namespace attache::interop
