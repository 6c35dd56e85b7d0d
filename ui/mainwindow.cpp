// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QClipboard>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

#include "actorlistmodel.h"
#include "briefing/briefdialog.h"
#include "detailview.h"
#include "dialogs/actordialog.h"
#include "dialogs/eventdialog.h"
#include "dialogs/statementdialog.h"
#include "dialogs/teamprojectdialog.h"
#include "commands/eventcommands.h"
#include "document.h"
#include "eventselection.h"
#include "eventtablemodel.h"
#include "extract/reader.h"
#include "filterbar.h"
#include "interop/formats.h"
#include "provenance/grading.h"
#include "sources/importreviewdialog.h"
#include "sources/sourcelistmodel.h"
#include "sources/sourcereader.h"
#include "sample/sample.h"
#include "settings.h"
#include "storage/changenotifier.h"
#include "storage/project.h"
#include "network/networkview.h"
#include "timeline/timelineview.h"
#include "widgets/overwriteprompt.h"
#include "widgets/pasteguard.h"
#include "widgets/filedialogs.h"

namespace attache {
namespace {

QString projectFilter()
{
    return MainWindow::tr("Attaché projects (*.attache);;All files (*)");
}

QString droppedProject(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && url.toLocalFile().endsWith(QStringLiteral(".attache"), Qt::CaseInsensitive))
            return url.toLocalFile();
    }
    return {};
}

/// Dropped files that read as articles: text and saved web pages.
QStringList droppedArticles(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    static const QStringList suffixes{QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("html"), QStringLiteral("htm"),
        QStringLiteral("xhtml")};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && suffixes.contains(QFileInfo(url.toLocalFile()).suffix().toLower()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

/// Dropped files of a data format Attaché imports (CSV, iCalendar, project JSON, Web Annotations).
QStringList droppedData(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile() && interop::importFormatFor(url.toLocalFile()))
            paths.append(url.toLocalFile());
    }
    return paths;
}

QString dayText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(QStringLiteral("d MMM yyyy"));
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_selection(new EventSelection(this))
    , m_timeline(new TimelineView(this))
    , m_filterBar(new FilterBar(this))
    , m_eventModel(new EventTableModel(this))
    , m_eventTable(new QTableView(this))
    , m_actorModel(new ActorListModel(this))
    , m_actorList(new QListView(this))
    , m_detail(new DetailView(this))
    , m_sourceModel(new SourceListModel(this))
    , m_sourceProxy(new QSortFilterProxyModel(this))
    , m_sourceTable(new QTableView(this))
    , m_reader(new SourceReader(this))
    , m_network(new NetworkView(this))
    , m_countsLabel(new QLabel(this))
    , m_rangeLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);
    PasteGuard::install(QCoreApplication::instance());

    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_filterBar);
    layout->addWidget(m_timeline, 1);
    setCentralWidget(centre);
    m_timeline->setSelection(m_selection);

    createDocks();
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    m_rangeLabel->setObjectName(QStringLiteral("rangeLabel"));
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addWidget(m_rangeLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold"));
    m_connectionLabel->hide();
    statusBar()->addPermanentWidget(m_connectionLabel);
    createActions();

    connect(m_selection, &EventSelection::changed, this, &MainWindow::onSelectionChanged);
    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::applyFilter);
    connect(m_timeline, &TimelineView::indexRebuilt, this, [this] {
        refreshFilterChoices();
        applyFilter();
    });
    // A patched index keeps the filter and its mask; only the choices (a new tag) may change.
    connect(m_timeline, &TimelineView::indexUpdated, this, &MainWindow::refreshFilterChoices);
    connect(m_timeline, &TimelineView::visibleRangeChanged, this, [this](qint64 from, qint64 to) {
        m_rangeLabel->setText(tr("Showing %1 – %2").arg(dayText(from), dayText(to)));
    });
    connect(m_timeline, &TimelineView::eventActivated, this, &MainWindow::editEvent);
    connect(m_timeline, &TimelineView::editRequested, this, &MainWindow::editEvent);
    connect(m_timeline, &TimelineView::deleteRequested, this, &MainWindow::deleteSelectedEvents);
    connect(m_timeline, &TimelineView::mergeRequested, this, &MainWindow::mergeSelectedEvents);
    connect(m_timeline, &TimelineView::briefRequested, this, &MainWindow::showBrief);
    connect(m_timeline, &TimelineView::moveRequested, this, [this](EventId id, qint64 ms) {
        static int drag = 0;
        if (m_document)
            m_document->moveEvent(id, ms, ++drag);
    });
    connect(m_detail, &DetailView::actorLinkActivated, this, &MainWindow::showActor);
    connect(m_detail, &DetailView::statementEditRequested, this, &MainWindow::editStatement);
    connect(m_detail, &DetailView::statementDeleteRequested, this, [this](StatementId id) {
        if (m_document)
            m_document->deleteStatement(id);
    });
    connect(m_detail, &DetailView::eventLinkActivated, this, [this](EventId id) {
        selectEvent(id);
        m_timeline->ensureVisible(id);
    });
    connect(m_detail, &DetailView::evidenceRequested, this, &MainWindow::showEvidence);
    connect(m_detail, &DetailView::sourceLinkActivated, this, &MainWindow::showSource);
    connect(m_reader, &SourceReader::targetActivated, this, &MainWindow::showTarget);
    connect(m_reader, &SourceReader::message, this, [this](const QString& text) { statusBar()->showMessage(text, 8000); });

    resize(1440, 900);
    Settings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_eventTable->horizontalHeader()->restoreState(settings.eventTableHeader());
    if (const auto grouping = laneGroupingFromText(settings.timelineGrouping())) {
        m_timeline->setGrouping(*grouping);
        for (QAction* action : m_groupingActions->actions())
            action->setChecked(action->data().toString() == toText(*grouping));
    }
    updateTitle();
    updateStatus();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Views hold the project pointer: detach them before the project goes.
    m_eventModel->setProject(nullptr);
    m_actorModel->setProject(nullptr);
    m_detail->setProject(nullptr);
    m_network->setTimeline(nullptr, nullptr);
    m_timeline->setProject(nullptr);
}

