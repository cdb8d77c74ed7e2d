//! Compiling lexicon sources into a [`Lexicon`]: records → typed entries → word table, trie
//! and fuzzy index. Every problem becomes a [`Diagnostic`] with file and line.

use rustc_hash::FxHashMap;

use hadath_text::TokenKind;
use hadath_text::token::tokenize;

use crate::cameo::CameoTable;
use crate::date::DateRange;
use crate::fuzzy::FuzzyIndex;
use crate::model::*;
use crate::morph;
use crate::morph_en;
use crate::sets::{self, Sets};
use crate::syntax::{self, Record};
use crate::trie::Trie;
use crate::{Lexicon, Source, Stats};

/// How the words of a phrase become keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum KeyMode {
    /// Names and nouns: the Arabic article is cut, as text lookup cuts it.
    Noun,
    /// Verb forms and function words: kept as written.
    Exact,
}

/// Cuts the Arabic article from a normalised word when a stem of three letters or more remains.
pub(crate) fn strip_article(norm: &str) -> &str {
    match norm.strip_prefix("ال") {
        // "الآن" keeps its article: "آن" would meet the complementizer أن.
        Some(rest) if rest.chars().count() >= 3 => rest,
        _ => norm,
    }
}

struct Builder {
    lex: Lexicon,
    diagnostics: Vec<Diagnostic>,
    country_index: FxHashMap<String, u32>,
}

/// A record and the file it came from.
struct Located {
    file: u16,
    record: Record,
}

pub(crate) fn compile(sources: &[Source]) -> (Lexicon, Vec<Diagnostic>) {
    let mut b = Builder {
        lex: Lexicon {
            files: sources.iter().map(|s| s.name.clone()).collect(),
            actors: Vec::new(),
            agents: Vec::new(),
            patterns: Vec::new(),
            cameo: CameoTable::default(),
            first_user_file: first_user_file(sources),
            words: FxHashMap::default(),
            trie: Trie::new(),
            fuzzy: FuzzyIndex::default(),
            stats: Stats::default(),
        },
        diagnostics: Vec::new(),
        country_index: FxHashMap::default(),
    };
    let mut records = b.read_sources(sources);
    b.expand_sets(&mut records);
    // Countries first: cities, capitals and nisbas refer to them.
    // Private event codes first: patterns check their code against the table.
    for located in records.iter().filter(|r| r.record.kind == "event-code") {
        b.add_event_code(located);
    }
    for kind in [
        "country",
        "city",
        "org",
        "person",
        "agent",
        "verb",
        "noun",
        "participle",
        "cue",
        "month",
        "weekday",
        "ordinal",
        "relative",
        "discard",
    ] {
        for located in records.iter().filter(|r| r.record.kind == kind) {
            b.add_record(located);
        }
    }
    for located in &records {
        if !KNOWN_KINDS.contains(&located.record.kind.as_str()) {
            b.diag(located.file, located.record.line, format!("unknown record kind {:?}", located.record.kind));
        }
    }
    b.finish_stats(sources.len());
    let order: FxHashMap<String, usize> = sources.iter().enumerate().map(|(i, s)| (s.name.clone(), i)).collect();
    b.diagnostics.sort_by_key(|d| (order.get(&d.file).copied().unwrap_or(usize::MAX), d.line));
    (b.lex, b.diagnostics)
}

/// The index of the first source that is not one of the built-in files.
fn first_user_file(sources: &[Source]) -> u16 {
    // (The built-in texts are the binary's own statics: the same pointer, no text compared.)
    let builtin = crate::builtin_sources();
    let is_builtin = |s: &Source| {
        matches!(s.text, std::borrow::Cow::Borrowed(_))
            && builtin.iter().any(|b| b.name == s.name && std::ptr::eq(b.text.as_ptr(), s.text.as_ptr()))
    };
    let n = sources.iter().position(|s| !is_builtin(s)).unwrap_or(sources.len());
    u16::try_from(n).unwrap_or(u16::MAX)
}

