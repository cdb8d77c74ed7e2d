//! Typed lexicon entries, as the coder sees them once files are compiled.

use std::fmt;

use hadath_text::clitics::Proclitic;

use crate::date::{DateRange, PartialDate};

/// Index of a distinct normalised word in the lexicon's word table.
pub type WordId = u32;

/// Where an entry was written: file (index into [`crate::Lexicon::files`]) and line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Origin {
    pub file: u16,
    pub line: u32,
}

/// What kind of actor an entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorKind {
    Country,
    Organisation,
    Person,
}

impl ActorKind {
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Country => "country",
            ActorKind::Organisation => "org",
            ActorKind::Person => "person",
        }
    }
}

/// An actor code, valid in a date range or (no range) by default.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    pub range: Option<DateRange>,
}

/// A named actor: a country, an organisation or a person.
#[derive(Debug, Clone)]
pub struct Actor {
    /// Country code, or the org/person slug.
    pub id: String,
    pub kind: ActorKind,
    pub codes: Vec<DatedCode>,
    /// A display name (the first Arabic name, else the first English one).
    pub label: String,
    /// The first English name, if any (display name in English text).
    pub label_en: Option<String>,
    /// For historical states: when the state existed.
    pub valid: Option<DateRange>,
    pub origin: Origin,
}

impl Actor {
    /// The actor's code on `date`: the first code whose range overlaps it, else the default
    /// (a code without range), else the first code. Without a date, the default or the code
    /// whose range is open-ended (the current one).
    pub fn code_at(&self, date: Option<PartialDate>) -> &str {
        let ranged = |c: &&DatedCode| match (c.range, date) {
            (Some(r), Some(d)) => r.overlaps(d),
            _ => false,
        };
        let default = |c: &&DatedCode| c.range.is_none();
        let current = |c: &&DatedCode| c.range.is_some_and(|r| r.to.is_none());
        let pick = self
            .codes
            .iter()
            .find(ranged)
            .or_else(|| if date.is_none() { self.codes.iter().find(current) } else { None })
            .or_else(|| self.codes.iter().find(default))
            .or_else(|| self.codes.first());
        pick.map_or("", |c| c.code.as_str())
    }

    /// The three-letter country (or IGO/IMG/NGO...) prefix of the actor's code on `date`.
    pub fn country_at(&self, date: Option<PartialDate>) -> &str {
        let code = self.code_at(date);
        code.get(..3).unwrap_or(code)
    }
}

/// A generic agent ("وزير الخارجية", "protesters") and the role code it gives.
#[derive(Debug, Clone)]
pub struct Agent {
    /// CAMEO role code (`GOV`, `MIL`...), or a full code for agents with their own class (`IGO`).
    pub role: String,
    pub phrase: String,
    pub origin: Origin,
}

/// Whether an event pattern is triggered by a verb or by an event noun.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PatternKind {
    Verb,
    Noun,
}

/// How a trigger word relates to its pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TriggerForm {
    Past,
    Present,
    /// A verbal noun of a verb pattern, or the word of a noun pattern.
    Noun,
    /// An active participle in a circumstantial clause ("مطالبًا نظام الأسد بوقف القصف"):
    /// its subject is the main clause's.
    Participle,
}

/// A preposition that introduces a pattern's target: a clitic (ب ل ك) or a word (على، مع ...).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TargetPrep {
    Clitic(char),
    Word(WordId),
}

/// An event pattern: a verb or noun, an optional object, and the CAMEO code they give.
#[derive(Debug, Clone)]
pub struct Pattern {
    pub kind: PatternKind,
    /// The header of the record (`اعترف يعترف`, `هجوم`).
    pub lemma: String,
    pub code: String,
    /// Object phrases (word sequences), one of which must follow the trigger.
    pub objects: Vec<Vec<WordId>>,
    pub object_text: Vec<String>,
    pub target_preps: Vec<TargetPrep>,
    /// The subject undergoes the event (تعرض لهجوم).
    pub subject_is_target: bool,
    /// Only a person or an official acts so ("arrived in Budapest" is a visit; troops and aid
    /// arrive too).
    pub official_subject: bool,
    pub gloss: String,
    pub origin: Origin,
}

