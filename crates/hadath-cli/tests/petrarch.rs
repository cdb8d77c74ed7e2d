//! PETRARCH import, `eval --petrarch-records` and `--ontology plover`, end to end.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn hadath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hadath")).args(args).output().expect("run hadath")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hadath-petrarch-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, body: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, body).expect("write file");
    p.display().to_string()
}

/// A tiny PETRARCH dictionary set in the validation suite's style.
fn dictionaries(dir: &Path) {
    write(
        dir,
        "T.verbs.txt",
        "--- RESTORE  [064] ---\nRESTORE\n- * TIES [064]\n- SAID * [023]\n--- MEET [040] ---\nMEET {MEETS MET MEETING}\n",
    );
    write(dir, "T.actors.txt", "ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n");
    write(dir, "T.agents.txt", "GOVERNMENT [~GOV]\n");
    write(dir, "T.discards.txt", "BASEBALL\n");
    write(dir, "notes.md", "not a dictionary");
}

const RECORDS: &str = r#"<Validation><Sentences>
<Sentence date="19950101" id="DEMO-01" category="DEMO">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="064"></EventCoding>
<Text>Arnor restored ties with Gondor.</Text>
</Sentence>
<Sentence date="19950101" id="VERB-01" category="VERB">
<EventCoding noevents="True"></EventCoding>
<Text>Nothing happened today.</Text>
</Sentence>
<Sentence date="19950101" id="BAD-01" category="DEMO"><EventCoding sourcecode="A" <<<></EventCoding><Text>x</Text></Sentence>
<Sentence date="19950101" id="ERROR-01" category="ERROR"><EventCoding error="dateline"></EventCoding><Text>X: -- y</Text></Sentence>
</Sentences></Validation>"#;

#[test]
fn import_petrarch_writes_lex_files_and_a_report_that_load_cleanly() {
    let dir = scratch("import-in");
    dictionaries(&dir);
    let out_dir = scratch("import-out");
    let out = hadath(&["lexicon", "import-petrarch", &dir.display().to_string(), "--out", &out_dir.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("they load with 0 diagnostics"), "{err}");
    assert!(err.contains("ignored notes.md"), "{err}");
    let report = std::fs::read_to_string(out_dir.join("IMPORT-REPORT.txt")).expect("report");
    assert!(report.contains("T.verbs.txt:4\tpattern\twords before the verb"), "{report}");
    let verbs = std::fs::read_to_string(out_dir.join("T.verbs.lex")).expect("verbs");
    assert!(verbs.contains("# T.verbs.txt:3 - * TIES [064]"), "{verbs}");
}

#[test]
fn eval_petrarch_records_scores_and_reports_unreadable_records() {
    let dir = scratch("eval");
    dictionaries(&dir);
    let records = write(&dir, "records.xml", RECORDS);
    let d = dir.display().to_string();
    let out = hadath(&["eval", "--petrarch-records", &records, "--petrarch-dicts", &d, "--verbose"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report = text(&out.stdout);
    assert!(report.contains("PETRARCH records: 3 read, 2 scorable, 1 not scorable, 1 unreadable"), "{report}");
    assert!(report.contains("exact records:"), "{report}");
    assert!(report.contains("(record BAD-01)"), "{report}");
    let out = hadath(&["eval", "--petrarch-records", &records, "--petrarch-dicts", &d, "--json"]);
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("json");
    assert_eq!(v["all"]["records"], 2);
    assert!(v["by_category"]["DEMO"].is_object());
}

#[test]
fn eval_still_needs_gold_and_system_without_petrarch_records() {
    let out = hadath(&["eval"]);
    assert!(!out.status.success());
}

#[test]
fn ontology_plover_shows_plover_categories() {
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples/ar/2025-03-18-baghdad-talks.txt");
    let out = hadath(&["code", "-q", "--format", "csv", "--ontology", "plover", "--date", "2025-03-18", example]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    let mut lines = csv.lines();
    let header = lines.next().expect("header");
    assert!(header.starts_with("doc_id,") && header.ends_with(",cameo_code"), "{header}");
    let rows: Vec<&str> = lines.collect();
    assert!(!rows.is_empty());
    const PLOVER: &[&str] = &[
        "",
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "COOPERATE",
        "AID",
        "CONCEDE",
        "RETREAT",
        "ACCUSE",
        "REQUEST",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "MOBILIZE",
        "SANCTION",
        "COERCE",
        "ASSAULT",
    ];
    // Column 7 is the PLOVER category (no field before it holds a comma in this article).
    let codes: Vec<&str> = rows.iter().filter_map(|r| r.split(',').nth(6)).collect();
    assert!(codes.iter().all(|c| PLOVER.contains(c)), "{codes:?}");
    let out = hadath(&["code", "-q", "--format", "jsonl", "--ontology", "plover", "--date", "2025-03-18", example]);
    let first = text(&out.stdout).lines().next().expect("an event").to_string();
    assert!(first.starts_with("{\"ontology\":\"plover\",\"plover\":"), "{first}");
    let v: serde_json::Value = serde_json::from_str(&first).expect("json");
    assert!(v["code"].as_str().is_some_and(|c| c.chars().all(|x| x.is_ascii_digit())), "the CAMEO code is kept");
    let out = hadath(&["code", "-q", "--format", "jsonl", "--date", "2025-03-18", example]);
    let first = text(&out.stdout).lines().next().expect("an event").to_string();
    assert!(first.starts_with("{\"doc_id\":"), "the CAMEO output is unchanged: {first}");
}

/// The real validation suite, when `shared/` is beside the repository.
#[test]
fn real_unit_test_records_run_to_the_end() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/anchors/petrarch-unit-tests");
    let records = format!("{root}/PETR.UnitTest.records.xml");
    if !Path::new(&records).exists() {
        eprintln!("skipped: {records} not found (shared/ is not beside the repository)");
        return;
    }
    let out = hadath(&["eval", "--petrarch-records", &records, "--petrarch-dicts", root, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_str(&text(&out.stdout)).expect("json");
    assert_eq!(v["records"], 284, "every record is read");
    assert_eq!(v["read_issues"].as_array().map(Vec::len), Some(0));
    assert!(v["all"]["records"].as_u64().is_some_and(|n| n >= 270));
    // A floor against regressions of the English grammar (PETRARCH-2 itself: 83 exact).
    let exact = v["all"]["exact"].as_u64().unwrap_or(0);
    assert!(exact >= 148, "exact records fell to {exact}");
}
