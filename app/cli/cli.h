// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QTextStream;

namespace attache::cli {

/// Exit statuses of the command line contract.
enum ExitCode : int { Success = 0, Failure = 1, UsageError = 2 };

/// True when `arguments` (without the program name) ask for a headless command rather than the GUI.
bool isCommand(const QStringList& arguments);

/// Runs one headless command; `arguments` excludes the program name. Output goes to `out`, messages to `err`.
int run(const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace attache::cli
