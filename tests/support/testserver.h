// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace attache::test {

/// Whether this run of a test suite keeps its projects on the throwaway PostgreSQL cluster (ATTACHE_TEST_BACKEND=
/// postgresql, set by ctest for the suites' second run) rather than in files.
bool onServer();

/// The throwaway cluster's address for a database `name` (postgresql://…?host=SOCKET_FOLDER). A run on the server
/// without a cluster (the PostgreSQL binaries are missing) ends the program with ctest's skip code, saying so.
QString serverUrl(const QString& database);

/// Creates a new, empty database on the cluster and gives its address.
QString freshDatabase();

/// Runs SQL on a database of the cluster as its superuser, outside any project (to set up roles, or to play
/// another tool writing to the tables). Fails the program on an error.
void execOnServer(const QString& url, const QString& sql);

/// The database a cluster address names.
QString databaseOf(const QString& url);
/// The address of the same database for another analyst: a login role of their own (made on first use) that may
/// write, or only read.
QString asRole(const QString& url, const QString& role, bool mayWrite);
/// Ends every other connection to the database at `url`, as a server restart or a network failure would.
void cutConnections(const QString& url);

/// Runs SQL on a project's storage directly, file or server, as another tool writing to its tables would.
void execRaw(const QString& location, const QString& sql);

} // namespace attache::test
