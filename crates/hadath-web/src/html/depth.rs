//! A guard against pathological nesting.
//!
//! html5ever checks the stack of open elements for every block start tag, so a page of
//! 100,000 nested `<div>`s takes minutes to parse. Browsers cap the tree's depth (Blink at
//! 512); this pass does the same before parsing: a start tag that would open an element deeper
//! than [`MAX_DEPTH`] is removed (its content stays, one level up). Depth is counted roughly,
//! in one linear scan: end tags close one level, void elements and elements whose end tag may
//! be left out (`p`, `li`, `td`...) do not count, and raw-text elements (`script`, `style`...)
//! are stepped over whole. Real pages never come near the cap, so they pass untouched.

use std::borrow::Cow;

/// Deepest element nesting kept.
pub(crate) const MAX_DEPTH: usize = 512;

const VOID_OR_OPTIONAL_END: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr", "keygen", "p",
    "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "tbody", "thead", "tfoot", "colgroup", "caption", "rb", "rt", "rp",
    "rtc", "html", "head", "body",
];

const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"];

/// `html` with start tags beyond [`MAX_DEPTH`] removed (borrowed when there are none).
pub(crate) fn limit_depth(html: &str) -> Cow<'_, str> {
    let bytes = html.as_bytes();
    let mut depth = 0usize;
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while let Some(lt) = bytes.get(i..).and_then(|b| b.iter().position(|&c| c == b'<')).map(|p| i + p) {
        let rest = &bytes[lt..];
        if rest.starts_with(b"<!--") {
            i = find(bytes, lt + 4, b"-->").map_or(bytes.len(), |e| e + 3);
            continue;
        }
        let closing = rest.get(1) == Some(&b'/');
        let name_start = lt + 1 + usize::from(closing);
        let name_len = bytes.get(name_start..).map_or(0, |b| b.iter().take_while(|c| c.is_ascii_alphanumeric()).count());
        if name_len == 0 || !bytes[name_start].is_ascii_alphabetic() {
            i = lt + 1;
            continue;
        }
        let mut buf = [0u8; 12];
        let name = lower_name(&bytes[name_start..name_start + name_len], &mut buf);
        let end = tag_end(bytes, name_start + name_len);
        let counted = !VOID_OR_OPTIONAL_END.contains(&name);
        if closing {
            if counted {
                depth = depth.saturating_sub(1);
            }
            i = end;
        } else if RAW_TEXT.contains(&name) {
            i = raw_text_end(html, end, name);
        } else if name == "plaintext" {
            break;
        } else if !counted || bytes.get(end.saturating_sub(2)) == Some(&b'/') {
            i = end;
        } else if depth >= MAX_DEPTH {
            let buf = out.get_or_insert_with(|| String::with_capacity(html.len()));
            buf.push_str(&html[copied..lt]);
            copied = end;
            i = end;
        } else {
            depth += 1;
            i = end;
        }
    }
    match out {
        Some(mut buf) => {
            buf.push_str(&html[copied..]);
            Cow::Owned(buf)
        }
        None => Cow::Borrowed(html),
    }
}

/// A tag name in lower case, in `buf`; longer names (no tag this pass knows) become "".
fn lower_name<'b>(name: &[u8], buf: &'b mut [u8; 12]) -> &'b str {
    let Some(out) = buf.get_mut(..name.len()) else { return "" };
    for (o, c) in out.iter_mut().zip(name) {
        *o = c.to_ascii_lowercase();
    }
    std::str::from_utf8(out).unwrap_or_default()
}

/// The byte after the `>` that ends a tag whose name ends at `from` (quotes respected).
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    for (k, &c) in bytes.iter().enumerate().skip(from) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => return k + 1,
            _ => {}
        }
    }
    bytes.len()
}

/// Where the content of a raw-text element opened before `from` ends (at its end tag).
fn raw_text_end(html: &str, from: usize, name: &str) -> usize {
    let needle = format!("</{name}");
    let hay = html.as_bytes();
    let mut at = from;
    while let Some(p) = find(hay, at, b"</") {
        if hay.get(p..p + needle.len()).is_some_and(|t| t.eq_ignore_ascii_case(needle.as_bytes())) {
            return p;
        }
        at = p + 2;
    }
    hay.len()
}

fn find(hay: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let mut at = from;
    loop {
        let p = at + hay.get(at..)?.iter().position(|&c| c == first)?;
        if hay.get(p..p + needle.len()) == Some(needle) {
            return Some(p);
        }
        at = p + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_pages_pass_untouched() {
        let html = "<html><body><div><p>a<p>b<ul><li>x<li>y</ul><script>if (a<b) {'<div>'}</script><br><img src=x></div>";
        assert!(matches!(limit_depth(html), Cow::Borrowed(_)));
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let html = "<div class='x>y'>".repeat(MAX_DEPTH + 10) + "text";
        let limited = limit_depth(&html);
        assert_eq!(limited.matches("<div").count(), MAX_DEPTH);
        assert!(limited.ends_with("text"));
    }

    #[test]
    fn odd_input() {
        for s in ["<", "</", "<!--", "<a", "<script>", "<1>", "< div>", "<\u{0627}>"] {
            let _ = limit_depth(s);
        }
    }
}
