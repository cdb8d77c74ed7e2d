//! The event store: one SQLite file holding documents, deduplicated events and the mentions
//! that link each event to the sentences that report it (the shape of GDELT 2.0's Events and
//! Mentions tables).
//!
//! * Takes [`NewDocument`]s (a document with its coded mentions, built by the caller from the
//!   coder's output) and gives back what was added ([`BatchStats`]).
//! * A document is identified by the hash of its text, and by its URL when it has one: adding
//!   it again adds nothing.
//! * An event is one row per (date, source, target, code); every report of it is a mention,
//!   and `num_mentions`, `num_articles`, `num_sources` are recounted from the mentions each
//!   time they change, so they can never drift.
//! * Each batch is one transaction in WAL mode: a crash loses at most the batch in flight, and
//!   the next run adds it.
//! * The schema version lives in `PRAGMA user_version`; a file from a newer hadath is refused.
//!
//! The store knows nothing of the coder: it stores codes and texts. Queries are in [`query`],
//! exports in [`export`].

pub mod export;
#[cfg(feature = "parquet")]
mod parquet;
pub mod query;
mod schema;
mod time;
pub mod views;

use std::path::Path;

use rusqlite::{Connection, OptionalExtension, Transaction, params};

pub use query::{CountBy, EventFilter, EventRow};

/// What can go wrong with the store.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: cannot open the database: {source}")]
    Open { path: String, source: rusqlite::Error },
    #[error("{path}: written by a newer hadath (schema version {found}; this one knows up to {supported})")]
    NewerSchema { path: String, found: i64, supported: i64 },
    #[error("{path}: not a hadath database (it has tables of its own and no hadath schema)")]
    Foreign { path: String },
    #[error(
        "{path}: the disk (or the database's size limit) is full; this batch was not stored, everything stored before it is intact — free some space and run again"
    )]
    Full { path: String },
    #[error("{path}: cannot write to the database (read-only file, directory or medium); nothing was changed")]
    ReadOnly { path: String },
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("{0}")]
    Invalid(String),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

pub type Result<T> = std::result::Result<T, StoreError>;

impl StoreError {
    /// Names the two failures of a write that the user can act on: a full disk and a
    /// read-only file.
    fn on_write(self, path: &str) -> StoreError {
        use rusqlite::ErrorCode;
        match &self {
            StoreError::Sqlite(rusqlite::Error::SqliteFailure(e, _)) => match e.code {
                ErrorCode::DiskFull => StoreError::Full { path: path.to_string() },
                ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied => {
                    StoreError::ReadOnly { path: path.to_string() }
                }
                _ => self,
            },
            _ => self,
        }
    }
}

/// A document to store, with the mentions the coder found in it.
#[derive(Debug, Clone, Default)]
pub struct NewDocument {
    /// The input's own id (file stem or JSONL `id`).
    pub key: String,
    pub url: Option<String>,
    pub title: Option<String>,
    /// The outlet ("aawsat", "Reuters"): mentions from different outlets count as sources.
    pub source: Option<String>,
    pub lang: Option<String>,
    /// Publication date, `YYYY-MM-DD` (or a shorter partial date).
    pub date: Option<String>,
    pub text: String,
    pub sentences: u32,
    /// A fingerprint of the lexicons that coded it (for `recode`).
    pub lexicon: String,
    pub mentions: Vec<NewMention>,
}

/// One report of an event: where in which sentence, and the full record.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NewMention {
    pub date: Option<String>,
    pub source: String,
    pub target: Option<String>,
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: String,
    pub sentence_index: u32,
    pub sentence: String,
    /// Character offsets in the document text.
    pub sentence_span: [u32; 2],
    pub trigger_span: [u32; 2],
    pub source_text: String,
    pub source_span: [u32; 2],
    pub target_text: Option<String>,
    pub target_span: Option<[u32; 2]>,
    pub date_basis: String,
    /// The event record as `hadath code --format jsonl` prints it.
    pub record: String,
}

/// What one batch did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct BatchStats {
    pub documents_added: usize,
    /// Already stored (same text, or same URL).
    pub documents_known: usize,
    pub mentions_added: usize,
    /// Events that did not exist before the batch.
    pub events_added: usize,
}

impl std::ops::AddAssign for BatchStats {
    fn add_assign(&mut self, o: BatchStats) {
        self.documents_added += o.documents_added;
        self.documents_known += o.documents_known;
        self.mentions_added += o.mentions_added;
        self.events_added += o.events_added;
    }
}

/// Table sizes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Counts {
    pub documents: u64,
    pub events: u64,
    pub mentions: u64,
}

/// A stored document, for recoding.
#[derive(Debug, Clone)]
pub struct StoredDocument {
    pub id: i64,
    pub key: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub text: String,
    pub lexicon: String,
}

/// An open event store.
#[derive(Debug)]
pub struct Store {
    conn: Connection,
    path: String,
}

