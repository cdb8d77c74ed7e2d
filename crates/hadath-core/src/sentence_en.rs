//! The English side of stage 1: shallow syntax for one English sentence.
//!
//! Takes the lexicon matches [`crate::sentence::analyse`] settled (actor items, triggers, cues,
//! dates) and gives what the Arabic grammar gives there, by English rules and without a parser:
//!
//! * **noun phrases** ([`build_phrases`]): premodifiers before their head ("Israeli troops",
//!   "White House security officials", "Russian President Vladimir Putin"), the possessive
//!   ("Iran's foreign minister"), "of/from/in" after an agent ("the ambassadors of Arnor",
//!   "soldiers from Gondor"), and an agent shared by coordinated countries ("lawmakers in
//!   Fornost and Gondor"); each phrase knows the preposition that governs it, skipping
//!   determiners and adjectives ("with the evil awful Gondor");
//! * **verb or noun** ([`settle_triggers`]): a word with both readings ("attack", "protest",
//!   "visit") is a noun after a determiner, an adjective or a preposition, and a verb after an
//!   auxiliary, "to" or a subject; "-ing" words are verbs only in a verb group or a participle
//!   clause;
//! * **clause breaks** ([`clause_boundaries`]): semicolons and colons, "that"/"whether",
//!   relative pronouns, subordinators that open a clause ("after crowds trashed ..."), a speech
//!   verb followed by its clause ("said Iran had ..."), "and"/"but" before a new subject and
//!   verb, and the comma before a trailing speech clause (", a senior official said").
//!
//! The closed word classes (auxiliaries, modals, determiners, prepositions, pronouns,
//! subordinators) are grammar, not vocabulary: they live here, not in the lexicon files.

use std::ops::Range;

use hadath_lexicon::{ActorKind, CueKind, Lexicon, PatternKind, Payload, TriggerForm};

use crate::actors::{CountryVia, Item, Np, Prep};
use crate::sentence::{Cue, DocView, Trigger};

pub(crate) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s"];
pub(crate) const HAVE: &[&str] = &["has", "have", "had", "having"];
pub(crate) const DO: &[&str] = &["do", "does", "did"];
pub(crate) const FUTURE_MODALS: &[&str] = &["will", "shall", "'ll", "’ll", "wo", "would"];
pub(crate) const POSSIBILITY_MODALS: &[&str] = &["may", "might", "could", "can", "should", "must", "ought", "ca"];
/// Contractions the tokenizer keeps whole: auxiliary + "n't".
const NEGATED_AUX: &[&str] = &[
    "didn't",
    "doesn't",
    "don't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "won't",
    "wouldn't",
    "can't",
    "cannot",
    "couldn't",
    "shouldn't",
    "mustn't",
    "mightn't",
    "shan't",
    "didn’t",
    "doesn’t",
    "don’t",
    "isn’t",
    "aren’t",
    "wasn’t",
    "weren’t",
    "hasn’t",
    "haven’t",
    "hadn’t",
    "won’t",
    "wouldn’t",
    "can’t",
    "couldn’t",
    "shouldn’t",
];
const NEGATORS: &[&str] = &["not", "never", "n't", "n’t", "no"];
pub(crate) const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my", "your", "some", "all", "any", "each",
    "every", "both", "several", "many", "few", "another", "other", "such", "more", "most", "new", "fresh", "further", "first",
    "latest", "former", "top", "senior", "main", "own",
];
const PARTICLES_EN: &[&str] = &["away", "off", "down", "up", "out", "back"];
pub(crate) const POSSESSIVE_PRONOUNS: &[&str] = &["its", "their", "his", "her", "our"];
pub(crate) const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "against",
    "into",
    "onto",
    "over",
    "under",
    "about",
    "after",
    "before",
    "during",
    "between",
    "among",
    "amid",
    "amidst",
    "through",
    "throughout",
    "toward",
    "towards",
    "across",
    "near",
    "without",
    "within",
    "along",
    "despite",
    "following",
    "including",
    "since",
    "until",
    "upon",
    "via",
    "than",
    "as",
    "beyond",
    "inside",
    "outside",
    "around",
    "behind",
    "off",
    "per",
    "regarding",
    "concerning",
    "alongside",
    "amongst",
    "like",
    "off",
    "besides",
    "opposite",
];
/// Prepositions of place: the phrase after them is where, not whom.
pub(crate) const LOCATIVE: &[&str] =
    &["in", "near", "inside", "outside", "across", "throughout", "around", "within", "along", "behind", "through"];
