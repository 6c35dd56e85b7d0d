// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/pgconnection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cstdlib>

#include <QSocketNotifier>
#include <QTimer>

#include <utility>

#include "storage/changenotifier.h"
#include "storage/schema.h"
#include "storage/storageerror.h"

namespace attache {
namespace {

// The type of each parameter, so that the server need not guess: PostgreSQL's own numbers for bigint and text.
constexpr Oid int8Type = 20;
constexpr Oid textType = 25;

constexpr const char* channel = "attache_changes";
// NOTIFY carries at most 8000 bytes; a bigger change set goes as a reset.
constexpr qsizetype payloadLimit = 7900;

/// libpq's messages run over lines; one line reads better in a dialog or a terminal.
QString trimmed(const char* message)
{
    return QString::fromUtf8(message).simplified();
}

/// A result that frees itself.
struct ResultDeleter
{
    void operator()(PGresult* r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class PgQuery final : public SqlQuery
{
public:
    PgQuery(PgConnection& connection, const char* sql)
        : m_connection(connection)
        , m_sql(PgConnection::translate(sql, m_used))
    {
        int count = 0;
        for (const int position : m_used)
            count = std::max(count, position);
        m_values.resize(std::size_t(count));
        m_null.assign(std::size_t(count), true);
        m_types.assign(std::size_t(count), 0);
    }

    void reset() override
    {
        m_result.reset();
        m_ran = false;
        m_null.assign(m_null.size(), true);
        m_types.assign(m_types.size(), 0);
    }
    void bindNull(int index) override
    {
        if (const int at = slot(index); at >= 0) {
            m_null[std::size_t(at)] = true;
            m_types[std::size_t(at)] = 0;
        }
    }
    void bind(int index, qint64 value) override
    {
        if (const int at = slot(index); at >= 0)
            set(at, QByteArray::number(value), int8Type);
    }
    void bindText(int index, QByteArrayView utf8) override
    {
        if (const int at = slot(index); at >= 0)
            set(at, utf8.toByteArray(), textType);
    }

    bool step() override
    {
        if (!m_ran)
            execute();
        return ++m_row < m_rows;
    }
    qint64 changes() const override { return m_changes; }
    bool isNull(int column) const override { return PQgetisnull(m_result.get(), m_row, column) != 0; }
    qint64 int64(int column) const override
    {
        const QByteArrayView text = bytes(column);
        qint64 value = 0;
        std::from_chars(text.data(), text.data() + text.size(), value);
        return value;
    }
    double real(int column) const override { return std::strtod(PQgetvalue(m_result.get(), m_row, column), nullptr); }
    QByteArrayView bytes(int column) const override
    {
        return {PQgetvalue(m_result.get(), m_row, column), PQgetlength(m_result.get(), m_row, column)};
    }

private:
    int slot(int index)
    {
        // Binding after a run starts the statement over, keeping the other bindings.
        m_result.reset();
        m_ran = false;
        if (index < 1 || std::size_t(index) > m_used.size())
            return -1;
        return m_used[std::size_t(index - 1)] - 1;
    }
    void set(int at, QByteArray value, Oid type)
    {
        m_values[std::size_t(at)] = std::move(value);
        m_null[std::size_t(at)] = false;
        m_types[std::size_t(at)] = type;
    }
    void execute()
    {
        m_ran = true;
        m_rows = 0;
        m_row = -1;
        m_changes = 0;
        const auto n = m_values.size();
        std::vector<const char*> values(n, nullptr);
        std::vector<int> lengths(n, 0);
        for (std::size_t i = 0; i < n; ++i) {
            if (!m_null[i]) {
                values[i] = m_values[i].constData();
                lengths[i] = int(m_values[i].size());
            }
        }
        m_connection.ensureConnected();
        m_result.reset(PQexecParams(m_connection.handle(), m_sql.constData(), int(n), m_types.data(), values.data(),
            lengths.data(), nullptr, 0));
        const ExecStatusType status = m_result ? PQresultStatus(m_result.get()) : PGRES_FATAL_ERROR;
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
            const QString reason = m_result ? trimmed(PQresultErrorMessage(m_result.get()))
                                            : trimmed(PQerrorMessage(m_connection.handle()));
            m_result.reset();
            // A read between changes while the server cannot be reached finds nothing rather than failing a view
            // in the middle of its painting; the window says the connection is lost, and reloads once it is back.
            if (m_connection.depth() == 0 && !m_connection.isConnected()) {
                m_connection.reportLost(reason);
                return;
            }
            m_connection.fail(reason);
        }
        m_rows = PQntuples(m_result.get());
        m_row = -1;
        const char* affected = PQcmdTuples(m_result.get());
        m_changes = affected && *affected ? std::atoll(affected) : 0;
        // Notifications that came in with the result wait in libpq, where the socket will not announce them again.
        m_connection.collectNotifications();
    }

    PgConnection& m_connection;
    std::vector<int> m_used;
    QByteArray m_sql;
    std::vector<QByteArray> m_values;
    std::vector<bool> m_null;
    std::vector<Oid> m_types;
    Result m_result;
    bool m_ran = false;
    int m_rows = 0;
    int m_row = -1;
    qint64 m_changes = 0;
};

constexpr char entityLetter(Entity entity)
{
    switch (entity) {
    case Entity::Actor:
        return 'a';
    case Entity::Event:
        return 'e';
    case Entity::Statement:
        return 's';
    case Entity::Source:
        return 'o';
    case Entity::Annotation:
        return 'n';
    }
    return '?';
}

constexpr char kindLetter(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return '+';
    case ChangeKind::Updated:
        return '~';
    case ChangeKind::Removed:
        return '-';
    }
    return '?';
}

} // namespace

PgConnection::PgConnection(const QString& url, const QString& password, ChangeNotifier* notifier)
    : Connection(notifier, false)
{
    const QByteArray target = url.toUtf8();
    const QByteArray secret = password.toUtf8();
    const char* keys[] = {"dbname", "application_name", "connect_timeout", password.isEmpty() ? nullptr : "password", nullptr};
    const char* values[] = {target.constData(), "Attache", "10", secret.constData(), nullptr}; // the server keeps ASCII
    m_conn = PQconnectdbParams(keys, values, 1);
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const QString reason = m_conn ? trimmed(PQerrorMessage(m_conn)) : QStringLiteral("out of memory");
        PQfinish(m_conn);
        m_conn = nullptr;
        throw DatabaseError(reason);
    }
    m_retry = std::make_unique<QTimer>();
    m_retry->setInterval(3000);
    QObject::connect(m_retry.get(), &QTimer::timeout, m_retry.get(), [this] {
        if (depth() == 0)
            ensureConnected();
    });
    try {
        listen();
    } catch (...) {
        m_retry.reset();
        PQfinish(m_conn);
        throw;
    }
}

