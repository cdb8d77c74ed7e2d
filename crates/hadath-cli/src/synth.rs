//! Generated news, for benchmarks and load tests: Arabic wire-style articles built from
//! templates (actors, acts, places and fillers chosen by a seeded generator), and synthetic
//! stored documents with many events for the query benchmark.
//!
//! Everything is deterministic for a seed, so two runs measure the same corpus.

use hadath_store::{NewDocument, NewMention};

/// A small, fast, seeded generator (SplitMix64): benchmarks need repeatable input, not
/// cryptographic randomness.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A country as articles name it: its name, and the masculine and feminine adjectives.
struct Country {
    name: &'static str,
    masculine: &'static str,
    feminine: &'static str,
    capital: &'static str,
}

const COUNTRIES: &[Country] = &[
    Country { name: "روسيا", masculine: "الروسي", feminine: "الروسية", capital: "موسكو" },
    Country { name: "الصين", masculine: "الصيني", feminine: "الصينية", capital: "بكين" },
    Country { name: "مصر", masculine: "المصري", feminine: "المصرية", capital: "القاهرة" },
    Country { name: "الأردن", masculine: "الأردني", feminine: "الأردنية", capital: "عمان" },
    Country { name: "تركيا", masculine: "التركي", feminine: "التركية", capital: "أنقرة" },
    Country { name: "إيران", masculine: "الإيراني", feminine: "الإيرانية", capital: "طهران" },
    Country { name: "السعودية", masculine: "السعودي", feminine: "السعودية", capital: "الرياض" },
    Country { name: "قطر", masculine: "القطري", feminine: "القطرية", capital: "الدوحة" },
    Country { name: "فرنسا", masculine: "الفرنسي", feminine: "الفرنسية", capital: "باريس" },
    Country { name: "ألمانيا", masculine: "الألماني", feminine: "الألمانية", capital: "برلين" },
    Country { name: "العراق", masculine: "العراقي", feminine: "العراقية", capital: "بغداد" },
    Country { name: "الجزائر", masculine: "الجزائري", feminine: "الجزائرية", capital: "الجزائر" },
    Country { name: "المغرب", masculine: "المغربي", feminine: "المغربية", capital: "الرباط" },
    Country { name: "تونس", masculine: "التونسي", feminine: "التونسية", capital: "تونس" },
    Country { name: "اليابان", masculine: "الياباني", feminine: "اليابانية", capital: "طوكيو" },
    Country { name: "الهند", masculine: "الهندي", feminine: "الهندية", capital: "نيودلهي" },
];

const WEEKDAYS: &[&str] = &["السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة"];

/// Sentences that report an act between two countries: `{A}`/`{a}`/`{af}` are the first
/// country's name and adjectives, `{B}`/`{b}`/`{bf}` the second's, `{cap}` the first's capital,
/// `{day}` a weekday.
const ACTS: &[&str] = &[
    "التقى وزير الخارجية {a} نظيره {b} في {cap} يوم {day}.",
    "أدانت وزارة الخارجية {af} الهجوم الذي استهدف سفارة {B}.",
    "وقعت {A} و{B} اتفاقية للتعاون الاقتصادي يوم {day}.",
    "استدعت {A} سفير {B} لديها احتجاجا على تصريحاته.",
    "طالبت {A} {B} بالإفراج عن مواطنيها المحتجزين.",
    "هدد الرئيس {a} بفرض عقوبات على {B}.",
    "أعلنت {A} استعدادها لتقديم مساعدات إنسانية إلى {B}.",
    "رحبت {A} بقرار {B} استئناف المفاوضات.",
    "اتهمت {A} {B} بدعم الجماعات المسلحة على حدودها.",
    "زار رئيس الوزراء {a} {B} يوم {day} في أول زيارة رسمية منذ سنوات.",
    "شنت طائرات حربية {af} غارات على مواقع في {B} فجر {day}.",
    "دعا وزير الخارجية {a} {B} إلى ضبط النفس.",
    "رفضت {A} الاتهامات التي وجهتها إليها {B}.",
    "فرضت {A} عقوبات جديدة على شركات من {B}.",
    "أشاد الرئيس {a} بالعلاقات مع {B}.",
    "تظاهر مئات من مواطني {A} أمام سفارة {B} في {cap} يوم {day}.",
];

