//! Store tests on small hand-made documents.

use super::*;

fn mention(date: &str, source: &str, code: &str, target: &str, sentence: &str) -> NewMention {
    NewMention {
        date: (!date.is_empty()).then(|| date.to_string()),
        source: source.into(),
        target: (!target.is_empty()).then(|| target.to_string()),
        code: code.into(),
        root: code.get(..2).unwrap_or(code).into(),
        quad_class: if code.starts_with('1') && code.as_bytes()[1] >= b'8' { 4 } else { 1 },
        goldstein: -10.0,
        plover: "ASSAULT".into(),
        sentence_index: 0,
        sentence: sentence.into(),
        sentence_span: [0, sentence.chars().count() as u32],
        trigger_span: [0, 4],
        source_text: source.to_lowercase(),
        source_span: [5, 9],
        target_text: (!target.is_empty()).then(|| "الهدف".to_string()),
        target_span: (!target.is_empty()).then_some([10, 15]),
        date_basis: "explicit".into(),
        record: format!("{{\"code\":\"{code}\"}}"),
    }
}

fn doc(key: &str, text: &str, outlet: &str, mentions: Vec<NewMention>) -> NewDocument {
    NewDocument {
        key: key.into(),
        url: Some(format!("https://news.example/{key}")),
        title: None,
        source: Some(outlet.into()),
        lang: Some("ar".into()),
        date: Some("2024-05-02".into()),
        text: text.into(),
        sentences: 1,
        lexicon: "lex-1".into(),
        mentions,
    }
}

pub(crate) fn two_reports() -> Vec<NewDocument> {
    vec![
        doc("a", "قصفت إسرائيل غزة.", "aawsat", vec![mention("2024-05-01", "ISR", "195", "PSE", "قصفت إسرائيل غزة.")]),
        doc(
            "b",
            "قصفت الطائرات الإسرائيلية غزة أمس.",
            "alwatan",
            vec![
                mention("2024-05-01", "ISR", "195", "PSE", "قصفت الطائرات الإسرائيلية غزة أمس."),
                mention("2024-05-01", "EGY", "111", "ISR", "قصفت الطائرات الإسرائيلية غزة أمس."),
            ],
        ),
    ]
}

#[test]
fn the_same_event_from_two_articles_is_one_row() {
    let mut store = Store::open_in_memory().expect("store");
    let stats = store.add_batch(&two_reports()).expect("add");
    assert_eq!(stats, BatchStats { documents_added: 2, documents_known: 0, mentions_added: 3, events_added: 2 });
    let rows = store.query_events(&EventFilter { code: Some("195".into()), ..Default::default() }).expect("query");
    assert_eq!(rows.len(), 1);
    assert_eq!((rows[0].num_mentions, rows[0].num_articles, rows[0].num_sources), (2, 2, 2));
    assert_eq!(rows[0].document, "a");
}

#[test]
fn adding_the_same_input_twice_adds_nothing() {
    let mut store = Store::open_in_memory().expect("store");
    store.add_batch(&two_reports()).expect("first");
    let before = store.counts().expect("counts");
    let again = store.add_batch(&two_reports()).expect("second");
    assert_eq!(again.documents_added, 0);
    assert_eq!(again.documents_known, 2);
    assert_eq!(store.counts().expect("counts"), before);
    // Same URL, other text (a page fetched twice): known too.
    let mut changed = two_reports();
    changed[0].text.push_str(" تحديث");
    assert_eq!(store.add_batch(&changed[..1]).expect("third").documents_known, 1);
}

#[test]
fn recoding_replaces_a_documents_mentions() {
    let mut store = Store::open_in_memory().expect("store");
    store.add_batch(&two_reports()).expect("add");
    let docs = store.documents_to_recode("lex-2", false, 0, 10).expect("list");
    assert_eq!(docs.len(), 2);
    let b = docs.iter().find(|d| d.key == "b").expect("b").id;
    // The new lexicon no longer sees Egypt's condemnation.
    let stats = store
        .replace_mentions(&[(b, vec![mention("2024-05-01", "ISR", "195", "PSE", "قصفت الطائرات الإسرائيلية غزة أمس.")])], "lex-2")
        .expect("recode");
    assert_eq!(stats.events_added, 0);
    let all = store.query_events(&EventFilter::default()).expect("query");
    assert_eq!(all.len(), 1, "{all:?}");
    assert_eq!(all[0].num_mentions, 2);
    assert_eq!(store.documents_to_recode("lex-2", false, 0, 10).expect("list").len(), 1);
}

