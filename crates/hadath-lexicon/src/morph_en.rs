//! English inflection for lexicon entries.
//!
//! A `verb` record with an English key gives its base form (`attack`, `call for`); the first
//! word inflects: `attacks`, `attacked`, `attacking`. A `noun` record and every `obj` value
//! inflect their last word: `air strike` → `air strikes`. Irregular verbs come from the table
//! below; `form:` in a record adds anything else. The coder also asks [`is_past_form`] whether a
//! word it meets can be a past tense or participle (for passives: "was seized").
//!
//! Input is the normalised (lower-case) key; output is lower case.

/// Irregular verbs used in news: base, past, past participle (several past forms with `/`).
const IRREGULAR: &[(&str, &str, &str)] = &[
    ("arise", "arose", "arisen"),
    ("be", "was/were", "been"),
    ("bear", "bore", "borne"),
    ("beat", "beat", "beaten"),
    ("become", "became", "become"),
    ("begin", "began", "begun"),
    ("bid", "bid", "bid"),
    ("bind", "bound", "bound"),
    ("bite", "bit", "bitten"),
    ("blow", "blew", "blown"),
    ("break", "broke", "broken"),
    ("bring", "brought", "brought"),
    ("build", "built", "built"),
    ("burn", "burned/burnt", "burned/burnt"),
    ("buy", "bought", "bought"),
    ("cast", "cast", "cast"),
    ("catch", "caught", "caught"),
    ("choose", "chose", "chosen"),
    ("come", "came", "come"),
    ("cost", "cost", "cost"),
    ("cut", "cut", "cut"),
    ("deal", "dealt", "dealt"),
    ("do", "did", "done"),
    ("draw", "drew", "drawn"),
    ("drive", "drove", "driven"),
    ("eat", "ate", "eaten"),
    ("fall", "fell", "fallen"),
    ("feed", "fed", "fed"),
    ("feel", "felt", "felt"),
    ("fight", "fought", "fought"),
    ("find", "found", "found"),
    ("flee", "fled", "fled"),
    ("fly", "flew", "flown"),
    ("forbid", "forbade", "forbidden"),
    ("forgive", "forgave", "forgiven"),
    ("freeze", "froze", "frozen"),
    ("get", "got", "got/gotten"),
    ("give", "gave", "given"),
    ("go", "went", "gone"),
    ("hang", "hanged/hung", "hanged/hung"),
    ("have", "had", "had"),
    ("hear", "heard", "heard"),
    ("hide", "hid", "hidden"),
    ("hit", "hit", "hit"),
    ("hold", "held", "held"),
    ("hurt", "hurt", "hurt"),
    ("keep", "kept", "kept"),
    ("know", "knew", "known"),
    ("lay", "laid", "laid"),
    ("lead", "led", "led"),
    ("leave", "left", "left"),
    ("lend", "lent", "lent"),
    ("let", "let", "let"),
    ("lie", "lay", "lain"),
    ("lose", "lost", "lost"),
    ("make", "made", "made"),
    ("mean", "meant", "meant"),
    ("meet", "met", "met"),
    ("mislead", "misled", "misled"),
    ("overcome", "overcame", "overcome"),
    ("overrun", "overran", "overrun"),
    ("overthrow", "overthrew", "overthrown"),
    ("pay", "paid", "paid"),
    ("plead", "pleaded/pled", "pleaded/pled"),
    ("put", "put", "put"),
    ("quit", "quit", "quit"),
    ("read", "read", "read"),
    ("rebuild", "rebuilt", "rebuilt"),
    ("retake", "retook", "retaken"),
    ("ride", "rode", "ridden"),
    ("rise", "rose", "risen"),
    ("run", "ran", "run"),
    ("say", "said", "said"),
    ("see", "saw", "seen"),
    ("seek", "sought", "sought"),
    ("sell", "sold", "sold"),
    ("send", "sent", "sent"),
    ("set", "set", "set"),
    ("shake", "shook", "shaken"),
    ("shoot", "shot", "shot"),
    ("shut", "shut", "shut"),
    ("sink", "sank", "sunk"),
    ("slay", "slew", "slain"),
    ("speak", "spoke", "spoken"),
    ("spend", "spent", "spent"),
    ("split", "split", "split"),
    ("spread", "spread", "spread"),
    ("stand", "stood", "stood"),
    ("steal", "stole", "stolen"),
    ("stick", "stuck", "stuck"),
    ("sting", "stung", "stung"),
    ("strike", "struck", "struck/stricken"),
    ("swear", "swore", "sworn"),
    ("sweep", "swept", "swept"),
    ("take", "took", "taken"),
    ("teach", "taught", "taught"),
    ("tear", "tore", "torn"),
    ("tell", "told", "told"),
    ("think", "thought", "thought"),
    ("throw", "threw", "thrown"),
    ("undergo", "underwent", "undergone"),
    ("understand", "understood", "understood"),
    ("undertake", "undertook", "undertaken"),
    ("unfreeze", "unfroze", "unfrozen"),
    ("uphold", "upheld", "upheld"),
    ("wage", "waged", "waged"),
    ("wake", "woke", "woken"),
    ("wear", "wore", "worn"),
    ("win", "won", "won"),
    ("withdraw", "withdrew", "withdrawn"),
    ("withhold", "withheld", "withheld"),
    ("write", "wrote", "written"),
];

