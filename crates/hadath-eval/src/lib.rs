//! Scoring of event records against gold lines (see `shared/gold/FORMAT.md`).
//!
//! Takes system records and gold lines (any JSON with the fields the format names) and gives
//! precision, recall, F1 and date accuracy at the root and full-code levels, with the misses,
//! extras and forbidden hits of each document. The semantics are those of the reference
//! scorer `score-events`: negated records are dropped, exact duplicates of (source, target,
//! code) collapse, a record hitting a forbidden line is a false positive, the matching of
//! records to gold lines is one-to-one (maximum bipartite matching, required lines first).

pub mod petrarch;

use std::collections::{BTreeMap, HashSet};

use serde_json::Value;

/// A line of a JSONL file that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("{file}:{line}: {message}")]
pub struct ReadError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

/// Reads a JSONL file's objects (blank lines skipped). Errors name the file and line.
pub fn read_jsonl(file: &str, text: &str) -> Result<Vec<Value>, ReadError> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let v: Value = serde_json::from_str(line).map_err(|e| ReadError {
            file: file.into(),
            line: i + 1,
            message: format!("not JSON: {e}"),
        })?;
        out.push(v);
    }
    Ok(out)
}

/// Gold kinds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Required,
    Optional,
    Forbidden,
}

/// One gold line.
#[derive(Debug, Clone)]
pub struct Gold {
    pub doc_id: String,
    pub kind: Kind,
    pub src: Vec<String>,
    /// None: any target.
    pub tgt: Option<Vec<String>>,
    pub code: String,
    pub alt: Vec<String>,
    pub symmetric: bool,
    pub date: Option<String>,
    pub note: String,
}

/// One system record, as far as scoring goes.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub doc_id: String,
    pub source: String,
    pub target: String,
    pub code: String,
    pub date: Option<String>,
    pub sentence: String,
}

fn prefixes(v: &Value) -> Option<Vec<String>> {
    match v {
        Value::String(s) => Some(vec![s.clone()]),
        Value::Array(a) => Some(a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()),
        _ => None,
    }
}

fn actor_code(v: Option<&Value>) -> String {
    match v {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Object(o)) => o.get("code").and_then(Value::as_str).unwrap_or("").to_string(),
        _ => String::new(),
    }
}

/// Reads gold lines; a line without a valid kind is an error.
pub fn parse_gold(file: &str, rows: &[Value]) -> Result<Vec<Gold>, ReadError> {
    let mut out = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        let err = |message: String| ReadError { file: file.into(), line: i + 1, message };
        let kind = match r.get("kind").and_then(Value::as_str) {
            Some("required") => Kind::Required,
            Some("optional") => Kind::Optional,
            Some("forbidden") => Kind::Forbidden,
            other => return Err(err(format!("gold line without a valid kind ({other:?})"))),
        };
        let s = |k: &str| r.get(k).and_then(Value::as_str).map(str::to_string);
        out.push(Gold {
            doc_id: s("doc_id").ok_or_else(|| err("no doc_id".into()))?,
            kind,
            src: r.get("src").and_then(prefixes).ok_or_else(|| err("no src".into()))?,
            tgt: r.get("tgt").and_then(prefixes),
            code: s("code").ok_or_else(|| err("no code".into()))?,
            alt: r.get("alt").and_then(prefixes).unwrap_or_default(),
            symmetric: r.get("symmetric").and_then(Value::as_bool).unwrap_or(false),
            date: s("date"),
            note: s("note").unwrap_or_default(),
        });
    }
    Ok(out)
}

