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

/// Runs SQL on a project's storage directly, file or server, as another tool writing to its tables would.
void execRaw(const QString& location, const QString& sql);

} // namespace attache::test
