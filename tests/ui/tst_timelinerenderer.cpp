// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineRenderer on made-up scenes: labels never overlap one another or other items' shapes, markers versus
// density, clusters count what they stand for, hit-testing agrees with what arrange() lays out, and a smoke test
// painting a million events at three zoom levels.
#include <algorithm>
#include <random>
#include <set>

#include <QDateTime>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTest>

#include "timeline/lanelayout.h"
#include "timeline/timelineindex.h"
#include "timeline/timelinerenderer.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

Q_DECLARE_METATYPE(attache::LaneGrouping)

namespace {

constexpr qint64 dayMs = 86400000;
constexpr int markerRadius = 5; // TimelineRenderer draws points this far each side of their centre
const QRect bounds(0, 0, 1920, 1080);

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

Actor actor(qint64 id, const QString& name)
{
    Actor a;
    a.id = ActorId(id);
    a.name = name;
    return a;
}

EventBounds dayEvent(qint64 id, qint64 day, EventKind kind = EventKind::Meeting)
{
    return EventBounds{id, day, day + dayMs - 1, kind, EventStatus::Occurred, DatePrecision::Day, false, false};
}

/// Titles of many lengths, so that labels are cut at different widths.
QString titleOf(qint64 id)
{
    static const QStringList tails{u"talks"_s, u"summit on trade and energy"_s, u"call"_s,
        u"press conference after the ministers' meeting in Brussels"_s, u"visit"_s, u"joint statement on the ceasefire"_s};
    return u"#%1 "_s.arg(id) + tails[qsizetype(id % tails.size())];
}

/// `n` events over `spanDays` days from 1 Jan 2024 among `actors` actors (1-2 each): mostly days, some minutes, some
/// multi-day ranges, some months.
TimelineSource synthetic(int n, int spanDays, int actors, quint32 seed)
{
    TimelineSource s;
    std::mt19937 random(seed);
    for (int a = 1; a <= actors; ++a)
        s.actors.append(actor(a, u"Actor %1"_s.arg(a)));
    const qint64 from = utcMs(2024, 1, 1);
    std::uniform_int_distribution<int> dayOf(0, spanDays - 1);
    std::uniform_int_distribution<int> percent(0, 99);
    std::uniform_int_distribution<int> minuteOf(0, 24 * 60 - 1);
    std::uniform_int_distribution<int> who(1, actors);
    std::uniform_int_distribution<int> kind(0, eventKindCount - 1);
    for (int k = 0; k < n; ++k) {
        const qint64 id = k + 1;
        const qint64 day = from + dayOf(random) * dayMs;
        EventBounds e = dayEvent(id, day, EventKind(kind(random)));
        const int p = percent(random);
        if (p < 10) {
            e.earliest = day + minuteOf(random) * 60000LL;
            e.latest = e.earliest + 59999;
            e.precision = DatePrecision::Minute;
        } else if (p < 20) {
            e.latest = day + (2 + p % 9) * dayMs - 1;
        } else if (p < 25) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(day, Qt::UTC).date();
            e.earliest = utcMs(d.year(), d.month(), 1);
            e.latest = QDateTime(QDate(d.year(), d.month(), 1).addMonths(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
            e.precision = DatePrecision::Month;
        }
        if (p % 9 == 0)
            e.status = EventStatus::Planned;
        e.uncertain = p % 13 == 0;
        s.events.push_back(e);
        const qint64 first = who(random);
        s.participations.emplace_back(id, first);
        if (p % 2 == 0) {
            const qint64 second = who(random);
            if (second != first)
                s.participations.emplace_back(id, second);
        }
    }
    return s;
}

/// An index with its layout and a scene over them; the scene points into the fixture, so it is not copied.
struct Fixture
{
    TimelineIndex index;
    LaneLayout layout;
    TimelineScene scene;
    std::vector<quint8> mask;

    Fixture(const TimelineSource& source, LaneGrouping grouping, int laneHeight)
        : index(TimelineIndex::build(source, grouping))
    {
        layout.setHeights(laneHeight, LaneLayout::defaultCollapsedHeight);
        layout.setLanes(index.laneList());
        scene.index = &index;
        scene.layout = &layout;
        scene.title = titleOf;
    }
    Q_DISABLE_COPY_MOVE(Fixture)

    void setMask(std::vector<quint8> shown)
    {
        mask = std::move(shown);
        scene.visible = &mask;
    }
    bool isShown(std::size_t i) const { return !scene.visible || (*scene.visible)[i] != 0; }

    QRect laneRect(const TimelineRenderer& renderer, int lane) const
    {
        const QRect lanes = renderer.areas(bounds).lanes;
        return QRect(lanes.left(), lanes.top() + layout.top(lane) - scene.scrollY, lanes.width(), layout.height(lane));
    }
};

/// The events of a lane that overlap [t0, t1], and which of them are drawn as points rather than bars.
struct Seen
{
    std::vector<quint32> points;
    std::vector<quint32> bars;
    std::size_t all = 0; // shown or not
};

Seen eventsInView(const Fixture& f, int lane, qint64 t0, qint64 t1)
{
    Seen result;
    const TimelineIndex::LaneData& data = f.index.lanes()[std::size_t(lane)];
    const auto visit = [&](quint32 i) {
        if (f.index.start(i) > t1 || f.index.end(i) < t0)
            return;
        ++result.all;
        if (!f.isShown(i))
            return;
        const double width = f.scene.scale.toX(f.index.end(i)) - f.scene.scale.toX(f.index.start(i));
        if (!(f.index.flags(i) & TimelineIndex::Point) && width >= 2 * markerRadius)
            result.bars.push_back(i);
        else
            result.points.push_back(i);
    };
    for (const quint32 i : data.events)
        visit(i);
    for (const quint32 i : data.longEvents)
        visit(i);
    return result;
}

QString describe(const LaneArrangement::Label& label)
{
    return u"\"%1\" at (%2, %3, %4 x %5)"_s.arg(label.text)
        .arg(label.rect.x())
        .arg(label.rect.y())
        .arg(label.rect.width())
        .arg(label.rect.height());
}

QString describe(const LaneArrangement::Shape& shape)
{
    const char* type = shape.type == LaneArrangement::Shape::Type::Point ? "point"
        : shape.type == LaneArrangement::Shape::Type::Bar                 ? "bar"
        : shape.type == LaneArrangement::Shape::Type::Band                ? "band"
                                                                          : "cluster";
    return u"%1 of event index %2 at (%3, %4, %5 x %6)"_s.arg(QLatin1StringView(type))
        .arg(shape.event)
        .arg(shape.rect.x())
        .arg(shape.rect.y())
        .arg(shape.rect.width())
        .arg(shape.rect.height());
}

} // namespace

class TestTimelineRenderer final : public QObject
{
    Q_OBJECT

private:
    TimelineRenderer m_renderer;

