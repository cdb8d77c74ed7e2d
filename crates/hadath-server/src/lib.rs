//! `hadath serve`: the web workbench over the event store.
//!
//! An [axum] server with the page compiled into the binary (hand-written HTML, CSS and
//! vanilla JavaScript drawing inline SVG: no CDN, no build step, works offline) and the JSON
//! API behind it:
//!
//! | route | what |
//! |---|---|
//! | `GET /api/events` | stored events with the filters of `hadath query`, paginated, with a total |
//! | `GET /api/timeline` | events per day/week/month and quad class, mean Goldstein, for an actor or a dyad |
//! | `GET /api/network` | who acts on whom in a period: weighted edges coloured by cooperation/conflict |
//! | `GET /api/documents/{id}` | a stored article with every mention's spans and evidence |
//! | `POST /api/code` | codes pasted text (≤ 1 MiB) without storing it |
//! | `GET /api/openapi.json` | the OpenAPI 3 description of all of the above (and the page routes) |
//!
//! Safety: the server listens on loopback unless told otherwise; the page builds its DOM with
//! `textContent` only (article text is never markup) and a Content-Security-Policy forbids
//! inline and foreign scripts; SQL sees user input only as bound parameters (in
//! `hadath-store`); request bodies are limited to [`MAX_BODY_BYTES`] (413), requests to a
//! deadline (503), and every error is `{"error": "..."}` with a 4xx status for anything wrong
//! with the request.
//!
//! The store connections are read-only ([`pool`]): the server can run beside an ingest.
//! Coding text is not the server's business: the caller hands it a [`TextCoder`] (the
//! `hadath` binary wraps its `Coder` and record format), so this crate does not depend on the
//! coder.

pub mod api;
pub mod error;
pub mod pool;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::Response;
use axum::routing::{MethodRouter, get, post};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;

use crate::pool::Pool;

/// The largest request body accepted (the text of `/api/code` included): 1 MiB.
pub const MAX_BODY_BYTES: usize = 1 << 20;

/// Codes pasted text for `POST /api/code`.
pub trait TextCoder: Send + Sync + 'static {
    /// Codes `text` published on `date` (`YYYY-MM-DD`). `Err` is a message about bad input
    /// (an unreadable date), answered with 400.
    fn code(&self, text: &str, date: Option<&str>) -> Result<Coding, String>;

    /// The CAMEO description of a code ("Make a visit"), if known.
    fn describe(&self, _code: &str) -> Option<String> {
        None
    }
}

/// What [`TextCoder::code`] found.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Coding {
    /// Language code (`ar`, `en`), if one was found.
    pub lang: Option<String>,
    pub sentences: usize,
    /// One JSON object per event, as `hadath code --format jsonl` prints it.
    pub records: Vec<String>,
    pub diagnostics: Vec<String>,
}

/// How to run the server.
#[derive(Clone)]
pub struct Config {
    /// The store (must exist, at this build's schema version).
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Read-only connections (queries running at once).
    pub connections: usize,
    /// Longest a query may run before it is stopped (503).
    pub query_timeout: Duration,
    /// Keep answers (pages, totals, timelines, networks) until the store changes.
    pub cache: bool,
    pub coder: Option<Arc<dyn TextCoder>>,
}

impl std::fmt::Debug for Config {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Config")
            .field("db", &self.db)
            .field("addr", &self.addr)
            .field("connections", &self.connections)
            .field("query_timeout", &self.query_timeout)
            .field("cache", &self.cache)
            .field("coder", &self.coder.is_some())
            .finish()
    }
}

impl Config {
    /// Defaults: loopback port 8080, two connections per core (at least 8: a slow query does
    /// not hold up quick ones), 10 s per query.
    pub fn new(db: PathBuf, coder: Option<Arc<dyn TextCoder>>) -> Config {
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
        Config {
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            connections: (2 * cores).max(8),
            query_timeout: Duration::from_secs(10),
            cache: true,
            coder,
        }
    }
}

/// What can stop the server from starting.
#[derive(Debug, thiserror::Error)]
pub enum ServerError {
    #[error("{0}")]
    Store(#[from] hadath_store::StoreError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
}

/// Shared by all handlers.
#[derive(Clone)]
pub struct AppState {
    pub(crate) pool: Arc<Pool>,
    pub(crate) coder: Option<Arc<dyn TextCoder>>,
    pub(crate) cache: Arc<Cache>,
    pub(crate) flights: Arc<Flights>,
    /// Texts being coded at once.
    pub(crate) coding: Arc<tokio::sync::Semaphore>,
    pub(crate) query_timeout: Duration,
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState").field("pool", &self.pool).finish_non_exhaustive()
    }
}