impl Store {
    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        let conn = Connection::open(path).map_err(|source| StoreError::Open { path: shown.clone(), source })?;
        Store::setup(conn, shown)
    }

    /// A store in memory (tests, "code this text" without saving).
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory()?;
        Store::setup(conn, ":memory:".into())
    }

    fn setup(conn: Connection, path: String) -> Result<Store> {
        // A file that is not SQLite at all fails here, with the file named.
        let wal: String = conn
            .query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))
            .map_err(|source| StoreError::Open { path: path.clone(), source })?;
        let _ = wal; // in-memory databases stay in "memory" mode
        conn.execute_batch(
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;",
        )?;
        let mut store = Store { conn, path };
        schema::migrate(&mut store.conn, &store.path).map_err(|e| e.on_write(&store.path))?;
        Ok(store)
    }

    /// Where the store lives.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The schema version of this file.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// Adds a batch of documents in one transaction: all of it is stored, or none.
    pub fn add_batch(&mut self, docs: &[NewDocument]) -> Result<BatchStats> {
        self.add_batch_inner(docs).map_err(|e| e.on_write(&self.path))
    }

    fn add_batch_inner(&mut self, docs: &[NewDocument]) -> Result<BatchStats> {
        let added_at = time::now_utc();
        let tx = self.conn.transaction()?;
        let indexed_up_to = last_sentence_id(&tx)?;
        let mut stats = BatchStats::default();
        let mut touched: Vec<i64> = Vec::new();
        for doc in docs {
            let hash = content_hash(&doc.text);
            if known_document(&tx, &hash, doc.url.as_deref())? {
                stats.documents_known += 1;
                continue;
            }
            tx.prepare_cached(
                "INSERT INTO documents (key, content_hash, url, title, source, lang, pub_date, text, sentences, lexicon, added_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            )?
            .execute(params![
                    doc.key,
                    hash,
                    doc.url,
                    doc.title,
                    doc.source,
                    doc.lang,
                    doc.date,
                    doc.text,
                    doc.sentences,
                    doc.lexicon,
                    added_at
                ])?;
            let document_id = tx.last_insert_rowid();
            stats.documents_added += 1;
            let (mentions, events) = insert_mentions(&tx, document_id, &doc.mentions, &mut touched)?;
            stats.mentions_added += mentions;
            stats.events_added += events;
        }
        recount(&tx, &mut touched)?;
        index_sentences_after(&tx, indexed_up_to)?;
        tx.commit()?;
        Ok(stats)
    }

    /// Whether a document with this text (or this URL) is stored already: a caller may skip
    /// coding it.
    pub fn is_known(&self, text: &str, url: Option<&str>) -> Result<bool> {
        known_document(&self.conn, &content_hash(text), url)
    }

    /// Documents coded with another lexicon than `lexicon` (all of them with `force`), in id
    /// order, at most `limit` from `after_id` on.
    pub fn documents_to_recode(&self, lexicon: &str, force: bool, after_id: i64, limit: usize) -> Result<Vec<StoredDocument>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, key, url, title, source, lang, pub_date, text, lexicon FROM documents
             WHERE id > ?1 AND (?2 OR lexicon <> ?3) ORDER BY id LIMIT ?4",
        )?;
        let rows = stmt.query_map(params![after_id, force, lexicon, limit as i64], |r| {
            Ok(StoredDocument {
                id: r.get(0)?,
                key: r.get(1)?,
                url: r.get(2)?,
                title: r.get(3)?,
                source: r.get(4)?,
                lang: r.get(5)?,
                date: r.get(6)?,
                text: r.get(7)?,
                lexicon: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Replaces the mentions of stored documents with newly coded ones, one transaction for
    /// the whole batch; events left without a mention disappear.
    pub fn replace_mentions(&mut self, batch: &[(i64, Vec<NewMention>)], lexicon: &str) -> Result<BatchStats> {
        self.replace_mentions_inner(batch, lexicon).map_err(|e| e.on_write(&self.path))
    }

    fn replace_mentions_inner(&mut self, batch: &[(i64, Vec<NewMention>)], lexicon: &str) -> Result<BatchStats> {
        let tx = self.conn.transaction()?;
        let mut stats = BatchStats::default();
        let mut touched: Vec<i64> = Vec::new();
        // All old rows go first, so that every sentence inserted below gets an id above
        // `indexed_up_to` (a deleted highest rowid may be handed out again).
        for (document_id, _) in batch {
            {
                let mut old = tx.prepare_cached("SELECT DISTINCT event_id FROM mentions WHERE document_id = ?1")?;
                let ids = old.query_map([document_id], |r| r.get::<_, i64>(0))?;
                for id in ids {
                    touched.push(id?);
                }
            }
            tx.execute("DELETE FROM mentions WHERE document_id = ?1", [document_id])?;
            tx.execute("DELETE FROM sentences WHERE document_id = ?1", [document_id])?;
        }
        let indexed_up_to = last_sentence_id(&tx)?;
        for (document_id, mentions) in batch {
            let (m, e) = insert_mentions(&tx, *document_id, mentions, &mut touched)?;
            stats.mentions_added += m;
            stats.events_added += e;
            tx.execute("UPDATE documents SET lexicon = ?2 WHERE id = ?1", params![document_id, lexicon])?;
        }
        recount(&tx, &mut touched)?;
        index_sentences_after(&tx, indexed_up_to)?;
        tx.execute("DELETE FROM events WHERE num_mentions = 0", [])?;
        tx.commit()?;
        Ok(stats)
    }

    /// How many documents, events and mentions the store holds.
    pub fn counts(&self) -> Result<Counts> {
        let count = |table: &str| -> Result<u64> {
            let n: i64 = self.conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))?;
            Ok(n.max(0) as u64)
        };
        Ok(Counts { documents: count("documents")?, events: count("events")?, mentions: count("mentions")? })
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }
}

/// The key of a document's content: BLAKE3 of its text, in hex.
pub fn content_hash(text: &str) -> String {
    blake3::hash(text.as_bytes()).to_hex().to_string()
}

fn known_document(conn: &Connection, hash: &str, url: Option<&str>) -> Result<bool> {
    let by_hash = conn
        .prepare_cached("SELECT 1 FROM documents WHERE content_hash = ?1")?
        .query_row([hash], |_| Ok(()))
        .optional()?
        .is_some();
    if by_hash {
        return Ok(true);
    }
    let Some(url) = url.filter(|u| !u.is_empty()) else { return Ok(false) };
    Ok(conn.prepare_cached("SELECT 1 FROM documents WHERE url = ?1")?.query_row([url], |_| Ok(())).optional()?.is_some())
}

/// Inserts mentions (creating their events as needed) and the sentences they come from.
/// Returns (mentions, new events); pushes the events touched.
fn insert_mentions(
    tx: &Transaction,
    document_id: i64,
    mentions: &[NewMention],
    touched: &mut Vec<i64>,
) -> Result<(usize, usize)> {
    let mut new_events = 0;
    let mut find_event =
        tx.prepare_cached("SELECT id FROM events WHERE date = ?1 AND source = ?2 AND target = ?3 AND code = ?4")?;
    let mut add_event = tx.prepare_cached(
        "INSERT INTO events (date, source, target, code, root, quad_class, goldstein, plover, first_document)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    )?;
    let mut add_mention = tx.prepare_cached(
        "INSERT INTO mentions (event_id, document_id, sentence_index, sentence_start, sentence_end, trigger_start, trigger_end,
                               source_text, source_start, source_end, target_text, target_start, target_end, date_basis, record)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
    )?;
    let mut add_sentence = tx.prepare_cached("INSERT INTO sentences (document_id, sentence_index, text) VALUES (?1, ?2, ?3)")?;
    let mut indexed: Vec<u32> = Vec::new();
    for m in mentions {
        let date = m.date.clone().unwrap_or_default();
        let target = m.target.clone().unwrap_or_default();
        let existing: Option<i64> = find_event.query_row(params![date, m.source, target, m.code], |r| r.get(0)).optional()?;
        let event_id = match existing {
            Some(id) => id,
            None => {
                add_event.execute(params![
                    date,
                    m.source,
                    target,
                    m.code,
                    m.root,
                    m.quad_class,
                    f64::from(m.goldstein),
                    m.plover,
                    document_id
                ])?;
                new_events += 1;
                tx.last_insert_rowid()
            }
        };
        add_mention.execute(params![
            event_id,
            document_id,
            m.sentence_index,
            m.sentence_span[0],
            m.sentence_span[1],
            m.trigger_span[0],
            m.trigger_span[1],
            m.source_text,
            m.source_span[0],
            m.source_span[1],
            m.target_text,
            m.target_span.map(|s| s[0]),
            m.target_span.map(|s| s[1]),
            m.date_basis,
            m.record,
        ])?;
        touched.push(event_id);
        if !indexed.contains(&m.sentence_index) {
            add_sentence.execute(params![document_id, m.sentence_index, m.sentence])?;
            indexed.push(m.sentence_index);
        }
    }
    Ok((mentions.len(), new_events))
}

/// The highest sentence row id (sentence ids only grow: `sentences.id` is the rowid and rows
/// are never updated in place).
fn last_sentence_id(tx: &Transaction) -> Result<i64> {
    Ok(tx.query_row("SELECT coalesce(max(id), 0) FROM sentences", [], |r| r.get(0))?)
}

/// Adds the sentences stored after `after_id` to the full-text index, in one statement:
/// FTS5 then writes its terms once per batch instead of once per sentence.
fn index_sentences_after(tx: &Transaction, after_id: i64) -> Result<()> {
    tx.execute("INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ?1", [after_id])?;
    Ok(())
}

/// Recounts the mentions, articles and outlets of the touched events.
fn recount(tx: &Transaction, touched: &mut Vec<i64>) -> Result<()> {
    touched.sort_unstable();
    touched.dedup();
    let mut stmt = tx.prepare_cached(
        "UPDATE events SET
            num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1),
            num_articles = (SELECT count(DISTINCT document_id) FROM mentions WHERE event_id = ?1),
            num_sources = (SELECT count(DISTINCT coalesce(d.source, 'document ' || d.id))
                           FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?1)
         WHERE id = ?1",
    )?;
    for id in touched.iter() {
        stmt.execute([id])?;
    }
    Ok(())
}

#[cfg(test)]
mod tests;
