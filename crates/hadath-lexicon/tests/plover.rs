//! Every event code the lexicons can emit carries its PLOVER category, as the CAMEO2PLOVER
//! table (`shared/cameo/CAMEO2PLOVER-2021.txt`) gives it.
//!
//! The coder emits codes of the lexicons' patterns and codes its rules derive (intent 03x,
//! threat 13x, 145, 161, 180, 181, 190, 195...); it drops any code the table lacks, so
//! checking the whole table covers both.

use std::collections::BTreeMap;
use std::path::Path;

use hadath_lexicon::Lexicon;

/// CAMEO code → PLOVER categories of the conversion table (root 08 has two).
fn cameo2plover(text: &str) -> BTreeMap<String, Vec<String>> {
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in text.lines() {
        let Some((code, rest)) = line.split_once(':') else { continue };
        let code = code.trim();
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_digit()) {
            continue;
        }
        let category: String = rest.trim_start().chars().take_while(|c| c.is_ascii_uppercase() || *c == '_').collect();
        if !category.is_empty() {
            out.entry(code.to_string()).or_default().push(category);
        }
    }
    out
}

#[test]
fn every_code_but_statements_has_a_plover_category() {
    let (lex, diags) = Lexicon::builtin();
    assert!(diags.is_empty());
    let mut missing = Vec::new();
    for c in lex.cameo.iter() {
        if c.plover.is_empty() && c.root != "01" {
            missing.push(c.code.clone());
        }
    }
    assert!(missing.is_empty(), "codes without PLOVER: {missing:?}");
    for p in &lex.patterns {
        let c = lex.cameo.get(&p.code).expect("patterns only use codes of the table");
        assert!(!c.plover.is_empty() || c.root == "01", "{} {}: no PLOVER", p.lemma, p.code);
    }
}

#[test]
fn plover_categories_follow_cameo2plover() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/cameo/CAMEO2PLOVER-2021.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipped: {} not found (shared/ is not beside the repository)", path.display());
        return;
    };
    let table = cameo2plover(&text);
    assert!(table.len() > 250, "read {} codes", table.len());
    let (lex, _) = Lexicon::builtin();
    let mut wrong = Vec::new();
    for c in lex.cameo.iter() {
        match table.get(&c.code) {
            Some(categories) => {
                if !categories.contains(&c.plover) {
                    wrong.push(format!("{} is {:?}, CAMEO2PLOVER says {categories:?}", c.code, c.plover));
                }
            }
            // CAMEO2PLOVER has no line for statements (01: no category) nor appeals (02: the
            // project maps them to REQUEST, see codes.tsv).
            None if c.root == "01" && c.plover.is_empty() => {}
            None if c.root == "02" && c.plover == "REQUEST" => {}
            None => wrong.push(format!("{} ({:?}) is not in CAMEO2PLOVER", c.code, c.plover)),
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
