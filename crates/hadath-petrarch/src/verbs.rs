//! The verb dictionary: synsets (`&NAME` + `+member` lines), verb blocks (`--- NAME [code] ---`,
//! verb lines with `{irregular forms}` and `[code]`, pattern lines `- pre * post [code]`) and
//! transformations (`~ ...`).
//!
//! hadath's patterns look after the verb only: a verb, one object phrase (contiguous words,
//! found within a few tokens after it), the prepositions that introduce the target, and whether
//! the subject undergoes the event. So:
//!
//! * `- * OBJ [c]`, `- * &SET [c]`, `- * WORD_WORD [c]` → `obj:` (converted);
//! * `- * (PREP) [c]`, `- * PREP + [c]`, `- * (PREP +) [c]` → `obj: prep` + `target: prep`
//!   (converted: the preposition must follow and introduces the target);
//! * several words that PETRARCH lets other words separate (`{A B}`, `(PREP NOUN)`, `A B`)
//!   → one contiguous object phrase (approximated: stricter than PETRARCH);
//! * `*_WORD` → `obj: word` (approximated: adjacency to the verb is not enforced);
//! * codes `[X:Y]` (a second event from target to source) → code X (approximated); `[:Y]` →
//!   code Y with `subject: target` (converted);
//! * anything before the verb other than `$`, a source (`$`) after the verb, `%` (compound
//!   actors), `^` (skips), null codes `[---]` and non-codes → skipped, with the reason.

use std::collections::{BTreeMap, HashMap};

use hadath_lexicon::CameoTable;

use crate::english;
use crate::lexwrite::LexWriter;
use crate::read;
use crate::report::{Outcome, Report};

const KIND_SYNSET: &str = "synset";
const KIND_BLOCK: &str = "verb-block";
const KIND_VERB: &str = "verb";
const KIND_PATTERN: &str = "pattern";
const KIND_TRANSFORMATION: &str = "transformation";

#[derive(Debug)]
struct Synset {
    line: u32,
    raw: String,
    /// The label without `&` and trailing `_`.
    label: String,
    plurals: bool,
    members: Vec<(u32, String)>,
}

#[derive(Debug)]
struct VerbLine {
    line: u32,
    raw: String,
    /// Lower-case words, the verb's base form.
    phrase: String,
    forms: Vec<String>,
    code: Option<String>,
    notes: Vec<String>,
}

#[derive(Debug)]
struct Block {
    line: u32,
    raw: String,
    name: String,
    code: Option<String>,
    notes: Vec<String>,
    verbs: Vec<VerbLine>,
    patterns: Vec<(u32, String)>,
}

