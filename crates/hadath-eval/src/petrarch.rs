//! PETRARCH validation records (`PETR.UnitTest.records.xml`) and their scoring.
//!
//! Reading: every `<Sentence date=".." id=".." category="..">` record gives its `<Text>`
//! (whitespace collapsed; the `<Parse>` tree is ignored), its date and its expected events from
//! `<EventCoding sourcecode targetcode eventcode>` lines. A record with no coding, or with
//! `noevents="True"`, expects no event; so does one whose coding is a discard error
//! (`error="storydiscard"`, `"sentencediscard"`). Not scorable: other error codings
//! (`dateline`, `bad_input_parse`: tests of PETRARCH's input checks), codings that expect
//! an actor's text (`sourcecode='"INJURY TOLL"'`, PETRARCH's new-actor extraction from parse
//! trees), and records without a date (PETRARCH skips them). `<Config option value>` lines
//! between records are kept as the options in effect for the records after them.
//!
//! The reader never stops at a bad record: the file is cut into records first, each record
//! is parsed on its own, and a malformed one is reported with its line (and id when it can be
//! read) while the rest are read.
//!
//! Scoring compares sets of (source, target, code) triples per record: exact records, event
//! precision/recall/F1 over all scorable records, the same per category (the `category`
//! attribute, else the id's letters before the first `-` or digit), and the failing ids.

use std::collections::{BTreeMap, BTreeSet};

use quick_xml::events::{BytesStart, Event};
use serde::Serialize;

/// One expected or coded event.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Triple {
    pub source: String,
    pub target: String,
    pub code: String,
}

impl std::fmt::Display for Triple {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} {}", self.source, self.target, self.code)
    }
}

/// What a record expects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Expected {
    /// These events (a set; duplicates collapse).
    Events(BTreeSet<Triple>),
    /// No event.
    Nothing,
    /// Not scorable, with the reason.
    NotScorable(String),
}

/// One validation record.
#[derive(Debug, Clone)]
pub struct PetrRecord {
    pub id: String,
    pub category: String,
    /// `YYYYMMDD` as written.
    pub date: Option<String>,
    /// The `<Text>`, whitespace runs collapsed to one blank.
    pub text: String,
    /// 1-based line of `<Sentence`.
    pub line: usize,
    pub expected: Expected,
    /// `<Config option value>` settings in effect (in file order, later ones win).
    pub options: Vec<(String, String)>,
}

/// A record (or line) the reader could not read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[error("line {line}{}: {message}", id.as_deref().map(|i| format!(" (record {i})")).unwrap_or_default())]
pub struct ReadIssue {
    pub line: usize,
    pub id: Option<String>,
    pub message: String,
}

/// Reads the records of a validation file; never fails as a whole.
pub fn read_records(xml: &str) -> (Vec<PetrRecord>, Vec<ReadIssue>) {
    let mut records = Vec::new();
    let mut issues = Vec::new();
    let mut options: Vec<(String, String)> = Vec::new();
    let line_of = |offset: usize| xml.as_bytes()[..offset.min(xml.len())].iter().filter(|&&b| b == b'\n').count() + 1;
    let mut pos = 0;
    while pos < xml.len() {
        let Some(rel) = xml[pos..].find('<') else { break };
        let at = pos + rel;
        let rest = &xml[at..];
        if rest.starts_with("<!--") {
            match rest.find("-->") {
                Some(end) => pos = at + end + 3,
                None => {
                    issues.push(ReadIssue {
                        line: line_of(at),
                        id: None,
                        message: "unclosed comment: the rest of the file is not read".into(),
                    });
                    break;
                }
            }
            continue;
        }
        if is_tag(rest, "Config") {
            let end = rest.find('>').map_or(rest.len(), |e| e + 1);
            match config(&rest[..end]) {
                Some(kv) => options.push(kv),
                None => {
                    issues.push(ReadIssue { line: line_of(at), id: None, message: "cannot read <Config option value>".into() })
                }
            }
            pos = at + end;
            continue;
        }
        if !is_tag(rest, "Sentence") {
            pos = at + 1;
            continue;
        }
        // The record runs to its </Sentence>, or to the next record if that comes first.
        let after = at + "<Sentence".len();
        let close = xml[after..].find("</Sentence>").map(|e| after + e);
        let next = next_tag(&xml[after..], "Sentence").map(|e| after + e);
        let line = line_of(at);
        match (close, next) {
            (Some(c), n) if n.is_none_or(|n| c < n) => {
                let end = c + "</Sentence>".len();
                match record(&xml[at..end], line, &options) {
                    Ok(r) => records.push(r),
                    Err((id, message)) => issues.push(ReadIssue { line, id, message }),
                }
                pos = end;
            }
            (_, n) => {
                let end = n.unwrap_or(xml.len());
                issues.push(ReadIssue {
                    line,
                    id: attr_guess(&xml[at..end], "id"),
                    message: "record without </Sentence>".into(),
                });
                pos = end;
            }
        }
    }
    (records, issues)
}