#[test]
fn full_text_index_follows_adds_and_recodes() {
    let mut store = Store::open_in_memory().expect("store");
    store.add_batch(&two_reports()).expect("add");
    let words = |store: &Store, w: &str| {
        store.query_events(&EventFilter { text: Some(w.into()), ..Default::default() }).expect("query").len()
    };
    assert_eq!(words(&store, "الطائرات"), 2);
    let docs = store.documents_to_recode("lex-2", true, 0, 10).expect("list");
    // Recode both documents, the last one (holding the highest sentence id) with a new sentence.
    let batch: Vec<(i64, Vec<NewMention>)> = docs
        .iter()
        .map(|d| {
            let sentence =
                if d.key == "b" { "أغارت المقاتلات على غزة." } else { "قصفت إسرائيل غزة." };
            (d.id, vec![mention("2024-05-01", "ISR", "195", "PSE", sentence)])
        })
        .collect();
    store.replace_mentions(&batch, "lex-2").expect("recode");
    assert_eq!(words(&store, "الطائرات"), 0, "old sentence still indexed");
    assert_eq!(words(&store, "المقاتلات"), 1, "new sentence not indexed");
    assert_eq!(words(&store, "إسرائيل"), 1);
    let fts: i64 = store.conn().query_row("SELECT count(*) FROM sentences_fts", [], |r| r.get(0)).expect("count");
    let rows: i64 = store.conn().query_row("SELECT count(*) FROM sentences", [], |r| r.get(0)).expect("count");
    assert_eq!(fts, rows);
}

#[test]
fn filters_select_by_actor_code_name_dates_and_words() {
    let mut store = Store::open_in_memory().expect("store");
    store.add_batch(&two_reports()).expect("add");
    let q = |f: EventFilter| store.query_events(&f).expect("query").len();
    assert_eq!(q(EventFilter { actor: Some("EGY".into()), ..Default::default() }), 1);
    assert_eq!(q(EventFilter { actor: Some("isr".into()), ..Default::default() }), 2);
    assert_eq!(q(EventFilter { actor: Some("الهدف".into()), ..Default::default() }), 2);
    assert_eq!(q(EventFilter { source: Some("ISR".into()), ..Default::default() }), 1);
    assert_eq!(q(EventFilter { from: Some("2024-05".into()), to: Some("2024-05".into()), ..Default::default() }), 2);
    assert_eq!(q(EventFilter { to: Some("2024-04-30".into()), ..Default::default() }), 0);
    assert_eq!(q(EventFilter { outlet: Some("alwatan".into()), ..Default::default() }), 2);
    assert_eq!(q(EventFilter { outlet: Some("aawsat".into()), ..Default::default() }), 1);
    assert_eq!(q(EventFilter { text: Some("الطائرات".into()), ..Default::default() }), 2);
    assert_eq!(q(EventFilter { text: Some("\" OR 1".into()), ..Default::default() }), 0);
    assert_eq!(q(EventFilter { quad_class: Some(4), ..Default::default() }), 1);
    let months = store.count_events(&EventFilter::default(), CountBy::Month).expect("count");
    assert_eq!(months, vec![("2024-05".to_string(), 2)]);
}

#[test]
fn bad_filter_values_are_errors_not_sql() {
    let store = Store::open_in_memory().expect("store");
    for f in [
        EventFilter { source: Some("IS'R".into()), ..Default::default() },
        EventFilter { from: Some("May 2024".into()), ..Default::default() },
        EventFilter { country: Some("ISRAEL".into()), ..Default::default() },
        EventFilter { quad_class: Some(7), ..Default::default() },
    ] {
        assert!(matches!(store.query_events(&f), Err(StoreError::Invalid(_))), "{f:?}");
    }
}

