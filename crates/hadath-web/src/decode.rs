//! Bytes to text: which encoding a page or feed is in, and character references.
//!
//! Order for HTML: BOM, then the HTTP charset hint, then `<meta charset>` in the first 4 KiB,
//! then UTF-8 when the bytes are valid UTF-8, else a guess between windows-1256 (Arabic) and
//! windows-1252. For XML the declaration's `encoding` takes the place of the meta tag.
//! Invalid sequences become U+FFFD; the BOM is removed.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252, WINDOWS_1256};

/// How far into a page a charset declaration is looked for.
const PRESCAN: usize = 4096;

/// The text of an HTML page.
pub(crate) fn decode_html(bytes: &[u8], hint: Option<&str>) -> String {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default()).0.into_owned();
    }
    let declared = hint.and_then(html_label).or_else(|| meta_charset(bytes));
    let enc = declared.unwrap_or_else(|| guess(bytes));
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The text of an XML document (a feed).
pub(crate) fn decode_xml(bytes: &[u8]) -> String {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        return enc.decode_without_bom_handling(bytes.get(bom..).unwrap_or_default()).0.into_owned();
    }
    let enc = xml_declared(bytes).unwrap_or_else(|| guess(bytes));
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The first bytes of a file as text, for sniffing (lossy, any encoding close enough).
pub(crate) fn decode_head(head: &[u8]) -> Cow<'_, str> {
    if let Some((enc, bom)) = Encoding::for_bom(head) {
        return Cow::Owned(enc.decode_without_bom_handling(head.get(bom..).unwrap_or_default()).0.into_owned());
    }
    String::from_utf8_lossy(head)
}

/// An encoding label as HTML treats it: UTF-16 labels mean UTF-8 (the bytes were read as
/// ASCII to find the label), `x-user-defined` means windows-1252.
fn html_label(label: &str) -> Option<&'static Encoding> {
    let enc = Encoding::for_label(label.trim().trim_matches(|c| c == '"' || c == '\'').as_bytes())?;
    if enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE {
        Some(UTF_8)
    } else if enc == encoding_rs::X_USER_DEFINED {
        Some(WINDOWS_1252)
    } else {
        Some(enc)
    }
}

/// `<meta charset=X>` or `<meta http-equiv=Content-Type content="...; charset=X">` in the first
/// [`PRESCAN`] bytes.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..PRESCAN).unwrap_or(bytes).to_ascii_lowercase();
    let mut at = 0;
    while let Some(found) = find(&head[at..], b"<meta") {
        let start = at + found + 5;
        let end = head[start..].iter().position(|&b| b == b'>').map_or(head.len(), |e| start + e);
        if let Some(enc) = charset_in(&head[start..end]).and_then(html_label) {
            return Some(enc);
        }
        at = end;
    }
    None
}

/// The encoding named in an XML declaration.
fn xml_declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = bytes.get(..256).unwrap_or(bytes).to_ascii_lowercase();
    let start = find(&head, b"<?xml")?;
    let end = find(&head[start..], b"?>").map_or(head.len(), |e| start + e);
    let decl = &head[start..end];
    let at = find(decl, b"encoding")? + 8;
    let value = value_after_equals(&decl[at..])?;
    let enc = Encoding::for_label(value.as_bytes())?;
    // A UTF-16 label on bytes we could read as ASCII is wrong; UTF-8 is what is there.
    Some(if enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE { UTF_8 } else { enc })
}

/// The label after the first `charset` in a meta tag's bytes.
fn charset_in(tag: &[u8]) -> Option<&str> {
    let at = find(tag, b"charset")? + 7;
    value_after_equals(&tag[at..])
}

/// `= "label"` (quotes and spaces optional) → `label`.
fn value_after_equals(rest: &[u8]) -> Option<&str> {
    let rest = match std::str::from_utf8(rest) {
        Ok(s) => s,
        Err(e) => std::str::from_utf8(rest.get(..e.valid_up_to())?).ok()?,
    };
    let rest = rest.trim_start().strip_prefix('=')?.trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || "-_.:".contains(c))).unwrap_or(rest.len());
    (end > 0).then(|| &rest[..end])
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// No declaration: UTF-8 if the bytes are UTF-8; otherwise windows-1256 when that reading
/// gives mostly Arabic letters (the legacy Arabic pages this crate meets), else windows-1252.
fn guess(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    let sample = bytes.get(..PRESCAN * 4).unwrap_or(bytes);
    let (as_arabic, _) = WINDOWS_1256.decode_without_bom_handling(sample);
    let (mut arabic, mut other) = (0usize, 0usize);
    for c in as_arabic.chars().filter(|c| !c.is_ascii()) {
        if ('\u{0600}'..='\u{06FF}').contains(&c) {
            arabic += 1;
        } else {
            other += 1;
        }
    }
    if arabic > 2 * other { WINDOWS_1256 } else { WINDOWS_1252 }
}