/// Converts one verb dictionary; returns the `.lex` text.
pub(crate) fn convert(file: &str, text: &str, cameo: &CameoTable, report: &mut Report) -> String {
    let tag = file_tag(file);
    let mut synsets: Vec<Synset> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    // Whether `+` lines currently belong to the last synset (else to the last block).
    let mut in_synset = false;
    for l in read::lines(text, true) {
        let t = l.content.trim();
        if t.starts_with("---") {
            in_synset = false;
            match block_header(t) {
                Ok((name, code, notes)) => blocks.push(Block {
                    line: l.no,
                    raw: l.raw.to_string(),
                    name,
                    code,
                    notes,
                    verbs: Vec::new(),
                    patterns: Vec::new(),
                }),
                Err(e) => report.add(file, l.no, KIND_BLOCK, Outcome::Skipped, format!("malformed line | {e}"), l.raw),
            }
        } else if let Some(label) = t.strip_prefix('&') {
            in_synset = true;
            let label = label.split_whitespace().next().unwrap_or("");
            let plurals = !label.ends_with('_');
            let label = set_label(label);
            if label.is_empty() {
                report.add(file, l.no, KIND_SYNSET, Outcome::Skipped, "malformed line | synset without a name", l.raw);
                in_synset = false;
                continue;
            }
            synsets.push(Synset { line: l.no, raw: l.raw.to_string(), label, plurals, members: Vec::new() });
        } else if t.starts_with('~') {
            report.add(
                file,
                l.no,
                KIND_TRANSFORMATION,
                Outcome::Skipped,
                "verb-verb transformation: hadath has no rules that rewrite one event into another",
                l.raw,
            );
        } else if let Some(pattern) = t.strip_prefix('-') {
            in_synset = false;
            match blocks.last_mut() {
                Some(b) => b.patterns.push((l.no, pattern.to_string())),
                None => report.add(
                    file,
                    l.no,
                    KIND_PATTERN,
                    Outcome::Skipped,
                    "malformed line | pattern before any verb block",
                    l.raw,
                ),
            }
        } else if in_synset && let Some(member) = t.strip_prefix('+') {
            if let Some(s) = synsets.last_mut() {
                s.members.push((l.no, member.trim().to_string()));
            }
        } else {
            in_synset = false;
            match blocks.last_mut() {
                Some(b) => match verb_line(t) {
                    Ok(v) => b.verbs.push(VerbLine { line: l.no, raw: l.raw.to_string(), ..v }),
                    Err(e) => report.add(file, l.no, KIND_VERB, Outcome::Skipped, format!("malformed line | {e}"), l.raw),
                },
                None => report.add(file, l.no, KIND_VERB, Outcome::Skipped, "malformed line | verb before any verb block", l.raw),
            }
        }
    }
    let mut w = LexWriter::default();
    w.comment(&format!(
        "Converted by `hadath lexicon import-petrarch` from the PETRARCH verb dictionary {file}\n(PETRARCH-2/UniversalPetrarch, MIT licence). Each record's comment names its source line.\nSets named {tag}.* are the dictionary's synsets; {tag}.verbs.* the verbs of each block."
    ));
    w.blank();
    let mut codes = Codes::new(cameo);
    let mut body = LexWriter::default();
    let defined = write_synsets(file, &tag, &synsets, &mut body, report);
    let mut set_names: HashMap<String, usize> = HashMap::new();
    for b in &blocks {
        write_block(file, &tag, b, &defined, &mut codes, &mut set_names, &mut body, report);
    }
    for (code, uses) in &codes.declared {
        *report.declared_codes.entry(code.clone()).or_insert(0) += uses;
        w.record("event-code", code, Some(&format!("not a CAMEO code; used by {uses} entries of {file}")));
        w.field("description", &[format!("code {code} of {file}")], None);
    }
    if !codes.declared.is_empty() {
        w.blank();
    }
    w.out.push_str(&body.out);
    w.out
}

/// A short name for set prefixes: the file name's letters and digits, upper case.
fn file_tag(file: &str) -> String {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    let stem = name.strip_suffix(".txt").unwrap_or(name);
    let tag: String = stem.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_uppercase()).collect();
    if tag.is_empty() { "PETR".into() } else { tag }
}

/// A synset label as a set name part: letters, digits and `_`, without trailing `_`.
fn set_label(label: &str) -> String {
    label.trim_end_matches('_').chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_').collect()
}

/// `--- NAME [CODE] ---` → (name, code, notes).
fn block_header(t: &str) -> Result<(String, Option<String>, Vec<String>), String> {
    let inner = t.trim_start_matches('-').trim_end_matches(|c: char| c == '-' || c.is_whitespace()).trim();
    let (name, groups) = read::code_groups(inner)?;
    let name = name.trim().trim_end_matches('_').to_string();
    if name.is_empty() {
        return Err("verb block without a name".into());
    }
    let mut notes = Vec::new();
    if groups.len() > 1 {
        notes.push("the block header has several codes: the first is used".to_string());
    }
    Ok((name, groups.first().map(|g| g.to_string()), notes))
}