PgConnection::~PgConnection()
{
    m_retry.reset();
    m_socket.reset();
    clearStatements();
    PQfinish(m_conn);
}

void PgConnection::listen()
{
    // A row another analyst holds locked is waited for as SQLite waits for a busy file, then refused.
    exec("SET lock_timeout = '5s'; SET client_min_messages = warning; LISTEN attache_changes");
    m_socket = std::make_unique<QSocketNotifier>(PQsocket(m_conn), QSocketNotifier::Read);
    QObject::connect(m_socket.get(), &QSocketNotifier::activated, m_socket.get(), [this] { onReadable(); });
}

void PgConnection::onReadable()
{
    if (!PQconsumeInput(m_conn) || PQstatus(m_conn) == CONNECTION_BAD) {
        m_socket->setEnabled(false);
        lost(trimmed(PQerrorMessage(m_conn)));
        return;
    }
    collectNotifications();
}

bool PgConnection::isConnected() const
{
    return PQstatus(m_conn) == CONNECTION_OK;
}

void PgConnection::reportLost(const QString& reason)
{
    lost(reason);
}

void PgConnection::lost(const QString& reason)
{
    if (m_lost)
        return;
    m_lost = true;
    if (m_socket)
        m_socket->setEnabled(false);
    m_retry->start();
    if (notifier())
        Q_EMIT notifier()->connectionLost(reason);
}

