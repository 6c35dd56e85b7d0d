// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/project.h"

#include <SQLiteCpp/Database.h>
#include <SQLiteCpp/Exception.h>
#include <SQLiteCpp/Statement.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QtEndian>

#include <limits>

#include "storage/changenotifier.h"
#include "storage/pgconnection.h"
#include "storage/sqliteconnection.h"
#include "storage/schema.h"
#include "storage/storageerror.h"

namespace attache {
namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

Error fileError(const QString& path, const QString& reason)
{
    return Error{shown(path) + QStringLiteral(": ") + reason};
}

/// Reads the 100-byte SQLite header without letting SQLite near the file, so that refusing a file never changes it.
std::optional<Error> inspectHeader(const QString& path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fileError(path, QStringLiteral("no such file"));
    if (info.isDir())
        return fileError(path, QStringLiteral("is a folder, not an Attaché project"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(path, QStringLiteral("cannot be read (%1)").arg(file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return fileError(path, QStringLiteral("is empty, not an Attaché project"));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        return fileError(path, QStringLiteral("not an Attaché project (it is not a SQLite database)"));
    }
    if (header.size() < 100)
        return fileError(path, QStringLiteral("is damaged: the file is truncated (%1 bytes)").arg(size));
    const auto* bytes = reinterpret_cast<const uchar*>(header.constData());
    const quint32 rawPageSize = qFromBigEndian<quint16>(bytes + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const bool pageCountValid = pageCount > 0 && qFromBigEndian<quint32>(bytes + 92) == qFromBigEndian<quint32>(bytes + 24);
    // With a write-ahead log beside it, a file interrupted in a checkpoint can be shorter than its header says until
    // SQLite replays the log; only a file without one is judged by its size.
    const bool hasLog = QFileInfo(path + QStringLiteral("-wal")).size() > 0;
    if (pageSize < 512 || (pageCountValid && !hasLog && size < qint64(pageCount) * pageSize)) {
        return fileError(path, QStringLiteral("is damaged: the file is truncated (%1 of %2 bytes)")
                                   .arg(size)
                                   .arg(qint64(pageCount) * pageSize));
    }
    const auto applicationId = qint32(qFromBigEndian<quint32>(bytes + 68));
    if (applicationId != schema::applicationId) {
        return fileError(path, QStringLiteral("not an Attaché project (it is a SQLite database of another application)"));
    }
    return std::nullopt;
}

int userVersion(SQLite::Database& db)
{
    return db.execAndGet("PRAGMA user_version").getInt();
}

void configure(SQLite::Database& db)
{
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
    db.exec("PRAGMA temp_store = MEMORY");
    db.exec("PRAGMA cache_size = -65536");
    // Every commit goes on into the project file itself (a checkpoint after each one), so the file alone holds all
    // that was saved even if it is renamed or copied while open, when SQLite no longer checkpoints its write-ahead log.
    db.exec("PRAGMA wal_autocheckpoint = 1");
}

} // namespace

QString toText(HitType type)
{
    switch (type) {
    case HitType::Actor:
        return QStringLiteral("actor");
    case HitType::Event:
        return QStringLiteral("event");
    case HitType::Statement:
        return QStringLiteral("statement");
    case HitType::Source:
        return QStringLiteral("source");
    }
    return {};
}

Project::Project(QString path, std::unique_ptr<Connection> connection, std::unique_ptr<ChangeNotifier> notifier)
    : m_path(std::move(path))
    , m_notifier(std::move(notifier))
    , m_connection(std::move(connection))
    , m_actors(*m_connection)
    , m_events(*m_connection)
    , m_statements(*m_connection)
    , m_sources(*m_connection)
    , m_annotations(*m_connection)
{
}

Project::~Project() = default;

bool Project::isServerLocation(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://")) || location.startsWith(QLatin1String("postgres://"));
}

QString Project::shownLocation(const QString& location)
{
    if (!isServerLocation(location))
        return shown(location);
    return QUrl(location).toString(QUrl::RemovePassword);
}

Result<std::unique_ptr<Project>> Project::connectToServer(const QString& location, const QString& password, bool create,
    Access access)
{
    const QString where = shownLocation(location);
    auto notifier = std::make_unique<ChangeNotifier>();
    std::unique_ptr<PgConnection> connection;
    try {
        connection = std::make_unique<PgConnection>(location, password, notifier.get());
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("%1: cannot connect (%2)").arg(where, e.message())};
    }
    try {
        if (create) {
            if (connection->hasProject())
                return Error{QStringLiteral("%1 already holds an Attaché project; open it instead").arg(where)};
            connection->exec("BEGIN");
            try {
                schema::createOnServer(*connection);
                connection->exec("COMMIT");
            } catch (...) {
                connection->exec("ROLLBACK");
                throw;
            }
        } else if (!connection->hasProject()) {
            return Error{QStringLiteral("%1 holds no Attaché project (create one there with \"attache new\", or push a "
                                        "project file to it)")
                             .arg(where)};
        }
        const int version = connection->schemaVersion();
        if (version > schema::currentVersion) {
            return Error{QStringLiteral("%1 was made by a newer version of Attaché (schema %2; this version reads up to "
                                        "%3); please update Attaché")
                             .arg(where)
                             .arg(version)
                             .arg(schema::currentVersion)};
        }
        if (version < schema::currentVersion)
            return Error{QStringLiteral("%1 has schema %2, which this version cannot upgrade").arg(where).arg(version)};
        QString readOnlyReason = connection->readOnlyBecause();
        if (readOnlyReason.isEmpty() && access == Access::ReadOnly)
            readOnlyReason = QStringLiteral("%1 was opened read-only").arg(where);
        connection->setReadOnly(!readOnlyReason.isEmpty());
        auto project = std::unique_ptr<Project>(new Project(where, std::move(connection), std::move(notifier)));
        project->m_readOnlyReason = readOnlyReason;
        return project;
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("%1: %2").arg(where, e.message())};
    }
}

Result<std::unique_ptr<Project>> Project::create(const QString& path, const QString& password)
{
    if (isServerLocation(path))
        return connectToServer(path, password, true, Access::ReadWrite);
    const QFileInfo info(path);
    if (info.exists() && (info.isDir() || info.size() > 0))
        return fileError(path, QStringLiteral("already exists; choose another name or open it"));
    if (!QFileInfo(info.absolutePath()).isDir())
        return fileError(path, QStringLiteral("cannot be created: the folder %1 does not exist").arg(shown(info.absolutePath())));
    try {
        auto notifier = std::make_unique<ChangeNotifier>();
        auto connection = std::make_unique<SqliteConnection>(
            path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, notifier.get());
        SQLite::Database& db = connection->db();
        // The application id goes in before WAL so that it is in the main file from the first moment.
        db.exec("PRAGMA application_id = " + std::to_string(schema::applicationId));
        db.exec("PRAGMA journal_mode = WAL");
        configure(db);
        db.exec("BEGIN IMMEDIATE");
        try {
            schema::create(db);
            db.exec("COMMIT");
        } catch (...) {
            db.exec("ROLLBACK");
            throw;
        }
        return std::unique_ptr<Project>(new Project(path, std::move(connection), std::move(notifier)));
    } catch (const SQLite::Exception& e) {
        return fileError(path, QStringLiteral("cannot be created (%1)").arg(QString::fromUtf8(e.what())));
    } catch (const DatabaseError& e) {
        return fileError(path, QStringLiteral("cannot be created (%1)").arg(e.message()));
    } catch (const StorageError& e) {
        return fileError(path, QStringLiteral("cannot be created (%1)").arg(e.message()));
    }
}

Result<std::unique_ptr<Project>> Project::open(const QString& path, Access access, const QString& password)
{
    if (isServerLocation(path))
        return connectToServer(path, password, false, access);
    if (auto refused = inspectHeader(path))
        return *refused;

    const QFileInfo info(path);
    QString readOnlyReason;
    if (access == Access::ReadOnly)
        readOnlyReason = QStringLiteral("%1 was opened read-only").arg(shown(path));
    else if (!info.isWritable() || !(info.permissions() & QFileDevice::WriteOwner))
        readOnlyReason = QStringLiteral("%1 is read-only: you can look, but changes cannot be saved").arg(shown(path));
    else if (!QFileInfo(info.absolutePath()).isWritable())
        readOnlyReason = QStringLiteral("the folder of %1 is read-only: changes cannot be saved").arg(shown(path));

    int version = 0;
    try {
        // Look at the schema version read-only first: a newer file must not be touched at all.
        SQLite::Database probe(path.toStdString(), SQLite::OPEN_READONLY);
        version = userVersion(probe);
        probe.execAndGet("SELECT count(*) FROM sqlite_schema");
    } catch (const SQLite::Exception& e) {
        return fileError(path, QStringLiteral("is damaged or unreadable (%1)").arg(QString::fromUtf8(e.what())));
    }
    if (version > schema::currentVersion) {
        return fileError(path, QStringLiteral("was made by a newer version of Attaché (schema %1; this version reads "
                                              "up to %2); please update Attaché")
                                   .arg(version)
                                   .arg(schema::currentVersion));
    }
    if (version < 1)
        return fileError(path, QStringLiteral("is damaged: it has the Attaché mark but no schema version"));
    if (version < schema::currentVersion && !readOnlyReason.isEmpty()) {
        return fileError(path, QStringLiteral("needs upgrading from schema %1 to %2, but it is read-only")
                                   .arg(version)
                                   .arg(schema::currentVersion));
    }

    try {
        auto notifier = std::make_unique<ChangeNotifier>();
        const int flags = readOnlyReason.isEmpty() ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY;
        auto connection = std::make_unique<SqliteConnection>(path, flags | SQLite::OPEN_NOMUTEX, notifier.get());
        SQLite::Database& db = connection->db();
        configure(db);
        if (readOnlyReason.isEmpty()) {
            db.exec("PRAGMA journal_mode = WAL");
            if (version < schema::currentVersion) {
                db.exec("BEGIN IMMEDIATE");
                try {
                    schema::migrate(db, version);
                    db.exec("COMMIT");
                } catch (...) {
                    db.exec("ROLLBACK");
                    throw;
                }
            }
        }
        auto project = std::unique_ptr<Project>(new Project(path, std::move(connection), std::move(notifier)));
        project->m_readOnlyReason = readOnlyReason;
        return project;
    } catch (const SQLite::Exception& e) {
        return fileError(path, QStringLiteral("cannot be opened (%1)").arg(QString::fromUtf8(e.what())));
    } catch (const DatabaseError& e) {
        return fileError(path, QStringLiteral("cannot be opened (%1)").arg(e.message()));
    } catch (const StorageError& e) {
        return fileError(path, QStringLiteral("cannot be upgraded (%1)").arg(e.message()));
    }
}

QString Project::name() const
{
    if (isTeamProject())
        return QUrl(m_path).path().mid(1);
    return QFileInfo(m_path).completeBaseName();
}

bool Project::isTeamProject() const
{
    return m_connection->backend() == Connection::Backend::PostgreSQL;
}

bool Project::isReadOnly() const
{
    return m_connection->isReadOnly();
}

Status Project::write(const std::function<void()>& body)
{
    if (isReadOnly())
        return Error{m_readOnlyReason};
    // A file deleted or moved away while open would take every later change with it, unseen.
    if (const auto gone = m_connection->goneReason())
        return Error{*gone};
    try {
        m_connection->begin();
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("%1: cannot start a change (%2)").arg(shown(m_path), e.message())};
    }
    QString failure;
    try {
        body();
        m_connection->commit();
        return Done{};
    } catch (const DatabaseError& e) {
        // "database or disk is full", "disk I/O error", a lost connection: the storage's trouble, said with its name.
        failure = QStringLiteral("%1: the change could not be saved (%2)").arg(shown(m_path), e.message());
    } catch (const StorageError& e) {
        failure = e.message();
    }
    try {
        m_connection->rollback();
    } catch (const DatabaseError& e) {
        failure += QStringLiteral(" (and undoing it failed: %1)").arg(e.message());
    }
    return Error{failure};
}

void Project::markBulkChange()
{
    m_connection->recordReset();
}

Result<QList<SearchHit>> Project::search(const QString& query, int limit) const
{
    const SearchTerms terms = SearchTerms::parse(query);
    if (terms.isEmpty())
        return Error{QStringLiteral("\"%1\" has no words to search for").arg(query)};
    QList<SearchHit> hits;
    try {
        for (const TextHit& found : m_connection->search(terms, limit)) {
            SearchHit hit{HitType::Event, found.id, {}, found.snippet, found.rank};
            switch (static_cast<schema::SearchTag>(found.tag)) {
            case schema::SearchTag::Actor:
                hit.type = HitType::Actor;
                if (auto a = m_actors.find(ActorId(hit.id)))
                    hit.title = a->name;
                break;
            case schema::SearchTag::Event:
                hit.type = HitType::Event;
                hit.title = m_events.title(EventId(hit.id));
                break;
            case schema::SearchTag::Statement:
                hit.type = HitType::Statement;
                if (auto st = m_statements.find(StatementId(hit.id))) {
                    if (auto speaker = m_actors.find(st->speaker))
                        hit.title = speaker->name;
                }
                break;
            case schema::SearchTag::Source:
                hit.type = HitType::Source;
                if (auto src = m_sources.find(SourceId(hit.id)))
                    hit.title = src->title;
                break;
            }
            hits.append(hit);
        }
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("searching for \"%1\" failed (%2)").arg(query, e.message())};
    }
    return hits;
}

