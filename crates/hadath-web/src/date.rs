//! Publication dates as pages and feeds write them.
//!
//! Takes one date string in any of the forms met on news sites and gives `YYYY-MM-DD`
//! (`YYYY-MM` or `YYYY` when only that much is written), the date part **as written**: no
//! time-zone conversion, so "2026-11-29T01:00:00+03:00" is 2026-11-29 (the outlet's own day).
//!
//! Forms: ISO 8601 (`2026-11-29`, `2026-11-29T10:00:00+03:00`, `2026-11-29 10:00`,
//! `20261129`, `2026/11/29`), RFC 2822 and its looser cousins (`Sun, 29 Nov 2026 10:00:00
//! +0300`, `29 November 2026`, `Nov 29, 2026`, no weekday, a wrong weekday, `GMT+3`), numeric
//! day-first dates (`29/11/2026`, `29-11-2026`, `29.11.2026`; month-first only when the first
//! number cannot be a month), and Arabic ones (`الأحد 29 نوفمبر 2026`, `29 تشرين الثاني 2026`,
//! Arabic-Indic digits). Anything else, or an impossible day (`2026-02-30`), gives `None`.

/// `YYYY-MM-DD` (or a shorter partial date) for `s`, or `None`.
pub fn parse_date(s: &str) -> Option<String> {
    let s = ascii_digits(s.trim());
    let s = s.trim();
    if s.is_empty() || s.len() > 120 {
        return None;
    }
    iso(s).or_else(|| numeric_dmy(s)).or_else(|| worded(s))
}

/// True when `line` is a date and nothing else: numbers, month and weekday names, times, and
/// words such as "updated", "نشر في", "م" ("الخميس 26 نوفمبر 2026 م", "Tue 1 Dec 2026 07.30
/// GMT"). Such lines in an article's header say nothing the publication date does not.
pub fn is_date_line(line: &str) -> bool {
    let line = ascii_digits(line);
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '/' | '-' | '|' | '(' | ')' | '–' | '—'))
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let filler = |w: &str| {
        let n = hadath_text::normalize::normalize(w.trim_end_matches([':', '.']));
        DATE_FILLER.contains(&n.as_str()) || weekday(&n)
    };
    let all_date = words.iter().enumerate().all(|(i, w)| {
        w.bytes().all(|b| b.is_ascii_digit() || matches!(b, b':' | b'.'))
            || month_at(&words, i).is_some()
            || i > 0 && month_at(&words, i - 1).is_some_and(|(_, n)| n == 2)
            || filler(w)
    });
    let is_filler = |w: &&str| filler(w.trim_end_matches([',', '،']));
    let rest: Vec<&str> = line.split_whitespace().skip_while(is_filler).collect();
    let with_month = |d: Option<String>| d.is_some_and(|d| d.len() >= 7);
    all_date && (with_month(parse_date(&line)) || with_month(parse_date(&rest.join(" "))))
}

/// Words that may stand beside a date in a dateline (normalised).
const DATE_FILLER: &[&str] = &[
    "م",
    "ص",
    "مساء",
    "صباحا",
    "هـ",
    "ه",
    "نشر",
    "في",
    "بتاريخ",
    "التاريخ",
    "اخر",
    "تحديث",
    "تم",
    "النشر",
    "am",
    "pm",
    "gmt",
    "utc",
    "bst",
    "est",
    "edt",
    "cet",
    "at",
    "on",
    "published",
    "updated",
    "last",
    "posted",
    "date",
];

fn weekday(w: &str) -> bool {
    const ARABIC: &[&str] = &["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت"];
    const ENGLISH: &[&str] = &["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
    ARABIC.contains(&w)
        || (w.len() >= 3 && ENGLISH.iter().any(|d| d.starts_with(w) || (w.starts_with(&d[..3]) && d.starts_with(&w[..3]))))
}

/// Arabic-Indic and Persian digits → ASCII.
fn ascii_digits(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            '٠'..='٩' => char::from(b'0' + (c as u32 - '٠' as u32) as u8),
            '۰'..='۹' => char::from(b'0' + (c as u32 - '۰' as u32) as u8),
            c => c,
        })
        .collect()
}

/// `YYYY[-MM[-DD]]` (separators `-` `/` `.`) or `YYYYMMDD`, then the end, a time or a zone.
fn iso(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let year_len = b.iter().take_while(|c| c.is_ascii_digit()).count();
    if year_len == 8 && ends_date(&s[8..]) {
        return ymd(&s[..4], Some(&s[4..6]), Some(&s[6..8]));
    }
    if year_len != 4 {
        return None;
    }
    let (month, rest) = part_after_sep(&s[4..]);
    let Some(month) = month else {
        return ends_date(&s[4..]).then(|| ymd(&s[..4], None, None)).flatten();
    };
    let (day, rest) = part_after_sep(rest);
    if !ends_date(rest) {
        return None;
    }
    ymd(&s[..4], Some(month), day)
}