void MainWindow::createDocks()
{
    m_eventTable->setObjectName(QStringLiteral("eventTable"));
    m_eventTable->setModel(m_eventModel);
    m_eventTable->setSortingEnabled(true);
    m_eventTable->sortByColumn(EventTableModel::DateColumn, Qt::AscendingOrder);
    m_eventTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_eventTable->setAlternatingRowColors(true);
    m_eventTable->setWordWrap(false);
    m_eventTable->verticalHeader()->hide();
    m_eventTable->verticalHeader()->setDefaultSectionSize(m_eventTable->fontMetrics().height() + 6);
    m_eventTable->horizontalHeader()->setStretchLastSection(true);
    m_eventTable->setColumnWidth(EventTableModel::DateColumn, 140);
    m_eventTable->setColumnWidth(EventTableModel::TitleColumn, 360);
    m_eventTable->setColumnWidth(EventTableModel::KindColumn, 110);
    m_eventTable->setColumnWidth(EventTableModel::StatusColumn, 90);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onTableSelectionChanged);
    connect(m_eventTable, &QTableView::doubleClicked, this,
        [this](const QModelIndex& index) { editEvent(m_eventModel->eventAt(index.row())); });

    m_actorList->setObjectName(QStringLiteral("actorList"));
    m_actorList->setModel(m_actorModel);
    m_actorList->setUniformItemSizes(true);
    m_actorList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    connect(m_actorList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::updateSelectionActions);
    connect(m_actorList->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this](const QModelIndex& current) {
            if (current.isValid())
                m_detail->setActor(m_actorModel->actorAt(current.row()));
        });
    connect(m_actorList, &QListView::doubleClicked, this,
        [this](const QModelIndex& index) { editActor(m_actorModel->actorAt(index.row())); });

    m_detail->setObjectName(QStringLiteral("detailView"));
    auto* detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(m_detail);
    addDockWidget(Qt::RightDockWidgetArea, detailDock);

    auto* actorsDock = new QDockWidget(tr("Actors"), this);
    actorsDock->setObjectName(QStringLiteral("actorsDock"));
    actorsDock->setWidget(m_actorList);
    addDockWidget(Qt::RightDockWidgetArea, actorsDock);
    splitDockWidget(detailDock, actorsDock, Qt::Vertical);

    auto* eventsDock = new QDockWidget(tr("Events"), this);
    eventsDock->setObjectName(QStringLiteral("eventsDock"));
    eventsDock->setWidget(m_eventTable);
    addDockWidget(Qt::BottomDockWidgetArea, eventsDock);
    m_sourceProxy->setSourceModel(m_sourceModel);
    m_sourceProxy->setSortRole(SourceListModel::SortRole);
    m_sourceTable->setObjectName(QStringLiteral("sourceTable"));
    m_sourceTable->setModel(m_sourceProxy);
    m_sourceTable->setSortingEnabled(true);
    m_sourceTable->sortByColumn(SourceListModel::Published, Qt::DescendingOrder);
    m_sourceTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sourceTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sourceTable->setAlternatingRowColors(true);
    m_sourceTable->setWordWrap(false);
    m_sourceTable->verticalHeader()->hide();
    m_sourceTable->verticalHeader()->setDefaultSectionSize(m_sourceTable->fontMetrics().height() + 6);
    m_sourceTable->horizontalHeader()->setSectionResizeMode(SourceListModel::Title, QHeaderView::Stretch);
    for (const int column : {int(SourceListModel::Published), int(SourceListModel::Reliability), int(SourceListModel::Annotations)})
        m_sourceTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_sourceTable->setColumnWidth(SourceListModel::Outlet, 110);
    connect(m_sourceTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
        if (current.isValid())
            m_reader->showSource(SourceId(current.data(SourceListModel::SourceIdRole).toLongLong()));
    });
    connect(m_sourceTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        showSource(SourceId(index.data(SourceListModel::SourceIdRole).toLongLong()));
    });
    m_sourceTable->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* readSource = new QAction(tr("&Read"), m_sourceTable);
    connect(readSource, &QAction::triggered, this, [this] {
        const QModelIndex current = m_sourceTable->currentIndex();
        if (current.isValid())
            showSource(SourceId(current.data(SourceListModel::SourceIdRole).toLongLong()));
    });
    auto* deleteSource = new QAction(tr("&Delete Source…"), m_sourceTable);
    deleteSource->setObjectName(QStringLiteral("actionDeleteSource"));
    deleteSource->setShortcut(QKeySequence::Delete);
    deleteSource->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteSource, &QAction::triggered, this, [this] {
        const QModelIndex current = m_sourceTable->currentIndex();
        if (!current.isValid() || !m_document || project()->isReadOnly())
            return;
        const SourceId id(current.data(SourceListModel::SourceIdRole).toLongLong());
        const int marks = int(project()->annotations().forSource(id).size());
        const auto answer = QMessageBox::question(this, tr("Delete Source"),
            tr("Delete “%1” and its %n annotation(s)? Statements quoted from it stay, without their source. You can undo "
               "this.",
                nullptr, marks)
                .arg(current.siblingAtColumn(SourceListModel::Title).data().toString()),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_document->deleteSource(id);
    });
    m_sourceTable->addAction(readSource);
    m_sourceTable->addAction(deleteSource);
    m_editActions.append(deleteSource);

    auto* sourcesDock = new QDockWidget(tr("Sources"), this);
    sourcesDock->setObjectName(QStringLiteral("sourcesDock"));
    sourcesDock->setWidget(m_sourceTable);
    addDockWidget(Qt::RightDockWidgetArea, sourcesDock);
    tabifyDockWidget(actorsDock, sourcesDock);
    actorsDock->raise();

    m_readerDock = new QDockWidget(tr("Source"), this);
    m_readerDock->setObjectName(QStringLiteral("readerDock"));
    m_readerDock->setWidget(m_reader);
    addDockWidget(Qt::BottomDockWidgetArea, m_readerDock);
    tabifyDockWidget(eventsDock, m_readerDock);
    // The network of what the timeline shows, beside the events and the source.
    auto* networkDock = new QDockWidget(tr("Network"), this);
    networkDock->setObjectName(QStringLiteral("networkDock"));
    networkDock->setWidget(m_network);
    addDockWidget(Qt::BottomDockWidgetArea, networkDock);
    tabifyDockWidget(m_readerDock, networkDock);
    m_network->setSelection(m_selection);
    connect(m_network, &NetworkView::actorActivated, this, &MainWindow::showActor);
    connect(m_network, &NetworkView::exportRequested, this, &MainWindow::exportNetwork);
    eventsDock->raise();
    resizeDocks({detailDock}, {440}, Qt::Horizontal);
    resizeDocks({detailDock, actorsDock}, {560, 200}, Qt::Vertical);
    resizeDocks({eventsDock}, {220}, Qt::Vertical);
}

