//! The last line filter: short Arabic and English lines that are page furniture.
//!
//! Structure removes most furniture (see [`super::prune`]); what slips through is caught here
//! by its words. A line is furniture when hadath-text's boilerplate table says so ("اترك
//! تعليقاً", "اقرأ أيضاً: ...", "Share this", "جميع الحقوق محفوظة"), when every word in it is
//! a share/follow/consent label ("شارك فيسبوك تويتر واتساب", "Accept"), or when it opens with
//! one of the leads below (tag lists, cookie notices, newsletter boxes, "The post ... appeared
//! first on ..."). Only short lines are judged, so a news sentence that mentions Facebook stays.

use hadath_text::boilerplate::is_boilerplate;
use hadath_text::token::tokenize;

/// Longer lines are always kept.
const MAX_WORDS: usize = 60;

/// Words that, when a line is made of nothing else, make it a label row (normalised forms).
const LABELS: &[&str] = &[
    "شارك",
    "شاركها",
    "شاركوا",
    "مشاركه",
    "المشاركه",
    "تويتر",
    "تغريد",
    "غرد",
    "فيسبوك",
    "فيس",
    "بوك",
    "واتساب",
    "واتس",
    "اب",
    "تيليجرام",
    "تيليغرام",
    "تلغرام",
    "تليجرام",
    "تلجرام",
    "لينكدان",
    "لينكد",
    "ان",
    "انستغرام",
    "انستجرام",
    "يوتيوب",
    "ماسنجر",
    "سناب",
    "شات",
    "تيك",
    "توك",
    "البريد",
    "الالكتروني",
    "بريد",
    "طباعه",
    "اطبع",
    "نسخ",
    "الرابط",
    "رابط",
    "عبر",
    "على",
    "في",
    "تابعنا",
    "تابعونا",
    "تابع",
    "موافق",
    "اوافق",
    "قبول",
    "رفض",
    "اغلاق",
    "المزيد",
    "القائمه",
    "الرئيسيه",
    "بحث",
    "السابق",
    "التالي",
    "تسجيل",
    "الدخول",
    "اشترك",
    "share",
    "shares",
    "shared",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "email",
    "e",
    "mail",
    "print",
    "copy",
    "link",
    "pinterest",
    "reddit",
    "messenger",
    "instagram",
    "youtube",
    "tiktok",
    "on",
    "via",
    "tweet",
    "follow",
    "us",
    "google",
    "news",
    "rss",
    "accept",
    "agree",
    "i",
    "ok",
    "reject",
    "close",
    "all",
    "more",
    "menu",
    "search",
    "home",
    "next",
    "previous",
    "sign",
    "in",
    "up",
    "login",
    "log",
    "subscribe",
    "newsletter",
    "whats",
    "app",
];

/// Leads (normalised words) and the longest line, in words, that they condemn.
const LEADS: &[(&str, usize)] = &[
    ("اقرا ايضا", 40),
    ("اقرا كذلك", 40),
    ("اقرا المزيد", 40),
    ("اقرا", 3),
    ("شاهد ايضا", 40),
    ("طالع ايضا", 40),
    ("ذات صله", 10),
    ("اخبار ذات صله", 40),
    ("اخترنا لك", 10),
    ("قد يهمك", 40),
    ("قد يعجبك", 40),
    ("الوسوم", 30),
    ("وسوم", 30),
    ("كلمات مفتاحيه", 30),
    ("الكلمات المفتاحيه", 30),
    ("نستخدم ملفات تعريف الارتباط", MAX_WORDS),
    ("يستخدم هذا الموقع", MAX_WORDS),
    ("هذا الموقع يستخدم", MAX_WORDS),
    ("باستخدامك هذا الموقع", MAX_WORDS),
    ("اشترك في", 25),
    ("اشترك الان", 25),
    ("سجل بريدك", 25),
    ("ظهرت المقاله", 40),
    ("التعليقات", 10),
    ("tags", 30),
    ("topics", 20),
    ("keywords", 30),
    ("filed under", 30),
    ("we use cookies", MAX_WORDS),
    ("this site uses cookies", MAX_WORDS),
    ("this website uses cookies", MAX_WORDS),
    ("by continuing to use", MAX_WORDS),
    ("by using this site", MAX_WORDS),
    ("by using this website", MAX_WORDS),
    ("subscribe to", 25),
    ("sign up for", 25),
    ("sign up to", 25),
    ("get our newsletter", 25),
    ("you may also like", 40),
    ("more from", 10),
    ("more stories", 10),
    ("most read", 10),
    ("recommended", 5),
    ("trending", 5),
];