/// Whether `s` starts with the tag `<name` (not `<names`).
fn is_tag(s: &str, name: &str) -> bool {
    s.strip_prefix('<')
        .and_then(|r| r.strip_prefix(name))
        .and_then(|r| r.chars().next())
        .is_some_and(|c| c.is_whitespace() || c == '>' || c == '/')
}

/// Offset of the next `<name` tag in `s` that is not inside a comment.
fn next_tag(s: &str, name: &str) -> Option<usize> {
    let mut pos = 0;
    while let Some(rel) = s[pos..].find('<') {
        let at = pos + rel;
        if s[at..].starts_with("<!--") {
            pos = at + s[at..].find("-->").map_or(s.len() - at, |e| e + 3);
            continue;
        }
        if is_tag(&s[at..], name) {
            return Some(at);
        }
        pos = at + 1;
    }
    None
}

/// A best-effort attribute value from raw text (for naming a record that does not parse).
fn attr_guess(s: &str, name: &str) -> Option<String> {
    let head = &s[..s.find('>').unwrap_or(s.len())];
    let mut search = head;
    while let Some(i) = search.find(name) {
        let rest = search[i + name.len()..].trim_start();
        if let Some(rest) = rest.strip_prefix('=') {
            let rest = rest.trim_start();
            let quote = rest.chars().next()?;
            if quote == '"' || quote == '\'' {
                return rest[1..].find(quote).map(|e| rest[1..1 + e].to_string());
            }
        }
        search = &search[i + name.len()..];
    }
    None
}

fn attrs(e: &BytesStart) -> Result<BTreeMap<String, String>, String> {
    let mut out = BTreeMap::new();
    for a in e.attributes() {
        let a = a.map_err(|err| format!("bad attribute: {err}"))?;
        let key = a.key.as_ref().to_string();
        let raw = a.value.to_string();
        let value = quick_xml::escape::unescape(&raw).map(|c| c.into_owned()).unwrap_or(raw);
        out.insert(key, value);
    }
    Ok(out)
}

fn config(tag: &str) -> Option<(String, String)> {
    let mut reader = quick_xml::Reader::from_str(tag);
    match reader.read_event() {
        Ok(Event::Start(e) | Event::Empty(e)) => {
            let a = attrs(&e).ok()?;
            Some((a.get("option")?.clone(), a.get("value")?.clone()))
        }
        _ => None,
    }
}

