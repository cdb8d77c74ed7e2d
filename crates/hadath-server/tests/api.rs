//! The API over a real socket: every route is in the OpenAPI document and every documented
//! operation and parameter is served; bad parameters of every endpoint get a 4xx with a JSON
//! `{"error"}`; the happy paths answer what the page needs.

mod common;

use std::collections::BTreeSet;
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::sync::OnceLock;
use std::time::Duration;

use serde_json::Value;

/// One server for all tests of this file.
fn server() -> SocketAddr {
    started().0.addr
}

fn started() -> &'static (hadath_server::Running, std::path::PathBuf) {
    static SERVER: OnceLock<(hadath_server::Running, std::path::PathBuf)> = OnceLock::new();
    SERVER.get_or_init(|| common::serve("api"))
}

#[derive(Debug)]
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", String::from_utf8_lossy(&self.body)))
    }
}

/// A minimal HTTP/1.1 client: one request per connection.
fn request(method: &str, target: &str, headers: &[(&str, &str)], body: &[u8]) -> Answer {
    let mut s = TcpStream::connect(server()).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    let mut head = format!("{method} {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    s.write_all(head.as_bytes()).expect("write head");
    // The server may answer (413) before reading the whole body and close: ignore write errors.
    let _ = s.write_all(body);
    let mut raw = Vec::new();
    let _ = s.read_to_end(&mut raw);
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("end of headers");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.split("\r\n");
    let status: u16 = lines.next().and_then(|l| l.split(' ').nth(1)).and_then(|c| c.parse().ok()).expect("status line");
    let headers: Vec<(String, String)> =
        lines.filter_map(|l| l.split_once(':')).map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string())).collect();
    let mut body = raw[split + 4..].to_vec();
    if headers.iter().any(|(k, v)| k == "transfer-encoding" && v.contains("chunked")) {
        body = dechunk(&body);
    }
    Answer { status, headers, body }
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&b[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&b[eol + 2..eol + 2 + size]);
        b = &b[eol + 2 + size + 2..];
    }
    out
}

fn get(target: &str) -> Answer {
    request("GET", target, &[], b"")
}

fn post_json(target: &str, body: &str) -> Answer {
    let len = body.len().to_string();
    request("POST", target, &[("content-type", "application/json"), ("content-length", &len)], body.as_bytes())
}

fn openapi() -> Value {
    serde_json::from_str(hadath_server::OPENAPI_JSON).expect("the OpenAPI document is JSON")
}

/// A URL-encoded query string.
fn encode(s: &str) -> String {
    s.bytes()
        .map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}

#[test]
fn openapi_lists_every_route_and_nothing_else() {
    let doc = openapi();
    assert!(doc["openapi"].as_str().is_some_and(|v| v.starts_with("3.")), "an OpenAPI 3 document");
    let mut documented = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("path item").keys() {
            documented.insert((method.to_ascii_uppercase(), path.clone()));
        }
    }
    let served: BTreeSet<(String, String)> =
        hadath_server::routes().into_iter().map(|(m, p)| (m.as_str().to_string(), p.to_string())).collect();
    assert_eq!(documented, served, "OpenAPI operations vs. the router's routes");
    // The document the server serves is this one.
    let a = get("/api/openapi.json");
    assert_eq!(a.status, 200);
    assert_eq!(a.json(), doc);
}

/// Names the handler accepts, read from its refusal of an unknown parameter
/// ("unknown field `x`, expected one of `a`, `b`").
fn accepted_parameters(path: &str) -> BTreeSet<String> {
    let a = get(&format!("{path}?zzz_unknown=1"));
    assert_eq!(a.status, 400, "{path} refuses unknown parameters");
    let message = a.json()["error"].as_str().expect("error").to_string();
    let expected = message.split("expected").nth(1).unwrap_or_else(|| panic!("{path}: {message}"));
    expected.split('`').skip(1).step_by(2).map(str::to_string).collect()
}

