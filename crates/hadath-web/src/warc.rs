//! WARC files (ISO 28500, WARC/1.0 and 1.1), plain or gzip, read one record at a time.
//!
//! A gzip file (Common Crawl ships one gzip member per record) is read through flate2's
//! `MultiGzDecoder`, so memory stays at one record whatever the file's size. Each `response`
//! record whose HTTP status is 2xx and whose `Content-Type` is HTML, and each `resource`
//! record of type HTML, gives one [`WebDocument`] (chunked transfer-encoding and gzip/deflate
//! content-encoding undone, the HTTP charset passed to the decoder, `WARC-Target-URI` as the
//! URL unless the page names a canonical one, `WARC-Date` as `fetched`). Every other record
//! (warcinfo, request, metadata, revisit, images, redirects, errors) is skipped and counted
//! ([`WarcReader::skipped`]).
//!
//! Errors name the record (counted from 1) and the byte offset where it starts in the
//! decompressed stream (the file offset for a plain file). A broken record gives one `Err` and
//! reading goes on at the next `WARC/` line; a stream that ends inside a record, a corrupt or
//! cut gzip stream, or a read error gives one final `Err` and the reader stops.

use std::io::{self, BufRead, BufReader, Read};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use flate2::bufread::MultiGzDecoder;

use crate::date::parse_date;
use crate::html::extract_html_with_charset;
use crate::{WebDocument, WebError};

/// Longest header line, and most header bytes, of a WARC record or an HTTP message.
const MAX_LINE: usize = 64 << 10;
const MAX_HEADER: usize = 256 << 10;
/// Largest HTML response read (and largest after content decoding); bigger ones are skipped
/// with an error.
const MAX_BLOCK: u64 = 32 << 20;

/// Streaming reader over the records of a WARC file. See the module docs.
#[derive(Debug)]
pub struct WarcReader<R: Read> {
    input: Input<R>,
    /// Bytes of the (decompressed) WARC stream consumed so far.
    offset: u64,
    /// Bytes of the underlying reader consumed so far (differs from `offset` for gzip).
    raw: Arc<AtomicU64>,
    records: u64,
    skipped: u64,
    /// A `WARC/` line found while resynchronising, with its offset: the next record's start.
    held: Option<(Vec<u8>, u64)>,
    pending: Option<WebError>,
    done: bool,
}

#[derive(Debug)]
enum Input<R: Read> {
    Plain(BufReader<Source<R>>),
    Gzip(Box<BufReader<MultiGzDecoder<BufReader<Source<R>>>>>),
}

/// The file: its first bytes (read to tell gzip from plain) put back in front, all counted.
type Source<R> = Counter<io::Chain<io::Cursor<Vec<u8>>, R>>;

/// Counts the bytes read from the file.
#[derive(Debug)]
struct Counter<R> {
    inner: R,
    count: Arc<AtomicU64>,
}

impl<R: Read> Read for Counter<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }
}

impl<R: Read> Read for Input<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Input::Plain(r) => r.read(buf),
            Input::Gzip(r) => r.read(buf),
        }
    }
}

impl<R: Read> BufRead for Input<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Input::Plain(r) => r.fill_buf(),
            Input::Gzip(r) => r.fill_buf(),
        }
    }

    fn consume(&mut self, n: usize) {
        match self {
            Input::Plain(r) => r.consume(n),
            Input::Gzip(r) => r.consume(n),
        }
    }
}

/// The header fields of a WARC record or an HTTP message, names lower-cased.
#[derive(Debug, Default)]
struct Headers(Vec<(String, String)>);

impl Headers {
    fn get(&self, name: &str) -> Option<&str> {
        self.0.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }
}

/// Why reading a record stopped.
enum Stop {
    /// The stream ended inside the record.
    Truncated(String),
    /// The record is broken; reading can go on at the next `WARC/` line.
    Broken(String),
    /// The stream itself failed.
    Io(io::Error),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        Stop::Io(e)
    }
}

