// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/repositories.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include <sqlite3.h>

#include <SQLiteCpp/Statement.h>

#include "storage/connection.h"
#include "storage/storageerror.h"

namespace attache {
namespace {

void bindId(SQLite::Statement& s, int index, qint64 id)
{
    if (id > 0)
        s.bind(index, static_cast<int64_t>(id));
    else
        s.bind(index); // NULL: no reference / let SQLite choose the row id
}

qint64 idColumn(const SQLite::Column& c)
{
    return c.isNull() ? 0 : c.getInt64();
}

QString nameOf(const QString& text, int limit = 60)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QChar(0x2026);
}

template<typename Enum, typename Parse>
Enum enumColumn(const SQLite::Column& c, Parse parse, Enum fallback)
{
    return parse(sql::text(c)).value_or(fallback);
}

FuzzyDate dateColumn(const SQLite::Column& c)
{
    const QString text = sql::text(c);
    if (text.isEmpty())
        return {};
    auto parsed = FuzzyDate::parse(text);
    return parsed ? parsed.value() : FuzzyDate();
}

void requireChanged(Connection& c, const char* what, qint64 id)
{
    if (c.db().getChanges() == 0)
        throw StorageError(QStringLiteral("there is no %1 with id %2").arg(QLatin1String(what)).arg(id));
}

// ---- actors ----

constexpr const char* actorColumns = "id, name, kind, aliases, role, affiliation_id, country, notes";

Actor readActor(SQLite::Statement& s)
{
    Actor a;
    a.id = ActorId(s.getColumn(0).getInt64());
    a.name = sql::text(s.getColumn(1));
    a.kind = enumColumn(s.getColumn(2), actorKindFromText, ActorKind::Other);
    a.aliases = sql::stringList(s.getColumn(3));
    a.role = sql::text(s.getColumn(4));
    a.affiliation = ActorId(idColumn(s.getColumn(5)));
    a.country = sql::text(s.getColumn(6));
    a.notes = sql::text(s.getColumn(7));
    return a;
}

void bindActor(SQLite::Statement& s, const Actor& a)
{
    if (a.name.trimmed().isEmpty())
        throw StorageError(QStringLiteral("an actor needs a name"));
    bindId(s, 1, a.id.value);
    sql::bind(s, 2, a.name);
    sql::bind(s, 3, toText(a.kind));
    sql::bind(s, 4, sql::jsonArray(a.aliases));
    sql::bind(s, 5, a.role);
    bindId(s, 6, a.affiliation.value);
    sql::bind(s, 7, a.country);
    sql::bind(s, 8, a.notes);
}

// ---- events ----

constexpr const char* eventColumns
    = "id, title, kind, status, start, \"end\", location, summary, parent_id, tags, cameo";

void bindEvent(SQLite::Statement& s, const Event& e)
{
    if (e.title.trimmed().isEmpty())
        throw StorageError(QStringLiteral("an event needs a title"));
    if (e.start.isNull())
        throw StorageError(QStringLiteral("the event \"%1\" needs a date").arg(nameOf(e.title)));
    const FuzzyDate when = e.when();
    if (!e.end.isNull() && e.end.latestMs() < e.start.earliestMs())
        throw StorageError(QStringLiteral("the event \"%1\" ends before it starts").arg(nameOf(e.title)));
    bindId(s, 1, e.id.value);
    sql::bind(s, 2, e.title);
    sql::bind(s, 3, toText(e.kind));
    sql::bind(s, 4, toText(e.status));
    sql::bind(s, 5, e.start.toString());
    sql::bind(s, 6, e.end.toString());
    s.bind(7, static_cast<int64_t>(when.earliestMs()));
    s.bind(8, static_cast<int64_t>(when.latestMs()));
    sql::bind(s, 9, e.location);
    sql::bind(s, 10, e.summary);
    bindId(s, 11, e.parent.value);
    sql::bind(s, 12, sql::jsonArray(e.tags));
    sql::bind(s, 13, e.cameo);
}

Event readEventRow(SQLite::Statement& s)
{
    Event e;
    e.id = EventId(s.getColumn(0).getInt64());
    e.title = sql::text(s.getColumn(1));
    e.kind = enumColumn(s.getColumn(2), eventKindFromText, EventKind::Other);
    e.status = enumColumn(s.getColumn(3), eventStatusFromText, EventStatus::Unknown);
    e.start = dateColumn(s.getColumn(4));
    e.end = dateColumn(s.getColumn(5));
    e.location = sql::text(s.getColumn(6));
    e.summary = sql::text(s.getColumn(7));
    e.parent = EventId(idColumn(s.getColumn(8)));
    e.tags = sql::stringList(s.getColumn(9));
    e.cameo = sql::text(s.getColumn(10));
    return e;
}

// ---- statements ----

constexpr const char* statementColumns
    = "id, speaker_id, text, kind, said, venue_id, source_id, span_start, span_end";

void bindStatement(SQLite::Statement& s, const Statement& st)
{
    if (st.text.trimmed().isEmpty())
        throw StorageError(QStringLiteral("a statement needs its words"));
    if (!st.speaker.isValid())
        throw StorageError(QStringLiteral("the statement \"%1\" needs a speaker").arg(nameOf(st.text)));
    bindId(s, 1, st.id.value);
    s.bind(2, static_cast<int64_t>(st.speaker.value));
    sql::bind(s, 3, st.text);
    sql::bind(s, 4, toText(st.kind));
    sql::bind(s, 5, st.when.toString());
    s.bind(6, static_cast<int64_t>(st.when.isNull() ? 0 : st.when.earliestMs()));
    bindId(s, 7, st.venue.value);
    bindId(s, 8, st.source.value);
    s.bind(9, static_cast<int64_t>(st.spanStart));
    s.bind(10, static_cast<int64_t>(st.spanEnd));
}

Statement readStatementRow(SQLite::Statement& s)
{
    Statement st;
    st.id = StatementId(s.getColumn(0).getInt64());
    st.speaker = ActorId(s.getColumn(1).getInt64());
    st.text = sql::text(s.getColumn(2));
    st.kind = enumColumn(s.getColumn(3), statementKindFromText, StatementKind::Direct);
    st.when = dateColumn(s.getColumn(4));
    st.venue = EventId(idColumn(s.getColumn(5)));
    st.source = SourceId(idColumn(s.getColumn(6)));
    st.spanStart = s.getColumn(7).getInt64();
    st.spanEnd = s.getColumn(8).getInt64();
    return st;
}

// ---- sources ----

constexpr const char* sourceColumns
    = "id, title, outlet, authors, url, published, retrieved, text, content_hash, reliability, original";

void bindSource(SQLite::Statement& s, const Source& src)
{
    bindId(s, 1, src.id.value);
    sql::bind(s, 2, src.title);
    sql::bind(s, 3, src.outlet);
    sql::bind(s, 4, sql::jsonArray(src.authors));
    sql::bind(s, 5, src.url);
    sql::bind(s, 6, src.published.toString());
    sql::bind(s, 7, src.retrieved.isValid() ? src.retrieved.toUTC().toString(Qt::ISODate) : QString());
    sql::bind(s, 8, src.text);
    sql::bind(s, 9, src.contentHash.isEmpty() ? Source::hashText(src.text) : src.contentHash);
    sql::bind(s, 10, toText(src.reliability));
    sql::bind(s, 11, src.original);
}

Source readSourceRow(SQLite::Statement& s)
{
    Source src;
    src.id = SourceId(s.getColumn(0).getInt64());
    src.title = sql::text(s.getColumn(1));
    src.outlet = sql::text(s.getColumn(2));
    src.authors = sql::stringList(s.getColumn(3));
    src.url = sql::text(s.getColumn(4));
    src.published = dateColumn(s.getColumn(5));
    const QString retrieved = sql::text(s.getColumn(6));
    if (!retrieved.isEmpty())
        src.retrieved = QDateTime::fromString(retrieved, Qt::ISODate).toUTC();
    src.text = sql::text(s.getColumn(7));
    src.contentHash = sql::text(s.getColumn(8));
    src.reliability = reliabilityFromText(sql::text(s.getColumn(9))).value_or(Reliability::Unrated);
    src.original = sql::text(s.getColumn(10));
    return src;
}

// ---- annotations ----

constexpr const char* annotationColumns = "id, source_id, start, \"end\", exact, prefix, suffix, kind, target_type, "
                                          "target_id, credibility, comment, created, anchored";

void bindAnnotation(SQLite::Statement& s, const Annotation& a)
{
    if (!a.source.isValid())
        throw StorageError(QStringLiteral("an annotation needs a source"));
    if (a.start < 0 || a.end < a.start)
        throw StorageError(QStringLiteral("the annotation span [%1, %2) is not a valid range").arg(a.start).arg(a.end));
    if (a.credibility < 0 || a.credibility > 6)
        throw StorageError(QStringLiteral("credibility %1 is out of range (expected 1-6, or 0 for not graded)")
                               .arg(a.credibility));
    bindId(s, 1, a.id.value);
    s.bind(2, static_cast<int64_t>(a.source.value));
    s.bind(3, static_cast<int64_t>(a.start));
    s.bind(4, static_cast<int64_t>(a.end));
    sql::bind(s, 5, a.exact);
    sql::bind(s, 6, a.prefix);
    sql::bind(s, 7, a.suffix);
    sql::bind(s, 8, toText(a.kind));
    sql::bind(s, 9, toText(a.targetType));
    s.bind(10, static_cast<int64_t>(a.targetType == TargetType::None ? 0 : a.targetId));
    s.bind(11, a.credibility);
    sql::bind(s, 12, a.comment);
    sql::bind(s, 13, a.created.isValid() ? a.created.toUTC().toString(Qt::ISODateWithMs) : QString());
    s.bind(14, a.anchored ? 1 : 0);
}

Annotation readAnnotationRow(SQLite::Statement& s)
{
    Annotation a;
    a.id = AnnotationId(s.getColumn(0).getInt64());
    a.source = SourceId(s.getColumn(1).getInt64());
    a.start = s.getColumn(2).getInt64();
    a.end = s.getColumn(3).getInt64();
    a.exact = sql::text(s.getColumn(4));
    a.prefix = sql::text(s.getColumn(5));
    a.suffix = sql::text(s.getColumn(6));
    a.kind = enumColumn(s.getColumn(7), annotationKindFromText, AnnotationKind::Note);
    a.targetType = enumColumn(s.getColumn(8), targetTypeFromText, TargetType::None);
    a.targetId = s.getColumn(9).getInt64();
    a.credibility = s.getColumn(10).getInt();
    a.comment = sql::text(s.getColumn(11));
    const QString created = sql::text(s.getColumn(12));
    if (!created.isEmpty())
        a.created = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
    a.anchored = s.getColumn(13).getInt() != 0;
    return a;
}

/// Deletes one row by id, failing if there is none, and records the removal.
void removeRow(Connection& c, const char* sql, const char* what, Entity entity, qint64 id)
{
    c.requireTransaction();
    auto& s = c.prepare(sql);
    s.bind(1, static_cast<int64_t>(id));
    s.exec();
    requireChanged(c, what, id);
    c.record(entity, ChangeKind::Removed, id);
}

qint64 countRows(Connection& c, const char* sql)
{
    auto& s = c.prepare(sql);
    return s.executeStep() ? s.getColumn(0).getInt64() : 0;
}

// The SQL strings are assembled once; Connection caches statements by the address of their text.
std::string sqlText(std::initializer_list<const char*> parts)
{
    std::string text;
    for (const char* p : parts)
        text += p;
    return text;
}

} // namespace

