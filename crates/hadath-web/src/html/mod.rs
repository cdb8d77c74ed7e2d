//! One HTML page (or an HTML fragment from a feed) to a [`WebDocument`].
//!
//! Bytes are decoded (see the crate docs for the charset order), parsed by html5ever into a
//! flat arena ([`dom`]), furniture is pruned ([`prune`]), the main text is found and emitted
//! as paragraphs ([`extract`]), and the paragraphs pass the last filters:
//!
//! * link-dominated paragraphs (half or more of their characters in links: menus, "related"
//!   lists, tag clouds) go;
//! * furniture lines go ([`filter`]: "شارك", "اترك تعليقاً", "اقرأ أيضاً: ...", "Tags: ...");
//! * the title is not repeated (an `<h1>` or paragraph equal to it goes), nor is any paragraph
//!   already given.
//!
//! Metadata ([`meta`]) comes from `<meta>`, `<link rel=canonical>`, `<title>`, JSON-LD and
//! `<time>`.

mod depth;
mod dom;
mod extract;
mod filter;
mod meta;
mod prune;
mod sink;

use std::collections::HashSet;

use self::dom::Dom;
use self::extract::Block;
use crate::date::is_date_line;
use crate::text::{clean_line, compare_key, visible_chars};
use crate::{WebDocument, WebError, decode};

/// Pages are cut to this many bytes of text before parsing (a news page is far smaller; the
/// rest of a larger one is inline images and scripts).
const MAX_HTML: usize = 16 << 20;

/// Main text shorter than this (visible characters) is replaced by the JSON-LD `articleBody`
/// when that is longer: the page builds its body with scripts.
const SHORT_TEXT: usize = 200;

/// The main text and metadata of one HTML page. `url` is where the page came from, if known
/// (used when the page names no canonical URL, and for its host).
///
/// Errors: [`WebError::NotHtml`] for binary data, [`WebError::NoText`] when the page has
/// neither a title nor any main text.
pub fn extract_html(bytes: &[u8], url: Option<&str>) -> Result<WebDocument, WebError> {
    extract_html_with_charset(bytes, url, None)
}

/// [`extract_html`] with the charset the server declared (the `charset` parameter of an HTTP
/// `Content-Type`), which a `<meta charset>` cannot override; a BOM still can.
pub fn extract_html_with_charset(bytes: &[u8], url: Option<&str>, charset: Option<&str>) -> Result<WebDocument, WebError> {
    refuse_binary(bytes)?;
    let mut html = decode::decode_html(bytes, charset);
    truncate_at_char(&mut html, MAX_HTML);
    let dom = Dom::build(&sink::parse_document(&depth::limit_depth(&html)));
    drop(html);
    let pruned = extract::prune(&dom);
    let scores = extract::score(&dom, &pruned);
    let roots = extract::pick_roots(&dom, &pruned, &scores);
    let url = meta::url(&dom.meta, url);
    let site = meta::site(&dom.meta, url.as_deref());
    let host = url.as_deref().and_then(crate::text::host_of);
    let names: Vec<&str> = [site.as_deref(), host.as_deref()].into_iter().flatten().collect();
    let h1 = meta::main_h1(&dom, &pruned, &roots);
    let title = meta::title(&dom, h1, &names);
    let skip: Vec<&str> = [title.as_deref(), dom.meta.title.as_deref(), h1].into_iter().flatten().collect();
    let mut text = finish(extract::emit(&dom, &pruned, &roots), &skip);
    if visible_chars(&text) < SHORT_TEXT
        && let Some(body) = meta::ld_body(&dom.meta.ld_json).map(|b| ld_body_text(&b, title.as_deref()))
        && visible_chars(&body) > visible_chars(&text)
    {
        text = body;
    }
    if title.is_none() && text.is_empty() {
        return Err(WebError::NoText);
    }
    Ok(WebDocument {
        published: meta::published(&dom, &roots),
        lang: meta::lang(&dom.meta),
        url,
        title,
        site,
        text,
        fetched: None,
    })
}

/// The text of an HTML fragment (a feed item's description or content): every paragraph that
/// is not furniture, `title` not repeated.
pub(crate) fn fragment_text(html: &str, title: Option<&str>) -> String {
    let mut html = html.to_string();
    truncate_at_char(&mut html, MAX_HTML);
    let dom = Dom::build(&sink::parse_fragment(&depth::limit_depth(&html)));
    let pruned = extract::prune(&dom);
    finish(extract::emit(&dom, &pruned, &[0]), &title.into_iter().collect::<Vec<_>>())
}

/// Plain text (JSON-LD `articleBody`, an Atom `type="text"` summary) as paragraphs, one per
/// line, through the same filters as a page's.
pub(crate) fn plain_text(text: &str, title: Option<&str>) -> String {
    let blocks = text
        .lines()
        .map(clean_line)
        .filter(|l| !l.is_empty())
        .map(|text| Block { chars: visible_chars(&text), text, links: 0, heading: 0 })
        .collect();
    finish(blocks, &title.into_iter().collect::<Vec<_>>())
}

/// A JSON-LD `articleBody`: plain text, or HTML as some sites put there.
fn ld_body_text(body: &str, title: Option<&str>) -> String {
    let html = body.contains("</") || body.contains("<br") || body.contains("<p");
    if html { fragment_text(body, title) } else { plain_text(body, title) }
}

/// Applies the paragraph filters and joins what is left.
fn finish(blocks: Vec<Block>, skip: &[&str]) -> String {
    let skip: Vec<(usize, String)> = skip.iter().map(|t| (t.len(), compare_key(t))).filter(|(_, k)| !k.is_empty()).collect();
    let is_title =
        |text: &str| skip.iter().any(|(len, key)| text.len() <= 2 * len && text.len() * 2 >= *len && compare_key(text) == *key);
    let mut seen: HashSet<&str> = HashSet::new();
    let mut kept: Vec<&Block> = Vec::new();
    for block in &blocks {
        if block.links * 2 >= block.chars && block.links > 0 {
            continue;
        }
        if !seen.insert(&block.text) || is_title(&block.text) || filter::is_furniture(&block.text) || is_date_line(&block.text) {
            continue;
        }
        // A heading followed by another heading (or by nothing) heads nothing.
        if block.heading > 0 && kept.last().is_some_and(|b| b.heading > 0) {
            kept.pop();
        }
        kept.push(block);
    }
    if kept.last().is_some_and(|b| b.heading > 0) {
        kept.pop();
    }
    kept.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n\n")
}

/// Binary data (NUL bytes without a UTF-16 BOM, or image/PDF/archive signatures) is no page.
fn refuse_binary(bytes: &[u8]) -> Result<(), WebError> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"%PDF", "a PDF file"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b", "gzip data (decompress it first)"),
        (b"RIFF", "a RIFF (WebP/AVI) file"),
    ];
    if let Some((_, what)) = SIGNATURES.iter().find(|(sig, _)| bytes.starts_with(sig)) {
        return Err(WebError::NotHtml { reason: format!("the data is {what}") });
    }
    let utf16 = bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff");
    let head = bytes.get(..1024).unwrap_or(bytes);
    if !utf16 && head.contains(&0) {
        return Err(WebError::NotHtml { reason: "the data holds NUL bytes (binary)".to_string() });
    }
    Ok(())
}

/// Cuts `s` to at most `max` bytes, on a character boundary.
fn truncate_at_char(s: &mut String, max: usize) {
    if s.len() > max {
        let mut at = max;
        while !s.is_char_boundary(at) {
            at -= 1;
        }
        s.truncate(at);
    }
}

#[cfg(test)]
mod tests;
