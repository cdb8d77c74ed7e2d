//! The `hadath` binary end to end: inputs good and bad, formats, exit status.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn hadath(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hadath"));
    cmd.args(args).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("run hadath");
    if let Some(input) = stdin {
        child.stdin.take().expect("stdin").write_all(input).expect("write stdin");
    } else {
        drop(child.stdin.take());
    }
    child.wait_with_output().expect("hadath output")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("hadath-cli-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write file");
    p.display().to_string()
}

const ARTICLE: &str = "غزت القوات السوفيتية أفغانستان في ديسمبر 1979.\nوقال الرئيس إن بلاده ستعمل مع الجميع.";

#[test]
fn codes_a_plain_file_as_jsonl() {
    let dir = scratch("plain");
    let f = write(&dir, "soviet-1979.txt", ARTICLE.as_bytes());
    let out = hadath(&["code", "-q", "--format", "jsonl", "--date", "2025-07-04", &f], None);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line = text(&out.stdout).lines().next().expect("an event").to_string();
    let v: serde_json::Value = serde_json::from_str(&line).expect("json");
    assert_eq!(v["doc_id"], "soviet-1979");
    assert_eq!(v["source"]["code"], "USRMIL");
    assert_eq!(v["target"]["code"], "AFG");
    assert_eq!(v["date"], "1979-12");
    assert_eq!(v["date_basis"], "explicit");
    assert_eq!(v["root"], "19");
    // Character offsets of the sentence.
    assert_eq!(v["span"], serde_json::json!([0, 46]));
}

