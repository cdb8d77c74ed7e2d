//! The JSON API handlers. Each one checks its parameters (400 with a message for anything it
//! cannot use), runs its query on a pooled read-only connection, and answers JSON.
//!
//! Parameters are read as strings and parsed here, so that a bad number gets a sentence
//! rather than a deserializer's message; unknown parameters are refused (a misspelt filter
//! would otherwise silently select everything).

use std::sync::Arc;

use axum::Json;
use axum::extract::rejection::{JsonRejection, PathRejection, QueryRejection};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use hadath_store::views::{Bucket, DocumentView, Level, NetworkFilter, TimelineFilter};
use hadath_store::{EventFilter, EventRow};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::error::ApiError;
use crate::{AppState, TextCoder};

/// Events per page unless asked; the most one page may hold.
pub const DEFAULT_LIMIT: usize = 50;
pub const MAX_LIMIT: usize = 500;
/// The deepest offset (past it, narrow the filters or the dates).
pub const MAX_OFFSET: usize = 10_000_000;
/// Network edges unless asked; the most.
pub const DEFAULT_EDGES: usize = 60;
pub const MAX_EDGES: usize = 500;
/// Longest accepted text parameter (names, words).
const MAX_PARAM_CHARS: usize = 200;

type ApiResult<T> = Result<T, ApiError>;

/// `GET /api/events` parameters (the filters of `hadath query`).
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventsParams {
    actor: Option<String>,
    source: Option<String>,
    target: Option<String>,
    code: Option<String>,
    quad: Option<String>,
    from: Option<String>,
    to: Option<String>,
    country: Option<String>,
    outlet: Option<String>,
    text: Option<String>,
    limit: Option<String>,
    offset: Option<String>,
}

/// An event in a list, with its first reporting document and the code's description.
#[derive(Debug, Serialize)]
struct EventItem {
    #[serde(flatten)]
    row: EventRow,
    document_id: Option<i64>,
    description: Option<String>,
}

/// Free text (a name, words, an outlet): at most [`MAX_PARAM_CHARS`]; blank is absent.
fn text_param(value: &Option<String>, name: &str) -> ApiResult<Option<String>> {
    let Some(v) = value.as_deref() else { return Ok(None) };
    if v.chars().count() > MAX_PARAM_CHARS {
        return Err(ApiError::bad_request(format!("{name} is longer than {MAX_PARAM_CHARS} characters")));
    }
    Ok((!v.trim().is_empty()).then(|| v.to_string()))
}

/// A code prefix: ASCII letters and digits (any case), at most [`MAX_PARAM_CHARS`]; empty is
/// absent. Exactly the OpenAPI pattern `^[A-Za-z0-9]{0,200}$`.
fn code_param(value: &Option<String>, name: &str) -> ApiResult<Option<String>> {
    let Some(v) = value.as_deref().filter(|v| !v.is_empty()) else { return Ok(None) };
    if v.len() > MAX_PARAM_CHARS || !v.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(ApiError::bad_request(format!("{name} must be a code of letters and digits (IRQ, IRQGOV, 19), not {v:?}")));
    }
    Ok(Some(v.to_ascii_uppercase()))
}

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (digits only checked, as `hadath query` does); empty is
/// absent.
fn date_param(value: &Option<String>, name: &str) -> ApiResult<Option<String>> {
    let Some(v) = value.as_deref().filter(|v| !v.is_empty()) else { return Ok(None) };
    let ok = match v.len() {
        4 | 7 | 10 => v.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() }),
        _ => false,
    };
    if !ok {
        return Err(ApiError::bad_request(format!("{name} must be a date: YYYY, YYYY-MM or YYYY-MM-DD, not {v:?}")));
    }
    Ok(Some(v.to_string()))
}

