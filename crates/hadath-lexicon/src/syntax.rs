//! The `.lex` record syntax (see `lexicons/README.md`).
//!
//! Takes the text of one file and gives its records and the errors of the lines it could not
//! read. Never fails as a whole and never panics: a bad line is reported with its number and
//! skipped, the rest of the file is still read.

/// One record: a header line and its field lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub kind: String,
    pub key: String,
    pub fields: Vec<Field>,
    /// 1-based line of the header.
    pub line: u32,
}

/// One field line: `name: value | value`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    pub values: Vec<String>,
    pub line: u32,
}

/// A line that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    pub line: u32,
    pub message: String,
}

impl Record {
    /// All values of the fields called `name`, in order.
    pub fn values<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.fields.iter().filter(move |f| f.name == name).flat_map(|f| f.values.iter().map(String::as_str))
    }

    /// The fields called `name`.
    pub fn fields_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Field> + 'a {
        self.fields.iter().filter(move |f| f.name == name)
    }

    /// The first value of field `name`.
    pub fn first(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|f| f.name == name).and_then(|f| f.values.first()).map(String::as_str)
    }
}

/// Reads all records of one file.
pub fn parse(src: &str) -> (Vec<Record>, Vec<SyntaxError>) {
    let src = src.strip_prefix('\u{FEFF}').unwrap_or(src);
    let mut records: Vec<Record> = Vec::new();
    let mut errors = Vec::new();
    // Set when the current record's header was bad: its fields are skipped without more noise.
    let mut skipping = false;
    for (i, raw) in src.lines().enumerate() {
        let line = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let content = raw.split('#').next().unwrap_or("");
        if content.trim().is_empty() {
            continue;
        }
        let indented = content.starts_with(|c: char| c.is_whitespace());
        if !indented {
            match parse_header(content) {
                Some((kind, key)) => {
                    records.push(Record { kind, key, fields: Vec::new(), line });
                    skipping = false;
                }
                None => {
                    errors.push(SyntaxError { line, message: format!("cannot read record header {:?}", content.trim()) });
                    skipping = true;
                }
            }
            continue;
        }
        if skipping {
            continue;
        }
        let Some(record) = records.last_mut() else {
            errors.push(SyntaxError { line, message: "indented field line before any record header".into() });
            continue;
        };
        match parse_field(content, line) {
            Ok(field) => record.fields.push(field),
            Err(message) => errors.push(SyntaxError { line, message }),
        }
    }
    (records, errors)
}

fn parse_header(content: &str) -> Option<(String, String)> {
    let content = content.trim();
    let (kind, key) = match content.split_once(char::is_whitespace) {
        Some((k, rest)) => (k, rest.trim()),
        None => (content, ""),
    };
    let valid_kind = !kind.is_empty() && kind.chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == '_');
    valid_kind.then(|| (kind.to_string(), key.to_string()))
}

fn parse_field(content: &str, line: u32) -> Result<Field, String> {
    let content = content.trim();
    let Some((name, rest)) = content.split_once(':') else {
        return Err(format!("field line without ':' {content:?}"));
    };
    let name = name.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_')) {
        return Err(format!("bad field name {name:?}"));
    }
    let values: Vec<String> = rest.split('|').map(str::trim).filter(|v| !v.is_empty()).map(str::to_string).collect();
    if values.is_empty() {
        return Err(format!("field {name:?} has no value"));
    }
    Ok(Field { name: name.to_string(), values, line })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_records_and_fields() {
        let src = "# countries\ncountry RUS   # Russia\n    ar: روسيا | روسيا الاتحادية\n\tar.adj: روسي\n\nperson vladimir-putin\n  code: RUSGOV 2012-05-07..\n";
        let (records, errors) = parse(src);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].kind, "country");
        assert_eq!(records[0].key, "RUS");
        assert_eq!(records[0].values("ar").collect::<Vec<_>>(), ["روسيا", "روسيا الاتحادية"]);
        assert_eq!(records[0].first("ar.adj"), Some("روسي"));
        assert_eq!(records[1].fields[0].line, 7);
    }

    #[test]
    fn reports_bad_lines_with_numbers_and_goes_on() {
        let src = "  ar: orphan\nCountry RUS\n  ar: x\ncountry FRA\n  no colon here\n  ar: فرنسا\n  en: |\n";
        let (records, errors) = parse(src);
        assert_eq!(records.len(), 1);
        assert_eq!(records[0].values("ar").collect::<Vec<_>>(), ["فرنسا"]);
        let lines: Vec<u32> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 2, 5, 7]);
    }
}
