// SPDX-License-Identifier: GPL-3.0-or-later
// What the benchmark programs share: medians, and generated projects kept between runs.
#pragma once

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QFile>
#include <QFileInfo>

#include "sample/generator.h"
#include "storage/project.h"

namespace attache::bench {

inline double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

/// The project at `path`, generated with `options` unless an earlier run left one there.
inline QString ensureProject(const QString& path, const generator::Options& options)
{
    // A project left by an earlier run is reused, upgraded to the current schema by opening it once for writing.
    if (QFileInfo::exists(path) && Project::open(path).ok())
        return path;
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    std::fprintf(stderr, "generating %s (%lld events)...\n", qPrintable(path), static_cast<long long>(options.events));
    auto project = Project::create(path);
    if (!project)
        qFatal("%s", qPrintable(project.error()));
    const Status done = generator::generate(**project, options);
    if (!done) {
        project.value().reset();
        QFile::remove(path);
        qFatal("%s", qPrintable(done.error()));
    }
    return path;
}

} // namespace attache::bench
