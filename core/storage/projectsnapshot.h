// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "extract/projectview.h"

namespace attache {

class Project;

/// The importer's read-only view of an open project (see extract::ProjectView): actors by name, events by date.
class ProjectSnapshot final : public extract::ProjectView
{
public:
    explicit ProjectSnapshot(const Project& project)
        : m_project(project)
    {
    }

    std::optional<Actor> actorNamed(QStringView name) const override;
    std::optional<Actor> actor(ActorId id) const override;
    QList<Actor> actors() const override;
    QList<Event> eventsBetween(qint64 fromMs, qint64 toMs) const override;

private:
    const Project& m_project;
};

} // namespace attache
