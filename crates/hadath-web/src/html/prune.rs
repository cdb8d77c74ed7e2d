//! What an element is, judged on its own: its layout kind, and whether it is furniture.
//!
//! * **Hard** furniture never holds news text: scripts, styles, forms' controls, embedded
//!   media, hidden elements. Its text is never read (except `<title>` and JSON-LD, which the
//!   metadata reader takes).
//! * **Soft** furniture usually does not: `<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>`,
//!   figures, landmark roles (`navigation`, `banner`, `contentinfo`, ...), and elements whose
//!   class or id speaks of sharing, comments, related stories, newsletters, cookies, tags,
//!   menus, sidebars, ads. It is dropped unless it holds most of the page's paragraph text (an
//!   ASP.NET page wraps everything in one `<form>`; a theme may call its wrapper
//!   `layout-with-sidebar`): see `Dom::prune`.
//! * **Positive** class words (article, story, content, body, entry, post...) and
//!   `itemprop=articleBody` raise a container's score, and keep a *weak* furniture word
//!   ("header", "banner") from condemning it ("article-header").

/// How an element lays out its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// Starts and ends a paragraph.
    Block,
    /// A heading, `h1`..`h6`.
    Heading(u8),
    /// A line break: ends a paragraph.
    Break,
    /// A link: its text counts towards link density.
    Link,
    /// Runs on inside the paragraph.
    Inline,
}

/// What [`classify`] says about one element.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Class {
    pub kind: Kind,
    /// A paragraph element proper (`p`, `li`, `pre`...): its score goes to its container. Other
    /// blocks that hold text of their own (a `div` or `td` of text cut by `<br>`) are their
    /// own container.
    pub paragraph: bool,
    pub hard: bool,
    pub soft: bool,
    /// Soft because of its class/id words (not only its tag or role).
    pub furniture_words: bool,
    pub positive: bool,
    /// An `<article>`, `itemprop=articleBody`, or a class that names one story ("article",
    /// "story", "entry", "post"): the main text may climb up to it (not to "main" or "content",
    /// which may hold other stories too).
    pub story: bool,
}

const SOFT_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
    "dialog",
    "alert",
    "alertdialog",
    "form",
    "tablist",
];

/// Class/id word beginnings that mark furniture whatever else the class says.
const STRONG_STEMS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "comment",
    "respond",
    "repl",
    "related",
    "newsletter",
    "subscri",
    "signup",
    "cookie",
    "consent",
    "gdpr",
    "breadcrumb",
    "tag",
    "keyword",
    "advert",
    "sponsor",
    "promo",
    "outbrain",
    "taboola",
    "disqus",
    "popup",
    "modal",
    "trending",
    "mostread",
    "mostpopular",
    "readalso",
    "readmore",
    "alsoread",
    "widget",
    "sidebar",
    "menu",
    "navbar",
    "navigation",
    "footer",
    "masthead",
    "topbar",
    "toolbar",
    "pagination",
    "pager",
    "print",
    "follow",
    "login",
    "signin",
    "search",
    "skip",
    "rss",
    "ticker",
    "marquee",
    "carousel",
    "caption",
    "credit",
    "newsticker",
];

/// Class/id words (whole) that mark furniture.
const STRONG_WORDS: &[&str] = &["ad", "ads", "adv", "nav", "sr", "dfp", "gpt"];

/// Pairs of class/id words that mark furniture.
const STRONG_PAIRS: &[(&str, &str)] = &[
    ("read", "also"),
    ("also", "read"),
    ("read", "more"),
    ("most", "read"),
    ("most", "popular"),
    ("more", "news"),
    ("more", "stories"),
    ("more", "articles"),
    ("you", "may"),
    ("screen", "reader"),
    ("visually", "hidden"),
    ("latest", "news"),
];

/// Class/id words that mark furniture unless a positive word stands beside them.
const WEAK_STEMS: &[&str] = &["header", "banner", "top", "bottom", "extra", "aside", "meta"];

/// Class/id words that mark the news text's container.
const POSITIVE_STEMS: &[&str] = &["content", "body", "text", "main", "news", "blog"];

/// Class/id words that mark one story's container (also positive).
const STORY_STEMS: &[&str] = &["article", "story", "entry", "post", "detail", "single", "report"];

