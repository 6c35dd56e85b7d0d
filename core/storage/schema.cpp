// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/schema.h"

#include <iterator>

#include <SQLiteCpp/Database.h>

#include <QString>

#include "storage/connection.h"
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


// The same project on a PostgreSQL server, at the current version. What a file keeps in PRAGMAs goes in a table of
// its own (attache_project: application and schema). Ids come from a sequence per table through one trigger, which
// also moves the sequence past an id given explicitly (undo restoring a row, a project pushed from a file). Full-text
// search is a generated tsvector per table (title words weigh A, the rest B) with a GIN index, its words without
// case or accents (the unaccent extension, which comes with PostgreSQL).
constexpr const char* server = R"sql(
CREATE TABLE attache_project (key text PRIMARY KEY, value text NOT NULL);

-- Words are matched without case or accents, as the file's unicode61 tokenizer with remove_diacritics does.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION attache_words (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION attache_words ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION attache_row_id() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sequence regclass := (TG_TABLE_NAME || '_id_seq')::regclass;
BEGIN
    IF NEW.id IS NULL THEN
        NEW.id := nextval(sequence);
    ELSIF NEW.id > coalesce(pg_sequence_last_value(sequence), 0) THEN
        PERFORM setval(sequence, NEW.id);
    END IF;
    RETURN NEW;
END $$;

