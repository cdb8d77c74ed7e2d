//! Exports: the GDELT 2.0 Events and Mentions tables (tab-separated, with the published column
//! names as a header row so DuckDB and pandas pick them up), CSV with a header, JSONL, and the
//! original event records. hadath's own fields that GDELT has no column for (partial dates and
//! how they were found, PLOVER, actor texts) go to a second file keyed by GLOBALEVENTID.

use std::io::{self, Write};

use rusqlite::types::Value;

use crate::query::EventFilter;
use crate::{Result, Store};

/// GDELT 2.0 event table columns, in order (61).
pub const GDELT_EVENT_COLUMNS: [&str; 61] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// GDELT 2.0 mentions table columns, in order (16).
pub const GDELT_MENTION_COLUMNS: [&str; 16] = [
    "GLOBALEVENTID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// hadath's fields beside a GDELT event row.
pub const GDELT_EXTRA_COLUMNS: [&str; 8] =
    ["GLOBALEVENTID", "Date", "DatePrecision", "Plover", "Actor1Text", "Actor2Text", "Document", "Sentence"];

/// Event table columns of the CSV and JSONL exports.
pub const EVENT_COLUMNS: [&str; 15] = [
    "id",
    "date",
    "source",
    "target",
    "code",
    "root",
    "quad_class",
    "goldstein",
    "plover",
    "num_mentions",
    "num_articles",
    "num_sources",
    "document",
    "url",
    "sentence",
];

/// Codes that name a class of actor rather than a country (`IGOUNO`: the UN; `IMGMUSISI`).
const NON_STATE: [&str; 5] = ["IGO", "IMG", "NGO", "MNC", "INT"];

/// The parts of an actor code GDELT keeps apart: country, known group, first role.
fn split_code(code: &str) -> (String, String, String) {
    let head = code.get(..3).unwrap_or("");
    if code.len() < 3 {
        return (String::new(), String::new(), String::new());
    }
    let rest = code.get(3..).unwrap_or("");
    if NON_STATE.contains(&head) {
        // IGO + known group (UNO, ARL...), or IMG + religion + group.
        let group = rest.get(rest.len().saturating_sub(3)..).unwrap_or("").to_string();
        return (String::new(), group, head.to_string());
    }
    (head.to_string(), String::new(), rest.get(..3).unwrap_or("").to_string())
}

/// GDELT's integer date fields for a partial date: (SQLDATE, MonthYear, Year, FractionDate),
/// a missing month or day taken as the first; empty strings without a date.
fn gdelt_dates(date: &str) -> [String; 4] {
    let year = date.get(..4).and_then(|y| y.parse::<u32>().ok());
    let Some(year) = year else { return Default::default() };
    let month = date.get(5..7).and_then(|m| m.parse::<u32>().ok()).unwrap_or(1);
    let day = date.get(8..10).and_then(|d| d.parse::<u32>().ok()).unwrap_or(1);
    let fraction = f64::from(year) + f64::from(month * 30 + day) / 365.0;
    [format!("{year:04}{month:02}{day:02}"), format!("{year:04}{month:02}"), format!("{year:04}"), format!("{fraction:.4}")]
}

fn precision(date: &str) -> &'static str {
    match date.len() {
        0 => "none",
        4 => "year",
        7 => "month",
        _ => "day",
    }
}

/// `2025-07-04T10:20:30Z` as GDELT's `20250704102030`.
fn gdelt_timestamp(iso: &str) -> String {
    iso.chars().filter(char::is_ascii_digit).take(14).collect()
}

/// A field that cannot break a tab-separated line.
fn tsv(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn write_tsv(out: &mut impl Write, fields: &[&str]) -> io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b"\t")?;
        }
        out.write_all(tsv(f).as_bytes())?;
    }
    out.write_all(b"\n")
}

/// Writes one CSV row (RFC 4180 quoting and line end).
pub fn write_csv_row(out: &mut impl Write, fields: &[&str]) -> io::Result<()> {
    write_csv_fields(out, fields)?;
    out.write_all(b"\r\n")
}

/// Writes the fields of one CSV row, quoted where RFC 4180 needs it, without the line end.
pub fn write_csv_fields(out: &mut impl Write, fields: &[&str]) -> io::Result<()> {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        if f.contains([',', '"', '\n', '\r']) {
            write!(out, "\"{}\"", f.replace('"', "\"\""))?;
        } else {
            out.write_all(f.as_bytes())?;
        }
    }
    Ok(())
}

/// A first report of an event, for GDELT's names and URL.
struct FirstReport {
    source_text: String,
    target_text: String,
    document: String,
    url: Option<String>,
    added_at: String,
    sentence_index: i64,
    sentence: String,
    /// The reporting document's publication date, or "".
    published: String,
}

