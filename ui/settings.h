// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QStringList>

namespace attache {

/// Typed access to the user's settings: every key and its default in one place.
class Settings final
{
public:
    Settings() = default;

    QStringList recentProjects() const;
    /// How a project is remembered: a file by its absolute path, a team project by its address (no password).
    static QString location(const QString& path);
    /// Puts `path` first in the recent list (at most maxRecent entries, no duplicates).
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    static constexpr int maxRecent = 10;

    QString lastProject() const;
    void setLastProject(const QString& path);
    /// Where articles were last imported from (the home folder at first).
    QString lastImportFolder() const;
    void setLastImportFolder(const QString& folder);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray eventTableHeader() const;
    void setEventTableHeader(const QByteArray& state);

    QString timelineGrouping() const;
    void setTimelineGrouping(const QString& grouping);
    /// The timeline's zoom as (start ms, ms per pixel); (0, 0) when never saved.
    std::pair<qint64, double> timelineScale() const;
    void setTimelineScale(qint64 start, double msPerPixel);
    QByteArray laneState() const;
    void setLaneState(const QByteArray& state);
    /// The source open in the reader (its row id in the last project); 0 for none.
    qint64 openSource() const;
    void setOpenSource(qint64 id);

    /// The handling banner printed at the top and bottom of every page of a brief, e.g. "UNCLASSIFIED // FOR
    /// OFFICIAL USE ONLY"; empty for none.
    QString briefBanner() const;
    void setBriefBanner(const QString& banner);
    /// An event brief takes in related events within this many days (3 unless changed).
    int briefRelatedDays() const;
    void setBriefRelatedDays(int days);
    /// The paper briefs are laid out for: "a4", "letter", or empty to follow the locale.
    QString briefPaper() const;
    void setBriefPaper(const QString& paper);

private:
    QSettings m_settings;
};

} // namespace attache