/// A whole number (decimal digits only) within `min..=max`.
fn number_param(value: &Option<String>, name: &str, min: usize, max: usize) -> ApiResult<Option<usize>> {
    let Some(v) = value.as_deref() else { return Ok(None) };
    let n = if !v.is_empty() && v.bytes().all(|b| b.is_ascii_digit()) { v.parse::<usize>().ok() } else { None };
    match n {
        Some(n) if (min..=max).contains(&n) => Ok(Some(n)),
        _ => Err(ApiError::bad_request(format!("{name} must be a whole number from {min} to {max}, not {v:?}"))),
    }
}

/// A three-letter country code (any case); empty is absent.
fn country_param(value: &Option<String>) -> ApiResult<Option<String>> {
    let Some(v) = value.as_deref().filter(|v| !v.is_empty()) else { return Ok(None) };
    if v.len() != 3 || !v.bytes().all(|b| b.is_ascii_alphabetic()) {
        return Err(ApiError::bad_request(format!("country must be a three-letter code (IRQ), not {v:?}")));
    }
    Ok(Some(v.to_ascii_uppercase()))
}

fn quad_param(value: &Option<String>) -> ApiResult<Option<u8>> {
    Ok(number_param(value, "quad", 1, 4)?.and_then(|q| u8::try_from(q).ok()))
}

/// One of a fixed set of words (absent: the first).
fn choice_param<'a>(value: &Option<String>, name: &str, choices: &[&'a str]) -> ApiResult<&'a str> {
    let Some(v) = value.as_deref() else { return Ok(choices[0]) };
    choices
        .iter()
        .find(|c| **c == v)
        .copied()
        .ok_or_else(|| ApiError::bad_request(format!("{name} must be one of {}, not {v:?}", choices.join(", "))))
}

impl EventsParams {
    fn filter(&self) -> ApiResult<EventFilter> {
        Ok(EventFilter {
            actor: text_param(&self.actor, "actor")?,
            source: code_param(&self.source, "source")?,
            target: code_param(&self.target, "target")?,
            code: code_param(&self.code, "code")?,
            quad_class: quad_param(&self.quad)?,
            from: date_param(&self.from, "from")?,
            to: date_param(&self.to, "to")?,
            country: country_param(&self.country)?,
            outlet: text_param(&self.outlet, "outlet")?,
            text: text_param(&self.text, "text")?,
            limit: Some(number_param(&self.limit, "limit", 1, MAX_LIMIT)?.unwrap_or(DEFAULT_LIMIT)),
            offset: number_param(&self.offset, "offset", 0, MAX_OFFSET)?.unwrap_or(0),
            ..EventFilter::default()
        })
    }
}

/// `GET /api/events`: one page of events and how many the filters select.
pub async fn events(State(state): State<AppState>, params: Result<Query<EventsParams>, QueryRejection>) -> ApiResult<Cached> {
    let Query(params) = params?;
    let filter = params.filter()?;
    let page_key = format!("page {filter:?}");
    if let Some(page) = state.pool.fresh_epoch().and_then(|epoch| state.cache.get(&page_key, epoch)) {
        return Ok(Cached(page));
    }
    let _page_flight = state.flights.join(&page_key).await;
    // Totals are kept per filter (offset and limit aside), computed once for all its pages:
    // a request that finds none computes it while the others wait (only) for that.
    let total_key = format!("total {:?}", EventFilter { limit: None, offset: 0, ..filter.clone() });
    let known = |state: &AppState| state.pool.fresh_epoch().and_then(|e| state.cache.get_always(&total_key, e)).is_some();
    if !known(&state) {
        let _total_flight = state.flights.join(&total_key).await;
        let (cache, key, f) = (Arc::clone(&state.cache), total_key.clone(), filter.clone());
        state
            .pool
            .run(state.query_timeout, move |store, epoch| {
                if cache.get_always(&key, epoch).is_none() {
                    let n = store.count_selected(&f)?;
                    cache.put_always(key, epoch, n.to_string().into());
                }
                Ok(())
            })
            .await?;
    }
    let cache = Arc::clone(&state.cache);
    let coder = state.coder.clone();
    state
        .pool
        .run(state.query_timeout, move |store, epoch| {
            if let Some(page) = cache.get(&page_key, epoch) {
                return Ok(Cached(page));
            }
            let total = match cache.get_always(&total_key, epoch).and_then(|b| std::str::from_utf8(&b).ok()?.parse::<u64>().ok())
            {
                Some(n) => n,
                None => {
                    // The store changed since: count again.
                    let n = store.count_selected(&filter)?;
                    cache.put_always(total_key, epoch, n.to_string().into());
                    n
                }
            };
            let rows = store.query_events(&filter)?;
            let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
            let documents = store.first_documents(&ids)?;
            let events: Vec<EventItem> = rows
                .into_iter()
                .zip(documents)
                .map(|(row, document_id)| {
                    let description = coder.as_ref().and_then(|c| c.describe(&row.code));
                    EventItem { row, document_id, description }
                })
                .collect();
            let page = json!({
                "total": total,
                "limit": filter.limit.unwrap_or(DEFAULT_LIMIT),
                "offset": filter.offset,
                "events": events,
            });
            let bytes = axum::body::Bytes::from(serde_json::to_vec(&page).map_err(|e| ApiError::internal(e.to_string()))?);
            cache.put(page_key, epoch, bytes.clone());
            Ok(Cached(bytes))
        })
        .await
}

