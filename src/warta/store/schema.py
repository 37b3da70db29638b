"""The store's schema as code: an ordered list of migrations and the table that says which ran.

Migration ``n`` (1-based position in :data:`MIGRATIONS`) brings a store from version ``n - 1``
to ``n``. Each runs in its own transaction together with the version bump, so a store is
always at exactly one version. Never edit a released migration: append a new one.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from warta.errors import Code, WartaError

Migration = Callable[[sqlite3.Connection], None]


def _initial(db: sqlite3.Connection) -> None:
    """Articles and their versions, canonical entities, per-article annotations, corpus results."""
    run_script(db, """
        -- One row per logical article (a URL, or a source path when there is no URL).
        -- Its public id is "a<id>"; "latest" is the version the analysis shows.
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            latest INTEGER
        );
        -- Every distinct content (sha256 of the raw input) of an article, numbered 1, 2, ...
        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            article INTEGER NOT NULL REFERENCES articles(id),
            number INTEGER NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            ingested TEXT NOT NULL,
            record TEXT NOT NULL
        );
        CREATE INDEX versions_article ON versions(article);
        -- Canonical entities store-wide; public id "e<id>". "key" is how later ingests find them.
        CREATE TABLE entities (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            kb_id TEXT,
            gazetteer_id TEXT,
            aliases TEXT NOT NULL,
            roles TEXT NOT NULL,
            relations TEXT NOT NULL
        );
        -- Every name key (gazetteer row, name, alias) that leads to an entity.
        CREATE TABLE entity_keys (
            key TEXT PRIMARY KEY,
            entity INTEGER NOT NULL REFERENCES entities(id)
        );
        CREATE TABLE mentions (
            version INTEGER NOT NULL REFERENCES versions(id),
            entity INTEGER NOT NULL REFERENCES entities(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL
        );
        CREATE INDEX mentions_version ON mentions(version);
        CREATE INDEX mentions_entity ON mentions(entity);
        -- Time expressions, quotes, events and claims found in one article version (JSON records).
        CREATE TABLE annotations (
            version INTEGER NOT NULL REFERENCES versions(id),
            kind TEXT NOT NULL CHECK (kind IN ('timex', 'quote', 'event', 'claim')),
            position INTEGER NOT NULL,
            record TEXT NOT NULL,
            PRIMARY KEY (version, kind, position)
        );
        CREATE INDEX annotations_kind ON annotations(kind, version);
        -- Results of the cross-article step (stories, timeline, claims, summary ...), one JSON
        -- list per name, and small state (counters, incremental clusterer state).
        CREATE TABLE corpus (name TEXT PRIMARY KEY, record TEXT NOT NULL);
        CREATE TABLE state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        -- Full-text search: one row per article, quote and entity. What a row is lives in
        -- search_refs under the same rowid, so a row is found and deleted without a scan.
        CREATE VIRTUAL TABLE search USING fts5(
            title, body, tokenize = 'unicode61 remove_diacritics 2'
        );
        CREATE TABLE search_refs (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('article', 'quote', 'entity')),
            ref TEXT NOT NULL,
            article TEXT
        );
        CREATE INDEX search_refs_ref ON search_refs(kind, ref);
        CREATE INDEX search_refs_article ON search_refs(article);
    """)


def _story_tables(db: sqlite3.Connection) -> None:
    """Cross-article results kept per story, so an ingest rewrites only the stories it touched.

    The single-list ``corpus`` rows of version 1 are dropped, and so is the clusterer state:
    the next corpus update clusters every article once more and fills the new tables.
    """
    run_script(db, """
        -- Each story: its Story record, its number (s12 → 12) that orders lists, and what the
        -- story list shows (outlets as a JSON list, first and last publication day, articles).
        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            number INTEGER NOT NULL,
            record TEXT NOT NULL,
            outlets TEXT NOT NULL DEFAULT '[]',
            first_day TEXT,
            last_day TEXT,
            size INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX stories_number ON stories(number);
        CREATE INDEX stories_newest ON stories(last_day);
        -- What lists of articles show, without parsing the whole record (latest version).
        CREATE TABLE article_facts (
            article INTEGER PRIMARY KEY REFERENCES articles(id),
            source TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            title TEXT,
            outlet TEXT,
            outlet_name TEXT,
            published TEXT,
            published_source TEXT,
            language TEXT
        );
        CREATE INDEX article_facts_published ON article_facts(published);
        INSERT INTO article_facts
            SELECT a.id, json_extract(v.record, '$.source'), v.sha256, json_extract(v.record, '$.title'),
                   json_extract(v.record, '$.outlet'), json_extract(v.record, '$.outlet_name'),
                   json_extract(v.record, '$.published'), json_extract(v.record, '$.published_source'),
                   json_extract(v.record, '$.language')
            FROM articles a JOIN versions v ON v.id = a.latest;
        -- Which story an article is in, and the version of it the cross-article step last saw.
        CREATE TABLE story_members (
            article INTEGER PRIMARY KEY REFERENCES articles(id),
            story TEXT NOT NULL,
            version INTEGER NOT NULL
        );
        CREATE INDEX story_members_story ON story_members(story);
        -- What the cross-article step made for one story: merged events, claims, timeline,
        -- summary, errors. "sort" orders a part store-wide (the timeline by date).
        CREATE TABLE story_results (
            part TEXT NOT NULL,
            sort TEXT NOT NULL,
            story_number INTEGER NOT NULL,
            position INTEGER NOT NULL,
            story TEXT NOT NULL,
            record TEXT NOT NULL,
            PRIMARY KEY (part, sort, story_number, position)
        ) WITHOUT ROWID;
        CREATE INDEX story_results_story ON story_results(story);
        -- Near-duplicates store-wide: an article (latest version) and the earlier one it repeats.
        CREATE TABLE duplicates (
            article INTEGER PRIMARY KEY REFERENCES articles(id),
            duplicate_of INTEGER NOT NULL,
            similarity REAL NOT NULL
        );
        CREATE INDEX duplicates_of ON duplicates(duplicate_of);
        -- The duplicate index: each article's shingle hashes (with a digest of the whole set,
        -- which finds verbatim copies) and its MinHash LSH band keys.
        CREATE TABLE dup_shingles (article INTEGER PRIMARY KEY, shingles BLOB NOT NULL, digest BLOB NOT NULL);
        CREATE INDEX dup_shingles_digest ON dup_shingles(digest);
        CREATE TABLE dup_bands (key INTEGER NOT NULL, article INTEGER NOT NULL);
        CREATE INDEX dup_bands_key ON dup_bands(key);
        CREATE INDEX dup_bands_article ON dup_bands(article);
        -- Entities a quote or event names as speaker or actor, by article version (entity pages).
        CREATE TABLE entity_refs (
            entity INTEGER NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (entity, version)
        ) WITHOUT ROWID;
        DELETE FROM corpus;
        DELETE FROM state WHERE name IN ('story_clusterer', 'corpus_generation');
    """)
    for path in ("$.speaker.entity", "$.source.entity", "$.target.entity"):
        db.execute(
            "INSERT OR IGNORE INTO entity_refs (entity, version) "
            "SELECT CAST(substr(json_extract(record, ?), 2) AS INTEGER), version FROM annotations "
            "WHERE kind IN ('quote', 'event') AND json_extract(record, ?) LIKE 'e%'", (path, path))


MIGRATIONS: list[Migration] = [_initial, _story_tables]
STORY_TABLES_VERSION = MIGRATIONS.index(_story_tables) + 1  # stores below it get their stories anew


def current_version(db: sqlite3.Connection) -> int:
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    row = db.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0] or 0)


def migrate(db: sqlite3.Connection, path: Path) -> int:
    """Run the migrations this store has not had yet; return the version it is at now."""
    found = current_version(db)
    if found > len(MIGRATIONS):
        raise WartaError(Code.STORE_TOO_NEW, {"path": path, "found": found, "known": len(MIGRATIONS)})
    for version, migration in enumerate(MIGRATIONS[found:], start=found + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            migration(db)
            db.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def run_script(db: sqlite3.Connection, script: str) -> None:
    """Run a script statement by statement (``executescript`` would commit the open transaction)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement in migration: {pending.strip()[:80]}")
