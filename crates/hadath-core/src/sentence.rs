//! Stage 1 of coding: what the lexicon finds in one sentence.
//!
//! Takes the document's tokens with their lexicon hits and gives, for one sentence, the actor
//! noun phrases, the event triggers, the cues, the date expressions and the clause boundaries.
//! Overlapping lexicon matches are settled here, longest first: "مجلس الأمن" (an
//! organisation) wins over "الأمن" (an agent), "دولة الاحتلال" (Israel) over "احتلال" (an
//! event noun).

use std::ops::Range;

use hadath_lexicon::{CueKind, Lexicon, PartialDate, Payload, TokenHits, TriggerForm, WordId};
use hadath_text::{Analysis, TokenKind};
use smallvec::SmallVec;

use crate::actors::{Item, Np, PhraseContext, Prep, build_phrases};
use crate::dates::{DateExpr, DateTokens, find_dates};

/// The document as the sentence stage sees it.
pub(crate) struct DocView<'a> {
    pub text: &'a str,
    pub an: &'a Analysis,
    pub lex: &'a Lexicon,
    pub hits: Vec<TokenHits>,
    /// Normalised token without و/ف and article, for function-word checks.
    bare: Vec<(u32, u32)>,
    /// The token alone is an actor, agent or trigger of the lexicon (not just a word of some
    /// longer phrase): English grammar tells such words from adjectives by it.
    content: Vec<bool>,
}

impl<'a> DocView<'a> {
    pub fn new(text: &'a str, an: &'a Analysis, lex: &'a Lexicon) -> DocView<'a> {
        let mut buf = String::new();
        let mut hits = Vec::with_capacity(an.tokens.len());
        let mut bare = Vec::with_capacity(an.tokens.len());
        for t in &an.tokens {
            let norm = t.norm_str(&an.norm);
            let mut h = TokenHits::new();
            lex.lookup(norm, t.kind, &mut buf, &mut h);
            // A leading و/ف is "and" when the lexicon read it so; a word it does not know has
            // one only before the article ("والحركة", not "وكالة" or "فجر").
            let conj = if h.is_empty() { None } else { Some(h.iter().any(|x| x.best && x.proclitic.conj)) };
            bare.push(bare_range(norm, t.norm_start, t.kind, conj));
            hits.push(h);
        }
        let content = (0..an.tokens.len())
            .map(|i| {
                let mut one = false;
                if an.tokens[i].kind == TokenKind::Latin {
                    lex.phrases_at(&hits, i, |end, payloads| {
                        one |=
                            end == i + 1 && payloads.iter().any(|p| is_actor_layer(*p) || matches!(p, Payload::Trigger { .. }));
                    });
                }
                one
            })
            .collect();
        DocView { text, an, lex, hits, bare, content }
    }

    /// Whether token `i` alone is an actor, agent or trigger word of the lexicon.
    pub fn content_word(&self, i: usize) -> bool {
        self.content.get(i).copied().unwrap_or(false)
    }

    pub fn kind(&self, i: usize) -> TokenKind {
        self.an.tokens.get(i).map_or(TokenKind::Other, |t| t.kind)
    }

    pub fn bare(&self, i: usize) -> &str {
        self.bare.get(i).and_then(|&(s, e)| self.an.norm.get(s as usize..e as usize)).unwrap_or("")
    }

    pub fn raw(&self, i: usize) -> &str {
        self.an.tokens.get(i).map_or("", |t| t.span.slice(self.text))
    }

    /// The token's best readings (fewest letters cut).
    pub fn best_hits(&self, i: usize) -> impl Iterator<Item = &hadath_lexicon::Hit> + '_ {
        self.hits.get(i).into_iter().flatten().filter(|h| h.best)
    }

    pub fn conj(&self, i: usize) -> bool {
        self.best_hits(i).any(|x| x.proclitic.conj) || matches!(self.raw(i), "و" | "ف")
    }

    pub fn clitic_prep(&self, i: usize) -> Option<char> {
        self.best_hits(i).find_map(|x| x.proclitic.prep)
    }

    pub fn future(&self, i: usize) -> bool {
        self.best_hits(i).any(|x| x.proclitic.future)
    }

    pub fn has_hits(&self, i: usize) -> bool {
        self.hits.get(i).is_some_and(|h| !h.is_empty())
    }

    pub fn word_ids(&self, i: usize) -> impl Iterator<Item = WordId> + '_ {
        self.hits.get(i).into_iter().flatten().map(|h| h.word)
    }
}

