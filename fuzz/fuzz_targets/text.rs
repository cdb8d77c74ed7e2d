//! The normaliser and the text layer never panic; their invariants hold on any string.
#![no_main]

use hadath_text::normalize::normalize;
use hadath_text::{Analysis, detect_language};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let once = normalize(text);
    assert_eq!(normalize(&once), once);
    let a = Analysis::new(text);
    let mut last = 0;
    for t in &a.tokens {
        assert!(t.span.start >= last && t.span.end > t.span.start);
        assert!(text.is_char_boundary(t.span.start as usize) && text.is_char_boundary(t.span.end as usize));
        last = t.span.end;
    }
    for s in &a.sentences {
        assert!(s.tokens.end <= a.tokens.len());
    }
    let _ = detect_language(text);
});