/// Reads system records, dropping negated ones and those without code or doc_id.
pub fn parse_records(rows: &[Value]) -> Vec<Record> {
    rows.iter()
        .filter(|r| !r.get("negated").and_then(Value::as_bool).unwrap_or(false))
        .filter_map(|r| {
            Some(Record {
                doc_id: r.get("doc_id")?.as_str()?.to_string(),
                code: r.get("code")?.as_str()?.to_string(),
                source: actor_code(r.get("source")),
                target: actor_code(r.get("target")),
                date: r.get("date").and_then(Value::as_str).map(str::to_string),
                sentence: r.get("sentence").and_then(Value::as_str).unwrap_or("").to_string(),
            })
        })
        .collect()
}

/// Scoring level: the first two digits of codes, or the whole gold prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    Root,
    Code,
}

impl Level {
    pub fn name(self) -> &'static str {
        match self {
            Level::Root => "root",
            Level::Code => "code",
        }
    }
}

/// Totals at one level.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Score {
    pub level: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub date_acc: f64,
    pub sys: usize,
    pub tp_sys: usize,
    pub req: usize,
    pub tp_req: usize,
    pub forbidden: usize,
    pub dated: usize,
    pub date_ok: usize,
}

/// What went wrong in one document.
#[derive(Debug, Clone, Default)]
pub struct DocDetail {
    pub doc_id: String,
    pub missed: Vec<Gold>,
    pub extra: Vec<Record>,
    pub forbidden: Vec<Record>,
}

fn code_ok(code: &str, g: &Gold, level: Level) -> bool {
    std::iter::once(&g.code).chain(&g.alt).any(|p| {
        let want = match level {
            Level::Root => p.get(..2).unwrap_or(p),
            Level::Code => p,
        };
        code.starts_with(want)
    })
}

fn actors_ok(src: &str, tgt: &str, g: &Gold) -> bool {
    let one = |s: &str, t: &str| {
        g.src.iter().any(|p| s.starts_with(p.as_str()))
            && g.tgt.as_ref().is_none_or(|ps| ps.iter().any(|p| t.starts_with(p.as_str())))
    };
    one(src, tgt) || (g.symmetric && one(tgt, src))
}

fn matches(r: &Record, g: &Gold, level: Level) -> bool {
    actors_ok(&r.source, &r.target, g) && code_ok(&r.code, g, level)
}

/// One-to-one matching by augmenting paths, records whose best line is required first.
fn max_matching(records: &[&Record], golds: &[&Gold], level: Level) -> BTreeMap<usize, usize> {
    let adj: Vec<Vec<usize>> =
        records.iter().map(|r| (0..golds.len()).filter(|&j| matches(r, golds[j], level)).collect()).collect();
    let mut owner: BTreeMap<usize, usize> = BTreeMap::new();
    fn try_assign(i: usize, adj: &[Vec<usize>], owner: &mut BTreeMap<usize, usize>, seen: &mut HashSet<usize>) -> bool {
        for &j in &adj[i] {
            if !seen.insert(j) {
                continue;
            }
            let free = match owner.get(&j).copied() {
                None => true,
                Some(other) => try_assign(other, adj, owner, seen),
            };
            if free {
                owner.insert(j, i);
                return true;
            }
        }
        false
    }
    let rank = |i: usize| adj[i].iter().map(|&j| if golds[j].kind == Kind::Required { 0 } else { 1 }).min().unwrap_or(2);
    let mut order: Vec<usize> = (0..records.len()).collect();
    order.sort_by_key(|&i| rank(i));
    for i in order {
        try_assign(i, &adj, &mut owner, &mut HashSet::new());
    }
    owner.into_iter().map(|(j, i)| (i, j)).collect()
}