/// Answers (serialized JSON) of event pages, totals, timelines and networks, valid for one
/// store epoch (see [`pool`]): the store changes seldom and many analysts look at the same
/// pages. Bounded by bytes; when full, entries of older epochs go first, then any.
#[derive(Debug, Default)]
pub(crate) struct Cache {
    entries: Mutex<CacheEntries>,
    /// Off: only totals are kept (for measuring the page queries themselves).
    off: bool,
}

#[derive(Debug, Default)]
struct CacheEntries {
    map: std::collections::HashMap<String, (u64, axum::body::Bytes)>,
    bytes: usize,
}

/// Bytes of answers kept; past it, a quarter of the entries make room.
const CACHE_BYTES: usize = 256 << 20;

impl Cache {
    pub(crate) fn get(&self, key: &str, epoch: u64) -> Option<axum::body::Bytes> {
        if self.off {
            return None;
        }
        self.get_always(key, epoch)
    }

    pub(crate) fn put(&self, key: String, epoch: u64, value: axum::body::Bytes) {
        if !self.off {
            self.put_always(key, epoch, value);
        }
    }

    /// [`Cache::get`] even when the cache is off (totals).
    pub(crate) fn get_always(&self, key: &str, epoch: u64) -> Option<axum::body::Bytes> {
        let entries = self.entries.lock().ok()?;
        entries.map.get(key).filter(|(e, _)| *e == epoch).map(|(_, v)| v.clone())
    }

    pub(crate) fn put_always(&self, key: String, epoch: u64, value: axum::body::Bytes) {
        if value.len() > CACHE_BYTES / 64 {
            return;
        }
        if let Ok(mut entries) = self.entries.lock() {
            let size = value.len() + key.len();
            if entries.bytes + size > CACHE_BYTES {
                entries.make_room(epoch);
            }
            if let Some((_, old)) = entries.map.insert(key.clone(), (epoch, value)) {
                entries.bytes = entries.bytes.saturating_sub(old.len() + key.len());
            }
            entries.bytes += size;
        }
    }
}

impl CacheEntries {
    /// Drops stale entries, then (if that was not enough) a quarter of the rest.
    fn make_room(&mut self, epoch: u64) {
        self.map.retain(|_, (e, _)| *e == epoch);
        if self.map.values().map(|(_, v)| v.len()).sum::<usize>() > CACHE_BYTES * 3 / 4 {
            let drop: Vec<String> = self.map.keys().take(self.map.len() / 4 + 1).cloned().collect();
            for k in drop {
                self.map.remove(&k);
            }
        }
        self.bytes = self.map.iter().map(|(k, (_, v))| k.len() + v.len()).sum();
    }
}

/// Requests in flight by cache key: when many clients ask for the same uncached answer at
/// once (a popular page right after a start or a write), one computes it and the others wait
/// for it instead of running the same query side by side.
#[derive(Debug, Default)]
pub(crate) struct Flights {
    keys: Mutex<std::collections::HashMap<String, std::sync::Weak<tokio::sync::Mutex<()>>>>,
}

impl Flights {
    /// Waits until no other request computes `key`; holds it while the guard lives.
    pub(crate) async fn join(&self, key: &str) -> tokio::sync::OwnedMutexGuard<()> {
        let lock = {
            let mut keys = match self.keys.lock() {
                Ok(k) => k,
                Err(poisoned) => poisoned.into_inner(),
            };
            if keys.len() > 4096 {
                keys.retain(|_, w| w.strong_count() > 0);
            }
            match keys.get(key).and_then(std::sync::Weak::upgrade) {
                Some(lock) => lock,
                None => {
                    let lock = Arc::new(tokio::sync::Mutex::new(()));
                    keys.insert(key.to_string(), Arc::downgrade(&lock));
                    lock
                }
            }
        };
        lock.lock_owned().await
    }
}

/// The page's files, compiled in.
const INDEX_HTML: &str = include_str!("assets/index.html");
const APP_JS: &str = include_str!("assets/app.js");
const APP_CSS: &str = include_str!("assets/app.css");
/// The OpenAPI 3 document (hand-written; a test checks it against [`routes`]).
pub const OPENAPI_JSON: &str = include_str!("assets/openapi.json");

