//! Fills an event store with synthetic events for load tests of `hadath serve`.
//!
//! ```text
//! cargo run --release -p hadath-server --example gen_events -- --db big.db --events 1000000
//! ```
//!
//! Documents of eight short Arabic sentences, one event each, between ~80 actors (skewed: a
//! few appear often, as in real news), over 30 CAMEO codes and seven years of dates; one
//! mention in five repeats a recent event (so events have several reports). Every mention
//! has real character spans and a record with evidence, so the article view works on them.
//! Deterministic for a seed. It goes through the store's own API (`Store::add_batch`).

use std::path::PathBuf;
use std::time::Instant;

use hadath_store::{NewDocument, NewMention, Store};

/// SplitMix64: repeatable, fast, good enough for test data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    /// Skewed towards small indices (roughly Zipf-like).
    fn skewed(&mut self, n: usize) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        ((u * u * u) * n as f64) as usize % n.max(1)
    }
}

const COUNTRIES: &[(&str, &str)] = &[
    ("USA", "الولايات المتحدة"),
    ("RUS", "روسيا"),
    ("ISR", "إسرائيل"),
    ("IRN", "إيران"),
    ("PSE", "فلسطين"),
    ("SYR", "سوريا"),
    ("UKR", "أوكرانيا"),
    ("CHN", "الصين"),
    ("TUR", "تركيا"),
    ("IRQ", "العراق"),
    ("SAU", "السعودية"),
    ("EGY", "مصر"),
    ("LBN", "لبنان"),
    ("YEM", "اليمن"),
    ("JOR", "الأردن"),
    ("QAT", "قطر"),
    ("ARE", "الإمارات"),
    ("GBR", "بريطانيا"),
    ("FRA", "فرنسا"),
    ("DEU", "ألمانيا"),
    ("LBY", "ليبيا"),
    ("SDN", "السودان"),
    ("DZA", "الجزائر"),
    ("MAR", "المغرب"),
    ("TUN", "تونس"),
    ("AFG", "أفغانستان"),
    ("PAK", "باكستان"),
    ("IND", "الهند"),
    ("KWT", "الكويت"),
    ("OMN", "عمان"),
    ("BHR", "البحرين"),
    ("ETH", "إثيوبيا"),
    ("SOM", "الصومال"),
    ("JPN", "اليابان"),
    ("KOR", "كوريا الجنوبية"),
    ("PRK", "كوريا الشمالية"),
    ("BRA", "البرازيل"),
    ("ITA", "إيطاليا"),
    ("ESP", "إسبانيا"),
    ("CAN", "كندا"),
];

const AGENTS: &[(&str, &str)] =
    &[("", ""), ("GOV", "حكومة"), ("MIL", "جيش"), ("GOV", "وزير خارجية"), ("OPP", "معارضة"), ("CVL", "مدنيو"), ("REB", "مسلحو")];

/// (code, root, quad class, Goldstein, PLOVER, Arabic verb)
const CODES: &[(&str, &str, u8, f32, &str, &str)] = &[
    ("010", "01", 1, 0.0, "", "صرح"),
    ("012", "01", 1, -0.4, "", "انتقد"),
    ("013", "01", 1, 0.4, "", "أشاد"),
    ("020", "02", 1, 3.0, "", "ناشد"),
    ("036", "03", 1, 4.0, "", "أبدى استعداده للقاء"),
    ("040", "04", 1, 1.0, "CONSULT", "تشاور مع"),
    ("042", "04", 1, 1.9, "CONSULT", "زار"),
    ("043", "04", 1, 2.8, "CONSULT", "استضاف"),
    ("046", "04", 1, 7.0, "CONSULT", "تفاوض مع"),
    ("051", "05", 1, 3.4, "SUPPORT", "أيد"),
    ("057", "05", 1, 8.0, "SUPPORT", "وقع اتفاقا مع"),
    ("061", "06", 2, 6.4, "COOPERATE", "تعاون اقتصاديا مع"),
    ("071", "07", 2, 7.4, "AID", "قدم مساعدات اقتصادية إلى"),
    ("073", "07", 2, 7.4, "AID", "أرسل مساعدات إنسانية إلى"),
    ("081", "08", 2, 5.0, "YIELD", "رفع القيود عن"),
    ("0874", "08", 2, 10.0, "RETREAT", "سحب قواته من"),
    ("111", "11", 3, -2.0, "DISAPPROVE", "أدان"),
    ("112", "11", 3, -2.0, "ACCUSE", "اتهم"),
    ("120", "12", 3, -4.0, "REJECT", "رفض"),
    ("130", "13", 3, -4.4, "THREATEN", "هدد"),
    ("141", "14", 3, -6.5, "PROTEST", "تظاهر ضد"),
    ("160", "16", 4, -4.0, "REDUCE", "علق علاقاته مع"),
    ("163", "16", 4, -8.0, "SANCTION", "فرض عقوبات على"),
    ("173", "17", 4, -5.0, "COERCE", "اعتقل"),
    ("180", "18", 4, -9.0, "ASSAULT", "هاجم"),
    ("190", "19", 4, -10.0, "FIGHT", "اشتبك مع"),
    ("193", "19", 4, -10.0, "FIGHT", "قاتل"),
    ("194", "19", 4, -10.0, "FIGHT", "قصف"),
    ("195", "19", 4, -10.0, "ASSAULT", "شن غارات على"),
    ("1041", "10", 3, -5.0, "DEMAND", "طالب"),
];