// ============================== ActorRepository ==============================

ActorId ActorRepository::insert(const Actor& actor)
{
    m_c.requireTransaction();
    static const std::string q = sqlText({"INSERT INTO actor (", actorColumns, ") VALUES (?,?,?,?,?,?,?,?)"});
    auto& s = m_c.prepare(q.c_str());
    bindActor(s, actor);
    s.exec();
    const ActorId id(m_c.db().getLastInsertRowid());
    m_c.record(Entity::Actor, ChangeKind::Added, id.value);
    return id;
}

void ActorRepository::update(const Actor& actor)
{
    m_c.requireTransaction();
    auto& s = m_c.prepare("UPDATE actor SET name = ?2, kind = ?3, aliases = ?4, role = ?5, affiliation_id = ?6, "
                          "country = ?7, notes = ?8 WHERE id = ?1");
    bindActor(s, actor);
    s.exec();
    requireChanged(m_c, "actor", actor.id.value);
    m_c.record(Entity::Actor, ChangeKind::Updated, actor.id.value);
}

void ActorRepository::remove(ActorId id)
{
    removeRow(m_c, "DELETE FROM actor WHERE id = ?", "actor", Entity::Actor, id.value);
}

std::optional<Actor> ActorRepository::find(ActorId id) const
{
    static const std::string q = sqlText({"SELECT ", actorColumns, " FROM actor WHERE id = ?"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, static_cast<int64_t>(id.value));
    if (!s.executeStep())
        return std::nullopt;
    return readActor(s);
}

std::optional<Actor> ActorRepository::findByName(QStringView name) const
{
    const QList<Actor> actors = all();
    const QStringView wanted = name.trimmed();
    for (const Actor& a : actors) {
        if (wanted.compare(a.name, Qt::CaseInsensitive) == 0)
            return a;
    }
    for (const Actor& a : actors) {
        if (a.isNamed(wanted))
            return a;
    }
    return std::nullopt;
}

QList<Actor> ActorRepository::all() const
{
    static const std::string q = sqlText({"SELECT ", actorColumns, " FROM actor ORDER BY name COLLATE NOCASE, id"});
    auto& s = m_c.prepare(q.c_str());
    QList<Actor> actors;
    while (s.executeStep())
        actors.append(readActor(s));
    return actors;
}

QList<Actor> ActorRepository::affiliatedWith(ActorId id) const
{
    static const std::string q = sqlText({"SELECT ", actorColumns, " FROM actor WHERE affiliation_id = ? ORDER BY name COLLATE NOCASE, id"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, static_cast<int64_t>(id.value));
    QList<Actor> actors;
    while (s.executeStep())
        actors.append(readActor(s));
    return actors;
}

qint64 ActorRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM actor");
}

// ============================== EventRepository ==============================

void EventRepository::writeParticipants(const Event& event, EventId id)
{
    auto& clear = m_c.prepare("DELETE FROM event_participant WHERE event_id = ?");
    clear.bind(1, static_cast<int64_t>(id.value));
    clear.exec();
    int position = 0;
    for (const Participant& p : event.participants) {
        auto& s = m_c.prepare("INSERT INTO event_participant (event_id, actor_id, role, position) VALUES (?,?,?,?)");
        s.bind(1, static_cast<int64_t>(id.value));
        s.bind(2, static_cast<int64_t>(p.actor.value));
        sql::bind(s, 3, toText(p.role));
        s.bind(4, position++);
        s.exec();
    }
}

EventId EventRepository::insert(const Event& event)
{
    m_c.requireTransaction();
    static const std::string q = sqlText({"INSERT INTO event (", eventColumns,
        ", earliest, latest) VALUES (?1,?2,?3,?4,?5,?6,?9,?10,?11,?12,?13,?7,?8)"});
    auto& s = m_c.prepare(q.c_str());
    bindEvent(s, event);
    s.exec();
    const EventId id(m_c.db().getLastInsertRowid());
    writeParticipants(event, id);
    m_c.record(Entity::Event, ChangeKind::Added, id.value);
    return id;
}

void EventRepository::update(const Event& event)
{
    m_c.requireTransaction();
    auto& s = m_c.prepare("UPDATE event SET title = ?2, kind = ?3, status = ?4, start = ?5, \"end\" = ?6, "
                          "earliest = ?7, latest = ?8, location = ?9, summary = ?10, parent_id = ?11, tags = ?12, "
                          "cameo = ?13 WHERE id = ?1");
    bindEvent(s, event);
    s.exec();
    requireChanged(m_c, "event", event.id.value);
    writeParticipants(event, event.id);
    m_c.record(Entity::Event, ChangeKind::Updated, event.id.value);
}

void EventRepository::remove(EventId id)
{
    removeRow(m_c, "DELETE FROM event WHERE id = ?", "event", Entity::Event, id.value);
}

namespace {
void readParticipants(Connection& c, Event& e)
{
    auto& s = c.prepare("SELECT actor_id, role FROM event_participant WHERE event_id = ? ORDER BY position");
    s.bind(1, static_cast<int64_t>(e.id.value));
    while (s.executeStep()) {
        e.participants.append(Participant{ActorId(s.getColumn(0).getInt64()),
            enumColumn(s.getColumn(1), participantRoleFromText, ParticipantRole::Participant)});
    }
}
} // namespace

std::optional<Event> EventRepository::find(EventId id) const
{
    static const std::string q = sqlText({"SELECT ", eventColumns, " FROM event WHERE id = ?"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, static_cast<int64_t>(id.value));
    if (!s.executeStep())
        return std::nullopt;
    Event e = readEventRow(s);
    readParticipants(m_c, e);
    return e;
}

QList<Event> EventRepository::list(const EventQuery& query) const
{
    static const std::string q = sqlText({"SELECT ", eventColumns,
        " FROM event WHERE (?1 IS NULL OR latest >= ?1) AND (?2 IS NULL OR earliest <= ?2)"
        " AND (?3 IS NULL OR id IN (SELECT event_id FROM event_participant WHERE actor_id = ?3))"
        " AND (?4 IS NULL OR kind = ?4) ORDER BY earliest, latest, id"});
    // A statement of its own, not the cache: reading participants below reuses cached statements while this one
    // is still stepping.
    SQLite::Statement s(m_c.db(), q);
    if (query.fromMs)
        s.bind(1, static_cast<int64_t>(*query.fromMs));
    if (query.toMs)
        s.bind(2, static_cast<int64_t>(*query.toMs));
    if (query.actor.isValid())
        s.bind(3, static_cast<int64_t>(query.actor.value));
    if (query.kind)
        sql::bind(s, 4, toText(*query.kind));
    QList<Event> events;
    while (s.executeStep()) {
        events.append(readEventRow(s));
        readParticipants(m_c, events.back());
    }
    return events;
}

QList<Event> EventRepository::children(EventId id) const
{
    static const std::string q
        = sqlText({"SELECT ", eventColumns, " FROM event WHERE parent_id = ? ORDER BY earliest, latest, id"});
    SQLite::Statement s(m_c.db(), q);
    s.bind(1, static_cast<int64_t>(id.value));
    QList<Event> events;
    while (s.executeStep()) {
        events.append(readEventRow(s));
        readParticipants(m_c, events.back());
    }
    return events;
}

namespace {
/// Appends the rows `s` (SELECT id, earliest, latest, kind, status, start, "end", title, location) gives; only the
/// first five columns when `withText` is false.
void appendCatalogRows(SQLite::Statement& s, EventCatalog& rows, bool withText = true)
{
    // Kinds and statuses repeat: convert each distinct text once.
    QHash<QByteArray, EventKind> kinds;
    QHash<QByteArray, EventStatus> statuses;
    while (s.executeStep()) {
        rows.ids.push_back(s.getColumn(0).getInt64());
        rows.earliest.push_back(s.getColumn(1).getInt64());
        rows.latest.push_back(s.getColumn(2).getInt64());
        const QByteArray kindText(static_cast<const char*>(s.getColumn(3).getBlob()), s.getColumn(3).getBytes());
        auto kind = kinds.constFind(kindText);
        if (kind == kinds.cend())
            kind = kinds.insert(kindText, eventKindFromText(QString::fromUtf8(kindText)).value_or(EventKind::Other));
        rows.kinds.push_back(*kind);
        const QByteArray statusText(static_cast<const char*>(s.getColumn(4).getBlob()), s.getColumn(4).getBytes());
        auto status = statuses.constFind(statusText);
        if (status == statuses.cend()) {
            status = statuses.insert(
                statusText, eventStatusFromText(QString::fromUtf8(statusText)).value_or(EventStatus::Unknown));
        }
        rows.statuses.push_back(*status);
        if (!withText)
            continue;
        const SQLite::Column end = s.getColumn(6);
        rows.starts.append(end.getBytes() == 0 ? sql::text(s.getColumn(5)) : sql::text(s.getColumn(5)) + u'/' + sql::text(end));
        rows.titles.append(sql::text(s.getColumn(7)));
        rows.locations.append(sql::text(s.getColumn(8)));
    }
}
} // namespace

EventCatalog EventRepository::catalog(const std::vector<qint64>& ids) const
{
    EventCatalog rows;
    for (const qint64 id : ids) {
        auto& s = m_c.prepare(
            "SELECT id, earliest, latest, kind, status, start, \"end\", title, location FROM event WHERE id = ?");
        s.bind(1, static_cast<int64_t>(id));
        appendCatalogRows(s, rows);
    }
    return rows;
}

EventCatalog EventRepository::catalog(bool withText) const
{
    // Read the whole table (with text: in row order, which SQLite does sequentially) and sort in memory: walking the
    // time index for the text costs a random page read per row and is about ten times slower on a million events.
    // Without text, the time index covers the columns and gives them in time order already.
    EventCatalog rows;
    const auto n = static_cast<std::size_t>(count());
    rows.ids.reserve(n);
    rows.earliest.reserve(n);
    rows.latest.reserve(n);
    rows.kinds.reserve(n);
    rows.statuses.reserve(n);
    if (withText) {
        rows.titles.reserve(qsizetype(n));
        rows.starts.reserve(qsizetype(n));
        rows.locations.reserve(qsizetype(n));
        appendCatalogRows(m_c.prepare("SELECT id, earliest, latest, kind, status, start, \"end\", title, location FROM event"), rows);
    } else {
        appendCatalogRows(m_c.prepare("SELECT id, earliest, latest, kind, status FROM event"), rows, false);
    }

    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&rows](std::size_t a, std::size_t b) {
        return std::tie(rows.earliest[a], rows.latest[a], rows.ids[a])
            < std::tie(rows.earliest[b], rows.latest[b], rows.ids[b]);
    });
    EventCatalog catalog;
    catalog.ids.resize(n);
    catalog.earliest.resize(n);
    catalog.latest.resize(n);
    catalog.kinds.resize(n);
    catalog.statuses.resize(n);
    if (withText) {
        catalog.titles.resize(qsizetype(n));
        catalog.starts.resize(qsizetype(n));
        catalog.locations.resize(qsizetype(n));
    }
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t from = order[i];
        const auto to = qsizetype(i);
        catalog.ids[i] = rows.ids[from];
        catalog.earliest[i] = rows.earliest[from];
        catalog.latest[i] = rows.latest[from];
        catalog.kinds[i] = rows.kinds[from];
        catalog.statuses[i] = rows.statuses[from];
        if (withText) {
            catalog.titles[to] = std::move(rows.titles[qsizetype(from)]);
            catalog.starts[to] = std::move(rows.starts[qsizetype(from)]);
            catalog.locations[to] = std::move(rows.locations[qsizetype(from)]);
        }
    }
    return catalog;
}

