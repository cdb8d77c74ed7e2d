//! hadath's lexicons.
//!
//! Takes lexicon files (the built-in ones under `lexicons/`, compiled into the binary, and any
//! the user adds) and gives a [`Lexicon`]: typed entries (actors, agents, event patterns,
//! cues, date words) and the matchers built from them once: a hash table of normalised words
//! and a trie over word sequences, plus a fuzzy index of transliterated names.
//!
//! Invariants:
//! * Lexicon text goes through the same normaliser and tokeniser as document text
//!   ([`hadath_text`]), so an entry written with tashkeel, another alef or the article still
//!   matches.
//! * Loading never fails as a whole: each bad line or entry becomes a [`Diagnostic`] naming
//!   the file and line, and is skipped. The built-in lexicons load without diagnostics (a test
//!   checks it).
//! * Later sources override earlier ones: a record with the same identity (a country code, an
//!   org or person slug, a verb with the same code and object) replaces the earlier record.

pub mod cameo;
pub mod date;
pub mod fuzzy;
pub mod model;
pub mod morph;
pub mod morph_en;
pub mod sets;
pub mod syntax;
pub mod trie;

mod compile;

use std::borrow::Cow;
use std::path::{Path, PathBuf};

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use hadath_text::TokenKind;
use hadath_text::clitics::for_each_segmentation;

pub use cameo::{CameoCode, CameoTable};
pub use date::{DateRange, PartialDate};
pub use fuzzy::FuzzyMatch;
pub use model::*;

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_sources.rs"));
}

/// The text of one lexicon file and the name errors should give it.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub text: Cow<'static, str>,
}

/// The lexicon files compiled into the binary.
pub fn builtin_sources() -> Vec<Source> {
    builtin::SOURCES.iter().map(|(name, text)| Source { name: format!("lexicons/{name}"), text: Cow::Borrowed(text) }).collect()
}

/// A lexicon directory that could not be read.
#[derive(Debug, thiserror::Error)]
#[error("cannot read lexicon file {path}: {source}")]
pub struct LoadError {
    pub path: PathBuf,
    #[source]
    pub source: std::io::Error,
}

/// Reads every `.lex` file (and `codes.tsv`) under `dir`, recursively, in path order.
pub fn read_sources(dir: &Path) -> Result<Vec<Source>, LoadError> {
    let mut paths = Vec::new();
    collect_paths(dir, &mut paths)?;
    paths.sort();
    let mut out = Vec::new();
    for path in paths {
        let bytes = std::fs::read(&path).map_err(|source| LoadError { path: path.clone(), source })?;
        let text = String::from_utf8(bytes).map_err(|e| LoadError {
            path: path.clone(),
            source: std::io::Error::new(
                std::io::ErrorKind::InvalidData,
                format!("not UTF-8 (invalid byte at offset {})", e.utf8_error().valid_up_to()),
            ),
        })?;
        out.push(Source { name: path.display().to_string(), text: Cow::Owned(text) });
    }
    Ok(out)
}

fn collect_paths(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), LoadError> {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|source| LoadError { path: dir.to_path_buf(), source })?;
    for entry in entries {
        let entry = entry.map_err(|source| LoadError { path: dir.to_path_buf(), source })?;
        let path = entry.path();
        if path.is_dir() {
            collect_paths(&path, out)?;
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("lex" | "tsv")) {
            out.push(path);
        }
    }
    Ok(())
}

/// Hits of one token (usually none or one).
pub type TokenHits = SmallVec<[Hit; 2]>;

/// Entry counts by kind, for `hadath lexicon stats`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stats {
    pub files: usize,
    pub countries: usize,
    pub organisations: usize,
    pub people: usize,
    pub dated_roles: usize,
    pub city_names: usize,
    pub agent_phrases_ar: usize,
    pub agent_phrases_en: usize,
    pub verb_patterns: usize,
    pub noun_patterns: usize,
    pub roots_covered: usize,
    pub cues: usize,
    pub date_words: usize,
    pub discards: usize,
    pub names_ar: usize,
    pub names_en: usize,
    pub cameo_codes: usize,
    pub distinct_words: usize,
    pub trie_nodes: usize,
    pub fuzzy_names: usize,
}

