//! Properties: nothing panics on any bytes, extracted text is always clean, errors sit where
//! they say, and a WARC cut anywhere ends with its error.
#![allow(clippy::unwrap_used)]

use std::io::Write;

use hadath_web::date::parse_date;
use hadath_web::{WarcReader, WebError, extract_html, read_feed};
use proptest::prelude::*;

/// Text pieces, some Arabic, some with characters that need escaping.
fn words() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "قالت",
        "الوزارة",
        "إن",
        "الاجتماع",
        "سيعقد",
        "غداً",
        "في",
        "القاهرة",
        "،",
        "the",
        "minister",
        "said",
        "on",
        "Sunday",
        ",",
        ".",
        "&",
        "<",
        ">",
        "\"",
        "'",
        "a<b",
        "R&D",
        "x > y",
        "«",
        "»",
        "\u{a0}",
        "\t",
        "\n",
        "2026",
        "شارك",
        "اقرأ أيضاً",
    ])
    .prop_map(str::to_string)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Well-formed HTML built from nested elements with escaped text.
fn html_tree() -> impl Strategy<Value = String> {
    let leaf = prop::collection::vec(words(), 0..12).prop_map(|w| escape(&w.join(" ")));
    leaf.prop_recursive(5, 64, 6, |inner| {
        (
            prop::sample::select(vec![
                "p",
                "div",
                "span",
                "a",
                "b",
                "article",
                "nav",
                "footer",
                "section",
                "li",
                "ul",
                "h2",
                "td",
                "form",
                "aside",
                "script",
                "style",
                "header",
                "figure",
                "blockquote",
            ]),
            prop::sample::select(vec![
                "",
                " class=\"share\"",
                " class=\"article-body\"",
                " id=\"comments\"",
                " hidden",
                " href=\"/x\"",
            ]),
            prop::collection::vec(inner, 0..5),
        )
            .prop_map(|(tag, attr, kids)| {
                let body = kids.concat();
                if tag == "script" || tag == "style" {
                    format!("<{tag}>var x = 1;</{tag}>")
                } else {
                    format!("<{tag}{attr}>{body}</{tag}>")
                }
            })
    })
}

/// Text every extractor output must satisfy.
fn assert_clean(text: &str) {
    assert!(!text.contains("\n\n\n"), "{text:?}");
    assert_eq!(text.trim(), text);
    for paragraph in text.split("\n\n").filter(|_| !text.is_empty()) {
        assert!(!paragraph.is_empty() && !paragraph.contains('\n'), "{text:?}");
        assert_eq!(paragraph.trim(), paragraph);
    }
    for entity in ["&amp;", "&lt;", "&gt;", "&quot;", "&nbsp;"] {
        assert!(!text.contains(entity), "{text:?}");
    }
}