namespace {
/// Precision and qualifiers of an EDTF start, read off its shape without parsing it.
void readDateQuality(const char* text, int size, EventBounds& b)
{
    int end = size;
    while (end > 0 && (text[end - 1] == '?' || text[end - 1] == '~' || text[end - 1] == '%')) {
        b.uncertain = b.uncertain || text[end - 1] == '?' || text[end - 1] == '%';
        b.approximate = b.approximate || text[end - 1] == '~' || text[end - 1] == '%';
        --end;
    }
    if (end <= 4)
        b.precision = DatePrecision::Year;
    else if (end <= 7)
        b.precision = DatePrecision::Month;
    else if (end <= 10)
        b.precision = DatePrecision::Day;
    else
        b.precision = (end >= 19 && text[16] == ':') ? DatePrecision::Second : DatePrecision::Minute;
}
} // namespace

namespace {
/// A statement of SQLite's own, for the reads of a million rows: SQLiteCpp's Column objects cost an atomic shared
/// pointer each, about a tenth of reading the timeline's data. Read-only: it runs outside the connection's cache of
/// prepared statements.
class RawStatement final
{
public:
    RawStatement(Connection& c, const char* sql)
    {
        if (sqlite3_prepare_v2(c.db().getHandle(), sql, -1, &m_statement, nullptr) != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(c.db().getHandle()));
            sqlite3_finalize(m_statement);
            throw StorageError(message);
        }
    }
    ~RawStatement() { sqlite3_finalize(m_statement); }
    Q_DISABLE_COPY_MOVE(RawStatement)

