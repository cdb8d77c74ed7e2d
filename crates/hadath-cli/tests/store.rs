//! The store commands end to end: ingest twice, recode, query, export, and an ingest killed
//! in the middle.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

fn hadath(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hadath")).args(args).stdin(Stdio::null()).output().expect("run hadath")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hadath-store-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// A JSONL corpus of `n` distinct articles, each reporting the same few events.
fn corpus(dir: &Path, n: usize) -> String {
    let path = dir.join("corpus.jsonl");
    let mut f = std::fs::File::create(&path).expect("corpus");
    for i in 0..n {
        let text = format!(
            "شنت طائرات حربية إسرائيلية غارات على مواقع في جنوب لبنان أمس.\n\
             وأدانت وزارة الخارجية المصرية الغارات الإسرائيلية.\n\
             وتظاهر آلاف الأردنيين أمام السفارة الإسرائيلية في عمان.\nرقم المرجع {i}."
        );
        let outlet = ["aawsat", "alwatan", "okaz"][i % 3];
        let record = serde_json::json!({
            "id": format!("doc-{i}"), "text": text, "date": "2024-05-02", "source": outlet,
            "url": format!("https://news.example/{i}"),
        });
        writeln!(f, "{record}").expect("write");
    }
    path.display().to_string()
}

/// (documents with events, events, mentions) as `query` and `export --format records` see them.
fn counts(db: &str) -> (u64, u64, u64) {
    let out = hadath(&["query", "--db", db, "--format", "jsonl"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let events = text(&out.stdout).lines().count() as u64;
    let out = hadath(&["export", "--db", db, "--format", "records"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let records = text(&out.stdout);
    let docs: std::collections::BTreeSet<String> = records
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["doc_id"].as_str().map(str::to_string))
        .collect();
    (docs.len() as u64, events, records.lines().count() as u64)
}

#[test]
fn ingesting_twice_adds_nothing_and_events_are_counted_across_articles() {
    let dir = scratch("twice");
    let input = corpus(&dir, 12);
    let db = dir.join("h.db").display().to_string();
    let first = hadath(&["ingest", "--db", &db, &input]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(text(&first.stderr).contains("12 added"), "{}", text(&first.stderr));
    let before = counts(&db);
    let second = hadath(&["ingest", "--db", &db, &input]);
    assert!(text(&second.stderr).contains("0 added, 12 already stored"), "{}", text(&second.stderr));
    assert_eq!(counts(&db), before);
    // The air strike is one event with twelve mentions from three outlets.
    let out = hadath(&["query", "--db", &db, "--code", "195", "--source", "ISRMIL", "--format", "jsonl"]);
    let rows: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(
        (rows[0]["num_mentions"].as_i64(), rows[0]["num_articles"].as_i64(), rows[0]["num_sources"].as_i64()),
        (Some(12), Some(12), Some(3))
    );
    // Recoding with the same lexicons changes nothing; with --all it rebuilds the same rows.
    let recode = hadath(&["recode", "--db", &db, "--all"]);
    assert!(recode.status.success(), "{}", text(&recode.stderr));
    assert_eq!(counts(&db), before);
}

#[test]
fn an_ingest_killed_midway_completes_on_the_next_run() {
    let dir = scratch("kill");
    let input = corpus(&dir, 1000);
    let clean = dir.join("clean.db").display().to_string();
    let out = hadath(&["ingest", "-q", "--db", &clean, "--batch", "10", "--threads", "1", &input]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let expected = counts(&clean);

    let killed = dir.join("killed.db").display().to_string();
    let mut child = Command::new(env!("CARGO_BIN_EXE_hadath"))
        .args(["ingest", "-q", "--db", &killed, "--batch", "10", "--threads", "1", &input])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn ingest");
    // Wait for the first committed batch (the WAL file grows), then kill without warning.
    let wal = PathBuf::from(format!("{killed}-wal"));
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline && std::fs::metadata(&wal).map_or(0, |m| m.len()) < 64 * 1024 {
        std::thread::sleep(Duration::from_millis(5));
    }
    child.kill().expect("kill");
    let _ = child.wait();
    let partial = counts(&killed);
    assert!(partial.0 <= expected.0);
    let rerun = hadath(&["ingest", "-q", "--db", &killed, "--batch", "10", &input]);
    assert!(rerun.status.success(), "{}", text(&rerun.stderr));
    assert_eq!(counts(&killed), expected);
}

#[test]
fn exports_gdelt_tables_with_61_columns_and_bad_stores_are_named() {
    let dir = scratch("export");
    let input = corpus(&dir, 3);
    let db = dir.join("h.db").display().to_string();
    assert!(hadath(&["ingest", "-q", "--db", &db, &input]).status.success());
    let out_dir = dir.join("gdelt");
    let out = hadath(&["export", "--db", &db, "--format", "gdelt", "--out", &out_dir.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let events = std::fs::read_to_string(out_dir.join("events.tsv")).expect("events.tsv");
    assert!(events.lines().all(|l| l.split('\t').count() == 61), "{events}");
    assert!(events.lines().count() > 1);
    let mentions = std::fs::read_to_string(out_dir.join("mentions.tsv")).expect("mentions.tsv");
    assert!(mentions.lines().all(|l| l.split('\t').count() == 16));

    // A store that is not one, and a missing one, are named.
    let junk = dir.join("junk.db");
    std::fs::write(&junk, b"not a database at all, only some text of no use").expect("junk");
    let out = hadath(&["query", "--db", &junk.display().to_string()]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("junk.db"), "{}", text(&out.stderr));
    let out = hadath(&["query", "--db", &dir.join("missing.db").display().to_string()]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("missing.db"), "{}", text(&out.stderr));
    // A filter value that is not a code is an error, not SQL.
    let out = hadath(&["query", "--db", &db, "--source", "X' OR 1=1 --"]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("not a code"), "{}", text(&out.stderr));
}

#[test]
fn oversized_and_broken_documents_are_skipped_with_a_reason_and_the_rest_is_stored() {
    let dir = scratch("limits");
    let input = corpus(&dir, 4);
    let db = dir.join("h.db").display().to_string();
    assert!(hadath(&["ingest", "-q", "--db", &db, &input]).status.success());
    let before = counts(&db);
    // A 100 MB "article", a file that is not text, and one good new article.
    let huge = dir.join("huge.txt");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&huge).expect("huge"));
        let line = "قصفت الطائرات الإسرائيلية مواقع في غزة أمس. ".repeat(40) + "\n";
        let mut written = 0;
        while written < 100_000_000 {
            f.write_all(line.as_bytes()).expect("write");
            written += line.len();
        }
    }
    let binary = dir.join("binary.txt");
    std::fs::write(&binary, [0u8, 159, 146, 150, 0, 1, 2, 255]).expect("binary");
    let good = dir.join("good.txt");
    std::fs::write(&good, "استدعت وزارة الخارجية الأردنية السفير الإسرائيلي في عمان.\n").expect("good");
    let paths: Vec<String> = [&huge, &binary, &good].iter().map(|p| p.display().to_string()).collect();
    let out = hadath(&["ingest", "--db", &db, "--date", "2024-05-03", &paths[0], &paths[1], &paths[2]]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("huge: document of 10") && err.contains("--max-document-mb"), "{err}");
    assert!(err.contains("binary.txt"), "{err}");
    assert!(err.contains("1 added") && err.contains("1 too large") && err.contains("1 unreadable"), "{err}");
    let after = counts(&db);
    assert_eq!(after.0, before.0 + 1, "{err}");
    assert!(after.1 > before.1);
}

#[test]
fn actors_are_found_by_code_or_by_name_in_either_language() {
    let dir = scratch("names");
    let article = dir.join("2024-07-01-rockets.txt");
    std::fs::write(&article, "أطلقت حركة حماس صواريخ على مدينة عسقلان صباح اليوم.\nواستدعت روسيا السفير الإسرائيلي في موسكو.\n")
        .expect("article");
    let db = dir.join("h.db").display().to_string();
    let out = hadath(&["ingest", "-q", "--db", &db, "--date", "2024-07-01", &article.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let found = |actor: &str| {
        let out = hadath(&["query", "--db", &db, "--actor", actor, "--format", "jsonl"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout).lines().map(|l| serde_json::from_str::<serde_json::Value>(l).expect("json")).collect::<Vec<_>>()
    };
    let hamas = found("Hamas");
    assert_eq!(hamas.len(), 1, "{hamas:?}");
    assert_eq!(hamas[0]["root"], "19");
    assert_eq!(found("حماس"), hamas);
    let russia = found("Russia");
    assert_eq!(russia.len(), 1, "{russia:?}");
    assert_eq!(found("روسيا"), russia);
    assert_eq!(found("RUS"), russia);
    assert!(found("Atlantis").is_empty());
}