/// Nouns whose plural is not regular.
const IRREGULAR_PLURAL: &[(&str, &str)] = &[
    ("man", "men"),
    ("woman", "women"),
    ("child", "children"),
    ("person", "people"),
    ("crisis", "crises"),
    ("analysis", "analyses"),
    ("thesis", "theses"),
    ("criterion", "criteria"),
    ("phenomenon", "phenomena"),
    ("life", "lives"),
    ("wife", "wives"),
    ("knife", "knives"),
    ("thief", "thieves"),
    ("leaf", "leaves"),
    ("half", "halves"),
    ("foot", "feet"),
    ("aircraft", "aircraft"),
    ("sheep", "sheep"),
    ("series", "series"),
    ("species", "species"),
    ("headquarters", "headquarters"),
    ("police", "police"),
];

const VOWELS: &[u8] = b"aeiou";

fn is_vowel(b: u8) -> bool {
    VOWELS.contains(&b)
}

/// Verbs of several syllables stressed on the last, which double its consonant ("expelled").
const STRESSED_FINAL: &[&str] = &[
    "expel", "repel", "compel", "propel", "dispel", "patrol", "control", "kidnap", "equip", "admit", "commit", "submit",
    "permit", "omit", "emit", "transmit", "acquit", "confer", "refer", "prefer", "transfer", "defer", "deter", "occur", "recur",
    "incur", "regret", "abet", "airdrop", "outfit", "rebut", "overrun", "quit", "upset", "forget", "begin",
];
/// Verbs in -l that British spelling doubles ("travelled", "cancelled"); both spellings are made.
const BRITISH_DOUBLE_L: &[&str] = &[
    "travel", "cancel", "label", "level", "signal", "model", "fuel", "channel", "total", "marshal", "rival", "counsel", "shovel",
    "tunnel", "quarrel", "pedal", "dial", "equal", "annul",
];

/// Whether a regular verb doubles its final consonant before -ed/-ing: one syllable,
/// consonant-vowel-consonant ("ban", "stop"), or a listed verb stressed on its last syllable.
fn doubles_final(word: &str) -> bool {
    if STRESSED_FINAL.contains(&word) {
        return true;
    }
    let b = word.as_bytes();
    let n = b.len();
    if !(3..=5).contains(&n) {
        return false;
    }
    let (c1, v, c2) = (b[n - 3], b[n - 2], b[n - 1]);
    // ("qu" is a consonant: "quit".)
    let vowel_count = b.iter().enumerate().filter(|&(i, &x)| is_vowel(x) && !(x == b'u' && i > 0 && b[i - 1] == b'q')).count();
    vowel_count == 1 && !is_vowel(c1) && is_vowel(v) && !is_vowel(c2) && !b"wxy".contains(&c2)
}

/// The third person singular present: attack → attacks, push → pushes, deny → denies.
pub fn third_person(word: &str) -> String {
    if let Some(stem) = word.strip_suffix('y')
        && stem.bytes().last().is_some_and(|b| !is_vowel(b))
    {
        return format!("{stem}ies");
    }
    if ["s", "sh", "ch", "x", "z", "o"].iter().any(|e| word.ends_with(e)) && word != "veto" {
        return format!("{word}es");
    }
    if word == "veto" {
        return "vetoes".into();
    }
    format!("{word}s")
}

