//! Throughput of page extraction. Ignored by default; run it with
//! `cargo test --release -p hadath-web --test speed -- --ignored --nocapture`.
//! Target: well over 500 pages/s on one core for 50 KB pages.
#![allow(clippy::unwrap_used)]

use std::time::Instant;

use hadath_web::extract_html;

/// A 50 KB news page: the Arabic fixture's furniture around a long article, a big sidebar and
/// inline scripts, as real pages have.
fn page_50k() -> Vec<u8> {
    let fixture = std::fs::read_to_string(format!("{}/tests/fixtures/ar_news_1.html", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (head, tail) = fixture.split_once("</article>").unwrap();
    let mut page = head.to_string();
    let paragraph = |i: usize| {
        format!(
            "<p>وأضاف المتحدث باسم الوزارة، في تصريحات للصحفيين، أن الجانبين اتفقا على مواصلة التشاور خلال الأيام المقبلة، وأن لجنة مشتركة رقم {i} ستجتمع الأسبوع المقبل لمتابعة تنفيذ ما تم الاتفاق عليه.</p>\n"
        )
    };
    let sidebar = "<li><a href=\"/n/1234\">عنوان خبر آخر في الشريط الجانبي للموقع</a></li>\n";
    let script = "<script>var _x = {a: 1, b: [1, 2, 3], c: 'tracking'}; (function(){ /* analytics */ })();</script>\n";
    for i in 0..25 {
        page.push_str(&paragraph(i));
    }
    page.push_str("</article><aside class='sidebar'><ul>");
    while page.len() < 44_000 {
        page.push_str(sidebar);
    }
    page.push_str("</ul></aside>");
    while page.len() < 50_000 {
        page.push_str(script);
    }
    page.push_str(tail);
    page.into_bytes()
}

#[test]
#[ignore = "timing; run in release"]
fn pages_per_second() {
    let page = page_50k();
    let doc = extract_html(&page, None).unwrap();
    assert!(doc.text.split("\n\n").count() >= 25);
    let n = 2000;
    let start = Instant::now();
    for _ in 0..n {
        std::hint::black_box(extract_html(std::hint::black_box(&page), None).unwrap());
    }
    let rate = n as f64 / start.elapsed().as_secs_f64();
    println!("{} KB pages: {rate:.0} pages/s ({:.1} MB/s)", page.len() / 1000, rate * page.len() as f64 / 1e6);
    if !cfg!(debug_assertions) {
        assert!(rate > 500.0, "{rate:.0} pages/s");
    }
}