    /// Binds a parameter for the next run (the statement starts over).
    void bind(int parameter, qint64 value)
    {
        sqlite3_reset(m_statement);
        sqlite3_bind_int64(m_statement, parameter, value);
    }
    bool step()
    {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            throw StorageError(QString::fromUtf8(sqlite3_errmsg(sqlite3_db_handle(m_statement))));
        return rc == SQLITE_ROW;
    }
    qint64 int64(int column) const { return sqlite3_column_int64(m_statement, column); }
    /// A view of the column's bytes, valid until the next step.
    QByteArray bytes(int column) const
    {
        const auto* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QByteArray::fromRawData(data, sqlite3_column_bytes(m_statement, column));
    }

private:
    sqlite3_stmt* m_statement = nullptr;
};

/// Appends the bounds of every row `s` (SELECT id, earliest, latest, kind, status, start) gives.
void readBounds(RawStatement& s, std::vector<EventBounds>& rows)
{
    QHash<QByteArray, EventKind> kinds;
    QHash<QByteArray, EventStatus> statuses;
    while (s.step()) {
        EventBounds b;
        b.id = s.int64(0);
        b.earliest = s.int64(1);
        b.latest = s.int64(2);
        // Raw views of SQLite's bytes: no allocation per row; a key is copied only when first seen.
        const QByteArray kindText = s.bytes(3);
        auto kind = kinds.constFind(kindText);
        if (kind == kinds.cend()) {
            kind = kinds.insert(QByteArray(kindText.constData(), kindText.size()),
                eventKindFromText(QString::fromUtf8(kindText)).value_or(EventKind::Other));
        }
        b.kind = *kind;
        const QByteArray statusText = s.bytes(4);
        auto status = statuses.constFind(statusText);
        if (status == statuses.cend()) {
            status = statuses.insert(QByteArray(statusText.constData(), statusText.size()),
                eventStatusFromText(QString::fromUtf8(statusText)).value_or(EventStatus::Unknown));
        }
        b.status = *status;
        const QByteArray start = s.bytes(5);
        readDateQuality(start.constData(), int(start.size()), b);
        rows.push_back(b);
    }
}
} // namespace

