// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractListModel>

#include "model/actor.h"

namespace attache {

class Project;
struct ChangeSet;

/// The project's actors by name, for the actors dock: name, with kind and role as a second line in the tooltip.
class ActorListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActorListModel)

public:
    enum Role : int { ActorIdRole = Qt::UserRole + 1 };

    explicit ActorListModel(QObject* parent = nullptr);
    void setProject(Project* project);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    ActorId actorAt(int row) const;
    int rowOf(ActorId id) const;
    static QString kindLabel(ActorKind kind);

private:
    void reload();
    void onChanged(const ChangeSet& changes);

    Project* m_project = nullptr;
    QList<Actor> m_actors;
    QMetaObject::Connection m_subscription;
};

} // namespace attache