/// Scores `records` against `gold` at `level`.
pub fn score(gold: &[Gold], records: &[Record], level: Level) -> (Score, Vec<DocDetail>) {
    let mut gold_by_doc: BTreeMap<&str, Vec<&Gold>> = BTreeMap::new();
    for g in gold {
        gold_by_doc.entry(&g.doc_id).or_default().push(g);
    }
    let mut by_doc: BTreeMap<&str, Vec<&Record>> = BTreeMap::new();
    for r in records {
        by_doc.entry(&r.doc_id).or_default().push(r);
    }
    let mut s = Score { level: level.name().into(), ..Score::default() };
    let mut details = Vec::new();
    for (doc, golds) in gold_by_doc {
        let mut seen = HashSet::new();
        let events: Vec<&Record> = by_doc
            .get(doc)
            .into_iter()
            .flatten()
            .copied()
            .filter(|r| seen.insert((r.source.clone(), r.target.clone(), r.code.clone())))
            .collect();
        let forbidden: Vec<&Gold> = golds.iter().copied().filter(|g| g.kind == Kind::Forbidden).collect();
        let allowed: Vec<&Gold> = golds.iter().copied().filter(|g| g.kind != Kind::Forbidden).collect();
        let (bad, good): (Vec<&Record>, Vec<&Record>) =
            events.iter().partition(|r| forbidden.iter().any(|g| matches(r, g, Level::Code)));
        let m = max_matching(&good, &allowed, level);
        let required: Vec<usize> = (0..allowed.len()).filter(|&j| allowed[j].kind == Kind::Required).collect();
        let hit: HashSet<usize> = m.values().copied().filter(|&j| allowed[j].kind == Kind::Required).collect();
        s.sys += events.len();
        s.tp_sys += m.len();
        s.req += required.len();
        s.tp_req += hit.len();
        s.forbidden += bad.len();
        for (&i, &j) in &m {
            if let Some(d) = &allowed[j].date {
                s.dated += 1;
                if good[i].date.as_deref().unwrap_or("").starts_with(d.as_str()) {
                    s.date_ok += 1;
                }
            }
        }
        details.push(DocDetail {
            doc_id: doc.to_string(),
            missed: required.iter().filter(|j| !hit.contains(j)).map(|&j| allowed[j].clone()).collect(),
            extra: (0..good.len()).filter(|i| !m.contains_key(i)).map(|i| good[i].clone()).collect(),
            forbidden: bad.into_iter().cloned().collect(),
        });
    }
    let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    s.precision = ratio(s.tp_sys, s.sys);
    s.recall = ratio(s.tp_req, s.req);
    s.f1 = if s.precision + s.recall > 0.0 { 2.0 * s.precision * s.recall / (s.precision + s.recall) } else { 0.0 };
    s.date_acc = ratio(s.date_ok, s.dated);
    (s, details)
}

impl Score {
    /// The summary line, as the reference scorer prints it.
    pub fn line(&self) -> String {
        format!(
            "{:4}: P={:.3} R={:.3} F1={:.3} dates={:.3} ({}/{}) system={} matched={} required={}/{} forbidden_hits={}",
            self.level,
            self.precision,
            self.recall,
            self.f1,
            self.date_acc,
            self.date_ok,
            self.dated,
            self.sys,
            self.tp_sys,
            self.tp_req,
            self.req,
            self.forbidden
        )
    }
}

fn fmt_prefixes(v: &[String]) -> String {
    if v.is_empty() { "-".into() } else { v.join("|") }
}

