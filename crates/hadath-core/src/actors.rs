//! Actor noun phrases and their codes.
//!
//! Takes the actor-layer lexicon matches of a sentence (names, nisba adjectives, capitals,
//! cities, agents) and gives noun phrases: "وزير الخارجية الأفغاني" (agent + nisba) is one
//! phrase coded AFGGOV; "حكومة طالبان" (agent + organisation) is the organisation's code;
//! "الرئيس الروسي فلاديمير بوتين" is the person's code on the event's date. Codes are only
//! computed once the event date is known, because roles are date-ranged.

use hadath_lexicon::{ActorKind, CueKind, Lexicon, Origin, PartialDate, Payload, WordId};
use smallvec::SmallVec;

/// A preposition in front of a noun phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Prep {
    /// ب ل ك written on the phrase's first word.
    Clitic(char),
    /// A separate word (على، إلى، مع ...).
    Word(WordId),
}

/// One lexicon match: token range and meaning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Item {
    pub start: usize,
    pub end: usize,
    pub payload: Payload,
}

/// An actor noun phrase.
#[derive(Debug, Clone)]
pub(crate) struct Np {
    pub start: usize,
    pub end: usize,
    /// The first agent ("وزير الخارجية"), if any.
    pub agent: Option<u32>,
    /// A country named, or given by a nisba, a capital or a city.
    pub country: Option<u32>,
    /// An organisation or a person.
    pub named: Option<u32>,
    /// How the country was given.
    pub country_via: CountryVia,
    /// A plural demonym alone ("الفلسطينيين"): people of the country.
    pub people: bool,
    pub prep: Option<Prep>,
    /// The phrase is the genitive of a noun that has this preposition ("بموقف الأردن"): not a
    /// subject, but a target where the pattern wants that preposition or a direct object.
    pub construct: Option<Prep>,
    /// The phrase's first word carries و or ف.
    pub conj: bool,
    /// A preposition of place (في، قرب ...) stands before it.
    pub locative: bool,
    /// The passive "by" (من قبل، على يد) stands before it.
    pub agentive: bool,
    /// After a quantity ("آلاف الإيرانيين", "عشرات الآلاف من الإسرائيليين"): its "من" is
    /// partitive, not a preposition.
    pub partitive: bool,
    /// The agent carries a possessive pronoun ("قواته", "مقاتلاتها"): its country is that of
    /// the one speaking or acting.
    pub possessive: bool,
    pub origins: SmallVec<[Origin; 4]>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CountryVia {
    None,
    Name,
    Nisba,
    Capital,
    City,
}

impl Np {
    /// A phrase over tokens `start..end` that names nothing yet and stands alone (no
    /// preposition, no conjunction); items are added with [`add_payload`].
    pub fn bare_at(start: usize, end: usize) -> Np {
        Np {
            start,
            end,
            agent: None,
            country: None,
            named: None,
            country_via: CountryVia::None,
            people: false,
            prep: None,
            construct: None,
            conj: false,
            locative: false,
            agentive: false,
            possessive: false,
            partitive: false,
            origins: SmallVec::new(),
        }
    }

    /// A place rather than an actor: a city, or a country, capital or nisba after a
    /// preposition or noun of place ("في أفغانستان", "في العاصمة الجورجية تبليسي").
    pub fn is_place(&self) -> bool {
        self.agent.is_none()
            && self.named.is_none()
            && (self.country_via == CountryVia::City || (self.locative && self.country.is_some()))
    }

    /// No preposition, or only a partitive "من" after a quantity.
    pub fn is_bare(&self) -> bool {
        self.prep.is_none() || self.partitive
    }

    /// Bare and not inside a prepositional phrase: may be a subject.
    pub fn may_be_subject(&self) -> bool {
        self.is_bare() && self.construct.is_none()
    }

    /// A lone singular nisba ("الأصول الأفغانية"): it qualifies another noun.
    pub fn is_modifier(&self) -> bool {
        self.agent.is_none() && self.named.is_none() && self.country_via == CountryVia::Nisba && !self.people
    }

    /// Whether the phrase names a person of the lexicon ("Vladimir Putin").
    pub fn names_person(&self, lex: &Lexicon) -> bool {
        self.named.and_then(|id| lex.actors.get(id as usize)).is_some_and(|a| a.kind == hadath_lexicon::ActorKind::Person)
    }