/// Function-word classes the coder reasons with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    Negation,
    Condition,
    Future,
    Intention,
    Denial,
    Speech,
    Complementizer,
    Support,
    Claim,
    Passive,
    Relative,
    Contrast,
    Responsibility,
    Location,
    Casualty,
    Figurative,
    Hypothetical,
    Past,
    Continuation,
    Preposition,
    Agentive,
    Stop,
    Quantity,
    PlaceNoun,
    Title,
    Commemoration,
    Pair,
    Characterization,
    Occurrence,
    Street,
    Mutual,
    Air,
}

impl CueKind {
    pub fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "negation" => CueKind::Negation,
            "condition" => CueKind::Condition,
            "future" => CueKind::Future,
            "intention" => CueKind::Intention,
            "denial" => CueKind::Denial,
            "speech" => CueKind::Speech,
            "complementizer" => CueKind::Complementizer,
            "support" => CueKind::Support,
            "claim" => CueKind::Claim,
            "passive" => CueKind::Passive,
            "relative" => CueKind::Relative,
            "contrast" => CueKind::Contrast,
            "responsibility" => CueKind::Responsibility,
            "location" => CueKind::Location,
            "casualty" => CueKind::Casualty,
            "figurative" => CueKind::Figurative,
            "hypothetical" => CueKind::Hypothetical,
            "past" => CueKind::Past,
            "continuation" => CueKind::Continuation,
            "preposition" => CueKind::Preposition,
            "agentive" => CueKind::Agentive,
            "stop" => CueKind::Stop,
            "quantity" => CueKind::Quantity,
            "place" => CueKind::PlaceNoun,
            "title" => CueKind::Title,
            "commemoration" => CueKind::Commemoration,
            "pair" => CueKind::Pair,
            "characterization" => CueKind::Characterization,
            "occurrence" => CueKind::Occurrence,
            "street" => CueKind::Street,
            "mutual" => CueKind::Mutual,
            "air" => CueKind::Air,
            _ => return None,
        })
    }
}

/// Calendars month names belong to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Calendar {
    Gregorian,
    Hijri,
}

/// Units of relative date phrases.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateUnit {
    Day,
    Week,
    Month,
    Year,
}

/// What a matched phrase means. A phrase can mean several things at once (a word that is both
/// a verb form and a noun); the coder chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Payload {
    /// A country, organisation or person (index into [`crate::Lexicon::actors`]).
    Actor(u32),
    /// A nisba adjective or demonym of a country; `plural` forms name people (الروس).
    Nisba {
        actor: u32,
        plural: bool,
    },
    /// A capital city, standing for its government when it acts.
    Capital(u32),
    /// A city or region of a country.
    City(u32),
    Agent(u32),
    Trigger {
        pattern: u32,
        form: TriggerForm,
    },
    Cue(CueKind),
    Month {
        calendar: Calendar,
        month: u8,
    },
    Weekday(u8),
    /// An ordinal day word ("السابع" in "السابع من أكتوبر").
    Ordinal(u8),
    Relative {
        unit: DateUnit,
        offset: i8,
    },
    Discard,
}

/// One word of text found in the lexicon, with the clitics cut to find it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    pub word: WordId,
    pub proclitic: Proclitic,
    /// A pronoun suffix was cut (قواته، أبلغه).
    pub enclitic: bool,
    /// Among the token's readings, this one cuts the fewest letters. Only such readings make
    /// one-word matches ("بحث" is the verb بحث, not ب + حث); longer phrases and objects may use
    /// any reading ("القائم بالأعمال" and the object "أعمال" both match "بالأعمال").
    pub best: bool,
}

/// A problem in a lexicon file; never fatal, the entry is skipped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct Diagnostic {
    pub file: String,
    pub line: u32,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}
