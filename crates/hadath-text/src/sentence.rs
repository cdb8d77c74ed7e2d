//! Sentence splitting.
//!
//! Takes the original text and its tokens and gives sentences as token ranges. A sentence ends
//! * at a line break (news paragraphs and headlines are never joined),
//! * after `.` `!` `?` `؟` `۔`, together with closing quotes and brackets that follow,
//!   unless the mark is inside a quotation («...» “...” "...") that closes soon after, the
//!   `.` follows an abbreviation or an initial («د.», «أ. د.», "Dr.", "J. F. Kennedy"), or
//!   an English sentence obviously continues (next word in lower case).
//!
//! A `.` inside a number ("3.5") is part of the number token and never seen here; a `.` glued
//! between two Arabic words ("التحتية.عالي") is a boundary, as it is in machine-translated news.

use std::ops::Range;

use crate::span::Span;
use crate::token::{Token, TokenKind};

/// A sentence: a range of tokens and the span of original text they cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub tokens: Range<usize>,
}

/// Sentences longer than this (in tokens) are cut at a comma or semicolon, or hard at the
/// limit: text without sentence marks (a 50 MB single line) must not become one sentence.
pub const MAX_SENTENCE_TOKENS: usize = 160;

/// How far (in tokens) an opening quote keeps sentence marks from splitting; an unbalanced
/// quote must not glue a whole paragraph together.
const MAX_QUOTE_TOKENS: usize = 80;

/// Initialisms of places and bodies, which may end a sentence ("... in the U.A.E.").
const PLACE_INITIALS: &[&str] = &["u.k", "e.u", "u.a.e", "u.s.a", "d.c"];

/// Latin abbreviations that a `.` does not end a sentence after (normalised, without the dot).
const LATIN_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "gov", "sen", "rep", "st", "jr", "sr",
    "inc", "co", "corp", "ltd", "no", "nos", "vs", "v", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "fig", "est", "approx", "adm", "brig", "cmdr", "pres", "rev", "hon", "amb", "dept", "govt", "u.s", "u.n",
    "u.k", "e.g", "i.e", "a.m", "p.m", "al",
];

/// Splits tokens into sentences. Sentences without any word or number are dropped.
pub fn split(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut quotes = QuoteState::default();
    let mut k = 0;
    while k < tokens.len() {
        let tok = &tokens[k];
        if tok.after_newline && k > start {
            push(&mut out, text, tokens, start..k);
            start = k;
            quotes = QuoteState::default();
        }
        if tok.kind != TokenKind::Punct {
            k += 1;
            continue;
        }
        let mark = tok.span.slice(text);
        quotes.see(mark, k);
        if is_terminator(mark) && ends_sentence(text, tokens, k) {
            if quotes.open_near(k) {
                // Inside a quotation: split only if the quotation closes right here.
                if let Some(close) = closing_quote_after(text, tokens, k) {
                    quotes = QuoteState::default();
                    let end = close + 1;
                    push(&mut out, text, tokens, start..end);
                    start = end;
                    k = end;
                    continue;
                }
            } else {
                let end = absorb_closers(text, tokens, k + 1, &quotes);
                quotes = QuoteState::default();
                push(&mut out, text, tokens, start..end);
                start = end;
                k = end;
                continue;
            }
        }
        k += 1;
    }
    if start < tokens.len() {
        push(&mut out, text, tokens, start..tokens.len());
    }
    out
}

fn push(out: &mut Vec<Sentence>, text: &str, tokens: &[Token], range: Range<usize>) {
    let mut start = range.start;
    while range.end - start > MAX_SENTENCE_TOKENS {
        let limit = start + MAX_SENTENCE_TOKENS;
        // Cut after the last comma-like mark in the second half of the window, else at the limit.
        let cut = (start + MAX_SENTENCE_TOKENS / 2..limit)
            .rev()
            .find(|&i| tokens[i].kind == TokenKind::Punct && matches!(tokens[i].span.slice(text), "،" | "," | ";" | "؛" | ":"))
            .map_or(limit, |i| i + 1);
        push_one(out, tokens, start..cut);
        start = cut;
    }
    push_one(out, tokens, start..range.end);
}

