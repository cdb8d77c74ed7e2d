//! Arabic clitic segmentation.
//!
//! Takes one normalised Arabic word and gives the ways it can be cut into
//! proclitics + stem + enclitic, fewest letters removed first. Which cut is right is decided
//! by the caller against its lexicon (a stem is only accepted if the lexicon knows it), as the
//! project's guide asks: names are never stemmed blindly (طالبان is not طالب + ان).
//!
//! Proclitics: the conjunctions و ف, the prepositions ب ل ك, the future particle س, the
//! article ال and their combinations (وبال، فلل، وس...). The preposition ك ("like") is cut
//! only before the article (كالـ): before a bare word it is far more often a root letter
//! (كبيرا is not ك + بيرا). Enclitics: the pronoun suffixes
//! ه ها هم هما هن ك كم كما كن نا ني ي. When an enclitic follows a feminine ending the ة is
//! written ت (حكومته); when it follows a defective verb the ى is written ا (استدعاه); the
//! candidate says so and the caller restores the ending.

/// Proclitic sequences, as they appear in normalised text, with what they contain.
const PROCLITICS: &[(&str, Proclitic)] = &[
    ("وبال", Proclitic { conj: true, prep: Some('ب'), article: true, future: false }),
    ("فبال", Proclitic { conj: true, prep: Some('ب'), article: true, future: false }),
    ("وكال", Proclitic { conj: true, prep: Some('ك'), article: true, future: false }),
    ("وال", Proclitic { conj: true, prep: None, article: true, future: false }),
    ("فال", Proclitic { conj: true, prep: None, article: true, future: false }),
    ("بال", Proclitic { conj: false, prep: Some('ب'), article: true, future: false }),
    ("كال", Proclitic { conj: false, prep: Some('ك'), article: true, future: false }),
    ("ولل", Proclitic { conj: true, prep: Some('ل'), article: true, future: false }),
    ("فلل", Proclitic { conj: true, prep: Some('ل'), article: true, future: false }),
    ("لل", Proclitic { conj: false, prep: Some('ل'), article: true, future: false }),
    ("ال", Proclitic { conj: false, prep: None, article: true, future: false }),
    ("وب", Proclitic { conj: true, prep: Some('ب'), article: false, future: false }),
    ("ول", Proclitic { conj: true, prep: Some('ل'), article: false, future: false }),
    ("فب", Proclitic { conj: true, prep: Some('ب'), article: false, future: false }),
    ("فل", Proclitic { conj: true, prep: Some('ل'), article: false, future: false }),
    ("وس", Proclitic { conj: true, prep: None, article: false, future: true }),
    ("فس", Proclitic { conj: true, prep: None, article: false, future: true }),
    ("و", Proclitic { conj: true, prep: None, article: false, future: false }),
    ("ف", Proclitic { conj: true, prep: None, article: false, future: false }),
    ("ب", Proclitic { conj: false, prep: Some('ب'), article: false, future: false }),
    ("ل", Proclitic { conj: false, prep: Some('ل'), article: false, future: false }),
    ("س", Proclitic { conj: false, prep: None, article: false, future: true }),
];

/// Pronoun suffixes, longest first.
const ENCLITICS: &[&str] = &["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];

/// What a proclitic sequence carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Proclitic {
    /// و or ف
    pub conj: bool,
    /// ب, ل or ك
    pub prep: Option<char>,
    /// ال
    pub article: bool,
    /// س (future, before a present-tense verb)
    pub future: bool,
}

impl Proclitic {
    pub const NONE: Proclitic = Proclitic { conj: false, prep: None, article: false, future: false };
}

/// How to restore the stem's last letter after an enclitic was removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Restore {
    None,
    /// ...ت + suffix was ...ة (normalised ه): حكومته → حكومه
    TaMarbuta,
    /// ...ا + suffix was ...ى (normalised ي): استدعاه → استدعي
    AlefMaqsura,
}