#[test]
fn documented_parameters_are_exactly_the_handlers() {
    let doc = openapi();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let params: Vec<&Value> = op["parameters"].as_array().map(|a| a.iter().collect()).unwrap_or_default();
            let query: Vec<&Value> = params.iter().copied().filter(|p| p["in"] == "query").collect();
            if method != "get" || !path.starts_with("/api/") || path.contains('{') || path.ends_with(".json") {
                continue;
            }
            let names: BTreeSet<String> = query.iter().map(|p| p["name"].as_str().expect("name").to_string()).collect();
            assert_eq!(names, accepted_parameters(path), "{path}: documented vs. accepted parameters");
            // Each documented example is accepted.
            for p in &query {
                let name = p["name"].as_str().expect("name");
                let example = match &p["example"] {
                    Value::String(s) => s.clone(),
                    Value::Number(n) => n.to_string(),
                    other => panic!("{path} {name}: example {other}"),
                };
                let a = get(&format!("{path}?{name}={}", encode(&example)));
                assert_eq!(a.status, 200, "{path}?{name}={example}: {}", String::from_utf8_lossy(&a.body));
            }
        }
    }
}

#[test]
fn bad_parameters_are_4xx_json() {
    let long = "x".repeat(201);
    let cases: Vec<(&str, String, u16)> = vec![
        ("events", "/api/events?quad=5".into(), 400),
        ("events", "/api/events?quad=one".into(), 400),
        ("events", "/api/events?limit=0".into(), 400),
        ("events", "/api/events?limit=501".into(), 400),
        ("events", "/api/events?limit=".into(), 400),
        ("events", "/api/events?offset=-1".into(), 400),
        ("events", "/api/events?offset=99999999999999999999999".into(), 400),
        ("events", "/api/events?from=2025-1".into(), 400),
        ("events", "/api/events?to=%202025".into(), 400),
        ("events", "/api/events?country=IR".into(), 400),
        ("events", "/api/events?source=US*".into(), 400),
        ("events", "/api/events?code=1%25".into(), 400),
        ("events", format!("/api/events?actor={long}"), 400),
        ("events", "/api/events?actor=a&actor=b".into(), 400),
        ("events", "/api/events?color=red".into(), 400),
        ("events", "/api/events?%FF=1".into(), 400),
        ("timeline", "/api/timeline?bucket=year".into(), 400),
        ("timeline", "/api/timeline?both=yes".into(), 400),
        ("timeline", "/api/timeline?actor=IRQ-GOV".into(), 400),
        ("timeline", "/api/timeline?from=yesterday".into(), 400),
        ("network", "/api/network?level=city".into(), 400),
        ("network", "/api/network?limit=0".into(), 400),
        ("network", "/api/network?limit=501".into(), 400),
        ("network", "/api/network?min_events=0".into(), 400),
        ("network", "/api/network?quad=0".into(), 400),
        ("document", "/api/documents/abc".into(), 400),
        ("document", "/api/documents/0".into(), 400),
        ("document", "/api/documents/-3".into(), 400),
        ("document", "/api/documents/+3".into(), 400),
        ("document", "/api/documents/99999999999999999999".into(), 400),
        ("document", "/api/documents/999999".into(), 404),
        ("none", "/api/nothing".into(), 404),
        ("none", "/nothing.html".into(), 404),
    ];
    for (what, target, status) in &cases {
        let a = get(target);
        assert_eq!(a.status, *status, "{what}: GET {target}: {}", String::from_utf8_lossy(&a.body));
        assert_eq!(a.header("content-type"), Some("application/json"), "{target}");
        let error = a.json()["error"].as_str().map(str::to_string);
        assert!(error.is_some_and(|e| !e.is_empty()), "{target}: an error message");
    }
    // Wrong method.
    let a = get("/api/code");
    assert_eq!(a.status, 405);
    assert!(a.json()["error"].is_string());
    let a = request("DELETE", "/api/events", &[], b"");
    assert_eq!(a.status, 405);
    assert!(a.json()["error"].is_string());
}