fn push_one(out: &mut Vec<Sentence>, tokens: &[Token], range: Range<usize>) {
    let Some(first) = tokens.get(range.start) else {
        return;
    };
    let Some(last) = range.end.checked_sub(1).and_then(|e| tokens.get(e)) else {
        return;
    };
    if !tokens[range.clone()].iter().any(|t| t.is_word() || t.kind == TokenKind::Number) {
        return;
    }
    out.push(Sentence { span: first.span.cover(last.span), tokens: range });
}

fn is_terminator(mark: &str) -> bool {
    matches!(mark, "." | "!" | "?" | "؟" | "۔" | "!!" | "??" | "؟؟" | "?!" | "!?" | "؟!")
}

/// Whether the terminator at `k` really ends a sentence (abbreviations, initials and
/// lower-case continuations say no).
fn ends_sentence(text: &str, tokens: &[Token], k: usize) -> bool {
    let mark = tokens[k].span.slice(text);
    if mark != "." {
        return true;
    }
    let Some(prev) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return true;
    };
    let glued = prev.span.end == tokens[k].span.start;
    let prev_text = prev.span.slice(text);
    if glued {
        match prev.kind {
            TokenKind::Arabic if arabic_letter_count(prev_text) == 1 => return false,
            TokenKind::Latin => {
                let lower = prev_text.to_lowercase();
                if prev_text.chars().count() == 1 || LATIN_ABBREVIATIONS.contains(&lower.as_str()) {
                    return false;
                }
                // "K.P. Sharma Oli", "J.D. Vance": a person's initials; place initials
                // ("U.A.E.") may end a sentence.
                let initials = prev_text.contains('.') && prev_text.split('.').all(|p| p.chars().count() == 1);
                if initials && !PLACE_INITIALS.contains(&lower.as_str()) {
                    return false;
                }
            }
            _ => {}
        }
    }
    // "... said the U.S. official": a lower-case Latin word right after means no new sentence.
    if let Some(next) = tokens.get(k + 1) {
        let next_text = next.span.slice(text);
        if next.kind == TokenKind::Latin && next_text.chars().next().is_some_and(char::is_lowercase) {
            return false;
        }
    }
    true
}

fn arabic_letter_count(s: &str) -> usize {
    s.chars().filter(|&c| crate::normalize::is_arabic_letter(c)).count()
}

fn is_closer(mark: &str) -> bool {
    matches!(mark, "»" | "”" | "’" | ")" | "]" | "›")
}

/// Index one past the closing quotes and brackets that follow a sentence end at `from`.
fn absorb_closers(text: &str, tokens: &[Token], mut from: usize, quotes: &QuoteState) -> usize {
    let mut straight_open = quotes.straight_open.is_some();
    while let Some(t) = tokens.get(from) {
        if t.after_newline || t.kind != TokenKind::Punct {
            break;
        }
        let mark = t.span.slice(text);
        if is_closer(mark) || (mark == "\"" && straight_open) {
            straight_open = false;
            from += 1;
        } else {
            break;
        }
    }
    from
}

/// If a closing quote follows the terminator at `k` directly, its index.
fn closing_quote_after(text: &str, tokens: &[Token], k: usize) -> Option<usize> {
    let next = tokens.get(k + 1)?;
    if next.after_newline || next.kind != TokenKind::Punct {
        return None;
    }
    let mark = next.span.slice(text);
    (is_closer(mark) || mark == "\"").then_some(k + 1)
}

/// Open quotations, by the token index where they opened.
#[derive(Debug, Default)]
struct QuoteState {
    curly_open: Vec<usize>,
    straight_open: Option<usize>,
}

