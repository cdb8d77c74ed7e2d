use super::*;

fn page(body: &str) -> String {
    format!(
        "<!DOCTYPE html><html lang='ar'><head><meta charset='utf-8'><title>عنوان الصفحة - الموقع</title><meta property='og:site_name' content='الموقع'></head><body>{body}</body></html>"
    )
}

fn text_of(body: &str) -> String {
    extract_html(page(body).as_bytes(), Some("https://www.example.com/news/1")).unwrap().text
}

#[test]
fn keeps_article_paragraphs_and_drops_furniture() {
    let text = text_of(
        "<nav><ul><li><a href='/'>الرئيسية</a></li><li><a href='/s'>سياسة</a></li></ul></nav>\
         <article><h1>عنوان الصفحة</h1>\
         <p>قالت وزارة الخارجية، في بيان صدر اليوم، إن الوزير سيزور القاهرة الأسبوع المقبل لبحث العلاقات الثنائية.</p>\
         <div class='share'><a href='#'>فيسبوك</a> <a href='#'>تويتر</a></div>\
         <h2>تفاصيل الزيارة</h2>\
         <p>وأضاف البيان أن الزيارة ستشمل لقاءات مع كبار المسؤولين، وتوقيع اتفاقيات في مجالات الطاقة والنقل.</p>\
         </article><footer>جميع الحقوق محفوظة</footer>",
    );
    assert_eq!(
        text,
        "قالت وزارة الخارجية، في بيان صدر اليوم، إن الوزير سيزور القاهرة الأسبوع المقبل لبحث العلاقات الثنائية.\n\n\
         تفاصيل الزيارة\n\n\
         وأضاف البيان أن الزيارة ستشمل لقاءات مع كبار المسؤولين، وتوقيع اتفاقيات في مجالات الطاقة والنقل."
    );
}

#[test]
fn title_site_lang_url() {
    let doc = extract_html(page("<p>نص قصير.</p>").as_bytes(), Some("https://www.example.com/news/1")).unwrap();
    assert_eq!(doc.title.as_deref(), Some("عنوان الصفحة"));
    assert_eq!(doc.site.as_deref(), Some("الموقع"));
    assert_eq!(doc.lang.as_deref(), Some("ar"));
    assert_eq!(doc.url.as_deref(), Some("https://www.example.com/news/1"));
}

#[test]
fn br_separated_text_in_one_div() {
    let text = text_of(
        "<div class='main'><div>الفقرة الأولى من الخبر، وهي طويلة بما يكفي لتكون فقرة.<br><br>الفقرة الثانية من الخبر، وهي أيضا طويلة بما يكفي.</div></div>",
    );
    assert_eq!(
        text,
        "الفقرة الأولى من الخبر، وهي طويلة بما يكفي لتكون فقرة.\n\nالفقرة الثانية من الخبر، وهي أيضا طويلة بما يكفي."
    );
}

#[test]
fn aspnet_form_wrapper_is_not_furniture() {
    let text = text_of(
        "<form id='aspnetForm'><div class='header'><a href='/'>الرئيسية</a></div><div id='content'>\
         <p>أعلنت الحكومة، صباح اليوم، عن حزمة إجراءات اقتصادية جديدة لدعم الأسر محدودة الدخل.</p>\
         <p>وتشمل الإجراءات، بحسب البيان، زيادة الدعم النقدي وتوسيع برامج الحماية الاجتماعية.</p></div>\
         <div class='comments'><p>اترك تعليقاً</p><textarea></textarea></div></form>",
    );
    assert!(text.starts_with("أعلنت الحكومة"), "{text}");
    assert!(text.contains("وتشمل الإجراءات"));
    assert!(!text.contains("تعليق"));
    assert!(!text.contains("الرئيسية"));
}

#[test]
fn entities_are_decoded_and_no_tags_leak() {
    let text = text_of("<p>Smith &amp; Sons said &quot;no&quot; &lt;b&gt; &#1575;&#1604; &nbsp; and left on Sunday evening.</p>");
    assert_eq!(text, "Smith & Sons said \"no\" <b> ال and left on Sunday evening.");
}

#[test]
fn binary_and_empty_are_errors() {
    assert!(matches!(extract_html(b"\x89PNG\r\n\x1a\n....", None), Err(WebError::NotHtml { .. })));
    assert!(matches!(extract_html(b"abc\0def", None), Err(WebError::NotHtml { .. })));
    assert!(matches!(extract_html(b"", None), Err(WebError::NoText)));
    assert!(matches!(extract_html(b"<html><body><script>var a;</script></body></html>", None), Err(WebError::NoText)));
}

#[test]
fn deep_nesting_does_not_overflow() {
    let html = "<div>".repeat(200_000) + "<p>deep text that is long enough to be a paragraph here.</p>";
    let doc = extract_html(html.as_bytes(), None).unwrap();
    assert!(doc.text.contains("deep text"));
}

#[test]
fn fragment_text_keeps_paragraphs() {
    let text = fragment_text(
        "<p>First paragraph of the item.</p><p>Share this:</p><ul><li><a href='x'>Facebook</a></li></ul><p>Second one.</p>",
        None,
    );
    assert_eq!(text, "First paragraph of the item.\n\nSecond one.");
}
