// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace SQLite {
class Database;
}

namespace attache {
class Connection;
}

namespace attache::schema {

/// `PRAGMA application_id` of every Attaché project: "ATTC".
inline constexpr std::int32_t applicationId = 0x41545443;
/// The schema version this build writes (`PRAGMA user_version`).
inline constexpr int currentVersion = 4;

/// Creates the current schema in an empty database. The caller holds the transaction.
void create(SQLite::Database& db);
/// Creates the schema as it was at `version` (1 to currentVersion), for tests of the upgrade path.
void createAt(SQLite::Database& db, int version);
/// Upgrades from `fromVersion` to currentVersion, step by step. The caller holds the transaction.
void migrate(SQLite::Database& db, int fromVersion);

/// Creates the current schema in an empty PostgreSQL database (a team project). The caller holds the transaction.
/// A server's project starts at the version of the build that made it and is upgraded the same way, by version.
void createOnServer(Connection& connection);

/// Full-text rows carry the entity in their low three bits: rowid = id * 8 + tag.
enum class SearchTag : int { Actor = 1, Event = 2, Statement = 3, Source = 4 };

} // namespace attache::schema
