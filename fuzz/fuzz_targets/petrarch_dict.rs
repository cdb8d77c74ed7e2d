//! The PETRARCH dictionary reader never panics, and what it writes always loads with zero
//! diagnostics (whatever it cannot convert is in the report, not in the .lex text).
#![no_main]

use std::borrow::Cow;

use hadath_lexicon::{CameoTable, Lexicon, Source};
use hadath_petrarch::{InputFile, convert};
use libfuzzer_sys::fuzz_target;

const CODES: &str = "code\troot\tquad_class\tgoldstein\tplover\tdescription\n\
    04\t04\t1\t1.0\tCONSULT\tConsult\n040\t04\t1\t1.0\tCONSULT\tConsult\n042\t04\t1\t1.9\tCONSULT\tVisit\n\
    17\t17\t4\t-5.0\tCOERCE\tCoerce\n173\t17\t4\t-5.0\tCOERCE\tArrest\n";

fuzz_target!(|text: &str| {
    let cameo = CameoTable::parse(CODES).0;
    let names = ["f.verbs.txt", "f.actors.txt", "f.agents.txt", "f.discards.txt", "f.issues.txt", "f.txt"];
    let inputs: Vec<InputFile> = names.iter().map(|n| InputFile { name: n.to_string(), text: text.to_string() }).collect();
    let import = convert(&inputs, &cameo);
    let lines = text.lines().count() as u32;
    assert!(import.report.entries.iter().all(|e| e.line >= 1 && e.line <= lines.max(1)));
    let mut sources = vec![Source { name: "codes.tsv".into(), text: Cow::Borrowed(CODES) }];
    sources.extend(import.sources());
    let (_, diagnostics) = Lexicon::compile(&sources);
    assert!(diagnostics.is_empty(), "{diagnostics:?}");
});
