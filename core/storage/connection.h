// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

#include <QString>
#include <QStringList>

#include "storage/changes.h"
#include "storage/sqlquery.h"

namespace attache {

class ChangeNotifier;

/// What the user asked a full-text search for: words (each matched as a prefix) and "quoted phrases", all of which
/// must occur.
struct SearchTerms
{
    struct Term
    {
        QString text;
        bool phrase = false;
    };
    QList<Term> terms;

    static SearchTerms parse(const QString& query);
    bool isEmpty() const { return terms.isEmpty(); }
};

/// One full-text hit as a backend finds it.
struct TextHit
{
    int tag = 0; // schema::SearchTag
    qint64 id = 0;
    QString snippet; // matching words wrapped in [ and ]
    double rank = 0; // lower is better
};

/// The open database that repositories share, whichever backend holds the project: prepared statements kept for
/// reuse, the transaction depth, and the changes of the transaction in progress. The SQL the repositories write is
/// common to both backends; what differs (opening, transactions, full-text search, notifications) is each backend's.
/// Internal to storage/.
class Connection
{
public:
    enum class Backend : quint8 { SQLite, PostgreSQL };

    Connection(ChangeNotifier* notifier, bool readOnly);
    virtual ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    virtual Backend backend() const = 0;
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    /// A prepared statement for this SQL, cached by the address of its text, reset and ready to bind and run.
    SqlQuery& prepare(const char* sql);
    /// A statement of its own, for a query that runs while cached ones are used inside its loop.
    virtual std::unique_ptr<SqlQuery> query(const char* sql) = 0;
    /// Runs SQL without parameters or rows (several statements at once where the backend allows).
    virtual void exec(const char* sql) = 0;

    /// The schema version the database holds.
    virtual int schemaVersion() = 0;
    /// The database's own check of its structure: "ok" or its findings.
    virtual QString integrityCheck() = 0;

    /// Full-text search; `onlyTag` keeps hits of one kind (schema::SearchTag), `onlyId` one row of it.
    virtual std::vector<TextHit> search(const SearchTerms& terms, int limit, int onlyTag = 0, qint64 onlyId = 0) = 0;

    /// Who last changed a row (a team project's role), or empty where the backend does not keep it (a file has one
    /// user at a time).
    virtual QString lastChangedBy(Entity entity, qint64 id)
    {
        Q_UNUSED(entity);
        Q_UNUSED(id);
        return {};
    }

    /// Why a change cannot be saved now, if the project's storage has gone (a file deleted or moved away).
    virtual std::optional<QString> goneReason() const { return std::nullopt; }

    /// Throws StorageError unless a transaction is open: the project only changes by whole transactions.
    void requireTransaction() const;
    void record(Entity entity, ChangeKind kind, qint64 id);
    void recordReset();

    void begin();
    void commit();
    void rollback();
    int depth() const { return m_depth; }

protected:
    /// Starts the outermost transaction.
    virtual void beginTransaction() = 0;
    /// Called inside the outermost transaction just before COMMIT, with what it changed.
    virtual void aboutToCommit(const ChangeSet& changes) { Q_UNUSED(changes); }
    /// Whether the database still has a transaction open (a failed COMMIT may have ended it already).
    virtual bool inTransaction() = 0;
    virtual std::unique_ptr<SqlQuery> newQuery(const char* sql) = 0;
    /// Drops the cached statements (before the connection closes).
    void clearStatements() { m_statements.clear(); }
    ChangeNotifier* notifier() const { return m_notifier; }

private:
    ChangeNotifier* m_notifier;
    bool m_readOnly;
    int m_depth = 0;
    ChangeSet m_pending;
    std::unordered_map<const char*, std::unique_ptr<SqlQuery>> m_statements;
};

/// Helpers for the columns the project stores as JSON text.
namespace sql {
QStringList stringList(QByteArrayView json); // from a JSON array
QString jsonArray(const QStringList& values);
} // namespace sql

} // namespace attache
