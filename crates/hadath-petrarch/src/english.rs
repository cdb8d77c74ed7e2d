//! The regular English forms PETRARCH generates: noun plurals (synset members, agents) and verb
//! forms (verbs without a `{...}` list of irregular forms). Words are lower case.

/// Whether `c` is a vowel letter.
fn vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The regular plural of a word, or None when it should not get one (it already ends in a
/// single `s`, or is not a word). PETRARCH's rule is `+s`, `y → ies`, `ss → sses`; the
/// consonant-y rule and `-x`, `-ch`, `-sh` follow English spelling.
pub fn plural(word: &str) -> Option<String> {
    let last = word.chars().last()?;
    if !last.is_ascii_alphabetic() {
        return None;
    }
    let before = word.chars().rev().nth(1);
    if word.ends_with("ss") || word.ends_with('x') || word.ends_with("ch") || word.ends_with("sh") || word.ends_with('z') {
        return Some(format!("{word}es"));
    }
    if last == 's' {
        return None;
    }
    if last == 'y' && before.is_some_and(|b| !vowel(b)) {
        return Some(format!("{}ies", &word[..word.len() - 1]));
    }
    Some(format!("{word}s"))
}

/// The plural of a phrase: its last word inflected.
pub fn plural_phrase(phrase: &str) -> Option<String> {
    match phrase.rsplit_once(' ') {
        Some((head, last)) => plural(last).map(|p| format!("{head} {p}")),
        None => plural(phrase),
    }
}

/// The regular forms of a verb besides the base: 3rd person singular, past and gerund.
pub fn verb_forms(verb: &str) -> Vec<String> {
    let Some(last) = verb.chars().last() else {
        return Vec::new();
    };
    if !last.is_ascii_alphabetic() {
        return Vec::new();
    }
    let before = verb.chars().rev().nth(1);
    let stem_y = || &verb[..verb.len() - 1];
    let third = if verb.ends_with('s')
        || verb.ends_with('x')
        || verb.ends_with('z')
        || verb.ends_with("ch")
        || verb.ends_with("sh")
        || (last == 'o' && before.is_some_and(|b| !vowel(b)))
    {
        format!("{verb}es")
    } else if last == 'y' && before.is_some_and(|b| !vowel(b)) {
        format!("{}ies", stem_y())
    } else {
        format!("{verb}s")
    };
    let past = if last == 'e' {
        format!("{verb}d")
    } else if last == 'y' && before.is_some_and(|b| !vowel(b)) {
        format!("{}ied", stem_y())
    } else {
        format!("{verb}ed")
    };
    let gerund = if let Some(stem) = verb.strip_suffix("ie") {
        format!("{stem}ying")
    } else if last == 'e' && !verb.ends_with("ee") && !verb.ends_with("ye") && !verb.ends_with("oe") && verb.len() > 2 {
        format!("{}ing", &verb[..verb.len() - 1])
    } else {
        format!("{verb}ing")
    };
    vec![third, past, gerund]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals() {
        assert_eq!(plural("minister").as_deref(), Some("ministers"));
        assert_eq!(plural("authority").as_deref(), Some("authorities"));
        assert_eq!(plural("envoy").as_deref(), Some("envoys"));
        assert_eq!(plural("congress").as_deref(), Some("congresses"));
        assert_eq!(plural("forces"), None);
        assert_eq!(plural("f-16"), None);
        assert_eq!(plural_phrase("attorney general").as_deref(), Some("attorney generals"));
    }

    #[test]
    fn verbs() {
        assert_eq!(verb_forms("restore"), ["restores", "restored", "restoring"]);
        assert_eq!(verb_forms("deny"), ["denies", "denied", "denying"]);
        assert_eq!(verb_forms("attack"), ["attacks", "attacked", "attacking"]);
        assert_eq!(verb_forms("approach"), ["approaches", "approached", "approaching"]);
        assert_eq!(verb_forms("tie"), ["ties", "tied", "tying"]);
        assert_eq!(verb_forms("agree"), ["agrees", "agreed", "agreeing"]);
        assert_eq!(verb_forms("veto"), ["vetoes", "vetoed", "vetoing"]);
        assert_eq!(verb_forms("play"), ["plays", "played", "playing"]);
    }
}
