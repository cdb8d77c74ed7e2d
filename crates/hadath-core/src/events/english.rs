//! Arguments and modality of English triggers.
//!
//! The event stage ([`super::EventStage`]) is shared by both languages: patterns, claims,
//! unclaimed attacks, intents, symmetric events and merging work the same way. What differs is
//! word order and function words, and that is here:
//!
//! * **the verb group**: auxiliaries, modals, negation and adverbs before the verb ("has not
//!   yet imposed", "will be renewing"); a form of "be" before a past participle makes it
//!   passive ("was attacked by"), and so does an agent after a participle ("a deal brokered
//!   by Lukashenko") or one "been" before a list of participles ("had been beaten, tortured
//!   and abused");
//! * **the subject** (SVO): walking back from the verb group over adverbs, dates and a
//!   parenthetical (", the state's fiercest foe,"), the phrase that ends there, with the phrases
//!   coordinated with it ("Gondor and Osgiliath"); a pronoun stands for the speaker of a
//!   complement ("the army said it killed") or the subject before; an infinitive takes the
//!   subject of the verb that governs it ("Arnor is about to restore", "urged Bree to help"); a
//!   coordinated verb ("condemned ... and promised aid") the subject of the first; a relative
//!   clause its antecedent ("a woman who shot at ..."); a past verb after a comma continues a
//!   list of acts ("closed its airspace, suspended trade"); "the two sides" is the pair told
//!   before; the gerund after "accused X of" is X's;
//! * **the target**: after an object phrase of the pattern ("restore ties with Gondor"), after
//!   one of its prepositions, the direct object, the author of an event noun that is the object
//!   ("condemned an attack by Osgiliath soldiers"), the sides of "between A and B", the
//!   antecedent of an object relative clause ("migrants whom the U.S. deported"), an object
//!   pronoun ("granted him asylum"), or a preposition usual for the code's root; a verb left
//!   without one borrows it from the verb coordinated after it; a backer hyphened to a noun
//!   ("U.S.-backed") is no side; "we", "our forces", "us" are the one quoted; a passive whose
//!   subject is an act ("The Russian strike was condemned by") targets the act's author; a
//!   reduced or object relative puts the verb's object before it ("missiles fired by the
//!   Houthis", "the drones that Russia launched");
//! * **event nouns**: their author is the subject of a support verb ("launched air strikes on"),
//!   "by X" after them, or the phrase before them ("Israeli air strikes", "Russia's invasion");
//! * **modality**: negation in the verb group, denial governing the clause ("denied attacking",
//!   "refused to meet"), conditions ("if", "unless", "until"), modals of possibility, accidents
//!   ("accidentally dropped"), acts cancelled or not done ("cancelled his arrest warrant", "had
//!   not resumed strikes", "stopped firing"); what one asks or orders another to do is
//!   hypothetical ("asked Hamas to release"); future modals and verbs of intention are futures (announced
//!   cooperation becomes an intent, an announced decision of one's own is the act, the rest is
//!   hypothetical).

use hadath_lexicon::{CueKind, Pattern, TriggerForm};
use smallvec::SmallVec;

use super::{Arg, EventStage, is_violent, relabel};
use crate::Modality;
use crate::actors::Prep;
use crate::sentence::Trigger;
use crate::sentence_en::{
    BE, FUTURE_MODALS, POSSIBILITY_MODALS, RELATIVES, SUBJECT_PRONOUNS, adjective_like, initial_dot, is_adverb, is_aux, is_comma,
    is_det, is_function_word, is_negator, is_verbish, possessive_s, quantifier, unknown_word, word,
};

/// What stands before a verb group.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Before {
    /// A noun phrase (index): the subject.
    Phrase(usize),
    /// A subject pronoun at this token.
    Pronoun(usize),
    /// "to": an infinitive, governed by what stands before this token.
    Infinitive(usize),
    /// "and"/"but" at this token: a coordinated verb.
    Coordinated(usize),
    /// "who"/"which" at this token: a relative clause.
    Relative(usize),
    /// A subject that is no actor ("crowds", "the explosion").
    Thing,
    /// Nothing before the verb in its clause.
    Nothing,
}

/// Words after "be" that make "to" a future ("is about to", "is set to").
const FUTURE_ADJECTIVES: &[&str] = &[
    "about",
    "going",
    "set",
    "due",
    "expected",
    "scheduled",
    "poised",
    "ready",
    "prepared",
    "likely",
    "planning",
    "preparing",
    "slated",
    "willing",
    "eager",
    "determined",
];
/// Verbs whose infinitive is a future or an intention ("plans to visit").
const FUTURE_GOVERNORS: &[&str] = &[
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "intended",
    "aim",
    "aims",
    "aimed",
    "hope",
    "hopes",
    "hoped",
    "vow",
    "vows",
    "vowed",
    "pledge",
    "pledges",
    "pledged",
    "promise",
    "promises",
    "promised",
    "threaten",
    "threatens",
    "threatened",
    "agree",
    "agrees",
    "agreed",
    "decide",
    "decides",
    "decided",
    "offer",
    "offers",
    "offered",
    "seek",
    "seeks",
    "sought",
    "prepare",
    "prepares",
    "prepared",
    "try",
    "tries",
    "tried",
    "attempt",
    "attempts",
    "attempted",
    "expect",
    "expects",
    "expected",
    "propose",
    "proposes",
    "proposed",
    "wish",
    "wishes",
    "need",
    "needs",
    "allow",
    "allows",
    "allowed",
    "help",
    "helps",
    "helped",
    "authorise",
    "authorised",
    "authorize",
    "authorized",
];
/// Verbs whose object is asked, told or made to do what the infinitive after it says
/// ("urged Israel to halt"); they govern futures too (see [`future_governor`]).
const OBJECT_CONTROL: &[&str] = &[
    "urge",
    "urges",
    "urged",
    "ask",
    "asks",
    "asked",
    "call",
    "calls",
    "called",
    "invite",
    "invites",
    "invited",
    "push",
    "pushes",
    "pushed",
    "press",
    "presses",
    "pressed",
    "pressure",
    "pressured",
    "encourage",
    "encourages",
    "encouraged",
    "demand",
    "demands",
    "demanded",
    "order",
    "orders",
    "ordered",
    "instruct",
    "instructed",
    "direct",
    "directed",
    "tell",
    "tells",
    "told",
    "appeal",
    "appealed",
    "request",
    "requested",
    "advise",
    "advised",
    "want",
    "wants",
    "wanted",
    "persuade",
    "persuaded",
];
/// Whether `w` governs an infinitive that has not happened: intentions and what is asked.
fn future_governor(w: &str) -> bool {
    FUTURE_GOVERNORS.contains(&w) || OBJECT_CONTROL.contains(&w)
}

/// Verbs that undo the act their object names ("cancelled his arrest warrant").
const CANCELLING: &[&str] = &[
    "cancelled",
    "canceled",
    "cancel",
    "cancels",
    "revoked",
    "revoke",
    "scrapped",
    "scrap",
    "quashed",
    "overturned",
    "annulled",
    "rescinded",
    "postponed",
    "postpone",
    "called",
    "shelved",
    "abandoned",
];
/// Verbs whose infinitive is refused or failed ("refused to meet").
const NEGATIVE_GOVERNORS: &[&str] =
    &["refuse", "refuses", "refused", "decline", "declines", "declined", "fail", "fails", "failed", "reject", "rejected"];
/// Particles of phrasal verbs that may stand between a verb and its object.
const PARTICLES: &[&str] = &["off", "down", "up", "out", "back", "away", "over"];

