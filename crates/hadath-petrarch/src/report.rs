//! What became of every dictionary entry: converted, approximated (with the reason) or
//! skipped (with the reason). Nothing read is left out of it.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// What became of one entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Outcome {
    /// Written to the `.lex` output with the same meaning.
    Converted,
    /// Written as the nearest form hadath can express; the reason says what differs.
    Approximated,
    /// Not written; the reason says why.
    Skipped,
}

impl Outcome {
    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::Converted => "converted",
            Outcome::Approximated => "approximated",
            Outcome::Skipped => "skipped",
        }
    }
}

/// One dictionary entry (a line, or a record of several lines named by its first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub file: String,
    pub line: u32,
    /// `verb`, `pattern`, `synset`, `actor`, `agent`, `discard`, `issue`, ...
    pub kind: &'static str,
    pub outcome: Outcome,
    /// Why it was approximated or skipped (empty when converted): `why | detail`, several
    /// joined by `; `.
    pub reason: String,
    /// The entry's text, trimmed (its first line).
    pub text: String,
}

/// The report of one import.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub entries: Vec<Entry>,
    /// Input files read, with the kind of dictionary each was read as.
    pub files: Vec<(String, &'static str)>,
    /// Files of the directory that are not dictionaries, with the reason.
    pub ignored: Vec<(String, String)>,
    /// Event codes the CAMEO table lacks, declared as `event-code` records: code → uses.
    pub declared_codes: BTreeMap<String, usize>,
}

impl Report {
    pub(crate) fn add(
        &mut self,
        file: &str,
        line: u32,
        kind: &'static str,
        outcome: Outcome,
        reason: impl Into<String>,
        text: &str,
    ) {
        self.entries.push(Entry {
            file: file.to_string(),
            line,
            kind,
            outcome,
            reason: reason.into(),
            text: text.trim().chars().take(160).collect(),
        });
    }

    /// Entry counts by kind and outcome.
    pub fn counts(&self) -> BTreeMap<(&'static str, Outcome), usize> {
        let mut out = BTreeMap::new();
        for e in &self.entries {
            *out.entry((e.kind, e.outcome)).or_insert(0) += 1;
        }
        out
    }

    /// Counts of approximated and skipped entries by kind, outcome and reason. A reason is
    /// `why | detail`; several are joined by `; `. Counts go by `why` (an entry with two reasons
    /// counts under both).
    pub fn reasons(&self) -> BTreeMap<(&'static str, Outcome, String), usize> {
        let mut out = BTreeMap::new();
        for e in self.entries.iter().filter(|e| e.outcome != Outcome::Converted) {
            for reason in e.reason.split("; ") {
                let why = reason.split(" | ").next().unwrap_or(reason).trim().to_string();
                *out.entry((e.kind, e.outcome, why)).or_insert(0) += 1;
            }
        }
        out
    }

    /// Total entries with `outcome`.
    pub fn total(&self, outcome: Outcome) -> usize {
        self.entries.iter().filter(|e| e.outcome == outcome).count()
    }

    /// The summary: files, then counts by kind, then counts by reason.
    pub fn summary(&self) -> String {
        let mut s = String::new();
        let _ = writeln!(
            s,
            "PETRARCH import: {} entries: {} converted, {} approximated, {} skipped",
            self.entries.len(),
            self.total(Outcome::Converted),
            self.total(Outcome::Approximated),
            self.total(Outcome::Skipped)
        );
        for (name, kind) in &self.files {
            let _ = writeln!(s, "  read {name} as {kind}");
        }
        for (name, why) in &self.ignored {
            let _ = writeln!(s, "  ignored {name}: {why}");
        }
        let mut kinds: Vec<&'static str> = self.entries.iter().map(|e| e.kind).collect();
        kinds.sort_unstable();
        kinds.dedup();
        let counts = self.counts();
        let _ = writeln!(s, "  {:<16} {:>9} {:>12} {:>8}", "kind", "converted", "approximated", "skipped");
        for k in kinds {
            let n = |o| counts.get(&(k, o)).copied().unwrap_or(0);
            let _ = writeln!(
                s,
                "  {:<16} {:>9} {:>12} {:>8}",
                k,
                n(Outcome::Converted),
                n(Outcome::Approximated),
                n(Outcome::Skipped)
            );
        }
        let reasons = self.reasons();
        if !reasons.is_empty() {
            let _ = writeln!(s, "  by reason (an entry may have several):");
            for ((kind, outcome, reason), n) in &reasons {
                let _ = writeln!(s, "  {n:>7}  {kind} {}: {reason}", outcome.as_str());
            }
        }
        if !self.declared_codes.is_empty() {
            let codes: Vec<String> = self.declared_codes.iter().map(|(c, n)| format!("{c} ({n})")).collect();
            let _ = writeln!(s, "  event codes not in the CAMEO table, declared as event-code records: {}", codes.join(", "));
        }
        s
    }

    /// The full report: the summary, then every approximated and skipped entry with its
    /// file, line and reason.
    pub fn to_text(&self) -> String {
        let mut s = self.summary();
        for outcome in [Outcome::Skipped, Outcome::Approximated] {
            let _ = writeln!(s, "\n## {} entries\n", outcome.as_str());
            for e in self.entries.iter().filter(|e| e.outcome == outcome) {
                let _ = writeln!(s, "{}:{}\t{}\t{}\t{}", e.file, e.line, e.kind, e.reason, e.text);
            }
        }
        s
    }
}
