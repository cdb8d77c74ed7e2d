//! The CAMEO event-code table (`lexicons/cameo/codes.tsv`): root, quad class, Goldstein value,
//! PLOVER category and description of every code.

use rustc_hash::FxHashMap;

/// One CAMEO event code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub root: String,
    /// 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: u8,
    pub goldstein: f32,
    /// PLOVER category; empty for codes PLOVER has none for (01 statements).
    pub plover: String,
    pub description: String,
}

/// All CAMEO codes by code.
#[derive(Debug, Clone, Default)]
pub struct CameoTable {
    codes: FxHashMap<String, CameoCode>,
}

impl CameoTable {
    /// Reads the TSV; returns the table and the lines it could not read.
    pub fn parse(src: &str) -> (CameoTable, Vec<(u32, String)>) {
        let mut codes = FxHashMap::default();
        let mut errors = Vec::new();
        for (i, line) in src.lines().enumerate() {
            let line_no = u32::try_from(i + 1).unwrap_or(u32::MAX);
            if line.starts_with('#') || line.starts_with("code\t") || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            let parsed = (f.len() == 6).then(|| Some((f[2].parse::<u8>().ok()?, f[3].parse::<f32>().ok()?))).flatten();
            match parsed {
                Some((quad_class, goldstein)) if is_code(f[0]) => {
                    let code = CameoCode {
                        code: f[0].to_string(),
                        root: f[1].to_string(),
                        quad_class,
                        goldstein,
                        plover: f[4].to_string(),
                        description: f[5].to_string(),
                    };
                    codes.insert(code.code.clone(), code);
                }
                _ => errors.push((line_no, format!("cannot read CAMEO code line {line:?}"))),
            }
        }
        (CameoTable { codes }, errors)
    }

    pub fn get(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    pub fn contains(&self, code: &str) -> bool {
        self.codes.contains_key(code)
    }

    /// Adds a code (a lexicon's `event-code` record); an existing code is kept.
    pub fn insert(&mut self, code: CameoCode) {
        self.codes.entry(code.code.clone()).or_insert(code);
    }

    /// All codes, in no particular order.
    pub fn iter(&self) -> impl Iterator<Item = &CameoCode> {
        self.codes.values()
    }

    pub fn len(&self) -> usize {
        self.codes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.codes.is_empty()
    }

    /// The code with a normalised spelling: two-digit roots become their `0` code ("19" → "190").
    pub fn canonical<'a>(&'a self, code: &'a str) -> &'a str {
        if code.len() == 2 {
            let zero = format!("{code}0");
            if let Some(c) = self.codes.get(&zero) {
                return &c.code;
            }
        }
        code
    }
}

fn is_code(s: &str) -> bool {
    (2..=4).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}