Result<QList<EventId>> Project::matchingEvents(const QString& query) const
{
    const SearchTerms terms = SearchTerms::parse(query);
    if (terms.isEmpty())
        return Error{QStringLiteral("\"%1\" has no words to search for").arg(query)};
    QList<EventId> ids;
    try {
        for (const TextHit& hit : m_connection->search(terms, std::numeric_limits<int>::max(), int(schema::SearchTag::Event)))
            ids.append(EventId(hit.id));
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("searching for \"%1\" failed (%2)").arg(query, e.message())};
    }
    return ids;
}

Result<QList<EventId>> Project::matchingEvents(const QString& query, const QList<EventId>& among) const
{
    const SearchTerms terms = SearchTerms::parse(query);
    if (terms.isEmpty())
        return Error{QStringLiteral("\"%1\" has no words to search for").arg(query)};
    QList<EventId> ids;
    try {
        for (const EventId id : among) {
            if (!m_connection->search(terms, 1, int(schema::SearchTag::Event), id.value).empty())
                ids.append(id);
        }
    } catch (const DatabaseError& e) {
        return Error{QStringLiteral("searching for \"%1\" failed (%2)").arg(query, e.message())};
    }
    return ids;
}

ProjectStats Project::stats() const
{
    ProjectStats stats = counts();
    stats.span = m_events.span();
    return stats;
}

ProjectStats Project::counts(std::optional<qint64> events) const
{
    ProjectStats stats;
    stats.schemaVersion = m_connection->schemaVersion();
    stats.actors = m_actors.count();
    stats.events = events ? *events : m_events.count();
    stats.statements = m_statements.count();
    stats.sources = m_sources.count();
    stats.annotations = m_annotations.count();
    return stats;
}

QString Project::lastChangedBy(Entity entity, qint64 id) const
{
    try {
        return m_connection->lastChangedBy(entity, id);
    } catch (const DatabaseError&) {
        return {};
    }
}

QString Project::integrityCheck() const
{
    return m_connection->integrityCheck();
}

} // namespace attache
