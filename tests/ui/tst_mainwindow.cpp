// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow, driven the way a user drives it (KeePassXC style): widgets found by objectName, mouse clicks
// on the table, signals spied on, error boxes answered. Settings and the sample live in Qt's test-mode folders.
#include <memory>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDialog>
#include <QDockWidget>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QClipboard>
#include <QMimeData>
#include <QUndoStack>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

#include "detailview.h"
#include "eventselection.h"
#include "timeline/timelineview.h"
#include "eventtablemodel.h"
#include "mainwindow.h"
#include "network/networkview.h"
#include "document.h"
#include "sample/sample.h"
#include "sources/importreviewdialog.h"
#include "sources/sourcereader.h"
#include "storage/project.h"

using namespace Qt::Literals::StringLiterals;
using namespace attache;

namespace {

// The sample's event titles, as resources/sample/alaska-summit.json spells them.
const QString summit = u"Trump\u2013Putin summit in Alaska"_s;
const QString whiteHouse = u"Zelenskyy and European leaders at the White House"_s;
const QString cnn = u"Witkoff on CNN's State of the Union"_s;
const QString cbs = u"Rubio on CBS's Face the Nation"_s;

void removeProjectFile(const QString& path)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(path + suffix);
}

QStringList actionTexts(const QMenu* menu)
{
    QStringList texts;
    for (const QAction* action : menu->actions())
        texts.append(action->text());
    return texts;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private:
    QTableView* table() const { return m_window->findChild<QTableView*>(u"eventTable"_s); }
    DetailView* detail() const { return m_window->findChild<DetailView*>(u"detailView"_s); }
    QMessageBox* errorBox() const { return m_window->findChild<QMessageBox*>(u"errorBox"_s); }

    int rowOfTitle(const QString& title) const
    {
        const QAbstractItemModel* model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, EventTableModel::TitleColumn).data().toString() == title)
                return row;
        }
        return -1;
    }

    /// A closed copy of the sample at `name` in the test's folder.
    QString makeSample(const QString& name) const
    {
        const QString path = m_dir.filePath(name);
        auto created = sample::create(path);
        return created ? path : QString();
    }

    /// Checks that the error box is up, answers it, and waits until it is gone.
    void closeErrorBox()
    {
        QTRY_VERIFY(errorBox() != nullptr);
        QMessageBox* box = errorBox();
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->icon(), QMessageBox::Critical);
        QAbstractButton* ok = box->button(QMessageBox::Ok);
        QVERIFY(ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QTRY_VERIFY(errorBox() == nullptr);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    /// Accepts the next import review as soon as it shows (the window opens it with exec()); `title` gets its title.
    static void acceptNextReview(const std::shared_ptr<QString>& title = {}, int attempts = 200)
    {
        QTimer::singleShot(10, qApp, [title, attempts] {
            auto* dialog = qobject_cast<ImportReviewDialog*>(QApplication::activeModalWidget());
            if (!dialog) {
                if (attempts > 0)
                    acceptNextReview(title, attempts - 1);
                return;
            }
            if (title)
                *title = dialog->windowTitle();
            dialog->accept();
        });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"AttacheTest"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QVERIFY(m_dir.isValid());
        // Never the user's own settings or data.
        QVERIFY2(QSettings().fileName().contains(u"/.qttest/"_s), qPrintable(QSettings().fileName()));
        QVERIFY2(MainWindow::sampleProjectPath().contains(u"/.qttest/"_s), qPrintable(MainWindow::sampleProjectPath()));
        QSettings().clear();
        removeProjectFile(MainWindow::sampleProjectPath());
    }

    void init()
    {
        QSettings().clear();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(table());
        QVERIFY(detail());
    }

    void cleanup() { m_window.reset(); }

    void cleanupTestCase()
    {
        QSettings().clear();
        removeProjectFile(MainWindow::sampleProjectPath());
    }

    void firstStartCreatesTheSample()
    {
        removeProjectFile(MainWindow::sampleProjectPath());
        QVERIFY(!QFileInfo::exists(MainWindow::sampleProjectPath()));
        QCOMPARE(table()->model()->rowCount(), 0);
        QSignalSpy changed(m_window.get(), &MainWindow::projectChanged);

        m_window->openStartupProject();
        QCOMPARE(changed.size(), 1);
        QVERIFY(QFileInfo::exists(MainWindow::sampleProjectPath()));
        QVERIFY(m_window->project());
        QCOMPARE(m_window->project()->path(), MainWindow::sampleProjectPath());
        QCOMPARE(table()->model()->rowCount(), 6);
        QVERIFY(!m_window->project()->isReadOnly());
        QCOMPARE(m_window->windowTitle(), u"Sample"_s);
        QVERIFY2(m_window->findChild<QLabel*>(u"countsLabel"_s)->text().contains(u"6 event"_s),
            qPrintable(m_window->findChild<QLabel*>(u"countsLabel"_s)->text()));
        // The first event is selected and shown.
        QCOMPARE(m_window->selectedEvent(), m_window->project()->events().list().first().id);
        QVERIFY(detail()->plainText().startsWith(summit));
    }

    void startupReopensTheLastProject()
    {
        const QString path = makeSample(u"last.attache"_s);
        QVERIFY(!path.isEmpty());
        QVERIFY(m_window->openProject(path));
        m_window.reset();

        {
            MainWindow again;
            again.openStartupProject();
            QVERIFY(again.project());
            QCOMPARE(again.project()->path(), QFileInfo(path).absoluteFilePath());
        }

        // Once the last project is gone, start-up falls back to the sample.
        removeProjectFile(path);
        MainWindow third;
        third.openStartupProject();
        QVERIFY(third.project());
        QCOMPARE(third.project()->path(), MainWindow::sampleProjectPath());
    }

    void selectingARowShowsItsDetails_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QStringList>("participants");
        QTest::addColumn<QString>("quote");
        QTest::newRow("summit") << summit
                                << QStringList{u"Donald Trump"_s, u"Vladimir Putin"_s, u"Steve Witkoff"_s,
                                       u"Volodymyr Zelenskyy"_s}
                                << u"BIG PROGRESS ON RUSSIA"_s;
        QTest::newRow("interview") << cnn << QStringList{u"Steve Witkoff"_s, u"CNN"_s}
                                   << u"Putin says the red flag is NATO admission"_s;
        QTest::newRow("second interview") << cbs << QStringList{u"Marco Rubio"_s, u"CBS News"_s}
                                          << u"That's not an unreasonable request."_s;
        QTest::newRow("planned meeting")
            << whiteHouse << QStringList{u"Donald Trump"_s, u"Volodymyr Zelenskyy"_s, u"European leaders"_s}
            << u"There needs to be a discussion of Donetsk"_s;
    }
    void selectingARowShowsItsDetails()
    {
        QFETCH(QString, title);
        QFETCH(QStringList, participants);
        QFETCH(QString, quote);
        m_window->openStartupProject();
        QCOMPARE(table()->model()->rowCount(), 6);

        table()->clearSelection();
        QTRY_VERIFY(!detail()->event().isValid());
        QVERIFY(!detail()->plainText().contains(title));

        const int row = rowOfTitle(title);
        QVERIFY(row >= 0);
        const QRect rect = table()->visualRect(table()->model()->index(row, EventTableModel::TitleColumn));
        QVERIFY(rect.isValid());
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());

        QTRY_VERIFY(detail()->event().isValid());
        QCOMPARE(m_window->selectedEvent(), detail()->event());
        QCOMPARE(m_window->project()->events().find(detail()->event())->title, title);
        const QString text = detail()->plainText();
        QVERIFY2(text.startsWith(title), qPrintable(text));
        for (const QString& name : participants)
            QVERIFY2(text.contains(name), qPrintable(name + u" missing from: "_s + text));
        QVERIFY2(text.contains(u"\u201C"_s + quote + u"\u201D"_s), qPrintable(text));
    }

    void openingAMissingFileKeepsTheProject()
    {
        m_window->openStartupProject();
        const QString before = m_window->project()->path();
        const QString title = m_window->windowTitle();
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        QSignalSpy changed(m_window.get(), &MainWindow::projectChanged);

        const QString missing = m_dir.filePath(u"nowhere.attache"_s);
        QVERIFY(!m_window->openProject(missing));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"no such file"_s), qPrintable(errors.first().first().toString()));
        QVERIFY(errors.first().first().toString().contains(QDir::toNativeSeparators(missing)));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_window->project()->path(), before);
        QCOMPARE(m_window->windowTitle(), title);
        QCOMPARE(table()->model()->rowCount(), 6);
        QVERIFY(errorBox()->text().contains(u"no such file"_s));
        closeErrorBox();
        QVERIFY(!QFileInfo::exists(missing));
    }

    void openingANonProjectKeepsTheProject()
    {
        m_window->openStartupProject();
        const QString before = m_window->project()->path();
        const QString notes = m_dir.filePath(u"notes.attache"_s);
        const QByteArray content("Notes from the briefing, not a project.\n");
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);

        QVERIFY(!m_window->openProject(notes));
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().first().toString().contains(u"not an Attaché project"_s),
            qPrintable(errors.first().first().toString()));
        QCOMPARE(m_window->project()->path(), before);
        QCOMPARE(table()->model()->rowCount(), 6);
        closeErrorBox();
        // Refusing the file did not touch it, nor put it among the recent projects.
        QFile file(notes);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
        QVERIFY(!actionTexts(m_window->findChild<QMenu*>(u"recentMenu"_s)).contains(QDir::toNativeSeparators(notes)));
    }

    void newProjectIsEmptyAndRecent()
    {
        m_window->openStartupProject();
        QCOMPARE(table()->model()->rowCount(), 6);
        const QString path = m_dir.filePath(u"fresh.attache"_s);
        removeProjectFile(path);

        QVERIFY(m_window->newProject(path));
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(m_window->project()->path(), path);
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(m_window->windowTitle(), u"fresh"_s);
        QVERIFY(!detail()->event().isValid());

        const QMenu* recent = m_window->findChild<QMenu*>(u"recentMenu"_s);
        QVERIFY(recent);
        QVERIFY(recent->isEnabled());
        const QStringList texts = actionTexts(recent);
        const qsizetype fresh = texts.indexOf(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
        const qsizetype sample = texts.indexOf(QDir::toNativeSeparators(MainWindow::sampleProjectPath()));
        QVERIFY2(fresh >= 0 && sample >= 0, qPrintable(texts.join(u" | "_s)));
        QVERIFY2(fresh < sample, "the newest project comes first");

        // Creating over an existing project is refused and keeps the open one.
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        QVERIFY(!m_window->newProject(MainWindow::sampleProjectPath()));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(m_window->project()->path(), path);
        closeErrorBox();
    }

    void readOnlyProjectSaysSo()
    {
        m_window->openStartupProject();
        QVERIFY(m_window->findChild<QLabel*>(u"readOnlyLabel"_s)->text().isEmpty());
        QVERIFY(!m_window->windowTitle().contains(u"[read-only]"_s));

        const QString path = makeSample(u"locked.attache"_s);
        QVERIFY(!path.isEmpty());
        // Tests run as root, who may write anyway: the app goes by the owner's write bit.
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

        QVERIFY(m_window->openProject(path));
        QVERIFY(m_window->project()->isReadOnly());
        QCOMPARE(m_window->windowTitle(), u"locked [read-only]"_s);
        QCOMPARE(m_window->findChild<QLabel*>(u"readOnlyLabel"_s)->text(), u"Read-only"_s);
        QVERIFY(m_window->findChild<QLabel*>(u"readOnlyLabel"_s)->toolTip().contains(u"read-only"_s));
        QCOMPARE(table()->model()->rowCount(), 6);

        // Back to a writable project, the marks go.
        QVERIFY(m_window->openProject(MainWindow::sampleProjectPath()));
        QVERIFY(!m_window->windowTitle().contains(u"[read-only]"_s));
        QVERIFY(m_window->findChild<QLabel*>(u"readOnlyLabel"_s)->text().isEmpty());
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    }

    void geometryIsRestored()
    {
        m_window->openStartupProject();
        const QSize size(987, 654);
        m_window->resize(size);
        QTRY_COMPARE(m_window->size(), size);
        table()->horizontalHeader()->resizeSection(EventTableModel::TitleColumn, 222);
        auto* dock = m_window->findChild<QDockWidget*>(u"detailDock"_s);
        QVERIFY(dock);
        QVERIFY(dock->isVisible());
        dock->hide();
        QVERIFY(m_window->close());

        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->size(), size);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QCOMPARE(m_window->size(), size);
        QVERIFY(m_window->findChild<QDockWidget*>(u"detailDock"_s)->isHidden());
        m_window->openStartupProject();
        QCOMPARE(table()->model()->rowCount(), 6);
        QCOMPARE(table()->horizontalHeader()->sectionSize(EventTableModel::TitleColumn), 222);
    }

    void timelineAndTableShareTheSelection()
    {
        m_window->openProject(makeSample(u"shared.attache"_s));
        EventSelection* selection = m_window->selection();
        // Table -> shared selection -> details.
        table()->selectRow(rowOfTitle(cbs));
        QTRY_COMPARE(selection->current(), m_window->project()->events().list().at(rowOfTitle(cbs)).id);
        QVERIFY(detail()->plainText().contains(cbs));
        // Shared selection (as the timeline sets it) -> table.
        const EventId summitId = m_window->project()->events().list().first().id;
        selection->select(summitId);
        QCOMPARE(table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(table()->selectionModel()->selectedRows().first().row(), rowOfTitle(summit));
        QVERIFY(detail()->plainText().contains(summit));
    }

    void doubleClickOnTheTimelineOpensTheEditor()
    {
        m_window->openProject(makeSample(u"dialog.attache"_s));
        TimelineView* timeline = m_window->timeline();
        const EventId summitId = m_window->project()->events().list().first().id;
        const qint64 i = timeline->index().indexOf(summitId.value);
        QVERIFY(i >= 0);
        // Find the summit's marker on screen.
        QPoint at;
        const QRect lanes = timeline->lanesRect();
        for (int y = lanes.top(); y < lanes.bottom() && at.isNull(); y += 4) {
            for (int x = lanes.left(); x < lanes.right(); x += 2) {
                const TimelineHit hit = timeline->hitAt(QPoint(x, y));
                if (hit.kind == TimelineHit::Kind::Event && hit.eventId == summitId.value) {
                    at = QPoint(x, y);
                    break;
                }
            }
        }
        QVERIFY(!at.isNull());
        QString seen;
        QTimer::singleShot(0, this, [&seen] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            if (dialog) {
                seen = dialog->windowTitle();
                dialog->reject();
            }
        });
        QTest::mouseDClick(timeline->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(seen, u"Edit Event"_s);
        QCOMPARE(m_window->selection()->current(), summitId);
    }

    void movesAreUndoneFromTheEditMenu()
    {
        m_window->openProject(makeSample(u"undo.attache"_s));
        const Event before = m_window->project()->events().list().first();
        Q_EMIT m_window->timeline()->moveRequested(before.id, 3 * 86400000LL);
        QCOMPARE(m_window->project()->events().find(before.id)->start.toString(), u"2025-08-18"_s);
        QAction* undo = m_window->findChild<QAction*>(u"actionUndo"_s);
        QVERIFY(undo && undo->isEnabled());
        QVERIFY(undo->text().contains(u"Move"_s));
        undo->trigger();
        QCOMPARE(m_window->project()->events().find(before.id)->start, before.start);
        QAction* redo = m_window->findChild<QAction*>(u"actionRedo"_s);
        QVERIFY(redo->isEnabled());
        redo->trigger();
        QCOMPARE(m_window->project()->events().find(before.id)->start.toString(), u"2025-08-18"_s);
    }

    void aProjectDeletedWhileOpenRefusesEditsAndSaysSo()
    {
        const QString path = makeSample(u"deleted.attache"_s);
        QVERIFY(m_window->openProject(path));
        const Event before = m_window->project()->events().list().first();
        removeProjectFile(path);
        QSignalSpy errors(m_window.get(), &MainWindow::errorShown);
        Q_EMIT m_window->timeline()->moveRequested(before.id, 3 * 86400000LL);
        QCOMPARE(errors.size(), 1);
        const QString message = errors.first().first().toString();
        QVERIFY2(message.contains(u"deleted"_s) && message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
        // The window keeps showing what the project held, unchanged, and the failed move is no undo step.
        QCOMPARE(m_window->project()->events().find(before.id)->start, before.start);
        QCOMPARE(table()->model()->rowCount(), 6);
        QVERIFY(!m_window->findChild<QAction*>(u"actionUndo"_s)->isEnabled());
        closeErrorBox();
    }

    void readOnlyProjectsCannotBeEdited()
    {
        const QString path = makeSample(u"locked-edit.attache"_s);
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
        m_window->openProject(path);
        for (const QString& name : {u"actionNewEvent"_s, u"actionEditEvent"_s, u"actionDeleteEvents"_s, u"actionNewActor"_s})
            QVERIFY2(!m_window->findChild<QAction*>(name)->isEnabled(), qPrintable(name));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }

    void filterBarFiltersTableAndTimeline()
    {
        m_window->openProject(makeSample(u"filter.attache"_s));
        auto* search = m_window->findChild<QLineEdit*>(u"filterSearch"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"Rubio"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        QVERIFY(rowOfTitle(cbs) >= 0);
        QVERIFY(!m_window->timeline()->filterMask().empty());
        auto* summary = m_window->findChild<QLabel*>(u"filterSummary"_s);
        QVERIFY(summary->text().contains(u"Rubio"_s));
        auto* clear = m_window->findChild<QAbstractButton*>(u"clearFilter"_s);
        QVERIFY(clear && clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QTRY_COMPARE(table()->model()->rowCount(), 6);
        QVERIFY(m_window->timeline()->filterMask().empty());
        QVERIFY(!clear->isVisible());
    }

    // Edits under a filter: the table, the timeline's mask and the status bar's counts follow each change and its
    // undo, the text query deciding for new and retitled events.
    void editsUnderAFilterKeepTableTimelineAndCounts()
    {
        m_window->openProject(makeSample(u"filtered-edits.attache"_s));
        auto* search = m_window->findChild<QLineEdit*>(u"filterSearch"_s);
        QTest::keyClicks(search, u"Rubio"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(table()->model()->rowCount(), 2);
        auto* counts = m_window->findChild<QLabel*>(u"countsLabel"_s);
        const auto shownOnTimeline = [this] {
            const auto& mask = m_window->timeline()->filterMask();
            return int(std::count(mask.begin(), mask.end(), quint8(1)));
        };
        const auto countsAre = [&](int shown, int events, int actors) {
            const QString text = counts->text();
            return text.contains(u"%1 shown"_s.arg(shown)) && text.contains(u"%1 events"_s.arg(events))
                && text.contains(u"%1 actors"_s.arg(actors));
        };
        const int actors = int(m_window->project()->actors().count());
        QVERIFY2(countsAre(2, 6, actors), qPrintable(counts->text()));

        Event added;
        added.title = u"Rubio meets his counterpart"_s;
        added.kind = EventKind::Meeting;
        added.start = FuzzyDate::parse(u"2025-08-19"_s).value();
        QVERIFY(m_window->document()->addEvent(added));
        QCOMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(shownOnTimeline(), 3);
        QVERIFY2(countsAre(3, 7, actors), qPrintable(counts->text()));

        Event other;
        other.title = u"An unrelated call"_s;
        other.kind = EventKind::Call;
        other.start = FuzzyDate::parse(u"2025-08-20"_s).value();
        QVERIFY(m_window->document()->addEvent(other));
        QCOMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(shownOnTimeline(), 3);
        QVERIFY2(countsAre(3, 8, actors), qPrintable(counts->text()));

        // Retitled out of the query, then the undo brings it back.
        Event rubio;
        for (const Event& e : m_window->project()->events().list()) {
            if (e.title == cbs)
                rubio = e;
        }
        rubio.title = u"A Sunday interview"_s;
        QVERIFY(m_window->document()->editEvent(rubio));
        QCOMPARE(table()->model()->rowCount(), 2);
        QCOMPARE(shownOnTimeline(), 2);
        m_window->document()->undoStack()->undo();
        QCOMPARE(table()->model()->rowCount(), 3);
        QCOMPARE(shownOnTimeline(), 3);

        QVERIFY(m_window->document()->deleteEvents({rubio.id}));
        QCOMPARE(table()->model()->rowCount(), 2);
        QVERIFY2(countsAre(2, 7, actors), qPrintable(counts->text()));
        m_window->document()->undoStack()->undo();
        QCOMPARE(table()->model()->rowCount(), 3);
        QVERIFY2(countsAre(3, 8, actors), qPrintable(counts->text()));

        Actor actor;
        actor.name = u"A new envoy"_s;
        QVERIFY(m_window->document()->addActor(actor));
        QVERIFY2(countsAre(3, 8, actors + 1), qPrintable(counts->text()));
        // The counts kept by changes are the project's own.
        const ProjectStats stats = m_window->project()->stats();
        QCOMPARE(stats.events, qint64(8));
        QCOMPARE(stats.actors, qint64(actors + 1));
    }

    void laneGroupingIsRemembered()
    {
        m_window->openProject(makeSample(u"grouping.attache"_s));
        QAction* byKind = m_window->findChild<QAction*>(u"actionGroupBy_kind"_s);
        QVERIFY(byKind);
        byKind->trigger();
        QCOMPARE(m_window->timeline()->grouping(), LaneGrouping::Kind);
        m_window->close();
        m_window = std::make_unique<MainWindow>();
        QCOMPARE(m_window->timeline()->grouping(), LaneGrouping::Kind);
        QVERIFY(m_window->findChild<QAction*>(u"actionGroupBy_kind"_s)->isChecked());
    }

    void statusBarShowsTheVisibleRange()
    {
        m_window->openProject(makeSample(u"range.attache"_s));
        auto* range = m_window->findChild<QLabel*>(u"rangeLabel"_s);
        QVERIFY(range);
        QTRY_VERIFY(range->text().contains(u"Aug 2025"_s));
    }

    void statementsAreDeletedFromTheDetailsAndUndone()
    {
        m_window->openProject(makeSample(u"statements.attache"_s));
        const qint64 before = m_window->project()->statements().count();
        table()->selectRow(rowOfTitle(cnn));
        QTRY_VERIFY(detail()->plainText().contains(u"red flag"_s));
        auto* browser = detail()->findChild<QTextBrowser*>(u"detailBrowser"_s);
        QVERIFY(browser);
        QVERIFY(browser->toHtml().contains(u"attache:statement-delete/"_s));
        const Statement redFlag = [this] {
            for (const Statement& st : m_window->project()->statements().all()) {
                if (st.text.contains(u"red flag"_s))
                    return st;
            }
            return Statement{};
        }();
        QVERIFY(redFlag.id.isValid());
        Q_EMIT browser->anchorClicked(QUrl(u"attache:statement-delete/%1"_s.arg(redFlag.id.value)));
        QCOMPARE(m_window->project()->statements().count(), before - 1);
        QTRY_VERIFY(!detail()->plainText().contains(u"red flag"_s));
        m_window->findChild<QAction*>(u"actionUndo"_s)->trigger();
        QCOMPARE(*m_window->project()->statements().find(redFlag.id), redFlag);
        QTRY_VERIFY(detail()->plainText().contains(u"red flag"_s));
    }

    void fileMenuShortcuts_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QKeySequence::StandardKey>("key");
        QTest::addColumn<QKeySequence>("fallback");
        QTest::newRow("new") << u"actionNew"_s << QKeySequence::New << QKeySequence();
        QTest::newRow("open") << u"actionOpen"_s << QKeySequence::Open << QKeySequence();
        // Quit has no binding in the Windows key scheme, which the offscreen platform uses: the app falls back to
        // Ctrl+Q, as on X11/KDE/GNOME.
        QTest::newRow("quit") << u"actionQuit"_s << QKeySequence::Quit << QKeySequence(Qt::CTRL | Qt::Key_Q);
    }
    void fileMenuShortcuts()
    {
        QFETCH(QString, action);
        QFETCH(QKeySequence::StandardKey, key);
        QFETCH(QKeySequence, fallback);
        const QKeySequence standard = QKeySequence(key).isEmpty() ? fallback : QKeySequence(key);
        QVERIFY2(!standard.isEmpty(), "every File action has a shortcut");
        const QMenu* file = m_window->findChild<QMenu*>(u"fileMenu"_s);
        QVERIFY(file);
        QAction* found = m_window->findChild<QAction*>(action);
        QVERIFY(found);
        QVERIFY(file->actions().contains(found));
        QCOMPARE(found->shortcut(), standard);
    }

    void quitClosesTheWindow()
    {
        QVERIFY(m_window->isVisible());
        m_window->findChild<QAction*>(u"actionQuit"_s)->trigger();
        QTRY_VERIFY(!m_window->isVisible());
    }

    void dragEnterAcceptsWhatCanBeOpened_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("project") << u"dragged.attache"_s << true;
        QTest::newRow("upper-case extension") << u"DRAGGED.ATTACHE"_s << true;
        QTest::newRow("article, no project open") << u"dragged.txt"_s << false;
        QTest::newRow("spreadsheet") << u"dragged.xlsx"_s << false;
    }
    void dragEnterAcceptsWhatCanBeOpened()
    {
        QFETCH(QString, file);
        QFETCH(bool, accepted);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_dir.filePath(file))});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        enter.setAccepted(false);
        QApplication::sendEvent(m_window.get(), &enter);
        QCOMPARE(enter.isAccepted(), accepted);
        // End the drag, as a real one ends, so that Qt forgets its drop target.
        QDragLeaveEvent leave;
        QApplication::sendEvent(m_window.get(), &leave);
    }

    // A drop arrives the way a real drag delivers it: enter (which the window must accept), then drop.
    void droppingAProjectOpensIt_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("opens");
        QTest::newRow("project") << u"dropped.attache"_s << true;
        QTest::newRow("neither project nor article") << u"dropped.odt"_s << false;
    }
    void droppingAProjectOpensIt()
    {
        QFETCH(QString, file);
        QFETCH(bool, opens);
        m_window->openStartupProject();
        const QString path = m_dir.filePath(file);
        removeProjectFile(path);
        {
            auto created = Project::create(path);
            QVERIFY(created.ok());
        }
        QSignalSpy changed(m_window.get(), &MainWindow::projectChanged);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QCOMPARE(enter.isAccepted(), opens);
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        if (!opens) {
            QDragLeaveEvent leave;
            QApplication::sendEvent(m_window.get(), &leave);
            QCOMPARE(changed.size(), 0);
            QCOMPARE(m_window->project()->path(), MainWindow::sampleProjectPath());
            QCOMPARE(table()->model()->rowCount(), 6);
            return;
        }
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(changed.size(), 1);
        QCOMPARE(m_window->project()->path(), path);
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(m_window->windowTitle(), u"dropped"_s);
    }

    void droppingAnArticleOpensItsReview()
    {
        QVERIFY(m_window->openProject(makeSample(u"droppingAnArticleOpensItsReview.attache"_s)));
        const QString path = m_dir.filePath(u"dropped-article.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("HARBOUR TALKS RESUME\n\nGENEVA, May 2 - Foreign Minister Ada Lindqvist met envoy Tomas Berglund on Friday.\n"
                   "    \"We are close,\" Lindqvist told reporters.\n");
        file.close();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        QVERIFY(enter.isAccepted());
        const qint64 sources = m_window->project()->sources().count();
        const auto title = std::make_shared<QString>();
        acceptNextReview(title);
        QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &drop);
        QTRY_COMPARE(m_window->project()->sources().count(), sources + 1);
        QVERIFY2(title->contains(u"HARBOUR TALKS RESUME"_s, Qt::CaseInsensitive), qPrintable(*title));
        // The new source opens in the reader, and the import is one undo step.
        QCOMPARE(m_window->reader()->source(), m_window->document()->lastImportedSource());
        QVERIFY(m_window->findChild<QDockWidget*>(u"readerDock"_s)->isVisible());
        m_window->document()->undoStack()->undo();
        QCOMPARE(m_window->project()->sources().count(), sources);
    }

    void pastingAnArticleOpensItsReview()
    {
        QVERIFY(m_window->openProject(makeSample(u"pastingAnArticleOpensItsReview.attache"_s)));
        QApplication::clipboard()->setText(u"Envoy Tomas Berglund said on Monday: \"The door is open.\""_s);
        const qint64 statements = m_window->project()->statements().count();
        acceptNextReview();
        QVERIFY(m_window->pasteArticle());
        QCOMPARE(m_window->project()->statements().count(), statements + 1);
        // An empty clipboard says so.
        QApplication::clipboard()->clear();
        QVERIFY(!m_window->pasteArticle());
        closeErrorBox();
    }

    void pastingABrowserSelectionReadsItAsAPage()
    {
        // What a browser puts on the clipboard for a selection: text/html without <html>, with its page's chrome.
        QVERIFY(m_window->openProject(makeSample(u"pastingABrowserSelectionReadsItAsAPage.attache"_s)));
        auto* mime = new QMimeData;
        mime->setHtml(u"<meta charset=\"utf-8\"><div class=\"share-bar\"><a href=\"#\">Share</a></div>"
                      "<p>Envoy Tomas Berglund said on Monday in Oslo, after a long day of talks with the delegation "
                      "from Grandland: \u201CThe door is open.\u201D</p><script>track();</script>"
                      "<p class=\"byline\">By Maria Olsen</p>"_s);
        mime->setText(u"Share Envoy Tomas Berglund said on Monday"_s);
        QApplication::clipboard()->setMimeData(mime);
        acceptNextReview();
        QVERIFY(m_window->pasteArticle());
        const auto source = m_window->project()->sources().find(m_window->document()->lastImportedSource());
        QVERIFY(source.has_value());
        QVERIFY2(source->text.startsWith(u"Envoy Tomas Berglund said on Monday in Oslo"_s), qPrintable(source->text));
        for (const QString& chrome : {u"Share"_s, u"track()"_s, u"Maria Olsen"_s})
            QVERIFY2(!source->text.contains(chrome), qPrintable(chrome));
    }

    void evidenceOpensTheReaderAndLeadsBack()
    {
        QVERIFY(m_window->openProject(makeSample(u"evidenceOpensTheReaderAndLeadsBack.attache"_s)));
        QApplication::clipboard()->setText(u"Envoy Tomas Berglund said on Monday: \"The door is open.\""_s);
        acceptNextReview();
        QVERIFY(m_window->pasteArticle());
        const QList<Statement> said = m_window->project()->statements().bySource(m_window->document()->lastImportedSource());
        QCOMPARE(said.size(), 1);
        const Statement st = said.first();
        QVERIFY(m_window->showEvidence(TargetType::Statement, st.id.value));
        QCOMPARE(m_window->reader()->selectedSpan(), std::make_pair(st.spanStart, st.spanEnd));
        // Nothing marked: the status bar says so and the reader stays.
        QVERIFY(!m_window->showEvidence(TargetType::Event, m_window->project()->events().list().first().id.value));
        // From the evidence to the fact: a statement without a venue shows its speaker.
        Q_EMIT m_window->reader()->targetActivated(TargetType::Statement, st.id.value);
        QCOMPARE(detail()->actor(), st.speaker);
    }

    void theNetworkDockFollowsTheWindow()
    {
        QVERIFY(m_window->openProject(makeSample(u"network.attache"_s)));
        auto* dock = m_window->findChild<QDockWidget*>(u"networkDock"_s);
        QVERIFY(dock);
        dock->show();
        dock->raise();
        m_window->timeline()->fitAll();
        m_window->network()->refresh();
        // The sample's six events: its people, states and media are nodes.
        QVERIFY2(m_window->network()->graph().nodes.size() >= 8, qPrintable(QString::number(m_window->network()->graph().nodes.size())));
        // The summit selected (as at start) rings its participants; a click on a node selects that actor's events and
        // shows the actor.
        const Event summit = m_window->project()->events().list().first();
        m_window->selectEvent(summit.id);
        const qint64 first = summit.participants.first().actor.value;
        QVERIFY(m_window->network()->isHighlighted(first));
        m_window->network()->activateNode(first);
        QVERIFY(m_window->selection()->ids().contains(summit.id.value));
        QCOMPARE(detail()->actor(), summit.participants.first().actor);
        // Filtering the timeline to another kind leaves the summit's people out unless they have such events.
        EventFilter filter;
        filter.kinds = {EventKind::Interview};
        m_window->timeline()->setFilter(filter);
        m_window->network()->refresh();
        QVERIFY(!m_window->network()->graph().nodes.empty());
        QVERIFY(m_window->network()->graph().nodes.size() < 8);
        // Every actor left takes part in an interview the filter shows.
        for (const auto& n : m_window->network()->graph().nodes) {
            const QList<EventId> events = m_window->network()->sharedEvents(n.actor, 0);
            QVERIFY(!events.isEmpty());
            for (const EventId id : events)
                QCOMPARE(m_window->project()->events().find(id)->kind, EventKind::Interview);
        }
    }

    void exportAndImportData()
    {
        QVERIFY(m_window->openProject(makeSample(u"exportAndImportData.attache"_s)));
        Event extra;
        extra.title = u"Extra"_s;
        extra.start = FuzzyDate::fromDate(QDate(2025, 8, 20));
        QVERIFY(m_window->document()->addEvent(extra));
        QCOMPARE(m_window->document()->undoStack()->count(), 1);
        const QString csv = m_dir.filePath(u"events.csv"_s);
        QVERIFY(m_window->exportToFile(u"csv"_s, csv));
        QVERIFY(QFileInfo(csv).size() > 100);
        const QMenu* exportMenu = m_window->findChild<QMenu*>(u"exportMenu"_s);
        QVERIFY(exportMenu);
        QCOMPARE(exportMenu->actions().size(), 8); // the six data formats, the Web Annotations, the network picture
        // Importing the events back adds them (the same titles again), and the undo history is cleared.
        const qint64 events = m_window->project()->events().count();
        QVERIFY(m_window->importDataFile(csv));
        QCOMPARE(m_window->project()->events().count(), 2 * events);
        QCOMPARE(m_window->document()->undoStack()->count(), 0);
        // A file of no known format is refused with its name.
        const QString odd = m_dir.filePath(u"events.xlsx"_s);
        QFile(odd).open(QIODevice::WriteOnly);
        QSignalSpy shown(m_window.get(), &MainWindow::errorShown);
        QVERIFY(!m_window->importDataFile(odd));
        QVERIFY(shown.first().first().toString().contains(u"events.xlsx"_s));
        closeErrorBox();
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
