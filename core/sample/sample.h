// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QString>

#include "util/result.h"

namespace attache {

class Project;

/// The bundled sample timeline: the Alaska summit of August 2025 and what followed it.
namespace sample {

/// The sample as project JSON (compiled into the program).
QByteArray json();
/// Creates a project file at `path` holding the sample. On failure no file is left behind.
Result<std::unique_ptr<Project>> create(const QString& path);

} // namespace sample
} // namespace attache
