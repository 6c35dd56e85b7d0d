// SPDX-License-Identifier: GPL-3.0-or-later
#include "actorlistmodel.h"

#include "storage/changenotifier.h"
#include "storage/project.h"

namespace attache {

ActorListModel::ActorListModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

void ActorListModel::setProject(Project* project)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_project = project;
    if (m_project)
        m_subscription = connect(m_project->notifier(), &ChangeNotifier::changed, this, &ActorListModel::onChanged);
    reload();
}

void ActorListModel::onChanged(const ChangeSet& changes)
{
    if (changes.touches(Entity::Actor))
        reload();
}

void ActorListModel::reload()
{
    beginResetModel();
    m_actors = m_project ? m_project->actors().all() : QList<Actor>{};
    endResetModel();
}

int ActorListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_actors.size());
}

QString ActorListModel::kindLabel(ActorKind kind)
{
    switch (kind) {
    case ActorKind::Person:
        return tr("Person");
    case ActorKind::State:
        return tr("State");
    case ActorKind::Organization:
        return tr("Organisation");
    case ActorKind::Group:
        return tr("Group");
    case ActorKind::Media:
        return tr("Media");
    case ActorKind::Other:
        return tr("Other");
    }
    return {};
}

QVariant ActorListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Actor& a = m_actors.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return a.name;
    case Qt::ToolTipRole: {
        QString tip = kindLabel(a.kind);
        if (!a.role.isEmpty())
            tip += QStringLiteral(" · ") + a.role;
        if (!a.aliases.isEmpty())
            tip += QStringLiteral("\n") + tr("Also: %1").arg(a.aliases.join(QStringLiteral(", ")));
        return tip;
    }
    case ActorIdRole:
        return a.id.value;
    default:
        return {};
    }
}

ActorId ActorListModel::actorAt(int row) const
{
    return (row >= 0 && row < m_actors.size()) ? m_actors.at(row).id : ActorId();
}

int ActorListModel::rowOf(ActorId id) const
{
    for (int row = 0; row < int(m_actors.size()); ++row) {
        if (m_actors.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace attache