impl FirstReport {
    /// The date GDELT columns show for an event the text gives no date for, and its kind:
    /// the report's publication date, else the day it was stored.
    fn fallback_date(&self) -> (&str, &'static str) {
        if self.published.is_empty() {
            (self.added_at.get(..10).unwrap_or(""), "stored")
        } else {
            (self.published.as_str(), "publication")
        }
    }
}

impl Store {
    /// Writes the selected events as CSV (with a header).
    pub fn export_csv(&self, filter: &EventFilter, out: &mut impl Write) -> Result<usize> {
        let rows = self.query_events(filter)?;
        write_csv_row(out, &EVENT_COLUMNS)?;
        for r in &rows {
            let fields = [
                r.id.to_string(),
                r.date.clone(),
                r.source.clone(),
                r.target.clone(),
                r.code.clone(),
                r.root.clone(),
                r.quad_class.to_string(),
                r.goldstein.to_string(),
                r.plover.clone(),
                r.num_mentions.to_string(),
                r.num_articles.to_string(),
                r.num_sources.to_string(),
                r.document.clone(),
                r.url.clone().unwrap_or_default(),
                r.sentence.clone(),
            ];
            let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
            write_csv_row(out, &refs)?;
        }
        Ok(rows.len())
    }

    /// Writes the selected events as JSON lines.
    pub fn export_jsonl(&self, filter: &EventFilter, out: &mut impl Write) -> Result<usize> {
        let rows = self.query_events(filter)?;
        for r in &rows {
            serde_json::to_writer(&mut *out, r).map_err(io::Error::from)?;
            out.write_all(b"\n")?;
        }
        Ok(rows.len())
    }

    /// Writes the event records (as `hadath code --format jsonl` printed them) of every
    /// mention of the selected events.
    pub fn export_records(&self, filter: &EventFilter, out: &mut impl Write) -> Result<usize> {
        let ids: Vec<i64> =
            self.query_events(&EventFilter { limit: filter.limit, ..filter.clone() })?.iter().map(|r| r.id).collect();
        let mut stmt = self.conn().prepare_cached("SELECT record FROM mentions WHERE event_id = ?1 ORDER BY id")?;
        let mut n = 0;
        for id in ids {
            let records = stmt.query_map([id], |r| r.get::<_, String>(0))?;
            for record in records {
                out.write_all(record?.as_bytes())?;
                out.write_all(b"\n")?;
                n += 1;
            }
        }
        Ok(n)
    }

    /// Writes the GDELT 2.0 event table, and hadath's extra fields beside it.
    pub fn export_gdelt_events(&self, filter: &EventFilter, events: &mut impl Write, extras: &mut impl Write) -> Result<usize> {
        let rows = self.query_events(filter)?;
        write_tsv(events, &GDELT_EVENT_COLUMNS)?;
        write_tsv(extras, &GDELT_EXTRA_COLUMNS)?;
        for r in &rows {
            let first = self.first_report(r.id)?;
            // GDELT dates every event; an event whose text gives no date takes the publication
            // date of its first report, and the extras file says so.
            // With no publication date either, the day it was stored (GDELT's own practice:
            // the day the article was seen).
            let (date, precision) = if r.date.is_empty() { first.fallback_date() } else { (r.date.as_str(), precision(&r.date)) };
            let [sqldate, month_year, year, fraction] = gdelt_dates(date);
            let (c1, g1, t1) = split_code(&r.source);
            let (c2, g2, t2) = split_code(&r.target);
            let id = r.id.to_string();
            let base = r.code.get(..3).unwrap_or(&r.code).to_string();
            let is_root = if first.sentence_index <= 2 { "1" } else { "0" };
            let mut fields: Vec<String> = vec![
                id.clone(),
                sqldate,
                month_year,
                year,
                fraction,
                r.source.clone(),
                first.source_text.clone(),
                c1,
                g1,
                String::new(),
                String::new(),
                String::new(),
                t1,
                String::new(),
                String::new(),
                r.target.clone(),
                first.target_text.clone(),
                c2,
                g2,
                String::new(),
                String::new(),
                String::new(),
                t2,
                String::new(),
                String::new(),
                is_root.into(),
                r.code.clone(),
                base,
                r.root.clone(),
                r.quad_class.to_string(),
                format!("{:.1}", r.goldstein),
                r.num_mentions.to_string(),
                r.num_sources.to_string(),
                r.num_articles.to_string(),
                "0".into(),
            ];
            // Actor1, Actor2 and Action geography: not resolved (type 0, the rest empty).
            for _ in 0..3 {
                fields.push("0".into());
                fields.extend(std::iter::repeat_n(String::new(), 7));
            }
            fields.push(gdelt_timestamp(&first.added_at));
            fields.push(first.url.clone().unwrap_or_else(|| first.document.clone()));
            let refs: Vec<&str> = fields.iter().map(String::as_str).collect();
            write_tsv(events, &refs)?;
            let extra = [
                id.as_str(),
                r.date.as_str(),
                precision,
                r.plover.as_str(),
                first.source_text.as_str(),
                first.target_text.as_str(),
                first.document.as_str(),
                first.sentence.as_str(),
            ];
            write_tsv(extras, &extra)?;
        }
        Ok(rows.len())
    }