impl DateTokens for DocView<'_> {
    fn kind(&self, i: usize) -> TokenKind {
        DocView::kind(self, i)
    }
    fn word(&self, i: usize) -> &str {
        self.bare(i)
    }
    fn raw(&self, i: usize) -> &str {
        DocView::raw(self, i)
    }
}

/// The byte range (in the norm buffer) of a token without a leading و/ف and article.
fn bare_range(norm: &str, offset: u32, kind: TokenKind, conj: Option<bool>) -> (u32, u32) {
    let mut s = norm;
    if kind == TokenKind::Arabic {
        for p in ["و", "ف"] {
            if let Some(rest) = s.strip_prefix(p)
                && rest.chars().count() >= 2
                && conj.unwrap_or_else(|| rest.starts_with("ال"))
            {
                s = rest;
                break;
            }
        }
        s = Lexicon::noun_key(s);
    }
    let start = offset + (norm.len() - s.len()) as u32;
    (start, start + s.len() as u32)
}

/// An event trigger: a verb or noun and the patterns it can stand for.
#[derive(Debug, Clone)]
pub(crate) struct Trigger {
    pub start: usize,
    pub end: usize,
    pub form: TriggerForm,
    pub patterns: SmallVec<[u32; 4]>,
}

impl Trigger {
    pub fn is_verb(&self) -> bool {
        self.form != TriggerForm::Noun
    }
}

/// A cue and where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub start: usize,
    pub end: usize,
    pub kind: CueKind,
}

/// Everything the event stage needs about one sentence.
#[derive(Debug, Clone)]
pub(crate) struct SentenceFacts {
    pub index: usize,
    pub range: Range<usize>,
    pub nps: Vec<Np>,
    pub triggers: Vec<Trigger>,
    pub cues: Vec<Cue>,
    pub dates: Vec<DateExpr>,
    pub discard: bool,
    /// An English sentence: the English grammar ([`crate::sentence_en`]) built its phrases
    /// and clauses, and the event stage reads it by English rules.
    pub english: bool,
    /// `hard[i - range.start]`: a clause boundary stands before token i.
    pub hard: Vec<bool>,
}

impl SentenceFacts {
    pub fn has_cue(&self, start: usize, end: usize, kind: CueKind) -> bool {
        self.cues.iter().any(|c| c.kind == kind && c.start < end && c.end > start)
    }

    pub fn cue_at(&self, i: usize, kind: CueKind) -> bool {
        self.cues.iter().any(|c| c.kind == kind && c.start <= i && i < c.end)
    }

    pub fn is_hard(&self, i: usize) -> bool {
        i > self.range.start && self.hard.get(i - self.range.start).copied().unwrap_or(false)
    }

    /// The clause (hard boundaries) holding token `i`, as a token range.
    pub fn clause_of(&self, i: usize) -> Range<usize> {
        let mut start = i;
        while start > self.range.start && !self.is_hard(start) {
            start -= 1;
        }
        let mut end = i + 1;
        while end < self.range.end && !self.is_hard(end) {
            end += 1;
        }
        start..end
    }
}

/// Priority of a layer when two matches of equal length overlap.
fn priority(lex: &Lexicon, p: Payload) -> u8 {
    match p {
        Payload::Actor(_) | Payload::Capital(_) | Payload::City(_) => 5,
        Payload::Trigger { form: TriggerForm::Past | TriggerForm::Present | TriggerForm::Participle, .. } => 4,
        Payload::Agent(_) | Payload::Nisba { .. } => 3,
        Payload::Trigger { pattern, .. } => {
            // Noun triggers with a required object are weaker still.
            if lex.patterns.get(pattern as usize).is_some_and(|p| !p.objects.is_empty()) { 1 } else { 2 }
        }
        _ => 0,
    }
}

fn is_actor_layer(p: Payload) -> bool {
    matches!(p, Payload::Actor(_) | Payload::Nisba { .. } | Payload::Capital(_) | Payload::City(_) | Payload::Agent(_))
}