impl EventStage<'_> {
    pub(super) fn en_word(&self, i: usize) -> &str {
        word(self.doc, i)
    }

    fn en_np_ending_at(&self, end: usize) -> Option<usize> {
        self.f.nps.iter().rposition(|np| np.end == end)
    }

    fn in_date(&self, i: usize) -> Option<usize> {
        self.f.dates.iter().find(|d| d.start <= i && i < d.end).map(|d| d.start)
    }

    fn noun_trigger_at(&self, i: usize) -> bool {
        self.f.triggers.iter().any(|t| !t.is_verb() && t.start <= i && i < t.end)
    }

    /// An unknown word that is no verb: a modifier or name inside a noun phrase.
    fn en_modifier_word(&self, k: usize) -> bool {
        unknown_word(self.doc, k) && !self.verbish(k)
    }

    pub(super) fn verbish(&self, i: usize) -> bool {
        is_verbish(self.doc, i, &self.f.range, &self.f.cues, &self.f.triggers)
    }

    /// The first token of the verb group ending with the verb at `start`.
    pub(super) fn en_group_start(&self, start: usize) -> usize {
        let mut gs = start;
        while gs > self.f.range.start {
            let w = self.en_word(gs - 1);
            let catenative = crate::sentence_en::CATENATIVES.contains(&w) && self.en_word(start).ends_with("ing");
            if is_aux(w) || is_negator(w) || catenative || (is_adverb(w) && !matches!(w, "today" | "yesterday" | "tonight")) {
                gs -= 1;
            } else {
                break;
            }
        }
        gs
    }

    /// A passive: a form of "be" (or "get") before a past participle, adverbs skipped.
    pub(super) fn en_passive(&self, t: &Trigger) -> bool {
        if !t.is_verb() {
            return false;
        }
        let head = self.en_word(t.start);
        let participle = hadath_lexicon::morph_en::is_past_form(head) || (t.form == TriggerForm::Past && !head.ends_with("ing"));
        if !participle {
            return false;
        }
        let mut k = t.start;
        // ("had been beaten, tortured and abused": a list of participles after one "been"; not
        // "was concerned and urged Beijing", whose verb has an object of its own.)
        let object_after = self.f.nps.iter().any(|np| np.start == t.end && np.prep.is_none());
        let mut listed = false;
        while k > self.f.range.start {
            k -= 1;
            let w = self.en_word(k);
            if is_adverb(w) && !is_negator(w) {
                continue;
            }
            let list_glue = is_comma(self.doc, k) || matches!(w, "and" | "or");
            if list_glue && !object_after && k > self.f.range.start && hadath_lexicon::morph_en::is_past_form(self.en_word(k - 1))
            {
                listed = true;
                k -= 1;
                continue;
            }
            if listed && hadath_lexicon::morph_en::is_past_form(w) && !BE.contains(&w) {
                continue;
            }
            if list_glue {
                return false;
            }
            return (BE.contains(&w) && !matches!(w, "'s" | "’s"))
                || matches!(w, "get" | "gets" | "got" | "getting")
                || (!listed && self.en_reduced_relative(t, k));
        }
        false
    }

    /// "a deal brokered by Lukashenko", "talks mediated by Qatar", "Iran, backed by Russia": a
    /// participle after a noun or a comma with its agent right after "by" is a passive.
    fn en_reduced_relative(&self, t: &Trigger, before: usize) -> bool {
        let w = self.en_word(before);
        let after_noun = is_comma(self.doc, before)
            || (!w.is_empty() && !is_function_word(w) && !self.verbish(before) && !SUBJECT_PRONOUNS.contains(&w));
        // ("fired by the Houthis": a determiner may stand before the agent.)
        let agent_follows = self.f.nps.iter().any(|np| {
            np.agentive && np.start > t.end && np.start <= t.end + 3 && (t.end + 1..np.start).all(|k| is_det(self.en_word(k)))
        });
        after_noun && self.en_word(t.end) == "by" && agent_follows
    }

    /// Whether phrase `idx` names neither an actor nor a country of its own.
    fn np_country_free(&self, idx: usize) -> bool {
        let np = self.np(idx);
        np.named.is_none() && np.country_index(self.lex(), self.doc_publication).is_none()
    }

    /// What stands before the verb group starting at `gs`, in the clause from `clause_start`.
    fn en_before(&self, gs: usize, clause_start: usize) -> Before {
        let mut i = gs;
        while i > clause_start {
            let k = i - 1;
            let w = self.en_word(k);
            if let Some(d) = self.in_date(k) {
                i = d;
                if i > clause_start && matches!(self.en_word(i - 1), "on" | "in" | "at" | "since" | "by" | "early" | "late") {
                    i -= 1;
                }
                continue;
            }
            if self.doc.raw(k) == ")" {
                // "The Philippines and the European Union (EU) agree": skip the brackets.
                i = (clause_start..k).rev().find(|&j| self.doc.raw(j) == "(").unwrap_or(k);
                continue;
            }
            if (is_adverb(w) && !is_negator(w)) || matches!(self.doc.raw(k), "\"" | "“" | "”" | "'" | "’" | "(") {
                i = k;
                continue;
            }
            // "closed its airspace on Thursday, suspended all trade and warned": a finite verb
            // right after a comma, after another verb, continues a list of that verb's acts.
            if is_comma(self.doc, k) && k + 1 == gs && self.en_listed_verb(gs, clause_start, k) {
                return Before::Coordinated(k);
            }
            if is_comma(self.doc, k) {
                // ", the state's fiercest foe,": a parenthetical between subject and verb.
                match (clause_start..k).rev().find(|&j| is_comma(self.doc, j)) {
                    Some(open) if open > clause_start => {
                        let inner = self.en_before(k, open + 1);
                        let outer = self.en_before(open, clause_start);
                        // An unknown name before its apposition: the apposition says who.
                        return match (outer, inner) {
                            (Before::Thing, Before::Phrase(p)) if !self.np(p).is_place() => Before::Phrase(p),
                            // "The junta's leader, Senior General Min Aung Hlaing, met": a head
                            // with no country of its own yields to the name in apposition.
                            (Before::Phrase(o), Before::Phrase(p))
                                if !self.np(p).is_place() && self.np_country_free(o) && !self.np_country_free(p) =>
                            {
                                Before::Phrase(p)
                            }
                            (o, _) => o,
                        };
                    }
                    _ => {
                        i = k;
                        continue;
                    }
                }
            }
            // "and the two leaders signed": the pair named earlier.
            if self.f.cues.iter().any(|c| c.kind == CueKind::Pair && c.end == k + 1) {
                return Before::Thing;
            }
            if let Some(idx) = self.en_np_ending_at(k + 1) {
                let np = self.np(idx);
                if np.agentive {
                    return Before::Thing;
                }
                let prep_at = crate::sentence_en::governing_preposition(self.doc, np.start, self.f.range.start);
                // "after Iran shot down", "as Prime Minister Kishida met": a subordinator that
                // opens the clause is no preposition of its subject.
                let opener = prep_at.is_some_and(|p| p == clause_start && crate::sentence_en::is_subordinator(self.en_word(p)));
                if np.prep.is_none() || np.partitive || opener {
                    return Before::Phrase(self.group_head(idx));
                }
                // "the head of the IAEA", "supporters of Hamas": the body after "of" speaks for
                // the noun before it, unless that noun is an event ("the killing of").
                if let Some(p) = prep_at
                    && self.en_word(p) == "of"
                    && p > clause_start
                    && !self.noun_trigger_at(p - 1)
                    && !self.f.nps.iter().any(|o| o.end == p)
                    && !is_function_word(self.en_word(p - 1))
                {
                    return Before::Phrase(idx);
                }
                // A prepositional phrase qualifying the subject or the clause: look further.
                i = prep_at.unwrap_or(np.start);
                continue;
            }
            if SUBJECT_PRONOUNS.contains(&w) {
                return Before::Pronoun(k);
            }
            if RELATIVES.contains(&w) || (w == "that" && k + 1 == gs) {
                return Before::Relative(k);
            }
            if w == "to" {
                return Before::Infinitive(k);
            }
            if matches!(w, "and" | "but" | "or") {
                return Before::Coordinated(k);
            }
            if self.f.cue_at(k, CueKind::Pair) {
                return Before::Thing;
            }
            if w.is_empty() && self.doc.kind(k) != hadath_text::TokenKind::Number {
                i = k;
                continue;
            }
            // A noun chunk: a subject that is no actor, unless a preposition opens it (then it
            // is an adverbial: "in a statement").
            let mut s = k;
            while s > clause_start {
                let p = self.en_word(s - 1);
                let in_chunk = (!p.is_empty() && !is_function_word(p) && !self.verbish(s - 1))
                    || is_det(p)
                    || initial_dot(self.doc, s - 1)
                    || self.doc.kind(s - 1) == hadath_text::TokenKind::Number;
                if !in_chunk {
                    break;
                }
                s -= 1;
            }
            let opener = if s > clause_start { self.en_word(s - 1) } else { "" };
            if crate::sentence_en::is_prep(opener) && opener != "of" {
                i = s - 1;
                continue;
            }
            // "Russian students", "Israeli settlers": a nationality before a noun the lexicon
            // lacks names people of that country.
            if let Some(idx) = self.f.nps.iter().rposition(|np| np.start >= s && np.end <= k && np.prep.is_none())
                && !self.noun_trigger_at(k)
            {
                // ("Egyptian and Qatari mediators": from the first adjective coordinated.)
                return Before::Phrase(self.group_head(idx));
            }
            return Before::Thing;
        }
        Before::Nothing
    }

    /// Whether the verb group at `gs`, right after the comma at `comma`, is a past verb in a
    /// list of acts: another verb stands earlier in the clause, after its subject.
    fn en_listed_verb(&self, gs: usize, clause_start: usize, comma: usize) -> bool {
        let w = self.en_word(gs);
        let finite = hadath_lexicon::morph_en::is_past_form(w) && !w.ends_with("ing") && self.verbish(gs);
        finite
            && (clause_start..comma).any(|j| self.verbish(j) && !is_aux(self.en_word(j)))
            && !(clause_start..comma).any(|j| RELATIVES.contains(&self.en_word(j)))
    }

    /// Whether a phrase's preposition is the English word `w`.
    fn prep_is(&self, prep: Option<Prep>, w: &str) -> bool {
        prep.is_some() && prep == self.lex().word_id(w).map(Prep::Word)
    }

    /// The subject of the verb at `start..end` (see the module doc).
    pub(super) fn en_subject_of(&self, start: usize, end: usize, inherit: bool) -> SmallVec<[Arg; 1]> {
        self.en_subject_depth(start, end, inherit, 0)
    }

    fn en_subject_depth(&self, start: usize, end: usize, inherit: bool, depth: u8) -> SmallVec<[Arg; 1]> {
        if depth > 4 {
            return SmallVec::new();
        }
        let clause = self.f.clause_of(start);
        let gs = self.en_group_start(start).max(clause.start);
        match self.en_before(gs, clause.start) {
            Before::Phrase(idx) => {
                // "The two leaders signed": a phrase without a country that names the pair.
                let codable = self.codable(idx);
                if !codable
                    && inherit
                    && let Some(pair) = self.pair_subject(start, end)
                {
                    return SmallVec::from_buf([pair]);
                }
                let mut group = self.with_group(idx, "subject");
                // "he and Putin had agreed": a pronoun coordinated with the phrase.
                let head = self.np(self.group_head(idx)).start;
                if inherit && head >= 2 && self.en_word(head - 1) == "and" && SUBJECT_PRONOUNS.contains(&self.en_word(head - 2)) {
                    let mut referent = self.en_pronoun(head - 2, depth);
                    referent.retain(|a| !matches!(a, Arg::Np { idx: i, .. } if *i == idx));
                    referent.extend(group);
                    group = referent;
                }
                group
            }
            Before::Pronoun(k) if inherit => self.en_pronoun(k, depth),
            Before::Infinitive(to) if inherit => self.en_governor_subject(to, depth),
            Before::Coordinated(k) if inherit => {
                let previous = (self.f.range.start..k).rev().find(|&v| self.verbish(v) && !is_aux(self.en_word(v)));
                match previous {
                    Some(v) => self
                        .en_subject_depth(v, v + 1, true, depth + 1)
                        .into_iter()
                        .map(|a| relabel(a, "subject of the coordinated verb"))
                        .collect(),
                    None => SmallVec::new(),
                }
            }
            Before::Relative(k) => {
                let mut e = k;
                if e > self.f.range.start && is_comma(self.doc, e - 1) {
                    e -= 1;
                }
                // (The antecedent may sit in a prepositional phrase: "talks with Wang Yi, who
                // warned Washington".)
                let comma = e < k;
                match self.en_np_ending_at(e) {
                    Some(idx) if !self.np(idx).is_place() && !self.np(idx).locative && (self.np(idx).prep.is_none() || comma) => {
                        SmallVec::from_buf([Arg::Np { idx, how: "antecedent of the relative clause" }])
                    }
                    _ => SmallVec::new(),
                }
            }
            Before::Nothing => {
                // "Mali, Niger and Burkina Faso, which form ..., recalled": the subject stands
                // before the relative clause that ends right before the verb.
                if let Some(open) = self.en_relative_before(clause.start) {
                    let outer = self.f.clause_of(open.saturating_sub(1)).start;
                    if let Before::Phrase(idx) = self.en_before(open, outer) {
                        return self.with_group(idx, "subject");
                    }
                }
                if inherit && let Some(pair) = self.pair_subject(start, end) {
                    return SmallVec::from_buf([pair]);
                }
                // "Wang Yi, China's top diplomat, warned": the subject and its apposition end
                // at the comma before the verb.
                if let Some(c) = self.en_comma_opening(clause.start)
                    && c > self.f.range.start
                    && gs <= c + 1
                {
                    let outer = self.f.clause_of(c - 1).start;
                    if let Before::Phrase(idx) = self.en_before(c, outer)
                        && self.np(idx).prep.is_none()
                    {
                        return self.with_group(idx, "subject before the apposition");
                    }
                }
                SmallVec::new()
            }
            Before::Thing if inherit => self.pair_subject(start, end).into_iter().collect(),
            _ => SmallVec::new(),
        }
    }

    /// The comma a clause starting at `clause_start` opens with: the clause's first token, or
    /// the token right before it.
    pub(super) fn en_comma_opening(&self, clause_start: usize) -> Option<usize> {
        if is_comma(self.doc, clause_start) {
            Some(clause_start)
        } else {
            clause_start.checked_sub(1).filter(|&c| c > self.f.range.start && is_comma(self.doc, c))
        }
    }

    /// The comma opening a relative clause (", which ...,") that closes at the comma right
    /// before `clause_start`.
    fn en_relative_before(&self, clause_start: usize) -> Option<usize> {
        let close = self.en_comma_opening(clause_start)?;
        let rel = (self.f.range.start..close)
            .rev()
            .take_while(|&k| !is_comma(self.doc, k) || k + 1 == close)
            .find(|&k| RELATIVES.contains(&self.en_word(k)) || (self.en_word(k) == "that" && k > 0 && is_comma(self.doc, k - 1)));
        if let Some(rel) = rel {
            return rel.checked_sub(1).filter(|&c| is_comma(self.doc, c) && c > self.f.range.start);
        }
        // "Niger, all run by military governments that have cut ties with France, formally
        // left": an apposition holding a relative clause.
        let that =
            (self.f.range.start..close).rev().take_while(|&k| !is_comma(self.doc, k)).find(|&k| self.en_word(k) == "that")?;
        (self.f.range.start + 1..that).rev().take(12).find(|&c| is_comma(self.doc, c))
    }

    /// What a subject pronoun at `k` stands for: the speaker of the clause it opens ("the army
    /// said it killed"), else the subject named before in the sentence, else the text's.
    fn en_pronoun(&self, k: usize, depth: u8) -> SmallVec<[Arg; 1]> {
        let w = self.en_word(k);
        if matches!(w, "we" | "i") {
            // '"We shot down two drones," the ministry said': the one quoted.
            return self.en_quoted_speaker(k, depth).into_iter().map(|a| relabel(a, "first person (the speaker)")).collect();
        }
        let mut j = k;
        if j > self.f.range.start && self.en_word(j - 1) == "that" {
            j -= 1;
        }
        let speech = self.f.cues.iter().find(|c| c.end <= j && j - c.end <= 1 && c.kind == CueKind::Speech);
        if let Some(c) = speech {
            let s = self.en_subject_depth(c.start, c.end, true, depth + 1);
            if !s.is_empty() {
                return s.into_iter().map(|a| relabel(a, "subject pronoun (the speaker)")).collect();
            }
        }
        // ("Israel bombed the ministry ..., which it accuses of": "it" is the subject told
        // before in the sentence, not the last phrase.)
        // ("he called on": a person, not the troops or the country named last.)
        let fits = |i: usize| match w {
            "he" | "she" => self.en_person_like(i),
            _ => !self.np(i).names_person(self.lex()),
        };
        let fits_arg = |a: &Arg| match a {
            Arg::Np { idx, .. } => fits(*idx),
            _ => true,
        };
        if let Some((_, group)) = self.subjects.iter().rev().find(|(v, _)| *v < k)
            && let Some(first) = group.first().filter(|a| fits_arg(a))
        {
            return SmallVec::from_buf([relabel(first.clone(), "subject pronoun")]);
        }
        if let Some(idx) = (0..self.f.nps.len())
            .rev()
            .find(|&i| self.np(i).end <= k && self.np(i).may_be_subject() && !self.np(i).is_place() && fits(i))
        {
            return SmallVec::from_buf([Arg::Np { idx: self.group_head(idx), how: "subject pronoun" }]);
        }
        self.ctx_subject().into_iter().map(|a| relabel(a, "subject pronoun (previous sentence)")).collect()
    }

    /// Whether phrase `idx` may be "he" or "she": a person's name, or a singular agent
    /// ("the foreign minister"), not a country, a body or a plural ("troops").
    pub(super) fn en_person_like(&self, idx: usize) -> bool {
        let np = self.np(idx);
        if np.names_person(self.lex()) {
            return true;
        }
        // ("Hezbollah leader Naim Qassem": an organisation's title names a person.)
        let head = self.doc.bare(np.end - 1);
        let plural = head.ends_with('s') && !head.ends_with("ss");
        np.agent.is_some() && np.country_via != crate::actors::CountryVia::City && !plural
    }

    /// Who speaks in the first person at token `k`: the subject of the speech verb that
    /// introduces the quote or clause (`Netanyahu said: "We struck`) or attributes it after
    /// (`"We shot down ...," the ministry said`).
    pub(super) fn en_quoted_speaker(&self, k: usize, depth: u8) -> Option<Arg> {
        if depth > 3 {
            return None;
        }
        let before = self.f.cues.iter().rev().find(|c| c.kind == CueKind::Speech && c.end <= k);
        let after = self.f.cues.iter().find(|c| {
            c.kind == CueKind::Speech
                && c.start > k
                && (k..c.start).any(|j| is_comma(self.doc, j) || matches!(self.doc.raw(j), "\"" | "”" | "“"))
        });
        [after, before].into_iter().flatten().find_map(|c| {
            let subject = self.en_subject_depth(c.start, c.end, true, depth + 1);
            subject.into_iter().find(|a| self.arg_code(a).is_some())
        })
    }

    /// The author of the event noun that is the subject ending before token `gs` ("The Russian
    /// strike", "The deal that Armenia signed with Azerbaijan"), if not among `used`.
    fn en_subject_act_author(&self, gs: usize, clause_start: usize, used: &[usize]) -> Option<Arg> {
        let noun = self.f.triggers.iter().rev().find(|n| !n.is_verb() && n.end <= gs && n.start >= clause_start)?;
        // (Only the subject's own head: nothing but adverbs between it and the verb.)
        if !(noun.end..gs).all(|k| is_adverb(self.en_word(k))) {
            return None;
        }
        let code = noun.patterns.first().map(|&p| self.lex().patterns[p as usize].code.as_str()).unwrap_or("");
        let (authors, _, _) = self.en_noun_source(noun, code);
        let fresh = |a: &Arg| !matches!(a, Arg::Np { idx, .. } if used.contains(idx)) && self.arg_code(a).is_some();
        authors
            .into_iter()
            .find(fresh)
            .or_else(|| self.en_told_author(noun))
            .map(|a| relabel(a, "author of the act that is the subject"))
    }

    /// Where the noun a verb's relative clause describes ends: "missiles | fired by the
    /// Houthis", "the drones | that Russia launched" (the noun is the verb's object).
    pub(super) fn en_relative_antecedent_end(&self, t: &Trigger) -> Option<usize> {
        if !t.is_verb() || t.start <= self.f.range.start {
            return None;
        }
        let w = self.en_word(t.start);
        let reduced = hadath_lexicon::morph_en::is_past_form(w)
            && t.end < self.f.range.end
            && self.en_word(t.end) == "by"
            && !is_function_word(self.en_word(t.start - 1))
            && !self.verbish(t.start - 1);
        if reduced {
            return Some(t.start);
        }
        // "that/which" + a subject + the verb.
        let clause = self.f.clause_of(t.start);
        let rel = clause.start;
        let opener = matches!(self.en_word(rel), "that" | "which" | "whom");
        let subject_between = rel + 1 < t.start && self.f.nps.iter().any(|np| np.start == rel + 1 && np.end <= t.start);
        (opener && subject_between && rel > self.f.range.start).then_some(rel)
    }

    /// The subject of an infinitive at `to`: the object of an object-control verb ("urged
    /// Bree to help"), else the governing verb's subject ("Arnor is about to restore").
    fn en_governor_subject(&self, to: usize, depth: u8) -> SmallVec<[Arg; 1]> {
        let mut k = to;
        while k > self.f.range.start && (is_adverb(self.en_word(k - 1)) || self.in_date(k - 1).is_some()) {
            k -= 1;
        }
        if k == self.f.range.start {
            return SmallVec::new();
        }
        if let Some(idx) = self.en_np_ending_at(k)
            && self.np(idx).prep.is_none()
        {
            let before = self.np(idx).start;
            // "urged Bree to help", "prompting Mexico to break off": a verb, then its object.
            let verb_before = before > self.f.range.start && { self.verbish(before - 1) || unknown_word(self.doc, before - 1) };
            if verb_before {
                return self.with_group(idx, "object of the governing verb");
            }
        }
        let mut g = k - 1;
        if FUTURE_ADJECTIVES.contains(&self.en_word(g)) && g > self.f.range.start {
            g -= 1;
        }
        self.en_subject_depth(g, g + 1, true, depth + 1)
            .into_iter()
            .map(|a| relabel(a, "subject of the governing verb"))
            .collect()
    }

    /// The word governing an infinitive or a complement clause that opens before `gs`.
    fn en_governor(&self, gs: usize) -> Option<usize> {
        let mut k = gs;
        let clause = self.f.clause_of(gs);
        // "to": the word before it (skipping an object and adverbs).
        if k > self.f.range.start && self.en_word(k - 1) == "to" {
            k -= 1;
            let mut g = k;
            // ("failed on Friday to detain": adverbs and dates between.)
            while g > self.f.range.start && (is_adverb(self.en_word(g - 1)) || self.in_date(g - 1).is_some()) {
                g = self.in_date(g - 1).unwrap_or(g - 1);
                if g > self.f.range.start && matches!(self.en_word(g - 1), "on" | "in" | "at") && self.in_date(g).is_some() {
                    g -= 1;
                }
            }
            if let Some(idx) = self.en_np_ending_at(g) {
                g = self.np(idx).start;
            } else if let Some(c) = self.f.cues.iter().find(|c| c.kind == CueKind::Pair && c.end == g) {
                // "urged both sides to": the pair is the object.
                g = c.start;
                if g > self.f.range.start && self.en_word(g - 1) == "the" {
                    g -= 1;
                }
            }
            return g.checked_sub(1).filter(|&x| x >= self.f.range.start);
        }
        // "that" / a speech verb right before the clause.
        let start = clause.start;
        if start > self.f.range.start {
            let mut g = start - 1;
            if matches!(self.en_word(start), "that" | "whether") {
                g = start.saturating_sub(1);
            }
            return Some(g);
        }
        None
    }

    /// A passive read as one: PETRARCH reads an agentless passive as active ("The Philippines
    /// was criticized over ..." has the Philippines acting), so under its conventions only a
    /// passive with "by" counts.
    fn en_read_passive(&self, t: &Trigger) -> bool {
        self.en_passive(t) && !(self.petrarch_conventions && self.en_agent_after(t).is_none())
    }

    fn en_agent_after(&self, t: &Trigger) -> Option<usize> {
        let clause = self.f.clause_of(t.start);
        (0..self.f.nps.len()).find(|&i| {
            let np = self.np(i);
            np.agentive && np.start >= t.end && np.start < clause.end && np.start - t.end <= 8
        })
    }

    pub(super) fn en_verb_source(&self, t: &Trigger) -> (SmallVec<[Arg; 1]>, bool, bool) {
        if self.en_read_passive(t) {
            let agent = self.en_agent_after(t).map(|idx| self.with_group(idx, "agent of passive")).unwrap_or_default();
            return (agent, false, true);
        }
        // "A U.S. drone strike killed ...": an event noun as subject lends its author.
        let clause = self.f.clause_of(t.start);
        let gs = self.en_group_start(t.start).max(clause.start);
        if self.en_before(gs, clause.start) == Before::Thing
            && let Some(noun) = self.f.triggers.iter().rev().find(|n| !n.is_verb() && n.end <= gs && n.start >= clause.start)
            && (noun.end..gs).all(|k| !self.verbish(k))
        {
            let (author, _, _) = self.en_noun_source(noun, "");
            if matches!(author.first(), Some(Arg::Np { .. })) {
                return (author.into_iter().map(|a| relabel(a, "author of the subject event")).collect(), false, false);
            }
        }
        // "accused Wagner fighters and Malian soldiers of killing civilians": the accused did it.
        let head = self.en_word(t.start);
        if head.ends_with("ing")
            && t.start > self.f.range.start
            && self.en_word(t.start - 1) == "of"
            && let Some(accused) = self.en_accused_before(t.start - 1)
        {
            return (self.with_group(accused, "the accused"), false, false);
        }
        // "..., killing three": a participle clause shares the main clause's subject; so does
        // a gerund of manner ("responded by recalling").
        let after_comma = t.start > self.f.range.start && is_comma(self.doc, t.start - 1);
        let of_manner = t.start > self.f.range.start
            && matches!(self.en_word(t.start - 1), "by" | "after" | "before" | "while" | "without" | "since" | "when");
        if head.ends_with("ing") && (after_comma || of_manner) {
            let main = (self.f.range.start..t.start - 1).rev().find(|&v| self.verbish(v) && !is_aux(self.en_word(v)));
            if let Some(v) = main {
                let s = self.en_subject_of(v, v + 1, true);
                return (s.into_iter().map(|a| relabel(a, "subject of the main clause")).collect(), false, false);
            }
        }
        (self.en_subject_of(t.start, t.end, true), false, false)
    }

    /// The antecedent of an object relative clause holding verb `t`: the clause opens with
    /// "whom", or with "which"/"that" followed by its own subject, and no phrase follows the
    /// verb as its object.
    fn en_relative_object(&self, t: &Trigger, used: &[usize]) -> Option<usize> {
        let clause = self.f.clause_of(t.start);
        let opener = clause.start;
        let w = self.en_word(opener);
        if !matches!(w, "whom" | "which" | "that") || opener <= self.f.range.start {
            return None;
        }
        let own_subject = self.f.nps.iter().any(|np| np.start > opener && np.end <= t.start && np.prep.is_none())
            || (opener + 1..t.start).any(|k| SUBJECT_PRONOUNS.contains(&self.en_word(k)));
        if w != "whom" && !own_subject {
            return None;
        }
        let object_after = self.f.nps.iter().any(|np| np.start >= t.end && np.start <= t.end + 2 && np.prep.is_none());
        if object_after {
            return None;
        }
        let mut e = opener;
        if is_comma(self.doc, e - 1) {
            e -= 1;
        }
        let idx = self.en_np_ending_at(e)?;
        let np = self.np(idx);
        let codable = self.codable(idx);
        (codable && !np.is_place() && !used.contains(&idx)).then_some(idx)
    }

    /// The object of an accusing verb ("accused", "blamed", "charged", "suspected") whose
    /// phrase ends right before "of" at `of`: the one the gerund after "of" is about.
    fn en_accused_before(&self, of: usize) -> Option<usize> {
        let idx = self.en_np_ending_at(of)?;
        let head = self.group_head(idx);
        let before = self.np(head).start.checked_sub(1)?;
        let accusing = self.f.triggers.iter().any(|x| {
            x.start == before
                && x.is_verb()
                && x.patterns.iter().any(|&p| self.lex().patterns[p as usize].code.starts_with("112"))
        });
        (accusing && self.np(idx).prep.is_none()).then_some(head)
    }

    /// Whether the verb's subject is a thing, not an actor ("A car bomb exploded").
    pub(super) fn en_thing_subject(&self, t: &Trigger) -> bool {
        let clause = self.f.clause_of(t.start);
        let gs = self.en_group_start(t.start).max(clause.start);
        t.is_verb() && self.en_before(gs, clause.start) == Before::Thing
    }

    /// The author of an event noun (see the module doc); `governed` when a verb's subject.
    pub(super) fn en_noun_source(&self, t: &Trigger, code: &str) -> (SmallVec<[Arg; 1]>, bool, bool) {
        let clause = self.f.clause_of(t.start);
        // "accused Wagner fighters of killing civilians": the gerund read as a noun.
        if t.start > self.f.range.start
            && self.en_word(t.start - 1) == "of"
            && self.en_word(t.start).ends_with("ing")
            && let Some(accused) = self.en_accused_before(t.start - 1)
        {
            return (self.with_group(accused, "the accused"), false, false);
        }
        // "an attack was carried out by", "strikes by Israeli jets": "by X" after the noun.
        let by = (0..self.f.nps.len()).find(|&i| {
            let np = self.np(i);
            // ("talks in Doha mediated by Qatar": the "by" belongs to the verb between.)
            let verb_between = (t.end..np.start).any(|k| {
                self.verbish(k)
                    && !self
                        .f
                        .cues
                        .iter()
                        .any(|c| c.start <= k && k < c.end && matches!(c.kind, CueKind::Support | CueKind::Claim))
            });
            np.agentive
                && np.start >= t.end
                && np.start < clause.end
                && (t.end..np.start).all(|k| !self.noun_trigger_at(k))
                && !verb_between
                && np.start - t.end <= 5
        });
        if let Some(idx) = by {
            return (self.with_group(idx, "agent of passive"), false, false);
        }
        // "Israeli air strikes", "Russia's invasion", "a Hamas attack": the phrase before.
        if let Some(idx) = self.en_phrase_before_noun(t.start) {
            let how = if self.np(idx).is_modifier() { "nisba of the noun" } else { "genitive" };
            return (self.with_group(idx, how), false, false);
        }
        // "launched air strikes on", "held talks with": the subject of the verb governing it.
        if let Some(v) = self.en_governing_verb(t.start) {
            let reacting = self.f.triggers.iter().find(|x| x.start == v && x.is_verb()).is_some_and(|x| {
                x.patterns.iter().all(|&p| {
                    matches!(self.lex().patterns[p as usize].code.get(..2), Some("01" | "02" | "05" | "10" | "11" | "12" | "13"))
                })
            });
            let support = self.f.cues.iter().any(|c| c.start == v && c.kind == CueKind::Support);
            if support || !reacting {
                let s = self.en_subject_of(v, v + 1, true);
                if !s.is_empty() {
                    return (s, true, false);
                }
            }
        }
        // "left for Minas Tirith for meetings with", "killed during clashes": the clause's
        // subject, for cooperation, and for violence when the clause's verb is violent.
        let cooperative = matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08" | "14"));
        let opener =
            if t.start > clause.start { self.en_word(self.en_np_start_before_noun(t.start).saturating_sub(1)) } else { "" };
        let responded_with = is_violent(code) && opener == "with";
        if (cooperative || is_violent(code))
            && (matches!(opener, "for" | "in" | "during" | "after" | "at" | "on") || responded_with)
        {
            let verb = (clause.start..t.start).rev().find(|&v| self.verbish(v) && !is_aux(self.en_word(v)));
            let violent_verb = |v: usize| {
                self.f.triggers.iter().any(|x| {
                    x.start == v && x.is_verb() && x.patterns.iter().any(|&p| is_violent(&self.lex().patterns[p as usize].code))
                })
            };
            // ("a Russian cruise missile entered Polish airspace during an attack on ...": a
            // weapon as the clause's subject names the attacker.)
            let weapon_subject = |v: usize| {
                let clause = self.f.clause_of(v);
                let gs = self.en_group_start(v).max(clause.start);
                matches!(self.en_before(gs, clause.start), Before::Phrase(i) if self.np(i).is_modifier())
            };
            if let Some(v) = verb
                && (cooperative || violent_verb(v) || weapon_subject(v) || responded_with)
            {
                let s = self.en_subject_of(v, v + 1, true);
                // ("police killed 19 people during protests": the state does not protest.)
                let state_in_protest =
                    code.starts_with("14") && s.iter().any(|a| matches!(self.arg_role(a), Some("COP" | "MIL" | "SPY" | "GOV")));
                if !s.is_empty() && !state_in_protest {
                    return (s.into_iter().map(|a| relabel(a, "subject of the clause")).collect(), false, false);
                }
            }
        }
        (SmallVec::new(), false, false)
    }

    /// A target from the sentence's previous act, for an English act that names none: a
    /// coordinated verb reacting to the same side ("accused Pakistan of ... and vowed to
    /// retaliate"), or a response hitting back at the one who acted ("Pakistan responded with
    /// artillery fire").
    pub(super) fn en_borrow_target(
        &self,
        t: &Trigger,
        code: &str,
        sources: &[Arg],
        targets: &mut SmallVec<[Arg; 1]>,
        notes: &mut Vec<String>,
    ) {
        let own: SmallVec<[u32; 2]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
        let other = |a: &Arg| !self.arg_country(a).is_some_and(|c| own.contains(&c));
        // "Putin told Trump in a phone call", "hosted Erdogan for talks": a meeting noun after a
        // verb's object meets that object.
        if !t.is_verb() && code.starts_with("04") {
            let clause = self.f.clause_of(t.start);
            if let Some(v) = (clause.start..t.start).rev().find(|&k| self.verbish(k) && !is_aux(self.en_word(k)))
                && let Some(idx) = (0..self.f.nps.len()).find(|&i| {
                    let np = self.np(i);
                    np.start == v + 1 && np.end <= t.start && np.prep.is_none() && !np.is_place() && self.codable(i)
                })
                && other(&Arg::Np { idx, how: "" })
            {
                targets.push(Arg::Np { idx, how: "object of the verb before the meeting" });
                return;
            }
        }
        // "after a deal brokered by Lukashenko", "talks mediated by Qatar": the mediator works
        // for the side the sentence just told of.
        if code.starts_with("045") {
            let earlier_subject = self.subjects.iter().rev().find(|(v, _)| *v < t.start).map(|(_, s)| s);
            let told = self.last_sides.as_ref().map(|(s, _)| s).or(earlier_subject);
            targets.extend(told.and_then(|s| s.iter().find(|a| other(a))).cloned());
            if !targets.is_empty() {
                notes.push("a mediation: for the side the sentence told of".into());
            }
            return;
        }
        let Some((last_sources, last_targets)) = &self.last_sides else {
            self.en_story_other_side(t, code, &own, targets, notes);
            return;
        };
        // "sank the Liberian-flagged carrier after attacking it": "it", "them" right after the
        // verb is what the act before was done to.
        if t.is_verb() && t.end < self.f.range.end && matches!(self.en_word(t.end), "it" | "them") {
            targets.extend(last_targets.iter().filter(|a| other(a)).cloned());
            if !targets.is_empty() {
                notes.push("object pronoun: what the act before was done to".into());
            }
            return;
        }
        // "The EU approved the package after Slovakia dropped its veto": a concession yields to
        // the one the sentence's main act is by.
        if code.starts_with("08") && t.is_verb() {
            targets.extend(last_sources.iter().filter(|a| other(a)).take(1).cloned());
            if !targets.is_empty() {
                notes.push("a concession: to the author of the sentence's act".into());
                return;
            }
        }
        let reacting = matches!(code.get(..2), Some("02" | "10" | "11" | "12" | "13" | "16" | "17" | "18" | "19"));
        let coordinated = sources.iter().any(|s| s.how() == "subject of the coordinated verb");
        if coordinated && reacting {
            targets.extend(last_targets.iter().filter(|a| other(a)).cloned());
            if !targets.is_empty() {
                notes.push("no target of its own: the coordinated verb's".into());
            }
            return;
        }
        let response = (t.start.saturating_sub(3)..t.start + 1)
            .any(|k| matches!(self.en_word(k), "responded" | "retaliated" | "hit" | "struck"))
            && matches!(code.get(..2), Some("18" | "19" | "20"));
        if response {
            targets.extend(last_sources.iter().filter(|a| other(a)).cloned());
            if !targets.is_empty() {
                notes.push("a response: at the one who acted before".into());
            }
            return;
        }
        self.en_story_other_side(t, code, &own, targets, notes);
    }

    /// "Eritrea dismissed the letter as lies", "Japan conveyed its concerns": a reaction that
    /// names no one answers the other side of the pair the story is about.
    fn en_story_other_side(
        &self,
        t: &Trigger,
        code: &str,
        own: &[u32],
        targets: &mut SmallVec<[Arg; 1]>,
        notes: &mut Vec<String>,
    ) {
        // (Not an accusation: its object names the accused, whom the lexicon may not know.)
        let reaction = matches!(code.get(..2), Some("02" | "10" | "11" | "12" | "16")) && !code.starts_with("112");
        if !t.is_verb() || !reaction || own.is_empty() {
            return;
        }
        let Some((a, b)) = &self.ctx.last_pair else { return };
        let country = |r: &crate::context::Remembered| self.arg_country(&Arg::Remembered { actor: Box::new(r.clone()), how: "" });
        let other = match (country(a), country(b)) {
            (Some(ca), Some(cb)) if ca != cb && own.contains(&ca) => b,
            (Some(ca), Some(cb)) if ca != cb && own.contains(&cb) => a,
            _ => return,
        };
        targets.push(Arg::Remembered { actor: Box::new(other.clone()), how: "the other side of the story" });
        notes.push("no target named: the other side of the story's pair".into());
    }

    /// "Madrid granted him asylum", "Washington demanded his release": a person's pronoun right
    /// after the verb is the person last named, in this sentence before the verb or in an
    /// earlier one, who is not the subject.
    pub(super) fn en_object_pronoun(&self, t: &Trigger, sources: &[Arg]) -> Option<Arg> {
        if t.end >= self.f.range.end || !matches!(self.en_word(t.end), "him" | "his" | "her") {
            return None;
        }
        let source_named: SmallVec<[u32; 2]> = sources
            .iter()
            .filter_map(|s| match s {
                Arg::Np { idx, .. } => self.np(*idx).named,
                Arg::Remembered { actor, .. } => actor.np.named,
                Arg::Place { .. } => None,
            })
            .collect();
        let is_source = |idx: usize| sources.iter().any(|s| matches!(s, Arg::Np { idx: i, .. } if *i == idx));
        let person =
            |np: &crate::actors::Np| np.names_person(self.lex()) && !np.named.is_some_and(|id| source_named.contains(&id));
        if let Some(idx) = (0..self.f.nps.len()).rev().find(|&i| self.np(i).end <= t.start && !is_source(i) && person(self.np(i)))
        {
            return Some(Arg::Np { idx, how: "object pronoun (the person named before)" });
        }
        let earlier = self.ctx.last_person.as_ref().filter(|r| person(&r.np))?;
        Some(Arg::Remembered { actor: Box::new(earlier.clone()), how: "object pronoun (the person named before)" })
    }

    /// "a U.S.-backed plan", "the Saudi-led coalition": a name joined by a hyphen to the word
    /// after it qualifies that word; it is no side of the act.
    fn en_compound_modifier(&self, idx: usize) -> bool {
        // (Only a backer: "Liberian-flagged", "Houthi-held", "Greek-operated" name the owner,
        // who is the target.)
        const BACKING: &[&str] = &[
            "backed",
            "led",
            "brokered",
            "sponsored",
            "funded",
            "allied",
            "aligned",
            "mediated",
            "supported",
            "armed",
            "trained",
            "patrolled",
            "monitored",
            "administered",
            "made",
            "built",
            "designed",
            "drafted",
            "proposed",
            "linked",
            "inspired",
            "imposed",
        ];
        let np = self.np(idx);
        let last = self.doc.raw(np.end - 1);
        if let Some((_, after)) = last.rsplit_once('-') {
            return BACKING.contains(&after.to_lowercase().as_str());
        }
        let mut k = np.end;
        if self.doc.raw(k) == "." {
            k += 1;
        }
        k + 1 < self.f.range.end && matches!(self.doc.raw(k), "-" | "‐" | "–") && BACKING.contains(&self.en_word(k + 1))
    }

    /// Where the noun phrase of an event noun at `i` begins (determiners and adjectives).
    pub(super) fn en_np_start_before_noun(&self, i: usize) -> usize {
        let mut s = i;
        while s > self.f.range.start {
            let w = self.en_word(s - 1);
            let adjective = adjective_like(self.doc, s - 1);
            if (is_det(w) || adjective || self.doc.kind(s - 1) == hadath_text::TokenKind::Number) && !self.verbish(s - 1) {
                s -= 1;
            } else {
                break;
            }
        }
        s
    }

    /// Whether an event noun has an owner the grammar cannot code: a possessive pronoun or a
    /// possessive noun ("their raids", "the group's attacks").
    pub(super) fn en_owned_noun(&self, t: &Trigger) -> bool {
        let s = self.en_np_start_before_noun(t.start);
        (s..t.start)
            .chain(s.checked_sub(1))
            .any(|k| crate::sentence_en::POSSESSIVE_PRONOUNS.contains(&self.en_word(k)) || possessive_s(self.doc, k))
    }

    /// The actor phrase right before an event noun ("Israeli strikes", "Russia's deadly
    /// attack"), up to two adjectives between.
    fn en_phrase_before_noun(&self, i: usize) -> Option<usize> {
        let mut k = i;
        for _ in 0..3 {
            if let Some(idx) = self.en_np_ending_at(k) {
                let np = self.np(idx);
                let owner = possessive_s(self.doc, k - 1) || np.is_modifier() || np.prep.is_none() || np.agent.is_some();
                // ("killed in an Israeli air strike": an adjective of the noun names its author,
                // though the preposition before makes the phrase look like a place.)
                return (owner && (np.is_modifier() || (!np.locative && !np.is_place()))).then_some(idx);
            }
            let adjective = self.en_modifier_word(k.checked_sub(1)?) || initial_dot(self.doc, k - 1);
            if !adjective {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// The verb whose object an event noun at `i` is ("launched air strikes", "held talks").
    fn en_governing_verb(&self, i: usize) -> Option<usize> {
        let s = self.en_np_start_before_noun(i);
        let mut k = s;
        // "a series of air strikes", "a wave of protests".
        if k >= 3 && self.en_word(k - 1) == "of" {
            k = self.en_np_start_before_noun(k - 2);
        }
        // ("to prepare strikes", "to launch new strikes": an infinitive the lexicon does not
        // know is a verb too, though it looks like an adjective of the phrase.)
        let infinitive = |v: usize| {
            v > self.f.range.start && self.en_word(v - 1) == "to" && {
                let w = self.en_word(v);
                !w.is_empty() && !is_function_word(w) && self.doc.raw(v).starts_with(|c: char| c.is_lowercase())
            }
        };
        if let Some(v) = (k.max(self.f.range.start + 1)..i).find(|&v| infinitive(v)) {
            return Some(v);
        }
        let v = k.checked_sub(1)?;
        // ("had a phone call with": "have" before a determiner is a verb of its own.)
        let have_noun = matches!(self.en_word(v), "had" | "has" | "have") && is_det(self.en_word(v + 1));
        (v >= self.f.clause_of(i).start
            && (self.verbish(v) || infinitive(v) || have_noun)
            && (!is_aux(self.en_word(v)) || have_noun))
            .then_some(v)
    }

    /// The target of an English trigger (see the module doc).
    pub(super) fn en_target(
        &self,
        t: &Trigger,
        p: &Pattern,
        sources: &[Arg],
        object: Option<(usize, usize)>,
    ) -> SmallVec<[Arg; 1]> {
        let clause = self.f.clause_of(t.start);
        let used: SmallVec<[usize; 4]> =
            sources.iter().filter_map(|a| if let Arg::Np { idx, .. } = a { Some(*idx) } else { None }).collect();
        if self.en_read_passive(t) {
            let gs = self.en_group_start(t.start).max(clause.start);
            return match self.en_before(gs, clause.start) {
                Before::Phrase(idx) if !used.contains(&idx) => self.with_group(idx, "subject of the passive"),
                Before::Relative(k) => self
                    .en_np_ending_at(if k > 0 && is_comma(self.doc, k - 1) { k - 1 } else { k })
                    .map(|idx| self.with_group(idx, "antecedent of the relative clause"))
                    .unwrap_or_default(),
                // "The Russian strike was condemned by France": the author of the act that is
                // the passive's subject.
                Before::Thing => self.en_subject_act_author(gs, clause.start, &used).into_iter().collect(),
                _ => SmallVec::new(),
            };
        }
        // "252 Venezuelan migrants whom the United States had deported": the relative pronoun
        // is the object; its antecedent is the target.
        if let Some(idx) = self.en_relative_object(t, &used) {
            return self.with_group(idx, "antecedent (object of the relative clause)");
        }
        let violent = matches!(p.code.get(..2), Some("15" | "17" | "18" | "19" | "20"));
        // "condemned the launch as a violation of U.N. resolutions": what follows "as" describes.
        let end = (t.end..clause.end).find(|&k| self.en_word(k) == "as").unwrap_or(clause.end);
        let candidates: Vec<usize> = (0..self.f.nps.len())
            .filter(|&i| {
                let np = self.np(i);
                // ("put its forces on alert": one's own forces are not the other side; nor are
                // the warships a show of force sends: "dispatched warships".)
                let own = np.possessive && np.country.is_none() && np.named.is_none();
                let instrument = p.code.starts_with("15")
                    && np.country.is_none()
                    && np.named.is_none()
                    && np.agent.and_then(|a| self.lex().agents.get(a as usize)).is_some_and(|a| a.role == "MIL");
                !used.contains(&i)
                    && !instrument
                    && !own
                    && np.start >= t.end
                    && np.start < end
                    && !np.agentive
                    && !self.en_compound_modifier(i)
                    && self.codable(i)
            })
            .collect();
        // Aid, cooperation and visits reach a place ("visited Kabul", "aid to Gaza").
        let visit = p.code.starts_with("04") || p.code.starts_with("032") || p.code.starts_with("036");
        // (And aid pledged or threats of force: "pledged aid to Gaza", "threatened military
        // intervention in Niger".)
        let place_ok = |i: usize| {
            !self.np(i).is_place()
                || violent
                || visit
                || matches!(p.code.get(..2), Some("06" | "07" | "08" | "16"))
                || p.code.starts_with("033")
                || p.code.starts_with("138")
        };
        // 0. After the pattern's object: "restore full diplomatic ties with Gondor".
        if let Some((s, e)) = object {
            if let Some(&idx) = candidates.iter().find(|&&i| {
                let np = self.np(i);
                np.start >= t.end && np.end <= s && np.prep.is_none() && !np.is_place()
            }) {
                return self.with_group(idx, "object");
            }
            if let Some(&idx) = candidates.iter().find(|&&i| {
                let np = self.np(i);
                np.start >= e
                    && np.start - e <= 8
                    && !np.locative
                    && (p.target_preps.is_empty() || self.np_prep_matches(np, &p.target_preps))
                    && place_ok(i)
            }) {
                return self.with_group(idx, "after the object");
            }
        }
        // 1. The pattern's prepositions.
        if !p.target_preps.is_empty()
            && let Some(&idx) = candidates.iter().find(|&&i| self.np_prep_matches(self.np(i), &p.target_preps) && place_ok(i))
        {
            return self.with_group(idx, "preposition");
        }
        let from = t.end;
        // 2. The direct object, with only determiners, adjectives, adverbs, dates or a
        //    particle before it; or the body after "of" of a plain noun object ("warned the
        //    population of Gondor"). A gerund takes one too ("after meeting Trump").
        let gerund = !t.is_verb() && self.en_word(t.end - 1).ends_with("ing");
        if gerund
            && let Some(&idx) = candidates.iter().find(|&&i| {
                let np = self.np(i);
                np.prep.is_none() && (t.end..np.start).all(|k| self.en_object_gap_word(k)) && !np.is_place()
            })
        {
            return self.with_group(idx, "object");
        }
        if t.is_verb() {
            // '"Russia attacked our cities," Zelensky said', "They attacked us": the speaker.
            let first_object =
                (t.end..clause.end).find(|&k| !self.en_object_gap_word(k) || matches!(self.en_word(k), "our" | "us"));
            if let Some(k) = first_object
                && matches!(self.en_word(k), "our" | "us")
                && let Some(speaker) = self.en_quoted_speaker(k, 1)
                && !sources.iter().any(|s| self.arg_country(s).is_some() && self.arg_country(s) == self.arg_country(&speaker))
            {
                return SmallVec::from_buf([relabel(speaker, "first person object (the speaker)")]);
            }
            // "urged both sides to", "called on the two sides": the pair told before.
            if self.f.cues.iter().any(|c| {
                c.kind == CueKind::Pair
                    && c.start >= t.end
                    && c.start - t.end <= 2
                    && (t.end..c.start).all(|k| self.en_object_gap_word(k))
            }) && let Some(both) = self.pair_both()
            {
                return both;
            }
            for &i in &candidates {
                let np = self.np(i);
                let gap_ok = (from..np.start).all(|k| self.en_object_gap_word(k));
                let of_object = self.prep_is(np.prep, "of")
                    && np.start >= 2
                    && (from..np.start - 1).all(|k| self.en_object_gap_word(k) || self.en_plain_noun(k))
                    && np.start - from <= 6;
                // ("put its forces on alert": one's own forces are not the other side.)
                let own = np.possessive && np.country.is_none() && np.named.is_none();
                if ((np.prep.is_none() && gap_ok && !np.locative && (place_ok(i) || !np.is_place())) || of_object) && !own {
                    return self.with_group(i, "object");
                }
                if np.prep.is_none() && !gap_ok {
                    break;
                }
            }
            // 3. The author of an event noun that is the object ("condemned an attack by
            //    Osgiliath soldiers"), or the sides of "between" inside it ("welcomed ties
            //    between Gondor and Osgiliath").
            if let Some(noun) =
                self.f.triggers.iter().find(|n| !n.is_verb() && n.start >= t.end && n.start < clause.end && n.start - t.end <= 6)
            {
                let (author, _, _) = self.en_noun_source(noun, "");
                if let Some(Arg::Np { idx, .. }) = author.first()
                    && !used.contains(idx)
                    && self.np(*idx).start >= t.end
                    && !self.en_compound_modifier(*idx)
                {
                    return author.into_iter().map(|a| relabel(a, "author of the object event")).collect();
                }
            }
            // "condemned an attack by Osgiliath soldiers": a noun object (one the lexicon may not
            // know as an event) and its author.
            if let Some(idx) = (0..self.f.nps.len()).find(|&i| {
                let np = self.np(i);
                np.agentive
                    && np.start > t.end + 1
                    && np.start - t.end <= 6
                    && np.start < clause.end
                    && (t.end..np.start - 1).all(|k| {
                        // ("welcomed memos sent by Bree": a participle after the noun.)
                        let participle = k + 2 == np.start && hadath_lexicon::morph_en::is_past_form(self.en_word(k));
                        self.en_object_gap_word(k) || self.en_plain_noun(k) || self.noun_trigger_at(k) || participle
                    })
            }) {
                return self.with_group(idx, "author of the object event");
            }
            if let Some(&idx) = candidates.iter().find(|&&i| self.prep_is(self.np(i).prep, "between")) {
                return self.with_group(idx, "between");
            }
            // "rejected the sanctions", "condemned the strikes": the author of that act told
            // just before.
            if matches!(p.code.get(..2), Some("11" | "12"))
                && let Some(arg) = self.earlier_author(t, clause.end, t.end, sources)
            {
                return SmallVec::from_buf([arg]);
            }
            // "condemned the launch", "denounced the move": a definite object that is no actor
            // refers to the last act told.
            if matches!(p.code.get(..2), Some("11" | "12"))
                && matches!(self.en_word(t.end), "the" | "this" | "that" | "these" | "those")
                && !self.f.nps.iter().any(|np| np.start > t.end && np.start <= t.end + 2)
            {
                let own: SmallVec<[u32; 2]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
                let other = |a: &Arg| !self.arg_country(a).is_some_and(|c| own.contains(&c));
                // ("The court issued a warrant, and the Kremlin dismissed the move": told
                // earlier in this sentence.)
                let in_sentence = self.last_sides.as_ref().and_then(|(s, _)| s.first()).filter(|a| other(a)).cloned();
                let earlier = || {
                    let author = self.ctx.last_act_author(self.f.index, 2)?;
                    Some(Arg::Remembered { actor: Box::new(author.clone()), how: "author of the act told before" })
                        .filter(|a| other(a))
                };
                if let Some(arg) = in_sentence.map(|a| relabel(a, "author of the act told before")).or_else(earlier) {
                    return SmallVec::from_buf([arg]);
                }
            }
            // "warned that Iran would face ...", "urged that the ministry release ...": the one
            // the complement is about.
            // ("warned that Israel would act ... if Hezbollah": its own side is no target.)
            let own_side = |idx: usize| {
                let country = self.np(idx).country_index(self.lex(), self.doc_publication);
                country.is_some() && sources.iter().any(|s| self.arg_country(s) == country)
            };
            if matches!(p.code.get(..2), Some("02" | "10" | "13"))
                && let Some(idx) = self.en_complement_subject(t)
                && !used.contains(&idx)
                && !own_side(idx)
            {
                return self.with_group(idx, "subject of the complement");
            }
            if p.code.starts_with("13")
                && let Some(idx) = self.en_threatened_in_complement(t, sources)
                && !used.contains(&idx)
            {
                return self.with_group(idx, "the one the threat names");
            }
        }
        // 4. Prepositions usual for the code's root.
        let fallback: &[&str] = match p.code.get(..2) {
            Some("18" | "19" | "20" | "17" | "13") => &["on", "against", "at", "toward", "towards", "into", "upon", "across"],
            Some("15") => &["near", "around", "along", "against", "on", "off", "toward", "towards"],
            Some("14") => &["against", "outside"],
            Some("01") => &["to", "with"],
            Some("16") => &["with", "from", "against", "on", "to"],
            Some("11") => &["against", "at", "of"],
            Some("03" | "04" | "05" | "06" | "07" | "08" | "02" | "10" | "12") => &["with", "to", "on", "from", "for"],
            _ => &[],
        };
        if let Some(&idx) = candidates.iter().find(|&&i| {
            let np = self.np(i);
            fallback.iter().any(|w| self.prep_is(np.prep, w)) && place_ok(i) && !np.locative
        }) {
            let how = if self.prep_is(self.np(idx).prep, "with") { "with" } else { "preposition" };
            return self.with_group(idx, how);
        }
        // "arrived in Gondor", "talks in Moscow": the host of a visit or meeting (a mediator
        // is no host of its own: "a U.S.-brokered deal ... in Washington").
        let source_country = sources.first().and_then(|s| self.arg_country(s));
        if visit
            && !p.code.starts_with("045")
            && source_country.is_some()
            && let Some(&idx) = candidates.iter().find(|&&i| {
                let np = self.np(i);
                self.prep_is(np.prep, "in") && np.agent.is_none() && np.named.is_none() && np.country.is_some()
            })
        {
            return SmallVec::from_buf([Arg::Np { idx, how: "host of the visit" }]);
        }
        // 5. The victims of a coercive or violent noun: "the arrest of", "the killing of".
        if !t.is_verb()
            && violent
            && let Some(&idx) = candidates.iter().find(|&&i| self.prep_is(self.np(i).prep, "of") && self.np(i).start - t.end <= 3)
        {
            return self.with_group(idx, "object of the noun");
        }
        // "detained dozens of people", "shot dead at least five people": people the lexicon
        // cannot name are civilians of the country the sentence is about.
        if t.is_verb()
            && matches!(p.code.get(..2), Some("17" | "18" | "19" | "20"))
            && let Some(arg) = self.en_people_object(t, clause.end, sources)
        {
            return SmallVec::from_buf([arg]);
        }
        // 6. A verb's first actor after it in its clause, behind any other preposition
        //    ("warned of the Prince", "appealed to"), when nothing else named one.
        if t.is_verb()
            && let Some(&idx) = candidates.iter().find(|&&i| {
                let np = self.np(i);
                np.prep.is_some() && !np.locative && !np.is_place() && np.start - t.end <= 6 && !self.prep_is(np.prep, "by")
            })
        {
            return self.with_group(idx, "first actor after the verb");
        }
        // PETRARCH takes a place for a target when nothing else is there.
        if self.petrarch_conventions
            && let Some(&idx) = candidates.iter().find(|&&i| self.np(i).locative || self.np(i).is_place())
        {
            return self.with_group(idx, "place (PETRARCH)");
        }
        SmallVec::new()
    }

    /// The first object phrase of `p` in tokens `from..to`: its words in order, with up to two
    /// determiners or adjectives between them ("acted on a resolution", "restore full and
    /// complete ties"); the longest at the earliest start.
    pub(super) fn en_find_object(&self, p: &Pattern, from: usize, to: usize) -> Option<(usize, usize)> {
        // ("from the ceasefire talks", "from the Black Sea grain deal": nouns qualifying the
        // object's head are skipped too.)
        let skippable = |k: usize| {
            let w = self.en_word(k);
            is_det(w)
                || self.en_modifier_word(k)
                || is_comma(self.doc, k)
                || (!w.is_empty() && !is_function_word(w) && !self.verbish(k) && self.in_date(k).is_none())
        };
        let matches_at = |obj: &[hadath_lexicon::WordId], start: usize| -> Option<usize> {
            let mut i = start;
            for (n, w) in obj.iter().enumerate() {
                if n > 0 {
                    let mut skipped = 0;
                    while skipped < 3 && i < self.f.range.end && !self.doc.word_ids(i).any(|x| x == *w) && skippable(i) {
                        i += 1;
                        skipped += 1;
                    }
                }
                if i >= self.f.range.end || !self.doc.word_ids(i).any(|x| x == *w) {
                    return None;
                }
                i += 1;
            }
            Some(i)
        };
        for start in from..to.min(self.f.range.end) {
            let best = p.objects.iter().filter_map(|obj| matches_at(obj, start)).max();
            if let Some(end) = best {
                return Some((start, end));
            }
        }
        None
    }

    /// The subject of a clause right after a verb: "warned that Iran would face", "warned
    /// protest leaders would face prosecution".
    fn en_complement_subject(&self, t: &Trigger) -> Option<usize> {
        let from = self.en_complement_start(t);
        let idx = self.f.nps.iter().position(|np| np.start >= from && np.start <= from + 2)?;
        let np = self.np(idx);
        let verb_follows = (np.end..(np.end + 3).min(self.f.range.end)).any(|k| self.verbish(k) || is_aux(self.en_word(k)));
        let codable = self.codable(idx);
        (np.prep.is_none() && !np.is_place() && verb_follows && codable && (from > t.end || np.start == from)).then_some(idx)
    }

    /// Where the complement of the verb `t` begins: after "that", past a date or an adverb
    /// between ("warned in August that").
    pub(super) fn en_complement_start(&self, t: &Trigger) -> usize {
        let end = self.f.range.end;
        let mut k = t.end;
        while k < end && k < t.end + 6 {
            let w = self.en_word(k);
            let date_next = k + 1 < end && self.in_date(k + 1).is_some();
            if self.in_date(k).is_some() || is_adverb(w) || (matches!(w, "in" | "on" | "at" | "last" | "this") && date_next) {
                k += 1;
            } else {
                break;
            }
        }
        if k < end && self.en_word(k) == "that" { k + 1 } else { t.end }
    }

    /// "Iran warned that it would block any change to its border with Armenia": a threat whose
    /// complement names its own author names its target after.
    fn en_threatened_in_complement(&self, t: &Trigger, sources: &[Arg]) -> Option<usize> {
        let from = self.en_complement_start(t);
        if from == t.end || !SUBJECT_PRONOUNS.contains(&self.en_word(from)) {
            return None;
        }
        let own: SmallVec<[u32; 2]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
        let clause_end = self.f.clause_of(from).end;
        (0..self.f.nps.len()).find(|&i| {
            let np = self.np(i);
            np.start > from
                && np.start < clause_end
                && !np.is_place()
                && !np.is_modifier()
                && self.codable(i)
                && !self.np(i).country_index(self.lex(), self.doc_publication).is_some_and(|c| own.contains(&c))
        })
    }

    /// Unnamed people as a verb's object ("detained dozens of people") → civilians of the one
    /// country the sentence (or the text so far) is about.
    fn en_people_object(&self, t: &Trigger, clause_end: usize, sources: &[Arg]) -> Option<Arg> {
        const PEOPLE: &[&str] = &[
            "people",
            "persons",
            "residents",
            "civilians",
            "villagers",
            "worshippers",
            "mourners",
            "passengers",
            "bystanders",
            "pedestrians",
            "children",
            "women",
            "men",
            "others",
            "demonstrators",
            "protesters",
            "protestors",
            "students",
        ];
        let head = (t.end..clause_end.min(t.end + 7)).find(|&k| PEOPLE.contains(&self.en_word(k)))?;
        let gap_ok = (t.end..head).all(|k| {
            self.en_object_gap_word(k)
                || matches!(self.en_word(k), "of" | "dead")
                || self.doc.kind(k) == hadath_text::TokenKind::Number
        });
        if !gap_ok || self.f.nps.iter().any(|np| np.start <= head && head < np.end) {
            return None;
        }
        // Arrests are mostly of one's own people; those killed in an attack are of the place.
        let own = sources.iter().find_map(|s| self.arg_country(s));
        let place = self.preferred_place(Some(t.start)).and_then(|i| self.np(i).country);
        let other = (0..self.f.nps.len())
            .filter_map(|i| self.np(i).country_index(self.lex(), self.doc_publication))
            .find(|&c| Some(c) != own);
        let country = if p_code_coercive(self, t) { own.or(place) } else { place.or(other).or(own) };
        let country = country.or_else(|| self.ctx.recent_place(self.f.index).map(|p| p.country))?;
        Some(Arg::Place { country, np: None, remembered: None, role: "CVL", how: "people of the country" })
    }

    /// A word that may stand between a verb and its direct object.
    fn en_object_gap_word(&self, k: usize) -> bool {
        let w = self.en_word(k);
        is_det(w)
            || is_adverb(w)
            || PARTICLES.contains(&w)
            || initial_dot(self.doc, k)
            || quantifier(self.doc, k)
            || self.in_date(k).is_some()
            || self.doc.kind(k) == hadath_text::TokenKind::Number
            // An adjective or a name the lexicon lacks right before the phrase ("met
            // Congolese President Felix Tshisekedi").
            || (self.en_modifier_word(k) && k + 1 < self.f.range.end && self.f.nps.iter().any(|np| np.start == k + 1))
            // A name of several words the lexicon lacks before the phrase ("arrested Wall
            // Street Journal reporter Evan Gershkovich").
            || (self.en_capitalised_modifier(k) && {
                let stop = (k + 1..(k + 5).min(self.f.range.end)).find(|&j| !self.en_capitalised_modifier(j));
                stop.is_some_and(|j| self.f.nps.iter().any(|np| np.start == j))
            })
    }

    /// Whether phrase `idx` stands before a lower-case noun it qualifies ("U.S. weapons
    /// deliveries", "Gaza health ministry").
    pub(super) fn en_name_before_noun(&self, idx: usize) -> bool {
        let mut k = self.np(idx).end;
        if self.doc.raw(k) == "." {
            k += 1;
        }
        let w = self.en_word(k);
        k < self.f.range.end
            && !w.is_empty()
            && !is_function_word(w)
            && !is_adverb(w)
            && self.in_date(k).is_none()
            // ("the Bryansk region": a place noun keeps the place.)
            && !self.f.cue_at(k, CueKind::PlaceNoun)
            && !matches!(w, "region" | "province" | "governorate" | "district" | "area" | "border" | "city" | "town" | "village" | "oblast" | "state" | "county")
            && !self.verbish(k)
            && self.doc.raw(k).starts_with(|c: char| c.is_lowercase())
    }

    /// A capitalised word the lexicon lacks, or a street-like name word ("Wall Street").
    fn en_capitalised_modifier(&self, k: usize) -> bool {
        self.doc.raw(k).chars().next().is_some_and(char::is_uppercase)
            && (self.en_modifier_word(k) || self.f.cues.iter().any(|c| c.start == k && c.kind == CueKind::Street))
    }

    /// A lower-case word that is no trigger, cue or function word: part of a plain noun phrase.
    fn en_plain_noun(&self, k: usize) -> bool {
        let w = self.en_word(k);
        !w.is_empty()
            && !is_function_word(w)
            && !self.f.triggers.iter().any(|t| t.start <= k && k < t.end)
            && !self.verbish(k)
            && self.doc.raw(k).chars().next().is_some_and(char::is_lowercase)
    }

    /// Whether phrase `b` continues a coordination with phrase `a`: "A and B", "A, B, and C",
    /// "A and the evil B".
    pub(super) fn en_coordinated(&self, a: usize, b: usize) -> bool {
        let (x, y) = (self.np(a), self.np(b));
        if y.start < x.end || y.prep.is_some() || y.start - x.end > 5 || possessive_s(self.doc, x.end - 1) {
            return false;
        }
        let gap = x.end..y.start;
        // (Not across a clause break: "... by Russian forces overnight, Ukrainian officials said".)
        if (x.end..=y.start).any(|k| self.f.is_hard(k)) {
            return false;
        }
        // ("In North Darfur, the RSF shelled": an adverbial phrase, then the subject. "Rather
        // than attack Iran, Israel struck", "Without consulting Kyiv, Washington held": a list
        // joined by commas alone ends in "and C", so a name after a bare comma and before its
        // verb begins the clause; only a headline joins names by a comma: "Egypt, Qatar urge".)
        let comma_only = gap.clone().all(|k| is_comma(self.doc, k) || is_det(self.en_word(k)));
        let verb_next = y.end < self.f.range.end && (self.verbish(y.end) || is_aux(self.en_word(y.end)));
        if comma_only && verb_next && x.start > self.f.range.start {
            return false;
        }
        let joined = gap.clone().any(|k| matches!(self.en_word(k), "and" | "or" | "nor") || is_comma(self.doc, k));
        let only_glue = gap.into_iter().all(|k| {
            let w = self.en_word(k);
            matches!(w, "and" | "or" | "nor")
                || is_comma(self.doc, k)
                || initial_dot(self.doc, k)
                || is_det(w)
                || adjective_like(self.doc, k)
        });
        joined && only_glue
    }

    /// Whether the English text asserts the event at `t`.
    pub(super) fn en_modality(&self, t: &Trigger) -> Modality {
        let clause = self.f.clause_of(t.start);
        if self.commemorated(t) {
            return Modality::Hypothetical;
        }
        let gs = if t.is_verb() { self.en_group_start(t.start) } else { self.en_np_start_before_noun(t.start) };
        let group: Vec<&str> = (gs..t.start).map(|k| self.en_word(k)).collect();
        if group.iter().any(|w| is_negator(w)) {
            return Modality::Negated;
        }
        if (gs > self.f.range.start && matches!(self.en_word(gs - 1), "no" | "without"))
            || (!t.is_verb() && self.en_word(gs) == "no")
        {
            return Modality::Negated;
        }
        // "No shots were fired": the passive's subject is none.
        if t.is_verb() && self.en_passive(t) && (gs.saturating_sub(4).max(clause.start)..gs).any(|k| self.en_word(k) == "no") {
            return Modality::Negated;
        }
        // "jets accidentally dropped bombs on a village": an accident is no act against anyone.
        // (", injuring 29 people" after it is the same accident.)
        let result_of =
            t.start > self.f.range.start + 1 && is_comma(self.doc, t.start - 1) && self.en_word(t.start).ends_with("ing");
        let from = if result_of { self.f.clause_of(t.start - 2).start } else { gs.saturating_sub(2).max(clause.start) };
        let accident = |k: usize| {
            matches!(
                self.en_word(k),
                "accidentally" | "mistakenly" | "inadvertently" | "unintentionally" | "misfired" | "misfiring" | "errant"
            )
        };
        if (from..(t.end + 1).min(clause.end)).any(accident) {
            return Modality::Negated;
        }
        // "after a court cancelled his arrest warrant", "the talks were called off": an act
        // undone or called off before it happened; "had not resumed strikes": one not done.
        if !t.is_verb()
            && let Some(v) = self.en_governing_verb(t.start)
        {
            let negated_verb = (self.en_group_start(v)..v).any(|k| is_negator(self.en_word(k)));
            if CANCELLING.contains(&self.en_word(v)) || negated_verb {
                return Modality::Negated;
            }
            // "denied that its forces had carried out the blast": the verb is denied.
            if let Some(g) = self.en_governor(self.en_group_start(v))
                && self.f.cue_at(g, CueKind::Denial)
                && !matches!(self.en_word(g), "rejected" | "rejects")
            {
                return Modality::Negated;
            }
        }
        // "would not attend the talks", "did not join the strikes": a verb the lexicon does
        // not know, negated, governs the noun.
        if !t.is_verb() {
            let mut s = gs;
            while s > self.f.range.start && is_det(self.en_word(s - 1)) {
                s -= 1;
            }
            // (The unknown verb may have been read as the phrase's adjective.)
            let verb_at = |v: usize| {
                v > self.f.range.start
                    && self.doc.raw(v).starts_with(char::is_lowercase)
                    && !is_function_word(self.en_word(v))
                    && !is_det(self.en_word(v))
                    && is_negator(self.en_word(v - 1))
            };
            if (s > self.f.range.start && verb_at(s - 1)) || verb_at(s) {
                return Modality::Negated;
            }
        }
        // "Neither A nor B attacked".
        if t.is_verb() && (clause.start..gs).any(|k| matches!(self.en_word(k), "neither" | "nor")) {
            return Modality::Negated;
        }
        // Denial or refusal governing the clause: "denied that", "refused to", "denied attacking".
        let governor = if t.is_verb() { self.en_governor(gs) } else { None };
        let gerund_of_denial = t.is_verb()
            && self.en_word(t.start).ends_with("ing")
            && t.start > self.f.range.start
            && self.f.cue_at(t.start - 1, CueKind::Denial);
        // "Hezbollah stopped firing rockets": the firing has ended, not happened now.
        let gerund_stopped = t.is_verb()
            && self.en_word(t.start).ends_with("ing")
            && t.start > self.f.range.start
            && matches!(
                self.en_word(t.start - 1),
                "stop" | "stops" | "stopped" | "halt" | "halted" | "cease" | "ceased" | "quit" | "ended" | "suspended"
            );
        if gerund_of_denial || gerund_stopped {
            return Modality::Negated;
        }
        if let Some(g) = governor {
            let w = self.en_word(g);
            if (self.f.cue_at(g, CueKind::Denial) && !matches!(w, "rejected" | "rejects"))
                || NEGATIVE_GOVERNORS.contains(&w)
                || (g > self.f.range.start && is_negator(self.en_word(g - 1)))
            {
                return Modality::Negated;
            }
            if self.f.cue_at(g, CueKind::Condition) {
                return Modality::Hypothetical;
            }
            // "asked Hamas to release", "urged Israel to halt": what one asks of another is
            // neither done nor intended by the other yet.
            // (Only with an object between: "wants to build" is the subject's own intent.)
            if OBJECT_CONTROL.contains(&w) && gs > self.f.range.start + 1 && self.en_word(gs - 1) == "to" && g + 1 < gs - 1 {
                return Modality::Hypothetical;
            }
            // "has not confirmed that ...", "Neither Moscow nor Pyongyang has confirmed that":
            // what a negated verb would assert is not asserted.
            let gclause = self.f.clause_of(g);
            let g_group = self.en_group_start(g);
            if (g_group..g).any(|k| is_negator(self.en_word(k)))
                || (gclause.start..g).any(|k| matches!(self.en_word(k), "neither" | "nor"))
            {
                return Modality::Negated;
            }
        }
        // "denied sending artillery shells", "denied any involvement in the attack".
        if self
            .f
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Denial && c.end <= t.start && t.start - c.end <= 6 && c.start >= clause.start)
        {
            return Modality::Negated;
        }
        // A condition opening the clause: "if Iran attacks", "unless the sanctions are lifted".
        if (clause.start..t.start).any(|k| matches!(self.en_word(k), "if" | "unless" | "until")) {
            return Modality::Hypothetical;
        }
        if group.iter().any(|w| POSSIBILITY_MODALS.contains(w)) {
            return Modality::Hypothetical;
        }
        if self
            .f
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Hypothetical && c.end <= t.start && t.start - c.end <= 3 && c.start >= clause.start)
        {
            return Modality::Hypothetical;
        }
        Modality::Asserted
    }

    /// Future tense, plans and intentions: "will meet", "is about to restore", "plans to visit",
    /// "vowed to retaliate", a date after publication.
    pub(super) fn en_is_future(&self, t: &Trigger) -> bool {
        let gs = if t.is_verb() { self.en_group_start(t.start) } else { self.en_np_start_before_noun(t.start) };
        if (gs..t.start).any(|k| {
            let w = self.en_word(k);
            FUTURE_MODALS.contains(&w) || matches!(w, "won't" | "won’t" | "shan't")
        }) {
            return true;
        }
        if t.is_verb()
            && let Some(g) = self.en_governor(gs)
            && self.en_word(gs.saturating_sub(1)) == "to"
        {
            let w = self.en_word(g);
            if FUTURE_ADJECTIVES.contains(&w)
                || future_governor(w)
                || self.f.cues.iter().any(|c| c.start <= g && g < c.end && matches!(c.kind, CueKind::Future | CueKind::Intention))
            {
                return true;
            }
        }
        // A noun before a future verb: "military operations would continue".
        let clause = self.f.clause_of(t.start);
        if !t.is_verb()
            && let Some(v) = (t.end..clause.end.min(t.end + 7)).find(|&k| is_aux(self.en_word(k)) || self.verbish(k))
            && FUTURE_MODALS.contains(&self.en_word(v))
        {
            return true;
        }
        // A noun governed by a future verb: "will hold talks", "plans a visit".
        if !t.is_verb()
            && let Some(v) = self.en_governing_verb(t.start)
        {
            let vs = self.en_group_start(v);
            if (vs..v).any(|k| FUTURE_MODALS.contains(&self.en_word(k))) || future_governor(self.en_word(v)) {
                return true;
            }
            // "ordered the Pentagon to prepare strikes": the infinitive's own governor.
            if vs > self.f.range.start
                && self.en_word(vs - 1) == "to"
                && let Some(g) = self.en_governor(vs)
                && future_governor(self.en_word(g))
            {
                return true;
            }
        }
        if !t.is_verb() && self.en_relative_says_future(t) {
            return true;
        }
        self.f
            .dates
            .iter()
            .any(|d| d.forward && d.start >= clause.start && d.start < clause.end && d.start.abs_diff(t.start) <= 10)
    }

    /// "talks on a new agreement, which mediators said would take place on Sunday", "a summit
    /// that is scheduled for next week": a relative clause after the noun puts it ahead.
    fn en_relative_says_future(&self, t: &Trigger) -> bool {
        let end = self.f.range.end;
        let Some(rel) = (t.end..(t.end + 14).min(end)).find(|&k| matches!(self.en_word(k), "which" | "that")) else {
            return false;
        };
        // ("told Trump in a phone call that Moscow would ...": the speech verb's "that".)
        let clause = self.f.clause_of(t.start);
        let speech_before = self.f.cues.iter().any(|c| c.kind == CueKind::Speech && c.start >= clause.start && c.end <= t.start);
        if self.en_word(rel) == "that" && speech_before {
            return false;
        }
        let rel_clause = self.f.clause_of((rel + 1).min(end - 1));
        let scope = rel + 1..rel_clause.end.min(rel + 12);
        // (The clause may be about a noun in between, "riots over a reform that will ...",
        // unless it tells of the event taking place.)
        let adjacent = rel == t.end || (rel == t.end + 1 && is_comma(self.doc, t.end));
        let takes_place = scope
            .clone()
            .any(|k| matches!(self.en_word(k), "place" | "held" | "begin" | "start" | "resume" | "open" | "convene" | "go"));
        (adjacent || takes_place)
            && (scope.clone().any(|k| matches!(self.en_word(k), "will" | "would" | "scheduled" | "due" | "planned" | "expected"))
                || self.f.dates.iter().any(|d| d.forward && scope.contains(&d.start)))
    }
}

/// Whether the trigger's patterns are coercion (17x): arrests of one's own people.
fn p_code_coercive(stage: &EventStage<'_>, t: &Trigger) -> bool {
    t.patterns.iter().all(|&p| stage.lex().patterns.get(p as usize).is_some_and(|x| x.code.starts_with("17")))
}