/// Regular past: attack → attacked, seize → seized, deny → denied, ban → banned.
fn regular_past(word: &str) -> String {
    if word.ends_with('e') {
        return format!("{word}d");
    }
    if let Some(stem) = word.strip_suffix('y')
        && stem.bytes().last().is_some_and(|b| !is_vowel(b))
    {
        return format!("{stem}ied");
    }
    if doubles_final(word) {
        let last = &word[word.len() - 1..];
        return format!("{word}{last}ed");
    }
    format!("{word}ed")
}

/// The -ing form: attack → attacking, seize → seizing, ban → banning, die → dying.
pub fn gerund(word: &str) -> String {
    if let Some(stem) = word.strip_suffix("ie") {
        return format!("{stem}ying");
    }
    if word.ends_with('e') && !word.ends_with("ee") && word.len() > 2 {
        return format!("{}ing", &word[..word.len() - 1]);
    }
    if doubles_final(word) {
        let last = &word[word.len() - 1..];
        return format!("{word}{last}ing");
    }
    format!("{word}ing")
}

/// Past tense and past participle forms of a base verb.
pub fn past_forms(word: &str) -> Vec<String> {
    if let Some((_, past, part)) = IRREGULAR.iter().find(|(b, _, _)| *b == word) {
        let mut out: Vec<String> = past.split('/').chain(part.split('/')).map(str::to_string).collect();
        out.dedup();
        return out;
    }
    // Compounds of an irregular verb: "reassemble" is regular, but "outfight", "rebuild"...
    vec![regular_past(word)]
}

/// Every form of a base verb: base, -s, past, participle, -ing (and the British "-lled",
/// "-lling" of verbs like "travel").
pub fn verb_forms(word: &str) -> Vec<String> {
    let mut out = plain_verb_forms(word);
    if BRITISH_DOUBLE_L.contains(&word) {
        out.push(format!("{word}led"));
        out.push(format!("{word}ling"));
        out.push(format!("{word}lled"));
        out.push(format!("{word}lling"));
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert(f.clone()));
    out
}

fn plain_verb_forms(word: &str) -> Vec<String> {
    let mut out = vec![word.to_string(), third_person(word)];
    if word == "be" {
        out = ["be", "is", "are", "am"].map(String::from).to_vec();
    } else if word == "have" {
        out = vec!["have".into(), "has".into()];
    }
    out.extend(past_forms(word));
    out.push(gerund(word));
    let mut seen = std::collections::HashSet::new();
    out.retain(|f| seen.insert(f.clone()));
    out
}

/// Forms of a (possibly multi-word) verb phrase: the first word inflects ("call for" →
/// "calls for", "called for", "calling for").
pub fn verb_phrase_forms(phrase: &str) -> Vec<String> {
    let mut words = phrase.split_whitespace();
    let Some(first) = words.next() else { return Vec::new() };
    let rest: Vec<&str> = words.collect();
    verb_forms(first).into_iter().map(|f| if rest.is_empty() { f } else { format!("{f} {}", rest.join(" ")) }).collect()
}

/// The plural of a noun: attack → attacks, crisis → crises, policy → policies.
pub fn plural(word: &str) -> String {
    if let Some((_, p)) = IRREGULAR_PLURAL.iter().find(|(s, _)| *s == word) {
        return (*p).to_string();
    }
    if word.ends_with("ss") || ["sh", "ch", "x", "z"].iter().any(|e| word.ends_with(e)) {
        return format!("{word}es");
    }
    if ["embargo", "veto", "hero", "torpedo", "tomato", "potato"].contains(&word) {
        return format!("{word}es");
    }
    if word.ends_with('s') {
        // Already plural ("talks", "sanctions", "hostilities") or uncountable.
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix('y')
        && stem.bytes().last().is_some_and(|b| !is_vowel(b))
    {
        return format!("{stem}ies");
    }
    format!("{word}s")
}

/// Forms of a noun phrase: as written and with its last word in the plural.
pub fn noun_phrase_forms(phrase: &str) -> Vec<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let Some((last, init)) = words.split_last() else { return Vec::new() };
    let mut out = vec![words.join(" ")];
    let p = plural(last);
    if p != *last {
        let mut w: Vec<String> = init.iter().map(|s| s.to_string()).collect();
        w.push(p);
        out.push(w.join(" "));
    }
    out
}

