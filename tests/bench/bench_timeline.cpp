// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline benchmarks: for projects of 10k, 100k and 1M events over 30 years and 200 actors, build the index from
// the open project, render a 1920x1080 viewport into a QImage (everything in view, and one month), and hit-test.
// Prints one line per size with medians:
//   events=N full_ms=… month_ms=… hit_ms=… index_ms=… bytes_per_event=…
// Usage: bench_timeline [--data DIR] [--runs N] [--sizes 10000,100000,1000000] [--png PREFIX]
#include <algorithm>
#include <cstdio>
#include <random>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPainter>

#include "sample/generator.h"
#include "storage/project.h"
#include "benchsupport.h"
#include "timeline/lanelayout.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerenderer.h"

using namespace attache;

namespace {


QString ensureProject(const QString& dir, qint64 events)
{
    generator::Options options;
    options.events = events;
    options.statements = events / 10;
    options.actors = 200;
    options.years = 30;
    return bench::ensureProject(QStringLiteral("%1/timeline-%2.attache").arg(dir).arg(events), options);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder for generated projects."), QStringLiteral("DIR"),
        QStringLiteral("bench-data")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("N"), QStringLiteral("7")});
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Event counts."), QStringLiteral("LIST"),
        QStringLiteral("10000,100000,1000000")});
    parser.addOption({QStringLiteral("png"), QStringLiteral("Also save the rendered images with this prefix."), QStringLiteral("PREFIX")});
    parser.addHelpOption();
    parser.process(app);
    const QString dataDir = QDir(parser.value(QStringLiteral("data"))).absolutePath();
    QDir().mkpath(dataDir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    for (const QString& sizeText : parser.value(QStringLiteral("sizes")).split(u',')) {
        const qint64 size = sizeText.toLongLong();
        const QString path = ensureProject(dataDir, size);
        auto project = Project::open(path, Project::Access::ReadOnly);
        if (!project)
            qFatal("%s", qPrintable(project.error()));

        std::vector<double> indexTimes, loadTimes;
        TimelineIndex index;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            const TimelineSource source = TimelineSource::load(**project);
            loadTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
            index = TimelineIndex::build(source, LaneGrouping::Actor);
            indexTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        LaneLayout layout;
        layout.setLanes(index.laneList());
        QHash<qint64, QString> titles;
        TimelineScene scene;
        scene.index = &index;
        scene.layout = &layout;
        scene.now = index.spanEnd();
        scene.title = [&](qint64 id) {
            auto it = titles.constFind(id);
            if (it == titles.cend())
                it = titles.insert(id, project.value()->events().title(EventId(id)));
            return *it;
        };
        TimelineRenderer renderer;
        const QRect bounds(0, 0, 1920, 1080);
        QImage image(bounds.size(), QImage::Format_ARGB32_Premultiplied);
        const int lanesWidth = renderer.areas(bounds).lanes.width();

        const auto renderTimes = [&](const QString& name) {
            std::vector<double> times;
            for (int run = 0; run < runs * 3; ++run) {
                QElapsedTimer timer;
                timer.start();
                QPainter painter(&image);
                renderer.paint(painter, bounds, scene);
                painter.end();
                times.push_back(double(timer.nsecsElapsed()) / 1e6);
            }
            if (parser.isSet(QStringLiteral("png")))
                image.save(QStringLiteral("%1-%2-%3.png").arg(parser.value(QStringLiteral("png"))).arg(size).arg(name));
            return bench::median(times);
        };
        scene.scale.fit(index.spanStart(), index.spanEnd(), lanesWidth);
        const double full = renderTimes(QStringLiteral("full"));
        // One month in the busiest last year of the span.
        const qint64 monthEnd = index.spanEnd() - 60LL * 86400000;
        scene.scale.fit(monthEnd - 30LL * 86400000, monthEnd, lanesWidth, 0);
        const double month = renderTimes(QStringLiteral("month"));

        std::mt19937 random(7);
        std::uniform_int_distribution<int> xs(renderer.areas(bounds).lanes.left(), bounds.right());
        std::uniform_int_distribution<int> ys(renderer.areas(bounds).lanes.top(), renderer.areas(bounds).lanes.bottom());
        std::vector<double> hitTimes;
        int hits = 0;
        for (int round = 0; round < runs; ++round) {
            QElapsedTimer timer;
            timer.start();
            constexpr int points = 1000;
            for (int k = 0; k < points; ++k)
                hits += renderer.hitTest(bounds, scene, QPoint(xs(random), ys(random))).kind != TimelineHit::Kind::Nothing;
            hitTimes.push_back(double(timer.nsecsElapsed()) / 1e6 / points);
        }
        std::printf("events=%lld full_ms=%.2f month_ms=%.2f hit_ms=%.4f index_ms=%.1f (read %.1f) bytes_per_event=%.1f\n",
            qlonglong(index.size()), full, month, bench::median(hitTimes), bench::median(indexTimes), bench::median(loadTimes),
            double(index.bytes()) / double(std::max<std::size_t>(1, index.size())));
        std::fflush(stdout);
    }
    return 0;
}