/// Reads one sentence (token range `range`).
/// Which organisation a generic noun ("الحركة") stands for, from what the document named before.
pub(crate) type Refer<'r> = &'r dyn Fn(&'static str) -> Option<u32>;

/// Which person a surname alone stands for, from the people the document named in full.
pub(crate) type Surname<'r> = &'r dyn Fn(&str) -> Option<u32>;

pub(crate) fn analyse(
    doc: &DocView,
    index: usize,
    range: Range<usize>,
    publication: Option<PartialDate>,
    refer: Refer,
    surname: Surname,
    english: bool,
) -> SentenceFacts {
    let lex = doc.lex;
    let mut items: Vec<Item> = Vec::new();
    // Quotation marks never break a phrase, nor the final dot of an English initialism
    // ("U.N. nuclear watchdog": the lexicon has no dot token there).
    let quote = |i: usize| {
        matches!(doc.raw(i), "\"" | "«" | "»" | "“" | "”" | "'" | "‘" | "’")
            || (english && crate::sentence_en::initial_dot(doc, i))
    };
    for i in range.clone() {
        lex.phrases_at_skipping(&doc.hits, i, quote, |end, payloads| {
            if end <= range.end {
                items.extend(payloads.iter().map(|&payload| Item { start: i, end, payload }));
            }
        });
    }
    add_fuzzy_names(doc, &range, &mut items);
    if english {
        add_surnames(doc, &range, surname, &mut items);
        crate::sentence_en::settle_items(doc, &range, &mut items);
        // English names are capitalised: "let" is not LeT, "chad" no country; "Latin
        // American", "South American" are no Americans.
        let continent = |i: usize| i > range.start && matches!(doc.bare(i - 1), "latin" | "south" | "central" | "north");
        items.retain(|i| !(matches!(i.payload, Payload::Nisba { .. }) && doc.bare(i.start) == "american" && continent(i.start)));
        // (A lower-case particle may open a name: "al-Shabaab", "von der Leyen", "de Mistura".)
        let particle = |i: &Item| {
            let raw = doc.raw(i.start);
            let rest = crate::sentence_en::strip_name_article(raw);
            let prefixed = rest.len() < raw.len() && !rest.is_empty();
            let word = matches!(raw, "von" | "van" | "de" | "der" | "da" | "di" | "du" | "la" | "le" | "bin" | "ibn" | "ben");
            prefixed || (word && i.end > i.start + 1 && (i.start + 1..i.end).any(|k| doc.raw(k).starts_with(char::is_uppercase)))
        };
        items.retain(|i| {
            let name = matches!(i.payload, Payload::Actor(_) | Payload::Capital(_) | Payload::City(_) | Payload::Nisba { .. });
            !name || !doc.raw(i.start).chars().next().is_some_and(char::is_lowercase) || particle(i)
        });
    }
    if english {
        add_english_organisation_anaphors(doc, &range, refer, &mut items);
    } else {
        add_organisation_anaphors(doc, &range, refer, &mut items);
    }

    if english {
        drop_stop_triggers(doc, &mut items);
    } else {
        settle_trigger_forms(doc, &mut items);
    }
    if index == 0 {
        drop_dateline(doc, &range, &mut items);
    }
    // "شارع مكة المكرمة": a street's name is not a place or actor of the story.
    let street_ends: Vec<usize> = items.iter().filter(|i| i.payload == Payload::Cue(CueKind::Street)).map(|i| i.end).collect();
    items.retain(|i| {
        !(street_ends.contains(&i.start) && matches!(i.payload, Payload::City(_) | Payload::Capital(_) | Payload::Actor(_)))
    });
    // "مسؤولة عن الهجوم" says who is responsible; it names no official.
    let responsibility: Vec<(usize, usize)> = items
        .iter()
        .filter(|i| i.payload == Payload::Cue(CueKind::Responsibility) && i.end - i.start >= 2)
        .map(|i| (i.start, i.end))
        .collect();
    items.retain(|i| !(is_actor_layer(i.payload) && responsibility.iter().any(|&(s, e)| s <= i.start && i.end <= e)));
    let discard = items.iter().any(|i| i.payload == Payload::Discard);
    let mut cues: Vec<Cue> = items
        .iter()
        .filter_map(|i| match i.payload {
            Payload::Cue(kind) => Some(Cue { start: i.start, end: i.end, kind }),
            _ => None,
        })
        .collect();
    // "لا يزال" is no negation: drop negations inside continuation phrases.
    let continuation: Vec<Cue> = cues.iter().copied().filter(|c| c.kind == CueKind::Continuation).collect();
    cues.retain(|c| c.kind != CueKind::Negation || !continuation.iter().any(|k| k.start <= c.start && c.end <= k.end));
    let date_items: Vec<Item> = items
        .iter()
        .copied()
        .filter(|i| {
            matches!(i.payload, Payload::Month { .. } | Payload::Weekday(_) | Payload::Relative { .. } | Payload::Ordinal(_))
        })
        .collect();
    let dates = find_dates(doc, range.clone(), &date_items, publication);

    // Actors and triggers compete for tokens: longest first, then by layer priority.
    let mut layered: Vec<Item> = items
        .iter()
        .copied()
        .filter(|i| is_actor_layer(i.payload) || matches!(i.payload, Payload::Trigger { .. }))
        // A date phrase is never an actor or a trigger ("الجمعة" the weekday is no agent).
        .filter(|i| !dates.iter().any(|d| d.start <= i.start && i.end <= d.end && d.end - d.start > i.end - i.start - 1))
        .collect();
    layered.sort_by_key(|i| (std::cmp::Reverse(i.end - i.start), std::cmp::Reverse(priority(lex, i.payload)), i.start));
    let mut taken = vec![false; range.len()];
    let mut chosen: Vec<Item> = Vec::new();
    for item in layered {
        let span = item.start - range.start..item.end - range.start;
        let free = taken[span.clone()].iter().all(|t| !t);
        // Several meanings of the very same span (a word that is two patterns) all stay.
        let same_span = chosen.iter().any(|c| c.start == item.start && c.end == item.end && same_layer(c.payload, item.payload));
        if free || same_span {
            taken[span].iter_mut().for_each(|t| *t = true);
            chosen.push(item);
        }
    }
    chosen.sort_by_key(|i| (i.start, i.end));

    let mut actor_items: Vec<Item> = chosen.iter().copied().filter(|i| is_actor_layer(i.payload)).collect();
    // A meaning from the user's lexicon files wins over the built-in one of the same words
    // (of the same priority: an organisation still wins over an agent).
    actor_items.sort_by_key(|i| (i.start, i.end, std::cmp::Reverse(priority(lex, i.payload)), !lex.from_user_file(i.payload)));
    let mut actor_items = dedup_spans(actor_items);
    if !english {
        // (English titles are agents: "President" joins "Xi Jinping" as a phrase.)
        extend_over_titles(lex, &cues, &mut actor_items, range.start);
    }
    let mut triggers = group_triggers(&chosen);
    // Patterns from the user's lexicon files replace the built-in patterns of the same words.
    for t in &mut triggers {
        let user = |p: &u32| lex.patterns.get(*p as usize).is_some_and(|x| x.origin.file >= lex.first_user_file);
        if t.patterns.iter().any(user) {
            t.patterns.retain(|p| user(p));
        }
    }
    if english {
        crate::sentence_en::settle_triggers(doc, &range, &mut triggers, &actor_items);
        let nps = crate::sentence_en::build_phrases(lex, doc, &cues, &actor_items, &range);
        let hard = crate::sentence_en::clause_boundaries(doc, &range, &cues, &triggers);
        return SentenceFacts { index, range, nps, triggers, cues, dates, discard, english, hard };
    }
    let around = Around { doc, cues: &cues, triggers: &triggers, actor_ends: actor_items.iter().map(|i| i.end).collect() };
    let nps = build_phrases(lex, &actor_items, &around);
    let hard = clause_boundaries(doc, &range, &cues, &triggers);
    SentenceFacts { index, range, nps, triggers, cues, dates, discard, english, hard }
}

/// "Gonzalez", "Lai": a capitalised word that ends the name of a person the document named
/// in full, standing where no other name is found.
fn add_surnames(doc: &DocView, range: &Range<usize>, surname: Surname, items: &mut Vec<Item>) {
    let covered = |items: &[Item], i: usize| items.iter().any(|it| it.start <= i && i < it.end && is_actor_layer(it.payload));
    for i in range.clone() {
        let capitalised = doc.kind(i) == TokenKind::Latin && doc.raw(i).chars().next().is_some_and(char::is_uppercase);
        if !capitalised || covered(items, i) {
            continue;
        }
        let word = doc.bare(i);
        let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
        if let Some(id) = surname(word) {
            items.push(Item { start: i, end: i + 1, payload: Payload::Actor(id) });
        }
    }
}

/// "أعلنت الحركة": a definite generic noun standing alone for an organisation the document
/// named before (not "الحزب الحاكم", whose own adjective says which party it is).
fn add_organisation_anaphors(doc: &DocView, range: &Range<usize>, refer: Refer, items: &mut Vec<Item>) {
    let covered = |items: &[Item], i: usize| items.iter().any(|it| it.start <= i && i < it.end && is_actor_layer(it.payload));
    let date_at = |items: &[Item], i: usize| {
        items.iter().any(|it| {
            it.start == i && matches!(it.payload, Payload::Weekday(_) | Payload::Relative { .. } | Payload::Month { .. })
        })
    };
    for i in range.clone() {
        let Some((head, _)) = crate::context::organisation_head(doc.bare(i)) else { continue };
        // (The bare form has lost its article: the written word says whether it had one.)
        let definite = crate::context::organisation_head(&hadath_text::normalize::normalize(doc.raw(i))).is_some_and(|(_, d)| d);
        if !definite || covered(items, i) {
            continue;
        }
        let next = i + 1;
        let qualified = next < range.end && (covered(items, next) || (doc.bare(next).starts_with("ال") && !date_at(items, next)));
        if qualified {
            continue;
        }
        if let Some(id) = refer(head) {
            items.push(Item { start: i, end: next, payload: Payload::Actor(id) });
        }
    }
}

/// "the bloc", "the militant group", "the watchdog": an English generic noun after "the" (and
/// at most one lower-case adjective) stands for the organisation the document named before.
fn add_english_organisation_anaphors(doc: &DocView, range: &Range<usize>, refer: Refer, items: &mut Vec<Item>) {
    let covered = |items: &[Item], i: usize| items.iter().any(|it| it.start <= i && i < it.end && is_actor_layer(it.payload));
    for i in range.clone() {
        let bare = doc.bare(i);
        let bare = bare.strip_suffix("'s").or_else(|| bare.strip_suffix("’s")).unwrap_or(bare);
        let Some(head) = crate::context::en_organisation_head(bare) else { continue };
        if covered(items, i) || !doc.raw(i).starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        let the = |k: usize| k >= range.start && k < i && doc.bare(k) == "the";
        // ("the militant group": an agent word as the adjective is kept, and joins the phrase.)
        let agent_at =
            |k: usize| items.iter().any(|it| it.start == k && it.end == k + 1 && matches!(it.payload, Payload::Agent(_)));
        let adjective = |k: usize| {
            k > range.start
                && doc.raw(k).chars().next().is_some_and(char::is_lowercase)
                && (!covered(items, k) || agent_at(k))
                && the(k - 1)
        };
        let definite = i > range.start && (the(i - 1) || adjective(i - 1));
        // ("the group Hamas", "the group's leader" are left to the lexicon.)
        let qualified = i + 1 < range.end && (covered(items, i + 1) || doc.raw(i + 1).starts_with(|c: char| c.is_uppercase()));
        if !definite || qualified {
            continue;
        }
        if let Some(id) = refer(head) {
            items.push(Item { start: i, end: i + 1, payload: Payload::Actor(id) });
        }
    }
}

/// Reads verb forms that carry a
/// preposition or the article as nouns ("بغزو" is the noun غزو, not a verb).
fn settle_trigger_forms(doc: &DocView, items: &mut Vec<Item>) {
    // A word that is a verb form and a noun ("طعنا": we stabbed / by stabbing) is the noun
    // right after another verb ("قُتل مدرس طعنا"): two finite verbs seldom follow each other.
    let verb_ends: Vec<usize> = items
        .iter()
        .filter(|i| {
            matches!(i.payload, Payload::Trigger { form: TriggerForm::Past | TriggerForm::Present, .. })
                || matches!(i.payload, Payload::Cue(CueKind::Speech | CueKind::Support | CueKind::Casualty))
        })
        .map(|i| i.end)
        .collect();
    let noun_starts: Vec<usize> =
        items.iter().filter(|i| matches!(i.payload, Payload::Trigger { form: TriggerForm::Noun, .. })).map(|i| i.start).collect();
    items.retain(|i| {
        let verbal = matches!(i.payload, Payload::Trigger { form: TriggerForm::Past | TriggerForm::Present, .. });
        let after_verb = verb_ends.iter().any(|&e| e + 3 > i.start && e <= i.start);
        !(verbal && noun_starts.contains(&i.start) && after_verb)
    });
    // A verb never follows a preposition: "في تبادل لإطلاق النار" is the noun.
    let after_preposition: Vec<usize> =
        items.iter().filter(|i| i.payload == Payload::Cue(CueKind::Preposition) && i.end == i.start + 1).map(|i| i.end).collect();
    for item in items.iter_mut() {
        if let Payload::Trigger { form: form @ (TriggerForm::Past | TriggerForm::Present), .. } = &mut item.payload
            && after_preposition.contains(&item.start)
        {
            *form = TriggerForm::Noun;
        }
    }
    drop_stop_triggers(doc, items);
    // No verb takes the article, ب or ك, and ل goes before the present only: a verb form with
    // them is another word ("النووي" is not a form of آوى). Its noun readings stay.
    items.retain(|item| {
        let Payload::Trigger { form, .. } = item.payload else { return true };
        if form == TriggerForm::Noun || item.end - item.start > 1 {
            return true;
        }
        let mut best = doc.best_hits(item.start).peekable();
        let nominal = best.peek().is_some()
            && best.all(|x| {
                x.proclitic.article
                    || matches!(x.proclitic.prep, Some('ب' | 'ك'))
                    || (x.proclitic.prep == Some('ل') && form == TriggerForm::Past)
            });
        !nominal
    });
}

/// The tokens and cues around actor matches, for phrase building.
/// Drops triggers on function words ("هنا" is not هنأ, "is" is no verb of the lexicon) and
/// actor readings of them unless written with the article.
fn drop_stop_triggers(doc: &DocView, items: &mut Vec<Item>) {
    let stops: Vec<(usize, usize)> =
        items.iter().filter(|i| i.payload == Payload::Cue(CueKind::Stop)).map(|i| (i.start, i.end)).collect();
    let with_article = |i: usize| doc.best_hits(i).any(|x| x.proclitic.article);
    items.retain(|i| {
        if !stops.contains(&(i.start, i.end)) {
            return true;
        }
        match i.payload {
            Payload::Trigger { .. } => false,
            // "أمام" (in front of) is not الإمام (the imam); "بين" is not the verb بيّن.
            Payload::Agent(_) | Payload::Actor(_) | Payload::Nisba { .. } | Payload::City(_) | Payload::Capital(_) => {
                with_article(i.start)
            }
            Payload::Cue(k) => !matches!(
                k,
                CueKind::Speech | CueKind::Support | CueKind::Denial | CueKind::Intention | CueKind::Claim | CueKind::Casualty
            ),
            _ => true,
        }
    });
}

struct Around<'a> {
    doc: &'a DocView<'a>,
    cues: &'a [Cue],
    triggers: &'a [Trigger],
    /// Where actor matches end (a head noun that is itself an actor is no preposition's noun).
    actor_ends: Vec<usize>,
}