impl<R: Read> WarcReader<R> {
    /// A reader over `reader`, which may be a plain or a gzip WARC file.
    pub fn new(mut reader: R) -> WarcReader<R> {
        let raw = Arc::new(AtomicU64::new(0));
        let (head, pending) = match read_head(&mut reader) {
            Ok(head) => (head, None),
            Err(e) => (Vec::new(), Some(WebError::Io { record: 0, offset: 0, source: e })),
        };
        let gzip = head.starts_with(&[0x1f, 0x8b]);
        let source = Counter { inner: io::Cursor::new(head).chain(reader), count: raw.clone() };
        let buffered = BufReader::with_capacity(64 << 10, source);
        let input = if gzip {
            Input::Gzip(Box::new(BufReader::with_capacity(64 << 10, MultiGzDecoder::new(buffered))))
        } else {
            Input::Plain(buffered)
        };
        WarcReader { input, offset: 0, raw, records: 0, skipped: 0, held: None, pending, done: false }
    }

    /// Records skipped without a document or an error: warcinfo, request, metadata, revisit,
    /// non-HTML and non-2xx responses.
    pub fn skipped(&self) -> u64 {
        self.skipped
    }

    /// Records met so far (documents, errors and skipped ones).
    pub fn records(&self) -> u64 {
        self.records
    }

    /// Bytes of the decompressed WARC stream consumed so far.
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// Reads the next record; `None` at the end of the stream. Skipped records loop here.
    fn next_record(&mut self) -> Option<Result<WebDocument, WebError>> {
        loop {
            let (line, start) = match self.held.take() {
                Some(held) => held,
                None => {
                    let start = self.offset;
                    match self.read_line() {
                        Ok(Some(line)) => (line, start),
                        Ok(None) => return None,
                        Err(e) => return Some(Err(self.fatal(Stop::Io(e), self.records + 1, start))),
                    }
                }
            };
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.records += 1;
            match self.record(&line, start) {
                Ok(Some(doc)) => return Some(doc),
                Ok(None) => self.skipped += 1,
                Err(Stop::Broken(reason)) => {
                    let err = WebError::Record { record: self.records, offset: start, reason };
                    let resync_at = self.offset;
                    if let Err(stop) = self.resync() {
                        self.pending = Some(self.fatal(stop, self.records + 1, resync_at));
                    }
                    return Some(Err(err));
                }
                Err(stop) => return Some(Err(self.fatal(stop, self.records, start))),
            }
        }
    }

    /// One record, from its version line on. `Ok(None)`: skipped.
    fn record(&mut self, version: &[u8], start: u64) -> Result<Option<Result<WebDocument, WebError>>, Stop> {
        if !version.starts_with(b"WARC/") {
            return Err(Stop::Broken(format!("expected a WARC/1.x version line, found {:?}", shorten(version))));
        }
        let headers = self.read_headers()?;
        let length = content_length(&headers)?;
        let Some(kind) = wanted(&headers) else {
            self.skip(length)?;
            return Ok(None);
        };
        if length > MAX_BLOCK {
            self.skip(length)?;
            return Err(Stop::Broken(format!("the record is {length} bytes, more than the {MAX_BLOCK} read")));
        }
        let block = self.read_block(length)?;
        let page = match kind {
            Wanted::Response => match http_payload(&block).map_err(Stop::Broken)? {
                Some(page) => page,
                None => return Ok(None),
            },
            Wanted::Resource => Payload { body: block, charset: headers.get("content-type").and_then(charset_of) },
        };
        let uri = headers.get("warc-target-uri").map(|u| u.trim().trim_matches(['<', '>']).to_string());
        let fetched = headers.get("warc-date").and_then(parse_date);
        let result = extract_html_with_charset(&page.body, uri.as_deref(), page.charset.as_deref())
            .map(|doc| WebDocument { fetched, ..doc })
            .map_err(|e| WebError::Page {
                record: self.records,
                offset: start,
                uri: uri.unwrap_or_default(),
                source: Box::new(e),
            });
        Ok(Some(result))
    }