/// One way to cut a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segmentation<'a> {
    pub proclitic: Proclitic,
    /// The stem as it stands in the word (before any [`Restore`]).
    pub stem: &'a str,
    pub enclitic: &'a str,
    pub restore: Restore,
}

impl Segmentation<'_> {
    /// Number of letters cut off, to rank segmentations.
    pub fn cut_len(&self, word: &str) -> usize {
        word.chars().count() - self.stem.chars().count()
    }

    /// Writes the stem with its restored ending into `buf` and returns it.
    pub fn key<'b>(&self, buf: &'b mut String) -> &'b str {
        buf.clear();
        match self.restore {
            Restore::None => buf.push_str(self.stem),
            Restore::TaMarbuta | Restore::AlefMaqsura => {
                let mut chars = self.stem.chars();
                chars.next_back();
                buf.push_str(chars.as_str());
                buf.push(if self.restore == Restore::TaMarbuta { 'ه' } else { 'ي' });
            }
        }
        buf.as_str()
    }
}

/// Shortest stem (in letters) a segmentation may leave.
const MIN_STEM: usize = 2;

/// All segmentations of `word` (normalised Arabic), the uncut word first, then by the
/// number of letters removed. At most a few dozen; computed without allocation by the
/// iterator's caller-provided closure.
pub fn for_each_segmentation<'a>(word: &'a str, mut f: impl FnMut(Segmentation<'a>)) {
    let mut emit = |proclitic: Proclitic, rest: &'a str| {
        f(Segmentation { proclitic, stem: rest, enclitic: "", restore: Restore::None });
        for suffix in ENCLITICS {
            let Some(stem) = rest.strip_suffix(suffix) else {
                continue;
            };
            if stem.chars().count() < MIN_STEM + 1 {
                continue;
            }
            f(Segmentation { proclitic, stem, enclitic: suffix, restore: Restore::None });
            if stem.ends_with('ت') {
                f(Segmentation { proclitic, stem, enclitic: suffix, restore: Restore::TaMarbuta });
            }
            if stem.ends_with('ا') {
                f(Segmentation { proclitic, stem, enclitic: suffix, restore: Restore::AlefMaqsura });
            }
        }
    };
    emit(Proclitic::NONE, word);
    for (prefix, proclitic) in PROCLITICS {
        // After the article a stem has three letters at least (the lexicon cuts it likewise).
        let min = if proclitic.article { MIN_STEM + 1 } else { MIN_STEM };
        if let Some(rest) = word.strip_prefix(prefix)
            && rest.chars().count() >= min
        {
            emit(*proclitic, rest);
        }
    }
}

/// The segmentations of `word` as a vector, ordered by letters removed (for tests and tools).
pub fn segmentations(word: &str) -> Vec<Segmentation<'_>> {
    let mut v = Vec::new();
    for_each_segmentation(word, |s| v.push(s));
    v.sort_by_key(|s| s.cut_len(word));
    v
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    fn stems(word: &str) -> Vec<String> {
        let w = normalize(word);
        let mut buf = String::new();
        segmentations(&w).iter().map(|s| s.key(&mut buf).to_string()).collect()
    }

    #[test]
    fn strips_conjunction_article_and_prepositions() {
        assert!(stems("والولايات").contains(&"ولايات".to_string()));
        assert!(stems("للولايات").contains(&"ولايات".to_string()));
        assert!(stems("بالعراق").contains(&"عراق".to_string()));
        assert!(stems("وقال").contains(&"قال".to_string()));
    }

    #[test]
    fn restores_feminine_ending_before_pronouns() {
        assert!(stems("حكومته").contains(&"حكومه".to_string()));
        assert!(stems("استدعاه").contains(&"استدعي".to_string()));
        assert!(stems("قواته").contains(&"قوات".to_string()));
    }

    #[test]
    fn uncut_word_comes_first() {
        assert_eq!(stems("طالبان")[0], "طالبان");
        assert_eq!(stems("بحث")[0], "بحث");
    }

    #[test]
    fn never_leaves_a_one_letter_stem() {
        assert!(stems("وب").iter().all(|s| s.chars().count() >= 2));
    }
}
