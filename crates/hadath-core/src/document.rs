//! The coder's input and output types.

use hadath_lexicon::PartialDate;
use hadath_text::{Lang, Span};

/// A news document to code.
#[derive(Debug, Clone, Default)]
pub struct Document {
    pub id: String,
    pub text: String,
    /// Publication date: relative dates resolve against it; without it they stay unresolved.
    pub date: Option<PartialDate>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
    /// Language if the input says; detected otherwise.
    pub lang: Option<Lang>,
}

/// How an event's date was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateBasis {
    /// A date written in the sentence ("في ديسمبر 1979").
    Explicit,
    /// A relative phrase resolved against the publication date ("أمس", "العام الماضي").
    Relative,
    /// No date in the sentence: the publication date.
    Publication,
    /// No date could be given (a background event without a date, or no publication date).
    None,
}

impl DateBasis {
    pub fn as_str(self) -> &'static str {
        match self {
            DateBasis::Explicit => "explicit",
            DateBasis::Relative => "relative",
            DateBasis::Publication => "publication",
            DateBasis::None => "none",
        }
    }
}

/// Whether the text says the event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modality {
    /// Reported as having happened (or happening).
    Asserted,
    /// Negated or denied ("لم يعترفوا", "نفى أن يكون هاجم").
    Negated,
    /// Conditional, predicted, planned or considered ("إذا انتهكت", "من المتوقع أن", "تدرس").
    Hypothetical,
}

impl Modality {
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Negated => "negated",
            Modality::Hypothetical => "hypothetical",
        }
    }
}

/// An actor as it takes part in one event.
#[derive(Debug, Clone, PartialEq)]
pub struct EventActor {
    /// CAMEO actor code on the event's date (`RUSGOV`, `IGOUNO`, `AFG`).
    pub code: String,
    /// The words of the sentence that name it (or, for an actor taken from the context, the
    /// words that named it there).
    pub text: String,
    /// Byte span in the document text.
    pub span: Span,
    /// How it was found: `subject`, `object`, `prep:على`, `nisba`, `genitive`, `location`,
    /// `claim`, `context`, `coordination`...
    pub how: &'static str,
    /// Lexicon entries that named it (`file:line`).
    pub entries: Vec<String>,
}

/// A coded event with its evidence.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub doc_id: String,
    /// 0-based index among the document's sentences.
    pub sentence_index: usize,
    /// Byte span of the sentence in the document text.
    pub sentence_span: Span,
    pub code: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f32,
    pub plover: String,
    pub source: EventActor,
    pub target: Option<EventActor>,
    pub date: Option<PartialDate>,
    pub date_basis: DateBasis,
    pub modality: Modality,
    /// Byte span and text of the trigger word(s).
    pub trigger_span: Span,
    pub trigger_text: String,
    /// The lexicon pattern that fired (`file:line`) and its lemma.
    pub pattern: String,
    pub lemma: String,
    /// Other rules that shaped the event (e.g. `future → intent 036`, `claim of responsibility`).
    pub notes: Vec<String>,
}

impl Event {
    pub fn negated(&self) -> bool {
        self.modality != Modality::Asserted
    }
}

/// The result of coding one document: never an error.
#[derive(Debug, Clone, Default)]
pub struct Coded {
    pub lang: Option<Lang>,
    pub sentences: usize,
    pub events: Vec<Event>,
    /// Things a user may want to know (language skipped, dates unresolved...).
    pub diagnostics: Vec<String>,
}
