// SPDX-License-Identifier: GPL-3.0-or-later
// Storage benchmarks: insert 100k events in one transaction, load 1M events into memory, full-text search over 100k
// statements. Prints medians as key=value lines. Usage: bench_store [--data DIR] [--runs N]
// The generated projects are kept in DIR (default ./bench-data) and reused by later runs.
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include "sample/generator.h"
#include "storage/project.h"
#include "benchsupport.h"

using namespace attache;

namespace {


QString ensureProject(const QString& dir, const QString& name, qint64 events, qint64 statements)
{
    generator::Options options;
    options.events = events;
    options.statements = statements;
    return bench::ensureProject(dir + u'/' + name, options);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder for generated projects."), QStringLiteral("DIR"),
        QStringLiteral("bench-data")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const QString dataDir = QDir(parser.value(QStringLiteral("data"))).absolutePath();
    QDir().mkpath(dataDir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    // 1. Insert 100k events (with participants, full-text indexed) in one transaction.
    {
        std::vector<Event> events;
        events.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            Event e;
            e.title = QStringLiteral("Bilateral meeting number %1 on trade and security").arg(i);
            e.kind = EventKind(i % eventKindCount);
            e.start = FuzzyDate::fromDate(QDate(1996, 1, 1).addDays(i % 10950));
            e.location = QStringLiteral("Geneva");
            e.summary = QStringLiteral("Delegations met to discuss tariffs, energy and border questions.");
            e.participants = {{ActorId(1 + i % 200), ParticipantRole::Host}, {ActorId(1 + (i * 7) % 200), ParticipantRole::Guest}};
            if (e.participants[0].actor == e.participants[1].actor)
                e.participants.removeLast();
            events.push_back(std::move(e));
        }
        std::vector<double> times;
        for (int run = 0; run < runs; ++run) {
            QTemporaryDir dir;
            auto project = Project::create(dir.filePath(QStringLiteral("insert.attache")));
            if (!project)
                qFatal("%s", qPrintable(project.error()));
            const Status actors = project.value()->write([&] {
                for (int a = 0; a < 200; ++a) {
                    Actor actor;
                    actor.name = QStringLiteral("Actor %1").arg(a);
                    project.value()->actors().insert(actor);
                }
            });
            if (!actors)
                qFatal("%s", qPrintable(actors.error()));
            QElapsedTimer timer;
            timer.start();
            const Status written = project.value()->write([&] {
                for (const Event& e : events)
                    project.value()->events().insert(e);
            });
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            if (!written)
                qFatal("%s", qPrintable(written.error()));
        }
        std::printf("insert_100k_ms=%.1f\n", bench::median(times));
        std::fflush(stdout);
    }

    // 2. Load 1M events into memory: open the file and read the event catalog the app shows.
    {
        const QString path = ensureProject(dataDir, QStringLiteral("events-1m.attache"), 1000000, 0);
        std::vector<double> times;
        std::size_t loaded = 0;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            auto project = Project::open(path, Project::Access::ReadOnly);
            if (!project)
                qFatal("%s", qPrintable(project.error()));
            const EventCatalog catalog = project.value()->events().catalog();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
            loaded = catalog.size();
        }
        std::printf("load_1m_events=%zu\nload_1m_ms=%.1f\n", loaded, bench::median(times));
        std::fflush(stdout);
    }

    // 3. Full-text search over 100k statements (plus 10k events and their actors).
    {
        const QString path = ensureProject(dataDir, QStringLiteral("statements-100k.attache"), 10000, 100000);
        auto project = Project::open(path, Project::Access::ReadOnly);
        if (!project)
            qFatal("%s", qPrintable(project.error()));
        const QStringList queries{QStringLiteral("ceasefire"), QStringLiteral("grain exports"),
            QStringLiteral("\"sanctions relief\""), QStringLiteral("nucl insp"), QStringLiteral("Norway")};
        std::vector<double> times;
        qsizetype hits = 0;
        for (int run = 0; run < runs * 4; ++run) {
            for (const QString& query : queries) {
                QElapsedTimer timer;
                timer.start();
                const auto found = project.value()->search(query, 100);
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
                hits += found ? found->size() : 0;
            }
        }
        std::printf("search_100k_queries=%lld\nsearch_100k_ms=%.2f\n", qlonglong(queries.size()), bench::median(times));
        std::fflush(stdout);
    }
    return 0;
}