/// A verb line: `VERB`, `+MULTI_WORD`, `WORD_+VERB`, with `{forms}` and `[code]`.
fn verb_line(t: &str) -> Result<VerbLine, String> {
    let (before, groups) = read::code_groups(t)?;
    let (phrase_part, forms_part) = match before.split_once('{') {
        Some((p, rest)) => {
            let (forms, after) = rest.split_once('}').ok_or("'{' without '}'")?;
            if !after.trim().is_empty() {
                return Err(format!("text after the forms: {:?}", after.trim()));
            }
            (p, Some(forms))
        }
        None => (before, None),
    };
    let mut notes = Vec::new();
    let words: Vec<&str> = phrase_part.split(['_', ' ', '\t']).filter(|w| !w.is_empty()).collect();
    if words.is_empty() {
        return Err("no verb".into());
    }
    if words.iter().any(|w| w.contains(['{', '}', '(', ')', '$', '%', '^', '*'])) {
        return Err("a verb line holds words only".into());
    }
    let marked = words.iter().position(|w| w.starts_with('+'));
    let plain: Vec<String> = words.iter().map(|w| w.trim_start_matches('+').to_lowercase()).collect();
    if plain.iter().any(String::is_empty) {
        return Err("a '+' without a word".into());
    }
    let verb_at = match marked {
        Some(i) => i,
        None => {
            if words.len() > 1 {
                notes.push("multi-word verb without '+': its first word is taken as the verb".to_string());
            }
            0
        }
    };
    let phrase = plain.join(" ");
    let forms: Vec<String> = match forms_part {
        Some(f) => f.split_whitespace().filter_map(|x| read::phrase(&x.replace('+', ""))).collect(),
        None => english::verb_forms(&plain[verb_at])
            .into_iter()
            .map(|form| {
                let mut ws = plain.clone();
                ws[verb_at] = form;
                ws.join(" ")
            })
            .collect(),
    };
    Ok(VerbLine { line: 0, raw: String::new(), phrase, forms, code: groups.first().map(|g| g.to_string()), notes })
}

/// Event codes: those of the CAMEO table, and private ones declared as `event-code` records.
struct Codes<'a> {
    cameo: &'a CameoTable,
    declared: BTreeMap<String, usize>,
}

/// The event code(s) of a `[...]` group: forward (source → target) and reverse.
#[derive(Debug, Clone, PartialEq, Eq)]
struct EventCodes {
    fwd: Option<String>,
    rev: Option<String>,
}