pub(crate) const CONJUNCTIONS: &[&str] = &["and", "or", "nor", "but"];
pub(crate) const RELATIVES: &[&str] = &["who", "which", "whom", "whose"];
pub(crate) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i"];
/// Verbs that take another verb's "-ing" as their object ("began deporting").
pub(crate) const CATENATIVES: &[&str] = &[
    "began",
    "begin",
    "begins",
    "begun",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "stopped",
    "stop",
    "stops",
    "resumed",
    "resume",
    "resumes",
    "kept",
    "keep",
    "keeps",
    "finished",
    "ceased",
    "halted",
    "avoid",
    "avoided",
];
const SUBORDINATORS: &[&str] = &[
    "after", "before", "when", "while", "because", "since", "until", "although", "though", "if", "unless", "whereas", "as",
    "once", "whenever", "where",
];
const ADVERBS: &[&str] = &[
    "also",
    "again",
    "already",
    "still",
    "yet",
    "just",
    "now",
    "then",
    "soon",
    "even",
    "ever",
    "once",
    "later",
    "earlier",
    "further",
    "meanwhile",
    "however",
    "moreover",
    "separately",
    "jointly",
    "reportedly",
    "allegedly",
    "repeatedly",
    "previously",
    "recently",
    "immediately",
    "quickly",
    "formally",
    "officially",
    "publicly",
    "strongly",
    "sharply",
    "firmly",
    "only",
    "almost",
    "nearly",
    "never",
    "not",
    "too",
    "instead",
    "together",
    "today",
    "tonight",
    "yesterday",
    "unexpectedly",
    "certainly",
    "really",
    "most",
    "very",
    "clearly",
    "apparently",
    "subsequently",
    "finally",
    "effectively",
    "back",
    "away",
    "ago",
];
/// "-ly" words that are no adverbs.
const NOT_ADVERBS: &[&str] =
    &["italy", "july", "family", "ally", "rally", "assembly", "supply", "reply", "fly", "anomaly", "monopoly", "apply", "daily"];

/// Word classes, as bits, for one hash lookup per question (the coder asks them often).
mod class {
    pub const DET: u32 = 1;
    pub const PREP: u32 = 1 << 1;
    pub const CONJ: u32 = 1 << 2;
    pub const REL: u32 = 1 << 3;
    pub const PRON: u32 = 1 << 4;
    pub const AUX: u32 = 1 << 5;
    pub const MODAL: u32 = 1 << 6;
    pub const NEG: u32 = 1 << 7;
    pub const ADV: u32 = 1 << 8;
    pub const NOT_ADV: u32 = 1 << 9;
    pub const OTHER_FUNCTION: u32 = 1 << 10;
    pub const SUBORD: u32 = 1 << 11;
}

fn classes() -> &'static rustc_hash::FxHashMap<&'static str, u32> {
    static MAP: std::sync::OnceLock<rustc_hash::FxHashMap<&'static str, u32>> = std::sync::OnceLock::new();
    MAP.get_or_init(|| {
        let mut m: rustc_hash::FxHashMap<&'static str, u32> = rustc_hash::FxHashMap::default();
        let mut add = |words: &[&'static str], bit: u32| {
            for w in words {
                *m.entry(w).or_default() |= bit;
            }
        };
        add(DETERMINERS, class::DET);
        // (Counts stand where determiners do: "the two sides", "three soldiers".)
        add(NUMBER_WORDS, class::DET);
        add(PREPOSITIONS, class::PREP);
        add(CONJUNCTIONS, class::CONJ);
        add(RELATIVES, class::REL);
        add(SUBJECT_PRONOUNS, class::PRON);
        add(BE, class::AUX);
        add(HAVE, class::AUX);
        add(DO, class::AUX);
        add(NEGATED_AUX, class::AUX | class::NEG);
        add(FUTURE_MODALS, class::MODAL | class::AUX);
        add(POSSIBILITY_MODALS, class::MODAL | class::AUX);
        add(NEGATORS, class::NEG);
        add(ADVERBS, class::ADV);
        add(NOT_ADVERBS, class::NOT_ADV);
        add(SUBORDINATORS, class::SUBORD);
        add(&["that", "whether", "to", "them", "him", "us", "there", "here"], class::OTHER_FUNCTION);
        m
    })
}

fn class_of(w: &str) -> u32 {
    classes().get(w).copied().unwrap_or(0)
}

pub(crate) fn is_subordinator(w: &str) -> bool {
    class_of(w) & class::SUBORD != 0
}

pub(crate) fn is_det(w: &str) -> bool {
    class_of(w) & class::DET != 0
}

pub(crate) fn is_prep(w: &str) -> bool {
    class_of(w) & class::PREP != 0
}

/// The lower-case word of token `i` ("" for punctuation and numbers).
pub(crate) fn word<'d>(doc: &'d DocView, i: usize) -> &'d str {
    if doc.kind(i) == hadath_text::TokenKind::Latin { doc.bare(i) } else { "" }
}

pub(crate) fn is_adverb(w: &str) -> bool {
    let c = class_of(w);
    c & class::ADV != 0 || (w.len() > 4 && w.ends_with("ly") && c & class::NOT_ADV == 0)
}

pub(crate) fn is_aux(w: &str) -> bool {
    class_of(w) & class::AUX != 0
}

/// "al-Sharaa" without its Arabic article ("Sharaa"): English names keep it lower case and
/// hyphened, and drop it in the short form news uses afterwards.
pub(crate) fn strip_name_article(w: &str) -> &str {
    ["al-", "el-", "ad-", "as-", "an-", "ash-", "at-", "az-"].iter().find_map(|p| w.strip_prefix(p)).unwrap_or(w)
}

pub(crate) fn is_negator(w: &str) -> bool {
    class_of(w) & class::NEG != 0 || w.ends_with("n't") || w.ends_with("n’t")
}

pub(crate) fn is_function_word(w: &str) -> bool {
    const FUNCTION: u32 =
        class::DET | class::PREP | class::CONJ | class::REL | class::PRON | class::AUX | class::NEG | class::OTHER_FUNCTION;
    w.is_empty() || class_of(w) & FUNCTION != 0 || is_negator(w)
}