    /// The actor's code on `date`, or None when the phrase names no country or organisation
    /// (an agent alone, "الجيش", needs `fallback_country`).
    pub fn code(&self, lex: &Lexicon, date: Option<PartialDate>, fallback_country: Option<u32>) -> Option<String> {
        let role = self.agent.and_then(|a| lex.agents.get(a as usize)).map(|a| a.role.as_str());
        if let Some(named) = self.named.and_then(|n| lex.actors.get(n as usize)) {
            let code = named.code_at(date);
            // An organisation known only by its country gets the agent's role ("قوات حماس").
            return Some(match role {
                Some(r) if code.len() == 3 && named.kind == ActorKind::Organisation && r.len() == 3 => {
                    format!("{code}{r}")
                }
                _ => code.to_string(),
            });
        }
        let country = self.country.or(fallback_country).and_then(|c| lex.actors.get(c as usize));
        match (country, role) {
            (Some(c), Some(r)) if is_full_code(r) => Some(if r.starts_with(&c.id) { r.to_string() } else { c.id.clone() + r }),
            (Some(c), Some(r)) => Some(format!("{}{r}", c.id)),
            (Some(c), None) if self.country_via == CountryVia::Capital && !self.locative => Some(format!("{}GOV", c.id)),
            (Some(c), None) => Some(c.id.clone()),
            (None, Some(r)) if is_full_code(r) => Some(r.to_string()),
            (None, _) => None,
        }
    }

    /// The phrase's country as an actor index: named country, nisba, capital or city.
    pub fn country_index(&self, lex: &Lexicon, date: Option<PartialDate>) -> Option<u32> {
        if let Some(c) = self.country {
            return Some(c);
        }
        let named = lex.actors.get(self.named? as usize)?;
        let prefix = named.country_at(date);
        lex.actors.iter().position(|a| a.kind == ActorKind::Country && a.id == prefix).map(|i| i as u32)
    }
}

/// Agent roles that carry their own class instead of a country role (IGO, IMG, NGO...).
fn is_full_code(role: &str) -> bool {
    matches!(role.get(..3), Some("IGO" | "IMG" | "NGO" | "MNC" | "INT"))
}

/// Grammar position of an item inside a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    Agent,
    Named,
    Nisba,
    Person,
}

fn slot(lex: &Lexicon, p: Payload) -> Option<Slot> {
    match p {
        Payload::Agent(_) => Some(Slot::Agent),
        Payload::Actor(a) => Some(match lex.actors.get(a as usize).map(|x| x.kind) {
            Some(ActorKind::Person) => Slot::Person,
            _ => Slot::Named,
        }),
        Payload::Capital(_) | Payload::City(_) => Some(Slot::Named),
        Payload::Nisba { .. } => Some(Slot::Nisba),
        _ => None,
    }
}

/// Whether `next` may continue a phrase whose last slot is `prev`:
/// agent* named? nisba* person?, with a person after a named head as apposition.
fn continues(prev: Slot, next: Slot, has_named: bool, has_person: bool, place_after_bare_nisba: bool) -> bool {
    match next {
        Slot::Agent => prev == Slot::Agent,
        // "الجورجية تبليسي": a capital or city may follow a lone nisba.
        Slot::Named => !has_named && !has_person && (prev == Slot::Agent || (prev == Slot::Nisba && place_after_bare_nisba)),
        Slot::Nisba => !has_person,
        Slot::Person => !has_person,
    }
}

/// Whether a second agent continues a phrase that has agent `first`: a chain of the state's
/// own bodies ("قوات الأمن", "عناصر الشرطة", "قوات الجيش") or the same role. "شبان الجنود"
/// (youths + soldiers) is more often subject and object than one phrase.
fn agents_chain(lex: &Lexicon, first: Option<u32>, next: Payload) -> bool {
    const STATE: &[&str] = &["GOV", "MIL", "COP", "SPY", "JUD", "LEG"];
    let role = |a: u32| lex.agents.get(a as usize).map(|x| x.role.as_str());
    match (first.and_then(role), next) {
        (Some(a), Payload::Agent(b)) => {
            let b = role(b).unwrap_or("");
            a == b || (STATE.contains(&a) && STATE.contains(&b))
        }
        _ => true,
    }
}

