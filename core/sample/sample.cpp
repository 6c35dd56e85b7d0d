// SPDX-License-Identifier: GPL-3.0-or-later
#include "sample/sample.h"

#include <QFile>

#include "interop/projectjson.h"
#include "storage/project.h"

// The resource lives in a static library: make sure its initialiser is linked and run.
static void initSampleResource()
{
    Q_INIT_RESOURCE(sample);
}

namespace attache::sample {

QByteArray json()
{
    initSampleResource();
    QFile file(QStringLiteral(":/attache/sample/alaska-summit.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

Result<std::unique_ptr<Project>> create(const QString& path)
{
    auto project = Project::create(path);
    if (!project)
        return Error{project.error()};
    const Status filled = projectjson::read(json(), QStringLiteral("the bundled sample"), **project);
    if (!filled) {
        project.value().reset();
        QFile::remove(path);
        return Error{filled.error()};
    }
    return project;
}

} // namespace attache::sample
