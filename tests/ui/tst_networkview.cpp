// SPDX-License-Identifier: GPL-3.0-or-later
// The network view: its graph for a known project, what it follows of the timeline (range and filter), selection
// both ways, hiding and pinning actors, and its pictures.
#include <QDateTime>
#include <QFile>
#include <QGraphicsItem>
#include <QGraphicsScene>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include "eventselection.h"
#include "network/networkgraph.h"
#include "network/networkview.h"
#include "storage/project.h"
#include "testproject.h"
#include "timeline/timelineview.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

qint64 ms(const char* day)
{
    return QDateTime::fromString(QString::fromLatin1(day), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestNetworkView final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempProject> m_project;
    std::unique_ptr<TimelineView> m_timeline;
    std::unique_ptr<NetworkView> m_network;
    EventSelection m_selection;
    ActorId m_lind, m_mor, m_northland, m_league;
    EventId m_meeting, m_call, m_summit, m_sanction;

    /// Shows the timeline from one day to another and lays the network out for it.
    void showRange(const char* from, const char* to)
    {
        const qint64 start = ms(from);
        m_timeline->setScale(TimeScale(start, double(ms(to) - start) / m_timeline->lanesWidth()));
        m_network->refresh();
        m_network->finishAnimation();
    }

    const NetworkGraph::Node* node(ActorId id) const
    {
        for (const NetworkGraph::Node& n : m_network->graph().nodes) {
            if (n.actor == id.value)
                return &n;
        }
        return nullptr;
    }

private Q_SLOTS:
    void init()
    {
        m_project = std::make_unique<test::TempProject>();
        Project& p = **m_project;
        ATTACHE_WRITE(p, {
            const auto actor = [&](const QString& name, ActorKind kind) {
                Actor a;
                a.name = name;
                a.kind = kind;
                return p.actors().insert(a);
            };
            m_lind = actor(u"Tony Lind"_s, ActorKind::Person);
            m_mor = actor(u"Ariel Mor"_s, ActorKind::Person);
            m_northland = actor(u"Northland"_s, ActorKind::State);
            m_league = actor(u"Harbour League"_s, ActorKind::Organization);
            const auto event = [&](const char* day, EventKind kind, QList<ActorId> who) {
                Event e;
                e.title = QString::fromLatin1(day) + u' ' + toText(kind);
                e.kind = kind;
                e.start = test::date(day);
                for (const ActorId id : who)
                    e.participants.append(Participant{id, ParticipantRole::Participant});
                return p.events().insert(e);
            };
            m_meeting = event("2030-01-10", EventKind::Meeting, {m_lind, m_mor});
            m_call = event("2030-01-20", EventKind::Call, {m_lind, m_mor});
            m_summit = event("2030-03-01", EventKind::Summit, {m_lind, m_northland});
            m_sanction = event("2030-06-01", EventKind::Sanction, {m_northland, m_league});
        });
        m_timeline = std::make_unique<TimelineView>();
        m_timeline->resize(1000, 400);
        m_timeline->setProject(m_project->project.get());
        m_network = std::make_unique<NetworkView>();
        m_network->resize(800, 600);
        m_network->setSelection(&m_selection);
        m_network->setTimeline(m_timeline.get(), m_project->project.get());
        showRange("2029-12-01T00:00:00Z", "2030-12-31T00:00:00Z");
    }

    void cleanup()
    {
        m_network.reset();
        m_timeline.reset();
        m_selection.clear();
        m_project.reset();
    }

    void nodesAndEdgesOfTheEventsShown()
    {
        const NetworkGraph& g = m_network->graph();
        QCOMPARE(g.nodes.size(), std::size_t(4));
        QCOMPARE(node(m_lind)->events, 3);
        QCOMPARE(node(m_mor)->events, 2);
        QCOMPARE(node(m_league)->events, 1);
        QCOMPARE(g.edges.size(), std::size_t(3));
        const NetworkGraph::Edge& pair = g.edges.front(); // (Lind, Mor): the lowest ids
        QCOMPARE(pair.a, m_lind.value);
        QCOMPARE(pair.b, m_mor.value);
        QCOMPARE(pair.events, 2);
        QCOMPARE(pair.byContact[std::size_t(Contact::Meeting)], 1);
        QCOMPARE(pair.byContact[std::size_t(Contact::Call)], 1);
        QCOMPARE(g.edges.back().contact(), Contact::Sanction);
        QCOMPARE(m_network->nodeLabel(m_league.value), u"Harbour League"_s);
        QCOMPARE(m_network->sharedEvents(m_lind.value, m_mor.value), (QList<EventId>{m_meeting, m_call}));
    }

    void labelsDoNotOverlap()
    {
        QList<QRectF> boxes;
        for (QGraphicsItem* item : m_network->scene()->items()) {
            if (item->data(0).isValid())
                boxes.append(item->sceneBoundingRect());
        }
        QCOMPARE(boxes.size(), 4);
        for (qsizetype i = 0; i < boxes.size(); ++i) {
            for (qsizetype k = i + 1; k < boxes.size(); ++k)
                QVERIFY2(!boxes[i].intersects(boxes[k]), "two nodes' boxes, labels included, overlap");
        }
    }

    void followsTheTimelinesRange()
    {
        showRange("2030-01-01T00:00:00Z", "2030-01-31T00:00:00Z");
        QCOMPARE(m_network->graph().nodes.size(), std::size_t(2));
        QVERIFY(node(m_lind) && node(m_mor));
        QCOMPARE(m_network->graph().edges.size(), std::size_t(1));
        // Nodes still shown move from where they were; none jumps to a new picture for the same pair.
        QVERIFY(m_network->nodePosition(m_lind.value).has_value());
        QVERIFY(!m_network->nodePosition(m_league.value).has_value());
    }

    void followsTheTimelinesFilter()
    {
        EventFilter filter;
        filter.kinds = {EventKind::Sanction};
        m_timeline->setFilter(filter);
        m_network->refresh();
        QCOMPARE(m_network->graph().nodes.size(), std::size_t(2));
        QVERIFY(node(m_northland) && node(m_league));
        m_timeline->setFilter({});
        m_network->refresh();
        QCOMPARE(m_network->graph().nodes.size(), std::size_t(4));
    }

    void selectionBothWays()
    {
        // A click on a node selects the actor's events in what is shown.
        m_network->activateNode(m_mor.value);
        QCOMPARE(m_selection.ids(), (QSet<qint64>{m_meeting.value, m_call.value}));
        // Events selected elsewhere light up their actors.
        m_selection.select(m_sanction);
        QVERIFY(m_network->isHighlighted(m_northland.value));
        QVERIFY(m_network->isHighlighted(m_league.value));
        QVERIFY(!m_network->isHighlighted(m_lind.value));
    }

    void hidingAndPinning()
    {
        m_network->hideActor(m_northland.value);
        QVERIFY(!node(m_northland));
        QCOMPARE(m_network->graph().edges.size(), std::size_t(1));
        m_network->showAllActors();
        QVERIFY(node(m_northland));
        m_network->pin(m_lind.value, QPointF(900, -400));
        showRange("2029-12-01T00:00:00Z", "2030-12-30T00:00:00Z");
        const auto at = m_network->nodePosition(m_lind.value);
        QVERIFY(at.has_value());
        QVERIFY2(QLineF(*at, QPointF(900, -400)).length() < 2.0, qPrintable(u"%1,%2"_s.arg(at->x()).arg(at->y())));
    }

    void anOrganisationCollapsesWithItsPeople()
    {
        // Ariel Mor belongs to Northland: collapsed, Northland's node stands for both.
        Actor mor = *(*m_project)->actors().find(m_mor);
        mor.affiliation = m_northland;
        ATTACHE_WRITE(**m_project, (*m_project)->actors().update(mor));
        m_timeline->setProject(nullptr);
        m_timeline->setProject(m_project->project.get());
        m_network->setTimeline(m_timeline.get(), m_project->project.get());
        showRange("2029-12-01T00:00:00Z", "2030-12-31T00:00:00Z");
        QCOMPARE(m_network->membersOf(m_northland.value), QList<qint64>{m_mor.value});
        m_network->setCollapsed(m_northland.value, true);
        QCOMPARE(m_network->graph().nodes.size(), std::size_t(3));
        QVERIFY(!node(m_mor));
        QCOMPARE(node(m_northland)->events, 4);
        QCOMPARE(m_network->nodeLabel(m_northland.value), u"Northland (+1)"_s);
        const NetworkGraph::Edge& lindNorthland = m_network->graph().edges.front();
        QCOMPARE(lindNorthland.a, m_lind.value);
        QCOMPARE(lindNorthland.b, m_northland.value);
        QCOMPARE(lindNorthland.events, 3); // the meeting and the call with Mor, the summit
        m_network->setCollapsed(m_northland.value, false);
        QCOMPARE(m_network->graph().nodes.size(), std::size_t(4));
    }

    void keysZoomAndShowAll()
    {
        m_network->resize(800, 600);
        m_network->fitAll();
        const double fitted = m_network->transform().m11();
        QTest::keyClick(m_network.get(), Qt::Key_Plus);
        QCOMPARE(m_network->transform().m11(), fitted * 1.25);
        QTest::keyClick(m_network.get(), Qt::Key_Minus);
        QTest::keyClick(m_network.get(), Qt::Key_Minus);
        QVERIFY(m_network->transform().m11() < fitted);
        QTest::keyClick(m_network.get(), Qt::Key_Home);
        QCOMPARE(m_network->transform().m11(), fitted);
    }

    void exportsPngAndSvg()
    {
        QTemporaryDir dir;
        QString error;
        const QString png = dir.filePath(u"network.png"_s);
        QVERIFY2(m_network->exportTo(png, &error), qPrintable(error));
        const QImage image(png);
        QVERIFY(!image.isNull() && image.width() > 50);
        const QString svg = dir.filePath(u"network.svg"_s);
        QVERIFY2(m_network->exportTo(svg, &error), qPrintable(error));
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Harbour League"));
        // A folder that is not there: refused with a reason, nothing written.
        QVERIFY(!m_network->exportTo(dir.filePath(u"missing/network.png"_s), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!QFile::exists(dir.filePath(u"missing/network.png"_s)));
    }

    void aProjectJustOpenedIsDrawnWhenShown()
    {
        // The window does not wait for the network of a project it opens: it is laid out once shown.
        NetworkView fresh;
        fresh.resize(800, 600);
        fresh.setTimeline(m_timeline.get(), m_project->project.get());
        QVERIFY(fresh.graph().nodes.empty());
        fresh.show();
        QTRY_VERIFY(!fresh.graph().nodes.empty());
        QCOMPARE(fresh.graph().nodes.size(), m_network->graph().nodes.size());
    }

    void anEmptyRangeSaysSo()
    {
        showRange("2040-01-01T00:00:00Z", "2040-02-01T00:00:00Z");
        QVERIFY(m_network->graph().nodes.empty());
        QCOMPARE(m_network->graph().eventsInRange, 0);
        QString error;
        QTemporaryDir dir;
        QVERIFY(!m_network->exportTo(dir.filePath(u"empty.png"_s), &error));
    }
};

QTEST_MAIN(TestNetworkView)
#include "tst_networkview.moc"