/// `GET /api/timeline` parameters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimelineParams {
    actor: Option<String>,
    source: Option<String>,
    target: Option<String>,
    both: Option<String>,
    bucket: Option<String>,
    from: Option<String>,
    to: Option<String>,
}

/// `GET /api/timeline`: events per period and quad class for an actor or a dyad.
pub async fn timeline(State(state): State<AppState>, params: Result<Query<TimelineParams>, QueryRejection>) -> ApiResult<Cached> {
    let Query(p) = params?;
    let filter = TimelineFilter {
        actor: code_param(&p.actor, "actor")?,
        source: code_param(&p.source, "source")?,
        target: code_param(&p.target, "target")?,
        both_directions: matches!(choice_param(&p.both, "both", &["false", "true", "0", "1"])?, "true" | "1"),
        from: date_param(&p.from, "from")?,
        to: date_param(&p.to, "to")?,
    };
    let bucket_name = choice_param(&p.bucket, "bucket", &["week", "day", "month"])?;
    let bucket = match bucket_name {
        "day" => Bucket::Day,
        "month" => Bucket::Month,
        _ => Bucket::Week,
    };
    let key = format!("timeline {filter:?} {bucket:?}");
    cached(&state, key, move |store| {
        let points = store.timeline(&filter, bucket)?;
        let events: u64 = points.iter().map(|p| p.events).sum();
        Ok(json!({ "bucket": bucket_name, "events": events, "points": points }))
    })
    .await
}

/// `GET /api/network` parameters.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkParams {
    from: Option<String>,
    to: Option<String>,
    actor: Option<String>,
    quad: Option<String>,
    level: Option<String>,
    min_events: Option<String>,
    limit: Option<String>,
}

#[derive(Debug, Serialize)]
struct Node {
    id: String,
    events: u64,
    goldstein: f64,
}

