//! Imports the real PETRARCH dictionaries of `shared/anchors` (when `shared/` is beside the
//! repository; skipped otherwise) and loads the output with the real lexicon loader.

use std::path::{Path, PathBuf};

use hadath_lexicon::Lexicon;
use hadath_petrarch::{Outcome, import_dir};

fn anchors(dir: &str) -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/anchors").join(dir);
    if p.exists() {
        Some(p)
    } else {
        eprintln!("skipped: {} not found (shared/ is not beside the repository)", p.display());
        None
    }
}

fn import_and_load(dir: &Path) -> (hadath_petrarch::Import, Lexicon) {
    let import = import_dir(dir).expect("import");
    let mut sources = hadath_lexicon::builtin_sources();
    sources.extend(import.sources());
    let (lex, diagnostics) = Lexicon::compile(&sources);
    assert!(
        diagnostics.is_empty(),
        "{} diagnostics, first: {}",
        diagnostics.len(),
        diagnostics.iter().take(10).map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
    );
    (import, lex)
}

/// Every entry is accounted for: the report's entries cover all lines that are not comments.
fn every_line_is_accounted_for(import: &hadath_petrarch::Import, dir: &Path) {
    for (name, _) in &import.report.files {
        let text = std::fs::read_to_string(dir.join(name)).expect("read");
        let entries: Vec<u32> = import.report.entries.iter().filter(|e| &e.file == name).map(|e| e.line).collect();
        assert!(!entries.is_empty(), "{name}: no entry reported");
        let max = entries.iter().copied().max().unwrap_or(0);
        assert!(max as usize <= text.lines().count(), "{name}: line {max} beyond the file");
    }
}

#[test]
fn petrarch_validation_dictionaries_load_without_diagnostics() {
    let Some(dir) = anchors("petrarch-unit-tests") else { return };
    let (import, lex) = import_and_load(&dir);
    every_line_is_accounted_for(&import, &dir);
    let r = &import.report;
    eprintln!("{}", r.summary());
    assert_eq!(r.files.len(), 4, "verbs, actors, agents, discards: {:?}", r.files);
    assert!(r.ignored.iter().any(|(n, _)| n.ends_with(".xml")));
    // The fictional actors and their dated codes.
    let gollum = lex.actors.iter().find(|a| a.id == "petrarch-gollum").expect("Gollum");
    assert_eq!(gollum.code_at(hadath_lexicon::PartialDate::parse("1997-01-01")), "HOBGOV");
    assert_eq!(gollum.code_at(hadath_lexicon::PartialDate::parse("2001-01-01")), "HOBREB");
    // Private (WEIS) codes of the validation suite are declared and usable.
    assert!(lex.cameo.get("174K").is_some() && lex.patterns.iter().any(|p| p.code == "174K"));
    // A synset of synsets (ACCORDSYN uses TIETYPES and CURRENCY) expands.
    assert!(lex.patterns.iter().any(|p| p.object_text.iter().any(|o| o == "golden goblin galleons")));
    assert!(r.total(Outcome::Converted) > 300, "{}", r.summary());
}

#[test]
fn phoenix_english_dictionaries_load_without_diagnostics() {
    let Some(dir) = anchors("english") else { return };
    let (import, lex) = import_and_load(&dir);
    every_line_is_accounted_for(&import, &dir);
    let r = &import.report;
    eprintln!("{}", r.summary());
    assert_eq!(r.files.len(), 7, "{:?}", r.files);
    let counts = r.counts();
    let n = |kind: &'static str, o: Outcome| counts.get(&(kind, o)).copied().unwrap_or(0);
    assert!(n("pattern", Outcome::Converted) + n("pattern", Outcome::Approximated) > 3000, "{}", r.summary());
    assert!(n("actor", Outcome::Converted) > 5000, "{}", r.summary());
    assert!(n("issue", Outcome::Skipped) > 1000);
    assert!(lex.stats().verb_patterns > 5000);
    // Dated codes survive: a US president of the 2010s.
    let obama = lex.actors.iter().find(|a| a.id.starts_with("petrarch-barack-obama")).expect("Obama");
    assert_eq!(obama.code_at(hadath_lexicon::PartialDate::parse("2012-06-01")), "USAGOV");
}