const KNOWN_KINDS: &[&str] = &[
    "set",
    "event-code",
    "country",
    "city",
    "org",
    "person",
    "agent",
    "verb",
    "noun",
    "participle",
    "cue",
    "month",
    "weekday",
    "ordinal",
    "relative",
    "discard",
];

impl Builder {
    fn diag(&mut self, file: u16, line: u32, message: String) {
        let file = self.lex.files.get(file as usize).cloned().unwrap_or_default();
        self.diagnostics.push(Diagnostic { file, line, message });
    }

    /// Parses all sources; later records with the same identity replace earlier ones.
    fn read_sources(&mut self, sources: &[Source]) -> Vec<Located> {
        let mut records: Vec<Located> = Vec::new();
        let mut by_identity: FxHashMap<String, usize> = FxHashMap::default();
        for (i, source) in sources.iter().enumerate() {
            let file = u16::try_from(i).unwrap_or(u16::MAX);
            if source.name.ends_with(".tsv") {
                let (table, errors) = CameoTable::parse(&source.text);
                for (line, message) in errors {
                    self.diag(file, line, message);
                }
                if self.lex.cameo.is_empty() {
                    self.lex.cameo = table;
                } else {
                    self.diagnostics.push(Diagnostic {
                        file: source.name.clone(),
                        line: 0,
                        message: "a second CAMEO code table is ignored".into(),
                    });
                }
                continue;
            }
            let (parsed, errors) = syntax::parse(&source.text);
            for e in errors {
                self.diag(file, e.line, e.message);
            }
            for record in parsed {
                let located = Located { file, record };
                match identity(&located.record) {
                    Some(id) => match by_identity.get(&id) {
                        Some(&at) => records[at] = located,
                        None => {
                            by_identity.insert(id, records.len());
                            records.push(located);
                        }
                    },
                    None => records.push(located),
                }
            }
        }
        records
    }

    /// Replaces every value that uses a set (`&NAME`) by the phrases it stands for; a value
    /// that cannot be expanded is dropped with a diagnostic at its field's line.
    fn expand_sets(&mut self, records: &mut [Located]) {
        if !records.iter().any(|l| l.record.kind == "set") && !records.iter().any(|l| uses_any_set(&l.record)) {
            return;
        }
        let mut sets = Sets::new(records.iter().map(|l| &l.record));
        let mut problems: Vec<(u16, u32, String)> = Vec::new();
        for located in records.iter_mut().filter(|l| l.record.kind != "set") {
            let file = located.file;
            for field in &mut located.record.fields {
                if !field.values.iter().any(|v| sets::uses_set(v)) {
                    continue;
                }
                let mut values = Vec::new();
                for v in &field.values {
                    match sets.expand(v) {
                        Ok(expanded) => values.extend(expanded),
                        Err(message) => problems.push((file, field.line, message)),
                    }
                }
                field.values = values;
            }
        }
        // A set's own problems are reported where it is written.
        for located in records.iter().filter(|l| l.record.kind == "set") {
            for field in &located.record.fields {
                for v in &field.values {
                    if let Err(message) = sets.expand(v) {
                        problems.push((located.file, field.line, message));
                    }
                }
            }
        }
        problems.sort();
        problems.dedup();
        for (file, line, message) in problems {
            self.diag(file, line, message);
        }
    }

