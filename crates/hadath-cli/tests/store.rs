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

#[test]
fn html_pages_and_feeds_are_ingested_with_their_metadata_and_furniture_dropped() {
    let dir = scratch("web");
    let page = r#"<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>الأردن يستدعي السفير الإسرائيلي - صحيفة الغد</title>
<meta property="og:site_name" content="صحيفة الغد"><link rel="canonical" href="https://alghad.example/news/1001">
<meta property="article:published_time" content="2025-04-14T11:20:00+03:00"></head><body>
<nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/p">سياسة</a></li><li><a href="/s">رياضة</a></li></ul></nav>
<div class="share-bar">شارك: فيسبوك تويتر واتساب</div>
<article><h1>الأردن يستدعي السفير الإسرائيلي</h1>
<p>استدعت وزارة الخارجية الأردنية، صباح الاثنين، السفير الإسرائيلي في عمان احتجاجا على اقتحام المسجد الأقصى، وسلمته مذكرة احتجاج رسمية.</p>
<p>وقال الناطق باسم الوزارة إن المملكة تحمل الحكومة الإسرائيلية المسؤولية الكاملة عن التصعيد، مطالبا المجتمع الدولي بالتحرك الفوري لوقف الانتهاكات.</p>
<div class="related"><h3>اقرأ أيضاً</h3><ul><li><a href="/x">الجيش الإسرائيلي يقصف مواقع في جنوب لبنان</a></li></ul></div>
</article>
<div id="comments"><h3>اترك تعليقاً</h3><form><textarea></textarea><button>إرسال</button></form></div>
<footer>جميع الحقوق محفوظة © 2025</footer></body></html>"#;
    std::fs::write(dir.join("alghad-1001.html"), page).expect("page");
    let feed = r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة</title><language>ar</language>
<item><title>مصر تدين الهجوم</title><link>https://agency.example/a/1</link><pubDate>Mon, 14 Apr 2025 09:00:00 +0200</pubDate>
<description><![CDATA[<p>أدانت مصر بشدة الهجوم الذي استهدف قافلة إغاثة في السودان، ودعت إلى محاسبة المسؤولين عنه.</p>]]></description></item>
<item><title>خبر بلا تاريخ صالح</title><link>https://agency.example/a/2</link><pubDate>يوم ما</pubDate>
<description>التقى وزير الخارجية السعودي نظيره الفرنسي في الرياض لبحث العلاقات الثنائية.</description></item>
</channel></rss>"#;
    std::fs::write(dir.join("agency.rss"), feed).expect("feed");
    std::fs::write(dir.join("sitemap.xml"), r#"<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>"#)
        .expect("sitemap");
    let db = dir.join("h.db").display().to_string();
    let out = hadath(&["ingest", "--db", &db, "--date", "2025-04-15", &dir.display().to_string()]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("sitemap.xml") && err.contains("1 unreadable"), "{err}");
    assert!(err.contains("3 added"), "{err}");
    let records = text(&hadath(&["export", "--db", &db, "--format", "records"]).stdout);
    let records: Vec<serde_json::Value> = records.lines().map(|l| serde_json::from_str(l).expect("json")).collect();
    let page_events: Vec<&serde_json::Value> =
        records.iter().filter(|r| r["doc_id"] == "https://alghad.example/news/1001").collect();
    // The recall of the ambassador, dated by the page's own date (Monday 14 April), and
    // nothing from the "read also" box (no Israeli strike on Lebanon).
    assert!(page_events.iter().any(|r| r["code"] == "114" && r["source"]["code"] == "JORGOV"), "{page_events:?}");
    assert!(page_events.iter().all(|r| r["date"].as_str().is_some_and(|d| d.starts_with("2025-04-1"))), "{page_events:?}");
    assert!(!records.iter().any(|r| r["root"] == "19" && r["target"]["code"].as_str().is_some_and(|c| c.starts_with("LBN"))));
    assert!(records.iter().any(|r| r["doc_id"] == "https://agency.example/a/1" && r["date"] == "2025-04-14"), "{records:?}");
    // The outlet comes from the page; the item with a bad date falls back to --date.
    let out = hadath(&["query", "--db", &db, "--outlet", "صحيفة الغد", "--format", "jsonl"]);
    assert!(!text(&out.stdout).is_empty(), "{}", text(&out.stderr));
    assert!(
        records
            .iter()
            .any(|r| r["doc_id"] == "https://agency.example/a/2" && r["date"].as_str().is_some_and(|d| d.starts_with("2025-04"))),
        "{records:?}"
    );
}

/// One gzip member holding one WARC response record with an HTML page.
fn warc_member(n: usize, html: &str) -> Vec<u8> {
    let http =
        format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}", html.len());
    let mut record = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:rec-{n}>\r\nWARC-Date: 2025-05-06T08:00:00Z\r\n\
         WARC-Target-URI: https://daily.example/{n}\r\nContent-Type: application/http; msgtype=response\r\n\
         Content-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    record.extend_from_slice(http.as_bytes());
    record.extend_from_slice(b"\r\n\r\n");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(&record).expect("gzip");
    gz.finish().expect("gzip")
}

#[test]
fn a_truncated_warc_archive_keeps_what_was_read_and_names_where_it_broke() {
    let dir = scratch("warc");
    let sentences = [
        "استدعت وزارة الخارجية المغربية السفير الجزائري في الرباط احتجاجا على تصريحات مسيئة.",
        "شنت طائرات حربية تركية غارات على مواقع في شمال العراق فجر الثلاثاء.",
        "التقى وزير الخارجية المصري نظيره الأردني في القاهرة لبحث العلاقات الثنائية.",
    ];
    let mut archive = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        let html = format!(
            "<html lang=\"ar\"><head><title>خبر {i}</title><meta name=\"pubdate\" content=\"2025-05-0{}\"></head>\
             <body><nav>الرئيسية | سياسة | اقتصاد</nav><article><p>{s}</p><p>وتابعت الصحيفة تغطية الحدث طوال اليوم في تقارير متتالية من مراسليها.</p></article></body></html>",
            i + 3
        );
        archive.extend(warc_member(i, &html));
    }
    let whole = dir.join("crawl.warc.gz");
    std::fs::write(&whole, &archive).expect("warc");
    let cut = dir.join("cut.warc.gz");
    std::fs::write(&cut, &archive[..archive.len() - 40]).expect("cut");
    let db = dir.join("h.db").display().to_string();

    let out = hadath(&["ingest", "--db", &db, &cut.display().to_string()]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("cut.warc.gz") && err.contains("gzip"), "{err}");
    assert!(err.contains("2 added") && err.contains("1 unreadable"), "{err}");
    let partial = counts(&db);
    assert_eq!(partial.0, 2, "{err}");
    // The whole archive later: the two pages are known, the third is added.
    let out = hadath(&["ingest", "--db", &db, &whole.display().to_string()]);
    let err = text(&out.stderr);
    assert!(err.contains("1 added, 2 already stored"), "{err}");
    assert_eq!(counts(&db).0, 3);
}
