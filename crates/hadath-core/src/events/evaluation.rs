//! English statements that judge an act or an actor without an event verb.
//!
//! "Germany's foreign ministry said the arrest was a serious setback", "The decision is
//! political, Araqchi said", "Barrack said the move was historic": a speech verb whose
//! complement is *phrase + form of "be" + judging word*. The statement is coded as criticism
//! (111) or praise (051) of the act's author, or as an accusation (112) or praise of an actor
//! judged directly ("said Iran was in breach").
//!
//! Takes the speech trigger and its sources; gives the code and the judged side, or nothing
//! when the complement is no judgement, is negated, or judges the speaker's own side.

use smallvec::SmallVec;

use super::{Arg, EventStage};
use crate::sentence::Trigger;
use crate::sentence_en::{BE, is_comma, is_det, is_negator};

/// Words that condemn what they describe.
const HARSH: &[&str] = &[
    "setback",
    "mistake",
    "violation",
    "breach",
    "illegal",
    "unlawful",
    "unacceptable",
    "provocation",
    "provocative",
    "outrageous",
    "unjustified",
    "unfounded",
    "baseless",
    "aggression",
    "crime",
    "political",
    "politically",
    "sham",
    "farce",
    "reckless",
    "irresponsible",
    "hostile",
    "unfriendly",
    "interference",
    "meddling",
    "absurd",
    "lies",
    "propaganda",
    "disgrace",
    "shameful",
    "regrettable",
    "counterproductive",
    "destabilising",
    "destabilizing",
    "escalatory",
    "blackmail",
    "piracy",
    "betrayal",
    "insult",
    "unprovoked",
    "illegitimate",
    "fraudulent",
    "rigged",
    "null",
];

/// Words that praise what they describe.
const PRAISE: &[&str] = &["historic", "positive", "welcome", "breakthrough", "constructive", "milestone", "encouraging"];

/// Nouns naming an act told before ("the decision", "the move"), when no event noun is there.
const ACT_NOUNS: &[&str] = &[
    "decision",
    "move",
    "step",
    "measure",
    "measures",
    "action",
    "actions",
    "ruling",
    "verdict",
    "announcement",
    "remarks",
    "comments",
    "statement",
    "accusation",
    "accusations",
    "allegation",
    "allegations",
    "charges",
    "warrant",
    "warrants",
    "arrest",
    "policy",
    "law",
    "resolution",
];

impl EventStage<'_> {
    /// The judgement a speech verb `t` reports, as (code, judged side).
    pub(super) fn en_evaluation(&self, t: &Trigger, sources: &[Arg]) -> Option<(&'static str, Arg)> {
        self.en_judged_spans(t).into_iter().find_map(|(from, to)| self.en_judgement_in(from, to, sources))
    }

    fn en_judgement_in(&self, from: usize, to: usize, sources: &[Arg]) -> Option<(&'static str, Arg)> {
        let copula = (from..to.min(from + 8)).find(|&k| BE.contains(&self.en_word(k)))?;
        if copula == from {
            return None;
        }
        let end = (copula + 1..to).find(|&k| is_comma(self.doc, k)).unwrap_or(to).min(copula + 7);
        if (copula..end).any(|k| is_negator(self.en_word(k))) {
            return None;
        }
        let harsh = (copula + 1..end).any(|k| HARSH.contains(&self.en_word(k)));
        let praise = (copula + 1..end).any(|k| PRAISE.contains(&self.en_word(k)));
        if harsh == praise {
            return None;
        }
        let (judged, act) = self.en_judged(from, copula)?;
        let own: SmallVec<[u32; 2]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
        if self.arg_country(&judged).is_some_and(|c| own.contains(&c)) || self.arg_code(&judged).is_none() {
            return None;
        }
        let code = match (harsh, act) {
            (true, true) => "111",
            (true, false) => "112",
            (false, _) => "051",
        };
        Some((code, judged))
    }

    /// Where the complement a speech verb `t` reports may be: after it ("said the move
    /// was"), or before a trailing attribution ("The decision is political, Araqchi said").
    fn en_judged_spans(&self, t: &Trigger) -> SmallVec<[(usize, usize); 2]> {
        let mut spans = SmallVec::new();
        let after = self.en_complement_start(t);
        if after < self.f.range.end {
            let end = (after + 1..self.f.range.end).find(|&k| self.f.is_hard(k)).unwrap_or(self.f.range.end);
            spans.push((after, end));
        }
        // ", Araqchi said.": the speech clause closes the sentence.
        let comma = self.en_comma_opening(self.f.clause_of(t.start).start);
        // (", Araqchi said, adding that ...": the attribution may go on after a comma.)
        let closes = (t.end..self.f.range.end).take_while(|&k| !is_comma(self.doc, k)).all(|k| !self.verbish(k));
        if let Some(c) = comma
            && closes
        {
            spans.push((self.f.range.start, c));
        }
        spans
    }

    /// What the phrase `from..copula` judges: the author of an act (with `true`) or an actor.
    fn en_judged(&self, from: usize, copula: usize) -> Option<(Arg, bool)> {
        // An event noun: its author ("the Israeli strikes", "the arrest" told before).
        if let Some(noun) = self.f.triggers.iter().find(|n| !n.is_verb() && n.start >= from && n.end <= copula) {
            let code = noun.patterns.first().map(|&p| self.lex().patterns[p as usize].code.as_str()).unwrap_or("");
            let (authors, _, _) = self.en_noun_source(noun, code);
            if let Some(a) = authors.into_iter().find(|a| self.arg_code(a).is_some()) {
                return Some((a, true));
            }
            return self.en_told_author(noun).map(|a| (a, true));
        }
        // An actor judged directly ("Iran was in breach").
        if let Some(idx) = (0..self.f.nps.len()).find(|&i| {
            let np = self.np(i);
            np.start >= from && np.end <= copula && np.prep.is_none() && !np.is_place() && self.codable(i)
        }) {
            return Some((Arg::Np { idx, how: "the one judged" }, false));
        }
        // "the decision", "it": the last act told.
        let words_ok = (from..copula).all(|k| {
            let w = self.en_word(k);
            is_det(w) || ACT_NOUNS.contains(&w) || matches!(w, "it" | "this" | "that" | "latest" | "new")
        });
        let names_act = (from..copula).any(|k| ACT_NOUNS.contains(&self.en_word(k)) || matches!(self.en_word(k), "it" | "this"));
        if !(words_ok && names_act) {
            return None;
        }
        let told = self.last_sides.as_ref().and_then(|(s, _)| s.first().cloned());
        // (Any act but a plain statement: "The decision is political" may judge a finding.)
        let earlier = || {
            let (_, author, _) = self
                .ctx
                .authors
                .iter()
                .rev()
                .find(|(root, _, s)| *s <= self.f.index && self.f.index - *s <= 2 && root != b"01")?;
            Some(Arg::Remembered { actor: Box::new(author.clone()), how: "" })
        };
        told.or_else(earlier).map(|a| (super::relabel(a, "author of the act judged"), true))
    }

    /// [`EventStage::author_told_before`] as an argument.
    pub(super) fn en_told_author(&self, noun: &Trigger) -> Option<Arg> {
        let author = self.author_told_before(noun)?;
        Some(Arg::Remembered { actor: Box::new(author.clone()), how: "author of the act judged" })
    }
}
