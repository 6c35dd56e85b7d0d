// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QTemporaryDir>
#include <QTest>

#include "storage/project.h"
#include "testserver.h"

namespace attache::test {

/// A new, empty project in its own temporary folder, gone when the test ends; in a new database of the throwaway
/// PostgreSQL cluster when the suite runs on the server (see testserver.h).
struct TempProject
{
    QTemporaryDir dir;
    QString path = onServer() ? freshDatabase() : dir.filePath(QStringLiteral("test.attache"));
    std::unique_ptr<Project> project;

    TempProject()
    {
        auto created = Project::create(path);
        if (!created)
            qFatal("cannot create a test project: %s", qPrintable(created.error()));
        project = std::move(created.value());
    }
    Project* operator->() { return project.get(); }
    Project& operator*() { return *project; }
};

/// Runs `body` in a transaction and fails the test if it does not commit.
#define ATTACHE_WRITE(project, ...)                                                                                    \
    do {                                                                                                               \
        const auto written_ = (project).write([&] { __VA_ARGS__; });                                                          \
        QVERIFY2(written_.ok(), written_.ok() ? "" : qPrintable(written_.error()));                                   \
    } while (false)

inline FuzzyDate date(const char* text)
{
    auto parsed = FuzzyDate::parse(QString::fromLatin1(text));
    if (!parsed)
        qFatal("bad test date %s", text);
    return parsed.value();
}

} // namespace attache::test