    void addSceneColumns()
    {
        QTest::addColumn<LaneGrouping>("grouping");
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("viewDays");
        QTest::addColumn<int>("laneHeight");
    }
    /// Scenes of two years of events: 400 or 3000, over 12 actor lanes or one lane, seen a week, a month, four
    /// months or two years at a time, in lanes 34 or 120 px tall. `withMarkers` leaves out the scenes where every
    /// lane is too crowded for markers (all density).
    void addScenes(bool withMarkers)
    {
        addSceneColumns();
        for (const LaneGrouping grouping : {LaneGrouping::Actor, LaneGrouping::Single}) {
            for (const int events : {400, 3000}) {
                for (const int viewDays : {7, 30, 120, 730}) {
                    const int perLane = grouping == LaneGrouping::Single ? events : events / 8;
                    // Scenes for markers keep the events in view well under what a lane shows as markers.
                    if (withMarkers && perLane * viewDays / 730 > 1740 / TimelineRenderer::pixelsPerMarker * 3 / 4)
                        continue;
                    for (const int laneHeight : {34, 120}) {
                        QTest::addRow("%s %s, %d days, %d px", grouping == LaneGrouping::Actor ? "actors" : "single",
                            events == 400 ? "sparse" : "dense", viewDays, laneHeight)
                            << grouping << events << viewDays << laneHeight;
                    }
                }
            }
        }
    }
    /// The scene of a data row: two years of events, the view in the middle of them.
    static void setView(Fixture& f, int viewDays, int width)
    {
        const qint64 middle = utcMs(2025, 1, 1) + 7 * 3600000LL;
        f.scene.scale = TimeScale(middle - viewDays * dayMs / 2, double(viewDays) * dayMs / width);
    }

private Q_SLOTS:
    void areas()
    {
        const TimelineRenderer::Areas a = m_renderer.areas(bounds);
        QCOMPARE(a.headers.width(), TimelineRenderer::headerWidth);
        QCOMPARE(a.axis.height(), TimelineRenderer::axisHeight);
        QCOMPARE(a.overview.height(), TimelineRenderer::overviewHeight);
        QCOMPARE(a.legend.height(), TimelineRenderer::legendHeight);
        QCOMPARE(a.lanes.left(), a.headers.right() + 1);
        QCOMPARE(a.lanes.top(), a.axis.bottom() + 1);
        QCOMPARE(a.lanes.bottom() + 1, a.overview.top());
        QCOMPARE(a.overview.bottom() + 1, a.legend.top());
        QCOMPARE(a.legend.bottom(), bounds.bottom());
        QCOMPARE(a.lanes.right(), bounds.right());
        QCOMPARE(a.headers.top(), a.lanes.top());
        QCOMPARE(a.headers.height(), a.lanes.height());
    }

