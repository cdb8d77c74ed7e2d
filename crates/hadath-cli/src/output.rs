//! Output formats: `jsonl` (shared/gold/FORMAT.md event records, with evidence), `csv`, and a
//! terminal `table` that keeps right-to-left text intact.

use std::io::{self, Write};

use hadath_core::{Event, EventActor};
use hadath_text::Span;
use serde::Serialize;

/// The output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Jsonl,
    Csv,
}

/// The event ontology of the output: CAMEO codes, or PLOVER categories (from the
/// CAMEO2PLOVER table in `lexicons/cameo/codes.tsv`; CAMEO 01 statements have none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Ontology {
    #[default]
    Cameo,
    Plover,
}

/// Converts byte offsets to character offsets in one document: a checkpoint every 4 KiB,
/// then a short walk, so any order of lookups stays linear in the document.
#[derive(Debug)]
pub struct CharOffsets<'a> {
    text: &'a str,
    /// (byte, char) at each checkpoint, in order.
    checkpoints: Vec<(usize, usize)>,
}

const CHECKPOINT_BYTES: usize = 4096;

impl<'a> CharOffsets<'a> {
    pub fn new(text: &'a str) -> CharOffsets<'a> {
        let mut checkpoints = vec![(0, 0)];
        let mut next = CHECKPOINT_BYTES;
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            if byte >= next {
                checkpoints.push((byte, chars));
                next = byte + CHECKPOINT_BYTES;
            }
        }
        CharOffsets { text, checkpoints }
    }

    pub fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte).saturating_sub(1);
        let (b, c) = self.checkpoints[k];
        c + self.text.get(b..byte).map_or(0, |s| s.chars().count())
    }

    pub fn span(&self, span: Span) -> [usize; 2] {
        let start = self.at(span.start as usize);
        [start, start + span.slice(self.text).chars().count()]
    }
}

#[derive(Serialize)]
struct ActorRecord<'a> {
    code: &'a str,
    text: &'a str,
    span: [usize; 2],
    how: &'a str,
    entries: &'a [String],
}

#[derive(Serialize)]
struct TriggerRecord<'a> {
    text: &'a str,
    span: [usize; 2],
    pattern: &'a str,
    lemma: &'a str,
}

/// One event record of FORMAT.md (required and expected fields, then evidence).
#[derive(Serialize)]
struct EventRecord<'a> {
    doc_id: &'a str,
    code: &'a str,
    root: &'a str,
    quad_class: u8,
    goldstein: f32,
    plover: Option<&'a str>,
    #[serde(flatten)]
    rest: RecordRest<'a>,
}

/// The same record for `--ontology plover`: the ontology named, the PLOVER category first,
/// the CAMEO code kept.
#[derive(Serialize)]
struct PloverEventRecord<'a> {
    ontology: &'static str,
    plover: Option<&'a str>,
    doc_id: &'a str,
    code: &'a str,
    root: &'a str,
    quad_class: u8,
    goldstein: f32,
    #[serde(flatten)]
    rest: RecordRest<'a>,
}

/// The fields after the codes: actors, date, modality, sentence and evidence.
#[derive(Serialize)]
struct RecordRest<'a> {
    source: ActorRecord<'a>,
    target: Option<ActorRecord<'a>>,
    date: Option<String>,
    date_basis: &'static str,
    negated: bool,
    modality: &'static str,
    sentence_index: usize,
    span: [usize; 2],
    sentence: &'a str,
    trigger: TriggerRecord<'a>,
    notes: &'a [String],
}

fn actor<'a>(a: &'a EventActor, offsets: &CharOffsets) -> ActorRecord<'a> {
    ActorRecord { code: &a.code, text: &a.text, span: offsets.span(a.span), how: a.how, entries: &a.entries }
}

/// One event's JSONL record (FORMAT.md), as `hadath code --format jsonl` prints it.
pub fn event_record(text: &str, offsets: &CharOffsets, e: &Event) -> serde_json::Result<String> {
    serde_json::to_string(&record(text, offsets, e))
}

fn record<'a>(text: &'a str, offsets: &CharOffsets, e: &'a Event) -> EventRecord<'a> {
    EventRecord {
        doc_id: &e.doc_id,
        code: &e.code,
        root: &e.root,
        quad_class: e.quad_class,
        goldstein: e.goldstein,
        plover: (!e.plover.is_empty()).then_some(e.plover.as_str()),
        rest: rest(text, offsets, e),
    }
}

fn plover_record<'a>(text: &'a str, offsets: &CharOffsets, e: &'a Event) -> PloverEventRecord<'a> {
    PloverEventRecord {
        ontology: "plover",
        plover: (!e.plover.is_empty()).then_some(e.plover.as_str()),
        doc_id: &e.doc_id,
        code: &e.code,
        root: &e.root,
        quad_class: e.quad_class,
        goldstein: e.goldstein,
        rest: rest(text, offsets, e),
    }
}

fn rest<'a>(text: &'a str, offsets: &CharOffsets, e: &'a Event) -> RecordRest<'a> {
    RecordRest {
        span: offsets.span(e.sentence_span),
        source: actor(&e.source, offsets),
        target: e.target.as_ref().map(|t| actor(t, offsets)),
        date: e.date.map(|d| d.to_string()),
        date_basis: e.date_basis.as_str(),
        negated: e.negated(),
        modality: e.modality.as_str(),
        sentence_index: e.sentence_index,
        sentence: e.sentence_span.slice(text),
        trigger: TriggerRecord {
            text: &e.trigger_text,
            span: offsets.span(e.trigger_span),
            pattern: &e.pattern,
            lemma: &e.lemma,
        },
        notes: &e.notes,
    }
}