/// `GET /api/network`: the heaviest actor→actor edges of a period and their nodes.
pub async fn network(State(state): State<AppState>, params: Result<Query<NetworkParams>, QueryRejection>) -> ApiResult<Cached> {
    let Query(p) = params?;
    let level = match choice_param(&p.level, "level", &["country", "actor"])? {
        "actor" => Level::Actor,
        _ => Level::Country,
    };
    let filter = NetworkFilter {
        from: date_param(&p.from, "from")?,
        to: date_param(&p.to, "to")?,
        actor: code_param(&p.actor, "actor")?,
        quad_class: quad_param(&p.quad)?,
        level,
        min_events: number_param(&p.min_events, "min_events", 1, 1_000_000_000)?.unwrap_or(1) as u64,
        limit: number_param(&p.limit, "limit", 1, MAX_EDGES)?.unwrap_or(DEFAULT_EDGES),
    };
    let key = format!("network {filter:?}");
    cached(&state, key, move |store| {
        let edges = store.network(&filter)?;
        // Nodes: every end of a kept edge, weighted by its events there.
        let mut nodes: Vec<Node> = Vec::new();
        let mut sums: std::collections::HashMap<String, (u64, f64)> = std::collections::HashMap::new();
        for e in &edges {
            for id in [&e.source, &e.target] {
                let s = sums.entry(id.clone()).or_insert((0, 0.0));
                s.0 += e.events;
                s.1 += e.goldstein * e.events as f64;
            }
        }
        for (id, (n, g)) in sums {
            let goldstein = if n > 0 { (g / n as f64 * 100.0).round() / 100.0 } else { 0.0 };
            nodes.push(Node { id, events: n, goldstein });
        }
        nodes.sort_by(|a, b| b.events.cmp(&a.events).then_with(|| a.id.cmp(&b.id)));
        Ok(json!({ "level": if level == Level::Actor { "actor" } else { "country" }, "nodes": nodes, "edges": edges }))
    })
    .await
}

/// A JSON answer, serialized once and shared with the cache.
#[derive(Debug)]
pub struct Cached(axum::body::Bytes);

impl axum::response::IntoResponse for Cached {
    fn into_response(self) -> axum::response::Response {
        let mut r = axum::response::Response::new(axum::body::Body::from(self.0));
        r.headers_mut().insert(axum::http::header::CONTENT_TYPE, axum::http::HeaderValue::from_static("application/json"));
        r
    }
}

/// Runs a query whose answer is cached until the store changes.
async fn cached(
    state: &AppState,
    key: String,
    f: impl FnOnce(&hadath_store::Store) -> ApiResult<Value> + Send + 'static,
) -> ApiResult<Cached> {
    if let Some(v) = state.pool.fresh_epoch().and_then(|epoch| state.cache.get(&key, epoch)) {
        return Ok(Cached(v));
    }
    let _flight = state.flights.join(&key).await;
    let cache = Arc::clone(&state.cache);
    state
        .pool
        .run(state.query_timeout, move |store, epoch| {
            if let Some(v) = cache.get(&key, epoch) {
                return Ok(Cached(v));
            }
            let v = f(store)?;
            let bytes = axum::body::Bytes::from(serde_json::to_vec(&v).map_err(|e| ApiError::internal(e.to_string()))?);
            cache.put(key, epoch, bytes.clone());
            Ok(Cached(bytes))
        })
        .await
}

/// Whether text in this language is written right to left.
fn direction(lang: Option<&str>) -> &'static str {
    match lang {
        Some("ar" | "fa" | "ur" | "he" | "ps" | "ckb") => "rtl",
        _ => "auto",
    }
}

/// `GET /api/documents/{id}`: a stored article, its mentions and their evidence.
pub async fn document(State(state): State<AppState>, id: Result<Path<String>, PathRejection>) -> ApiResult<Json<Value>> {
    let Path(id) = id?;
    let digits = !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit());
    let id: i64 = match id.parse::<i64>() {
        Ok(n) if n > 0 && digits => n,
        _ => return Err(ApiError::bad_request(format!("document id must be a positive whole number, not {id:?}"))),
    };
    let coder = state.coder.clone();
    state
        .pool
        .run(state.query_timeout, move |store, _| {
            let doc = store.document(id)?.ok_or_else(|| ApiError::not_found(format!("no document {id}")))?;
            Ok(Json(document_json(doc, coder.as_deref())))
        })
        .await
}

fn document_json(doc: DocumentView, coder: Option<&dyn TextCoder>) -> Value {
    let mut codes = serde_json::Map::new();
    let mentions: Vec<Value> = doc
        .mentions
        .iter()
        .map(|m| {
            if let Some(d) = coder.and_then(|c| c.describe(&m.code)) {
                codes.insert(m.code.clone(), Value::String(d));
            }
            let record: Value = serde_json::from_str(&m.record).unwrap_or(Value::Null);
            let mut v = serde_json::to_value(m).unwrap_or(Value::Null);
            if let Some(obj) = v.as_object_mut() {
                obj.insert("record".into(), record);
            }
            v
        })
        .collect();
    json!({
        "id": doc.id,
        "key": doc.key,
        "url": doc.url,
        "title": doc.title,
        "source": doc.source,
        "lang": doc.lang,
        "dir": direction(doc.lang.as_deref()),
        "date": doc.date,
        "added_at": doc.added_at,
        "sentences": doc.sentences,
        "text": doc.text,
        "mentions": mentions,
        "codes": codes,
    })
}