#[test]
fn bad_inputs_are_named_and_the_rest_is_coded() {
    let dir = scratch("bad");
    let good = write(&dir, "good.txt", ARTICLE.as_bytes());
    let invalid = write(&dir, "invalid.txt", b"\xd8\xa3\xd8\xb9\xff\xfe");
    let empty = write(&dir, "empty.txt", b"  \n ");
    let binary = write(&dir, "binary.txt", b"PK\x03\x04\x00\x00");
    let jsonl = write(
        &dir,
        "docs.jsonl",
        format!("{{\"id\":\"ok\",\"text\":{}}}\n{{broken\n{{\"id\":\"no-text\"}}\n", serde_json::json!(ARTICLE)).as_bytes(),
    );
    let out = hadath(&["code", "--format", "jsonl", &invalid, &good, &empty, &binary, &jsonl, "missing.txt"], None);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("invalid.txt: invalid UTF-8 at byte 4 (line 1)"), "{err}");
    assert!(err.contains("empty.txt: empty document"), "{err}");
    assert!(err.contains("binary.txt: binary data (NUL byte at offset 4)"), "{err}");
    assert!(err.contains("docs.jsonl:2: not a JSON record"), "{err}");
    assert!(err.contains("docs.jsonl:3: record has no \"text\""), "{err}");
    assert!(err.contains("missing.txt: no such file or directory"), "{err}");
    let docs: Vec<String> = text(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["doc_id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(docs.contains(&"good".to_string()) && docs.contains(&"ok".to_string()), "{docs:?}");
}

#[test]
fn fails_only_when_nothing_could_be_read() {
    let dir = scratch("nothing");
    let empty = write(&dir, "empty.txt", b"");
    let out = hadath(&["code", "-q", &empty], None);
    assert!(!out.status.success());
}

#[test]
fn other_languages_are_reported_and_skipped() {
    let out = hadath(
        &["code", "--format", "jsonl", "-"],
        Some("La Russie a reconnu le gouvernement des talibans vendredi à Moscou.".as_bytes()),
    );
    assert!(out.status.success());
    assert!(text(&out.stderr).contains("language \"fra\" is not coded"), "{}", text(&out.stderr));
    assert!(text(&out.stdout).is_empty());
}

#[test]
fn reads_jsonl_from_stdin_and_directories_recursively() {
    let input = format!("{{\"id\":\"a\",\"date\":\"2025-07-04\",\"text\":{}}}\n", serde_json::json!(ARTICLE));
    let out = hadath(&["code", "-q", "--format", "csv", "-"], Some(input.as_bytes()));
    let csv = text(&out.stdout);
    assert!(csv.starts_with("doc_id,sentence_index,date"), "{csv}");
    assert!(csv.lines().nth(1).is_some_and(|l| l.starts_with("a,0,1979-12,explicit,USRMIL")), "{csv}");

    let dir = scratch("tree");
    std::fs::create_dir_all(dir.join("x/y")).expect("mkdir");
    write(&dir.join("x/y"), "deep.txt", ARTICLE.as_bytes());
    write(&dir, ".hidden.txt", ARTICLE.as_bytes());
    let out = hadath(&["code", "-q", "--format", "jsonl", &dir.display().to_string()], None);
    let ids: Vec<String> = text(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["doc_id"].as_str().unwrap_or_default().to_string())
        .collect();
    assert!(!ids.is_empty() && ids.iter().all(|i| i == "deep"), "{ids:?}");
}

#[test]
fn boilerplate_lines_never_become_sentences() {
    let input = format!("{ARTICLE}\nاترك تعليقاً\nشارك هذا المقال");
    let out = hadath(&["code", "-q", "--format", "jsonl", "--keep-negated", "-"], Some(input.as_bytes()));
    assert!(text(&out.stdout).lines().all(|l| !l.contains("اترك")));
}

#[test]
fn output_is_the_same_on_one_thread_and_many() {
    let dir = scratch("threads");
    for i in 0..40 {
        write(&dir, &format!("doc{i:02}.txt"), ARTICLE.as_bytes());
    }
    let d = dir.display().to_string();
    let one = hadath(&["code", "-q", "--format", "jsonl", "--threads", "1", &d], None);
    let four = hadath(&["code", "-q", "--format", "jsonl", "--threads", "4", &d], None);
    assert_eq!(one.stdout, four.stdout);
    assert!(!one.stdout.is_empty());
}

#[test]
fn lexicon_stats_and_user_lexicons() {
    let out = hadath(&["lexicon", "stats", "--json"], None);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert!(v["countries"].as_u64().unwrap_or(0) >= 197);
    assert!(v["organisations"].as_u64().unwrap_or(0) >= 150);
    assert!(v["people"].as_u64().unwrap_or(0) >= 300);
    assert!(v["agent_phrases_ar"].as_u64().unwrap_or(0) >= 150);
    assert!(v["verb_patterns"].as_u64().unwrap_or(0) + v["noun_patterns"].as_u64().unwrap_or(0) >= 600);
    assert_eq!(v["cameo_roots_covered"], 20);

    // A user lexicon adds a person; a bad line in it is a warning with file and line.
    let dir = scratch("lexicon");
    write(
        &dir,
        "mine.lex",
        "person zz-invented\n    ar: زيد المخترع\n    code: JORGOV\nbroken header line here\n  : nothing\n".as_bytes(),
    );
    let input = "استقبل زيد المخترع وزير الخارجية المصري في عمان.";
    let out = hadath(&["code", "--format", "jsonl", "--lexicon", &dir.display().to_string(), "-"], Some(input.as_bytes()));
    let err = text(&out.stderr);
    assert!(err.contains("mine.lex:5:"), "{err}");
    assert!(text(&out.stdout).contains("\"JORGOV\""), "{}", text(&out.stdout));
}

#[test]
fn eval_scores_like_the_reference_scorer() {
    let dir = scratch("eval");
    let gold =
        write(&dir, "g.jsonl", br#"{"doc_id":"d","kind":"required","src":"USR","tgt":"AFG","code":"19","date":"1979-12"}"#);
    let sys = write(
        &dir,
        "s.jsonl",
        br#"{"doc_id":"d","code":"192","source":{"code":"USRMIL"},"target":{"code":"AFG"},"date":"1979-12"}"#,
    );
    let out = hadath(&["eval", &gold, &sys], None);
    let s = text(&out.stdout);
    assert!(s.starts_with("root: P=1.000 R=1.000 F1=1.000 dates=1.000 (1/1)"), "{s}");
}
