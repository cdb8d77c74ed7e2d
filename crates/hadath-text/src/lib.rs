//! The text layer of hadath.
//!
//! Takes raw document text (any UTF-8 string) and gives an [`Analysis`]: tokens with their
//! normalised forms and sentences, each with byte spans into the **original** text.
//!
//! Invariants (tested, see `tests/properties.rs`):
//! 1. Nothing here fails or panics on any input: malformed or odd text gives odd tokens, not errors.
//! 2. Spans always index the original text, on `char` boundaries; normalised forms live beside
//!    them in one buffer per document ([`Analysis::norm`]), so filters never shift offsets.
//! 3. [`normalize::normalize`] is idempotent, and the lexicon runs the same function over its
//!    entries, so text and lexicon meet in one form.
//! 4. Sentences are token ranges in order, disjoint, and cover every token that is not site
//!    boilerplate.

pub mod boilerplate;
pub mod clitics;
pub mod lang;
pub mod normalize;
pub mod sentence;
pub mod span;
pub mod token;

pub use lang::{Lang, LangGuess, detect_language};
pub use sentence::Sentence;
pub use span::Span;
pub use token::{Token, TokenKind};

/// A document cut into tokens and sentences.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Normalised forms of all tokens, concatenated; [`Token::norm`] ranges index it.
    pub norm: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
}

impl Analysis {
    /// Tokenises `text`, splits it into sentences and drops boilerplate sentences
    /// ("اترك تعليقاً", "Share this", ...).
    pub fn new(text: &str) -> Analysis {
        let (norm, tokens) = token::tokenize(text);
        let mut sentences = sentence::split(text, &tokens);
        sentences.retain(|s| !boilerplate::is_boilerplate(&norm, &tokens[s.tokens.clone()]));
        Analysis { norm, tokens, sentences }
    }

    /// The normalised form of token `i`.
    pub fn norm_of(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.norm_str(&self.norm))
    }
}
