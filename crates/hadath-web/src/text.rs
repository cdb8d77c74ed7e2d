//! Plain-text clean-up shared by pages and feeds.

use crate::decode::decode_entities;

/// One line of display text: entities left over from double escaping decoded, every run of
/// white space (NBSP and the other Unicode spaces, tabs, newlines) made one space, control
/// characters and zero-width spaces removed, ends trimmed.
pub(crate) fn clean_line(raw: &str) -> String {
    let decoded = decode_entities(raw);
    let mut out = String::with_capacity(decoded.len());
    let mut space = false;
    for c in decoded.chars() {
        if c.is_whitespace() || c.is_control() {
            space = !out.is_empty();
        } else if matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{2060}' | '\u{00AD}') {
            // Invisible: drop without breaking the word.
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Number of characters that are not ASCII white space: the length measure used for scoring
/// (counted on bytes: every byte that starts a character and is not a space, tab or newline).
pub(crate) fn visible_chars(s: &str) -> usize {
    s.bytes().filter(|&b| (b & 0xC0) != 0x80 && !b.is_ascii_whitespace()).count()
}

/// Number of commas (Latin and Arabic) in `s`: a sign of running prose.
pub(crate) fn commas(s: &str) -> usize {
    s.chars().filter(|&c| c == ',' || c == '،').count()
}

/// The key two texts are compared by: normalised (Arabic letter forms, case), punctuation
/// and spaces removed.
pub(crate) fn compare_key(s: &str) -> String {
    hadath_text::normalize::normalize(s).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The host of an absolute http(s) URL, without `www.` and port.
pub(crate) fn host_of(url: &str) -> Option<String> {
    let rest = url.trim().split_once("://").map(|(scheme, rest)| (scheme.to_ascii_lowercase(), rest))?;
    if rest.0 != "http" && rest.0 != "https" {
        return None;
    }
    let authority = rest.1.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?.split(':').next()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    (!host.is_empty()).then(|| host.to_string())
}

/// `href` made absolute against `base` when it is relative; `None` when that is not possible.
pub(crate) fn absolute_url(href: &str, base: Option<&str>) -> Option<String> {
    let href = href.trim();
    if href.is_empty() {
        return None;
    }
    if host_of(href).is_some() {
        return Some(href.to_string());
    }
    let base = base?.trim();
    let (scheme, rest) = base.split_once("://")?;
    let authority = rest.split(['/', '?', '#']).next()?;
    if let Some(path) = href.strip_prefix("//") {
        return Some(format!("{scheme}://{path}"));
    }
    if href.starts_with('/') {
        return Some(format!("{scheme}://{authority}{href}"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_line_collapses_and_decodes() {
        assert_eq!(clean_line("  a\u{a0}\u{a0}b\t\nc &amp;amp; d\u{200b}e "), "a b c &amp; de");
        assert_eq!(clean_line("x&nbsp;y"), "x y");
        assert_eq!(clean_line("\u{1}\u{7f}"), "");
    }

    #[test]
    fn hosts_and_urls() {
        assert_eq!(host_of("https://www.Example.com:8080/a?b").as_deref(), Some("example.com"));
        assert_eq!(host_of("ftp://x.org/"), None);
        assert_eq!(host_of("/relative"), None);
        assert_eq!(absolute_url("/news/1", Some("https://a.com/x/y")).as_deref(), Some("https://a.com/news/1"));
        assert_eq!(absolute_url("//cdn.a.com/n", Some("https://a.com/")).as_deref(), Some("https://cdn.a.com/n"));
        assert_eq!(absolute_url("news/1", Some("https://a.com/")), None);
        assert_eq!(absolute_url("/news/1", None), None);
    }

    #[test]
    fn compare_keys_ignore_forms() {
        assert_eq!(compare_key("أمريكا، اليوم!"), compare_key("امريكا اليوم"));
    }
}
