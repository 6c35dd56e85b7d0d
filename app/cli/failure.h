// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include "cli/cli.h"

namespace attache::cli {

/// A command that could not do its job: the exit status and the one line that says what and why. Thrown by the
/// commands, caught and printed by run().
struct Failed
{
    int code;
    QString message;
};

[[noreturn]] inline void usage(const QString& message)
{
    throw Failed{UsageError, message};
}

[[noreturn]] inline void fail(const QString& message)
{
    throw Failed{Failure, message};
}

} // namespace attache::cli
