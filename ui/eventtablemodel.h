// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include <QAbstractTableModel>
#include <QHash>

#include "model/ids.h"
#include "storage/repositories.h"

namespace attache {

class Project;
struct ChangeSet;

/// The project's events as a table (date, title, kind, status, location), sortable on every column. Holds the
/// event catalog without text (ids, times, kinds, statuses) and reads the text of the rows it shows as they are
/// shown, keeping the last few thousand; a committed change of a few events updates, moves, inserts or removes just their rows (a bulk
/// change reloads), so a million rows stay cheap to edit.
class EventTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column : int { DateColumn, TitleColumn, KindColumn, StatusColumn, LocationColumn, ColumnCount };
    enum Role : int { EventIdRole = Qt::UserRole + 1, SortKeyRole };

    explicit EventTableModel(QObject* parent = nullptr);

    /// Shows the events of `project` (not owned; nullptr shows nothing); `catalog`, when given, is its events'
    /// catalog without text, in time order (as the timeline's index has it), which saves reading it again.
    void setProject(Project* project, std::optional<EventCatalog> catalog = std::nullopt);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    /// Shows only the events for which `accept(id)` is true; an empty function shows all.
    void setFilter(std::function<bool(qint64 eventId)> accept);

    EventId eventAt(int row) const;
    /// The row showing `id`, or -1.
    int rowOf(EventId id) const;

    static QString kindLabel(EventKind kind);
    static QString statusLabel(EventStatus status);

private:
    /// Changes of more events than this reload the table rather than patch it.
    static constexpr std::size_t maxPatchedEvents = 200;

    struct RowText
    {
        QString title;
        QString start; // EDTF
        QString location;
    };
    static constexpr qsizetype textCacheSize = 4096;

    void reload(std::optional<EventCatalog> catalog = std::nullopt);
    void rebuildOrder();
    const RowText& textOf(std::size_t entry) const;
    void cacheText(qint64 id, RowText text) const;
    void onChanged(const ChangeSet& changes);
    /// The row showing catalog entry `entry`, or -1.
    int rowOfEntry(std::size_t entry) const;
    /// Takes a catalog entry and its row out; the last entry moves into its place.
    void removeEntry(std::size_t entry);
    /// The rows' order for the sort column and order: a total order, ties broken by time.
    std::function<bool(int, int)> rowLess() const;

    Project* m_project = nullptr;
    EventCatalog m_catalog;
    std::vector<int> m_order; // row -> catalog index
    int m_sortColumn = DateColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QMetaObject::Connection m_subscription;
    std::function<bool(qint64)> m_accept;
    mutable QHash<qint64, RowText> m_text; // text of the rows shown lately, by event id
    std::vector<QString> m_sortText; // while sorting by a text column: its text per catalog entry
};

} // namespace attache