#[test]
fn bad_code_requests_are_4xx_json() {
    let cases: Vec<(&str, String, u16)> = vec![
        ("invalid JSON", "{\"text\": ".into(), 400),
        ("no text", "{}".into(), 400),
        ("text not a string", "{\"text\": 5}".into(), 400),
        ("unknown field", "{\"text\": \"a\", \"lang\": \"ar\"}".into(), 400),
        ("not a day", "{\"text\": \"a\", \"date\": \"yesterday\"}".into(), 400),
        ("no such day", "{\"text\": \"a\", \"date\": \"2025-02-30\"}".into(), 400),
        ("month only", "{\"text\": \"a\", \"date\": \"2025-02\"}".into(), 400),
        ("an array", "[]".into(), 400),
    ];
    for (what, body, status) in &cases {
        let a = post_json("/api/code", body);
        assert_eq!(a.status, *status, "{what}: {}", String::from_utf8_lossy(&a.body));
        assert!(a.json()["error"].is_string(), "{what}");
    }
    // Not declared JSON.
    let a = request("POST", "/api/code", &[("content-type", "text/plain"), ("content-length", "2")], b"hi");
    assert_eq!(a.status, 415);
    assert!(a.json()["error"].is_string());
    // Over 1 MiB: declared, and streamed without a length.
    let text = "ب".repeat(hadath_server::MAX_BODY_BYTES / 2 + 10);
    let body = serde_json::json!({ "text": text }).to_string();
    let a = post_json("/api/code", &body);
    assert_eq!(a.status, 413, "{}", String::from_utf8_lossy(&a.body));
    assert!(a.json()["error"].as_str().is_some_and(|e| e.contains("limit")));
    let mut chunked = format!("{:x}\r\n", body.len()).into_bytes();
    chunked.extend_from_slice(body.as_bytes());
    chunked.extend_from_slice(b"\r\n0\r\n\r\n");
    let a = request("POST", "/api/code", &[("content-type", "application/json"), ("transfer-encoding", "chunked")], &chunked);
    assert_eq!(a.status, 413, "{}", String::from_utf8_lossy(&a.body));
    assert!(a.json()["error"].is_string());
}

#[test]
fn events_are_filtered_paginated_and_counted() {
    let all = get("/api/events?limit=500").json();
    let total = all["total"].as_u64().expect("total");
    assert!(total > 100, "the corpus gives events: {total}");
    assert_eq!(all["events"].as_array().expect("events").len() as u64, total.min(500));
    let page = get("/api/events?limit=10&offset=10").json();
    assert_eq!(page["total"].as_u64(), Some(total));
    assert_eq!(page["events"][0]["id"], all["events"][10]["id"], "offset 10 is the 11th event");
    let jor = get("/api/events?actor=JOR").json();
    let rows = jor["events"].as_array().expect("events");
    assert!(!rows.is_empty());
    for r in rows {
        let (s, t) = (r["source"].as_str().unwrap_or(""), r["target"].as_str().unwrap_or(""));
        assert!(s.starts_with("JOR") || t.starts_with("JOR"), "{r}");
        assert!(r["document_id"].as_i64().is_some_and(|d| d > 0));
    }
    let conflict = get("/api/events?quad=4&from=2025&to=2025-12").json();
    for r in conflict["events"].as_array().expect("events") {
        assert_eq!(r["quad_class"], 4);
        assert!(r["date"].as_str().is_some_and(|d| d.starts_with("2025")));
    }
    let words = get(&format!("/api/events?text={}", encode("دمشق"))).json();
    assert!(words["total"].as_u64().is_some_and(|n| n > 0), "full-text search finds Damascus");
}

#[test]
fn a_document_has_spans_in_characters_and_evidence() {
    let page = get(&format!("/api/events?outlet={}", common::XSS_OUTLET)).json();
    assert!(page["total"].as_u64().is_some_and(|n| n >= 2), "the hostile article has events");
    let id = common::document_id(&started().1.join("test.db"), "xss");
    let doc = get(&format!("/api/documents/{id}")).json();
    let text = doc["text"].as_str().expect("text");
    assert_eq!(text, common::XSS_TEXT, "stored as it came, markup and all");
    assert_eq!(doc["dir"], "rtl");
    let chars: Vec<char> = text.chars().collect();
    let slice = |span: &Value| -> String {
        let a = span[0].as_u64().expect("start") as usize;
        let b = span[1].as_u64().expect("end") as usize;
        chars[a..b].iter().collect()
    };
    let mentions = doc["mentions"].as_array().expect("mentions");
    assert!(!mentions.is_empty());
    for m in mentions {
        let record = &m["record"];
        assert_eq!(slice(&m["trigger_span"]), record["trigger"]["text"].as_str().expect("trigger text"));
        assert_eq!(slice(&m["source_span"]), m["source_text"].as_str().expect("source text"));
        assert!(record["source"]["entries"].as_array().is_some_and(|e| !e.is_empty()), "lexicon entries: {record}");
        assert!(record["trigger"]["pattern"].as_str().is_some_and(|p| p.contains(".lex:")));
        assert!(m["date_basis"].is_string());
    }
}