pub(crate) fn is_comma(doc: &DocView, i: usize) -> bool {
    matches!(doc.raw(i), "," | "،")
}

/// The final dot of an initialism inside a sentence ("U.S. officials"): the tokenizer leaves
/// it apart, the grammar reads through it.
pub(crate) fn initial_dot(doc: &DocView, i: usize) -> bool {
    i > 0 && doc.raw(i) == "." && doc.raw(i - 1).contains('.') && doc.kind(i - 1) == hadath_text::TokenKind::Latin
}

/// Numbers written as words ("at least five people", "nearly two dozen").
const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "fifteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "hundred",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
];

/// A word before a number that counts it: "more than 60", "at least 54", "nearly 300".
pub(crate) fn quantifier(doc: &DocView, i: usize) -> bool {
    let w = word(doc, i);
    let number_after =
        |k: usize| (k + 1..k + 3).any(|j| doc.kind(j) == hadath_text::TokenKind::Number || NUMBER_WORDS.contains(&word(doc, j)));
    matches!(
        w,
        "than"
            | "least"
            | "at"
            | "about"
            | "around"
            | "nearly"
            | "almost"
            | "some"
            | "roughly"
            | "up"
            | "to"
            | "over"
            | "more"
            | "less"
            | "fewer"
    ) && number_after(i)
}

fn is_preposition(w: &str) -> bool {
    is_prep(w)
}

/// Whether the token's written form carries the possessive "'s" ("Iran's").
pub(crate) fn possessive_s(doc: &DocView, i: usize) -> bool {
    let raw = doc.raw(i);
    raw.ends_with("'s") || raw.ends_with("’s") || raw.ends_with("s'")
}

/// A word the lexicon gives no meaning of its own and no function word: an adjective, a
/// noun or a name the lexicon lacks.
pub(crate) fn unknown_word(doc: &DocView, i: usize) -> bool {
    let w = word(doc, i);
    !w.is_empty() && !is_function_word(w) && !doc.content_word(i)
}

/// A word that may stand between a determiner and its noun: an unknown word in lower case
/// ("evil", "deadly", "full").
pub(crate) fn adjective_like(doc: &DocView, i: usize) -> bool {
    unknown_word(doc, i) && doc.raw(i).chars().next().is_some_and(char::is_lowercase)
}

/// The preposition governing a phrase that starts at `start`, looking back over determiners,
/// numbers and adjectives, but not over a conjunction or comma (in "with A and B", B has none
/// of its own; it is coordinated).
pub(crate) fn governing_preposition(doc: &DocView, start: usize, sentence_start: usize) -> Option<usize> {
    let mut k = start;
    for _ in 0..4 {
        if k <= sentence_start {
            return None;
        }
        k -= 1;
        let w = word(doc, k);
        if is_preposition(w) || w == "to" {
            return Some(k);
        }
        // (A capitalised word the lexicon lacks is an adjective or first name of the phrase:
        // "with Congolese President Felix Tshisekedi".)
        let unknown_name = doc.kind(k) == hadath_text::TokenKind::Latin
            && doc.raw(k).chars().next().is_some_and(char::is_uppercase)
            && !doc.has_hits(k);
        let skippable = is_det(w)
            || initial_dot(doc, k)
            || quantifier(doc, k)
            || doc.kind(k) == hadath_text::TokenKind::Number
            || adjective_like(doc, k)
            || unknown_name
            || matches!(w, "million" | "billion");
        if !skippable {
            return None;
        }
    }
    None
}

/// Whether the phrase starting at `start` is joined to the one before by "and", "or", "nor"
/// or a comma (skipping determiners and adjectives).
fn after_conjunction(doc: &DocView, start: usize, sentence_start: usize) -> bool {
    let mut k = start;
    for _ in 0..4 {
        if k <= sentence_start {
            return false;
        }
        k -= 1;
        let w = word(doc, k);
        if matches!(w, "and" | "or" | "nor") || is_comma(doc, k) {
            return true;
        }
        if !(is_det(w) || adjective_like(doc, k) || initial_dot(doc, k)) {
            return false;
        }
    }
    false
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    /// A country, nisba, capital or city: a premodifier or a head.
    Named,
    /// An organisation: a premodifier, a head, or a name after a title ("President Romendacil").
    Org,
    Agent,
    Person,
}

fn slot(lex: &Lexicon, p: Payload) -> Option<Slot> {
    match p {
        Payload::Agent(_) => Some(Slot::Agent),
        Payload::Actor(a) if lex.actors.get(a as usize).is_some_and(|x| x.kind == ActorKind::Person) => Some(Slot::Person),
        Payload::Actor(a) if lex.actors.get(a as usize).is_some_and(|x| x.kind == ActorKind::Organisation) => Some(Slot::Org),
        Payload::Actor(_) | Payload::Nisba { .. } | Payload::Capital(_) | Payload::City(_) => Some(Slot::Named),
        _ => None,
    }
}