    void labelsNeverOverlap_data() { addScenes(true); }
    void labelsNeverOverlap()
    {
        QFETCH(LaneGrouping, grouping);
        QFETCH(int, events);
        QFETCH(int, viewDays);
        QFETCH(int, laneHeight);
        Fixture f(synthetic(events, 730, 12, quint32(events + viewDays)), grouping, laneHeight);
        const QRect lanesArea = m_renderer.areas(bounds).lanes;
        setView(f, viewDays, lanesArea.width());

        int labels = 0;
        int overlaps = 0;
        int covers = 0;
        QString firstOverlap;
        QString firstCover;
        int markerLanes = 0;
        for (const int lane : f.layout.visibleLanes(0, lanesArea.height())) {
            const LaneArrangement a = m_renderer.arrange(f.laneRect(m_renderer, lane), lane, f.scene);
            markerLanes += a.density ? 0 : 1;
            labels += int(a.labels.size());
            for (std::size_t m = 0; m < a.labels.size(); ++m) {
                for (std::size_t n = m + 1; n < a.labels.size(); ++n) {
                    if (a.labels[m].rect.intersects(a.labels[n].rect) && overlaps++ == 0)
                        firstOverlap = describe(a.labels[m]) + u" overlaps "_s + describe(a.labels[n]);
                }
                for (const LaneArrangement::Shape& shape : a.shapes) {
                    if (shape.event != a.labels[m].event && shape.rect.intersects(a.labels[m].rect) && covers++ == 0)
                        firstCover = describe(a.labels[m]) + u" covers "_s + describe(shape);
                }
            }
        }
        // The scene has something to check.
        QVERIFY(markerLanes > 0);
        QVERIFY(labels > 0);
        // Known failures (see the targeted tests below for minimal cases).
        QVERIFY2(overlaps == 0 && covers == 0,
            qPrintable(u"of %1 labels, %2 overlap another (first: %3) and %4 cover another item (first: %5)"_s.arg(labels)
                           .arg(overlaps)
                           .arg(firstOverlap)
                           .arg(covers)
                           .arg(firstCover)));
    }

    void markersOrDensity_data() { addScenes(false); }
    void markersOrDensity()
    {
        QFETCH(LaneGrouping, grouping);
        QFETCH(int, events);
        QFETCH(int, viewDays);
        QFETCH(int, laneHeight);
        Fixture f(synthetic(events, 730, 12, quint32(events + viewDays)), grouping, laneHeight);
        const QRect lanesArea = m_renderer.areas(bounds).lanes;
        const int width = lanesArea.width();
        setView(f, viewDays, width);
        const qint64 t0 = f.scene.scale.toTime(-markerRadius);
        const qint64 t1 = f.scene.scale.toTime(width + markerRadius);
        for (const int lane : f.layout.visibleLanes(0, lanesArea.height())) {
            const LaneArrangement a = m_renderer.arrange(f.laneRect(m_renderer, lane), lane, f.scene);
            const Seen seen = eventsInView(f, lane, t0, t1);
            const std::size_t visible = seen.points.size() + seen.bars.size();
            // More than one event per TimelineRenderer::pixelsPerMarker: a density strip; markers never stand for that many.
            if (visible > std::size_t(width / TimelineRenderer::pixelsPerMarker))
                QVERIFY2(a.density, qPrintable(u"lane %1: %2 events in view, no density"_s.arg(lane).arg(visible)));
            if (a.density) {
                QVERIFY(a.shapes.empty());
                QVERIFY(a.labels.empty());
                continue;
            }
            // Markers: every shown event in view is drawn once, as a bar, a point or in a cluster.
            std::size_t points = 0;
            std::size_t bars = 0;
            std::set<quint32> drawn;
            for (const LaneArrangement::Shape& shape : a.shapes) {
                switch (shape.type) {
                case LaneArrangement::Shape::Type::Point:
                    QCOMPARE(shape.count, 1);
                    ++points;
                    break;
                case LaneArrangement::Shape::Type::Cluster:
                    QVERIFY(shape.count > 1);
                    points += std::size_t(shape.count);
                    break;
                case LaneArrangement::Shape::Type::Bar:
                case LaneArrangement::Shape::Type::Band:
                    QCOMPARE(shape.count, 1);
                    ++bars;
                    break;
                }
                QVERIFY(drawn.insert(shape.event).second);
                // Shapes lie inside their lane vertically.
                const QRect rect = f.laneRect(m_renderer, lane);
                QVERIFY2(shape.rect.top() >= rect.top() && shape.rect.bottom() <= rect.top() + rect.height(),
                    qPrintable(describe(shape)));
            }
            QCOMPARE(points, seen.points.size());
            QCOMPARE(bars, seen.bars.size());
            for (const LaneArrangement::Label& label : a.labels)
                QVERIFY(drawn.count(label.event) == 1);
        }
    }