/// `-NN` / `/NN` / `.NN` (one or two digits) at the start of `s`.
fn part_after_sep(s: &str) -> (Option<&str>, &str) {
    let Some(rest) = s.strip_prefix(['-', '/', '.']) else {
        return (None, s);
    };
    let n = rest.bytes().take_while(u8::is_ascii_digit).count();
    if n == 0 || n > 2 { (None, s) } else { (Some(&rest[..n]), &rest[n..]) }
}

/// True when what follows a date is nothing, a time, or a zone.
fn ends_date(rest: &str) -> bool {
    rest.is_empty()
        || rest.starts_with(['T', 't', ' ', 'Z', 'z', '+', ',', '_'])
        || rest.starts_with("-0")
        || rest.starts_with("-1")
}

/// `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY` (month-first when the first number is over 12).
fn numeric_dmy(s: &str) -> Option<String> {
    let first: String = s.chars().take_while(char::is_ascii_digit).collect();
    if first.is_empty() || first.len() > 2 {
        return None;
    }
    let sep = s[first.len()..].chars().next().filter(|c| matches!(c, '/' | '-' | '.'))?;
    let rest = &s[first.len() + 1..];
    let second: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let rest = rest.get(second.len()..)?.strip_prefix(sep)?;
    let year: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if second.is_empty() || second.len() > 2 || year.len() != 4 || !ends_date(&rest[4..]) {
        return None;
    }
    let (a, b) = (first.parse::<u32>().ok()?, second.parse::<u32>().ok()?);
    let (day, month) = if a > 12 || b <= 12 { (a, b) } else { (b, a) };
    ymd(&year, Some(&month.to_string()), Some(&day.to_string()))
}

/// A date with the month as a word: RFC 2822 and friends, English or Arabic.
fn worded(s: &str) -> Option<String> {
    let words: Vec<&str> =
        s.split(|c: char| c.is_whitespace() || matches!(c, ',' | '،' | '/' | '-' | '.')).filter(|w| !w.is_empty()).collect();
    let (at, month, len) = (0..words.len()).find_map(|i| month_at(&words, i).map(|(m, n)| (i, m, n)))?;
    let number = |i: usize| words.get(i).copied().filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()));
    let before = at.checked_sub(1).and_then(number);
    let after = number(at + len);
    let after2 = number(at + len + 1);
    let (day, year) = match (before, after, after2) {
        (Some(d), Some(y), _) if d.len() <= 2 => (Some(d), y),
        (_, Some(d), Some(y)) if d.len() <= 2 => (Some(d), y),
        (None, Some(y), _) if y.len() == 4 => (None, y),
        _ => return None,
    };
    let year = full_year(year)?;
    let month = month.to_string();
    ymd(&year, Some(&month), day)
}

/// RFC 2822 allows two-digit years: 00-49 are 20xx, 50-99 19xx.
fn full_year(y: &str) -> Option<String> {
    match y.len() {
        4 => Some(y.to_string()),
        2 => {
            let n: u32 = y.parse().ok()?;
            Some(format!("{}", if n < 50 { 2000 + n } else { 1900 + n }))
        }
        _ => None,
    }
}

/// The month named by the word(s) at `i`, and how many words name it.
fn month_at(words: &[&str], i: usize) -> Option<(u32, usize)> {
    let w = words.get(i)?;
    if let Some(next) = words.get(i + 1) {
        let two = format!("{w} {next}");
        if let Some(m) = arabic_month(&two) {
            return Some((m, 2));
        }
    }
    english_month(w).or_else(|| arabic_month(w)).map(|m| (m, 1))
}

fn english_month(w: &str) -> Option<u32> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = w.to_ascii_lowercase();
    if lower.len() < 3 {
        return None;
    }
    let lower = if lower == "sept" { "sep".to_string() } else { lower };
    NAMES.iter().position(|n| n.starts_with(&lower)).map(|i| i as u32 + 1)
}

fn arabic_month(w: &str) -> Option<u32> {
    let w = hadath_text::normalize::normalize(w);
    Some(match w.as_str() {
        "يناير" | "كانون الثاني" => 1,
        "فبراير" | "شباط" => 2,
        "مارس" | "اذار" => 3,
        "ابريل" | "افريل" | "نيسان" => 4,
        "مايو" | "ماي" | "ايار" => 5,
        "يونيو" | "يونيه" | "جوان" | "حزيران" => 6,
        "يوليو" | "يوليه" | "جويليه" | "تموز" => 7,
        "اغسطس" | "اوت" | "اب" => 8,
        "سبتمبر" | "ايلول" => 9,
        "اكتوبر" | "تشرين الاول" => 10,
        "نوفمبر" | "تشرين الثاني" => 11,
        "ديسمبر" | "كانون الاول" => 12,
        _ => return None,
    })
}

