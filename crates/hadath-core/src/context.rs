//! What the coder remembers across the sentences of one document: the last subject (for
//! sentences that continue with "وأضاف"), recent places (for attacks and withdrawals whose
//! target is only implied), and how often each country is named (for agents without one).

use hadath_text::Span;
use rustc_hash::FxHashMap;

use crate::actors::Np;

/// An actor remembered from an earlier clause or sentence.
#[derive(Debug, Clone)]
pub(crate) struct Remembered {
    pub np: Np,
    /// Country for an agent-only phrase, found when it was first seen.
    pub fallback: Option<u32>,
    pub span: Span,
    pub text: String,
}

/// A place named in a sentence.
#[derive(Debug, Clone)]
pub(crate) struct Place {
    pub country: u32,
    pub span: Span,
    pub text: String,
    pub sentence: usize,
}

#[derive(Debug, Default)]
pub(crate) struct Context {
    pub last_subject: Option<Remembered>,
    /// The two sides of the last event with both (for "الجانبان", "الوزيران").
    pub last_pair: Option<(Remembered, Remembered)>,
    /// The date the last sentence told of, and that sentence's index (a sentence that goes on
    /// with "و..." and names no date of its own keeps it).
    pub last_date: Option<(hadath_lexicon::PartialDate, crate::DateBasis, usize)>,
    pub places: Vec<Place>,
    pub country_counts: FxHashMap<u32, u32>,
    /// Organisations named so far, by the generic noun that may later stand for them
    /// ("الحركة" for حركة حماس, "التنظيم" for تنظيم الدولة), with the sentence last named in.
    pub organisations: Vec<(&'static str, u32, usize)>,
    /// The author of the last act of each CAMEO root told, and the sentence it was told in.
    pub authors: Vec<([u8; 2], Remembered, usize)>,
    /// People named in full so far, by the last word of their name (English news calls
    /// "Edmundo Gonzalez" "Gonzalez" afterwards).
    pub surnames: Vec<(Box<str>, u32)>,
    /// The last person named (English "him", "his" as an object).
    pub last_person: Option<Remembered>,
    /// The author of the last act told with each trigger word (the lexicon record's lemma),
    /// and its sentence: "condemned the strikes" takes up who "struck" rather than whoever
    /// acted last.
    pub lemma_authors: Vec<(Box<str>, Remembered, usize)>,
}

impl Context {
    /// The person last named in full whose name ends in `word` (normalised).
    pub fn person_by_surname(&self, word: &str) -> Option<u32> {
        self.surnames.iter().rev().find(|(w, _)| &**w == word).map(|(_, id)| *id)
    }
}

/// The kind of act a root belongs to, for taking up an act told before.
fn act_kind(root: &str) -> &str {
    if matches!(root, "18" | "19" | "20") { "19" } else { root }
}

/// How many sentences back "الحركة" may refer.
const ORGANISATION_MEMORY: usize = 10;

/// Generic nouns that name an organisation already introduced (normalised, without article).
const ORGANISATION_HEADS: &[&str] = &[
    "حركه",
    "تنظيم",
    "جماعه",
    "حزب",
    "منظمه",
    "محكمه",
    "وكاله",
    "هيئه",
    "جبهه",
    "تحالف",
    "ائتلاف",
    "ميليشيا",
    "مليشيا",
    "فصيل",
    "مجلس",
    "لجنه",
    "شركه",
];

/// The generic noun a normalised word is, with or without the article and a clitic
/// ("للحركة", "والتنظيم"); also whether it had the article.
pub(crate) fn organisation_head(word: &str) -> Option<(&'static str, bool)> {
    let word = word.strip_prefix('و').or_else(|| word.strip_prefix('ف')).filter(|w| w.chars().count() >= 4).unwrap_or(word);
    let (rest, definite) = if let Some(r) = word.strip_prefix("ال") {
        (r, true)
    } else if let Some(r) = word.strip_prefix("بال").or_else(|| word.strip_prefix("كال")) {
        (r, true)
    } else if let Some(r) = word.strip_prefix("لل") {
        (r, true)
    } else {
        (word, false)
    };
    ORGANISATION_HEADS.iter().find(|h| **h == rest).map(|h| (*h, definite))
}

/// English generic nouns that stand for an organisation named before ("the bloc", "the group").
const EN_ORGANISATION_HEADS: &[&str] = &[
    "bloc",
    "union",
    "alliance",
    "agency",
    "watchdog",
    "court",
    "council",
    "movement",
    "party",
    "organisation",
    "organization",
    "group",
    "militia",
    "coalition",
];

/// The English generic noun `word` (lower case, singular) is, if any.
pub(crate) fn en_organisation_head(word: &str) -> Option<&'static str> {
    EN_ORGANISATION_HEADS.iter().find(|h| **h == word).copied()
}