std::vector<EventBounds> EventRepository::bounds() const
{
    std::vector<EventBounds> rows;
    rows.reserve(std::size_t(count()));
    RawStatement s(m_c, "SELECT id, earliest, latest, kind, status, start FROM event");
    readBounds(s, rows);
    return rows;
}

std::vector<EventBounds> EventRepository::bounds(const std::vector<qint64>& ids) const
{
    std::vector<EventBounds> rows;
    RawStatement s(m_c, "SELECT id, earliest, latest, kind, status, start FROM event WHERE id = ?");
    for (const qint64 id : ids) {
        s.bind(1, id);
        readBounds(s, rows);
    }
    return rows;
}

namespace {
/// Runs `query` (whose one parameter is an id) for each of `ids`, handing every row to `row`.
template<typename Row>
void forEachId(Connection& c, const char* query, const std::vector<qint64>& ids, Row row)
{
    for (const qint64 id : ids) {
        auto& s = c.prepare(query);
        s.bind(1, static_cast<int64_t>(id));
        while (s.executeStep())
            row(s);
    }
}
} // namespace

std::vector<std::pair<qint64, qint64>> EventRepository::participations(const std::vector<qint64>& ids) const
{
    std::vector<std::pair<qint64, qint64>> rows;
    forEachId(m_c, "SELECT event_id, actor_id FROM event_participant WHERE event_id = ?", ids,
        [&rows](SQLite::Statement& s) { rows.emplace_back(s.getColumn(0).getInt64(), s.getColumn(1).getInt64()); });
    return rows;
}

