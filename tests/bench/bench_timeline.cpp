// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline benchmarks: for projects of 10k, 100k and 1M events over 30 years and 200 actors, build the index from
// the open project, render a 1920x1080 viewport into a QImage (everything in view, and one month), and hit-test.
// Prints one line per size with medians:
//   events=N full_ms=… month_ms=… hit_ms=… index_ms=… bytes_per_event=…
// With --window, also the application window itself, in a fresh process per size (offscreen): opening the project
// to the first painted timeline, the memory the process then holds (and its peak), and edits made as the window
// makes them (move, retitle, add, delete, and the undo of each), each from the command to the repainted timeline:
//   events=N open_ms=… rss_mb=… peak_mb=… edit_ms=… edit_max_ms=… (move … retitle … add … delete … undo …)
// Usage: bench_timeline [--data DIR] [--runs N] [--sizes 10000,100000,1000000] [--png PREFIX] [--window]
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
#include <QProcess>
#include <QStandardPaths>
#include <QUndoStack>

#include "sample/generator.h"
#include "storage/project.h"
#include "benchsupport.h"
#include "timeline/lanelayout.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"
#include "document.h"
#include "mainwindow.h"

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

/// Counts the paint events a widget has finished.
class PaintCounter final : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            // Paint now, so that the count means a finished frame.
            watched->removeEventFilter(this);
            QCoreApplication::sendEvent(watched, event);
            watched->installEventFilter(this);
            ++paints;
            return true;
        }
        return false;
    }
};

/// Resident and peak memory of this process, in MB (from /proc/self/status).
std::pair<double, double> memoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, peak = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray& line : status.readAll().split('\n')) {
            const auto kb = [&line] { return line.simplified().split(' ').value(1).toDouble() / 1024.0; };
            if (line.startsWith("VmRSS:"))
                rss = kb();
            else if (line.startsWith("VmHWM:"))
                peak = kb();
        }
    }
    return {rss, peak};
}

/// The window benchmark for one project, in this (fresh) process.
int windowChild(const QString& path, int runs)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("AttacheBench"));
    QCoreApplication::setApplicationName(QStringLiteral("bench_timeline"));
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    PaintCounter counter;
    QWidget* viewport = window.timeline()->viewport();
    viewport->installEventFilter(&counter);

    QElapsedTimer timer;
    timer.start();
    if (!window.openProject(path))
        qFatal("could not open %s", qPrintable(path));
    while (counter.paints == 0)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    const double openMs = double(timer.nsecsElapsed()) / 1e6;
    const auto [rss, peak] = memoryMb();

    Document& document = *window.document();
    const TimelineIndex& index = window.timeline()->index();
    std::mt19937 random(11);
    const auto anyEvent = [&] { return EventId(index.id(std::size_t(random() % index.size()))); };
    std::vector<double> all;
    QHash<QString, std::vector<double>> byKind;
    const auto measure = [&](const QString& kind, const std::function<bool()>& edit) {
        QElapsedTimer t;
        t.start();
        const int paintsBefore = counter.paints;
        if (!edit())
            qFatal("the edit \"%s\" failed", qPrintable(kind));
        // The window repaints what changed (the timeline among it); should nothing have asked for the timeline's
        // repaint, it is painted here, so that every measurement ends with a painted frame.
        QCoreApplication::processEvents();
        if (counter.paints == paintsBefore)
            viewport->repaint();
        const double ms = double(t.nsecsElapsed()) / 1e6;
        all.push_back(ms);
        byKind[kind].push_back(ms);
    };
    const auto undo = [&] {
        document.undoStack()->undo();
        return true;
    };
    for (int run = 0; run < runs; ++run) {
        const EventId moved = anyEvent();
        measure(QStringLiteral("move"), [&] { return document.moveEvent(moved, 86400000); });
        measure(QStringLiteral("undo"), undo);
        const EventId retitled = anyEvent();
        measure(QStringLiteral("retitle"), [&] {
            Event event = *window.project()->events().find(retitled);
            event.title += QStringLiteral(" (revised)");
            return document.editEvent(event);
        });
        measure(QStringLiteral("undo"), undo);
        measure(QStringLiteral("add"), [&] {
            Event event;
            event.title = QStringLiteral("Added in the benchmark");
            event.kind = EventKind::Call;
            event.start = *FuzzyDate::parse(QStringLiteral("2010-06-15"));
            return document.addEvent(event);
        });
        measure(QStringLiteral("undo"), undo);
        const EventId deleted = anyEvent();
        measure(QStringLiteral("delete"), [&] { return document.deleteEvents({deleted}); });
        measure(QStringLiteral("undo"), undo);
    }
    QStringList kinds;
    for (const QString& kind : {QStringLiteral("move"), QStringLiteral("retitle"), QStringLiteral("add"),
             QStringLiteral("delete"), QStringLiteral("undo")})
        kinds.append(QStringLiteral("%1 %2").arg(kind).arg(bench::median(byKind.value(kind)), 0, 'f', 1));
    std::printf("events=%lld open_ms=%.0f rss_mb=%.0f peak_mb=%.0f edit_ms=%.1f edit_max_ms=%.1f (%s)\n",
        qlonglong(index.size()), openMs, rss, peak, bench::median(all), *std::max_element(all.begin(), all.end()),
        qPrintable(kinds.join(QStringLiteral(", "))));
    std::fflush(stdout);
    window.close();
    return 0;
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
    parser.addOption({QStringLiteral("window"), QStringLiteral("Also open each project in the application window, and edit it.")});
    parser.addOption({QStringLiteral("window-child"), QStringLiteral("(internal) The window benchmark for one project."),
        QStringLiteral("PROJECT")});
    parser.addHelpOption();
    parser.process(app);
    if (parser.isSet(QStringLiteral("window-child")))
        return windowChild(parser.value(QStringLiteral("window-child")), std::max(1, parser.value(QStringLiteral("runs")).toInt()));
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
        project.value().reset();

        if (parser.isSet(QStringLiteral("window"))) {
            // A fresh process, so that memory is the window's alone.
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--window-child"), path, QStringLiteral("--runs"), QString::number(runs)});
            child.waitForFinished(-1);
            std::fputs(child.readAllStandardOutput().constData(), stdout);
            std::fflush(stdout);
            if (child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
                qFatal("the window benchmark failed for %s", qPrintable(path));
        }
    }
    return 0;
}
