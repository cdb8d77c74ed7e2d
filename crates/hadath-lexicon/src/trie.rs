//! A trie over word ids: every lexicon phrase is a path, its meanings sit on the last node.
//! Built once; matching walks it token by token, so the cost per token does not grow with the
//! number of entries.

use rustc_hash::FxHashMap;
use smallvec::SmallVec;

use crate::model::{Payload, WordId};

#[derive(Debug, Clone, Default)]
pub struct Trie {
    edges: FxHashMap<(u32, WordId), u32>,
    payloads: Vec<SmallVec<[Payload; 1]>>,
}

impl Trie {
    pub const ROOT: u32 = 0;

    pub fn new() -> Trie {
        Trie { edges: FxHashMap::default(), payloads: vec![SmallVec::new()] }
    }

    /// Adds `payload` at the end of the path `words` (no duplicates).
    pub fn insert(&mut self, words: &[WordId], payload: Payload) {
        let mut node = Trie::ROOT;
        for &w in words {
            node = match self.edges.get(&(node, w)) {
                Some(&next) => next,
                None => {
                    let next = u32::try_from(self.payloads.len()).unwrap_or(u32::MAX);
                    self.payloads.push(SmallVec::new());
                    self.edges.insert((node, w), next);
                    next
                }
            };
        }
        let at = &mut self.payloads[node as usize];
        if !at.contains(&payload) {
            at.push(payload);
        }
    }

    pub fn child(&self, node: u32, word: WordId) -> Option<u32> {
        self.edges.get(&(node, word)).copied()
    }

    pub fn payloads(&self, node: u32) -> &[Payload] {
        self.payloads.get(node as usize).map_or(&[], |p| p.as_slice())
    }

    /// Removes every payload for which `keep` is false (used when a user lexicon overrides
    /// an entry).
    pub fn retain(&mut self, mut keep: impl FnMut(&Payload) -> bool) {
        for p in &mut self.payloads {
            p.retain(|x| keep(x));
        }
    }

    pub fn node_count(&self) -> usize {
        self.payloads.len()
    }
}
