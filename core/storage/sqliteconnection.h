// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <SQLiteCpp/Database.h>

#include "storage/connection.h"

namespace attache {

/// A project in one SQLite file (`*.attache`): the default backend. Internal to storage/.
class SqliteConnection final : public Connection
{
public:
    /// Opens the file with SQLite's flags (SQLite::OPEN_*); throws DatabaseError.
    SqliteConnection(const QString& path, int sqliteFlags, ChangeNotifier* notifier);
    ~SqliteConnection() override;

    Backend backend() const override { return Backend::SQLite; }
    SQLite::Database& db() { return m_db; }

    std::unique_ptr<SqlQuery> query(const char* sql) override;
    void exec(const char* sql) override;
    int schemaVersion() override;
    QString integrityCheck() override;
    std::vector<TextHit> search(const SearchTerms& terms, int limit, int onlyTag, qint64 onlyId) override;
    std::optional<QString> goneReason() const override;

    /// The FTS5 query for these terms: every word a prefix, every phrase as written.
    static QString ftsQuery(const SearchTerms& terms);

protected:
    void beginTransaction() override;
    bool inTransaction() override;
    std::unique_ptr<SqlQuery> newQuery(const char* sql) override { return query(sql); }

private:
    QString m_path;
    SQLite::Database m_db;
    std::pair<quint64, quint64> m_fileIdentity{0, 0}; // device and inode where the system tells them
};

} // namespace attache
