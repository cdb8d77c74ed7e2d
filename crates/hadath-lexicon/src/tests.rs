//! Tests of lexicon compilation and lookup on small inline lexicons, and of the built-in set.

use std::borrow::Cow;

use hadath_text::Analysis;

use super::*;

fn source(name: &str, text: &str) -> Source {
    Source { name: name.to_string(), text: Cow::Owned(text.to_string()) }
}

fn cameo() -> Source {
    Source {
        name: "codes.tsv".into(),
        text: Cow::Borrowed(
            "code\troot\tquad_class\tgoldstein\tplover\tdescription\n054\t05\t1\t3.5\tSUPPORT\tGrant diplomatic recognition\n163\t16\t3\t-8.0\tREDUCE\tImpose embargo\n",
        ),
    }
}

const SMALL: &str = "
country RUS
    ar: روسيا | روسيا الاتحادية
    ar.adj: روسي
    ar.plural: روس
    en: Russia
    capital: موسكو | Moscow
country USA
    ar: الولايات المتحدة | أمريكا
    ar.adj: أمريكي
org taliban
    ar: طالبان | حركة طالبان
    code: AFGREB ..2021-08-14
    code: AFGGOV 2021-08-15..
person mikhail-gorbachev
    ar: ميخائيل غورباتشوف | غورباتشوف
    code: USRGOV 1985-03-11..1991-12-25
    code: RUSELI
agent GOV
    ar: وزير الخارجية | الحكومة
verb اعترف يعترف
    code: 054
    masdar: اعتراف
    target: ب
verb فرض يفرض
    code: 163
    obj: عقوبات | عقوبة
    target: على
cue negation
    ar: لم | لن
";

fn compile_small() -> Lexicon {
    let (lex, diags) = Lexicon::compile(&[cameo(), source("small.lex", SMALL)]);
    assert!(diags.is_empty(), "{diags:?}");
    lex
}

/// Lexicon phrases found in `text`: (first token, end token, payloads).
fn phrases(lex: &Lexicon, text: &str) -> Vec<(usize, usize, Vec<Payload>)> {
    let a = Analysis::new(text);
    let hits = lex.lookup_all(&a);
    let mut out = Vec::new();
    for i in 0..hits.len() {
        lex.phrases_at(&hits, i, |end, p| out.push((i, end, p.to_vec())));
    }
    out
}

#[test]
fn finds_names_with_clitics_and_article() {
    let lex = compile_small();
    let found = phrases(&lex, "وللولايات المتحدة وبروسيا");
    let usa = lex.actors.iter().position(|a| a.id == "USA").expect("USA") as u32;
    let rus = lex.actors.iter().position(|a| a.id == "RUS").expect("RUS") as u32;
    assert!(found.contains(&(0, 2, vec![Payload::Actor(usa)])), "{found:?}");
    // "روسيا" is also the accusative of the nisba روسي ("روسيًا"); the coder prefers the name.
    assert!(found.iter().any(|(s, e, p)| (*s, *e) == (2, 3) && p.contains(&Payload::Actor(rus))), "{found:?}");
}

#[test]
fn nisba_forms_are_generated() {
    let lex = compile_small();
    let rus = lex.actors.iter().position(|a| a.id == "RUS").expect("RUS") as u32;
    for (text, plural) in [("الروسية", false), ("الروسي", false), ("الروس", true), ("روسيين", true)] {
        let found = phrases(&lex, text);
        assert_eq!(found, vec![(0, 1, vec![Payload::Nisba { actor: rus, plural }])], "{text}");
    }
}

#[test]
fn verb_forms_and_masdar_trigger_the_pattern() {
    let lex = compile_small();
    for text in ["اعترفت", "يعترفوا", "وتعترف", "الاعتراف", "باعتراف"] {
        let found = phrases(&lex, text);
        assert!(found.iter().any(|(_, _, p)| p.iter().any(|x| matches!(x, Payload::Trigger { .. }))), "{text}: {found:?}");
    }
    let p = lex.patterns.iter().find(|p| p.code == "163").expect("163");
    let ids = |w: &str| vec![lex.word_id(&hadath_text::normalize::normalize(w)).expect("object word")];
    assert!(p.objects.contains(&ids("عقوبات")) && p.objects.contains(&ids("عقوبتين")), "{:?}", p.objects);
}

#[test]
fn multiword_phrases_do_not_cross_conjunctions() {
    let lex = compile_small();
    // "وزير الخارجية" is one agent; "روسيا والاتحادية" is not "روسيا الاتحادية".
    let found = phrases(&lex, "وزير الخارجية");
    assert!(found.iter().any(|(s, e, _)| (*s, *e) == (0, 2)));
    let found = phrases(&lex, "روسيا والاتحادية");
    assert!(!found.iter().any(|(s, e, _)| (*s, *e) == (0, 2)));
}

#[test]
fn dated_codes() {
    let lex = compile_small();
    let taliban = lex.actors.iter().find(|a| a.id == "taliban").expect("taliban");
    assert_eq!(taliban.code_at(PartialDate::parse("2025-07-04")), "AFGGOV");
    assert_eq!(taliban.code_at(PartialDate::parse("2001")), "AFGREB");
    assert_eq!(taliban.code_at(None), "AFGGOV");
    let gorbachev = lex.actors.iter().find(|a| a.id == "mikhail-gorbachev").expect("gorbachev");
    assert_eq!(gorbachev.code_at(PartialDate::parse("1989")), "USRGOV");
    assert_eq!(gorbachev.code_at(PartialDate::parse("1995")), "RUSELI");
}

