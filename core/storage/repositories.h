// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>
#include <vector>

#include <QHash>
#include <QList>

#include "model/actor.h"
#include "model/annotation.h"
#include "model/event.h"
#include "model/source.h"
#include "model/statement.h"

namespace attache {

class Connection;

// Repositories read and write one aggregate each. Reads may run at any time; writes must run inside
// Project::write() and throw StorageError on failure (the transaction then rolls back whole). Inserting a value whose
// id is set keeps that id (used to restore deleted rows on undo and to load project JSON losslessly).

/// Actors and their aliases.
class ActorRepository final
{
public:
    explicit ActorRepository(Connection& connection)
        : m_c(connection)
    {
    }
    ActorId insert(const Actor& actor);
    void update(const Actor& actor);
    void remove(ActorId id);
    std::optional<Actor> find(ActorId id) const;
    /// The actor called `name` or having it as an alias, case-insensitive; names win over aliases.
    std::optional<Actor> findByName(QStringView name) const;
    QList<Actor> all() const; // ordered by name
    /// The actors whose affiliation is `id`.
    QList<Actor> affiliatedWith(ActorId id) const;
    qint64 count() const;

private:
    Connection& m_c;
};

/// What `EventRepository::list` returns; unset fields do not filter.
struct EventQuery
{
    std::optional<qint64> fromMs; // events that end on or after this instant
    std::optional<qint64> toMs; // events that begin on or before this instant
    ActorId actor;
    std::optional<EventKind> kind;
};

/// The columns lists and views need of every event, loaded at once (struct of arrays, in time order).
struct EventCatalog
{
    std::vector<qint64> ids;
    std::vector<qint64> earliest;
    std::vector<qint64> latest;
    std::vector<EventKind> kinds;
    std::vector<EventStatus> statuses;
    QList<QString> titles;
    QList<QString> starts; // EDTF text of when()
    QList<QString> locations;

    std::size_t size() const { return ids.size(); }
    bool hasText() const { return titles.size() == qsizetype(ids.size()); }
};

/// The least the timeline needs of an event, read without building any string.
struct EventBounds
{
    qint64 id = 0;
    qint64 earliest = 0; // UTC ms of when()
    qint64 latest = 0;
    EventKind kind = EventKind::Other;
    EventStatus status = EventStatus::Occurred;
    DatePrecision precision = DatePrecision::Day; // of the start
    bool uncertain = false;
    bool approximate = false;
};

/// Where a statement sits on the timeline.
struct StatementMark
{
    qint64 id = 0;
    qint64 speaker = 0;
    qint64 at = 0; // UTC ms, earliest bound of when it was said
};

/// Events with their participants and tags.
class EventRepository final
{
public:
    explicit EventRepository(Connection& connection)
        : m_c(connection)
    {
    }
    EventId insert(const Event& event);
    void update(const Event& event);
    void remove(EventId id);
    std::optional<Event> find(EventId id) const;
    QList<Event> list(const EventQuery& query = {}) const; // in time order
    /// The events whose parent is `id`, in time order.
    QList<Event> children(EventId id) const;
    /// Without text, only ids, bounds, kinds and statuses are read (a million events in a few dozen MB).
    EventCatalog catalog(bool withText = true) const;
    /// The catalog rows of some events (those still in the project), in the order asked.
    EventCatalog catalog(const std::vector<qint64>& ids) const;
    /// Every event's bounds, kind, status and date quality, in row order.
    std::vector<EventBounds> bounds() const;
    /// Every (event id, actor id) participation, grouped by event.
    std::vector<std::pair<qint64, qint64>> participations() const;
    /// (event id, tag) for every tag of every event.
    std::vector<std::pair<qint64, QString>> tags() const;
    /// The same three for some events only (those still in the project).
    std::vector<EventBounds> bounds(const std::vector<qint64>& ids) const;
    std::vector<std::pair<qint64, qint64>> participations(const std::vector<qint64>& ids) const;
    std::vector<std::pair<qint64, QString>> tags(const std::vector<qint64>& ids) const;
    /// The title of one event, cheaply, for labels.
    QString title(EventId id) const;
    qint64 count() const;
    /// Earliest and latest instants over all events; nullopt when there are none.
    std::optional<std::pair<qint64, qint64>> span() const;

private:
    void writeParticipants(const Event& event, EventId id);
    Connection& m_c;
};

/// Statements and the events they are about.
class StatementRepository final
{
public:
    explicit StatementRepository(Connection& connection)
        : m_c(connection)
    {
    }
    StatementId insert(const Statement& statement);
    void update(const Statement& statement);
    void remove(StatementId id);
    std::optional<Statement> find(StatementId id) const;
    QList<Statement> all() const; // in time order
    QList<Statement> bySpeaker(ActorId speaker) const;
    /// Said at the event, or about it.
    QList<Statement> forEvent(EventId event) const;
    QList<Statement> bySource(SourceId source) const;
    /// Every dated statement's speaker and time, in time order.
    std::vector<StatementMark> marks() const;
    /// The marks of some statements (those still in the project with words said).
    std::vector<StatementMark> marks(const std::vector<qint64>& ids) const;
    qint64 count() const;

private:
    QList<Statement> select(const char* sql, qint64 key) const;
    void writeAbout(const Statement& statement, StatementId id);
    Connection& m_c;
};

/// Sources (articles) with their full text.
class SourceRepository final
{
public:
    explicit SourceRepository(Connection& connection)
        : m_c(connection)
    {
    }
    SourceId insert(const Source& source); // computes contentHash from text when it is empty
    void update(const Source& source);
    void remove(SourceId id); // removes its annotations too
    std::optional<Source> find(SourceId id) const;
    std::optional<Source> findByHash(const QString& contentHash) const;
    QList<Source> all() const; // ordered by publication date
    /// Every source's details without its text and original, for lists; ordered by publication date.
    QList<Source> catalog() const;
    qint64 count() const;

private:
    Connection& m_c;
};

/// Annotations on sources.
class AnnotationRepository final
{
public:
    explicit AnnotationRepository(Connection& connection)
        : m_c(connection)
    {
    }
    AnnotationId insert(const Annotation& annotation);
    void update(const Annotation& annotation);
    void remove(AnnotationId id);
    std::optional<Annotation> find(AnnotationId id) const;
    QList<Annotation> forSource(SourceId source) const; // in text order
    QList<Annotation> forTarget(TargetType type, qint64 id) const;
    QList<Annotation> all() const;
    /// How many annotations each source has (source id -> count; sources without any are absent).
    QHash<qint64, qint64> countsBySource() const;
    qint64 count() const;

private:
    QList<Annotation> select(const char* sql, qint64 key, const QString& type = {}) const;
    Connection& m_c;
};

} // namespace attache
