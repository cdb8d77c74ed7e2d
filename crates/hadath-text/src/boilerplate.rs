//! Site boilerplate.
//!
//! Takes one sentence (its tokens) and says whether it is page furniture rather than news:
//! comment prompts ("اترك تعليقاً"), share and print buttons, "read also" links, copyright and
//! subscription lines. Such lines never become sentences, so they can never become events.
//! Only short lines are judged (a real sentence may well contain the word "شارك").

use crate::normalize::normalize;
use crate::token::{Token, TokenKind};

/// Normalised token sequences that, alone or as the start of a short line, mark boilerplate.
const PHRASES: &[&str] = &[
    "اترك تعليقا",
    "اترك تعليق",
    "اترك ردا",
    "اضف تعليق",
    "اضف تعليقا",
    "اكتب تعليقا",
    "التعليقات",
    "تعليقات",
    "شارك",
    "شارك هذا المقال",
    "شارك المقال",
    "شارك الخبر",
    "شارك على",
    "مشاركه",
    "اقرا ايضا",
    "اقرا المزيد",
    "اقرا كذلك",
    "المزيد",
    "للمزيد",
    "اخبار ذات صله",
    "مواضيع ذات صله",
    "مقالات ذات صله",
    "الاكثر قراءه",
    "الاكثر مشاهده",
    "تابعونا",
    "تابعنا",
    "تابعونا على",
    "جميع الحقوق محفوظه",
    "كل الحقوق محفوظه",
    "حقوق النشر",
    "اضغط هنا",
    "انقر هنا",
    "طباعه",
    "ارسل لصديق",
    "اشترك",
    "اشترك في النشره",
    "النشره البريديه",
    "اعلان",
    "مصدر الصوره",
    "الصوره",
    "share",
    "share this",
    "share this article",
    "tweet",
    "print",
    "email",
    "read more",
    "read also",
    "see also",
    "related",
    "related articles",
    "related stories",
    "leave a comment",
    "leave a reply",
    "comments",
    "follow us",
    "subscribe",
    "all rights reserved",
    "click here",
    "advertisement",
    "image source",
    "image caption",
    "copyright",
];

/// Lines longer than this (in words) are never judged boilerplate...
const MAX_WORDS: usize = 8;

/// ...except links to other stories, which carry that story's whole headline ("اقرأ أيضاً:
/// موسكو تستدعي السفير الألماني احتجاجاً على تصريحات برلين").
const LINK_LEADS: &[&str] = &["اقرا ايضا", "اقرا كذلك", "اقرا المزيد", "read also", "read more", "see also"];
const MAX_LINK_WORDS: usize = 40;

/// True when the sentence made of `tokens` is site boilerplate.
pub fn is_boilerplate(norm: &str, tokens: &[Token]) -> bool {
    let words: Vec<&str> = tokens.iter().filter(|t| t.is_word()).map(|t| t.norm_str(norm)).collect();
    if words.is_empty() {
        return tokens.iter().all(|t| t.kind != TokenKind::Number);
    }
    if words.len() <= MAX_LINK_WORDS && link_table().iter().any(|lead| starts_with_words(&words, lead)) {
        return true;
    }
    if words.len() > MAX_WORDS {
        return false;
    }
    if words.iter().all(|w| w.starts_with("http") || w.starts_with("www")) {
        return true;
    }
    phrase_table().iter().any(|phrase| starts_with_words(&words, phrase) && (words.len() <= phrase.len() + 3))
}

fn starts_with_words(words: &[&str], phrase: &[String]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(w, p)| w == p)
}

fn phrase_table() -> &'static [Vec<String>] {
    static TABLE: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| word_lists(PHRASES))
}

fn link_table() -> &'static [Vec<String>] {
    static TABLE: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    TABLE.get_or_init(|| word_lists(LINK_LEADS))
}

fn word_lists(phrases: &[&str]) -> Vec<Vec<String>> {
    phrases.iter().map(|p| normalize(p).split_whitespace().map(str::to_string).collect()).collect()
}

#[cfg(test)]
mod tests {
    use crate::Analysis;

    fn kept(text: &str) -> Vec<String> {
        let a = Analysis::new(text);
        a.sentences.iter().map(|s| s.span.slice(text).to_string()).collect()
    }

    #[test]
    fn drops_comment_prompts_and_share_lines() {
        let text = "أعلنت الحكومة القرار.\nاترك تعليقاً\nشارك هذا المقال\nاقرأ أيضاً: الوزير يزور القاهرة\nRead more";
        assert_eq!(kept(text), ["أعلنت الحكومة القرار."]);
    }

    #[test]
    fn drops_links_with_long_headlines() {
        let text =
            "أعلنت الحكومة القرار.\nاقرأ أيضاً: موسكو تستدعي السفير الألماني احتجاجاً على تصريحات برلين الأخيرة بشأن أوكرانيا\n";
        assert_eq!(kept(text), ["أعلنت الحكومة القرار."]);
    }

    #[test]
    fn keeps_real_sentences_with_the_same_words() {
        let text = "شارك آلاف المتظاهرين في مسيرة حاشدة أمام البرلمان في العاصمة للمطالبة بإصلاحات.";
        assert_eq!(kept(text).len(), 1);
    }
}
