// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCommandLineParser;
class QTextStream;

namespace attache::cli {

/// `attache extract FILE [--published D] [--project P]`: the extraction of one article as JSON.
int cmdExtract(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err);
/// `attache import P FILE... [--published D] [--accept-all] [--force]`: one transaction per article.
int cmdImport(QCommandLineParser& parser, const QStringList& arguments, QTextStream& out, QTextStream& err);

} // namespace attache::cli
