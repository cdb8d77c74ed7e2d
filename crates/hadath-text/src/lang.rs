//! Language identification.
//!
//! Takes document text and gives Arabic, English or another language, with the reason.
//! Scripts are counted first: Arabic-script text is Arabic unless letters peculiar to Persian
//! or Urdu (پ چ ژ گ ک ی ے ...) make up a real share of it (whatlang misreads Persian as Arabic
//! with low confidence, so it is not asked). Latin-script text goes to whatlang, with a
//! function-word check for short English text.

use crate::normalize::{is_arabic_letter, is_persian_or_urdu_letter};

/// A language hadath can code, or another one it reports and skips.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Lang {
    Arabic,
    English,
    /// ISO 639-3 code (whatlang's) or a script name.
    Other(String),
}

impl Lang {
    pub fn code(&self) -> &str {
        match self {
            Lang::Arabic => "ar",
            Lang::English => "en",
            Lang::Other(code) => code,
        }
    }

    /// Parses a user-given code ("ar", "ara", "arabic", "en", ...).
    pub fn from_code(code: &str) -> Lang {
        match code.trim().to_ascii_lowercase().as_str() {
            "ar" | "ara" | "arb" | "arabic" => Lang::Arabic,
            "en" | "eng" | "english" => Lang::English,
            other => Lang::Other(other.to_string()),
        }
    }
}

/// The guess and why.
#[derive(Debug, Clone, PartialEq)]
pub struct LangGuess {
    pub lang: Lang,
    pub confidence: f64,
}

/// How much text is looked at.
const SAMPLE_BYTES: usize = 8_000;

/// Guesses the language of `text` from (at most) its first 8 kB.
pub fn detect_language(text: &str) -> LangGuess {
    let sample = prefix_on_char_boundary(text, SAMPLE_BYTES);
    let (mut arabic, mut persian, mut latin, mut other, mut urdu) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for c in sample.chars() {
        if is_persian_or_urdu_letter(c) {
            persian += 1;
            if matches!(c, 'ے' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ۓ') {
                urdu += 1;
            }
        } else if is_arabic_letter(c) {
            arabic += 1;
        } else if c.is_ascii_alphabetic() || (c.is_alphabetic() && (c as u32) < 0x0250) {
            latin += 1;
        } else if c.is_alphabetic() {
            other += 1;
        }
    }
    let letters = arabic + persian + latin + other;
    if letters == 0 {
        return LangGuess { lang: Lang::Other("none".into()), confidence: 1.0 };
    }
    let arabic_script = arabic + persian;
    if arabic_script >= latin && arabic_script >= other {
        let share = persian as f64 / arabic_script as f64;
        let lang = if share > 0.02 { Lang::Other(if urdu * 3 > persian { "urd" } else { "fas" }.into()) } else { Lang::Arabic };
        return LangGuess { lang, confidence: arabic_script as f64 / letters as f64 };
    }
    if latin >= other {
        return latin_language(sample, latin as f64 / letters as f64);
    }
    let script = whatlang::detect_script(sample).map_or_else(|| "unknown".to_string(), |s| s.name().to_string());
    LangGuess { lang: Lang::Other(script.to_lowercase()), confidence: other as f64 / letters as f64 }
}

fn latin_language(sample: &str, script_share: f64) -> LangGuess {
    let english_share = english_function_word_share(sample);
    match whatlang::detect(sample) {
        Some(info) if info.lang() == whatlang::Lang::Eng => {
            LangGuess { lang: Lang::English, confidence: info.confidence().max(english_share) }
        }
        // whatlang is unsure on short text; English function words settle it.
        _ if english_share >= 0.15 => LangGuess { lang: Lang::English, confidence: english_share },
        Some(info) => LangGuess { lang: Lang::Other(info.lang().code().to_string()), confidence: info.confidence() },
        None => LangGuess { lang: Lang::Other("latin".into()), confidence: script_share },
    }
}

fn english_function_word_share(sample: &str) -> f64 {
    const WORDS: &[&str] = &[
        "the", "of", "and", "to", "in", "a", "on", "said", "for", "with", "was", "is", "by", "that", "at", "from", "has", "have",
        "its", "it", "as", "were", "be", "after", "an",
    ];
    let mut total = 0usize;
    let mut hits = 0usize;
    for w in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        total += 1;
        if WORDS.iter().any(|x| x.eq_ignore_ascii_case(w)) {
            hits += 1;
        }
    }
    if total == 0 { 0.0 } else { hits as f64 / total as f64 }
}

fn prefix_on_char_boundary(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_news_is_arabic() {
        let g = detect_language("أعلنت روسيا أنها قبلت أوراق اعتماد السفير الجديد في أفغانستان.");
        assert_eq!(g.lang, Lang::Arabic);
    }

    #[test]
    fn persian_is_not_arabic() {
        let g = detect_language("وزیر امور خارجه ایران گفت که این کشور با روسیه همکاری می‌کند و پیشنهاد داد.");
        assert_eq!(g.lang, Lang::Other("fas".into()));
    }

    #[test]
    fn english_and_french() {
        assert_eq!(detect_language("Russia said on Friday it had recognised the Taliban government.").lang, Lang::English);
        assert_eq!(
            detect_language("La Russie a annoncé vendredi qu'elle reconnaissait le gouvernement des talibans.").lang,
            Lang::Other("fra".into())
        );
    }

    #[test]
    fn empty_and_symbols() {
        assert_eq!(detect_language("").lang, Lang::Other("none".into()));
        assert_eq!(detect_language("123 --- !!!").lang, Lang::Other("none".into()));
    }

    #[test]
    fn cyrillic_is_reported() {
        let g = detect_language("Россия признала правительство талибов в пятницу.");
        assert!(matches!(g.lang, Lang::Other(_)));
    }
}
