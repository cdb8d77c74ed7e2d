//! Issue dictionaries (`<ISSUE CATEGORY=...>` sections of `n:word [CODE]` lines). hadath codes
//! events, not issues: every line is reported as skipped.

use crate::read;
use crate::report::{Outcome, Report};

pub(crate) fn convert(file: &str, text: &str, report: &mut Report) {
    for l in read::lines(text, false) {
        let t = l.content.trim();
        let kind = if t.starts_with("<ISSUE") || t.starts_with("</ISSUE") { "issue-category" } else { "issue" };
        report.add(file, l.no, kind, Outcome::Skipped, "issue coding: hadath has no issue records", l.raw);
    }
}
