// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>

#include "detailview.h"
#include "eventtablemodel.h"
#include "sample/sample.h"
#include "settings.h"
#include "storage/changenotifier.h"
#include "storage/project.h"

namespace attache {
namespace {

const QString projectFilter()
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

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_eventModel(new EventTableModel(this))
    , m_eventTable(new QTableView(this))
    , m_detail(new DetailView(this))
    , m_countsLabel(new QLabel(this))
    , m_readOnlyLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true);

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
    m_eventTable->setColumnWidth(EventTableModel::DateColumn, 150);
    m_eventTable->setColumnWidth(EventTableModel::TitleColumn, 380);
    m_eventTable->setColumnWidth(EventTableModel::KindColumn, 110);
    m_eventTable->setColumnWidth(EventTableModel::StatusColumn, 90);
    setCentralWidget(m_eventTable);
    connect(m_eventTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &MainWindow::onSelectionChanged);

    auto* detailDock = new QDockWidget(tr("Details"), this);
    detailDock->setObjectName(QStringLiteral("detailDock"));
    detailDock->setWidget(m_detail);
    m_detail->setObjectName(QStringLiteral("detailView"));
    addDockWidget(Qt::RightDockWidgetArea, detailDock);
    resizeDocks({detailDock}, {520}, Qt::Horizontal);

    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_countsLabel->setObjectName(QStringLiteral("countsLabel"));
    statusBar()->addWidget(m_countsLabel);
    statusBar()->addPermanentWidget(m_readOnlyLabel);

    createActions();
    detailDock->toggleViewAction()->setText(tr("&Details"));
    if (auto* view = menuBar()->findChild<QMenu*>(QStringLiteral("viewMenu")))
        view->addAction(detailDock->toggleViewAction());

    resize(1400, 860);
    Settings settings;
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_eventTable->horizontalHeader()->restoreState(settings.eventTableHeader());
    updateTitle();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Views hold the project pointer: detach them before the project goes.
    m_eventModel->setProject(nullptr);
    m_detail->setProject(nullptr);
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction* newAction = file->addAction(tr("&New Project…"), this, &MainWindow::chooseNewProject);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence::New);
    QAction* openAction = file->addAction(tr("&Open…"), this, &MainWindow::chooseProjectToOpen);
    openAction->setObjectName(QStringLiteral("actionOpen"));
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    QAction* sampleAction = file->addAction(tr("Open &Sample Timeline"), this, [this] {
        const QString path = sampleProjectPath();
        if (!QFileInfo::exists(path)) {
            auto created = sample::create(path);
            if (!created) {
                showError(tr("Could not create the sample"), created.error());
                return;
            }
        }
        openProject(path);
    });
    sampleAction->setObjectName(QStringLiteral("actionSample"));
    file->addSeparator();
    QAction* quitAction = file->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("actionQuit"));
    quitAction->setShortcut(QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(Qt::CTRL | Qt::Key_Q)
                                                                         : QKeySequence(QKeySequence::Quit));
    quitAction->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(QStringLiteral("viewMenu"));

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

void MainWindow::openStartupProject()
{
    const QString last = Settings().lastProject();
    if (!last.isEmpty() && QFileInfo::exists(last)) {
        auto project = Project::open(last);
        if (project) {
            setProject(std::move(project.value()));
            return;
        }
    }
    const QString path = sampleProjectPath();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto created = sample::create(path);
        if (!created) {
            showError(tr("Could not create the sample"), created.error());
            return;
        }
        setProject(std::move(created.value()));
        Settings().addRecentProject(path);
        updateRecentMenu();
        return;
    }
    openProject(path);
}

bool MainWindow::openProject(const QString& path)
{
    auto project = Project::open(path);
    if (!project) {
        showError(tr("Could not open the project"), project.error());
        return false;
    }
    setProject(std::move(project.value()));
    Settings().addRecentProject(path);
    updateRecentMenu();
    return true;
}

bool MainWindow::newProject(const QString& path)
{
    auto project = Project::create(path);
    if (!project) {
        showError(tr("Could not create the project"), project.error());
        return false;
    }
    setProject(std::move(project.value()));
    Settings().addRecentProject(path);
    updateRecentMenu();
    return true;
}

void MainWindow::chooseNewProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), projectFilter());
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
    const QString start = m_project ? QFileInfo(m_project->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), start, projectFilter());
    if (!path.isEmpty())
        openProject(path);
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    m_eventModel->setProject(nullptr);
    m_detail->setProject(nullptr);
    m_project = std::move(project);
    m_eventModel->setProject(m_project.get());
    m_detail->setProject(m_project.get());
    if (m_project) {
        connect(m_project->notifier(), &ChangeNotifier::changed, this, &MainWindow::onChanged);
        Settings().setLastProject(m_project->path());
        m_readOnlyLabel->setText(m_project->isReadOnly() ? tr("Read-only") : QString());
        m_readOnlyLabel->setToolTip(m_project->readOnlyReason());
        if (m_project->isReadOnly())
            statusBar()->showMessage(m_project->readOnlyReason(), 10000);
        if (m_eventModel->rowCount() > 0)
            m_eventTable->selectRow(0);
    }
    updateTitle();
    updateStatus();
    Q_EMIT projectChanged();
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
    if (!m_project) {
        setWindowTitle(QString());
        setWindowFilePath(QString());
        return;
    }
    setWindowFilePath(m_project->path());
    setWindowTitle(m_project->name() + (m_project->isReadOnly() ? tr(" [read-only]") : QString()));
}

void MainWindow::updateStatus()
{
    if (!m_project) {
        m_countsLabel->setText(tr("No project open"));
        return;
    }
    const ProjectStats stats = m_project->stats();
    const auto count = [](qint64 n, const QString& one, const QString& many) {
        return n == 1 ? one : many.arg(n);
    };
    m_countsLabel->setText(QStringList{count(stats.events, tr("1 event"), tr("%1 events")),
        count(stats.actors, tr("1 actor"), tr("%1 actors")),
        count(stats.statements, tr("1 statement"), tr("%1 statements")),
        count(stats.sources, tr("1 source"), tr("%1 sources"))}
                               .join(QStringLiteral(" · ")));
}

void MainWindow::onChanged(const ChangeSet&)
{
    updateStatus();
}

EventId MainWindow::selectedEvent() const
{
    const QModelIndex current = m_eventTable->selectionModel()->currentIndex();
    const QModelIndexList rows = m_eventTable->selectionModel()->selectedRows();
    if (current.isValid() && m_eventTable->selectionModel()->isRowSelected(current.row(), {}))
        return m_eventModel->eventAt(current.row());
    return rows.isEmpty() ? EventId() : m_eventModel->eventAt(rows.first().row());
}

void MainWindow::selectEvent(EventId id)
{
    const int row = m_eventModel->rowOf(id);
    if (row < 0)
        return;
    m_eventTable->selectRow(row);
    m_eventTable->scrollTo(m_eventModel->index(row, 0));
}

void MainWindow::onSelectionChanged()
{
    m_detail->setEvent(selectedEvent());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    Settings settings;
    settings.setWindowGeometry(saveGeometry());
    settings.setWindowState(saveState());
    settings.setEventTableHeader(m_eventTable->horizontalHeader()->saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedProject(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedProject(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    openProject(path);
}

} // namespace attache