/// How item `next` may join the phrase ending at `end` whose last slot is `prev`.
fn joins(doc: &DocView, np: &Np, prev: Slot, next: Slot, next_start: usize, has_person: bool) -> bool {
    let end = np.end;
    if has_person || next_start < end {
        return false;
    }
    let gap: Vec<usize> = (end..next_start).collect();
    let order_ok = match (prev, next) {
        (Slot::Named | Slot::Org, Slot::Agent | Slot::Person) | (Slot::Agent, Slot::Agent | Slot::Person) => true,
        // "Prime Minister Falastur": a name the lexicon files as an organisation, after a title.
        (Slot::Agent, Slot::Org) => gap.is_empty(),
        (Slot::Named | Slot::Org, Slot::Named | Slot::Org) => false,
        (Slot::Agent, Slot::Named) => false,
        (Slot::Person, _) => false,
    };
    // "Iran's foreign minister", "Ithilen's awful and evil minister Calimehtar".
    let possessor = end > 0 && possessive_s(doc, end - 1);
    if possessor {
        let adjectives =
            gap.len() <= 4 && gap.iter().all(|&k| adjective_like(doc, k) || word(doc, k) == "and" || is_det(word(doc, k)));
        // ("Russia's FSB", "Iran's Revolutionary Guards": a body of the possessor.)
        return matches!(next, Slot::Agent | Slot::Person | Slot::Org) && adjectives;
    }
    if gap.is_empty() {
        return order_ok;
    }
    // "Foreign Minister Abbas Araqchi": first names the lexicon lacks before a known surname.
    let first_names = gap.len() <= 2
        && gap
            .iter()
            .all(|&k| doc.kind(k) == hadath_text::TokenKind::Latin && doc.raw(k).chars().next().is_some_and(char::is_uppercase));
    if matches!((prev, next), (Slot::Agent | Slot::Named, Slot::Person)) && first_names {
        return true;
    }
    // "Georgian police dragged away protesters": after a head, an "-ed" word is a verb.
    let verb_form = |k: usize| {
        let w = word(doc, k);
        w.ends_with("ing") || hadath_lexicon::morph_en::is_past_form(w) || PARTICLES_EN.contains(&w)
    };
    if matches!(prev, Slot::Agent | Slot::Person) && gap.iter().any(|&k| verb_form(k)) {
        return false;
    }
    // "the Calenardhon former security officials", "Israeli military spokesman": adjectives
    // between a premodifier and its head.
    let adjectives = gap.len() <= 2 && gap.iter().all(|&k| adjective_like(doc, k) || is_det(word(doc, k)) || initial_dot(doc, k));
    order_ok && adjectives && !gap.iter().any(|&k| doc.raw(k).chars().next().is_some_and(char::is_uppercase))
}

/// Whether a phrase headed by an agent takes the body after "of", "from" or "in" at
/// `next_start` ("the ambassadors of Arnor", "soldiers from Gondor", "police in Gaza").
fn takes_of_phrase(doc: &DocView, np: &Np, next: Slot, next_start: usize) -> bool {
    if np.agent.is_none() || np.country.is_some() || np.named.is_some() || !matches!(next, Slot::Named | Slot::Org) {
        return false;
    }
    let gap: Vec<&str> = (np.end..next_start).map(|k| word(doc, k)).collect();
    matches!(gap.as_slice(), ["of" | "from" | "in" | "for"] | ["of" | "from" | "in" | "for", "the"])
}

fn new_phrase(lex: &Lexicon, doc: &DocView, cues: &[Cue], item: &Item, sentence_start: usize) -> Np {
    let prep_at = governing_preposition(doc, item.start, sentence_start);
    let prep_word = prep_at.map(|k| word(doc, k)).unwrap_or("");
    let place_noun_before =
        cues.iter().any(|c| c.kind == CueKind::PlaceNoun && c.end + 1 == item.start && word(doc, c.end) == "of");
    // ("its long-range drones": over up to two adjectives.)
    let mut k = item.start;
    while k > sentence_start && item.start - k < 2 && k > 0 && adjective_like(doc, k - 1) {
        k -= 1;
    }
    let det_before = k > sentence_start && POSSESSIVE_PRONOUNS.contains(&word(doc, k - 1));
    let mut np = Np {
        prep: prep_at.and_then(|k| lex.word_id(word(doc, k))).map(Prep::Word),
        conj: prep_at.is_none() && after_conjunction(doc, item.start, sentence_start),
        locative: LOCATIVE.contains(&prep_word) || place_noun_before,
        agentive: prep_word == "by",
        possessive: matches!(item.payload, Payload::Agent(_)) && det_before,
        ..Np::bare_at(item.start, item.end)
    };
    // "thousands of Israelis": "of" after a quantity is partitive.
    if prep_word == "of" && prep_at.is_some_and(|k| k > 0 && cues.iter().any(|c| c.kind == CueKind::Quantity && c.end == k)) {
        np.partitive = true;
    }
    np
}

