//! Arabic surface forms generated from the forms a lexicon entry lists.
//!
//! Takes normalised lemmas (3rd person masculine singular past and present of a verb, a noun,
//! a nisba adjective) and gives the normalised forms news text uses, so matching is a lookup,
//! not a stemmer. Generation over-produces a little (a form that no text contains costs
//! nothing); it never strips letters from names.

/// Past-tense forms of a verb from its 3ms past (normalised): فعل، فعلت، فعلا، فعلتا، فعلوا،
/// فعلن، فعلنا، فعلتم; for defective verbs (التقي، دعا) also the forms without the last letter
/// (التقت، التقوا، دعت، دعوا).
pub fn past_forms(past: &str) -> Vec<String> {
    let mut out = vec![past.to_string()];
    for suffix in ["ت", "ا", "تا", "وا", "ن", "نا", "تم"] {
        out.push(format!("{past}{suffix}"));
    }
    if let Some(base) = past.strip_suffix('ي').or_else(|| past.strip_suffix('ا'))
        && base.chars().count() >= 2
    {
        for suffix in ["ت", "تا", "وا"] {
            out.push(format!("{base}{suffix}"));
        }
    }
    dedup(out)
}

/// Present-tense forms from the 3ms present (normalised, starting with ي): the four person
/// prefixes ي ت ن ا, with the endings ان، ون، ين، وا، ن; for defective verbs (يلتقي، يدعو)
/// also the forms without the last letter (يلتقون، لم يلتق).
pub fn present_forms(present: &str) -> Vec<String> {
    let stem = present.strip_prefix('ي').unwrap_or(present);
    if stem.chars().count() < 2 {
        return vec![present.to_string()];
    }
    let weak_base = stem
        .strip_suffix('ي')
        .or_else(|| stem.strip_suffix('و'))
        .or_else(|| stem.strip_suffix('ا'))
        .filter(|b| b.chars().count() >= 2);
    let mut out = Vec::new();
    for prefix in ["ي", "ت", "ن", "ا"] {
        out.push(format!("{prefix}{stem}"));
        for suffix in ["ان", "ون", "ين", "وا", "ن"] {
            out.push(format!("{prefix}{stem}{suffix}"));
        }
        if let Some(base) = weak_base {
            // The jussive of the first person ("لم أسعَ") is rare in news and its bare form
            // is a common word ("واسع" is wide, not "and I strive").
            if matches!(prefix, "ي" | "ت") {
                out.push(format!("{prefix}{base}"));
            }
            for suffix in ["ون", "ين", "وا", "ان"] {
                out.push(format!("{prefix}{base}{suffix}"));
            }
        }
    }
    dedup(out)
}

/// Forms of an event noun: the noun, its dual, and for feminine nouns in ة (normalised ه) the
/// sound feminine plural and the dual in ت (غارة → غارات، غارتين).
pub fn noun_forms(noun: &str) -> Vec<String> {
    let mut out = vec![noun.to_string()];
    if let Some(base) = noun.strip_suffix('ه').filter(|b| b.chars().count() >= 2) {
        for suffix in ["ات", "تان", "تين"] {
            out.push(format!("{base}{suffix}"));
        }
    } else if noun.chars().count() >= 3 && !noun.contains(' ') {
        // Dual, and the indefinite accusative ("شن هجوما").
        for suffix in ["ان", "ين", "ا"] {
            out.push(format!("{noun}{suffix}"));
        }
    }
    dedup(out)
}

/// Forms of an active participle (مطالب): masculine and feminine, singular and plural, with the
/// accusative of the circumstantial clause (مطالبًا، مطالبةً، مطالبين).
pub fn participle_forms(p: &str) -> Vec<String> {
    // Only the accusative of the circumstantial clause: the bare and feminine forms are
    // often nouns too (مطالب "demands", مطالبة "a demand").
    dedup(vec![format!("{p}ا"), format!("{p}ين")])
}

/// Forms of a nisba adjective from its masculine singular (روسي): feminine روسيه, dual
/// روسيان/روسيين, plurals روسيون/روسيين/روسيات. The second value is true for plural forms,
/// which name people (الروس، الفلسطينيون) rather than qualify a noun.
pub fn nisba_forms(adj: &str) -> Vec<(String, bool)> {
    let mut out = vec![(adj.to_string(), false), (format!("{adj}ه"), false)];
    if adj.ends_with('ي') {
        // Indefinite accusative "إسرائيليًا" and the dual.
        out.push((format!("{adj}ا"), false));
        out.push((format!("{adj}ان"), false));
        for suffix in ["ون", "ين", "ات"] {
            out.push((format!("{adj}{suffix}"), true));
        }
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|(f, _)| seen.insert(f.clone()));
    out
}

fn dedup(mut v: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    v.retain(|f| seen.insert(f.clone()));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use hadath_text::normalize::normalize;

    fn has(forms: &[String], word: &str) -> bool {
        forms.contains(&normalize(word))
    }

    #[test]
    fn regular_and_defective_past() {
        let f = past_forms(&normalize("اعترف"));
        assert!(has(&f, "اعترفت") && has(&f, "اعترفوا"));
        let f = past_forms(&normalize("التقى"));
        assert!(has(&f, "التقت") && has(&f, "التقوا") && has(&f, "التقى"));
        let f = past_forms(&normalize("دعا"));
        assert!(has(&f, "دعت") && has(&f, "دعوا"));
    }

    #[test]
    fn present_with_prefixes_and_endings() {
        let f = present_forms(&normalize("يعترف"));
        assert!(has(&f, "تعترف") && has(&f, "يعترفون") && has(&f, "يعترفوا") && has(&f, "نعترف"));
        let f = present_forms(&normalize("يلتقي"));
        assert!(has(&f, "يلتقون") && has(&f, "تلتقي") && has(&f, "يلتق"));
        let f = present_forms(&normalize("يدعو"));
        assert!(has(&f, "تدعو") && has(&f, "يدعون"));
        // "واسع" (wide) is no first-person jussive of سعى.
        let f = present_forms(&normalize("يسعى"));
        assert!(has(&f, "يسعون") && !has(&f, "اسع") && !has(&f, "نسع"));
    }

    #[test]
    fn noun_plurals_and_duals() {
        let f = noun_forms(&normalize("غارة"));
        assert!(has(&f, "غارات") && has(&f, "غارتين"));
        let f = noun_forms(&normalize("تفجير"));
        assert!(has(&f, "تفجيرين"));
    }

    #[test]
    fn nisba_forms_mark_plurals() {
        let f = nisba_forms(&normalize("فلسطيني"));
        assert!(f.contains(&(normalize("فلسطينيين"), true)));
        assert!(f.contains(&(normalize("فلسطينية"), false)));
    }
}
