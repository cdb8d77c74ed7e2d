//! The hadath coder.
//!
//! Takes a [`Document`] (text, id, optional publication date) and a compiled
//! [`hadath_lexicon::Lexicon`] and gives [`Coded`]: CAMEO events with their actors, dates and
//! evidence. The stages, each in its own module:
//!
//! 1. [`hadath_text::Analysis`]: tokens and sentences, offsets into the original text;
//! 2. [`sentence`]: lexicon matches of one sentence, settled into actor noun phrases
//!    ([`actors`]), event triggers, cues, date expressions ([`dates`]) and clause boundaries;
//! 3. [`events`]: arguments and modality of each trigger → drafts;
//! 4. here: dates and actor codes for each draft (roles are date-ranged), claims of
//!    responsibility, merging, and the rule that an actor never acts on itself.
//!
//! Invariants: coding never fails (problems are diagnostics); the coder does no I/O and never
//! reads the clock (relative dates resolve against the publication date or stay unresolved);
//! the same input and lexicons give the same output; every event names the lexicon entries and
//! rules that produced it.

pub mod actors;
pub mod context;
pub mod dates;
pub mod document;
pub mod events;
pub mod explain;
pub mod sentence;
pub(crate) mod sentence_en;

use std::sync::Arc;

use hadath_lexicon::{Lexicon, PartialDate};
use hadath_text::{Analysis, Lang, Span, detect_language};

use crate::actors::Np;
use crate::context::{Context, Place, Remembered};
use crate::dates::DateExpr;
use crate::events::{Arg, Draft, EventStage};
use crate::sentence::{DocView, SentenceFacts, analyse};

pub use document::{Coded, DateBasis, Document, Event, EventActor, Modality};

/// Options of the coder.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Keep negated and hypothetical events in the output (marked `negated`).
    pub keep_negated: bool,
    /// PETRARCH's conventions, for comparing with its validation records: an announced,
    /// planned or possible act is coded as the act itself (PETRARCH has no modality: "Arnor is
    /// about to restore ties" is 064, not an intent); a compound subject with no target acts on
    /// each of its members ("Gondor and Osgiliath delayed their meeting": both ways); and a
    /// place is a target when nothing else is ("criticised the closure of guest houses in
    /// Bree"). Negated acts are still left out.
    pub petrarch_conventions: bool,
}

/// The coder: a lexicon and options. Cheap to share between threads.
#[derive(Debug, Clone)]
pub struct Coder {
    lex: Arc<Lexicon>,
    options: Options,
}

