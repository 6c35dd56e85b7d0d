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

void EventTableModel::setProject(Project* project, std::optional<EventCatalog> catalog)
{
    if (m_subscription)
        disconnect(m_subscription);
    m_project = project;
    if (m_project)
        m_subscription = connect(m_project->notifier(), &ChangeNotifier::changed, this, &EventTableModel::onChanged);
    reload(std::move(catalog));
}

void EventTableModel::onChanged(const ChangeSet& changes)
{
    if (!changes.touches(Entity::Event))
        return;
    std::vector<qint64> ids;
    for (const Change& change : changes.changes) {
        if (change.entity == Entity::Event && std::find(ids.begin(), ids.end(), change.id) == ids.end())
            ids.push_back(change.id);
    }
    if (!m_project || changes.reset || ids.size() > maxPatchedEvents) {
        reload();
        return;
    }
    const EventCatalog fresh = m_project->events().catalog(ids);
    for (const qint64 id : ids) {
        const auto at = std::find(fresh.ids.begin(), fresh.ids.end(), id);
        const auto f = std::size_t(at - fresh.ids.begin());
        auto found = std::find(m_catalog.ids.begin(), m_catalog.ids.end(), id);
        const std::size_t c = found == m_catalog.ids.end() ? m_catalog.size() : std::size_t(found - m_catalog.ids.begin());
        if (at == fresh.ids.end()) { // removed
            if (c < m_catalog.size())
                removeEntry(c);
            m_text.remove(id);
            continue;
        }
        if (c == m_catalog.size()) { // added
            m_catalog.ids.push_back(id);
            m_catalog.earliest.push_back(0);
            m_catalog.latest.push_back(0);
            m_catalog.kinds.push_back(EventKind::Other);
            m_catalog.statuses.push_back(EventStatus::Occurred);
        }
        const int row = rowOfEntry(c);
        // Out of the order while it changes, back in where it belongs now.
        if (row >= 0)
            m_order.erase(m_order.begin() + row);
        m_catalog.earliest[c] = fresh.earliest[f];
        m_catalog.latest[c] = fresh.latest[f];
        m_catalog.kinds[c] = fresh.kinds[f];
        m_catalog.statuses[c] = fresh.statuses[f];
        cacheText(id, RowText{fresh.titles.at(qsizetype(f)), fresh.starts.at(qsizetype(f)), fresh.locations.at(qsizetype(f))});
        const bool shown = !m_accept || m_accept(id);
        const int to = shown ? int(std::upper_bound(m_order.begin(), m_order.end(), int(c), rowLess()) - m_order.begin()) : -1;
        if (row >= 0)
            m_order.insert(m_order.begin() + row, int(c)); // as it was, for the signals below
        if (row >= 0 && to == row) {
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (row >= 0 && to >= 0) {
            // Qt counts the destination before the row is taken out.
            beginMoveRows({}, row, row, {}, to > row ? to + 1 : to);
            m_order.erase(m_order.begin() + row);
            m_order.insert(m_order.begin() + to, int(c));
            endMoveRows();
            Q_EMIT dataChanged(index(to, 0), index(to, ColumnCount - 1)); // moved, and changed too
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_order.erase(m_order.begin() + row);
            endRemoveRows();
        } else if (to >= 0) {
            beginInsertRows({}, to, to);
            m_order.insert(m_order.begin() + to, int(c));
            endInsertRows();
        }
    }
}

int EventTableModel::rowOfEntry(std::size_t entry) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), int(entry));
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

void EventTableModel::removeEntry(std::size_t entry)
{
    if (const int row = rowOfEntry(entry); row >= 0) {
        beginRemoveRows({}, row, row);
        m_order.erase(m_order.begin() + row);
        endRemoveRows();
    }
    // The last entry takes its place; the row showing it follows.
    const std::size_t last = m_catalog.size() - 1;
    if (entry != last) {
        if (const int row = rowOfEntry(last); row >= 0)
            m_order[std::size_t(row)] = int(entry);
        m_catalog.ids[entry] = m_catalog.ids[last];
        m_catalog.earliest[entry] = m_catalog.earliest[last];
        m_catalog.latest[entry] = m_catalog.latest[last];
        m_catalog.kinds[entry] = m_catalog.kinds[last];
        m_catalog.statuses[entry] = m_catalog.statuses[last];
    }
    m_catalog.ids.pop_back();
    m_catalog.earliest.pop_back();
    m_catalog.latest.pop_back();
    m_catalog.kinds.pop_back();
    m_catalog.statuses.pop_back();
}

