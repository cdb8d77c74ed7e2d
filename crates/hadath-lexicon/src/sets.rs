//! Named sets of phrases (`set NAME` records) and their use in other records' values
//! (`&NAME`), see `lexicons/README.md`.
//!
//! A value is read as words separated by spaces; a word `&NAME` stands for every phrase of the
//! set, so `obj: &CURRENCY | new &TIES relations` gives one object per member (all
//! combinations when a value names several sets). Sets may use other sets. Expansion happens
//! once, when the sources are read, before records are compiled: the rest of the compiler
//! never sees a `&`.

use rustc_hash::{FxHashMap, FxHashSet};

use crate::syntax::Record;

/// Most phrases one value may expand to; more is a mistake in the lexicon (and a memory risk).
pub const MAX_EXPANSION: usize = 20_000;

/// Whether a word of a value names a set: `&` then a letter, digit or `_`.
pub fn set_name(word: &str) -> Option<&str> {
    let name = word.strip_prefix('&')?;
    let valid = name.chars().next().is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
        && name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '-'));
    valid.then_some(name)
}

/// Whether a value uses a set.
pub fn uses_set(value: &str) -> bool {
    value.split_whitespace().any(|w| set_name(w).is_some())
}

/// The sets of a lexicon: each name's raw values, expanded on demand.
#[derive(Debug, Default)]
pub struct Sets {
    raw: FxHashMap<String, Vec<String>>,
    done: FxHashMap<String, Vec<String>>,
}

impl Sets {
    /// Collects the `set` records (a later record of a name has replaced earlier ones already).
    pub fn new<'a>(records: impl Iterator<Item = &'a Record>) -> Sets {
        let mut raw: FxHashMap<String, Vec<String>> = FxHashMap::default();
        for r in records.filter(|r| r.kind == "set") {
            let values = r.fields.iter().flat_map(|f| f.values.iter().cloned()).collect();
            raw.insert(r.key.clone(), values);
        }
        Sets { raw, done: FxHashMap::default() }
    }

    pub fn is_empty(&self) -> bool {
        self.raw.is_empty()
    }

    /// The phrases `value` stands for.
    pub fn expand(&mut self, value: &str) -> Result<Vec<String>, String> {
        let mut visiting = FxHashSet::default();
        self.expand_value(value, &mut visiting)
    }

    fn expand_value(&mut self, value: &str, visiting: &mut FxHashSet<String>) -> Result<Vec<String>, String> {
        if !uses_set(value) {
            return Ok(vec![value.to_string()]);
        }
        let mut out: Vec<String> = vec![String::new()];
        for word in value.split_whitespace() {
            let alternatives = match set_name(word) {
                Some(name) => self.members(name, visiting)?,
                None => vec![word.to_string()],
            };
            if out.len().saturating_mul(alternatives.len()) > MAX_EXPANSION {
                return Err(format!("{value:?} stands for more than {MAX_EXPANSION} phrases"));
            }
            let mut next = Vec::with_capacity(out.len() * alternatives.len());
            for prefix in &out {
                for alt in &alternatives {
                    next.push(if prefix.is_empty() { alt.clone() } else { format!("{prefix} {alt}") });
                }
            }
            out = next;
        }
        let mut seen = FxHashSet::default();
        out.retain(|v| !v.is_empty() && seen.insert(v.clone()));
        Ok(out)
    }

    fn members(&mut self, name: &str, visiting: &mut FxHashSet<String>) -> Result<Vec<String>, String> {
        if let Some(done) = self.done.get(name) {
            return Ok(done.clone());
        }
        let Some(raw) = self.raw.get(name).cloned() else {
            return Err(format!("unknown set &{name}"));
        };
        if !visiting.insert(name.to_string()) {
            return Err(format!("set &{name} uses itself"));
        }
        let mut out = Vec::new();
        for v in &raw {
            for phrase in self.expand_value(v, visiting)? {
                if !out.contains(&phrase) {
                    out.push(phrase);
                }
                if out.len() > MAX_EXPANSION {
                    return Err(format!("set &{name} has more than {MAX_EXPANSION} phrases"));
                }
            }
        }
        visiting.remove(name);
        self.done.insert(name.to_string(), out.clone());
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::parse;

    fn sets(src: &str) -> Sets {
        let (records, errors) = parse(src);
        assert!(errors.is_empty(), "{errors:?}");
        Sets::new(records.iter())
    }

    #[test]
    fn expands_members_and_combinations() {
        let mut s = sets("set TIES\n  en: military | economic\nset MORE\n  en: &TIES | closer\n");
        assert_eq!(s.expand("plain words").expect("ok"), ["plain words"]);
        assert_eq!(s.expand("&TIES ties").expect("ok"), ["military ties", "economic ties"]);
        assert_eq!(s.expand("new &MORE &TIES").expect("ok").len(), 6);
        assert_eq!(s.expand("AT&T").expect("ok"), ["AT&T"]);
    }

    #[test]
    fn reports_unknown_sets_and_cycles() {
        let mut s = sets("set A\n  en: &B\nset B\n  en: x | &A\n");
        assert!(s.expand("&C").expect_err("an error").contains("unknown set &C"));
        assert!(s.expand("&A").expect_err("an error").contains("uses itself"));
    }

    #[test]
    fn caps_explosive_expansions() {
        let members: Vec<String> = (0..200).map(|i| format!("w{i}")).collect();
        let src = format!("set BIG\n  en: {}\n", members.join(" | "));
        let mut s = sets(&src);
        assert_eq!(s.expand("&BIG").expect("ok").len(), 200);
        assert!(s.expand("&BIG &BIG").expect_err("an error").contains("more than"));
    }
}
