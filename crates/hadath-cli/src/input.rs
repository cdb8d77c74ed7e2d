//! Reading documents: plain-text files (id = file stem), directories (recursively), JSONL
//! records `{"id","text","date","title","url","source","lang"}` from files or standard input,
//! and web files through `hadath-web`: HTML pages, RSS/Atom feeds (one document per item) and
//! WARC(.gz) archives (one per HTML response, streamed).
//!
//! Every bad input becomes an [`InputError`] naming the file and line or byte; the rest of
//! the batch is still read.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use hadath_core::Document;
use hadath_lexicon::PartialDate;
use hadath_text::Lang;
use hadath_web::{WebDocument, WebFormat};
use serde::Deserialize;

/// A document that could not be read, and where.
#[derive(Debug, Clone)]
pub struct InputError {
    pub origin: String,
    pub message: String,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.origin, self.message)
    }
}

/// What the reader yields.
#[derive(Debug)]
pub enum Input {
    Doc(Box<Document>),
    Error(InputError),
}

/// Files bigger than this are refused (a document is news, not a corpus dump).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Where documents come from.
#[derive(Debug, Clone)]
enum Origin {
    Stdin,
    File(PathBuf),
}

/// Expands paths (directories recursively, in name order) into input origins.
fn origins(paths: &[PathBuf], errors: &mut Vec<InputError>) -> Vec<Origin> {
    let mut out = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            out.push(Origin::Stdin);
        } else if p.is_dir() {
            let mut files = Vec::new();
            walk(p, &mut files, errors);
            files.sort();
            out.extend(files.into_iter().map(Origin::File));
        } else if p.exists() {
            out.push(Origin::File(p.clone()));
        } else {
            errors.push(InputError { origin: p.display().to_string(), message: "no such file or directory".into() });
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>, errors: &mut Vec<InputError>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) => {
            errors.push(InputError { origin: dir.display().to_string(), message: format!("cannot read directory: {e}") });
            return;
        }
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let hidden = path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, out, errors);
        } else if matches!(
            extension(&path).as_deref(),
            Some(
                "txt" | "text" | "jsonl" | "ndjson" | "json" | "html" | "htm" | "xhtml" | "rss" | "atom" | "xml" | "warc" | "gz"
            ) | None
        ) {
            out.push(path);
        }
    }
}

fn extension(path: &Path) -> Option<String> {
    path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase)
}

fn is_jsonl(path: &Path) -> bool {
    matches!(extension(path).as_deref(), Some("jsonl" | "ndjson" | "json"))
}

/// Reads all inputs; `date` is the publication date for plain-text documents (and JSONL
/// records without one). Calls `f` for each document or error, in input order.
pub fn read_all(paths: &[PathBuf], date: Option<PartialDate>, mut f: impl FnMut(Input)) {
    let mut errors = Vec::new();
    let origins = origins(paths, &mut errors);
    for e in errors {
        f(Input::Error(e));
    }
    for origin in origins {
        match origin {
            Origin::Stdin => read_stdin(date, &mut f),
            Origin::File(path) if is_jsonl(&path) => match File::open(&path) {
                Ok(file) => read_jsonl(&path.display().to_string(), &stem(&path), BufReader::new(file), date, &mut f),
                Err(e) => {
                    f(Input::Error(InputError { origin: path.display().to_string(), message: format!("cannot open: {e}") }))
                }
            },
            Origin::File(path) => match web_format(&path) {
                Some(format) => read_web_file(&path, format, date, &mut f),
                None if is_web_name(&path) => f(Input::Error(InputError {
                    origin: path.display().to_string(),
                    message: "neither an HTML page, a news feed nor a WARC archive".into(),
                })),
                None => f(read_text_file(&path, date)),
            },
        }
    }
}

fn stem(path: &Path) -> String {
    path.file_stem().map_or_else(|| path.display().to_string(), |s| s.to_string_lossy().into_owned())
}

fn read_stdin(date: Option<PartialDate>, f: &mut impl FnMut(Input)) {
    let mut reader = BufReader::new(io::stdin().lock());
    // Sniff: JSONL if the first non-blank byte is '{'.
    let first = match reader.fill_buf() {
        Ok(buf) => buf.iter().copied().find(|b| !b.is_ascii_whitespace()),
        Err(e) => {
            f(Input::Error(InputError { origin: "stdin".into(), message: format!("cannot read: {e}") }));
            return;
        }
    };
    if first == Some(b'{') {
        read_jsonl("stdin", "stdin", reader, date, f);
        return;
    }
    let mut bytes = Vec::new();
    if let Err(e) = reader.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes) {
        f(Input::Error(InputError { origin: "stdin".into(), message: format!("cannot read: {e}") }));
        return;
    }
    f(text_document("stdin", "stdin".into(), bytes, date));
}

