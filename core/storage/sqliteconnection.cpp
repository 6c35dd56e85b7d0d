// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/sqliteconnection.h"

#include <sqlite3.h>

#include <SQLiteCpp/Exception.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

#include "storage/storageerror.h"

namespace attache {
namespace {

/// The file's device and inode (zero where the system has none, or the file is gone).
std::pair<quint64, quint64> fileIdentity(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat info{};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return {quint64(info.st_dev), quint64(info.st_ino)};
#else
    Q_UNUSED(path);
#endif
    return {0, 0};
}

SQLite::Database openDatabase(const QString& path, int flags)
{
    try {
        return SQLite::Database(path.toStdString(), flags, 5000);
    } catch (const SQLite::Exception& e) {
        throw DatabaseError(QString::fromUtf8(e.what()));
    }
}

/// A statement on SQLite's own interface: SQLiteCpp's Column objects cost an atomic shared pointer each, about a
/// tenth of reading a million events for the timeline.
class SqliteQuery final : public SqlQuery
{
public:
    SqliteQuery(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(db));
            sqlite3_finalize(m_statement);
            throw DatabaseError(message);
        }
    }
    ~SqliteQuery() override { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(SqliteQuery)

    void reset() override
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
        m_stepped = false;
    }
    void bindNull(int index) override { check(sqlite3_bind_null(restart(), index)); }
    void bind(int index, qint64 value) override { check(sqlite3_bind_int64(restart(), index, value)); }
    void bindText(int index, QByteArrayView utf8) override
    {
        check(sqlite3_bind_text(restart(), index, utf8.data() ? utf8.data() : "", int(utf8.size()), SQLITE_TRANSIENT));
    }
    bool step() override
    {
        m_stepped = true;
        const int rc = sqlite3_step(m_statement);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        // The error is the connection's; reset says which (and frees the statement for the next run).
        sqlite3_reset(m_statement);
        throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
    }
    qint64 changes() const override { return sqlite3_changes64(sqlite3_db_handle(m_statement)); }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 int64(int column) const override { return sqlite3_column_int64(m_statement, column); }
    double real(int column) const override { return sqlite3_column_double(m_statement, column); }
    QByteArrayView bytes(int column) const override
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return {data, sqlite3_column_bytes(m_statement, column)};
    }

private:
    sqlite3_stmt* restart()
    {
        if (m_stepped) {
            sqlite3_reset(m_statement);
            m_stepped = false;
        }
        return m_statement;
    }
    void check(int rc) const
    {
        if (rc != SQLITE_OK)
            throw DatabaseError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
    }

    sqlite3_stmt* m_statement = nullptr;
    bool m_stepped = false;
};

} // namespace

SqliteConnection::SqliteConnection(const QString& path, int sqliteFlags, ChangeNotifier* notifier)
    : Connection(notifier, (sqliteFlags & SQLite::OPEN_READWRITE) == 0)
    , m_path(path)
    , m_db(openDatabase(path, sqliteFlags))
    , m_fileIdentity(fileIdentity(path))
{
}

SqliteConnection::~SqliteConnection()
{
    clearStatements();
}

std::unique_ptr<SqlQuery> SqliteConnection::query(const char* sql)
{
    return std::make_unique<SqliteQuery>(m_db.getHandle(), sql);
}

void SqliteConnection::exec(const char* sql)
{
    try {
        m_db.exec(sql);
    } catch (const SQLite::Exception& e) {
        throw DatabaseError(QString::fromUtf8(e.what()));
    }
}

int SqliteConnection::schemaVersion()
{
    auto s = query("PRAGMA user_version");
    return s->step() ? int(s->int64(0)) : 0;
}

QString SqliteConnection::integrityCheck()
{
    auto s = query("PRAGMA integrity_check");
    QStringList findings;
    while (s->step())
        findings.append(s->text(0));
    return findings.join(u'\n');
}

QString SqliteConnection::ftsQuery(const SearchTerms& terms)
{
    QStringList parts;
    for (const SearchTerms::Term& term : terms.terms) {
        QString escaped = term.text;
        escaped.replace(u'"', QStringLiteral("\"\""));
        parts.append(u'"' + escaped + (term.phrase ? QStringLiteral("\"") : QStringLiteral("\"*")));
    }
    return parts.join(u' ');
}

std::vector<TextHit> SqliteConnection::search(const SearchTerms& terms, int limit, int onlyTag, qint64 onlyId)
{
    // Full-text rows carry the entity in their low three bits: rowid = id * 8 + tag.
    SqlQuery& s = onlyId != 0
        ? prepare("SELECT rowid, '', 0 FROM search WHERE search MATCH ?1 AND rowid = ?2 * 8 + ?3")
        : onlyTag != 0 ? prepare("SELECT rowid, '', 0 FROM search WHERE search MATCH ?1 AND rowid % 8 = ?3 LIMIT ?4")
                       : prepare("SELECT rowid, snippet(search, -1, '[', ']', '…', 12), rank FROM search "
                                 "WHERE search MATCH ?1 ORDER BY rank LIMIT ?4");
    s.bind(1, ftsQuery(terms));
    if (onlyId != 0)
        s.bind(2, onlyId);
    if (onlyTag != 0)
        s.bind(3, onlyTag);
    if (onlyId == 0)
        s.bind(4, qint64(limit));
    std::vector<TextHit> hits;
    while (s.step()) {
        const qint64 rowid = s.int64(0);
        hits.push_back(TextHit{int(rowid & 7), rowid >> 3, s.text(1), s.real(2)});
    }
    return hits;
}

std::optional<QString> SqliteConnection::goneReason() const
{
    const bool there = m_fileIdentity == std::pair<quint64, quint64>{0, 0} ? QFileInfo::exists(m_path)
                                                                           : fileIdentity(m_path) == m_fileIdentity;
    if (there)
        return std::nullopt;
    return QStringLiteral("%1 was deleted, renamed or replaced while it was open: this change was not saved. "
                          "Export the project to keep what it holds, then open it again.")
        .arg(QDir::toNativeSeparators(m_path));
}

void SqliteConnection::beginTransaction()
{
    exec("BEGIN IMMEDIATE");
}

bool SqliteConnection::inTransaction()
{
    return m_db.getHandle() && !sqlite3_get_autocommit(m_db.getHandle());
}

} // namespace attache
