//! Fuzzy matching of transliterated names.
//!
//! Names of foreign people reach Arabic news in many spellings (متقي / ماتوكي / موتي,
//! غورباتشوف / جورباتشوف, دي ميستورا / دي مستورا). Each name token is reduced to a consonant
//! skeleton (long vowels and hamza dropped, letters that render one foreign sound merged,
//! doubled letters collapsed), and names are compared by edit distance between skeletons.
//! A SymSpell-style index of skeleton deletions finds candidates without scanning all names.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

/// One indexed name: its actor and the skeletons of its tokens.
#[derive(Debug, Clone)]
struct Name {
    actor: u32,
    skeletons: Vec<String>,
}

/// A name found by fuzzy matching.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FuzzyMatch {
    /// Index of the first text token of the name.
    pub start: usize,
    pub actor: u32,
    pub distance: usize,
}

#[derive(Debug, Clone, Default)]
pub struct FuzzyIndex {
    names: Vec<Name>,
    /// Skeleton of a name's last token, and each one-letter deletion of it → names.
    by_last: FxHashMap<String, SmallVec<[u32; 2]>>,
}

/// Skeletons shorter than this are never matched alone: too many words share them.
const MIN_SINGLE_SKELETON: usize = 4;

impl FuzzyIndex {
    /// Indexes a name (its normalised tokens).
    pub fn add(&mut self, actor: u32, tokens: &[&str]) {
        let skeletons: Vec<String> = tokens.iter().map(|t| skeleton(t)).collect();
        let Some(last) = skeletons.last() else { return };
        if last.chars().count() < 2 || (skeletons.len() == 1 && last.chars().count() < MIN_SINGLE_SKELETON) {
            return;
        }
        let id = u32::try_from(self.names.len()).unwrap_or(u32::MAX);
        for key in deletions(last) {
            let ids = self.by_last.entry(key).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        self.names.push(Name { actor, skeletons });
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// The best name whose last token is `tokens[end]`, comparing the name's tokens with the
    /// text tokens before it. `known(i)` says whether text token `i` is an ordinary lexicon
    /// word, which a one-token name may not fuzzily match.
    pub fn match_ending_at(&self, tokens: &[&str], end: usize, known: impl Fn(usize) -> bool) -> Option<FuzzyMatch> {
        let last = skeleton(tokens.get(end)?);
        if last.chars().count() < 2 {
            return None;
        }
        let mut best: Option<(FuzzyMatch, usize)> = None;
        let mut seen: SmallVec<[u32; 8]> = SmallVec::new();
        for key in deletions(&last) {
            let Some(ids) = self.by_last.get(&key) else {
                continue;
            };
            for &id in ids {
                if seen.contains(&id) {
                    continue;
                }
                seen.push(id);
                let name = &self.names[id as usize];
                if let Some(m) = self.score(name, tokens, end, &known) {
                    let len = name.skeletons.len();
                    let better = best.is_none_or(|(b, blen)| (m.distance, usize::MAX - len) < (b.distance, usize::MAX - blen));
                    if better {
                        best = Some((m, len));
                    }
                }
            }
        }
        best.map(|(m, _)| m)
    }

    fn score(&self, name: &Name, tokens: &[&str], end: usize, known: &impl Fn(usize) -> bool) -> Option<FuzzyMatch> {
        let n = name.skeletons.len();
        let start = (end + 1).checked_sub(n)?;
        let mut distance = 0;
        let mut exact_tokens = 0;
        let mut total_len = 0;
        for (k, want) in name.skeletons.iter().enumerate() {
            let got = skeleton(tokens[start + k]);
            let d = edit_distance(&got, want)?;
            // Each token may differ by at most a third of its skeleton.
            if d * 3 > want.chars().count().max(2) {
                return None;
            }
            // (A short Latin surname spelt differently is another name: "Bassam" is no
            // "Bazoum".)
            if d > 0 && k + 1 == n && want.is_ascii() && want.chars().count() < 5 {
                return None;
            }
            if d == 0 {
                exact_tokens += 1;
            }
            distance += d;
            total_len += want.chars().count();
        }
        // (Latin skeletons drop vowels and keep fewer letters than Arabic ones: two edits turn
        // "Mahmoud Bassal" into "Mohamed Bazoum", so English names get one.)
        let latin = name.skeletons.iter().all(|s| s.is_ascii());
        let allowed = if total_len >= 8 && !latin { 2 } else { 1 };
        if distance > allowed {
            return None;
        }
        // A lone token needs a long skeleton, longer still when it is not an exact skeleton match.
        if n == 1 && (known(start) || total_len < MIN_SINGLE_SKELETON + distance) {
            return None;
        }
        if n > 1 && exact_tokens == 0 {
            return None;
        }
        Some(FuzzyMatch { start, actor: name.actor, distance })
    }
}

/// The consonant skeleton of a normalised word (Arabic or Latin).
pub fn skeleton(word: &str) -> String {
    let word = word.strip_prefix("ال").filter(|r| r.chars().count() >= 2).unwrap_or(word);
    let mut out = String::with_capacity(word.len());
    let mut prev: Option<char> = None;
    for (i, c) in word.chars().enumerate() {
        let mapped = match c {
            'ا' if i == 0 => Some('ا'),
            'ا' | 'و' | 'ي' | 'ء' | 'ى' => None,
            'ج' | 'غ' => Some('غ'),
            'ق' | 'ك' => Some('ك'),
            'ط' => Some('ت'),
            'ص' | 'ث' => Some('س'),
            'ض' => Some('د'),
            'ذ' | 'ظ' => Some('ز'),
            'ح' => Some('ه'),
            'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'h' | '\'' | '-' if i > 0 => None,
            'c' | 'q' => Some('k'),
            'z' => Some('s'),
            'w' => Some('v'),
            c => Some(c),
        };
        if let Some(m) = mapped
            && prev != Some(m)
        {
            out.push(m);
            prev = Some(m);
        }
    }
    out
}

/// The string and all strings with one character removed.
fn deletions(s: &str) -> Vec<String> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = vec![s.to_string()];
    for i in 0..chars.len() {
        let d: String = chars.iter().enumerate().filter(|&(j, _)| j != i).map(|(_, c)| *c).collect();
        if !out.contains(&d) {
            out.push(d);
        }
    }
    out
}

/// Levenshtein distance for short strings (None if either is over 32 characters).
fn edit_distance(a: &str, b: &str) -> Option<usize> {
    let a: SmallVec<[char; 32]> = a.chars().collect();
    let b: SmallVec<[char; 32]> = b.chars().collect();
    if a.len() > 32 || b.len() > 32 {
        return None;
    }
    let mut prev: SmallVec<[usize; 33]> = (0..=b.len()).collect();
    let mut cur: SmallVec<[usize; 33]> = SmallVec::from_elem(0, b.len() + 1);
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            cur[j] = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev[b.len()])
}

