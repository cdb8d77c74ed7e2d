//! Queries over the stored events: filters (actor, code, dates, country, outlet, words of the
//! sentence) compiled to SQL with bound parameters only, and counts by day, month, root or actor.

use rusqlite::types::Value;

use crate::{Result, Store, StoreError};

/// Which events to select. Empty fields select everything.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// A code prefix (`RUS`, `IGOUNO`) on either side, or words of a name as written in the
    /// text (`بوتين`, `Hamas`).
    pub actor: Option<String>,
    /// Lexicon entries (`lexicons/actors/people.lex:555`): events where one of them named the
    /// source or the target (how a name resolved through the lexicon selects a person or an
    /// organisation exactly).
    pub actor_entries: Vec<String>,
    /// Code prefix of the source.
    pub source: Option<String>,
    /// Code prefix of the target.
    pub target: Option<String>,
    /// CAMEO code prefix (`19`, `1831`).
    pub code: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: Option<u8>,
    /// First and last date, inclusive (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub from: Option<String>,
    pub to: Option<String>,
    /// Exactly the events that `count_events(.., CountBy::Month)` puts under this key: a month
    /// `YYYY-MM`, or `YYYY` for events dated to a year only (partitions that never overlap).
    pub month: Option<String>,
    /// A country code: events whose source or target belongs to it.
    pub country: Option<String>,
    /// The outlet of a reporting document.
    pub outlet: Option<String>,
    /// Words that a reporting sentence contains (full-text search).
    pub text: Option<String>,
    pub limit: Option<usize>,
    pub offset: usize,
}

/// What to count events by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountBy {
    Day,
    Month,
    Root,
    Actor,
}

/// One stored event, with its counts and its first report.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct EventRow {
    pub id: i64,
    pub date: String,
    pub source: String,
    pub target: String,
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover: String,
    pub num_mentions: i64,
    pub num_articles: i64,
    pub num_sources: i64,
    /// The first reporting document's key and URL, and the sentence.
    pub document: String,
    pub url: Option<String>,
    pub sentence: String,
}

impl Store {
    /// The events the filter selects, by date then id.
    pub fn query_events(&self, filter: &EventFilter) -> Result<Vec<EventRow>> {
        // A page of a common actor's events is found fastest by walking the dates and keeping
        // the actor's rows; a rare actor's by its own index.
        let plan = if filter.limit.is_some() && self.is_common_actor(filter)? { Plan::ByDate } else { Plan::Default };
        self.query_events_planned(filter, plan)
    }