/// Parses one `<Sentence>...</Sentence>`; on error gives the id (if known) and the message.
fn record(xml: &str, line: usize, options: &[(String, String)]) -> Result<PetrRecord, (Option<String>, String)> {
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut id: Option<String> = None;
    let mut category = None;
    let mut date = None;
    let mut text = String::new();
    let mut in_text = false;
    let mut codings: Vec<BTreeMap<String, String>> = Vec::new();
    loop {
        let event = reader.read_event().map_err(|e| (id.clone(), format!("malformed XML: {e}")))?;
        let is_start = matches!(event, Event::Start(_));
        match event {
            Event::Start(e) | Event::Empty(e) => {
                let name = e.name();
                match name.as_ref() {
                    "Sentence" => {
                        let a = attrs(&e).map_err(|m| (attr_guess(xml, "id"), m))?;
                        id = a.get("id").cloned();
                        category = a.get("category").cloned();
                        date = a.get("date").cloned();
                    }
                    "EventCoding" => codings.push(attrs(&e).map_err(|m| (id.clone(), m))?),
                    "Text" => in_text = is_start,
                    _ => {}
                }
            }
            Event::End(e) if e.name().as_ref() == "Text" => in_text = false,
            Event::Text(t) if in_text => {
                let raw = t.to_string();
                text.push_str(&quick_xml::escape::unescape(&raw).map(|c| c.into_owned()).unwrap_or(raw));
                text.push(' ');
            }
            Event::GeneralRef(r) if in_text => {
                let name = r.to_string();
                let resolved = match name.as_str() {
                    "amp" => "&".to_string(),
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "quot" => "\"".to_string(),
                    "apos" => "'".to_string(),
                    other => format!("&{other};"),
                };
                text.push_str(&resolved);
            }
            Event::CData(t) if in_text => {
                text.push_str(&t);
                text.push(' ');
            }
            Event::Eof => break,
            _ => {}
        }
    }
    let id = id.ok_or((None, "record without an id".to_string()))?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let expected = expected(&codings, date.is_some());
    let category = category.filter(|c| !c.trim().is_empty()).unwrap_or_else(|| id_category(&id));
    Ok(PetrRecord { id, category, date, text, line, expected, options: options.to_vec() })
}

/// The category a record id carries: its letters before the first `-` or digit.
pub fn id_category(id: &str) -> String {
    let head: String = id.chars().take_while(|c| c.is_ascii_alphabetic()).collect();
    if head.is_empty() { "OTHER".into() } else { head.to_ascii_uppercase() }
}

fn expected(codings: &[BTreeMap<String, String>], dated: bool) -> Expected {
    if !dated {
        return Expected::NotScorable("no date (PETRARCH skips the record)".into());
    }
    let mut events = BTreeSet::new();
    for c in codings {
        if let Some(err) = c.get("error") {
            match err.as_str() {
                "storydiscard" | "sentencediscard" => {}
                other => return Expected::NotScorable(format!("expects PETRARCH's input error {other:?}")),
            }
            continue;
        }
        if c.get("noevents").is_some_and(|v| v.eq_ignore_ascii_case("true")) {
            continue;
        }
        let field = |k: &str| c.get(k).map(|v| v.trim().to_string()).unwrap_or_default();
        let t = Triple { source: field("sourcecode"), target: field("targetcode"), code: field("eventcode") };
        if t.source.starts_with('"') || t.target.starts_with('"') {
            return Expected::NotScorable("expects an actor's text (PETRARCH's new-actor extraction from parse trees)".into());
        }
        if t.code.is_empty() {
            continue;
        }
        events.insert(t);
    }
    // No coding, `noevents`, a discard error or empty codes: no event expected.
    if events.is_empty() { Expected::Nothing } else { Expected::Events(events) }
}

/// A record's result: what was expected and what the coder gave.
#[derive(Debug, Clone, Serialize)]
pub struct RecordResult {
    pub id: String,
    pub category: String,
    pub line: usize,
    pub expected: Vec<Triple>,
    pub got: Vec<Triple>,
    pub exact: bool,
}

/// Counts of one category (or of all records).
#[derive(Debug, Clone, Default, Serialize)]
pub struct Counts {
    pub records: usize,
    pub exact: usize,
    pub expected_events: usize,
    pub coded_events: usize,
    pub true_positives: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Counts {
    fn add(&mut self, r: &RecordResult) {
        let expected: BTreeSet<&Triple> = r.expected.iter().collect();
        let got: BTreeSet<&Triple> = r.got.iter().collect();
        self.records += 1;
        self.exact += usize::from(r.exact);
        self.expected_events += expected.len();
        self.coded_events += got.len();
        self.true_positives += expected.intersection(&got).count();
    }

    fn finish(&mut self) {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        self.precision = ratio(self.true_positives, self.coded_events);
        self.recall = ratio(self.true_positives, self.expected_events);
        self.f1 = if self.precision + self.recall == 0.0 {
            0.0
        } else {
            2.0 * self.precision * self.recall / (self.precision + self.recall)
        };
    }

    pub fn exact_rate(&self) -> f64 {
        if self.records == 0 { 0.0 } else { self.exact as f64 / self.records as f64 }
    }
}

/// The scores of a validation run.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Scores {
    /// Records read.
    pub records: usize,
    pub all: Counts,
    pub by_category: BTreeMap<String, Counts>,
    /// Ids of scorable records whose events differ from the expected ones.
    pub failing: Vec<String>,
    /// Records left out, with the reason.
    pub not_scorable: Vec<(String, String)>,
    pub read_issues: Vec<ReadIssue>,
    pub results: Vec<RecordResult>,
}

