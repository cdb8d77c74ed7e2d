//! `hadath`: code Arabic (and English) news into CAMEO event data.
//!
//! This crate is glue: argument parsing, reading inputs, threads, progress and output
//! formats. The coding itself is `hadath-core`; the lexicons are `hadath-lexicon`.

mod bench;
mod petrarch_cmd;
mod serve_cmd;
mod store_bench;
mod store_cmd;

use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Context as _, Result, bail};
use clap::{Parser, Subcommand};
use hadath_core::{Coded, Coder, Document, Options};
use hadath_lexicon::{Lexicon, PartialDate, Source};

use hadath_cli::input::{Input, read_all};
use hadath_cli::output::{CSV_HEADER, CSV_HEADER_PLOVER, Format, Ontology, write_csv_row, write_events_in};

#[derive(Parser, Debug)]
#[command(name = "hadath", version, about = "Code Arabic and English news into CAMEO event data: who did what to whom, when.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Code documents into events.
    Code(CodeArgs),
    /// Inspect the lexicons.
    Lexicon {
        #[command(subcommand)]
        command: LexiconCommand,
    },
    /// Score event records against gold lines (semantics of shared/tools/score-events).
    Eval(EvalArgs),
    /// Measure throughput: sentences/s and MB/s from raw text to events, start-up, memory.
    Bench(bench::BenchArgs),
    /// Code documents into the event store (SQLite): new documents only, events deduplicated.
    Ingest(store_cmd::IngestArgs),
    /// Code the stored documents again with the current lexicons.
    Recode(store_cmd::RecodeArgs),
    /// Select stored events by actor, code, dates, country, outlet or words.
    Query(store_cmd::QueryArgs),
    /// Write stored events as GDELT 2.0 tables, CSV, JSONL or the original records.
    Export(store_cmd::ExportArgs),
    /// Serve the web workbench over a store: events, timeline, network, articles, coding pasted text.
    Serve(serve_cmd::ServeArgs),
}

#[derive(clap::Args, Debug)]
struct CodeArgs {
    /// Plain-text files (the id is the file stem), directories (read recursively), JSONL files
    /// of {"id","text","date","title","url","source","lang"} records, or - for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Publication date (YYYY-MM-DD) of plain-text documents, and of JSONL records without one.
    #[arg(long, value_parser = parse_date)]
    date: Option<PartialDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    format: Format,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// More lexicon files (a .lex file or a directory of them); they add to and override the
    /// built-in lexicons. May be repeated.
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
    /// PETRARCH/TABARI dictionary directories (verbs, actors, agents, discards), converted in
    /// memory and loaded after the built-in lexicons (see `hadath lexicon import-petrarch`).
    #[arg(long = "petrarch-dicts")]
    petrarch_dicts: Vec<PathBuf>,
    /// Event ontology of the `code` column: CAMEO codes, or PLOVER categories (table and CSV
    /// show the PLOVER category; JSONL keeps both, PLOVER first, and says which).
    #[arg(long, value_enum, default_value_t = Ontology::Cameo)]
    ontology: Ontology,
    /// Also print negated and hypothetical events (marked `"negated": true`).
    #[arg(long)]
    keep_negated: bool,
    /// Instead of events, print how each sentence was read (noun phrases, triggers, cues,
    /// dates, clause breaks, drafts).
    #[arg(long)]
    explain: bool,
    /// No progress bar and no summary on standard error.
    #[arg(long, short)]
    quiet: bool,
}

#[derive(Subcommand, Debug)]
enum LexiconCommand {
    /// Show what the lexicons make of a text: each token's readings and the entries found.
    Lookup {
        /// Text to look up (Arabic or English).
        text: String,
        /// More lexicon files to load first.
        #[arg(long = "lexicon")]
        lexicons: Vec<PathBuf>,
        /// PETRARCH dictionary directories to load first.
        #[arg(long = "petrarch-dicts")]
        petrarch_dicts: Vec<PathBuf>,
    },
    /// Entry counts by kind.
    Stats {
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// More lexicon files to load first.
        #[arg(long = "lexicon")]
        lexicons: Vec<PathBuf>,
        /// PETRARCH dictionary directories to load first.
        #[arg(long = "petrarch-dicts")]
        petrarch_dicts: Vec<PathBuf>,
    },
    /// Convert PETRARCH/TABARI dictionaries (verbs, actors, agents, discards, issues) into
    /// .lex files, with IMPORT-REPORT.txt listing every entry approximated or skipped.
    ImportPetrarch {
        /// Directory of PETRARCH dictionary files (.txt).
        dir: PathBuf,
        /// Output directory for the .lex files and IMPORT-REPORT.txt.
        #[arg(long)]
        out: PathBuf,
    },
}