    /// Header lines up to the blank line, folded continuation lines joined.
    fn read_headers(&mut self) -> Result<Headers, Stop> {
        let mut headers = Headers::default();
        let mut size = 0;
        loop {
            let line =
                self.read_line()?.ok_or_else(|| Stop::Truncated("the stream ends inside the record header".to_string()))?;
            size += line.len();
            if size > MAX_HEADER {
                return Err(Stop::Broken(format!("the record header is longer than {MAX_HEADER} bytes")));
            }
            let line = String::from_utf8_lossy(&line);
            let line = line.trim_end_matches(['\r', '\n']);
            if line.is_empty() {
                return Ok(headers);
            }
            add_header(&mut headers, line);
        }
    }

    /// A line including its `\n` (the last line may lack it); `None` at the end of the stream.
    /// A line longer than [`MAX_LINE`] is read to its end but kept only in part (its length
    /// then exceeds `MAX_LINE`, which callers treat as a broken record).
    fn read_line(&mut self) -> io::Result<Option<Vec<u8>>> {
        let mut line = Vec::new();
        let mut seen = false;
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(seen.then_some(line));
            }
            seen = true;
            let (take, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            let room = (MAX_LINE + 1).saturating_sub(line.len());
            line.extend_from_slice(&buf[..take.min(room)]);
            self.input.consume(take);
            self.offset += take as u64;
            if done {
                return Ok(Some(line));
            }
        }
    }

    /// The record block, all `length` bytes of it.
    fn read_block(&mut self, length: u64) -> Result<Vec<u8>, Stop> {
        let mut block = Vec::with_capacity(length.min(1 << 20) as usize);
        let n = (&mut self.input).take(length).read_to_end(&mut block)? as u64;
        self.offset += n;
        if n < length {
            return Err(Stop::Truncated(format!("the record block should have {length} bytes, the stream ends after {n}")));
        }
        Ok(block)
    }

    fn skip(&mut self, length: u64) -> Result<(), Stop> {
        let n = io::copy(&mut (&mut self.input).take(length), &mut io::sink())?;
        self.offset += n;
        if n < length {
            return Err(Stop::Truncated(format!("the record block should have {length} bytes, the stream ends after {n}")));
        }
        Ok(())
    }

    /// After a broken record: reads on to the next line that starts a record.
    fn resync(&mut self) -> Result<(), Stop> {
        loop {
            let start = self.offset;
            match self.read_line()? {
                Some(line) if line.starts_with(b"WARC/1.") || line.starts_with(b"WARC/0.") => {
                    self.held = Some((line, start));
                    return Ok(());
                }
                Some(_) => {}
                None => return Ok(()),
            }
        }
    }

    /// The final error for a stop that ends reading, in `record` which starts at `offset`.
    fn fatal(&mut self, stop: Stop, record: u64, offset: u64) -> WebError {
        self.done = true;
        let end = self.offset;
        match (stop, &self.input) {
            (Stop::Truncated(reason), _) => WebError::Truncated { record, offset, end, reason },
            (Stop::Broken(reason), _) => WebError::Record { record, offset, reason },
            (Stop::Io(source), Input::Gzip(_)) => {
                WebError::Gzip { record, offset, compressed: self.raw.load(Ordering::Relaxed), source }
            }
            (Stop::Io(source), Input::Plain(_)) if source.kind() == io::ErrorKind::UnexpectedEof => {
                WebError::Truncated { record, offset, end, reason: source.to_string() }
            }
            (Stop::Io(source), Input::Plain(_)) => WebError::Io { record, offset, source },
        }
    }
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = Result<WebDocument, WebError>;

    fn next(&mut self) -> Option<Self::Item> {
        if let Some(e) = self.pending.take() {
            self.done = true;
            return Some(Err(e));
        }
        if self.done {
            return None;
        }
        let item = self.next_record();
        if item.is_none() {
            self.done = true;
        }
        item
    }
}

