// SPDX-License-Identifier: GPL-3.0-or-later
// LaneLayout: where expanded, collapsed and hidden lanes go, which lane is at a y, which lanes a window shows, moving
// lanes, and remembering their order by key.
#include <QTest>

#include "timeline/lanelayout.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

constexpr int expanded = 40;
constexpr int collapsed = 10;

/// Five lanes keyed 10, 20, 30, 40, 50 ("A".."E"); lane 1 collapsed, lane 3 hidden.
/// Display order A, B, C, D, E gives tops A 0, B 40, C 50, D -, E 90; total 130.
LaneLayout makeLayout()
{
    QList<Lane> lanes;
    const char* names[] = {"A", "B", "C", "D", "E"};
    for (int k = 0; k < 5; ++k)
        lanes.append(Lane{qint64(10 * (k + 1)), QString::fromLatin1(names[k]), 10 - k, false, false});
    lanes[1].collapsed = true;
    lanes[3].hidden = true;
    LaneLayout layout;
    layout.setHeights(expanded, collapsed);
    layout.setLanes(lanes);
    return layout;
}

QList<int> displayOrder(const LaneLayout& layout)
{
    QList<int> order;
    for (int position = 0; position < layout.count(); ++position)
        order.append(layout.laneAt(position));
    return order;
}

/// Shown lanes must tile [0, totalHeight) in display order, without gaps or overlaps.
void verifyTiling(const LaneLayout& layout)
{
    int y = 0;
    for (int position = 0; position < layout.count(); ++position) {
        const int lane = layout.laneAt(position);
        QCOMPARE(layout.positionOf(lane), position);
        if (layout.lanes()[lane].hidden) {
            QCOMPARE(layout.top(lane), -1);
            QCOMPARE(layout.height(lane), 0);
            continue;
        }
        QCOMPARE(layout.top(lane), y);
        QCOMPARE(layout.height(lane), layout.lanes()[lane].collapsed ? collapsed : expanded);
        y += layout.height(lane);
    }
    QCOMPARE(layout.totalHeight(), y);
}

} // namespace

class TestLaneLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty()
    {
        LaneLayout layout;
        QCOMPARE(layout.count(), 0);
        QCOMPARE(layout.totalHeight(), 0);
        QCOMPARE(layout.laneAtY(0), -1);
        QVERIFY(layout.visibleLanes(0, 1000).isEmpty());
        QVERIFY(layout.orderKeys().isEmpty());
        QCOMPARE(layout.expandedHeight(), LaneLayout::defaultExpandedHeight);
        QCOMPARE(layout.top(0), -1);
        QCOMPARE(layout.height(0), 0);
    }

    void topsAndHeights_data()
    {
        QTest::addColumn<int>("lane");
        QTest::addColumn<int>("top");
        QTest::addColumn<int>("height");
        QTest::newRow("expanded first") << 0 << 0 << expanded;
        QTest::newRow("collapsed") << 1 << 40 << collapsed;
        QTest::newRow("after collapsed") << 2 << 50 << expanded;
        QTest::newRow("hidden") << 3 << -1 << 0;
        QTest::newRow("after hidden") << 4 << 90 << expanded;
        QTest::newRow("negative lane") << -1 << -1 << 0;
        QTest::newRow("past the last lane") << 5 << -1 << 0;
    }
    void topsAndHeights()
    {
        QFETCH(int, lane);
        QFETCH(int, top);
        QFETCH(int, height);
        const LaneLayout layout = makeLayout();
        QCOMPARE(layout.top(lane), top);
        QCOMPARE(layout.height(lane), height);
        QCOMPARE(layout.totalHeight(), 130);
        QCOMPARE(layout.count(), 5);
        QCOMPARE(layout.expandedHeight(), expanded);
        verifyTiling(layout);
    }

    void defaultHeights()
    {
        LaneLayout layout;
        layout.setLanes({Lane{1, u"x"_s}, Lane{2, u"y"_s, 0, true}});
        QCOMPARE(layout.height(0), LaneLayout::defaultExpandedHeight);
        QCOMPARE(layout.height(1), LaneLayout::defaultCollapsedHeight);
        QCOMPARE(layout.totalHeight(), LaneLayout::defaultExpandedHeight + LaneLayout::defaultCollapsedHeight);
    }

    void heightsAreClamped_data()
    {
        QTest::addColumn<int>("askExpanded");
        QTest::addColumn<int>("askCollapsed");
        QTest::addColumn<int>("expectExpanded");
        QTest::addColumn<int>("expectCollapsed");
        QTest::newRow("as asked") << 120 << 12 << 120 << 12;
        QTest::newRow("expanded too small") << 2 << 12 << 8 << 8;
        QTest::newRow("collapsed too small") << 34 << 1 << 34 << 4;
        QTest::newRow("collapsed taller than expanded") << 20 << 30 << 20 << 20;
    }
    void heightsAreClamped()
    {
        QFETCH(int, askExpanded);
        QFETCH(int, askCollapsed);
        QFETCH(int, expectExpanded);
        QFETCH(int, expectCollapsed);
        LaneLayout layout;
        layout.setLanes({Lane{1, u"x"_s}, Lane{2, u"y"_s, 0, true}});
        layout.setHeights(askExpanded, askCollapsed);
        QCOMPARE(layout.expandedHeight(), expectExpanded);
        QCOMPARE(layout.height(0), expectExpanded);
        QCOMPARE(layout.height(1), expectCollapsed);
        QCOMPARE(layout.top(1), expectExpanded);
        QCOMPARE(layout.totalHeight(), expectExpanded + expectCollapsed);
    }

    void laneAtY_data()
    {
        QTest::addColumn<int>("y");
        QTest::addColumn<int>("lane");
        QTest::newRow("far above") << -1000 << -1;
        QTest::newRow("just above") << -1 << -1;
        QTest::newRow("top of the first") << 0 << 0;
        QTest::newRow("inside the first") << 17 << 0;
        QTest::newRow("bottom of the first") << 39 << 0;
        QTest::newRow("top of the collapsed") << 40 << 1;
        QTest::newRow("bottom of the collapsed") << 49 << 1;
        QTest::newRow("top of the third") << 50 << 2;
        QTest::newRow("bottom of the third") << 89 << 2;
        QTest::newRow("top after the hidden") << 90 << 4;
        QTest::newRow("bottom of the last") << 129 << 4;
        QTest::newRow("just past the end") << 130 << -1;
        QTest::newRow("far past the end") << 100000 << -1;
    }
    void laneAtY()
    {
        QFETCH(int, y);
        QFETCH(int, lane);
        const LaneLayout layout = makeLayout();
        QCOMPARE(layout.laneAtY(y), lane);
        // Agrees with the tops and heights.
        if (lane >= 0) {
            QVERIFY(layout.top(lane) <= y);
            QVERIFY(y < layout.top(lane) + layout.height(lane));
        }
    }

    void laneAtYEveryPixel()
    {
        // Every y inside belongs to exactly the lane whose band holds it, after reordering too.
        LaneLayout layout = makeLayout();
        layout.move(4, 0);
        layout.move(2, 3);
        for (int y = -5; y < layout.totalHeight() + 5; ++y) {
            int owner = -1;
            for (int lane = 0; lane < layout.count(); ++lane) {
                if (layout.height(lane) > 0 && layout.top(lane) <= y && y < layout.top(lane) + layout.height(lane))
                    owner = lane;
            }
            QVERIFY2(layout.laneAtY(y) == owner, qPrintable(u"y=%1: %2 instead of %3"_s.arg(y).arg(layout.laneAtY(y)).arg(owner)));
        }
    }

    void visibleLanes_data()
    {
        QTest::addColumn<int>("y0");
        QTest::addColumn<int>("y1");
        QTest::addColumn<QList<int>>("lanes");
        QTest::newRow("everything") << 0 << 130 << QList<int>{0, 1, 2, 4};
        QTest::newRow("more than everything") << -50 << 500 << QList<int>{0, 1, 2, 4};
        QTest::newRow("first lane only") << 0 << 40 << QList<int>{0};
        QTest::newRow("one pixel into the second") << 0 << 41 << QList<int>{0, 1};
        QTest::newRow("from the bottom pixel of the first") << 39 << 45 << QList<int>{0, 1};
        QTest::newRow("from the collapsed lane's top") << 40 << 60 << QList<int>{1, 2};
        QTest::newRow("inside one lane") << 60 << 70 << QList<int>{2};
        QTest::newRow("across the hidden lane") << 80 << 100 << QList<int>{2, 4};
        QTest::newRow("last lane") << 90 << 130 << QList<int>{4};
        QTest::newRow("below everything") << 130 << 200 << QList<int>{};
        QTest::newRow("above everything") << -100 << 0 << QList<int>{};
    }
    void visibleLanes()
    {
        QFETCH(int, y0);
        QFETCH(int, y1);
        QFETCH(QList<int>, lanes);
        const LaneLayout layout = makeLayout();
        QCOMPARE(layout.visibleLanes(y0, y1), lanes);
    }

    void visibleLanesFollowDisplayOrder()
    {
        LaneLayout layout = makeLayout();
        layout.move(4, 0); // E A B C D: E 0, A 40, B 80, C 90
        QCOMPARE(layout.visibleLanes(0, 1000), (QList<int>{4, 0, 1, 2}));
        QCOMPARE(layout.visibleLanes(35, 85), (QList<int>{4, 0, 1}));
    }

    void move_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("last to first") << 4 << 0 << QList<int>{4, 0, 1, 2, 3};
        QTest::newRow("first to last") << 0 << 4 << QList<int>{1, 2, 3, 4, 0};
        QTest::newRow("down one") << 1 << 2 << QList<int>{0, 2, 1, 3, 4};
        QTest::newRow("up two") << 3 << 1 << QList<int>{0, 3, 1, 2, 4};
        QTest::newRow("onto itself") << 2 << 2 << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("from out of range") << 5 << 0 << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("to out of range") << 0 << 5 << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("negative") << -1 << 2 << QList<int>{0, 1, 2, 3, 4};
    }
    void move()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QList<int>, order);
        LaneLayout layout = makeLayout();
        layout.move(from, to);
        QCOMPARE(displayOrder(layout), order);
        // Tops follow the new order; heights and the total do not change.
        verifyTiling(layout);
        QCOMPARE(layout.totalHeight(), 130);
    }

    void moveTops()
    {
        LaneLayout layout = makeLayout();
        layout.move(4, 0); // E A B C(hidden D)
        QCOMPARE(layout.top(4), 0);
        QCOMPARE(layout.top(0), 40);
        QCOMPARE(layout.top(1), 80);
        QCOMPARE(layout.top(2), 90);
        QCOMPARE(layout.laneAtY(0), 4);
        QCOMPARE(layout.laneAtY(85), 1);
    }

    void collapseAndHide()
    {
        LaneLayout layout = makeLayout();
        layout.setCollapsed(0, true);
        QCOMPARE(layout.height(0), collapsed);
        QCOMPARE(layout.top(1), collapsed);
        QCOMPARE(layout.totalHeight(), 100);
        layout.setHidden(2, true);
        QCOMPARE(layout.top(2), -1);
        QCOMPARE(layout.top(4), 20);
        QCOMPARE(layout.totalHeight(), 60);
        verifyTiling(layout);
        // Out-of-range lanes are ignored.
        layout.setCollapsed(7, true);
        layout.setHidden(-1, true);
        QCOMPARE(layout.totalHeight(), 60);
    }

    void setAllCollapsed()
    {
        LaneLayout layout = makeLayout();
        layout.setAllCollapsed(true);
        for (int lane = 0; lane < layout.count(); ++lane)
            QVERIFY(layout.lanes()[lane].collapsed);
        QCOMPARE(layout.totalHeight(), 4 * collapsed); // the hidden lane stays hidden
        QCOMPARE(layout.height(3), 0);
        verifyTiling(layout);
        layout.setAllCollapsed(false);
        QCOMPARE(layout.totalHeight(), 4 * expanded);
        verifyTiling(layout);
    }

    void showAll()
    {
        LaneLayout layout = makeLayout();
        layout.setHidden(0, true);
        QCOMPARE(layout.totalHeight(), 90);
        layout.showAll();
        for (int lane = 0; lane < layout.count(); ++lane)
            QVERIFY(!layout.lanes()[lane].hidden);
        // Collapsing is kept.
        QVERIFY(layout.lanes()[1].collapsed);
        QCOMPARE(layout.top(3), 90);
        QCOMPARE(layout.totalHeight(), 4 * expanded + collapsed);
        verifyTiling(layout);
    }

    void setLanesResetsOrder()
    {
        LaneLayout layout = makeLayout();
        layout.move(4, 0);
        layout.setLanes({Lane{7, u"x"_s}, Lane{8, u"y"_s}});
        QCOMPARE(displayOrder(layout), (QList<int>{0, 1}));
        QCOMPARE(layout.totalHeight(), 2 * expanded);
    }

    void orderKeys_data()
    {
        QTest::addColumn<QList<qint64>>("keys");
        QTest::addColumn<QList<int>>("order");
        QTest::newRow("all, reversed") << QList<qint64>{50, 40, 30, 20, 10} << QList<int>{4, 3, 2, 1, 0};
        QTest::newRow("as they are") << QList<qint64>{10, 20, 30, 40, 50} << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("some: the rest keep their order after") << QList<qint64>{30, 10} << QList<int>{2, 0, 1, 3, 4};
        QTest::newRow("unknown keys are ignored") << QList<qint64>{99, 40, -5, 20} << QList<int>{3, 1, 0, 2, 4};
        QTest::newRow("only unknown keys") << QList<qint64>{1, 2, 3} << QList<int>{0, 1, 2, 3, 4};
        QTest::newRow("none") << QList<qint64>{} << QList<int>{0, 1, 2, 3, 4};
    }
    void orderKeys()
    {
        QFETCH(QList<qint64>, keys);
        QFETCH(QList<int>, order);
        LaneLayout layout = makeLayout();
        layout.applyOrderKeys(keys);
        QCOMPARE(displayOrder(layout), order);
        verifyTiling(layout);

        // Round trip: the keys it reports bring a fresh layout of the same lanes to the same order.
        const QList<qint64> remembered = layout.orderKeys();
        QCOMPARE(remembered.size(), 5);
        for (int position = 0; position < layout.count(); ++position)
            QCOMPARE(remembered[position], layout.lanes()[layout.laneAt(position)].key);
        LaneLayout fresh = makeLayout();
        fresh.applyOrderKeys(remembered);
        QCOMPARE(displayOrder(fresh), order);
        for (int lane = 0; lane < fresh.count(); ++lane)
            QCOMPARE(fresh.top(lane), layout.top(lane));
    }

    void orderKeysSurviveNewLanes()
    {
        // Remembered order applied to a later set of lanes: a lane that is new goes after the known ones, a lane
        // that is gone is simply not there.
        LaneLayout layout = makeLayout();
        layout.move(4, 0);
        layout.move(4, 1); // E D A B C
        const QList<qint64> remembered = layout.orderKeys();
        QCOMPARE(remembered, (QList<qint64>{50, 40, 10, 20, 30}));
        LaneLayout later;
        later.setLanes({Lane{20, u"B"_s}, Lane{60, u"F"_s}, Lane{50, u"E"_s}, Lane{10, u"A"_s}});
        later.applyOrderKeys(remembered);
        QCOMPARE(later.orderKeys(), (QList<qint64>{50, 10, 20, 60}));
    }
};

QTEST_GUILESS_MAIN(TestLaneLayout)
#include "tst_lanelayout.moc"