fn read_text_file(path: &Path, date: Option<PartialDate>) -> Input {
    let origin = path.display().to_string();
    let err = |message: String| Input::Error(InputError { origin: origin.clone(), message });
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            return err(format!("file of {} bytes is over the {} MiB limit", m.len(), MAX_FILE_BYTES >> 20));
        }
        Ok(_) => {}
        Err(e) => return err(format!("cannot read: {e}")),
    }
    match std::fs::read(path) {
        Ok(bytes) => text_document(&origin, stem(path), bytes, date),
        Err(e) => err(format!("cannot read: {e}")),
    }
}

/// A name that promises a web file: one that is not must not be read as plain text.
fn is_web_name(path: &Path) -> bool {
    matches!(extension(path).as_deref(), Some("html" | "htm" | "xhtml" | "rss" | "atom" | "xml" | "warc" | "gz"))
}

/// Whether a file is an HTML page, a feed or a WARC archive (by its name and first bytes).
fn web_format(path: &Path) -> Option<WebFormat> {
    let mut head = [0u8; 4096];
    let n = File::open(path).and_then(|mut f| read_up_to(&mut f, &mut head)).ok()?;
    hadath_web::sniff(path, &head[..n])
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match r.read(&mut buf[filled..])? {
            0 => break,
            n => filled += n,
        }
    }
    Ok(filled)
}

/// Reads an HTML page, every item of a feed, or every HTML response of a WARC archive
/// (streamed: archives may be far bigger than memory).
fn read_web_file(path: &Path, format: WebFormat, date: Option<PartialDate>, f: &mut impl FnMut(Input)) {
    let origin = path.display().to_string();
    let error = |at: String, message: String| Input::Error(InputError { origin: at, message });
    if format == WebFormat::Warc {
        let file = match File::open(path) {
            Ok(file) => file,
            Err(e) => return f(error(origin, format!("cannot open: {e}"))),
        };
        let mut records = hadath_web::WarcReader::new(BufReader::new(file));
        let mut n = 0usize;
        for record in records.by_ref() {
            n += 1;
            match record {
                Ok(page) => f(web_document(page, &format!("{}#{n}", stem(path)), date)),
                Err(e) => f(error(origin.clone(), e.to_string())),
            }
        }
        return;
    }
    let bytes = match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            return f(error(origin, format!("file of {} bytes is over the {} MiB limit", m.len(), MAX_FILE_BYTES >> 20)));
        }
        Ok(_) => match std::fs::read(path) {
            Ok(b) => b,
            Err(e) => return f(error(origin, format!("cannot read: {e}"))),
        },
        Err(e) => return f(error(origin, format!("cannot read: {e}"))),
    };
    match format {
        WebFormat::Html => match hadath_web::extract_html(&bytes, None) {
            Ok(page) => f(web_document(page, &stem(path), date)),
            Err(e) => f(error(origin, e.to_string())),
        },
        _ => match hadath_web::read_feed(&bytes) {
            Ok(items) => {
                for (i, item) in items.into_iter().enumerate() {
                    match item {
                        Ok(page) => f(web_document(page, &format!("{}#{}", stem(path), i + 1), date)),
                        Err(e) => f(error(origin.clone(), e.to_string())),
                    }
                }
            }
            Err(e) => f(error(origin, e.to_string())),
        },
    }
}

/// A document from a web page: its URL is its id when it has one; the page's publication
/// date wins over `--date` (a crawl date never stands in for it).
fn web_document(page: WebDocument, fallback_id: &str, date: Option<PartialDate>) -> Input {
    if page.text.trim().is_empty() {
        let what = page.url.as_deref().unwrap_or(fallback_id);
        return Input::Error(InputError { origin: what.to_string(), message: "no main text found".into() });
    }
    let published = page.published.as_deref().and_then(parse_date_prefix);
    Input::Doc(Box::new(Document {
        id: page.url.clone().unwrap_or_else(|| fallback_id.to_string()),
        text: page.text,
        date: published.or(date),
        title: page.title,
        url: page.url,
        source: page.site,
        lang: page.lang.as_deref().map(|l| Lang::from_code(l.split(['-', '_']).next().unwrap_or(l))),
    }))
}

/// A plain-text document from raw bytes, or the reason it is not one.
pub fn text_document(origin: &str, id: String, bytes: Vec<u8>, date: Option<PartialDate>) -> Input {
    let err = |message: String| Input::Error(InputError { origin: origin.to_string(), message });
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return err(format!("input is over the {} MiB limit", MAX_FILE_BYTES >> 20));
    }
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return err(format!("binary data (NUL byte at offset {pos}), not text"));
    }
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            let line = e.as_bytes()[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return err(format!("invalid UTF-8 at byte {at} (line {line})"));
        }
    };
    if text.trim().is_empty() {
        return err("empty document".into());
    }
    let text = text.strip_prefix('\u{FEFF}').map(str::to_string).unwrap_or(text);
    Input::Doc(Box::new(Document { id, text, date, ..Document::default() }))
}