/// The compiled lexicons.
#[derive(Debug)]
pub struct Lexicon {
    /// Names of the source files, for [`Origin::file`].
    pub files: Vec<String>,
    pub actors: Vec<Actor>,
    pub agents: Vec<Agent>,
    pub patterns: Vec<Pattern>,
    pub cameo: CameoTable,
    /// Files from this index on were given by the user (`--lexicon`, `--petrarch-dicts`):
    /// their actor and agent phrases win over the built-in meanings of the same words.
    pub first_user_file: u16,
    words: FxHashMap<Box<str>, WordId>,
    trie: trie::Trie,
    fuzzy: fuzzy::FuzzyIndex,
    stats: Stats,
}

/// Phrases longer than this (in tokens) are not followed in the trie.
const MAX_PHRASE_TOKENS: usize = 12;

impl Lexicon {
    /// The built-in lexicons.
    pub fn builtin() -> (Lexicon, Vec<Diagnostic>) {
        Lexicon::compile(&builtin_sources())
    }

    /// Compiles `sources` in order (later ones override earlier ones).
    pub fn compile(sources: &[Source]) -> (Lexicon, Vec<Diagnostic>) {
        compile::compile(sources)
    }

    pub fn stats(&self) -> &Stats {
        &self.stats
    }

    /// The id of a normalised word key, if the lexicon uses the word.
    /// Whether an actor-layer payload comes from a file the user gave (see
    /// [`Lexicon::first_user_file`]).
    pub fn from_user_file(&self, p: Payload) -> bool {
        let origin = match p {
            Payload::Agent(a) => self.agents.get(a as usize).map(|x| x.origin),
            Payload::Actor(a) | Payload::Nisba { actor: a, .. } | Payload::Capital(a) | Payload::City(a) => {
                self.actors.get(a as usize).map(|x| x.origin)
            }
            _ => None,
        };
        origin.is_some_and(|o| o.file >= self.first_user_file)
    }

    pub fn word_id(&self, key: &str) -> Option<WordId> {
        self.words.get(key).copied()
    }

    /// [`Lexicon::lookup`] for every token of an analysed text (for tools that read a phrase
    /// or a name; the coder fuses this loop with its own per-token work).
    pub fn lookup_all(&self, analysis: &hadath_text::Analysis) -> Vec<TokenHits> {
        let mut buf = String::new();
        analysis
            .tokens
            .iter()
            .map(|t| {
                let mut h = TokenHits::new();
                self.lookup(t.norm_str(&analysis.norm), t.kind, &mut buf, &mut h);
                h
            })
            .collect()
    }

    /// Finds the lexicon words a token can be, after cutting clitics. The readings that cut the
    /// fewest letters are marked [`Hit::best`]: "بحث" is the verb بحث, not ب + حث.
    pub fn lookup(&self, norm: &str, kind: TokenKind, buf: &mut String, out: &mut TokenHits) {
        out.clear();
        match kind {
            TokenKind::Arabic => {
                let mut best_cut = usize::MAX;
                let mut cuts: SmallVec<[usize; 4]> = SmallVec::new();
                for_each_segmentation(norm, |seg| {
                    let Some(&word) = self.words.get(seg.key(buf)) else {
                        return;
                    };
                    let cut = seg.cut_len(norm);
                    best_cut = best_cut.min(cut);
                    let hit = Hit { word, proclitic: seg.proclitic, enclitic: !seg.enclitic.is_empty(), best: false };
                    if !out.iter().any(|h| h.word == hit.word && h.proclitic == hit.proclitic && h.enclitic == hit.enclitic) {
                        out.push(hit);
                        cuts.push(cut);
                    }
                });
                for (h, cut) in out.iter_mut().zip(&cuts) {
                    h.best = *cut == best_cut;
                }
            }
            TokenKind::Latin | TokenKind::Number => {
                let plain = |w: &str| self.words.get(w).copied();
                // "Iran's": the word with its possessive (some phrase may hold it) and without.
                let owner = norm.strip_suffix("'s").or_else(|| norm.strip_suffix("’s")).and_then(plain);
                // "British-flagged", "Hamas-run", "Saudi-led": a name before a hyphen, when the
                // whole word is unknown.
                let before_hyphen = || {
                    let (head, _) = norm.split_once('-')?;
                    (head.chars().count() >= 3 && !head.contains('.')).then(|| plain(head)).flatten()
                };
                let head = if plain(norm).or(owner).is_none() { before_hyphen() } else { None };
                for word in [plain(norm), owner, head].into_iter().flatten() {
                    if !out.iter().any(|h| h.word == word) {
                        out.push(Hit { word, proclitic: hadath_text::clitics::Proclitic::NONE, enclitic: false, best: true });
                    }
                }
            }
            TokenKind::Punct | TokenKind::Other => {}
        }
    }

