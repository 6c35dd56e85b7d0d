// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QMainWindow>

#include "model/ids.h"

class QLabel;
class QMenu;
class QTableView;

namespace attache {

class DetailView;
class EventTableModel;
class Project;
struct ChangeSet;

/// The application window: the open project's events, the selected event's details, and the File menu.
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
    /// At start-up: the last project if it still opens, else the bundled sample (created on first start).
    void openStartupProject();
    /// Where the sample project lives: the application data folder.
    static QString sampleProjectPath();

    Project* project() const { return m_project.get(); }
    EventId selectedEvent() const;
    void selectEvent(EventId id);

Q_SIGNALS:
    void projectChanged();
    /// A message was shown to the user in an error dialog.
    void errorShown(const QString& message);

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void setProject(std::unique_ptr<Project> project);
    void showError(const QString& title, const QString& message);
    void updateRecentMenu();
    void updateStatus();
    void updateTitle();
    void onSelectionChanged();
    void onChanged(const ChangeSet& changes);
    void chooseNewProject();
    void chooseProjectToOpen();

    std::unique_ptr<Project> m_project;
    EventTableModel* m_eventModel;
    QTableView* m_eventTable;
    DetailView* m_detail;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_countsLabel;
    QLabel* m_readOnlyLabel;
};

} // namespace attache