/// Builds English noun phrases from the chosen actor-layer items (sorted by start).
pub(crate) fn build_phrases(lex: &Lexicon, doc: &DocView, cues: &[Cue], items: &[Item], range: &Range<usize>) -> Vec<Np> {
    let mut out: Vec<Np> = Vec::new();
    let mut last = Slot::Named;
    let mut has_person = false;
    // Phrases that took their country from an "of/from/in" phrase: coordinated countries
    // after them share the agent ("the ambassadors of Arnor, Osgiliath and Gondor").
    let mut shared_agent: Option<u32> = None;
    for item in items {
        let Some(s) = slot(lex, item.payload) else { continue };
        if let Some(np) = out.last_mut() {
            if joins(doc, np, last, s, item.start, has_person) {
                np.end = item.end;
                crate::actors::add_payload(lex, np, item.payload);
                last = s;
                has_person |= s == Slot::Person;
                continue;
            }
            if takes_of_phrase(doc, np, s, item.start) {
                np.end = item.end;
                crate::actors::add_payload(lex, np, item.payload);
                if np.country_via != CountryVia::City {
                    np.country_via = CountryVia::Name;
                }
                shared_agent = np.agent;
                last = Slot::Named;
                // (A person may still follow: "President of the European Commission Jose ...")
                has_person = false;
                continue;
            }
        }
        let mut np = new_phrase(lex, doc, cues, item, range.start);
        crate::actors::add_payload(lex, &mut np, item.payload);
        let close = out.last().is_some_and(|prev| item.start >= prev.end && item.start - prev.end <= 3);
        match shared_agent {
            Some(agent) if np.conj && matches!(s, Slot::Named | Slot::Org) && close => {
                np.agent = Some(agent);
                if let Some(o) = lex.agents.get(agent as usize).map(|a| a.origin) {
                    np.origins.push(o);
                }
            }
            _ => shared_agent = None,
        }
        last = s;
        has_person = s == Slot::Person;
        out.push(np);
    }
    // "Danish media and government", "Israeli troops and police": a bare agent coordinated
    // with a phrase that has a nationality shares it.
    for k in 1..out.len() {
        let (a, b) = (&out[k - 1], &out[k]);
        let gap: Vec<&str> = (a.end..b.start).map(|i| word(doc, i)).collect();
        let org = |n: Option<u32>| n.and_then(|n| lex.actors.get(n as usize)).is_some_and(|x| x.kind == ActorKind::Organisation);
        let owner = a.agent.is_some() && (a.named.is_none() || org(a.named)) && (a.country.is_some() || a.named.is_some());
        if b.agent.is_some() && b.country.is_none() && b.named.is_none() && gap == ["and"] && owner {
            let (country, via, named) = (a.country, a.country_via, a.named);
            out[k].country = country;
            out[k].country_via = via;
            out[k].named = named;
        }
    }
    // A lone plural nisba names people ("Russian students" is an agent phrase; "Iranians").
    for np in &mut out {
        if np.agent.is_none() && np.named.is_none() && np.country_via == CountryVia::Nisba {
            let last_word = word(doc, np.end - 1);
            np.people = last_word.ends_with('s') && np.end == np.start + 1;
        }
    }
    out
}

/// Whether token `i` can only be a noun here: after a determiner, a possessive, an adjective
/// the lexicon lacks, a number or a preposition (not "to").
fn noun_context(doc: &DocView, i: usize, range: &Range<usize>, modifier_ends: &[usize]) -> bool {
    if i <= range.start {
        return false;
    }
    let prev = i - 1;
    let w = word(doc, prev);
    // "directing attacks", "launched strikes": a word right after a verb form is its object.
    let after_verb_form = doc.raw(prev).chars().next().is_some_and(char::is_lowercase)
        && !is_aux(w)
        && (w.ends_with("ing") || hadath_lexicon::morph_en::is_past_form(w))
        && w.len() > 4;
    // "called off retaliatory strikes": after a verb's particle comes its object.
    let after_particle = PARTICLES_EN.contains(&w) && prev > range.start && {
        let v = word(doc, prev - 1);
        hadath_lexicon::morph_en::is_past_form(v) || v.ends_with("ing") || (v.ends_with('s') && !v.ends_with("ss"))
    };
    // "the two signed a pact", "both agreed": a count standing for people just named, then a
    // past verb.
    let pair_then_verb = (w == "both" || (matches!(w, "two" | "three") && prev > range.start && word(doc, prev - 1) == "the"))
        && hadath_lexicon::morph_en::is_past_form(word(doc, i));
    // "a deal brokered by Lukashenko": a participle with its agent is a verb.
    let with_agent = i + 1 < range.end && word(doc, i + 1) == "by" && hadath_lexicon::morph_en::is_past_form(word(doc, i));
    // "Thousands demonstrated", "Dozens fled": a count standing for people, then a past verb.
    let crowd_then_verb =
        matches!(w, "thousands" | "hundreds" | "dozens" | "scores" | "millions" | "many" | "several" | "others")
            && hadath_lexicon::morph_en::is_past_form(word(doc, i));
    if pair_then_verb || with_agent || crowd_then_verb {
        return false;
    }
    // "to prepare strikes", "to stop attacks": after an infinitive comes its object.
    let after_infinitive = prev > range.start
        && word(doc, prev - 1) == "to"
        && !w.is_empty()
        && !is_function_word(w)
        && doc.raw(prev).chars().next().is_some_and(char::is_lowercase);
    // "sending artillery shells", "fired mortar rounds": a noun compound after a verb form.
    let compound_after_verb = prev > range.start
        && !w.is_empty()
        && !is_function_word(w)
        && doc.raw(prev).chars().next().is_some_and(char::is_lowercase)
        && {
            let v = word(doc, prev - 1);
            doc.raw(prev - 1).chars().next().is_some_and(char::is_lowercase)
                && !is_aux(v)
                && v.len() > 4
                && (v.ends_with("ing") || hadath_lexicon::morph_en::is_past_form(v))
        }
        && word(doc, i).ends_with('s');
    // "carries out near-daily strikes", "cross-border attacks": a lowercase hyphened word is
    // an adjective, and a plural after it a noun.
    let after_hyphened = doc.raw(prev).contains('-')
        && doc.raw(prev).chars().next().is_some_and(char::is_lowercase)
        && word(doc, i).ends_with('s');
    after_verb_form
        || after_particle
        || after_hyphened
        || after_infinitive
        || compound_after_verb
        || is_det(w)
        || (is_preposition(w) && w != "to")
        || possessive_s(doc, prev)
        || doc.kind(prev) == hadath_text::TokenKind::Number
        || modifier_ends.contains(&i)
        || (adjective_like(doc, prev) && prev > range.start && is_det(word(doc, prev - 1)) && !plural_then_past(doc, prev))
}

