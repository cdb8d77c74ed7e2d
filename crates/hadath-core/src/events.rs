//! Stage 2 of coding: from triggers and noun phrases to event drafts.
//!
//! Takes one sentence's facts (see [`crate::sentence`]) and the document context, and gives
//! drafts: a pattern, who did it, to whom, and whether the text asserts it. Arguments follow
//! Arabic word order:
//! * verbs: the subject right after the verb (VSO), else the nearest bare noun phrase before it
//!   (SVO), else the subject the clause inherits (a pronoun on أنّ, a coordinated verb, the
//!   previous sentence); the target after a preposition the pattern names, else the direct object;
//! * event nouns: the subject of a support verb ("شنت إسرائيل غارات"), of a speech verb
//!   ("أعربت تونس عن إدانتها"), "من قبل X", or the genitive or nisba after the noun ("غارات
//!   إسرائيلية"); its object genitive is the target when the source came from the verb;
//! * violence whose author the sentence does not name is coded to the place it happened
//!   (the annotators' convention), unless a claim of responsibility names the author.
//!
//! Negation, denial, conditions, predictions and plans make a draft negated or hypothetical;
//! announced cooperation becomes an intent (a future visit is 036, not 042).

use hadath_lexicon::{CueKind, Lexicon, Pattern, TargetPrep, TriggerForm, WordId};
use smallvec::SmallVec;

use crate::Modality;
use crate::actors::{Np, Prep};
use crate::context::{Context, Remembered};
use crate::sentence::{DocView, SentenceFacts, Trigger};

mod english;
mod evaluation;

/// The sources and targets of a draft.
type Sides = (SmallVec<[Arg; 1]>, SmallVec<[Arg; 1]>);

/// Who takes part in an event, before codes are computed.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    /// A noun phrase of this sentence.
    Np { idx: usize, how: &'static str },
    /// An actor remembered from earlier.
    Remembered { actor: Box<Remembered>, how: &'static str },
    /// The country of a place (this sentence's noun phrase, or a remembered place), with a
    /// role code to append ("GOV" for the government protesters address).
    Place {
        country: u32,
        np: Option<usize>,
        remembered: Option<(hadath_text::Span, String)>,
        role: &'static str,
        how: &'static str,
    },
}

impl Arg {
    pub fn how(&self) -> &'static str {
        match self {
            Arg::Np { how, .. } | Arg::Remembered { how, .. } | Arg::Place { how, .. } => how,
        }
    }
}

/// An event before dates and codes.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub trigger: usize,
    pub pattern: u32,
    pub code: String,
    pub sources: SmallVec<[Arg; 1]>,
    pub targets: SmallVec<[Arg; 1]>,
    pub modality: Modality,
    pub notes: Vec<String>,
    /// The source was inferred from the place (an unclaimed attack): a claim may replace it.
    pub unattributed: bool,
    /// Position used to pick the date expression.
    pub anchor: usize,
}

fn is_protest(code: &str) -> bool {
    code.starts_with("14")
}

/// Codes for events two sides do together: talks, meetings, agreements, cooperation, clashes.
fn symmetric_code(code: &str) -> bool {
    matches!(code.get(..2), Some("04" | "06")) || matches!(code.get(..3), Some("057" | "036" | "030" | "031"))
        // (A ceasefire or truce is agreed by both sides.)
        || code.starts_with("0871")
}

/// Roots whose events may stand without a target.
fn target_optional(code: &str) -> bool {
    // (15: a missile test or a mobilisation is a show of force to no one in particular.)
    matches!(code.get(..2), Some("01" | "14" | "15"))
}

fn is_violent(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// Roots that take the place as target when nothing else is named.
fn place_is_target(code: &str) -> bool {
    is_violent(code)
        || code.starts_with("17")
        || matches!(code.get(..3), Some("087" | "192" | "191" | "150" | "152" | "154" | "015"))
}

/// Negators that only negate the word right after them.
const LOCAL_NEGATORS: &[&str] = &["غير", "عدم", "دون", "بدون", "بلا"];

pub(crate) struct EventStage<'a> {
    pub doc: &'a DocView<'a>,
    pub f: &'a SentenceFacts,
    pub ctx: &'a Context,
    doc_publication: Option<hadath_lexicon::PartialDate>,
    /// Subjects found so far in this sentence (with their coordinated phrases), by the token
    /// where their verb starts.
    subjects: Vec<(usize, SmallVec<[Arg; 1]>)>,
    /// The sides of the last draft of this sentence (English: a coordinated verb reacting
    /// without a target of its own acts on the same side, "accused Pakistan ... and vowed to
    /// retaliate"; "responded with artillery fire" hits back at the last attacker).
    last_sides: Option<Sides>,
    /// Object phrases a verb pattern used ("شنت ... غارات"), with the pattern's root: nouns of
    /// the same root in them are that event.
    consumed: Vec<(usize, usize, String)>,
    /// See [`crate::Options::petrarch_conventions`].
    pub petrarch_conventions: bool,
    /// English verbs whose draft failed for want of a target (see `en_lend_targets_back`).
    targetless: Vec<usize>,
    /// A target lent to the draft being made.
    lent_target: Option<SmallVec<[Arg; 1]>>,
}

