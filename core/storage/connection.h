// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <unordered_map>

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Statement.h>

#include <QString>
#include <QStringList>

#include "storage/changes.h"

namespace attache {

class ChangeNotifier;

/// The open SQLite connection that repositories share: prepared statements kept for reuse, the transaction depth,
/// and the changes of the transaction in progress. Internal to storage/.
class Connection final
{
public:
    Connection(const QString& path, int sqliteFlags, ChangeNotifier* notifier);
    Q_DISABLE_COPY_MOVE(Connection)

    SQLite::Database& db() { return m_db; }
    bool isReadOnly() const { return m_readOnly; }

    /// A prepared statement for this SQL, reset and with bindings cleared, ready to bind and run.
    SQLite::Statement& prepare(const char* sql);

    /// Throws StorageError unless a transaction is open: the project file only changes by whole transactions.
    void requireTransaction() const;
    void record(Entity entity, ChangeKind kind, qint64 id);
    void recordReset();

    void begin();
    void commit();
    void rollback();
    int depth() const { return m_depth; }

private:
    SQLite::Database m_db;
    ChangeNotifier* m_notifier;
    bool m_readOnly;
    int m_depth = 0;
    ChangeSet m_pending;
    std::unordered_map<const char*, std::unique_ptr<SQLite::Statement>> m_statements;
};

/// Column helpers that convert between SQLite text and Qt types without detours.
namespace sql {
QString text(const SQLite::Column& column);
void bind(SQLite::Statement& statement, int index, const QString& value);
QStringList stringList(const SQLite::Column& column); // from a JSON array
QString jsonArray(const QStringList& values);
} // namespace sql

} // namespace attache