/// What phrase building needs to know about the tokens around the actor matches.
pub(crate) trait PhraseContext {
    /// The clitic preposition (ب ل ك) of token `i`.
    fn clitic_prep(&self, i: usize) -> Option<char>;
    /// Whether token `i` carries و or ف.
    fn conj(&self, i: usize) -> bool;
    /// The separate preposition word just before token `i`.
    fn word_prep(&self, i: usize) -> Option<WordId>;
    /// The cues ending right before token `i`.
    fn cues_before(&self, i: usize) -> SmallVec<[CueKind; 4]>;
    /// Whether tokens `a..b` may stand inside a phrase ("الزعيم السوفيتي السابق غورباتشوف").
    fn joinable_gap(&self, a: usize, b: usize) -> bool;
    /// Whether a quantity and "من" stand before token `i` ("عشرات الآلاف من الإسرائيليين").
    fn quantity_before(&self, i: usize) -> bool;
    /// Whether token `i` carries a pronoun suffix ("قواته").
    fn possessive(&self, i: usize) -> bool;
    /// Whether a number stands right before token `i`.
    fn after_number(&self, i: usize) -> bool;
    /// The preposition of the noun a phrase is the genitive of: "بموقف الأردن" (ب),
    /// "على مواقع الجيش" (على): the phrase is inside that prepositional phrase.
    fn construct_prep(&self, i: usize, nisba: bool) -> Option<Prep>;
    /// The normalised word of token `i`, clitics included.
    fn bare(&self, i: usize) -> &str;
    /// Whether token `i` carries the article.
    fn definite(&self, i: usize) -> bool;
    /// Whether token `i` is a definite word the lexicon does not know (likely an adjective).
    fn unknown_adjective(&self, i: usize) -> bool;
}

/// "التابعة لـ", "الموالية لـ": the phrase before belongs to the one after.
fn is_affiliation_word(word: &str) -> bool {
    const STEMS: [&str; 2] = ["تابع", "موال"];
    const ENDINGS: [&str; 7] = ["", "ه", "ين", "ون", "ان", "تين", "تان"];
    let word = word.strip_prefix("ال").unwrap_or(word);
    STEMS.iter().any(|s| word.strip_prefix(s).is_some_and(|rest| ENDINGS.contains(&rest)))
}

/// Joins a phrase to the body it belongs to, so it takes that body's code:
/// * "قوات الأمن التابعة لحكومة الوحدة": an agent and the body after "التابعة لـ";
/// * "زوارق تابعة للحرس الثوري": a word the lexicon lacks, owned by the body, acts as it;
/// * "مسلحون من جماعة الحوثي": an indefinite member noun and its group (not "طالب الرئيس من
///   الحكومة", where the agent is definite and من introduces the addressee).
fn link_affiliations(lex: &Lexicon, nps: &mut Vec<Np>, cx: &impl PhraseContext) {
    let mut i = 0;
    while i < nps.len() {
        let owner = |np: &Np| np.named.is_some() || np.agent.is_some() || np.country_via == CountryVia::Name;
        let with_lam = nps[i].prep == Some(Prep::Clitic('ل'));
        let affiliated = with_lam && nps[i].start >= 2 && is_affiliation_word(cx.bare(nps[i].start - 1)) && owner(&nps[i]);
        let prev = i.checked_sub(1).map(|p| &nps[p]);
        let member_of = |a: &Np, b: &Np| a.agent.is_some() && a.named.is_none() && a.country.is_none() && b.start == a.end + 1;
        if let Some(a) = prev
            && member_of(a, &nps[i])
            && ((affiliated) || (cx.bare(a.end) == "من" && !cx.definite(a.start) && owner(&nps[i]) && !nps[i].is_place()))
        {
            let b = nps.remove(i);
            let a = &mut nps[i - 1];
            a.end = b.end;
            // Forces of a state body keep their role: "قوات الأمن التابعة لحكومة الوحدة" are
            // the police of that state, not its government.
            let role = |np: &Np| np.agent.and_then(|g| lex.agents.get(g as usize)).map(|g| g.role.as_str());
            let state_body = b.named.and_then(|n| lex.actors.get(n as usize)).is_some_and(|o| {
                let code = o.code_at(None);
                code.len() == 6 && matches!(&code[3..], "GOV" | "MIL" | "COP" | "SPY")
            });
            if state_body && matches!(role(a), Some("MIL" | "COP" | "SPY")) {
                a.country = b.country_index(lex, None);
                a.country_via = CountryVia::Name;
            } else {
                a.named = b.named;
                a.country = b.country;
                a.country_via = b.country_via;
            }
            a.origins.extend(b.origins);
            continue;
        }
        let head = nps[i].start.saturating_sub(2);
        let head_free = prev.is_none_or(|a| a.end <= head);
        if affiliated && head_free && cx.bare(head).chars().count() >= 3 && !cx.definite(head) {
            let np = &mut nps[i];
            np.start = head;
            np.prep = cx.clitic_prep(head).map(Prep::Clitic).or_else(|| cx.word_prep(head).map(Prep::Word));
            np.construct = if np.prep.is_some() { None } else { cx.construct_prep(head, false) };
            np.conj = cx.conj(head);
        }
        i += 1;
    }
}

