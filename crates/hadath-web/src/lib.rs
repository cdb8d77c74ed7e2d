//! Web documents for hadath: news text and its metadata out of HTML pages, RSS/Atom feeds and
//! WARC archives, for `hadath ingest`.
//!
//! * **Takes** bytes: one HTML page ([`extract_html`]), one feed ([`read_feed`]: RSS 2.0, RSS 1.0
//!   (RDF) or Atom), or a stream of WARC records, plain or gzip, read one record at a time
//!   ([`WarcReader`]). [`sniff`] tells which of the three a file is.
//! * **Gives** [`WebDocument`]s: the main text as plain paragraphs separated by a blank line
//!   (the title is kept apart, never repeated in the text), with URL, title, publication date
//!   (`YYYY-MM-DD`, or `YYYY-MM` / `YYYY`; the date part as written, no time-zone shift),
//!   outlet and language when the source says them.
//! * **Drops** everything that is page furniture rather than news: scripts and styles,
//!   navigation menus, headers and footers, share bars ("شارك", "تويتر", "Share"), comment forms
//!   and comment sections ("اترك تعليقاً", "Leave a Reply"), "read also" / "اقرأ أيضاً" link
//!   blocks, cookie banners, newsletter boxes, tag lists and captions. The coder would turn some of
//!   these into false events (a headline in a "related stories" box is news, just not this
//!   page's news) and the rest into noise, so they go before the text reaches it.
//!
//! How the main text is found (module `html`): the page is parsed by html5ever (the
//! browser-grade parser of Servo, with its error recovery), furniture is pruned by tag, ARIA role and class/id words, text
//! blocks are scored by length and commas (a small readability), the best container and its
//! worthy siblings are kept, link-heavy blocks are dropped, and a last line filter removes short
//! Arabic and English boilerplate lines (the same phrase table as `hadath_text::boilerplate`,
//! plus share-label-only lines, tag lists, cookie and newsletter lines, date-only lines). A page
//! that builds its body with scripts (next to nothing found) gives its JSON-LD `articleBody`
//! instead, when it states one. Pages nested deeper than browsers allow (512 levels) are
//! flattened first, so hostile markup cannot make parsing quadratic.
//!
//! Text is decoded with `encoding_rs`: a BOM, then the HTTP `charset` (WARC), then `<meta
//! charset>` (windows-1256, iso-8859-6, windows-1252, ...), then UTF-8, and a legacy page with
//! no label is read as windows-1256 when that gives Arabic letters, else windows-1252. Invalid
//! bytes become U+FFFD. Nothing here panics on any input (property tests and fuzz targets).
//!
//! Errors ([`WebError`]) say what and where: item index in a feed, record number and byte
//! offset in a WARC file.
//!
//! Speed: about 1,100 pages a second for 50 KB pages on one core of the project's machine
//! (release build, idle machine; `cargo test --release -p hadath-web --test speed -- --ignored
//! --nocapture`). html5ever's tokenizer is most of it.

#![cfg_attr(test, allow(clippy::unwrap_used))]

pub mod date;
mod decode;
mod feed;
mod html;
mod text;
mod warc;

use std::path::Path;

pub use feed::read_feed;
pub use html::{extract_html, extract_html_with_charset};
pub use warc::WarcReader;

/// A news document found in a web file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WebDocument {
    /// Canonical URL, else `og:url`, else the URL it was fetched from (WARC-Target-URI, the
    /// feed item's link).
    pub url: Option<String>,
    pub title: Option<String>,
    /// `YYYY-MM-DD` (or `YYYY-MM` / `YYYY`) when the page or the feed item gives a publication
    /// date; `None` if missing or unparseable.
    pub published: Option<String>,
    /// The date the page was archived (`WARC-Date`, `YYYY-MM-DD`), WARC records only. Kept
    /// apart from `published`: a crawl date is not a publication date, and relative dates
    /// ("yesterday") resolved against the wrong one give wrong event dates.
    pub fetched: Option<String>,
    /// The outlet: `og:site_name`, else the host of the URL (without `www.`).
    pub site: Option<String>,
    /// The language as the source gives it (`<html lang>`, the feed's language): "ar", "en-GB".
    pub lang: Option<String>,
    /// Main text, paragraphs separated by "\n\n"; the title is not included.
    pub text: String,
}