/// Writes the events of one document (CAMEO codes).
pub fn write_events(out: &mut impl Write, format: Format, text: &str, events: &[Event]) -> io::Result<()> {
    write_events_in(out, format, Ontology::Cameo, text, events)
}

/// The code an event shows in `ontology` (an event without a PLOVER category shows none).
fn shown_code(e: &Event, ontology: Ontology) -> &str {
    match ontology {
        Ontology::Cameo => &e.code,
        Ontology::Plover => &e.plover,
    }
}

/// Writes the events of one document in `ontology`: with PLOVER, the table and CSV `code`
/// column holds the PLOVER category (CSV adds the CAMEO code as a last column), and JSONL
/// records name the ontology and put `plover` first.
pub fn write_events_in(out: &mut impl Write, format: Format, ontology: Ontology, text: &str, events: &[Event]) -> io::Result<()> {
    // Only JSONL reports character offsets.
    let offsets = CharOffsets::new(if format == Format::Jsonl { text } else { "" });
    for e in events {
        match format {
            Format::Jsonl => {
                match ontology {
                    Ontology::Cameo => serde_json::to_writer(&mut *out, &record(text, &offsets, e))?,
                    Ontology::Plover => serde_json::to_writer(&mut *out, &plover_record(text, &offsets, e))?,
                }
                out.write_all(b"\n")?;
            }
            Format::Csv => {
                let fields = [
                    e.doc_id.as_str(),
                    &e.sentence_index.to_string(),
                    &e.date.map(|d| d.to_string()).unwrap_or_default(),
                    e.date_basis.as_str(),
                    &e.source.code,
                    &e.source.text,
                    shown_code(e, ontology),
                    &e.target.as_ref().map(|t| t.code.clone()).unwrap_or_default(),
                    &e.target.as_ref().map(|t| t.text.clone()).unwrap_or_default(),
                    &e.root,
                    &e.quad_class.to_string(),
                    &e.goldstein.to_string(),
                    if e.negated() { "true" } else { "false" },
                    &e.trigger_text,
                    e.sentence_span.slice(text),
                ];
                if ontology == Ontology::Plover {
                    let mut with_cameo = fields.to_vec();
                    with_cameo.push(&e.code);
                    write_csv_row(out, &with_cameo)?;
                } else {
                    write_csv_row(out, &fields)?;
                }
            }
            Format::Table => {
                let date = e.date.map(|d| d.to_string()).unwrap_or_else(|| "-".into());
                let target = e.target.as_ref().map_or("-".to_string(), |t| format!("{} {}", t.code, isolate(&t.text)));
                let neg = if e.negated() { format!(" [{}]", e.modality.as_str()) } else { String::new() };
                writeln!(
                    out,
                    "{:<24} {:>3} {:<10} {:<5} {} {} → {}{}\n    {} {}",
                    truncate(&e.doc_id, 24),
                    e.sentence_index,
                    date,
                    match shown_code(e, ontology) {
                        "" => "-",
                        c => c,
                    },
                    e.source.code,
                    isolate(&e.source.text),
                    target,
                    neg,
                    isolate(&e.trigger_text),
                    isolate(&truncate(e.sentence_span.slice(text), 110)),
                )?;
            }
        }
    }
    Ok(())
}

pub const CSV_HEADER: &[&str] = &[
    "doc_id",
    "sentence_index",
    "date",
    "date_basis",
    "source_code",
    "source_text",
    "code",
    "target_code",
    "target_text",
    "root",
    "quad_class",
    "goldstein",
    "negated",
    "trigger",
    "sentence",
];

/// The CSV header with `--ontology plover`: `code` is the PLOVER category, `cameo_code` last.
pub const CSV_HEADER_PLOVER: &[&str] = &[
    "doc_id",
    "sentence_index",
    "date",
    "date_basis",
    "source_code",
    "source_text",
    "code",
    "target_code",
    "target_text",
    "root",
    "quad_class",
    "goldstein",
    "negated",
    "trigger",
    "sentence",
    "cameo_code",
];

/// Writes one CSV row (RFC 4180 quoting; `\n` line ends, as the coder's output always had).
pub fn write_csv_row(out: &mut impl Write, fields: &[&str]) -> io::Result<()> {
    hadath_store::export::write_csv_fields(out, fields)?;
    out.write_all(b"\n")
}

/// Wraps text in Unicode first-strong isolates so right-to-left text keeps its order and
/// does not drag the columns around it.
fn isolate(s: &str) -> String {
    format!("\u{2068}{s}\u{2069}")
}

fn truncate(s: &str, max: usize) -> String {
    let mut out: String = s.chars().take(max).collect();
    if s.chars().count() > max {
        out.push('…');
    }
    out.replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_scalar_values() {
        let text = "أعلنت روسيا. ثم";
        let o = CharOffsets::new(text);
        let start = text.find("ثم").expect("found");
        assert_eq!(o.at(start), 13);
        assert_eq!(o.span(Span::new(0, "أعلنت".len())), [0, 5]);
    }

    #[test]
    fn char_offsets_over_checkpoints() {
        let text = "ب".repeat(10_000) + "x";
        let o = CharOffsets::new(&text);
        assert_eq!(o.at(text.len() - 1), 10_000);
        assert_eq!(o.at(4096), 2048);
    }

    #[test]
    fn csv_quotes_when_needed() {
        let mut v = Vec::new();
        write_csv_row(&mut v, &["a", "b,c", "say \"hi\"", "x\ny"]).expect("write");
        assert_eq!(String::from_utf8(v).expect("utf8"), "a,\"b,c\",\"say \"\"hi\"\"\",\"x\ny\"\n");
    }
}
