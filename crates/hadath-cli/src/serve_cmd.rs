//! `hadath serve`: the web workbench (hadath-server) over a store, with this binary's coder
//! behind "code this text".

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Context as _, Result, bail};
use hadath_cli::output::{CharOffsets, event_record};
use hadath_core::{Coder, Document, Options};
use hadath_lexicon::{Lexicon, PartialDate};
use hadath_server::{Coding, Config, TextCoder};

use crate::load_lexicon_with_fingerprint;

#[derive(clap::Args, Debug)]
pub struct ServeArgs {
    /// The store (created by `hadath ingest`).
    #[arg(long, default_value = "hadath.db")]
    db: PathBuf,
    /// Address to listen on. The default is loopback only: the workbench has no
    /// authentication, so think twice before making it reachable from other machines.
    #[arg(long, default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// Read-only database connections, i.e. queries running at once (default: twice the cores, at least 8).
    #[arg(long)]
    connections: Option<usize>,
    /// Seconds a query may run before it is stopped.
    #[arg(long, default_value_t = 10)]
    query_timeout: u64,
    /// Compute every page, timeline and network afresh (by default they are kept until the
    /// store changes; the total of each filter is kept either way).
    #[arg(long)]
    no_cache: bool,
    /// More lexicon files for "code this text" (a .lex file or a directory); may be repeated.
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
}

/// The coder as the server sees it: text in, `code --format jsonl` records out.
struct ServeCoder {
    coder: Coder,
    lex: Arc<Lexicon>,
}

impl TextCoder for ServeCoder {
    fn code(&self, text: &str, date: Option<&str>) -> Result<Coding, String> {
        let date = match date {
            Some(d) => Some(PartialDate::parse(d).ok_or_else(|| format!("{d:?} is not a date (want YYYY-MM-DD)"))?),
            None => None,
        };
        let doc =
            Document { id: "pasted".into(), text: text.to_string(), date, title: None, url: None, source: None, lang: None };
        let coded = self.coder.code(&doc);
        let offsets = CharOffsets::new(text);
        let records = coded.events.iter().filter_map(|e| event_record(text, &offsets, e).ok()).collect();
        Ok(Coding {
            lang: coded.lang.as_ref().map(|l| l.code().to_string()),
            sentences: coded.sentences,
            records,
            diagnostics: coded.diagnostics,
        })
    }

    fn describe(&self, code: &str) -> Option<String> {
        self.lex.cameo.get(code).map(|c| c.description.clone())
    }
}

pub fn serve(args: ServeArgs) -> Result<ExitCode> {
    if !args.db.exists() {
        bail!("{}: no such store (create one with `hadath ingest`)", args.db.display());
    }
    // Brings an older file up to this build's schema (the only write: the server only reads).
    drop(hadath_store::Store::open(&args.db)?);
    let (lex, _) = load_lexicon_with_fingerprint(&args.lexicons, false)?;
    let lex = Arc::new(lex);
    let coder = ServeCoder { coder: Coder::new(Arc::clone(&lex), Options::default()), lex };
    let mut config = Config::new(args.db.clone(), Some(Arc::new(coder)));
    config.addr = args.addr;
    if let Some(n) = args.connections {
        config.connections = n.max(1);
    }
    config.query_timeout = Duration::from_secs(args.query_timeout.max(1));
    config.cache = !args.no_cache;
    hadath_server::run(config).with_context(|| format!("serving {} on {}", args.db.display(), args.addr))?;
    Ok(ExitCode::SUCCESS)
}
