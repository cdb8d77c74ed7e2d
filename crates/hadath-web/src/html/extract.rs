//! Finding the main text: prune, score, pick, emit.
//!
//! 1. **Prune** ([`prune`]): hard furniture always, soft furniture unless it holds at least half
//!    of the page's paragraph text (then it is a wrapper, not furniture).
//! 2. **Score** ([`score`]): every paragraph (a block with at least [`MIN_PARAGRAPH`] visible
//!    characters of its own) gives `1 + commas + min(chars/100, 3)`, less its link share, to
//!    its container, half to the container's parent, and less to three more ancestors
//!    (readability's scheme). The container of a `<p>` is its parent; a `<div>` or `<td>` with
//!    text of its own (cut by `<br>`, as older Arabic sites write) is its own container. A
//!    container's score is then raised for positive class words and lowered by its link density.
//! 3. **Pick** ([`pick_roots`]): the best container, and those of its siblings that score at
//!    least a fifth as well or are long, link-poor paragraphs themselves (a lead paragraph kept
//!    outside the body `<div>`).
//! 4. **Emit** ([`emit`]): the text of the picked containers, one [`Block`] per paragraph,
//!    skipping pruned subtrees; `<br>` ends a paragraph.

use super::dom::{Dom, NONE, Piece};
use super::prune::Kind;
use crate::text::{clean_line, visible_chars};

/// Fewer visible characters than this and a block is not a paragraph (for scoring only).
pub(crate) const MIN_PARAGRAPH: u32 = 25;

/// One paragraph of output, before the line filters.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    pub text: String,
    pub chars: usize,
    pub links: usize,
    /// Heading level, 0 for none.
    pub heading: u8,
}

/// Which elements are dropped with everything under them.
pub(crate) fn prune(dom: &Dom) -> Vec<bool> {
    let els = &dom.els;
    let mut para = vec![0u64; els.len()];
    for i in (0..els.len()).rev() {
        let e = &els[i];
        if e.class.kind == Kind::Block && e.chars >= MIN_PARAGRAPH && !e.class.hard {
            para[i] += u64::from(e.chars);
        }
        if let Some(p) = para.get(e.parent).copied() {
            para[e.parent] = p + para[i];
        }
    }
    let total = para.first().copied().unwrap_or(0);
    let mut pruned = vec![false; els.len()];
    for i in 0..els.len() {
        let e = &els[i];
        let under_pruned = pruned.get(e.parent).copied().unwrap_or(false);
        let wrapper = para[i] > 0 && para[i] * 2 >= total;
        pruned[i] = under_pruned || e.class.hard || (e.class.soft && !wrapper);
    }
    pruned
}

/// Each element's content score (0 for those that hold no paragraph).
pub(crate) fn score(dom: &Dom, pruned: &[bool]) -> Vec<f32> {
    let els = &dom.els;
    let mut score = vec![0f32; els.len()];
    for (i, e) in els.iter().enumerate() {
        if pruned[i] || e.class.kind != Kind::Block || e.chars < MIN_PARAGRAPH {
            continue;
        }
        let link_share = e.links as f32 / e.chars as f32;
        let points = (1.0 + e.commas as f32 + (e.chars as f32 / 100.0).min(3.0)) * (1.0 - link_share).max(0.0);
        let mut at = if e.class.paragraph { e.parent } else { i };
        for level in 0..5 {
            let Some(s) = score.get_mut(at) else { break };
            *s += points / [1.0, 2.0, 6.0, 9.0, 12.0][level];
            at = els[at].parent;
        }
    }
    let (chars, links) = subtree_chars(dom, pruned);
    for (i, e) in els.iter().enumerate() {
        if score[i] <= 0.0 {
            continue;
        }
        if e.class.positive {
            score[i] = score[i] * 1.25 + 3.0;
        }
        let density = if chars[i] == 0 { 0.0 } else { links[i] as f32 / chars[i] as f32 };
        score[i] *= 1.0 - density.min(1.0);
    }
    score
}

/// Visible characters and link characters under each element, pruned subtrees left out.
fn subtree_chars(dom: &Dom, pruned: &[bool]) -> (Vec<u64>, Vec<u64>) {
    let els = &dom.els;
    let mut chars = vec![0u64; els.len()];
    let mut links = vec![0u64; els.len()];
    for i in (0..els.len()).rev() {
        if pruned[i] {
            continue;
        }
        chars[i] += u64::from(els[i].chars);
        links[i] += u64::from(els[i].links);
        let p = els[i].parent;
        if p != NONE {
            chars[p] += chars[i];
            links[p] += links[i];
        }
    }
    (chars, links)
}