impl PhraseContext for Around<'_> {
    fn bare(&self, i: usize) -> &str {
        self.doc.bare(i)
    }
    fn unknown_adjective(&self, i: usize) -> bool {
        // (Between two actor matches, so no actor reading of its own.)
        self.doc.kind(i) == TokenKind::Arabic
            && !self.cues.iter().any(|c| c.start <= i && i < c.end)
            && !self.triggers.iter().any(|t| t.start <= i && i < t.end)
            && hadath_text::normalize::normalize(self.doc.raw(i)).starts_with("ال")
    }
    fn definite(&self, i: usize) -> bool {
        self.doc.best_hits(i).any(|x| x.proclitic.article) || self.doc.bare(i).starts_with("ال")
    }
    fn clitic_prep(&self, i: usize) -> Option<char> {
        self.doc.clitic_prep(i)
    }
    fn conj(&self, i: usize) -> bool {
        self.doc.conj(i)
    }
    fn word_prep(&self, i: usize) -> Option<WordId> {
        preposition_before(self.doc, self.cues, i)
    }
    fn cues_before(&self, i: usize) -> SmallVec<[CueKind; 4]> {
        self.cues.iter().filter(|c| c.end == i).map(|c| c.kind).collect()
    }
    fn joinable_gap(&self, a: usize, b: usize) -> bool {
        (a..b)
            .all(|k| self.cues.iter().any(|c| c.kind == CueKind::Past && c.start <= k && k < c.end) || self.doc.bare(k) == "باسم")
    }
    fn quantity_before(&self, i: usize) -> bool {
        i >= 2 && self.cues.iter().any(|c| c.kind == CueKind::Quantity && c.end == i - 1)
    }
    fn possessive(&self, i: usize) -> bool {
        self.doc.best_hits(i).any(|x| x.enclitic)
    }
    fn after_number(&self, i: usize) -> bool {
        i > 0 && self.doc.kind(i - 1) == TokenKind::Number
    }
    fn construct_prep(&self, i: usize, nisba: bool) -> Option<Prep> {
        // Walk back over the nouns of the chain (a count, a head noun, its genitives) to the
        // preposition that governs it: "بموقف الأردن", "على مواقع القوات", "عن أربع مجندات
        // إسرائيليات", and for a nisba the noun it agrees with: "على واردات الفحم ... الأمريكية".
        let max_steps = if nisba { 6 } else { 3 };
        let mut k = i;
        for _ in 0..max_steps {
            let head = k.checked_sub(1)?;
            if self.doc.kind(head) != TokenKind::Arabic
                || self.triggers.iter().any(|t| t.start <= head && head < t.end)
                || self.actor_ends.contains(&k)
            {
                return None;
            }
            if let Some(c) = self.cues.iter().find(|c| c.kind == CueKind::Preposition && c.start == head && c.end == k) {
                // ("على إثرها السلطات": a preposition with a pronoun governs nothing after it.)
                if self.doc.best_hits(c.start).any(|h| h.enclitic) {
                    return None;
                }
                return self.doc.word_ids(c.start).next().map(Prep::Word);
            }
            let other_cue = self.cues.iter().any(|c| {
                c.start <= head
                    && head < c.end
                    && !matches!(c.kind, CueKind::Stop | CueKind::Quantity | CueKind::PlaceNoun | CueKind::Title)
            });
            if other_cue {
                return None;
            }
            // A noun with ب or ل: known words by their reading, unknown ones by their first
            // letter when enough word is left ("بموقف", "لوحدة").
            let clitic = self.doc.clitic_prep(head).or_else(|| {
                let w = self.doc.bare(head);
                let mut chars = w.chars();
                let first = chars.next()?;
                (!self.doc.has_hits(head) && matches!(first, 'ب' | 'ل') && chars.count() >= 3).then_some(first)
            });
            // (A nisba's noun with ب, "برعاية صينية", is a manner, not an argument.)
            if let Some(c) = clitic {
                return (!nisba).then_some(Prep::Clitic(c));
            }
            k = head;
        }
        None
    }
}

