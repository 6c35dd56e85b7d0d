// SPDX-License-Identifier: GPL-3.0-or-later
// Kills the importer (`attache import P FILE... --accept-all`, SIGKILL) at random moments while it imports a dozen
// articles, a hundred times, each time into a fresh copy of the same project, and checks what is left:
//   - the file passes SQLite's integrity check and opens;
//   - it holds exactly what the first m imports make, for some m (an article is there whole or not at all): its
//     counts of actors, events, statements, sources and annotations, and its full-text hits, equal those of an
//     uninterrupted import stopped after m articles;
//   - m is at least the number of articles the importer reported imported before it was killed.
// The articles are made up here from templates. Prints one line:
//   trials=100 intact=… whole=… reported_kept=… killed_mid_run=… median_articles=… (failures listed above it)
// Usage: bench_importcrash [--trials N] [--seed S] [--keep DIR]
#include <algorithm>
#include <cstdio>
#include <random>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include "storage/project.h"
#include "benchsupport.h"

using namespace attache;

namespace {

struct Country
{
    const char* state;
    const char* adjective;
    const char* capital;
    const char* minister;
    const char* leader;
};

const Country countries[] = {
    {"Norland", "Norlandic", "Velholm", "Anja Rask", "Tomas Vere"},
    {"Carovia", "Carovian", "Sestrin", "Ilan Dorov", "Marta Kell"},
    {"Belmar", "Belmari", "Port Aubin", "Samir Haddou", "Lucia Brenn"},
    {"Ostrava Union", "Ostravan", "Dunmere", "Petra Szell", "Oren Vasko"},
    {"Kestland", "Kestish", "Arnhal", "Jonas Ebbe", "Ruth Amsel"},
    {"Tavira", "Taviran", "Lisro", "Nuno Salgado", "Ines Carvo"},
};
const char* weekdays[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"};
const char* topics[] = {"the border crossings", "grain exports", "a prisoner exchange", "fishing rights", "a gas pipeline",
    "the ceasefire line"};

/// A made-up news article of some eight paragraphs: a meeting, quotes from both sides, a call, a planned summit.
QByteArray article(int k)
{
    const Country& a = countries[k % 6];
    const Country& b = countries[(k + 1 + k / 6) % 6];
    const char* day = weekdays[k % 5];
    const char* topic = topics[(k * 5) % 6];
    const QString text = QStringLiteral(
        "%1 and %2 agree to new talks on %3\n\n"
        "Published 2026-03-%4\n\n"
        "%5 foreign minister %6 met her %7 counterpart %8 in %9 on %10 to discuss %3, officials said.\n\n"
        "\"We have made real progress, but much remains to be done,\" %6 told reporters after the meeting.\n\n"
        "%8 said the two sides would meet again next month. \"Our door remains open,\" he said.\n\n"
        "President %11 spoke by phone with %12 on Sunday, according to a statement from his office.\n\n"
        "The leaders are expected to hold a summit in %13 in April, diplomats said.\n\n"
        "The talks on %3 collapsed last year after a dispute over inspections.\n\n"
        "\"Nobody wants a return to that,\" said %14, a spokesperson for the %7 government.\n")
        .arg(QString::fromUtf8(a.state), QString::fromUtf8(b.state), QString::fromUtf8(topic))
        .arg(10 + k, 2, 10, QLatin1Char('0'))
        .arg(QString::fromUtf8(a.adjective), QString::fromUtf8(a.minister), QString::fromUtf8(b.adjective),
            QString::fromUtf8(b.minister), QString::fromUtf8(a.capital), QString::fromUtf8(day),
            QString::fromUtf8(a.leader), QString::fromUtf8(b.leader), QString::fromUtf8(b.capital))
        .arg(QStringLiteral("Vera Lind %1").arg(QChar(u'A' + k)));
    return text.toUtf8();
}

/// What a project holds, in numbers: the state that must match one of the uninterrupted prefixes.
struct Counts
{
    qint64 actors = 0, events = 0, statements = 0, sources = 0, annotations = 0, hits = 0;
    friend bool operator==(const Counts&, const Counts&) = default;
    QString text() const
    {
        return QStringLiteral("%1 actors, %2 events, %3 statements, %4 sources, %5 annotations, %6 hits")
            .arg(actors).arg(events).arg(statements).arg(sources).arg(annotations).arg(hits);
    }
};

std::optional<Counts> countsOf(const QString& path, QString* problem)
{
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project) {
        *problem = project.error();
        return std::nullopt;
    }
    const QString check = project.value()->integrityCheck();
    if (check != QStringLiteral("ok")) {
        *problem = QStringLiteral("integrity check: %1").arg(check);
        return std::nullopt;
    }
    const ProjectStats stats = project.value()->stats();
    Counts c{stats.actors, stats.events, stats.statements, stats.sources, stats.annotations, 0};
    // The full-text index must be in step with the rows: every source is found by a word all articles share.
    const auto hits = project.value()->search(QStringLiteral("officials"), 100000);
    c.hits = hits ? hits->size() : -1;
    return c;
}

bool copyProject(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(to + QLatin1String(suffix));
    return QFile::copy(from, to);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("trials"), QStringLiteral("Kills."), QStringLiteral("N"), QStringLiteral("100")});
    parser.addOption({QStringLiteral("seed"), QStringLiteral("Random seed."), QStringLiteral("S"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the files in this folder."), QStringLiteral("DIR")});
    parser.addHelpOption();
    parser.process(app);
    const int trials = std::max(1, parser.value(QStringLiteral("trials")).toInt());
    std::mt19937 random(parser.value(QStringLiteral("seed")).toUInt());

    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep")) : temporary.path();
    QDir().mkpath(dir);
    constexpr int articles = 12;
    QStringList files;
    for (int k = 0; k < articles; ++k) {
        QFile file(QStringLiteral("%1/article-%2.txt").arg(dir).arg(k, 2, 10, QLatin1Char('0')));
        if (!file.open(QIODevice::WriteOnly) || file.write(article(k)) < 0)
            qFatal("cannot write %s", qPrintable(file.fileName()));
        files.append(file.fileName());
    }
    const QString base = dir + QStringLiteral("/base.attache");
    for (const char* suffix : {"", "-wal", "-shm"})
        QFile::remove(base + QLatin1String(suffix));
    if (!Project::create(base))
        qFatal("cannot create %s", qPrintable(base));
    const QString cli = QStringLiteral(ATTACHE_CLI_PATH);
    const auto importArgs = [](const QString& project, const QStringList& paths) {
        return QStringList{QStringLiteral("import"), project} + paths
            + QStringList{QStringLiteral("--accept-all"), QStringLiteral("--published"), QStringLiteral("2026-03-20")};
    };

    // The uninterrupted prefixes: the counts after each article, imported one call at a time.
    const QString reference = dir + QStringLiteral("/reference.attache");
    copyProject(base, reference);
    QString problem;
    std::vector<Counts> prefixes{*countsOf(reference, &problem)};
    for (const QString& file : files) {
        QProcess run;
        run.start(cli, importArgs(reference, {file}));
        if (!run.waitForFinished(60000) || run.exitCode() != 0)
            qFatal("the uninterrupted import of %s failed: %s", qPrintable(file), run.readAllStandardError().constData());
        const auto counts = countsOf(reference, &problem);
        if (!counts)
            qFatal("%s", qPrintable(problem));
        prefixes.push_back(*counts);
    }
    // When the imports happen in a whole run (after the program's start): kills are spread over that span, from a
    // little before the first commit to the end.
    qint64 firstMs = -1, endMs = 0;
    {
        const QString timing = dir + QStringLiteral("/timing.attache");
        copyProject(base, timing);
        QElapsedTimer clock;
        clock.start();
        QProcess run;
        run.start(cli, importArgs(timing, files));
        while (run.state() != QProcess::NotRunning || run.bytesAvailable() > 0) {
            run.waitForReadyRead(5);
            if (firstMs < 0 && run.canReadLine())
                firstMs = clock.elapsed();
            run.readAll();
        }
        endMs = clock.elapsed();
    }
    const qint64 perArticle = std::max<qint64>(1, (endMs - firstMs) / articles);
    const qint64 from = std::max<qint64>(0, firstMs - 2 * perArticle);
    std::fprintf(stderr, "a whole run of %d articles: first commit after %lld ms, done after %lld ms; all %d: %s\n",
        articles, qlonglong(firstMs), qlonglong(endMs), articles, qPrintable(prefixes.back().text()));

    int intact = 0, wholeRuns = 0, reportedKept = 0, midRun = 0;
    std::vector<double> articlesIn;
    const QString trial = dir + QStringLiteral("/trial.attache");
    for (int t = 0; t < trials; ++t) {
        copyProject(base, trial);
        QProcess run;
        run.start(cli, importArgs(trial, files));
        run.waitForStarted();
        // A kill in the import of a random article: wait for the commits before it, then part of an article's time.
        const int target = std::uniform_int_distribution<int>(0, articles - 1)(random);
        QByteArray output;
        if (target == 0) {
            QThread::msleep(std::uniform_int_distribution<qint64>(from, firstMs + perArticle)(random));
        } else {
            while (output.count('\n') < target && run.state() == QProcess::Running) {
                run.waitForReadyRead(2);
                output += run.readAllStandardOutput();
            }
            QThread::msleep(std::uniform_int_distribution<qint64>(0, 2 * perArticle)(random));
        }
        const bool wasRunning = run.state() == QProcess::Running;
        run.kill();
        run.waitForFinished(10000);
        midRun += wasRunning ? 1 : 0;
        output += run.readAllStandardOutput();
        // Only whole lines count: the last may have been cut by the kill.
        const QStringList lines = QString::fromUtf8(output).split(u'\n');
        const int reported = int(std::count_if(lines.begin(), lines.end() - 1,
            [](const QString& line) { return line.startsWith(QStringLiteral("imported ")); }));

        const auto counts = countsOf(trial, &problem);
        if (!counts) {
            std::printf("trial %d: %s\n", t, qPrintable(problem));
            continue;
        }
        ++intact;
        const auto match = std::find(prefixes.begin(), prefixes.end(), *counts);
        if (match == prefixes.end()) {
            std::printf("trial %d: %s is no prefix of the import (part of an article was saved)\n", t,
                qPrintable(counts->text()));
            continue;
        }
        ++wholeRuns;
        const int m = int(match - prefixes.begin());
        articlesIn.push_back(m);
        if (m >= reported)
            ++reportedKept;
        else
            std::printf("trial %d: %d articles reported imported, %d there\n", t, reported, m);
    }
    QStringList spread; // how many trials ended with m articles in, for m = 0..12
    for (int m = 0; m <= articles; ++m)
        spread.append(QString::number(std::count(articlesIn.begin(), articlesIn.end(), double(m))));
    std::printf("trials=%d intact=%d whole=%d reported_kept=%d killed_mid_run=%d median_articles=%.1f (by articles in: %s)\n",
        trials, intact, wholeRuns, reportedKept, midRun, articlesIn.empty() ? 0.0 : bench::median(articlesIn),
        qPrintable(spread.join(u' ')));
    return intact == trials && wholeRuns == trials && reportedKept == trials ? 0 : 1;
}
