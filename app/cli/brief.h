// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace attache::cli {

/// True when the command line asks for a command that draws (fonts, PDF) and so needs a QGuiApplication, though
/// no display: `attache brief`.
bool needsGui(const QStringList& arguments);

/// The options of `attache brief`.
void briefOptions(QCommandLineParser& parser);

/// `attache brief P (--event ID [--days N] | --actor NAME [--from D] [--to D] | --from D --to D) -o OUT` writes a
/// briefing sheet as PDF, HTML or ODT (by OUT's extension). Messages follow the command line contract: one line
/// "attache: ..." on `err`, exit status 1 when the brief cannot be made, 2 for a usage error.
int brief(QCommandLineParser& parser, const QStringList& positional, QTextStream& out, QTextStream& err);

} // namespace attache::cli
