//! Read-side views for the web workbench (`hadath serve`): read-only connections, totals for
//! paginated event lists, a timeline per day/week/month and quad class, an actor network, and
//! a document with every mention's spans and evidence.
//!
//! Like [`crate::query`], user input only ever reaches SQLite as bound parameters; the few
//! pieces of SQL chosen by a parameter (the bucket expression, the actor level) come from
//! fixed strings in this file.

use std::path::Path;

use rusqlite::types::Value;
use rusqlite::{Connection, OpenFlags, OptionalExtension, params, params_from_iter};

use crate::{EventFilter, Result, Store, StoreError, schema};

/// Stops the statement running on one connection, from another thread.
pub struct Interrupt(rusqlite::InterruptHandle);

impl std::fmt::Debug for Interrupt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Interrupt")
    }
}

impl Interrupt {
    /// Makes the statement running on the connection (if any) fail with "interrupted".
    pub fn interrupt(&self) {
        self.0.interrupt();
    }
}

/// Whether an error is a statement stopped by [`Interrupt::interrupt`].
pub fn is_interrupted(e: &StoreError) -> bool {
    matches!(
        e,
        StoreError::Sqlite(rusqlite::Error::SqliteFailure(f, _)) if f.code == rusqlite::ErrorCode::OperationInterrupted
    )
}

/// Timeline buckets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bucket {
    Day,
    /// Monday to Sunday, named by its Monday.
    Week,
    Month,
}

/// Which events a timeline counts. Code fields are code prefixes (`IRQ`, `IRQGOV`).
#[derive(Debug, Clone, Default)]
pub struct TimelineFilter {
    /// Either side.
    pub actor: Option<String>,
    /// A dyad: source and target (either may be left out).
    pub source: Option<String>,
    pub target: Option<String>,
    /// With a dyad: count the reverse direction too.
    pub both_directions: bool,
    /// Inclusive dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    pub to: Option<String>,
}

/// One bucket of a timeline.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct TimelinePoint {
    /// `YYYY-MM-DD` (day, Monday of the week) or `YYYY-MM`.
    pub period: String,
    pub events: u64,
    /// Events per quad class 1..4 (verbal/material cooperation, verbal/material conflict).
    pub quad: [u64; 4],
    /// Mean Goldstein value of the bucket's events.
    pub goldstein: f64,
    /// Mentions (reports) of the bucket's events.
    pub mentions: u64,
}

/// Node granularity of a network.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Full actor codes (`IRQGOV`).
    Actor,
    /// The first three letters (`IRQ`).
    Country,
}

/// Which events a network is drawn from.
#[derive(Debug, Clone)]
pub struct NetworkFilter {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Only edges with this code prefix on one end.
    pub actor: Option<String>,
    /// Only events of this quad class.
    pub quad_class: Option<u8>,
    pub level: Level,
    /// Edges with fewer events are left out.
    pub min_events: u64,
    /// At most this many edges, the heaviest.
    pub limit: usize,
}

/// A directed, weighted edge: the events one actor did to another.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct NetworkEdge {
    pub source: String,
    pub target: String,
    pub events: u64,
    /// Events of quad classes 1–2 and 3–4.
    pub cooperation: u64,
    pub conflict: u64,
    pub goldstein: f64,
    pub mentions: u64,
}

/// A stored document with every mention coded in it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DocumentView {
    pub id: i64,
    pub key: String,
    pub url: Option<String>,
    pub title: Option<String>,
    pub source: Option<String>,
    pub lang: Option<String>,
    pub date: Option<String>,
    pub text: String,
    pub sentences: i64,
    pub added_at: String,
    pub mentions: Vec<MentionView>,
}