/// "the ceasefire talks with Hamas", "the border clashes": after a determiner and a noun, a
/// word in -s that may be a noun is the head of a compound (not "the government rejects").
fn compound_head(doc: &DocView, i: usize, range: &Range<usize>) -> bool {
    if i < range.start + 2 {
        return false;
    }
    let prev = word(doc, i - 1);
    word(doc, i).ends_with('s')
        && doc.raw(i - 1).chars().next().is_some_and(char::is_lowercase)
        && !prev.is_empty()
        && !is_function_word(prev)
        && !is_adverb(prev)
        && !prev.ends_with('s')
        && is_det(word(doc, i - 2))
}

/// "The sides signed", "both parties agreed": a plural noun, then a past verb (not "the
/// various signed", "the serious").
fn plural_then_past(doc: &DocView, prev: usize) -> bool {
    let w = word(doc, prev);
    let plural = w.len() > 3 && w.ends_with('s') && !w.ends_with("ous") && !w.ends_with("ss") && !w.ends_with("us");
    // ("the group attacked Israeli troops", "the agency seized the": an object after it.)
    let after = prev + 2;
    let object_follows = {
        let a = word(doc, after);
        is_det(a) || doc.kind(after) == hadath_text::TokenKind::Number || doc.raw(after).starts_with(|c: char| c.is_uppercase())
    };
    (plural || object_follows) && hadath_lexicon::morph_en::is_past_form(word(doc, prev + 1))
}

/// Whether a verb group (auxiliary, modal, "to", negation) stands right before token `i`,
/// adverbs skipped.
pub(crate) fn verb_group_before(doc: &DocView, i: usize, range: &Range<usize>) -> bool {
    let mut k = i;
    while k > range.start {
        k -= 1;
        let w = word(doc, k);
        if is_adverb(w) && !is_negator(w) {
            continue;
        }
        return is_aux(w) || is_negator(w) || w == "to";
    }
    false
}

/// Before phrases compete for words: drops verb readings that cannot stand where they are
/// (a verb-only "talks with" after "for", so that the noun "talks" is read), and a one-word
/// person name that is someone else's first name ("Abbas" in "Abbas Araqchi").
pub(crate) fn settle_items(doc: &DocView, range: &Range<usize>, items: &mut Vec<Item>) {
    let lex = doc.lex;
    let noun_at: Vec<(usize, usize)> = items
        .iter()
        .filter(|i| matches!(i.payload, Payload::Trigger { form: TriggerForm::Noun, .. }))
        .map(|i| (i.start, i.end))
        .collect();
    items.retain(|i| {
        match i.payload {
            Payload::Trigger { form: TriggerForm::Past | TriggerForm::Present, .. } => {
                let multi = i.end > i.start + 1;
                // (Only when a shorter noun reading stands at the same place.)
                let noun_here = noun_context(doc, i.start, range, &[]) || compound_head(doc, i.start, range);
                !(multi && noun_here && noun_at.iter().any(|&(s, e)| s == i.start && e < i.end))
            }
            Payload::Actor(a) if lex.actors.get(a as usize).is_some_and(|x| x.kind == ActorKind::Person) => {
                let next = i.end;
                let one_word = i.end == i.start + 1;
                let name_follows = next < range.end
                    && doc.kind(next) == hadath_text::TokenKind::Latin
                    && doc.raw(next).chars().next().is_some_and(char::is_uppercase)
                    // ("Putin's Kremlin": a possessive name is no first name.)
                    && !possessive_s(doc, i.start);
                !(one_word && name_follows)
            }
            _ => true,
        }
    });
}