/// The containers of the main text, in document order.
pub(crate) fn pick_roots(dom: &Dom, pruned: &[bool], score: &[f32]) -> Vec<usize> {
    let best = (0..score.len()).filter(|&i| !pruned[i] && score[i] > 0.0).fold(None, |best: Option<usize>, i| match best {
        Some(b) if score[b] >= score[i] => Some(b),
        _ => Some(i),
    });
    let Some(best) = best else { return vec![0] };
    let top = climb(dom, pruned, best);
    let parent = dom.els[top].parent;
    if parent == NONE {
        return vec![top];
    }
    let threshold = (score[top] * 0.2).max(10.0);
    (parent + 1..dom.els.len())
        .filter(|&i| dom.els[i].parent == parent && !pruned[i])
        .filter(|&i| i == top || score[i] >= threshold || good_paragraph(dom, i))
        .collect()
}

/// From the best container up to the `<article>` (or story-class element) around it, as
/// long as that adds little paragraph text: the article's own header (lead, byline) and
/// closing lines come along, another story's text does not.
fn climb(dom: &Dom, pruned: &[bool], best: usize) -> usize {
    let para = paragraph_text(dom, pruned);
    let mut top = best;
    let mut at = dom.els[best].parent;
    for _ in 0..4 {
        let Some(el) = dom.els.get(at) else { break };
        if el.parent == NONE || pruned[at] || el.class.kind != Kind::Block {
            break;
        }
        if para[at] as f64 > 1.5 * para[best] as f64 {
            break;
        }
        if el.class.story {
            top = at;
        }
        at = el.parent;
    }
    top
}

/// Paragraph characters under each element, pruned subtrees left out.
fn paragraph_text(dom: &Dom, pruned: &[bool]) -> Vec<u64> {
    let els = &dom.els;
    let mut para = vec![0u64; els.len()];
    for i in (0..els.len()).rev() {
        if pruned[i] {
            continue;
        }
        if els[i].class.kind == Kind::Block && els[i].chars >= MIN_PARAGRAPH {
            para[i] += u64::from(els[i].chars);
        }
        if let Some(p) = para.get(els[i].parent).copied() {
            para[els[i].parent] = p + para[i];
        }
    }
    para
}

/// A sibling that is itself a long paragraph with few links.
fn good_paragraph(dom: &Dom, i: usize) -> bool {
    let e = &dom.els[i];
    e.class.kind == Kind::Block && e.chars >= 80 && (e.links as f32) < 0.25 * e.chars as f32
}

/// The paragraphs under `roots`, pruned subtrees skipped.
pub(crate) fn emit(dom: &Dom, pruned: &[bool], roots: &[usize]) -> Vec<Block> {
    let mut out = Emitter::default();
    for &root in roots {
        let Some(el) = dom.els.get(root) else { continue };
        let mut i = el.open;
        while i <= el.close {
            match dom.pieces.get(i) {
                Some(&Piece::Open(e)) if pruned.get(e).copied().unwrap_or(true) && e != root => {
                    i = dom.els.get(e).map_or(usize::MAX - 1, |e| e.close);
                }
                Some(&Piece::Open(e)) => out.open(dom.els[e].class.kind),
                Some(&Piece::Close(e)) => out.close(dom.els[e].class.kind),
                Some(&Piece::Text(s, t)) => out.text(dom.text_of(s, t)),
                None => break,
            }
            i += 1;
        }
        out.flush();
    }
    out.blocks
}

/// Gathers paragraphs as the pieces go by.
#[derive(Default)]
struct Emitter {
    blocks: Vec<Block>,
    buf: String,
    links: usize,
    link_depth: usize,
    heading: u8,
}

impl Emitter {
    fn open(&mut self, kind: Kind) {
        match kind {
            Kind::Block | Kind::Break => self.flush(),
            Kind::Heading(level) => {
                self.flush();
                self.heading = level;
            }
            Kind::Link => self.link_depth += 1,
            Kind::Inline => {}
        }
    }

    fn close(&mut self, kind: Kind) {
        match kind {
            Kind::Block => self.flush(),
            Kind::Heading(_) => {
                self.flush();
                self.heading = 0;
            }
            Kind::Link => self.link_depth = self.link_depth.saturating_sub(1),
            Kind::Break | Kind::Inline => {}
        }
    }

    fn text(&mut self, text: &str) {
        self.buf.push_str(text);
        if self.link_depth > 0 {
            self.links += visible_chars(text);
        }
    }

    fn flush(&mut self) {
        if !self.buf.trim().is_empty() {
            let text = clean_line(&self.buf);
            let chars = visible_chars(&text);
            if chars > 0 {
                self.blocks.push(Block { text, chars, links: self.links.min(chars), heading: self.heading });
            }
        }
        self.buf.clear();
        self.links = 0;
    }
}
