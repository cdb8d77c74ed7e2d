//! The parsed page as a flat arena, built in one pass and walked without recursion.
//!
//! html5ever gives a tree ([`super::sink`]); this module lays it out as elements in document
//! order (a parent always comes before its children) and a list of open/close/text pieces, so
//! that sums over subtrees are one backward loop and any subtree can be skipped in one jump.
//! Deeply nested input cannot overflow the stack. Metadata (`<meta>`, `<title>`, JSON-LD,
//! `<time>`, the first `<h1>`) is collected on the way.

use ego_tree::Tree;
use ego_tree::iter::Edge;

use super::prune::{Attrs, Class, Kind, classify};
use super::sink::Node;
use crate::text::{commas, visible_chars};

/// "No parent".
pub(crate) const NONE: usize = usize::MAX;

/// One element of the page.
#[derive(Debug, Clone)]
pub(crate) struct El {
    pub parent: usize,
    /// Positions of this element's open and close pieces.
    pub open: usize,
    pub close: usize,
    pub class: Class,
    pub is_article: bool,
    pub is_svg: bool,
    /// Text directly in this element's paragraph (not in a nested block): visible characters,
    /// of which in links, and commas.
    pub chars: u32,
    pub links: u32,
    pub commas: u32,
}

/// Open and close of an element, or a run of text (byte range into [`Dom::text`]).
#[derive(Debug, Clone, Copy)]
pub(crate) enum Piece {
    Open(usize),
    Close(usize),
    Text(usize, usize),
}

/// `<meta>` and friends, as the page states them.
#[derive(Debug, Default, Clone)]
pub(crate) struct RawMeta {
    pub html_lang: Option<String>,
    /// (lower-cased `property` / `name` / `itemprop` / `http-equiv`, `content`).
    pub metas: Vec<(String, String)>,
    pub canonical: Option<String>,
    pub title: Option<String>,
    /// `<h1>` elements and their text (the first few).
    pub h1s: Vec<(usize, String)>,
    pub ld_json: Vec<String>,
    /// `<time datetime>` and `itemprop=datePublished` elements: (element, value, inside an `<article>`).
    pub times: Vec<(usize, String, bool)>,
    pub itemprop_dates: Vec<String>,
}

/// The page laid out for extraction.
#[derive(Debug, Default)]
pub(crate) struct Dom {
    pub els: Vec<El>,
    pub pieces: Vec<Piece>,
    pub text: String,
    pub meta: RawMeta,
}

/// What text is being captured for the metadata.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capture {
    Title,
    H1,
    LdJson,
    ItempropDate,
}

/// State while walking the html5ever tree.
#[derive(Default)]
struct Builder {
    dom: Dom,
    /// Open elements (arena indices).
    stack: Vec<usize>,
    /// Open block elements: the innermost one owns the text met.
    blocks: Vec<usize>,
    hard_depth: usize,
    link_depth: usize,
    article_depth: usize,
    svg_depth: usize,
    /// What is being captured, by which element, into what.
    capture: Option<(Capture, usize, String)>,
}

impl Dom {
    /// Lays out a parsed page (or fragment).
    pub(crate) fn build(tree: &Tree<Node>) -> Dom {
        let mut b = Builder::default();
        b.open_root();
        for edge in tree.root().traverse() {
            match edge {
                Edge::Open(node) => match node.value() {
                    Node::Element { name, attrs } => b.open_element(&name.local, attrs),
                    Node::Text(text) => b.text(text),
                    Node::Document | Node::Other => {}
                },
                Edge::Close(node) => {
                    if matches!(node.value(), Node::Element { .. }) {
                        b.close_element();
                    }
                }
            }
        }
        b.close_element();
        b.dom
    }

    /// The text of a piece.
    pub(crate) fn text_of(&self, start: usize, end: usize) -> &str {
        self.text.get(start..end).unwrap_or_default()
    }
}

impl Builder {
    /// A synthetic root, so that every element and every text has a block above it.
    fn open_root(&mut self) {
        let class = Class {
            kind: Kind::Block,
            paragraph: false,
            hard: false,
            soft: false,
            furniture_words: false,
            positive: false,
            story: false,
        };
        self.push(class, "");
    }

    fn push(&mut self, class: Class, name: &str) -> usize {
        let idx = self.dom.els.len();
        let parent = self.stack.last().copied().unwrap_or(NONE);
        let open = self.dom.pieces.len();
        let (is_article, is_svg) = (name == "article", name == "svg");
        self.dom.els.push(El { parent, open, close: open, class, is_article, is_svg, chars: 0, links: 0, commas: 0 });
        self.stack.push(idx);
        if is_svg {
            self.svg_depth += 1;
        }
        if class.hard || self.hard_depth > 0 {
            self.hard_depth += 1;
            return idx;
        }
        self.dom.pieces.push(Piece::Open(idx));
        if matches!(class.kind, Kind::Block | Kind::Heading(_)) {
            self.blocks.push(idx);
        }
        if class.kind == Kind::Link {
            self.link_depth += 1;
        }
        if is_article {
            self.article_depth += 1;
        }
        idx
    }