    void collapsedLanesShowDensity()
    {
        Fixture f(synthetic(50, 730, 3, 1), LaneGrouping::Actor, 34);
        setView(f, 730, m_renderer.areas(bounds).lanes.width());
        f.layout.setCollapsed(0, true);
        QVERIFY(m_renderer.arrange(f.laneRect(m_renderer, 0), 0, f.scene).density);
        QVERIFY(!m_renderer.arrange(f.laneRect(m_renderer, 1), 1, f.scene).density);
    }

    void densityThreshold_data()
    {
        QTest::addColumn<int>("inView");
        QTest::addColumn<int>("beforeView");
        QTest::addColumn<int>("hidden");
        QTest::addColumn<bool>("density");
        // The lanes area is 1740 px wide: up to 1740 / pixelsPerMarker events in view get markers.
        const int most = 1740 / TimelineRenderer::pixelsPerMarker;
        QTest::newRow("one") << 1 << 0 << 0 << false;
        QTest::newRow("100") << 100 << 0 << 0 << false;
        QTest::newRow("the most for markers") << most << 0 << 0 << false;
        QTest::newRow("one more") << most + 1 << 0 << 0 << true;
        QTest::newRow("1000") << 1000 << 0 << 0 << true;
        QTest::newRow("100 in view, 500 ended two days before") << 100 << 500 << 0 << false;
        QTest::newRow("100 shown, 500 filtered out") << 100 << 0 << 500 << false;
    }
    void densityThreshold()
    {
        QFETCH(int, inView);
        QFETCH(int, beforeView);
        QFETCH(int, hidden);
        QFETCH(bool, density);
        // One lane; the view is the 30 days from 1 Mar 2025. Events in view are spread over it (minutes apart when
        // there are many), the earlier ones all on 27 February, out of view.
        const int width = m_renderer.areas(bounds).lanes.width();
        const qint64 viewStart = utcMs(2025, 3, 1);
        const qint64 viewLength = 30 * dayMs;
        TimelineSource source;
        qint64 id = 1;
        const int total = inView + hidden;
        for (int k = 0; k < total; ++k) {
            const qint64 at = viewStart + viewLength / 20 + (viewLength * 9 / 10) * k / std::max(1, total);
            source.events.push_back({id++, at, at + 59999, EventKind::Call, EventStatus::Occurred, DatePrecision::Minute, false, false});
        }
        for (int k = 0; k < beforeView; ++k)
            source.events.push_back(dayEvent(id++, utcMs(2025, 2, 27)));
        Fixture f(source, LaneGrouping::Single, 34);
        f.scene.scale = TimeScale(viewStart, double(viewLength) / width);
        if (hidden > 0) {
            // Hide all but every (total / inView)th event in view, and nothing else.
            std::vector<quint8> shown(f.index.size(), 0);
            int kept = 0;
            for (std::size_t i = 0; i < f.index.size(); ++i) {
                if (f.index.start(i) >= viewStart && kept < inView && (i % std::size_t(total / inView) == 0)) {
                    shown[i] = 1;
                    ++kept;
                }
            }
            QCOMPARE(kept, inView);
            f.setMask(std::move(shown));
        }
        const Seen seen = eventsInView(f, 0, f.scene.scale.toTime(-markerRadius), f.scene.scale.toTime(width + markerRadius));
        QCOMPARE(int(seen.points.size()), inView);

        const LaneArrangement a = m_renderer.arrange(f.laneRect(m_renderer, 0), 0, f.scene);
        QCOMPARE(a.density, density);
        if (!density) {
            int drawn = 0;
            for (const LaneArrangement::Shape& shape : a.shapes)
                drawn += shape.count;
            QCOMPARE(drawn, inView);
        }
    }