#[test]
fn timeline_and_network_answer_what_the_page_draws() {
    let t = get("/api/timeline?actor=JOR&bucket=day").json();
    let points = t["points"].as_array().expect("points");
    assert!(!points.is_empty());
    for p in points {
        let quad: u64 = p["quad"].as_array().expect("quad").iter().filter_map(Value::as_u64).sum();
        assert_eq!(Some(quad), p["events"].as_u64());
    }
    let dyad = get("/api/timeline?source=JOR&target=SYR&both=true&bucket=month").json();
    assert!(dyad["events"].as_u64().is_some_and(|n| n > 0));
    let n = get("/api/network?level=country&limit=5").json();
    let edges = n["edges"].as_array().expect("edges");
    assert!(!edges.is_empty() && edges.len() <= 5);
    let ids: BTreeSet<&str> = n["nodes"].as_array().expect("nodes").iter().filter_map(|x| x["id"].as_str()).collect();
    for e in edges {
        assert!(ids.contains(e["source"].as_str().unwrap_or("")) && ids.contains(e["target"].as_str().unwrap_or("")));
        assert_ne!(e["source"], e["target"]);
    }
}

#[test]
fn pasted_text_is_coded_not_stored() {
    let before = get("/api/events?limit=1").json()["total"].clone();
    let body = serde_json::json!({ "text": "وصل وزير الخارجية الأردني أيمن الصفدي أمس الاثنين إلى دمشق في زيارة رسمية.", "date": "2025-03-11" });
    let a = post_json("/api/code", &body.to_string());
    assert_eq!(a.status, 200, "{}", String::from_utf8_lossy(&a.body));
    let r = a.json();
    assert_eq!(r["lang"], "ar");
    assert_eq!(r["dir"], "rtl");
    let events = r["events"].as_array().expect("events");
    assert!(events.iter().any(|e| e["code"] == "042" && e["date"] == "2025-03-10"), "{r}");
    assert!(r["codes"]["042"].is_string(), "CAMEO descriptions");
    assert_eq!(get("/api/events?limit=1").json()["total"], before, "nothing stored");
    let empty = post_json("/api/code", "{\"text\": \"\"}");
    assert_eq!(empty.status, 200);
    assert_eq!(empty.json()["events"], serde_json::json!([]));
}

#[test]
fn pages_are_served_with_a_strict_policy() {
    for (path, kind) in [("/", "text/html"), ("/app.js", "text/javascript"), ("/app.css", "text/css")] {
        let a = get(path);
        assert_eq!(a.status, 200, "{path}");
        assert!(a.header("content-type").is_some_and(|c| c.starts_with(kind)), "{path}");
        let csp = a.header("content-security-policy").expect("CSP");
        assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), "{csp}");
        assert_eq!(a.header("x-content-type-options"), Some("nosniff"));
    }
    // The page reaches no other host: no http(s) URL in what it loads but links it builds.
    let html = String::from_utf8(get("/").body).expect("utf-8");
    assert!(!html.contains("http://") && !html.contains("https://"), "no CDN");
}

#[test]
fn the_script_never_writes_markup() {
    let js = String::from_utf8(get("/app.js").body).expect("utf-8");
    for (i, line) in js.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") || code.starts_with('*') || code.starts_with("/*") {
            continue;
        }
        for sink in ["innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"] {
            assert!(!code.contains(sink), "app.js:{}: {sink}", i + 1);
        }
    }
}