    /// An `event-code` record: a code the CAMEO table lacks (a dictionary's private code).
    fn add_event_code(&mut self, located: &Located) {
        let r = &located.record;
        let result = (|| -> Result<(), String> {
            let code = r.key.as_str();
            let valid = (2..=6).contains(&code.len())
                && code.bytes().take(2).all(|b| b.is_ascii_digit())
                && code.bytes().all(|b| b.is_ascii_alphanumeric());
            if !valid {
                return Err("an event code is 2 to 6 letters and digits, the first two digits".into());
            }
            if self.lex.cameo.contains(code) {
                return Err("already in the CAMEO table: an event-code record cannot change it".into());
            }
            let root = r.first("root").unwrap_or(&code[..2]).to_string();
            let of_root = self.lex.cameo.get(&root).cloned();
            let quad_class = match r.first("quad") {
                Some(q) => q.parse::<u8>().ok().filter(|q| (1..=4).contains(q)).ok_or("quad must be 1, 2, 3 or 4")?,
                // 0: unknown (a root the CAMEO table lacks, e.g. WEIS 22x).
                None => of_root.as_ref().map_or(0, |c| c.quad_class),
            };
            let goldstein = match r.first("goldstein") {
                Some(g) => g.parse::<f32>().ok().filter(|g| (-10.0..=10.0).contains(g)).ok_or("goldstein must be -10..10")?,
                None => of_root.as_ref().map_or(0.0, |c| c.goldstein),
            };
            self.lex.cameo.insert(crate::cameo::CameoCode {
                code: code.to_string(),
                root,
                quad_class,
                goldstein,
                plover: r.first("plover").unwrap_or_default().to_string(),
                description: r.first("description").unwrap_or_default().to_string(),
            });
            Ok(())
        })();
        if let Err(message) = result {
            self.diag(located.file, r.line, format!("event-code {}: {message}", r.key));
        }
    }

    fn add_record(&mut self, located: &Located) {
        let (file, r) = (located.file, &located.record);
        let origin = Origin { file, line: r.line };
        let result = match r.kind.as_str() {
            "country" => self.add_country(r, origin),
            "city" => self.add_city(r),
            "org" => self.add_named(r, origin, ActorKind::Organisation),
            "person" => self.add_named(r, origin, ActorKind::Person),
            "agent" => self.add_agent(r, origin),
            "verb" | "noun" | "participle" => self.add_pattern(r, origin),
            "cue" => self.add_cue(r),
            "month" | "weekday" | "ordinal" | "relative" => self.add_date_word(r),
            "discard" => {
                self.add_phrases(r, &["ar", "en"], KeyMode::Noun, Payload::Discard);
                Ok(())
            }
            _ => Ok(()),
        };
        if let Err(message) = result {
            self.diag(file, r.line, format!("{} {}: {message}", r.kind, r.key));
        }
    }