fn gzip(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

fn warc_record(kind: &str, content_type: &str, block: &[u8]) -> Vec<u8> {
    let mut out =
        format!("WARC/1.0\r\nWARC-Type: {kind}\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n", block.len())
            .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn small_archive() -> Vec<Vec<u8>> {
    let page = |n: usize| {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><p>Story number {n} says the talks, which began on Sunday, went on.</p></body></html>"
        )
    };
    vec![
        warc_record("warcinfo", "application/warc-fields", b"software: test\r\n"),
        warc_record("response", "application/http; msgtype=response", page(1).as_bytes()),
        warc_record("request", "application/http; msgtype=request", b"GET / HTTP/1.1\r\n\r\n"),
        warc_record("response", "application/http; msgtype=response", page(2).as_bytes()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn extract_html_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        if let Ok(doc) = extract_html(&bytes, Some("https://a.example/x")) {
            assert_clean(&doc.text);
        }
    }

    #[test]
    fn extract_html_never_panics_on_tag_soup(parts in prop::collection::vec(prop::sample::select(vec![
        "<", ">", "</", "<p>", "</p>", "<div class='share'>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->",
        "<![CDATA[", "&amp", "&#x", "&#1575;", "<meta charset=windows-1256>", "<title>", "</title>", "<h1>", "</h1>",
        "<time datetime='2026-11-29'>", "<a href='x'>", "</a>", "نص", "text", "\u{0}", "\u{feff}", "<svg><title>", "\"", "'",
        "<html lang=", "<article>", "<nav>", "<table><tr><td>", "<form>", "<noscript>", "<style>", "<textarea>",
    ]), 0..200)) {
        let html = parts.concat();
        if let Ok(doc) = extract_html(html.as_bytes(), None) {
            assert_clean(&doc.text);
        }
    }

    #[test]
    fn text_of_valid_html_has_no_tags(tree in html_tree()) {
        let html = format!("<html><head><title>T</title></head><body>{tree}</body></html>");
        let doc = extract_html(html.as_bytes(), None).unwrap();
        assert_clean(&doc.text);
        // Every '<' in the text is one the page wrote as "&lt;", never a tag.
        let written = tree.matches("&lt;").count();
        prop_assert!(doc.text.matches('<').count() <= written, "{:?}", doc.text);
        prop_assert!(!doc.text.contains("var x"), "script text leaked: {:?}", doc.text);
    }

    #[test]
    fn read_feed_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..3000)) {
        if let Ok(items) = read_feed(&bytes) {
            for (i, item) in items.iter().enumerate() {
                match item {
                    Ok(doc) => assert_clean(&doc.text),
                    Err(WebError::Item { index, .. }) => prop_assert_eq!(*index, i),
                    Err(e) => prop_assert!(false, "unexpected error kind {e}"),
                }
            }
        }
    }

    #[test]
    fn read_feed_items_are_counted_and_indexed(parts in prop::collection::vec(prop::sample::select(vec![
        "<item>", "</item>", "<title>", "</title>", "<link>http://a.example/1</link>", "<description>", "</description>",
        "<![CDATA[<p>text</p>]]>", "<pubDate>Sun, 29 Nov 2026 10:00:00 +0300</pubDate>", "<pubDate>bad</pubDate>", "خبر",
        "&amp;", "&nbsp;", "<entry>", "</entry>", "<content type='html'>", "</content>", "<p>", "</p>", "<", "</titl>",
    ]), 0..60)) {
        let xml = format!("<rss version='2.0'><channel>{}</channel></rss>", parts.concat());
        let items = read_feed(xml.as_bytes()).unwrap();
        for (i, item) in items.iter().enumerate() {
            match item {
                Ok(doc) => assert_clean(&doc.text),
                Err(WebError::Item { index, offset, .. }) => {
                    prop_assert_eq!(*index, i);
                    prop_assert!((*offset as usize) < xml.len());
                }
                Err(e) => prop_assert!(false, "unexpected error kind {e}"),
            }
        }
    }

    #[test]
    fn warc_reader_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..3000), gz in any::<bool>()) {
        let bytes = if gz { gzip(&bytes) } else { bytes };
        let mut reader = WarcReader::new(&bytes[..]);
        let items: Vec<_> = reader.by_ref().take(10_000).collect();
        prop_assert!(items.len() as u64 <= reader.records() + 1);
    }

    #[test]
    fn warc_reader_never_panics_on_mangled_records(cut in 0usize..2000, flip in 0usize..2000, byte in any::<u8>(), gz in any::<bool>()) {
        let records = small_archive();
        let mut bytes = if gz { records.iter().map(|r| gzip(r)).collect::<Vec<_>>().concat() } else { records.concat() };
        if let Some(b) = bytes.get_mut(flip) {
            *b = byte;
        }
        bytes.truncate(cut.min(bytes.len()));
        let items: Vec<_> = WarcReader::new(&bytes[..]).collect();
        prop_assert!(items.len() <= 4);
    }

    #[test]
    fn a_cut_archive_ends_with_an_error(cut_in in 0usize..10_000, gz in any::<bool>()) {
        let records = small_archive();
        let parts: Vec<Vec<u8>> = if gz { records.iter().map(|r| gzip(r)).collect() } else { records };
        let bytes = parts.concat();
        let cut = cut_in % bytes.len();
        let boundaries: Vec<usize> = parts.iter().scan(0, |at, p| { *at += p.len(); Some(*at) }).collect();
        let items: Vec<_> = WarcReader::new(&bytes[..cut]).collect();
        let at_boundary = cut == 0 || boundaries.contains(&cut);
        // Bytes of a record's trailing blank lines may be cut without losing the record.
        let in_trailer = !gz && boundaries.iter().any(|&b| cut < b && cut + 4 >= b);
        if !at_boundary && !in_trailer {
            prop_assert!(matches!(items.last(), Some(Err(_))), "cut at {cut}: {items:?}");
            prop_assert_eq!(items.iter().filter(|i| i.is_err()).count(), 1);
        }
    }

    #[test]
    fn dates_are_well_formed(s in "\\PC{0,40}") {
        if let Some(d) = parse_date(&s) {
            let shape = d.len() == 10 || d.len() == 7 || d.len() == 4;
            prop_assert!(shape && d.chars().all(|c| c.is_ascii_digit() || c == '-'), "{d}");
        }
    }
}