/// The kinds of record that may hold a page.
#[derive(Debug, Clone, Copy)]
enum Wanted {
    /// A `response` carrying an HTTP message.
    Response,
    /// A `resource` whose own type is HTML.
    Resource,
}

/// Whether a record may hold a page, by its WARC headers.
fn wanted(headers: &Headers) -> Option<Wanted> {
    let kind = headers.get("warc-type").unwrap_or_default().trim().to_ascii_lowercase();
    let content_type = headers.get("content-type").unwrap_or_default();
    match kind.as_str() {
        "response" if content_type.trim().to_ascii_lowercase().starts_with("application/http") => Some(Wanted::Response),
        "resource" if is_html_type(content_type) => Some(Wanted::Resource),
        _ => None,
    }
}

fn content_length(headers: &Headers) -> Result<u64, Stop> {
    let value = headers.get("content-length").ok_or_else(|| Stop::Broken("no Content-Length".to_string()))?;
    value
        .trim()
        .parse::<u64>()
        .map_err(|_| Stop::Broken(format!("Content-Length {:?} is not a number", shorten(value.as_bytes()))))
}

/// The first two bytes of a stream (fewer at its end), however the reader hands them out.
fn read_head(reader: &mut impl Read) -> io::Result<Vec<u8>> {
    let mut head = [0u8; 2];
    let mut filled = 0;
    while filled < head.len() {
        match reader.read(&mut head[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(head[..filled].to_vec())
}

/// `Name: value` into `headers`; a line starting with white space continues the last value.
fn add_header(headers: &mut Headers, line: &str) {
    if line.starts_with([' ', '\t']) {
        if let Some((_, value)) = headers.0.last_mut() {
            value.push(' ');
            value.push_str(line.trim());
        }
        return;
    }
    if let Some((name, value)) = line.split_once(':') {
        headers.0.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
    }
}

/// The HTML body of an HTTP response and its declared charset.
#[derive(Debug)]
struct Payload {
    body: Vec<u8>,
    charset: Option<String>,
}

/// The page in an HTTP response block; `Ok(None)` when it is not a 2xx HTML response.
fn http_payload(block: &[u8]) -> Result<Option<Payload>, String> {
    let (head, body) = split_http(block).ok_or("the HTTP response has no header end")?;
    let head = String::from_utf8_lossy(head);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    if !status_line.starts_with("HTTP/") {
        return Err(format!("not an HTTP response: {:?}", shorten(status_line.as_bytes())));
    }
    let status: u16 =
        status_line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or("the HTTP status line has no status code")?;
    let mut headers = Headers::default();
    for line in lines {
        add_header(&mut headers, line.trim_end_matches('\r'));
    }
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let html = match headers.get("content-type") {
        Some(t) => is_html_type(t),
        None => looks_like_html(body),
    };
    if !html {
        return Ok(None);
    }
    let mut body = body.to_vec();
    if headers.get("transfer-encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked")) {
        body = dechunk(&body)?;
    }
    if let Some(coding) = headers.get("content-encoding") {
        body = decode_content(body, coding)?;
    }
    Ok(Some(Payload { body, charset: headers.get("content-type").and_then(charset_of) }))
}

/// Header bytes and body of an HTTP message (the blank line may be `\r\n\r\n` or `\n\n`).
fn split_http(block: &[u8]) -> Option<(&[u8], &[u8])> {
    let crlf = block.windows(4).position(|w| w == b"\r\n\r\n").map(|i| (i, i + 4));
    let lf = block.windows(2).position(|w| w == b"\n\n").map(|i| (i, i + 2));
    let (end, body) = match (crlf, lf) {
        (Some(a), Some(b)) => {
            if a.0 <= b.0 {
                a
            } else {
                b
            }
        }
        (a, b) => a.or(b)?,
    };
    if end > MAX_HEADER {
        return None;
    }
    Some((&block[..end], &block[body..]))
}

fn is_html_type(content_type: &str) -> bool {
    let t = content_type.split(';').next().unwrap_or_default().trim().to_ascii_lowercase();
    t == "text/html" || t == "application/xhtml+xml"
}

/// The `charset` parameter of a `Content-Type`.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(['"', '\'']).to_string())
    })
}

