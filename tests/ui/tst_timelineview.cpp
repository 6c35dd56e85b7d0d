// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline widget driven with real mouse and key events, offscreen, on a small project of our own.
#include <QApplication>
#include <QPainter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include "eventselection.h"
#include "storage/project.h"
#include "testproject.h"
#include "timeline/timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

/// Three actors and a handful of events spread over a year, one of them a month-long range.
void fill(Project& p)
{
    const Status written = p.write([&] {
        const auto actor = [&](const QString& name) {
            Actor a;
            a.name = name;
            return p.actors().insert(a);
        };
        const ActorId north = actor(u"Northland"_s);
        const ActorId south = actor(u"Southland"_s);
        const ActorId envoy = actor(u"Mira Castell"_s);
        const auto event = [&](const QString& title, const char* date, QList<Participant> who, EventKind kind) {
            Event e;
            e.title = title;
            e.kind = kind;
            e.start = test::date(date);
            e.participants = std::move(who);
            return p.events().insert(e);
        };
        event(u"Border talks open"_s, "2030-02-03", {{north, ParticipantRole::Host}, {south, ParticipantRole::Guest}}, EventKind::Talks);
        event(u"Envoy visits the north"_s, "2030-03-10", {{envoy, ParticipantRole::Guest}, {north, ParticipantRole::Host}}, EventKind::Visit);
        event(u"Ceasefire summit"_s, "2030-06-20", {{north, ParticipantRole::Participant}, {south, ParticipantRole::Participant}}, EventKind::Summit);
        event(u"Southland sanctions"_s, "2030-09", {{south, ParticipantRole::Host}}, EventKind::Sanction);
        event(u"Envoy briefs the press"_s, "2030-11-28", {{envoy, ParticipantRole::Host}}, EventKind::PressConference);
    });
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error()));
}

} // namespace