impl Coder {
    pub fn new(lex: Arc<Lexicon>, options: Options) -> Coder {
        Coder { lex, options }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// Codes one document.
    pub fn code(&self, doc: &Document) -> Coded {
        let mut coded = Coded::default();
        let lang = doc.lang.clone().unwrap_or_else(|| detect_language(&doc.text).lang);
        coded.lang = Some(lang.clone());
        match lang {
            Lang::Arabic | Lang::English => {}
            Lang::Other(code) => {
                coded.diagnostics.push(format!("language {code:?} is not coded (hadath codes Arabic and English)"));
                return coded;
            }
        }
        let mut ctx = Context::default();
        let mut claims: Vec<(usize, EventActor)> = Vec::new();
        let mut events: Vec<Pending> = Vec::new();
        // Very long documents are read in pieces of at most CHUNK bytes, cut at line or
        // sentence ends, so memory stays bounded; the context carries over.
        for (offset, chunk) in chunks(&doc.text, CHUNK) {
            let analysis = Analysis::new(chunk);
            let view = DocView::new(chunk, &analysis, &self.lex);
            let shift = Shift(offset);
            for s in analysis.sentences.iter() {
                let si = coded.sentences;
                coded.sentences += 1;
                let refer = |head: &'static str| ctx.organisation_for(head, si);
                let surname = |word: &str| ctx.person_by_surname(word);
                let facts = analyse(&view, si, s.tokens.clone(), doc.date, &refer, &surname, lang == Lang::English);
                let mut stage = EventStage::new(&view, &facts, &ctx, doc.date);
                stage.petrarch_conventions = self.options.petrarch_conventions;
                let drafts = stage.drafts();
                let fallbacks: Vec<Option<u32>> = (0..facts.nps.len()).map(|i| stage.np_fallback(i)).collect();
                if let Some(idx) = stage.claimant() {
                    let np = &facts.nps[idx];
                    if let Some(code) = np.code(&self.lex, doc.date, fallbacks[idx]) {
                        claims.push((si, self.np_actor(&view, shift, np, code, "claim of responsibility")));
                    }
                }
                let main_subject = stage.main_subject();
                let carried = carried_date(&view, &facts, &ctx);
                let mut sentence_events = Vec::new();
                for d in &drafts {
                    for ev in self.resolve(&view, shift, doc, &facts, &fallbacks, shift.span(s.span), d, carried) {
                        // (", killing 11 people" tells the result of the act before it.)
                        let trigger = &facts.triggers[d.trigger];
                        let result_clause = view.bare(trigger.start).ends_with("ing")
                            && trigger.start > s.tokens.start
                            && view.raw(trigger.start - 1) == ",";
                        let own_verb = facts.english && trigger.is_verb() && !result_clause;
                        sentence_events.push(Pending { event: ev, unattributed: d.unattributed, own_verb });
                    }
                }
                ctx.last_date = facts.dates.first().map(|d| (d.date, d.basis, si)).or_else(|| carried.map(|(d, b)| (d, b, si)));
                // Merged now (a sentence may hold many mentions of one event) and again after
                // claims have named attackers.
                events.extend(merge_events(sentence_events));
                self.remember(&view, shift, &facts, &fallbacks, &mut ctx, main_subject);
                self.remember_pair(&view, shift, &facts, &fallbacks, &drafts, &mut ctx);
            }
        }
        let used_claims = apply_claims(&self.lex, &mut events, &claims);
        // A claim folded into the attack it claims is not a second event.
        let attackers: Vec<(usize, String)> = events
            .iter()
            .filter(|p| is_violent_code(&p.event.code))
            .map(|p| (p.event.sentence_index, p.event.source.code.clone()))
            .collect();
        events.retain(|Pending { event: e, .. }| {
            let folded = used_claims.contains(&(e.sentence_index, e.source.code.clone()))
                || attackers.iter().any(|(s, code)| s.abs_diff(e.sentence_index) <= 1 && *code == e.source.code);
            !(e.code.starts_with("015") && folded)
        });
        let events = merge_events(events);
        coded.events = events
            .into_iter()
            .map(|p| p.event)
            .map(protest_on_itself)
            .filter(|e| e.target.as_ref().is_none_or(|t| t.code != e.source.code || distinct_organisations(&e.source, t)))
            .filter(|e| self.options.keep_negated || e.modality == Modality::Asserted)
            .collect();
        if doc.date.is_none() {
            coded.diagnostics.push("no publication date: relative dates are left unresolved".into());
        }
        coded
    }

    /// Turns a draft into events: one per source × target, with date and codes.
    #[allow(clippy::too_many_arguments)]
    fn resolve(
        &self,
        view: &DocView,
        shift: Shift,
        doc: &Document,
        f: &SentenceFacts,
        fallbacks: &[Option<u32>],
        sentence_span: Span,
        d: &Draft,
        carried: Option<(PartialDate, DateBasis)>,
    ) -> Vec<Event> {
        let lex = &*self.lex;
        if lex.cameo.get(&d.code).is_none() {
            return Vec::new();
        }
        let (date, date_basis) = pick_date(f, d.anchor, doc.date, carried);
        let t = &f.triggers[d.trigger];
        let pattern = &lex.patterns[d.pattern as usize];
        let trigger_span = view.an.tokens[t.start].span.cover(view.an.tokens[t.end - 1].span);
        let mut out = Vec::new();
        for s in &d.sources {
            let Some(source) = self.arg_actor(view, shift, f, fallbacks, s, date) else {
                continue;
            };
            let targets: Vec<Option<EventActor>> = if d.targets.is_empty() {
                vec![None]
            } else {
                d.targets.iter().map(|a| self.arg_actor(view, shift, f, fallbacks, a, date)).filter(Option::is_some).collect()
            };
            for mut target in targets {
                if let Some(t) = target.as_mut()
                    && t.code == source.code
                    && d.unattributed
                {
                    // Unclaimed attack: the place attacked itself; the victims are its people.
                    t.code.push_str("CVL");
                }
                let code = crowd_code(&d.code, &source.code, target.as_ref().map(|t| t.code.as_str()), f.english);
                let Some(cameo) = lex.cameo.get(code) else {
                    continue;
                };
                out.push(Event {
                    doc_id: doc.id.clone(),
                    sentence_index: f.index,
                    sentence_span,
                    code: code.to_string(),
                    root: cameo.root.clone(),
                    quad_class: cameo.quad_class,
                    goldstein: cameo.goldstein,
                    plover: cameo.plover.clone(),
                    source: source.clone(),
                    target,
                    date,
                    date_basis,
                    modality: d.modality,
                    trigger_span: shift.span(trigger_span),
                    trigger_text: trigger_span.slice(view.text).to_string(),
                    pattern: lex.origin_label(pattern.origin),
                    lemma: format!("{} [{}]", pattern.lemma, pattern.code),
                    notes: d.notes.clone(),
                });
            }
        }
        out
    }

    fn arg_actor(
        &self,
        view: &DocView,
        shift: Shift,
        f: &SentenceFacts,
        fallbacks: &[Option<u32>],
        arg: &Arg,
        date: Option<PartialDate>,
    ) -> Option<EventActor> {
        let lex = &*self.lex;
        match arg {
            Arg::Np { idx, how } => {
                let np = &f.nps[*idx];
                let code = np.code(lex, date, fallbacks.get(*idx).copied().flatten())?;
                Some(self.np_actor(view, shift, np, code, how))
            }
            Arg::Remembered { actor, how } => {
                let code = actor.np.code(lex, date, actor.fallback)?;
                let entries = actor.np.origins.iter().map(|o| lex.origin_label(*o)).collect();
                Some(EventActor { code, text: actor.text.clone(), span: actor.span, how, entries })
            }
            Arg::Place { country, np, remembered, role, how } => {
                let c = lex.actors.get(*country as usize)?;
                let (span, text, entries) = match (np, remembered) {
                    (Some(i), _) => {
                        let np = &f.nps[*i];
                        let span = np_span(view, np);
                        (
                            shift.span(span),
                            span.slice(view.text).to_string(),
                            np.origins.iter().map(|o| lex.origin_label(*o)).collect(),
                        )
                    }
                    (None, Some((span, text))) => (*span, text.clone(), vec![lex.origin_label(c.origin)]),
                    (None, None) => {
                        // (In English text, the country's English name.)
                        let label = if f.english { c.label_en.as_ref().unwrap_or(&c.label) } else { &c.label };
                        (Span::default(), label.clone(), vec![lex.origin_label(c.origin)])
                    }
                };
                Some(EventActor { code: format!("{}{role}", c.id), text, span, how, entries })
            }
        }
    }

    fn np_actor(&self, view: &DocView, shift: Shift, np: &Np, code: String, how: &'static str) -> EventActor {
        let span = np_span(view, np);
        EventActor {
            code,
            text: span.slice(view.text).to_string(),
            span: shift.span(span),
            how,
            entries: np.origins.iter().map(|o| self.lex.origin_label(*o)).collect(),
        }
    }

    /// Updates the document context after a sentence.
    fn remember(
        &self,
        view: &DocView,
        shift: Shift,
        f: &SentenceFacts,
        fallbacks: &[Option<u32>],
        ctx: &mut Context,
        main_subject: Option<usize>,
    ) {
        ctx.forget_places_before(f.index);
        for np in &f.nps {
            if let Some(c) = np.country {
                // ("protesters in Kinshasa": an English phrase placed by its city places the story.)
                let placed = f.english && np.country_via == crate::actors::CountryVia::City;
                if np.is_place() || np.locative || placed {
                    let span = np_span(view, np);
                    ctx.places.push(Place {
                        country: c,
                        span: shift.span(span),
                        text: span.slice(view.text).to_string(),
                        sentence: f.index,
                    });
                }
                *ctx.country_counts.entry(c).or_default() += 1;
            }
        }
        remember_organisations(&self.lex, view, f, ctx);
        if f.english {
            remember_surnames(&self.lex, view, f, ctx);
            if let Some(idx) = f.nps.iter().rposition(|np| np.names_person(&self.lex)) {
                ctx.last_person = Some(remembered_np(view, shift, f, fallbacks, idx));
            }
        }
        if let Some(idx) = main_subject {
            ctx.last_subject = Some(remembered_np(view, shift, f, fallbacks, idx));
        }
    }
}

/// Notes the organisations a sentence names under the generic noun that may later stand for
/// them: the noun they were written with ("حركة حماس"), else their display name's first word.
pub(crate) fn remember_organisations(lex: &Lexicon, view: &DocView, f: &SentenceFacts, ctx: &mut Context) {
    for np in &f.nps {
        let Some(id) = np.named else { continue };
        let Some(actor) = lex.actors.get(id as usize).filter(|a| a.kind == hadath_lexicon::ActorKind::Organisation) else {
            continue;
        };
        if f.english {
            let name = actor.label_en.as_deref().unwrap_or(&actor.label);
            for head in context::en_organisation_heads(name, actor.code_at(None)) {
                ctx.name_organisation(head, id, f.index);
            }
            continue;
        }
        let label_head = || {
            let label = hadath_text::normalize::normalize(&actor.label);
            label.split_whitespace().next().and_then(context::organisation_head).map(|(h, _)| h)
        };
        if let Some(head) = context::organisation_head(view.bare(np.start)).map(|(h, _)| h).or_else(label_head) {
            ctx.name_organisation(head, id, f.index);
        }
    }
}

/// Notes the surname of each person an English sentence names in full ("Edmundo Gonzalez"):
/// the last word of the phrase's name, when it is capitalised and three letters or more.
fn remember_surnames(lex: &Lexicon, view: &DocView, f: &SentenceFacts, ctx: &mut Context) {
    for np in &f.nps {
        let Some(id) = np.named else { continue };
        let person = lex.actors.get(id as usize).is_some_and(|a| a.kind == hadath_lexicon::ActorKind::Person);
        let last = np.end - 1;
        // ("Ahmed al-Sharaa" is "Sharaa" afterwards.)
        let full_name = np.end - np.start >= 2
            && sentence_en::strip_name_article(view.raw(last)).chars().next().is_some_and(char::is_uppercase);
        let word = sentence_en::strip_name_article(view.bare(last));
        let word = word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word);
        if person && full_name && word.chars().count() >= 3 && !ctx.surnames.iter().any(|(w, i)| &**w == word && *i == id) {
            ctx.surnames.push((word.into(), id));
        }
        // "Isaias Afwerki" is "Isaias" afterwards, "Abiy Ahmed" "Abiy": the name before the
        // last word, when it is no title ("President Trump").
        let first = last.wrapping_sub(1);
        if person
            && full_name
            && first >= np.start
            && first < last
            && view.raw(first).chars().next().is_some_and(char::is_uppercase)
            && !f.cue_at(first, hadath_lexicon::CueKind::Title)
            && np.country.is_none_or(|_| first > np.start)
        {
            let given = view.bare(first);
            if given.chars().count() >= 3 && !ctx.surnames.iter().any(|(w, i)| &**w == given && *i == id) {
                ctx.surnames.push((given.into(), id));
            }
        }
    }
}

