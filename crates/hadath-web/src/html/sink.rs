//! html5ever's tree builder writing into an `ego_tree` (the parser's output before it is laid
//! out flat in [`super::dom`]). Only what extraction reads is kept: elements with their
//! attributes, and text; comments, doctypes and processing instructions become
//! [`Node::Other`]. `<template>` contents stay in the template element.

use std::borrow::Cow;
use std::cell::{Ref, RefCell};
use std::sync::OnceLock;

use ego_tree::{NodeId, Tree};
use html5ever::tendril::{StrTendril, TendrilSink};
use html5ever::tree_builder::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::{Attribute, ParseOpts, QualName, local_name, ns};

/// One node of the parsed page.
#[derive(Debug)]
pub(crate) enum Node {
    Document,
    Element { name: QualName, attrs: Vec<Attribute> },
    Text(StrTendril),
    Other,
}

/// Parses a whole page.
pub(crate) fn parse_document(html: &str) -> Tree<Node> {
    html5ever::parse_document(Sink::default(), ParseOpts::default()).one(html)
}

/// Parses a fragment as the content of a `<body>`.
pub(crate) fn parse_fragment(html: &str) -> Tree<Node> {
    let body = QualName::new(None, ns!(html), local_name!("body"));
    html5ever::parse_fragment(Sink::default(), ParseOpts::default(), body, Vec::new(), false).one(html)
}

/// The tree being built.
#[derive(Debug)]
struct Sink {
    tree: RefCell<Tree<Node>>,
}

impl Default for Sink {
    fn default() -> Sink {
        Sink { tree: RefCell::new(Tree::new(Node::Document)) }
    }
}

impl Sink {
    fn new_node(&self, node: Node) -> NodeId {
        self.tree.borrow_mut().orphan(node).id()
    }
}

/// The name given when the tree builder asks for the name of a node that is no element (it
/// does not, but a name must be returned).
fn no_name() -> &'static QualName {
    static NAME: OnceLock<QualName> = OnceLock::new();
    NAME.get_or_init(|| QualName::new(None, ns!(html), local_name!("span")))
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Tree<Node>;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Tree<Node> {
        self.tree.into_inner()
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        self.tree.borrow().root().id()
    }

    fn elem_name<'a>(&'a self, target: &NodeId) -> Ref<'a, QualName> {
        Ref::map(self.tree.borrow(), |tree| match tree.get(*target).map(|n| n.value()) {
            Some(Node::Element { name, .. }) => name,
            _ => no_name(),
        })
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _flags: ElementFlags) -> NodeId {
        self.new_node(Node::Element { name, attrs })
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        self.new_node(Node::Other)
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.new_node(Node::Other)
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        let mut tree = self.tree.borrow_mut();
        let Some(mut parent) = tree.get_mut(*parent) else { return };
        match child {
            NodeOrText::AppendNode(id) if id != parent.id() => {
                parent.append_id(id);
            }
            NodeOrText::AppendNode(_) => {}
            NodeOrText::AppendText(text) => {
                if let Some(mut last) = parent.last_child()
                    && let Node::Text(existing) = last.value()
                {
                    existing.push_tendril(&text);
                    return;
                }
                parent.append(Node::Text(text));
            }
        }
    }

    fn append_based_on_parent_node(&self, element: &NodeId, prev_element: &NodeId, child: NodeOrText<NodeId>) {
        let has_parent = self.tree.borrow().get(*element).is_some_and(|n| n.parent().is_some());
        if has_parent { self.append_before_sibling(element, child) } else { self.append(prev_element, child) }
    }

    fn append_doctype_to_document(&self, _name: StrTendril, _public_id: StrTendril, _system_id: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &NodeId, new_node: NodeOrText<NodeId>) {
        let mut tree = self.tree.borrow_mut();
        let Some(mut sibling) = tree.get_mut(*sibling) else { return };
        match new_node {
            NodeOrText::AppendNode(id) if id != sibling.id() => {
                sibling.insert_id_before(id);
            }
            NodeOrText::AppendNode(_) => {}
            NodeOrText::AppendText(text) => {
                if let Some(mut prev) = sibling.prev_sibling()
                    && let Node::Text(existing) = prev.value()
                {
                    existing.push_tendril(&text);
                    return;
                }
                sibling.insert_before(Node::Text(text));
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &NodeId, attrs: Vec<Attribute>) {
        let mut tree = self.tree.borrow_mut();
        let Some(mut node) = tree.get_mut(*target) else { return };
        if let Node::Element { attrs: existing, .. } = node.value() {
            for attr in attrs {
                if !existing.iter().any(|a| a.name == attr.name) {
                    existing.push(attr);
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &NodeId) {
        if let Some(mut node) = self.tree.borrow_mut().get_mut(*target) {
            node.detach();
        }
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        if node == new_parent {
            return;
        }
        if let Some(mut parent) = self.tree.borrow_mut().get_mut(*new_parent) {
            parent.reparent_from_id_append(*node);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(tree: &Tree<Node>) -> Vec<String> {
        tree.root()
            .descendants()
            .filter_map(|n| match n.value() {
                Node::Element { name, .. } => Some(name.local.to_string()),
                Node::Text(t) => Some(format!("'{t}'")),
                _ => None,
            })
            .collect()
    }

    /// Misnested `<b>`, an unclosed `<p>`, and text foster-parented out of a table (joining
    /// the text before it), as browsers build them.
    #[test]
    fn builds_a_tree_with_error_recovery() {
        let tree = parse_document("<p>a<b>b<p>c</b>d<table>e<tr><td>f</table>");
        assert_eq!(
            names(&tree),
            ["html", "head", "body", "p", "'a'", "b", "'b'", "p", "b", "'c'", "'de'", "table", "tbody", "tr", "td", "'f'"]
        );
    }

    #[test]
    fn fragments_and_merged_text() {
        let tree = parse_fragment("x<!-- c -->y<i>z</i>");
        assert_eq!(names(&tree), ["html", "'x'", "'y'", "i", "'z'"]);
    }
}
