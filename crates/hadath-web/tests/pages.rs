//! Whole pages (fixtures written for these tests): the article's sentences are kept, every piece
//! of furniture is gone, and the metadata is right.
#![allow(clippy::unwrap_used)]

use hadath_web::{WebDocument, WebError, WebFormat, extract_html, sniff};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn page(name: &str, url: Option<&str>) -> WebDocument {
    extract_html(&fixture(name), url).unwrap()
}

/// Every phrase in `absent` is missing from the text, every one in `present` is there, and the
/// text is clean: no tags, no entities, no blank-line runs, no surrounding space.
fn check_text(doc: &WebDocument, present: &[&str], absent: &[&str]) {
    for p in present {
        assert!(doc.text.contains(p), "missing {p:?} in:\n{}", doc.text);
    }
    for a in absent {
        assert!(!contains_words(&doc.text, a), "furniture {a:?} in:\n{}", doc.text);
    }
    assert!(!doc.text.contains('<') && !doc.text.contains('>'), "a tag in:\n{}", doc.text);
    for entity in ["&amp;", "&quot;", "&nbsp;", "&lt;", "&#", "&laquo;"] {
        assert!(!doc.text.contains(entity), "entity {entity} in:\n{}", doc.text);
    }
    assert!(!doc.text.contains("\n\n\n"), "blank-line run in:\n{}", doc.text);
    assert_eq!(doc.text.trim(), doc.text);
    for paragraph in doc.text.split("\n\n") {
        assert!(!paragraph.is_empty() && !paragraph.contains('\n') && paragraph.trim() == paragraph, "{paragraph:?}");
    }
}