impl<'a> Codes<'a> {
    fn new(cameo: &'a CameoTable) -> Codes<'a> {
        Codes { cameo, declared: BTreeMap::new() }
    }

    /// Reads `X`, `X:Y` or `:Y`; `---` (and empty) is the null code.
    fn parse(&mut self, group: &str) -> Result<EventCodes, String> {
        let (a, b) = match group.split_once(':') {
            Some((a, b)) => (a.trim(), Some(b.trim())),
            None => (group.trim(), None),
        };
        let one = |s: &str, this: &mut Self| -> Result<Option<String>, String> {
            if s.is_empty() || s == "---" {
                return Ok(None);
            }
            if this.cameo.contains(s) {
                return Ok(Some(s.to_string()));
            }
            let private = (2..=4).contains(&s.trim_end_matches(|c: char| c.is_ascii_alphabetic()).len())
                && s.len() <= 5
                && s.bytes().take_while(u8::is_ascii_digit).count() >= 2
                && s.bytes().skip_while(u8::is_ascii_digit).all(|b| b.is_ascii_alphabetic())
                && s.bytes().filter(u8::is_ascii_alphabetic).count() <= 1;
            if private {
                return Ok(Some(s.to_string()));
            }
            match s {
                "+++" => Err("special code [+++]: no hadath equivalent".into()),
                "###" => Err("code [###] (TABARI discard) in a pattern: hadath discards are phrases".into()),
                _ => Err(format!("not an event code | {s}")),
            }
        };
        let fwd = one(a, self)?;
        let rev = match b {
            Some(b) => one(b, self)?,
            None => None,
        };
        Ok(EventCodes { fwd, rev })
    }

    /// Notes a use of `code`, declaring it when the CAMEO table lacks it.
    fn use_code(&mut self, code: &str) {
        if !self.cameo.contains(code) {
            *self.declared.entry(code.to_string()).or_insert(0) += 1;
        }
    }
}

/// Writes the synsets as sets; returns the defined labels with their line (for "defined
/// before use").
fn write_synsets(file: &str, tag: &str, synsets: &[Synset], w: &mut LexWriter, report: &mut Report) -> HashMap<String, u32> {
    let mut defined: HashMap<String, u32> = HashMap::new();
    for s in synsets {
        let mut outcome = Outcome::Converted;
        let mut reasons: Vec<String> = Vec::new();
        let mut lines: Vec<(u32, Vec<String>)> = Vec::new();
        for (line, member) in &s.members {
            if member.contains(['$', '+', '%', '^', '*', '(', '{']) {
                report.add(
                    file,
                    *line,
                    KIND_SYNSET,
                    Outcome::Skipped,
                    "synset member with a pattern token ($ + % ^ * ( {)",
                    member,
                );
                continue;
            }
            let mut words = Vec::new();
            let mut bad = None;
            for word in member.split(['_', ' ', '\t']).filter(|w| !w.is_empty()) {
                if let Some(label) = word.strip_prefix('&') {
                    let label = set_label(label);
                    match defined.get(&label) {
                        Some(_) => words.push(format!("&{tag}.{label}")),
                        None => bad = Some(format!("member uses a synset not defined before it | &{label}")),
                    }
                } else {
                    words.push(word.to_lowercase());
                }
            }
            if let Some(why) = bad {
                report.add(file, *line, KIND_SYNSET, Outcome::Skipped, why, member);
                continue;
            }
            let value = words.join(" ");
            if value.is_empty() || value.contains(['|', '#']) {
                report.add(file, *line, KIND_SYNSET, Outcome::Skipped, "empty or unwritable member", member);
                continue;
            }
            let mut values = vec![value.clone()];
            // Plurals for nouns: not for a member or label ending in `_`, nor for sets.
            if s.plurals
                && !member.ends_with('_')
                && !value.contains('&')
                && let Some(p) = english::plural_phrase(&value)
            {
                values.push(p);
            }
            lines.push((*line, values));
        }
        if lines.is_empty() {
            outcome = Outcome::Skipped;
            reasons.push("synset without usable members".into());
        }
        report.add(file, s.line, KIND_SYNSET, outcome, reasons.join("; "), &s.raw);
        if outcome == Outcome::Skipped {
            continue;
        }
        defined.insert(s.label.clone(), s.line);
        w.record("set", &format!("{tag}.{}", s.label), Some(&format!("{file}:{} synset &{}", s.line, s.label)));
        for (line, values) in lines {
            w.field("en", &values, Some(&format!(":{line}")));
        }
        w.blank();
    }
    defined
}

#[allow(clippy::too_many_arguments)]
fn write_block(
    file: &str,
    tag: &str,
    b: &Block,
    synsets: &HashMap<String, u32>,
    codes: &mut Codes,
    set_names: &mut HashMap<String, usize>,
    w: &mut LexWriter,
    report: &mut Report,
) {
    if b.verbs.is_empty() {
        report.add(file, b.line, KIND_BLOCK, Outcome::Skipped, "verb block without verbs", &b.raw);
        for (line, p) in &b.patterns {
            report.add(file, *line, KIND_PATTERN, Outcome::Skipped, "its verb block has no verbs", p);
        }
        return;
    }
    let block_codes = match b.code.as_deref().map(|c| codes.parse(c)) {
        None => Ok(EventCodes { fwd: None, rev: None }),
        Some(r) => r,
    };
    let block_outcome = if b.notes.is_empty() { Outcome::Converted } else { Outcome::Approximated };
    report.add(file, b.line, KIND_BLOCK, block_outcome, b.notes.join("; "), &b.raw);
    let base = set_label(&b.name.replace(' ', "_"));
    let n = set_names.entry(base.clone()).or_insert(0);
    *n += 1;
    let set_name = if *n == 1 { format!("{tag}.verbs.{base}") } else { format!("{tag}.verbs.{base}.{n}") };
    w.comment(&format!("---- {file}:{} {}", b.line, b.raw.split_whitespace().collect::<Vec<_>>().join(" ")));
    w.record("set", &set_name, Some("the verbs of the block and their forms"));
    for v in &b.verbs {
        let mut values = vec![v.phrase.clone()];
        values.extend(v.forms.iter().filter(|f| **f != v.phrase).cloned());
        values.retain(|x| read::writable(x));
        values.dedup();
        w.field("en", &values, Some(&format!(":{}", v.line)));
    }
    // The verbs alone: their own code, else the block's.
    for v in &b.verbs {
        let own = v.code.as_deref().map(|c| codes.parse(c));
        let (effective, mut notes) = match own {
            Some(Ok(c)) => (Ok(c), v.notes.clone()),
            Some(Err(e)) => (Err(e), v.notes.clone()),
            None => (block_codes.clone(), v.notes.clone()),
        };
        match effective {
            Err(e) => report.add(file, v.line, KIND_VERB, Outcome::Skipped, e, &v.raw),
            Ok(EventCodes { fwd: None, rev: None }) => {
                // A null-coded verb gives no event alone; it is still the trigger of the
                // block's patterns (in the set above).
                report.add(file, v.line, KIND_VERB, outcome_of(&notes), notes.join("; "), &v.raw);
            }
            Ok(ec) => {
                let (code, subject_target) = pick(&ec, &mut notes);
                codes.use_code(&code);
                report.add(file, v.line, KIND_VERB, outcome_of(&notes), notes.join("; "), &v.raw);
                let mut forms: Vec<String> = v.forms.iter().filter(|f| **f != v.phrase && read::writable(f)).cloned().collect();
                forms.dedup();
                if !read::writable(&v.phrase) {
                    continue;
                }
                w.record("verb", &v.phrase, Some(&format!("{file}:{}", v.line)));
                w.field("form", &forms, None);
                w.field("code", &[code], None);
                if subject_target {
                    w.field("subject", &["target".to_string()], None);
                }
            }
        }
    }
    let key = b.verbs.iter().map(|v| v.phrase.clone()).find(|p| read::writable(p)).unwrap_or_default();
    for (line, p) in &b.patterns {
        match pattern(tag, p, *line, synsets, codes) {
            Err(reason) => report.add(file, *line, KIND_PATTERN, Outcome::Skipped, reason, p),
            Ok(conv) => {
                let same_as_verbs = conv.obj.is_none()
                    && conv.target.is_none()
                    && !conv.subject_target
                    && block_codes.as_ref().ok().and_then(|c| c.fwd.as_deref()) == Some(conv.code.as_str());
                codes.use_code(&conv.code);
                report.add(file, *line, KIND_PATTERN, outcome_of(&conv.notes), conv.notes.join("; "), p);
                if same_as_verbs || key.is_empty() {
                    continue;
                }
                let shown = p.split_whitespace().collect::<Vec<_>>().join(" ");
                w.record("verb", &key, Some(&format!("{file}:{line} - {shown}")));
                w.field("form", &[format!("&{set_name}")], None);
                w.field("code", std::slice::from_ref(&conv.code), None);
                if let Some(obj) = &conv.obj {
                    w.field("obj", std::slice::from_ref(obj), None);
                }
                if let Some(t) = &conv.target {
                    w.field("target", std::slice::from_ref(t), None);
                }
                if conv.subject_target {
                    w.field("subject", &["target".to_string()], None);
                }
            }
        }
    }
    w.blank();
}

fn outcome_of(notes: &[String]) -> Outcome {
    if notes.is_empty() { Outcome::Converted } else { Outcome::Approximated }
}

/// The code a record gets and whether its subject is the target; notes what is lost.
fn pick(ec: &EventCodes, notes: &mut Vec<String>) -> (String, bool) {
    match (&ec.fwd, &ec.rev) {
        (Some(f), Some(r)) => {
            notes.push(format!("paired code [X:Y]: only the source→target event X is coded | {f}:{r}"));
            (f.clone(), false)
        }
        (Some(f), None) => (f.clone(), false),
        (None, Some(r)) => (r.clone(), true),
        (None, None) => (String::new(), false),
    }
}

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Tok {
    Star,
    Source,
    Target,
    Compound,
    Skip,
    /// `_` between two parts: they must be consecutive.
    Join,
    Word(String),
    Set(String),
    /// `{A B}`: a noun phrase, head last.
    Np(Vec<Tok>),
    /// `(PREP NOUN)`, `(PREP)`, `(PREP +)`.
    Pp(Vec<Tok>),
}

/// Splits a pattern body into elements; `{...}` and `(...)` nest.
fn tokens(s: &str) -> Result<Vec<Tok>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Tok>| -> Result<(), String> {
        if word.is_empty() {
            return Ok(());
        }
        let parts: Vec<&str> = word.split('_').collect();
        for (k, part) in parts.iter().enumerate() {
            if k > 0 {
                out.push(Tok::Join);
            }
            match *part {
                "" => {}
                "*" => out.push(Tok::Star),
                "$" => out.push(Tok::Source),
                "+" => out.push(Tok::Target),
                "%" => out.push(Tok::Compound),
                "^" => out.push(Tok::Skip),
                p if p.starts_with('&') => out.push(Tok::Set(set_label(&p[1..]))),
                p if p.contains(['*', '$', '%', '^', '+']) && p.len() > 1 && !p.starts_with(char::is_alphanumeric) => {
                    return Err(format!("cannot read {p:?}"));
                }
                p => out.push(Tok::Word(p.to_lowercase())),
            }
        }
        word.clear();
        Ok(())
    };
    while i < chars.len() {
        let c = chars[i];
        match c {
            '{' | '(' => {
                flush(&mut word, &mut out)?;
                let close = if c == '{' { '}' } else { ')' };
                let mut depth = 0;
                let mut j = i;
                while j < chars.len() {
                    if chars[j] == '{' || chars[j] == '(' {
                        depth += 1;
                    } else if chars[j] == '}' || chars[j] == ')' {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    j += 1;
                }
                if j >= chars.len() || chars[j] != close {
                    return Err(format!("unbalanced '{c}'"));
                }
                let inner: String = chars[i + 1..j].iter().collect();
                let inner = tokens(&inner)?;
                out.push(if c == '{' { Tok::Np(inner) } else { Tok::Pp(inner) });
                i = j + 1;
            }
            '}' | ')' => return Err(format!("unbalanced '{c}'")),
            c if c.is_whitespace() => {
                flush(&mut word, &mut out)?;
                i += 1;
            }
            c => {
                word.push(c);
                i += 1;
            }
        }
    }
    flush(&mut word, &mut out)?;
    Ok(out)
}

/// A pattern as a hadath record.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Converted {
    code: String,
    obj: Option<String>,
    target: Option<String>,
    subject_target: bool,
    notes: Vec<String>,
}