std::vector<std::pair<qint64, QString>> EventRepository::tags(const std::vector<qint64>& ids) const
{
    std::vector<std::pair<qint64, QString>> rows;
    forEachId(m_c, "SELECT id, tags FROM event WHERE id = ? AND tags <> '[]'", ids, [&rows](SQLite::Statement& s) {
        for (const QString& tag : sql::stringList(s.getColumn(1)))
            rows.emplace_back(s.getColumn(0).getInt64(), tag);
    });
    return rows;
}

std::vector<std::pair<qint64, qint64>> EventRepository::participations() const
{
    std::vector<std::pair<qint64, qint64>> rows;
    RawStatement s(m_c, "SELECT event_id, actor_id FROM event_participant");
    while (s.step())
        rows.emplace_back(s.int64(0), s.int64(1));
    return rows;
}

std::vector<std::pair<qint64, QString>> EventRepository::tags() const
{
    std::vector<std::pair<qint64, QString>> rows;
    auto& s = m_c.prepare("SELECT id, tags FROM event WHERE tags <> '[]'");
    while (s.executeStep()) {
        const qint64 id = s.getColumn(0).getInt64();
        for (const QString& tag : sql::stringList(s.getColumn(1)))
            rows.emplace_back(id, tag);
    }
    return rows;
}

QString EventRepository::title(EventId id) const
{
    auto& s = m_c.prepare("SELECT title FROM event WHERE id = ?");
    s.bind(1, static_cast<int64_t>(id.value));
    return s.executeStep() ? sql::text(s.getColumn(0)) : QString();
}

qint64 EventRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM event");
}

std::optional<std::pair<qint64, qint64>> EventRepository::span() const
{
    auto& s = m_c.prepare("SELECT min(earliest), max(latest) FROM event");
    if (!s.executeStep() || s.getColumn(0).isNull())
        return std::nullopt;
    return std::pair{s.getColumn(0).getInt64(), s.getColumn(1).getInt64()};
}

// ============================== StatementRepository ==============================