/// Sentences that report no event: background, figures, quotes about nothing in particular.
const FILLERS: &[&str] = &[
    "وتشهد المنطقة توترا متصاعدا منذ عدة أشهر.",
    "وقال محللون إن الأوضاع الاقتصادية تزداد صعوبة مع ارتفاع الأسعار.",
    "ويبلغ عدد سكان البلاد نحو {n} مليون نسمة بحسب آخر الإحصاءات.",
    "وارتفعت أسعار النفط بنسبة {n} في المئة خلال تعاملات الأسبوع.",
    "ومن المقرر أن تستمر المحادثات حتى نهاية الشهر الجاري.",
    "وأشارت التقارير إلى أن الطقس سيكون معتدلا في معظم المناطق.",
    "ويعد الملف من أكثر القضايا تعقيدا في المنطقة.",
    "وتأتي هذه التطورات في ظل أزمة اقتصادية خانقة.",
];

fn fill(template: &str, a: &Country, b: &Country, day: &str, n: usize) -> String {
    template
        .replace("{A}", a.name)
        .replace("{af}", a.feminine)
        .replace("{a}", a.masculine)
        .replace("{B}", b.name)
        .replace("{bf}", b.feminine)
        .replace("{b}", b.masculine)
        .replace("{cap}", a.capital)
        .replace("{day}", day)
        .replace("{n}", &n.to_string())
}

/// Two different countries.
fn dyad<'a>(rng: &mut Rng) -> (&'a Country, &'a Country) {
    let a = rng.below(COUNTRIES.len());
    let mut b = rng.below(COUNTRIES.len() - 1);
    if b >= a {
        b += 1;
    }
    (&COUNTRIES[a], &COUNTRIES[b])
}

/// A generated article: its text (`sentences` sentences, about half of them reporting acts)
/// and a publication date in 2024 or 2025. `serial` makes every article distinct.
pub fn article(rng: &mut Rng, serial: usize, sentences: usize) -> (String, String) {
    let mut text = String::with_capacity(sentences * 110);
    for i in 0..sentences {
        let (a, b) = dyad(rng);
        let day = rng.pick(WEEKDAYS);
        let template = if i % 2 == 0 { rng.pick(ACTS) } else { rng.pick(FILLERS) };
        text.push_str(&fill(template, a, b, day, 3 + rng.below(90)));
        text.push('\n');
    }
    text.push_str(&format!("المصدر: وكالات، الرقم المرجعي {serial}.\n"));
    let date = format!("{}-{:02}-{:02}", 2024 + rng.below(2), 1 + rng.below(12), 1 + rng.below(28));
    (text, date)
}

/// A JSONL corpus of `n` generated articles from three outlets, one record per line.
pub fn article_corpus(n: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(n * 1200);
    for serial in 0..n {
        let sentences = 6 + rng.below(5);
        let (text, date) = article(&mut rng, serial, sentences);
        let outlet = ["wire-a", "wire-b", "wire-c"][serial % 3];
        let record = serde_json::json!({
            "id": format!("gen-{serial}"),
            "text": text,
            "date": date,
            "source": outlet,
            "url": format!("https://news.invalid/{outlet}/{serial}"),
        });
        out.push_str(&record.to_string());
        out.push('\n');
    }
    out
}

/// Actor codes for synthetic events: states, their governments and forces, and a few
/// organisations, as a coder would emit them.
const ACTOR_CODES: &[&str] = &[
    "RUS",
    "RUSGOV",
    "RUSMIL",
    "USA",
    "USAGOV",
    "USAMIL",
    "CHN",
    "CHNGOV",
    "FRA",
    "FRAGOV",
    "DEU",
    "GBR",
    "GBRGOV",
    "TUR",
    "TURGOV",
    "TURMIL",
    "IRN",
    "IRNGOV",
    "IRNMIL",
    "ISR",
    "ISRGOV",
    "ISRMIL",
    "PSE",
    "PSEGOV",
    "EGY",
    "EGYGOV",
    "JOR",
    "SAU",
    "SAUGOV",
    "QAT",
    "ARE",
    "SYR",
    "SYRGOV",
    "SYRMIL",
    "SYRREB",
    "IRQ",
    "IRQGOV",
    "LBN",
    "LBNGOV",
    "YEM",
    "YEMREB",
    "AFG",
    "AFGGOV",
    "UKR",
    "UKRGOV",
    "UKRMIL",
    "SDN",
    "SDNMIL",
    "LBY",
    "DZA",
    "MAR",
    "TUN",
    "IGOUNO",
    "IGOARL",
    "IGOEUREEC",
    "NGOHRI",
    "PSENGOHMS",
    "LBNNGOHEZ",
    "EGYCOP",
    "IRQMED",
];

