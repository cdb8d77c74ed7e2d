//! PETRARCH/TABARI dictionaries → hadath lexicons.
//!
//! Takes the files of a PETRARCH dictionary directory (verb patterns, actors, agents, discards,
//! issues; see `shared/anchors/docs/dictionaries.rst`) and gives `.lex` texts that hadath's
//! lexicon loader reads without a diagnostic, plus a [`Report`] in which every entry read is
//! counted as converted, approximated (nearest form hadath can express, with the reason) or
//! skipped (with the reason). Malformed lines are reported with their file and line.
//!
//! Never panics on input and never fails as a whole: only reading the directory can fail
//! ([`ImportError`]). The conversion itself is pure ([`convert`]), so tests and fuzz targets
//! call it on strings.

mod actors;
mod agents;
mod discards;
pub mod english;
mod issues;
mod lexwrite;
mod read;
pub mod report;
mod verbs;

use std::borrow::Cow;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

use hadath_lexicon::{CameoTable, Source};

pub use report::{Entry, Outcome, Report};

/// One dictionary file: its name (for the report and comments) and text.
#[derive(Debug, Clone)]
pub struct InputFile {
    pub name: String,
    pub text: String,
}

/// One converted `.lex` file.
#[derive(Debug, Clone)]
pub struct OutputFile {
    /// File name of the `.lex` file (`CAMEO.2.0.lex`).
    pub name: String,
    /// The input it was converted from.
    pub from: String,
    pub text: String,
}

/// The result of an import.
#[derive(Debug, Clone, Default)]
pub struct Import {
    pub files: Vec<OutputFile>,
    pub report: Report,
}

/// Reading a dictionary directory failed.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("cannot read PETRARCH dictionaries in {path}: {source}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} holds no PETRARCH dictionary (.txt verb, actor, agent, discard or issue files)")]
    Empty { path: PathBuf },
}

/// The kinds of PETRARCH dictionary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictKind {
    Verbs,
    Actors,
    Agents,
    Discards,
    Issues,
}

impl DictKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DictKind::Verbs => "verb dictionary",
            DictKind::Actors => "actor dictionary",
            DictKind::Agents => "agent dictionary",
            DictKind::Discards => "discard list",
            DictKind::Issues => "issue dictionary",
        }
    }
}

/// What kind of dictionary a file is: by its name (`*verbs*`, `CAMEO*`, `*actors*`,
/// `*agents*`, `*discards*`, `*issue*`), else by its content; None if neither tells.
pub fn dict_kind(name: &str, text: &str) -> Option<DictKind> {
    let lower = name.rsplit(['/', '\\']).next().unwrap_or(name).to_ascii_lowercase();
    if lower.contains("verb") || lower.starts_with("cameo") {
        return Some(DictKind::Verbs);
    }
    if lower.contains("actor") {
        return Some(DictKind::Actors);
    }
    if lower.contains("agent") {
        return Some(DictKind::Agents);
    }
    if lower.contains("discard") {
        return Some(DictKind::Discards);
    }
    if lower.contains("issue") {
        return Some(DictKind::Issues);
    }
    let lines = read::lines(text, false);
    if lines.iter().any(|l| l.content.trim_start().starts_with("---") && l.content.trim_end().ends_with("---")) {
        Some(DictKind::Verbs)
    } else if lines.iter().any(|l| l.content.contains("[~") || l.content.contains("~]")) {
        Some(DictKind::Agents)
    } else if lines.iter().any(|l| l.content.trim_start().starts_with("<ISSUE")) {
        Some(DictKind::Issues)
    } else {
        None
    }
}

/// The CAMEO table of the built-in lexicons (which codes are CAMEO and which are private).
pub fn builtin_cameo() -> CameoTable {
    hadath_lexicon::builtin_sources()
        .iter()
        .find(|s| s.name.ends_with("codes.tsv"))
        .map(|s| CameoTable::parse(&s.text).0)
        .unwrap_or_default()
}

/// Converts dictionary files. `cameo` says which event codes are CAMEO codes; others are
/// declared as `event-code` records.
pub fn convert(inputs: &[InputFile], cameo: &CameoTable) -> Import {
    let mut import = Import::default();
    let mut slugs: HashSet<String> = HashSet::new();
    let mut names: HashSet<String> = HashSet::new();
    for input in inputs {
        let short = input.name.rsplit(['/', '\\']).next().unwrap_or(&input.name).to_string();
        let Some(kind) = dict_kind(&short, &input.text) else {
            import.report.ignored.push((short, "not recognised as a PETRARCH dictionary".into()));
            continue;
        };
        import.report.files.push((short.clone(), kind.as_str()));
        let report = &mut import.report;
        let text = match kind {
            DictKind::Verbs => verbs::convert(&short, &input.text, cameo, report),
            DictKind::Actors => actors::convert(&short, &input.text, &mut slugs, report),
            DictKind::Agents => agents::convert(&short, &input.text, report),
            DictKind::Discards => discards::convert(&short, &input.text, report),
            DictKind::Issues => {
                issues::convert(&short, &input.text, report);
                continue;
            }
        };
        let stem = short.strip_suffix(".txt").unwrap_or(&short);
        let mut name = format!("{stem}.lex");
        let mut n = 1;
        while !names.insert(name.clone()) {
            n += 1;
            name = format!("{stem}.{n}.lex");
        }
        import.files.push(OutputFile { name, from: input.name.clone(), text });
    }
    import
}

