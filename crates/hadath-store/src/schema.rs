//! Versioned schema migrations, recorded in `PRAGMA user_version`.
//!
//! Each entry of [`MIGRATIONS`] takes the schema from version `i` to `i + 1` and runs in one
//! transaction with the version bump, so a crash leaves the file at one version or the next.

use rusqlite::Connection;

use crate::{Result, StoreError};

/// Schema steps; the schema version is how many have run.
const MIGRATIONS: &[&str] = &[
    // 1: documents, events, mentions, and full-text search over the sentences of mentions.
    "
    CREATE TABLE documents (
        id            INTEGER PRIMARY KEY,
        key           TEXT NOT NULL,
        content_hash  TEXT NOT NULL UNIQUE,
        url           TEXT,
        title         TEXT,
        source        TEXT,
        lang          TEXT,
        pub_date      TEXT,
        text          TEXT NOT NULL,
        sentences     INTEGER NOT NULL,
        lexicon       TEXT NOT NULL,
        added_at      TEXT NOT NULL
    );
    CREATE INDEX documents_url ON documents(url) WHERE url IS NOT NULL;
    CREATE INDEX documents_key ON documents(key);

    CREATE TABLE events (
        id             INTEGER PRIMARY KEY,
        date           TEXT NOT NULL,
        source         TEXT NOT NULL,
        target         TEXT NOT NULL,
        code           TEXT NOT NULL,
        root           TEXT NOT NULL,
        quad_class     INTEGER NOT NULL,
        goldstein      REAL NOT NULL,
        plover         TEXT NOT NULL,
        num_mentions   INTEGER NOT NULL DEFAULT 0,
        num_articles   INTEGER NOT NULL DEFAULT 0,
        num_sources    INTEGER NOT NULL DEFAULT 0,
        first_document INTEGER,
        UNIQUE (date, source, target, code)
    );
    CREATE INDEX events_source ON events(source, date);
    CREATE INDEX events_target ON events(target, date);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX events_root ON events(root, date);

    CREATE TABLE mentions (
        id             INTEGER PRIMARY KEY,
        event_id       INTEGER NOT NULL REFERENCES events(id),
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        sentence_start INTEGER NOT NULL,
        sentence_end   INTEGER NOT NULL,
        trigger_start  INTEGER NOT NULL,
        trigger_end    INTEGER NOT NULL,
        source_text    TEXT NOT NULL,
        source_start   INTEGER NOT NULL,
        source_end     INTEGER NOT NULL,
        target_text    TEXT,
        target_start   INTEGER,
        target_end     INTEGER,
        date_basis     TEXT NOT NULL,
        record         TEXT NOT NULL
    );
    CREATE INDEX mentions_event ON mentions(event_id);
    CREATE INDEX mentions_document ON mentions(document_id);

    CREATE TABLE sentences (
        id             INTEGER PRIMARY KEY,
        document_id    INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        sentence_index INTEGER NOT NULL,
        text           TEXT NOT NULL
    );
    CREATE INDEX sentences_document ON sentences(document_id, sentence_index);
    CREATE VIRTUAL TABLE sentences_fts USING fts5(
        text, content = 'sentences', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER sentences_ai AFTER INSERT ON sentences BEGIN
        INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
    END;
    CREATE TRIGGER sentences_ad AFTER DELETE ON sentences BEGIN
        INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
    END;
    ",
    // 2: sentences are indexed once per batch by the store, not row by row by a trigger (a
    // trigger makes FTS5 flush its pending terms at every statement: four times slower).
    "
    DROP TRIGGER sentences_ai;
    CREATE INDEX documents_source ON documents(source);
    ",
];

/// The schema version this build writes.
pub(crate) const VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the file up to [`VERSION`]; refuses newer files and foreign databases.
pub(crate) fn migrate(conn: &mut Connection, path: &str) -> Result<()> {
    let found: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if found > VERSION {
        return Err(StoreError::NewerSchema { path: path.to_string(), found, supported: VERSION });
    }
    if found == 0 {
        let tables: i64 = conn.query_row("SELECT count(*) FROM sqlite_master WHERE type = 'table'", [], |r| r.get(0))?;
        if tables > 0 {
            return Err(StoreError::Foreign { path: path.to_string() });
        }
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(step)?;
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        tx.commit()?;
    }
    Ok(())
}
