//! The PETRARCH validation-record reader never panics and names every record it skips by a
//! real line; scoring any records never panics.
#![no_main]

use hadath_eval::petrarch::{Triple, read_records, result, score};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let (records, issues) = read_records(text);
    let lines = text.lines().count().max(1);
    assert!(issues.iter().all(|i| i.line >= 1 && i.line <= lines + 1));
    assert!(records.iter().all(|r| r.line >= 1 && r.line <= lines));
    let got = |r: &hadath_eval::petrarch::PetrRecord| vec![Triple { source: r.id.clone(), target: String::new(), code: "010".into() }];
    let results: Vec<_> = records.iter().filter_map(|r| result(r, got(r))).collect();
    let s = score(&records, results, issues);
    let _ = s.report(true);
});