#[derive(clap::Args, Debug)]
struct EvalArgs {
    /// Gold lines (JSONL).
    #[arg(required_unless_present = "petrarch_records")]
    gold: Option<PathBuf>,
    /// System event records (JSONL), e.g. from `hadath code --format jsonl`.
    #[arg(required_unless_present = "petrarch_records")]
    system: Option<PathBuf>,
    /// Instead: code the <Sentence> records of a PETRARCH validation file (their <Text>) and
    /// compare with their <EventCoding> lines.
    #[arg(long, conflicts_with_all = ["gold", "system"])]
    petrarch_records: Option<PathBuf>,
    /// PETRARCH dictionary directories to code with (for --petrarch-records).
    #[arg(long = "petrarch-dicts")]
    petrarch_dicts: Vec<PathBuf>,
    /// More lexicon files to code with (for --petrarch-records).
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
    /// List misses, extras and forbidden hits per document (with --petrarch-records: expected
    /// and coded events of each failing record).
    #[arg(long)]
    verbose: bool,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
}

pub(crate) fn parse_date(s: &str) -> Result<PartialDate, String> {
    PartialDate::parse(s).ok_or_else(|| format!("{s:?} is not a date (want YYYY-MM-DD)"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Code(args) => run_code(args),
        Command::Lexicon { command: LexiconCommand::Stats { json, lexicons, petrarch_dicts } } => {
            run_stats(json, &lexicons, &petrarch_dicts)
        }
        Command::Lexicon { command: LexiconCommand::Lookup { text, lexicons, petrarch_dicts } } => {
            run_lookup(&text, &lexicons, &petrarch_dicts)
        }
        Command::Lexicon { command: LexiconCommand::ImportPetrarch { dir, out } } => petrarch_cmd::import(&dir, &out),
        Command::Eval(args) => run_eval(&args),
        Command::Bench(args) => bench::run(args).map(|()| ExitCode::SUCCESS),
        Command::Ingest(args) => store_cmd::ingest(args),
        Command::Recode(args) => store_cmd::recode(args),
        Command::Query(args) => store_cmd::query(args),
        Command::Export(args) => store_cmd::export(args),
        Command::Serve(args) => serve_cmd::serve(args),
    };
    match result {
        Ok(code) => code,
        // A closed pipe (`hadath ... | head`) is not an error.
        Err(e) if e.downcast_ref::<io::Error>().is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("hadath: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

/// Loads the built-in lexicons plus the user's; lexicon problems are warnings.
fn load_lexicon(extra: &[PathBuf], petrarch: &[PathBuf], quiet: bool) -> Result<Lexicon> {
    Ok(load_lexicons(extra, petrarch, quiet)?.0)
}

/// [`load_lexicon`] without PETRARCH dictionaries, with a fingerprint of the files.
pub(crate) fn load_lexicon_with_fingerprint(extra: &[PathBuf], quiet: bool) -> Result<(Lexicon, String)> {
    load_lexicons(extra, &[], quiet)
}

/// The built-in lexicons, then the PETRARCH dictionaries (converted in memory), then the
/// user's lexicon files; with a fingerprint of all of them (for the store's `recode`).
pub(crate) fn load_lexicons(extra: &[PathBuf], petrarch: &[PathBuf], quiet: bool) -> Result<(Lexicon, String)> {
    let mut sources: Vec<Source> = hadath_lexicon::builtin_sources();
    sources.extend(petrarch_cmd::sources(petrarch, quiet)?);
    for dir in extra {
        sources.extend(hadath_lexicon::read_sources(dir).with_context(|| format!("loading lexicon {}", dir.display()))?);
    }
    let (lex, diagnostics) = Lexicon::compile(&sources);
    if !quiet {
        for d in &diagnostics {
            eprintln!("hadath: lexicon warning: {d}");
        }
    }
    Ok((lex, hadath_cli::stored::lexicon_fingerprint(&sources)))
}

/// Documents coded per parallel batch; output stays in input order.
const BATCH: usize = 256;

fn run_code(args: CodeArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let lex = load_lexicon(&args.lexicons, &args.petrarch_dicts, args.quiet)?;
    let coder = Coder::new(Arc::new(lex), Options { keep_negated: args.keep_negated, ..Options::default() });
    let threads = args.threads.unwrap_or(0);
    let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().context("starting worker threads")?;
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if args.format == Format::Csv {
        write_csv_row(&mut out, if args.ontology == Ontology::Plover { CSV_HEADER_PLOVER } else { CSV_HEADER })?;
    }
    let progress = (!args.quiet && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    });
    let mut stats = RunStats::default();
    let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
    let mut write_error: Option<io::Error> = None;
    let mut flush = |batch: &mut Vec<Document>, stats: &mut RunStats, out: &mut BufWriter<io::StdoutLock>| {
        if args.explain {
            for doc in batch.iter() {
                if write_error.is_none()
                    && let Err(e) = write!(out, "═ {}\n{}", doc.id, coder.explain(doc))
                {
                    write_error = Some(e);
                }
            }
            batch.clear();
            return;
        }
        let coded: Vec<Coded> = pool.install(|| {
            use rayon::prelude::*;
            batch.par_iter().map(|d| coder.code(d)).collect()
        });
        for (doc, c) in batch.iter().zip(&coded) {
            stats.add(doc, c);
            for d in &c.diagnostics {
                if !args.quiet && !d.starts_with("no publication date") {
                    eprintln!("hadath: {}: {d}", doc.id);
                }
            }
            if write_error.is_none()
                && let Err(e) = write_events_in(out, args.format, args.ontology, &doc.text, &c.events)
            {
                write_error = Some(e);
            }
        }
        if let Some(bar) = &progress {
            bar.inc(batch.len() as u64);
            bar.set_message(format!("{} events", stats.events));
        }
        batch.clear();
    };
    read_all(&args.paths, args.date, |input| match input {
        Input::Doc(doc) => {
            batch.push(*doc);
            if batch.len() >= BATCH {
                flush(&mut batch, &mut stats, &mut out);
            }
        }
        Input::Error(e) => {
            stats.errors += 1;
            if let Some(bar) = &progress {
                bar.suspend(|| eprintln!("hadath: skipped {e}"));
            } else {
                eprintln!("hadath: skipped {e}");
            }
        }
    });
    flush(&mut batch, &mut stats, &mut out);
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if let Some(e) = write_error {
        if e.kind() == io::ErrorKind::BrokenPipe {
            return Ok(ExitCode::SUCCESS);
        }
        bail!("writing output: {e}");
    }
    if let Err(e) = out.flush()
        && e.kind() != io::ErrorKind::BrokenPipe
    {
        bail!("writing output: {e}");
    }
    if !args.quiet {
        eprintln!("{}", stats.summary(started.elapsed().as_secs_f64()));
    }
    Ok(if stats.coded == 0 && stats.errors > 0 { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

#[derive(Debug, Default)]
struct RunStats {
    coded: usize,
    skipped_language: usize,
    errors: usize,
    sentences: usize,
    events: usize,
    bytes: usize,
}

impl RunStats {
    fn add(&mut self, doc: &Document, c: &Coded) {
        if matches!(c.lang, Some(hadath_text::Lang::Other(_))) {
            self.skipped_language += 1;
        } else {
            self.coded += 1;
        }
        self.sentences += c.sentences;
        self.events += c.events.len();
        self.bytes += doc.text.len();
    }

    fn summary(&self, seconds: f64) -> String {
        let mut s = format!(
            "hadath: coded {} documents ({} sentences, {:.1} MB) into {} events in {:.2}s",
            self.coded,
            self.sentences,
            self.bytes as f64 / 1e6,
            self.events,
            seconds
        );
        if self.skipped_language > 0 {
            s.push_str(&format!("; {} in other languages skipped", self.skipped_language));
        }
        if self.errors > 0 {
            s.push_str(&format!("; {} inputs could not be read", self.errors));
        }
        s
    }
}

fn run_stats(json: bool, extra: &[PathBuf], petrarch: &[PathBuf]) -> Result<ExitCode> {
    let lex = load_lexicon(extra, petrarch, false)?;
    let s = lex.stats();
    let rows: Vec<(&str, usize)> = vec![
        ("files", s.files),
        ("countries", s.countries),
        ("organisations", s.organisations),
        ("people", s.people),
        ("dated_roles", s.dated_roles),
        ("city_names", s.city_names),
        ("agent_phrases_ar", s.agent_phrases_ar),
        ("agent_phrases_en", s.agent_phrases_en),
        ("verb_patterns", s.verb_patterns),
        ("noun_patterns", s.noun_patterns),
        ("cameo_roots_covered", s.roots_covered),
        ("cues", s.cues),
        ("date_words", s.date_words),
        ("discard_phrases", s.discards),
        ("actor_names_ar", s.names_ar),
        ("actor_names_en", s.names_en),
        ("cameo_codes", s.cameo_codes),
        ("distinct_words", s.distinct_words),
        ("trie_nodes", s.trie_nodes),
        ("fuzzy_names", s.fuzzy_names),
    ];
    let mut out = io::stdout().lock();
    if json {
        let map: serde_json::Map<String, serde_json::Value> = rows.iter().map(|(k, v)| (k.to_string(), (*v).into())).collect();
        writeln!(out, "{}", serde_json::Value::Object(map))?;
    } else {
        for (k, v) in rows {
            writeln!(out, "{k:<22} {v}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn run_lookup(text: &str, extra: &[PathBuf], petrarch: &[PathBuf]) -> Result<ExitCode> {
    let lex = load_lexicon(extra, petrarch, false)?;
    let analysis = hadath_text::Analysis::new(text);
    let hits = lex.lookup_all(&analysis);
    let mut out = io::stdout().lock();
    for (i, t) in analysis.tokens.iter().enumerate() {
        let readings: Vec<String> = hits[i]
            .iter()
            .map(|h| {
                let mut r = format!("word#{}", h.word);
                if h.proclitic != hadath_text::clitics::Proclitic::NONE {
                    r.push_str(&format!(" {:?}", h.proclitic));
                }
                if h.enclitic {
                    r.push_str(" +pronoun");
                }
                r
            })
            .collect();
        writeln!(out, "{i:>3} {} [{}] {}", t.span.slice(text), t.norm_str(&analysis.norm), readings.join("; "))?;
        lex.phrases_at(&hits, i, |end, payloads| {
            for p in payloads {
                let what = match *p {
                    hadath_lexicon::Payload::Actor(a)
                    | hadath_lexicon::Payload::Capital(a)
                    | hadath_lexicon::Payload::City(a) => {
                        let a = &lex.actors[a as usize];
                        format!("{p:?} {} ({}) {}", a.id, a.code_at(None), lex.origin_label(a.origin))
                    }
                    hadath_lexicon::Payload::Nisba { actor, .. } => {
                        format!("{p:?} {}", lex.actors[actor as usize].id)
                    }
                    hadath_lexicon::Payload::Agent(a) => {
                        let a = &lex.agents[a as usize];
                        format!("agent {} {:?} {}", a.role, a.phrase, lex.origin_label(a.origin))
                    }
                    hadath_lexicon::Payload::Trigger { pattern, form } => {
                        let pt = &lex.patterns[pattern as usize];
                        format!("trigger {:?} {} {} {}", form, pt.code, pt.lemma, lex.origin_label(pt.origin))
                    }
                    other => format!("{other:?}"),
                };
                let _ = writeln!(out, "      [{i}..{end}) {what}");
            }
        });
    }
    Ok(ExitCode::SUCCESS)
}

fn run_eval(args: &EvalArgs) -> Result<ExitCode> {
    if let Some(records) = &args.petrarch_records {
        let lex = load_lexicon(&args.lexicons, &args.petrarch_dicts, false)?;
        return petrarch_cmd::eval(records, lex, false, args.verbose, args.json);
    }
    let (Some(gold_path), Some(system_path)) = (&args.gold, &args.system) else {
        bail!("eval needs GOLD and SYSTEM files, or --petrarch-records FILE");
    };
    let read = |p: &PathBuf| -> Result<Vec<serde_json::Value>> {
        let text = std::fs::read_to_string(p).with_context(|| format!("reading {}", p.display()))?;
        Ok(hadath_eval::read_jsonl(&p.display().to_string(), &text)?)
    };
    let gold = hadath_eval::parse_gold(&gold_path.display().to_string(), &read(gold_path)?)?;
    let records = hadath_eval::parse_records(&read(system_path)?);
    let mut scores = Vec::new();
    let mut out = io::stdout().lock();
    for level in [hadath_eval::Level::Root, hadath_eval::Level::Code] {
        let (s, details) = hadath_eval::score(&gold, &records, level);
        if !args.json {
            writeln!(out, "{}", s.line())?;
            if args.verbose && level == hadath_eval::Level::Code {
                write!(out, "{}", hadath_eval::verbose(&details))?;
            }
        }
        scores.push(s);
    }
    if args.json {
        writeln!(out, "{}", serde_json::to_string(&scores)?)?;
    }
    Ok(ExitCode::SUCCESS)
}
