// SPDX-License-Identifier: GPL-3.0-or-later
#include "sources/sourcelistmodel.h"

#include "sources/annotationstyle.h"
#include "storage/changenotifier.h"
#include "storage/project.h"

namespace attache {

SourceListModel::SourceListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SourceListModel::setProject(Project* project)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_project = project;
    if (m_project)
        m_subscription = connect(m_project->notifier(), &ChangeNotifier::changed, this, &SourceListModel::onChanged);
    reload();
}

void SourceListModel::onChanged(const ChangeSet& changes)
{
    if (changes.touches(Entity::Source) || changes.touches(Entity::Annotation))
        reload();
}

void SourceListModel::reload()
{
    beginResetModel();
    m_sources.clear();
    m_annotationCounts.clear();
    if (m_project) {
        m_sources = m_project->sources().catalog();
        m_annotationCounts = m_project->annotations().countsBySource();
    }
    endResetModel();
}

int SourceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_sources.size())
        return {};
    const Source& s = m_sources.at(index.row());
    if (role == SourceIdRole)
        return s.id.value;
    const qint64 count = m_annotationCounts.value(s.id.value);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case Title:
            return s.title.isEmpty() ? tr("(untitled)") : s.title;
        case Outlet:
            return s.outlet;
        case Published:
            if (role == SortRole)
                return s.published.isNull() ? std::numeric_limits<qint64>::min() : s.published.earliestMs();
            return s.published.display();
        case Reliability:
            return toText(s.reliability);
        case Annotations:
            return count;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Reliability)
            return annotationstyle::reliabilityChoice(s.reliability);
        return s.url.isEmpty() ? s.title : s.title + u'\n' + s.url;
    }
    if (role == Qt::TextAlignmentRole && (index.column() == Annotations || index.column() == Reliability))
        return int(Qt::AlignCenter);
    return {};
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Title:
        return tr("Title");
    case Outlet:
        return tr("Outlet");
    case Published:
        return tr("Published");
    case Reliability:
        return tr("Grade");
    case Annotations:
        return tr("Marks");
    default:
        return {};
    }
}

SourceId SourceListModel::sourceAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_sources.at(row).id : SourceId();
}

int SourceListModel::rowOf(SourceId id) const
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace attache