/// `POST /api/code` body.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodeRequest {
    text: String,
    #[serde(default)]
    date: Option<String>,
}

/// `POST /api/code`: codes the text and answers its event records; nothing is stored.
pub async fn code(State(state): State<AppState>, body: Result<Json<CodeRequest>, JsonRejection>) -> ApiResult<Json<Value>> {
    let Json(req) = body?;
    let coder = state.coder.clone().ok_or_else(|| ApiError::unavailable("this server has no coder"))?;
    if let Some(d) = &req.date
        && !is_day(d)
    {
        return Err(ApiError::bad_request(format!("date must be a day, YYYY-MM-DD, not {d:?}")));
    }
    let date = req.date.clone();
    let permit = tokio::time::timeout(state.query_timeout, Arc::clone(&state.coding).acquire_owned())
        .await
        .map_err(|_| ApiError::unavailable("the coder is busy; try again"))?
        .map_err(|_| ApiError::unavailable("the server is shutting down"))?;
    let task = tokio::task::spawn_blocking(move || {
        let _permit = permit;
        let coding = coder.code(&req.text, date.as_deref()).map_err(ApiError::bad_request)?;
        let mut codes = serde_json::Map::new();
        let mut events = Vec::with_capacity(coding.records.len());
        for r in &coding.records {
            let v: Value = serde_json::from_str(r).map_err(|e| ApiError::internal(format!("coder record: {e}")))?;
            if let Some(code) = v.get("code").and_then(Value::as_str)
                && let Some(d) = coder.describe(code)
            {
                codes.insert(code.to_string(), Value::String(d));
            }
            events.push(v);
        }
        Ok::<_, ApiError>(json!({
            "lang": coding.lang,
            "dir": direction(coding.lang.as_deref()),
            "sentences": coding.sentences,
            "events": events,
            "diagnostics": coding.diagnostics,
            "codes": codes,
        }))
    });
    match tokio::time::timeout(state.query_timeout, task).await {
        Ok(Ok(result)) => Ok(Json(result?)),
        Ok(Err(e)) => Err(ApiError::internal(format!("coding failed: {e}"))),
        Err(_) => Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "coding took too long")),
    }
}

/// `YYYY-MM-DD` in shape (the coder checks the calendar: 2025-02-30 is refused there).
fn is_day(s: &str) -> bool {
    s.len() == 10 && s.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days() {
        assert!(is_day("2025-03-18"));
        assert!(!is_day("2025-3-18"));
        assert!(!is_day("٢٠٢٥-03-18"));
    }

    #[test]
    fn numbers() {
        assert_eq!(number_param(&Some("07".into()), "limit", 1, 10).expect("ok"), Some(7));
        assert!(number_param(&Some("11".into()), "limit", 1, 10).is_err());
        assert!(number_param(&Some("-1".into()), "limit", 1, 10).is_err());
        assert!(number_param(&Some("+1".into()), "limit", 1, 10).is_err());
        assert!(number_param(&Some("".into()), "limit", 1, 10).is_err());
        assert_eq!(number_param(&None, "limit", 1, 10).expect("ok"), None);
        assert!(choice_param(&Some("yes".into()), "both", &["false", "true"]).is_err());
        assert_eq!(code_param(&Some("irq".into()), "source").expect("ok"), Some("IRQ".into()));
        assert!(code_param(&Some("IRQ*".into()), "source").is_err());
        assert!(date_param(&Some(" 2025".into()), "from").is_err());
    }
}