    /// [`Store::query_events`] with the actor condition written for `plan`.
    pub(crate) fn query_events_planned(&self, filter: &EventFilter, plan: Plan) -> Result<Vec<EventRow>> {
        let (condition, mut values) = where_clause_planned(filter, plan)?;
        let mut sql = format!(
            "SELECT e.id, e.date, e.source, e.target, e.code, e.root, e.quad_class, e.goldstein, e.plover,
                    e.num_mentions, e.num_articles, e.num_sources,
                    (SELECT d.key FROM mentions m JOIN documents d ON d.id = m.document_id
                       WHERE m.event_id = e.id ORDER BY m.id LIMIT 1),
                    (SELECT d.url FROM mentions m JOIN documents d ON d.id = m.document_id
                       WHERE m.event_id = e.id ORDER BY m.id LIMIT 1),
                    (SELECT s.text FROM mentions m JOIN sentences s
                       ON s.document_id = m.document_id AND s.sentence_index = m.sentence_index
                       WHERE m.event_id = e.id ORDER BY m.id LIMIT 1)
             FROM events e WHERE {condition} ORDER BY e.date, e.id"
        );
        push_limit(&mut sql, &mut values, filter);
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values.iter()), |r| {
            Ok(EventRow {
                id: r.get(0)?,
                date: r.get(1)?,
                source: r.get(2)?,
                target: r.get(3)?,
                code: r.get(4)?,
                root: r.get(5)?,
                quad_class: r.get(6)?,
                goldstein: r.get(7)?,
                plover: r.get(8)?,
                num_mentions: r.get(9)?,
                num_articles: r.get(10)?,
                num_sources: r.get(11)?,
                document: r.get::<_, Option<String>>(12)?.unwrap_or_default(),
                url: r.get(13)?,
                sentence: r.get::<_, Option<String>>(14)?.unwrap_or_default(),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// How many events the filter selects (one `count(*)`, no grouping).
    pub fn count_matching(&self, filter: &EventFilter) -> Result<u64> {
        let (condition, mut values) = where_clause(filter)?;
        let mut sql = format!("SELECT count(*) FROM (SELECT 1 FROM events e WHERE {condition}");
        push_limit(&mut sql, &mut values, filter);
        sql.push(')');
        let n: i64 = self.conn().prepare(&sql)?.query_row(rusqlite::params_from_iter(values.iter()), |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }

    /// How many selected events fall in each day, month, root or source actor.
    pub fn count_events(&self, filter: &EventFilter, by: CountBy) -> Result<Vec<(String, u64)>> {
        let (condition, mut values) = where_clause(filter)?;
        let key = match by {
            CountBy::Day => "e.date",
            CountBy::Month => "substr(e.date, 1, 7)",
            CountBy::Root => "e.root",
            CountBy::Actor => "e.source",
        };
        let mut sql = format!("SELECT {key} AS k, count(*) FROM events e WHERE {condition} GROUP BY k ORDER BY k");
        push_limit(&mut sql, &mut values, filter);
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(values.iter()), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as u64))
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}

fn push_limit(sql: &mut String, values: &mut Vec<Value>, filter: &EventFilter) {
    if let Some(limit) = filter.limit {
        sql.push_str(" LIMIT ? OFFSET ?");
        values.push(Value::Integer(limit as i64));
        values.push(Value::Integer(filter.offset as i64));
    } else if filter.offset > 0 {
        sql.push_str(" LIMIT -1 OFFSET ?");
        values.push(Value::Integer(filter.offset as i64));
    }
}

/// An actor code prefix: letters and digits only (anything else is a name).
fn is_code(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// A GLOB pattern for a code prefix (codes hold no GLOB metacharacters; checked).
fn prefix(code: &str, what: &str) -> Result<Value> {
    let code = code.trim().to_ascii_uppercase();
    if !is_code(&code) {
        return Err(StoreError::Invalid(format!("{what} {code:?} is not a code (letters and digits, e.g. RUS, IGOUNO, 19)")));
    }
    Ok(Value::Text(format!("{code}*")))
}

/// The SQL condition and its parameters (never user text inside the SQL).
fn where_clause(f: &EventFilter) -> Result<(String, Vec<Value>)> {
    where_clause_planned(f, Plan::Default)
}

/// How the actor condition is written for SQLite's planner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Plan {
    /// Let SQLite use the source and target indexes.
    Default,
    /// Hide them (`+e.source`): the date index serves the order and the page.
    ByDate,
}

/// More events than this on an actor code make it common (see [`Store::is_common_actor`]).
const COMMON_ACTOR_EVENTS: i64 = 5_000;

impl Store {
    /// Whether the filter's actor code has many events: a bounded probe of both indexes.
    fn is_common_actor(&self, f: &EventFilter) -> Result<bool> {
        let Some(actor) = f.actor.as_deref().map(str::trim).filter(|a| a.is_ascii() && is_code(&a.to_ascii_uppercase())) else {
            return Ok(false);
        };
        let pattern = prefix(actor, "actor")?;
        let mut probe = self.conn().prepare_cached(
            "SELECT (SELECT count(*) FROM (SELECT 1 FROM events WHERE source GLOB ?1 LIMIT ?2))
                  + (SELECT count(*) FROM (SELECT 1 FROM events WHERE target GLOB ?1 LIMIT ?2))",
        )?;
        let n: i64 = probe.query_row(rusqlite::params![pattern, COMMON_ACTOR_EVENTS], |r| r.get(0))?;
        Ok(n >= COMMON_ACTOR_EVENTS)
    }
}

fn where_clause_planned(f: &EventFilter, plan: Plan) -> Result<(String, Vec<Value>)> {
    let any: Vec<&str> = f.actor_entries.iter().map(|_| "instr(m.record, ?) > 0").collect();
    let entries_sql = format!("e.id IN (SELECT m.event_id FROM mentions m WHERE {})", any.join(" OR "));
    let mut parts: Vec<&str> = vec!["1"];
    let mut values: Vec<Value> = Vec::new();
    if let Some(actor) = f.actor.as_deref().map(str::trim).filter(|a| !a.is_empty()) {
        if is_code(&actor.to_ascii_uppercase()) && actor.is_ascii() {
            parts.push(match plan {
                Plan::Default => "(e.source GLOB ? OR e.target GLOB ?)",
                Plan::ByDate => "(+e.source GLOB ? OR +e.target GLOB ?)",
            });
            let p = prefix(actor, "actor")?;
            values.push(p.clone());
            values.push(p);
        } else {
            parts.push(
                "EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id
                         AND (instr(m.source_text, ?) > 0 OR instr(coalesce(m.target_text, ''), ?) > 0))",
            );
            values.push(Value::Text(actor.to_string()));
            values.push(Value::Text(actor.to_string()));
        }
    }
    if !f.actor_entries.is_empty() {
        // Records list entries as JSON strings: the quotes keep people.lex:55 from matching
        // people.lex:555.
        parts.push(&entries_sql);
        for entry in &f.actor_entries {
            values.push(Value::Text(format!("\"{entry}\"")));
        }
    }
    if let Some(s) = &f.source {
        parts.push("e.source GLOB ?");
        values.push(prefix(s, "source")?);
    }
    if let Some(t) = &f.target {
        parts.push("e.target GLOB ?");
        values.push(prefix(t, "target")?);
    }
    if let Some(c) = &f.code {
        parts.push("e.code GLOB ?");
        values.push(prefix(c, "code")?);
    }
    if let Some(q) = f.quad_class {
        if !(1..=4).contains(&q) {
            return Err(StoreError::Invalid(format!("quad class {q} is not 1, 2, 3 or 4")));
        }
        parts.push("e.quad_class = ?");
        values.push(Value::Integer(i64::from(q)));
    }
    if let Some(from) = &f.from {
        parts.push("e.date <> '' AND e.date >= ?");
        values.push(Value::Text(check_date(from)?));
    }
    if let Some(to) = &f.to {
        // "2024-05" includes every day of May: compare against the end of the period.
        parts.push("e.date <> '' AND e.date <= ?");
        values.push(Value::Text(format!("{}\u{7f}", check_date(to)?)));
    }
    if let Some(m) = &f.month {
        let m = check_date(m)?;
        if m.len() > 7 {
            return Err(StoreError::Invalid(format!("month {m:?} is not YYYY-MM or YYYY")));
        }
        parts.push("substr(e.date, 1, 7) = ?");
        values.push(Value::Text(m));
    }
    if let Some(c) = &f.country {
        let c = c.trim().to_ascii_uppercase();
        if c.len() != 3 || !is_code(&c) {
            return Err(StoreError::Invalid(format!("country {c:?} is not a three-letter code")));
        }
        parts.push("(e.source GLOB ? OR e.target GLOB ?)");
        values.push(Value::Text(format!("{c}*")));
        values.push(Value::Text(format!("{c}*")));
    }
    if let Some(o) = &f.outlet {
        // Both filters start from the few matching documents or sentences, not from every event.
        parts.push("e.id IN (SELECT m.event_id FROM documents d JOIN mentions m ON m.document_id = d.id WHERE d.source = ?)");
        values.push(Value::Text(o.clone()));
    }
    if let Some(words) = f.text.as_deref().map(str::trim).filter(|w| !w.is_empty()) {
        parts.push(
            "e.id IN (SELECT m.event_id FROM sentences_fts
                        JOIN sentences s ON s.id = sentences_fts.rowid
                        JOIN mentions m ON m.document_id = s.document_id AND m.sentence_index = s.sentence_index
                      WHERE sentences_fts MATCH ?)",
        );
        values.push(Value::Text(fts_query(words)));
    }
    Ok((parts.join(" AND "), values))
}

/// Each word of the user's text as a quoted FTS5 string, all required: no query syntax
/// reaches FTS5 from the user.
fn fts_query(words: &str) -> String {
    words.split_whitespace().map(|w| format!("\"{}\"", w.replace('"', "\"\""))).collect::<Vec<_>>().join(" ")
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn check_date(s: &str) -> Result<String> {
    let s = s.trim();
    let ok = match s.len() {
        4 => s.chars().all(|c| c.is_ascii_digit()),
        7 | 10 => s.char_indices().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() }),
        _ => false,
    };
    if ok { Ok(s.to_string()) } else { Err(StoreError::Invalid(format!("{s:?} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))) }
}