    /// Calls `f(end, payloads)` for every lexicon phrase that starts at token `start`
    /// (`end` is one past its last token). Tokens after the first may carry the article but no
    /// conjunction or preposition: "الصين والإمارات" is two phrases, not one.
    pub fn phrases_at(&self, hits: &[TokenHits], start: usize, f: impl FnMut(usize, &[Payload])) {
        self.phrases_at_skipping(hits, start, |_| false, f);
    }

    /// Like [`Lexicon::phrases_at`], but tokens for which `transparent(i)` holds (quotation
    /// marks around a name: تنظيم "الدولة الإسلامية") are stepped over inside a phrase.
    pub fn phrases_at_skipping(
        &self,
        hits: &[TokenHits],
        start: usize,
        transparent: impl Fn(usize) -> bool,
        mut f: impl FnMut(usize, &[Payload]),
    ) {
        let Some(first) = hits.get(start) else { return };
        // (node, next token, whether the first token's reading was a best one, whether it
        // kept the word whole: no pronoun cut off)
        let mut stack: SmallVec<[(u32, usize, bool, bool); 8]> = SmallVec::new();
        for h in first {
            if let Some(node) = self.trie.child(trie::Trie::ROOT, h.word) {
                stack.push((node, start + 1, h.best, !h.enclitic));
            }
        }
        let mut kept: SmallVec<[Payload; 4]> = SmallVec::new();
        while let Some((node, next, first_best, first_whole)) = stack.pop() {
            let payloads = self.trie.payloads(node);
            // A one-word match needs the word's best reading; a longer phrase confirms itself.
            if !payloads.is_empty() && (first_best || next - start > 1) {
                let is_person = |p: &Payload| matches!(p, Payload::Actor(a) if self.actors.get(*a as usize).is_some_and(|x| x.kind == ActorKind::Person));
                if first_whole || !payloads.iter().any(is_person) {
                    f(next, payloads);
                } else {
                    // A person's name takes no pronoun: "المؤدية" is not "مودي". (The article
                    // is another matter: names are stored without it, "الشيباني".)
                    kept.clear();
                    kept.extend(payloads.iter().copied().filter(|p| !is_person(p)));
                    if !kept.is_empty() {
                        f(next, &kept);
                    }
                }
            }
            if next - start >= MAX_PHRASE_TOKENS {
                continue;
            }
            let mut next = next;
            while next < hits.len() && transparent(next) && next - start < MAX_PHRASE_TOKENS {
                next += 1;
            }
            let Some(following) = hits.get(next) else {
                continue;
            };
            for h in following {
                if h.proclitic.conj || h.proclitic.prep.is_some() {
                    continue;
                }
                if let Some(child) = self.trie.child(node, h.word) {
                    stack.push((child, next + 1, first_best, first_whole));
                }
            }
        }
    }

    /// The best transliteration-tolerant person name ending at token `end` (see [`fuzzy`]).
    pub fn fuzzy_name(&self, tokens: &[&str], end: usize, known: impl Fn(usize) -> bool) -> Option<FuzzyMatch> {
        self.fuzzy.match_ending_at(tokens, end, known)
    }

    /// Where an entry was written, as `file:line`.
    pub fn origin_label(&self, origin: Origin) -> String {
        let file = self.files.get(origin.file as usize).map_or("?", String::as_str);
        format!("{file}:{}", origin.line)
    }

    /// The word key for a normalised Arabic or Latin word, as nouns are stored: the article
    /// is cut ("الحكومه" → "حكومه").
    pub fn noun_key(norm: &str) -> &str {
        compile::strip_article(norm)
    }
}

#[cfg(test)]
mod tests;