/// Settles each English trigger as a verb or a noun (or drops it) from the words before it.
pub(crate) fn settle_triggers(doc: &DocView, range: &Range<usize>, triggers: &mut Vec<Trigger>, actor_items: &[Item]) {
    let lex = doc.lex;
    // The end of a lone nationality adjective: "Israeli strikes", "Russian shelling".
    let modifier_ends: Vec<usize> = actor_items
        .iter()
        .filter(|it| matches!(it.payload, Payload::Nisba { plural: false, .. }))
        // ("Georgians rallied": a demonym in the plural names people, the subject.)
        .filter(|it| !(it.end == it.start + 1 && word(doc, it.start).ends_with('s')))
        .map(|it| it.end)
        .filter(|&e| !actor_items.iter().any(|o| o.start == e && matches!(o.payload, Payload::Agent(_) | Payload::Actor(_))))
        .collect();
    let kind = |p: u32| lex.patterns.get(p as usize).map(|x| x.kind);
    triggers.retain_mut(|t| {
        let has_noun = t.patterns.iter().any(|&p| kind(p) == Some(PatternKind::Noun));
        let has_verb = t.patterns.iter().any(|&p| kind(p) == Some(PatternKind::Verb));
        let head = word(doc, t.start);
        let ing = head.ends_with("ing") && head.len() > 5;
        // "responded by recalling", "after meeting", "without attacking": a gerund with a
        // verb's arguments (its subject is the clause's).
        let gerund_of_manner = ing
            && has_verb
            && t.start > range.start
            && matches!(word(doc, t.start - 1), "by" | "after" | "before" | "while" | "without" | "since" | "when");
        // "began deporting", "continued shelling": the verb goes on.
        let after_catenative = ing && t.start > range.start && CATENATIVES.contains(&word(doc, t.start - 1));
        // A sentence opens with its subject: "Protests spread", "Talks resumed".
        let opens_sentence =
            t.start == range.start || (t.start == range.start + 1 && !doc.raw(range.start).chars().any(char::is_alphanumeric));
        let as_noun = if gerund_of_manner || after_catenative {
            false
        } else if (opens_sentence && has_noun)
            || ((has_noun || !ing) && noun_context(doc, t.start, range, &modifier_ends))
            || (has_noun && compound_head(doc, t.start, range))
        {
            true
        } else if ing {
            // "were attacking", "..., killing three": verbs; "the fighting": a noun.
            !(verb_group_before(doc, t.start, range) || (t.start > range.start && is_comma(doc, t.start - 1)))
        } else {
            false
        };
        let keep = |k: PatternKind| move |p: &u32| kind(*p) == Some(k);
        if as_noun {
            if !has_noun {
                return false;
            }
            t.patterns.retain(|p| keep(PatternKind::Noun)(p));
            t.form = TriggerForm::Noun;
        } else if has_verb {
            t.patterns.retain(|p| keep(PatternKind::Verb)(p));
            if t.form == TriggerForm::Noun {
                t.form = TriggerForm::Present;
            }
        } else {
            t.form = TriggerForm::Noun;
        }
        true
    });
}

/// Whether token `i` looks like a finite or participle verb the lexicon does not know: an
/// "-ed" word or an irregular past after a word that is no determiner or preposition.
pub(crate) fn unknown_verb(doc: &DocView, i: usize, range: &Range<usize>) -> bool {
    let w = word(doc, i);
    i > range.start
        && !doc.content_word(i)
        && hadath_lexicon::morph_en::is_past_form(w)
        && doc.raw(i).chars().next().is_some_and(char::is_lowercase)
        && !noun_context(doc, i, range, &[])
}

/// Whether token `i` is a verb of the clause structure: a verb trigger, a speech, support,
/// denial or claim verb, an auxiliary, or an unknown "-ed" verb.
pub(crate) fn is_verbish(doc: &DocView, i: usize, range: &Range<usize>, cues: &[Cue], triggers: &[Trigger]) -> bool {
    let w = word(doc, i);
    triggers.iter().any(|t| t.is_verb() && t.start == i)
        || cues.iter().any(|c| {
            c.start == i
                && matches!(c.kind, CueKind::Speech | CueKind::Support | CueKind::Denial | CueKind::Claim | CueKind::Casualty)
                && !noun_context(doc, i, range, &[])
        })
        // ("May 11" is a month: auxiliaries are written in lower case inside a sentence.)
        || (is_aux(w) && !matches!(w, "'s" | "’s") && (i == range.start || doc.raw(i).chars().next().is_some_and(char::is_lowercase)))
        || unknown_verb(doc, i, range)
}