fn same_layer(a: Payload, b: Payload) -> bool {
    matches!((a, b), (Payload::Trigger { .. }, Payload::Trigger { .. })) || (is_actor_layer(a) && is_actor_layer(b))
}

/// Drops the dateline of a wire story ("دبي، الإمارات العربية المتحدة (CNN)—", "بيروت -"): the
/// places before the dash say where the story was filed, not who acts.
fn drop_dateline(doc: &DocView, range: &Range<usize>, items: &mut Vec<Item>) {
    let window = range.start..(range.start + 14).min(range.end);
    let Some(dash) = window.clone().find(|&i| matches!(doc.raw(i), "—" | "–" | "-" | "--" | ":" | "ـ")) else { return };
    // "... (CNN)—", "... (رويترز) -": an agency in brackets right before the dash is a
    // dateline whatever the place words are (and however they are misspelt).
    if dash > range.start + 1 && doc.raw(dash - 1) == ")" {
        items.retain(|it| it.start > dash);
        return;
    }
    let mut in_parens = false;
    for i in range.start..dash {
        match doc.raw(i) {
            "(" => in_parens = true,
            ")" => in_parens = false,
            "،" | "," => {}
            _ if in_parens || !doc.an.tokens[i].is_word() => {}
            _ => {
                let place = items.iter().any(|it| {
                    it.start <= i
                        && i < it.end
                        && matches!(it.payload, Payload::City(_) | Payload::Capital(_) | Payload::Actor(_))
                });
                if !place {
                    return;
                }
            }
        }
    }
    items.retain(|it| it.start > dash);
}