#[test]
fn files_from_a_newer_hadath_or_other_programs_are_refused() {
    let dir = tempfile::tempdir().expect("tempdir");
    let newer = dir.path().join("newer.db");
    {
        let c = rusqlite::Connection::open(&newer).expect("open");
        c.execute_batch("PRAGMA user_version = 99;").expect("version");
    }
    assert!(matches!(Store::open(&newer), Err(StoreError::NewerSchema { found: 99, .. })));
    let foreign = dir.path().join("foreign.db");
    {
        let c = rusqlite::Connection::open(&foreign).expect("open");
        c.execute_batch("CREATE TABLE t(x);").expect("table");
    }
    assert!(matches!(Store::open(&foreign), Err(StoreError::Foreign { .. })));
    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"this is not a database file, just text that is long enough to matter").expect("write");
    let err = Store::open(&garbage).expect_err("garbage");
    assert!(err.to_string().contains("garbage.db"), "{err}");
}

#[test]
fn a_store_reopens_with_its_data() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("h.db");
    Store::open(&path).expect("create").add_batch(&two_reports()).expect("add");
    let store = Store::open(&path).expect("reopen");
    assert_eq!(store.counts().expect("counts"), Counts { documents: 2, events: 2, mentions: 3 });
    assert_eq!(store.schema_version().expect("version"), schema::VERSION);
}

#[test]
fn gdelt_export_has_the_published_columns() {
    let mut store = Store::open_in_memory().expect("store");
    store.add_batch(&two_reports()).expect("add");
    let (mut events, mut extras, mut mentions) = (Vec::new(), Vec::new(), Vec::new());
    store.export_gdelt_events(&EventFilter::default(), &mut events, &mut extras).expect("events");
    store.export_gdelt_mentions(&EventFilter::default(), &mut mentions).expect("mentions");
    let events = String::from_utf8(events).expect("utf-8");
    let lines: Vec<&str> = events.lines().collect();
    assert_eq!(lines.len(), 3);
    assert!(lines.iter().all(|l| l.split('\t').count() == 61), "{events}");
    assert!(lines[0].starts_with("GLOBALEVENTID\tSQLDATE"));
    let row: Vec<&str> = lines[1].split('\t').collect();
    assert_eq!((row[1], row[5], row[7], row[12], row[26]), ("20240501", "ISR", "ISR", "", "195"));
    assert_eq!(String::from_utf8(mentions).expect("utf-8").lines().count(), 4);
    assert_eq!(String::from_utf8(extras).expect("utf-8").lines().count(), 3);
}

#[test]
fn gdelt_export_dates_an_undated_event_by_its_report() {
    let mut store = Store::open_in_memory().expect("store");
    store
        .add_batch(&[doc("c", "هدد الجيش بالرد.", "okaz", vec![mention("", "EGYMIL", "138", "", "هدد الجيش بالرد.")])])
        .expect("add");
    let (mut events, mut extras, mut mentions) = (Vec::new(), Vec::new(), Vec::new());
    store.export_gdelt_events(&EventFilter::default(), &mut events, &mut extras).expect("events");
    store.export_gdelt_mentions(&EventFilter::default(), &mut mentions).expect("mentions");
    let events = String::from_utf8(events).expect("utf-8");
    let row: Vec<&str> = events.lines().nth(1).expect("row").split('\t').collect();
    assert_eq!((row[1], row[2], row[3]), ("20240502", "202405", "2024"));
    let extras = String::from_utf8(extras).expect("utf-8");
    let extra: Vec<&str> = extras.lines().nth(1).expect("row").split('\t').collect();
    assert_eq!((extra[1], extra[2]), ("", "publication"));
    let mentions = String::from_utf8(mentions).expect("utf-8");
    assert_eq!(mentions.lines().nth(1).expect("row").split('\t').nth(1), Some("20240502000000"));
}