/// The `--verbose` listing of misses, extras and forbidden hits.
pub fn verbose(details: &[DocDetail]) -> String {
    let mut out = String::new();
    for d in details {
        if d.missed.is_empty() && d.extra.is_empty() && d.forbidden.is_empty() {
            continue;
        }
        out.push_str(&format!("== {}\n", d.doc_id));
        for g in &d.missed {
            let tgt = g.tgt.as_deref().map_or("-".to_string(), fmt_prefixes);
            out.push_str(&format!("   missed   {} {} {}  {}\n", fmt_prefixes(&g.src), g.code, tgt, g.note));
        }
        let ev = |r: &Record| {
            let sentence: String = r.sentence.chars().take(90).collect();
            format!(
                "{} {} {} date={} | {}",
                if r.source.is_empty() { "-" } else { &r.source },
                r.code,
                if r.target.is_empty() { "-" } else { &r.target },
                r.date.as_deref().unwrap_or("None"),
                sentence
            )
        };
        for r in &d.extra {
            out.push_str(&format!("   extra    {}\n", ev(r)));
        }
        for r in &d.forbidden {
            out.push_str(&format!("   FORBIDDEN {}\n", ev(r)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gold(lines: &str) -> Vec<Gold> {
        let rows = read_jsonl("g", lines).expect("json");
        parse_gold("g", &rows).expect("gold")
    }

    fn recs(lines: &str) -> Vec<Record> {
        parse_records(&read_jsonl("s", lines).expect("json"))
    }

    #[test]
    fn prefixes_alternatives_symmetry_and_forbidden() {
        let g = gold(concat!(
            r#"{"doc_id":"d","kind":"required","src":"RUS","tgt":"AFG","code":"054","date":"2025"}"#,
            "\n",
            r#"{"doc_id":"d","kind":"required","src":"RUS","tgt":"AFG","code":"04","symmetric":true}"#,
            "\n",
            r#"{"doc_id":"d","kind":"optional","src":["IMG","PSE"],"tgt":null,"code":"18","alt":["19"]}"#,
            "\n",
            r#"{"doc_id":"d","kind":"forbidden","src":"CHN","tgt":"AFG","code":"054"}"#,
            "\n",
        ));
        let r = recs(concat!(
            r#"{"doc_id":"d","code":"0541","source":{"code":"RUSGOV"},"target":{"code":"AFGGOV"},"date":"2025-07-04"}"#,
            "\n",
            r#"{"doc_id":"d","code":"040","source":{"code":"AFGGOV"},"target":{"code":"RUSGOV"}}"#,
            "\n",
            r#"{"doc_id":"d","code":"190","source":{"code":"PSEREB"},"target":null}"#,
            "\n",
            r#"{"doc_id":"d","code":"054","source":{"code":"CHN"},"target":{"code":"AFG"}}"#,
            "\n",
            r#"{"doc_id":"d","code":"054","source":{"code":"CHN"},"target":{"code":"AFG"},"negated":true}"#,
            "\n",
            r#"{"doc_id":"d","code":"040","source":{"code":"AFGGOV"},"target":{"code":"RUSGOV"}}"#,
            "\n",
        ));
        let (s, details) = score(&g, &r, Level::Code);
        assert_eq!((s.sys, s.tp_sys, s.req, s.tp_req, s.forbidden), (4, 3, 2, 2, 1));
        assert_eq!((s.dated, s.date_ok), (1, 1));
        assert_eq!(details[0].forbidden.len(), 1);
    }

    #[test]
    fn matching_follows_the_reference_scorer_order() {
        // Like score-events: a record tries gold lines in file order, so an earlier optional
        // line takes it even when a required line would also match.
        let g = gold(concat!(
            r#"{"doc_id":"d","kind":"optional","src":"USA","tgt":"IRN","code":"1"}"#,
            "\n",
            r#"{"doc_id":"d","kind":"required","src":"USA","tgt":"IRN","code":"11"}"#,
            "\n",
        ));
        let r = recs(r#"{"doc_id":"d","code":"111","source":{"code":"USA"},"target":{"code":"IRN"}}"#);
        let (s, _) = score(&g, &r, Level::Root);
        assert_eq!((s.tp_sys, s.tp_req), (1, 0));
    }

    #[test]
    fn bad_gold_lines_are_named() {
        let rows = read_jsonl("g.jsonl", "{\"doc_id\":\"d\",\"kind\":\"maybe\"}\n").expect("json");
        let e = parse_gold("g.jsonl", &rows).expect_err("kind");
        assert!(e.to_string().starts_with("g.jsonl:1:"));
        assert!(read_jsonl("x.jsonl", "{}\n{oops\n").expect_err("json").to_string().starts_with("x.jsonl:2:"));
    }
}