/// CAMEO codes for synthetic events, with quad class and Goldstein score.
const CODES: &[(&str, u8, f32)] = &[
    ("010", 1, 0.0),
    ("020", 1, 3.0),
    ("036", 1, 4.0),
    ("040", 1, 1.0),
    ("042", 1, 1.9),
    ("043", 1, 2.8),
    ("051", 1, 3.4),
    ("057", 1, 8.0),
    ("061", 2, 6.4),
    ("070", 2, 7.0),
    ("0871", 2, 9.0),
    ("111", 3, -2.0),
    ("112", 3, -2.0),
    ("120", 3, -4.0),
    ("130", 3, -4.4),
    ("141", 3, -6.5),
    ("163", 4, -8.0),
    ("173", 4, -5.0),
    ("180", 4, -9.0),
    ("190", 4, -10.0),
    ("193", 4, -10.0),
    ("195", 4, -10.0),
];

/// Synthetic stored documents holding `events` distinct events (about `per_doc` per
/// document) spread over 2015–2025, for query and load benchmarks: they go straight into the
/// store without coding. Documents are numbered from `first_serial` (keys and URLs must not
/// repeat those of an earlier fill, or the store takes them as known).
pub fn event_documents(
    events: usize,
    per_doc: usize,
    seed: u64,
    first_serial: usize,
    lexicon: &str,
) -> impl Iterator<Item = NewDocument> {
    let per_doc = per_doc.max(1);
    let docs = events.div_ceil(per_doc);
    let lexicon = lexicon.to_string();
    let mut rng = Rng::new(seed);
    (0..docs).map(move |d| {
        let n = per_doc.min(events - d * per_doc);
        synthetic_document(&mut rng, first_serial + d, n, &lexicon)
    })
}

fn synthetic_document(rng: &mut Rng, serial: usize, events: usize, lexicon: &str) -> NewDocument {
    let date = format!("{}-{:02}-{:02}", 2015 + rng.below(11), 1 + rng.below(12), 1 + rng.below(28));
    let mut text = String::new();
    let mut mentions = Vec::with_capacity(events);
    for i in 0..events {
        let source = *rng.pick(ACTOR_CODES);
        let target = *rng.pick(ACTOR_CODES);
        let (code, quad, goldstein) = *rng.pick(CODES);
        let sentence = format!("{source} {code} {target} ({serial}.{i}).");
        let start = text.chars().count() as u32;
        let end = start + sentence.chars().count() as u32;
        text.push_str(&sentence);
        text.push('\n');
        let record = serde_json::json!({
            "doc_id": format!("synthetic-{serial}"), "date": date, "source": source, "target": target,
            "code": code, "sentence": sentence,
        });
        mentions.push(NewMention {
            date: Some(date.clone()),
            source: source.to_string(),
            target: Some(target.to_string()),
            code: code.to_string(),
            root: code[..2].to_string(),
            quad_class: quad,
            goldstein,
            plover: String::new(),
            sentence_index: i as u32,
            sentence,
            sentence_span: [start, end],
            trigger_span: [start, start + source.len() as u32],
            source_text: source.to_string(),
            source_span: [start, start + source.len() as u32],
            target_text: Some(target.to_string()),
            target_span: Some([end - 1, end]),
            date_basis: "publication".into(),
            record: record.to_string(),
        });
    }
    NewDocument {
        key: format!("synthetic-{serial}"),
        url: Some(format!("https://synthetic.invalid/{serial}")),
        title: None,
        source: Some(["wire-a", "wire-b", "wire-c", "wire-d"][serial % 4].to_string()),
        lang: Some("ar".into()),
        date: Some(date),
        sentences: events as u32,
        text,
        lexicon: lexicon.to_string(),
        mentions,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_articles_are_distinct_and_repeatable() {
        let a = article_corpus(50, 7);
        assert_eq!(a, article_corpus(50, 7));
        let texts: std::collections::BTreeSet<&str> = a.lines().collect();
        assert_eq!(texts.len(), 50);
        assert!(a.lines().all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()));
    }

    #[test]
    fn synthetic_documents_hold_the_requested_events() {
        let docs: Vec<NewDocument> = event_documents(23, 5, 1, 0, "x").collect();
        assert_eq!(docs.len(), 5);
        assert_eq!(docs.iter().map(|d| d.mentions.len()).sum::<usize>(), 23);
        for d in &docs {
            let chars: Vec<char> = d.text.chars().collect();
            for m in &d.mentions {
                let [s, e] = m.sentence_span;
                let sentence: String = chars[s as usize..e as usize].iter().collect();
                assert_eq!(sentence, m.sentence);
            }
        }
    }
}