/// Whether `word` (lower case) can be a past tense or past participle: "-ed" or an irregular
/// past form ("seized", "held", "struck", "taken").
pub fn is_past_form(word: &str) -> bool {
    (word.len() > 3 && word.ends_with("ed")) || irregular_pasts().contains(word)
}

/// Every irregular past and participle form, built once (the coder asks for each word).
fn irregular_pasts() -> &'static std::collections::HashSet<&'static str> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| IRREGULAR.iter().flat_map(|(_, past, part)| past.split('/').chain(part.split('/'))).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_verbs_inflect() {
        assert_eq!(verb_forms("attack"), ["attack", "attacks", "attacked", "attacking"]);
        assert_eq!(verb_forms("seize"), ["seize", "seizes", "seized", "seizing"]);
        assert_eq!(verb_forms("deny"), ["deny", "denies", "denied", "denying"]);
        assert_eq!(verb_forms("ban"), ["ban", "bans", "banned", "banning"]);
        assert_eq!(verb_forms("visit"), ["visit", "visits", "visited", "visiting"]);
        assert_eq!(verb_forms("push"), ["push", "pushes", "pushed", "pushing"]);
        assert_eq!(verb_forms("agree"), ["agree", "agrees", "agreed", "agreeing"]);
        assert_eq!(verb_forms("veto"), ["veto", "vetoes", "vetoed", "vetoing"]);
        assert_eq!(verb_forms("die"), ["die", "dies", "died", "dying"]);
    }

    #[test]
    fn stressed_and_british_verbs_double() {
        assert_eq!(verb_forms("expel"), ["expel", "expels", "expelled", "expelling"]);
        assert_eq!(verb_forms("kidnap")[2], "kidnapped");
        assert_eq!(verb_forms("quit"), ["quit", "quits", "quitting"]);
        assert!(verb_forms("travel").contains(&"travelled".to_string()));
        assert!(verb_forms("travel").contains(&"traveled".to_string()));
        assert_eq!(verb_forms("overrun"), ["overrun", "overruns", "overran", "overrunning"]);
    }

    #[test]
    fn irregular_verbs_come_from_the_table() {
        assert_eq!(verb_forms("meet"), ["meet", "meets", "met", "meeting"]);
        assert_eq!(verb_forms("take"), ["take", "takes", "took", "taken", "taking"]);
        assert_eq!(verb_forms("strike"), ["strike", "strikes", "struck", "stricken", "striking"]);
        assert_eq!(verb_phrase_forms("call for")[2], "called for");
    }

    #[test]
    fn nouns_pluralise_their_last_word() {
        assert_eq!(noun_phrase_forms("air strike"), ["air strike", "air strikes"]);
        assert_eq!(noun_phrase_forms("policy"), ["policy", "policies"]);
        assert_eq!(noun_phrase_forms("crisis"), ["crisis", "crises"]);
        assert_eq!(noun_phrase_forms("talks"), ["talks"]);
        assert_eq!(noun_phrase_forms("embargo"), ["embargo", "embargoes"]);
        assert_eq!(noun_phrase_forms("clash"), ["clash", "clashes"]);
    }

    proptest::proptest! {
        /// Any lower-case word inflects without panicking; its base form comes first, and every
        /// form starts with the word's first letter and is no shorter than the word minus one.
        #[test]
        fn any_word_inflects(word in "[a-z]{1,12}") {
            let forms = verb_forms(&word);
            proptest::prop_assert_eq!(&forms[0], &word);
            for f in &forms {
                proptest::prop_assert!(f.len() + 1 >= word.len(), "{f} from {word}");
            }
            let p = plural(&word);
            proptest::prop_assert!(p.starts_with(&word[..word.len().min(1)]));
        }
    }

    #[test]
    fn past_forms_are_recognised() {
        for w in ["seized", "held", "struck", "taken", "met", "attacked"] {
            assert!(is_past_form(w), "{w}");
        }
        for w in ["attack", "red", "seize", "meeting"] {
            assert!(!is_past_form(w), "{w}");
        }
    }
}
