// SPDX-License-Identifier: GPL-3.0-or-later
// bench_team: several analysts editing one team project at once, on a throwaway PostgreSQL cluster of its own.
//
//   bench_team [CLIENTS [EDITS]]      default 8 clients × 500 edits
//
// Each client is a process of its own with its own connection; all start editing once all are connected (a client
// hears only what is committed after it listens). Edit k of client c is one transaction: an even k
// adds the event "c<c>-<k>", an odd k renames the event of edit k-1 to "c<c>-<k-1> edited". Every client keeps
// its own copy of the events' titles up to date from the change notifications alone (as the views do), and at the
// end the copies and the server are compared. Reported: edits lost or duplicated (both must be 0), clients that
// converged to the server's state, and the medians and 95th percentiles of the commit latency and of the delay
// from one client's commit to another's notification.
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <map>

#include "storage/changenotifier.h"
#include "storage/project.h"

using namespace attache;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

QByteArray digest(const std::map<qint64, QString>& titles)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const auto& [id, title] : titles) {
        const QByteArray line = QByteArray::number(id) + '\t' + title.toUtf8() + '\n';
        hash.addData(line);
    }
    return hash.result().toHex();
}

std::map<qint64, QString> titlesOf(const Project& project)
{
    std::map<qint64, QString> titles;
    for (const Event& e : project.events().list())
        titles[e.id.value] = e.title;
    return titles;
}

[[noreturn]] void die(const QString& message)
{
    std::fprintf(stderr, "bench_team: %s\n", qPrintable(message));
    std::exit(1);
}

/// One analyst: edits, follows the notifications, and prints its figures as one JSON line when told to stop.
int runClient(const QString& url, int client, int edits, const QString& goFile, const QString& stopFile)
{
    auto opened = Project::open(url);
    if (!opened)
        die(opened.error());
    Project& project = **opened;
    std::map<qint64, QString> view = titlesOf(project);
    std::vector<double> delays;
    QObject::connect(project.notifier(), &ChangeNotifier::changed, [&](const ChangeSet& set) {
        if (set.reset) {
            view = titlesOf(project);
            return;
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const Change& change : set.changes) {
            if (change.entity != Entity::Event)
                continue;
            if (change.kind == ChangeKind::Removed) {
                view.erase(change.id);
                continue;
            }
            const auto event = project.events().find(EventId(change.id));
            if (!event)
                continue;
            view[change.id] = event->title;
            // The writer put its commit time in the summary: "<client> <ms since the epoch>".
            const QStringList parts = event->summary.split(u' ');
            if (parts.size() == 2 && parts[0].toInt() != client)
                delays.push_back(double(now - parts[1].toLongLong()));
        }
    });

    // A client hears only what is committed after it listens: all start editing once all are connected.
    std::printf("ready\n");
    std::fflush(stdout);
    while (!QFile::exists(goFile)) {
        QCoreApplication::processEvents();
        QThread::msleep(5);
    }

    std::vector<double> latencies;
    QElapsedTimer clock;
    EventId last;
    for (int k = 0; k < edits; ++k) {
        clock.start();
        const Status written = project.write([&] {
            const QString stamp = QStringLiteral("%1 %2").arg(client).arg(QDateTime::currentMSecsSinceEpoch());
            if (k % 2 == 0) {
                Event e;
                e.title = QStringLiteral("c%1-%2").arg(client).arg(k);
                e.kind = EventKind::Meeting;
                e.start = FuzzyDate::parse(QStringLiteral("2031-01-%1").arg(1 + k % 28, 2, 10, QLatin1Char('0'))).value();
                e.summary = stamp;
                last = project.events().insert(e);
            } else {
                Event e = *project.events().find(last);
                e.title += QStringLiteral(" edited");
                e.summary = stamp;
                project.events().update(e);
            }
        });
        latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
        if (!written)
            die(QStringLiteral("client %1, edit %2: %3").arg(client).arg(k).arg(written.error()));
        QCoreApplication::processEvents();
    }
    std::printf("edited\n");
    std::fflush(stdout);

    // Follow the others until the parent says all are done, then a moment more for the last notifications.
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (QFile::exists(stopFile)) {
            poll.stop();
            QTimer::singleShot(1500, qApp, &QCoreApplication::quit);
        }
    });
    poll.start(50);
    QCoreApplication::exec();
    QJsonArray latencyArray;
    for (const double v : latencies)
        latencyArray.append(v);
    QJsonArray delayArray;
    for (const double v : delays)
        delayArray.append(v);
    const QJsonObject result{{QStringLiteral("client"), client}, {QStringLiteral("latencies"), latencyArray},
        {QStringLiteral("delays"), delayArray}, {QStringLiteral("digest"), QString::fromLatin1(digest(view))},
        {QStringLiteral("events"), qint64(view.size())}};
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}

QString runScript(const QString& action, const QString& state)
{
    QProcess script;
    script.start(QStringLiteral(ATTACHE_PGCLUSTER), {action, state});
    if (!script.waitForFinished(120000) || script.exitCode() != 0)
        die(QStringLiteral("pgcluster.sh %1 failed: %2").arg(action, QString::fromUtf8(script.readAllStandardError())));
    return QString::fromUtf8(script.readAllStandardOutput());
}