void EventTableModel::cacheText(qint64 id, RowText text) const
{
    if (m_text.size() >= textCacheSize)
        m_text.clear();
    m_text.insert(id, std::move(text));
}

const EventTableModel::RowText& EventTableModel::textOf(std::size_t entry) const
{
    const qint64 id = m_catalog.ids[entry];
    auto it = m_text.constFind(id);
    if (it == m_text.cend()) {
        const EventCatalog row = m_project ? m_project->events().catalog(std::vector<qint64>{id}) : EventCatalog{};
        cacheText(id, row.size() == 1 ? RowText{row.titles.at(0), row.starts.at(0), row.locations.at(0)} : RowText{});
        it = m_text.constFind(id);
    }
    return *it;
}

std::function<bool(int, int)> EventTableModel::rowLess() const
{
    // A total order: the column's value, then time (start, end, id); descending reverses all of it.
    const auto& c = m_catalog;
    const int column = m_sortColumn;
    // Text columns compare the text sort() loaded for all rows, or else each row's as shown (a few, for a change).
    const auto text = [this, column](std::size_t i) {
        if (!m_sortText.empty())
            return m_sortText[i];
        return column == TitleColumn ? textOf(i).title : textOf(i).location;
    };
    const auto ascending = [&c, column, text](int a, int b) {
        const auto ia = std::size_t(a);
        const auto ib = std::size_t(b);
        int cmp = 0;
        switch (column) {
        case TitleColumn:
        case LocationColumn:
            cmp = text(ia).compare(text(ib), Qt::CaseInsensitive);
            break;
        case KindColumn:
            cmp = int(c.kinds[ia]) - int(c.kinds[ib]);
            break;
        case StatusColumn:
            cmp = int(c.statuses[ia]) - int(c.statuses[ib]);
            break;
        default:
            break;
        }
        if (cmp != 0)
            return cmp < 0;
        return std::tie(c.earliest[ia], c.latest[ia], c.ids[ia]) < std::tie(c.earliest[ib], c.latest[ib], c.ids[ib]);
    };
    if (m_sortOrder == Qt::DescendingOrder)
        return [ascending](int a, int b) { return ascending(b, a); };
    return ascending;
}

void EventTableModel::reload(std::optional<EventCatalog> catalog)
{
    beginResetModel();
    m_text.clear();
    if (catalog)
        m_catalog = std::move(*catalog);
    else
        m_catalog = m_project ? m_project->events().catalog(false) : EventCatalog{};
    rebuildOrder();
    endResetModel();
    // The catalog comes in time order: rows sorted by date ascending already are.
    if (m_sortColumn != DateColumn || m_sortOrder != Qt::AscendingOrder)
        sort(m_sortColumn, m_sortOrder);
}

void EventTableModel::rebuildOrder()
{
    m_order.clear();
    m_order.reserve(m_catalog.ids.capacity()); // the catalog's room for events to come, taken too
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
    std::sort(m_order.begin(), m_order.end(), rowLess());
    endResetModel();
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
            const QString& start = textOf(i).start;
            const auto date = FuzzyDate::parse(start);
            return date ? date->display() : start;
        }
        case TitleColumn:
            return textOf(i).title;
        case KindColumn:
            return kindLabel(m_catalog.kinds[i]);
        case StatusColumn:
            return statusLabel(m_catalog.statuses[i]);
        case LocationColumn:
            return textOf(i).location;
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
    if ((column == TitleColumn || column == LocationColumn) && m_project && m_catalog.size() > 1) {
        // The column's text for every row, for this sort only.
        const EventCatalog all = m_project->events().catalog();
        std::vector<std::pair<qint64, std::size_t>> entries;
        entries.reserve(m_catalog.size());
        for (std::size_t i = 0; i < m_catalog.size(); ++i)
            entries.emplace_back(m_catalog.ids[i], i);
        std::sort(entries.begin(), entries.end());
        m_sortText.assign(m_catalog.size(), QString());
        for (std::size_t k = 0; k < all.size(); ++k) {
            const auto it = std::lower_bound(entries.begin(), entries.end(), std::pair(all.ids[k], std::size_t(0)));
            if (it != entries.end() && it->first == all.ids[k])
                m_sortText[it->second] = column == TitleColumn ? all.titles.at(qsizetype(k)) : all.locations.at(qsizetype(k));
        }
    }
    std::sort(m_order.begin(), m_order.end(), rowLess());
    std::vector<QString>().swap(m_sortText);

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
    const auto it = std::find(m_catalog.ids.begin(), m_catalog.ids.end(), id.value);
    return it == m_catalog.ids.end() ? -1 : rowOfEntry(std::size_t(it - m_catalog.ids.begin()));
}

} // namespace attache
