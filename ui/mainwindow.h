// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>

#include <QMainWindow>

#include "model/annotation.h"
#include "model/ids.h"
#include "storage/project.h"
#include "util/result.h"

class QAction;
class QActionGroup;
class QUndoGroup;
class QLabel;
class QListView;
class QMenu;
class QDockWidget;
class QMimeData;
class QSortFilterProxyModel;
class QTableView;

namespace attache {

namespace extract {
struct Article;
}
class ActorListModel;
class DetailView;
class Document;
class EventSelection;
class EventTableModel;
class FilterBar;
class Project;
class SourceListModel;
class SourceReader;
class TimelineView;
class NetworkView;
struct ChangeSet;

/// The application window: the timeline in the centre; details, the events table and the actors list as docks; a
/// filter bar shared by timeline and table; menus and toolbar for projects, editing (with undo) and the view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens `path`, replacing the open project. On failure the current project stays and the reason is shown.
    bool openProject(const QString& path);
    /// Creates an empty project at `path` and opens it.
    bool newProject(const QString& path);
    /// Opens (or, with `create`, creates) the team project at a postgresql:// address; the password is used for this
    /// connection only.
    bool openTeamProject(const QString& url, const QString& password, bool create = false);
    /// File > Open Team Project…: asks where, with `problem` saying why the last try failed.
    void chooseTeamProject(const QString& url = {}, const QString& problem = {});
    /// At start-up: the last project if it still opens, else the bundled sample (created on first start).
    void openStartupProject();
    /// Where the sample project lives: the application data folder.
    static QString sampleProjectPath();

    Project* project() const;
    Document* document() const { return m_document.get(); }
    EventSelection* selection() const { return m_selection; }
    TimelineView* timeline() const { return m_timeline; }
    NetworkView* network() const { return m_network; }
    EventId selectedEvent() const;
    void selectEvent(EventId id);
    /// Shows an actor in the details and makes it current in the actors list.
    void showActor(ActorId id);

    // Editing, as the menus, toolbar and timeline do it (dialogs are modal).
    void newEvent();
    void editEvent(EventId id);
    void deleteSelectedEvents();
    /// Merges the selected events (two or more) into the one created first and selects it.
    void mergeSelectedEvents();
    /// Moves the evidence in `source` off the current event to a new event, which is then selected.
    void splitEvidenceOff(SourceId source);
    /// Merges the actors selected in the actors list (two or more) into the one created first.
    void mergeSelectedActors();
    QList<ActorId> selectedActors() const;
    void newActor();
    void editActor(ActorId id);
    void deleteActor(ActorId id);
    void newStatement();
    void editStatement(StatementId id);
    void goToDate();
    /// Opens the briefing dialog on `event` (or, without one, on the timeline's filter or the period on screen).
    void showBrief(EventId event);
    /// Asks where, and writes the network's picture as PNG or SVG.
    void exportNetwork();

    // Sources and evidence.
    SourceReader* reader() const { return m_reader; }
    /// Reads the files, then opens the review of each in turn; a file that cannot be read is reported and the rest
    /// go on. Returns how many articles were imported.
    int importArticles(const QStringList& paths);
    /// Reviews the clipboard's text (or HTML) as an article.
    bool pasteArticle();
    /// Opens the review of one article read from `bytes` (`name` names it in messages); true when it was imported.
    bool reviewArticle(const QByteArray& bytes, const QString& name);
    /// Opens the reader on the evidence for an actor, event or statement.
    bool showEvidence(TargetType type, qint64 id);
    /// Shows what an annotation supports: the event on the timeline, the actor's or statement's details.
    void showTarget(TargetType type, qint64 id);
    void showSource(SourceId id);
    /// Writes the project in an interchange format (json, csv, ics, timelinejs, gdelt, annotations...).
    bool exportToFile(const QString& formatName, const QString& path);
    /// Adds a data file's events, project or annotations (format by its ending) in one transaction.
    bool importDataFile(const QString& path);

Q_SIGNALS:
    void projectChanged();
    /// A team project's connection was lost (with the reason) or is back (empty).
    void connectionStateChanged(const QString& lostBecause);
    /// A message was shown to the user in an error dialog.
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createDocks();
    /// Whether an edit of the row `name` (opened in a dialog) may be saved: on a team project another analyst may
    /// have deleted it meanwhile (said, false) or changed it (`changed`: asked, naming who and `fields`; true to
    /// overwrite).
    bool mayOverwrite(Entity entity, qint64 id, const QString& name, bool stillThere, bool changed, const QString& fields);
    /// Opens the review of one article read; true when it was imported (the reader then shows it).
    bool review(const extract::Article& article, const QString& titleSuffix);
    void createActions();
    void setProject(std::unique_ptr<Project> project);
    /// Shows a project just opened or created, or says why there is none.
    bool adopt(Result<std::unique_ptr<Project>> project, const QString& failure);
    void showError(const QString& title, const QString& message);
    void updateRecentMenu();
    void updateStatus();
    void updateTitle();
    void updateActions();
    /// Enables the commands that need a selection (merging, splitting) as the selection allows.
    void updateSelectionActions();
    void onTableSelectionChanged();
    void onSelectionChanged();
    void onChanged(const ChangeSet& changes);
    void applyFilter();
    void refreshFilterChoices();
    void saveViewSettings();
    void chooseNewProject();
    void chooseProjectToOpen();
    ActorId selectedActor() const;

    std::unique_ptr<Document> m_document;
    EventSelection* m_selection;
    TimelineView* m_timeline;
    FilterBar* m_filterBar;
    EventTableModel* m_eventModel;
    QTableView* m_eventTable;
    ActorListModel* m_actorModel;
    QListView* m_actorList;
    DetailView* m_detail;
    QMenu* m_recentMenu = nullptr;
    SourceListModel* m_sourceModel;
    QSortFilterProxyModel* m_sourceProxy;
    QTableView* m_sourceTable;
    SourceReader* m_reader;
    NetworkView* m_network;
    QDockWidget* m_readerDock = nullptr;
    QLabel* m_countsLabel;
    std::optional<ProjectStats> m_stats; // the status bar's counts, kept up to date by the project's changes
    QLabel* m_rangeLabel;
    QLabel* m_readOnlyLabel;
    QLabel* m_connectionLabel; // shown while a team project's connection is lost
    QActionGroup* m_groupingActions = nullptr;
    QList<QAction*> m_editActions; // enabled only for a writable project
    QAction* m_briefAction = nullptr; // enabled when a project is open
    QAction* m_mergeEventsAction = nullptr; // two or more events selected
    QAction* m_mergeActorsAction = nullptr; // two or more actors selected
    QMenu* m_splitMenu = nullptr; // one action per source of the current event, when it has two or more
    QList<QAction*> m_projectActions; // enabled when a project is open
    QUndoGroup* m_undoGroup;
    bool m_syncingSelection = false;
};

} // namespace attache
