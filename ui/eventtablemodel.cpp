// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventtablemodel.h"

#include <algorithm>
#include <numeric>

#include "storage/changenotifier.h"
#include "storage/project.h"

namespace attache {

EventTableModel::EventTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventTableModel::setProject(Project* project)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_project = project;
    if (m_project)
        m_subscription = connect(m_project->notifier(), &ChangeNotifier::changed, this, &EventTableModel::onChanged);
    reload();
}

void EventTableModel::onChanged(const ChangeSet& changes)
{
    if (changes.touches(Entity::Event))
        reload();
}

void EventTableModel::reload()
{
    beginResetModel();
    m_catalog = m_project ? m_project->events().catalog() : EventCatalog{};
    rebuildOrder();
    endResetModel();
    if (m_sortColumn != DateColumn || m_sortOrder != Qt::AscendingOrder)
        sort(m_sortColumn, m_sortOrder);
}

void EventTableModel::rebuildOrder()
{
    m_order.clear();
    m_order.reserve(m_catalog.size());
    for (std::size_t i = 0; i < m_catalog.size(); ++i) {
        if (!m_accept || m_accept(m_catalog.ids[i]))
            m_order.push_back(int(i));
    }
}

void EventTableModel::setFilter(std::function<bool(qint64)> accept)
{
    beginResetModel();
    m_accept = std::move(accept);
    rebuildOrder();
    endResetModel();
    if (m_sortColumn != DateColumn || m_sortOrder != Qt::AscendingOrder)
        sort(m_sortColumn, m_sortOrder);
}

int EventTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int EventTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EventTableModel::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::Summit:
        return tr("Summit");
    case EventKind::Meeting:
        return tr("Meeting");
    case EventKind::Talks:
        return tr("Talks");
    case EventKind::Call:
        return tr("Call");
    case EventKind::Visit:
        return tr("Visit");
    case EventKind::PressConference:
        return tr("Press conference");
    case EventKind::Interview:
        return tr("Interview");
    case EventKind::Post:
        return tr("Post");
    case EventKind::Statement:
        return tr("Statement");
    case EventKind::Agreement:
        return tr("Agreement");
    case EventKind::Sanction:
        return tr("Sanction");
    case EventKind::Exchange:
        return tr("Exchange");
    case EventKind::Other:
        return tr("Other");
    }
    return {};
}

QString EventTableModel::statusLabel(EventStatus status)
{
    switch (status) {
    case EventStatus::Occurred:
        return tr("Occurred");
    case EventStatus::Planned:
        return tr("Planned");
    case EventStatus::Cancelled:
        return tr("Cancelled");
    case EventStatus::Unknown:
        return tr("Unknown");
    }
    return {};
}

QVariant EventTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto i = std::size_t(m_order[std::size_t(index.row())]);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case DateColumn: {
            const auto date = FuzzyDate::parse(m_catalog.starts.at(qsizetype(i)));
            return date ? date->display() : m_catalog.starts.at(qsizetype(i));
        }
        case TitleColumn:
            return m_catalog.titles.at(qsizetype(i));
        case KindColumn:
            return kindLabel(m_catalog.kinds[i]);
        case StatusColumn:
            return statusLabel(m_catalog.statuses[i]);
        case LocationColumn:
            return m_catalog.locations.at(qsizetype(i));
        default:
            return {};
        }
    case EventIdRole:
        return m_catalog.ids[i];
    case SortKeyRole:
        return m_catalog.earliest[i];
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case TitleColumn:
        return tr("Title");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case LocationColumn:
        return tr("Location");
    default:
        return {};
    }
}

void EventTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<int> beforeRows;
    beforeRows.reserve(std::size_t(before.size()));
    for (const QModelIndex& index : before)
        beforeRows.push_back(m_order[std::size_t(index.row())]);

    m_sortColumn = column;
    m_sortOrder = order;
    // The catalog is in time order, so a stable sort from time order keeps events of equal key in time order.
    std::sort(m_order.begin(), m_order.end());
    const auto& c = m_catalog;
    const auto less = [&c, column](int a, int b) {
        const auto ia = std::size_t(a);
        const auto ib = std::size_t(b);
        switch (column) {
        case TitleColumn:
            return c.titles.at(a).compare(c.titles.at(b), Qt::CaseInsensitive) < 0;
        case KindColumn:
            return c.kinds[ia] < c.kinds[ib];
        case StatusColumn:
            return c.statuses[ia] < c.statuses[ib];
        case LocationColumn:
            return c.locations.at(a).compare(c.locations.at(b), Qt::CaseInsensitive) < 0;
        default:
            return a < b;
        }
    };
    std::stable_sort(m_order.begin(), m_order.end(), less);
    if (order == Qt::DescendingOrder)
        std::reverse(m_order.begin(), m_order.end());

    std::vector<int> rowOfIndex(m_catalog.size(), -1);
    for (std::size_t row = 0; row < m_order.size(); ++row)
        rowOfIndex[std::size_t(m_order[row])] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype k = 0; k < before.size(); ++k)
        after.append(index(rowOfIndex[std::size_t(beforeRows[std::size_t(k)])], before[k].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

EventId EventTableModel::eventAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return {};
    return EventId(m_catalog.ids[std::size_t(m_order[std::size_t(row)])]);
}

int EventTableModel::rowOf(EventId id) const
{
    for (std::size_t row = 0; row < m_order.size(); ++row) {
        if (m_catalog.ids[std::size_t(m_order[row])] == id.value)
            return int(row);
    }
    return -1;
}

} // namespace attache
