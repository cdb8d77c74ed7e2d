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
}

/// How many sentences back an implied place may come from.
const PLACE_MEMORY: usize = 2;

impl Context {
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