/// Lets an organisation or person name start at the titles before it ("تنظيم داعش", "المشير
/// خليفة حفتر"), so the title joins the phrase instead of separating it from its verb.
fn extend_over_titles(lex: &Lexicon, cues: &[Cue], items: &mut [Item], sentence_start: usize) {
    let title_ending_at = |i: usize| cues.iter().find(|c| c.kind == CueKind::Title && c.end == i).map(|c| c.start);
    for k in 0..items.len() {
        let named = matches!(items[k].payload, Payload::Actor(a) if lex.actors.get(a as usize).is_some_and(|x| x.kind != hadath_lexicon::ActorKind::Country));
        if !named {
            continue;
        }
        let floor = if k > 0 { items[k - 1].end } else { sentence_start };
        while let Some(start) = title_ending_at(items[k].start) {
            if start < floor {
                break;
            }
            items[k].start = start;
        }
    }
}

/// Keeps one actor item per span (the first, which has the highest priority).
fn dedup_spans(mut items: Vec<Item>) -> Vec<Item> {
    items.dedup_by(|b, a| a.start == b.start && a.end == b.end);
    items
}

fn group_triggers(chosen: &[Item]) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    for item in chosen {
        let Payload::Trigger { pattern, form } = item.payload else {
            continue;
        };
        match out.last_mut() {
            Some(t) if t.start == item.start && t.end == item.end => {
                if !t.patterns.contains(&pattern) {
                    t.patterns.push(pattern);
                }
                // A word that is both a verb form and a noun counts as a verb.
                if t.form == TriggerForm::Noun && form != TriggerForm::Noun {
                    t.form = form;
                }
            }
            _ => out.push(Trigger { start: item.start, end: item.end, form, patterns: SmallVec::from_slice(&[pattern]) }),
        }
    }
    out
}