/// Replaces character references (`&amp;`, `&#1575;`, `&#x627;`, and the named ones news
/// pages use) with their characters; unknown names stay as written. Used on feed text after
/// XML parsing and on text where a page escaped its entities twice.
pub(crate) fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        match reference(rest) {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference at the start of `s` stands for, and the reference's length.
fn reference(s: &str) -> Option<(char, usize)> {
    let end = s.get(1..)?.find(';').filter(|&e| e > 0 && e <= 10)? + 1;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let n = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        char::from_u32(n).filter(|&c| c != '\0').unwrap_or('\u{FFFD}')
    } else {
        named(body)?
    };
    Some((c, end + 1))
}

fn named(name: &str) -> Option<char> {
    Some(match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "hellip" => '…',
        "mdash" => '—',
        "ndash" => '–',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "middot" => '·',
        "bull" => '•',
        "deg" => '°',
        "times" => '×',
        "shy" => '\u{ad}',
        "zwnj" => '\u{200c}',
        "zwj" => '\u{200d}',
        "lrm" => '\u{200e}',
        "rlm" => '\u{200f}',
        "eacute" => 'é',
        "egrave" => 'è',
        "agrave" => 'à',
        "ccedil" => 'ç',
        "euro" => '€',
        "pound" => '£',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_windows_1256() {
        let (bytes, _, _) = WINDOWS_1256.encode("<html><head><meta charset=\"windows-1256\"></head><body>قال الوزير</body>");
        assert!(decode_html(&bytes, None).contains("قال الوزير"));
        let (bytes, _, _) =
            WINDOWS_1256.encode("<meta http-equiv='Content-Type' content='text/html; charset=windows-1256'><p>قال الوزير</p>");
        assert!(decode_html(&bytes, None).contains("قال الوزير"));
    }

    #[test]
    fn iso_8859_6_and_1252() {
        let (bytes, _, _) = encoding_rs::ISO_8859_6.encode("<meta charset=iso-8859-6><p>بيان</p>");
        assert!(decode_html(&bytes, None).contains("بيان"));
        let bytes = b"<meta charset=windows-1252><p>caf\xe9 \x93quoted\x94</p>";
        assert!(decode_html(bytes, None).contains("café “quoted”"));
    }

    #[test]
    fn hint_beats_meta_and_bom_beats_hint() {
        let (bytes, _, _) = WINDOWS_1256.encode("<meta charset=windows-1252><p>بيان</p>");
        assert!(decode_html(&bytes, Some("windows-1256")).contains("بيان"));
        let mut bom = b"\xef\xbb\xbf".to_vec();
        bom.extend_from_slice("<p>بيان</p>".as_bytes());
        let text = decode_html(&bom, Some("windows-1252"));
        assert!(text.starts_with("<p>بيان"));
    }

    #[test]
    fn undeclared_legacy_guess() {
        let (arabic, _, _) = WINDOWS_1256.encode("<p>قالت وزارة الخارجية في بيان</p>");
        assert!(decode_html(&arabic, None).contains("وزارة الخارجية"));
        let french = b"<p>D\xe9claration du minist\xe8re \xe0 Paris, tr\xe8s \xe9tendue</p>";
        assert!(decode_html(french, None).contains("Déclaration du ministère à Paris"));
    }

    #[test]
    fn invalid_utf8_becomes_replacement() {
        let text = decode_html(b"<meta charset=utf-8><p>a\xff\xfeb</p>", None);
        assert!(text.contains('\u{FFFD}'));
    }

    #[test]
    fn xml_declaration() {
        let (bytes, _, _) =
            WINDOWS_1256.encode("<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss><title>أخبار</title></rss>");
        assert!(decode_xml(&bytes).contains("أخبار"));
        assert!(decode_xml(b"\xef\xbb\xbf<rss/>").starts_with("<rss"));
    }

    #[test]
    fn entities() {
        assert_eq!(decode_entities("a &amp; b &#1575;&#x0644; &hellip; &nosuch; & x"), "a & b ال … &nosuch; & x");
        assert_eq!(decode_entities("&#0;&#xD800;&#99999999999;"), "\u{FFFD}\u{FFFD}&#99999999999;");
        assert_eq!(decode_entities("&"), "&");
        assert_eq!(decode_entities("&;"), "&;");
    }
}
