//! Feeds (fixtures written for these tests): every item, its fields, and per-item errors.
#![allow(clippy::unwrap_used)]

use hadath_web::{WebDocument, WebError, read_feed};

fn feed(name: &str) -> Vec<Result<WebDocument, WebError>> {
    let bytes = std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    read_feed(&bytes).unwrap()
}

fn ok(item: &Result<WebDocument, WebError>) -> &WebDocument {
    item.as_ref().unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn arabic_rss_2() {
    let items = feed("ar_rss.xml");
    assert_eq!(items.len(), 4);

    let first = ok(&items[0]);
    assert_eq!(first.title.as_deref(), Some("وزيرا خارجية الأردن ومصر يبحثان في عمّان تثبيت التهدئة"));
    assert_eq!(first.url.as_deref(), Some("https://alwatan-today.example/politics/2026/11/29/jordan-egypt-talks"));
    assert_eq!(first.published.as_deref(), Some("2026-11-29"));
    assert_eq!(first.lang.as_deref(), Some("ar"));
    assert_eq!(first.site.as_deref(), Some("alwatan-today.example"));
    // content:encoded (the fuller text) wins over description; its furniture is gone.
    assert_eq!(
        first.text,
        "بحث وزير الخارجية الأردني مع نظيره المصري، خلال لقاء في عمّان صباح الأحد، سبل تثبيت التهدئة في قطاع غزة.\n\n\
         وقال الوزير الأردني إن التنسيق مع القاهرة \"مستمر على أعلى المستويات\"."
    );

    let second = ok(&items[1]);
    assert_eq!(second.url.as_deref(), Some("https://alwatan-today.example/economy/2026/11/29/rates"));
    assert_eq!(second.published.as_deref(), Some("2026-11-29"), "ISO 8601 pubDate");
    assert_eq!(
        second.text,
        "قرر البنك المركزي، في ختام اجتماع لجنة السياسة النقدية اليوم، الإبقاء على أسعار الفائدة دون تغيير، مشيراً إلى تراجع معدلات التضخم."
    );

    // A date that cannot be read is no error: the item stays, undated.
    let third = ok(&items[2]);
    assert_eq!(third.published, None);
    assert_eq!(third.title.as_deref(), Some("انطلاق معرض الكتاب الدولي بمشاركة 400 دار نشر"));
    assert_eq!(third.text, "افتتح وزير الثقافة مساء السبت معرض الكتاب الدولي في دورته الثلاثين، بمشاركة دور نشر من 25 دولة.");

    let fourth = ok(&items[3]);
    assert_eq!(fourth.published.as_deref(), Some("2026-11-28"), "\"GMT+3\" zone");
}

#[test]
fn rss_1_with_a_broken_item() {
    let items = feed("en_rdf.rss");
    assert_eq!(items.len(), 3);
    let first = ok(&items[0]);
    assert_eq!(first.url.as_deref(), Some("https://harbourcourier.example/business/2026/dec/01/port-workers-strike"));
    assert_eq!(first.published.as_deref(), Some("2026-12-01"));
    assert_eq!(first.lang.as_deref(), Some("en-gb"));
    assert_eq!(
        first.text, "Dock workers walked out at dawn after talks with the port authority ended without agreement.",
        "&nbsp; decoded"
    );

    let source = std::fs::read_to_string(format!("{}/tests/fixtures/en_rdf.rss", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let second_at = source.find("<item rdf:about=\"https://harbourcourier.example/business/2026/nov/30").unwrap();
    match &items[1] {
        Err(e @ WebError::Item { index, offset, reason }) => {
            assert_eq!(*index, 1);
            assert_eq!(*offset as usize, second_at);
            assert!(reason.contains("<p>"), "{reason}");
            assert!(e.to_string().starts_with(&format!("feed item [1] at byte {second_at}:")), "{e}");
        }
        other => panic!("expected an item error, got {other:?}"),
    }

    let third = ok(&items[2]);
    assert_eq!(third.published.as_deref(), Some("2026-11-29"));
    assert_eq!(
        third.text, "The island ferry operator will raise fares by 6% from January, it said on Sunday.",
        "\"The post ... appeared first on\" dropped"
    );
}

#[test]
fn atom() {
    let items = feed("atom.xml");
    assert_eq!(items.len(), 3);
    let first = ok(&items[0]);
    assert_eq!(first.title.as_deref(), Some("احتجاجات في بيروت على رفع أسعار المحروقات"), "type=html title as text");
    assert_eq!(first.url.as_deref(), Some("https://almashhad-news.example/lebanon/8812"), "rel=alternate, not enclosure or self");
    assert_eq!(first.published.as_deref(), Some("2026-11-28"));
    assert_eq!(first.lang.as_deref(), Some("ar"));
    assert_eq!(
        first.text,
        "تظاهر مئات اللبنانيين، مساء السبت، أمام مقر وزارة الطاقة في بيروت احتجاجاً على رفع أسعار البنزين والمازوت.\n\n\
         وقال أحد المنظمين إن الاحتجاجات ستتوسع إلى مدن أخرى.",
        "escaped HTML content, the link-only paragraph dropped"
    );

    let second = ok(&items[1]);
    assert_eq!(second.url.as_deref(), Some("https://almashhad-news.example/lebanon/8801"), "link without rel");
    assert_eq!(second.published.as_deref(), Some("2026-11-27"), "updated when published is missing");
    assert_eq!(
        second.text,
        "عقدت لجنة الإدارة والعدل النيابية جلسة لمناقشة مشروع قانون الإيجارات القديمة، بحضور ممثلين عن المالكين والمستأجرين."
    );

    let third = ok(&items[2]);
    assert_eq!(third.lang.as_deref(), Some("en"), "entry xml:lang");
    assert_eq!(third.published, None, "\"yesterday\" is no date");
    assert_eq!(
        third.text,
        "A parliamentary committee met on Friday to discuss the old-rents bill.\n\nTenants and landlords were both represented."
    );
}

#[test]
fn windows_1256_feed() {
    let xml = "<?xml version=\"1.0\" encoding=\"windows-1256\"?><rss version=\"2.0\"><channel><title>أخبار</title>\
        <item><title>عنوان الخبر</title><link>http://x.example/1</link><description>نص الخبر الكامل هنا.</description></item></channel></rss>";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(xml);
    assert!(!unmappable);
    let items = read_feed(&bytes).unwrap();
    let doc = ok(&items[0]);
    assert_eq!(doc.title.as_deref(), Some("عنوان الخبر"));
    assert_eq!(doc.text, "نص الخبر الكامل هنا.");
}

#[test]
fn feed_level_errors() {
    for bad in [
        &b""[..],
        b"just text",
        b"\x89PNG\r\n\x1a\n\0\0",
        b"<html><body><p>page</p></body></html>",
        b"<?xml version='1.0'?><urlset></urlset>",
    ] {
        match read_feed(bad) {
            Err(e @ WebError::NotFeed { .. }) => assert!(e.to_string().starts_with("not a feed")),
            other => panic!("{:?}: {other:?}", String::from_utf8_lossy(bad)),
        }
    }
}

#[test]
fn feed_cut_in_an_item() {
    let bytes = std::fs::read(format!("{}/tests/fixtures/ar_rss.xml", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    let cut = text.find("<title>البنك المركزي").unwrap() + 30;
    let cut = (cut..).find(|&i| text.is_char_boundary(i)).unwrap();
    let items = read_feed(&text.as_bytes()[..cut]).unwrap();
    assert_eq!(items.len(), 2);
    assert!(items[0].is_ok());
    assert!(
        matches!(&items[1], Err(WebError::Item { index: 1, reason, .. }) if reason.contains("ends inside")),
        "{:?}",
        items[1]
    );
}