/// Converts one pattern line (the text after `-`).
fn pattern(tag: &str, p: &str, line: u32, synsets: &HashMap<String, u32>, codes: &mut Codes) -> Result<Converted, String> {
    let (body, groups) = read::code_groups(p).map_err(|e| format!("malformed line | {e}"))?;
    let Some(group) = groups.first() else {
        return Err("malformed line | pattern without a [code]".into());
    };
    let toks = tokens(body).map_err(|e| format!("malformed line | {e}"))?;
    let stars = toks.iter().filter(|t| **t == Tok::Star).count();
    if stars != 1 {
        return Err(format!("malformed line | a pattern has one * (the verb), this has {stars}"));
    }
    let star = toks.iter().position(|t| *t == Tok::Star).unwrap_or(0);
    let (pre, post) = (&toks[..star], &toks[star + 1..]);
    let mut notes: Vec<String> = Vec::new();
    if groups.len() > 1 {
        notes.push("several codes: the first is used".into());
    }
    // Before the verb: only the source marker, which is where hadath looks anyway.
    for t in pre {
        match t {
            Tok::Join | Tok::Source => {}
            Tok::Target => return Err("target before the verb (+ ... *): hadath patterns only look after the verb".into()),
            Tok::Compound => return Err("compound actor (%): hadath patterns cannot pair two actors".into()),
            _ => return Err("words before the verb: hadath patterns only look after the verb".into()),
        }
    }
    let flat = flatten(post);
    if flat.contains(&Tok::Source) {
        return Err("source after the verb ($): hadath takes the source from the subject".into());
    }
    if flat.contains(&Tok::Compound) {
        return Err("compound actor (%): hadath patterns cannot pair two actors".into());
    }
    if flat.contains(&Tok::Skip) {
        return Err("skip marker (^): not expressible".into());
    }
    for t in &flat {
        if let Tok::Set(label) = t {
            match synsets.get(label) {
                Some(&def) if def < line => {}
                Some(_) | None => return Err(format!("synset not defined before the pattern (PETRARCH ignores it) | &{label}")),
            }
        }
    }
    let ec = codes.parse(group)?;
    if ec.fwd.is_none() && ec.rev.is_none() {
        return Err("null code [---]: hadath patterns cannot suppress the verb's event".into());
    }
    let (code, subject_target) = pick(&ec, &mut notes);
    // After the verb.
    let mut words: Vec<String> = Vec::new();
    let mut target: Option<String> = None;
    let mut gap = false;
    let mut last_was_join = false;
    let mut units = 0;
    if post.first() == Some(&Tok::Join) {
        notes.push("word joined to the verb (*_X): adjacency is not enforced".into());
    }
    for (k, t) in post.iter().enumerate() {
        match t {
            Tok::Join => {
                last_was_join = true;
                continue;
            }
            Tok::Target => {
                let first_content = post[..k].iter().all(|x| *x == Tok::Join);
                if !first_content {
                    let prep = words.last().filter(|w| !w.starts_with('&')).cloned();
                    match prep {
                        Some(prep) if target.is_none() => target = Some(prep),
                        _ => return Err("target marker (+) where hadath cannot express it".into()),
                    }
                }
            }
            Tok::Word(w) => {
                words.push(w.clone());
                units += 1;
                gap |= units > 1 && !last_was_join;
            }
            Tok::Set(label) => {
                words.push(format!("&{tag}.{label}"));
                units += 1;
                gap |= units > 1 && !last_was_join;
            }
            Tok::Np(inner) => {
                let inner_words = phrase_words(tag, inner)?;
                gap |= inner_words.len() > 1 || (units > 0 && !last_was_join);
                units += 1;
                words.extend(inner_words);
            }
            Tok::Pp(inner) => {
                let inner_flat: Vec<&Tok> = inner.iter().filter(|x| **x != Tok::Join).collect();
                let Some(Tok::Word(prep)) = inner_flat.first() else {
                    return Err("prepositional phrase without a preposition".into());
                };
                let rest: Vec<Tok> = inner_flat[1..].iter().map(|x| (*x).clone()).collect();
                gap |= units > 0 && !last_was_join;
                units += 1;
                words.push(prep.clone());
                if rest.is_empty() {
                    if target.is_none() {
                        target = Some(prep.clone());
                    }
                } else if rest == [Tok::Target] {
                    match target {
                        None => target = Some(prep.clone()),
                        Some(_) => return Err("two target prepositions".into()),
                    }
                } else {
                    let noun = phrase_words(tag, &rest)?;
                    gap = true;
                    words.extend(noun);
                }
            }
            Tok::Star | Tok::Source | Tok::Compound | Tok::Skip => {}
        }
        last_was_join = false;
    }
    if gap {
        notes.push("words PETRARCH lets others separate are matched as one contiguous object phrase".into());
    }
    let obj = (!words.is_empty()).then(|| words.join(" "));
    if let Some(o) = &obj
        && !o.split_whitespace().all(|w| !w.contains(['|', '#']))
    {
        return Err("object with | or #".into());
    }
    Ok(Converted { code, obj, target, subject_target, notes })
}