    void hitTest_data()
    {
        QTest::addColumn<int>("laneHeight");
        QTest::addColumn<int>("shapes");
        // A lane of one row draws the three events of 12 June as a cluster; a taller lane stacks them.
        QTest::newRow("34 px lanes") << 34 << 4;
        QTest::newRow("120 px lanes") << 120 << 6;
    }
    void hitTest()
    {
        QFETCH(int, laneHeight);
        QFETCH(int, shapes);
        // Alpha (1): a point on 5 June, three events on 12 June, a point on 20 June, a bar over 24-27 June, a point
        // on 16 June that the filter hides. Bravo (2): a point on 9 June. The view is June 2025.
        TimelineSource source;
        source.actors = {actor(1, u"Alpha"_s), actor(2, u"Bravo"_s)};
        source.events = {
            dayEvent(10, utcMs(2025, 6, 5)),
            dayEvent(11, utcMs(2025, 6, 12)),
            dayEvent(12, utcMs(2025, 6, 12), EventKind::Call),
            dayEvent(13, utcMs(2025, 6, 12), EventKind::Post),
            dayEvent(14, utcMs(2025, 6, 20)),
            {15, utcMs(2025, 6, 24), utcMs(2025, 6, 28) - 1, EventKind::Visit, EventStatus::Occurred, DatePrecision::Day, false, false},
            dayEvent(16, utcMs(2025, 6, 16)),
            dayEvent(20, utcMs(2025, 6, 9)),
        };
        source.participations = {{10, 1}, {11, 1}, {12, 1}, {13, 1}, {14, 1}, {15, 1}, {16, 1}, {20, 2}};
        Fixture f(source, LaneGrouping::Actor, laneHeight);
        const TimelineRenderer::Areas areas = m_renderer.areas(bounds);
        f.scene.scale = TimeScale(utcMs(2025, 6, 1), 30.0 * dayMs / areas.lanes.width());
        std::vector<quint8> shown(f.index.size(), 1);
        shown[std::size_t(f.index.indexOf(16))] = 0;
        f.setMask(shown);

        const int alpha = f.index.laneOfKey(1);
        const int bravo = f.index.laneOfKey(2);
        QCOMPARE(alpha, 0);
        QCOMPARE(bravo, 1);
        const QRect alphaRect = f.laneRect(m_renderer, alpha);
        const LaneArrangement a = m_renderer.arrange(alphaRect, alpha, f.scene);
        QVERIFY(!a.density);
        QCOMPARE(int(a.shapes.size()), shapes);

        // A drawn marker's centre hits its event, a bar's middle its bar, a cluster's centre the cluster.
        int events = 0;
        int clusters = 0;
        for (const LaneArrangement::Shape& shape : a.shapes) {
            const QPoint centre = shape.rect.center().toPoint();
            const TimelineHit hit = m_renderer.hitTest(bounds, f.scene, centre);
            QCOMPARE(hit.lane, alpha);
            switch (shape.type) {
            case LaneArrangement::Shape::Type::Point:
            case LaneArrangement::Shape::Type::Bar:
            case LaneArrangement::Shape::Type::Band: {
                ++events;
                QVERIFY2(hit.kind == TimelineHit::Kind::Event && hit.eventId == f.index.id(shape.event),
                    qPrintable(u"%1: hit kind %2, event %3"_s.arg(describe(shape)).arg(int(hit.kind)).arg(hit.eventId)));
                break;
            }
            case LaneArrangement::Shape::Type::Cluster:
                ++clusters;
                QCOMPARE(hit.kind, TimelineHit::Kind::Cluster);
                QCOMPARE(hit.count, 3);
                QCOMPARE(hit.count, shape.count);
                QCOMPARE(hit.from, utcMs(2025, 6, 12));
                QCOMPARE(hit.to, utcMs(2025, 6, 13) - 1);
                break;
            }
        }
        QCOMPARE(events + 3 * clusters, 6);

        // The other lane's marker, by its own arrangement.
        const LaneArrangement b = m_renderer.arrange(f.laneRect(m_renderer, bravo), bravo, f.scene);
        QCOMPARE(b.shapes.size(), std::size_t(1));
        const TimelineHit inBravo = m_renderer.hitTest(bounds, f.scene, b.shapes[0].rect.center().toPoint());
        QCOMPARE(inBravo.kind, TimelineHit::Kind::Event);
        QCOMPARE(inBravo.eventId, qint64(20));
        QCOMPARE(inBravo.lane, bravo);
        // The same x in Alpha's lane (9 June) is empty.
        const TimelineHit emptyAlpha
            = m_renderer.hitTest(bounds, f.scene, QPoint(b.shapes[0].rect.center().toPoint().x(), alphaRect.center().y()));
        QCOMPARE(emptyAlpha.kind, TimelineHit::Kind::Nothing);

        // The hidden event is not hit, though it would be without the filter.
        // Where the hidden event is drawn when nothing is filtered out.
        f.scene.visible = nullptr;
        QPoint onHidden;
        for (const LaneArrangement::Shape& shape : m_renderer.arrange(alphaRect, alpha, f.scene).shapes) {
            if (f.index.id(shape.event) == 16)
                onHidden = shape.rect.center().toPoint();
        }
        f.scene.visible = &f.mask;
        QVERIFY(!onHidden.isNull());
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, onHidden).kind, TimelineHit::Kind::Nothing);
        f.scene.visible = nullptr;
        const TimelineHit unfiltered = m_renderer.hitTest(bounds, f.scene, onHidden);
        QCOMPARE(unfiltered.kind, TimelineHit::Kind::Event);
        QCOMPARE(unfiltered.eventId, qint64(16));
        f.scene.visible = &f.mask;

