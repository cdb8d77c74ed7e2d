//! `hadath bench --store`: the store's two figures of merit.
//!
//! 1. Ingest: generated Arabic articles (see [`hadath_cli::synth`]) written to a JSONL file
//!    and ingested by the real `ingest` path (read, skip known, code, store in batches), on
//!    one worker thread and then on all cores; articles per second.
//! 2. Queries: a store filled with generated events (a million by default), then the queries
//!    an analyst runs most (an actor in a month, a dyad over a year, counts by month, a root
//!    and quad class, full-text words), each run repeatedly; median and worst milliseconds.

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context as _, Result};
use std::sync::Arc;

use hadath_cli::input::{Input, read_all};
use hadath_cli::synth;
use hadath_core::{Coder, Options};
use hadath_lexicon::Lexicon;
use hadath_store::{CountBy, EventFilter, NewDocument, Store};

use crate::store_cmd;

/// Runs of each query.
const QUERY_RUNS: usize = 15;

pub fn run(articles: usize, events: usize, keep_db: Option<&Path>) -> Result<()> {
    let scratch = std::env::temp_dir().join(format!("hadath-bench-store-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).with_context(|| format!("creating {}", scratch.display()))?;
    let result = run_in(&scratch, articles, events, keep_db);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn run_in(scratch: &Path, articles: usize, events: usize, keep_db: Option<&Path>) -> Result<()> {
    let mut out = std::io::stdout().lock();
    if articles > 0 {
        bench_ingest(&mut out, scratch, articles)?;
    }
    if events > 0 {
        let db = keep_db.map_or_else(|| scratch.join("events.db"), Path::to_path_buf);
        bench_queries(&mut out, &db, events)?;
    }
    Ok(())
}

fn bench_ingest(out: &mut impl Write, scratch: &Path, articles: usize) -> Result<()> {
    let corpus = scratch.join("articles.jsonl");
    std::fs::write(&corpus, synth::article_corpus(articles, 42)).context("writing the generated corpus")?;
    let bytes = std::fs::metadata(&corpus)?.len();
    writeln!(out, "ingest: {articles} generated articles, {:.1} MB", bytes as f64 / 1e6)?;
    bench_coding_alone(out, &corpus, articles, bytes)?;
    for threads in [1, 0] {
        let db = scratch.join(format!("ingest-{threads}.db"));
        let t = Instant::now();
        store_cmd::ingest(store_cmd::IngestArgs::quiet(vec![corpus.clone()], db.clone(), threads))?;
        let secs = t.elapsed().as_secs_f64();
        let counts = Store::open(&db)?.counts()?;
        let label = if threads == 1 {
            "1 thread ".to_string()
        } else {
            format!("{} threads", available_threads()).replace("1 threads", "1 thread ")
        };
        writeln!(
            out,
            "  {label}: {:>7.0} articles/s {:>5.2} MB/s ({} documents, {} events, {} mentions, {secs:.2}s)",
            articles as f64 / secs,
            bytes as f64 / 1e6 / secs,
            counts.documents,
            counts.events,
            counts.mentions
        )?;
        // The same input again: every document is known, nothing is coded.
        if threads == 1 {
            let t = Instant::now();
            store_cmd::ingest(store_cmd::IngestArgs::quiet(vec![corpus.clone()], db.clone(), 1))?;
            let again = t.elapsed().as_secs_f64();
            let unchanged = Store::open(&db)?.counts()? == counts;
            writeln!(out, "  again    : {:>7.0} articles/s (all known; counts unchanged: {unchanged})", articles as f64 / again)?;
        }
    }
    Ok(())
}

/// The coder alone on the same articles, one thread: what the store adds is the difference.
fn bench_coding_alone(out: &mut impl Write, corpus: &Path, articles: usize, bytes: u64) -> Result<()> {
    let mut docs = Vec::with_capacity(articles);
    read_all(&[corpus.to_path_buf()], None, |input| {
        if let Input::Doc(d) = input {
            docs.push(*d);
        }
    });
    let (lex, _) = Lexicon::builtin();
    let coder = Coder::new(Arc::new(lex), Options::default());
    let t = Instant::now();
    let events: usize = docs.iter().map(|d| coder.code(d).events.len()).sum();
    let secs = t.elapsed().as_secs_f64();
    writeln!(
        out,
        "  coding alone, 1 thread: {:>7.0} articles/s {:>5.2} MB/s ({events} events)",
        docs.len() as f64 / secs,
        bytes as f64 / 1e6 / secs
    )?;
    Ok(())
}

fn available_threads() -> usize {
    std::thread::available_parallelism().map_or(1, usize::from)
}

fn bench_queries(out: &mut impl Write, db: &Path, events: usize) -> Result<()> {
    let mut store = Store::open(db)?;
    let started = Instant::now();
    let mut added = 0;
    // Generated events may coincide (same day, actors and code): fill until there are enough.
    loop {
        let counts = store.counts()?;
        let Some(missing) = events.checked_sub(counts.events as usize).filter(|&m| m > 0) else { break };
        fill(&mut store, missing, counts.documents as usize)?;
        added += missing;
    }
    if added > 0 {
        writeln!(out, "queries: filled {} with generated events in {:.1}s", db.display(), started.elapsed().as_secs_f64())?;
    }
    let counts = store.counts()?;
    writeln!(out, "queries over {} events, {} mentions, {} documents:", counts.events, counts.mentions, counts.documents)?;
    let month = EventFilter {
        actor: Some("RUS".into()),
        from: Some("2020-03".into()),
        to: Some("2020-03".into()),
        ..EventFilter::default()
    };
    time_query(out, "actor RUS, one month", || Ok(store.query_events(&month)?.len()))?;
    let dyad = EventFilter {
        source: Some("ISR".into()),
        target: Some("PSE".into()),
        from: Some("2023".into()),
        to: Some("2023".into()),
        ..EventFilter::default()
    };
    time_query(out, "dyad ISR→PSE, one year", || Ok(store.query_events(&dyad)?.len()))?;
    let by_month = EventFilter { actor: Some("IRN".into()), ..EventFilter::default() };
    time_query(out, "actor IRN, count by month", || Ok(store.count_events(&by_month, CountBy::Month)?.len()))?;
    let root = EventFilter {
        code: Some("19".into()),
        quad_class: Some(4),
        from: Some("2024-06".into()),
        to: Some("2024-06".into()),
        limit: Some(100),
        ..EventFilter::default()
    };
    time_query(out, "root 19, one month, first 100", || Ok(store.query_events(&root)?.len()))?;
    let country =
        EventFilter { country: Some("SYR".into()), from: Some("2019".into()), to: Some("2019".into()), ..EventFilter::default() };
    time_query(out, "country SYR, one year, count by root", || Ok(store.count_events(&country, CountBy::Root)?.len()))?;
    let words = EventFilter { text: Some("RUSMIL 190".into()), limit: Some(100), ..EventFilter::default() };
    time_query(out, "full text, first 100", || Ok(store.query_events(&words)?.len()))?;
    Ok(())
}

/// Adds about `events` generated events in documents numbered from `first_document`, 1,000
/// documents per transaction.
fn fill(store: &mut Store, events: usize, first_document: usize) -> Result<()> {
    let mut batch: Vec<NewDocument> = Vec::with_capacity(1000);
    for doc in synth::event_documents(events, 5, first_document as u64 + 1, first_document, "synthetic") {
        batch.push(doc);
        if batch.len() == 1000 {
            store.add_batch(&batch)?;
            batch.clear();
        }
    }
    store.add_batch(&batch)?;
    Ok(())
}

fn time_query(out: &mut impl Write, name: &str, mut query: impl FnMut() -> Result<usize>) -> Result<()> {
    let mut times = Vec::with_capacity(QUERY_RUNS);
    let mut rows = 0;
    for _ in 0..QUERY_RUNS {
        let t = Instant::now();
        rows = query()?;
        times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    let first = times[0];
    times.sort_by(f64::total_cmp);
    writeln!(
        out,
        "  {name:<38} {rows:>6} rows  median {:>7.2} ms  worst {:>7.2} ms  (first run {:.2} ms)",
        times[times.len() / 2],
        times[times.len() - 1],
        first
    )?;
    Ok(())
}
