//! Agent dictionaries: `PHRASE {PLURALS} [~ROLE]` lines and substitution markers
//! (`!PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON`). Regular plurals are generated unless `{}`
//! gives the plural (or nothing). `[~ROLE]` adds the role after the actor's code, as hadath's
//! agents do; `[CODE~]` puts it before (an NGO of a country is `NGOxxx`), which hadath cannot:
//! such agents keep their code as a role (approximated).

use std::collections::HashMap;

use crate::english;
use crate::lexwrite::LexWriter;
use crate::read;
use crate::report::{Outcome, Report};

const KIND: &str = "agent";
const KIND_MACRO: &str = "agent-macro";

pub(crate) fn convert(file: &str, text: &str, report: &mut Report) -> String {
    let mut macros: HashMap<String, Vec<String>> = HashMap::new();
    let mut w = LexWriter::default();
    w.comment(&format!(
        "Converted by `hadath lexicon import-petrarch` from the PETRARCH agent dictionary {file}\n(PETRARCH-2/UniversalPetrarch, MIT licence). Each record's comment names its source line."
    ));
    w.blank();
    for l in read::lines(text, true) {
        let t = l.content.trim();
        if t.starts_with('!')
            && let Some((name, list)) = t.split_once('=')
        {
            let name = name.trim();
            if name.len() > 2 && name.ends_with('!') {
                let items: Vec<String> = list.split(',').filter_map(read::phrase).collect();
                macros.insert(name.to_string(), items);
                report.add(file, l.no, KIND_MACRO, Outcome::Converted, "", l.raw);
            } else {
                report.add(file, l.no, KIND_MACRO, Outcome::Skipped, "malformed line | substitution marker", l.raw);
            }
            continue;
        }
        match agent(t, &macros) {
            Err(e) => report.add(file, l.no, KIND, Outcome::Skipped, e, l.raw),
            Ok((role, phrases, notes)) => {
                let outcome = if notes.is_empty() { Outcome::Converted } else { Outcome::Approximated };
                report.add(file, l.no, KIND, outcome, notes.join("; "), l.raw);
                w.record("agent", &role, Some(&format!("{file}:{}", l.no)));
                w.field("en", &phrases, None);
            }
        }
    }
    w.out
}

/// One agent line → (role, phrases, approximation notes).
fn agent(t: &str, macros: &HashMap<String, Vec<String>>) -> Result<(String, Vec<String>, Vec<String>), String> {
    let (before, groups) = read::code_groups(t).map_err(|e| format!("malformed line | {e}"))?;
    let Some(group) = groups.first() else {
        return Err("malformed line | agent without a [code]".into());
    };
    let mut notes = Vec::new();
    let code: String = group.chars().filter(|c| !c.is_whitespace()).collect();
    let role = if let Some(r) = code.strip_prefix('~') {
        r.to_string()
    } else if let Some(r) = code.strip_suffix('~') {
        notes.push(format!("code put before the actor's ([XXX~]): hadath appends it as a role | {r}~"));
        r.to_string()
    } else {
        code.clone()
    };
    if role.is_empty() || !role.bytes().all(|b| b.is_ascii_uppercase()) {
        return Err(format!("agent code is not a role of upper-case letters | {code}"));
    }
    let (phrase_part, plural_part) = match before.split_once('{') {
        Some((p, rest)) => {
            let (pl, after) = rest.split_once('}').ok_or("malformed line | '{' without '}'")?;
            if !after.trim().is_empty() {
                return Err(format!("malformed line | text after the plural: {:?}", after.trim()));
            }
            (p, Some(pl))
        }
        None => (before, None),
    };
    let phrase_part = phrase_part.trim();
    if phrase_part.contains(' ') && !phrase_part.contains('!') {
        notes.push("words separated by a blank (others may come between in PETRARCH) matched as consecutive".into());
    }
    let mut phrases: Vec<String> = Vec::new();
    if let Some(start) = phrase_part.find('!') {
        // A substitution marker: every item, no plural.
        let end = phrase_part[start + 1..].find('!').map(|e| start + 1 + e).ok_or("malformed line | unclosed '!' marker")?;
        let name = &phrase_part[start..=end];
        let items = macros.get(name).ok_or_else(|| format!("unknown substitution marker | {name}"))?;
        for item in items {
            let replaced = format!("{}{}{}", &phrase_part[..start], item.replace(' ', "_"), &phrase_part[end + 1..]);
            if let Some(p) = read::phrase(&replaced) {
                phrases.push(p);
            }
        }
    } else {
        let p = read::phrase(phrase_part).ok_or("malformed line | no phrase")?;
        match plural_part {
            Some(pl) => phrases.extend(pl.split_whitespace().filter_map(read::phrase)),
            None => phrases.extend(english::plural_phrase(&p)),
        }
        phrases.insert(0, p);
    }
    let before_len = phrases.len();
    phrases.retain(|p| read::writable(p));
    if phrases.len() < before_len {
        notes.push("phrases with | # or & dropped".into());
    }
    if phrases.is_empty() {
        return Err("no usable phrase".into());
    }
    phrases.dedup();
    Ok((role, phrases, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agents_plurals_macros_and_prefix_codes() {
        let text = "!PERSON! = MAN, MEN, WOMAN\nFOREIGN_MINISTER [~GOVFRM] # jap\nPOLICE {} [ ~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\nCONGRESS!PERSON! [~LEG]\nHUMAN_RIGHTS_BODY  [NGO~]\nSECURITY SERVICE [~GOV]\nX [~go]\nY !NOPE! [~GOV]\n";
        let mut report = Report::default();
        let out = convert("ag.txt", text, &mut report);
        let (records, errors) = hadath_lexicon::syntax::parse(&out);
        assert!(errors.is_empty(), "{errors:?}");
        let got: Vec<(String, Vec<&str>)> = records.iter().map(|r| (r.key.clone(), r.values("en").collect())).collect();
        assert_eq!(got[0], ("GOVFRM".to_string(), vec!["foreign minister", "foreign ministers"]));
        assert_eq!(got[1], ("COP".to_string(), vec!["police"]));
        assert_eq!(got[2].1, ["attorney general", "attorneys general"]);
        assert_eq!(got[3].1, ["congressman", "congressmen", "congresswoman"]);
        assert_eq!(got[4].0, "NGO");
        let outcomes: Vec<Outcome> = report.entries.iter().map(|e| e.outcome).collect();
        use Outcome::*;
        assert_eq!(
            outcomes,
            [Converted, Converted, Converted, Converted, Converted, Approximated, Approximated, Skipped, Skipped]
        );
    }
}