fn looks_like_html(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(body.get(..512).unwrap_or(body)).to_ascii_lowercase();
    head.contains("<html") || head.contains("<!doctype html") || head.contains("<body") || head.contains("<p")
}

/// Undoes HTTP/1.1 chunked transfer-encoding.
fn dechunk(body: &[u8]) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let eol = rest.iter().position(|&b| b == b'\n').ok_or("chunked body: a chunk size line has no end")?;
        let line = String::from_utf8_lossy(&rest[..eol]);
        let size_text = line.split(';').next().unwrap_or_default().trim();
        let size = usize::from_str_radix(size_text, 16).map_err(|_| format!("chunked body: bad chunk size {size_text:?}"))?;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Ok(out);
        }
        let chunk = rest.get(..size).ok_or("chunked body: a chunk is cut short")?;
        out.extend_from_slice(chunk);
        if out.len() as u64 > MAX_BLOCK {
            return Err("chunked body: too large".to_string());
        }
        rest = &rest[size..];
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .ok_or("chunked body: a chunk does not end with CRLF")?;
    }
}

/// Undoes `Content-Encoding` (gzip, x-gzip, deflate; identity). Others are an error.
fn decode_content(body: Vec<u8>, coding: &str) -> Result<Vec<u8>, String> {
    let coding = coding.trim().to_ascii_lowercase();
    let mut out = Vec::new();
    let result = match coding.as_str() {
        "" | "identity" | "none" => return Ok(body),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..]).take(MAX_BLOCK).read_to_end(&mut out),
        "deflate" => {
            let zlib = flate2::read::ZlibDecoder::new(&body[..]).take(MAX_BLOCK).read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(&body[..]).take(MAX_BLOCK).read_to_end(&mut out)
            } else {
                zlib
            }
        }
        other => return Err(format!("unsupported Content-Encoding {other:?}")),
    };
    result.map_err(|e| format!("cannot decode the {coding} body: {e}"))?;
    Ok(out)
}

/// The first bytes of a line, for messages.
fn shorten(line: &[u8]) -> String {
    let text = String::from_utf8_lossy(line.get(..40).unwrap_or(line));
    text.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked() {
        assert_eq!(dechunk(b"5\r\nhello\r\n6;ext=1\r\n world\r\n0\r\n\r\n").unwrap(), b"hello world");
        assert!(dechunk(b"zz\r\nhello").is_err());
        assert!(dechunk(b"10\r\nshort").is_err());
        assert!(dechunk(b"5\r\nhello").is_err());
    }

    #[test]
    fn content_encodings() {
        use std::io::Write;
        let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        e.write_all(b"<p>hi</p>").unwrap();
        let gz = e.finish().unwrap();
        assert_eq!(decode_content(gz.clone(), "gzip").unwrap(), b"<p>hi</p>");
        assert!(decode_content(gz[..gz.len() / 2].to_vec(), "gzip").is_err());
        assert!(decode_content(b"x".to_vec(), "br").is_err());
        assert_eq!(decode_content(b"x".to_vec(), "identity").unwrap(), b"x");
    }

    #[test]
    fn http_parts() {
        let p =
            http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1256\r\n\r\n<p>x</p>").unwrap().unwrap();
        assert_eq!(p.charset.as_deref(), Some("windows-1256"));
        assert_eq!(p.body, b"<p>x</p>");
        assert!(http_payload(b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\n\r\n<p>x</p>").unwrap().is_none());
        assert!(http_payload(b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG").unwrap().is_none());
        assert!(http_payload(b"garbage\r\n\r\n").is_err());
        assert!(http_payload(b"HTTP/1.1 200 OK").is_err());
    }
}
