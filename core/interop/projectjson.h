// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include "interop/formats.h"
#include "util/result.h"

namespace attache {

class Project;

/// The project JSON format: every actor, event, statement, source and annotation with its id, so that
/// export -> import gives the same project. The sample timeline ships in this format.
namespace projectjson {

inline constexpr int formatVersion = 1;

/// The whole project as indented UTF-8 JSON.
QByteArray write(const Project& project);

/// Adds everything in `json` to an empty project in one transaction, keeping ids. `origin` names the input in
/// messages. On error nothing is written and the message says where (e.g. `events[2].start`) and why.
Status read(const QByteArray& json, const QString& origin, Project& project);

/// Adds everything in `json` to a project that may already hold data, in one transaction: each actor is matched to
/// the project's actor of the same name or alias (which gains the aliases and details it lacked) or added, a source
/// whose text the project already holds is not added again, and everything else is added with new ids, every
/// reference (participants, speakers, parents, affiliations, annotation targets) mapped to them. On error nothing is
/// written.
Result<interop::ImportSummary> merge(const QByteArray& json, const QString& origin, Project& project);

/// Copies everything in `from` into the empty project `to` in one transaction, keeping ids (a file pushed to a team
/// project on a server, or pulled back into a file), and checks the copy: both give the same project JSON.
Status copy(const Project& from, Project& to);

/// Checks `json` as read() and merge() do before they write: the error they would give, or Done.
Status check(const QByteArray& json, const QString& origin);
/// Parses JSON, saying where (line and column) it is malformed: "origin: not valid JSON at line 3, column 7 (...)".
Result<QJsonDocument> parse(const QByteArray& json, const QString& origin);

} // namespace projectjson
} // namespace attache
