// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings.h"

#include <algorithm>

#include <QDir>
#include <QFileInfo>

#include "storage/project.h"

namespace attache {
namespace key {
const QString recent = QStringLiteral("projects/recent");
const QString last = QStringLiteral("projects/last");
const QString importFolder = QStringLiteral("projects/importFolder");
const QString openSource = QStringLiteral("sources/open");
const QString geometry = QStringLiteral("window/geometry");
const QString state = QStringLiteral("window/state");
const QString eventHeader = QStringLiteral("window/eventTableHeader");
const QString grouping = QStringLiteral("timeline/grouping");
const QString scaleStart = QStringLiteral("timeline/start");
const QString scaleMsPerPixel = QStringLiteral("timeline/msPerPixel");
const QString lanes = QStringLiteral("timeline/lanes");
const QString briefBanner = QStringLiteral("brief/banner");
const QString briefDays = QStringLiteral("brief/relatedDays");
const QString briefPaper = QStringLiteral("brief/paper");
} // namespace key

QStringList Settings::recentProjects() const
{
    return m_settings.value(key::recent).toStringList();
}

QString Settings::location(const QString& path)
{
    return Project::isServerLocation(path) ? path : QFileInfo(path).absoluteFilePath();
}

void Settings::addRecentProject(const QString& path)
{
    const QString absolute = location(path);
    QStringList recent = recentProjects();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    m_settings.setValue(key::recent, recent);
}

void Settings::removeRecentProject(const QString& path)
{
    QStringList recent = recentProjects();
    recent.removeAll(location(path));
    m_settings.setValue(key::recent, recent);
}

QString Settings::lastProject() const
{
    return m_settings.value(key::last).toString();
}

void Settings::setLastProject(const QString& path)
{
    m_settings.setValue(key::last, location(path));
}

QString Settings::lastImportFolder() const
{
    return m_settings.value(key::importFolder, QDir::homePath()).toString();
}

void Settings::setLastImportFolder(const QString& folder)
{
    m_settings.setValue(key::importFolder, folder);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(key::geometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry)
{
    m_settings.setValue(key::geometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(key::state).toByteArray();
}

void Settings::setWindowState(const QByteArray& state)
{
    m_settings.setValue(key::state, state);
}

QByteArray Settings::eventTableHeader() const
{
    return m_settings.value(key::eventHeader).toByteArray();
}

void Settings::setEventTableHeader(const QByteArray& state)
{
    m_settings.setValue(key::eventHeader, state);
}

QString Settings::timelineGrouping() const
{
    return m_settings.value(key::grouping, QStringLiteral("actor")).toString();
}

void Settings::setTimelineGrouping(const QString& grouping)
{
    m_settings.setValue(key::grouping, grouping);
}

std::pair<qint64, double> Settings::timelineScale() const
{
    return {m_settings.value(key::scaleStart, 0).toLongLong(), m_settings.value(key::scaleMsPerPixel, 0.0).toDouble()};
}

void Settings::setTimelineScale(qint64 start, double msPerPixel)
{
    m_settings.setValue(key::scaleStart, start);
    m_settings.setValue(key::scaleMsPerPixel, msPerPixel);
}

QByteArray Settings::laneState() const
{
    return m_settings.value(key::lanes).toByteArray();
}

void Settings::setLaneState(const QByteArray& state)
{
    m_settings.setValue(key::lanes, state);
}

QString Settings::briefBanner() const
{
    return m_settings.value(key::briefBanner).toString();
}

void Settings::setBriefBanner(const QString& banner)
{
    m_settings.setValue(key::briefBanner, banner);
}

int Settings::briefRelatedDays() const
{
    return std::clamp(m_settings.value(key::briefDays, 3).toInt(), 0, 365);
}

void Settings::setBriefRelatedDays(int days)
{
    m_settings.setValue(key::briefDays, days);
}

QString Settings::briefPaper() const
{
    const QString paper = m_settings.value(key::briefPaper).toString();
    return paper == QStringLiteral("a4") || paper == QStringLiteral("letter") ? paper : QString();
}

void Settings::setBriefPaper(const QString& paper)
{
    m_settings.setValue(key::briefPaper, paper);
}

qint64 Settings::openSource() const
{
    return m_settings.value(key::openSource, 0).toLongLong();
}

void Settings::setOpenSource(qint64 id)
{
    m_settings.setValue(key::openSource, id);
}

} // namespace attache
