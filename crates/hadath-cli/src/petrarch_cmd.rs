//! PETRARCH glue of the `hadath` command: `lexicon import-petrarch`, loading PETRARCH
//! dictionaries as lexicon sources (`--petrarch-dicts`), and `eval --petrarch-records`.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context as _, Result};
use hadath_core::{Coder, Document, Options};
use hadath_eval::petrarch::{self, Triple};
use hadath_lexicon::{Lexicon, PartialDate, Source};

/// Converts the PETRARCH dictionaries of each directory into lexicon sources (in memory);
/// one summary line per directory on standard error unless `quiet`.
pub(crate) fn sources(dirs: &[PathBuf], quiet: bool) -> Result<Vec<Source>> {
    let mut out = Vec::new();
    for dir in dirs {
        let import =
            hadath_petrarch::import_dir(dir).with_context(|| format!("loading PETRARCH dictionaries {}", dir.display()))?;
        if !quiet {
            let r = &import.report;
            eprintln!(
                "hadath: PETRARCH dictionaries {}: {} entries: {} converted, {} approximated, {} skipped \
                 (`hadath lexicon import-petrarch {} --out DIR` writes the report)",
                dir.display(),
                r.entries.len(),
                r.total(hadath_petrarch::Outcome::Converted),
                r.total(hadath_petrarch::Outcome::Approximated),
                r.total(hadath_petrarch::Outcome::Skipped),
                dir.display(),
            );
        }
        out.extend(import.sources());
    }
    Ok(out)
}

/// `hadath lexicon import-petrarch DIR --out OUT`: writes the `.lex` files and
/// `IMPORT-REPORT.txt`, prints the summary on standard error, and checks that the output
/// loads without diagnostics.
pub(crate) fn import(dir: &Path, out: &Path) -> Result<ExitCode> {
    let import = hadath_petrarch::import_dir(dir)?;
    import.write_to(out).with_context(|| format!("writing {}", out.display()))?;
    eprint!("{}", import.report.summary());
    let mut sources = hadath_lexicon::builtin_sources();
    sources.extend(hadath_lexicon::read_sources(out).with_context(|| format!("reading back {}", out.display()))?);
    let (_, diagnostics) = Lexicon::compile(&sources);
    for d in &diagnostics {
        eprintln!("hadath: lexicon warning: {d}");
    }
    eprintln!(
        "hadath: wrote {} .lex files and IMPORT-REPORT.txt to {}; they load with {} diagnostics",
        import.files.len(),
        out.display(),
        diagnostics.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// `hadath eval --petrarch-records FILE`: codes each record's text and scores the events.
pub(crate) fn eval(records_path: &Path, lex: Lexicon, keep_negated: bool, verbose: bool, json: bool) -> Result<ExitCode> {
    let bytes = std::fs::read(records_path).with_context(|| format!("reading {}", records_path.display()))?;
    let xml = String::from_utf8_lossy(&bytes);
    let (records, issues) = petrarch::read_records(&xml);
    let coder = Coder::new(Arc::new(lex), Options { keep_negated, petrarch_conventions: true });
    let mut results = Vec::new();
    for r in &records {
        let date = r.date.as_deref().and_then(petr_date);
        let doc = Document {
            id: r.id.clone(),
            text: r.text.clone(),
            date,
            lang: Some(hadath_text::Lang::English),
            ..Document::default()
        };
        let coded = coder.code(&doc);
        let got = coded.events.iter().filter(|e| !e.negated()).map(|e| Triple {
            source: e.source.code.clone(),
            target: e.target.as_ref().map_or_else(|| "---".to_string(), |t| t.code.clone()),
            code: e.code.clone(),
        });
        results.extend(petrarch::result(r, got));
    }
    let scores = petrarch::score(&records, results, issues);
    let mut out = io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string(&scores)?)?;
    } else {
        write!(out, "{}", scores.report(verbose))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `YYYYMMDD` → a date.
fn petr_date(s: &str) -> Option<PartialDate> {
    let s = s.trim();
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    PartialDate::parse(&format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(petr_date("19950101"), PartialDate::parse("1995-01-01"));
        assert_eq!(petr_date("1995011"), None);
        assert_eq!(petr_date("19951301"), None);
    }
}