CREATE FUNCTION attache_json_words(list text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT translate(list, '[]",', '    ')
$$;

CREATE SEQUENCE actor_id_seq;
CREATE TABLE actor (
    id             bigint PRIMARY KEY,
    name           text NOT NULL CHECK (name <> ''),
    kind           text NOT NULL,
    aliases        text NOT NULL DEFAULT '[]',
    role           text NOT NULL DEFAULT '',
    affiliation_id bigint REFERENCES actor(id) ON DELETE SET NULL,
    country        text NOT NULL DEFAULT '',
    notes          text NOT NULL DEFAULT '',
    changed_by     text NOT NULL DEFAULT current_user,
    search         tsvector GENERATED ALWAYS AS (setweight(to_tsvector('attache_words', name), 'A')
        || setweight(to_tsvector('attache_words', attache_json_words(aliases) || ' ' || role || ' ' || notes), 'B')) STORED
);
CREATE INDEX actor_by_affiliation ON actor(affiliation_id);
CREATE INDEX actor_search ON actor USING gin(search);

CREATE SEQUENCE event_id_seq;
CREATE TABLE event (
    id        bigint PRIMARY KEY,
    title     text NOT NULL CHECK (title <> ''),
    kind      text NOT NULL,
    status    text NOT NULL,
    start     text NOT NULL,
    "end"     text NOT NULL DEFAULT '',
    earliest  bigint NOT NULL,
    latest    bigint NOT NULL,
    location  text NOT NULL DEFAULT '',
    summary   text NOT NULL DEFAULT '',
    parent_id bigint REFERENCES event(id) ON DELETE SET NULL,
    tags      text NOT NULL DEFAULT '[]',
    cameo     text NOT NULL DEFAULT '',
    changed_by text NOT NULL DEFAULT current_user,
    search    tsvector GENERATED ALWAYS AS (setweight(to_tsvector('attache_words', title), 'A')
        || setweight(to_tsvector('attache_words', summary || ' ' || location), 'B')) STORED
);
CREATE INDEX event_by_time ON event(earliest, latest, id);
CREATE INDEX event_by_parent ON event(parent_id);
CREATE INDEX event_search ON event USING gin(search);

CREATE TABLE event_participant (
    event_id bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    actor_id bigint NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    role     text NOT NULL,
    position integer NOT NULL,
    PRIMARY KEY (event_id, actor_id)
);
CREATE INDEX participant_by_actor ON event_participant(actor_id);

CREATE SEQUENCE source_id_seq;
CREATE TABLE source (
    id           bigint PRIMARY KEY,
    title        text NOT NULL DEFAULT '',
    outlet       text NOT NULL DEFAULT '',
    authors      text NOT NULL DEFAULT '[]',
    url          text NOT NULL DEFAULT '',
    published    text NOT NULL DEFAULT '',
    retrieved    text NOT NULL DEFAULT '',
    text         text NOT NULL DEFAULT '',
    content_hash text NOT NULL DEFAULT '',
    reliability  text NOT NULL DEFAULT '',
    original     text NOT NULL DEFAULT '',
    changed_by   text NOT NULL DEFAULT current_user,
    search       tsvector GENERATED ALWAYS AS (setweight(to_tsvector('attache_words', title), 'A')
        || setweight(to_tsvector('attache_words', outlet || ' ' || text), 'B')) STORED
);
CREATE INDEX source_by_hash ON source(content_hash);
CREATE INDEX source_search ON source USING gin(search);

CREATE SEQUENCE statement_id_seq;
CREATE TABLE statement (
    id         bigint PRIMARY KEY,
    speaker_id bigint NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
    text       text NOT NULL CHECK (text <> ''),
    kind       text NOT NULL,
    said       text NOT NULL DEFAULT '',
    earliest   bigint NOT NULL DEFAULT 0,
    venue_id   bigint REFERENCES event(id) ON DELETE SET NULL,
    source_id  bigint REFERENCES source(id) ON DELETE SET NULL,
    span_start bigint NOT NULL DEFAULT -1,
    span_end   bigint NOT NULL DEFAULT -1,
    changed_by text NOT NULL DEFAULT current_user,
    search     tsvector GENERATED ALWAYS AS (setweight(to_tsvector('attache_words', text), 'B')) STORED
);
CREATE INDEX statement_by_speaker ON statement(speaker_id);
CREATE INDEX statement_by_venue ON statement(venue_id);
CREATE INDEX statement_by_source ON statement(source_id);
CREATE INDEX statement_search ON statement USING gin(search);

CREATE TABLE statement_about (
    statement_id bigint NOT NULL REFERENCES statement(id) ON DELETE CASCADE,
    event_id     bigint NOT NULL REFERENCES event(id) ON DELETE CASCADE,
    PRIMARY KEY (statement_id, event_id)
);
CREATE INDEX about_by_event ON statement_about(event_id);

CREATE SEQUENCE annotation_id_seq;
CREATE TABLE annotation (
    id          bigint PRIMARY KEY,
    source_id   bigint NOT NULL REFERENCES source(id) ON DELETE CASCADE,
    start       bigint NOT NULL,
    "end"       bigint NOT NULL,
    exact       text NOT NULL DEFAULT '',
    prefix      text NOT NULL DEFAULT '',
    suffix      text NOT NULL DEFAULT '',
    kind        text NOT NULL,
    target_type text NOT NULL DEFAULT 'none',
    target_id   bigint NOT NULL DEFAULT 0,
    credibility integer NOT NULL DEFAULT 0 CHECK (credibility BETWEEN 0 AND 6),
    comment     text NOT NULL DEFAULT '',
    created     text NOT NULL DEFAULT '',
    anchored    integer NOT NULL DEFAULT 1 CHECK (anchored IN (0, 1)),
    changed_by  text NOT NULL DEFAULT current_user,
    CHECK (start >= 0 AND "end" >= start)
);
CREATE INDEX annotation_by_source ON annotation(source_id, start);
CREATE INDEX annotation_by_target ON annotation(target_type, target_id);

CREATE TRIGGER actor_id BEFORE INSERT ON actor FOR EACH ROW EXECUTE FUNCTION attache_row_id();
CREATE TRIGGER event_id BEFORE INSERT ON event FOR EACH ROW EXECUTE FUNCTION attache_row_id();
CREATE TRIGGER source_id BEFORE INSERT ON source FOR EACH ROW EXECUTE FUNCTION attache_row_id();
CREATE TRIGGER statement_id BEFORE INSERT ON statement FOR EACH ROW EXECUTE FUNCTION attache_row_id();
CREATE TRIGGER annotation_id BEFORE INSERT ON annotation FOR EACH ROW EXECUTE FUNCTION attache_row_id();

-- Who last changed each row: the role of the session that wrote it, said when another analyst's edit would overwrite it.
CREATE FUNCTION attache_changed_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.changed_by := current_user;
    RETURN NEW;
END $$;
CREATE TRIGGER actor_changed BEFORE UPDATE ON actor FOR EACH ROW EXECUTE FUNCTION attache_changed_by();
CREATE TRIGGER event_changed BEFORE UPDATE ON event FOR EACH ROW EXECUTE FUNCTION attache_changed_by();
CREATE TRIGGER source_changed BEFORE UPDATE ON source FOR EACH ROW EXECUTE FUNCTION attache_changed_by();
CREATE TRIGGER statement_changed BEFORE UPDATE ON statement FOR EACH ROW EXECUTE FUNCTION attache_changed_by();
CREATE TRIGGER annotation_changed BEFORE UPDATE ON annotation FOR EACH ROW EXECUTE FUNCTION attache_changed_by();

CREATE FUNCTION attache_target_gone() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE annotation SET target_type = 'none', target_id = 0 WHERE target_type = TG_ARGV[0] AND target_id = OLD.id;
    RETURN NULL;
END $$;
CREATE TRIGGER actor_gone AFTER DELETE ON actor FOR EACH ROW EXECUTE FUNCTION attache_target_gone('actor');
CREATE TRIGGER event_gone AFTER DELETE ON event FOR EACH ROW EXECUTE FUNCTION attache_target_gone('event');
CREATE TRIGGER statement_gone AFTER DELETE ON statement FOR EACH ROW EXECUTE FUNCTION attache_target_gone('statement');
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

void createOnServer(Connection& connection)
{
    connection.exec(server);
    auto& s = connection.prepare("INSERT INTO attache_project (key, value) VALUES ('application', ?1), ('schema', ?2)");
    s.bind(1, QStringLiteral("Attaché"));
    s.bind(2, QString::number(currentVersion));
    s.run();
}

} // namespace attache::schema
