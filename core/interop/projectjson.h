// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

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

} // namespace projectjson
} // namespace attache
