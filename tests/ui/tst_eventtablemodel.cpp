// SPDX-License-Identifier: GPL-3.0-or-later
// EventTableModel on the bundled sample: shape, headers, sorting, persistent indexes and reloads, all under
// QAbstractItemModelTester so that every signal the views rely on is checked too.
#include <memory>
#include <random>

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "eventtablemodel.h"
#include "sample/sample.h"
#include "storage/project.h"
#include "storage/storageerror.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

// The sample's event titles, as resources/sample/alaska-summit.json spells them.
const QString summit = u"Trump\u2013Putin summit in Alaska"_s;
const QString whiteHouse = u"Zelenskyy and European leaders at the White House"_s;
const QString cnn = u"Witkoff on CNN's State of the Union"_s;
const QString nbc = u"Rubio on NBC's Meet the Press"_s;
const QString cbs = u"Rubio on CBS's Face the Nation"_s;
const QString truthSocial = u"Trump's Truth Social post on Russia"_s;

} // namespace

class TestEventTableModel final : public QObject
{
    Q_OBJECT

private:
    QString titleAt(int row) const
    {
        return m_model->data(m_model->index(row, EventTableModel::TitleColumn)).toString();
    }
    QStringList titles() const
    {
        QStringList result;
        for (int row = 0; row < m_model->rowCount(); ++row)
            result.append(titleAt(row));
        return result;
    }
    int rowOfTitle(const QString& title) const { return int(titles().indexOf(title)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<EventTableModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto created = sample::create(m_dir->filePath(u"sample.attache"_s));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error()));
        m_project = std::move(created.value());
        m_model = std::make_unique<EventTableModel>();
        // The tester watches from before the first reset, so setProject() is checked as well.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        m_model->setProject(m_project.get());
    }
    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
        m_project.reset();
        m_dir.reset();
    }

    void shape()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->rowCount(), int(m_project->events().count()));
        QCOMPARE(m_model->columnCount(), int(EventTableModel::ColumnCount));
        QCOMPARE(m_model->columnCount(), 5);
        // A table: no children below any row.
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QCOMPARE(m_model->columnCount(m_model->index(0, 0)), 0);
        QVERIFY(!m_model->index(6, 0).isValid());
    }

    void headers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("header");
        QTest::newRow("date") << int(EventTableModel::DateColumn) << u"Date"_s;
        QTest::newRow("title") << int(EventTableModel::TitleColumn) << u"Title"_s;
        QTest::newRow("kind") << int(EventTableModel::KindColumn) << u"Kind"_s;
        QTest::newRow("status") << int(EventTableModel::StatusColumn) << u"Status"_s;
        QTest::newRow("location") << int(EventTableModel::LocationColumn) << u"Location"_s;
    }
    void headers()
    {
        QFETCH(int, column);
        QFETCH(QString, header);
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), header);
        QVERIFY(!m_model->headerData(column, Qt::Vertical).toString().contains(header));
    }

    void defaultOrderIsTimeOrder()
    {
        // The repository's time order is the reference.
        QStringList expected;
        for (const Event& e : m_project->events().list())
            expected.append(e.title);
        QCOMPARE(titles(), expected);
        QCOMPARE(titles(), (QStringList{summit, cnn, nbc, cbs, truthSocial, whiteHouse}));
        for (int row = 1; row < m_model->rowCount(); ++row) {
            QVERIFY(m_model->data(m_model->index(row - 1, 0), EventTableModel::SortKeyRole).toLongLong()
                <= m_model->data(m_model->index(row, 0), EventTableModel::SortKeyRole).toLongLong());
        }
        // The id role and eventAt()/rowOf() agree on every row.
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const EventId id = m_model->eventAt(row);
            QVERIFY(id.isValid());
            QCOMPARE(m_model->data(m_model->index(row, 0), EventTableModel::EventIdRole).toLongLong(), id.value);
            QCOMPARE(m_model->rowOf(id), row);
            QCOMPARE(titleAt(row), m_project->events().find(id)->title);
        }
        QCOMPARE(m_model->data(m_model->index(0, EventTableModel::KindColumn)).toString(), u"Summit"_s);
        QCOMPARE(m_model->data(m_model->index(0, EventTableModel::StatusColumn)).toString(), u"Occurred"_s);
        QCOMPARE(m_model->data(m_model->index(0, EventTableModel::LocationColumn)).toString(),
            u"Military base in Alaska"_s);
        QVERIFY(m_model->data(m_model->index(0, EventTableModel::DateColumn)).toString().contains(u"2025"_s));
    }

    void sort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("last");
        const auto asc = Qt::AscendingOrder;
        const auto desc = Qt::DescendingOrder;
        QTest::newRow("date asc") << int(EventTableModel::DateColumn) << asc << summit << whiteHouse;
        QTest::newRow("date desc") << int(EventTableModel::DateColumn) << desc << whiteHouse << summit;
        QTest::newRow("title asc") << int(EventTableModel::TitleColumn) << asc << cbs << whiteHouse;
        QTest::newRow("title desc") << int(EventTableModel::TitleColumn) << desc << whiteHouse << cbs;
        // Kinds sort in the order of EventKind (summit first, post after interview), not by their labels.
        QTest::newRow("kind asc") << int(EventTableModel::KindColumn) << asc << summit << truthSocial;
        QTest::newRow("kind desc") << int(EventTableModel::KindColumn) << desc << truthSocial << summit;
        QTest::newRow("status asc") << int(EventTableModel::StatusColumn) << asc << summit << whiteHouse;
        QTest::newRow("status desc") << int(EventTableModel::StatusColumn) << desc << whiteHouse << summit;
        QTest::newRow("location asc") << int(EventTableModel::LocationColumn) << asc << cbs << whiteHouse;
        QTest::newRow("location desc") << int(EventTableModel::LocationColumn) << desc << whiteHouse << cbs;
    }
    void sort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        QFETCH(QString, first);
        QFETCH(QString, last);
        QSignalSpy layoutChanged(m_model.get(), &QAbstractItemModel::layoutChanged);
        const QStringList before = titles();
        m_model->sort(column, order);
        QCOMPARE(layoutChanged.size(), 1);
        QCOMPARE(titleAt(0), first);
        QCOMPARE(titleAt(m_model->rowCount() - 1), last);
        // Sorting moves rows, it does not add or lose any.
        QStringList sortedBefore = before;
        QStringList sortedAfter = titles();
        sortedBefore.sort();
        sortedAfter.sort();
        QCOMPARE(sortedAfter, sortedBefore);
        // Text columns are in order throughout, the way the user reads them.
        if (column == EventTableModel::TitleColumn || column == EventTableModel::LocationColumn) {
            for (int row = 1; row < m_model->rowCount(); ++row) {
                const int cmp = m_model->data(m_model->index(row - 1, column))
                                    .toString()
                                    .compare(m_model->data(m_model->index(row, column)).toString(), Qt::CaseInsensitive);
                QVERIFY2(order == Qt::AscendingOrder ? cmp <= 0 : cmp >= 0, qPrintable(titles().join(u" | "_s)));
            }
        }
        // eventAt()/rowOf() follow the new order.
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->rowOf(m_model->eventAt(row)), row);
    }

    void persistentIndexSurvivesSort()
    {
        const int row = rowOfTitle(nbc);
        QCOMPARE(row, 2);
        const EventId id = m_model->eventAt(row);
        const QPersistentModelIndex title(m_model->index(row, EventTableModel::TitleColumn));
        const QPersistentModelIndex location(m_model->index(row, EventTableModel::LocationColumn));

        m_model->sort(EventTableModel::TitleColumn, Qt::DescendingOrder);
        QVERIFY(title.isValid());
        QVERIFY(location.isValid());
        QVERIFY2(title.row() != row, "the event moved, so the persistent index had to follow it");
        QCOMPARE(title.row(), m_model->rowOf(id));
        QCOMPARE(title.data().toString(), nbc);
        QCOMPARE(title.column(), int(EventTableModel::TitleColumn));
        QCOMPARE(location.row(), title.row());
        QCOMPARE(location.data().toString(), u"NBC, Meet the Press"_s);

        m_model->sort(EventTableModel::DateColumn, Qt::AscendingOrder);
        QCOMPARE(title.row(), row);
        QCOMPARE(title.data().toString(), nbc);
    }

    void patchesRowsAfterAChange()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        Event e;
        e.title = u"Lavrov and Rubio speak by phone"_s;
        e.kind = EventKind::Call;
        e.start = FuzzyDate::parse(u"2025-08-16"_s).value();
        e.location = u"Telephone"_s;
        EventId id;
        const Status written = m_project->write([&] { id = m_project->events().insert(e); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        QVERIFY(id.isValid());

        QCOMPARE(reset.size(), 0); // one row inserted, nothing reloaded
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(m_model->rowCount(), 7);
        const int row = m_model->rowOf(id);
        QCOMPARE(row, 1); // between the summit (15 August) and the interviews (17 August)
        QCOMPARE(titleAt(row), e.title);
        QCOMPARE(m_model->data(m_model->index(row, EventTableModel::KindColumn)).toString(), u"Call"_s);
        QCOMPARE(m_model->data(m_model->index(row, EventTableModel::LocationColumn)).toString(), e.location);

        // A reload keeps the user's sort.
        m_model->sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        Event late;
        late.title = u"Aardvark talks"_s;
        late.kind = EventKind::Talks;
        late.start = FuzzyDate::parse(u"2025-09-01"_s).value();
        const Status again = m_project->write([&] { m_project->events().insert(late); });
        QVERIFY(again.ok());
        QCOMPARE(m_model->rowCount(), 8);
        QCOMPARE(titleAt(0), late.title);

        // A failed change (rolled back) leaves the rows as they are.
        const int rows = m_model->rowCount();
        const Status failed = m_project->write([&] {
            m_project->events().insert(late);
            throw StorageError(u"refused on purpose"_s);
        });
        QVERIFY(!failed.ok());
        QCOMPARE(m_model->rowCount(), rows);
        QCOMPARE(m_project->events().count(), qint64(rows));
    }

    // A change of one event touches its row only: a retitle under the title sort moves the row (persistent indexes,
    // which hold the view's selection, follow it), a retitle that keeps its place changes the row's data, a
    // deletion removes it; none resets the model.
    void movesUpdatesAndRemovesRows()
    {
        m_model->sort(EventTableModel::TitleColumn, Qt::AscendingOrder);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        const int summitRow = rowOfTitle(summit);
        const QPersistentModelIndex held = m_model->index(summitRow, EventTableModel::TitleColumn);
        const EventId id = m_model->eventAt(summitRow);

        Event event = *m_project->events().find(id);
        event.title = u"Anchorage summit"_s; // first by title now
        QVERIFY(m_project->write([&] { m_project->events().update(event); }).ok());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 1); // the moved row's data changed too
        QCOMPARE(changed.last().at(0).toModelIndex().row(), 0);
        QCOMPARE(titleAt(0), event.title);
        QCOMPARE(held.row(), 0);
        QCOMPARE(held.data().toString(), event.title);

        event.title = u"Anchorage summit, first day"_s; // still first
        QVERIFY(m_project->write([&] { m_project->events().update(event); }).ok());
        QCOMPARE(moved.size(), 1);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(titleAt(0), event.title);

        QVERIFY(m_project->write([&] { m_project->events().remove(id); }).ok());
        QCOMPARE(removed.size(), 1);
        QCOMPARE(m_model->rowCount(), 5);
        QVERIFY(!titles().contains(event.title));
        QCOMPARE(m_model->rowOf(id), -1);
        QCOMPARE(reset.size(), 0);
    }

    // Random adds, retitles, redates and deletions, under each sort and with a filter, leave the rows as a model
    // loaded afresh shows them; a change of many events at once reloads.
    void patchedRowsMatchAFreshLoad_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<bool>("filtered");
        QTest::newRow("date") << int(EventTableModel::DateColumn) << false << false;
        QTest::newRow("date, descending, filtered") << int(EventTableModel::DateColumn) << true << true;
        QTest::newRow("title") << int(EventTableModel::TitleColumn) << false << false;
        QTest::newRow("kind, filtered") << int(EventTableModel::KindColumn) << false << true;
        QTest::newRow("location, descending") << int(EventTableModel::LocationColumn) << true << false;
    }
    void patchedRowsMatchAFreshLoad()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(bool, filtered);
        const auto order = descending ? Qt::DescendingOrder : Qt::AscendingOrder;
        // The filter shows calls and meetings only, as the timeline's filter would.
        Project* project = m_project.get();
        const auto accept = [project](qint64 id) {
            const auto e = project->events().find(EventId(id));
            return e && (e->kind == EventKind::Call || e->kind == EventKind::Meeting);
        };
        if (filtered)
            m_model->setFilter(accept);
        m_model->sort(column, order);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        std::mt19937 random(3);
        const QStringList words{u"Talks"_s, u"call"_s, u"Summit"_s, u"meeting"_s, u"visit"_s};
        const QList<EventKind> kinds{EventKind::Call, EventKind::Meeting, EventKind::Summit};
        for (int step = 0; step < 60; ++step) {
            QList<Event> events = m_project->events().list();
            const int what = int(random() % 4);
            const Status written = m_project->write([&] {
                if (what == 0 || events.isEmpty()) {
                    Event e;
                    e.title = words[qsizetype(random() % 5)] + u" %1"_s.arg(step);
                    e.kind = kinds[qsizetype(random() % 3)];
                    e.location = words[qsizetype(random() % 5)];
                    e.start = FuzzyDate::parse(u"2025-08-%1"_s.arg(10 + random() % 15)).value();
                    m_project->events().insert(e);
                } else {
                    Event e = events[qsizetype(random() % std::size_t(events.size()))];
                    if (what == 1) {
                        e.title = words[qsizetype(random() % 5)] + u" %1"_s.arg(step);
                        e.kind = kinds[qsizetype(random() % 3)];
                        m_project->events().update(e);
                    } else if (what == 2) {
                        e.start = FuzzyDate::parse(u"2025-08-%1"_s.arg(10 + random() % 15)).value();
                        m_project->events().update(e);
                    } else {
                        m_project->events().remove(e.id);
                    }
                }
            });
            QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        }
        QCOMPARE(reset.size(), 0);

        EventTableModel fresh;
        fresh.setProject(m_project.get());
        if (filtered)
            fresh.setFilter(accept);
        fresh.sort(column, order);
        QCOMPARE(m_model->rowCount(), fresh.rowCount());
        for (int row = 0; row < fresh.rowCount(); ++row) {
            QCOMPARE(m_model->eventAt(row), fresh.eventAt(row));
            for (int c = 0; c < EventTableModel::ColumnCount; ++c)
                QCOMPARE(m_model->index(row, c).data().toString(), fresh.index(row, c).data().toString());
        }

        // Many events at once (an import) reload instead; calls pass the filter too.
        const int before = m_model->rowCount();
        QVERIFY(m_project->write([&] {
            for (int k = 0; k < 250; ++k) {
                Event e;
                e.title = u"Bulk %1"_s.arg(k);
                e.kind = EventKind::Call;
                e.start = FuzzyDate::parse(u"2025-09-01"_s).value();
                m_project->events().insert(e);
            }
        }).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), before + 250);
    }

    void noProjectIsEmpty()
    {
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setProject(nullptr);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        QVERIFY(!m_model->eventAt(0).isValid());
        QCOMPARE(m_model->rowOf(EventId(1)), -1);
        // Detached: later changes to the project do not reach the model.
        Event e;
        e.title = u"After detaching"_s;
        e.start = FuzzyDate::parse(u"2025-08-20"_s).value();
        QVERIFY(m_project->write([&] { m_project->events().insert(e); }).ok());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(m_model->rowCount(), 0);
        // And attaching again shows everything, the new event included.
        m_model->setProject(m_project.get());
        QCOMPARE(m_model->rowCount(), 7);
    }
};

QTEST_MAIN(TestEventTableModel)
#include "tst_eventtablemodel.moc"