    fn add_country(&mut self, r: &Record, origin: Origin) -> Result<(), String> {
        if r.key.len() != 3 || !r.key.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err("a country key must be a three-letter upper-case code".into());
        }
        let valid = match r.first("valid") {
            Some(v) => Some(DateRange::parse(v).ok_or_else(|| format!("bad date range {v:?}"))?),
            None => None,
        };
        let label = r.first("ar").or_else(|| r.first("en")).unwrap_or(&r.key).to_string();
        let idx = self.push_actor(Actor {
            id: r.key.clone(),
            kind: ActorKind::Country,
            codes: vec![DatedCode { code: r.key.clone(), range: None }],
            label,
            label_en: r.first("en").map(str::to_string),
            valid,
            origin,
        });
        self.country_index.insert(r.key.clone(), idx);
        self.add_phrases(r, &["ar", "en"], KeyMode::Noun, Payload::Actor(idx));
        self.add_phrases(r, &["capital"], KeyMode::Noun, Payload::Capital(idx));
        self.add_phrases(r, &["ar.plural"], KeyMode::Noun, Payload::Nisba { actor: idx, plural: true });
        self.add_phrases(r, &["en.adj"], KeyMode::Noun, Payload::Nisba { actor: idx, plural: false });
        for adj in r.values("ar.adj").map(str::to_string).collect::<Vec<_>>() {
            for (form, plural) in nisba_phrase_forms(&adj) {
                self.insert_phrase(&form, KeyMode::Noun, Payload::Nisba { actor: idx, plural });
            }
        }
        Ok(())
    }

    fn add_city(&mut self, r: &Record) -> Result<(), String> {
        let &idx = self.country_index.get(&r.key).ok_or("no country record with this code")?;
        self.add_phrases(r, &["ar", "en"], KeyMode::Noun, Payload::City(idx));
        Ok(())
    }

    fn add_named(&mut self, r: &Record, origin: Origin, kind: ActorKind) -> Result<(), String> {
        if r.key.is_empty() || !r.key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
            return Err("the key must be an ASCII slug".into());
        }
        let mut codes = Vec::new();
        for value in r.values("code") {
            codes.push(parse_dated_code(value)?);
        }
        if codes.is_empty() {
            return Err("no code".into());
        }
        let label = r.first("ar").or_else(|| r.first("en")).unwrap_or(&r.key).to_string();
        let label_en = r.first("en").map(str::to_string);
        let idx = self.push_actor(Actor { id: r.key.clone(), kind, codes, label, label_en, valid: None, origin });
        self.add_phrases(r, &["ar", "en"], KeyMode::Noun, Payload::Actor(idx));
        if kind == ActorKind::Person {
            for name in r.values("ar").chain(r.values("en")) {
                let keys = phrase_keys_text(name, KeyMode::Noun);
                let refs: Vec<&str> = keys.iter().map(String::as_str).collect();
                self.lex.fuzzy.add(idx, &refs);
            }
        }
        Ok(())
    }

    fn add_agent(&mut self, r: &Record, origin: Origin) -> Result<(), String> {
        if r.key.is_empty() || !r.key.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err("an agent key must be an upper-case CAMEO code".into());
        }
        for lang in ["ar", "en"] {
            for phrase in r.values(lang).map(str::to_string).collect::<Vec<_>>() {
                let idx = u32::try_from(self.lex.agents.len()).unwrap_or(u32::MAX);
                self.lex.agents.push(Agent { role: r.key.clone(), phrase: phrase.clone(), origin });
                self.insert_phrase(&phrase, KeyMode::Noun, Payload::Agent(idx));
                if lang == "ar" {
                    self.lex.stats.agent_phrases_ar += 1;
                } else {
                    self.lex.stats.agent_phrases_en += 1;
                }
            }
        }
        Ok(())
    }

    fn add_pattern(&mut self, r: &Record, origin: Origin) -> Result<(), String> {
        let code = r.first("code").ok_or("no code")?;
        if !self.lex.cameo.contains(code) {
            return Err(format!("unknown CAMEO code {code:?}"));
        }
        let kind = if r.kind == "noun" { PatternKind::Noun } else { PatternKind::Verb };
        let mut objects = Vec::new();
        let mut object_text = Vec::new();
        for obj in r.values("obj") {
            for form in object_forms(obj) {
                let ids: Vec<WordId> = phrase_keys_text(&form, KeyMode::Noun).iter().map(|k| self.word(k)).collect();
                if !ids.is_empty() && !objects.contains(&ids) {
                    objects.push(ids);
                }
            }
            object_text.push(obj.to_string());
        }
        let mut target_preps = Vec::new();
        for prep in r.values("target") {
            let norm = hadath_text::normalize::normalize(prep);
            let mut chars = norm.chars();
            match (chars.next(), chars.next()) {
                (Some(c @ ('ب' | 'ل' | 'ك')), None) => target_preps.push(TargetPrep::Clitic(c)),
                (Some(_), _) => {
                    let id = self.word(&norm);
                    target_preps.push(TargetPrep::Word(id));
                }
                (None, _) => {}
            }
        }
        let (subject_is_target, official_subject) = match r.first("subject") {
            None | Some("source") => (false, false),
            Some("target") => (true, false),
            Some("official") => (false, true),
            Some(other) => return Err(format!("subject must be source, target or official, not {other:?}")),
        };
        let pattern = u32::try_from(self.lex.patterns.len()).unwrap_or(u32::MAX);
        self.lex.patterns.push(Pattern {
            kind,
            lemma: r.key.clone(),
            code: code.to_string(),
            objects,
            object_text,
            target_preps,
            subject_is_target,
            official_subject,
            gloss: r.first("gloss").unwrap_or_default().to_string(),
            origin,
        });
        let trigger = |form| Payload::Trigger { pattern, form };
        if r.kind == "participle" {
            for form in morph::participle_forms(&hadath_text::normalize::normalize(&r.key)) {
                self.insert_phrase(&form, KeyMode::Exact, trigger(TriggerForm::Participle));
            }
            self.lex.stats.verb_patterns += 1;
            return Ok(());
        }
        match kind {
            PatternKind::Verb => {
                let mut lemma = r.key.split_whitespace();
                let past = lemma.next().ok_or("a verb needs its past form")?;
                let past = hadath_text::normalize::normalize(past);
                if is_latin(&past) {
                    // English: the key is the base form; its first word inflects.
                    let key = hadath_text::normalize::normalize(&r.key);
                    let first = key.split_whitespace().next().unwrap_or_default().to_string();
                    let past_forms = morph_en::past_forms(&first);
                    for form in morph_en::verb_phrase_forms(&key) {
                        let head = form.split_whitespace().next().unwrap_or_default();
                        let tense = if past_forms.iter().any(|p| p == head) { TriggerForm::Past } else { TriggerForm::Present };
                        self.insert_phrase(&form, KeyMode::Exact, trigger(tense));
                    }
                } else {
                    for form in morph::past_forms(&past) {
                        self.insert_phrase(&form, KeyMode::Exact, trigger(TriggerForm::Past));
                    }
                    if let Some(present) = lemma.next() {
                        for form in morph::present_forms(&hadath_text::normalize::normalize(present)) {
                            self.insert_phrase(&form, KeyMode::Exact, trigger(TriggerForm::Present));
                        }
                    }
                }
                for masdar in r.values("masdar").map(str::to_string).collect::<Vec<_>>() {
                    for form in noun_phrase_forms(&masdar) {
                        self.insert_phrase(&form, KeyMode::Noun, trigger(TriggerForm::Noun));
                    }
                }
                self.lex.stats.verb_patterns += 1;
            }
            PatternKind::Noun => {
                let nouns: Vec<String> = std::iter::once(r.key.clone()).chain(r.values("plural").map(str::to_string)).collect();
                for noun in nouns {
                    for form in noun_phrase_forms(&noun) {
                        self.insert_phrase(&form, KeyMode::Noun, trigger(TriggerForm::Noun));
                    }
                }
                self.lex.stats.noun_patterns += 1;
            }
        }
        for form in r.values("form").map(str::to_string).collect::<Vec<_>>() {
            self.insert_phrase(&form, KeyMode::Exact, trigger(TriggerForm::Past));
        }
        Ok(())
    }

    fn add_cue(&mut self, r: &Record) -> Result<(), String> {
        let kind = CueKind::parse(&r.key).ok_or_else(|| format!("unknown cue type {:?}", r.key))?;
        let mut n = self.add_phrases(r, &["ar", "en"], KeyMode::Exact, Payload::Cue(kind));
        for verb in r.values("verb").map(str::to_string).collect::<Vec<_>>() {
            let mut parts = verb.split_whitespace().map(hadath_text::normalize::normalize);
            let past = parts.next().ok_or("empty verb")?;
            let mut forms = morph::past_forms(&past);
            if let Some(present) = parts.next() {
                forms.extend(morph::present_forms(&present));
            }
            for form in forms {
                self.insert_phrase(&form, KeyMode::Exact, Payload::Cue(kind));
            }
            n += 1;
        }
        self.lex.stats.cues += n;
        Ok(())
    }

    fn add_date_word(&mut self, r: &Record) -> Result<(), String> {
        let mut key = r.key.split_whitespace();
        let payload = match r.kind.as_str() {
            "month" => {
                let month: u8 =
                    key.next().and_then(|m| m.parse().ok()).filter(|m| (1..=12).contains(m)).ok_or("month must be 1..12")?;
                let calendar = match r.first("calendar") {
                    None | Some("gregorian") => Calendar::Gregorian,
                    Some("hijri") => Calendar::Hijri,
                    Some(other) => return Err(format!("unknown calendar {other:?}")),
                };
                Payload::Month { calendar, month }
            }
            "ordinal" => {
                let day: u8 =
                    key.next().and_then(|d| d.parse().ok()).filter(|d| (1..=31).contains(d)).ok_or("ordinal must be 1..31")?;
                Payload::Ordinal(day)
            }
            "weekday" => {
                let day: u8 =
                    key.next().and_then(|d| d.parse().ok()).filter(|d| (1..=7).contains(d)).ok_or("weekday must be 1..7")?;
                Payload::Weekday(day)
            }
            _ => {
                let unit = match key.next() {
                    Some("day") => DateUnit::Day,
                    Some("week") => DateUnit::Week,
                    Some("month") => DateUnit::Month,
                    Some("year") => DateUnit::Year,
                    other => return Err(format!("unknown unit {other:?}")),
                };
                let offset: i8 =
                    key.next().and_then(|o| o.trim_start_matches('+').parse().ok()).ok_or("relative needs an offset")?;
                Payload::Relative { unit, offset }
            }
        };
        // Exact: "اليوم" (today) must not match "يوم" (day) in "يوم الاثنين".
        let n = self.add_phrases(r, &["ar", "en"], KeyMode::Exact, payload);
        self.lex.stats.date_words += n;
        Ok(())
    }

    fn push_actor(&mut self, actor: Actor) -> u32 {
        self.lex.actors.push(actor);
        u32::try_from(self.lex.actors.len() - 1).unwrap_or(u32::MAX)
    }

    /// Inserts every value of the named fields as a phrase; returns how many.
    fn add_phrases(&mut self, r: &Record, fields: &[&str], mode: KeyMode, payload: Payload) -> usize {
        let values: Vec<(String, bool)> =
            fields.iter().flat_map(|f| r.values(f).map(move |v| (v.to_string(), f.starts_with("en")))).collect();
        for (v, _) in &values {
            self.insert_phrase(v, mode, payload);
        }
        if matches!(payload, Payload::Actor(_)) {
            for (_, en) in &values {
                if *en {
                    self.lex.stats.names_en += 1;
                } else {
                    self.lex.stats.names_ar += 1;
                }
            }
        }
        if matches!(payload, Payload::City(_)) {
            self.lex.stats.city_names += values.len();
        }
        if matches!(payload, Payload::Discard) {
            self.lex.stats.discards += values.len();
        }
        values.len()
    }

    fn insert_phrase(&mut self, phrase: &str, mode: KeyMode, payload: Payload) {
        let keys = phrase_keys_text(phrase, mode);
        if keys.is_empty() {
            return;
        }
        let ids: Vec<WordId> = keys.iter().map(|k| self.word(k)).collect();
        self.lex.trie.insert(&ids, payload);
    }

    fn word(&mut self, key: &str) -> WordId {
        if let Some(&id) = self.lex.words.get(key) {
            return id;
        }
        let id = u32::try_from(self.lex.words.len()).unwrap_or(u32::MAX);
        self.lex.words.insert(key.into(), id);
        id
    }

    fn finish_stats(&mut self, files: usize) {
        let s = &mut self.lex.stats;
        s.files = files;
        s.countries = self.lex.actors.iter().filter(|a| a.kind == ActorKind::Country).count();
        s.organisations = self.lex.actors.iter().filter(|a| a.kind == ActorKind::Organisation).count();
        s.people = self.lex.actors.iter().filter(|a| a.kind == ActorKind::Person).count();
        s.dated_roles = self.lex.actors.iter().flat_map(|a| &a.codes).filter(|c| c.range.is_some()).count();
        let mut roots: Vec<&str> = self.lex.patterns.iter().filter_map(|p| p.code.get(..2)).collect();
        roots.sort_unstable();
        roots.dedup();
        s.roots_covered = roots.len();
        s.cameo_codes = self.lex.cameo.len();
        s.distinct_words = self.lex.words.len();
        s.trie_nodes = self.lex.trie.node_count();
        s.fuzzy_names = self.lex.fuzzy.len();
    }
}