/// Builds noun phrases from the chosen actor-layer items (sorted by start).
pub(crate) fn build_phrases(lex: &Lexicon, items: &[Item], cx: &impl PhraseContext) -> Vec<Np> {
    let clitic_prep = |i| cx.clitic_prep(i);
    let conj = |i| cx.conj(i);
    let word_prep = |i| cx.word_prep(i);
    let cues_before = |i| cx.cues_before(i);
    let joinable_gap = |a, b| cx.joinable_gap(a, b);
    let quantity_before = |i| cx.quantity_before(i);
    let possessive = |i| cx.possessive(i);
    let mut out: Vec<Np> = Vec::new();
    let mut last_slot = Slot::Agent;
    let mut has_named = false;
    let mut has_person = false;
    for item in items {
        let Some(s) = slot(lex, item.payload) else {
            continue;
        };
        let starts_new = match out.last() {
            None => true,
            Some(np) => {
                (np.end != item.start
                    && !(np.end < item.start && item.start - np.end <= 2 && joinable_gap(np.end, item.start))
                    // "قائد الجيش الوطني خليفة حفتر": an adjective the lexicon lacks, between
                    // an agent and the person it names (not a nisba: "وزارة التجارة الصينية
                    // الإجراءات الأمريكية" is a subject and an object).
                    && !(item.start == np.end + 1
                        && np.agent.is_some()
                        && s == Slot::Person
                        && cx.unknown_adjective(np.end)))
                    || conj(item.start)
                    || clitic_prep(item.start).is_some()
                    || !continues(
                        last_slot,
                        s,
                        has_named,
                        has_person,
                        np.agent.is_none() && matches!(item.payload, Payload::Capital(_) | Payload::City(_)),
                    )
                    || (s == Slot::Agent && !agents_chain(lex, np.agent, item.payload))
            }
        };
        if starts_new {
            let cues = cues_before(item.start);
            out.push(Np {
                prep: clitic_prep(item.start).map(Prep::Clitic).or_else(|| word_prep(item.start).map(Prep::Word)),
                // A nisba agrees with its noun ("الأصول الأفغانية"); only nouns are genitives.
                // A nisba agrees with its noun ("الأصول الأفغانية"): it is inside the noun's
                // prepositional phrase, if any ("على واردات الفحم الأمريكية").
                construct: if clitic_prep(item.start).is_some() || word_prep(item.start).is_some() {
                    None
                } else {
                    cx.construct_prep(item.start, matches!(item.payload, Payload::Nisba { plural: false, .. }))
                },
                conj: conj(item.start),
                locative: cues.contains(&CueKind::Location) || cues.contains(&CueKind::PlaceNoun),
                agentive: cues.contains(&CueKind::Agentive),
                possessive: matches!(item.payload, Payload::Agent(_)) && possessive(item.start),
                partitive: cues.contains(&CueKind::Quantity)
                    || (cues.contains(&CueKind::Preposition) && word_prep(item.start).is_some() && quantity_before(item.start)),
                ..Np::bare_at(item.start, item.end)
            });
            has_named = false;
            has_person = false;
        }
        let Some(np) = out.last_mut() else { continue };
        np.end = item.end;
        add_payload(lex, np, item.payload);
        // "اعتقال 14 إيرانيا": a nisba counted by a number names people.
        if matches!(item.payload, Payload::Nisba { .. })
            && np.agent.is_none()
            && np.named.is_none()
            && cx.after_number(item.start)
        {
            np.people = true;
        }
        last_slot = s;
        has_named |= s == Slot::Named;
        has_person |= s == Slot::Person;
    }
    link_affiliations(lex, &mut out, cx);
    out
}

pub(crate) fn add_payload(lex: &Lexicon, np: &mut Np, payload: Payload) {
    let origin = |i: u32| lex.actors.get(i as usize).map(|a| a.origin);
    match payload {
        Payload::Agent(a) => {
            np.agent.get_or_insert(a);
            if let Some(o) = lex.agents.get(a as usize).map(|x| x.origin) {
                np.origins.push(o);
            }
        }
        Payload::Actor(a) => {
            match lex.actors.get(a as usize).map(|x| x.kind) {
                Some(ActorKind::Country) => {
                    if np.country.is_none() {
                        np.country = Some(a);
                        np.country_via = CountryVia::Name;
                    }
                }
                _ => {
                    np.named.get_or_insert(a);
                }
            }
            np.origins.extend(origin(a));
        }
        Payload::Nisba { actor, plural } => {
            if np.country.is_none() {
                np.country = Some(actor);
                np.country_via = CountryVia::Nisba;
                np.people = plural && np.agent.is_none() && np.named.is_none();
            }
            np.origins.extend(origin(actor));
        }
        Payload::Capital(c) | Payload::City(c) => {
            if np.country.is_none() {
                np.country = Some(c);
                np.country_via = if matches!(payload, Payload::Capital(_)) { CountryVia::Capital } else { CountryVia::City };
            }
            np.origins.extend(origin(c));
        }
        _ => {}
    }
}
