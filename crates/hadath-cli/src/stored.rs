//! From the coder's output to the store's rows: a [`Document`] and its [`Coded`] events become
//! a [`NewDocument`] with one [`NewMention`] per event (character offsets, the JSONL record).

use hadath_core::{Coded, Document, Event};
use hadath_lexicon::Source;
use hadath_store::{NewDocument, NewMention};

use crate::output::{CharOffsets, event_record};

/// A fingerprint of the lexicon files in use: documents coded with other lexicons are the ones
/// `hadath recode` codes again.
pub fn lexicon_fingerprint(sources: &[Source]) -> String {
    let mut all = String::new();
    for s in sources {
        all.push_str(&s.name);
        all.push('\0');
        all.push_str(&s.text);
        all.push('\0');
    }
    hadath_store::content_hash(&all)[..16].to_string()
}

/// The store's row for a coded document.
pub fn new_document(doc: &Document, coded: &Coded, lexicon: &str) -> NewDocument {
    NewDocument {
        key: doc.id.clone(),
        url: doc.url.clone(),
        title: doc.title.clone(),
        source: doc.source.clone(),
        lang: coded.lang.as_ref().map(|l| l.code().to_string()),
        date: doc.date.map(|d| d.to_string()),
        text: doc.text.clone(),
        sentences: u32::try_from(coded.sentences).unwrap_or(u32::MAX),
        lexicon: lexicon.to_string(),
        mentions: mentions(&doc.text, &coded.events),
    }
}

/// One mention per event, with character offsets into `text`.
pub fn mentions(text: &str, events: &[Event]) -> Vec<NewMention> {
    let offsets = CharOffsets::new(text);
    let span = |s: hadath_text::Span| {
        let [a, b] = offsets.span(s);
        [u32::try_from(a).unwrap_or(u32::MAX), u32::try_from(b).unwrap_or(u32::MAX)]
    };
    events
        .iter()
        .map(|e| NewMention {
            date: e.date.map(|d| d.to_string()),
            source: e.source.code.clone(),
            target: e.target.as_ref().map(|t| t.code.clone()),
            code: e.code.clone(),
            root: e.root.clone(),
            quad_class: e.quad_class,
            goldstein: e.goldstein,
            plover: e.plover.clone(),
            sentence_index: u32::try_from(e.sentence_index).unwrap_or(u32::MAX),
            sentence: e.sentence_span.slice(text).to_string(),
            sentence_span: span(e.sentence_span),
            trigger_span: span(e.trigger_span),
            source_text: e.source.text.clone(),
            source_span: span(e.source.span),
            target_text: e.target.as_ref().map(|t| t.text.clone()),
            target_span: e.target.as_ref().map(|t| span(t.span)),
            date_basis: e.date_basis.as_str().to_string(),
            record: event_record(text, &offsets, e).unwrap_or_default(),
        })
        .collect()
}

/// What an actor name given to `query --actor` stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamedActor {
    /// A country: its code prefix (Russia → RUS, which takes in RUSGOV, RUSMIL...).
    Code(String),
    /// An organisation or a person: the lexicon entry that names it, as event records list it
    /// (`lexicons/actors/people.lex:555`): exactly the events that entry coded.
    Entry(String),
}

/// Reads a name (Arabic or English, any form the lexicons know) as one lexicon actor, when
/// the whole name is one: "روسيا", "Russia", "الروس" (no: a nisba is not a name), "حماس",
/// "Hamas", "فلاديمير بوتين".
pub fn resolve_actor_name(lex: &hadath_lexicon::Lexicon, name: &str) -> Option<NamedActor> {
    let analysis = hadath_text::Analysis::new(name);
    let tokens = analysis.tokens.len();
    if tokens == 0 {
        return None;
    }
    let hits = lex.lookup_all(&analysis);
    let mut found = None;
    lex.phrases_at(&hits, 0, |end, payloads| {
        if end != tokens || found.is_some() {
            return;
        }
        for p in payloads {
            if let hadath_lexicon::Payload::Actor(a) | hadath_lexicon::Payload::Capital(a) = *p {
                let actor = &lex.actors[a as usize];
                found = Some(match actor.kind {
                    hadath_lexicon::ActorKind::Country => NamedActor::Code(actor.code_at(None).to_string()),
                    _ => NamedActor::Entry(lex.origin_label(actor.origin)),
                });
                return;
            }
        }
    });
    found
}