/// What makes two records "the same entry" for overriding.
fn identity(r: &Record) -> Option<String> {
    match r.kind.as_str() {
        "country" | "city" | "org" | "person" | "set" | "event-code" => Some(format!("{} {}", r.kind, r.key)),
        "verb" | "noun" | "participle" => {
            let objs: Vec<&str> = r.values("obj").collect();
            Some(format!("{} {} {} {}", r.kind, r.key, r.first("code").unwrap_or(""), objs.join("|")))
        }
        _ => None,
    }
}

fn uses_any_set(r: &Record) -> bool {
    r.fields.iter().any(|f| f.values.iter().any(|v| sets::uses_set(v)))
}

fn parse_dated_code(value: &str) -> Result<DatedCode, String> {
    let mut parts = value.split_whitespace();
    let code = parts.next().ok_or("empty code")?;
    if code.len() < 3 || code.len() % 3 != 0 || !code.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()) {
        return Err(format!("bad actor code {code:?}"));
    }
    let range = match parts.next() {
        Some(r) => Some(DateRange::parse(r).ok_or_else(|| format!("bad date range {r:?}"))?),
        None => None,
    };
    if parts.next().is_some() {
        return Err(format!("unexpected text after the date range in {value:?}"));
    }
    Ok(DatedCode { code: code.to_string(), range })
}