/// The attributes this crate reads, taken in one pass (looking each up by name would build
/// an interned name per lookup).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Attrs<'a> {
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub role: Option<&'a str>,
    pub itemprop: Option<&'a str>,
    pub style: Option<&'a str>,
    pub hidden: bool,
    pub aria_hidden: Option<&'a str>,
    pub kind: Option<&'a str>,
    pub content: Option<&'a str>,
    pub property: Option<&'a str>,
    pub name: Option<&'a str>,
    pub http_equiv: Option<&'a str>,
    pub rel: Option<&'a str>,
    pub href: Option<&'a str>,
    pub datetime: Option<&'a str>,
    pub lang: Option<&'a str>,
}

impl<'a> Attrs<'a> {
    pub(crate) fn of(attrs: &'a [html5ever::Attribute]) -> Attrs<'a> {
        let mut a = Attrs::default();
        for attr in attrs {
            let value: &str = &attr.value;
            let slot = match &*attr.name.local {
                "class" => &mut a.class,
                "id" => &mut a.id,
                "role" => &mut a.role,
                "itemprop" => &mut a.itemprop,
                "style" => &mut a.style,
                "aria-hidden" => &mut a.aria_hidden,
                "type" => &mut a.kind,
                "content" => &mut a.content,
                "property" => &mut a.property,
                "name" => &mut a.name,
                "http-equiv" => &mut a.http_equiv,
                "rel" => &mut a.rel,
                "href" => &mut a.href,
                "datetime" => &mut a.datetime,
                "lang" | "xml:lang" => &mut a.lang,
                "hidden" => {
                    a.hidden = true;
                    continue;
                }
                _ => continue,
            };
            slot.get_or_insert(value);
        }
        a
    }
}

/// Judges one element by its name and attributes.
pub(crate) fn classify(name: &str, attrs: &Attrs) -> Class {
    let kind = kind_of(name);
    let hard = hard_tag(name) || hidden(attrs);
    let root = matches!(name, "html" | "body" | "main");
    let words = class_words(attrs);
    let story = name == "article"
        || attrs.itemprop.is_some_and(|p| p.eq_ignore_ascii_case("articleBody"))
        || words.iter().any(|w| STORY_STEMS.iter().any(|s| w.starts_with(s)));
    let positive = story || name == "main" || words.iter().any(|w| POSITIVE_STEMS.iter().any(|s| w.starts_with(s)));
    let by_words = !root && furniture_words(&words, positive);
    let soft =
        soft_tag(name) || attrs.role.is_some_and(|r| SOFT_ROLES.iter().any(|s| r.trim().eq_ignore_ascii_case(s))) || by_words;
    let paragraph =
        matches!(name, "p" | "li" | "pre" | "blockquote" | "dd" | "dt" | "th" | "caption" | "summary" | "address" | "figcaption");
    Class { kind, paragraph, hard, soft, furniture_words: by_words, positive, story }
}

fn kind_of(name: &str) -> Kind {
    match name.as_bytes() {
        b"a" => Kind::Link,
        b"br" | b"hr" => Kind::Break,
        [b'h', d @ b'1'..=b'6'] => Kind::Heading(d - b'0'),
        _ if block_tag(name) => Kind::Block,
        _ => Kind::Inline,
    }
}

fn block_tag(name: &str) -> bool {
    matches!(
        name,
        "html"
            | "body"
            | "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "header"
            | "hgroup"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "ul"
            | "option"
    )
}

fn hard_tag(name: &str) -> bool {
    matches!(
        name,
        "head"
            | "title"
            | "meta"
            | "link"
            | "base"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "frame"
            | "frameset"
            | "svg"
            | "math"
            | "canvas"
            | "object"
            | "embed"
            | "applet"
            | "select"
            | "option"
            | "datalist"
            | "textarea"
            | "button"
            | "input"
            | "label"
            | "output"
            | "progress"
            | "meter"
            | "dialog"
            | "audio"
            | "video"
            | "source"
            | "track"
            | "map"
            | "area"
            | "picture"
            | "img"
    )
}

fn soft_tag(name: &str) -> bool {
    matches!(name, "nav" | "header" | "footer" | "aside" | "form" | "menu" | "figure" | "figcaption" | "fieldset" | "address")
}

/// `hidden`, `aria-hidden="true"`, or an inline style that hides.
fn hidden(attrs: &Attrs) -> bool {
    if attrs.hidden || attrs.aria_hidden.is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
        return true;
    }
    attrs.style.is_some_and(|s| {
        let s: String = s.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// The words of the element's class and id: split at non-letters and at camelCase humps,
/// lower-cased ("articleBody share-bar" → article, body, share, bar).
fn class_words(attrs: &Attrs) -> Vec<String> {
    let mut words = Vec::new();
    for value in [attrs.class, attrs.id].into_iter().flatten() {
        let mut word = String::new();
        let mut prev_lower = false;
        for c in value.chars().take(512) {
            if !c.is_ascii_alphanumeric() {
                push_word(&mut words, &mut word);
                prev_lower = false;
                continue;
            }
            if c.is_ascii_uppercase() && prev_lower {
                push_word(&mut words, &mut word);
            }
            prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
            word.push(c.to_ascii_lowercase());
        }
        push_word(&mut words, &mut word);
    }
    words
}

fn push_word(words: &mut Vec<String>, word: &mut String) {
    if !word.is_empty() {
        words.push(std::mem::take(word));
    }
}

/// True when the class/id words say furniture.
fn furniture_words(words: &[String], positive: bool) -> bool {
    let strong =
        words.iter().any(|w| STRONG_WORDS.contains(&w.as_str()) || (STRONG_STEMS.iter().any(|s| w.starts_with(s)) && !exempt(w)));
    let pair = words.windows(2).any(|p| STRONG_PAIRS.iter().any(|(a, b)| p[0] == *a && p[1] == *b));
    let weak = words.iter().any(|w| WEAK_STEMS.iter().any(|s| w.starts_with(s)));
    strong || pair || (weak && !positive)
}

/// Words that begin like furniture and are not.
fn exempt(word: &str) -> bool {
    matches!(word, "commentary" | "commentaries" | "replace" | "tagline" | "menuitem" | "printable")
        || word.starts_with("reply") && word.len() > 8
}

#[cfg(test)]
mod tests {
    use super::*;

    fn class_of(html: &str) -> Class {
        use crate::html::sink::{Node, parse_fragment};
        let tree = parse_fragment(html);
        let (name, attrs) = tree
            .nodes()
            .find_map(|n| match n.value() {
                Node::Element { name, attrs } if !matches!(&*name.local, "html" | "body") => {
                    Some((name.local.to_string(), attrs))
                }
                _ => None,
            })
            .unwrap();
        classify(&name, &Attrs::of(attrs))
    }

    #[test]
    fn furniture_by_class() {
        for html in [
            "<div class='share-bar'>",
            "<div class='socialLinks'>",
            "<section id='comments'>",
            "<div class='related-posts'>",
            "<div class='read-also'>",
            "<div class='readAlso'>",
            "<div class='cookie-banner'>",
            "<div class='post-tags'>",
            "<div class='ad-slot'>",
            "<div class='main-menu'>",
            "<div class='site-header'>",
            "<div id='respond'>",
            "<ul class='newsletter-signup'>",
            "<div class='sr-only'>",
        ] {
            assert!(class_of(html).soft, "{html}");
        }
    }

    #[test]
    fn content_by_class() {
        for html in [
            "<div class='article-body'>",
            "<div class='article-header'>",
            "<div class='commentary'>",
            "<div class='entry-content'>",
            "<div class='col-md-8'>",
            "<div class='download'>",
        ] {
            assert!(!class_of(html).soft, "{html}");
        }
        assert!(class_of("<div itemprop='articleBody'>").positive);
        assert!(class_of("<article>").positive);
    }

    #[test]
    fn hard_and_kinds() {
        assert!(class_of("<script>").hard);
        assert!(class_of("<div style='display: none'>").hard);
        assert!(class_of("<div aria-hidden='true'>").hard);
        assert!(class_of("<nav>").soft);
        assert!(class_of("<div role='navigation'>").soft);
        assert_eq!(class_of("<h2>").kind, Kind::Heading(2));
        assert_eq!(class_of("<br>").kind, Kind::Break);
        assert_eq!(class_of("<a href=x>").kind, Kind::Link);
        assert_eq!(class_of("<span>").kind, Kind::Inline);
        assert_eq!(class_of("<p>").kind, Kind::Block);
    }
}