/// A record's result, from the events the coder gave (`None` when it is not scorable).
pub fn result(record: &PetrRecord, got: impl IntoIterator<Item = Triple>) -> Option<RecordResult> {
    let expected: Vec<Triple> = match &record.expected {
        Expected::Events(e) => e.iter().cloned().collect(),
        Expected::Nothing => Vec::new(),
        Expected::NotScorable(_) => return None,
    };
    let got: Vec<Triple> = got.into_iter().collect::<BTreeSet<_>>().into_iter().collect();
    let exact = got == expected;
    Some(RecordResult { id: record.id.clone(), category: record.category.clone(), line: record.line, expected, got, exact })
}

/// Scores the results of the scorable records.
pub fn score(records: &[PetrRecord], results: Vec<RecordResult>, read_issues: Vec<ReadIssue>) -> Scores {
    let mut s = Scores { records: records.len(), read_issues, ..Scores::default() };
    for r in records {
        if let Expected::NotScorable(why) = &r.expected {
            s.not_scorable.push((r.id.clone(), why.clone()));
        }
    }
    for r in &results {
        s.all.add(r);
        s.by_category.entry(r.category.clone()).or_default().add(r);
        if !r.exact {
            s.failing.push(r.id.clone());
        }
    }
    s.all.finish();
    for c in s.by_category.values_mut() {
        c.finish();
    }
    s.results = results;
    s
}