/// A file of a directory that was not read as a dictionary, with the reason.
pub type Ignored = (String, String);

/// Reads the `.txt` files of `dir` (not recursively), in name order; other files are
/// returned as ignored with the reason. Invalid UTF-8 is replaced and noted.
pub fn read_dir(dir: &Path) -> Result<(Vec<InputFile>, Vec<Ignored>), ImportError> {
    let err = |source| ImportError::Read { path: dir.to_path_buf(), source };
    let mut paths: Vec<PathBuf> = Vec::new();
    if dir.is_file() {
        paths.push(dir.to_path_buf());
    } else {
        for entry in std::fs::read_dir(dir).map_err(err)? {
            paths.push(entry.map_err(err)?.path());
        }
    }
    paths.sort();
    let mut inputs = Vec::new();
    let mut ignored = Vec::new();
    for path in paths {
        let name = path.display().to_string();
        if path.is_dir() {
            ignored.push((name, "a directory (not read)".into()));
            continue;
        }
        if path.extension().and_then(|e| e.to_str()) != Some("txt") {
            ignored.push((name, "not a .txt dictionary file".into()));
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|source| ImportError::Read { path: path.clone(), source })?;
        let text = match String::from_utf8_lossy(&bytes) {
            Cow::Borrowed(s) => s.to_string(),
            Cow::Owned(s) => {
                ignored.push((name.clone(), "invalid UTF-8 bytes replaced by U+FFFD (file still read)".into()));
                s
            }
        };
        inputs.push(InputFile { name, text });
    }
    Ok((inputs, ignored))
}

/// Reads and converts the dictionaries of `dir` against the built-in CAMEO table.
pub fn import_dir(dir: &Path) -> Result<Import, ImportError> {
    let (inputs, ignored) = read_dir(dir)?;
    let mut import = convert(&inputs, &builtin_cameo());
    let short = |p: &str| p.rsplit(['/', '\\']).next().unwrap_or(p).to_string();
    import.report.ignored.extend(ignored.into_iter().map(|(p, why)| (short(&p), why)));
    if import.report.files.is_empty() {
        return Err(ImportError::Empty { path: dir.to_path_buf() });
    }
    Ok(import)
}

impl Import {
    /// The converted files as lexicon sources, named after the files they came from.
    pub fn sources(&self) -> Vec<Source> {
        self.files
            .iter()
            .map(|f| Source { name: format!("{} (converted to {})", f.from, f.name), text: Cow::Owned(f.text.clone()) })
            .collect()
    }

    /// Writes the `.lex` files and `IMPORT-REPORT.txt` into `out` (created if needed).
    pub fn write_to(&self, out: &Path) -> std::io::Result<()> {
        std::fs::create_dir_all(out)?;
        for f in &self.files {
            std::fs::write(out.join(&f.name), &f.text)?;
        }
        std::fs::write(out.join("IMPORT-REPORT.txt"), self.report.to_text())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input(name: &str, text: &str) -> InputFile {
        InputFile { name: name.into(), text: text.into() }
    }

    #[test]
    fn kinds_by_name_and_content() {
        assert_eq!(dict_kind("CAMEO.2.0.txt", ""), Some(DictKind::Verbs));
        assert_eq!(dict_kind("PETR.Validate.agents.txt", ""), Some(DictKind::Agents));
        assert_eq!(dict_kind("x.txt", "--- A [010] ---\nA\n"), Some(DictKind::Verbs));
        assert_eq!(dict_kind("x.txt", "hello"), None);
    }

    #[test]
    fn a_small_directory_converts_and_loads_cleanly() {
        let inputs = [
            input(
                "t.verbs.txt",
                "&FOOD\n+RICE\n--- GIVE [070] ---\nGIVE {GIVES GAVE GIVEN}\n- * &FOOD [073]\n- * (TO) [042:043]\n- SAID * [010]\n- * X [174K]\n",
            ),
            input("t.actors.txt", "ARNOR_ [ARN]\nGONDOR [GON]\n+MINAS_TIRITH\n"),
            input("t.agents.txt", "GOVERNMENT [~GOV]\n"),
            input("t.discards.txt", "BASEBALL\n"),
            input("t.issues.txt", "<ISSUE CATEGORY=\"X\">\nn:school [SCHOOLS]\n</ISSUE>\n"),
            input("README.txt", "nothing here"),
        ];
        let import = convert(&inputs, &builtin_cameo());
        assert_eq!(import.files.len(), 4);
        let mut sources = hadath_lexicon::builtin_sources();
        sources.extend(import.sources());
        let (lex, diags) = hadath_lexicon::Lexicon::compile(&sources);
        assert!(diags.is_empty(), "{diags:?}\n{}", import.files[0].text);
        assert!(lex.patterns.iter().any(|p| p.code == "073" && p.object_text.contains(&"rices".to_string())));
        assert!(lex.patterns.iter().any(|p| p.code == "174K"));
        assert!(lex.cameo.get("174K").is_some());
        let r = &import.report;
        assert_eq!(r.ignored.len(), 1);
        assert_eq!(r.total(Outcome::Skipped), 4, "{}", r.to_text());
        assert!(r.summary().contains("174K (1)"));
    }
}