const OUTLETS: &[&str] = &["aawsat", "alwatan", "okaz", "alarabiya", "aljazeera", "reuters-ar"];

struct Args {
    db: PathBuf,
    events: u64,
    seed: u64,
}

fn args() -> Result<Args, String> {
    let mut a = Args { db: PathBuf::from("bench.db"), events: 1_000_000, seed: 7 };
    let mut it = std::env::args().skip(1);
    while let Some(flag) = it.next() {
        let mut value = || it.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--db" => a.db = PathBuf::from(value()?),
            "--events" => a.events = value()?.parse().map_err(|e| format!("--events: {e}"))?,
            "--seed" => a.seed = value()?.parse().map_err(|e| format!("--seed: {e}"))?,
            other => return Err(format!("unknown argument {other} (--db PATH --events N --seed N)")),
        }
    }
    Ok(a)
}

/// The civil date `days` after 2019-01-01.
fn date(days: u32) -> String {
    let mut y = 2019;
    let mut d = days;
    loop {
        let len = if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 { 366 } else { 365 };
        if d < len {
            break;
        }
        d -= len;
        y += 1;
    }
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let months = [31, if leap { 29 } else { 28 }, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    let mut m = 0;
    while d >= months[m] {
        d -= months[m];
        m += 1;
    }
    format!("{y:04}-{:02}-{:02}", m + 1, d + 1)
}

#[derive(Clone)]
struct Draft {
    date: String,
    source: (String, String),
    target: (String, String),
    code: usize,
}

fn actor(rng: &mut Rng) -> (String, String) {
    let (c, name) = COUNTRIES[rng.skewed(COUNTRIES.len())];
    let (suffix, agent) = AGENTS[rng.below(AGENTS.len())];
    let text = if agent.is_empty() { name.to_string() } else { format!("{agent} {name}") };
    (format!("{c}{suffix}"), text)
}

fn draft(rng: &mut Rng) -> Draft {
    let source = actor(rng);
    let mut target = actor(rng);
    while target.0[..3] == source.0[..3] {
        target = actor(rng);
    }
    // Later years are busier.
    let day = (2557.0 * (1.0 - ((rng.next() >> 11) as f64 / (1u64 << 53) as f64).powi(2))) as u32;
    Draft { date: date(day.min(2556)), source, target, code: rng.skewed(CODES.len()) }
}

/// One document: sentences, each with its event, spans counted in characters.
fn document(n: u64, drafts: &[Draft], rng: &mut Rng) -> NewDocument {
    let mut text = String::new();
    let mut chars = 0u32;
    let mut mentions = Vec::with_capacity(drafts.len());
    let key = format!("synthetic-{n}");
    for (i, d) in drafts.iter().enumerate() {
        let (code, root, quad, goldstein, plover, verb) = CODES[d.code];
        // "<verb> <source> <target> في <date>، وفق مصادر."  (verb first, as Arabic news writes)
        let start = chars;
        let mut sentence = String::new();
        let mut at = start;
        let push = |s: &str, sentence: &mut String, at: &mut u32| -> [u32; 2] {
            let a = *at;
            sentence.push_str(s);
            *at += s.chars().count() as u32;
            [a, *at]
        };
        let trigger = push(verb, &mut sentence, &mut at);
        push(" ", &mut sentence, &mut at);
        let source = push(&d.source.1, &mut sentence, &mut at);
        push(" ", &mut sentence, &mut at);
        let target = push(&d.target.1, &mut sentence, &mut at);
        push(&format!(" في {}، وفق مصادر رقم {n}-{i}.", d.date), &mut sentence, &mut at);
        let span = [start, at];
        let record = serde_json::json!({
            "doc_id": key, "code": code, "root": root, "quad_class": quad, "goldstein": goldstein,
            "plover": if plover.is_empty() { None } else { Some(plover) },
            "source": { "code": d.source.0, "text": d.source.1, "span": source, "how": "subject",
                        "entries": ["synthetic/actors.lex:1"] },
            "target": { "code": d.target.0, "text": d.target.1, "span": target, "how": "direct object",
                        "entries": ["synthetic/actors.lex:2"] },
            "date": d.date, "date_basis": "explicit", "negated": false, "modality": "asserted",
            "sentence_index": i, "span": span, "sentence": sentence,
            "trigger": { "text": verb, "span": trigger, "pattern": "synthetic/verbs.lex:1", "lemma": verb },
            "notes": [],
        });
        mentions.push(NewMention {
            date: Some(d.date.clone()),
            source: d.source.0.clone(),
            target: Some(d.target.0.clone()),
            code: code.into(),
            root: root.into(),
            quad_class: quad,
            goldstein,
            plover: plover.into(),
            sentence_index: i as u32,
            sentence: sentence.clone(),
            sentence_span: span,
            trigger_span: trigger,
            source_text: d.source.1.clone(),
            source_span: source,
            target_text: Some(d.target.1.clone()),
            target_span: Some(target),
            date_basis: "explicit".into(),
            record: record.to_string(),
        });
        text.push_str(&sentence);
        text.push(if i % 3 == 2 { '\n' } else { ' ' });
        chars = at + 1;
    }
    NewDocument {
        key,
        url: Some(format!("https://news.example/synthetic/{n}")),
        title: Some(format!("تقرير اصطناعي رقم {n}")),
        source: Some(OUTLETS[rng.below(OUTLETS.len())].into()),
        lang: Some("ar".into()),
        date: drafts.last().map(|d| d.date.clone()),
        text,
        sentences: drafts.len() as u32,
        lexicon: "synthetic".into(),
        mentions,
    }
}

fn main() {
    let args = match args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gen_events: {e}");
            std::process::exit(2);
        }
    };
    let started = Instant::now();
    let mut store = match Store::open(&args.db) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("gen_events: {e}");
            std::process::exit(1);
        }
    };
    let mut rng = Rng(args.seed);
    let mut recent: Vec<Draft> = Vec::with_capacity(4096);
    let mut events = store.counts().map(|c| c.events).unwrap_or(0);
    let mut mentions = 0u64;
    let mut n = store.counts().map(|c| c.documents).unwrap_or(0);
    while events < args.events {
        let mut batch = Vec::with_capacity(1000);
        for _ in 0..1000 {
            n += 1;
            let drafts: Vec<Draft> = (0..8)
                .map(|_| {
                    if !recent.is_empty() && rng.below(5) == 0 {
                        recent[rng.below(recent.len())].clone()
                    } else {
                        let d = draft(&mut rng);
                        if recent.len() < 4096 {
                            recent.push(d.clone());
                        } else {
                            let i = rng.below(recent.len());
                            recent[i] = d.clone();
                        }
                        d
                    }
                })
                .collect();
            batch.push(document(n, &drafts, &mut rng));
        }
        match store.add_batch(&batch) {
            Ok(stats) => {
                events += stats.events_added as u64;
                mentions += stats.mentions_added as u64;
            }
            Err(e) => {
                eprintln!("gen_events: {e}");
                std::process::exit(1);
            }
        }
        eprint!("\r{events} events, {mentions} mentions, {n} documents, {:.0}s   ", started.elapsed().as_secs_f64());
    }
    eprintln!();
    match store.counts() {
        Ok(c) => eprintln!(
            "gen_events: {}: {} documents, {} events, {} mentions in {:.1}s",
            args.db.display(),
            c.documents,
            c.events,
            c.mentions,
            started.elapsed().as_secs_f64()
        ),
        Err(e) => eprintln!("gen_events: {e}"),
    }
}
