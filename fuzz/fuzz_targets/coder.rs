//! Coding any text never panics, read as Arabic or as English, and every event's spans fall
//! inside the document.
#![no_main]

use std::sync::{Arc, OnceLock};

use hadath_core::{Coder, Document, Options};
use hadath_lexicon::{Lexicon, PartialDate};
use libfuzzer_sys::fuzz_target;

fn coder() -> &'static Coder {
    static CODER: OnceLock<Coder> = OnceLock::new();
    CODER.get_or_init(|| Coder::new(Arc::new(Lexicon::builtin().0), Options { keep_negated: true, ..Options::default() }))
}

fuzz_target!(|text: &str| {
    for lang in [hadath_text::Lang::Arabic, hadath_text::Lang::English] {
        let doc = Document {
            id: "fuzz".into(),
            text: text.to_string(),
            date: PartialDate::parse("2025-07-04"),
            lang: Some(lang),
            ..Document::default()
        };
        for e in coder().code(&doc).events {
            assert!(e.sentence_span.end as usize <= text.len());
            assert!(e.trigger_span.end as usize <= text.len());
        }
    }
});
