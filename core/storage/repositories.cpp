// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/repositories.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include "storage/connection.h"
#include "storage/storageerror.h"

namespace attache {
namespace {

QString nameOf(const QString& text, int limit = 60)
{
    return text.size() <= limit ? text : text.left(limit - 1) + QChar(0x2026);
}

template<typename Enum, typename Parse>
Enum enumColumn(const QString& text, Parse parse, Enum fallback)
{
    return parse(text).value_or(fallback);
}

FuzzyDate dateColumn(const QString& text)
{
    if (text.isEmpty())
        return {};
    auto parsed = FuzzyDate::parse(text);
    return parsed ? parsed.value() : FuzzyDate();
}

void requireChanged(const SqlQuery& s, const char* what, qint64 id)
{
    if (s.changes() == 0)
        throw StorageError(QStringLiteral("there is no %1 with id %2").arg(QLatin1String(what)).arg(id));
}

/// Runs an INSERT … RETURNING id to its end and gives the id of the new row.
qint64 insertedId(SqlQuery& s)
{
    if (!s.step())
        throw StorageError(QStringLiteral("the database gave no id for a new row"));
    const qint64 id = s.int64(0);
    s.run();
    return id;
}

// ---- actors ----

constexpr const char* actorColumns = "id, name, kind, aliases, role, affiliation_id, country, notes";

Actor readActor(SqlQuery& s)
{
    Actor a;
    a.id = ActorId(s.int64(0));
    a.name = s.text(1);
    a.kind = enumColumn(s.text(2), actorKindFromText, ActorKind::Other);
    a.aliases = s.stringList(3);
    a.role = s.text(4);
    a.affiliation = ActorId(s.id(5));
    a.country = s.text(6);
    a.notes = s.text(7);
    return a;
}

/// Name order, ignoring case, then id: sorted here so that both backends give the same order whatever their
/// collations.
void sortByName(QList<Actor>& actors)
{
    std::sort(actors.begin(), actors.end(), [](const Actor& a, const Actor& b) {
        const int order = a.name.compare(b.name, Qt::CaseInsensitive);
        return order != 0 ? order < 0 : a.id.value < b.id.value;
    });
}

void bindActor(SqlQuery& s, const Actor& a)
{
    if (a.name.trimmed().isEmpty())
        throw StorageError(QStringLiteral("an actor needs a name"));
    s.bindId(1, a.id.value);
    s.bind(2, a.name);
    s.bind(3, toText(a.kind));
    s.bind(4, sql::jsonArray(a.aliases));
    s.bind(5, a.role);
    s.bindId(6, a.affiliation.value);
    s.bind(7, a.country);
    s.bind(8, a.notes);
}

// ---- events ----

constexpr const char* eventColumns
    = "id, title, kind, status, start, \"end\", location, summary, parent_id, tags, cameo";

void bindEvent(SqlQuery& s, const Event& e)
{
    if (e.title.trimmed().isEmpty())
        throw StorageError(QStringLiteral("an event needs a title"));
    if (e.start.isNull())
        throw StorageError(QStringLiteral("the event \"%1\" needs a date").arg(nameOf(e.title)));
    const FuzzyDate when = e.when();
    if (!e.end.isNull() && e.end.latestMs() < e.start.earliestMs())
        throw StorageError(QStringLiteral("the event \"%1\" ends before it starts").arg(nameOf(e.title)));
    s.bindId(1, e.id.value);
    s.bind(2, e.title);
    s.bind(3, toText(e.kind));
    s.bind(4, toText(e.status));
    s.bind(5, e.start.toString());
    s.bind(6, e.end.toString());
    s.bind(7, qint64(when.earliestMs()));
    s.bind(8, qint64(when.latestMs()));
    s.bind(9, e.location);
    s.bind(10, e.summary);
    s.bindId(11, e.parent.value);
    s.bind(12, sql::jsonArray(e.tags));
    s.bind(13, e.cameo);
}

Event readEventRow(SqlQuery& s)
{
    Event e;
    e.id = EventId(s.int64(0));
    e.title = s.text(1);
    e.kind = enumColumn(s.text(2), eventKindFromText, EventKind::Other);
    e.status = enumColumn(s.text(3), eventStatusFromText, EventStatus::Unknown);
    e.start = dateColumn(s.text(4));
    e.end = dateColumn(s.text(5));
    e.location = s.text(6);
    e.summary = s.text(7);
    e.parent = EventId(s.id(8));
    e.tags = s.stringList(9);
    e.cameo = s.text(10);
    return e;
}

// ---- statements ----

constexpr const char* statementColumns
    = "id, speaker_id, text, kind, said, venue_id, source_id, span_start, span_end";

void bindStatement(SqlQuery& s, const Statement& st)
{
    if (st.text.trimmed().isEmpty())
        throw StorageError(QStringLiteral("a statement needs its words"));
    if (!st.speaker.isValid())
        throw StorageError(QStringLiteral("the statement \"%1\" needs a speaker").arg(nameOf(st.text)));
    s.bindId(1, st.id.value);
    s.bind(2, qint64(st.speaker.value));
    s.bind(3, st.text);
    s.bind(4, toText(st.kind));
    s.bind(5, st.when.toString());
    s.bind(6, qint64(st.when.isNull() ? 0 : st.when.earliestMs()));
    s.bindId(7, st.venue.value);
    s.bindId(8, st.source.value);
    s.bind(9, qint64(st.spanStart));
    s.bind(10, qint64(st.spanEnd));
}

Statement readStatementRow(SqlQuery& s)
{
    Statement st;
    st.id = StatementId(s.int64(0));
    st.speaker = ActorId(s.int64(1));
    st.text = s.text(2);
    st.kind = enumColumn(s.text(3), statementKindFromText, StatementKind::Direct);
    st.when = dateColumn(s.text(4));
    st.venue = EventId(s.id(5));
    st.source = SourceId(s.id(6));
    st.spanStart = s.int64(7);
    st.spanEnd = s.int64(8);
    return st;
}

// ---- sources ----

constexpr const char* sourceColumns
    = "id, title, outlet, authors, url, published, retrieved, text, content_hash, reliability, original";

void bindSource(SqlQuery& s, const Source& src)
{
    s.bindId(1, src.id.value);
    s.bind(2, src.title);
    s.bind(3, src.outlet);
    s.bind(4, sql::jsonArray(src.authors));
    s.bind(5, src.url);
    s.bind(6, src.published.toString());
    s.bind(7, src.retrieved.isValid() ? src.retrieved.toUTC().toString(Qt::ISODate) : QString());
    s.bind(8, src.text);
    s.bind(9, src.contentHash.isEmpty() ? Source::hashText(src.text) : src.contentHash);
    s.bind(10, toText(src.reliability));
    s.bind(11, src.original);
}

Source readSourceRow(SqlQuery& s)
{
    Source src;
    src.id = SourceId(s.int64(0));
    src.title = s.text(1);
    src.outlet = s.text(2);
    src.authors = s.stringList(3);
    src.url = s.text(4);
    src.published = dateColumn(s.text(5));
    const QString retrieved = s.text(6);
    if (!retrieved.isEmpty())
        src.retrieved = QDateTime::fromString(retrieved, Qt::ISODate).toUTC();
    src.text = s.text(7);
    src.contentHash = s.text(8);
    src.reliability = reliabilityFromText(s.text(9)).value_or(Reliability::Unrated);
    src.original = s.text(10);
    return src;
}

// ---- annotations ----

constexpr const char* annotationColumns = "id, source_id, start, \"end\", exact, prefix, suffix, kind, target_type, "
                                          "target_id, credibility, comment, created, anchored";

void bindAnnotation(SqlQuery& s, const Annotation& a)
{
    if (!a.source.isValid())
        throw StorageError(QStringLiteral("an annotation needs a source"));
    if (a.start < 0 || a.end < a.start)
        throw StorageError(QStringLiteral("the annotation span [%1, %2) is not a valid range").arg(a.start).arg(a.end));
    if (a.credibility < 0 || a.credibility > 6)
        throw StorageError(QStringLiteral("credibility %1 is out of range (expected 1-6, or 0 for not graded)")
                               .arg(a.credibility));
    s.bindId(1, a.id.value);
    s.bind(2, qint64(a.source.value));
    s.bind(3, qint64(a.start));
    s.bind(4, qint64(a.end));
    s.bind(5, a.exact);
    s.bind(6, a.prefix);
    s.bind(7, a.suffix);
    s.bind(8, toText(a.kind));
    s.bind(9, toText(a.targetType));
    s.bind(10, qint64(a.targetType == TargetType::None ? 0 : a.targetId));
    s.bind(11, a.credibility);
    s.bind(12, a.comment);
    s.bind(13, a.created.isValid() ? a.created.toUTC().toString(Qt::ISODateWithMs) : QString());
    s.bind(14, a.anchored ? 1 : 0);
}

Annotation readAnnotationRow(SqlQuery& s)
{
    Annotation a;
    a.id = AnnotationId(s.int64(0));
    a.source = SourceId(s.int64(1));
    a.start = s.int64(2);
    a.end = s.int64(3);
    a.exact = s.text(4);
    a.prefix = s.text(5);
    a.suffix = s.text(6);
    a.kind = enumColumn(s.text(7), annotationKindFromText, AnnotationKind::Note);
    a.targetType = enumColumn(s.text(8), targetTypeFromText, TargetType::None);
    a.targetId = s.int64(9);
    a.credibility = int(s.int64(10));
    a.comment = s.text(11);
    const QString created = s.text(12);
    if (!created.isEmpty())
        a.created = QDateTime::fromString(created, Qt::ISODateWithMs).toUTC();
    a.anchored = int(s.int64(13)) != 0;
    return a;
}

/// Deletes one row by id, failing if there is none, and records the removal.
void removeRow(Connection& c, const char* sql, const char* what, Entity entity, qint64 id)
{
    c.requireTransaction();
    auto& s = c.prepare(sql);
    s.bind(1, qint64(id));
    s.run();
    requireChanged(s, what, id);
    c.record(entity, ChangeKind::Removed, id);
}

qint64 countRows(Connection& c, const char* sql)
{
    auto& s = c.prepare(sql);
    return s.step() ? s.int64(0) : 0;
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
    static const std::string q = sqlText({"INSERT INTO actor (", actorColumns, ") VALUES (?,?,?,?,?,?,?,?) RETURNING id"});
    auto& s = m_c.prepare(q.c_str());
    bindActor(s, actor);
    const ActorId id(insertedId(s));
    m_c.record(Entity::Actor, ChangeKind::Added, id.value);
    return id;
}

void ActorRepository::update(const Actor& actor)
{
    m_c.requireTransaction();
    auto& s = m_c.prepare("UPDATE actor SET name = ?2, kind = ?3, aliases = ?4, role = ?5, affiliation_id = ?6, "
                          "country = ?7, notes = ?8 WHERE id = ?1");
    bindActor(s, actor);
    s.run();
    requireChanged(s, "actor", actor.id.value);
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
    s.bind(1, qint64(id.value));
    if (!s.step())
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
    static const std::string q = sqlText({"SELECT ", actorColumns, " FROM actor"});
    auto& s = m_c.prepare(q.c_str());
    QList<Actor> actors;
    while (s.step())
        actors.append(readActor(s));
    sortByName(actors);
    return actors;
}

QList<Actor> ActorRepository::affiliatedWith(ActorId id) const
{
    static const std::string q = sqlText({"SELECT ", actorColumns, " FROM actor WHERE affiliation_id = ?"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, qint64(id.value));
    QList<Actor> actors;
    while (s.step())
        actors.append(readActor(s));
    sortByName(actors);
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
    clear.bind(1, qint64(id.value));
    clear.run();
    int position = 0;
    for (const Participant& p : event.participants) {
        auto& s = m_c.prepare("INSERT INTO event_participant (event_id, actor_id, role, position) VALUES (?,?,?,?)");
        s.bind(1, qint64(id.value));
        s.bind(2, qint64(p.actor.value));
        s.bind(3, toText(p.role));
        s.bind(4, position++);
        s.run();
    }
}

EventId EventRepository::insert(const Event& event)
{
    m_c.requireTransaction();
    static const std::string q = sqlText({"INSERT INTO event (", eventColumns,
        ", earliest, latest) VALUES (?1,?2,?3,?4,?5,?6,?9,?10,?11,?12,?13,?7,?8) RETURNING id"});
    auto& s = m_c.prepare(q.c_str());
    bindEvent(s, event);
    const EventId id(insertedId(s));
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
    s.run();
    requireChanged(s, "event", event.id.value);
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
    s.bind(1, qint64(e.id.value));
    while (s.step()) {
        e.participants.append(Participant{ActorId(s.int64(0)),
            enumColumn(s.text(1), participantRoleFromText, ParticipantRole::Participant)});
    }
}
} // namespace

std::optional<Event> EventRepository::find(EventId id) const
{
    static const std::string q = sqlText({"SELECT ", eventColumns, " FROM event WHERE id = ?"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, qint64(id.value));
    if (!s.step())
        return std::nullopt;
    Event e = readEventRow(s);
    readParticipants(m_c, e);
    return e;
}

QList<Event> EventRepository::list(const EventQuery& query) const
{
    static const std::string q = sqlText({"SELECT ", eventColumns,
        " FROM event WHERE (CAST(?1 AS BIGINT) IS NULL OR latest >= ?1) AND (CAST(?2 AS BIGINT) IS NULL OR earliest <= ?2)"
        " AND (CAST(?3 AS BIGINT) IS NULL OR id IN (SELECT event_id FROM event_participant WHERE actor_id = ?3))"
        " AND (CAST(?4 AS TEXT) IS NULL OR kind = ?4) ORDER BY earliest, latest, id"});
    // A statement of its own, not the cache: reading participants below reuses cached statements while this one
    // is still stepping. The casts tell PostgreSQL the type of a parameter that may be NULL.
    const auto own = m_c.query(q.c_str());
    SqlQuery& s = *own;
    if (query.fromMs)
        s.bind(1, qint64(*query.fromMs));
    if (query.toMs)
        s.bind(2, qint64(*query.toMs));
    if (query.actor.isValid())
        s.bind(3, qint64(query.actor.value));
    if (query.kind)
        s.bind(4, toText(*query.kind));
    QList<Event> events;
    while (s.step()) {
        events.append(readEventRow(s));
        readParticipants(m_c, events.back());
    }
    return events;
}

QList<Event> EventRepository::children(EventId id) const
{
    static const std::string q
        = sqlText({"SELECT ", eventColumns, " FROM event WHERE parent_id = ? ORDER BY earliest, latest, id"});
    const auto own = m_c.query(q.c_str());
    SqlQuery& s = *own;
    s.bind(1, qint64(id.value));
    QList<Event> events;
    while (s.step()) {
        events.append(readEventRow(s));
        readParticipants(m_c, events.back());
    }
    return events;
}

namespace {
/// Kinds and statuses repeat over a million events, and a project has a handful of each: each distinct text is
/// converted once and then found by comparing bytes with the few seen before (hashing each row's text cost a fifth
/// of opening a million events). Should a project hold many distinct texts, those after the first few are hashed.
class KindsAndStatuses final
{
public:
    EventKind kind(QByteArrayView text) { return m_kinds.find(text, eventKindFromText, EventKind::Other); }
    EventStatus status(QByteArrayView text) { return m_statuses.find(text, eventStatusFromText, EventStatus::Unknown); }

private:
    template<typename Enum>
    class Seen final
    {
    public:
        template<typename Parse>
        Enum find(QByteArrayView text, Parse parse, Enum fallback)
        {
            for (const auto& [known, value] : m_few) {
                if (QByteArrayView(known) == text) // an empty text may come as a null pointer
                    return value;
            }
            const QByteArray key = QByteArray::fromRawData(text.data(), text.size());
            if (const auto found = m_many.constFind(key); found != m_many.cend())
                return *found;
            const Enum value = parse(QString::fromUtf8(text)).value_or(fallback);
            if (m_few.size() < kFew)
                m_few.emplace_back(QByteArray(text.data(), text.size()), value);
            else
                m_many.insert(QByteArray(text.data(), text.size()), value);
            return value;
        }

    private:
        static constexpr std::size_t kFew = 24;
        std::vector<std::pair<QByteArray, Enum>> m_few;
        QHash<QByteArray, Enum> m_many;
    };
    Seen<EventKind> m_kinds;
    Seen<EventStatus> m_statuses;
};

/// Appends the rows `s` (SELECT id, earliest, latest, kind, status, start, "end", title, location) gives; only the
/// first five columns when `withText` is false.
void appendCatalogRows(SqlQuery& s, EventCatalog& rows, bool withText = true)
{
    KindsAndStatuses texts;
    while (s.step()) {
        rows.ids.push_back(s.int64(0));
        rows.earliest.push_back(s.int64(1));
        rows.latest.push_back(s.int64(2));
        rows.kinds.push_back(texts.kind(s.bytes(3)));
        rows.statuses.push_back(texts.status(s.bytes(4)));
        if (!withText)
            continue;
        rows.starts.append(s.bytes(6).isEmpty() ? s.text(5) : s.text(5) + u'/' + s.text(6));
        rows.titles.append(s.text(7));
        rows.locations.append(s.text(8));
    }
}
} // namespace

EventCatalog EventRepository::catalog(const std::vector<qint64>& ids) const
{
    EventCatalog rows;
    for (const qint64 id : ids) {
        auto& s = m_c.prepare(
            "SELECT id, earliest, latest, kind, status, start, \"end\", title, location FROM event WHERE id = ?");
        s.bind(1, qint64(id));
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
/// Appends the bounds of every row `s` (SELECT id, earliest, latest, kind, status, start) gives.
void readBounds(SqlQuery& s, std::vector<EventBounds>& rows)
{
    KindsAndStatuses texts;
    while (s.step()) {
        EventBounds b;
        b.id = s.int64(0);
        b.earliest = s.int64(1);
        b.latest = s.int64(2);
        b.kind = texts.kind(s.bytes(3));
        b.status = texts.status(s.bytes(4));
        const QByteArrayView start = s.bytes(5);
        readDateQuality(start.data(), int(start.size()), b);
        rows.push_back(b);
    }
}
} // namespace

std::vector<EventBounds> EventRepository::bounds() const
{
    std::vector<EventBounds> rows;
    rows.reserve(std::size_t(count()));
    readBounds(*m_c.query("SELECT id, earliest, latest, kind, status, start FROM event"), rows);
    return rows;
}

std::vector<EventBounds> EventRepository::bounds(const std::vector<qint64>& ids) const
{
    std::vector<EventBounds> rows;
    for (const qint64 id : ids) {
        auto& s = m_c.prepare("SELECT id, earliest, latest, kind, status, start FROM event WHERE id = ?");
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
        s.bind(1, qint64(id));
        while (s.step())
            row(s);
    }
}
} // namespace

std::vector<std::pair<qint64, qint64>> EventRepository::participations(const std::vector<qint64>& ids) const
{
    std::vector<std::pair<qint64, qint64>> rows;
    forEachId(m_c, "SELECT event_id, actor_id FROM event_participant WHERE event_id = ?", ids,
        [&rows](SqlQuery& s) { rows.emplace_back(s.int64(0), s.int64(1)); });
    return rows;
}

std::vector<std::pair<qint64, QString>> EventRepository::tags(const std::vector<qint64>& ids) const
{
    std::vector<std::pair<qint64, QString>> rows;
    forEachId(m_c, "SELECT id, tags FROM event WHERE id = ? AND tags <> '[]'", ids, [&rows](SqlQuery& s) {
        for (const QString& tag : s.stringList(1))
            rows.emplace_back(s.int64(0), tag);
    });
    return rows;
}

std::vector<std::pair<qint64, qint64>> EventRepository::participations() const
{
    std::vector<std::pair<qint64, qint64>> rows;
    const auto s = m_c.query("SELECT event_id, actor_id FROM event_participant");
    while (s->step())
        rows.emplace_back(s->int64(0), s->int64(1));
    return rows;
}

std::vector<std::pair<qint64, QString>> EventRepository::tags() const
{
    std::vector<std::pair<qint64, QString>> rows;
    auto& s = m_c.prepare("SELECT id, tags FROM event WHERE tags <> '[]'");
    while (s.step()) {
        const qint64 id = s.int64(0);
        for (const QString& tag : s.stringList(1))
            rows.emplace_back(id, tag);
    }
    return rows;
}

QString EventRepository::title(EventId id) const
{
    auto& s = m_c.prepare("SELECT title FROM event WHERE id = ?");
    s.bind(1, qint64(id.value));
    return s.step() ? s.text(0) : QString();
}

qint64 EventRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM event");
}

std::optional<std::pair<qint64, qint64>> EventRepository::span() const
{
    auto& s = m_c.prepare("SELECT min(earliest), max(latest) FROM event");
    if (!s.step() || s.isNull(0))
        return std::nullopt;
    return std::pair{s.int64(0), s.int64(1)};
}

// ============================== StatementRepository ==============================

void StatementRepository::writeAbout(const Statement& statement, StatementId id)
{
    auto& clear = m_c.prepare("DELETE FROM statement_about WHERE statement_id = ?");
    clear.bind(1, qint64(id.value));
    clear.run();
    for (const EventId event : statement.about) {
        auto& s = m_c.prepare("INSERT INTO statement_about (statement_id, event_id) VALUES (?,?) ON CONFLICT DO NOTHING");
        s.bind(1, qint64(id.value));
        s.bind(2, qint64(event.value));
        s.run();
    }
}

StatementId StatementRepository::insert(const Statement& statement)
{
    m_c.requireTransaction();
    static const std::string q
        = sqlText({"INSERT INTO statement (", statementColumns, ", earliest) VALUES (?1,?2,?3,?4,?5,?7,?8,?9,?10,?6) RETURNING id"});
    auto& s = m_c.prepare(q.c_str());
    bindStatement(s, statement);
    const StatementId id(insertedId(s));
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
    s.run();
    requireChanged(s, "statement", statement.id.value);
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
    const auto own = m_c.query(q.c_str());
    SqlQuery& s = *own;
    if (key != 0)
        s.bind(1, qint64(key));
    QList<Statement> statements;
    while (s.step())
        statements.append(readStatementRow(s));
    for (Statement& st : statements) {
        auto& about = m_c.prepare("SELECT event_id FROM statement_about WHERE statement_id = ? ORDER BY event_id");
        about.bind(1, qint64(st.id.value));
        while (about.step())
            st.about.append(EventId(about.int64(0)));
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
    while (s.step())
        rows.push_back(StatementMark{s.int64(0), s.int64(1), s.int64(2)});
    std::sort(rows.begin(), rows.end(),
        [](const StatementMark& a, const StatementMark& b) { return std::tie(a.at, a.id) < std::tie(b.at, b.id); });
    return rows;
}

std::vector<StatementMark> StatementRepository::marks(const std::vector<qint64>& ids) const
{
    std::vector<StatementMark> rows;
    forEachId(m_c, "SELECT id, speaker_id, earliest FROM statement WHERE id = ? AND said <> ''", ids,
        [&rows](SqlQuery& s) {
            rows.push_back(StatementMark{s.int64(0), s.int64(1), s.int64(2)});
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
    static const std::string q = sqlText({"INSERT INTO source (", sourceColumns, ") VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id"});
    auto& s = m_c.prepare(q.c_str());
    bindSource(s, source);
    const SourceId id(insertedId(s));
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
    s.run();
    requireChanged(s, "source", source.id.value);
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
    s.bind(1, qint64(id.value));
    if (!s.step())
        return std::nullopt;
    return readSourceRow(s);
}

std::optional<Source> SourceRepository::findByHash(const QString& contentHash) const
{
    static const std::string q = sqlText({"SELECT ", sourceColumns, " FROM source WHERE content_hash = ? LIMIT 1"});
    auto& s = m_c.prepare(q.c_str());
    s.bind(1, contentHash);
    if (!s.step())
        return std::nullopt;
    return readSourceRow(s);
}

QList<Source> SourceRepository::all() const
{
    static const std::string q = sqlText({"SELECT ", sourceColumns, " FROM source ORDER BY published, id"});
    auto& s = m_c.prepare(q.c_str());
    QList<Source> sources;
    while (s.step())
        sources.append(readSourceRow(s));
    return sources;
}

QList<Source> SourceRepository::catalog() const
{
    // The same columns as a full row, with the two long texts left empty.
    auto& s = m_c.prepare("SELECT id, title, outlet, authors, url, published, retrieved, '', content_hash, reliability, '' "
                          "FROM source ORDER BY published, id");
    QList<Source> sources;
    while (s.step())
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
        = sqlText({"INSERT INTO annotation (", annotationColumns, ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id"});
    auto& s = m_c.prepare(q.c_str());
    bindAnnotation(s, annotation);
    const AnnotationId id(insertedId(s));
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
    s.run();
    requireChanged(s, "annotation", annotation.id.value);
    m_c.record(Entity::Annotation, ChangeKind::Updated, annotation.id.value);
}

void AnnotationRepository::remove(AnnotationId id)
{
    removeRow(m_c, "DELETE FROM annotation WHERE id = ?", "annotation", Entity::Annotation, id.value);
}

QList<Annotation> AnnotationRepository::select(const char* where, qint64 key, const QString& type) const
{
    const std::string q = sqlText({"SELECT ", annotationColumns, " FROM annotation ", where, " ORDER BY start, id"});
    const auto own = m_c.query(q.c_str());
    SqlQuery& s = *own;
    if (key != 0)
        s.bind(1, qint64(key));
    if (!type.isEmpty())
        s.bind(2, type);
    QList<Annotation> annotations;
    while (s.step())
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
    while (s.step())
        counts.insert(s.int64(0), s.int64(1));
    return counts;
}

qint64 AnnotationRepository::count() const
{
    return countRows(m_c, "SELECT count(*) FROM annotation");
}

} // namespace attache