        // Empty lane space, headers, the axis, the overview, and below the last lane.
        const int emptyX = areas.lanes.left() + int(std::lround(f.scene.scale.toX(utcMs(2025, 6, 2))));
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, QPoint(emptyX, alphaRect.center().y())).kind, TimelineHit::Kind::Nothing);
        const TimelineHit header = m_renderer.hitTest(bounds, f.scene, QPoint(40, f.laneRect(m_renderer, bravo).center().y()));
        QCOMPARE(header.kind, TimelineHit::Kind::LaneHeader);
        QCOMPARE(header.lane, bravo);
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, QPoint(40, alphaRect.top())).lane, alpha);
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, areas.axis.center()).kind, TimelineHit::Kind::Axis);
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, areas.overview.center()).kind, TimelineHit::Kind::Overview);
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, areas.overview.topLeft()).kind, TimelineHit::Kind::Overview);
        const int belowLanes = areas.lanes.top() + f.layout.totalHeight() + 5;
        QVERIFY(belowLanes < areas.lanes.bottom());
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, QPoint(emptyX, belowLanes)).kind, TimelineHit::Kind::Nothing);
        QCOMPARE(m_renderer.hitTest(bounds, f.scene, QPoint(40, belowLanes)).kind, TimelineHit::Kind::Nothing);

        // Scrolled down by one lane, Bravo is where Alpha was.
        f.scene.scrollY = f.layout.height(alpha);
        const TimelineHit scrolled = m_renderer.hitTest(bounds, f.scene, QPoint(40, alphaRect.top() + 2));
        QCOMPARE(scrolled.kind, TimelineHit::Kind::LaneHeader);
        QCOMPARE(scrolled.lane, bravo);
    }

    void hitTestSpreadCluster()
    {
        // Four events on consecutive days about 6 px apart: arrange() draws one cluster of four; a click on it
        // should open all four.
        TimelineSource source;
        for (int k = 0; k < 4; ++k)
            source.events.push_back(dayEvent(k + 1, utcMs(2025, 6, 10) + k * dayMs));
        Fixture f(source, LaneGrouping::Single, 34);
        const TimelineRenderer::Areas areas = m_renderer.areas(bounds);
        f.scene.scale = TimeScale(utcMs(2025, 1, 1), 300.0 * dayMs / areas.lanes.width());
        const QRect rect = f.laneRect(m_renderer, 0);
        const LaneArrangement a = m_renderer.arrange(rect, 0, f.scene);
        QCOMPARE(a.shapes.size(), std::size_t(1));
        QCOMPARE(a.shapes[0].type, LaneArrangement::Shape::Type::Cluster);
        QCOMPARE(a.shapes[0].count, 4);
        const TimelineHit hit = m_renderer.hitTest(bounds, f.scene, a.shapes[0].rect.center().toPoint());
        QCOMPARE(hit.kind, TimelineHit::Kind::Cluster);
        QCOMPARE(hit.count, 4);
        QVERIFY(hit.from <= utcMs(2025, 6, 10) && hit.to >= utcMs(2025, 6, 14) - 1);
    }

    void pointsOutOfStartOrder_data()
    {
        QTest::addColumn<int>("laneHeight");
        QTest::newRow("34 px") << 34;
        QTest::newRow("120 px") << 120;
    }
    void pointsOutOfStartOrder()
    {
        // A week's view, about 249 px a day. An event on 10 March is drawn mid-day; one at 02:00 that day starts
        // later (so comes after it in start order) but is drawn about 100 px to its left. They are far apart: two
        // points, each at its own time.
        QFETCH(int, laneHeight);
        TimelineSource source;
        source.events = {dayEvent(1, utcMs(2025, 3, 10)),
            {2, utcMs(2025, 3, 10, 2, 0), utcMs(2025, 3, 10, 2, 1) - 1, EventKind::Call, EventStatus::Occurred,
                DatePrecision::Minute, false, false}};
        Fixture f(source, LaneGrouping::Single, laneHeight);
        const QRect rect = f.laneRect(m_renderer, 0);
        f.scene.scale = TimeScale(utcMs(2025, 3, 8), 7.0 * dayMs / rect.width());
        const double dayX = rect.left() + f.scene.scale.toX(utcMs(2025, 3, 10, 12, 0));
        const double earlyX = rect.left() + f.scene.scale.toX(utcMs(2025, 3, 10, 2, 0) + 30000);
        QVERIFY(dayX - earlyX > 90);
        const LaneArrangement a = m_renderer.arrange(rect, 0, f.scene);
        // (A tall lane stacks a crowd of two instead of counting it, which hides the bug there.)
        QCOMPARE(a.shapes.size(), std::size_t(2));
        std::vector<double> centres;
        for (const LaneArrangement::Shape& shape : a.shapes) {
            QCOMPARE(shape.type, LaneArrangement::Shape::Type::Point);
            centres.push_back(shape.rect.center().x());
        }
        std::sort(centres.begin(), centres.end());
        QVERIFY(std::abs(centres[0] - earlyX) <= 1);
        QVERIFY(std::abs(centres[1] - dayX) <= 1);
    }

    void labelsAroundBars_data()
    {
        QTest::addColumn<qint64>("pointDay");
        // A 30-day view from 1 March, 58 px a day; a bar over 10-13 March (232 px) in a one-row lane.
        QTest::newRow("point inside the bar") << utcMs(2025, 3, 11);
        QTest::newRow("point on the bar's first day") << utcMs(2025, 3, 10);
    }
    void labelsAroundBars()
    {
        QFETCH(qint64, pointDay);
        TimelineSource source;
        source.events = {
            {1, utcMs(2025, 3, 10), utcMs(2025, 3, 14) - 1, EventKind::Visit, EventStatus::Occurred, DatePrecision::Day, false, false},
            dayEvent(2, pointDay, EventKind::Call),
        };
        Fixture f(source, LaneGrouping::Single, 34);
        const QRect rect = f.laneRect(m_renderer, 0);
        f.scene.scale = TimeScale(utcMs(2025, 3, 1), 30.0 * dayMs / rect.width());
        const LaneArrangement a = m_renderer.arrange(rect, 0, f.scene);
        QCOMPARE(a.shapes.size(), std::size_t(2));
        QVERIFY(!a.labels.empty());
        int covering = 0;
        QString first;
        for (const LaneArrangement::Label& label : a.labels) {
            for (const LaneArrangement::Shape& shape : a.shapes) {
                if (shape.event != label.event && shape.rect.intersects(label.rect)) {
                    ++covering;
                    first = describe(label) + u" covers "_s + describe(shape);
                }
            }
        }
        QVERIFY2(covering == 0, qPrintable(first));
    }

    void tallLaneWithMoreOverlapsThanRows()
    {
        // A 120 px lane has 6 rows above the foot kept for bands. Eight 5-day bars starting an hour apart all
        // overlap: the last two find no free row. Whatever arrange() does with them, labels must not overlap.
        TimelineSource source;
        for (int k = 0; k < 8; ++k) {
            const qint64 start = utcMs(2025, 3, 10) + k * 3600000LL;
            source.events.push_back({k + 1, start, start + 5 * dayMs - 1, EventKind::Visit, EventStatus::Occurred,
                DatePrecision::Day, false, false});
        }
        Fixture f(source, LaneGrouping::Single, 120);
        const QRect rect = f.laneRect(m_renderer, 0);
        f.scene.scale = TimeScale(utcMs(2025, 3, 1), 30.0 * dayMs / rect.width());
        const LaneArrangement a = m_renderer.arrange(rect, 0, f.scene);
        QCOMPARE(a.shapes.size(), std::size_t(8));
        int overlaps = 0;
        QString first;
        for (std::size_t m = 0; m < a.labels.size(); ++m) {
            for (std::size_t n = m + 1; n < a.labels.size(); ++n) {
                if (a.labels[m].rect.intersects(a.labels[n].rect)) {
                    ++overlaps;
                    first = describe(a.labels[m]) + u" overlaps "_s + describe(a.labels[n]);
                }
            }
        }
        QVERIFY(a.labels.size() >= 6);
        QVERIFY2(overlaps == 0, qPrintable(first));
    }

    void millionEvents()
    {
        QElapsedTimer timer;
        timer.start();
        // 1,000,000 events over 30 years among 200 actors (1-3 each), made directly in memory.
        constexpr int n = 1000000;
        TimelineSource source;
        for (int a = 1; a <= 200; ++a)
            source.actors.append(actor(a, u"Actor %1"_s.arg(a)));
        source.events.reserve(n);
        source.participations.reserve(2 * n);
        std::mt19937_64 random(2025);
        const qint64 from = utcMs(1995, 1, 1);
        const qint64 days = 30 * 365;
        for (qint64 id = 1; id <= n; ++id) {
            const quint64 r = random();
            const qint64 day = from + qint64(r % quint64(days)) * dayMs;
            EventBounds e = dayEvent(id, day, EventKind((r >> 20) % eventKindCount));
            if ((r >> 28) % 20 == 0)
                e.latest = day + qint64(2 + (r >> 33) % 10) * dayMs - 1; // a range of days
            source.events.push_back(e);
            const int count = 1 + int((r >> 40) % 3);
            const quint64 first = (r >> 44) % 200;
            for (int k = 0; k < count; ++k) // distinct actors: 67 and 134 are not multiples of 200
                source.participations.emplace_back(id, 1 + qint64((first + quint64(k) * 67) % 200));
        }
        Fixture f(source, LaneGrouping::Actor, LaneLayout::defaultExpandedHeight);
        QCOMPARE(f.index.size(), std::size_t(n));
        QCOMPARE(f.index.lanes().size(), std::size_t(200));
        const qint64 built = timer.elapsed();

        const TimelineRenderer::Areas areas = m_renderer.areas(bounds);
        f.scene.now = f.index.spanEnd() - 100 * dayMs;
        const qint64 lastMonth = f.index.spanEnd() - 60 * dayMs;
        struct View
        {
            const char* name;
            TimeScale scale;
        };
        TimeScale full;
        full.fit(f.index.spanStart(), f.index.spanEnd(), areas.lanes.width());
        const View views[] = {
            {"full span", full},
            {"one month", TimeScale(lastMonth - 30 * dayMs, 30.0 * dayMs / areas.lanes.width())},
            {"one day", TimeScale(lastMonth, double(dayMs) / areas.lanes.width())},
        };
        const QColor sentinel(255, 0, 255);
        const QList<QRgb> backgrounds{qRgb(255, 255, 255), qRgb(246, 247, 250), qRgb(226, 229, 236)};
        for (const View& view : views) {
            f.scene.scale = view.scale;
            QImage image(bounds.size(), QImage::Format_ARGB32_Premultiplied);
            image.fill(sentinel);
            QPainter painter(&image);
            m_renderer.paint(painter, bounds, f.scene);
            painter.end();
            // Everything painted over, and the lanes hold more than their backgrounds and grid lines.
            int unpainted = 0;
            int drawn = 0;
            for (int y = 0; y < image.height(); ++y) {
                const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
                for (int x = 0; x < image.width(); ++x) {
                    if (line[x] == sentinel.rgb())
                        ++unpainted;
                    else if (areas.lanes.contains(x, y) && !backgrounds.contains(line[x]))
                        ++drawn;
                }
            }
            QVERIFY2(unpainted == 0, qPrintable(u"%1: %2 pixels left unpainted"_s.arg(QLatin1StringView(view.name)).arg(unpainted)));
            QVERIFY2(drawn > 2000, qPrintable(u"%1: only %2 pixels of events"_s.arg(QLatin1StringView(view.name)).arg(drawn)));
            // And hit-testing the painted scene answers without trouble.
            int hits = 0;
            for (int k = 0; k < 200; ++k) {
                const QPoint p(areas.lanes.left() + (k * 97) % areas.lanes.width(), areas.lanes.top() + (k * 53) % areas.lanes.height());
                hits += m_renderer.hitTest(bounds, f.scene, p).kind != TimelineHit::Kind::Nothing;
            }
            QVERIFY2(hits > 0, view.name);
        }
        qInfo("1M events: built in %lld ms, all done in %lld ms", qlonglong(built), qlonglong(timer.elapsed()));
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