#[cfg(test)]
mod tests {
    use super::*;
    use hadath_text::normalize::normalize;

    fn n(s: &str) -> String {
        normalize(s)
    }

    #[test]
    fn skeletons_merge_transliteration_variants() {
        assert_eq!(skeleton(&n("غورباتشوف")), skeleton(&n("جورباتشوف")));
        assert_eq!(skeleton(&n("متقي")), skeleton(&n("ماتوكي")));
        assert_eq!(skeleton("muttaqi"), skeleton("mottaki"));
    }

    #[test]
    fn finds_near_names_with_context() {
        let mut idx = FuzzyIndex::default();
        let name: Vec<String> = ["أمير", "خان", "متقي"].iter().map(|t| n(t)).collect();
        let name_refs: Vec<&str> = name.iter().map(String::as_str).collect();
        idx.add(7, &name_refs);
        let text: Vec<String> = ["قال", "أمير", "خان", "موتي"].iter().map(|t| n(t)).collect();
        let refs: Vec<&str> = text.iter().map(String::as_str).collect();
        let m = idx.match_ending_at(&refs, 3, |_| false).expect("fuzzy match");
        assert_eq!((m.start, m.actor), (1, 7));
    }

    #[test]
    fn single_short_tokens_do_not_match() {
        let mut idx = FuzzyIndex::default();
        idx.add(1, &[n("بوتين").as_str()]);
        let text = [n("بوتن")];
        let refs: Vec<&str> = text.iter().map(String::as_str).collect();
        // بوتين/بوتن share a three-letter skeleton: too short to trust alone.
        assert!(idx.match_ending_at(&refs, 0, |_| false).is_none());
        let mut idx = FuzzyIndex::default();
        idx.add(2, &[n("غورباتشوف").as_str()]);
        let text = [n("جورباتشيف")];
        let refs: Vec<&str> = text.iter().map(String::as_str).collect();
        assert_eq!(idx.match_ending_at(&refs, 0, |_| false).map(|m| m.distance), Some(0));
        let text = [n("كورباتشوف")];
        let refs: Vec<&str> = text.iter().map(String::as_str).collect();
        assert_eq!(idx.match_ending_at(&refs, 0, |_| false).map(|m| m.actor), Some(2));
        assert!(idx.match_ending_at(&refs, 0, |_| true).is_none(), "known words are not names");
    }
}
