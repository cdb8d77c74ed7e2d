//! Property tests of the text layer's invariants (see the crate docs).

use hadath_text::normalize::normalize;
use hadath_text::{Analysis, clitics, detect_language};
use proptest::prelude::*;

/// Text drawn from the characters news actually contains, and some it should survive.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "روسيا",
        "أعلنت",
        "الولايات المتحدة",
        "قُتِلَ",
        "٢٠٢٥",
        "3.5",
        " ",
        " ",
        "\n",
        ".",
        "،",
        "؟",
        "«",
        "»",
        "\"",
        "د.",
        "U.S.",
        "Dr.",
        "the",
        "Kabul",
        "ـــ",
        "\u{200F}",
        "...",
        "!",
        "(",
        ")",
        "ة",
        "ى",
        "أ",
        "é",
        "İ",
        "ß",
        "😀",
        "\t",
        "\r\n",
        "'",
        "-",
        "٫",
        "اترك تعليقاً",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn normalising_twice_changes_nothing(s in any::<String>()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn normalising_news_twice_changes_nothing(s in newsish()) {
        let once = normalize(&s);
        prop_assert_eq!(normalize(&once), once);
    }

    #[test]
    fn token_spans_index_the_original_in_order(s in newsish()) {
        let a = Analysis::new(&s);
        let mut last_end = 0;
        for t in &a.tokens {
            prop_assert!(t.span.start >= last_end);
            prop_assert!(t.span.end > t.span.start);
            prop_assert!(s.is_char_boundary(t.span.start as usize));
            prop_assert!(s.is_char_boundary(t.span.end as usize));
            // The normalised form is the normalisation of the covered text.
            prop_assert_eq!(t.norm_str(&a.norm), normalize(t.span.slice(&s)));
            last_end = t.span.end;
        }
    }

    #[test]
    fn sentences_are_ordered_disjoint_token_ranges(s in newsish()) {
        let a = Analysis::new(&s);
        let mut last = 0;
        for sent in &a.sentences {
            prop_assert!(sent.tokens.start >= last);
            prop_assert!(sent.tokens.end > sent.tokens.start);
            prop_assert!(sent.tokens.end <= a.tokens.len());
            let first = a.tokens[sent.tokens.start].span.start;
            let end = a.tokens[sent.tokens.end - 1].span.end;
            prop_assert_eq!((sent.span.start, sent.span.end), (first, end));
            last = sent.tokens.end;
        }
    }

    #[test]
    fn sentences_cover_every_word(s in newsish()) {
        // Before the boilerplate filter, every word and number belongs to a sentence.
        let (_, tokens) = hadath_text::token::tokenize(&s);
        let sentences = hadath_text::sentence::split(&s, &tokens);
        let covered: std::collections::HashSet<usize> =
            sentences.iter().flat_map(|x| x.tokens.clone()).collect();
        for (i, t) in tokens.iter().enumerate() {
            if t.is_word() {
                prop_assert!(covered.contains(&i), "token {} ({:?}) is in no sentence", i, t.span.slice(&s));
            }
        }
    }

    #[test]
    fn clitic_stems_are_substrings(s in "[\u{0621}-\u{064A}]{1,12}") {
        let w = normalize(&s);
        for seg in clitics::segmentations(&w) {
            prop_assert!(w.contains(seg.stem));
            prop_assert!(seg.stem.chars().count() >= 2 || seg.stem == w);
        }
    }

    #[test]
    fn language_detection_never_panics(s in any::<String>()) {
        let _ = detect_language(&s);
    }
}
