//! Actor dictionaries: `NAME [CODE]` records with `+SYNONYM` lines and date-restricted codes
//! (`[CODE <DATE]`, `[CODE >DATE]`, `[CODE DATE-DATE]`, on the name line or on indented lines).
//!
//! Each record becomes an `org` record (a named actor with dated codes): hadath's `country`
//! records would replace the built-in country of the same code, and PETRARCH does not say
//! which names are countries, organisations or people.

use std::collections::HashSet;

use crate::lexwrite::{LexWriter, slug};
use crate::read::{self, DatedCode};
use crate::report::{Outcome, Report};

const KIND: &str = "actor";

#[derive(Debug, Default)]
struct Actor {
    line: u32,
    raw: String,
    names: Vec<String>,
    codes: Vec<(u32, String)>,
    problems: Vec<String>,
}

/// Converts one actor dictionary; `slugs` keeps record keys unique over the whole import.
pub(crate) fn convert(file: &str, text: &str, slugs: &mut HashSet<String>, report: &mut Report) -> String {
    let mut actors: Vec<Actor> = Vec::new();
    for l in read::lines(text, true) {
        let t = l.content.trim();
        let (before, groups) = match read::code_groups(t) {
            Ok(x) => x,
            Err(e) => {
                report.add(file, l.no, KIND, Outcome::Skipped, format!("malformed line | {e}"), l.raw);
                continue;
            }
        };
        let codes = groups.iter().map(|g| (l.no, g.to_string()));
        if before.trim().is_empty() {
            // A code line of the record above.
            match actors.last_mut() {
                Some(a) => a.codes.extend(codes),
                None => report.add(file, l.no, KIND, Outcome::Skipped, "malformed line | code line before any name", l.raw),
            }
            continue;
        }
        if let Some(synonym) = before.trim().strip_prefix('+') {
            match actors.last_mut() {
                Some(a) => {
                    match read::phrase(synonym) {
                        Some(p) => a.names.push(p),
                        None => a.problems.push(format!("empty synonym dropped | line {}", l.no)),
                    }
                    a.codes.extend(codes);
                }
                None => report.add(file, l.no, KIND, Outcome::Skipped, "malformed line | synonym before any name", l.raw),
            }
            continue;
        }
        let mut a = Actor { line: l.no, raw: l.raw.to_string(), ..Actor::default() };
        match read::phrase(before) {
            Some(p) => a.names.push(p),
            None => a.problems.push("empty name".into()),
        }
        a.codes.extend(codes);
        actors.push(a);
    }
    let mut w = LexWriter::default();
    w.comment(&format!(
        "Converted by `hadath lexicon import-petrarch` from the PETRARCH actor dictionary {file}\n(PETRARCH-2/UniversalPetrarch, MIT licence). Each record's comment names its source line."
    ));
    w.blank();
    for a in &actors {
        write_actor(file, a, slugs, &mut w, report);
    }
    w.out
}

