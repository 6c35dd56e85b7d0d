// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>

#include "model/source.h"

namespace attache {

class Project;
struct ChangeSet;

/// The project's sources for the sources dock: title, outlet, publication date, reliability grade and how many
/// annotations each has. Sorting is left to a proxy; the sort role gives dates and counts in their natural order.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)

public:
    enum Column : int { Title, Outlet, Published, Reliability, Annotations, ColumnCount };
    enum Role : int { SourceIdRole = Qt::UserRole + 1, SortRole };

    explicit SourceListModel(QObject* parent = nullptr);
    void setProject(Project* project);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    SourceId sourceAt(int row) const;
    int rowOf(SourceId id) const;

private:
    void reload();
    void onChanged(const ChangeSet& changes);

    Project* m_project = nullptr;
    QList<Source> m_sources; // without their text
    QHash<qint64, qint64> m_annotationCounts;
    QMetaObject::Connection m_subscription;
};

} // namespace attache
