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
    /// Puts `path` first in the recent list (at most maxRecent entries, no duplicates).
    void addRecentProject(const QString& path);
    void removeRecentProject(const QString& path);
    static constexpr int maxRecent = 10;

    QString lastProject() const;
    void setLastProject(const QString& path);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    QByteArray eventTableHeader() const;
    void setEventTableHeader(const QByteArray& state);

private:
    QSettings m_settings;
};

} // namespace attache