#[test]
fn a_full_disk_loses_the_batch_and_nothing_else() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("full.db");
    let mut store = Store::open(&path).expect("store");
    store.add_batch(&two_reports()).expect("first batch");
    let before = store.counts().expect("counts");
    // Cap the file at its current size: the next batch cannot fit, as on a full disk.
    let pages: i64 = store.conn().query_row("PRAGMA page_count", [], |r| r.get(0)).expect("pages");
    store.conn().query_row(&format!("PRAGMA max_page_count = {pages}"), [], |_| Ok(())).expect("cap");
    let big: Vec<NewDocument> = (0..200)
        .map(|i| {
            let text = format!("{} {i}", "قصفت الطائرات الإسرائيلية غزة أمس. ".repeat(50));
            doc(&format!("big-{i}"), &text, "aawsat", vec![mention("2024-06-01", "ISR", "195", "PSE", &text)])
        })
        .collect();
    let err = store.add_batch(&big).expect_err("the file is full");
    assert!(matches!(err, StoreError::Full { .. }), "{err:?}");
    assert!(err.to_string().contains("full.db"), "{err}");
    assert_eq!(store.counts().expect("counts"), before);
    drop(store);
    // Reopened without the cap, the store is whole and takes the batch.
    let mut store = Store::open(&path).expect("reopen");
    assert_eq!(store.counts().expect("counts"), before);
    assert_eq!(store.add_batch(&big).expect("now it fits").documents_added, 200);
}

#[test]
fn a_read_only_store_is_named_and_unchanged() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("ro.db");
    let mut store = Store::open(&path).expect("store");
    store.add_batch(&two_reports()[..1]).expect("first batch");
    let before = store.counts().expect("counts");
    // query_only refuses writes whoever runs the test (file modes do not stop root).
    store.conn().execute_batch("PRAGMA query_only = 1").expect("query_only");
    let err = store.add_batch(&two_reports()[1..]).expect_err("read-only");
    assert!(matches!(err, StoreError::ReadOnly { .. }), "{err:?}");
    assert!(err.to_string().contains("ro.db"), "{err}");
    assert_eq!(store.counts().expect("counts"), before);
}

#[test]
fn month_partitions_never_overlap() {
    let mut store = Store::open_in_memory().expect("store");
    let docs = vec![
        doc("y", "غزا الاتحاد السوفيتي أفغانستان عام 1980.", "a", vec![mention("1980", "USR", "190", "AFG", "غزا")]),
        doc("m", "قصف الجيش القرى في مايو 1980.", "a", vec![mention("1980-05-03", "USRMIL", "195", "AFG", "قصف")]),
    ];
    store.add_batch(&docs).expect("add");
    let keys = store.count_events(&EventFilter::default(), CountBy::Month).expect("count");
    assert_eq!(keys, vec![("1980".to_string(), 1), ("1980-05".to_string(), 1)]);
    let total: usize = keys
        .iter()
        .map(|(k, _)| store.query_events(&EventFilter { month: Some(k.clone()), ..Default::default() }).expect("q").len())
        .sum();
    assert_eq!(total, 2);
    assert!(store.query_events(&EventFilter { month: Some("1980-05-03".into()), ..Default::default() }).is_err());
}

#[test]
fn both_plans_of_an_actor_query_select_the_same_events_and_counts_agree() {
    let mut store = Store::open_in_memory().expect("store");
    let actors = ["ISR", "PSE", "EGY", "USA", "IRN"];
    let docs: Vec<NewDocument> = (0..60)
        .map(|i| {
            let (s, t) = (actors[i % 5], actors[(i / 5) % 5]);
            let date = format!("2024-{:02}-{:02}", 1 + i % 12, 1 + i % 27);
            let text = format!("حدث رقم {i}.");
            doc(&format!("d{i}"), &text, "a", vec![mention(&date, s, if i % 2 == 0 { "190" } else { "111" }, t, &text)])
        })
        .collect();
    store.add_batch(&docs).expect("add");
    for actor in ["ISR", "US", "IRN"] {
        for (offset, limit) in [(0, 5), (3, 7), (0, 100)] {
            let f = EventFilter { actor: Some(actor.into()), limit: Some(limit), offset, ..Default::default() };
            let a = store.query_events_planned(&f, crate::query::Plan::Default).expect("default");
            let b = store.query_events_planned(&f, crate::query::Plan::ByDate).expect("by date");
            assert_eq!(a, b, "{actor} {offset} {limit}");
        }
        let all = EventFilter { actor: Some(actor.into()), ..Default::default() };
        let n = store.query_events(&all).expect("all").len() as u64;
        assert_eq!(store.count_matching(&all).expect("count"), n);
        assert!(n > 0);
    }
}
