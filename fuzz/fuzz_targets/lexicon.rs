//! The lexicon parser and compiler never panic on any file; diagnostics name real lines.
#![no_main]

use std::borrow::Cow;

use hadath_lexicon::{Lexicon, Source, syntax};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (_, errors) = syntax::parse(text);
    let lines = text.lines().count() as u32;
    assert!(errors.iter().all(|e| e.line >= 1 && e.line <= lines.max(1)));
    let (_, diagnostics) = Lexicon::compile(&[Source { name: "fuzz.lex".into(), text: Cow::Owned(text.to_string()) }]);
    assert!(diagnostics.iter().all(|d| d.file == "fuzz.lex"));
});