/// The kind of web file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum WebFormat {
    Html,
    Feed,
    Warc,
}

/// What went wrong, and where.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// The bytes are not a web page (binary data, an image).
    #[error("not an HTML page: {reason}")]
    NotHtml { reason: String },
    /// The page has neither a title nor any main text.
    #[error("no title and no main text found")]
    NoText,
    /// The bytes are not XML, or the XML is not an RSS/RDF/Atom feed.
    #[error("not a feed: {reason}")]
    NotFeed { reason: String },
    /// One feed item is broken; `index` is its position (from 0) among the feed's items and in
    /// the `Vec` that [`read_feed`] returns, `offset` the byte where it starts in the decoded
    /// feed text.
    #[error("feed item [{index}] at byte {offset}: {reason}")]
    Item { index: usize, offset: u64, reason: String },
    /// One WARC record is broken (bad header, bad HTTP message, undecodable body); reading
    /// goes on with the next record. `record` counts records from 1; `offset` is the byte where
    /// the record starts in the (decompressed) WARC stream.
    #[error("WARC record {record} at byte {offset}: {reason}")]
    Record { record: u64, offset: u64, reason: String },
    /// A WARC response was read but its page gave nothing (see `source`).
    #[error("WARC record {record} at byte {offset} ({uri}): {source}")]
    Page { record: u64, offset: u64, uri: String, source: Box<WebError> },
    /// The WARC stream ends inside a record: the last item a [`WarcReader`] yields. `end` is
    /// the (decompressed) byte offset where the data stopped.
    #[error("WARC data truncated in record {record} (record starts at byte {offset}, data ends at byte {end}): {reason}")]
    Truncated { record: u64, offset: u64, end: u64, reason: String },
    /// The gzip stream is corrupt or cut short: the last item a [`WarcReader`] yields.
    /// `compressed` is how many bytes of the gzip file had been read.
    #[error(
        "WARC gzip stream broken in record {record} (record starts at byte {offset} of the decompressed stream; {compressed} bytes of the gzip file read): {source}"
    )]
    Gzip { record: u64, offset: u64, compressed: u64, source: std::io::Error },
    /// Reading the underlying file failed: the last item a [`WarcReader`] yields.
    #[error("read error in WARC record {record} at byte {offset}: {source}")]
    Io { record: u64, offset: u64, source: std::io::Error },
}

/// Decides the kind of a web file from its name (html, htm, xhtml, rss, atom, xml, warc,
/// warc.gz, gz) and its first bytes (`head`, a few KiB are plenty). Content that is decisive
/// (a `WARC/1.x` line, an `<rss>`/`<feed>`/`<rdf:RDF>` root) wins over the extension. `None`
/// when it is none of the three (a sitemap, a JSON file, a gzip file that holds no WARC).
pub fn sniff(path: &Path, head: &[u8]) -> Option<WebFormat> {
    let name = path.file_name().map(|n| n.to_string_lossy().to_ascii_lowercase()).unwrap_or_default();
    let ext = name.rsplit_once('.').map_or("", |(_, e)| e);
    if head.starts_with(&[0x1f, 0x8b]) {
        return gzip_holds_warc(head).then_some(WebFormat::Warc);
    }
    let content = sniff_content(head);
    if content.is_some_and(|c| c != WebFormat::Html) {
        return content;
    }
    match ext {
        "html" | "htm" | "xhtml" | "shtml" | "php" | "aspx" => Some(WebFormat::Html),
        "rss" | "atom" => Some(WebFormat::Feed),
        "warc" => Some(WebFormat::Warc),
        _ => content,
    }
}

