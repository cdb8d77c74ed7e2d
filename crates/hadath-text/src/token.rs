//! Tokenisation.
//!
//! Takes the original text and gives tokens: runs of Arabic letters, runs of Latin letters
//! (with digits and word-internal `-` `'` `.` as in "F-16", "al-Qaeda", "U.S."), numbers
//! (with internal `.` `,` `٫` `٬` between digits), and one token per punctuation mark
//! (repeated marks such as "..." form one token). Whitespace separates tokens and is dropped.
//! A change of script ends a token, so "2015في" gives "2015" and "في".
//!
//! Each token keeps its span in the original text and a range into one shared buffer of
//! normalised forms: no allocation per token.

use crate::normalize::{is_arabic_letter, is_arabic_mark, normalize_into};
use crate::span::Span;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    Arabic,
    Latin,
    Number,
    Punct,
    Other,
}

/// One token: where it is in the original text and where its normalised form is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    /// Byte range of the normalised form in [`crate::Analysis::norm`].
    pub norm_start: u32,
    pub norm_end: u32,
    pub kind: TokenKind,
    /// True when a line break separates this token from the previous one.
    pub after_newline: bool,
}

impl Token {
    pub fn norm_str<'a>(&self, norm: &'a str) -> &'a str {
        norm.get(self.norm_start as usize..self.norm_end as usize).unwrap_or("")
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Arabic | TokenKind::Latin)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Arabic,
    Latin,
    Digit,
    Space,
    Newline,
    Punct,
    Other,
}

fn class(c: char) -> Class {
    if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
        Class::Newline
    } else if c.is_whitespace() {
        Class::Space
    } else if is_arabic_letter(c) || is_arabic_mark(c) {
        Class::Arabic
    } else if c.is_numeric() {
        Class::Digit
    } else if c.is_alphabetic() {
        Class::Latin
    } else if c.is_ascii_punctuation() || is_general_punct(c) {
        Class::Punct
    } else if is_invisible(c) {
        Class::Space
    } else {
        Class::Other
    }
}

fn is_general_punct(c: char) -> bool {
    matches!(
        c,
        '،' | '؛'
            | '؟'
            | '۔'
            | '٪'
            | '«'
            | '»'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '„'
            | '‹'
            | '›'
            | '…'
            | '–'
            | '—'
            | '−'
            | '‐'
            | '‑'
            | '•'
            | '·'
            | '٭'
            | '⁉'
            | '‼'
    )
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}')
}

/// Splits `text` into tokens; returns the normalised-form buffer and the tokens.
pub fn tokenize(text: &str) -> (String, Vec<Token>) {
    let mut norm = String::with_capacity(text.len());
    let mut tokens = Vec::with_capacity(text.len() / 6 + 1);
    let mut i = 0;
    let mut newline_pending = false;
    while let Some(c) = text[i..].chars().next() {
        let kind = match class(c) {
            Class::Newline => {
                newline_pending = true;
                i += c.len_utf8();
                continue;
            }
            Class::Space => {
                i += c.len_utf8();
                continue;
            }
            Class::Arabic => TokenKind::Arabic,
            Class::Latin => TokenKind::Latin,
            Class::Digit => TokenKind::Number,
            Class::Punct => TokenKind::Punct,
            Class::Other => TokenKind::Other,
        };
        let end = token_end(text, i, kind);
        let norm_start = norm.len();
        normalize_into(&text[i..end], &mut norm);
        tokens.push(Token {
            span: Span::new(i, end),
            norm_start: norm_start as u32,
            norm_end: norm.len() as u32,
            kind,
            after_newline: newline_pending,
        });
        newline_pending = false;
        i = end;
    }
    (norm, tokens)
}

/// The character at byte `i` and the one after it.
fn two_at(text: &str, i: usize) -> (Option<char>, Option<char>) {
    let mut it = text.get(i..).unwrap_or("").chars();
    (it.next(), it.next())
}