/// The previous sentence's date, for a sentence that names none and goes on from it ("و..."
/// or a connective at its start): news tells one day's events over several sentences.
fn carried_date(view: &DocView, f: &SentenceFacts, ctx: &Context) -> Option<(PartialDate, DateBasis)> {
    let (date, basis, sentence) = ctx.last_date?;
    if !f.dates.is_empty() || sentence + 1 != f.index {
        return None;
    }
    let first = f.range.start;
    // English wire copy tells the day once, in the lead, and goes on about it: a dateless
    // sentence right after a dated day carries it.
    let english_story = f.english && date.has_day();
    let continues = english_story
        || view.conj(first)
        || f.cues.iter().any(|c| c.start == first && c.kind == hadath_lexicon::CueKind::Contrast);
    continues.then_some((date, basis))
}

/// Longest piece of a document coded at once (bytes).
const CHUNK: usize = 1 << 20;

/// The offset of a chunk in its document: spans of the chunk become document spans.
#[derive(Debug, Clone, Copy)]
struct Shift(usize);

impl Shift {
    fn span(self, s: Span) -> Span {
        Span::new(s.start as usize + self.0, s.end as usize + self.0)
    }
}

/// Cuts `text` into pieces of at most `max` bytes at a line end, else a sentence end, else a
/// space (a piece is only cut mid-word when it has none).
fn chunks(text: &str, max: usize) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    while text.len() - start > max {
        let mut limit = start + max;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .rfind('\n')
            .or_else(|| window.rfind(['.', '؟', '!', '?']))
            .or_else(|| window.rfind(char::is_whitespace))
            .map_or(limit, |i| start + i + 1);
        let cut = if cut <= start { limit } else { cut };
        out.push((start, &text[start..cut]));
        start = cut;
    }
    out.push((start, &text[start..]));
    out
}