/// One mention: its event, spans (character offsets into the document text) and record.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct MentionView {
    pub id: i64,
    pub event_id: i64,
    pub date: String,
    pub source: String,
    pub target: String,
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub sentence_index: i64,
    pub sentence_span: [i64; 2],
    pub trigger_span: [i64; 2],
    pub source_text: String,
    pub source_span: [i64; 2],
    pub target_text: Option<String>,
    pub target_span: Option<[i64; 2]>,
    pub date_basis: String,
    /// The event record as `hadath code --format jsonl` printed it (JSON text).
    pub record: String,
}

impl Store {
    /// Opens an existing store for reading only (many such connections may read beside one
    /// writer, thanks to WAL). The file must be at this build's schema version: open it once
    /// with [`Store::open`] to bring an older one up to date.
    pub fn open_read_only(path: &Path) -> Result<Store> {
        let shown = path.display().to_string();
        let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|source| StoreError::Open { path: shown.clone(), source })?;
        let found: i64 = conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .map_err(|source| StoreError::Open { path: shown.clone(), source })?;
        if found > schema::VERSION {
            return Err(StoreError::NewerSchema { path: shown, found, supported: schema::VERSION });
        }
        if found == 0 {
            return Err(StoreError::Foreign { path: shown });
        }
        if found < schema::VERSION {
            return Err(StoreError::Invalid(format!(
                "{shown}: schema version {found} is older than this hadath's {}; open it read-write once (e.g. `hadath ingest`) to upgrade",
                schema::VERSION
            )));
        }
        conn.execute_batch(
            "PRAGMA query_only = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32000; PRAGMA mmap_size = 2147418112;",
        )?;
        Ok(Store { conn, path: shown })
    }

    /// A handle that stops this connection's running statement from another thread.
    pub fn interrupt_handle(&self) -> Interrupt {
        Interrupt(self.conn.get_interrupt_handle())
    }

    /// SQLite's `PRAGMA data_version`: changes when another connection commits.
    pub fn data_version(&self) -> Result<i64> {
        Ok(self.conn.query_row("PRAGMA data_version", [], |r| r.get(0))?)
    }

    /// How many events the filter selects (its limit and offset ignored).
    pub fn count_selected(&self, filter: &EventFilter) -> Result<u64> {
        let all = EventFilter { limit: None, offset: 0, ..filter.clone() };
        self.count_matching(&all)
    }

    /// The first document reporting each event (by mention order), `None` for unknown ids.
    pub fn first_documents(&self, event_ids: &[i64]) -> Result<Vec<Option<i64>>> {
        let mut stmt = self.conn.prepare_cached("SELECT document_id FROM mentions WHERE event_id = ?1 ORDER BY id LIMIT 1")?;
        let mut out = Vec::with_capacity(event_ids.len());
        for id in event_ids {
            out.push(stmt.query_row([id], |r| r.get(0)).optional()?);
        }
        Ok(out)
    }

    /// Events per bucket and quad class, with the mean Goldstein value, for an actor or a
    /// dyad. Events whose date is not a full day are left out.
    pub fn timeline(&self, f: &TimelineFilter, bucket: Bucket) -> Result<Vec<TimelinePoint>> {
        let mut parts: Vec<String> = vec!["length(e.date) = 10".into()];
        let mut values: Vec<Value> = Vec::new();
        if let Some(actor) = nonempty(&f.actor) {
            let p = code_prefix(actor, "actor")?;
            parts.push("(e.source GLOB ? OR e.target GLOB ?)".into());
            values.push(p.clone());
            values.push(p);
        }
        let source = nonempty(&f.source).map(|s| code_prefix(s, "source")).transpose()?;
        let target = nonempty(&f.target).map(|t| code_prefix(t, "target")).transpose()?;
        if source.is_some() || target.is_some() {
            let any = || Value::Text("*".into());
            let (s, t) = (source.unwrap_or_else(any), target.unwrap_or_else(any));
            if f.both_directions {
                parts.push("((e.source GLOB ? AND e.target GLOB ?) OR (e.source GLOB ? AND e.target GLOB ?))".into());
                values.extend([s.clone(), t.clone(), t, s]);
            } else {
                parts.push("(e.source GLOB ? AND e.target GLOB ?)".into());
                values.extend([s, t]);
            }
        }
        push_dates(&mut parts, &mut values, &f.from, &f.to)?;
        let key = match bucket {
            Bucket::Day => "e.date",
            Bucket::Week => "date(e.date, 'weekday 0', '-6 days')",
            Bucket::Month => "substr(e.date, 1, 7)",
        };
        let sql = format!(
            "SELECT {key} AS period, e.quad_class, count(*), total(e.goldstein), total(e.num_mentions)
             FROM events e WHERE {} GROUP BY period, e.quad_class HAVING period IS NOT NULL ORDER BY period",
            parts.join(" AND ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let mut rows = stmt.query(params_from_iter(values.iter()))?;
        let mut out: Vec<TimelinePoint> = Vec::new();
        let mut sums: Vec<f64> = Vec::new();
        while let Some(r) = rows.next()? {
            let period: String = r.get(0)?;
            let quad: i64 = r.get(1)?;
            let n = r.get::<_, i64>(2)?.max(0) as u64;
            let goldstein: f64 = r.get(3)?;
            let mentions: f64 = r.get(4)?;
            if out.last().is_none_or(|p| p.period != period) {
                out.push(TimelinePoint { period, events: 0, quad: [0; 4], goldstein: 0.0, mentions: 0 });
                sums.push(0.0);
            }
            if let (Some(p), Some(sum)) = (out.last_mut(), sums.last_mut()) {
                p.events += n;
                if let Some(slot) = usize::try_from(quad - 1).ok().and_then(|i| p.quad.get_mut(i)) {
                    *slot += n;
                }
                p.mentions += mentions.max(0.0) as u64;
                *sum += goldstein;
            }
        }
        for (p, sum) in out.iter_mut().zip(sums) {
            if p.events > 0 {
                p.goldstein = (sum / p.events as f64 * 100.0).round() / 100.0;
            }
        }
        Ok(out)
    }

    /// The heaviest source→target edges of a period (an actor never acts on itself).
    pub fn network(&self, f: &NetworkFilter) -> Result<Vec<NetworkEdge>> {
        let (s, t) = match f.level {
            Level::Actor => ("e.source", "e.target"),
            Level::Country => ("substr(e.source, 1, 3)", "substr(e.target, 1, 3)"),
        };
        let mut parts: Vec<String> = vec!["e.target <> ''".into()];
        let mut values: Vec<Value> = Vec::new();
        if let Some(actor) = nonempty(&f.actor) {
            parts.push("(e.source GLOB ? OR e.target GLOB ?)".into());
            let p = code_prefix(actor, "actor")?;
            values.push(p.clone());
            values.push(p);
        }
        if let Some(q) = f.quad_class {
            if !(1..=4).contains(&q) {
                return Err(StoreError::Invalid(format!("quad class {q} is not 1, 2, 3 or 4")));
            }
            parts.push("e.quad_class = ?".into());
            values.push(Value::Integer(i64::from(q)));
        }
        push_dates(&mut parts, &mut values, &f.from, &f.to)?;
        values.push(Value::Integer(i64::try_from(f.min_events.max(1)).unwrap_or(i64::MAX)));
        values.push(Value::Integer(i64::try_from(f.limit).unwrap_or(i64::MAX)));
        let sql = format!(
            "SELECT {s} AS a, {t} AS b, count(*) AS n, total(e.quad_class <= 2), total(e.quad_class >= 3),
                    avg(e.goldstein), total(e.num_mentions)
             FROM events e WHERE {} GROUP BY a, b HAVING a <> b AND n >= ? ORDER BY n DESC, a, b LIMIT ?",
            parts.join(" AND ")
        );
        let mut stmt = self.conn.prepare(&sql)?;
        let rows = stmt.query_map(params_from_iter(values.iter()), |r| {
            Ok(NetworkEdge {
                source: r.get(0)?,
                target: r.get(1)?,
                events: r.get::<_, i64>(2)?.max(0) as u64,
                cooperation: r.get::<_, f64>(3)?.max(0.0) as u64,
                conflict: r.get::<_, f64>(4)?.max(0.0) as u64,
                goldstein: (r.get::<_, f64>(5)? * 100.0).round() / 100.0,
                mentions: r.get::<_, f64>(6)?.max(0.0) as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// A document and its mentions in text order; `None` if there is no such document.
    pub fn document(&self, id: i64) -> Result<Option<DocumentView>> {
        let doc = self
            .conn
            .query_row(
                "SELECT id, key, url, title, source, lang, pub_date, text, sentences, added_at FROM documents WHERE id = ?1",
                [id],
                |r| {
                    Ok(DocumentView {
                        id: r.get(0)?,
                        key: r.get(1)?,
                        url: r.get(2)?,
                        title: r.get(3)?,
                        source: r.get(4)?,
                        lang: r.get(5)?,
                        date: r.get(6)?,
                        text: r.get(7)?,
                        sentences: r.get(8)?,
                        added_at: r.get(9)?,
                        mentions: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut doc) = doc else { return Ok(None) };
        let mut stmt = self.conn.prepare_cached(
            "SELECT m.id, m.event_id, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein,
                    e.num_mentions, e.num_articles, m.sentence_index, m.sentence_start, m.sentence_end,
                    m.trigger_start, m.trigger_end, m.source_text, m.source_start, m.source_end,
                    m.target_text, m.target_start, m.target_end, m.date_basis, m.record
             FROM mentions m JOIN events e ON e.id = m.event_id
             WHERE m.document_id = ?1 ORDER BY m.sentence_index, m.trigger_start, m.id",
        )?;
        let rows = stmt.query_map(params![id], |r| {
            let target_span = match (r.get::<_, Option<i64>>(20)?, r.get::<_, Option<i64>>(21)?) {
                (Some(a), Some(b)) => Some([a, b]),
                _ => None,
            };
            Ok(MentionView {
                id: r.get(0)?,
                event_id: r.get(1)?,
                date: r.get(2)?,
                source: r.get(3)?,
                target: r.get(4)?,
                code: r.get(5)?,
                root: r.get(6)?,
                quad_class: r.get(7)?,
                goldstein: r.get(8)?,
                num_mentions: r.get(9)?,
                num_articles: r.get(10)?,
                sentence_index: r.get(11)?,
                sentence_span: [r.get(12)?, r.get(13)?],
                trigger_span: [r.get(14)?, r.get(15)?],
                source_text: r.get(16)?,
                source_span: [r.get(17)?, r.get(18)?],
                target_text: r.get(19)?,
                target_span,
                date_basis: r.get(22)?,
                record: r.get(23)?,
            })
        })?;
        doc.mentions = rows.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(Some(doc))
    }
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A GLOB pattern for a code prefix: letters and digits only, so no GLOB syntax gets in.
fn code_prefix(code: &str, what: &str) -> Result<Value> {
    let code = code.trim().to_ascii_uppercase();
    if code.is_empty() || !code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()) {
        return Err(StoreError::Invalid(format!("{what} {code:?} is not a code (letters and digits, e.g. IRQ, IRQGOV)")));
    }
    Ok(Value::Text(format!("{code}*")))
}

/// Adds inclusive date bounds (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), as [`crate::query`] does.
fn push_dates(parts: &mut Vec<String>, values: &mut Vec<Value>, from: &Option<String>, to: &Option<String>) -> Result<()> {
    if let Some(from) = nonempty(from) {
        parts.push("e.date <> '' AND e.date >= ?".into());
        values.push(Value::Text(check_date(from)?));
    }
    if let Some(to) = nonempty(to) {
        parts.push("e.date <> '' AND e.date <= ?".into());
        values.push(Value::Text(format!("{}\u{7f}", check_date(to)?)));
    }
    Ok(())
}

fn check_date(s: &str) -> Result<String> {
    let ok = match s.len() {
        4 => s.chars().all(|c| c.is_ascii_digit()),
        7 | 10 => s.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() }),
        _ => false,
    };
    if ok { Ok(s.to_string()) } else { Err(StoreError::Invalid(format!("{s:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{NewDocument, NewMention};

    fn mention(date: &str, source: &str, code: &str, quad: u8, target: &str) -> NewMention {
        NewMention {
            date: Some(date.into()),
            source: source.into(),
            target: Some(target.into()),
            code: code.into(),
            root: code[..2].into(),
            quad_class: quad,
            goldstein: if quad <= 2 { 4.0 } else { -8.0 },
            plover: String::new(),
            sentence_index: 0,
            sentence: "s".into(),
            sentence_span: [0, 5],
            trigger_span: [0, 2],
            source_text: "x".into(),
            source_span: [2, 3],
            target_text: Some("y".into()),
            target_span: Some([4, 5]),
            date_basis: "explicit".into(),
            record: "{}".into(),
        }
    }

    fn store() -> Store {
        let mut s = Store::open_in_memory().expect("store");
        let doc = NewDocument {
            key: "k".into(),
            text: "abcdefg".into(),
            sentences: 1,
            lexicon: "l".into(),
            lang: Some("ar".into()),
            mentions: vec![
                mention("2024-05-06", "IRQGOV", "042", 1, "TUR"),
                mention("2024-05-07", "TURMIL", "195", 4, "IRQ"),
                mention("2024-05-14", "IRQ", "111", 3, "TURGOV"),
                mention("2024-05", "IRQ", "111", 3, "TUR"),
                mention("2024-05-14", "USA", "042", 1, "IRQ"),
            ],
            ..NewDocument::default()
        };
        s.add_batch(&[doc]).expect("add");
        s
    }

    #[test]
    fn timeline_by_week_and_dyad() {
        let s = store();
        let f = TimelineFilter { source: Some("irq".into()), target: Some("TUR".into()), ..TimelineFilter::default() };
        let t = s.timeline(&f, Bucket::Week).expect("timeline");
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].period, "2024-05-06");
        assert_eq!(t[0].quad, [1, 0, 0, 0]);
        assert_eq!(t[1].period, "2024-05-13");
        let both = TimelineFilter { both_directions: true, ..f };
        let t = s.timeline(&both, Bucket::Week).expect("timeline");
        assert_eq!(t[0].events, 2);
        assert_eq!(t[0].goldstein, -2.0);
        let actor = TimelineFilter { actor: Some("USA".into()), ..TimelineFilter::default() };
        assert_eq!(s.timeline(&actor, Bucket::Day).expect("timeline").len(), 1);
        let bad = TimelineFilter { actor: Some("US*".into()), ..TimelineFilter::default() };
        assert!(matches!(s.timeline(&bad, Bucket::Day), Err(StoreError::Invalid(_))));
    }

    #[test]
    fn network_by_country() {
        let s = store();
        let f = NetworkFilter {
            from: None,
            to: None,
            actor: None,
            quad_class: None,
            level: Level::Country,
            min_events: 1,
            limit: 10,
        };
        let edges = s.network(&f).expect("network");
        assert_eq!(edges[0].source, "IRQ");
        assert_eq!(edges[0].target, "TUR");
        assert_eq!(edges[0].events, 3);
        assert_eq!(edges[0].conflict, 2);
        assert_eq!(s.count_selected(&EventFilter::default()).expect("count"), 5);
    }

    #[test]
    fn document_and_first_documents() {
        let s = store();
        let d = s.document(1).expect("doc").expect("some");
        assert_eq!(d.mentions.len(), 5);
        assert_eq!(d.mentions[0].target_span, Some([4, 5]));
        assert!(s.document(2).expect("doc").is_none());
        assert_eq!(s.first_documents(&[1, 99]).expect("first"), vec![Some(1), None]);
    }
}