/// The separate preposition word right before token `i`, if any.
fn preposition_before(doc: &DocView, cues: &[Cue], i: usize) -> Option<WordId> {
    let p = i.checked_sub(1)?;
    let cue = cues.iter().find(|c| c.end == i && c.start == p && c.kind == CueKind::Preposition)?;
    // "على إثرها السلطات": a preposition with a pronoun has its object already.
    if doc.best_hits(cue.start).any(|h| h.enclitic) {
        return None;
    }
    doc.word_ids(cue.start).next()
}

/// Person names spelt differently from the lexicon (transliteration variants).
fn add_fuzzy_names(doc: &DocView, range: &Range<usize>, items: &mut Vec<Item>) {
    let keys: Vec<&str> = range
        .clone()
        .map(|i| match doc.kind(i) {
            TokenKind::Arabic => doc.bare(i),
            // English names are capitalised: lower-case words are never spelt-differently names.
            TokenKind::Latin if doc.raw(i).chars().next().is_some_and(char::is_uppercase) => doc.bare(i),
            _ => "",
        })
        .collect();
    let covered = |i: usize| items.iter().any(|it| is_actor_layer(it.payload) && it.start <= i && i < it.end);
    let mut found = Vec::new();
    for end in range.clone() {
        if doc.has_hits(end) || keys[end - range.start].chars().count() < 3 || covered(end) {
            continue;
        }
        let known = |k: usize| doc.has_hits(range.start + k);
        if let Some(m) = doc.lex.fuzzy_name(&keys, end - range.start, known) {
            // A lone word spelt like a name is usually a word ("البلدين"): only after a title,
            // an agent or a nisba ("وزير الخارجية الأفغاني موتي") is it taken for a name.
            let alone = m.start + range.start == end;
            let introduced = end > range.start
                && items.iter().any(|it| {
                    it.end == end
                        && matches!(it.payload, Payload::Agent(_) | Payload::Nisba { .. } | Payload::Cue(CueKind::Title))
                });
            if alone && !introduced {
                continue;
            }
            found.push(Item { start: range.start + m.start, end: end + 1, payload: Payload::Actor(m.actor) });
        }
    }
    items.extend(found);
}

