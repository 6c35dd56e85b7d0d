// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <libpq-fe.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>

#include <QCoreApplication>
#include <QFile>
#include <QUrl>

namespace attache::test {
namespace {

// ctest counts a test that exits with this code as skipped (SKIP_RETURN_CODE).
constexpr int skipCode = 77;

QString clusterFolder()
{
    return qEnvironmentVariable("ATTACHE_TEST_PG_DIR");
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("ATTACHE_TEST_BACKEND") == QLatin1String("postgresql");
}

QString serverUrl(const QString& database)
{
    QFile socket(clusterFolder() + QStringLiteral("/socket"));
    if (clusterFolder().isEmpty() || !socket.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "SKIP: no PostgreSQL cluster to test against (its binaries are missing: packaging/setup.sh "
                             "installs postgresql-15)\n");
        std::exit(skipCode);
    }
    const QString folder = QString::fromUtf8(socket.readAll()).trimmed();
    return QStringLiteral("postgresql://attache@/%1?host=%2").arg(database, folder);
}

void execOnServer(const QString& url, const QString& sql)
{
    PGconn* conn = PQconnectdb(url.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        qFatal("cannot reach the test cluster at %s: %s", qPrintable(url), PQerrorMessage(conn));
    PGresult* result = PQexec(conn, sql.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        qFatal("%s failed on the test cluster: %s", qPrintable(sql), PQresultErrorMessage(result));
    PQclear(result);
    PQfinish(conn);
}

QString freshDatabase()
{
    static int made = 0;
    const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
    execOnServer(serverUrl(QStringLiteral("postgres")), QStringLiteral("CREATE DATABASE %1").arg(name));
    return serverUrl(name);
}

QString databaseOf(const QString& url)
{
    return QUrl(url).path().mid(1);
}

QString asRole(const QString& url, const QString& role, bool mayWrite)
{
    execOnServer(serverUrl(QStringLiteral("postgres")),
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN CREATE ROLE %1 LOGIN; "
                       "END IF; END $$")
            .arg(role));
    execOnServer(url, mayWrite ? QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1; "
                                                "GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %1")
                                     .arg(role)
                               : QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(role));
    QString address = url;
    address.replace(QStringLiteral("postgresql://attache@"), QStringLiteral("postgresql://%1@").arg(role));
    return address;
}

void cutConnections(const QString& url)
{
    execOnServer(serverUrl(QStringLiteral("postgres")),
        QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()")
            .arg(databaseOf(url)));
}

void execRaw(const QString& location, const QString& sql)
{
    if (location.startsWith(QLatin1String("postgresql://"))) {
        execOnServer(location, sql);
        return;
    }
    sqlite3* db = nullptr;
    char* message = nullptr;
    if (sqlite3_open_v2(location.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK
        || sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("%s failed on %s: %s", qPrintable(sql), qPrintable(location), message ? message : sqlite3_errmsg(db));
    sqlite3_close(db);
}

} // namespace attache::test