/// English clause breaks (see the module doc). `hard[i - range.start]`: a break before token i.
pub(crate) fn clause_boundaries(doc: &DocView, range: &Range<usize>, cues: &[Cue], triggers: &[Trigger]) -> Vec<bool> {
    let mut hard = vec![false; range.len()];
    let verbish = |i: usize| is_verbish(doc, i, range, cues, triggers);
    // Whether a verb follows token `from` before the next comma or break (within 12 words).
    let verb_follows = |from: usize| {
        (from..(from + 12).min(range.end)).take_while(|&k| !is_comma(doc, k) && !matches!(doc.raw(k), ";" | ":")).any(&verbish)
    };
    let mark = |hard: &mut Vec<bool>, i: usize| {
        if i > range.start && i < range.end {
            hard[i - range.start] = true;
        }
    };
    // Whether a verb stands between the last break and token i: "A and B signed" is one
    // subject, "A signed and B refused" two clauses.
    let mut verb_in_clause = false;
    for i in range.clone() {
        let w = word(doc, i);
        let raw = doc.raw(i);
        if i > range.start && hard[i - range.start] {
            verb_in_clause = false;
        }
        if matches!(raw, ";" | ":" | "—" | "--") {
            mark(&mut hard, i + 1);
            verb_in_clause = false;
            continue;
        }
        if matches!(w, "that" | "whether") && !(i > range.start && is_preposition(word(doc, i - 1))) {
            mark(&mut hard, i);
        } else if class_of(w) & class::REL != 0 {
            mark(&mut hard, i);
            // The relative clause ends at the next comma: "X, who ..., said".
            if let Some(comma) = (i + 1..range.end).find(|&k| is_comma(doc, k)) {
                mark(&mut hard, comma + 1);
            }
        } else if class_of(w) & class::SUBORD != 0 && verb_follows(i + 1) {
            mark(&mut hard, i);
        } else if matches!(w, "and" | "but") && i + 1 < range.end {
            // "... and promised aid": a coordinated verb; "... and Gondor signed": a new clause.
            let next_verb = (i + 1..(i + 8).min(range.end)).take_while(|&k| !is_comma(doc, k)).find(|&k| verbish(k));
            let np_between = next_verb.is_some_and(|v| v > i + 1);
            // ("Under the deal reached in May, Armenia and Azerbaijan pledged": the verb before
            // the comma belongs to a fronted phrase; the names after it are one subject.)
            let last_comma = (range.start..i).rev().find(|&k| is_comma(doc, k));
            let fronted = last_comma.is_some_and(|c| c + 1 < i && !(c + 1..i).any(&verbish));
            let new_subject =
                np_between && verb_in_clause && !fronted && (w == "but" || subject_then_verb(doc, i + 1, next_verb));
            if next_verb == Some(i + 1) || new_subject {
                mark(&mut hard, i);
                verb_in_clause = false;
            }
        } else if is_comma(doc, i) {
            // ", a senior official said", ", said the ministry": a trailing speech clause; ",
            // killing three": a participle clause.
            // (The speech verb ends its clause: ", a senior official said on Saturday.", ", a
            // clearly inebriated official said today"; not ", officials said that ...".)
            let speech_within = (i + 1..(i + 9).min(range.end)).take_while(|&k| !is_comma(doc, k)).any(|k| {
                let ends = (k + 1..range.end).take_while(|&j| !is_comma(doc, j)).all(|j| word(doc, j) != "that" && !verbish(j))
                    && (k + 1..range.end).take_while(|&j| !is_comma(doc, j)).count() <= 4;
                cues.iter().any(|c| c.start == k && c.kind == CueKind::Speech) && (ends || k == i + 1)
            });
            let participle = i + 1 < range.end && word(doc, i + 1).ends_with("ing") && triggers.iter().any(|t| t.start == i + 1);
            if speech_within || participle {
                mark(&mut hard, i);
                verb_in_clause = false;
            }
            // "... governments that have cut ties with France, formally left": a relative
            // clause with its verb ends where the main verb comes back.
            // (Through coordinated verbs: "that have cut ties ... and turned to Moscow, left".)
            let mut opener = (range.start..i).rev().find(|&k| k == range.start || hard[k - range.start]);
            while let Some(k) = opener.filter(|&k| k > range.start && matches!(word(doc, k), "and" | "but")) {
                opener = (range.start..k).rev().find(|&j| j == range.start || hard[j - range.start]);
            }
            let in_relative = opener.is_some_and(|k| word(doc, k) == "that" || class_of(word(doc, k)) & class::REL != 0);
            let mut next = i + 1;
            while next < range.end && is_adverb(word(doc, next)) {
                next += 1;
            }
            if in_relative && verb_in_clause && next < range.end && verbish(next) && !word(doc, next).ends_with("ing") {
                mark(&mut hard, i);
            }
        }
        if verbish(i) {
            verb_in_clause = true;
        }
        // "said Iran had ...": a speech verb followed by its clause without "that".
        if cues.iter().any(|c| c.start == i && c.kind == CueKind::Speech) && i + 1 < range.end {
            let next = i + 1;
            // ("announced sanctions on ...", "declared a ceasefire": a measure is the object.)
            let announces_noun = matches!(word(doc, i), "announced" | "declared" | "unveiled") && {
                let mut k = next;
                while k < range.end && (is_det(word(doc, k)) || adjective_like(doc, k)) && !triggers.iter().any(|t| t.start == k)
                {
                    k += 1;
                }
                triggers.iter().any(|t| t.start == k && !t.is_verb())
            };
            // ("told Trump in a phone call that ...": the addressee comes first.)
            let takes_addressee =
                matches!(word(doc, i), "told" | "tell" | "tells" | "telling" | "informed" | "assured" | "briefed");
            let starts_clause = !matches!(word(doc, next), "that" | "on" | "in" | "to" | "by" | "it")
                && !is_comma(doc, next)
                && !announces_noun
                && !takes_addressee
                && verb_follows(next);
            if starts_clause && !verbish(next) {
                mark(&mut hard, next);
            }
        }
    }
    hard
}

/// Whether tokens `from..verb` are a subject (a phrase of nouns and determiners) before a verb.
fn subject_then_verb(doc: &DocView, from: usize, verb: Option<usize>) -> bool {
    let Some(v) = verb else { return false };
    // ("... with A and B and called for": the second "and" joins verbs; A and B are objects.)
    (from..v).all(|k| {
        let w = word(doc, k);
        (!is_preposition(w) || w == "of") && !matches!(w, "and" | "or") && !is_comma(doc, k)
    }) && v - from <= 6
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adverbs_by_list_and_suffix() {
        assert!(is_adverb("reportedly"));
        assert!(is_adverb("again"));
        assert!(!is_adverb("italy"));
        assert!(!is_adverb("rally"));
    }

    #[test]
    fn negated_auxiliaries() {
        for w in ["didn't", "won't", "not", "never", "cannot"] {
            assert!(is_negator(w), "{w}");
        }
        assert!(!is_negator("note"));
    }
}