/// Hard clause boundaries: complementizers, relative pronouns, contrast and condition words,
/// semicolons and colons, and coordinated verbs ("وأضاف", "وتعهد"). Quotation marks are not
/// boundaries: news quotes names as often as speech.
fn clause_boundaries(doc: &DocView, range: &Range<usize>, cues: &[Cue], triggers: &[Trigger]) -> Vec<bool> {
    let mut hard = vec![false; range.len()];
    for c in cues {
        let breaks = matches!(c.kind, CueKind::Complementizer | CueKind::Relative | CueKind::Contrast | CueKind::Condition)
            || (matches!(
                c.kind,
                CueKind::Speech | CueKind::Support | CueKind::Denial | CueKind::Intention | CueKind::Casualty | CueKind::Claim
            ) && doc.conj(c.start));
        if breaks && c.start > range.start {
            hard[c.start - range.start] = true;
        }
    }
    for t in triggers {
        if t.is_verb() && doc.conj(t.start) && t.start > range.start {
            hard[t.start - range.start] = true;
        }
        // "..., محملا حركة الجهاد مسؤولية الانفجار": a circumstantial participle after a comma
        // opens a clause of the main subject.
        let after_comma = t.start > range.start && matches!(doc.raw(t.start - 1), "،" | ",");
        if t.form == TriggerForm::Participle && after_comma {
            hard[t.start - range.start] = true;
        }
    }
    for i in range.clone().skip(1) {
        if matches!(doc.raw(i - 1), "؛" | ";" | ":") {
            hard[i - range.start] = true;
        }
    }
    hard
}