impl Scores {
    /// The human-readable report; `verbose` adds expected and coded events of failing records.
    pub fn report(&self, verbose: bool) -> String {
        use std::fmt::Write as _;
        let mut out = String::new();
        let a = &self.all;
        let _ = writeln!(
            out,
            "PETRARCH records: {} read, {} scorable, {} not scorable, {} unreadable",
            self.records,
            a.records,
            self.not_scorable.len(),
            self.read_issues.len()
        );
        let _ = writeln!(out, "exact records: {}/{} ({:.3})", a.exact, a.records, a.exact_rate());
        let _ = writeln!(
            out,
            "events: P {:.3}  R {:.3}  F1 {:.3}  (expected {}, coded {}, correct {})",
            a.precision, a.recall, a.f1, a.expected_events, a.coded_events, a.true_positives
        );
        let _ =
            writeln!(out, "\n{:<12} {:>7} {:>6} {:>6} {:>6} {:>6} {:>6}", "category", "records", "exact", "rate", "P", "R", "F1");
        for (cat, c) in &self.by_category {
            let _ = writeln!(
                out,
                "{:<12} {:>7} {:>6} {:>6.3} {:>6.3} {:>6.3} {:>6.3}",
                cat,
                c.records,
                c.exact,
                c.exact_rate(),
                c.precision,
                c.recall,
                c.f1
            );
        }
        for i in &self.read_issues {
            let _ = writeln!(out, "unreadable: {i}");
        }
        if !self.not_scorable.is_empty() {
            let _ = writeln!(out, "\nnot scorable:");
            for (id, why) in &self.not_scorable {
                let _ = writeln!(out, "  {id}: {why}");
            }
        }
        let _ = writeln!(out, "\nfailing ({}): {}", self.failing.len(), self.failing.join(" "));
        if verbose {
            for r in self.results.iter().filter(|r| !r.exact) {
                let list = |v: &[Triple]| {
                    if v.is_empty() { "-".to_string() } else { v.iter().map(Triple::to_string).collect::<Vec<_>>().join("; ") }
                };
                let _ = writeln!(out, "  {} (line {}): expected {} | got {}", r.id, r.line, list(&r.expected), list(&r.got));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const XML: &str = r#"<Validation>
<Sentences>
<!-- <Sentence id="COMMENTED"> -->
<Sentence date="19950101" id="DEMO-00" category="DEMO" sentence="true">
<!-- a comment -->
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>
Arnor is about to restore
  full ties with Gondor &amp; more.
</Text>
<Parse>(ROOT (S (NP (NNP Arnor))))</Parse>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Sentence date = "20080804" id ="X-1" sentence="true">
<EventCoding noevents = "True"></EventCoding>
<Text>Nothing.</Text>
</Sentence>
<Sentence date="19950101" id="BROKEN-1" category="DEMO">
<EventCoding sourcecode="A" <<< ></EventCoding>
<Text>x</Text>
</Sentence>
<Sentence id="NODATE-1" category="DATE"><Text>y</Text></Sentence>
<Sentence date="19950101" id="ERR-1" category="ERROR"><EventCoding error="dateline"></EventCoding><Text>z</Text></Sentence>
<Sentence date="19950101" id="DIS-1" category="ERROR"><EventCoding error="storydiscard"></EventCoding><Text>z</Text></Sentence>
<Sentence date="19950101" id="NEW-1" category="ACTOR"><EventCoding sourcecode='"INJURY TOLL"' targetcode="OSG" eventcode="223"></EventCoding><Text>z</Text></Sentence>
<Sentence date="19950101" id="UNCLOSED-1" category="DEMO"><Text>w</Text>
<Sentence date="19950101" id="LAST-1"><Text>v</Text></Sentence>
</Sentences>
</Validation>"#;

    #[test]
    fn reads_records_and_reports_bad_ones() {
        let (records, issues) = read_records(XML);
        let ids: Vec<&str> = records.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["DEMO-00", "X-1", "NODATE-1", "ERR-1", "DIS-1", "NEW-1", "LAST-1"]);
        let demo = &records[0];
        assert_eq!(demo.text, "Arnor is about to restore full ties with Gondor & more.");
        assert_eq!(demo.line, 4);
        assert_eq!(demo.date.as_deref(), Some("19950101"));
        let Expected::Events(e) = &demo.expected else { panic!("events expected") };
        assert_eq!(e.len(), 1, "duplicates collapse");
        assert_eq!(records[1].category, "X", "category from the id");
        assert_eq!(records[1].expected, Expected::Nothing);
        assert_eq!(records[1].options, [("require_dyad".to_string(), "false".to_string())]);
        assert!(matches!(records[2].expected, Expected::NotScorable(_)));
        assert!(matches!(records[3].expected, Expected::NotScorable(_)));
        assert_eq!(records[4].expected, Expected::Nothing);
        assert!(matches!(records[5].expected, Expected::NotScorable(_)));
        let bad: Vec<(usize, Option<&str>)> = issues.iter().map(|i| (i.line, i.id.as_deref())).collect();
        assert_eq!(bad, [(19, Some("BROKEN-1")), (27, Some("UNCLOSED-1"))], "{issues:?}");
    }

    #[test]
    fn scores_sets_per_record_and_category() {
        let (records, issues) = read_records(XML);
        let t = |s: &str, t: &str, c: &str| Triple { source: s.into(), target: t.into(), code: c.into() };
        let mut results = Vec::new();
        for r in &records {
            let got = match r.id.as_str() {
                "DEMO-00" => vec![t("ARN", "GON", "064"), t("ARN", "GON", "064")],
                "X-1" => vec![t("A", "B", "010")],
                _ => vec![],
            };
            results.extend(result(r, got));
        }
        let s = score(&records, results, issues);
        assert_eq!((s.all.records, s.all.exact), (4, 3));
        assert_eq!((s.all.expected_events, s.all.coded_events, s.all.true_positives), (1, 2, 1));
        assert!((s.all.precision - 0.5).abs() < 1e-9 && (s.all.recall - 1.0).abs() < 1e-9);
        assert_eq!(s.failing, ["X-1"]);
        assert_eq!(s.not_scorable.len(), 3);
        assert_eq!(s.by_category["DEMO"].exact, 1);
        let text = s.report(true);
        assert!(text.contains("exact records: 3/4"), "{text}");
        assert!(text.contains("X-1 (line 15): expected - | got A B 010"), "{text}");
    }

    #[test]
    fn never_panics_on_truncated_input() {
        for end in 0..XML.len() {
            if XML.is_char_boundary(end) {
                let _ = read_records(&XML[..end]);
            }
        }
    }
}