/// Every route as (method, path in OpenAPI syntax, handler). The router is built from this
/// table, and the OpenAPI document must describe exactly these operations.
fn route_table() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    vec![
        (Method::GET, "/", get(|| async { asset("text/html; charset=utf-8", INDEX_HTML) })),
        (Method::GET, "/app.js", get(|| async { asset("text/javascript; charset=utf-8", APP_JS) })),
        (Method::GET, "/app.css", get(|| async { asset("text/css; charset=utf-8", APP_CSS) })),
        (Method::GET, "/api/openapi.json", get(|| async { asset("application/json", OPENAPI_JSON) })),
        (Method::GET, "/api/events", get(api::events)),
        (Method::GET, "/api/timeline", get(api::timeline)),
        (Method::GET, "/api/network", get(api::network)),
        (Method::GET, "/api/documents/{id}", get(api::document)),
        (Method::POST, "/api/code", post(api::code)),
    ]
}

/// The operations the router serves: (method, path).
pub fn routes() -> Vec<(Method, &'static str)> {
    route_table().into_iter().map(|(m, p, _)| (m, p)).collect()
}

fn asset(content_type: &'static str, body: &'static str) -> Response {
    let mut r = Response::new(axum::body::Body::from(body));
    r.headers_mut().insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    r
}

/// Headers on every answer: the page may run its own script only, nothing may frame it.
async fn security_headers(mut response: Response) -> Response {
    let h = response.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
             base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
    );
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

/// The whole application over the store of `config` (opens its connections).
pub fn app(config: &Config) -> Result<Router, ServerError> {
    let pool = Pool::open(&config.db, config.connections)?;
    let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
    let state = AppState {
        pool: Arc::new(pool),
        coder: config.coder.clone(),
        cache: Arc::new(Cache { off: !config.cache, ..Cache::default() }),
        flights: Arc::new(Flights::default()),
        coding: Arc::new(tokio::sync::Semaphore::new(cores)),
        query_timeout: config.query_timeout,
    };
    let mut router = Router::new();
    for (_, path, handler) in route_table() {
        router = router.route(path, handler);
    }
    // The outer deadline is a backstop: queries are stopped at `query_timeout` already.
    let deadline = config.query_timeout + Duration::from_secs(5);
    Ok(router
        .layer(DefaultBodyLimit::max(MAX_BODY_BYTES))
        .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::SERVICE_UNAVAILABLE, deadline))
        .layer(axum::middleware::map_response(error::json_errors))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state))
}

/// A server running on its own threads; stopped when dropped.
#[derive(Debug)]
pub struct Running {
    /// Where it listens (the real port when the config asked for port 0).
    pub addr: SocketAddr,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Running {
    /// Stops accepting, lets requests in flight finish, and waits.
    pub fn stop(mut self) {
        self.shutdown();
    }

    fn shutdown(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread().enable_all().thread_name("hadath-serve").build()
}

/// Starts the server in the background (tests, embedding).
pub fn start(config: Config) -> Result<Running, ServerError> {
    let app = app(&config)?;
    let rt = runtime()?;
    let listener = rt.block_on(tokio::net::TcpListener::bind(config.addr))?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let thread = std::thread::Builder::new().name("hadath-serve".into()).spawn(move || {
        rt.block_on(async move {
            let served = axum::serve(listener, app).with_graceful_shutdown(async move {
                let _ = stopped.await;
            });
            if let Err(e) = served.await {
                eprintln!("hadath serve: {e}");
            }
        });
    })?;
    Ok(Running { addr, stop: Some(stop), thread: Some(thread) })
}

/// Serves until Ctrl-C.
pub fn run(config: Config) -> Result<(), ServerError> {
    let app = app(&config)?;
    let rt = runtime()?;
    rt.block_on(async move {
        let listener = tokio::net::TcpListener::bind(config.addr).await?;
        let addr = listener.local_addr()?;
        if !addr.ip().is_loopback() {
            eprintln!(
                "hadath serve: warning: listening on {addr}, reachable from other machines; the workbench has no authentication"
            );
        }
        eprintln!("hadath serve: http://{addr}/ over {} (Ctrl-C stops)", config.db.display());
        axum::serve(listener, app)
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