    fn open_element(&mut self, name: &str, attrs: &[html5ever::Attribute]) {
        let attrs = Attrs::of(attrs);
        let mut class = classify(name, &attrs);
        if name == "header" && self.article_depth > 0 && !class.furniture_words {
            // An article's own header holds its title, byline and lead, not site furniture.
            class.soft = false;
        }
        let idx = self.push(class, name);
        self.collect_meta(idx, name, &attrs);
    }

    fn close_element(&mut self) {
        let Some(idx) = self.stack.pop() else { return };
        self.end_capture(idx);
        if self.dom.els.get(idx).is_some_and(|e| e.is_svg) {
            self.svg_depth = self.svg_depth.saturating_sub(1);
        }
        if self.hard_depth > 0 {
            self.hard_depth -= 1;
            return;
        }
        let Some(el) = self.dom.els.get(idx) else { return };
        let (kind, is_article) = (el.class.kind, el.is_article);
        if matches!(kind, Kind::Block | Kind::Heading(_)) && self.blocks.last() == Some(&idx) {
            self.blocks.pop();
        }
        if kind == Kind::Link {
            self.link_depth = self.link_depth.saturating_sub(1);
        }
        if is_article {
            self.article_depth = self.article_depth.saturating_sub(1);
        }
        let close = self.dom.pieces.len();
        self.dom.pieces.push(Piece::Close(idx));
        if let Some(el) = self.dom.els.get_mut(idx) {
            el.close = close;
        }
    }

    fn text(&mut self, text: &str) {
        if let Some((_, _, buf)) = &mut self.capture
            && buf.len() < 1 << 20
        {
            buf.push_str(text);
        }
        if self.hard_depth > 0 {
            return;
        }
        let start = self.dom.text.len();
        self.dom.text.push_str(text);
        self.dom.pieces.push(Piece::Text(start, self.dom.text.len()));
        let Some(owner) = self.blocks.last().and_then(|&b| self.dom.els.get_mut(b)) else { return };
        let chars = visible_chars(text) as u32;
        owner.chars = owner.chars.saturating_add(chars);
        owner.commas = owner.commas.saturating_add(commas(text) as u32);
        if self.link_depth > 0 {
            owner.links = owner.links.saturating_add(chars);
        }
    }

    /// Takes what the metadata reader needs from an element that was just opened.
    fn collect_meta(&mut self, idx: usize, name: &str, attrs: &Attrs) {
        let meta = &mut self.dom.meta;
        match name {
            "html" if meta.html_lang.is_none() => meta.html_lang = attrs.lang.map(|v| v.trim().to_string()),
            "meta" => {
                let content = attrs.content.unwrap_or_default().trim().to_string();
                for key in [attrs.property, attrs.name, attrs.itemprop, attrs.http_equiv].into_iter().flatten() {
                    meta.metas.push((key.trim().to_ascii_lowercase(), content.clone()));
                }
            }
            "link" if meta.canonical.is_none() => {
                let canonical =
                    attrs.rel.is_some_and(|r| r.split_ascii_whitespace().any(|r| r.eq_ignore_ascii_case("canonical")));
                if canonical {
                    meta.canonical = attrs.href.map(str::to_string);
                }
            }
            "title" if meta.title.is_none() && self.capture.is_none() && self.svg_depth == 0 => {
                self.capture = Some((Capture::Title, idx, String::new()));
            }
            "h1" if meta.h1s.len() < 16 && self.capture.is_none() && self.hard_depth == 0 => {
                self.capture = Some((Capture::H1, idx, String::new()));
            }
            "script" if self.capture.is_none() => {
                let ld = attrs.kind.is_some_and(|t| t.trim().eq_ignore_ascii_case("application/ld+json"));
                if ld {
                    self.capture = Some((Capture::LdJson, idx, String::new()));
                }
            }
            _ => {}
        }
        self.collect_date(idx, name, attrs);
    }

    /// `<time datetime>` and `itemprop="datePublished"`.
    fn collect_date(&mut self, idx: usize, name: &str, attrs: &Attrs) {
        let in_article = self.article_depth > 0;
        let published = attrs.itemprop.is_some_and(|p| p.trim().eq_ignore_ascii_case("datePublished"));
        if published && name != "meta" {
            match attrs.datetime.or(attrs.content) {
                Some(v) => self.dom.meta.itemprop_dates.push(v.to_string()),
                None if self.capture.is_none() => self.capture = Some((Capture::ItempropDate, idx, String::new())),
                None => {}
            }
        }
        if name == "time"
            && let Some(v) = attrs.datetime
        {
            self.dom.meta.times.push((idx, v.to_string(), in_article));
        }
    }

    fn end_capture(&mut self, idx: usize) {
        if self.capture.as_ref().is_none_or(|(_, owner, _)| *owner != idx) {
            return;
        }
        let Some((what, _, text)) = self.capture.take() else { return };
        let meta = &mut self.dom.meta;
        match what {
            Capture::Title => meta.title = Some(text),
            Capture::H1 => meta.h1s.push((idx, text)),
            Capture::LdJson => meta.ld_json.push(text),
            Capture::ItempropDate => meta.itemprop_dates.push(text),
        }
    }
}