void StatementRepository::writeAbout(const Statement& statement, StatementId id)
{
    auto& clear = m_c.prepare("DELETE FROM statement_about WHERE statement_id = ?");
    clear.bind(1, static_cast<int64_t>(id.value));
    clear.exec();
    for (const EventId event : statement.about) {
        auto& s = m_c.prepare("INSERT OR IGNORE INTO statement_about (statement_id, event_id) VALUES (?,?)");
        s.bind(1, static_cast<int64_t>(id.value));
        s.bind(2, static_cast<int64_t>(event.value));
        s.exec();
    }
}

StatementId StatementRepository::insert(const Statement& statement)
{
    m_c.requireTransaction();
    static const std::string q
        = sqlText({"INSERT INTO statement (", statementColumns, ", earliest) VALUES (?1,?2,?3,?4,?5,?7,?8,?9,?10,?6)"});
    auto& s = m_c.prepare(q.c_str());
    bindStatement(s, statement);
    s.exec();
    const StatementId id(m_c.db().getLastInsertRowid());
    writeAbout(statement, id);
    m_c.record(Entity::Statement, ChangeKind::Added, id.value);
    return id;
}

void StatementRepository::update(const Statement& statement)
{
    m_c.requireTransaction();
    auto& s = m_c.prepare("UPDATE statement SET speaker_id = ?2, text = ?3, kind = ?4, said = ?5, earliest = ?6, "
                          "venue_id = ?7, source_id = ?8, span_start = ?9, span_end = ?10 WHERE id = ?1");
    bindStatement(s, statement);
    s.exec();
    requireChanged(m_c, "statement", statement.id.value);
    writeAbout(statement, statement.id);
    m_c.record(Entity::Statement, ChangeKind::Updated, statement.id.value);
}

void StatementRepository::remove(StatementId id)
{
    removeRow(m_c, "DELETE FROM statement WHERE id = ?", "statement", Entity::Statement, id.value);
}

QList<Statement> StatementRepository::select(const char* where, qint64 key) const
{
    const std::string q = sqlText({"SELECT ", statementColumns, " FROM statement ", where,
        " ORDER BY earliest, id"});
    SQLite::Statement s(m_c.db(), q);
    if (key != 0)
        s.bind(1, static_cast<int64_t>(key));
    QList<Statement> statements;
    while (s.executeStep())
        statements.append(readStatementRow(s));
    for (Statement& st : statements) {
        auto& about = m_c.prepare("SELECT event_id FROM statement_about WHERE statement_id = ? ORDER BY event_id");
        about.bind(1, static_cast<int64_t>(st.id.value));
        while (about.executeStep())
            st.about.append(EventId(about.getColumn(0).getInt64()));
    }
    return statements;
}

std::optional<Statement> StatementRepository::find(StatementId id) const
{
    QList<Statement> found = select("WHERE id = ?1", id.value);
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

QList<Statement> StatementRepository::all() const
{
    return select("", 0);
}

QList<Statement> StatementRepository::bySpeaker(ActorId speaker) const
{
    return select("WHERE speaker_id = ?1", speaker.value);
}

QList<Statement> StatementRepository::forEvent(EventId event) const
{
    return select("WHERE venue_id = ?1 OR id IN (SELECT statement_id FROM statement_about WHERE event_id = ?1)",
        event.value);
}

QList<Statement> StatementRepository::bySource(SourceId source) const
{
    return select("WHERE source_id = ?1", source.value);
}

std::vector<StatementMark> StatementRepository::marks() const
{
    std::vector<StatementMark> rows;
    // Read in id order and sorted here: SQLite would sort them in a temporary b-tree, several times slower.
    auto& s = m_c.prepare("SELECT id, speaker_id, earliest FROM statement WHERE said <> ''");
    while (s.executeStep())
        rows.push_back(StatementMark{s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64()});
    std::sort(rows.begin(), rows.end(),
        [](const StatementMark& a, const StatementMark& b) { return std::tie(a.at, a.id) < std::tie(b.at, b.id); });
    return rows;
}

std::vector<StatementMark> StatementRepository::marks(const std::vector<qint64>& ids) const
{
    std::vector<StatementMark> rows;
    forEachId(m_c, "SELECT id, speaker_id, earliest FROM statement WHERE id = ? AND said <> ''", ids,
        [&rows](SQLite::Statement& s) {
            rows.push_back(StatementMark{s.getColumn(0).getInt64(), s.getColumn(1).getInt64(), s.getColumn(2).getInt64()});
        });
    return rows;
}

qint64 StatementRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM statement");
}

// ============================== SourceRepository ==============================

SourceId SourceRepository::insert(const Source& source)
{
    m_c.requireTransaction();
    static const std::string q = sqlText({"INSERT INTO source (", sourceColumns, ") VALUES (?,?,?,?,?,?,?,?,?,?,?)"});
    auto& s = m_c.prepare(q.c_str());
    bindSource(s, source);
    s.exec();
    const SourceId id(m_c.db().getLastInsertRowid());
    m_c.record(Entity::Source, ChangeKind::Added, id.value);
    return id;
}

