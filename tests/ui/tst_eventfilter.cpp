// SPDX-License-Identifier: GPL-3.0-or-later
// EventFilter: the mask over a timeline index for each criterion alone and together, when a filter is active, and
// the one-line description; and ActorListModel (the actors dock) on a real project under QAbstractItemModelTester.
#include <memory>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

#include "actorlistmodel.h"
#include "eventfilter.h"
#include "storage/changenotifier.h"
#include "testproject.h"
#include "timeline/timelineindex.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

Q_DECLARE_METATYPE(attache::EventFilter)
Q_DECLARE_METATYPE(attache::ActorKind)

namespace {

constexpr qint64 dayMs = 86400000;

qint64 utcMs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
}

EventBounds bounds(qint64 id, qint64 earliest, qint64 latest, EventKind kind, EventStatus status = EventStatus::Occurred,
    DatePrecision precision = DatePrecision::Day)
{
    return EventBounds{id, earliest, latest, kind, status, precision, false, false};
}

// Events, by id (not in time order):
//   11  5 Jan 2025        summit, planned      actors 7, 12   security
//   30  5 Jan 2025        post                 -              security
//   18  20 Jan 2025       call, unknown        -              -
//   25  February 2025     talks                3              trade
//   40  10 Mar 2025       meeting              7, 3           trade, energy
//    3  1-5 Apr 2025      visit, cancelled     12             -
//    7  2 May 2025 14:30  interview            7, 3           energy
//   50  1-2 Jun 2025      sanction             3, 99          trade
TimelineSource source()
{
    TimelineSource s;
    s.events = {
        bounds(40, utcMs(2025, 3, 10), utcMs(2025, 3, 11) - 1, EventKind::Meeting),
        bounds(11, utcMs(2025, 1, 5), utcMs(2025, 1, 6) - 1, EventKind::Summit, EventStatus::Planned),
        bounds(25, utcMs(2025, 2, 1), utcMs(2025, 3, 1) - 1, EventKind::Talks, EventStatus::Occurred, DatePrecision::Month),
        bounds(3, utcMs(2025, 4, 1), utcMs(2025, 4, 6) - 1, EventKind::Visit, EventStatus::Cancelled),
        bounds(18, utcMs(2025, 1, 20), utcMs(2025, 1, 21) - 1, EventKind::Call, EventStatus::Unknown),
        bounds(7, utcMs(2025, 5, 2, 14, 30), utcMs(2025, 5, 2, 14, 31) - 1, EventKind::Interview, EventStatus::Occurred,
            DatePrecision::Minute),
        bounds(30, utcMs(2025, 1, 5), utcMs(2025, 1, 6) - 1, EventKind::Post),
        bounds(50, utcMs(2025, 6, 1), utcMs(2025, 6, 3) - 1, EventKind::Sanction),
    };
    s.participations = {{40, 7}, {40, 3}, {11, 7}, {11, 12}, {25, 3}, {3, 12}, {7, 7}, {7, 3}, {50, 3}, {50, 99}};
    s.tags = {{40, u"trade"_s}, {40, u"energy"_s}, {11, u"security"_s}, {25, u"trade"_s}, {7, u"energy"_s},
        {30, u"security"_s}, {50, u"trade"_s}};
    return s;
}

const QList<qint64> allIds{3, 7, 11, 18, 25, 30, 40, 50};