/// The elements of a pattern, with noun and prepositional phrases opened.
fn flatten(toks: &[Tok]) -> Vec<Tok> {
    let mut out = Vec::new();
    for t in toks {
        match t {
            Tok::Np(inner) | Tok::Pp(inner) => out.extend(flatten(inner)),
            other => out.push(other.clone()),
        }
    }
    out
}

/// The words (and set references) of a noun phrase.
fn phrase_words(tag: &str, toks: &[Tok]) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for t in toks {
        match t {
            Tok::Word(w) => out.push(w.clone()),
            Tok::Set(label) => out.push(format!("&{tag}.{label}")),
            Tok::Join => {}
            Tok::Np(inner) => out.extend(phrase_words(tag, inner)?),
            _ => return Err("actor marker inside a noun phrase: not expressible".into()),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cameo() -> CameoTable {
        let text = "code\troot\tquad_class\tgoldstein\tplover\tdescription\n\
                    040\t04\t1\t1.0\tCONSULT\tConsult\n042\t04\t1\t1.9\tCONSULT\tMake a visit\n\
                    043\t04\t1\t2.8\tCONSULT\tHost a visit\n070\t07\t2\t7.0\tAID\tProvide aid\n\
                    172\t17\t4\t-5.0\tCOERCE\tSanctions\n173\t17\t4\t-5.0\tCOERCE\tArrest\n";
        CameoTable::parse(text).0
    }

    fn conv(p: &str) -> Result<Converted, String> {
        let mut synsets = HashMap::new();
        synsets.insert("FOOD".to_string(), 1);
        let cameo = cameo();
        let mut codes = Codes::new(&cameo);
        pattern("T", p, 10, &synsets, &mut codes)
    }

    #[test]
    fn objects_targets_and_codes() {
        let c = conv(" * AID [070]").expect("ok");
        assert_eq!((c.obj.as_deref(), c.target.as_deref(), c.notes.len()), (Some("aid"), None, 0));
        let c = conv(" * &FOOD [070]").expect("ok");
        assert_eq!(c.obj.as_deref(), Some("&T.FOOD"));
        let c = conv(" * (TO)   [042:043]   ").expect("ok");
        assert_eq!((c.obj.as_deref(), c.target.as_deref(), c.code.as_str()), (Some("to"), Some("to"), "042"));
        assert!(c.notes[0].contains("paired code"));
        let c = conv(" * (BEFORE COURT) [:173]").expect("ok");
        assert!(c.subject_target && c.code == "173" && c.obj.as_deref() == Some("before court"));
        assert!(!c.notes.is_empty(), "(PREP NOUN) is contiguous here");
        let c = conv(" * WITH + [040]").expect("ok");
        assert_eq!((c.obj.as_deref(), c.target.as_deref()), (Some("with"), Some("with")));
        let c = conv(" $ * + IN_DETENTION [173]").expect("ok");
        assert_eq!((c.obj.as_deref(), c.notes.len()), (Some("in detention"), 0));
        let c = conv(" *_OUT [040]").expect("ok");
        assert!(c.notes[0].contains("adjacency"));
        let c = conv(" * {ARMS SHIPMENT} [070]").expect("ok");
        assert_eq!(c.obj.as_deref(), Some("arms shipment"));
        assert_eq!(c.notes.len(), 1);
    }

    #[test]
    fn what_is_skipped() {
        for (p, why) in [
            (" SAID * [040]", "before the verb"),
            (" * TO $ [040]", "source after"),
            (" % * [040]", "compound"),
            (" * EID AT ^ WITH + [040]", "skip marker"),
            (" * DEMAND [---]", "null code"),
            (" * FXLL [+++]", "+++"),
            (" * X [def]", "not an event code"),
            (" * &NOPE [040]", "not defined"),
            (" * (FOR AID [040]", "malformed"),
            (" * AID", "without a [code]"),
            (" AID [040]", "one *"),
        ] {
            let e = conv(p).expect_err(p);
            assert!(e.contains(why), "{p}: {e}");
        }
    }

    #[test]
    fn private_codes_are_accepted() {
        assert_eq!(conv(" * X [174K]").expect("ok").code, "174K");
        assert_eq!(conv(" * X [1717]").expect("ok").code, "1717");
        assert!(conv(" * X [025?]").is_err());
    }

    #[test]
    fn verb_lines() {
        let v = verb_line("BRING {BRINGS BRINGING BROUGHT }").expect("ok");
        assert_eq!((v.phrase.as_str(), v.forms.len()), ("bring", 3));
        let v = verb_line("+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF } ").expect("ok");
        assert_eq!(v.phrase, "cordon off");
        assert!(v.forms.contains(&"cordoned off".to_string()));
        let v = verb_line("WIRE_+TAP").expect("ok");
        assert_eq!(v.forms, ["wire taps", "wire taped", "wire taping"]);
        let v = verb_line("SCRAP {SCRAPPING SCRAPS SCRAPPED}").expect("ok");
        assert_eq!(v.forms.len(), 3);
        let v = verb_line("ASK     [020]").expect("ok");
        assert_eq!(v.code.as_deref(), Some("020"));
        let v = verb_line("+ANGERED_BY {}").expect("ok");
        assert!(v.forms.is_empty());
        let v = verb_line("LASH OUT").expect("ok");
        assert_eq!(v.notes.len(), 1);
        assert!(verb_line("BAD {X").is_err());
    }

    #[test]
    fn headers() {
        assert_eq!(block_header("---  ACCELERATE   [---]  ---").expect("ok").0, "ACCELERATE");
        let (name, code, notes) = block_header("--- DELAY [120]  [031:031]  ---").expect("ok");
        assert_eq!((name.as_str(), code.as_deref(), notes.len()), ("DELAY", Some("120"), 1));
        assert_eq!(block_header("--- TROUBLED  [---]").expect("ok").1.as_deref(), Some("---"));
        assert_eq!(block_header("---  DISGRACE   [110]---  ---").expect("ok").1.as_deref(), Some("110"));
    }
}