std::unique_ptr<SqlQuery> PgConnection::query(const char* sql)
{
    return std::make_unique<PgQuery>(*this, sql);
}

void PgConnection::exec(const char* sql)
{
    ensureConnected();
    Result result(PQexec(m_conn, sql));
    const ExecStatusType status = result ? PQresultStatus(result.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        fail(result ? trimmed(PQresultErrorMessage(result.get())) : trimmed(PQerrorMessage(m_conn)));
    collectNotifications();
}

void PgConnection::fail(const QString& reason)
{
    if (PQstatus(m_conn) == CONNECTION_BAD) {
        lost(reason);
        throw DatabaseError(QStringLiteral("the connection to the server was lost: %1").arg(reason));
    }
    throw DatabaseError(reason);
}

bool PgConnection::ensureConnected()
{
    if (PQstatus(m_conn) == CONNECTION_OK)
        return true;
    // Inside a transaction the work so far is gone with the connection; the caller's rollback reports it.
    if (depth() > 0)
        return false;
    m_socket.reset();
    PQreset(m_conn);
    if (PQstatus(m_conn) != CONNECTION_OK) {
        lost(trimmed(PQerrorMessage(m_conn)));
        return false;
    }
    listen();
    m_retry->stop();
    ChangeSet missed;
    missed.reset = true;
    m_inbox.append(missed);
    queueDelivery();
    if (std::exchange(m_lost, false) && notifier())
        Q_EMIT notifier()->connectionRestored();
    return true;
}

QString PgConnection::lastChangedBy(Entity entity, qint64 id)
{
    const char* sql = nullptr;
    switch (entity) {
    case Entity::Actor:
        sql = "SELECT changed_by FROM actor WHERE id = ?1";
        break;
    case Entity::Event:
        sql = "SELECT changed_by FROM event WHERE id = ?1";
        break;
    case Entity::Statement:
        sql = "SELECT changed_by FROM statement WHERE id = ?1";
        break;
    case Entity::Source:
        sql = "SELECT changed_by FROM source WHERE id = ?1";
        break;
    case Entity::Annotation:
        sql = "SELECT changed_by FROM annotation WHERE id = ?1";
        break;
    }
    auto& s = prepare(sql);
    s.bind(1, id);
    return s.step() ? s.text(0) : QString();
}

bool PgConnection::hasProject()
{
    auto s = query("SELECT to_regclass('attache_project') IS NOT NULL");
    return s->step() && s->bytes(0) == "t";
}

QString PgConnection::readOnlyBecause()
{
    auto s = query("SELECT has_table_privilege('event', 'INSERT, UPDATE, DELETE'), current_user");
    if (!s->step() || s->bytes(0) == "t")
        return {};
    return QStringLiteral("the role %1 may read this team project but not change it").arg(s->text(1));
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

int PgConnection::serverProcess() const
{
    return PQbackendPID(m_conn);
}

int PgConnection::schemaVersion()
{
    auto s = query("SELECT value FROM attache_project WHERE key = 'schema'");
    return s->step() ? s->text(0).toInt() : 0;
}

QString PgConnection::integrityCheck()
{
    // The server keeps its tables whole itself; what can be checked here is what the project expects of them.
    auto s = query("SELECT count(*) FROM event_participant p LEFT JOIN actor a ON a.id = p.actor_id WHERE a.id IS NULL");
    if (s->step() && s->int64(0) != 0)
        return QStringLiteral("%1 participations name no actor").arg(s->int64(0));
    return QStringLiteral("ok");
}

QString PgConnection::tsQuery(const SearchTerms& terms)
{
    QStringList parts;
    for (const SearchTerms::Term& term : terms.terms) {
        QStringList words;
        QString word;
        const auto flush = [&] {
            if (!word.isEmpty())
                words.append(u'\'' + word.toLower() + u'\'');
            word.clear();
        };
        for (const QChar c : term.text) {
            if (c.isLetterOrNumber())
                word.append(c);
            else
                flush();
        }
        flush();
        if (words.isEmpty())
            continue;
        if (!term.phrase)
            words.last() += QStringLiteral(":*");
        parts.append(words.size() == 1 ? words.first() : u'(' + words.join(QStringLiteral(" <-> ")) + u')');
    }
    return parts.join(QStringLiteral(" & "));
}

std::vector<TextHit> PgConnection::search(const SearchTerms& terms, int limit, int onlyTag, qint64 onlyId)
{
    std::vector<TextHit> hits;
    const QString text = tsQuery(terms);
    if (text.isEmpty())
        return hits;
    // Title words weigh more than body words (setweight A and B in the schema), as bm25(5, 1) weighs them in a file.
    SqlQuery& s = onlyTag == int(schema::SearchTag::Event)
        ? prepare("SELECT 2, id, '', 0 FROM event, to_tsquery('attache_words', ?1) q WHERE search @@ q AND (?2 = 0 OR id = ?2) "
                  "LIMIT ?3")
        : prepare(
            "SELECT tag, id, ts_headline('attache_words', words, q, 'StartSel=[, StopSel=], MaxWords=12, MinWords=4, "
            "ShortWord=1, HighlightAll=false'), rank FROM ("
            "SELECT 1 AS tag, id, name || ' ' || role || ' ' || notes AS words, -ts_rank(search, q) AS rank, q "
            "FROM actor, to_tsquery('attache_words', ?1) q WHERE search @@ q "
            "UNION ALL SELECT 2, id, title || ' ' || summary || ' ' || location, -ts_rank(search, q), q "
            "FROM event, to_tsquery('attache_words', ?1) q WHERE search @@ q "
            "UNION ALL SELECT 3, id, text, -ts_rank(search, q), q FROM statement, to_tsquery('attache_words', ?1) q WHERE search @@ q "
            "UNION ALL SELECT 4, id, title || ' ' || outlet || ' ' || text, -ts_rank(search, q), q "
            "FROM source, to_tsquery('attache_words', ?1) q WHERE search @@ q "
            ") hits ORDER BY rank, tag, id LIMIT ?3");
    s.bind(1, text);
    s.bind(2, onlyId);
    s.bind(3, qint64(limit));
    while (s.step()) {
        if (onlyTag == 0 || s.int64(0) == onlyTag)
            hits.push_back(TextHit{int(s.int64(0)), s.int64(1), s.text(2).simplified(), s.real(3)});
    }
    return hits;
}

void PgConnection::beginTransaction()
{
    try {
        exec("BEGIN");
    } catch (const DatabaseError&) {
        // A connection lost since the last change is made again before this one starts: nothing of it was sent.
        if (PQstatus(m_conn) != CONNECTION_BAD || !ensureConnected())
            throw;
        exec("BEGIN");
    }
}

void PgConnection::aboutToCommit(const ChangeSet& changes)
{
    // Delivered to the others only if the transaction commits, and after it has.
    auto& s = prepare("SELECT pg_notify('attache_changes', ?1)");
    s.bind(1, QString::fromLatin1(payload(changes)));
    s.run();
}

bool PgConnection::inTransaction()
{
    const PGTransactionStatusType status = PQtransactionStatus(m_conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

QByteArray PgConnection::payload(const ChangeSet& changes)
{
    if (changes.reset)
        return QByteArrayLiteral("reset");
    QByteArray text;
    for (const Change& c : changes.changes) {
        if (!text.isEmpty())
            text += ' ';
        text += entityLetter(c.entity);
        text += kindLetter(c.kind);
        text += QByteArray::number(c.id);
        if (text.size() > payloadLimit)
            return QByteArrayLiteral("reset");
    }
    return text;
}

ChangeSet PgConnection::fromPayload(QByteArrayView payload)
{
    ChangeSet set;
    const QList<QByteArray> items = payload.toByteArray().split(' ');
    for (const QByteArray& item : items) {
        if (item.isEmpty())
            continue;
        Change change{Entity::Actor, ChangeKind::Added, 0};
        bool understood = item.size() >= 3;
        if (understood) {
            switch (item[0]) {
            case 'a':
                change.entity = Entity::Actor;
                break;
            case 'e':
                change.entity = Entity::Event;
                break;
            case 's':
                change.entity = Entity::Statement;
                break;
            case 'o':
                change.entity = Entity::Source;
                break;
            case 'n':
                change.entity = Entity::Annotation;
                break;
            default:
                understood = false;
            }
            switch (item[1]) {
            case '+':
                change.kind = ChangeKind::Added;
                break;
            case '~':
                change.kind = ChangeKind::Updated;
                break;
            case '-':
                change.kind = ChangeKind::Removed;
                break;
            default:
                understood = false;
            }
            bool number = false;
            change.id = item.sliced(2).toLongLong(&number);
            understood = understood && number && change.id > 0;
        }
        if (!understood) {
            set.changes.clear();
            set.reset = true;
            return set;
        }
        set.changes.append(change);
    }
    set.reset = set.changes.isEmpty();
    return set;
}

QByteArray PgConnection::translate(const char* sql, std::vector<int>& used)
{
    QByteArray out;
    int next = 0; // SQLite numbers a bare ? one past the highest number seen
    int given = 0;
    bool inString = false;
    bool inName = false;
    for (const char* p = sql; *p; ++p) {
        const char c = *p;
        if (inString || inName) {
            out += c;
            if ((inString && c == '\'') || (inName && c == '"'))
                inString = inName = false;
            continue;
        }
        if (c == '\'' || c == '"') {
            (c == '\'' ? inString : inName) = true;
            out += c;
            continue;
        }
        if (c != '?') {
            out += c;
            continue;
        }
        int number = 0;
        while (p[1] >= '0' && p[1] <= '9')
            number = number * 10 + (*++p - '0');
        if (number == 0)
            number = next + 1;
        next = std::max(next, number);
        if (used.size() < std::size_t(number))
            used.resize(std::size_t(number), 0);
        int& position = used[std::size_t(number - 1)];
        if (position == 0)
            position = ++given;
        out += '$';
        out += QByteArray::number(position);
    }
    return out;
}

void PgConnection::collectNotifications()
{
    // Bytes read past a statement's result wait unparsed in libpq's buffer; reading input parses them (and takes
    // whatever else the socket holds, without waiting).
    if (PQstatus(m_conn) == CONNECTION_OK && (!PQconsumeInput(m_conn) || PQstatus(m_conn) != CONNECTION_OK)) {
        // What was read says the server has gone (libpq has closed the socket): said now, before the closed socket
        // is watched in vain.
        lost(trimmed(PQerrorMessage(m_conn)));
    }
    const int self = PQbackendPID(m_conn);
    while (PGnotify* n = PQnotifies(m_conn)) {
        if (n->be_pid != self && qstrcmp(n->relname, channel) == 0)
            m_inbox.append(fromPayload(QByteArrayView(n->extra)));
        PQfreemem(n);
    }
    queueDelivery();
}

void PgConnection::queueDelivery(int delayMs)
{
    // Never inside a statement or a transaction of our own: the views read the project when told.
    if (m_inbox.isEmpty() || m_deliveryQueued)
        return;
    m_deliveryQueued = true;
    QTimer::singleShot(delayMs, m_retry.get(), [this] { deliver(); }); // the retry timer lives as long as the connection
}

void PgConnection::deliver()
{
    m_deliveryQueued = false;
    if (depth() > 0) {
        queueDelivery(10);
        return;
    }
    const QList<ChangeSet> sets = std::exchange(m_inbox, {});
    if (notifier()) {
        for (const ChangeSet& set : sets)
            Q_EMIT notifier()->changed(set);
    }
}

} // namespace attache