void SourceRepository::update(const Source& source)
{
    m_c.requireTransaction();
    auto& s = m_c.prepare("UPDATE source SET title = ?2, outlet = ?3, authors = ?4, url = ?5, published = ?6, "
                          "retrieved = ?7, text = ?8, content_hash = ?9, reliability = ?10, original = ?11 WHERE id = ?1");
    Source hashed = source;
    hashed.contentHash = Source::hashText(source.text);
    bindSource(s, hashed);
    s.exec();
    requireChanged(m_c, "source", source.id.value);
    m_c.record(Entity::Source, ChangeKind::Updated, source.id.value);
}

void SourceRepository::remove(SourceId id)
{
    removeRow(m_c, "DELETE FROM source WHERE id = ?", "source", Entity::Source, id.value);
}

std::optional<Source> SourceRepository::find(SourceId id) const
{
    static const std::string q = sqlText({"SELECT ", sourceColumns, " FROM source WHERE id = ?"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, static_cast<int64_t>(id.value));
    if (!s.executeStep())
        return std::nullopt;
    return readSourceRow(s);
}

std::optional<Source> SourceRepository::findByHash(const QString& contentHash) const
{
    static const std::string q = sqlText({"SELECT ", sourceColumns, " FROM source WHERE content_hash = ? LIMIT 1"});
    auto& s = m_c.prepare(q.c_str());
    sql::bind(s, 1, contentHash);
    if (!s.executeStep())
        return std::nullopt;
    return readSourceRow(s);
}

QList<Source> SourceRepository::all() const
{
    static const std::string q = sqlText({"SELECT ", sourceColumns, " FROM source ORDER BY published, id"});
    auto& s = m_c.prepare(q.c_str());
    QList<Source> sources;
    while (s.executeStep())
        sources.append(readSourceRow(s));
    return sources;
}

QList<Source> SourceRepository::catalog() const
{
    // The same columns as a full row, with the two long texts left empty.
    auto& s = m_c.prepare("SELECT id, title, outlet, authors, url, published, retrieved, '', content_hash, reliability, '' "
                          "FROM source ORDER BY published, id");
    QList<Source> sources;
    while (s.executeStep())
        sources.append(readSourceRow(s));
    return sources;
}

qint64 SourceRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM source");
}

// ============================== AnnotationRepository ==============================

AnnotationId AnnotationRepository::insert(const Annotation& annotation)
{
    m_c.requireTransaction();
    static const std::string q
        = sqlText({"INSERT INTO annotation (", annotationColumns, ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"});
    auto& s = m_c.prepare(q.c_str());
    bindAnnotation(s, annotation);
    s.exec();
    const AnnotationId id(m_c.db().getLastInsertRowid());
    m_c.record(Entity::Annotation, ChangeKind::Added, id.value);
    return id;
}

void AnnotationRepository::update(const Annotation& annotation)
{
    m_c.requireTransaction();
    auto& s = m_c.prepare("UPDATE annotation SET source_id = ?2, start = ?3, \"end\" = ?4, exact = ?5, prefix = ?6, "
                          "suffix = ?7, kind = ?8, target_type = ?9, target_id = ?10, credibility = ?11, "
                          "comment = ?12, created = ?13, anchored = ?14 WHERE id = ?1");
    bindAnnotation(s, annotation);
    s.exec();
    requireChanged(m_c, "annotation", annotation.id.value);
    m_c.record(Entity::Annotation, ChangeKind::Updated, annotation.id.value);
}

void AnnotationRepository::remove(AnnotationId id)
{
    removeRow(m_c, "DELETE FROM annotation WHERE id = ?", "annotation", Entity::Annotation, id.value);
}

QList<Annotation> AnnotationRepository::select(const char* where, qint64 key, const QString& type) const
{
    const std::string q = sqlText({"SELECT ", annotationColumns, " FROM annotation ", where, " ORDER BY start, id"});
    SQLite::Statement s(m_c.db(), q);
    if (key != 0)
        s.bind(1, static_cast<int64_t>(key));
    if (!type.isEmpty())
        sql::bind(s, 2, type);
    QList<Annotation> annotations;
    while (s.executeStep())
        annotations.append(readAnnotationRow(s));
    return annotations;
}

std::optional<Annotation> AnnotationRepository::find(AnnotationId id) const
{
    QList<Annotation> found = select("WHERE id = ?1", id.value);
    if (found.isEmpty())
        return std::nullopt;
    return found.takeFirst();
}

QList<Annotation> AnnotationRepository::forSource(SourceId source) const
{
    return select("WHERE source_id = ?1", source.value);
}

QList<Annotation> AnnotationRepository::forTarget(TargetType type, qint64 id) const
{
    return select("WHERE target_id = ?1 AND target_type = ?2", id, toText(type));
}

QList<Annotation> AnnotationRepository::all() const
{
    return select("", 0);
}

QHash<qint64, qint64> AnnotationRepository::countsBySource() const
{
    auto& s = m_c.prepare("SELECT source_id, count(*) FROM annotation GROUP BY source_id");
    QHash<qint64, qint64> counts;
    while (s.executeStep())
        counts.insert(s.getColumn(0).getInt64(), s.getColumn(1).getInt64());
    return counts;
}

qint64 AnnotationRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM annotation");
}

} // namespace attache
