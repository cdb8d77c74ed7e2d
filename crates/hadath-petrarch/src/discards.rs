//! Discard lists: phrases that stop a sentence (or, with `+`, a whole story) from being coded.
//! A phrase ending in `_` must end at a word end; others are stems in PETRARCH. hadath's
//! `discard` phrases are whole words and act on the sentence, so story discards and stems are
//! approximated.

use crate::lexwrite::LexWriter;
use crate::read;
use crate::report::{Outcome, Report};

const KIND: &str = "discard";

pub(crate) fn convert(file: &str, text: &str, report: &mut Report) -> String {
    let mut w = LexWriter::default();
    w.comment(&format!(
        "Converted by `hadath lexicon import-petrarch` from the PETRARCH discard list {file}\n(PETRARCH-2/UniversalPetrarch, MIT licence). Each phrase's comment names its source line."
    ));
    w.blank();
    let mut opened = false;
    for l in read::lines(text, true) {
        let t = l.content.trim();
        let (story, phrase) = match t.strip_prefix('+') {
            Some(p) => (true, p.trim()),
            None => (false, t),
        };
        let Some(p) = read::phrase(phrase) else {
            report.add(file, l.no, KIND, Outcome::Skipped, "malformed line | no phrase", l.raw);
            continue;
        };
        if !read::writable(&p) {
            report.add(file, l.no, KIND, Outcome::Skipped, "phrase with | # or &", l.raw);
            continue;
        }
        let mut notes = Vec::new();
        if story {
            notes.push("story discard (+): hadath discards the sentence only");
        }
        if !phrase.ends_with('_') {
            notes.push("stem (no final _): matched as whole words");
        }
        let outcome = if notes.is_empty() { Outcome::Converted } else { Outcome::Approximated };
        report.add(file, l.no, KIND, outcome, notes.join("; "), l.raw);
        if !opened {
            w.record("discard", "petrarch", Some(file));
            opened = true;
        }
        w.field("en", &[p], Some(&format!(":{}", l.no)));
    }
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentence_and_story_discards() {
        let mut report = Report::default();
        let out = convert("d.txt", "# c\nMONTHS LATER\n+ESPN2\nWORLD_CUP_\n", &mut report);
        let (records, errors) = hadath_lexicon::syntax::parse(&out);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(records[0].values("en").collect::<Vec<_>>(), ["months later", "espn2", "world cup"]);
        let outcomes: Vec<Outcome> = report.entries.iter().map(|e| e.outcome).collect();
        assert_eq!(outcomes, [Outcome::Approximated, Outcome::Approximated, Outcome::Converted]);
    }
}
