// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QList>
#include <QPointer>

#include "storage/connection.h"

struct pg_conn;
class QSocketNotifier;
class QTimer;

namespace attache {

/// A team project on a PostgreSQL server, through libpq. One database holds one project. Statements run with the
/// extended protocol (parameters never spliced into SQL); `?N` placeholders are turned into `$N`. Each commit
/// carries what it changed to the other clients by NOTIFY, and what the others commit comes back through the same
/// ChangeNotifier the views listen to. Internal to storage/.
class PgConnection final : public Connection
{
public:
    /// Connects; throws DatabaseError with the server's or libpq's reason. `password` may be empty (then libpq
    /// looks in ~/.pgpass and the environment).
    PgConnection(const QString& url, const QString& password, ChangeNotifier* notifier);
    ~PgConnection() override;

    Backend backend() const override { return Backend::PostgreSQL; }

    std::unique_ptr<SqlQuery> query(const char* sql) override;
    void exec(const char* sql) override;
    int schemaVersion() override;
    QString integrityCheck() override;
    std::vector<TextHit> search(const SearchTerms& terms, int limit, int onlyTag, qint64 onlyId) override;

    QString lastChangedBy(Entity entity, qint64 id) override;

    /// Whether the database holds an Attaché project (its marker table).
    bool hasProject();
    /// Why this role may not change the project, or empty when it may.
    QString readOnlyBecause();
    /// The role this connection logged in as.
    QString user() const;
    /// The server process serving this connection (what other clients see as a notification's sender).
    int serverProcess() const;

    /// Reconnects when the connection was lost; true when it is (again) up. A reconnection reports a reset to the
    /// views, since what others did meanwhile was not heard.
    bool ensureConnected();

    /// The payload NOTIFY carries for a change set, and back (an empty or unreadable payload is a reset).
    static QByteArray payload(const ChangeSet& changes);
    static ChangeSet fromPayload(QByteArrayView payload);
    /// The tsquery text for the terms: every word a prefix, a phrase's words in sequence.
    static QString tsQuery(const SearchTerms& terms);
    /// Turns `?N`/`?` placeholders into `$N`, numbered in order of first use; `used[i]` is the position given to
    /// parameter i + 1 (0 when the text does not use it).
    static QByteArray translate(const char* sql, std::vector<int>& used);

    bool isConnected() const;
    /// Tells the window the connection is lost (once), and tries again every few seconds.
    void reportLost(const QString& reason);

    /// libpq's connection, for the queries.
    pg_conn* handle() const { return m_conn; }
    /// Takes what libpq has received of other clients' notifications and hands them to the views (soon, from the
    /// event loop). Called after every statement, since libpq reads notifications along with results.
    void collectNotifications();
    /// Raises DatabaseError for a failed statement, saying when the connection itself is gone.
    [[noreturn]] void fail(const QString& reason);

protected:
    void beginTransaction() override;
    void aboutToCommit(const ChangeSet& changes) override;
    bool inTransaction() override;
    std::unique_ptr<SqlQuery> newQuery(const char* sql) override { return query(sql); }

private:
    void listen();
    void onReadable();
    /// Reports the loss once and tries again every few seconds until the connection is back.
    void lost(const QString& reason);
    void queueDelivery(int delayMs = 0);
    void deliver();

    pg_conn* m_conn = nullptr;
    std::unique_ptr<QSocketNotifier> m_socket;
    std::unique_ptr<QTimer> m_retry;
    bool m_lost = false;
    QList<ChangeSet> m_inbox;
    bool m_deliveryQueued = false;
};

} // namespace attache
