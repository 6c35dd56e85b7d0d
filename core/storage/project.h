// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QList>
#include <QString>

#include "storage/changes.h"
#include "storage/repositories.h"
#include "util/result.h"

namespace attache {

class ChangeNotifier;
class Connection;

/// What a full-text hit is.
enum class HitType : quint8 { Actor, Event, Statement, Source };
QString toText(HitType type);

/// One full-text search result.
struct SearchHit
{
    HitType type;
    qint64 id;
    QString title; // the event title, actor name, source title, or the statement's speaker
    QString snippet; // matching words wrapped in [ and ]
    double rank; // lower is better (bm25)
};

/// Counts and span of a project, as `attache info` shows them.
struct ProjectStats
{
    int schemaVersion = 0;
    qint64 actors = 0;
    qint64 events = 0;
    qint64 statements = 0;
    qint64 sources = 0;
    qint64 annotations = 0;
    std::optional<std::pair<qint64, qint64>> span; // UTC ms of the earliest and latest event bounds
};

/// An open project: a file (`*.attache`, SQLite) or a team project on a PostgreSQL server, with its repositories,
/// full-text search and change notifications. Nothing above storage/ depends on which.
///
/// Opening checks the file before SQLite writes anything to it, so a file that is not ours, is damaged, or comes from
/// a newer version is refused untouched. Every change runs inside write(): one transaction, committed whole or not at
/// all, after which the notifier reports what changed.
class Project final
{
public:
    enum class Access : quint8 { ReadWrite, ReadOnly };

    /// Creates a new, empty project. Refuses an existing file that is not empty.
    static Result<std::unique_ptr<Project>> create(const QString& path, const QString& password = {});
    /// Opens an existing project, upgrading an older schema. A file the user may not write opens read-only
    /// (readOnlyReason() says why), as does a team project the user's role may only read. `password` is for a team
    /// project (otherwise libpq reads ~/.pgpass and PGPASSWORD).
    static Result<std::unique_ptr<Project>> open(
        const QString& path, Access access = Access::ReadWrite, const QString& password = {});

    /// Whether `location` names a team project on a PostgreSQL server (postgresql://user@host/dbname) rather than a
    /// file. create() and open() take either.
    static bool isServerLocation(const QString& location);
    /// The location as messages show it: a file in the system's notation, a server address without its password.
    static QString shownLocation(const QString& location);

    ~Project();
    Q_DISABLE_COPY_MOVE(Project)

    /// The file, or the server address of a team project (without password).
    QString path() const { return m_path; }
    /// The file name without folder or extension, or the team project's database name, as titles show it.
    QString name() const;
    /// Whether the project lives on a PostgreSQL server rather than in a file.
    bool isTeamProject() const;
    bool isReadOnly() const;
    QString readOnlyReason() const { return m_readOnlyReason; }

    ActorRepository& actors() { return m_actors; }
    EventRepository& events() { return m_events; }
    StatementRepository& statements() { return m_statements; }
    SourceRepository& sources() { return m_sources; }
    AnnotationRepository& annotations() { return m_annotations; }
    const ActorRepository& actors() const { return m_actors; }
    const EventRepository& events() const { return m_events; }
    const StatementRepository& statements() const { return m_statements; }
    const SourceRepository& sources() const { return m_sources; }
    const AnnotationRepository& annotations() const { return m_annotations; }

    ChangeNotifier* notifier() const { return m_notifier.get(); }

    /// The analyst (database role) who last changed a row of a team project; empty for a file, or when not known.
    QString lastChangedBy(Entity entity, qint64 id) const;

    /// Runs `body` in one transaction (a savepoint when nested). Any StorageError or SQLite error inside rolls the
    /// whole transaction back and comes back as the Error.
    Status write(const std::function<void()>& body);
    /// Marks the running transaction as a bulk change: views reload instead of applying row changes.
    void markBulkChange();

    /// Full-text search over event titles/summaries, statement text, source text and actor names/aliases. Words
    /// are matched as prefixes and all must occur; "quoted phrases" match as phrases.
    Result<QList<SearchHit>> search(const QString& query, int limit = 100) const;

    /// The ids of the events whose title, summary or location match `query` (same rules as search()).
    Result<QList<EventId>> matchingEvents(const QString& query) const;
    /// Those of `among` that match `query`: one look-up each, for a few changed events.
    Result<QList<EventId>> matchingEvents(const QString& query, const QList<EventId>& among) const;

    ProjectStats stats() const;
    /// The same without the span, which takes a scan of every event: what a status line needs. `events`, where the
    /// caller holds every event already (a timeline's index), saves counting them.
    ProjectStats counts(std::optional<qint64> events = std::nullopt) const;
    /// `PRAGMA integrity_check`: "ok" or SQLite's findings.
    QString integrityCheck() const;

private:
    Project(QString path, std::unique_ptr<Connection> connection, std::unique_ptr<ChangeNotifier> notifier);
    static Result<std::unique_ptr<Project>> connectToServer(
        const QString& location, const QString& password, bool create, Access access);

    QString m_path;
    QString m_readOnlyReason;
    std::unique_ptr<ChangeNotifier> m_notifier;
    std::unique_ptr<Connection> m_connection;
    ActorRepository m_actors;
    EventRepository m_events;
    StatementRepository m_statements;
    SourceRepository m_sources;
    AnnotationRepository m_annotations;
};

} // namespace attache
