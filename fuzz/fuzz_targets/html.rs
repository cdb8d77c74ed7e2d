//! Page extraction never panics, and its text is always clean: no blank-line runs, trimmed
//! paragraphs, no entities left.
#![no_main]

use hadath_web::{WebError, extract_html, extract_html_with_charset};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the charset the "server" declared.
    let (hint, page) = match data.split_first() {
        Some((b, rest)) => {
            ([None, Some("windows-1256"), Some("utf-8"), Some("iso-8859-6"), Some("bogus")][*b as usize % 5], rest)
        }
        None => (None, data),
    };
    let result = if hint.is_none() {
        extract_html(page, Some("https://a.example/n/1"))
    } else {
        extract_html_with_charset(page, None, hint)
    };
    match result {
        Ok(doc) => {
            let text = &doc.text;
            assert!(!text.contains("\n\n\n"));
            assert_eq!(text.trim(), text);
            for p in text.split("\n\n").filter(|_| !text.is_empty()) {
                assert!(!p.is_empty() && !p.contains('\n') && p.trim() == p);
            }
            assert!(!text.contains("&amp;") && !text.contains("&nbsp;"));
            if let Some(d) = &doc.published {
                assert!(matches!(d.len(), 4 | 7 | 10));
            }
        }
        Err(WebError::NotHtml { .. } | WebError::NoText) => {}
        Err(e) => panic!("unexpected error kind: {e}"),
    }
});