impl Coder {
    /// Remembers the two sides of the sentence's first asserted two-sided event between
    /// different countries, for a later "الجانبان".
    fn remember_pair(
        &self,
        view: &DocView,
        shift: Shift,
        f: &SentenceFacts,
        fallbacks: &[Option<u32>],
        drafts: &[Draft],
        ctx: &mut Context,
    ) {
        let remembered = |arg: &Arg| -> Option<Remembered> {
            match arg {
                Arg::Np { idx, .. } => Some(remembered_np(view, shift, f, fallbacks, *idx)),
                Arg::Remembered { actor, .. } => Some((**actor).clone()),
                Arg::Place { .. } => None,
            }
        };
        // The author of the last act of each kind, for "أدانت الحكومة الهجوم", "رفضت فنزويلا
        // العقوبات" in a later sentence.
        for d in drafts.iter().filter(|d| !d.unattributed && d.modality == Modality::Asserted) {
            let (Some(root), Some(author)) = (d.code.get(..2), d.sources.first().and_then(remembered)) else { continue };
            if f.english
                && let Some(lemma) = self.lex.patterns.get(d.pattern as usize).map(|p| p.lemma.as_str())
            {
                ctx.remember_lemma_author(lemma, author.clone(), f.index);
            }
            ctx.remember_author(root, author, f.index);
        }
        let mut pairs: Vec<(Remembered, Remembered)> = drafts
            .iter()
            .filter(|d| d.modality == Modality::Asserted)
            .filter_map(|d| Some((remembered(d.sources.first()?)?, remembered(d.targets.first()?)?)))
            .collect();
        let country = |r: &Remembered| r.np.country.or(r.fallback).or(r.np.named);
        // English news tells civil wars as pairs too ("Petro suspended talks with the ELN ...
        // urged both sides"): two different actors of one country, when no foreign pair came.
        let who = |r: &Remembered| (r.np.agent, r.np.named);
        let foreign = pairs.iter().position(|(a, b)| country(a) != country(b));
        let domestic = || f.english.then(|| pairs.iter().position(|(a, b)| who(a) != who(b))).flatten();
        if let Some(i) = foreign.or_else(domestic) {
            ctx.last_pair = Some(pairs.swap_remove(i));
        }
    }
}

