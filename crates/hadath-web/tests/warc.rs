//! WARC files built here, record by record: documents from HTML responses (chunked, gzip
//! content-encoding, legacy charset), silent skipping of everything else, and errors that
//! name the record and the byte offset, including the final one of a truncated file.
#![allow(clippy::unwrap_used)]

use std::io::Write;

use hadath_web::{WarcReader, WebDocument, WebError, WebFormat, sniff};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

/// One WARC record.
fn record(kind: &str, uri: Option<&str>, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    write!(out, "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{kind}-{}>\r\n", block.len()).unwrap();
    write!(out, "WARC-Date: 2026-11-30T03:12:45Z\r\n").unwrap();
    if let Some(uri) = uri {
        write!(out, "WARC-Target-URI: {uri}\r\n").unwrap();
    }
    write!(out, "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", block.len()).unwrap();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http_response(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for (k, v) in headers {
        write!(out, "{k}: {v}\r\n").unwrap();
    }
    out.extend_from_slice(b"\r\n");
    out.extend_from_slice(body);
    out
}

fn chunked(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(1000) {
        write!(out, "{:x}\r\n", chunk.len()).unwrap();
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

const HTTP: &str = "application/http; msgtype=response";
const REQUEST: &str = "application/http; msgtype=request";

/// The records of the test archive, in order. Documents come from records 3, 6 and 9.
fn records() -> Vec<Vec<u8>> {
    let page1 = fixture("ar_news_1.html");
    let page2 = fixture("en_news.html");
    let page3 = fixture("ar_news_1256.html");
    let jpeg = b"\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0\xff\xd9".to_vec();
    let u1 = "https://alwatan-today.example/?p=8812";
    let u2 = "https://www.harbourcourier.example/business/x?utm_source=rss";
    let u3 = "http://alkhaleej-aljadeed.example/news.asp?id=5521";
    vec![
        record("warcinfo", None, "application/warc-fields", b"software: hadath-test\r\nformat: WARC File Format 1.0\r\n"),
        record("request", Some(u1), REQUEST, b"GET /?p=8812 HTTP/1.1\r\nHost: alwatan-today.example\r\n\r\n"),
        record(
            "response",
            Some(u1),
            HTTP,
            &http_response(
                "200 OK",
                &[("Content-Type", "text/html; charset=UTF-8"), ("Transfer-Encoding", "chunked")],
                &chunked(&page1),
            ),
        ),
        record("metadata", Some(u1), "application/warc-fields", b"fetchTimeMs: 212\r\n"),
        record("request", Some(u2), REQUEST, b"GET /business/x HTTP/1.1\r\n\r\n"),
        record(
            "response",
            Some(u2),
            HTTP,
            &http_response("200 OK", &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")], &gzip(&page2)),
        ),
        record(
            "response",
            Some("https://alwatan-today.example/img/talks.jpg"),
            HTTP,
            &http_response("200 OK", &[("Content-Type", "image/jpeg")], &jpeg),
        ),
        record(
            "response",
            Some("https://alwatan-today.example/old"),
            HTTP,
            &http_response(
                "301 Moved Permanently",
                &[("Location", "/new"), ("Content-Type", "text/html")],
                b"<a href='/new'>moved</a>",
            ),
        ),
        record(
            "response",
            Some(u3),
            HTTP,
            &http_response("200 OK", &[("Content-Type", "text/html; charset=windows-1256")], &page3),
        ),
    ]
}

fn plain() -> Vec<u8> {
    records().concat()
}

/// Each record its own gzip member, as Common Crawl ships them.
fn gzipped() -> Vec<u8> {
    records().iter().map(|r| gzip(r)).collect::<Vec<_>>().concat()
}

/// Where record `n` (from 1) starts in the plain archive.
fn record_start(n: usize) -> u64 {
    records()[..n - 1].iter().map(Vec::len).sum::<usize>() as u64
}

fn check_documents(docs: &[WebDocument]) {
    assert_eq!(docs.len(), 3);
    let [arabic, english, legacy] = [&docs[0], &docs[1], &docs[2]];
    assert_eq!(arabic.url.as_deref(), Some("https://alwatan-today.example/politics/2026/11/29/jordan-egypt-talks"));
    assert_eq!(arabic.title.as_deref(), Some("وزيرا خارجية الأردن ومصر يبحثان في عمّان تثبيت التهدئة"));
    assert_eq!(arabic.published.as_deref(), Some("2026-11-29"));
    assert_eq!(arabic.fetched.as_deref(), Some("2026-11-30"));
    assert!(arabic.text.contains("\n\nبحث وزير الخارجية الأردني"));
    assert!(!arabic.text.contains("اترك تعليقاً"));

    assert_eq!(english.url.as_deref(), Some("https://www.harbourcourier.example/business/2026/dec/01/port-workers-strike"));
    assert_eq!(english.published.as_deref(), Some("2026-12-01"));
    assert!(english.text.contains("began a 48-hour strike on Tuesday morning"));

    assert_eq!(
        legacy.url.as_deref(),
        Some("http://alkhaleej-aljadeed.example/news.asp?id=5521"),
        "the target URI when the page names none"
    );
    assert!(legacy.text.contains("أعمال القمة الخليجية السادسة والأربعين"));
    assert_eq!(legacy.fetched.as_deref(), Some("2026-11-30"));
}

#[test]
fn plain_and_gzip_archives_give_the_same_documents() {
    for (name, bytes) in [("plain", plain()), ("gzip", gzipped())] {
        let mut reader = WarcReader::new(&bytes[..]);
        let docs: Vec<WebDocument> = reader.by_ref().map(|d| d.unwrap_or_else(|e| panic!("{name}: {e}"))).collect();
        check_documents(&docs);
        assert_eq!(reader.skipped(), 6, "{name}: warcinfo, 2 requests, metadata, image, redirect");
        assert_eq!(reader.records(), 9);
        assert_eq!(reader.offset(), plain().len() as u64);
        assert!(reader.next().is_none(), "fused");
    }
}

#[test]
fn sniffs_as_warc() {
    use std::path::Path;
    assert_eq!(sniff(Path::new("CC-MAIN-x.warc.gz"), &gzipped()[..4096]), Some(WebFormat::Warc));
    assert_eq!(sniff(Path::new("crawl.warc"), &plain()[..100]), Some(WebFormat::Warc));
    assert_eq!(sniff(Path::new("crawl.gz"), &gzipped()[..100]), Some(WebFormat::Warc));
}

#[test]
fn truncated_gzip_gives_one_final_error() {
    let members: Vec<Vec<u8>> = records().iter().map(|r| gzip(r)).collect();
    let before: usize = members[..5].iter().map(Vec::len).sum();
    let cut = before + members[5].len() / 2;
    let bytes = gzipped()[..cut].to_vec();
    let results: Vec<_> = WarcReader::new(&bytes[..]).collect();
    assert_eq!(results.len(), 2, "{results:?}");
    assert!(results[0].is_ok());
    match &results[1] {
        Err(e @ WebError::Gzip { record, offset, compressed, .. }) => {
            assert_eq!(*record, 6);
            assert_eq!(*offset, record_start(6));
            assert_eq!(*compressed, cut as u64);
            let message = e.to_string();
            assert!(message.contains("record 6") && message.contains(&format!("byte {}", record_start(6))), "{message}");
        }
        other => panic!("expected a gzip error, got {other:?}"),
    }
}

#[test]
fn truncated_plain_file_gives_one_final_error() {
    let cut = record_start(6) as usize + 400;
    let bytes = plain()[..cut].to_vec();
    let mut reader = WarcReader::new(&bytes[..]);
    let results: Vec<_> = reader.by_ref().collect();
    assert_eq!(results.len(), 2, "{results:?}");
    match &results[1] {
        Err(WebError::Truncated { record, offset, end, reason }) => {
            assert_eq!((*record, *offset, *end), (6, record_start(6), cut as u64));
            assert!(reason.contains("the stream ends after"), "{reason}");
        }
        other => panic!("expected truncation, got {other:?}"),
    }
    assert_eq!(reader.skipped(), 4);
}

#[test]
fn truncated_inside_a_header() {
    let cut = record_start(3) as usize + 30;
    let results: Vec<_> = WarcReader::new(&plain()[..cut]).collect();
    assert!(matches!(results.last(), Some(Err(WebError::Truncated { record: 3, .. }))), "{results:?}");
}

#[test]
fn broken_records_are_named_and_reading_goes_on() {
    let page = fixture("en_news.html");
    let good = |uri: &str| record("response", Some(uri), HTTP, &http_response("200 OK", &[("Content-Type", "text/html")], &page));
    let bad_length =
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: lots\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>x</p>\r\n\r\n".to_vec();
    let bad_chunks = record(
        "response",
        Some("https://x.example/c"),
        HTTP,
        &http_response("200 OK", &[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")], b"zz\r\n<p>x</p>"),
    );
    let bad_gzip = record(
        "response",
        Some("https://x.example/g"),
        HTTP,
        &http_response("200 OK", &[("Content-Type", "text/html"), ("Content-Encoding", "gzip")], b"\x1f\x8b\x08\0garbage"),
    );
    let empty_page = record(
        "response",
        Some("https://x.example/e"),
        HTTP,
        &http_response("200 OK", &[("Content-Type", "text/html")], b"<html><body><script>x()</script></body></html>"),
    );
    let not_warc = b"GARBAGE LINE\r\nmore garbage\r\n".to_vec();
    let parts =
        [good("https://x.example/1"), bad_length, bad_chunks, bad_gzip, empty_page, not_warc, good("https://x.example/2")];
    let starts: Vec<u64> = parts
        .iter()
        .scan(0u64, |at, p| {
            let start = *at;
            *at += p.len() as u64;
            Some(start)
        })
        .collect();
    let bytes = parts.concat();
    let results: Vec<_> = WarcReader::new(&bytes[..]).collect();
    assert_eq!(results.len(), 7, "{results:#?}");
    assert!(results[0].is_ok());
    let expect_record = |i: usize, n: u64, what: &str| match &results[i] {
        Err(WebError::Record { record, offset, reason }) => {
            assert_eq!((*record, *offset), (n, starts[i]), "{reason}");
            assert!(reason.contains(what), "{reason}");
        }
        other => panic!("record {n}: {other:?}"),
    };
    expect_record(1, 2, "Content-Length");
    expect_record(2, 3, "chunk");
    expect_record(3, 4, "gzip");
    match &results[4] {
        Err(e @ WebError::Page { record: 5, uri, source, .. }) => {
            assert_eq!(uri, "https://x.example/e");
            assert!(matches!(**source, WebError::NoText));
            assert!(e.to_string().contains("https://x.example/e"));
        }
        other => panic!("{other:?}"),
    }
    expect_record(5, 6, "WARC/1.x");
    // The page's relative canonical URL, on the host it was fetched from.
    assert_eq!(results[6].as_ref().unwrap().url.as_deref(), Some("https://x.example/business/2026/dec/01/port-workers-strike"));
}

#[test]
fn resource_records_and_bare_lf() {
    let page = b"<html><head><title>Local copy</title></head><body><p>A resource record holds the page itself, with no HTTP message around it.</p></body></html>";
    let mut rec = record("resource", Some("file:///archive/page.html"), "text/html; charset=utf-8", page);
    rec.extend(record("resource", Some("file:///archive/logo.png"), "image/png", b"\x89PNG"));
    let results: Vec<_> = WarcReader::new(&rec[..]).collect();
    assert_eq!(results.len(), 1);
    let doc = results[0].as_ref().unwrap();
    assert_eq!(doc.title.as_deref(), Some("Local copy"));
    assert_eq!(doc.url.as_deref(), Some("file:///archive/page.html"));
    assert_eq!(doc.site, None);

    let block = "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>Written with bare line feeds, as some tools do, still fine.</p>";
    let lf =
        format!("WARC/1.0\nWARC-Type: response\nContent-Type: application/http\nContent-Length: {}\n\n{block}\n\n", block.len());
    let results: Vec<_> = WarcReader::new(lf.as_bytes()).collect();
    assert_eq!(results.len(), 1, "{results:?}");
    assert_eq!(results[0].as_ref().unwrap().text, "Written with bare line feeds, as some tools do, still fine.");
}

#[test]
fn empty_and_odd_inputs() {
    assert_eq!(WarcReader::new(&b""[..]).count(), 0);
    assert_eq!(WarcReader::new(&b"\r\n\r\n"[..]).count(), 0);
    let results: Vec<_> = WarcReader::new(&b"\x1f\x8b"[..]).collect();
    assert!(matches!(results.as_slice(), [Err(WebError::Gzip { .. })]), "{results:?}");
    let huge =
        b"WARC/1.0\r\nWARC-Type: response\r\nContent-Type: application/http\r\nContent-Length: 99999999999999\r\n\r\nHTTP/1.1"
            .to_vec();
    let results: Vec<_> = WarcReader::new(&huge[..]).collect();
    assert!(matches!(results.as_slice(), [Err(WebError::Truncated { record: 1, .. })]), "{results:?}");
}

#[test]
fn garbage_without_line_ends_is_one_broken_record() {
    let mut bytes = vec![b'x'; 200_000];
    bytes.extend_from_slice(b"\r\n");
    bytes.extend(record(
        "response",
        Some("https://x.example/1"),
        HTTP,
        &http_response("200 OK", &[("Content-Type", "text/html")], &fixture("en_news.html")),
    ));
    let results: Vec<_> = WarcReader::new(&bytes[..]).collect();
    assert_eq!(results.len(), 2, "{results:?}");
    assert!(matches!(&results[0], Err(WebError::Record { record: 1, offset: 0, .. })));
    assert!(results[1].is_ok());
}

/// A reader that hands out one byte per call, as pipes may.
struct Trickle<'a>(&'a [u8]);

impl std::io::Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        match (self.0.split_first(), buf.first_mut()) {
            (Some((b, rest)), Some(slot)) => {
                *slot = *b;
                self.0 = rest;
                Ok(1)
            }
            _ => Ok(0),
        }
    }
}

#[test]
fn gzip_is_recognised_from_a_reader_that_trickles() {
    let bytes = gzipped();
    let mut reader = WarcReader::new(Trickle(&bytes));
    let docs: Vec<WebDocument> = reader.by_ref().map(Result::unwrap).collect();
    check_documents(&docs);
    assert_eq!(reader.skipped(), 6);
}

#[test]
fn gzip_cut_between_records_names_the_next_record() {
    let members: Vec<Vec<u8>> = records().iter().map(|r| gzip(r)).collect();
    let cut = members[..6].iter().map(Vec::len).sum::<usize>() + 5;
    let bytes = gzipped()[..cut].to_vec();
    let results: Vec<_> = WarcReader::new(&bytes[..]).collect();
    assert_eq!(results.len(), 3, "{results:?}");
    assert!(
        matches!(&results[2], Err(WebError::Gzip { record: 7, offset, .. }) if *offset == record_start(7)),
        "{:?}",
        results[2]
    );
}