/// `phrase` occurs in `text` as whole words ("شارك" is not in "بمشاركة").
fn contains_words(text: &str, phrase: &str) -> bool {
    text.match_indices(phrase).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Share, follow, comment, read-also, cookie, newsletter and footer phrases of the Arabic pages.
const ARABIC_FURNITURE: &[&str] = &[
    "شارك",
    "فيسبوك",
    "تويتر",
    "واتساب",
    "تيليجرام",
    "اترك تعليق",
    "أضف تعليق",
    "التعليقات",
    "اقرأ أيضا",
    "المزيد",
    "ذات صلة",
    "الأكثر قراءة",
    "ملفات تعريف الارتباط",
    "موافق",
    "النشرة البريدية",
    "اشترك",
    "جميع الحقوق محفوظة",
    "الرئيسية",
    "تابعونا",
    "الوسوم",
    "كلمات مفتاحية",
    "سياسة الخصوصية",
    "من نحن",
    "بريدك الإلكتروني",
    "إعلان",
    "طباعة",
    "أرسل لصديق",
    "استطلاع",
    "عاجل",
];

#[test]
fn arabic_page_with_json_ld() {
    let doc = page("ar_news_1.html", Some("https://alwatan-today.example/?p=8812"));
    check_text(
        &doc,
        &[
            "بحث وزير الخارجية الأردني مع نظيره المصري، خلال لقاء في عمّان صباح الأحد",
            "\"ترفض أي محاولة لتهجير الفلسطينيين من أرضهم\"",
            "اجتماعاً موسعاً للمانحين",
            "ملف المعابر",
            "عمليات إنزال جوي للمساعدات فوق مناطق في شمال القطاع.",
        ],
        ARABIC_FURNITURE,
    );
    for absent in [
        "الحكومة تقر موازنة",
        "معرض الكتاب",
        "مجلس الأمن يعقد",
        "خطوة مهمة",
        "ارتفاع أسعار الذهب",
        "الوزيران خلال المؤتمر",
        "انقطاع التيار",
    ] {
        assert!(!doc.text.contains(absent), "{absent}");
    }
    // The article's header gives its byline; the title and the date line are not repeated.
    assert!(doc.text.starts_with("عمّان - سلمى الخطيب\n\nبحث وزير الخارجية"), "{}", doc.text);
    assert_eq!(doc.text.split("\n\n").count(), 7);
    assert_eq!(doc.title.as_deref(), Some("وزيرا خارجية الأردن ومصر يبحثان في عمّان تثبيت التهدئة"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-29"));
    assert_eq!(doc.url.as_deref(), Some("https://alwatan-today.example/politics/2026/11/29/jordan-egypt-talks"));
    assert_eq!(doc.site.as_deref(), Some("الوطن اليوم"));
    assert_eq!(doc.lang.as_deref(), Some("ar"));
    assert_eq!(doc.fetched, None);
}

#[test]
fn arabic_page_with_br_text_and_json_ld_graph() {
    let doc = page("ar_news_2.html", Some("https://www.almashhad-news.example/lebanon/8812"));
    check_text(
        &doc,
        &[
            "تظاهر مئات اللبنانيين، مساء السبت، أمام مقر وزارة الطاقة في بيروت",
            "وقطع المحتجون الطريق المؤدية إلى الوزارة بالإطارات المشتعلة",
            "«الناس لم تعد قادرة على تحمّل الأعباء»",
            "أن الزيادة \"مؤقتة\"",
            "لافتاً إلى أن الحكومة تدرس دعم النقل العام للتخفيف عن المواطنين.",
        ],
        ARABIC_FURNITURE,
    );
    for absent in ["مصرف لبنان", "البرلمان يناقش", "الدولار يتراجع", "منخفض جوي", "لبنان، محروقات"]
    {
        assert!(!doc.text.contains(absent), "{absent}");
    }
    assert_eq!(doc.text.split("\n\n").filter(|p| p.chars().count() > 60).count(), 4);
    // <meta name=title>; the <title> says "المشهد | ...".
    assert_eq!(doc.title.as_deref(), Some("احتجاجات في بيروت على رفع أسعار المحروقات"));
    // The NewsArticle's date, not the WebPage's.
    assert_eq!(doc.published.as_deref(), Some("2026-11-28"));
    // No canonical, no og:url: the given URL; no og:site_name: its host.
    assert_eq!(doc.url.as_deref(), Some("https://www.almashhad-news.example/lebanon/8812"));
    assert_eq!(doc.site.as_deref(), Some("almashhad-news.example"));
}

#[test]
fn windows_1256_page() {
    let bytes = fixture("ar_news_1256.html");
    assert!(std::str::from_utf8(&bytes).is_err(), "the fixture must be windows-1256 on disk");
    let doc = extract_html(&bytes, Some("http://alkhaleej-aljadeed.example/news.asp?id=5521")).unwrap();
    check_text(
        &doc,
        &[
            "انطلقت في العاصمة العُمانية مسقط، صباح اليوم الخميس، أعمال القمة الخليجية السادسة والأربعين",
            "«المرحلة المقبلة تتطلب تسريع خطوات التكامل الاقتصادي، وتوحيد المواقف إزاء التحديات الإقليمية»",
            "ومقترحاً بإنشاء هيئة خليجية موحدة للطيران المدني.",
        ],
        ARABIC_FURNITURE,
    );
    assert!(!doc.text.contains('\u{FFFD}'));
    for absent in ["الصادرات غير النفطية", "تحلية المياه", "الأرصاد", "هل تتوقع", "محليات"]
    {
        assert!(!doc.text.contains(absent), "{absent}");
    }
    // "صحيفة الخليج الجديد :: ..." loses its site prefix.
    assert_eq!(doc.title.as_deref(), Some("انطلاق أعمال القمة الخليجية في مسقط وسط توقعات بقرارات اقتصادية"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-26"));
    assert_eq!(doc.site.as_deref(), Some("صحيفة الخليج الجديد"));
    assert_eq!(doc.lang, None);
}

#[test]
fn english_page_with_rfc_2822_date() {
    let doc = page("en_news.html", Some("https://www.harbourcourier.example/business/x?utm_source=rss"));
    check_text(
        &doc,
        &[
            "More than 2,000 workers at the city's container terminal began a 48-hour strike on Tuesday morning",
            "“Our members keep this port running, and they deserve a fair deal,”",
            "\"fair and affordable\"",
            "Businesses count the cost",
            "perishable goods worth tens of thousands of pounds",
            "Talks are not expected to resume before the end of the week",
        ],
        &[
            "Share",
            "Facebook",
            "WhatsApp",
            "Leave a Reply",
            "Post Comment",
            "Read more",
            "Port authority reports record",
            "Exporters warn",
            "cookies",
            "Accept all",
            "newsletter",
            "Sign up",
            "Topics",
            "Most read",
            "cycle lanes",
            "All rights reserved",
            "Skip to main content",
            "Subscribe",
            "About us",
        ],
    );
    assert_eq!(doc.title.as_deref(), Some("Port workers strike over pay as talks collapse"));
    assert_eq!(doc.published.as_deref(), Some("2026-12-01"));
    assert_eq!(doc.url.as_deref(), Some("https://www.harbourcourier.example/business/2026/dec/01/port-workers-strike"));
    assert_eq!(doc.site.as_deref(), Some("The Harbour Courier"));
    assert_eq!(doc.lang.as_deref(), Some("en-GB"));
}

#[test]
fn fixtures_sniff_as_what_they_are() {
    use std::path::Path;
    for (name, format) in [
        ("ar_news_1.html", WebFormat::Html),
        ("ar_news_1256.html", WebFormat::Html),
        ("en_news.html", WebFormat::Html),
        ("ar_rss.xml", WebFormat::Feed),
        ("en_rdf.rss", WebFormat::Feed),
        ("atom.xml", WebFormat::Feed),
    ] {
        assert_eq!(sniff(Path::new(name), &fixture(name)), Some(format), "{name}");
        assert_eq!(sniff(Path::new("no-extension"), &fixture(name)), Some(format), "{name} by content");
    }
}

#[test]
fn title_from_h1_and_date_from_time_in_article() {
    let html = "<html><body><div class='site-header'><h1>Coast Daily</h1><time datetime='2020-01-01'>today</time></div>\
        <article><h1>Flooding closes coastal road</h1><time datetime='2026-11-30T06:00:00-05:00'>Nov 30</time>\
        <p>Heavy rain flooded the coastal road overnight, and police closed it in both directions.</p></article></body></html>";
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(doc.title.as_deref(), Some("Flooding closes coastal road"));
    assert_eq!(doc.published.as_deref(), Some("2026-11-30"));
    // The article's own dateline may stay; the header's date may not.
    assert!(doc.text.ends_with("\n\nHeavy rain flooded the coastal road overnight, and police closed it in both directions."));
    assert!(!doc.text.contains("today"));
    assert_eq!(doc.url, None);
    assert_eq!(doc.site, None);
}

#[test]
fn itemprop_date_and_teaser_articles() {
    let html = "<html><head><title>Main story</title></head><body>\
        <main><article class='story'><h1>Main story</h1><span itemprop='datePublished'>29 November 2026</span>\
        <div class='body'><p>The first paragraph of the main story is long enough to count, and has commas.</p>\
        <p>The second paragraph of the main story is also long enough to count as a paragraph.</p></div></article>\
        <section class='related'><article><h3><a href='/a'>Teaser one headline</a></h3><p>Teaser one summary text that is quite long too.</p></article>\
        <article><h3><a href='/b'>Teaser two headline</a></h3><p>Teaser two summary text that is quite long too.</p></article></section></main></body></html>";
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(doc.published.as_deref(), Some("2026-11-29"));
    assert!(doc.text.starts_with("The first paragraph"), "{}", doc.text);
    assert!(!doc.text.contains("Teaser"), "{}", doc.text);
}

#[test]
fn paragraphs_wrapped_one_by_one() {
    let para =
        |n: usize| format!("<div class='para'><p>Paragraph number {n} of the story, with a comma, and enough words.</p></div>");
    let html = format!(
        "<html><body><div class='menu'><a href='/'>Home</a></div><div class='content'>{}</div><div class='footer'>About</div></body></html>",
        (1..=6).map(para).collect::<String>()
    );
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(doc.text.split("\n\n").count(), 6, "{}", doc.text);
    assert!(!doc.text.contains("Home") && !doc.text.contains("About"));
}

#[test]
fn short_page_without_paragraphs_still_drops_menus() {
    let html = "<html><head><title>Brief</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>\
        <div>Quake hits north; no casualties.</div><footer>Contact us</footer></body></html>";
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(doc.text, "Quake hits north; no casualties.");
    assert_eq!(doc.title.as_deref(), Some("Brief"));
}

#[test]
fn errors_say_what() {
    let e = extract_html(b"\xff\xd8\xff\xe0\0\x10JFIF", None).unwrap_err();
    assert!(matches!(e, WebError::NotHtml { .. }));
    assert!(e.to_string().contains("JPEG"), "{e}");
    assert!(matches!(extract_html(b"<html><head></head><body><nav>Home</nav></body></html>", None), Err(WebError::NoText)));
}

#[test]
fn article_header_lead_is_kept_and_its_footer_dropped() {
    let html = "<html><head><title>Bridge reopens after repairs</title></head><body><header class='site'><h1>City Times</h1></header>\
        <article><header><h1>Bridge reopens after repairs</h1><p class='lead'>The old river bridge reopened to traffic on Monday after eight months of repairs.</p>\
        <p class='byline'>By Amal Haddad</p></header>\
        <div class='body'><p>Engineers replaced the steel deck and two of the supports, the city council said in a statement on Sunday.</p>\
        <p>Drivers had been using a ferry and a detour of nearly twenty kilometres since the spring, officials added.</p></div>\
        <footer><p>Tags: bridges, transport</p><p>Share: Facebook, X</p></footer></article></body></html>";
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(
        doc.text,
        "The old river bridge reopened to traffic on Monday after eight months of repairs.\n\nBy Amal Haddad\n\n\
         Engineers replaced the steel deck and two of the supports, the city council said in a statement on Sunday.\n\n\
         Drivers had been using a ferry and a detour of nearly twenty kilometres since the spring, officials added."
    );
    assert_eq!(doc.title.as_deref(), Some("Bridge reopens after repairs"));
}

#[test]
fn script_built_page_falls_back_to_json_ld_article_body() {
    let html = r#"<html><head><title>Dam talks end without deal</title>
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam talks end without deal","datePublished":"2026-11-20",
        "articleBody":"Talks on the river dam ended on Friday without a deal, the ministry said.\nBoth delegations will meet again next month, officials added.\nShare this article"}</script>
        </head><body><div id="root"></div><script>render()</script></body></html>"#;
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(
        doc.text,
        "Talks on the river dam ended on Friday without a deal, the ministry said.\n\nBoth delegations will meet again next month, officials added."
    );
    assert_eq!(doc.published.as_deref(), Some("2026-11-20"));
}

#[test]
fn unmarked_teasers_beside_the_article_stay_out() {
    let teaser = |n: usize| {
        format!(
            "<div class='col'><h3><a href='/t/{n}'>Teaser headline {n}</a></h3><p>Short summary of another story number {n}.</p></div>"
        )
    };
    let html = format!(
        "<html><body><main id='main'><div class='article-body'>\
         <p>The harbour authority approved a new container terminal on Thursday, after two years of planning.</p>\
         <p>Construction will start in the spring and take three years, the authority's chairman said.</p>\
         <p>Environmental groups said they would challenge the decision in court, citing risks to fish stocks.</p></div>\
         <div class='row'>{}</div></main></body></html>",
        (1..=4).map(teaser).collect::<String>()
    );
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert_eq!(doc.text.split("\n\n").count(), 3, "{}", doc.text);
    assert!(!doc.text.contains("another story"), "{}", doc.text);
}
