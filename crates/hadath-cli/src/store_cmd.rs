//! The store commands: `ingest`, `recode`, `query`, `export`.
//!
//! `ingest` reads documents as `code` does, skips those the store holds already (same text or
//! URL) before coding them, codes the rest on all cores and stores each batch in one
//! transaction, so an interrupted run loses at most one batch and the next run completes it.

use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use anyhow::{Context as _, Result, bail};
use hadath_cli::input::{Input, read_all};
use hadath_cli::stored::{NamedActor, mentions, new_document, resolve_actor_name};
use hadath_core::{Coded, Coder, Document, Options};
use hadath_lexicon::PartialDate;
use hadath_store::{BatchStats, CountBy, EventFilter, EventRow, NewDocument, Store};

use crate::{load_lexicons, parse_date};

/// Documents per transaction.
const DEFAULT_BATCH: usize = 512;

#[derive(clap::Args, Debug)]
pub struct IngestArgs {
    /// Plain-text files, directories (recursively), JSONL files of
    /// {"id","text","date","title","url","source","lang"} records, or - for standard input.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// The store (created if missing).
    #[arg(long, default_value = "hadath.db")]
    db: PathBuf,
    /// Publication date (YYYY-MM-DD) of plain-text documents, and of JSONL records without one.
    #[arg(long, value_parser = parse_date)]
    date: Option<PartialDate>,
    /// Worker threads (default: all cores).
    #[arg(long)]
    threads: Option<usize>,
    /// More lexicon files (a .lex file or a directory); may be repeated.
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
    /// PETRARCH dictionary directories, converted in memory; may be repeated.
    #[arg(long = "petrarch-dicts")]
    petrarch_dicts: Vec<PathBuf>,
    /// Documents per transaction.
    #[arg(long, default_value_t = DEFAULT_BATCH)]
    batch: usize,
    /// Documents longer than this many megabytes are skipped (news articles are far
    /// shorter; a bigger "document" is a dump or a mistake).
    #[arg(long, default_value_t = DEFAULT_MAX_DOCUMENT_MB)]
    max_document_mb: usize,
    /// No progress bar and no summary.
    #[arg(long, short)]
    quiet: bool,
}

/// The default of `--max-document-mb`.
const DEFAULT_MAX_DOCUMENT_MB: usize = 16;