    /// Writes the GDELT 2.0 mentions table of the selected events.
    pub fn export_gdelt_mentions(&self, filter: &EventFilter, out: &mut impl Write) -> Result<usize> {
        let ids: Vec<(i64, String)> = self.query_events(filter)?.into_iter().map(|r| (r.id, r.date)).collect();
        write_tsv(out, &GDELT_MENTION_COLUMNS)?;
        let mut stmt = self.conn().prepare_cached(
            "SELECT d.added_at, coalesce(d.source, ''), coalesce(d.url, d.key), m.sentence_index, m.source_start,
                    coalesce(m.target_start, -1), m.trigger_start, length(d.text)
             FROM mentions m JOIN documents d ON d.id = m.document_id WHERE m.event_id = ?1 ORDER BY m.id",
        )?;
        let mut n = 0;
        for (id, mut date) in ids {
            if date.is_empty() {
                // As in the event table: an undated event takes its first report's date.
                date = self.first_report(id)?.fallback_date().0.to_string();
            }
            let event_time = match gdelt_dates(&date) {
                [d, ..] if !d.is_empty() => format!("{d}000000"),
                _ => String::new(),
            };
            let rows = stmt.query_map([id], |r| {
                Ok([
                    gdelt_timestamp(&r.get::<_, String>(0)?),
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                    (r.get::<_, i64>(3)? + 1).to_string(),
                    r.get::<_, i64>(4)?.to_string(),
                    r.get::<_, i64>(5)?.to_string(),
                    r.get::<_, i64>(6)?.to_string(),
                    r.get::<_, i64>(7)?.to_string(),
                ])
            })?;
            for row in rows {
                let [mention_time, outlet, identifier, sentence, a1, a2, action, doc_len] = row?;
                let id = id.to_string();
                let fields = [
                    id.as_str(),
                    event_time.as_str(),
                    mention_time.as_str(),
                    "1",
                    outlet.as_str(),
                    identifier.as_str(),
                    sentence.as_str(),
                    a1.as_str(),
                    a2.as_str(),
                    action.as_str(),
                    "1",
                    "100",
                    doc_len.as_str(),
                    "0",
                    "",
                    "",
                ];
                write_tsv(out, &fields)?;
                n += 1;
            }
        }
        Ok(n)
    }

    fn first_report(&self, event_id: i64) -> Result<FirstReport> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT m.source_text, coalesce(m.target_text, ''), d.key, d.url, d.added_at, m.sentence_index,
                    coalesce(s.text, ''), coalesce(d.pub_date, '')
             FROM mentions m JOIN documents d ON d.id = m.document_id
             LEFT JOIN sentences s ON s.document_id = m.document_id AND s.sentence_index = m.sentence_index
             WHERE m.event_id = ?1 ORDER BY m.id LIMIT 1",
        )?;
        let report = stmt.query_row([Value::Integer(event_id)], |r| {
            Ok(FirstReport {
                source_text: r.get(0)?,
                target_text: r.get(1)?,
                document: r.get(2)?,
                url: r.get(3)?,
                added_at: r.get(4)?,
                sentence_index: r.get(5)?,
                sentence: r.get(6)?,
                published: r.get(7)?,
            })
        })?;
        Ok(report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_split_like_gdelt() {
        assert_eq!(split_code("RUSGOV"), ("RUS".into(), String::new(), "GOV".into()));
        assert_eq!(split_code("IGOUNO"), (String::new(), "UNO".into(), "IGO".into()));
        assert_eq!(split_code("AFG"), ("AFG".into(), String::new(), String::new()));
        assert_eq!(split_code(""), (String::new(), String::new(), String::new()));
    }

    #[test]
    fn partial_dates_fill_the_first_day() {
        assert_eq!(gdelt_dates("1979-12")[0], "19791201");
        assert_eq!(gdelt_dates("2025-07-04")[1], "202507");
        assert_eq!(gdelt_dates(""), [String::new(), String::new(), String::new(), String::new()]);
        assert_eq!(precision("1979-12"), "month");
    }

    #[test]
    fn tabs_and_newlines_cannot_break_a_row() {
        let mut out = Vec::new();
        write_tsv(&mut out, &["a\tb", "c\nd"]).expect("write to memory");
        assert_eq!(String::from_utf8_lossy(&out), "a b\tc d\n");
    }
}