/// The English generic nouns an organisation may later go by, from its English name and its
/// code: the EU is "the bloc", NATO "the alliance", the IAEA "the agency" and "the watchdog",
/// an armed group "the group" or "the militia".
pub(crate) fn en_organisation_heads(name: &str, code: &str) -> smallvec::SmallVec<[&'static str; 4]> {
    let mut heads = smallvec::SmallVec::new();
    let mut add = |h: &'static str| {
        if !heads.contains(&h) {
            heads.push(h);
        }
    };
    let has = |w: &str| name.split_whitespace().any(|x| x == w);
    if code.starts_with("IGOEUR") || has("Union") {
        add("bloc");
        add("union");
    }
    if code.contains("NAT") || has("Alliance") || has("NATO") {
        add("alliance");
    }
    if has("Agency") {
        add("agency");
        add("watchdog");
    }
    if has("Court") {
        add("court");
    }
    if has("Council") {
        add("council");
    }
    if has("Movement") {
        add("movement");
    }
    if has("Party") {
        add("party");
    }
    if has("Coalition") {
        add("coalition");
    }
    if has("Organisation") || has("Organization") {
        add("organisation");
        add("organization");
    }
    let role = code.get(3..).unwrap_or("");
    if ["REB", "INS", "UAF", "IMG", "SEP"].iter().any(|r| role.contains(r)) || code.starts_with("IMG") {
        add("group");
        add("militia");
        add("movement");
    }
    heads
}

/// How many trigger words' authors are remembered.
const LEMMA_MEMORY: usize = 32;

/// How many sentences back an implied place may come from.
const PLACE_MEMORY: usize = 2;

impl Context {
    /// Remembers `author` as the last to do an act of `root` ("19"), in sentence `sentence`.
    /// Violence (18, 19, 20) is one kind: "التفجير" may take up a "هجوم".
    pub fn remember_author(&mut self, root: &str, author: Remembered, sentence: usize) {
        let Ok(key) = <[u8; 2]>::try_from(act_kind(root).as_bytes()) else { return };
        self.authors.retain(|(r, ..)| *r != key);
        self.authors.push((key, author, sentence));
    }

    /// Remembers `author` as the last to do an act told with the word `lemma`.
    pub fn remember_lemma_author(&mut self, lemma: &str, author: Remembered, sentence: usize) {
        self.lemma_authors.retain(|(l, ..)| &**l != lemma);
        self.lemma_authors.push((lemma.into(), author, sentence));
        if self.lemma_authors.len() > LEMMA_MEMORY {
            self.lemma_authors.remove(0);
        }
    }

    /// The author of the act told with the word `lemma` in sentence `sentence` or the `back`
    /// before it.
    pub fn author_by_lemma(&self, lemma: &str, sentence: usize, back: usize) -> Option<&Remembered> {
        self.lemma_authors.iter().find(|(l, _, s)| &**l == lemma && *s <= sentence && sentence - *s <= back).map(|(_, a, _)| a)
    }

    /// The author of the last act told (of a kind other than talk and reactions: statements,
    /// appeals, demands, criticism, rejection), in sentence `sentence` or the `back` before it.
    pub fn last_act_author(&self, sentence: usize, back: usize) -> Option<&Remembered> {
        self.authors
            .iter()
            .rev()
            .filter(|(r, _, s)| *s <= sentence && sentence - *s <= back && !matches!(r, b"01" | b"02" | b"10" | b"11" | b"12"))
            .max_by_key(|(_, _, s)| *s)
            .map(|(_, a, _)| a)
    }

    /// The last author of an act of `root` told in sentence `sentence` or the `back` before it.
    pub fn author_of(&self, root: &str, sentence: usize, back: usize) -> Option<&Remembered> {
        let key = <[u8; 2]>::try_from(act_kind(root).as_bytes()).ok()?;
        self.authors.iter().find(|(r, _, s)| *r == key && *s <= sentence && sentence - *s <= back).map(|(_, a, _)| a)
    }

    /// The organisation a generic noun ("الحركة") stands for in sentence `sentence`.
    pub fn organisation_for(&self, head: &str, sentence: usize) -> Option<u32> {
        self.organisations
            .iter()
            .rev()
            .find(|(h, _, s)| *h == head && *s <= sentence && sentence - *s <= ORGANISATION_MEMORY)
            .map(|(_, id, _)| *id)
    }

    /// Remembers that organisation `id` was named in sentence `sentence` as `head` ...
    pub fn name_organisation(&mut self, head: &'static str, id: u32, sentence: usize) {
        self.organisations.retain(|(h, other, _)| *h != head || *other != id);
        self.organisations.push((head, id, sentence));
        if self.organisations.len() > 32 {
            self.organisations.remove(0);
        }
    }

    /// The most recent place named in sentence `sentence` or the few before it.
    pub fn recent_place(&self, sentence: usize) -> Option<&Place> {
        self.places.iter().rev().find(|p| p.sentence <= sentence && sentence - p.sentence <= PLACE_MEMORY)
    }

    /// Drops places named too long ago to matter (keeps memory flat on long documents).
    pub fn forget_places_before(&mut self, sentence: usize) {
        let horizon = sentence.saturating_sub(PLACE_MEMORY);
        if self.places.first().is_some_and(|p| p.sentence < horizon) {
            self.places.retain(|p| p.sentence >= horizon);
        }
    }

    /// The country named most often so far (ties: the lowest lexicon index, for determinism).
    pub fn dominant_country(&self) -> Option<u32> {
        let mut best: Option<(u32, u32)> = None;
        for (&c, &n) in &self.country_counts {
            if best.is_none_or(|(bc, bn)| n > bn || (n == bn && c < bc)) {
                best = Some((c, n));
            }
        }
        best.map(|(c, _)| c)
    }
}