/// The normalised word keys of a phrase, tokenised like document text; punctuation dropped.
fn phrase_keys_text(phrase: &str, mode: KeyMode) -> Vec<String> {
    let (norm, tokens) = tokenize(phrase);
    tokens
        .iter()
        .filter(|t| t.is_word() || t.kind == TokenKind::Number)
        .map(|t| {
            let w = t.norm_str(&norm);
            match (mode, t.kind) {
                (KeyMode::Noun, TokenKind::Arabic) => strip_article(w).to_string(),
                _ => w.to_string(),
            }
        })
        .collect()
}

fn is_latin(norm: &str) -> bool {
    norm.chars().any(|c| c.is_ascii_alphabetic())
}

/// Nisba forms of a (possibly multi-word) adjective, inflecting every word alike:
/// "كوري شمالي" → "كوريه شماليه", "كوريون شماليون"...
fn nisba_phrase_forms(adj: &str) -> Vec<(String, bool)> {
    let norm = hadath_text::normalize::normalize(adj);
    if is_latin(&norm) {
        return vec![(norm, false)];
    }
    let per_word: Vec<Vec<(String, bool)>> = norm.split_whitespace().map(|w| morph::nisba_forms(strip_article(w))).collect();
    let Some(n) = per_word.first().map(Vec::len) else {
        return Vec::new();
    };
    if per_word.iter().any(|f| f.len() != n) {
        // Words inflect differently (one does not end in ي): only the form as written.
        return vec![(norm, false)];
    }
    (0..n)
        .map(|i| {
            let words: Vec<&str> = per_word.iter().map(|f| f[i].0.as_str()).collect();
            (words.join(" "), per_word[0][i].1)
        })
        .collect()
}

/// Forms of an event noun or masdar phrase: the last word inflects (dual, plural).
fn noun_phrase_forms(noun: &str) -> Vec<String> {
    let norm = hadath_text::normalize::normalize(noun);
    if is_latin(&norm) {
        return morph_en::noun_phrase_forms(&norm);
    }
    let words: Vec<&str> = norm.split_whitespace().collect();
    match words.split_first() {
        Some((first, [])) => morph::noun_forms(strip_article(first)),
        Some((first, rest)) => {
            morph::noun_forms(strip_article(first)).into_iter().map(|f| format!("{f} {}", rest.join(" "))).collect()
        }
        None => Vec::new(),
    }
}

/// Forms an object phrase may take in text (its head noun inflected).
fn object_forms(obj: &str) -> Vec<String> {
    noun_phrase_forms(obj)
}