void MainWindow::createActions()
{
    const auto standard = [](QKeySequence::StandardKey key, QKeySequence fallback) {
        return QKeySequence(key).isEmpty() ? fallback : QKeySequence(key);
    };
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::chooseNewProject);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseProjectToOpen);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    QAction* teamAction = file->addAction(tr("Open &Team Project…"), this, [this] { chooseTeamProject(); });
    teamAction->setObjectName(QStringLiteral("actionOpenTeamProject"));
    teamAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction* sampleAction = file->addAction(tr("Open &Sample Timeline"), this, [this] {
        const QString path = sampleProjectPath();
        if (QFileInfo::exists(path)) {
            openProject(path);
        } else {
            QDir().mkpath(QFileInfo(path).absolutePath());
            adopt(sample::create(path), tr("Could not create the sample"));
        }
    });
    sampleAction->setObjectName(QStringLiteral("actionSample"));
    file->addSeparator();
    QAction* importAction = file->addAction(tr("&Import Articles…"), this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Articles"), Settings().lastImportFolder(),
            tr("Articles (*.txt *.html *.htm *.xhtml);;All files (*)"), nullptr, fileDialogOptions);
        if (!paths.isEmpty()) {
            Settings().setLastImportFolder(QFileInfo(paths.first()).absolutePath());
            importArticles(paths);
        }
    });
    importAction->setObjectName(QStringLiteral("actionImportArticles"));
    importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    importAction->setStatusTip(tr("Read news articles (text or saved web pages) and review what they say before adding it"));
    m_editActions.append(importAction);
    QAction* importDataAction = file->addAction(tr("Import &Data…"), this, [this] {
        QStringList filters;
        for (const interop::ImportFormat& format : interop::importFormats())
            filters.append(tr("%1 (*.%2)").arg(format.title.toString(), format.suffix.toString()));
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Data"), Settings().lastImportFolder(),
            filters.join(QStringLiteral(";;")), nullptr, fileDialogOptions);
        if (!path.isEmpty()) {
            Settings().setLastImportFolder(QFileInfo(path).absolutePath());
            importDataFile(path);
        }
    });
    importDataAction->setObjectName(QStringLiteral("actionImportData"));
    importDataAction->setStatusTip(tr("Add events from CSV or iCalendar, a project JSON file (merged) or W3C Web Annotations"));
    m_editActions.append(importDataAction);
    QMenu* exportMenu = file->addMenu(tr("&Export"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    for (const interop::ExportFormat& format : interop::exportFormats()) {
        const QString name = format.name.toString();
        QAction* action = exportMenu->addAction(format.title.toString() + QStringLiteral("…"), this, [this, name] {
            const interop::ExportFormat* f = interop::findExportFormat(name);
            const QString suggested = QFileInfo(project()->path()).dir().filePath(
                project()->name() + (name == QStringLiteral("annotations") || name == QStringLiteral("csv-statements") ? u'-' + name : QString())
                + u'.' + f->suffix.toString());
            const QString path = QFileDialog::getSaveFileName(this, tr("Export"), suggested,
                tr("%1 (*.%2)").arg(f->title.toString(), f->suffix.toString()), nullptr, fileDialogOptions);
            if (!path.isEmpty())
                exportToFile(name, path);
        });
        action->setObjectName(QStringLiteral("actionExport-") + name);
        m_projectActions.append(action);
    }
    QAction* exportNetworkAction = exportMenu->addAction(tr("Network Picture (PNG, SVG)…"), this, &MainWindow::exportNetwork);
    exportNetworkAction->setObjectName(QStringLiteral("actionExportNetwork"));
    m_projectActions.append(exportNetworkAction);
    file->addSeparator();
    m_briefAction = file->addAction(tr("&Brief…"), this, [this] { showBrief(selectedEvent()); });
    m_briefAction->setObjectName(QStringLiteral("actionBrief"));
    m_briefAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_briefAction->setStatusTip(tr("Print or export a briefing sheet on the selected event, the filter or a period"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(standard(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("actionUndo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("actionRedo"));
    redo->setShortcuts(QKeySequence::Redo);
    if (redo->shortcuts().isEmpty())
        redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    const auto editAction = [this, edit](const QString& text, const char* name, const QKeySequence& key, auto slot) {
        QAction* action = edit->addAction(text, this, slot);
        action->setObjectName(QLatin1String(name));
        if (!key.isEmpty())
            action->setShortcut(key);
        m_editActions.append(action);
        return action;
    };
    QAction* newEventAction = editAction(tr("New &Event…"), "actionNewEvent", QKeySequence(Qt::CTRL | Qt::Key_E), &MainWindow::newEvent);
    QAction* editEventAction = editAction(tr("Edit Event…"), "actionEditEvent", QKeySequence(Qt::Key_F2),
        [this] { editEvent(selectedEvent()); });
    QAction* deleteAction = editAction(tr("&Delete Events"), "actionDeleteEvents", QKeySequence(QKeySequence::Delete),
        &MainWindow::deleteSelectedEvents);
    m_mergeEventsAction = edit->addAction(tr("Mer&ge Events"), this, &MainWindow::mergeSelectedEvents);
    m_mergeEventsAction->setObjectName(QStringLiteral("actionMergeEvents"));
    m_mergeEventsAction->setStatusTip(tr("Make the selected events one, keeping the one created first"));
    m_splitMenu = edit->addMenu(tr("Split Evidence &Off"));
    m_splitMenu->setObjectName(QStringLiteral("splitEvidenceMenu"));
    m_splitMenu->menuAction()->setObjectName(QStringLiteral("actionSplitEvidence"));
    m_splitMenu->menuAction()->setStatusTip(tr("Move one source's evidence of the current event to a new event"));
    edit->addSeparator();
    editAction(tr("New &Actor…"), "actionNewActor", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A), &MainWindow::newActor);
    editAction(tr("Edit A&ctor…"), "actionEditActor", {}, [this] { editActor(selectedActor()); });
    editAction(tr("Delete Actor"), "actionDeleteActor", {}, [this] { deleteActor(selectedActor()); });
    m_mergeActorsAction = edit->addAction(tr("Merge Ac&tors"), this, &MainWindow::mergeSelectedActors);
    m_mergeActorsAction->setObjectName(QStringLiteral("actionMergeActors"));
    m_mergeActorsAction->setStatusTip(tr("Make the selected actors one, keeping the one created first"));
    m_actorList->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_actorList->addAction(m_mergeActorsAction);
    edit->addSeparator();
    editAction(tr("New &Statement…"), "actionNewStatement", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &MainWindow::newStatement);
    edit->addSeparator();
    editAction(tr("&Paste Article"), "actionPasteArticle", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V), &MainWindow::pasteArticle)
        ->setStatusTip(tr("Review the text or web page on the clipboard as an article to import"));
    QMenu* mark = edit->addMenu(tr("&Mark Selected Text As"));
    for (const AnnotationKind kind : {AnnotationKind::ActorMention, AnnotationKind::Statement, AnnotationKind::EventEvidence,
             AnnotationKind::Date, AnnotationKind::Note})
        mark->addAction(m_reader->markAction(kind));
    edit->addSeparator();
    QAction* find = edit->addAction(tr("&Find…"), m_filterBar, &FilterBar::focusSearch);
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    QAction* clearFilter = edit->addAction(tr("C&lear Filter"), m_filterBar, &FilterBar::clear);
    clearFilter->setObjectName(QStringLiteral("actionClearFilter"));
    clearFilter->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));
    QMenu* grouping = view->addMenu(tr("&Group Lanes By"));
    m_groupingActions = new QActionGroup(this);
    const QList<std::pair<LaneGrouping, QString>> groupings{{LaneGrouping::Actor, tr("&Actor")},
        {LaneGrouping::Kind, tr("&Kind")}, {LaneGrouping::Tag, tr("&Tag")}, {LaneGrouping::Single, tr("&Single Lane")}};
    for (const auto& [value, label] : groupings) {
        QAction* action = grouping->addAction(label);
        action->setCheckable(true);
        action->setData(toText(value));
        action->setObjectName(QStringLiteral("actionGroupBy_") + toText(value));
        action->setChecked(value == LaneGrouping::Actor);
        m_groupingActions->addAction(action);
        connect(action, &QAction::triggered, this, [this, value = value] {
            m_timeline->setGrouping(value);
            Settings().setTimelineGrouping(toText(value));
        });
    }
    QAction* zoomIn = view->addAction(tr("Zoom &In"), m_timeline, &TimelineView::zoomIn);
    zoomIn->setObjectName(QStringLiteral("actionZoomIn"));
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    QAction* zoomOut = view->addAction(tr("Zoom &Out"), m_timeline, &TimelineView::zoomOut);
    zoomOut->setObjectName(QStringLiteral("actionZoomOut"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction* fit = view->addAction(tr("&Fit All"), m_timeline, &TimelineView::fitAll);
    fit->setObjectName(QStringLiteral("actionFitAll"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* goTo = view->addAction(tr("&Go to Date…"), this, &MainWindow::goToDate);
    goTo->setObjectName(QStringLiteral("actionGoToDate"));
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    view->addSeparator();
    for (auto* dock : findChildren<QDockWidget*>())
        view->addAction(dock->toggleViewAction());

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(newEventAction);
    toolbar->addAction(editEventAction);
    toolbar->addAction(deleteAction);
    toolbar->addSeparator();
    toolbar->addAction(undo);
    toolbar->addAction(redo);
    toolbar->addSeparator();
    toolbar->addAction(zoomIn);
    toolbar->addAction(zoomOut);
    toolbar->addAction(fit);
    toolbar->addAction(goTo);
    view->addAction(toolbar->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Attaché"), this, [this] {
        QMessageBox::about(this, tr("About Attaché"),
            tr("<h3>Attaché %1</h3><p>A timeline of diplomatic events, the actors who took part and the statements "
               "they made, every fact traceable to its sources.</p>")
                .arg(QStringLiteral(ATTACHE_VERSION)));
    });
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = Settings().recentProjects();
    for (const QString& path : recent) {
        QAction* action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] { openProject(path); });
        action->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (!recent.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            Settings settings;
            for (const QString& path : settings.recentProjects())
                settings.removeRecentProject(path);
            updateRecentMenu();
        });
    }
}

QString MainWindow::sampleProjectPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/Sample.attache");
}

Project* MainWindow::project() const
{
    return m_document ? &m_document->project() : nullptr;
}

void MainWindow::openStartupProject()
{
    const QString last = Settings().lastProject();
    if (!last.isEmpty() && (Project::isServerLocation(last) || QFileInfo::exists(last))) {
        auto project = Project::open(last);
        if (project) {
            setProject(std::move(project.value()));
            return;
        }
    }
    const QString path = sampleProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        adopt(sample::create(path), tr("Could not create the sample"));
        return;
    }
    openProject(path);
}

