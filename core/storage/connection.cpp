// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/connection.h"

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>

#include "storage/changenotifier.h"
#include "storage/storageerror.h"

namespace attache {

Connection::Connection(const QString& path, int sqliteFlags, ChangeNotifier* notifier)
    : m_db(path.toStdString(), sqliteFlags, 5000)
    , m_notifier(notifier)
    , m_readOnly((sqliteFlags & SQLite::OPEN_READWRITE) == 0)
{
}

SQLite::Statement& Connection::prepare(const char* sql)
{
    auto& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_unique<SQLite::Statement>(m_db, sql);
    } else {
        slot->reset();
        slot->clearBindings();
    }
    return *slot;
}

void Connection::requireTransaction() const
{
    if (m_readOnly)
        throw StorageError(QStringLiteral("the project is open read-only"));
    if (m_depth == 0)
        throw StorageError(QStringLiteral("a change was attempted outside a transaction"));
}

void Connection::record(Entity entity, ChangeKind kind, qint64 id)
{
    m_pending.changes.append(Change{entity, kind, id});
}

void Connection::recordReset()
{
    m_pending.reset = true;
}

void Connection::begin()
{
    if (m_depth == 0)
        m_db.exec("BEGIN IMMEDIATE");
    else
        m_db.exec("SAVEPOINT nested");
    ++m_depth;
}

void Connection::commit()
{
    Q_ASSERT(m_depth > 0);
    // The depth drops only once the statement has succeeded: a COMMIT refused (a full disk, an I/O error) leaves the
    // transaction to the caller's rollback.
    if (m_depth > 1) {
        m_db.exec("RELEASE nested");
        --m_depth;
        return;
    }
    m_db.exec("COMMIT");
    m_depth = 0;
    ChangeSet done;
    std::swap(done, m_pending);
    if (m_notifier && !done.isEmpty())
        Q_EMIT m_notifier->changed(done);
}

void Connection::rollback()
{
    Q_ASSERT(m_depth > 0);
    --m_depth;
    if (m_depth > 0) {
        // Changes recorded inside the savepoint stay in the pending set: views reload rows that may not have
        // changed, which is harmless, where dropping a real change would not be.
        m_db.exec("ROLLBACK TO nested");
        m_db.exec("RELEASE nested");
        return;
    }
    m_pending = {};
    if (m_db.getHandle() && !sqlite3_get_autocommit(m_db.getHandle()))
        m_db.exec("ROLLBACK");
}

namespace sql {

QString text(const SQLite::Column& column)
{
    const auto* data = static_cast<const char*>(column.getBlob());
    return data ? QString::fromUtf8(data, column.getBytes()) : QString();
}

void bind(SQLite::Statement& statement, int index, const QString& value)
{
    statement.bind(index, value.toStdString());
}

QStringList stringList(const SQLite::Column& column)
{
    if (column.getBytes() <= 2)
        return {};
    const QByteArrayView bytes(static_cast<const char*>(column.getBlob()), column.getBytes());
    // The compact arrays the project writes (["a","b"]) without escapes are split here, a hundred thousand times
    // faster to open a big project than a JSON parse each; anything else (escapes, spaces) goes to the parser.
    if (!bytes.contains('\\') && bytes.startsWith("[\"") && bytes.endsWith("\"]")) {
        QStringList values;
        qsizetype at = 1;
        while (at < bytes.size() && bytes[at] == '"') {
            const qsizetype close = bytes.indexOf('"', at + 1);
            if (close < 0)
                break;
            values.append(QString::fromUtf8(bytes.sliced(at + 1, close - at - 1)));
            at = close + 1;
            if (at < bytes.size() && bytes[at] == ']' && at + 1 == bytes.size())
                return values;
            if (at >= bytes.size() || bytes[at] != ',')
                break;
            ++at;
        }
    }
    const QJsonArray array = QJsonDocument::fromJson(bytes.toByteArray()).array();
    QStringList values;
    values.reserve(array.size());
    for (const QJsonValue& v : array)
        values.append(v.toString());
    return values;
}

QString jsonArray(const QStringList& values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values)).toJson(QJsonDocument::Compact));
}

} // namespace sql
} // namespace attache