class TestTimelineView final : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempProject> m_project;
    std::unique_ptr<TimelineView> m_view;
    std::unique_ptr<EventSelection> m_selection;

    QWidget* viewport() const { return m_view->viewport(); }
    int laneY(int lane) const
    {
        return m_view->lanesRect().top() + m_view->layout().top(lane) - m_view->verticalScrollBar()->value()
            + m_view->layout().height(lane) / 2;
    }
    /// A point on the marker of `title`, found by hit-testing along its first lane.
    QPoint pointOn(const QString& title) const
    {
        const auto events = (*m_project)->events().list();
        qint64 id = 0;
        for (const Event& e : events) {
            if (e.title == title)
                id = e.id.value;
        }
        const qint64 i = m_view->index().indexOf(id);
        const int lane = m_view->index().laneOfKey(m_view->index().laneKeysOf(std::size_t(i)).front());
        // Markers stack in rows inside a tall lane: search its whole height.
        const int top = m_view->lanesRect().top() + m_view->layout().top(lane) - m_view->verticalScrollBar()->value();
        const QRect lanes = m_view->lanesRect();
        for (int y = top + 2; y < top + m_view->layout().height(lane) - 2; y += 3) {
            for (int x = lanes.left(); x < lanes.right(); ++x) {
                const TimelineHit hit = m_view->hitAt(QPoint(x, y));
                if (hit.kind == TimelineHit::Kind::Event && hit.eventId == id)
                    return QPoint(x, y);
            }
        }
        return {};
    }
    qint64 idOf(const QString& title) const
    {
        for (const Event& e : (*m_project)->events().list()) {
            if (e.title == title)
                return e.id.value;
        }
        return 0;
    }
    /// A point in a lane where there is no event.
    QPoint emptyPoint() const
    {
        const int y = laneY(0);
        const QRect lanes = m_view->lanesRect();
        for (int x = lanes.left() + 5; x < lanes.right(); x += 3) {
            if (m_view->hitAt(QPoint(x, y)).kind == TimelineHit::Kind::Nothing)
                return QPoint(x, y);
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<test::TempProject>();
        fill(**m_project);
        m_selection = std::make_unique<EventSelection>();
        m_view = std::make_unique<TimelineView>();
        m_view->setSelection(m_selection.get());
        m_view->resize(1200, 600);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setProject(m_project->project.get());
    }
    void cleanup()
    {
        m_view.reset();
        m_selection.reset();
        m_project.reset();
    }

    void buildsLanesPerActor()
    {
        QCOMPARE(m_view->index().size(), std::size_t(5));
        QStringList labels;
        for (const Lane& lane : m_view->layout().lanes())
            labels.append(lane.label);
        // Most events first.
        QCOMPARE(labels, (QStringList{u"Northland"_s, u"Southland"_s, u"Mira Castell"_s}));
        // Fitted: the whole span is in view.
        QVERIFY(m_view->scale().toX(m_view->index().spanStart()) >= 0);
        QVERIFY(m_view->scale().toX(m_view->index().spanEnd()) <= m_view->lanesWidth());
    }

    void wheelZoomKeepsTheTimeUnderTheCursor_data()
    {
        QTest::addColumn<int>("x");
        QTest::addColumn<int>("delta");
        QTest::newRow("in, left") << 250 << 120;
        QTest::newRow("in, right") << 1000 << 240;
        QTest::newRow("out, middle") << 600 << -120;
    }
    void wheelZoomKeepsTheTimeUnderTheCursor()
    {
        QFETCH(int, x);
        QFETCH(int, delta);
        const QPoint pos(x, laneY(0));
        const double before = m_view->scale().msPerPixel();
        const qint64 anchor = m_view->scale().toTime(x - m_view->lanesRect().left());
        QWheelEvent wheel(pos, viewport()->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(viewport(), &wheel);
        QVERIFY(delta > 0 ? m_view->scale().msPerPixel() < before : m_view->scale().msPerPixel() > before);
        const qint64 after = m_view->scale().toTime(x - m_view->lanesRect().left());
        QVERIFY2(std::abs(after - anchor) <= qint64(m_view->scale().msPerPixel()) + 1,
            qPrintable(u"moved by %1 ms"_s.arg(after - anchor)));
    }

    void dragPans()
    {
        const QPoint from = emptyPoint();
        QVERIFY(!from.isNull());
        const TimeScale before = m_view->scale();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        QTest::mouseMove(viewport(), from + QPoint(60, 0));
        QTest::mouseMove(viewport(), from + QPoint(150, 0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, from + QPoint(150, 0));
        // Dragging right brings earlier times into view.
        QCOMPARE(m_view->scale().msPerPixel(), before.msPerPixel());
        QVERIFY(std::abs(before.start() - m_view->scale().start() - qint64(150 * before.msPerPixel())) < qint64(before.msPerPixel()));
    }

    void clickSelectsAndCtrlClickAdds()
    {
        QSignalSpy changed(m_selection.get(), &EventSelection::changed);
        const QPoint talks = pointOn(u"Border talks open"_s);
        const QPoint summit = pointOn(u"Ceasefire summit"_s);
        QVERIFY(!talks.isNull() && !summit.isNull());
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, talks);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Border talks open"_s)));
        QCOMPARE(m_selection->ids().size(), 1);
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, summit);
        QCOMPARE(m_selection->ids().size(), 2);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Ceasefire summit"_s)));
        QTest::mouseClick(viewport(), Qt::LeftButton, Qt::ControlModifier, summit);
        QCOMPARE(m_selection->ids().size(), 1);
        // A click on empty space clears.
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, emptyPoint());
        QVERIFY(m_selection->isEmpty());
    }

    void doubleClickActivates()
    {
        QSignalSpy activated(m_view.get(), &TimelineView::eventActivated);
        const QPoint visit = pointOn(u"Envoy visits the north"_s);
        QTest::mouseDClick(viewport(), Qt::LeftButton, {}, visit);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.at(0).at(0).value<EventId>(), EventId(idOf(u"Envoy visits the north"_s)));
    }

    void draggingAnEventAsksToMoveIt()
    {
        QSignalSpy move(m_view.get(), &TimelineView::moveRequested);
        const QPoint summit = pointOn(u"Ceasefire summit"_s);
        const double msPerPixel = m_view->scale().msPerPixel();
        QTest::mousePress(viewport(), Qt::LeftButton, {}, summit);
        QTest::mouseMove(viewport(), summit + QPoint(20, 0));
        QTest::mouseMove(viewport(), summit + QPoint(40, 0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, summit + QPoint(40, 0));
        QCOMPARE(move.count(), 1);
        QCOMPARE(move.at(0).at(0).value<EventId>(), EventId(idOf(u"Ceasefire summit"_s)));
        QVERIFY(std::abs(move.at(0).at(1).toLongLong() - qint64(40 * msPerPixel)) < qint64(msPerPixel) + 1);
    }

    void shiftDragZoomsToTheRange()
    {
        const QPoint from = emptyPoint();
        const QRect lanes = m_view->lanesRect();
        const qint64 t0 = m_view->scale().toTime(from.x() - lanes.left());
        const qint64 t1 = m_view->scale().toTime(from.x() + 200 - lanes.left());
        QTest::mousePress(viewport(), Qt::LeftButton, Qt::ShiftModifier, from);
        QTest::mouseMove(viewport(), from + QPoint(100, 0));
        QTest::mouseMove(viewport(), from + QPoint(200, 0));
        QTest::mouseRelease(viewport(), Qt::LeftButton, Qt::ShiftModifier, from + QPoint(200, 0));
        // The band's 200 pixels now fill the width.
        QVERIFY(std::abs(m_view->scale().toX(t0)) < 2);
        QVERIFY(std::abs(m_view->scale().toX(t1) - m_view->lanesWidth()) < 2);
    }

    void keys_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::addColumn<QString>("expect");
        QTest::newRow("plus zooms in") << int(Qt::Key_Plus) << 0 << u"in"_s;
        QTest::newRow("minus zooms out") << int(Qt::Key_Minus) << 0 << u"out"_s;
        QTest::newRow("left pans to earlier") << int(Qt::Key_Left) << 0 << u"earlier"_s;
        QTest::newRow("right pans to later") << int(Qt::Key_Right) << 0 << u"later"_s;
    }
    void keys()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        QFETCH(QString, expect);
        const TimeScale before = m_view->scale();
        QTest::keyClick(m_view.get(), Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        const TimeScale after = m_view->scale();
        if (expect == u"in"_s)
            QVERIFY(after.msPerPixel() < before.msPerPixel());
        else if (expect == u"out"_s)
            QVERIFY(after.msPerPixel() > before.msPerPixel());
        else if (expect == u"earlier"_s)
            QVERIFY(after.start() < before.start());
        else
            QVERIFY(after.start() > before.start());
    }

    void homeFitsAll()
    {
        TimeScale zoomed = m_view->scale();
        zoomed.zoomAt(100, 20);
        m_view->setScale(zoomed);
        QTest::keyClick(m_view.get(), Qt::Key_Home);
        QVERIFY(m_view->scale().toX(m_view->index().spanStart()) >= 0);
        QVERIFY(m_view->scale().toX(m_view->index().spanEnd()) <= m_view->lanesWidth());
    }

    void tabStepsThroughEventsInTimeOrder()
    {
        m_selection->select(EventId(idOf(u"Border talks open"_s)));
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Envoy visits the north"_s)));
        QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Ceasefire summit"_s)));
        QTest::keyClick(m_view.get(), Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Envoy visits the north"_s)));
        QTest::keyClick(m_view.get(), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Border talks open"_s)));
        // Stepping skips what the filter hides.
        EventFilter summitsOnly;
        summitsOnly.kinds = {EventKind::Summit, EventKind::PressConference};
        m_view->setFilter(summitsOnly);
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Ceasefire summit"_s)));
        QTest::keyClick(m_view.get(), Qt::Key_Tab);
        QCOMPARE(m_selection->current(), EventId(idOf(u"Envoy briefs the press"_s)));
    }

    void filteredEventsCannotBeHit()
    {
        const QPoint talks = pointOn(u"Border talks open"_s);
        QVERIFY(!talks.isNull());
        EventFilter filter;
        filter.kinds = {EventKind::Summit};
        m_view->setFilter(filter);
        QCOMPARE(m_view->hitAt(talks).kind, TimelineHit::Kind::Nothing);
        m_view->setFilter({});
        QCOMPARE(m_view->hitAt(talks).eventId, idOf(u"Border talks open"_s));
    }

    void headerClickCollapsesALane()
    {
        const int y = laneY(0);
        const int height = m_view->layout().height(0);
        QTest::mouseClick(viewport(), Qt::LeftButton, {}, QPoint(40, y));
        QVERIFY(m_view->layout().lanes().at(0).collapsed);
        QVERIFY(m_view->layout().height(0) < height);
    }

    void groupingChangesTheLanes()
    {
        m_view->setGrouping(LaneGrouping::Kind);
        QCOMPARE(m_view->layout().lanes().size(), 5); // five kinds in the fixture
        m_view->setGrouping(LaneGrouping::Single);
        QCOMPARE(m_view->layout().lanes().size(), 1);
        QCOMPARE(m_view->index().lanes().front().count(), std::size_t(5));
    }

    void followsProjectChanges()
    {
        QSignalSpy rebuilt(m_view.get(), &TimelineView::indexRebuilt);
        QSignalSpy updated(m_view.get(), &TimelineView::indexUpdated);
        ATTACHE_WRITE(**m_project, {
            Event e;
            e.title = u"Late addition"_s;
            e.kind = EventKind::Call;
            e.start = test::date("2030-12-01");
            (*m_project)->events().insert(e);
        });
        // Patched, not rebuilt: a new event without participants gets the catch-all lane.
        QCOMPARE(rebuilt.count(), 0);
        QCOMPARE(updated.count(), 1);
        QCOMPARE(m_view->index().size(), std::size_t(6));
        QCOMPARE(m_view->index().spanEnd(), test::date("2030-12-01").latestMs());
        const qint64 i = m_view->index().indexOf(idOf(u"Late addition"_s));
        QVERIFY(i >= 0);
        QCOMPARE(m_view->index().laneKeysOf(std::size_t(i)).front(), qint64(0));
        QCOMPARE(m_view->layout().lanes().size(), 4);
        QCOMPARE(m_view->layout().lanes().back().label, u"(no participants)"_s);
        // The new event can be hit where it is drawn.
        m_view->fitAll();
        QVERIFY(!pointOn(u"Late addition"_s).isNull());
    }

    // An edit patches the index, keeping the lanes' order and their collapsed and hidden state; the filter's mask
    // follows the slots and checks changed events again, the text query included; removing an actor rebuilds.
    void patchesKeepLanesAndFilter()
    {
        QSignalSpy rebuilt(m_view.get(), &TimelineView::indexRebuilt);
        QSignalSpy updated(m_view.get(), &TimelineView::indexUpdated);
        m_view->layout().move(0, 2);
        m_view->layout().setCollapsed(m_view->layout().laneAt(1), true);
        const QList<qint64> order = m_view->layout().orderKeys();
        EventFilter filter;
        filter.text = u"envoy"_s;
        filter.textMatches = QSet<qint64>{idOf(u"Envoy visits the north"_s), idOf(u"Envoy briefs the press"_s)};
        m_view->setFilter(filter);
        const auto shown = [this] {
            QStringList titles;
            for (std::size_t i = 0; i < m_view->index().size(); ++i) {
                if (m_view->filterMask().at(i))
                    titles.append((*m_project)->events().title(EventId(m_view->index().id(i))));
            }
            titles.sort();
            return titles;
        };
        QCOMPARE(shown(), (QStringList{u"Envoy briefs the press"_s, u"Envoy visits the north"_s}));

        // Retitled into the query, and out of it; one deleted (its slot is taken by another).
        Event talks = *(*m_project)->events().find(EventId(idOf(u"Border talks open"_s)));
        talks.title = u"Envoy opens border talks"_s;
        ATTACHE_WRITE(**m_project, (*m_project)->events().update(talks));
        Event visit = *(*m_project)->events().find(EventId(idOf(u"Envoy visits the north"_s)));
        visit.title = u"State visit to the north"_s;
        ATTACHE_WRITE(**m_project, (*m_project)->events().update(visit));
        ATTACHE_WRITE(**m_project, (*m_project)->events().remove(EventId(idOf(u"Ceasefire summit"_s))));
        QCOMPARE(shown(), (QStringList{u"Envoy briefs the press"_s, u"Envoy opens border talks"_s}));
        QCOMPARE(m_view->filterMask().size(), m_view->index().size());
        QCOMPARE(m_view->layout().orderKeys(), order);
        QVERIFY(m_view->layout().lanes().at(m_view->layout().laneAt(1)).collapsed);
        QCOMPARE(rebuilt.count(), 0);
        QCOMPARE(updated.count(), 3);

        // A renamed actor renames its lane.
        const qint64 envoyLane = m_view->index().lanes().front().key;
        Actor envoy = *(*m_project)->actors().find(ActorId(envoyLane));
        envoy.name = u"Renamed actor"_s;
        ATTACHE_WRITE(**m_project, (*m_project)->actors().update(envoy));
        QCOMPARE(m_view->index().lanes().at(std::size_t(m_view->index().laneOfKey(envoyLane))).label, envoy.name);
        QCOMPARE(rebuilt.count(), 0);

        // Removing an actor is rebuilt whole.
        Actor loner;
        loner.name = u"Loner"_s;
        ATTACHE_WRITE(**m_project, loner.id = (*m_project)->actors().insert(loner));
        ATTACHE_WRITE(**m_project, (*m_project)->actors().remove(loner.id));
        QCOMPARE(rebuilt.count(), 1);
    }

    void laneStateRoundTrips()
    {
        m_view->layout().setCollapsed(1, true);
        m_view->layout().setHidden(2, true);
        m_view->layout().move(0, 1);
        const QByteArray state = m_view->laneState();
        const QList<qint64> order = m_view->layout().orderKeys();
        m_view->layout().showAll();
        m_view->layout().setAllCollapsed(false);
        m_view->layout().move(1, 0);
        m_view->restoreLaneState(state);
        QCOMPARE(m_view->layout().orderKeys(), order);
        QVERIFY(m_view->layout().lanes().at(1).collapsed);
        QVERIFY(m_view->layout().lanes().at(2).hidden);
    }

    void paintsWithoutError()
    {
        QImage image(1400, 700, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        QPainter painter(&image);
        m_view->render(painter, image.rect());
        painter.end();
        // The lanes' background is painted over the black, and the markers add colour.
        QCOMPARE(image.pixelColor(700, 300).alpha(), 255);
        QVERIFY(image.pixelColor(700, 300) != QColor(Qt::black));
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