bool MainWindow::adopt(Result<std::unique_ptr<Project>> project, const QString& failure)
{
    if (!project) {
        showError(failure, project.error());
        return false;
    }
    const QString path = project.value()->path();
    setProject(std::move(project.value()));
    Settings().addRecentProject(path);
    updateRecentMenu();
    return true;
}

bool MainWindow::openProject(const QString& path)
{
    if (Project::isServerLocation(path)) {
        auto project = Project::open(path);
        if (!project && project.error().contains(QLatin1String("password"))) {
            // No password in ~/.pgpass: ask for it, with the address filled in.
            chooseTeamProject(path, project.error());
            return this->project() && this->project()->path() == Project::shownLocation(path);
        }
        return adopt(std::move(project), tr("Could not open the team project"));
    }
    return adopt(Project::open(path), tr("Could not open the project"));
}

bool MainWindow::openTeamProject(const QString& url, const QString& password, bool create)
{
    return adopt(create ? Project::create(url, password) : Project::open(url, Project::Access::ReadWrite, password),
        create ? tr("Could not create the team project") : tr("Could not open the team project"));
}

void MainWindow::chooseTeamProject(const QString& url, const QString& problem)
{
    QString address = url;
    QString why = problem;
    if (address.isEmpty() && project() && project()->isTeamProject())
        address = project()->path();
    for (;;) {
        TeamProjectDialog dialog(address, why, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        address = dialog.url();
        auto opened = dialog.createProject() ? Project::create(address, dialog.password())
                                             : Project::open(address, Project::Access::ReadWrite, dialog.password());
        if (opened) {
            adopt(std::move(opened), QString());
            return;
        }
        // Asked again with the reason, the address kept: a wrong password or server is put right in place.
        why = opened.error();
    }
}

bool MainWindow::newProject(const QString& path)
{
    return adopt(Project::create(path), tr("Could not create the project"));
}

void MainWindow::chooseNewProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), projectFilter(), nullptr, fileDialogOptions);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".attache")))
        path += QStringLiteral(".attache");
    if (QFileInfo::exists(path)) {
        showError(tr("Could not create the project"),
            tr("%1 already exists. Open it with File > Open, or choose another name.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    newProject(path);
}

void MainWindow::chooseProjectToOpen()
{
    const QString start
        = project() && !project()->isTeamProject() ? QFileInfo(project()->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start, projectFilter(), nullptr, fileDialogOptions);
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::setProject(std::unique_ptr<Project> newProject)
{
    saveViewSettings();
    m_eventModel->setProject(nullptr);
    m_actorModel->setProject(nullptr);
    m_detail->setProject(nullptr);
    m_timeline->setProject(nullptr);
    m_network->setTimeline(nullptr, nullptr);
    m_sourceModel->setProject(nullptr);
    m_reader->setDocument(nullptr);
    m_selection->clear();
    if (m_document)
        m_undoGroup->removeStack(m_document->undoStack());
    m_document.reset();
    m_stats.reset();
    m_connectionLabel->hide();
    if (newProject) {
        m_document = std::make_unique<Document>(std::move(newProject));
        connect(m_document.get(), &Document::errorOccurred, this,
            [this](const QString& message) { showError(tr("The change could not be made"), message); });
        m_undoGroup->addStack(m_document->undoStack());
        m_undoGroup->setActiveStack(m_document->undoStack());
    }
    Project* current = project();
    m_filterBar->clear();
    // The timeline first: views are told of a change in this order, and the table's filter reads the timeline's
    // index and mask, which must follow the change before the table does.
    m_timeline->setProject(current);
    m_network->setTimeline(current ? m_timeline : nullptr, current);
    m_eventModel->setProject(current, current ? std::optional(m_timeline->index().catalog()) : std::nullopt);
    m_actorModel->setProject(current);
    m_detail->setProject(current);
    m_sourceModel->setProject(current);
    m_reader->setDocument(m_document.get());
    if (current) {
        connect(current->notifier(), &ChangeNotifier::changed, this, &MainWindow::onChanged);
        // The zoom and lanes saved are those of the last project: reopening it (as at start-up) brings them back.
        Settings settings;
        const bool reopened = settings.lastProject() == Settings::location(current->path());
        settings.setLastProject(current->path());
        const auto [start, msPerPixel] = settings.timelineScale();
        if (reopened && msPerPixel > 0)
            m_timeline->setScale(TimeScale(start, msPerPixel));
        if (reopened) {
            m_timeline->restoreLaneState(settings.laneState());
            if (const SourceId source(settings.openSource()); source.isValid() && current->sources().find(source))
                m_reader->showSource(source);
        }
        // A team project says so, and where it lives: what is changed here, the whole desk sees.
        const QString team = current->isTeamProject() ? tr("Team project %1").arg(current->name()) : QString();
        m_readOnlyLabel->setText(current->isReadOnly() ? (team.isEmpty() ? tr("Read-only") : team + tr(", read-only")) : team);
        m_readOnlyLabel->setToolTip(current->isReadOnly() ? current->readOnlyReason() : current->path());
        if (current->isReadOnly())
            statusBar()->showMessage(current->readOnlyReason(), 10000);
        connect(current->notifier(), &ChangeNotifier::connectionLost, this, [this](const QString& reason) {
            m_connectionLabel->setText(tr("Connection lost: reconnecting…"));
            m_connectionLabel->setToolTip(reason);
            m_connectionLabel->show();
            statusBar()->showMessage(tr("The connection to the server was lost (%1). What is shown stays; changes "
                                        "cannot be saved until it is back.")
                                         .arg(reason),
                15000);
            Q_EMIT connectionStateChanged(reason);
        });
        connect(current->notifier(), &ChangeNotifier::connectionRestored, this, [this] {
            m_connectionLabel->hide();
            statusBar()->showMessage(tr("Connected to the server again"), 5000);
            Q_EMIT connectionStateChanged(QString());
        });
        if (m_eventModel->rowCount() > 0)
            m_eventTable->selectRow(0);
    }
    updateTitle();
    updateStatus();
    updateActions();
    Q_EMIT projectChanged();
}

void MainWindow::saveViewSettings()
{
    if (!project())
        return;
    Settings settings;
    settings.setTimelineScale(m_timeline->scale().start(), m_timeline->scale().msPerPixel());
    settings.setLaneState(m_timeline->laneState());
    settings.setOpenSource(m_reader->source().value);
}

void MainWindow::showError(const QString& title, const QString& message)
{
    auto* box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("errorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT errorShown(message);
}

void MainWindow::updateTitle()
{
    Project* current = project();
    if (!current) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    setWindowFilePath(current->isTeamProject() ? QString() : current->path());
    setWindowTitle(current->name() + (current->isTeamProject() ? tr(" (team)") : QString())
        + (current->isReadOnly() ? tr(" [read-only]") : QString()));
}

void MainWindow::updateActions()
{
    const bool writable = project() && !project()->isReadOnly();
    for (QAction* action : std::as_const(m_editActions))
        action->setEnabled(writable);
    m_briefAction->setEnabled(project() != nullptr);
    for (QAction* action : std::as_const(m_projectActions))
        action->setEnabled(project() != nullptr);
    updateSelectionActions();
}

void MainWindow::updateSelectionActions()
{
    if (!m_mergeEventsAction)
        return; // still building the window
    const bool writable = project() && !project()->isReadOnly();
    m_mergeEventsAction->setEnabled(writable && m_selection->ids().size() >= 2);
    m_mergeActorsAction->setEnabled(writable && selectedActors().size() >= 2);

    // Later, not now: this may run from one of these actions' own triggered signal.
    for (QAction* action : m_splitMenu->actions()) {
        m_splitMenu->removeAction(action);
        action->deleteLater();
    }
    const EventId current = m_selection->current();
    const QList<SourceId> sources
        = writable && current.isValid() ? grading::evidenceSources(*project(), current) : QList<SourceId>{};
    if (sources.size() >= 2) {
        for (const SourceId id : sources) {
            const auto source = project()->sources().find(id);
            if (!source)
                continue;
            const QString outlet = source->outlet.isEmpty() ? source->title : source->outlet;
            QString label = source->outlet.isEmpty() || source->title.isEmpty()
                ? outlet
                : tr("%1 — %2").arg(source->outlet, source->title);
            label.replace(u'&', QStringLiteral("&&"));
            QAction* action = m_splitMenu->addAction(label, this, [this, id] { splitEvidenceOff(id); });
            action->setData(id.value);
        }
    }
    m_splitMenu->menuAction()->setEnabled(!m_splitMenu->isEmpty());
}

void MainWindow::updateStatus()
{
    Project* current = project();
    if (!current) {
        m_countsLabel->setText(tr("No project open"));
        m_rangeLabel->clear();
        return;
    }
    if (!m_stats) {
        // Counted once per project, then kept by the changes. The timeline's index holds every event, so they are
        // counted from it rather than over a million rows; before the timeline has the project, the line waits.
        if (m_timeline->project() != current)
            return;
        m_stats = current->counts(qint64(m_timeline->index().size()));
    }
    const ProjectStats& stats = *m_stats;
    const auto count = [](qint64 n, const QString& one, const QString& many) { return n == 1 ? one : many.arg(n); };
    QStringList parts{count(stats.events, tr("1 event"), tr("%1 events")),
        count(stats.actors, tr("1 actor"), tr("%1 actors")),
        count(stats.statements, tr("1 statement"), tr("%1 statements")),
        count(stats.sources, tr("1 source"), tr("%1 sources"))};
    if (m_filterBar->filter().isActive())
        parts.prepend(tr("%1 shown").arg(m_eventModel->rowCount()));
    m_countsLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::onChanged(const ChangeSet& changes)
{
    if (m_stats && changes.reset) {
        m_stats.reset();
    } else if (m_stats) {
        for (const Change& change : changes.changes) {
            const int delta = change.kind == ChangeKind::Added ? 1 : change.kind == ChangeKind::Removed ? -1 : 0;
            switch (change.entity) {
            case Entity::Actor:
                m_stats->actors += delta;
                break;
            case Entity::Event:
                m_stats->events += delta;
                break;
            case Entity::Statement:
                m_stats->statements += delta;
                break;
            case Entity::Source:
                m_stats->sources += delta;
                break;
            case Entity::Annotation:
                m_stats->annotations += delta;
                break;
            }
        }
    }
    updateStatus();
    updateSelectionActions();
}

void MainWindow::refreshFilterChoices()
{
    m_filterBar->setChoices(project() ? project()->actors().all() : QList<Actor>{}, m_timeline->index().tagNames());
}

void MainWindow::applyFilter()
{
    EventFilter filter = m_filterBar->filter();
    if (!filter.text.trimmed().isEmpty() && project()) {
        const auto matches = project()->matchingEvents(filter.text);
        QSet<qint64> ids;
        if (matches) {
            for (const EventId id : matches.value())
                ids.insert(id.value);
        }
        filter.textMatches = ids;
    }
    if (filter == m_timeline->filter() && !filter.isActive() && m_timeline->filterMask().empty()) {
        updateStatus();
        return;
    }
    m_timeline->setFilter(filter);
    if (filter.isActive()) {
        const TimelineIndex& index = m_timeline->index();
        const std::vector<quint8>& mask = m_timeline->filterMask();
        m_eventModel->setFilter([&index, &mask](qint64 id) {
            const qint64 i = index.indexOf(id);
            return i >= 0 && mask[std::size_t(i)] != 0;
        });
        // The predicate reads the timeline's index and mask as they are when the table asks, so it stays right
        // when the index is rebuilt.
    } else {
        m_eventModel->setFilter({});
    }
    onSelectionChanged();
    updateStatus();
}

EventId MainWindow::selectedEvent() const
{
    return m_selection->current();
}

ActorId MainWindow::selectedActor() const
{
    if (m_detail->actor().isValid())
        return m_detail->actor();
    const QModelIndex current = m_actorList->currentIndex();
    return current.isValid() ? m_actorModel->actorAt(current.row()) : ActorId();
}

void MainWindow::showActor(ActorId id)
{
    m_detail->setActor(id);
    const int row = m_actorModel->rowOf(id);
    if (row >= 0)
        m_actorList->setCurrentIndex(m_actorModel->index(row));
}

void MainWindow::selectEvent(EventId id)
{
    m_selection->select(id);
}

void MainWindow::onTableSelectionChanged()
{
    if (m_syncingSelection)
        return;
    QList<EventId> ids;
    for (const QModelIndex& row : m_eventTable->selectionModel()->selectedRows())
        ids.append(m_eventModel->eventAt(row.row()));
    const QModelIndex current = m_eventTable->selectionModel()->currentIndex();
    EventId currentId = current.isValid() ? m_eventModel->eventAt(current.row()) : EventId();
    if (!ids.contains(currentId))
        currentId = ids.isEmpty() ? EventId() : ids.first();
    m_syncingSelection = true;
    m_selection->setSelection(ids, currentId);
    m_syncingSelection = false;
    if (currentId.isValid())
        m_timeline->ensureVisible(currentId);
}

void MainWindow::onSelectionChanged()
{
    m_detail->setEvent(m_selection->current());
    updateSelectionActions();
    if (m_syncingSelection)
        return;
    // Mirror the shared selection in the table.
    m_syncingSelection = true;
    QItemSelection rows;
    for (const qint64 id : m_selection->ids()) {
        const int row = m_eventModel->rowOf(EventId(id));
        if (row >= 0)
            rows.select(m_eventModel->index(row, 0), m_eventModel->index(row, EventTableModel::ColumnCount - 1));
    }
    m_eventTable->selectionModel()->select(rows, QItemSelectionModel::ClearAndSelect);
    const int currentRow = m_eventModel->rowOf(m_selection->current());
    if (currentRow >= 0) {
        m_eventTable->selectionModel()->setCurrentIndex(m_eventModel->index(currentRow, 0), QItemSelectionModel::NoUpdate);
        m_eventTable->scrollTo(m_eventModel->index(currentRow, 0));
    }
    m_syncingSelection = false;
}

void MainWindow::newEvent()
{
    if (!m_document || project()->isReadOnly())
        return;
    Event e;
    e.start = FuzzyDate::fromDate(QDateTime::fromMSecsSinceEpoch(m_timeline->scale().toTime(m_timeline->lanesWidth() / 2.0), Qt::UTC).date());
    EventDialog dialog(*project(), e, this);
    dialog.setWindowTitle(tr("New Event"));
    if (dialog.exec() == QDialog::Accepted && m_document->addEvent(dialog.event()))
        selectEvent(m_document->lastAddedEvent());
}

void MainWindow::editEvent(EventId id)
{
    if (!m_document || !id.isValid())
        return;
    selectEvent(id);
    if (project()->isReadOnly())
        return;
    const auto event = project()->events().find(id);
    if (!event)
        return;
    EventDialog dialog(*project(), *event, this);
    dialog.setWindowTitle(tr("Edit Event"));
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    // On a team project another analyst may have saved this event while the dialog was open: nothing of theirs is
    // overwritten unasked.
    const auto now = project()->events().find(id);
    if (!mayOverwrite(Entity::Event, id.value, event->title, now.has_value(), now && *now != *event,
            now ? changedFields(*event, *now) : QString()))
        return;
    m_document->editEvent(dialog.event());
}

bool MainWindow::mayOverwrite(
    Entity entity, qint64 id, const QString& name, bool stillThere, bool changed, const QString& fields)
{
    switch (overwriteprompt::ask(this, *project(), {entity, id, name, stillThere, changed, fields})) {
    case overwriteprompt::Answer::Write:
        return true;
    case overwriteprompt::Answer::Gone:
        showError(tr("The change could not be made"), overwriteprompt::goneText(name));
        return false;
    case overwriteprompt::Answer::KeepTheirs:
        statusBar()->showMessage(overwriteprompt::keptText(name), 8000);
        return false;
    }
    return false;
}

void MainWindow::deleteSelectedEvents()
{
    if (!m_document || project()->isReadOnly() || m_selection->isEmpty())
        return;
    QList<EventId> ids;
    for (const qint64 id : m_selection->ids())
        ids.append(EventId(id));
    m_document->deleteEvents(ids);
}

void MainWindow::mergeSelectedEvents()
{
    if (!m_document || project()->isReadOnly())
        return;
    QList<EventId> ids;
    for (const qint64 id : m_selection->ids()) {
        if (project()->events().find(EventId(id)))
            ids.append(EventId(id));
    }
    if (ids.size() < 2)
        return;
    std::sort(ids.begin(), ids.end());
    if (!m_document->mergeEvents(ids))
        return;
    const EventId kept = ids.constFirst();
    selectEvent(kept);
    statusBar()->showMessage(
        tr("Merged %1 events into “%2”").arg(ids.size()).arg(project()->events().title(kept)), 8000);
}

void MainWindow::splitEvidenceOff(SourceId source)
{
    const EventId current = m_selection->current();
    if (!m_document || project()->isReadOnly() || !current.isValid())
        return;
    if (!m_document->splitEvidence(current, source))
        return;
    const EventId added = m_document->lastAddedEvent();
    selectEvent(added);
    m_timeline->ensureVisible(added);
    statusBar()->showMessage(tr("Split the evidence of one source off into a new event"), 8000);
}

QList<ActorId> MainWindow::selectedActors() const
{
    QList<ActorId> ids;
    if (!m_actorList->selectionModel())
        return ids;
    for (const QModelIndex& index : m_actorList->selectionModel()->selectedIndexes()) {
        const ActorId id = m_actorModel->actorAt(index.row());
        if (id.isValid() && !ids.contains(id))
            ids.append(id);
    }
    return ids;
}

void MainWindow::mergeSelectedActors()
{
    if (!m_document || project()->isReadOnly())
        return;
    QList<ActorId> ids = selectedActors();
    if (ids.size() < 2)
        return;
    std::sort(ids.begin(), ids.end());
    if (!m_document->mergeActors(ids))
        return;
    const ActorId kept = ids.constFirst();
    m_detail->setActor(kept);
    const int row = m_actorModel->rowOf(kept);
    if (row >= 0)
        m_actorList->setCurrentIndex(m_actorModel->index(row));
    if (const auto actor = project()->actors().find(kept))
        statusBar()->showMessage(tr("Merged %1 actors into “%2”").arg(ids.size()).arg(actor->name), 8000);
}

void MainWindow::newActor()
{
    if (!m_document || project()->isReadOnly())
        return;
    ActorDialog dialog(*project(), Actor{}, this);
    dialog.setWindowTitle(tr("New Actor"));
    if (dialog.exec() == QDialog::Accepted && m_document->addActor(dialog.actor()))
        m_detail->setActor(m_document->lastAddedActor());
}

void MainWindow::editActor(ActorId id)
{
    if (!m_document || !id.isValid() || project()->isReadOnly())
        return;
    const auto actor = project()->actors().find(id);
    if (!actor)
        return;
    ActorDialog dialog(*project(), *actor, this);
    dialog.setWindowTitle(tr("Edit Actor"));
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const auto now = project()->actors().find(id);
    if (mayOverwrite(Entity::Actor, id.value, actor->name, now.has_value(), now && *now != *actor, QString()))
        m_document->editActor(dialog.actor());
}

void MainWindow::deleteActor(ActorId id)
{
    if (!m_document || !id.isValid() || project()->isReadOnly())
        return;
    const auto actor = project()->actors().find(id);
    if (!actor)
        return;
    const qsizetype statements = project()->statements().bySpeaker(id).size();
    if (statements > 0) {
        const auto answer = QMessageBox::question(this, tr("Delete Actor"),
            tr("Deleting %1 also deletes %n statement(s) they made. You can undo this.", nullptr, int(statements)).arg(actor->name));
        if (answer != QMessageBox::Yes)
            return;
    }
    m_document->deleteActor(id);
}

void MainWindow::newStatement()
{
    if (!m_document || project()->isReadOnly())
        return;
    Statement s;
    if (const auto event = project()->events().find(selectedEvent())) {
        s.venue = event->id;
        s.when = event->start;
    }
    StatementDialog dialog(*project(), s, this);
    dialog.setWindowTitle(tr("New Statement"));
    if (dialog.exec() == QDialog::Accepted)
        m_document->addStatement(dialog.statement());
}

void MainWindow::editStatement(StatementId id)
{
    if (!m_document || project()->isReadOnly())
        return;
    const auto statement = project()->statements().find(id);
    if (!statement)
        return;
    StatementDialog dialog(*project(), *statement, this);
    dialog.setWindowTitle(tr("Edit Statement"));
    if (dialog.exec() != QDialog::Accepted || !m_document)
        return;
    const auto now = project()->statements().find(id);
    if (mayOverwrite(Entity::Statement, id.value, statement->text.left(60), now.has_value(), now && *now != *statement,
            QString()))
        m_document->editStatement(dialog.statement());
}

void MainWindow::goToDate()
{
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Go to Date"),
        tr("Date (e.g. 2025-08-15, 2025-08 or 2025):"), QLineEdit::Normal, QString(), &ok);
    if (!ok || text.trimmed().isEmpty())
        return;
    const auto date = FuzzyDate::parse(text.trimmed());
    if (!date) {
        showError(tr("Go to Date"), date.error());
        return;
    }
    TimeScale scale = m_timeline->scale();
    // Show the date's whole extent: a year, a month, or a week around a day (or a time).
    constexpr qint64 week = 7 * 86400000LL;
    const qint64 middle = date->earliestMs() + (date->latestMs() - date->earliestMs()) / 2;
    const bool dayOrFiner = date->latestMs() - date->earliestMs() < week;
    scale.fit(dayOrFiner ? middle - week / 2 : date->earliestMs(), dayOrFiner ? middle + week / 2 : date->latestMs(),
        m_timeline->lanesWidth());
    m_timeline->setScale(scale);
}

void MainWindow::exportNetwork()
{
    if (!project())
        return;
    const QString suggested = QFileInfo(project()->path()).dir().filePath(project()->name() + QStringLiteral("-network.png"));
    QString filter = tr("PNG image (*.png)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Network"), suggested,
        tr("PNG image (*.png);;SVG drawing (*.svg)"), &filter, fileDialogOptions);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += filter.contains(QStringLiteral("svg")) ? QStringLiteral(".svg") : QStringLiteral(".png");
    QString error;
    if (!m_network->exportTo(target, &error))
        showError(tr("The network could not be exported"), tr("%1: %2.").arg(QDir::toNativeSeparators(target), error));
    else
        statusBar()->showMessage(tr("Network written to %1").arg(QDir::toNativeSeparators(target)), 6000);
}

void MainWindow::showBrief(EventId event)
{
    if (!project())
        return;
    BriefDialog::Context context;
    context.event = event;
    const EventFilter& filter = m_timeline->filter();
    const std::vector<quint8>& mask = m_timeline->filterMask();
    if (filter.isActive() && !mask.empty()) {
        const TimelineIndex& index = m_timeline->index();
        for (std::size_t i = 0; i < index.size() && i < mask.size(); ++i) {
            if (mask[i] != 0)
                context.filtered.append(EventId(index.id(i)));
        }
        context.filterDescription = filter.description([this](qint64 id) {
            const auto actor = project()->actors().find(ActorId(id));
            return actor ? actor->name : QString();
        });
    }
    context.fromMs = m_timeline->scale().start();
    context.toMs = m_timeline->scale().end(m_timeline->lanesWidth());
    BriefDialog dialog(*project(), context, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setEventTableHeader(m_eventTable->horizontalHeader()->saveState());
    saveViewSettings();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    const bool articles = (!droppedArticles(event->mimeData()).isEmpty() || !droppedData(event->mimeData()).isEmpty()) && project()
        && !project()->isReadOnly();
    if (!droppedProject(event->mimeData()).isEmpty() || articles)
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedProject(event->mimeData());
    if (!path.isEmpty()) {
        event->acceptProposedAction();
        openProject(path);
        return;
    }
    const QStringList articles = droppedArticles(event->mimeData());
    const QStringList dataFiles = droppedData(event->mimeData());
    if ((articles.isEmpty() && dataFiles.isEmpty()) || !project() || project()->isReadOnly())
        return;
    if (!dataFiles.isEmpty()) {
        event->acceptProposedAction();
        QMetaObject::invokeMethod(this, [this, dataFiles] {
            for (const QString& file : dataFiles)
                importDataFile(file);
        }, Qt::QueuedConnection);
        return;
    }
    event->acceptProposedAction();
    // After the drop has finished: the review dialogs are modal.
    QMetaObject::invokeMethod(this, [this, articles] { importArticles(articles); }, Qt::QueuedConnection);
}

int MainWindow::importArticles(const QStringList& paths)
{
    if (!m_document || project()->isReadOnly())
        return 0;
    // Read every file first (with progress: a batch of large pages takes a moment), then review them in turn.
    struct Read
    {
        QString path;
        QByteArray bytes;
    };
    QList<Read> read;
    QStringList failures;
    QProgressDialog progress(tr("Reading articles…"), tr("Cancel"), 0, int(paths.size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    for (int i = 0; i < paths.size(); ++i) {
        progress.setValue(i);
        if (progress.wasCanceled())
            break;
        const QString& path = paths.at(i);
        const QString name = QFileInfo(path).fileName();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            failures.append(tr("%1: cannot be read (%2)").arg(name, file.errorString()));
            continue;
        }
        if (file.size() > extract::maxArticleBytes) {
            failures.append(tr("%1: too large to read as an article (the limit is %2 MB)").arg(name).arg(extract::maxArticleBytes / (1024 * 1024)));
            continue;
        }
        read.append({path, file.readAll()});
    }
    progress.setValue(int(paths.size()));
    const bool cancelled = progress.wasCanceled();
    int imported = 0;
    for (int i = 0; i < read.size() && !cancelled; ++i) {
        const QString name = QFileInfo(read.at(i).path).fileName();
        auto article = extract::readArticle(read.at(i).bytes, name);
        if (!article) {
            failures.append(article.error());
            continue;
        }
        const QString batch = read.size() > 1 ? tr(" (%1 of %2)").arg(i + 1).arg(read.size()) : QString();
        if (review(article.value(), batch)) {
            ++imported;
        } else if (i + 1 < read.size()
            && QMessageBox::question(this, tr("Import Articles"), tr("Skip this article and review the next one?"),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) != QMessageBox::Yes) {
            break;
        }
    }
    if (!failures.isEmpty())
        showError(tr("Some articles could not be read"), failures.join(u'\n'));
    if (imported > 0)
        statusBar()->showMessage(tr("Imported %n article(s).", nullptr, imported), 8000);
    return imported;
}

bool MainWindow::reviewArticle(const QByteArray& bytes, const QString& name)
{
    if (!m_document || project()->isReadOnly())
        return false;
    auto article = extract::readArticle(bytes, name);
    if (!article) {
        showError(tr("The article could not be read"), article.error());
        return false;
    }
    return review(article.value(), {});
}

bool MainWindow::review(const extract::Article& article, const QString& titleSuffix)
{
    ImportReviewDialog dialog(*m_document, article, {}, this);
    dialog.setWindowTitle(dialog.windowTitle() + titleSuffix);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    showSource(m_document->lastImportedSource());
    return true;
}

bool MainWindow::pasteArticle()
{
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    QByteArray bytes;
    if (mime && mime->hasHtml())
        bytes = mime->html().toUtf8();
    else if (mime && mime->hasText())
        bytes = mime->text().toUtf8();
    if (bytes.trimmed().isEmpty()) {
        showError(tr("Nothing to paste"), tr("The clipboard holds no text or web page to read as an article."));
        return false;
    }
    return reviewArticle(bytes, tr("the pasted article"));
}

void MainWindow::showSource(SourceId id)
{
    if (!id.isValid())
        return;
    m_reader->showSource(id);
    m_readerDock->show();
    m_readerDock->raise();
    if (m_readerDock->height() < 360)
        resizeDocks({m_readerDock}, {std::max(360, height() / 2)}, Qt::Vertical);
    const QModelIndex row = m_sourceProxy->mapFromSource(m_sourceModel->index(m_sourceModel->rowOf(id), 0));
    if (row.isValid())
        m_sourceTable->setCurrentIndex(row);
}

bool MainWindow::showEvidence(TargetType type, qint64 id)
{
    if (!m_reader->showEvidence(type, id)) {
        statusBar()->showMessage(tr("No passage of any source is marked as evidence for this yet."), 8000);
        return false;
    }
    showSource(m_reader->source());
    return true;
}

void MainWindow::showTarget(TargetType type, qint64 id)
{
    if (!project())
        return;
    switch (type) {
    case TargetType::Event:
        selectEvent(EventId(id));
        m_timeline->ensureVisible(EventId(id));
        break;
    case TargetType::Actor:
        m_detail->setActor(ActorId(id));
        break;
    case TargetType::Statement:
        if (const auto st = project()->statements().find(StatementId(id))) {
            if (st->venue.isValid()) {
                selectEvent(st->venue);
                m_timeline->ensureVisible(st->venue);
            } else {
                m_detail->setActor(st->speaker);
            }
        }
        break;
    case TargetType::None:
        return;
    }
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("detailDock"))) {
        dock->show();
        dock->raise();
    }
}

bool MainWindow::exportToFile(const QString& formatName, const QString& path)
{
    const interop::ExportFormat* format = interop::findExportFormat(formatName);
    if (!project() || !format)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(format->write(*project(), {})) < 0 || !file.commit()) {
        showError(tr("The project could not be exported"), tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    statusBar()->showMessage(tr("Exported %1 to %2.").arg(format->title.toString(), QFileInfo(path).fileName()), 8000);
    return true;
}

bool MainWindow::importDataFile(const QString& path)
{
    if (!m_document || project()->isReadOnly())
        return false;
    const interop::ImportFormat* format = interop::importFormatFor(path);
    if (!format) {
        showError(tr("The file could not be imported"),
            tr("%1: not a format Attaché imports (CSV, iCalendar, project JSON or Web Annotations, by its ending)").arg(QFileInfo(path).fileName()));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file could not be imported"), tr("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    const auto summary = format->read(file.readAll(), QFileInfo(path).fileName(), *project());
    if (!summary) {
        showError(tr("The file could not be imported"), summary.error());
        return false;
    }
    // A bulk import is one transaction but not an undo step: the steps before it could no longer be undone safely.
    m_document->undoStack()->clear();
    statusBar()->showMessage(tr("%1: %2. (Imports of data are not undoable; the undo history was cleared.)")
                                 .arg(QFileInfo(path).fileName(), summary->text()),
        12000);
    return true;
}
} // namespace attache