#[test]
fn bad_entries_are_reported_with_file_and_line() {
    let bad = "country russia\n    ar: روسيا\nverb قال يقول\n    code: 999\norg x\n    ar: س\nwhatever K\n";
    let (_, diags) = Lexicon::compile(&[cameo(), source("bad.lex", bad)]);
    let lines: Vec<u32> = diags.iter().map(|d| d.line).collect();
    assert_eq!(lines, [1, 3, 5, 7], "{diags:?}");
    assert!(diags.iter().all(|d| d.file == "bad.lex"));
    assert!(diags[0].to_string().starts_with("bad.lex:1: "));
}

#[test]
fn later_sources_override_entries() {
    let user = "org taliban\n    ar: طالبان\n    code: AFGINS\n";
    let (lex, diags) = Lexicon::compile(&[cameo(), source("small.lex", SMALL), source("user.lex", user)]);
    assert!(diags.is_empty(), "{diags:?}");
    let talibans: Vec<_> = lex.actors.iter().filter(|a| a.id == "taliban").collect();
    assert_eq!(talibans.len(), 1);
    assert_eq!(talibans[0].code_at(None), "AFGINS");
}

#[test]
fn builtin_lexicons_load_cleanly() {
    let (lex, diags) = Lexicon::builtin();
    assert!(
        diags.is_empty(),
        "built-in lexicon problems:\n{}",
        diags.iter().map(|d| d.to_string()).collect::<Vec<_>>().join("\n")
    );
    assert!(lex.cameo.len() > 300);
}

#[test]
fn sets_expand_in_values_of_any_record() {
    let src = "
set SANCTIONS
    en: sanctions | embargo | total boycott
set TIES
    en: military | economic
verb impose
    form: imposes | imposed
    code: 163
    obj: &SANCTIONS | new &TIES sanctions
agent GOV
    en: &OFFICIALS
set OFFICIALS
    en: official | officials
";
    let (lex, diags) = Lexicon::compile(&[cameo(), source("sets.lex", src)]);
    assert!(diags.is_empty(), "{diags:?}");
    let p = lex.patterns.iter().find(|p| p.code == "163").expect("163");
    assert_eq!(p.object_text, ["sanctions", "embargo", "total boycott", "new military sanctions", "new economic sanctions"]);
    // English objects also match with their last word in the plural ("embargoes").
    assert_eq!(p.objects.len(), 7);
    assert_eq!(lex.agents.iter().filter(|a| a.role == "GOV").count(), 2, "a set defined after its use");
    let found = phrases(&lex, "imposed");
    assert!(found.iter().any(|(_, _, p)| p.iter().any(|x| matches!(x, Payload::Trigger { .. }))));
}

#[test]
fn unknown_sets_are_reported_at_the_field_line() {
    let src = "verb impose\n    code: 163\n    obj: &NOPE | sanctions\nset LOOP\n    en: &LOOP\n";
    let (lex, diags) = Lexicon::compile(&[cameo(), source("bad-sets.lex", src)]);
    let found: Vec<(u32, bool)> = diags.iter().map(|d| (d.line, d.message.contains("&"))).collect();
    assert_eq!(found, [(3, true), (5, true)], "{diags:?}");
    let p = lex.patterns.iter().find(|p| p.code == "163").expect("the rest of the record is kept");
    assert_eq!(p.object_text, ["sanctions"]);
}

#[test]
fn event_code_records_add_private_codes() {
    let src = "
event-code 174K
    description: a dictionary's own code
event-code 9031
    quad: 2
    goldstein: 1.5
    plover: COOPERATE
event-code 054
event-code 7x
event-code 223
verb free
    code: 174K
";
    let cameo = Source {
        name: "codes.tsv".into(),
        text: Cow::Borrowed(
            "code\troot\tquad_class\tgoldstein\tplover\tdescription\n17\t17\t4\t-7.0\tCOERCE\tCOERCE\n054\t05\t1\t3.5\tSUPPORT\tGrant diplomatic recognition\n",
        ),
    };
    let (lex, diags) = Lexicon::compile(&[cameo, source("codes.lex", src)]);
    let lines: Vec<u32> = diags.iter().map(|d| d.line).collect();
    assert_eq!(lines, [8, 9], "the CAMEO code 054 cannot be redefined, 7x is no code: {diags:?}");
    assert_eq!(lex.cameo.get("223").map(|c| c.quad_class), Some(0), "quad class unknown for an unknown root");
    let k = lex.cameo.get("174K").expect("174K");
    assert_eq!((k.root.as_str(), k.quad_class, k.plover.as_str()), ("17", 4, ""));
    let c = lex.cameo.get("9031").expect("9031");
    assert_eq!((c.quad_class, c.goldstein, c.plover.as_str()), (2, 1.5, "COOPERATE"));
    assert!(lex.patterns.iter().any(|p| p.code == "174K"), "a pattern may use the private code");
}

#[test]
fn english_possessives_and_hyphenated_names_keep_their_name() {
    let src = "country GBR\n    en: Britain\n    en.adj: British\ncountry IRN\n    en: Iran\n";
    let (lex, diags) = Lexicon::compile(&[cameo(), source("e.lex", src)]);
    assert!(diags.is_empty(), "{diags:?}");
    let named = |text: &str| phrases(&lex, text).into_iter().any(|(s, e, _)| (s, e) == (0, 1));
    assert!(named("Iran's minister"), "possessive");
    assert!(named("British-flagged tanker"), "a name before a hyphen");
    assert!(!named("Brit-ish tanker"), "an unknown head stays unknown");
}
