// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include <iterator>

#include <SQLiteCpp/Database.h>

#include <QString>

#include "storage/storageerror.h"

namespace attache::schema {
namespace {

// Version 1. Enums are stored by their text names so the file reads well in any SQLite tool; dates as EDTF text
// plus their UTC millisecond bounds for ordering and range queries. Annotation targets are polymorphic, so
// triggers (not foreign keys) clear a target when its row goes. The full-text index is kept by triggers so that
// no write path, cascades included, can leave it stale.
constexpr const char* version1 = R"sql(
CREATE TABLE actor (
    id             INTEGER PRIMARY KEY,
    name           TEXT NOT NULL CHECK (name <> ''),
    kind           TEXT NOT NULL,
    aliases        TEXT NOT NULL DEFAULT '[]',
    role           TEXT NOT NULL DEFAULT '',
    affiliation_id INTEGER REFERENCES actor(id) ON DELETE SET NULL,
    country        TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actor_by_name ON actor(name COLLATE NOCASE);
CREATE INDEX actor_by_affiliation ON actor(affiliation_id);

CREATE TABLE event (
    id        INTEGER PRIMARY KEY,
    title     TEXT NOT NULL CHECK (title <> ''),
    kind      TEXT NOT NULL,
    status    TEXT NOT NULL,
    start     TEXT NOT NULL,
    "end"     TEXT NOT NULL DEFAULT '',
    earliest  INTEGER NOT NULL,
    latest    INTEGER NOT NULL,
    location  TEXT NOT NULL DEFAULT '',
    summary   TEXT NOT NULL DEFAULT '',
    parent_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
    tags      TEXT NOT NULL DEFAULT '[]',
    cameo     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_by_time ON event(earliest, latest);
CREATE INDEX event_by_parent ON event(parent_id);

CREATE TABLE event_participant (
    event_id INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX participant_by_actor ON event_participant(actor_id);

CREATE TABLE source (
    id           INTEGER PRIMARY KEY,
    title        TEXT NOT NULL DEFAULT '',
    outlet       TEXT NOT NULL DEFAULT '',
    authors      TEXT NOT NULL DEFAULT '[]',
    url          TEXT NOT NULL DEFAULT '',
    published    TEXT NOT NULL DEFAULT '',
    retrieved    TEXT NOT NULL DEFAULT '',
    text         TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    reliability  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX source_by_hash ON source(content_hash);

CREATE TABLE statement (
    id         INTEGER PRIMARY KEY,
    speaker_id INTEGER NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    text       TEXT NOT NULL CHECK (text <> ''),
    kind       TEXT NOT NULL,
    said       TEXT NOT NULL DEFAULT '',
    earliest   INTEGER NOT NULL DEFAULT 0,
    venue_id   INTEGER REFERENCES event(id) ON DELETE SET NULL,
    source_id  INTEGER REFERENCES source(id) ON DELETE SET NULL,
    span_start INTEGER NOT NULL DEFAULT -1,
    span_end   INTEGER NOT NULL DEFAULT -1
);
CREATE INDEX statement_by_speaker ON statement(speaker_id);
CREATE INDEX statement_by_venue ON statement(venue_id);
CREATE INDEX statement_by_source ON statement(source_id);

CREATE TABLE statement_about (
    statement_id INTEGER NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    event_id     INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, event_id)
) WITHOUT ROWID;
CREATE INDEX about_by_event ON statement_about(event_id);

CREATE TABLE annotation (
    id          INTEGER PRIMARY KEY,
    source_id   INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    exact       TEXT NOT NULL DEFAULT '',
    prefix      TEXT NOT NULL DEFAULT '',
    suffix      TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    target_type TEXT NOT NULL DEFAULT 'none',
    target_id   INTEGER NOT NULL DEFAULT 0,
    credibility INTEGER NOT NULL DEFAULT 0 CHECK (credibility BETWEEN 0 AND 6),
    comment     TEXT NOT NULL DEFAULT '',
    created     TEXT NOT NULL DEFAULT '',
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX annotation_by_source ON annotation(source_id, start);
CREATE INDEX annotation_by_target ON annotation(target_type, target_id);

CREATE TRIGGER actor_gone AFTER DELETE ON actor BEGIN
    UPDATE annotation SET target_type = 'none', target_id = 0 WHERE target_type = 'actor' AND target_id = old.id;
END;
CREATE TRIGGER event_gone AFTER DELETE ON event BEGIN
    UPDATE annotation SET target_type = 'none', target_id = 0 WHERE target_type = 'event' AND target_id = old.id;
END;
CREATE TRIGGER statement_gone AFTER DELETE ON statement BEGIN
    UPDATE annotation SET target_type = 'none', target_id = 0
        WHERE target_type = 'statement' AND target_id = old.id;
END;

CREATE VIRTUAL TABLE search USING fts5(title, body, tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO search(search, rank) VALUES ('rank', 'bm25(5.0, 1.0)');

CREATE TRIGGER actor_search_add AFTER INSERT ON actor BEGIN
    INSERT INTO search(rowid, title, body)
        VALUES (new.id * 8 + 1, new.name, coalesce((SELECT group_concat(value, ', ') FROM json_each(new.aliases)), '') || ' ' || new.role || ' ' || new.notes);
END;
CREATE TRIGGER actor_search_change AFTER UPDATE ON actor BEGIN
    UPDATE search SET title = new.name,
        body = coalesce((SELECT group_concat(value, ', ') FROM json_each(new.aliases)), '') || ' ' || new.role || ' ' || new.notes
        WHERE rowid = old.id * 8 + 1;
END;
CREATE TRIGGER actor_search_remove AFTER DELETE ON actor BEGIN
    DELETE FROM search WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER event_search_add AFTER INSERT ON event BEGIN
    INSERT INTO search(rowid, title, body)
        VALUES (new.id * 8 + 2, new.title, new.summary || ' ' || new.location);
END;
CREATE TRIGGER event_search_change AFTER UPDATE OF title, summary, location ON event BEGIN
    UPDATE search SET title = new.title, body = new.summary || ' ' || new.location WHERE rowid = old.id * 8 + 2;
END;
CREATE TRIGGER event_search_remove AFTER DELETE ON event BEGIN
    DELETE FROM search WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER statement_search_add AFTER INSERT ON statement BEGIN
    INSERT INTO search(rowid, title, body) VALUES (new.id * 8 + 3, '', new.text);
END;
CREATE TRIGGER statement_search_change AFTER UPDATE OF text ON statement BEGIN
    UPDATE search SET body = new.text WHERE rowid = old.id * 8 + 3;
END;
CREATE TRIGGER statement_search_remove AFTER DELETE ON statement BEGIN
    DELETE FROM search WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER source_search_add AFTER INSERT ON source BEGIN
    INSERT INTO search(rowid, title, body) VALUES (new.id * 8 + 4, new.title, new.outlet || ' ' || new.text);
END;
CREATE TRIGGER source_search_change AFTER UPDATE OF title, outlet, text ON source BEGIN
    UPDATE search SET title = new.title, body = new.outlet || ' ' || new.text WHERE rowid = old.id * 8 + 4;
END;
CREATE TRIGGER source_search_remove AFTER DELETE ON source BEGIN
    DELETE FROM search WHERE rowid = old.id * 8 + 4;
END;
)sql";

} // namespace

// The upgrade from each version to the next, in order: migrations[0] takes version 1 to 2.
// Version 2: sources keep the article as it was read (the original), beside the normalised text annotations index.
// Version 3: annotations say whether they are anchored (an edit of the source text can leave one unplaced).
// Version 4: the time index covers what the timeline reads of every event, in its order (time, then id), and the
// tagged events have an index of their own, so that opening a project reads two small indexes instead of the whole
// event table with its summaries (a third of the time to open a million events).
const char* const migrations[] = {
    "ALTER TABLE source ADD COLUMN original TEXT NOT NULL DEFAULT '';",
    "ALTER TABLE annotation ADD COLUMN anchored INTEGER NOT NULL DEFAULT 1 CHECK (anchored IN (0, 1));",
    "DROP INDEX event_by_time;"
    "CREATE INDEX event_by_time ON event(earliest, latest, id, kind, status, start);"
    "CREATE INDEX event_tagged ON event(tags) WHERE tags <> '[]';",
};
static_assert(std::size(migrations) == currentVersion - 1);

void createAt(SQLite::Database& db, int version)
{
    if (version < 1 || version > currentVersion)
        throw StorageError(QStringLiteral("there is no schema version %1").arg(version));
    db.exec(version1);
    for (int v = 1; v < version; ++v)
        db.exec(migrations[v - 1]);
    db.exec("PRAGMA user_version = " + std::to_string(version));
}

void create(SQLite::Database& db)
{
    createAt(db, currentVersion);
}

void migrate(SQLite::Database& db, int fromVersion)
{
    if (fromVersion < 1 || fromVersion >= currentVersion)
        throw StorageError(QStringLiteral("there is no upgrade from schema version %1").arg(fromVersion));
    for (int v = fromVersion; v < currentVersion; ++v)
        db.exec(migrations[v - 1]);
    db.exec("PRAGMA user_version = " + std::to_string(currentVersion));
}

} // namespace attache::schema