int runBenchmark(int clients, int edits)
{
    QTemporaryDir state;
    runScript(QStringLiteral("start"), state.path());
    QFile socketFile(state.filePath(QStringLiteral("socket")));
    if (!socketFile.open(QIODevice::ReadOnly))
        die(QStringLiteral("the PostgreSQL server binaries are missing (install postgresql-15)"));
    const QString socket = QString::fromUtf8(socketFile.readAll()).trimmed();
    const auto at = [&socket](const QString& db) { return QStringLiteral("postgresql://attache@/%1?host=%2").arg(db, socket); };
    {
        QProcess psql;
        psql.start(QStringLiteral("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), at(QStringLiteral("postgres")),
                                               QStringLiteral("-c"), QStringLiteral("CREATE DATABASE bench_team")});
        if (!psql.waitForFinished(60000) || psql.exitCode() != 0)
            die(QStringLiteral("cannot create the database: ") + QString::fromUtf8(psql.readAllStandardError()));
    }
    const QString url = at(QStringLiteral("bench_team"));
    {
        auto created = Project::create(url);
        if (!created)
            die(created.error());
    }

    const QString goFile = state.filePath(QStringLiteral("go"));
    const QString stopFile = state.filePath(QStringLiteral("stop"));
    std::vector<std::unique_ptr<QProcess>> processes;
    QElapsedTimer wall;
    wall.start();
    for (int c = 0; c < clients; ++c) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("--client"), url, QString::number(c), QString::number(edits), goFile, stopFile});
        processes.push_back(std::move(process));
    }
    const auto waitForLine = [](QProcess& process) {
        while (!process.canReadLine()) {
            if (!process.waitForReadyRead(600000))
                die(QStringLiteral("a client stopped early"));
        }
        process.readLine();
    };
    for (auto& process : processes)
        waitForLine(*process);
    wall.restart();
    QFile(goFile).open(QIODevice::WriteOnly);
    for (auto& process : processes)
        waitForLine(*process);
    const double editingSeconds = double(wall.elapsed()) / 1000;
    QFile(stopFile).open(QIODevice::WriteOnly);

    std::vector<double> latencies;
    std::vector<double> delays;
    QStringList digests;
    for (auto& process : processes) {
        if (!process->waitForFinished(120000) || process->exitCode() != 0)
            die(QStringLiteral("a client failed"));
        const QJsonObject result = QJsonDocument::fromJson(process->readAllStandardOutput().trimmed()).object();
        for (const QJsonValue v : result.value(QStringLiteral("latencies")).toArray())
            latencies.push_back(v.toDouble());
        for (const QJsonValue v : result.value(QStringLiteral("delays")).toArray())
            delays.push_back(v.toDouble());
        digests.append(result.value(QStringLiteral("digest")).toString());
    }

    auto opened = Project::open(url);
    if (!opened)
        die(opened.error());
    const std::map<qint64, QString> truth = titlesOf(**opened);
    std::map<QString, int> seen;
    for (const auto& [id, title] : truth)
        ++seen[title];
    int lost = 0;
    int duplicated = 0;
    for (int c = 0; c < clients; ++c) {
        for (int k = 0; k < edits; k += 2) {
            const bool renamed = k + 1 < edits;
            const QString expected = QStringLiteral("c%1-%2").arg(c).arg(k) + (renamed ? QStringLiteral(" edited") : QString());
            const auto found = seen.find(expected);
            if (found == seen.end())
                ++lost;
            else if (found->second > 1)
                duplicated += found->second - 1;
        }
    }
    const qint64 expectedEvents = qint64(clients) * ((edits + 1) / 2);
    // Events that are none of the expected ones (a retried insert, say) count as duplicates too.
    duplicated += int(qint64(truth.size()) - (expectedEvents - lost) - duplicated);
    const QString truthDigest = QString::fromLatin1(digest(truth));
    const auto converged = std::count(digests.cbegin(), digests.cend(), truthDigest);
    std::printf("clients: %d, edits each: %d, events on the server: %zu (expected %lld)\n", clients, edits, truth.size(),
        static_cast<long long>(expectedEvents));
    std::printf("lost_edits: %d\nduplicated_edits: %d\nconverged_clients: %lld of %d\n", lost, duplicated,
        static_cast<long long>(converged), clients);
    std::printf("editing_s: %.1f (%.0f commits a second in all)\n", editingSeconds,
        double(latencies.size()) / editingSeconds);
    std::printf("commit_ms: p50 %.2f, p95 %.2f (%zu commits)\n", percentile(latencies, 0.5), percentile(latencies, 0.95),
        latencies.size());
    std::printf("notify_ms: p50 %.1f, p95 %.1f (%zu notifications to other clients)\n", percentile(delays, 0.5),
        percentile(delays, 0.95), delays.size());
    opened.value().reset();
    runScript(QStringLiteral("stop"), state.path());
    return lost == 0 && duplicated == 0 && converged == clients && qint64(truth.size()) == expectedEvents ? 0 : 1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 7 && args[1] == QLatin1String("--client"))
        return runClient(args[2], args[3].toInt(), args[4].toInt(), args[5], args[6]);
    const int clients = args.size() > 1 ? args[1].toInt() : 8;
    const int edits = args.size() > 2 ? args[2].toInt() : 500;
    if (clients < 1 || edits < 1)
        die(QStringLiteral("usage: bench_team [CLIENTS [EDITS]]"));
    return runBenchmark(clients, edits);
}
