//! `hadath bench`: throughput of the whole path, raw text to events, on real documents.
//!
//! Reads documents, repeats them until the corpus holds the requested number of sentences,
//! then codes it on one thread and on each requested thread count, and prints start-up time,
//! sentences per second, MB per second, scaling and peak memory.

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use anyhow::{Result, bail};
use hadath_cli::input::{Input, read_all};
use hadath_core::{Coder, Document, Options};
use hadath_lexicon::Lexicon;
use rayon::prelude::*;

#[derive(clap::Args, Debug)]
pub struct BenchArgs {
    /// Documents to code (files, directories, JSONL); default: examples/.
    paths: Vec<PathBuf>,
    /// Sentences in the benchmark corpus (documents are repeated to reach it).
    #[arg(long, default_value_t = 200_000)]
    sentences: usize,
    /// Thread counts to measure besides one (comma-separated).
    #[arg(long, value_delimiter = ',', default_value = "2")]
    threads: Vec<usize>,
    /// Measure the store instead: ingest of generated articles, then queries over generated
    /// events.
    #[arg(long)]
    store: bool,
    /// With --store: generated articles to ingest.
    #[arg(long, default_value_t = 10_000)]
    articles: usize,
    /// With --store: events in the query benchmark's store.
    #[arg(long, default_value_t = 1_000_000)]
    events: usize,
    /// With --store: keep the query store in this file (reused when it already holds the
    /// events), e.g. for `hadath serve` load tests.
    #[arg(long)]
    db: Option<PathBuf>,
}

pub fn run(args: BenchArgs) -> Result<()> {
    if args.store {
        return crate::store_bench::run(args.articles, args.events, args.db.as_deref());
    }
    let started = Instant::now();
    let (lex, _) = Lexicon::builtin();
    let startup = started.elapsed();
    let coder = Coder::new(Arc::new(lex), Options::default());

    let paths = if args.paths.is_empty() { vec![PathBuf::from("examples")] } else { args.paths.clone() };
    let mut docs: Vec<Document> = Vec::new();
    read_all(&paths, None, |i| {
        if let Input::Doc(d) = i {
            docs.push(*d);
        }
    });
    if docs.is_empty() {
        bail!("no documents to benchmark in {paths:?}");
    }
    let per_doc: Vec<usize> = docs.iter().map(|d| hadath_text::Analysis::new(&d.text).sentences.len()).collect();
    let mut corpus: Vec<&Document> = Vec::new();
    let mut sentences = 0usize;
    let mut bytes = 0usize;
    while sentences < args.sentences {
        for (d, n) in docs.iter().zip(&per_doc) {
            corpus.push(d);
            sentences += n;
            bytes += d.text.len();
        }
        if per_doc.iter().all(|&n| n == 0) {
            bail!("the documents hold no sentences");
        }
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "hadath bench: {} documents repeated to {} documents, {sentences} sentences, {:.1} MB",
        docs.len(),
        corpus.len(),
        bytes as f64 / 1e6
    )?;
    writeln!(out, "start-up (compile all lexicons): {:.0} ms", startup.as_secs_f64() * 1e3)?;

    let t = Instant::now();
    let events: usize = corpus.iter().map(|d| coder.code(d).events.len()).sum();
    let one = t.elapsed().as_secs_f64();
    writeln!(
        out,
        "1 thread : {:>9.0} sentences/s {:>6.2} MB/s ({events} events, {one:.2}s)",
        sentences as f64 / one,
        bytes as f64 / 1e6 / one
    )?;
    for &n in args.threads.iter().filter(|&&n| n > 1) {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(n).build()?;
        let t = Instant::now();
        let events: usize = pool.install(|| corpus.par_iter().map(|d| coder.code(d).events.len()).sum());
        let secs = t.elapsed().as_secs_f64();
        writeln!(
            out,
            "{n} threads: {:>9.0} sentences/s {:>6.2} MB/s ({events} events, {secs:.2}s, speed-up {:.2}×)",
            sentences as f64 / secs,
            bytes as f64 / 1e6 / secs,
            one / secs
        )?;
    }
    if let Some(peak) = peak_memory_kb() {
        writeln!(out, "peak memory: {:.0} MB", peak as f64 / 1024.0)?;
    }
    Ok(())
}

/// Peak resident memory (Linux: VmHWM of /proc/self/status).
fn peak_memory_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}