/// Checks and formats a date; day and month may have one digit.
fn ymd(year: &str, month: Option<&str>, day: Option<&str>) -> Option<String> {
    let y: u32 = year.parse().ok()?;
    if !(1000..=9999).contains(&y) {
        return None;
    }
    let Some(month) = month else { return Some(format!("{y:04}")) };
    let m: u32 = month.parse().ok()?;
    if !(1..=12).contains(&m) {
        return None;
    }
    let Some(day) = day else { return Some(format!("{y:04}-{m:02}")) };
    let d: u32 = day.parse().ok()?;
    (d >= 1 && d <= days_in_month(y, m)).then(|| format!("{y:04}-{m:02}-{d:02}"))
}

fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if (y.is_multiple_of(4) && !y.is_multiple_of(100)) || y.is_multiple_of(400) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::parse_date;

    fn p(s: &str) -> Option<String> {
        parse_date(s)
    }

    #[test]
    fn iso_forms() {
        assert_eq!(p("2026-11-29").as_deref(), Some("2026-11-29"));
        assert_eq!(p("2026-11-29T10:00:00+03:00").as_deref(), Some("2026-11-29"));
        assert_eq!(p("2026-11-29T23:30:00-05:00").as_deref(), Some("2026-11-29"));
        assert_eq!(p(" 2026-11-29 10:00 ").as_deref(), Some("2026-11-29"));
        assert_eq!(p("2026-11-29Z").as_deref(), Some("2026-11-29"));
        assert_eq!(p("2026/11/29").as_deref(), Some("2026-11-29"));
        assert_eq!(p("20261129").as_deref(), Some("2026-11-29"));
        assert_eq!(p("20261129T100000Z").as_deref(), Some("2026-11-29"));
        assert_eq!(p("2026-11").as_deref(), Some("2026-11"));
        assert_eq!(p("2026").as_deref(), Some("2026"));
        assert_eq!(p("2026-1-5").as_deref(), Some("2026-01-05"));
    }

    #[test]
    fn rfc_2822_forms() {
        assert_eq!(p("Sun, 29 Nov 2026 10:00:00 +0300").as_deref(), Some("2026-11-29"));
        assert_eq!(p("Sun, 29 Nov 2026 10:00:00 GMT").as_deref(), Some("2026-11-29"));
        assert_eq!(p("29 Nov 2026 10:00 GMT+3").as_deref(), Some("2026-11-29"));
        assert_eq!(p("Mon, 29 Nov 2026").as_deref(), Some("2026-11-29"));
        assert_eq!(p("Sun,29 November 2026 10:00:00").as_deref(), Some("2026-11-29"));
        assert_eq!(p("Nov 29, 2026 10:00 AM").as_deref(), Some("2026-11-29"));
        assert_eq!(p("Tue, 3 Feb 26 08:00:00 +0000").as_deref(), Some("2026-02-03"));
        assert_eq!(p("Sept 3 2026").as_deref(), Some("2026-09-03"));
        assert_eq!(p("November 2026").as_deref(), Some("2026-11"));
    }

    #[test]
    fn arabic_forms() {
        assert_eq!(p("الأحد 29 نوفمبر 2026").as_deref(), Some("2026-11-29"));
        assert_eq!(p("الأحد، ٢٩ نوفمبر ٢٠٢٦ - ١٠:٠٠").as_deref(), Some("2026-11-29"));
        assert_eq!(p("29 تشرين الثاني 2026").as_deref(), Some("2026-11-29"));
        assert_eq!(p("3 آب 2026").as_deref(), Some("2026-08-03"));
        assert_eq!(p("5 أبريل 2026").as_deref(), Some("2026-04-05"));
    }

    #[test]
    fn numeric_day_first() {
        assert_eq!(p("29/11/2026").as_deref(), Some("2026-11-29"));
        assert_eq!(p("03-04-2026").as_deref(), Some("2026-04-03"));
        assert_eq!(p("11/29/2026").as_deref(), Some("2026-11-29"));
        assert_eq!(p("29.11.2026 10:00").as_deref(), Some("2026-11-29"));
    }

    #[test]
    fn date_lines() {
        use super::is_date_line;
        for line in [
            "29 نوفمبر 2026",
            "الخميس 26 نوفمبر 2026 م",
            "Tue 1 Dec 2026 07.30 GMT",
            "Updated: 2026-11-29 10:00",
            "السبت 28 نوفمبر 2026 - 06:15 م",
            "نشر في: ٢٩/١١/٢٠٢٦",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        for line in ["Talks resume on 29 November 2026", "قال الوزير يوم 29 نوفمبر 2026", "2026", "By John Smith", "Nov 30", ""]
        {
            assert!(!is_date_line(line), "{line}");
        }
    }

    #[test]
    fn rejects() {
        for bad in
            ["", "yesterday", "2026-02-30", "2026-13-01", "32/01/2026", "Sun, 31 Nov 2026", "0000-01-01", "12345", "Nov", "عاجل"]
        {
            assert_eq!(p(bad), None, "{bad}");
        }
        assert_eq!(p("2024-02-29").as_deref(), Some("2024-02-29"));
        assert_eq!(p("2100-02-29"), None);
    }
}
