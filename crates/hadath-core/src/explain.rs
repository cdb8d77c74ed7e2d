//! A readable account of what the coder saw in each sentence: noun phrases with their codes,
//! triggers with their patterns, cues, dates, clause breaks and the drafts made. For users
//! asking "why was this (not) coded?" (`hadath code --explain`).

use std::fmt::Write;

use hadath_text::{Analysis, Lang, detect_language};

use crate::context::Context;
use crate::events::{Arg, EventStage};
use crate::sentence::{DocView, analyse};
use crate::{Coder, Document};

impl Coder {
    /// Explains how `doc` is read, sentence by sentence.
    pub fn explain(&self, doc: &Document) -> String {
        let lex = self.lexicon();
        // Explaining is for reading: the first megabyte of a document is plenty.
        let end = (0..=doc.text.len().min(1 << 20)).rev().find(|&i| doc.text.is_char_boundary(i)).unwrap_or(0);
        let text = &doc.text[..end];
        let lang = doc.lang.clone().unwrap_or_else(|| detect_language(text).lang);
        let analysis = Analysis::new(text);
        let view = DocView::new(text, &analysis, lex);
        let mut ctx = Context::default();
        let mut out = String::new();
        for (si, s) in analysis.sentences.iter().enumerate() {
            let refer = |head: &'static str| ctx.organisation_for(head, si);
            let surname = |word: &str| ctx.person_by_surname(word);
            let f = analyse(&view, si, s.tokens.clone(), doc.date, &refer, &surname, lang == Lang::English);
            crate::remember_organisations(lex, &view, &f, &mut ctx);
            let _ = writeln!(out, "── sentence {si}: {}", s.span.slice(text));
            let words: Vec<String> = f
                .range
                .clone()
                .map(|i| if f.is_hard(i) { format!("‖ {}", view.raw(i)) } else { view.raw(i).to_string() })
                .collect();
            let _ = writeln!(out, "   clauses: {}", words.join(" "));
            for np in &f.nps {
                let text = analysis.tokens[np.start].span.cover(analysis.tokens[np.end - 1].span).slice(text);
                let code = np.code(lex, doc.date, None).unwrap_or_else(|| "?".into());
                let mut flags = Vec::new();
                if let Some(p) = np.prep {
                    flags.push(format!("prep {p:?}"));
                }
                for (on, name) in [
                    (np.locative, "locative"),
                    (np.agentive, "agentive"),
                    (np.is_place(), "place"),
                    (np.is_modifier(), "modifier"),
                    (np.conj, "و"),
                ] {
                    if on {
                        flags.push(name.to_string());
                    }
                }
                let _ = writeln!(out, "   actor  [{}..{}) {text} = {code} {}", np.start, np.end, flags.join(" "));
            }
            for t in &f.triggers {
                let text = analysis.tokens[t.start].span.cover(analysis.tokens[t.end - 1].span).slice(text);
                let pats: Vec<String> = t
                    .patterns
                    .iter()
                    .map(|&p| {
                        let p = &lex.patterns[p as usize];
                        let obj = if p.object_text.is_empty() { String::new() } else { format!(" +{}", p.object_text.join("|")) };
                        format!("{} {}{obj}", p.code, p.lemma)
                    })
                    .collect();
                let _ = writeln!(out, "   trigger [{}..{}) {text} ({:?}): {}", t.start, t.end, t.form, pats.join("; "));
            }
            let cues: Vec<String> = f.cues.iter().map(|c| format!("{}:{:?}", view.raw(c.start), c.kind)).collect();
            if !cues.is_empty() {
                let _ = writeln!(out, "   cues   {}", cues.join(" "));
            }
            for d in &f.dates {
                let _ = writeln!(out, "   date   [{}..{}) {} ({})", d.start, d.end, d.date, d.basis.as_str());
            }
            let mut stage = EventStage::new(&view, &f, &ctx, doc.date);
            for d in stage.drafts() {
                let show = |a: &Arg| match a {
                    Arg::Np { idx, how } => format!("np{idx}:{how}"),
                    Arg::Remembered { actor, how } => format!("{}:{how}", actor.text),
                    Arg::Place { country, how, role, .. } => format!("{}{role}:{how}", lex.actors[*country as usize].id),
                };
                let srcs: Vec<String> = d.sources.iter().map(show).collect();
                let tgts: Vec<String> = d.targets.iter().map(show).collect();
                let _ = writeln!(
                    out,
                    "   draft  {} {:?} src=[{}] tgt=[{}] {}",
                    d.code,
                    d.modality,
                    srcs.join(", "),
                    tgts.join(", "),
                    d.notes.join("; ")
                );
            }
        }
        out
    }
}
