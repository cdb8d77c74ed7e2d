//! Answers are cached until the store changes: a write by another process (an ingest running
//! beside the server) shows in the next answers, totals included.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

use hadath_store::{NewDocument, NewMention, Store};
use serde_json::Value;

fn get_json(addr: SocketAddr, target: &str) -> Value {
    let mut s = TcpStream::connect(addr).expect("connect");
    s.set_read_timeout(Some(Duration::from_secs(30))).expect("timeout");
    write!(s, "GET {target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").expect("write");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let split = raw.windows(4).position(|w| w == b"\r\n\r\n").expect("headers");
    assert!(raw.starts_with(b"HTTP/1.1 200"), "{}", String::from_utf8_lossy(&raw));
    serde_json::from_slice(&raw[split + 4..]).expect("json")
}

fn new_event(date: &str) -> NewDocument {
    let sentence = "قصفت إسرائيل غزة.";
    NewDocument {
        key: format!("fresh-{date}"),
        text: format!("{sentence} {date}"),
        sentences: 1,
        lexicon: "test".into(),
        lang: Some("ar".into()),
        date: Some(date.into()),
        mentions: vec![NewMention {
            date: Some(date.into()),
            source: "ISRMIL".into(),
            target: Some("PSE".into()),
            code: "195".into(),
            root: "19".into(),
            quad_class: 4,
            goldstein: -10.0,
            plover: "ASSAULT".into(),
            sentence: sentence.into(),
            sentence_span: [0, 17],
            trigger_span: [0, 4],
            source_text: "إسرائيل".into(),
            source_span: [5, 12],
            target_text: Some("غزة".into()),
            target_span: Some([13, 16]),
            date_basis: "explicit".into(),
            record: "{}".into(),
            ..NewMention::default()
        }],
        ..NewDocument::default()
    }
}

#[test]
fn a_write_beside_the_server_shows_in_the_next_answers() {
    let (server, dir) = common::serve("fresh");
    let db = dir.join("test.db");
    let before = get_json(server.addr, "/api/events?actor=ISR&limit=5");
    let timeline_before = get_json(server.addr, "/api/timeline?actor=ISR&bucket=month");
    // The same requests again come from the cache.
    assert_eq!(get_json(server.addr, "/api/events?actor=ISR&limit=5"), before);

    let mut writer = Store::open(&db).expect("open for writing");
    writer.add_batch(&[new_event("2031-01-02")]).expect("write");

    let total = |v: &Value| v["total"].as_u64().expect("total");
    let deadline = Instant::now() + Duration::from_secs(5);
    let after = loop {
        let now = get_json(server.addr, "/api/events?actor=ISR&limit=5");
        if total(&now) != total(&before) || Instant::now() > deadline {
            break now;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    assert_eq!(total(&after), total(&before) + 1, "the new event is counted");
    let timeline = get_json(server.addr, "/api/timeline?actor=ISR&bucket=month");
    assert_ne!(timeline, timeline_before, "the timeline is drawn again");
    assert!(timeline["points"].as_array().expect("points").iter().any(|p| p["period"] == "2031-01"));
    server.stop();
}