/// What the first bytes say, ignoring a BOM, blank space, the XML declaration and comments.
fn sniff_content(head: &[u8]) -> Option<WebFormat> {
    let text = decode::decode_head(head);
    let t = text.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with("WARC/") {
        return Some(WebFormat::Warc);
    }
    let lower = t.chars().take(4096).collect::<String>().to_ascii_lowercase();
    let first = first_element(&lower)?;
    match first {
        "rss" | "feed" | "rdf:rdf" | "rdf" => Some(WebFormat::Feed),
        "html" | "head" | "body" | "!doctype" => Some(WebFormat::Html),
        _ if lower.contains("<html") || lower.contains("<body") || lower.contains("<p>") => Some(WebFormat::Html),
        _ => None,
    }
}

/// The name of the first element (or `!doctype`) in `lower`, skipping `<?...?>` and comments.
fn first_element(lower: &str) -> Option<&str> {
    let mut rest = lower;
    loop {
        let start = rest.find('<')?;
        rest = &rest[start + 1..];
        if rest.starts_with('?') {
            rest = &rest[rest.find("?>").map_or(rest.len(), |e| e + 2)..];
        } else if rest.starts_with("!--") {
            rest = &rest[rest.find("-->").map_or(rest.len(), |e| e + 3)..];
        } else if rest.starts_with("!doctype") {
            let html = rest.get(8..).is_some_and(|r| r.trim_start().starts_with("html"));
            if html {
                return Some("!doctype");
            }
            rest = &rest[rest.find('>').map_or(rest.len(), |e| e + 1)..];
        } else {
            let end = rest.find(|c: char| c.is_whitespace() || c == '>' || c == '/').unwrap_or(rest.len());
            return Some(&rest[..end]);
        }
    }
}

/// True when the gzip `head` decompresses to something that starts like a WARC record.
fn gzip_holds_warc(head: &[u8]) -> bool {
    use std::io::Read;
    let mut out = [0u8; 16];
    let mut decoder = flate2::read::GzDecoder::new(head);
    let mut filled = 0;
    while filled < out.len() {
        match decoder.read(&mut out[filled..]) {
            Ok(0) | Err(_) => break,
            Ok(n) => filled += n,
        }
    }
    out[..filled].starts_with(b"WARC/")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sniffed(name: &str, head: &[u8]) -> Option<WebFormat> {
        sniff(Path::new(name), head)
    }

    #[test]
    fn extension_and_content() {
        assert_eq!(sniffed("a.html", b"<!DOCTYPE html><html>"), Some(WebFormat::Html));
        assert_eq!(sniffed("a.htm", b""), Some(WebFormat::Html));
        assert_eq!(sniffed("a.xml", b"<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"), Some(WebFormat::Feed));
        assert_eq!(sniffed("a.xml", b"<?xml version=\"1.0\"?><!-- c --><feed xmlns=\"x\">"), Some(WebFormat::Feed));
        assert_eq!(sniffed("a.rdf", b"<?xml version=\"1.0\"?><rdf:RDF>"), Some(WebFormat::Feed));
        assert_eq!(sniffed("a.xml", b"<?xml version=\"1.0\"?><urlset>"), None);
        assert_eq!(sniffed("a.warc", b"WARC/1.0\r\n"), Some(WebFormat::Warc));
        assert_eq!(sniffed("noext", b"\xef\xbb\xbf  WARC/1.1\r\n"), Some(WebFormat::Warc));
        assert_eq!(sniffed("page", b"\n<html lang=ar>"), Some(WebFormat::Html));
        assert_eq!(sniffed("a.rss", b""), Some(WebFormat::Feed));
        assert_eq!(sniffed("a.jsonl", b"{\"id\":1}"), None);
        assert_eq!(sniffed("feed.html", b"<rss version=\"2.0\">"), Some(WebFormat::Feed));
    }

    #[test]
    fn gzip_is_warc_only_when_it_holds_warc() {
        use std::io::Write;
        let gz = |data: &[u8]| {
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            e.write_all(data).unwrap();
            e.finish().unwrap()
        };
        assert_eq!(sniffed("x.warc.gz", &gz(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n")), Some(WebFormat::Warc));
        assert_eq!(sniffed("x.gz", &gz(b"WARC/1.1\r\n")), Some(WebFormat::Warc));
        assert_eq!(sniffed("x.gz", &gz(b"<html>")), None);
        assert_eq!(sniffed("x.gz", &[0x1f, 0x8b, 8]), None);
    }
}