fn write_actor(file: &str, a: &Actor, slugs: &mut HashSet<String>, w: &mut LexWriter, report: &mut Report) {
    let mut notes: Vec<String> = a.problems.clone();
    let mut names: Vec<String> = Vec::new();
    for n in &a.names {
        if !read::writable(n) {
            notes.push(format!("name that cannot be written in a .lex value dropped | {n:?}"));
        } else if !names.contains(n) {
            names.push(n.clone());
        }
    }
    let mut codes: Vec<DatedCode> = Vec::new();
    let mut has_default = false;
    let mut null_default = false;
    for (line, group) in &a.codes {
        let dc = match read::dated_code(group) {
            Ok(dc) => dc,
            Err(e) => {
                notes.push(format!("code group that cannot be read dropped | [{group}] line {line}: {e}"));
                continue;
            }
        };
        let mut code = dc.code.clone();
        match code.as_str() {
            "---" => {
                if dc.range.is_none() {
                    null_default = true;
                } else {
                    notes.push(format!("null code [---] in a date range dropped: the actor is coded there too | line {line}"));
                }
                continue;
            }
            "+++" | "###" => {
                notes.push(format!("special code [+++] or [###] dropped | [{code}] line {line}"));
                continue;
            }
            _ => {}
        }
        if code.contains('/') {
            let first = code.split('/').next().unwrap_or("").to_string();
            notes.push(format!("several codes A/B: only the first is used (hadath gives a name one code) | {code}"));
            code = first;
        }
        if code.bytes().any(|b| b.is_ascii_lowercase()) {
            notes.push(format!("lower-case code upper-cased | {code}"));
            code = code.to_ascii_uppercase();
        }
        let valid = code.len() >= 3 && code.len() % 3 == 0 && code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
        if !valid {
            notes.push(format!("code dropped: hadath actor codes are 3, 6, 9... letters or digits | {code}"));
            continue;
        }
        has_default |= dc.range.is_none();
        let dc = DatedCode { code, range: dc.range };
        if !codes.contains(&dc) {
            codes.push(dc);
        }
    }
    if names.is_empty() {
        report.add(file, a.line, KIND, Outcome::Skipped, join_or("no usable name", &notes), &a.raw);
        return;
    }
    if codes.is_empty() {
        let why =
            if null_default { "null code [---]: the name codes no actor".to_string() } else { join_or("no usable code", &notes) };
        report.add(file, a.line, KIND, Outcome::Skipped, why, &a.raw);
        return;
    }
    if !has_default {
        notes.push(if null_default {
            "null default code: outside its date ranges hadath gives the first code, PETRARCH none".into()
        } else {
            "no default code: outside its date ranges hadath gives the first code, PETRARCH none".into()
        });
    }
    let outcome = if notes.is_empty() { Outcome::Converted } else { Outcome::Approximated };
    report.add(file, a.line, KIND, outcome, notes.join("; "), &a.raw);
    let base = match slug(&names[0]) {
        s if s.is_empty() => format!("line-{}", a.line),
        s => s,
    };
    let mut key = format!("petrarch-{base}");
    let mut n = 1;
    while !slugs.insert(key.clone()) {
        n += 1;
        key = format!("petrarch-{base}-{n}");
    }
    w.record("org", &key, Some(&format!("{file}:{}", a.line)));
    w.field("en", &names, None);
    let values: Vec<String> = codes
        .iter()
        .map(|c| match &c.range {
            Some(r) => format!("{} {r}", c.code),
            None => c.code.clone(),
        })
        .collect();
    for v in values {
        w.field("code", &[v], None);
    }
}

fn join_or(default: &str, notes: &[String]) -> String {
    if notes.is_empty() { default.to_string() } else { format!("{default}; {}", notes.join("; ")) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_synonyms_and_dated_codes() {
        let text = "GOLLUM  # pas\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n#\t[X]\n\t[HOBREB > 990816]\n\nARNOR_ [ARN]\nLORIEN  [ELR/GAL]\nBOROMIR [---]\nPALESTINIAN [pse]\n";
        let mut report = Report::default();
        let mut slugs = HashSet::new();
        let out = convert("a.txt", text, &mut slugs, &mut report);
        let (records, errors) = hadath_lexicon::syntax::parse(&out);
        assert!(errors.is_empty(), "{errors:?}");
        let gollum = &records[0];
        assert_eq!(gollum.values("en").collect::<Vec<_>>(), ["gollum", "smeagol"]);
        assert_eq!(
            gollum.values("code").collect::<Vec<_>>(),
            ["HOB ..1995-06-01", "HOBGOV 1995-06-01..1999-08-15", "HOBREB 1999-08-16.."]
        );
        let outcomes: Vec<(u32, Outcome)> = report.entries.iter().map(|e| (e.line, e.outcome)).collect();
        assert_eq!(
            outcomes,
            [
                (1, Outcome::Approximated), // no default code
                (8, Outcome::Converted),
                (9, Outcome::Approximated),  // ELR/GAL
                (10, Outcome::Skipped),      // null code
                (11, Outcome::Approximated), // lower case
            ]
        );
        assert_eq!(records.len(), 4);
        assert!(out.contains("org petrarch-arnor   # a.txt:8"));
    }
}
