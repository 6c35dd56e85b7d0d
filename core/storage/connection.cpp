// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/connection.h"

#include <QJsonArray>
#include <QJsonDocument>

#include "storage/changenotifier.h"
#include "storage/storageerror.h"

namespace attache {

SearchTerms SearchTerms::parse(const QString& query)
{
    SearchTerms result;
    QString word;
    bool inPhrase = false;
    auto flush = [&](bool phrase) {
        const QString cleaned = word.simplified();
        if (!cleaned.isEmpty())
            result.terms.append(Term{cleaned, phrase});
        word.clear();
    };
    for (const QChar c : query) {
        if (c == u'"' || c == QChar(0x201C) || c == QChar(0x201D)) {
            flush(inPhrase);
            inPhrase = !inPhrase;
        } else if (!inPhrase && !c.isLetterOrNumber()) {
            flush(false);
        } else {
            word.append(c);
        }
    }
    flush(inPhrase);
    return result;
}

Connection::Connection(ChangeNotifier* notifier, bool readOnly)
    : m_notifier(notifier)
    , m_readOnly(readOnly)
{
}

Connection::~Connection() = default;

SqlQuery& Connection::prepare(const char* sql)
{
    auto& slot = m_statements[sql];
    if (!slot)
        slot = newQuery(sql);
    else
        slot->reset();
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
        beginTransaction();
    else
        exec("SAVEPOINT nested");
    ++m_depth;
}

void Connection::commit()
{
    Q_ASSERT(m_depth > 0);
    // The depth drops only once the statement has succeeded: a COMMIT refused (a full disk, an I/O error, a lost
    // connection) leaves the transaction to the caller's rollback.
    if (m_depth > 1) {
        exec("RELEASE nested");
        --m_depth;
        return;
    }
    if (!m_pending.isEmpty())
        aboutToCommit(m_pending);
    exec("COMMIT");
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
        exec("ROLLBACK TO nested");
        exec("RELEASE nested");
        return;
    }
    m_pending = {};
    if (inTransaction())
        exec("ROLLBACK");
}

QStringList SqlQuery::stringList(int column) const
{
    return sql::stringList(bytes(column));
}

namespace sql {

QStringList stringList(QByteArrayView bytes)
{
    if (bytes.size() <= 2)
        return {};
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