/// Phrase `idx` of the sentence, to be remembered past it.
fn remembered_np(view: &DocView, shift: Shift, f: &SentenceFacts, fallbacks: &[Option<u32>], idx: usize) -> Remembered {
    let np = &f.nps[idx];
    let span = np_span(view, np);
    Remembered {
        np: np.clone(),
        fallback: fallbacks.get(idx).copied().flatten(),
        span: shift.span(span),
        text: span.slice(view.text).to_string(),
    }
}

fn np_span(view: &DocView, np: &Np) -> Span {
    let first = view.an.tokens[np.start].span;
    let last = view.an.tokens[np.end - 1].span;
    first.cover(last)
}

/// The date of an event at token `anchor`: the nearest date expression of its clause, else
/// of its sentence; else the publication date, unless the sentence tells of the past
/// ("كان قد", "سبق أن") without a date.
fn pick_date(
    f: &SentenceFacts,
    anchor: usize,
    publication: Option<PartialDate>,
    carried: Option<(PartialDate, DateBasis)>,
) -> (Option<PartialDate>, DateBasis) {
    let clause = f.clause_of(anchor);
    let distance = |d: &&DateExpr| (d.start.abs_diff(anchor), d.start);
    // ("accused him of ..., which ends in 2027": a date after the day of writing dates no act
    // told of another clause.)
    let later = |d: &&DateExpr| publication.is_some_and(|p| after(d.date, p));
    let in_clause = f.dates.iter().filter(|d| d.start >= clause.start && d.start < clause.end).min_by_key(distance);
    if let Some(d) = in_clause.or_else(|| f.dates.iter().filter(|d| !later(d)).min_by_key(distance)) {
        return (Some(d.date), d.basis);
    }
    let background =
        f.cues.iter().any(|c| c.kind == hadath_lexicon::CueKind::Past && c.start >= clause.start && c.start < anchor);
    if let Some((d, basis)) = carried
        && !background
    {
        return (Some(d), basis);
    }
    match publication {
        Some(p) if !background => (Some(p), DateBasis::Publication),
        _ => (None, DateBasis::None),
    }
}