impl IngestArgs {
    /// Arguments for a quiet ingest (benchmarks): `threads` 0 means all cores.
    pub fn quiet(paths: Vec<PathBuf>, db: PathBuf, threads: usize) -> IngestArgs {
        IngestArgs {
            paths,
            db,
            date: None,
            threads: Some(threads),
            lexicons: Vec::new(),
            petrarch_dicts: Vec::new(),
            batch: DEFAULT_BATCH,
            max_document_mb: DEFAULT_MAX_DOCUMENT_MB,
            quiet: true,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct RecodeArgs {
    /// The store.
    #[arg(long, default_value = "hadath.db")]
    db: PathBuf,
    /// Code every document again, not only those coded with other lexicons.
    #[arg(long)]
    all: bool,
    #[arg(long)]
    threads: Option<usize>,
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
    /// PETRARCH dictionary directories, converted in memory; may be repeated.
    #[arg(long = "petrarch-dicts")]
    petrarch_dicts: Vec<PathBuf>,
    #[arg(long, short)]
    quiet: bool,
}

/// Filters shared by `query` and `export`.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct FilterArgs {
    /// An actor code prefix on either side (RUS, IGOUNO), or a name as the text writes it.
    #[arg(long)]
    actor: Option<String>,
    /// Source code prefix.
    #[arg(long)]
    source: Option<String>,
    /// Target code prefix.
    #[arg(long)]
    target: Option<String>,
    /// CAMEO code or root prefix (19, 1831).
    #[arg(long)]
    code: Option<String>,
    /// Quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    #[arg(long)]
    quad: Option<u8>,
    /// First date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive.
    #[arg(long)]
    from: Option<String>,
    /// Last date, inclusive (YYYY-MM includes the whole month).
    #[arg(long)]
    to: Option<String>,
    /// Events dated in this month (YYYY-MM), or dated to this year only (YYYY): the
    /// partitions of --count-by month and export --by-month.
    #[arg(long)]
    month: Option<String>,
    /// Country code of the source or the target.
    #[arg(long)]
    country: Option<String>,
    /// Outlet of a reporting document (the JSONL "source" field).
    #[arg(long)]
    outlet: Option<String>,
    /// Words a reporting sentence contains.
    #[arg(long)]
    text: Option<String>,
    #[arg(long)]
    limit: Option<usize>,
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

impl FilterArgs {
    fn filter(&self) -> EventFilter {
        let mut filter = EventFilter {
            actor: self.actor.clone(),
            source: self.source.clone(),
            target: self.target.clone(),
            code: self.code.clone(),
            quad_class: self.quad,
            from: self.from.clone(),
            to: self.to.clone(),
            month: self.month.clone(),
            country: self.country.clone(),
            outlet: self.outlet.clone(),
            text: self.text.clone(),
            limit: self.limit,
            offset: self.offset,
            ..EventFilter::default()
        };
        // A name the lexicons know selects by code (countries) or by the entry that coded the
        // events (people, organisations), in whichever language it is given; other names are
        // looked for in the texts of the mentions.
        if let Some(name) = self.actor.as_deref().filter(|a| !is_code_like(a)) {
            let (lex, _) = hadath_lexicon::Lexicon::builtin();
            match resolve_actor_name(&lex, name) {
                Some(NamedActor::Code(code)) => filter.actor = Some(code),
                Some(NamedActor::Entry(entry)) => {
                    filter.actor = None;
                    filter.actor_entries = vec![entry];
                }
                None => {}
            }
        }
        filter
    }
}

/// Letters and digits in ASCII capitals: an actor code (`RUS`, `IGOUNO`), not a name.
fn is_code_like(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum QueryFormat {
    Table,
    Jsonl,
    Csv,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum CountKey {
    Day,
    Month,
    Root,
    Actor,
}

#[derive(clap::Args, Debug)]
pub struct QueryArgs {
    #[arg(long, default_value = "hadath.db")]
    db: PathBuf,
    #[command(flatten)]
    filter: FilterArgs,
    #[arg(long, value_enum, default_value_t = QueryFormat::Table)]
    format: QueryFormat,
    /// Count the selected events by day, month, CAMEO root or source actor instead of listing them.
    #[arg(long, value_enum)]
    count_by: Option<CountKey>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// GDELT 2.0 events and mentions tables (tab-separated, header row) and hadath's extra fields.
    Gdelt,
    Csv,
    Jsonl,
    /// The event records of every mention, as `hadath code --format jsonl` prints them.
    Records,
    /// The event table (CSV columns, typed) as Apache Parquet; needs --out.
    Parquet,
}

#[derive(clap::Args, Debug)]
pub struct ExportArgs {
    #[arg(long, default_value = "hadath.db")]
    db: PathBuf,
    #[arg(long, value_enum)]
    format: ExportFormat,
    /// Output file (csv, jsonl, records; default: standard output) or directory (gdelt, and any
    /// format with --by-month).
    #[arg(long)]
    out: Option<PathBuf>,
    /// One file (set) per month of event date.
    #[arg(long)]
    by_month: bool,
    #[command(flatten)]
    filter: FilterArgs,
}

fn open_store(db: &Path) -> Result<Store> {
    Ok(Store::open(db)?)
}

/// A store that must exist already (query, export, recode never create one).
fn open_existing(db: &Path) -> Result<Store> {
    if !db.exists() {
        bail!("{}: no such store (create one with `hadath ingest`)", db.display());
    }
    open_store(db)
}

fn spinner(quiet: bool) -> Option<indicatif::ProgressBar> {
    (!quiet && io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new_spinner();
        bar.set_style(
            indicatif::ProgressStyle::with_template("{spinner} {elapsed} {pos} documents ({per_sec}) {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        bar
    })
}

#[derive(Debug, Default)]
struct IngestSummary {
    read: usize,
    unreadable: usize,
    other_language: usize,
    too_large: usize,
    stored: BatchStats,
}

pub fn ingest(args: IngestArgs) -> Result<ExitCode> {
    let started = Instant::now();
    let store = open_store(&args.db)?;
    // A second connection answers "stored already?" while the writer thread commits (WAL
    // lets it read beside the writer).
    let lookup = open_store(&args.db)?;
    let (lex, fingerprint) = load_lexicons(&args.lexicons, &args.petrarch_dicts, args.quiet)?;
    let coder = Coder::new(Arc::new(lex), Options::default());
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build().context("starting worker threads")?;
    let progress = spinner(args.quiet);
    let batch_size = args.batch.max(1);
    let max_bytes = args.max_document_mb.saturating_mul(1 << 20);
    let mut summary = IngestSummary::default();
    let events_added = AtomicUsize::new(0);
    let db = args.db.display().to_string();

    let (stored, failure) = std::thread::scope(|scope| {
        // Coding batch n+1 overlaps with storing batch n; the channel holds one batch, so
        // memory stays bounded and a crash loses at most the batches not yet committed.
        let (to_writer, from_coder) = std::sync::mpsc::sync_channel::<Vec<NewDocument>>(1);
        let writer = scope.spawn(|| write_batches(store, from_coder, &events_added, &db));
        let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
        let mut failure: Option<anyhow::Error> = None;
        let flush = |batch: &mut Vec<Document>, summary: &mut IngestSummary| -> Result<()> {
            let rows = code_batch(batch, summary, &lookup, &pool, &coder, &fingerprint)?;
            to_writer.send(rows).map_err(|_| anyhow::anyhow!("the store writer stopped"))?;
            if let Some(bar) = &progress {
                bar.set_message(format!("{} events added", events_added.load(Ordering::Relaxed)));
            }
            Ok(())
        };
        read_all(&args.paths, args.date, |input| {
            if failure.is_some() {
                return;
            }
            match input {
                Input::Doc(doc) => {
                    summary.read += 1;
                    if let Some(bar) = &progress {
                        bar.inc(1);
                    }
                    if doc.text.len() > max_bytes {
                        summary.too_large += 1;
                        let why = format!(
                            "hadath: skipped {}: document of {:.1} MB is over the limit of {} MB (--max-document-mb)",
                            doc.id,
                            doc.text.len() as f64 / 1e6,
                            args.max_document_mb
                        );
                        match &progress {
                            Some(bar) => bar.suspend(|| eprintln!("{why}")),
                            None => eprintln!("{why}"),
                        }
                        return;
                    }
                    batch.push(*doc);
                    if batch.len() >= batch_size
                        && let Err(e) = flush(&mut batch, &mut summary)
                    {
                        failure = Some(e);
                    }
                }
                Input::Error(e) => {
                    summary.unreadable += 1;
                    match &progress {
                        Some(bar) => bar.suspend(|| eprintln!("hadath: skipped {e}")),
                        None => eprintln!("hadath: skipped {e}"),
                    }
                }
            }
        });
        if failure.is_none()
            && let Err(e) = flush(&mut batch, &mut summary)
        {
            failure = Some(e);
        }
        drop(to_writer);
        // The writer's own error explains a failed send better than the send does.
        let stored = writer.join().unwrap_or_else(|_| Err(anyhow::anyhow!("the store writer panicked")));
        (stored, failure)
    });
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    let store = stored?;
    if let Some(e) = failure {
        return Err(e);
    }
    summary.stored += store.1;
    if !args.quiet {
        let counts = store.0.counts()?;
        eprintln!(
            "hadath: read {} documents in {:.1}s: {} added, {} already stored, {} in other languages, {} too large, \
             {} unreadable; {} mentions, {} new events (store: {} documents, {} events, {} mentions)",
            summary.read,
            started.elapsed().as_secs_f64(),
            summary.stored.documents_added,
            summary.stored.documents_known,
            summary.other_language,
            summary.too_large,
            summary.unreadable,
            summary.stored.mentions_added,
            summary.stored.events_added,
            counts.documents,
            counts.events,
            counts.mentions
        );
    }
    let nothing = summary.read == 0 && summary.unreadable > 0;
    Ok(if nothing { ExitCode::FAILURE } else { ExitCode::SUCCESS })
}

/// Codes a batch of read documents, skipping those stored already, into store rows.
fn code_batch(
    batch: &mut Vec<Document>,
    summary: &mut IngestSummary,
    lookup: &Store,
    pool: &rayon::ThreadPool,
    coder: &Coder,
    fingerprint: &str,
) -> Result<Vec<NewDocument>> {
    let mut fresh: Vec<Document> = Vec::with_capacity(batch.len());
    for doc in batch.drain(..) {
        if lookup.is_known(&doc.text, doc.url.as_deref())? {
            summary.stored.documents_known += 1;
        } else {
            fresh.push(doc);
        }
    }
    let coded: Vec<Coded> = pool.install(|| {
        use rayon::prelude::*;
        fresh.par_iter().map(|d| coder.code(d)).collect()
    });
    let mut rows: Vec<NewDocument> = Vec::with_capacity(fresh.len());
    for (doc, c) in fresh.iter().zip(&coded) {
        if matches!(c.lang, Some(hadath_text::Lang::Other(_))) {
            summary.other_language += 1;
            continue;
        }
        rows.push(new_document(doc, c, fingerprint));
    }
    Ok(rows)
}

/// The writer thread: stores each batch in one transaction; returns the store and totals.
fn write_batches(
    mut store: Store,
    batches: std::sync::mpsc::Receiver<Vec<NewDocument>>,
    events_added: &AtomicUsize,
    db: &str,
) -> Result<(Store, BatchStats)> {
    let mut total = BatchStats::default();
    for rows in batches {
        let stats = store.add_batch(&rows).with_context(|| format!("storing into {db}"))?;
        events_added.fetch_add(stats.events_added, Ordering::Relaxed);
        total += stats;
    }
    Ok((store, total))
}

pub fn recode(args: RecodeArgs) -> Result<ExitCode> {
    let mut store = open_existing(&args.db)?;
    let (lex, fingerprint) = load_lexicons(&args.lexicons, &args.petrarch_dicts, args.quiet)?;
    let coder = Coder::new(Arc::new(lex), Options::default());
    let pool =
        rayon::ThreadPoolBuilder::new().num_threads(args.threads.unwrap_or(0)).build().context("starting worker threads")?;
    let progress = spinner(args.quiet);
    let mut after = 0;
    let mut total = BatchStats::default();
    let mut documents = 0;
    loop {
        let docs = store.documents_to_recode(&fingerprint, args.all, after, DEFAULT_BATCH)?;
        let Some(last) = docs.last() else { break };
        after = last.id;
        let batch: Vec<(i64, Vec<hadath_store::NewMention>)> = pool.install(|| {
            use rayon::prelude::*;
            docs.par_iter()
                .map(|d| {
                    let doc = Document {
                        id: d.key.clone(),
                        text: d.text.clone(),
                        date: d.date.as_deref().and_then(PartialDate::parse),
                        title: d.title.clone(),
                        url: d.url.clone(),
                        source: d.source.clone(),
                        lang: None,
                    };
                    let coded = coder.code(&doc);
                    (d.id, mentions(&doc.text, &coded.events))
                })
                .collect()
        });
        total += store.replace_mentions(&batch, &fingerprint)?;
        documents += docs.len();
        if let Some(bar) = &progress {
            bar.inc(docs.len() as u64);
        }
    }
    if let Some(bar) = progress {
        bar.finish_and_clear();
    }
    if !args.quiet {
        let c = store.counts()?;
        eprintln!(
            "hadath: recoded {documents} documents: {} mentions, {} new events (store: {} events, {} mentions)",
            total.mentions_added, total.events_added, c.events, c.mentions
        );
    }
    Ok(ExitCode::SUCCESS)
}

pub fn query(args: QueryArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let filter = args.filter.filter();
    let mut out = BufWriter::new(io::stdout().lock());
    if let Some(by) = args.count_by {
        let by = match by {
            CountKey::Day => CountBy::Day,
            CountKey::Month => CountBy::Month,
            CountKey::Root => CountBy::Root,
            CountKey::Actor => CountBy::Actor,
        };
        let counts = store.count_events(&filter, by)?;
        for (key, n) in counts {
            match args.format {
                QueryFormat::Jsonl => writeln!(out, "{}", serde_json::json!({ "key": key, "events": n }))?,
                QueryFormat::Csv => writeln!(out, "{key},{n}")?,
                QueryFormat::Table => writeln!(out, "{:<12} {n}", if key.is_empty() { "-" } else { &key })?,
            }
        }
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows = store.query_events(&filter)?;
    match args.format {
        QueryFormat::Jsonl => {
            for r in &rows {
                writeln!(out, "{}", serde_json::to_string(r)?)?;
            }
        }
        QueryFormat::Csv => {
            drop(rows);
            store.export_csv(&filter, &mut out)?;
        }
        QueryFormat::Table => {
            for r in &rows {
                write_table_row(&mut out, r)?;
            }
        }
    }
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn write_table_row(out: &mut impl Write, r: &EventRow) -> io::Result<()> {
    let date = if r.date.is_empty() { "-" } else { &r.date };
    let target = if r.target.is_empty() { "-" } else { &r.target };
    // The sentence is isolated so right-to-left text cannot reorder the columns.
    let sentence: String = r.sentence.chars().take(110).collect();
    writeln!(
        out,
        "{:>6} {:<10} {:<5} {} → {}  ×{} ({} articles, {} sources)\n       \u{2068}{}\u{2069}",
        r.id, date, r.code, r.source, target, r.num_mentions, r.num_articles, r.num_sources, sentence
    )
}

pub fn export(args: ExportArgs) -> Result<ExitCode> {
    let store = open_existing(&args.db)?;
    let filter = args.filter.filter();
    let months: Vec<String> = if args.by_month {
        store
            .count_events(&EventFilter { limit: None, offset: 0, ..filter.clone() }, CountBy::Month)?
            .into_iter()
            .map(|(m, _)| m)
            .collect()
    } else {
        vec![String::new()]
    };
    let needs_dir = args.format == ExportFormat::Gdelt || args.by_month;
    let dir = match (&args.out, needs_dir) {
        (Some(d), true) => {
            std::fs::create_dir_all(d).with_context(|| format!("creating {}", d.display()))?;
            Some(d.clone())
        }
        (None, true) => bail!("--out DIR is needed for {}", if args.by_month { "--by-month" } else { "--format gdelt" }),
        _ => None,
    };
    let mut written = 0;
    let mut undated = 0;
    for month in &months {
        let (f, suffix) = if !args.by_month {
            (filter.clone(), String::new())
        } else if month.is_empty() {
            // Events without a date belong to no month.
            undated += store
                .count_events(&EventFilter { limit: None, offset: 0, ..filter.clone() }, CountBy::Month)?
                .iter()
                .filter(|(m, _)| m.is_empty())
                .map(|(_, n)| *n)
                .sum::<u64>();
            continue;
        } else {
            (EventFilter { month: Some(month.clone()), ..filter.clone() }, format!("-{month}"))
        };
        written += match (&dir, args.format) {
            (Some(d), ExportFormat::Gdelt) => {
                let mut events = create(&d.join(format!("events{suffix}.tsv")))?;
                let mut extras = create(&d.join(format!("events{suffix}.hadath.tsv")))?;
                let mut mentions = create(&d.join(format!("mentions{suffix}.tsv")))?;
                let n = store.export_gdelt_events(&f, &mut events, &mut extras)?;
                store.export_gdelt_mentions(&f, &mut mentions)?;
                for w in [&mut events, &mut extras, &mut mentions] {
                    w.flush()?;
                }
                n
            }
            (Some(d), ExportFormat::Parquet) => export_parquet(&store, &f, &d.join(format!("events{suffix}.parquet")))?,
            (Some(d), format) => {
                let ext = match format {
                    ExportFormat::Csv => "csv",
                    _ => "jsonl",
                };
                let name = if format == ExportFormat::Records { "records" } else { "events" };
                let mut w = create(&d.join(format!("{name}{suffix}.{ext}")))?;
                let n = write_flat(&store, &f, format, &mut w)?;
                w.flush()?;
                n
            }
            (None, ExportFormat::Parquet) => match &args.out {
                Some(path) => export_parquet(&store, &f, path)?,
                None => bail!("--format parquet writes a file: give --out FILE"),
            },
            (None, format) => match &args.out {
                Some(path) => {
                    let mut w = create(path)?;
                    let n = write_flat(&store, &f, format, &mut w)?;
                    w.flush()?;
                    n
                }
                None => {
                    let mut w = BufWriter::new(io::stdout().lock());
                    let n = write_flat(&store, &f, format, &mut w)?;
                    w.flush()?;
                    n
                }
            },
        };
    }
    eprintln!("hadath: exported {written} {}", if args.format == ExportFormat::Records { "records" } else { "events" });
    if undated > 0 {
        eprintln!("hadath: {undated} events without a date belong to no month and were not written");
    }
    Ok(ExitCode::SUCCESS)
}

fn write_flat(store: &Store, f: &EventFilter, format: ExportFormat, w: &mut impl Write) -> Result<usize> {
    Ok(match format {
        ExportFormat::Csv => store.export_csv(f, w)?,
        ExportFormat::Jsonl => store.export_jsonl(f, w)?,
        ExportFormat::Records => store.export_records(f, w)?,
        ExportFormat::Gdelt => bail!("--format gdelt writes a directory: give --out DIR"),
        ExportFormat::Parquet => bail!("--format parquet writes a file: give --out FILE"),
    })
}

#[cfg(feature = "parquet")]
fn export_parquet(store: &Store, f: &EventFilter, path: &Path) -> Result<usize> {
    let file = File::create(path).with_context(|| format!("creating {}", path.display()))?;
    store.export_parquet(f, BufWriter::new(file)).with_context(|| format!("writing {}", path.display()))
}

#[cfg(not(feature = "parquet"))]
fn export_parquet(_: &Store, _: &EventFilter, _: &Path) -> Result<usize> {
    bail!("this hadath was built without Parquet support (rebuild with the default features, or --features parquet)")
}

fn create(path: &Path) -> Result<BufWriter<File>> {
    Ok(BufWriter::new(File::create(path).with_context(|| format!("creating {}", path.display()))?))
}