impl QuoteState {
    fn see(&mut self, mark: &str, k: usize) {
        match mark {
            "«" | "“" | "‹" | "„" => self.curly_open.push(k),
            "»" | "”" | "›" => {
                self.curly_open.pop();
            }
            "\"" => {
                self.straight_open = match self.straight_open {
                    Some(_) => None,
                    None => Some(k),
                }
            }
            _ => {}
        }
    }

    fn open_near(&self, k: usize) -> bool {
        let near = |opened: usize| k.saturating_sub(opened) <= MAX_QUOTE_TOKENS;
        self.curly_open.last().is_some_and(|&o| near(o)) || self.straight_open.is_some_and(near)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    fn sentences(text: &str) -> Vec<String> {
        let (_, tokens) = tokenize(text);
        split(text, &tokens).iter().map(|s| s.span.slice(text).to_string()).collect()
    }

    #[test]
    fn splits_on_arabic_and_latin_marks() {
        assert_eq!(
            sentences("أعلنت روسيا القرار. وقال الوزير إنه سعيد! هل هذا صحيح؟ نعم"),
            ["أعلنت روسيا القرار.", "وقال الوزير إنه سعيد!", "هل هذا صحيح؟", "نعم"]
        );
    }

    #[test]
    fn never_splits_inside_numbers() {
        assert_eq!(sentences("بلغ النمو 3.5 في المئة هذا العام."), ["بلغ النمو 3.5 في المئة هذا العام."]);
    }

    #[test]
    fn keeps_arabic_abbreviations() {
        assert_eq!(
            sentences("قال د. محمد علي إن أ. د. سامي سيحضر. ثم غادر."),
            ["قال د. محمد علي إن أ. د. سامي سيحضر.", "ثم غادر."]
        );
    }

    #[test]
    fn keeps_personal_initials() {
        assert_eq!(
            sentences("Prime Minister K.P. Sharma Oli resigned. He left."),
            ["Prime Minister K.P. Sharma Oli resigned.", "He left."]
        );
    }

    #[test]
    fn keeps_latin_abbreviations_and_initials() {
        assert_eq!(
            sentences("Dr. Smith met the U.S. envoy in Geneva. John F. Kennedy spoke."),
            ["Dr. Smith met the U.S. envoy in Geneva.", "John F. Kennedy spoke."]
        );
    }

    #[test]
    fn quotes_keep_their_sentences() {
        assert_eq!(
            sentences("وقال: «لن نقبل ذلك. لن نتراجع». ثم غادر القاعة."),
            ["وقال: «لن نقبل ذلك. لن نتراجع».", "ثم غادر القاعة."]
        );
        assert_eq!(sentences("وأضاف \"الوضع خطير جدا.\" وغادر."), ["وأضاف \"الوضع خطير جدا.\"", "وغادر."]);
    }

    #[test]
    fn unbalanced_quotes_do_not_glue_paragraphs() {
        let long = "كلمة ".repeat(100);
        let text = format!("قال «{long}. وهذه جملة أخرى.");
        assert_eq!(sentences(&text).len(), 2);
    }

    #[test]
    fn line_breaks_end_sentences() {
        assert_eq!(
            sentences("تاريخ العلاقات بين البلدين\nتعززت العلاقات تدريجيا."),
            ["تاريخ العلاقات بين البلدين", "تعززت العلاقات تدريجيا."]
        );
    }

    #[test]
    fn overlong_sentences_are_cut() {
        let text = "كلمة، ".repeat(1000);
        let (_, tokens) = tokenize(&text);
        let s = split(&text, &tokens);
        assert!(s.len() > 10);
        assert!(s.iter().all(|x| x.tokens.len() <= MAX_SENTENCE_TOKENS));
        assert_eq!(s.iter().map(|x| x.tokens.len()).sum::<usize>(), tokens.len());
    }

    #[test]
    fn glued_period_between_arabic_words_splits() {
        assert_eq!(sentences("البنية التحتية.هناك فرص كبيرة."), ["البنية التحتية.", "هناك فرص كبيرة."]);
    }
}