/// Phrases that condemn a short line wherever they stand in it.
const INSIDE: &[(&str, usize)] = &[("appeared first on", 40), ("ظهرت اولا على", 40), ("all rights reserved", 20)];

/// True when `line` (one paragraph of extracted text) is page furniture.
pub(crate) fn is_furniture(line: &str) -> bool {
    if line.split_ascii_whitespace().nth(MAX_WORDS).is_some() {
        return false;
    }
    let trimmed = line.trim_start();
    if trimmed.starts_with('©') || trimmed.starts_with("(c)") {
        return word_count(trimmed) <= 25;
    }
    let (norm, tokens) = tokenize(line);
    let words: Vec<&str> = tokens.iter().filter(|t| t.is_word()).map(|t| t.norm_str(&norm)).collect();
    if words.len() > MAX_WORDS {
        return false;
    }
    if is_boilerplate(&norm, &tokens) {
        return true;
    }
    if !words.is_empty() && words.iter().all(|w| LABELS.contains(w)) {
        return true;
    }
    if LEADS.iter().any(|(lead, max)| words.len() <= *max && starts_with_words(&words, lead)) {
        return true;
    }
    INSIDE.iter().any(|(phrase, max)| words.len() <= *max && contains_words(&words, phrase))
}

fn word_count(s: &str) -> usize {
    s.split_whitespace().count()
}

fn starts_with_words(words: &[&str], phrase: &str) -> bool {
    let mut n = 0;
    for (w, p) in words.iter().zip(phrase.split(' ')) {
        if *w != p {
            return false;
        }
        n += 1;
    }
    n == phrase.split(' ').count()
}

fn contains_words(words: &[&str], phrase: &str) -> bool {
    let phrase: Vec<&str> = phrase.split(' ').collect();
    words.windows(phrase.len()).any(|w| w == phrase.as_slice())
}

#[cfg(test)]
mod tests {
    use super::is_furniture;

    #[test]
    fn furniture_lines() {
        for line in [
            "شارك",
            "شارك: فيسبوك تويتر واتساب",
            "فيسبوك | تويتر | واتساب | تيليجرام",
            "اترك تعليقاً",
            "اترك تعليقا",
            "أضف تعليق",
            "اقرأ أيضاً: الحكومة تعلن خطة جديدة لدعم المزارعين في الجنوب",
            "اقرأ أيضا",
            "المزيد",
            "الوسوم: غزة، مصر، مفاوضات",
            "Leave a comment",
            "Leave a Reply Cancel reply",
            "Share this article",
            "Share on Facebook",
            "Tags: Egypt, Gaza",
            "We use cookies to improve your experience. By continuing you accept our policy.",
            "نستخدم ملفات تعريف الارتباط لتحسين تجربتك",
            "Accept",
            "The post Minister visits Cairo appeared first on Example News.",
            "© 2026 Example News. All rights reserved.",
            "جميع الحقوق محفوظة © 2026",
            "Subscribe to our newsletter",
            "اشترك في النشرة البريدية ليصلك كل جديد",
            "|",
        ] {
            assert!(is_furniture(line), "{line}");
        }
    }

    #[test]
    fn news_lines_stay() {
        for line in [
            "قالت وزارة الخارجية إن الوزير سيزور القاهرة يوم الأحد.",
            "وشارك في الاجتماع وزراء خارجية خمس دول عربية.",
            "The company said it would appeal the fine over Facebook tracking cookies.",
            "Police said the protest ended peacefully on Sunday.",
            "بقلم: أحمد علي",
            "By John Smith",
            "القاهرة - رويترز",
            "2026",
        ] {
            assert!(!is_furniture(line), "{line}");
        }
    }
}