impl<'a> EventStage<'a> {
    pub fn new(
        doc: &'a DocView<'a>,
        f: &'a SentenceFacts,
        ctx: &'a Context,
        publication: Option<hadath_lexicon::PartialDate>,
    ) -> EventStage<'a> {
        EventStage {
            doc,
            f,
            ctx,
            doc_publication: publication,
            subjects: Vec::new(),
            last_sides: None,
            targetless: Vec::new(),
            lent_target: None,
            consumed: Vec::new(),
            petrarch_conventions: false,
        }
    }

    /// The subject of the sentence's first verb (trigger or speech verb) that has one.
    pub fn main_subject(&self) -> Option<usize> {
        let mut verbs: Vec<(usize, usize)> = self.f.triggers.iter().filter(|t| t.is_verb()).map(|t| (t.start, t.end)).collect();
        verbs.extend(
            self.f
                .cues
                .iter()
                .filter(|c| matches!(c.kind, CueKind::Speech | CueKind::Support | CueKind::Denial))
                .map(|c| (c.start, c.end)),
        );
        verbs.sort_unstable();
        verbs.into_iter().find_map(|(s, e)| match self.subject_of(s, e, false).into_iter().next() {
            Some(Arg::Np { idx, .. }) => Some(idx),
            _ => None,
        })
    }

    /// Who claimed responsibility in this sentence ("تبنى تنظيم داعش", "أعلنت X مسؤوليتها").
    pub fn claimant(&self) -> Option<usize> {
        for c in &self.f.cues {
            let claim_verb = c.kind == CueKind::Claim
                || (c.kind == CueKind::Speech
                    && self.f.cues.iter().any(|r| {
                        // "أعلنت القوات الأمريكية في أفغانستان أمس أنها مسؤولة عن الهجوم".
                        r.kind == CueKind::Responsibility
                            && r.start >= c.end
                            && r.start <= c.end + 10
                            && !self.f.triggers.iter().any(|v| v.is_verb() && v.start >= c.end && v.end <= r.start)
                    }));
            if !claim_verb {
                continue;
            }
            let negated = self.f.cues.iter().any(|n| n.kind == CueKind::Negation && n.end <= c.start && c.start - n.end <= 2);
            if negated {
                continue;
            }
            // "an attack claimed by Islamic State": the agent of the passive claim.
            if self.f.english
                && let Some(idx) = self.f.nps.iter().position(|np| np.agentive && np.start >= c.end && np.start <= c.end + 2)
            {
                return Some(idx);
            }
            if let Some(Arg::Np { idx, .. }) = self.subject_of(c.start, c.end, false).into_iter().next() {
                return Some(idx);
            }
        }
        None
    }

    fn lex(&self) -> &'a Lexicon {
        self.doc.lex
    }

    fn np(&self, i: usize) -> &'a Np {
        &self.f.nps[i]
    }

    /// All drafts of the sentence, in trigger order.
    pub fn drafts(&mut self) -> Vec<Draft> {
        if self.f.discard {
            return Vec::new();
        }
        let mut out: Vec<Draft> = Vec::new();
        for ti in 0..self.f.triggers.len() {
            // "تظاهر آلاف ... مطالبين بـ": the demands of protesters are part of their protest.
            let participle = self.f.triggers[ti].form == TriggerForm::Participle;
            if participle && out.iter().any(|d| is_protest(&d.code)) {
                continue;
            }
            if let Some(d) = self.draft(ti) {
                // "تظاهر مئات الأتراك أمام القنصلية ... احتجاجا على": the purpose names the same
                // protest again.
                let restated = d.sources.iter().any(|s| s.how() == "subject of the protesting act")
                    && out.iter().any(|o| is_protest(&o.code) && o.modality == d.modality);
                if !restated {
                    out.push(d);
                }
            }
        }
        if self.f.english {
            self.en_lend_targets_back(&mut out);
        }
        out
    }

    /// "imposed export controls on chips and threatened sanctions on Chinese banks": a verb
    /// left without a target takes the one of the verb coordinated after it, with its subject.
    fn en_lend_targets_back(&mut self, out: &mut Vec<Draft>) {
        let targetless = std::mem::take(&mut self.targetless);
        for ti in targetless {
            let start = self.f.triggers[ti].start;
            let lender = out.iter().find(|d| {
                let t = &self.f.triggers[d.trigger];
                t.start > start
                    && t.is_verb()
                    && self.f.clause_of(t.start).start > start
                    && d.sources.iter().any(|s| s.how() == "subject of the coordinated verb")
                    && !d.targets.is_empty()
                    && !d.notes.iter().any(|n| n.starts_with("no target of its own"))
                    && d.sources.first().and_then(|s| self.arg_country(s)).is_some()
            });
            let Some((lent, lender_source)) =
                lender.map(|d| (d.targets.clone(), d.sources.first().and_then(|s| self.arg_country(s))))
            else {
                continue;
            };
            self.lent_target = Some(lent);
            let draft = self.draft(ti);
            self.lent_target = None;
            // (Only between verbs of one subject.)
            let same_subject = |d: &Draft| d.sources.first().and_then(|s| self.arg_country(s)) == lender_source;
            if let Some(mut d) = draft.filter(same_subject) {
                d.notes.push("no target of its own: the coordinated verb's after it".into());
                let at = out.iter().position(|o| o.trigger > ti).unwrap_or(out.len());
                out.insert(at, d);
            }
        }
    }

    fn draft(&mut self, ti: usize) -> Option<Draft> {
        let t = &self.f.triggers[ti];
        let (pattern_idx, object) = self.choose_pattern(t)?;
        let p = &self.lex().patterns[pattern_idx as usize];
        let root = p.code.get(..2).unwrap_or("");
        // (In English an object phrase is a noun phrase: whatever it holds belongs to the act.)
        let inside_object =
            |s: usize, e: usize, r: &str| s <= t.start && t.start < e && (r == root || t.start > s || self.f.english);
        if (!t.is_verb() || self.f.english) && self.consumed.iter().any(|(s, e, r)| inside_object(*s, *e, r)) {
            // The object of "شنت ... غارات": the verb's event already; a noun inside another
            // act's object ("حمّل ... مسؤولية الانفجار") only describes that act.
            return None;
        }
        if let Some((s, e)) = object {
            self.consumed.push((s, e, root.to_string()));
        }
        if t.is_verb()
            && self
                .f
                .triggers
                .iter()
                .any(|n| !n.is_verb() && n.end <= t.start && self.called_for(n).is_some_and(|v| v.start == t.start))
        {
            // "دعت إليه النقابات": the call is the strike's organising, not an appeal of its own.
            return None;
        }
        let mut notes = Vec::new();
        let mut code = p.code.clone();

        let (mut sources, governed, passive) = if t.is_verb() { self.verb_source(t) } else { self.noun_source(t, &p.code) };
        if !t.is_verb() && self.adverbial_masdar(t) {
            // "تضامنا مع", "ردا على": the purpose of another act, not an event of its own; but
            // "أضرب العمال ... احتجاجا على" says the act is a protest, by the act's subject, and
            // "قتل طعنا بسكين" says how the killing was done.
            if !is_protest(&p.code) && !is_violent(&p.code) {
                return None;
            }
            if sources.is_empty()
                && let Some(group) = self.previous_subjects(t.start)
            {
                sources = group.into_iter().map(|a| relabel(a, "subject of the protesting act")).collect();
            }
            // "سحبت الجزائر سفيرها احتجاجا على": a state's protest is diplomatic, coded by its act.
            if is_protest(&p.code) && sources.iter().any(|s| self.is_state_actor(s)) {
                return None;
            }
        }
        let casualty = self.f.has_cue(t.start, t.end, CueKind::Casualty);
        if casualty && (passive || !t.is_verb()) && !sources.iter().any(|s| s.how() == "agent of passive") {
            // "قُتل 12 جنديا", "مقتل خمسة أشخاص" name no author: the attack noun of the
            // sentence, if any, is the event. Only "برصاص الجيش" / "على يد" gives one.
            return None;
        }
        let mut targets = self.target(t, p, &sources, governed, object);
        let threat = p.code.starts_with("13") || (threat_code(&p.code).is_some() && self.said_or_first_person(t));
        if targets.is_empty()
            && threat
            && let Some(idx) = self.conditional_subject(t, &sources)
        {
            // "ستتدخل عسكريا ... إذا هاجمتها الصين": the threat is aimed at the one whose act
            // would set it off.
            targets.push(Arg::Np { idx, how: "subject of the condition" });
        }
        if targets.is_empty()
            && sources.iter().any(|s| s.how() == "one of the two sides")
            && let Some(b) = self.pair_target()
        {
            targets.push(b);
        }
        // "اندلعت اشتباكات مع مسلحين", "بعد اجتماع في طهران مع وزير الخارجية", "جولته التي
        // شملت زيارة لدمشق": a noun with its other side named and no author of its own is the
        // doing of the one the sentence is about.
        let with_other_side = targets.first().is_some_and(|a| match a {
            Arg::Np { idx, .. } => self.prep_is_one_of(self.np(*idx).prep, &["مع"]) || a.how() == "with",
            _ => false,
        });
        let cooperative = matches!(p.code.get(..2), Some("03" | "04" | "05" | "06" | "07"));
        if sources.is_empty()
            && !t.is_verb()
            && !targets.is_empty()
            && (with_other_side || cooperative)
            && let Some(s) = self.subjects.first().and_then(|(_, g)| g.first().cloned()).or_else(|| self.ctx_subject())
        {
            sources.push(relabel(s, "sentence subject"));
        }
        if sources.is_empty()
            && let Some((a, others)) = self.between_pair(t)
        {
            // "اشتباكات بين الجيش السوداني وقوات الدعم السريع": the sides.
            sources.push(a);
            targets = others;
        }
        // "السعودية وإيران وقعتا ... برعاية صينية، اتفاقا": a mediator's nisba or a place is
        // not the other side of a two-sided act when both sides are the subject.
        let weak_target = |a: &Arg| match a {
            Arg::Np { idx, .. } => self.np(*idx).is_modifier() || self.np(*idx).is_place() || self.np(*idx).locative,
            Arg::Place { .. } => true,
            Arg::Remembered { .. } => false,
        };
        // ("China, Tanzania and Zambia signed a deal ..., with Chinese state firms": one of
        // the sides' own bodies is not another side.)
        let source_countries: SmallVec<[u32; 4]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
        let own_side = |a: &Arg| self.f.english && self.arg_country(a).is_some_and(|c| source_countries.contains(&c));
        if sources.len() >= 2 && symmetric_code(&p.code) && targets.iter().all(|a| weak_target(a) || own_side(a)) {
            targets.clear();
        }
        // "India and Canada expelled each other's diplomats": both ways.
        let each_other = self.f.english && {
            let clause = self.f.clause_of(t.start);
            (t.end..clause.end.saturating_sub(1)).any(|k| self.doc.bare(k) == "each" && self.doc.bare(k + 1).starts_with("other"))
        };
        if targets.is_empty() && sources.len() >= 2 && (self.petrarch_conventions || each_other) {
            // (PETRARCH: each member of the compound on each other, both ways.)
            targets = sources.iter().map(|a| relabel(a.clone(), "the other side")).collect();
        }
        // "Thailand and Cambodia exchanged artillery fire": fighting between the subjects.
        let mutual_fight = self.f.english
            && is_violent(&p.code)
            && matches!(p.code.get(..2), Some("19"))
            && !sources.iter().any(|s| s.how() == "the accused");
        // "Russia and Ukraine exchanged prisoners", "Saudi Arabia and Iran restored ties".
        // ("Israel and Morocco normalised ties", "The two countries initialled a deal": English
        // cooperation between coordinated subjects with no other side is mutual; not offers of
        // aid or mediation, which are for someone else.)
        let mutual_exchange = self.f.english
            && ((matches!(p.code.get(..2), Some("03" | "05")) && !matches!(p.code.get(..3), Some("033" | "039")))
                || (p.code.starts_with("084") && matches!(p.lemma.as_str(), "exchange" | "swap")));
        if targets.is_empty() && sources.len() >= 2 && (symmetric_code(&p.code) || mutual_fight || mutual_exchange) {
            // "أجرت إيران والولايات المتحدة محادثات": the coordinated sides with each other.
            let first = sources.remove(0);
            targets = sources.drain(..).map(|a| relabel(a, "the other side")).collect();
            sources.push(first);
        }
        if self.f.english && passive && sources.is_empty() && p.code.starts_with("17") {
            // "224 people had been detained": by the police of the country the text is about.
            let country = self
                .preferred_place(Some(t.start))
                .and_then(|i| self.np(i).country)
                .or_else(|| self.ctx.recent_place(self.f.index).map(|r| r.country))
                .or_else(|| self.ctx.dominant_country());
            if let Some(country) = country {
                sources.push(Arg::Place { country, np: None, remembered: None, role: "COP", how: "police of the country" });
                if targets.is_empty() {
                    targets.push(Arg::Place { country, np: None, remembered: None, role: "CVL", how: "people of the country" });
                }
                notes.push("agentless arrest: the police of the country the text is about".into());
            }
        }
        if passive && sources.is_empty() && !is_violent(&p.code) && !self.f.english {
            // "تم رفع الحظر": the acting side is the sentence's (or the text's) subject, and the
            // one acted on the other actor named before.
            if let Some(s) = self.inherited_subject(t.start, self.f.range.start).or_else(|| self.speaker_before(t.start)) {
                sources.push(relabel(s, "implied agent of passive"));
                notes.push("passive without agent: agent taken from the sentence's subject".into());
                if targets.is_empty()
                    && let Some(idx) = self.topic_before(t.start, &sources)
                {
                    targets.push(Arg::Np { idx, how: "topic" });
                }
            }
        }
        if p.official_subject && !sources.iter().all(|s| self.is_official(s)) {
            return None;
        }
        if p.subject_is_target {
            std::mem::swap(&mut sources, &mut targets);
            if targets.is_empty() && !passive {
                return None;
            }
        }
        if t.is_verb() && matches!(sources.first(), Some(Arg::Np { .. })) {
            let group = sources.iter().filter(|a| matches!(a, Arg::Np { .. })).map(|a| relabel(a.clone(), "subject")).collect();
            self.subjects.push((t.start, group));
        }

        // "استدعت سفيرها" recalls one's own envoy (161); "استدعت السفير التركي" summons another's.
        if code.starts_with("114")
            && object.is_some_and(|(s, e)| self.f.nps.iter().any(|np| np.possessive && np.start < e && np.end > s))
        {
            code = "161".into();
            notes.push("own envoy (possessive): recall 161, not summon".into());
        }
        let mut modality = self.modality(t);
        if self.petrarch_conventions && modality == Modality::Hypothetical {
            modality = Modality::Asserted;
        }
        let figurative = is_violent(&code) && self.figurative(t);
        if figurative {
            code = "111".into();
            notes.push("figurative attack → criticise 111".into());
        }
        let mut unattributed = false;
        // "انفجرت عبوة ناسفة": a verb whose subject is a thing, not an actor, happened by itself.
        let thing_subject = t.is_verb() && self.thing_subject(t);
        let nominal_or_passive = (!t.is_verb() && self.reported_as_happening(t)) || passive || thing_subject;
        if is_violent(&code) && sources.is_empty() && modality == Modality::Asserted && nominal_or_passive {
            // An attack whose author the sentence does not name: coded to the place.
            if let Some(place) = self.place_arg(t, "place of an unclaimed attack") {
                sources.push(place);
                unattributed = true;
                notes.push("author not named: coded to the place of the attack".into());
            }
        }
        if is_protest(&code)
            && sources.is_empty()
            && modality == Modality::Asserted
            && (t.is_verb() || self.reported_as_happening(t))
        {
            // Protesters the sentence does not name: the people of the place (English: or of
            // the one country the sentence names, "Protests over the death ... in the custody
            // of Iran's morality police spread").
            let named_country = || {
                let country = self.f.english.then(|| self.sole_country_of_sentence(usize::MAX)).flatten()?;
                Some(Arg::Place { country, np: None, remembered: None, role: "", how: "country the sentence names" })
            };
            if let Some(place) = self.place_arg(t, "people of the place of the protest").or_else(named_country) {
                sources.push(place);
                notes.push("protesters not named: coded to the place of the protest".into());
            }
        }
        if targets.is_empty()
            && is_violent(&code)
            && let Some(side) = self.speakers_side(t, &sources)
        {
            // "قال الجيش الهندي إن القوات الباكستانية قصفت مواقع حدودية": the speaker reports
            // an attack on his own side.
            targets.push(side);
        }
        // (English: aid and rescue teams go to the country the story is about.)
        let aid = self.f.english && code.starts_with("07");
        if targets.is_empty()
            && (place_is_target(&code) || aid)
            && let Some(place) = self.place_arg(t, "place")
        {
            // ("struck targets in Lebanon and Syria": each country listed.)
            if self.f.english
                && let Arg::Place { np: Some(i), country, .. } = &place
            {
                let (i, country) = (*i, *country);
                let listed = self.with_group(i, "place").into_iter().skip(1).filter_map(|a| match a {
                    Arg::Np { idx, .. } => self.np(idx).country.filter(|&c| c != country).map(|c| Arg::Place {
                        country: c,
                        np: Some(idx),
                        remembered: None,
                        role: "",
                        how: "place listed",
                    }),
                    _ => None,
                });
                let listed: SmallVec<[Arg; 1]> = listed.collect();
                targets.push(place);
                targets.extend(listed);
            } else {
                targets.push(place);
            }
        }
        if targets.is_empty()
            && is_protest(&code)
            && let Some(country) = sources.first().and_then(|s| self.arg_country(s))
        {
            // A protest names its addressee rarely: by default the government of its country.
            targets.push(Arg::Place { country, np: None, remembered: None, role: "GOV", how: crate::PROTEST_DEFAULT });
        }
        if sources.is_empty() {
            return None;
        }
        if targets.is_empty()
            && (code.starts_with("172")
                || code.starts_with("0813")
                || code.starts_with("0814")
                // ("riot police used tear gas": on their own country's protesters.)
                || (code.starts_with("175") && self.f.english)
                // ("Hasina resigned": leaving office yields to one's own country.)
                || (code.starts_with("0831") && self.f.english))
            && let Some(country) = sources.first().and_then(|s| self.arg_country(s))
        {
            // "فرضت السلطات حظر تجول", "أعلن الأحكام العرفية": a measure on one's own country.
            targets.push(Arg::Place { country, np: None, remembered: None, role: "", how: "the country under the measure" });
        }
        if targets.is_empty()
            && t.is_verb()
            && self.has_enclitic(t.start)
            && let Some(idx) = self.pronoun_referent(t.start, &sources)
        {
            // "ثم استدعاه", "وأبلغه": the pronoun object is the last one named.
            targets.push(Arg::Np { idx, how: "pronoun object" });
        }
        if self.f.english
            && targets.is_empty()
            && t.is_verb()
            && let Some(person) = self.en_object_pronoun(t, &sources)
        {
            targets.push(person);
        }
        if self.f.english && targets.is_empty() {
            self.en_borrow_target(t, &code, &sources, &mut targets, &mut notes);
        }
        if targets.is_empty()
            && let Some(lent) = self.lent_target.take()
        {
            targets = lent;
        }
        // ("Trump ordered the Pentagon to": a command to one's own state's organs is no demand.)
        let own_organ = |a: &Arg| {
            self.arg_country(a) == sources.first().and_then(|s| self.arg_country(s))
                && self.arg_code(a).is_some_and(|c| matches!(c.get(3..6), Some("MIL" | "COP" | "SPY" | "GOV")))
        };
        if self.f.english && code.starts_with("10") && !targets.is_empty() && targets.iter().all(own_organ) {
            return None;
        }
        // "fired ballistic missiles into the Yellow Sea": a launch at no one is a show of force.
        if self.f.english
            && targets.is_empty()
            && code.starts_with("19")
            && object
                .is_some_and(|(s, e)| (s..e).any(|k| matches!(self.doc.bare(k), "missile" | "missiles" | "rocket" | "rockets")))
            && !self.f.cues.iter().any(|c| c.kind == CueKind::Casualty)
            && (t.end..self.f.clause_of(t.start).end).any(|k| matches!(self.doc.bare(k), "sea" | "waters" | "ocean" | "coast"))
        {
            code = "150".into();
            notes.push("missiles fired at no one: a show of force 150".into());
        }
        // ("vowed a harsh response": a threat spelled out by its object stands without a target.)
        let spelled_threat = self.f.english && code.starts_with("13") && object.is_some();
        if targets.is_empty() && !target_optional(&code) && !spelled_threat {
            if self.f.english && t.is_verb() && !self.targetless.contains(&ti) {
                self.targetless.push(ti);
            }
            return None;
        }
        if code.starts_with("010") || (code.starts_with("01") && code.len() == 2) {
            // A bare statement: the complement usually holds the real event. Only a statement
            // made to someone ("أكدت له أن", "قال لنظيره") is an event of its own.
            let addressee = self.addressee(t, &sources);
            let judgement = if self.f.english && t.is_verb() { self.en_evaluation(t, &sources) } else { None };
            match (addressee, judgement) {
                // "said the arrest was a serious setback": criticism (or praise) of its author.
                (_, Some((judged_code, judged))) => {
                    notes.push(format!("a judgement reported: {judged_code}"));
                    code = judged_code.into();
                    targets = SmallVec::from_buf([judged]);
                }
                (Some(a), None) if t.is_verb() => targets = SmallVec::from_buf([a]),
                _ => return None,
            }
        }
        // "Trump said he would cut tariffs on Chinese goods", "Poland will close the Russian
        // consulate": a decision its maker announces is coded as the act (English gold).
        // (Not a term of a deal told in a relative clause: "a deal in which the group will free
        // all hostages", whoever said so.)
        let clause_start = self.f.clause_of(t.start).start;
        let relative = matches!(self.doc.bare(clause_start), "which" | "who" | "whom" | "whose");
        let announced_decision = self.f.english
            && matches!(code.get(..2), Some("08" | "16"))
            && !code.starts_with("083")
            && !code.starts_with("087")
            && !relative
            && self.said_or_first_person(t);
        if modality == Modality::Asserted && !self.petrarch_conventions && !announced_decision && self.is_future(t) {
            let threat = threat_code(&code).filter(|_| self.said_or_first_person(t));
            match intent_code(&code).or(threat) {
                Some(intent) => {
                    notes.push(format!("announced, not yet done: {code} → {intent}"));
                    code = intent.into();
                }
                None => modality = Modality::Hypothetical,
            }
        }
        let mutual = self.f.has_cue(t.start, t.end, CueKind::Mutual);
        if unattributed && mutual {
            // "اندلعت اشتباكات في طرابلس": the place's armed sides fought each other.
            for a in targets.iter_mut() {
                if let Arg::Place { role, how, .. } = a {
                    *role = "MIL";
                    *how = "armed sides of the place";
                }
            }
        } else if code == "190" && self.by_air(t, &sources) {
            // (Even unclaimed: "الهجوم الجوي" says how, whoever flew.)
            code = "195".into();
            notes.push("by aircraft or missiles: air strike 195".into());
        } else if is_violent(&code) && unattributed && code == "190" {
            code = "180".into();
        }
        self.en_refine_violence(&mut code, t, p, &sources, &targets, &mut notes);
        // "Erdogan welcomed Zelensky", "Zelensky was welcomed by Erdogan": welcoming a person
        // (not a decision) is hosting him.
        if self.f.english
            && code.starts_with("051")
            && p.lemma == "welcome"
            && targets.iter().any(|a| match a {
                Arg::Np { idx, .. } => self.en_person_like(*idx) && self.np(*idx).prep.is_none(),
                _ => false,
            })
        {
            code = "043".into();
            notes.push("a person welcomed: hosting 043".into());
        }
        if is_violent(&code) && code == "190" && sources.iter().any(|s| self.arg_is_irregular(s)) {
            code = "180".into();
            notes.push("non-state attacker: unconventional violence 180".into());
        }
        if code.starts_with("173") && sources.iter().any(|s| !matches!(s, Arg::Place { .. }) && self.arg_is_terrorist(s)) {
            code = "181".into();
            notes.push("held by a non-state group: abduction 181, not arrest".into());
        }
        self.last_sides = Some((sources.clone(), targets.clone()));
        Some(Draft { trigger: ti, pattern: pattern_idx, code, sources, targets, modality, notes, unattributed, anchor: t.start })
    }

    /// Picks the pattern a trigger stands for: one whose object follows beats one without.
    /// Returns the pattern and the token after its object (if any).
    fn choose_pattern(&self, t: &Trigger) -> Option<(u32, Option<(usize, usize)>)> {
        let lex = self.lex();
        let clause = self.f.clause_of(t.start);
        // Dates between the verb and its object do not count ("أجرى في 12 أغسطس/آب 2024
        // اتصالا هاتفيا").
        let date_tokens: usize =
            self.f.dates.iter().filter(|d| d.start >= t.end && d.start < t.end + 10).map(|d| d.end - d.start + 1).sum();
        let window_end = (t.end + 10 + date_tokens).min(clause.end.max(t.end + 3)).min(self.f.range.end);
        let mut best: Option<(u32, Option<(usize, usize)>)> = None;
        for &pi in &t.patterns {
            let p = &lex.patterns[pi as usize];
            if p.objects.is_empty() {
                if best.is_none() {
                    best = Some((pi, None));
                }
                continue;
            }
            // (An English passive has its object before it: "The ambassador was summoned"; so
            // do reduced and object relatives: "missiles fired by the Houthis", "the drones
            // that Russia launched".)
            let before = || {
                if !self.f.english {
                    return None;
                }
                if self.en_passive(t) {
                    return self.find_object(p, clause.start, t.start);
                }
                let antecedent_end = self.en_relative_antecedent_end(t)?;
                self.find_object(p, antecedent_end.saturating_sub(3).max(self.f.range.start), antecedent_end)
            };
            if let Some(span) = self.find_object(p, t.end, window_end).or_else(before) {
                // Prefer an object pattern to a bare one, an earlier object to a later one,
                // and a longer object to a shorter one ("إضراب عن الطعام" over "إضراب").
                let better = match best {
                    None | Some((_, None)) => true,
                    Some((_, Some((s, e)))) => span.0 < s || (span.0 == s && span.1 > e),
                };
                if better {
                    best = Some((pi, Some(span)));
                }
            }
        }
        best
    }

    /// The first object phrase of `p` in tokens `from..to` (longest at its start).
    fn find_object(&self, p: &Pattern, from: usize, to: usize) -> Option<(usize, usize)> {
        if self.f.english {
            return self.en_find_object(p, from, to);
        }
        for start in from..to {
            let mut best: Option<usize> = None;
            for obj in &p.objects {
                let fits = obj.iter().enumerate().all(|(k, w)| {
                    let i = start + k;
                    i < self.f.range.end && self.doc.word_ids(i).any(|x| x == *w)
                });
                if fits && best.is_none_or(|b| obj.len() > b) {
                    best = Some(obj.len());
                }
            }
            if let Some(len) = best {
                return Some((start, start + len));
            }
        }
        None
    }

    /// The subject of a verb at token range `t`; also whether the verb is passive.
    fn verb_source(&self, t: &Trigger) -> (SmallVec<[Arg; 1]>, bool, bool) {
        if self.f.english {
            return self.en_verb_source(t);
        }
        if t.form == TriggerForm::Participle {
            // "..., مطالبًا نظام الأسد بوقف القصف": the main clause's subject (that of the
            // sentence's first verb, not of a complement: "نفى الجيش أن تكون طائراته قصفت ...،
            // محملا").
            let main = self.main_subject().filter(|&i| self.np(i).end <= t.start).map(|idx| Arg::Np { idx, how: "subject" });
            let owner = main
                .map(|a| SmallVec::from_buf([a]))
                .or_else(|| self.previous_subjects(t.start))
                .or_else(|| self.speaker_before(t.start).map(|a| SmallVec::from_buf([a])))
                .or_else(|| self.ctx_subject().map(|a| SmallVec::from_buf([a])));
            return (
                owner.unwrap_or_default().into_iter().map(|a| relabel(a, "subject of the main clause")).collect(),
                false,
                false,
            );
        }
        if self.passive_verb(t) {
            let agentive = self.agentive_after(t.end);
            return (agentive.into_iter().collect(), false, true);
        }
        (self.subject_of(t.start, t.end, true).into_iter().collect(), false, false)
    }

    /// A passive verb: after "تم"/"جرى", a casualty verb followed by a count ("قُتل 149
    /// شخصا"), or written with the passive vowel.
    fn passive_verb(&self, t: &Trigger) -> bool {
        if self.passive_cue_before(t) {
            return true;
        }
        let raw = self.doc.raw(t.start);
        let vowelled_passive = raw.chars().nth(1) == Some('\u{064F}') || raw.starts_with("ت") && raw.contains('\u{064F}');
        let count_follows = (t.end..(t.end + 2).min(self.f.range.end)).any(|i| self.counted(i + 1));
        // "قتل ثلاثة مدنيين على يد مسلحين": the "by" phrase only follows a passive.
        let clause = self.f.clause_of(t.start);
        let agent_follows =
            self.f.nps.iter().any(|np| np.agentive && np.start >= t.end && np.start <= t.end + 5 && np.start < clause.end);
        // "سبعة جنود قتلوا": a counted subject before a casualty verb is its victims.
        let counted_before = self.f.has_cue(t.start, t.end, CueKind::Casualty)
            && self.subject_before(t.start, clause.start).is_some_and(|i| self.counted(self.np(i).start));
        vowelled_passive
            || (self.f.has_cue(t.start, t.end, CueKind::Casualty) && count_follows)
            || agent_follows
            || counted_before
    }

    /// Whether the word right after verb `t` is a plain noun, no actor: its subject is a thing.
    fn thing_subject(&self, t: &Trigger) -> bool {
        if self.f.english {
            return self.en_thing_subject(t);
        }
        let next = t.end;
        // ("ودمر أجزاء من العاصمة": after "و" the subject goes on and the word is the object.)
        !self.doc.conj(t.start)
            && next < self.f.range.end
            && self.doc.kind(next) == hadath_text::TokenKind::Arabic
            && !self.doc.conj(next)
            && self.doc.clitic_prep(next).is_none()
            && !self.f.nps.iter().any(|np| np.start <= next && next < np.end)
            && !self.f.cues.iter().any(|c| c.start <= next && next < c.end)
            && !self.f.triggers.iter().any(|x| x.is_verb() && x.start <= next && next < x.end)
            && !self.f.dates.iter().any(|d| d.start <= next && next < d.end)
    }

    /// Whether a number stands right before token `i` ("سبعة جنود", "12 مدنيا").
    fn counted(&self, i: usize) -> bool {
        const NUMBER_WORDS: &[&str] = &[
            "اثنان",
            "اثنين",
            "ثلاثه",
            "اربعه",
            "خمسه",
            "سته",
            "سبعه",
            "ثمانيه",
            "تسعه",
            "عشره",
            "عشرات",
            "مئات",
            "الاف",
            "عشرين",
            "ثلاثين",
            "اربعين",
            "خمسين",
        ];
        let Some(before) = i.checked_sub(1) else { return false };
        self.doc.kind(before) == hadath_text::TokenKind::Number || NUMBER_WORDS.contains(&self.doc.bare(before))
    }

    /// The subject of a verb standing at `start..end`: VSO, SVO, or inherited.
    fn subject_of(&self, start: usize, end: usize, inherit: bool) -> SmallVec<[Arg; 1]> {
        if self.f.english {
            return self.en_subject_of(start, end, inherit);
        }
        let clause = self.f.clause_of(start);
        // A bare phrase just before the verb in its own clause is its subject (SVO; after أنّ
        // the subject must come first); otherwise the phrase right after it (VSO).
        if let Some(idx) = self.subject_before(start, clause.start) {
            return self.with_group(idx, "subject");
        }
        // "أعلنت الوزارة أنها استدعت القنصل": the pronoun on أنّ is the subject; the phrase
        // after the verb is its object.
        if inherit
            && self.pronoun_complementizer_opens(clause.start, start)
            && let Some(s) = self.inherited_subject(start, clause.start)
        {
            return SmallVec::from_buf([relabel(s, "subject pronoun")]);
        }
        if let Some(idx) = self.subject_after(end, clause.end) {
            // "التقى خلالها نظيره السوري": a phrase with a possessive pronoun after the verb
            // refers back to the subject; it is the object.
            if inherit
                && self.np(idx).possessive
                && let Some(group) = self
                    .previous_subjects(start)
                    .or_else(|| self.inherited_subject(start, clause.start).map(|s| SmallVec::from_buf([s])))
            {
                return group.into_iter().map(|a| relabel(a, "inherited subject")).collect();
            }
            // "..., والتقى رئيس الوزراء": after a coordinated verb with one phrase only, the
            // subject is the previous clause's and the phrase is the object.
            if inherit
                && self.doc.conj(start)
                && self.takes_direct_object(start)
                && self.single_bare_phrase_after(end, clause.end)
                && let Some(group) = self.previous_subjects(start)
            {
                return group.into_iter().map(|a| relabel(a, "inherited subject")).collect();
            }
            return self.with_group(idx, "subject");
        }
        if !inherit {
            return SmallVec::new();
        }
        if let Some(pair) = self.pair_subject(start, end) {
            return SmallVec::from_buf([pair]);
        }
        if let Some(group) = self.previous_subjects(start).filter(|_| self.may_inherit(start, clause.start)) {
            return group.into_iter().map(|a| relabel(a, "inherited subject")).collect();
        }
        self.inherited_subject(start, clause.start).into_iter().collect()
    }

    /// Whether exactly one bare, non-place phrase (and its coordination) follows in the clause.
    fn single_bare_phrase_after(&self, from: usize, clause_end: usize) -> bool {
        // "واتهمت الحركة بتعمد استهداف المدنيين": what follows the charge (ب) is its content.
        let first_end = self.f.nps.iter().find(|np| np.start >= from).map_or(from, |np| np.end);
        let with_ba = |i: usize| {
            self.doc.clitic_prep(i) == Some('ب')
                || (!self.doc.has_hits(i) && self.doc.bare(i).starts_with('ب') && self.doc.bare(i).chars().count() >= 4)
        };
        let clause_end = (first_end..clause_end).find(|&i| with_ba(i)).unwrap_or(clause_end);
        let bare: Vec<usize> = (0..self.f.nps.len())
            .filter(|&i| {
                let np = self.np(i);
                np.start >= from && np.start < clause_end && np.is_bare() && !np.is_place() && !np.locative && !np.is_modifier()
            })
            .collect();
        bare.len() == 1 || (bare.len() > 1 && bare.windows(2).all(|w| self.coordinated(w[0], w[1])))
    }

    /// VSO: the first noun phrase after the verb, with only adverbials between.
    fn subject_after(&self, from: usize, clause_end: usize) -> Option<usize> {
        // "شنتها طائرة إسرائيلية مسيرة": the nisba of an aircraft or missile is its side.
        let platform = |np: &Np| np.start > 0 && self.f.cue_at(np.start - 1, CueKind::Air);
        let (idx, np) = self.f.nps.iter().enumerate().find(|(_, np)| np.start >= from && (!np.is_modifier() || platform(np)))?;
        if np.start >= clause_end || !np.may_be_subject() || np.locative || np.agentive || np.is_place() {
            return None;
        }
        (self.only_adverbials(from, np.start) || self.apposition_gap(from, np.start)).then_some(idx)
    }

    /// "قال بهرام قاسمي، المتحدث باسم الخارجية": a name the lexicon lacks, then a comma and
    /// the phrase that says who it is.
    fn apposition_gap(&self, from: usize, to: usize) -> bool {
        let Some(comma) = to.checked_sub(1) else { return false };
        if !matches!(self.doc.raw(comma), "،" | ",") || comma <= from || comma - from > 3 {
            return false;
        }
        // The name's words may be dictionary words (قاسمي reads as قاسم + ي): what matters is
        // that they name no actor, event, cue or date.
        (from..comma).all(|i| {
            self.doc.kind(i) == hadath_text::TokenKind::Arabic
                && !self.f.nps.iter().any(|np| np.start <= i && i < np.end)
                && !self.f.triggers.iter().any(|t| t.start <= i && i < t.end)
                && !self.f.cues.iter().any(|c| c.start <= i && i < c.end)
                && !self.f.dates.iter().any(|d| d.start <= i && i < d.end)
        })
    }

    /// Whether tokens `from..to` hold nothing but punctuation, dates, cue words and short
    /// prepositional adverbials ("في بيان", "مساء الجمعة"): what may stand between a verb and
    /// its subject.
    fn only_adverbials(&self, from: usize, to: usize) -> bool {
        self.only_adverbials_within(from, to, 6, 1)
    }

    /// [`EventStage::only_adverbials`] with a longest gap and the words a preposition may
    /// take ("في بيانات منفصلة" is a preposition and two words).
    fn only_adverbials_within(&self, from: usize, to: usize, max_len: usize, pp_words: usize) -> bool {
        if to - from > max_len {
            return false;
        }
        let in_date = |i: usize| self.f.dates.iter().any(|d| d.start <= i && i < d.end);
        let mut i = from;
        while i < to {
            if self.f.is_hard(i) || self.f.triggers.iter().any(|t| t.is_verb() && t.start <= i && i < t.end) {
                return false;
            }
            let word = self.doc.an.tokens[i].is_word();
            let cue = self
                .f
                .cues
                .iter()
                .any(|c| c.start <= i && i < c.end && !matches!(c.kind, CueKind::Preposition | CueKind::Location));
            if self.f.cue_at(i, CueKind::Preposition) {
                // A preposition and the words after it (not an actor or a trigger).
                i += 1;
                let mut taken = 0;
                while taken < pp_words
                    && i < to
                    && !(self.f.cue_at(i, CueKind::Preposition) && CORE_PREPOSITIONS.contains(&self.doc.bare(i)))
                    && !self.f.nps.iter().any(|np| np.start <= i && i < np.end && !np.is_place())
                    && !self.f.triggers.iter().any(|t| t.start <= i && i < t.end)
                {
                    i += 1;
                    taken += 1;
                }
                continue;
            }
            // "باللغة العبرية", "لوسائل الإعلام": a preposition written on its noun, with the
            // words after it, as above.
            if word && self.prefixed_preposition(i) {
                i += 1;
                let mut taken = 1;
                while taken < pp_words
                    && i < to
                    && self.doc.an.tokens[i].is_word()
                    && !self.f.nps.iter().any(|np| np.start <= i && i < np.end)
                    && !self.f.triggers.iter().any(|t| t.start <= i && i < t.end)
                    && !self.f.cues.iter().any(|c| c.start <= i && i < c.end)
                {
                    i += 1;
                    taken += 1;
                }
                continue;
            }
            let before_date = i + 1 < to && in_date(i + 1);
            if word && !in_date(i) && !cue && !before_date {
                return false;
            }
            i += 1;
        }
        true
    }

    /// A word whose best reading starts with a preposition (ب، ل، ك) and that names no actor
    /// and no event.
    fn prefixed_preposition(&self, i: usize) -> bool {
        let mut hits = self.doc.best_hits(i).peekable();
        // A word the lexicons do not know still shows a preposition on its article: بال، لل، كال.
        let prefixed = match hits.peek() {
            Some(_) => hits.all(|h| h.proclitic.prep.is_some()),
            None => {
                let w = self.doc.bare(i);
                (w.starts_with("بال") || w.starts_with("كال") || w.starts_with("لل")) && w.chars().count() >= 5
            }
        };
        prefixed
            && !self.f.nps.iter().any(|np| np.start <= i && i < np.end)
            && !self.f.triggers.iter().any(|t| t.start <= i && i < t.end)
    }

    /// SVO: the nearest bare noun phrase before the verb in its clause.
    fn subject_before(&self, verb: usize, clause_start: usize) -> Option<usize> {
        let (mut idx, mut np) = self.f.nps.iter().enumerate().rev().find(|(_, np)| np.end <= verb && np.start >= clause_start)?;
        // "الجيش في ميانمار قصف": the place qualifies the phrase before it.
        if np.locative
            && idx > 0
            && self.np(idx - 1).start >= clause_start
            && np.start.saturating_sub(self.np(idx - 1).end) <= 1
            && self.np(idx - 1).agent.is_some()
        {
            idx -= 1;
            np = self.np(idx);
        }
        if !np.may_be_subject() || np.locative || np.agentive || np.is_place() || np.is_modifier() {
            return None;
        }
        let between = verb - np.end;
        // "ثلاثة مهندسين خطفتهم": a verb with an object pronoun right after a phrase is a
        // relative clause on that phrase, which is its object.
        if between <= 1 && self.has_enclitic(verb) {
            return None;
        }
        let verb_between = self.f.triggers.iter().any(|t| t.is_verb() && t.start >= np.end && t.end <= verb);
        let cue_verb_between = self.f.cues.iter().any(|c| {
            c.start >= np.end && c.end <= verb && matches!(c.kind, CueKind::Speech | CueKind::Support | CueKind::Denial)
        });
        // "بين الولايات المتحدة والصين بعدما فرضت": a coordination governed by a preposition
        // is no subject, whichever of its members stands nearest.
        let head = self.group_head(idx);
        (between <= 4 && !verb_between && !cue_verb_between && self.np(head).may_be_subject()).then_some(head)
    }

    /// The first of a coordinated run that `idx` belongs to ("الصين والإمارات وباكستان").
    fn group_head(&self, mut idx: usize) -> usize {
        while idx > 0 && self.coordinated(idx - 1, idx) {
            idx -= 1;
        }
        idx
    }

    /// Whether phrase `b` continues a coordination with phrase `a` (adjacent, joined by و or a comma).
    fn coordinated(&self, a: usize, b: usize) -> bool {
        if self.f.english {
            return self.en_coordinated(a, b);
        }
        let (x, y) = (self.np(a), self.np(b));
        if y.start < x.end || y.prep.is_some() && !y.conj {
            return false;
        }
        let gap_ok = (x.end..y.start).all(|i| matches!(self.doc.raw(i), "،" | "," | "و"));
        gap_ok && (y.conj || (y.start > x.end && matches!(self.doc.raw(y.start - 1), "،" | ",")))
    }

    /// A phrase and the phrases coordinated with it.
    fn with_group(&self, idx: usize, how: &'static str) -> SmallVec<[Arg; 1]> {
        let mut out: SmallVec<[Arg; 1]> = SmallVec::new();
        out.push(Arg::Np { idx, how });
        let mut last = idx;
        while last + 1 < self.f.nps.len() && self.coordinated(last, last + 1) {
            last += 1;
            if !self.np(last).is_place() || !self.np(idx).is_place() {
                out.push(Arg::Np { idx: last, how: "coordination" });
            }
        }
        out
    }

    /// Whom a speech verb addresses: a phrase with ل right after it ("قال لنظيره"), or a
    /// pronoun with ل ("أكدت له") standing for the last one named.
    fn addressee(&self, t: &Trigger, sources: &[Arg]) -> Option<Arg> {
        let next = t.end;
        if next >= self.f.range.end {
            return None;
        }
        if let Some((idx, _)) =
            self.f.nps.iter().enumerate().find(|(_, np)| np.start == next && np.prep == Some(Prep::Clitic('ل')) && !np.is_place())
        {
            return Some(Arg::Np { idx, how: "addressee" });
        }
        let pronoun_with_lam =
            self.doc.clitic_prep(next) == Some('ل') && self.has_enclitic(next) && !self.f.nps.iter().any(|np| np.start == next);
        let bare_pronoun = matches!(self.doc.bare(next), "له" | "لها" | "لهم" | "لهما");
        if pronoun_with_lam || bare_pronoun {
            return self.pronoun_referent(t.start, sources).map(|idx| Arg::Np { idx, how: "addressee (pronoun)" });
        }
        None
    }

    /// The phrase a pronoun object on a verb at `verb` refers to: the last actor named before
    /// it in the sentence that is not among the sources (nor a place or a lone nisba).
    fn pronoun_referent(&self, verb: usize, sources: &[Arg]) -> Option<usize> {
        let used: SmallVec<[usize; 4]> =
            sources.iter().filter_map(|a| if let Arg::Np { idx, .. } = a { Some(*idx) } else { None }).collect();
        (0..self.f.nps.len()).rev().find(|&i| {
            let np = self.np(i);
            np.end <= verb && !used.contains(&i) && !np.is_place() && !np.is_modifier()
        })
    }

    /// Whether only punctuation, complementizers, connectives ("كما", "ثم") and dates stand
    /// between the clause start and the verb.
    fn verb_opens_clause(&self, clause_start: usize, verb: usize) -> bool {
        (clause_start..verb).all(|i| {
            !self.doc.an.tokens[i].is_word()
                || self.f.cue_at(i, CueKind::Complementizer)
                || self.f.cue_at(i, CueKind::Contrast)
                || self.f.dates.iter().any(|d| d.start <= i && i < d.end)
        })
    }

    /// Whether the clause starting at `clause_start` opens with a complementizer that carries a
    /// pronoun ("أنها", "إنه") directly followed (dates and adverbs aside) by the verb at `verb`.
    fn pronoun_complementizer_opens(&self, clause_start: usize, verb: usize) -> bool {
        let opens =
            self.f.cues.iter().any(|c| {
                c.kind == CueKind::Complementizer && c.start == clause_start && self.complementizer_with_pronoun(c.start)
            });
        opens && !self.f.nps.iter().any(|np| np.start > clause_start && np.end <= verb)
    }

    /// The subjects (with their coordination) of the last verb before `verb` in this sentence.
    fn previous_subjects(&self, verb: usize) -> Option<SmallVec<[Arg; 1]>> {
        self.subjects.iter().rev().find(|(pos, _)| *pos < verb).map(|(_, g)| g.clone())
    }

    /// Whether a verb with no subject of its own may take one from before: a coordinated
    /// verb, a clause of "أنها/إنه", or a verb that opens its clause.
    fn may_inherit(&self, verb: usize, clause_start: usize) -> bool {
        let starts_clause = self.verb_opens_clause(clause_start, verb);
        let pronoun_complementizer =
            self.f.cues.iter().any(|c| {
                c.kind == CueKind::Complementizer && c.start == clause_start && self.complementizer_with_pronoun(c.start)
            });
        pronoun_complementizer || self.doc.conj(verb) || starts_clause
    }

    /// A subject the verb does not name: the speaker for "أنها/إنه" clauses, the last subject
    /// for coordinated verbs and sentences that continue the previous one.
    fn inherited_subject(&self, verb: usize, clause_start: usize) -> Option<Arg> {
        let starts_clause = self.verb_opens_clause(clause_start, verb);
        let conj_verb = self.doc.conj(verb);
        if !self.may_inherit(verb, clause_start) {
            return None;
        }
        if let Some(arg) = self.previous_subjects(verb).and_then(|g| g.into_iter().next()) {
            return Some(relabel(arg, "inherited subject"));
        }
        // A speech verb earlier in the sentence: its subject.
        if let Some(c) = self.f.cues.iter().rev().find(|c| c.end <= clause_start && c.kind == CueKind::Speech) {
            let s = self.subject_of(c.start, c.end, false);
            if let Some(first) = s.into_iter().next() {
                return Some(relabel(first, "speaker"));
            }
        }
        // A sentence that opens with a verb and a word of its own ("انفجرت عبوة ناسفة") has its
        // subject there, named or not: only "و..." and pronoun clauses go on from the last one.
        let own_subject = !conj_verb
            && verb == self.f.range.start
            && verb + 1 < self.f.range.end
            && self.doc.kind(verb + 1) == hadath_text::TokenKind::Arabic
            && !self.f.cue_at(verb + 1, CueKind::Preposition)
            && !self.f.dates.iter().any(|d| d.start <= verb + 1 && verb + 1 < d.end);
        if (conj_verb || verb == self.f.range.start || starts_clause && clause_start == self.f.range.start)
            && !own_subject
            && let Some(r) = &self.ctx.last_subject
        {
            return Some(Arg::Remembered { actor: Box::new(r.clone()), how: "previous sentence's subject" });
        }
        None
    }

    /// The author named after an event noun right after the verb ("أدانت تونس التفجيرين" has
    /// none; "أدانت إيران الغارة الإسرائيلية" has إسرائيل).
    fn object_noun_author(&self, t: &Trigger, clause_end: usize, subject_end: usize) -> Option<usize> {
        let noun = self.object_noun(t, clause_end, subject_end)?;
        let idx = self.genitive_after(noun.end)?;
        let np = self.np(idx);
        (np.start < clause_end).then_some(idx)
    }

    /// The first event noun after the verb and its subject, with at most adverbials between.
    fn object_noun(&self, t: &Trigger, clause_end: usize, subject_end: usize) -> Option<&Trigger> {
        let from = subject_end.max(t.end);
        self.f.triggers.iter().find(|n| {
            !n.is_verb()
                && n.start >= t.end
                && n.start < clause_end
                && (n.start - t.end <= 4 || (n.start >= from && self.only_adverbials_within(from, n.start, 10, 2)))
        })
    }

    /// "أدانت الحكومة الهجوم", "رفضت فنزويلا العقوبات": an act the sentence does not attribute
    /// is the last of its kind told, by its author, in this sentence or the three before.
    fn earlier_author(&self, t: &Trigger, clause_end: usize, subject_end: usize, sources: &[Arg]) -> Option<Arg> {
        let author = match self.object_noun(t, clause_end, subject_end) {
            Some(noun) => {
                if self.genitive_after(noun.end).is_some() {
                    return None;
                }
                // A noun that may name violence ("التفجير": 183, or 1712 for a building)
                // takes up violence only.
                self.author_told_before(noun)?
            }
            None => self.author_of_object_word(subject_end.max(t.end), clause_end)?,
        };
        let arg = Arg::Remembered { actor: Box::new(author.clone()), how: "author of the act told before" };
        let source_countries: SmallVec<[u32; 2]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
        (!self.arg_country(&arg).is_some_and(|c| source_countries.contains(&c))).then_some(arg)
    }

    /// The author of the act an event noun takes up ("condemned the strikes"): in English the
    /// one who did an act told with the same word, up to eight sentences back; else the last
    /// author of an act of the noun's root (violence only for a noun that may name violence:
    /// "التفجير" is 183, or 1712 for a building).
    pub(super) fn author_told_before(&self, noun: &Trigger) -> Option<&Remembered> {
        let by_word = || {
            noun.patterns.iter().find_map(|&p| {
                let lemma = self.lex().patterns[p as usize].lemma.as_str();
                self.ctx.author_by_lemma(lemma, self.f.index, 8)
            })
        };
        let roots: SmallVec<[&str; 4]> =
            noun.patterns.iter().filter_map(|&p| self.lex().patterns[p as usize].code.get(..2)).collect();
        let violent = roots.iter().any(|r| is_violent(r));
        // (English wire copy puts reactions a paragraph after the act.)
        let back = if self.f.english { 5 } else { 3 };
        self.f.english.then(by_word).flatten().or_else(|| {
            roots.iter().filter(|r| !violent || is_violent(r)).find_map(|root| self.ctx.author_of(root, self.f.index, back))
        })
    }

    /// The verb of "دعا إليه" right after event noun `t` ("إضراب دعت إليه النقابات").
    fn called_for(&self, t: &Trigger) -> Option<&Trigger> {
        let v = self.f.triggers.iter().find(|v| v.is_verb() && v.start >= t.end && v.start <= t.end + 1)?;
        let calls = v.patterns.iter().any(|&p| self.lex().patterns[p as usize].code.starts_with("02"));
        // (As written: the bare form would lose "ال" of "إليه".)
        let to_it = matches!(hadath_text::normalize::normalize(self.doc.raw(v.end)).as_str(), "اليه" | "اليها" | "لها" | "له");
        (calls && to_it).then_some(v)
    }

    /// "رفضت فنزويلا العقوبات": a definite object that is the object word of an act told
    /// before ("فرض عقوبات") names that act; its author is returned.
    fn author_of_object_word(&self, at: usize, clause_end: usize) -> Option<&Remembered> {
        if at >= clause_end || !self.doc.best_hits(at).any(|h| h.proclitic.article) {
            return None;
        }
        let words: SmallVec<[WordId; 4]> = self.doc.word_ids(at).collect();
        self.ctx.authors.iter().rev().find_map(|(root, author, sentence)| {
            if self.f.index - sentence > 3 {
                return None;
            }
            let root = std::str::from_utf8(root).ok()?;
            let names_it = self
                .lex()
                .patterns
                .iter()
                .any(|p| p.code.starts_with(root) && p.objects.iter().any(|o| o.len() == 1 && words.contains(&o[0])));
            names_it.then_some(author)
        })
    }

    /// The previous sentence's subject, as an argument.
    fn ctx_subject(&self) -> Option<Arg> {
        self.ctx.last_subject.as_ref().map(|r| Arg::Remembered { actor: Box::new(r.clone()), how: "previous sentence's subject" })
    }

    /// The country an agent-only phrase belongs to: for "قواته" the speaker's or subject's, else
    /// a place of the sentence, else one named just before, else the country the text names most.
    pub fn np_fallback(&self, idx: usize) -> Option<u32> {
        let np = self.np(idx);
        if np.country.is_some() || np.named.is_some() {
            return None;
        }
        let owned = np.possessive
            || (self.f.english && np.start > self.f.range.start && matches!(self.doc.bare(np.start - 1), "its" | "their"));
        if owned {
            // ('"Our forces shot down ...," the army said': the speaker quoted after.)
            let quoted = || {
                (self.f.english && np.start > self.f.range.start && matches!(self.doc.bare(np.start - 1), "our" | "my"))
                    .then(|| self.en_quoted_speaker(np.start, 1))
                    .flatten()
            };
            // ("China warned the Philippines. Its coast guard later fired": the subject told
            // in the sentence before, when this one has none before the phrase.)
            let previous = || {
                let opens = self.f.english && !self.subjects.iter().any(|(v, _)| *v < np.start);
                opens.then(|| self.ctx_subject()).flatten()
            };
            let not_itself = |a: &Arg| !matches!(a, Arg::Np { idx: o, .. } if *o == idx);
            let owner = quoted()
                .or_else(|| self.speaker_before(np.start))
                .or_else(|| self.subjects.first().and_then(|(_, g)| g.first().cloned()).filter(not_itself))
                .or_else(previous);
            if let Some(c) = owner.and_then(|a| match &a {
                Arg::Np { idx: o, .. } if *o != idx => self.arg_country(&a),
                Arg::Np { .. } => None,
                _ => self.arg_country(&a),
            }) {
                return Some(c);
            }
        }
        // "رئيس التشريفات في وزارة الخارجية الإسرائيلية": the body he belongs to.
        if let Some(c) = self.affiliation(idx) {
            return Some(c);
        }
        // "قال وزير الدفاع الإسرائيلي إن الجيش سيضرب": forces the speaker reports on without
        // naming their country are the speaker's own (an envoy seldom is).
        let role = np.agent.and_then(|a| self.lex().agents.get(a as usize)).map(|a| a.role.as_str());
        if matches!(role, Some("MIL" | "COP" | "SPY"))
            && let Some(c) = self.speaker_country_for(np.start)
        {
            return Some(c);
        }
        let civil = !matches!(role, Some("MIL" | "COP" | "SPY" | "UAF" | "REB"));
        // The place of the sentence nearest the phrase: "اقتحم المحتجون السفارة السويدية في
        // بغداد" are Baghdad's protesters, whatever the embassy's country.
        (0..self.f.nps.len())
            .filter(|&i| {
                let other = self.np(i);
                other.is_place()
                    || (other.locative && other.country.is_some())
                    // "protesters in Tehran": a phrase placed by its city.
                    || (self.f.english && i != idx && other.country_via == crate::actors::CountryVia::City)
            })
            .min_by_key(|&i| self.np(i).start.abs_diff(np.start))
            .and_then(|i| self.np(i).country)
            // (In English news "police", "security forces" and "protesters" are those of the one
            // country the sentence names.)
            .or_else(|| (civil || self.f.english).then(|| self.sole_country_of_sentence(idx)).flatten())
            .or_else(|| self.ctx.recent_place(self.f.index).map(|p| p.country))
            .or_else(|| self.ctx.dominant_country())
    }

    /// "هاجم زعيم المعارضة البريطانية الحكومة": the one country the sentence's other actors
    /// belong to, for a government, parliament or party it does not place.
    fn sole_country_of_sentence(&self, idx: usize) -> Option<u32> {
        let mut countries = (0..self.f.nps.len())
            .filter(|&i| i != idx && !self.np(i).is_place())
            .filter_map(|i| self.np(i).country_index(self.lex(), self.doc_publication));
        let first = countries.next()?;
        countries.all(|c| c == first).then_some(first)
    }

    /// The country of the organisation or office an agent-only phrase belongs to, when one
    /// follows it with في/من/ب within a word or two.
    fn affiliation(&self, idx: usize) -> Option<u32> {
        let np = self.np(idx);
        let next = self.f.nps.get(idx + 1)?;
        let close = next.start > np.end && next.start - np.end <= 3;
        let linked = self.prep_is_one_of(next.prep, &["في", "من", "ب", "ل"])
            || self.prep_is_one_of(next.construct, &["في", "من", "ب", "ل"]);
        let body = (next.agent.is_some() || next.named.is_some()) && !next.is_place();
        // "أمين عام حركة مشروع تونس": a genitive chain of words the lexicon lacks, ending in a
        // country or organisation.
        let chain = next.prep.is_none()
            && !next.is_place()
            && !next.locative
            && (np.end..next.start).all(|i| {
                self.doc.kind(i) == hadath_text::TokenKind::Arabic
                    && !self.f.cue_at(i, CueKind::Preposition)
                    // "المحتجين فجر الخميس مقر السفارة": a date or a verb ends the chain.
                    && !self.f.dates.iter().any(|d| d.start <= i && i < d.end)
                    && !self.f.triggers.iter().any(|t| t.start <= i && i < t.end)
            });
        (close && ((linked && body) || chain)).then(|| next.country_index(self.lex(), self.doc_publication)).flatten()
    }

    /// The place of the sentence an event happened at: among several, one whose country the
    /// text also names as an actor ("محافظ عدن ... في مديرية المنصورة" is in Yemen), then the
    /// nearest to `near`.
    fn preferred_place(&self, near: Option<usize>) -> Option<usize> {
        let places: Vec<usize> = (0..self.f.nps.len())
            .filter(|&i| {
                let np = self.np(i);
                np.is_place()
                    || (np.locative && np.country.is_some())
                    // "displaced people in Rafah": an English phrase placed by its city.
                    || (self.f.english && np.country_via == crate::actors::CountryVia::City)
            })
            // ("a pause in some U.S. weapons deliveries": a name before a noun qualifies it.)
            .filter(|&i| !(self.f.english && self.en_name_before_noun(i)))
            .collect();
        let named_elsewhere = |c: Option<u32>| {
            c.is_some()
                && (self.f.nps.iter().any(|o| !o.is_place() && o.country == c)
                    || c.is_some_and(|c| self.ctx.country_counts.get(&c).copied().unwrap_or(0) > 0))
        };
        let distance = |i: usize| near.map_or(i, |n| self.np(i).start.abs_diff(n));
        places.iter().copied().min_by_key(|&i| (!named_elsewhere(self.np(i).country), distance(i)))
    }

    /// Whether an event noun is told as something that happened, not mentioned in passing: its
    /// clause has a casualty or happening word ("قتل ... في هجوم", "وقع انفجار", "أسفر"), a
    /// support verb, or the noun opens the clause.
    fn reported_as_happening(&self, t: &Trigger) -> bool {
        if self.f.english && self.en_owned_noun(t) {
            // "the group's attacks", "their raids": an author the text names elsewhere.
            return false;
        }
        let clause = self.f.clause_of(t.start);
        let in_clause = |c: &crate::sentence::Cue| c.start >= clause.start && c.start < clause.end;
        let evidence = self.f.cues.iter().any(|c| {
            in_clause(c)
                && (matches!(c.kind, CueKind::Casualty | CueKind::Occurrence | CueKind::Support | CueKind::Claim)
                    // "المسؤولية عن" only when someone claims it ("أعلنت مسؤوليتها عن"), not in
                    // "تحديد المسؤولية عن الهجمات".
                    || (c.kind == CueKind::Responsibility && self.claimant().is_some()))
        });
        // (An English noun phrase may open with its determiners: "A car bomb exploded".)
        let noun_start = if self.f.english { self.en_np_start_before_noun(t.start) } else { t.start };
        let opens_clause = (clause.start..noun_start).all(|i| {
            !self.doc.an.tokens[i].is_word()
                || self.f.dates.iter().any(|d| d.start <= i && i < d.end)
                || self.f.cue_at(i, CueKind::Complementizer)
        });
        evidence || opens_clause
    }

    /// A state acting as such (a country, its government, army or police), not its people.
    /// A person named, or a phrase whose agent is a government's ("the foreign minister").
    fn is_official(&self, a: &Arg) -> bool {
        let np = match a {
            Arg::Np { idx, .. } => self.np(*idx),
            Arg::Remembered { actor, .. } => &actor.np,
            Arg::Place { .. } => return false,
        };
        let person = np.names_person(self.lex());
        let government = np.agent.and_then(|id| self.lex().agents.get(id as usize)).is_some_and(|ag| ag.role == "GOV");
        person || government
    }

    fn is_state_actor(&self, a: &Arg) -> bool {
        let Arg::Np { idx, .. } = a else { return false };
        let np = self.np(*idx);
        if np.people {
            return false;
        }
        let role = np.agent.and_then(|g| self.lex().agents.get(g as usize)).map(|g| g.role.as_str());
        match role {
            Some(r) => matches!(r, "GOV" | "MIL" | "COP" | "SPY" | "JUD" | "LEG"),
            None => {
                let code = np.code(self.lex(), self.doc_publication, None).unwrap_or_default();
                code.len() == 3 || code.ends_with("GOV") || code.ends_with("MIL")
            }
        }
    }

    /// The two sides of "بين X و Y" after the trigger.
    fn between_pair(&self, t: &Trigger) -> Option<(Arg, SmallVec<[Arg; 1]>)> {
        let clause = self.f.clause_of(t.start);
        let between = self.lex().word_id(if self.f.english { "between" } else { "بين" })?;
        let (idx, _) = self.f.nps.iter().enumerate().find(|(_, np)| {
            np.start >= t.end && np.start < clause.end && np.start - t.end <= 6 && np.prep == Some(Prep::Word(between))
        })?;
        let group = self.with_group(idx, "between");
        let mut it = group.into_iter();
        let a = it.next()?;
        let rest: SmallVec<[Arg; 1]> = it.map(|b| relabel(b, "between")).collect();
        (!rest.is_empty()).then_some((a, rest))
    }

    /// Whether the verb trigger at `start` has a pattern whose target is its direct object
    /// (no preposition named): "والتقى رئيس الوزراء" has one, "وأشادت الوزيرة بـ" has not.
    fn takes_direct_object(&self, start: usize) -> bool {
        self.f.triggers.iter().find(|t| t.start == start).is_some_and(|t| {
            t.patterns.iter().all(|&p| self.lex().patterns.get(p as usize).is_some_and(|p| p.target_preps.is_empty()))
        })
    }

    /// The actor code an argument resolves to (a place has none of its own).
    fn arg_code(&self, a: &Arg) -> Option<String> {
        match a {
            Arg::Np { idx, .. } => self.np(*idx).code(self.lex(), self.doc_publication, self.np_fallback(*idx)),
            Arg::Remembered { actor, .. } => actor.np.code(self.lex(), self.doc_publication, actor.fallback),
            Arg::Place { .. } => None,
        }
    }

    /// Whether phrase `idx` resolves to an actor code (with its fallback country).
    fn codable(&self, idx: usize) -> bool {
        self.np(idx).code(self.lex(), self.doc_publication, self.np_fallback(idx)).is_some()
    }

    /// The country index of an argument (for the protesters' own government).
    fn arg_country(&self, a: &Arg) -> Option<u32> {
        match a {
            Arg::Np { idx, .. } => {
                self.np(*idx).country_index(self.lex(), self.doc_publication).or_else(|| self.np_fallback(*idx))
            }

            Arg::Remembered { actor, .. } => actor.np.country.or(actor.fallback),
            Arg::Place { country, .. } => Some(*country),
        }
    }

    /// The subject of the nearest speech verb before token `i` in the sentence.
    /// The country of the one whose words hold token `i`: a speech verb and "أن/إن" before it
    /// in the sentence.
    fn speaker_country_for(&self, i: usize) -> Option<u32> {
        let speech =
            self.f.cues.iter().rev().find(|c| c.end <= i && c.kind == CueKind::Speech && c.start >= self.f.range.start)?;
        let complement = self.f.cues.iter().any(|c| c.kind == CueKind::Complementizer && c.start >= speech.end && c.end <= i);
        if !complement || i - speech.end > 12 {
            return None;
        }
        let speaker = self.subject_of(speech.start, speech.end, false).into_iter().next()?;
        match &speaker {
            Arg::Np { idx, .. } => self.np(*idx).country_index(self.lex(), self.doc_publication),
            _ => self.arg_country(&speaker),
        }
    }

    fn speaker_before(&self, i: usize) -> Option<Arg> {
        let c = self.f.cues.iter().rev().find(|c| c.end <= i && c.kind == CueKind::Speech)?;
        self.subject_of(c.start, c.end, true).into_iter().next()
    }

    /// The nearest actor phrase before token `i` that is not among `sources` nor a place.
    fn topic_before(&self, i: usize, sources: &[Arg]) -> Option<usize> {
        let used: SmallVec<[usize; 4]> =
            sources.iter().filter_map(|a| if let Arg::Np { idx, .. } = a { Some(*idx) } else { None }).collect();
        let source_country = sources.iter().find_map(|a| match a {
            Arg::Np { idx, .. } => self.np(*idx).country,
            Arg::Remembered { actor, .. } => actor.np.country,
            Arg::Place { country, .. } => Some(*country),
        });
        (0..self.f.nps.len()).rev().find(|&k| {
            let np = self.np(k);
            np.end <= i
                && !used.contains(&k)
                && !np.is_place()
                && !np.is_modifier()
                && (np.country.is_none() || np.country != source_country)
        })
    }

    /// "ووقع الوزيران ...", "واتفق الجانبان ...": the two sides of the last two-sided event.
    /// The first is the subject; [`EventStage::pair_target`] gives the second.
    fn pair_subject(&self, start: usize, end: usize) -> Option<Arg> {
        // (Arabic puts the subject after the verb, English before it.)
        let near = |c: &crate::sentence::Cue| {
            c.kind == CueKind::Pair
                && ((c.start >= end && c.start - end <= 2 && !self.f.english) || (c.end <= start && start - c.end <= 2))
        };
        self.f.cues.iter().find(|c| near(c))?;
        // "Kim hosted Putin ..., and the two signed": the sides told earlier in this sentence.
        if let Some(a) = self.sentence_pair().map(|(a, _)| a) {
            return Some(relabel(a, "one of the two sides"));
        }
        let (a, _) = self.ctx.last_pair.as_ref()?;
        Some(Arg::Remembered { actor: Box::new(a.clone()), how: "one of the two sides" })
    }

    fn pair_target(&self) -> Option<Arg> {
        if let Some((_, b)) = self.sentence_pair() {
            return Some(relabel(b, "the other side"));
        }
        let (_, b) = self.ctx.last_pair.as_ref()?;
        Some(Arg::Remembered { actor: Box::new(b.clone()), how: "the other side" })
    }

    /// Both sides of the pair ("urged both sides to"): this sentence's, else the text's.
    fn pair_both(&self) -> Option<SmallVec<[Arg; 1]>> {
        // ("spoke with Hun Manet and Phumtham and urged both sides": the two just named.)
        if let Some((_, targets)) = &self.last_sides
            && targets.len() >= 2
        {
            return Some(targets.iter().map(|a| relabel(a.clone(), "one of the two sides")).collect());
        }
        let (a, b) = self.sentence_pair().or_else(|| {
            let (a, b) = self.ctx.last_pair.as_ref()?;
            let remembered = |r: &crate::context::Remembered| Arg::Remembered { actor: Box::new(r.clone()), how: "" };
            Some((remembered(a), remembered(b)))
        })?;
        let mut both = SmallVec::new();
        both.push(relabel(a, "one of the two sides"));
        both.push(relabel(b, "the other side"));
        Some(both)
    }

    /// The source and target of this sentence's last two-sided draft.
    fn sentence_pair(&self) -> Option<(Arg, Arg)> {
        let (sources, targets) = self.last_sides.as_ref()?;
        let (a, b) = (sources.first()?, targets.first()?);
        (self.arg_country(a) != self.arg_country(b)).then(|| (a.clone(), b.clone()))
    }

    fn passive_cue_before(&self, t: &Trigger) -> bool {
        self.f.cues.iter().any(|c| c.kind == CueKind::Passive && c.end <= t.start && t.start - c.end <= 1)
    }

    fn has_enclitic(&self, i: usize) -> bool {
        self.doc.best_hits(i).any(|x| x.enclitic)
    }

    /// "أنها", "إنه", "بأنهم": a complementizer carrying the pronoun of its clause's subject.
    /// (The cue lexicon lists the common ones as whole words, so the clitic reading alone
    /// does not tell.)
    fn complementizer_with_pronoun(&self, i: usize) -> bool {
        const FORMS: [&str; 16] = [
            "انه",
            "انها",
            "انهم",
            "انهما",
            "اننا",
            "انني",
            "اني",
            "انهن",
            "بانه",
            "بانها",
            "بانهم",
            "بانهما",
            "باننا",
            "لانه",
            "لانها",
            "لانهم",
        ];
        self.has_enclitic(i) || FORMS.contains(&self.doc.bare(i))
    }

    /// The source of an event noun; whether it came from a governing verb; whether passive.
    fn noun_source(&self, t: &Trigger, code: &str) -> (SmallVec<[Arg; 1]>, bool, bool) {
        if self.f.english {
            return self.en_noun_source(t, code);
        }
        let clause = self.f.clause_of(t.start);
        // "تم اعتقال", "جرى تفجير": passive.
        if self.passive_cue_before(t) {
            return (self.agentive_after(t.end).into_iter().collect(), false, true);
        }
        // "ندد البرلمان العربي بالقصف الروسي على إدلب": a nisba agreeing with the noun names
        // its author, whoever speaks of it.
        if let Some(idx) = self.genitive_after(t.end).filter(|&i| self.np(i).is_modifier()) {
            return (self.with_group(idx, "nisba of the noun"), false, false);
        }
        // A support or speech verb shortly before: its subject.
        let governing = self.f.cues.iter().rev().find(|c| {
            let window = if c.kind == CueKind::Speech { 3 } else { 8 };
            // "أعلنت السلطات البحرينية، السبت، اعتقال": the verb's subject and dates between.
            let only_subject_between = c.kind == CueKind::Speech
                && c.end <= t.start
                && (c.end..t.start).all(|i| {
                    !self.doc.an.tokens[i].is_word()
                        || self.f.nps.iter().any(|np| np.start <= i && i < np.end && np.may_be_subject())
                        || self.f.dates.iter().any(|d| d.start <= i && i < d.end)
                });
            c.end <= t.start
                && (t.start - c.end <= window || only_subject_between)
                && c.start >= clause.start
                && matches!(c.kind, CueKind::Support | CueKind::Speech | CueKind::Claim)
                && !self.f.triggers.iter().any(|v| v.is_verb() && v.start >= c.end && v.end <= t.start)
        });
        // ("في تبادل لإطلاق النار": a support word after a preposition is a noun, no verb.)
        let governing = governing.filter(|c| {
            c.start == 0 || !(self.f.cue_at(c.start - 1, CueKind::Preposition) || self.doc.clitic_prep(c.start).is_some())
        });
        if let Some(c) = governing {
            let s = self.subject_of(c.start, c.end, true);
            if !s.is_empty() {
                return (s, true, false);
            }
        }
        // "وصل الوزير ... في زيارة", "شارك آلاف في مسيرات": the clause's subject.
        // Not for violence: "قتل خمسة في هجوم" names the victims' clause, not the attacker.
        // "ألغت النقابة الإضراب بعد التوصل إلى اتفاق": after "بعد" too.
        let cooperative = matches!(code.get(..2), Some("03" | "04" | "05" | "06" | "07" | "08" | "14"));
        let after_fi = cooperative
            && t.start > clause.start
            && matches!(self.doc.bare(t.start - 1), "في" | "بعد" | "عقب" | "اثر" | "خلال" | "اثناء");
        if after_fi && let Some((_, group)) = self.subjects.iter().rev().find(|(pos, _)| *pos >= clause.start && *pos < t.start) {
            return (group.iter().map(|a| relabel(a.clone(), "subject of the clause")).collect(), false, false);
        }
        // "قتلت قوات الأمن ستة مسلحين خلال مداهمة": an attack noun after "during" is the doing of
        // the clause's attacker.
        let during = t.start > clause.start && matches!(self.doc.bare(t.start - 1), "خلال" | "اثناء" | "في" | "اثر");
        let violent_verb_at = |pos: usize| {
            self.f.triggers.iter().any(|v| {
                v.start == pos && v.is_verb() && v.patterns.iter().any(|&p| is_violent(&self.lex().patterns[p as usize].code))
            })
        };
        if is_violent(code)
            && during
            && let Some((_, group)) =
                self.subjects.iter().rev().find(|(pos, _)| *pos >= clause.start && *pos < t.start && violent_verb_at(*pos))
        {
            return (group.iter().map(|a| relabel(a.clone(), "attacker of the clause")).collect(), false, false);
        }
        // "غارة شنتها طائرة إسرائيلية", "هجوم نفذه مسلحون": a support or claim verb right after
        // the noun, with a pronoun for it, names the author.
        if let Some(c) = self.f.cues.iter().find(|c| {
            c.start >= t.end
                && c.start - t.end <= 2
                && matches!(c.kind, CueKind::Support | CueKind::Claim)
                && self.has_enclitic(c.start)
        }) {
            // (The verb's pronoun is the noun, so its subject follows it: "غارة شنتها طائرة
            // إسرائيلية", not the victims named before.)
            let clause_end = self.f.clause_of(c.start).end;
            let s = match self.subject_after(c.end, clause_end) {
                Some(idx) => self.with_group(idx, "subject"),
                None => self.subject_of(c.start, c.end, false),
            };
            if !s.is_empty() {
                return (s.into_iter().map(|a| relabel(a, "subject of the verb after the noun")).collect(), false, false);
            }
        }
        // "إضراب عام دعت إليه النقابات", "مظاهرات دعا إليها حزب": who called for it organised it.
        if let Some(v) = self.called_for(t) {
            let clause_end = self.f.clause_of(v.start).end;
            if let Some(idx) = self.subject_after(v.end + 1, clause_end) {
                return (self.with_group(idx, "who called for it"), false, false);
            }
        }
        // A verb trigger governing the noun ("قرر فرض"): its subject, when it has one here; not
        // a verb that reacts to the act ("أدانت الحكومة الهجوم", "رحب بالاتفاق", "دعا إلى وقف
        // القصف"), whose subject is not the act's author.
        let reacting = |v: &Trigger| {
            v.patterns.iter().all(|&p| {
                matches!(self.lex().patterns[p as usize].code.get(..2), Some("01" | "02" | "05" | "10" | "11" | "12" | "13"))
            })
        };
        if let Some(v) = self.f.triggers.iter().rev().find(|v| v.is_verb() && v.end <= t.start && t.start - v.end <= 2)
            && !reacting(v)
        {
            let s = self.subject_of(v.start, v.end, false);
            if !s.is_empty() {
                return (s, true, false);
            }
        }
        if let Some(a) = self.agentive_after(t.end) {
            return (SmallVec::from_buf([a]), false, false);
        }
        // The genitive or nisba right after the noun: "غارات إسرائيلية", "زيارة الرئيس"; but
        // civilians after an attack noun are its victims ("استهداف المدنيين").
        let victims = |idx: usize| {
            let np = self.np(idx);
            let role = np.agent.and_then(|a| self.lex().agents.get(a as usize)).map(|a| a.role.as_str());
            is_violent(code) && (np.people || role == Some("CVL"))
        };
        if let Some(idx) = self.genitive_after(t.end).filter(|&i| !victims(i)) {
            return (self.with_group(idx, "genitive"), false, false);
        }
        (SmallVec::new(), false, false)
    }

    /// A bare phrase right after token `from` (one adjective may stand between).
    fn genitive_after(&self, from: usize) -> Option<usize> {
        // A quoted noun keeps its nisba outside the quotes: بـ"الاعتداء" الإسرائيلي.
        let from = if from < self.f.range.end && is_quote(self.doc.raw(from)) { from + 1 } else { from };
        let (idx, np) = self.f.nps.iter().enumerate().find(|(_, np)| np.start >= from)?;
        let gap = np.start - from;
        // One word may stand between (an adjective), or a count ("اعتقال 14 إيرانيا").
        let gap_ok = gap == 0
            || (gap == 1
                && (self.doc.an.tokens[from].is_word() || self.doc.kind(from) == hadath_text::TokenKind::Number)
                && !self.f.has_cue(from, from + 1, CueKind::Preposition));
        (gap_ok && np.is_bare() && !np.locative && !np.is_place()).then_some(idx)
    }

    /// "من قبل X", "على يد X" after the trigger.
    fn agentive_after(&self, from: usize) -> Option<Arg> {
        let clause = self.f.clause_of(from.saturating_sub(1).max(self.f.range.start));
        self.f
            .nps
            .iter()
            .enumerate()
            .find(|(_, np)| np.start >= from && np.start < clause.end && np.agentive)
            .map(|(idx, _)| Arg::Np { idx, how: "agent of passive" })
    }

    /// The target: after a preposition the pattern names, else the direct object.
    fn target(
        &self,
        t: &Trigger,
        p: &Pattern,
        sources: &[Arg],
        governed: bool,
        object: Option<(usize, usize)>,
    ) -> SmallVec<[Arg; 1]> {
        if self.f.english {
            return self.en_target(t, p, sources, object);
        }
        let object_end = object.map(|(_, e)| e);
        let clause = self.f.clause_of(t.start);
        let used: SmallVec<[usize; 4]> =
            sources.iter().filter_map(|a| if let Arg::Np { idx, .. } = a { Some(*idx) } else { None }).collect();
        let after = |np: &Np| np.start >= t.end && np.start < clause.end;
        // Candidates: phrases after the trigger that can be coded, and not coordinated with
        // the object phrase ("أطلقت مئات الصواريخ والطائرات المسيرة": the drones are weapons too).
        let coordinated_with_object = |np: &Np| object.is_some_and(|(_, e)| np.conj && np.start >= e && np.start <= e + 1);
        let candidates: Vec<usize> = (0..self.f.nps.len())
            .filter(|&i| {
                let np = self.np(i);
                !used.contains(&i) && after(np) && !coordinated_with_object(np) && self.codable(i)
            })
            .collect();
        // 0. An object phrase that is itself an actor ("استدعت القائم بالأعمال التركي"), unless
        //    a bare phrase stands before it ("طالبت بغداد أنقرة بسحب قواتها").
        // (The "by" phrase of a passive follows its patient: "قتل مدنيون على يد مسلحين".)
        let subject_end =
            used.iter().filter(|&&i| !self.np(i).agentive).map(|&i| self.np(i).end).max().unwrap_or(t.end).max(t.end);
        if let Some(obj_end) = object_end {
            let first_bare = candidates.iter().copied().find(|&i| {
                let np = self.np(i);
                np.start >= subject_end && np.is_bare() && !np.is_place() && !np.locative
            });
            let object_actor = (0..self.f.nps.len()).find(|&i| {
                let np = self.np(i);
                !used.contains(&i)
                    && np.start >= t.end
                    && np.start < obj_end
                    && np.end >= obj_end
                    && np.is_bare()
                    && !np.is_place()
                    // "سحب سفيرها": one's own envoy is not the other side.
                    && !np.possessive
            });
            let object_start = object.map_or(obj_end, |(s, _)| s);
            match (first_bare, object_actor) {
                // "ويزود الأردن سوريا ... بالكهرباء": the direct object before the object phrase.
                (Some(b), _) if self.np(b).start < object_start => return self.with_group(b, "object"),
                (_, Some(o)) => return self.with_group(o, "object"),
                _ => {}
            }
        }
        // 1. The pattern's prepositions.
        if !p.target_preps.is_empty()
            && let Some(&idx) =
                candidates.iter().find(|&&i| self.np_prep_matches(self.np(i), &p.target_preps) && !self.np(i).is_place())
        {
            return self.with_group(idx, "preposition");
        }
        // 2. The direct object: the first bare phrase after the verb and its subject (for a
        //    governed noun, its genitive).
        let direct = candidates.iter().copied().find(|&i| {
            let np = self.np(i);
            np.is_bare()
                && !np.locative
                && !np.agentive
                && np.start >= subject_end.max(object_end.unwrap_or(0)).max(t.end)
                && (!np.is_place()
                    || (np.country_via == crate::actors::CountryVia::Name && !np.locative)
                    || (is_violent(&p.code) && !np.locative))
        });
        if let Some(idx) = direct {
            let from = object_end.unwrap_or(subject_end).max(t.end);
            // "اتهمت السفارة الروسية في لندن، الاثنين، الحكومة البريطانية": adverbials between.
            let near =
                self.np(idx).start.saturating_sub(from) <= 4 || self.only_adverbials_within(from, self.np(idx).start, 10, 2);
            // "خطفتهم الأسبوع الماضي قرب الحدود": a verb carrying its object pronoun takes
            // no second object.
            let has_object_pronoun = t.is_verb() && t.end == t.start + 1 && self.has_enclitic(t.start);
            if (t.is_verb() || governed) && near && !has_object_pronoun {
                return self.with_group(idx, "object");
            }
        }
        // 3. The author of an event noun that is the object: "أدانت الصين الضربات الأمريكية".
        if t.is_verb()
            && let Some(idx) = self.object_noun_author(t, clause.end, subject_end)
            && !used.contains(&idx)
        {
            return self.with_group(idx, "author of the object event");
        }
        if t.is_verb()
            && matches!(p.code.get(..2), Some("11" | "12"))
            && let Some(arg) = self.earlier_author(t, clause.end, subject_end, sources)
        {
            return SmallVec::from_buf([arg]);
        }
        // 3b. A preposition with a pronoun right after the verb or its object ("قطع العلاقات
        //     معها", "فرض عقوبات عليها"): the last one named.
        let look_from = object_end.unwrap_or(subject_end).max(t.end);
        for i in look_from..(look_from + 3).min(clause.end) {
            let prep_pronoun = self.f.cue_at(i, CueKind::Preposition)
                && self.has_enclitic(i)
                && !self.f.nps.iter().any(|np| np.start <= i && i < np.end);
            if prep_pronoun {
                if let Some(idx) = self.pronoun_referent(t.start, sources) {
                    return SmallVec::from_buf([Arg::Np { idx, how: "pronoun after a preposition" }]);
                }
                break;
            }
        }
        // 4. Common prepositions of the root's family.
        let violent = matches!(p.code.get(..2), Some("18" | "19" | "20" | "15" | "17" | "13"));
        let fallback: &[&str] = match p.code.get(..2) {
            Some("18" | "19" | "20" | "17" | "13") => &["علي", "ضد", "باتجاه", "نحو", "تجاه", "الي"],
            Some("15") => &["حول", "قرب", "قبالة", "علي", "ضد", "تجاه", "في"],
            Some("14") => &["ضد", "امام", "علي"],
            Some("01") => &["مع", "الي", "ل"],
            // "استدعت سفيريها في إسرائيل", "طرد السفير لدى ...": the host country.
            Some("16") => &["في", "لدي", "من", "مع", "ل", "علي", "الي"],
            Some("11") => &["ل", "ضد", "في", "لدي"],
            Some("03" | "04" | "05" | "06" | "07" | "08" | "02" | "10" | "12") => &["مع", "الي", "ب", "ل"],
            _ => &[],
        };
        // Aid, cooperation and concessions reach a place ("قافلة مساعدات ... إلى ريف درعا");
        // a diplomat is recalled from the country he serves in.
        let place_ok = violent || matches!(p.code.get(..2), Some("06" | "07" | "08" | "16"));
        // A masdar whose author is its genitive or nisba takes its object with ل: "الغزو
        // الروسي لأوكرانيا", "قصف الاحتلال لغزة" (without one, "الاعتداءات المتكررة للكيان"
        // names the author with ل).
        let masdar_object =
            !t.is_verb() && violent && sources.iter().any(|s| matches!(s.how(), "nisba of the noun" | "genitive"));
        if let Some(&idx) = candidates.iter().find(|&&i| {
            let np = self.np(i);
            (!np.is_place() || place_ok)
                && (self.prep_is_one_of(np.prep, fallback)
                    || self.prep_is_one_of(np.construct, fallback)
                    || (masdar_object && np.prep == Some(Prep::Clitic('ل'))))
        }) {
            let how = if self.prep_is_one_of(self.np(idx).prep, &["مع"]) { "with" } else { "preposition" };
            return self.with_group(idx, how);
        }
        // "قياديا في حركة حماس", "عناصر من حزب العمال": members of a named group.
        if matches!(p.code.get(..2), Some("17" | "18" | "19" | "20"))
            && let Some(&idx) = candidates.iter().find(|&&i| {
                let np = self.np(i);
                np.named.is_some() && np.agent.is_none() && self.prep_is_one_of(np.prep, &["في", "من"])
            })
        {
            return self.with_group(idx, "member of");
        }
        SmallVec::new()
    }

    fn np_prep_matches(&self, np: &Np, wanted: &[TargetPrep]) -> bool {
        self.prep_matches(np.prep, wanted) || self.prep_matches(np.construct, wanted)
    }

    fn prep_matches(&self, prep: Option<Prep>, wanted: &[TargetPrep]) -> bool {
        match prep {
            Some(Prep::Clitic(c)) => wanted.contains(&TargetPrep::Clitic(c)),
            Some(Prep::Word(w)) => wanted.contains(&TargetPrep::Word(w)),
            None => false,
        }
    }

    fn prep_is_one_of(&self, prep: Option<Prep>, words: &[&str]) -> bool {
        match prep {
            Some(Prep::Clitic(c)) => words.iter().any(|w| w.chars().count() == 1 && w.starts_with(c)),
            Some(Prep::Word(w)) => words.iter().any(|x| self.lex().word_id(x) == Some(w)),
            None => false,
        }
    }

    /// The country of a place in the sentence (or, failing that, one named just before).
    fn place_arg(&self, t: &Trigger, how: &'static str) -> Option<Arg> {
        if let Some(i) = self.preferred_place(Some(t.start)) {
            let country = self.np(i).country?;
            return Some(Arg::Place { country, np: Some(i), remembered: None, role: "", how });
        }
        let r = self.ctx.recent_place(self.f.index)?;
        Some(Arg::Place {
            country: r.country,
            np: None,
            remembered: Some((r.span, r.text.clone())),
            role: "",
            how: "place named earlier",
        })
    }

    /// Whether the text asserts the event at `t`.
    fn modality(&self, t: &Trigger) -> Modality {
        if self.f.english {
            return self.en_modality(t);
        }
        if !t.is_verb() && self.doc.clitic_prep(t.start) == Some('ل') {
            // "للمطالبة", "للتظاهر": a purpose, not an event.
            return Modality::Hypothetical;
        }

        if !t.is_verb()
            && self.f.cues.iter().any(|c| c.kind == CueKind::Characterization && c.end <= t.start && t.start - c.end <= 3)
        {
            // "ما وصفه بالاعتداء", "اعتبره اعتداء": a description, not an event.
            return Modality::Hypothetical;
        }
        let clause = self.f.clause_of(t.start);
        if self.commemorated(t) {
            return Modality::Hypothetical;
        }
        let before = |c: &crate::sentence::Cue| c.end <= t.start;
        for c in self.f.cues.iter().filter(|c| before(c)) {
            let distance = t.start - c.end;
            match c.kind {
                CueKind::Negation => {
                    let local = LOCAL_NEGATORS.contains(&self.doc.bare(c.start));
                    if (local && distance == 0) || (!local && c.start >= clause.start && distance <= 6) {
                        return Modality::Negated;
                    }
                }
                CueKind::Denial => {
                    let contrast_between =
                        self.f.cues.iter().any(|k| k.kind == CueKind::Contrast && k.start >= c.end && k.end <= t.start);
                    if !contrast_between && self.governs_denied(c, t.start) {
                        return Modality::Negated;
                    }
                }
                CueKind::Condition => {
                    let contrast_between =
                        self.f.cues.iter().any(|k| k.kind == CueKind::Contrast && k.start >= c.end && k.end <= t.start);
                    if !contrast_between {
                        return Modality::Hypothetical;
                    }
                }
                CueKind::Hypothetical if c.start >= clause.start || distance <= 3 || self.governs_complement(c, t.start) => {
                    // "قد" before a past verb means "has": only before the present is it "may".
                    let qad = self.doc.bare(c.start) == "قد";
                    if !qad || t.form == TriggerForm::Present {
                        return Modality::Hypothetical;
                    }
                }
                _ => {}
            }
        }
        Modality::Asserted
    }

    /// "ذكرى", "the anniversary of": a remembered event, not today's news.
    fn commemorated(&self, t: &Trigger) -> bool {
        let clause = self.f.clause_of(t.start);
        self.f
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Commemoration && c.end <= t.start && t.start - c.end <= 4 && c.start >= clause.start)
    }

    /// The actor of the condition clause after a threat ("... إذا لم تفرج حكومة مادورو عن").
    fn conditional_subject(&self, t: &Trigger, sources: &[Arg]) -> Option<usize> {
        let cue = self.f.cues.iter().find(|c| c.kind == CueKind::Condition && c.start >= t.end)?;
        let source_countries: SmallVec<[u32; 2]> = sources.iter().filter_map(|s| self.arg_country(s)).collect();
        (0..self.f.nps.len()).find(|&i| {
            let np = self.np(i);
            np.start >= cue.end
                && np.start <= cue.end + 6
                && np.may_be_subject()
                && !np.is_place()
                && !np.is_modifier()
                && self
                    .np_fallback(i)
                    .or(np.country_index(self.lex(), self.doc_publication))
                    .is_none_or(|c| !source_countries.contains(&c))
                && self.codable(i)
        })
    }

    /// The country of the one reporting an attack by another country's side on no named target.
    fn speakers_side(&self, t: &Trigger, sources: &[Arg]) -> Option<Arg> {
        let speaker = self.speaker_country_for(t.start)?;
        let source = sources.first().and_then(|s| self.arg_country(s))?;
        let named_place = self.f.nps.iter().any(|np| np.start >= t.end && np.is_place() && np.country.is_some());
        // Only the two sides are named: a third country ("كشفت وزارة الدفاع الروسية أن
        // المقاتلات الإسرائيلية ... البنى التحتية الإيرانية في سوريا") makes the speaker a witness.
        let third = (0..self.f.nps.len())
            .filter_map(|i| self.np(i).country_index(self.lex(), self.doc_publication))
            .any(|c| c != speaker && c != source);
        (speaker != source && !named_place && !third).then_some(Arg::Place {
            country: speaker,
            np: None,
            remembered: None,
            role: "",
            how: "the reporting side",
        })
    }

    /// Whether a future act is announced by one who would do it: reported speech before it,
    /// or a verb in the first person ("سنرد", "نعيد").
    fn said_or_first_person(&self, t: &Trigger) -> bool {
        // The verb itself in the future ("ستتدخل", "سوف نرد"), not a noun a future verb governs
        // ("سيعلن نتيجة الهجمات").
        let own_future = t.is_verb() && (self.doc.future(t.start) || self.cue_just_before(t.start, CueKind::Future, 2));
        if !own_future {
            return false;
        }
        let bare = self.doc.bare(t.start);
        let bare = bare.strip_prefix('و').or_else(|| bare.strip_prefix('ف')).unwrap_or(bare);
        let first_person = t.form == TriggerForm::Present && (bare.starts_with("سن") || bare.starts_with('ن'));
        let quoted = (self.f.range.start..t.start).any(|i| matches!(self.doc.raw(i), "\"" | "«" | "“"));
        first_person
            || quoted
            || self.f.cues.iter().any(|c| c.kind == CueKind::Speech && c.end <= t.start && c.start >= self.f.range.start)
    }

    /// Whether a denial or refusal at `c` reaches token `i`: in its own clause, or in the
    /// complement it opens ("نفى الجيش أن تكون طائراته قد قصفت"), not in a clause after
    /// ("..., محملا حركة الجهاد مسؤولية الانفجار").
    fn governs_denied(&self, c: &crate::sentence::Cue, i: usize) -> bool {
        let clause = self.f.clause_of(i);
        if c.start >= clause.start {
            return true;
        }
        let opener =
            self.f.cues.iter().any(|k| {
                k.kind == CueKind::Complementizer && k.start == clause.start && k.start >= c.end && k.start - c.end <= 6
            });
        opener || clause.start == self.f.clause_of(c.start).end
    }

    /// Future tense, plans and intentions ("سيزور", "من المقرر أن", "تعتزم").
    fn is_future(&self, t: &Trigger) -> bool {
        if self.f.english {
            return self.en_is_future(t);
        }
        if t.form == TriggerForm::Present && (self.doc.future(t.start) || self.cue_just_before(t.start, CueKind::Future, 2)) {
            return true;
        }
        let clause = self.f.clause_of(t.start);
        // A future verb governing the trigger: "سيستمر في التعاون ودعم ...".
        if (clause.start.max(t.start.saturating_sub(5))..t.start).any(|i| self.doc.future(i)) {
            return true;
        }
        let sentence_start = self.f.range.start;
        self.f.cues.iter().any(|c| {
            c.end <= t.start
                && ((c.kind == CueKind::Future
                    && (c.start >= clause.start || t.start - c.end <= 4 || self.governs_complement(c, t.start)))
                    // (Not across a clause break: "للمطالبة بعودة الحكم المدني، فيما أطلقت قوات
                    // الأمن الغاز".)
                    || (c.kind == CueKind::Intention
                        && t.start - c.end <= 6
                        && c.start >= sentence_start
                        && (c.start >= clause.start || self.governs_complement(c, t.start))))
        }) || self.f.dates.iter().any(|d| {
            let near = d.start.abs_diff(t.start) <= 8;
            near && self.doc_publication_after(d)
        })
    }

    /// An indefinite accusative masdar followed by a preposition and not governed by a support
    /// verb ("تظاهروا احتجاجا على", not "شنوا هجوما على").
    fn adverbial_masdar(&self, t: &Trigger) -> bool {
        if t.end - t.start != 1 || self.doc.best_hits(t.start).any(|h| h.proclitic.article) {
            return false;
        }
        let accusative = self.doc.bare(t.start).ends_with('ا');
        let prep_next =
            t.end < self.f.range.end && (self.f.cue_at(t.end, CueKind::Preposition) || self.doc.clitic_prep(t.end).is_some());
        let governed = self.f.cues.iter().any(|c| c.kind == CueKind::Support && c.end <= t.start && t.start - c.end <= 8);
        accusative && prep_next && !governed
    }

    /// Whether cue `c` governs the clause of token `t`: the same clause, or `c` is followed by
    /// a complementizer whose clause holds `t` ("من المتوقع أن تنظم النقابات إضرابا").
    fn governs_complement(&self, c: &crate::sentence::Cue, t: usize) -> bool {
        let clause = self.f.clause_of(t);
        if c.start >= clause.start {
            return true;
        }
        let next = c.end;
        next < self.f.range.end && self.f.cue_at(next, CueKind::Complementizer) && clause.start == next
    }

    fn cue_just_before(&self, i: usize, kind: CueKind, within: usize) -> bool {
        self.f.cues.iter().any(|c| c.kind == kind && c.end <= i && i - c.end <= within)
    }

    fn doc_publication_after(&self, d: &crate::dates::DateExpr) -> bool {
        // Dates after publication ("الأسبوع المقبل", "غدا") mark plans.
        d.forward
    }

    /// "هجوما لاذعا", "هجوم المضاربين": a figurative attack.
    fn figurative(&self, t: &Trigger) -> bool {
        self.f.cues.iter().any(|c| c.kind == CueKind::Figurative && c.start >= t.end && c.start <= t.end + 1)
    }

    /// Whether the attack at `t` is made from the air: aircraft in its source phrase, or an
    /// air word in the trigger or shortly after it ("شنت طائرات حربية ضربات", "قصف جوي").
    fn by_air(&self, t: &Trigger, sources: &[Arg]) -> bool {
        let clause = self.f.clause_of(t.start);
        let in_source = sources.iter().any(|s| match s {
            Arg::Np { idx, .. } => {
                let np = self.np(*idx);
                self.f.has_cue(np.start, np.end, CueKind::Air)
            }
            _ => false,
        });
        let near = self
            .f
            .cues
            .iter()
            .any(|c| c.kind == CueKind::Air && c.start >= t.start && c.start < clause.end && c.start <= t.end + 3);
        in_source || near
    }

    /// Transnational militant groups and unidentified gunmen: whom they hold is abducted.
    fn arg_is_terrorist(&self, a: &Arg) -> bool {
        let code = match a {
            Arg::Np { idx, .. } => self.np(*idx).code(self.lex(), None, None),
            Arg::Remembered { actor, .. } => actor.np.code(self.lex(), None, actor.fallback),
            Arg::Place { .. } => return false,
        };
        code.is_some_and(|c| c.starts_with("IMG") || c.ends_with("UAF"))
    }

    /// Non-state armed actors: their attacks are unconventional violence (18), not 19.
    fn arg_is_irregular(&self, a: &Arg) -> bool {
        let code = match a {
            Arg::Np { idx, .. } => self.np(*idx).code(self.lex(), None, None),
            Arg::Remembered { actor, .. } => actor.np.code(self.lex(), None, actor.fallback),
            Arg::Place { .. } => return true,
        };
        let irregular_role = matches!(self.arg_role(a), Some("REB" | "INS" | "UAF"));
        irregular_role
            || code.is_some_and(|c| c.starts_with("IMG") || c.ends_with("REB") || c.ends_with("INS") || c.ends_with("UAF"))
    }

    /// The agent role of an argument's phrase ("police" → COP), if it has one.
    fn arg_role(&self, a: &Arg) -> Option<&'a str> {
        let np = match a {
            Arg::Np { idx, .. } => self.np(*idx),
            Arg::Remembered { actor, .. } => {
                return actor.np.agent.and_then(|g| self.lex().agents.get(g as usize)).map(|g| g.role.as_str());
            }
            Arg::Place { .. } => return None,
        };
        np.agent.and_then(|g| self.lex().agents.get(g as usize)).map(|g| g.role.as_str())
    }

    /// English codings of who hit whom: the police or army using force on protesters is
    /// repression (175), killing a named person or a commander an assassination (186).
    fn en_refine_violence(
        &self,
        code: &mut String,
        t: &Trigger,
        p: &Pattern,
        sources: &[Arg],
        targets: &[Arg],
        notes: &mut Vec<String>,
    ) {
        if !self.f.english || !code.starts_with("19") {
            return;
        }
        let state_force = sources.iter().any(|s| matches!(self.arg_role(s), Some("COP" | "MIL" | "SPY")));
        if state_force && targets.iter().any(|t| self.arg_role(t) == Some("OPP")) {
            *code = "175".into();
            notes.push("state force on protesters: repression 175".into());
            return;
        }
        // "police killed 19 people during protests": the police firing on their own country's
        // people at a protest is repression.
        let police = sources.iter().any(|s| self.arg_role(s) == Some("COP"));
        let own_country = sources.first().and_then(|s| self.arg_country(s));
        let protest_told =
            self.f.triggers.iter().any(|x| x.patterns.iter().any(|&q| self.lex().patterns[q as usize].code.starts_with("14")));
        if police
            && protest_told
            && !targets.is_empty()
            && targets.iter().all(|t| self.arg_country(t) == own_country && matches!(self.arg_role(t), None | Some("CVL")))
        {
            *code = "175".into();
            notes.push("police on people at a protest: repression 175".into());
            return;
        }
        let named = |t: &Arg| match t {
            Arg::Np { idx, .. } => {
                let np = self.np(*idx);
                let person = np
                    .named
                    .and_then(|n| self.lex().actors.get(n as usize))
                    .is_some_and(|a| a.kind == hadath_lexicon::ActorKind::Person);
                let leader =
                    (np.start..np.end).any(|k| matches!(self.doc.bare(k), "commander" | "commanders" | "leader" | "chief"));
                person || leader
            }
            _ => false,
        };
        if p.lemma.starts_with("kill") && targets.iter().any(named) {
            *code = "186".into();
            notes.push("a named person or commander killed: assassination 186".into());
        } else if p.lemma.starts_with("shoot") && targets.iter().any(named) {
            // "was shot in the ear" is an attempt; "was shot dead" the killing.
            let dead = (t.end..(t.end + 2).min(self.f.range.end)).any(|k| self.doc.bare(k) == "dead");
            *code = if dead { "186" } else { "185" }.into();
            notes.push("a named person shot: assassination (attempt) 185/186".into());
        }
    }
}