/// One JSONL record as written by users (extra fields are ignored).
#[derive(Debug, Deserialize)]
struct JsonDoc {
    id: Option<serde_json::Value>,
    text: Option<String>,
    date: Option<String>,
    title: Option<String>,
    url: Option<String>,
    source: Option<String>,
    lang: Option<String>,
}

/// Reads JSONL records from `reader` (named `origin` in errors; `stem` makes ids for records
/// without one).
pub fn read_jsonl(origin: &str, stem: &str, mut reader: impl BufRead, date: Option<PartialDate>, f: &mut impl FnMut(Input)) {
    let mut line_no = 0usize;
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_until(b'\n', &mut buf) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                f(Input::Error(InputError { origin: format!("{origin}:{}", line_no + 1), message: format!("cannot read: {e}") }));
                break;
            }
        }
        line_no += 1;
        let at = format!("{origin}:{line_no}");
        let line = match std::str::from_utf8(&buf) {
            Ok(l) => l.trim(),
            Err(e) => {
                f(Input::Error(InputError {
                    origin: at,
                    message: format!("invalid UTF-8 at byte {} of the line", e.valid_up_to()),
                }));
                continue;
            }
        };
        if line.is_empty() {
            continue;
        }
        f(json_record(&at, stem, line_no, line, date));
    }
}

fn json_record(at: &str, stem: &str, line_no: usize, line: &str, default_date: Option<PartialDate>) -> Input {
    let err = |message: String| Input::Error(InputError { origin: at.to_string(), message });
    let rec: JsonDoc = match serde_json::from_str(line) {
        Ok(r) => r,
        Err(e) => return err(format!("not a JSON record: {e}")),
    };
    let Some(text) = rec.text.filter(|t| !t.trim().is_empty()) else {
        return err("record has no \"text\"".into());
    };
    let id = match rec.id {
        Some(serde_json::Value::String(s)) if !s.is_empty() => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        _ => format!("{stem}:{line_no}"),
    };
    let date = match rec.date.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
        Some(d) => match parse_date_prefix(d) {
            Some(p) => Some(p),
            None => return err(format!("bad \"date\" {d:?} (want YYYY-MM-DD)")),
        },
        None => default_date,
    };
    Input::Doc(Box::new(Document {
        id,
        text,
        date,
        title: rec.title,
        url: rec.url,
        source: rec.source,
        lang: rec.lang.as_deref().map(Lang::from_code),
    }))
}

/// Accepts `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, and timestamps starting with a date.
pub fn parse_date_prefix(s: &str) -> Option<PartialDate> {
    PartialDate::parse(s).or_else(|| s.get(..10).and_then(PartialDate::parse))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collect_jsonl(text: &str) -> Vec<Input> {
        let mut v = Vec::new();
        read_jsonl("in.jsonl", "in", text.as_bytes(), None, &mut |i| v.push(i));
        v
    }

    #[test]
    fn malformed_lines_are_named_and_skipped() {
        let inputs = collect_jsonl(
            "{\"id\":\"a\",\"text\":\"نص\"}\n{oops\n\n{\"id\":\"c\"}\n{\"text\":\"ب\",\"date\":\"2025-13-01\"}\n{\"id\":7,\"text\":\"ج\",\"date\":\"2018-06-02T10:00:00Z\"}\n",
        );
        let summary: Vec<String> = inputs
            .iter()
            .map(|i| match i {
                Input::Doc(d) => format!("doc {} {:?}", d.id, d.date.map(|x| x.to_string())),
                Input::Error(e) => e.origin.clone(),
            })
            .collect();
        assert_eq!(summary, ["doc a None", "in.jsonl:2", "in.jsonl:4", "in.jsonl:5", "doc 7 Some(\"2018-06-02\")"]);
    }

    #[test]
    fn bad_text_inputs() {
        let cases: [(&[u8], &str); 3] =
            [(b"", "empty"), (b"abc\0def", "NUL byte at offset 3"), (b"ok\n\xff\xfe", "invalid UTF-8 at byte 3 (line 2)")];
        for (bytes, want) in cases {
            match text_document("f.txt", "f".into(), bytes.to_vec(), None) {
                Input::Error(e) => assert!(e.message.contains(want), "{e}"),
                Input::Doc(_) => panic!("{want}: accepted"),
            }
        }
    }
}