/// Byte offset one past the token of `kind` starting at byte `start`.
fn token_end(text: &str, start: usize, kind: TokenKind) -> usize {
    let first = text[start..].chars().next().map_or(0, char::len_utf8);
    let mut j = start + first;
    match kind {
        TokenKind::Arabic => {
            while let (Some(c), _) = two_at(text, j) {
                if class(c) != Class::Arabic {
                    break;
                }
                j += c.len_utf8();
            }
        }
        TokenKind::Latin => loop {
            let (c, next) = two_at(text, j);
            let Some(c) = c else { break };
            match class(c) {
                Class::Latin | Class::Digit => j += c.len_utf8(),
                // Word-internal hyphen, apostrophe or dot: "al-Qaeda", "O'Brien", "U.S".
                Class::Punct
                    if matches!(c, '-' | '\'' | '’' | '.')
                        && next.is_some_and(|n| matches!(class(n), Class::Latin | Class::Digit))
                        && (c != '.' || is_initialism(text, start, j)) =>
                {
                    j += c.len_utf8() + next.map_or(0, char::len_utf8);
                }
                _ => break,
            }
        },
        TokenKind::Number => loop {
            let (c, next) = two_at(text, j);
            let Some(c) = c else { break };
            match class(c) {
                Class::Digit => j += c.len_utf8(),
                Class::Punct | Class::Other
                    if matches!(c, '.' | ',' | '٫' | '٬') && next.is_some_and(|n| class(n) == Class::Digit) =>
                {
                    j += c.len_utf8();
                }
                _ => break,
            }
        },
        TokenKind::Punct => {
            // Runs of the same mark ("...", "!!", "--") form one token.
            let mark = text[start..].chars().next();
            while let (Some(c), _) = two_at(text, j) {
                if Some(c) != mark {
                    break;
                }
                j += c.len_utf8();
            }
        }
        TokenKind::Other => {}
    }
    j
}

/// A dot inside a Latin token is kept only in initialisms, where every part between dots is
/// one letter ("U.S", "U.N", "e.g").
fn is_initialism(text: &str, start: usize, dot: usize) -> bool {
    let since_last_dot = text[start..dot].chars().rev().take_while(|&c| c != '.').count();
    let after = text[dot..].chars().nth(2);
    since_last_dot == 1 && after.is_none_or(|c| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(String, TokenKind)> {
        let (norm, toks) = tokenize(text);
        toks.iter().map(|t| (t.norm_str(&norm).to_string(), t.kind)).collect()
    }

    #[test]
    fn splits_arabic_words_and_punctuation() {
        let w = words("أعلنت روسيا، اليوم (الاثنين).");
        let forms: Vec<&str> = w.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(forms, ["اعلنت", "روسيا", "،", "اليوم", "(", "الاثنين", ")", "."]);
    }

    #[test]
    fn numbers_keep_internal_separators() {
        let w = words("قتل 1,500 شخص و٣٫٥ مليون 2015في");
        let forms: Vec<&str> = w.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(forms, ["قتل", "1,500", "شخص", "و", "3.5", "مليون", "2015", "في"]);
        assert_eq!(w[1].1, TokenKind::Number);
    }

    #[test]
    fn latin_words_keep_hyphens_and_initialisms() {
        let w = words("The U.S. and al-Qaeda's F-16 jets.");
        let forms: Vec<&str> = w.iter().map(|(s, _)| s.as_str()).collect();
        assert_eq!(forms, ["the", "u.s", ".", "and", "al-qaeda's", "f-16", "jets", "."]);
    }

    #[test]
    fn diacritics_stay_inside_words() {
        let w = words("قُتِلَ 149 شخصًا");
        assert_eq!(w[0].0, "قتل");
        assert_eq!(w[2].0, "شخصا");
    }

    #[test]
    fn marks_newlines() {
        let (_, t) = tokenize("أ ب\nج");
        assert!(!t[1].after_newline);
        assert!(t[2].after_newline);
    }

    #[test]
    fn runs_of_marks_are_one_token() {
        let w = words("قال... ثم");
        assert_eq!(w[1].0, "...");
    }
}