fn relabel(arg: Arg, how: &'static str) -> Arg {
    // (A side of the pair stays one: its partner becomes the target.)
    if arg.how() == "one of the two sides" {
        return arg;
    }
    match arg {
        Arg::Np { idx, .. } => Arg::Np { idx, how },
        Arg::Remembered { actor, .. } => Arg::Remembered { actor, how },
        other => other,
    }
}

/// The CAMEO intent code for cooperation announced for the future.
/// What announcing a hostile act amounts to: "سنرد بقوة", "قال إن بلاده ستقطع علاقاتها" are
/// threats (13x), not the act itself.
fn threat_code(code: &str) -> Option<&'static str> {
    Some(match code.get(..3)? {
        "163" => "1312",
        "191" => "1381",
        "192" => "1382",
        c if c.starts_with("16") => "1313",
        c if c.starts_with("14") => "133",
        c if c.starts_with("17") => "137",
        c if c.starts_with("18") => "1383",
        c if c.starts_with("19") => "1384",
        c if c.starts_with("20") => "138",
        _ => return None,
    })
}

fn intent_code(code: &str) -> Option<&'static str> {
    Some(match code.get(..2)? {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        "03" => return None,
        _ => return None,
    })
}

/// Prepositions that always open a phrase of their own ("في تغريدة على حسابه": two phrases),
/// unlike nouns that also serve as prepositions (مقابل، خلال). Normalised forms (ى → ي).
const CORE_PREPOSITIONS: [&str; 9] = ["في", "علي", "من", "عن", "الي", "مع", "حول", "عبر", "لدي"];

/// A quotation mark token.
fn is_quote(token: &str) -> bool {
    matches!(token, "\"" | "«" | "»" | "“" | "”" | "'")
}
