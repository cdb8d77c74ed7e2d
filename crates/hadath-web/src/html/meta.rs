//! Title, date, URL, outlet and language of a page, from what its markup states.

use serde_json::Value;

use super::dom::{Dom, NONE, RawMeta};
use crate::date::parse_date;
use crate::text::{absolute_url, clean_line, compare_key, host_of};

/// `<meta name=...>` keys that carry a publication date, in order of trust.
const DATE_NAMES: &[&str] = &[
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "parsely-pub-date",
    "sailthru.date",
    "article.published",
    "og:published_time",
];

/// JSON-LD `@type`s that are the page's article.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "Article",
    "ReportageNews",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "Report",
];

/// Separators between a page title and the site name.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " : ", " « ", " » ", " · ", "｜"];

impl RawMeta {
    /// The first `content` of a `<meta>` with this key (lower case), if not blank.
    fn get(&self, key: &str) -> Option<&str> {
        self.metas.iter().find(|(k, v)| k == key && !v.trim().is_empty()).map(|(_, v)| v.as_str())
    }
}

/// The page's URL: canonical link, `og:url`, then the URL it came from.
pub(crate) fn url(meta: &RawMeta, given: Option<&str>) -> Option<String> {
    let canonical = meta.canonical.as_deref().and_then(|c| absolute_url(c, given.or(meta.get("og:url"))));
    canonical
        .or_else(|| meta.get("og:url").and_then(|u| absolute_url(u, given)))
        .or_else(|| given.map(str::trim).filter(|u| !u.is_empty()).map(str::to_string))
}

/// `og:site_name`, else the host of the URL.
pub(crate) fn site(meta: &RawMeta, url: Option<&str>) -> Option<String> {
    meta.get("og:site_name").map(clean_line).filter(|s| !s.is_empty()).or_else(|| url.and_then(host_of))
}

/// `<html lang>`, else `content-language` / `language` meta, else `og:locale`.
pub(crate) fn lang(meta: &RawMeta) -> Option<String> {
    let lang = meta.html_lang.as_deref().filter(|l| !l.is_empty());
    let lang = lang.or_else(|| meta.get("content-language")).or_else(|| meta.get("language")).or_else(|| meta.get("og:locale"));
    lang.map(|l| l.trim().to_string()).filter(|l| !l.is_empty() && l.len() <= 35)
}

/// `og:title`, `<meta name=title>`, `twitter:title`, `<title>`, the main `<h1>`; a trailing
/// (or leading) " | Site" is cut when it names the site.
pub(crate) fn title(dom: &Dom, h1: Option<&str>, site_names: &[&str]) -> Option<String> {
    let meta = &dom.meta;
    let stated = [meta.get("og:title"), meta.get("title"), meta.get("twitter:title"), meta.title.as_deref(), h1];
    let title = stated.into_iter().flatten().map(clean_line).find(|t| !t.is_empty())?;
    Some(strip_site(&title, site_names))
}

/// The `<h1>` of the main text: the first inside the picked containers or an `<article>`, else
/// the first that is not in pruned furniture (a logo's `<h1>` in the header is not it).
pub(crate) fn main_h1<'d>(dom: &'d Dom, pruned: &[bool], roots: &[usize]) -> Option<&'d str> {
    let inside = |el: usize| roots.iter().any(|&r| within(dom, r, el)) || ancestors(dom, el).any(|a| dom.els[a].is_article);
    let h1s = &dom.meta.h1s;
    let found =
        h1s.iter().find(|(el, _)| inside(*el)).or_else(|| h1s.iter().find(|(el, _)| !pruned.get(*el).copied().unwrap_or(true)));
    found.map(|(_, text)| text.as_str())
}

/// True when element `el` lies inside element `root`.
fn within(dom: &Dom, root: usize, el: usize) -> bool {
    dom.els.get(root).zip(dom.els.get(el)).is_some_and(|(r, e)| r.open <= e.open && e.open <= r.close)
}

/// The ancestors of `el`, nearest first.
fn ancestors(dom: &Dom, el: usize) -> impl Iterator<Item = usize> + '_ {
    std::iter::successors(dom.els.get(el).map(|e| e.parent), |&p| dom.els.get(p).map(|e| e.parent)).take_while(|&p| p != NONE)
}

/// Cuts " - Site Name" (or "Site Name | ") off `title` when the part cut is the site's name.
fn strip_site(title: &str, site_names: &[&str]) -> String {
    let names: Vec<String> = site_names.iter().map(|n| compare_key(n)).filter(|k| !k.is_empty()).collect();
    for sep in TITLE_SEPARATORS {
        if let Some((head, tail)) = title.rsplit_once(sep)
            && names.contains(&compare_key(tail))
            && !head.trim().is_empty()
        {
            return head.trim().to_string();
        }
        if let Some((head, tail)) = title.split_once(sep)
            && names.contains(&compare_key(head))
            && !tail.trim().is_empty()
        {
            return tail.trim().to_string();
        }
    }
    title.to_string()
}