/// Whether `d` lies wholly after `p` (at the precision both give).
fn after(d: PartialDate, p: PartialDate) -> bool {
    (d.year, d.month, d.day) > (p.year, p.month, p.day)
        && !(d.year == p.year && (d.month == 0 || p.month == 0))
        && !(d.year == p.year && d.month == p.month && (d.day == 0 || p.day == 0))
}

/// An event on its way out, with what merging needs to know of its draft.
struct Pending {
    event: Event,
    /// An attack coded to its place, with no attacker named.
    unattributed: bool,
    /// English: told by a verb of its own (not by an event noun).
    own_verb: bool,
}

/// Within one sentence: identical events once; several violence events between the same
/// actors ("قُتل ... في هجوم") once, keeping the most specific code.
/// How the default addressee of a protest is found (see `events`).
const PROTEST_DEFAULT: &str = "government of the protesters' country";

fn merge_events(mut events: Vec<Pending>) -> Vec<Pending> {
    // An attack coded to its place is a fallback: when the sentence names an attacker for
    // violence, the place-coded mention is the same fighting ("... مما أدى إلى معارك").
    let attributed: Vec<usize> =
        events.iter().filter(|p| !p.unattributed && is_violent_code(&p.event.code)).map(|p| p.event.sentence_index).collect();
    events.retain(|p| !(p.unattributed && attributed.contains(&p.event.sentence_index)));
    let mut kept: Vec<Pending> = Vec::new();
    // Events come in sentence order: only the current sentence's are candidates.
    let mut sentence_start = 0;
    for pending in events {
        let e = &pending.event;
        if kept.last().is_some_and(|k| k.event.sentence_index != e.sentence_index) {
            sentence_start = kept.len();
        }
        let violent = is_violent_code;
        // Violence against a place and against an actor of that place in one sentence is one
        // fight ("قتلت قوات الأمن ستة مسلحين في تبادل لإطلاق النار في سيناء").
        let same_target = |k: &Event| {
            let (a, b) = (k.target.as_ref().map(|t| t.code.as_str()), e.target.as_ref().map(|t| t.code.as_str()));
            // A protest's default addressee gives way to the one the sentence names.
            let default = |x: &Event| x.target.as_ref().is_some_and(|t| t.how == PROTEST_DEFAULT);
            a == b
                || (violent(&k.code) && violent(&e.code))
                    && a.zip(b).is_some_and(|(a, b)| (a.len() == 3 && b.starts_with(a)) || (b.len() == 3 && a.starts_with(b)))
                || (k.root == "14" && e.root == "14" && (default(k) || default(e)))
        };
        // "Israel struck the site and killed commanders": two verbs of different roots are two
        // acts; a verb and a noun ("killed in a strike") tell one.
        let two_acts = |k: &Pending| k.own_verb && pending.own_verb && k.event.trigger_span != e.trigger_span;
        let twin = kept[sentence_start..].iter_mut().find(|k| {
            k.event.sentence_index == e.sentence_index
                && k.event.source.code == e.source.code
                && same_target(&k.event)
                && k.event.modality == e.modality
                && (k.event.root == e.root || (violent(&k.event.code) && violent(&e.code) && !two_acts(k)))
        });
        match twin {
            Some(Pending { event: k, .. }) => {
                // Keep the actor over the bare place, the named addressee over the default.
                if let (Some(kt), Some(et)) = (k.target.as_mut(), e.target.as_ref())
                    && ((et.code.len() > kt.code.len() && et.how != PROTEST_DEFAULT) || kt.how == PROTEST_DEFAULT)
                {
                    *kt = et.clone();
                }
                if specificity(&e.code) > specificity(&k.code) {
                    k.code = e.code.clone();
                    k.root = e.root.clone();
                    k.quad_class = e.quad_class;
                    k.goldstein = e.goldstein;
                    k.plover = e.plover.clone();
                }
            }
            None => kept.push(pending),
        }
    }
    kept
}

