// SPDX-License-Identifier: GPL-3.0-or-later
// Briefing sheet benchmark: in a generated project (100k events over 30 years, 200 actors), brief a period holding
// 200 events and write it as PDF: build the content from the project, lay it out in pages (keeping headings with
// what follows and table rows whole) and paint it with the timeline figure. Prints the medians:
//   events=200 pages=… build_ms=… pdf_ms=… brief_200_ms=…
// Usage: bench_brief [--data DIR] [--runs N] [--events N] [--pdf FILE]
#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include "briefing/briefprinter.h"
#include "briefing/builder.h"
#include "sample/generator.h"
#include "storage/project.h"
#include "benchsupport.h"

using namespace attache;

namespace {


QString ensureProject(const QString& dir, qint64 events)
{
    generator::Options options;
    options.events = events;
    options.actors = 200;
    options.years = 30;
    return bench::ensureProject(QStringLiteral("%1/brief-%2.attache").arg(dir).arg(events), options);
}

/// A period in the last years of the project holding 200 events (or as close to it as a few tries get): its first
/// day is the day of an event, and the last day is the latest that keeps the brief within 200.
briefing::Scope periodOf200(const Project& project)
{
    const EventCatalog catalog = project.events().catalog();
    std::vector<qint64> starts = catalog.earliest;
    std::sort(starts.begin(), starts.end());
    const auto day = [](qint64 ms) { return FuzzyDate::fromDate(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date()); };
    briefing::Scope best;
    qsizetype bestCount = 0;
    const std::size_t from = starts.size() > 3000 ? starts.size() - 3000 : 0;
    for (std::size_t first = from; first < from + 100 && first + 200 < starts.size() && bestCount < 200; ++first) {
        // The latest last day that keeps the brief within 200 events, by bisection.
        std::size_t low = first;
        std::size_t high = std::min(starts.size() - 1, first + 400);
        while (low < high) {
            const std::size_t middle = (low + high + 1) / 2;
            const briefing::Scope scope = briefing::Scope::forPeriod(day(starts[first]), day(starts[middle]));
            auto brief = briefing::Builder(project).build(scope);
            if (brief && brief->chronology.size() <= 200)
                low = middle;
            else
                high = middle - 1;
        }
        const briefing::Scope scope = briefing::Scope::forPeriod(day(starts[first]), day(starts[low]));
        auto brief = briefing::Builder(project).build(scope);
        if (brief && brief->chronology.size() <= 200 && brief->chronology.size() > bestCount) {
            best = scope;
            bestCount = brief->chronology.size();
        }
    }
    if (bestCount == 0)
        qFatal("no period of 200 events");
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder for generated projects."), QStringLiteral("DIR"),
        QStringLiteral("bench-data")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("N"), QStringLiteral("9")});
    parser.addOption({QStringLiteral("events"), QStringLiteral("Events in the generated project."), QStringLiteral("N"),
        QStringLiteral("100000")});
    parser.addOption({QStringLiteral("pdf"), QStringLiteral("Where to write the PDF."), QStringLiteral("FILE"),
        QStringLiteral("brief-200.pdf")});
    parser.addHelpOption();
    parser.process(app);
    const QString dataDir = QDir(parser.value(QStringLiteral("data"))).absolutePath();
    QDir().mkpath(dataDir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString pdf = QDir(dataDir).filePath(parser.value(QStringLiteral("pdf")));

    const QString path = ensureProject(dataDir, parser.value(QStringLiteral("events")).toLongLong());
    auto opened = Project::open(path, Project::Access::ReadOnly);
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    const Project& project = **opened;
    const briefing::Scope scope = periodOf200(project);

    std::vector<double> build;
    std::vector<double> write;
    std::vector<double> total;
    qsizetype events = 0;
    int pages = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto brief = briefing::Builder(project).build(scope);
        if (!brief)
            qFatal("%s", qPrintable(brief.error()));
        const double built = double(timer.nsecsElapsed()) / 1e6;
        events = brief->chronology.size();
        BriefPrinter printer(std::move(brief.value()));
        const Status written = printer.writePdf(pdf, QPageSize(QPageSize::A4));
        if (!written)
            qFatal("%s", qPrintable(written.error()));
        const double all = double(timer.nsecsElapsed()) / 1e6;
        pages = printer.pageCount();
        build.push_back(built);
        write.push_back(all - built);
        total.push_back(all);
    }
    std::printf("events=%lld pages=%d build_ms=%.1f pdf_ms=%.1f brief_200_ms=%.1f\n", qlonglong(events), pages,
        bench::median(build), bench::median(write), bench::median(total));
    return 0;
}