/// The publication date: JSON-LD `datePublished` (an article's first), `article:published_time`,
/// the date `<meta>`s, `itemprop=datePublished`, then a `<time datetime>` inside the article.
pub(crate) fn published(dom: &Dom, roots: &[usize]) -> Option<String> {
    let meta = &dom.meta;
    let from_ld = || ld_date(&meta.ld_json);
    let from_og = || meta.get("article:published_time").and_then(parse_date);
    let from_names = || DATE_NAMES.iter().filter_map(|k| meta.get(k)).find_map(parse_date);
    let from_itemprop =
        || meta.get("datepublished").and_then(parse_date).or_else(|| meta.itemprop_dates.iter().find_map(|d| parse_date(d)));
    let from_time = || {
        let inside = |el: usize| roots.iter().any(|&r| within(dom, r, el));
        meta.times.iter().filter(|(el, _, in_article)| *in_article || inside(*el)).find_map(|(_, v, _)| parse_date(v))
    };
    from_ld().or_else(from_og).or_else(from_names).or_else(from_itemprop).or_else(from_time)
}

/// `datePublished` of the first article object in the JSON-LD blocks (any object's when no
/// article has one). Blocks that are not valid JSON are searched as text.
fn ld_date(blocks: &[String]) -> Option<String> {
    let mut any = None;
    for block in blocks {
        match serde_json::from_str::<Value>(block.trim().trim_end_matches(';')) {
            Ok(value) => {
                let (article, other) = field_in(&value, "datePublished");
                if let Some(d) = article.as_deref().and_then(parse_date) {
                    return Some(d);
                }
                any = any.or_else(|| other.as_deref().and_then(parse_date));
            }
            Err(_) => any = any.or_else(|| scan_date(block)),
        }
    }
    any
}

/// The `articleBody` of the first article object in the JSON-LD blocks: the full text, which
/// pages that build their body with scripts still state.
pub(crate) fn ld_body(blocks: &[String]) -> Option<String> {
    blocks
        .iter()
        .filter_map(|b| serde_json::from_str::<Value>(b.trim().trim_end_matches(';')).ok())
        .find_map(|v| field_in(&v, "articleBody").0)
}

/// (an article's `key`, any object's `key`) in one JSON-LD value, when a string.
fn field_in(value: &Value, key: &str) -> (Option<String>, Option<String>) {
    let mut stack = vec![value];
    let mut other = None;
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter().rev()),
            Value::Object(map) => {
                if let Some(found) = map.get(key).and_then(Value::as_str) {
                    if is_article(map.get("@type")) {
                        return (Some(found.to_string()), other);
                    }
                    other = other.or_else(|| Some(found.to_string()));
                }
                stack.extend(map.values().filter(|v| v.is_array() || v.is_object()));
            }
            _ => {}
        }
    }
    (None, other)
}

fn is_article(kind: Option<&Value>) -> bool {
    match kind {
        Some(Value::String(s)) => ARTICLE_TYPES.contains(&s.as_str()),
        Some(Value::Array(a)) => a.iter().any(|v| v.as_str().is_some_and(|s| ARTICLE_TYPES.contains(&s))),
        _ => false,
    }
}

/// `"datePublished": "..."` found in text that is not valid JSON.
fn scan_date(text: &str) -> Option<String> {
    let at = text.find("\"datePublished\"")? + "\"datePublished\"".len();
    let rest = text[at..].trim_start().strip_prefix(':')?.trim_start().strip_prefix('"')?;
    parse_date(&rest[..rest.find('"')?])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_suffix_is_cut_only_when_it_is_the_site() {
        let names = ["الوطن اليوم", "example.com"];
        assert_eq!(strip_site("وزير الخارجية يزور القاهرة - الوطن اليوم", &names), "وزير الخارجية يزور القاهرة");
        assert_eq!(strip_site("الوطن اليوم | وزير الخارجية يزور القاهرة", &names), "وزير الخارجية يزور القاهرة");
        assert_eq!(strip_site("Minister visits Cairo | Example.com", &names), "Minister visits Cairo");
        assert_eq!(strip_site("Israel - Gaza talks resume", &names), "Israel - Gaza talks resume");
        assert_eq!(strip_site("الوطن اليوم", &names), "الوطن اليوم");
    }

    #[test]
    fn json_ld_prefers_the_article() {
        let blocks = vec![
            r#"{"@context":"https://schema.org","@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":["NewsArticle"],"datePublished":"2026-11-29T10:00:00+03:00"}]}"#.to_string(),
        ];
        assert_eq!(ld_date(&blocks).as_deref(), Some("2026-11-29"));
        let only_page = vec![r#"[{"@type":"WebPage","datePublished":"2020-01-02"}]"#.to_string()];
        assert_eq!(ld_date(&only_page).as_deref(), Some("2020-01-02"));
        let broken = vec!["{\"@type\":\"NewsArticle\", \"datePublished\": \"2026-11-28\", }".to_string()];
        assert_eq!(ld_date(&broken).as_deref(), Some("2026-11-28"));
        assert_eq!(ld_date(&["{\"datePublished\": \"soon\"}".to_string()]), None);
    }
}
