//! Writing `.lex` text: records, fields with comments, long value lists wrapped.

use std::fmt::Write as _;

/// A `.lex` file being written.
#[derive(Debug, Default)]
pub(crate) struct LexWriter {
    pub out: String,
}

/// Field lines are wrapped after about this many characters.
const WRAP: usize = 110;

fn clean_comment(c: &str) -> String {
    c.replace(['\n', '\r'], " ")
}

impl LexWriter {
    pub fn comment(&mut self, text: &str) {
        for line in text.lines() {
            let _ = writeln!(self.out, "# {}", line.trim_end());
        }
    }

    pub fn blank(&mut self) {
        self.out.push('\n');
    }

    /// A record header; `key` must not contain `#` or a line break (callers check).
    pub fn record(&mut self, kind: &str, key: &str, comment: Option<&str>) {
        match comment {
            Some(c) => {
                let _ = writeln!(self.out, "{kind} {key}   # {}", clean_comment(c));
            }
            None => {
                let _ = writeln!(self.out, "{kind} {key}");
            }
        }
    }

    /// A field with its values (the caller checked they are writable); long lists are wrapped
    /// over several lines of the same field. The comment goes on the first line.
    pub fn field(&mut self, name: &str, values: &[String], comment: Option<&str>) {
        if values.is_empty() {
            return;
        }
        let mut line = String::new();
        let mut first = true;
        let flush = |line: &mut String, first: &mut bool, out: &mut String| {
            match (comment, *first) {
                (Some(c), true) => {
                    let _ = writeln!(out, "    {name}: {line}   # {}", clean_comment(c));
                }
                _ => {
                    let _ = writeln!(out, "    {name}: {line}");
                }
            }
            *first = false;
            line.clear();
        };
        for v in values {
            if !line.is_empty() && line.len() + v.len() + 3 > WRAP {
                flush(&mut line, &mut first, &mut self.out);
            }
            if !line.is_empty() {
                line.push_str(" | ");
            }
            line.push_str(v);
        }
        if !line.is_empty() {
            flush(&mut line, &mut first, &mut self.out);
        }
    }
}

/// A slug for an org record key: lower-case ASCII letters and digits joined by `-`.
pub(crate) fn slug(phrase: &str) -> String {
    let mut s = String::new();
    for c in phrase.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') && !s.is_empty() {
            s.push('-');
        }
    }
    let s = s.trim_end_matches('-');
    s.chars().take(60).collect::<String>().trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_comments() {
        let mut w = LexWriter::default();
        w.record("org", "x", Some("file.txt:3"));
        let values: Vec<String> = (0..40).map(|i| format!("name {i}")).collect();
        w.field("en", &values, Some(":4"));
        let (records, errors) = hadath_lexicon::syntax::parse(&w.out);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(records[0].values("en").count(), 40);
        assert!(w.out.lines().nth(1).is_some_and(|l| l.ends_with("# :4")));
        assert!(w.out.lines().all(|l| l.len() < 140));
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("president george w. bush"), "president-george-w-bush");
        assert_eq!(slug("al-qaeda"), "al-qaeda");
        assert_eq!(slug("..."), "");
    }
}