/// A crowd that storms a building is rioting, not coercing: "اقتحم محتجون البرلمان" is a violent
/// protest (145) when the stormers are civilians, protesters, a party's supporters or a union;
/// forces, governments and armed groups keep the raid (170).
/// English also: a crowd fighting its own country's police or government is rioting
/// ("Students clashed with police in Dhaka": 145); and police storming a building raid it
/// ("Ecuadorian police stormed the Mexican embassy": 170, not a riot).
fn crowd_code<'a>(code: &'a str, source: &str, target: Option<&str>, english: bool) -> &'a str {
    const CROWDS: [&str; 6] = ["CVL", "OPP", "PTY", "LAB", "EDU", "AGR"];
    let is_crowd = source.len() > 3 && CROWDS.iter().any(|c| source.ends_with(c));
    let state_force = source.len() > 3 && ["COP", "MIL", "SPY"].iter().any(|c| source.ends_with(c));
    let own_state = target
        .is_some_and(|t| t.len() > 3 && t.get(..3) == source.get(..3) && ["COP", "GOV", "MIL"].iter().any(|r| t.ends_with(r)));
    if (code == "170" && is_crowd) || (english && code.starts_with("19") && is_crowd && own_state) {
        "145"
    } else if english && code == "145" && state_force {
        "170"
    } else {
        code
    }
}

fn is_violent_code(code: &str) -> bool {
    matches!(code.get(..2), Some("18" | "19" | "20"))
}

/// How specific a code is: four digits beat three, a non-zero third digit beats "0".
fn specificity(code: &str) -> u8 {
    match code.len() {
        4 => 3,
        3 if !code.ends_with('0') => 2,
        3 => 1,
        _ => 0,
    }
}

/// Replaces the place-coded source of unclaimed attacks near a claim with the claimant;
/// returns the claims used (sentence, claimant code).
fn apply_claims(lex: &Lexicon, events: &mut [Pending], claims: &[(usize, EventActor)]) -> Vec<(usize, String)> {
    let mut used = Vec::new();
    for Pending { event: e, unattributed, .. } in events.iter_mut() {
        if !*unattributed {
            continue;
        }
        let claim = claims.iter().find(|(s, _)| *s + 2 >= e.sentence_index && *s <= e.sentence_index + 1);
        if let Some((s, claimant)) = claim {
            used.push((*s, claimant.code.clone()));
            if let Some(t) = e.target.as_mut()
                && t.code.ends_with("CVL")
                && t.code.len() == 6
                && t.code[..3] == e.source.code[..e.source.code.len().min(3)]
            {
                // The place is now only the target.
                t.code.truncate(3);
            }
            e.source = claimant.clone();
            e.notes.push("source from a claim of responsibility".into());
            // An unclaimed attack was coded unconventional (180); a state's forces owning up to
            // it make it a conventional one.
            let state = e.source.code.len() == 3 || matches!(e.source.code.get(3..), Some("MIL" | "GOV" | "COP"));
            if e.code == "180" && state {
                recode(lex, e, "190");
            }
        }
    }
    used
}

/// Journalists protesting before their own syndicate (EGYMED → EGYMED) protest to their
/// country's government, as a protest that names no addressee does.
fn protest_on_itself(mut e: Event) -> Event {
    if e.root == "14"
        && let Some(t) = e.target.as_mut()
        && t.code == e.source.code
        && let Some(country) = e.source.code.get(..3).filter(|c| c.chars().all(|x| x.is_ascii_uppercase()))
        && !matches!(country, "IGO" | "IMG" | "NGO" | "MNC")
    {
        t.code = format!("{country}GOV");
        t.how = PROTEST_DEFAULT;
    }
    e
}

/// Two organisations that share a code are still two sides ("اشتباكات بين جهاز الردع واللواء
/// 444": LBYMIL and LBYMIL); a country or agent named twice is not.
fn distinct_organisations(a: &EventActor, b: &EventActor) -> bool {
    let organisation = |x: &EventActor| x.entries.iter().find(|e| e.contains("organisations.lex")).cloned();
    match (organisation(a), organisation(b)) {
        (Some(x), Some(y)) => x != y,
        _ => false,
    }
}

/// Gives an event another code, with that code's class, Goldstein value and PLOVER category.
fn recode(lex: &Lexicon, e: &mut Event, code: &str) {
    if let Some(cameo) = lex.cameo.get(code) {
        e.code = code.to_string();
        e.root = cameo.root.clone();
        e.quad_class = cameo.quad_class;
        e.goldstein = cameo.goldstein;
        e.plover = cameo.plover.clone();
    }
}

#[cfg(test)]
mod tests;
