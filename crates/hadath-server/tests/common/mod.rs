//! Shared by the server's tests: a small store coded from the Arabic test corpus (plus one
//! hostile article), and the coder `hadath serve` uses.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hadath_cli::input::{Input, read_all};
use hadath_cli::output::{CharOffsets, event_record};
use hadath_cli::stored::new_document;
use hadath_core::{Coder, Document, Options};
use hadath_lexicon::{Lexicon, PartialDate};
use hadath_server::{Coding, TextCoder};
use hadath_store::Store;

/// The outlet of the hostile article.
pub const XSS_OUTLET: &str = "xss-test";

/// Text that would run script if it were ever treated as markup; an astral-plane character
/// first, so that highlights computed in UTF-16 units instead of characters land wrong.
pub const XSS_TEXT: &str = "😀 <script>window.__pwned = 1</script> وصل وزير الخارجية الأردني أيمن الصفدي أمس الاثنين إلى دمشق في زيارة رسمية. \
     <img src=x onerror=\"window.__pwned = 2\"> وأدانت وزارة الخارجية المصرية الغارات الإسرائيلية على جنوب لبنان.";

pub fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../hadath-core/tests/corpus/ar/articles.jsonl")
}

pub fn lexicon() -> Arc<Lexicon> {
    let (lex, _) = Lexicon::compile(&hadath_lexicon::builtin_sources());
    Arc::new(lex)
}

/// A fresh directory under the target's temporary directory.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hadath-server-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Codes the corpus and the hostile article into a new store at `dir/test.db`.
pub fn build_store(dir: &Path, lex: &Arc<Lexicon>) -> PathBuf {
    let db = dir.join("test.db");
    let coder = Coder::new(Arc::clone(lex), Options::default());
    let mut docs: Vec<Document> = Vec::new();
    read_all(&[corpus()], None, |input| {
        if let Input::Doc(d) = input {
            docs.push(*d);
        }
    });
    assert!(docs.len() >= 30, "corpus read: {} documents", docs.len());
    docs.push(Document {
        id: "xss".into(),
        text: XSS_TEXT.into(),
        date: PartialDate::parse("2025-03-11"),
        title: Some("<b>bold</b> <script>window.__pwned = 3</script>".into()),
        url: Some("javascript:window.__pwned = 4".into()),
        source: Some(XSS_OUTLET.into()),
        lang: None,
    });
    let rows: Vec<_> = docs.iter().map(|d| new_document(d, &coder.code(d), "test")).collect();
    let mut store = Store::open(&db).expect("open store");
    store.add_batch(&rows).expect("store");
    db
}

/// The coder as `hadath serve` wraps it.
pub struct TestCoder {
    pub coder: Coder,
    pub lex: Arc<Lexicon>,
}

impl TextCoder for TestCoder {
    fn code(&self, text: &str, date: Option<&str>) -> Result<Coding, String> {
        let date = match date {
            Some(d) => Some(PartialDate::parse(d).ok_or_else(|| format!("{d:?} is not a date"))?),
            None => None,
        };
        let doc = Document { id: "pasted".into(), text: text.into(), date, title: None, url: None, source: None, lang: None };
        let coded = self.coder.code(&doc);
        let offsets = CharOffsets::new(text);
        Ok(Coding {
            lang: coded.lang.as_ref().map(|l| l.code().to_string()),
            sentences: coded.sentences,
            records: coded.events.iter().filter_map(|e| event_record(text, &offsets, e).ok()).collect(),
            diagnostics: coded.diagnostics,
        })
    }

    fn describe(&self, code: &str) -> Option<String> {
        self.lex.cameo.get(code).map(|c| c.description.clone())
    }
}

pub fn coder(lex: &Arc<Lexicon>) -> Arc<dyn TextCoder> {
    Arc::new(TestCoder { coder: Coder::new(Arc::clone(lex), Options::default()), lex: Arc::clone(lex) })
}

/// A store and a server over it on a free loopback port.
pub fn serve(name: &str) -> (hadath_server::Running, PathBuf) {
    let dir = scratch(name);
    let lex = lexicon();
    let db = build_store(&dir, &lex);
    let mut config = hadath_server::Config::new(db, Some(coder(&lex)));
    config.addr = "127.0.0.1:0".parse().expect("addr");
    (hadath_server::start(config).expect("start server"), dir)
}

/// The id of the stored document with this key.
pub fn document_id(db: &Path, key: &str) -> i64 {
    let store = Store::open_read_only(db).expect("open store");
    (1..1000)
        .find(|&id| store.document(id).expect("read").is_some_and(|d| d.key == key))
        .unwrap_or_else(|| panic!("no document {key}"))
}