QList<qint64> shownIds(const TimelineIndex& index, const std::vector<quint8>& mask)
{
    QList<qint64> ids;
    for (std::size_t i = 0; i < mask.size(); ++i) {
        if (mask[i])
            ids.append(index.id(i));
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Actor makeActor(const QString& name, ActorKind kind = ActorKind::Person, const QString& role = {},
    const QStringList& aliases = {})
{
    Actor a;
    a.name = name;
    a.kind = kind;
    a.role = role;
    a.aliases = aliases;
    return a;
}

} // namespace

class TestEventFilter final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mask_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<QList<qint64>>("shown");
        const auto with = [](auto set) {
            EventFilter f;
            set(f);
            return f;
        };
        QTest::newRow("nothing set") << EventFilter{} << allIds;

        QTest::newRow("actor") << with([](EventFilter& f) { f.actors = {7}; }) << QList<qint64>{7, 11, 40};
        QTest::newRow("any of two actors") << with([](EventFilter& f) { f.actors = {12, 99}; }) << QList<qint64>{3, 11, 50};
        QTest::newRow("unknown actor") << with([](EventFilter& f) { f.actors = {1234}; }) << QList<qint64>{};

        QTest::newRow("kinds") << with([](EventFilter& f) { f.kinds = {EventKind::Summit, EventKind::Meeting}; })
                               << QList<qint64>{11, 40};
        QTest::newRow("kind not in use") << with([](EventFilter& f) { f.kinds = {EventKind::Other}; }) << QList<qint64>{};

        QTest::newRow("planned") << with([](EventFilter& f) { f.statuses = {EventStatus::Planned}; }) << QList<qint64>{11};
        QTest::newRow("occurred") << with([](EventFilter& f) { f.statuses = {EventStatus::Occurred}; })
                                  << QList<qint64>{7, 25, 30, 40, 50};
        QTest::newRow("status unknown") << with([](EventFilter& f) { f.statuses = {EventStatus::Unknown}; })
                                        << QList<qint64>{18};
        QTest::newRow("cancelled or planned")
            << with([](EventFilter& f) { f.statuses = {EventStatus::Cancelled, EventStatus::Planned}; }) << QList<qint64>{3, 11};

        QTest::newRow("tag") << with([](EventFilter& f) { f.tags = {u"trade"_s}; }) << QList<qint64>{25, 40, 50};
        QTest::newRow("any of two tags") << with([](EventFilter& f) { f.tags = {u"security"_s, u"energy"_s}; })
                                         << QList<qint64>{7, 11, 30, 40};
        QTest::newRow("tags are case-sensitive") << with([](EventFilter& f) { f.tags = {u"Trade"_s}; }) << QList<qint64>{};

        // Dates: an event is shown when it overlaps [from, to], both ends included.
        QTest::newRow("from mid-February") << with([](EventFilter& f) { f.fromMs = utcMs(2025, 2, 15); })
                                           << QList<qint64>{3, 7, 25, 40, 50};
        QTest::newRow("from the last ms of February") << with([](EventFilter& f) { f.fromMs = utcMs(2025, 3, 1) - 1; })
                                                      << QList<qint64>{3, 7, 25, 40, 50};
        QTest::newRow("from 1 March") << with([](EventFilter& f) { f.fromMs = utcMs(2025, 3, 1); })
                                      << QList<qint64>{3, 7, 40, 50};
        QTest::newRow("from the second day of a range") << with([](EventFilter& f) { f.fromMs = utcMs(2025, 6, 2); })
                                                        << QList<qint64>{50};
        QTest::newRow("from after everything") << with([](EventFilter& f) { f.fromMs = utcMs(2026, 1, 1); })
                                               << QList<qint64>{};
        QTest::newRow("until mid-February") << with([](EventFilter& f) { f.toMs = utcMs(2025, 2, 15); })
                                            << QList<qint64>{11, 18, 25, 30};
        QTest::newRow("until 31 January") << with([](EventFilter& f) { f.toMs = utcMs(2025, 1, 31); })
                                          << QList<qint64>{11, 18, 30};
        QTest::newRow("until the first ms of February") << with([](EventFilter& f) { f.toMs = utcMs(2025, 2, 1); })
                                                        << QList<qint64>{11, 18, 25, 30};
        QTest::newRow("until before everything") << with([](EventFilter& f) { f.toMs = utcMs(2024, 12, 31); })
                                                 << QList<qint64>{};
        QTest::newRow("one day inside a range") << with([](EventFilter& f) {
            f.fromMs = utcMs(2025, 4, 3);
            f.toMs = utcMs(2025, 4, 4) - 1;
        }) << QList<qint64>{3};
        QTest::newRow("a minute") << with([](EventFilter& f) {
            f.fromMs = utcMs(2025, 5, 2, 14, 30);
            f.toMs = utcMs(2025, 5, 2, 14, 30);
        }) << QList<qint64>{7};
        QTest::newRow("the minute before") << with([](EventFilter& f) {
            f.fromMs = utcMs(2025, 5, 2, 14, 29);
            f.toMs = utcMs(2025, 5, 2, 14, 30) - 1;
        }) << QList<qint64>{};

        QTest::newRow("text with matches") << with([](EventFilter& f) {
            f.text = u"talks"_s;
            f.textMatches = QSet<qint64>{25, 40, 999};
        }) << QList<qint64>{25, 40};
        QTest::newRow("text not searched yet") << with([](EventFilter& f) { f.text = u"talks"_s; }) << QList<qint64>{};
        QTest::newRow("text matching nothing") << with([](EventFilter& f) {
            f.text = u"talks"_s;
            f.textMatches = QSet<qint64>{};
        }) << QList<qint64>{};
        QTest::newRow("blank text ignores stale matches") << with([](EventFilter& f) {
            f.text = u"   "_s;
            f.textMatches = QSet<qint64>{40};
        }) << allIds;

        QTest::newRow("actor, kinds and from") << with([](EventFilter& f) {
            f.actors = {3};
            f.kinds = {EventKind::Meeting, EventKind::Interview, EventKind::Talks};
            f.fromMs = utcMs(2025, 3, 1);
        }) << QList<qint64>{7, 40};
        QTest::newRow("tag, status and until") << with([](EventFilter& f) {
            f.tags = {u"trade"_s};
            f.statuses = {EventStatus::Occurred};
            f.toMs = utcMs(2025, 5, 31);
        }) << QList<qint64>{25, 40};
        QTest::newRow("actor and text") << with([](EventFilter& f) {
            f.actors = {7};
            f.text = u"a"_s;
            f.textMatches = QSet<qint64>{7, 11, 30};
        }) << QList<qint64>{7, 11};
        QTest::newRow("everything, nothing left") << with([](EventFilter& f) {
            f.actors = {12};
            f.kinds = {EventKind::Visit};
            f.statuses = {EventStatus::Cancelled};
            f.tags = {u"trade"_s};
        }) << QList<qint64>{};
    }
    void mask()
    {
        QFETCH(EventFilter, filter);
        QFETCH(QList<qint64>, shown);
        // The same answer whatever the lanes are.
        for (const LaneGrouping grouping : {LaneGrouping::Actor, LaneGrouping::Kind, LaneGrouping::Tag, LaneGrouping::Single}) {
            const TimelineIndex index = TimelineIndex::build(source(), grouping);
            const std::vector<quint8> mask = filter.mask(index);
            QCOMPARE(mask.size(), index.size());
            for (const quint8 value : mask)
                QVERIFY(value == 0 || value == 1);
            QCOMPARE(shownIds(index, mask), shown);
        }
    }

    void maskOfEmptyIndex()
    {
        EventFilter filter;
        filter.actors = {1};
        QVERIFY(filter.mask(TimelineIndex()).empty());
    }

    void isActive_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<bool>("active");
        const auto with = [](auto set) {
            EventFilter f;
            set(f);
            return f;
        };
        QTest::newRow("default") << EventFilter{} << false;
        QTest::newRow("actors") << with([](EventFilter& f) { f.actors = {1}; }) << true;
        QTest::newRow("kinds") << with([](EventFilter& f) { f.kinds = {EventKind::Call}; }) << true;
        QTest::newRow("statuses") << with([](EventFilter& f) { f.statuses = {EventStatus::Occurred}; }) << true;
        QTest::newRow("tags") << with([](EventFilter& f) { f.tags = {u"x"_s}; }) << true;
        QTest::newRow("from") << with([](EventFilter& f) { f.fromMs = 0; }) << true;
        QTest::newRow("to") << with([](EventFilter& f) { f.toMs = -dayMs; }) << true;
        QTest::newRow("text") << with([](EventFilter& f) { f.text = u"Alaska"_s; }) << true;
        QTest::newRow("blank text") << with([](EventFilter& f) { f.text = u" \t "_s; }) << false;
        QTest::newRow("matches without text") << with([](EventFilter& f) { f.textMatches = QSet<qint64>{1}; }) << false;
    }
    void isActive()
    {
        QFETCH(EventFilter, filter);
        QFETCH(bool, active);
        QCOMPARE(filter.isActive(), active);
        // An inactive filter shows everything.
        if (!active) {
            const TimelineIndex index = TimelineIndex::build(source(), LaneGrouping::Single);
            QCOMPARE(shownIds(index, filter.mask(index)), allIds);
        }
    }

    void description_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<bool>("withNames");
        QTest::addColumn<QString>("expected");
        const auto with = [](auto set) {
            EventFilter f;
            set(f);
            return f;
        };
        QTest::newRow("nothing") << EventFilter{} << true << QString();
        QTest::newRow("actors by name") << with([](EventFilter& f) { f.actors = {7, 3}; }) << true
                                        << u"actors: Alpha State, bravo"_s;
        QTest::newRow("actors by id") << with([](EventFilter& f) { f.actors = {7, 3}; }) << false << u"actors: 3, 7"_s;
        QTest::newRow("kinds in kind order") << with([](EventFilter& f) { f.kinds = {EventKind::Meeting, EventKind::Summit}; })
                                             << true << u"kind: summit, meeting"_s;
        QTest::newRow("statuses") << with([](EventFilter& f) { f.statuses = {EventStatus::Cancelled, EventStatus::Planned}; })
                                  << true << u"status: planned, cancelled"_s;
        QTest::newRow("tags by name") << with([](EventFilter& f) { f.tags = {u"trade"_s, u"Energy"_s}; }) << true
                                      << u"tags: Energy, trade"_s;
        QTest::newRow("from and to") << with([](EventFilter& f) {
            f.fromMs = utcMs(2025, 8, 15, 11);
            f.toMs = utcMs(2025, 8, 18);
        }) << true << u"from 15 Aug 2025 to 18 Aug 2025"_s;
        QTest::newRow("from") << with([](EventFilter& f) { f.fromMs = utcMs(1969, 7, 20); }) << true << u"from 20 Jul 1969"_s;
        QTest::newRow("until") << with([](EventFilter& f) { f.toMs = utcMs(2025, 8, 18); }) << true << u"until 18 Aug 2025"_s;
        QTest::newRow("text, trimmed") << with([](EventFilter& f) { f.text = u"  Alaska "_s; }) << true
                                       << u"text: \u201cAlaska\u201d"_s;
        QTest::newRow("blank text") << with([](EventFilter& f) { f.text = u"  "_s; }) << true << QString();
        QTest::newRow("kind and text") << with([](EventFilter& f) {
            f.kinds = {EventKind::Summit, EventKind::Meeting};
            f.text = u"Alaska"_s;
        }) << true << u"kind: summit, meeting \u00b7 text: \u201cAlaska\u201d"_s;
        QTest::newRow("everything") << with([](EventFilter& f) {
            f.actors = {12};
            f.kinds = {EventKind::PressConference};
            f.statuses = {EventStatus::Occurred};
            f.tags = {u"trade"_s};
            f.fromMs = utcMs(2025, 1, 1);
            f.text = u"summit"_s;
        }) << true
           << u"actors: Charlie \u00b7 kind: press conference \u00b7 status: occurred \u00b7 tags: trade \u00b7 "
              u"from 1 Jan 2025 \u00b7 text: \u201csummit\u201d"_s;
    }
    void description()
    {
        QFETCH(EventFilter, filter);
        QFETCH(bool, withNames);
        QFETCH(QString, expected);
        const auto names = [](qint64 id) {
            switch (id) {
            case 3:
                return u"bravo"_s;
            case 7:
                return u"Alpha State"_s;
            case 12:
                return u"Charlie"_s;
            }
            return QString();
        };
        QCOMPARE(filter.description(withNames ? std::function<QString(qint64)>(names) : std::function<QString(qint64)>()),
            expected);
    }

    void actorListModel()
    {
        test::TempProject project;
        ATTACHE_WRITE(*project, {
            project->actors().insert(makeActor(u"Vladimir Putin"_s, ActorKind::Person, u"President of Russia"_s));
            project->actors().insert(makeActor(u"United States"_s, ActorKind::State, {}, {u"US"_s, u"USA"_s}));
            project->actors().insert(makeActor(u"NATO"_s, ActorKind::Organization));
        });
        ActorListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QCOMPARE(model.rowCount(), 0);
        model.setProject(project.project.get());
        QCOMPARE(resets.count(), 1);

        const auto names = [&] {
            QStringList result;
            for (int row = 0; row < model.rowCount(); ++row)
                result.append(model.data(model.index(row, 0)).toString());
            return result;
        };
        // By name, as the repository orders them.
        QCOMPARE(names(), (QStringList{u"NATO"_s, u"United States"_s, u"Vladimir Putin"_s}));
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);
        QVERIFY(!model.index(3, 0).isValid());
        QTest::ignoreMessage(QtWarningMsg, "Index QModelIndex(-1,-1,0x0,QObject(0x0)) is not valid (expected valid)");
        QVERIFY(!model.data(model.index(3, 0)).isValid());

        const int putin = 2;
        QCOMPARE(model.data(model.index(putin, 0), Qt::ToolTipRole).toString(), u"Person \u00b7 President of Russia"_s);
        QCOMPARE(model.data(model.index(1, 0), Qt::ToolTipRole).toString(), u"State\nAlso: US, USA"_s);
        QCOMPARE(model.data(model.index(0, 0), Qt::ToolTipRole).toString(), u"Organisation"_s);
        QVERIFY(!model.data(model.index(0, 0), Qt::DecorationRole).isValid());

        // Ids by row and rows by id agree with the repository.
        for (int row = 0; row < model.rowCount(); ++row) {
            const ActorId id = model.actorAt(row);
            QVERIFY(id.isValid());
            QCOMPARE(model.data(model.index(row, 0), ActorListModel::ActorIdRole).toLongLong(), id.value);
            QCOMPARE(model.rowOf(id), row);
            QCOMPARE(project->actors().find(id)->name, names().at(row));
        }
        QVERIFY(!model.actorAt(-1).isValid());
        QVERIFY(!model.actorAt(3).isValid());
        QCOMPARE(model.rowOf(ActorId(987654)), -1);

        // A new actor: the model reloads and places it by name.
        ActorId added;
        ATTACHE_WRITE(*project, added = project->actors().insert(makeActor(u"European Union"_s, ActorKind::Organization)));
        QCOMPARE(resets.count(), 2);
        QCOMPARE(names(), (QStringList{u"European Union"_s, u"NATO"_s, u"United States"_s, u"Vladimir Putin"_s}));
        QCOMPARE(model.rowOf(added), 0);

        // A rename moves it.
        Actor renamed = *project->actors().find(added);
        renamed.name = u"Zz Union"_s;
        ATTACHE_WRITE(*project, project->actors().update(renamed));
        QCOMPARE(resets.count(), 3);
        QCOMPARE(model.rowOf(added), 3);

        // A removal drops it.
        ATTACHE_WRITE(*project, project->actors().remove(added));
        QCOMPARE(resets.count(), 4);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(added), -1);

        // Changes to other things leave the list alone.
        Event event;
        event.title = u"Talks in Geneva"_s;
        event.start = FuzzyDate::fromDate(QDate(2025, 1, 10));
        ATTACHE_WRITE(*project, project->events().insert(event));
        QCOMPARE(resets.count(), 4);

        // Without a project, nothing; and changes to the old project no longer reach the model.
        model.setProject(nullptr);
        QCOMPARE(resets.count(), 5);
        QCOMPARE(model.rowCount(), 0);
        ATTACHE_WRITE(*project, project->actors().insert(makeActor(u"Ukraine"_s, ActorKind::State)));
        QCOMPARE(resets.count(), 5);
        QCOMPARE(model.rowCount(), 0);
    }

    void kindLabels_data()
    {
        QTest::addColumn<ActorKind>("kind");
        QTest::addColumn<QString>("label");
        QTest::newRow("person") << ActorKind::Person << u"Person"_s;
        QTest::newRow("state") << ActorKind::State << u"State"_s;
        QTest::newRow("organisation") << ActorKind::Organization << u"Organisation"_s;
        QTest::newRow("group") << ActorKind::Group << u"Group"_s;
        QTest::newRow("media") << ActorKind::Media << u"Media"_s;
        QTest::newRow("other") << ActorKind::Other << u"Other"_s;
    }
    void kindLabels()
    {
        QFETCH(ActorKind, kind);
        QFETCH(QString, label);
        QCOMPARE(ActorListModel::kindLabel(kind), label);
    }
};

QTEST_GUILESS_MAIN(TestEventFilter)
#include "tst_eventfilter.moc"
