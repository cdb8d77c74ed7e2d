//! Normalisation for matching.
//!
//! Takes any string and gives the form in which text and lexicon entries are compared:
//! Arabic diacritics (tashkeel), tatweel and invisible format characters removed; the alef
//! forms أ إ آ ٱ unified to ا; ى → ي; ة → ه; ؤ → و; ئ → ي; Persian ک ی → ك ي; Arabic-Indic and
//! Persian digits → ASCII digits; Latin letters lower-cased.
//!
//! The normalised form is only ever used for matching; display always uses the original text.

/// What normalisation does with one character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fold {
    /// The character disappears (diacritic, tatweel, zero-width mark).
    Drop,
    /// The character becomes this one.
    To(char),
    /// The character is lower-cased (may give several characters).
    Lower,
}

/// How normalisation treats `c`.
pub fn fold(c: char) -> Fold {
    match c {
        // Arabic diacritics, Quranic marks, superscript alef, tatweel.
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0640}' => Fold::Drop,
        // Invisible format characters: ZWSP, ZWNJ, ZWJ, LRM, RLM, bidi embeddings and isolates, BOM, soft hyphen.
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{00AD}' => Fold::Drop,
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => Fold::To('ا'),
        'ى' | 'ی' | 'ئ' | '\u{06D0}' => Fold::To('ي'),
        'ة' | 'ۀ' | 'ە' => Fold::To('ه'),
        'ؤ' => Fold::To('و'),
        'ک' | 'گ' => Fold::To('ك'),
        '٠'..='٩' => Fold::To(shift_digit(c, '٠')),
        '۰'..='۹' => Fold::To(shift_digit(c, '۰')),
        '٫' => Fold::To('.'),
        '٬' => Fold::To(','),
        c if c.is_ascii_uppercase() => Fold::To(c.to_ascii_lowercase()),
        c if c.is_uppercase() => Fold::Lower,
        c => Fold::To(c),
    }
}

fn shift_digit(c: char, zero: char) -> char {
    let n = (c as u32).saturating_sub(zero as u32);
    char::from_digit(n, 10).unwrap_or(c)
}

/// Appends the normalised form of `s` to `out`.
pub fn normalize_into(s: &str, out: &mut String) {
    for c in s.chars() {
        match fold(c) {
            Fold::Drop => {}
            Fold::To(d) => out.push(d),
            Fold::Lower => out.extend(c.to_lowercase()),
        }
    }
}

/// The normalised form of `s`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

/// True for letters of the Arabic script (after or before normalisation).
pub fn is_arabic_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}' | '\u{0641}'..='\u{064A}' | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}' | '\u{06D5}' | '\u{06EE}'..='\u{06EF}' | '\u{06FA}'..='\u{06FF}'
        | '\u{0750}'..='\u{077F}' | '\u{08A0}'..='\u{08C9}' | '\u{FB50}'..='\u{FDFB}' | '\u{FE70}'..='\u{FEFC}')
}

/// True for marks that sit inside an Arabic word without ending it (diacritics, tatweel,
/// zero-width joiners).
pub fn is_arabic_mark(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}' | '\u{06EA}'..='\u{06ED}' | '\u{0640}' | '\u{200C}' | '\u{200D}')
}

/// Letters that mark Persian or Urdu rather than Arabic text.
pub fn is_persian_or_urdu_letter(c: char) -> bool {
    matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ۀ' | 'ے' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ھ' | 'ۓ')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unifies_alef_hamza_and_ta_marbuta() {
        assert_eq!(normalize("أفغانستان"), "افغانستان");
        assert_eq!(normalize("إيران"), "ايران");
        assert_eq!(normalize("الحكومة"), "الحكومه");
        assert_eq!(normalize("التقى"), "التقي");
        assert_eq!(normalize("مسؤول"), "مسوول");
        assert_eq!(normalize("مسئول"), "مسيول");
    }

    #[test]
    fn strips_tashkeel_and_tatweel() {
        assert_eq!(normalize("قُتِلَ"), "قتل");
        assert_eq!(normalize("المتّحدة"), "المتحده");
        assert_eq!(normalize("اعتراف ـــ"), "اعتراف ");
        assert_eq!(normalize("رسميًا"), "رسميا");
    }

    #[test]
    fn digits_and_case() {
        assert_eq!(normalize("٢٠٢٥"), "2025");
        assert_eq!(normalize("۱۹۷۹"), "1979");
        assert_eq!(normalize("Kabul AND Moscow"), "kabul and moscow");
        assert_eq!(normalize("ÉLYSÉE"), "élysée");
    }

    #[test]
    fn drops_invisible_marks() {
        assert_eq!(normalize("روسيا\u{200F}"), "روسيا");
        assert_eq!(normalize("\u{FEFF}abc"), "abc");
    }
}
