// SPDX-License-Identifier: GPL-3.0-or-later
// The network view on a generated project of 500 actors and 100,000 events, all in the time shown: building the
// graph from the timeline's index, laying it out (first, and again after the range moves a little, as when the
// analyst sweeps time, starting from the last positions), and repainting the view.
// Usage: bench_network [--data DIR] [--runs N]
// Prints graph_ms, layout_ms (first layout, the graph's build included), sweep_ms (a layout after the range moved)
// and frame_ms (one repaint of a 1600×900 view), medians of N runs.
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include "benchsupport.h"
#include "network/networkgraph.h"
#include "network/networkview.h"
#include "timeline/timelineview.h"

using namespace attache;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("data"), QStringLiteral("Folder for generated projects."), QStringLiteral("DIR"),
        QStringLiteral("bench-data")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("N"), QStringLiteral("5")});
    parser.addHelpOption();
    parser.process(app);
    const QString dataDir = QDir(parser.value(QStringLiteral("data"))).absolutePath();
    QDir().mkpath(dataDir);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    generator::Options options;
    options.events = 100000;
    options.actors = 500;
    options.years = 1;
    const QString path = bench::ensureProject(dataDir + QStringLiteral("/network-100000.attache"), options);
    auto project = Project::open(path, Project::Access::ReadOnly);
    if (!project)
        qFatal("%s", qPrintable(project.error()));

    TimelineView timeline;
    timeline.resize(1600, 900);
    timeline.setProject(project.value().get());
    timeline.fitAll();
    const qint64 from = timeline.scale().start();
    const qint64 to = timeline.scale().end(timeline.lanesWidth());

    std::vector<double> graphTimes, layoutTimes, sweepTimes, frameTimes;
    NetworkGraph graph;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        graph = NetworkGraph::build(timeline.index(), timeline.filterMask(), from, to);
        graphTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    QImage image(1600, 900, QImage::Format_ARGB32_Premultiplied);
    for (int run = 0; run < runs; ++run) {
        NetworkView view;
        view.resize(1600, 900);
        QElapsedTimer timer;
        timer.start();
        view.setTimeline(&timeline, project.value().get()); // lays out from nothing
        layoutTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        // The range moves by a fiftieth, as in a sweep: laid out again from where the nodes are.
        const TimeScale before = timeline.scale();
        timeline.setScale(TimeScale(before.start() + qint64(before.msPerPixel() * timeline.lanesWidth() / 50), before.msPerPixel()));
        timer.restart();
        view.refresh();
        sweepTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        timeline.setScale(before);
        view.finishAnimation();
        for (int frame = 0; frame < 3; ++frame) {
            QPainter painter(&image);
            timer.restart();
            view.render(&painter);
            painter.end();
            frameTimes.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        view.setTimeline(nullptr, nullptr);
    }
    std::printf("actors=%zu edges=%zu events_in_range=%d\n", graph.nodes.size(), graph.edges.size(), graph.eventsInRange);
    std::printf("graph_ms=%.1f\nlayout_ms=%.1f\nsweep_ms=%.1f\nframe_ms=%.1f\n", bench::median(graphTimes),
        bench::median(layoutTimes), bench::median(sweepTimes), bench::median(frameTimes));
    return 0;
}
