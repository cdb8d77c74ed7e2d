//! Date expressions in a sentence and their resolution.
//!
//! Takes a sentence's tokens, its date-word matches (month names, weekdays, relative phrases
//! from `lexicons/ar/dates.lex`) and the publication date, and gives dated expressions with
//! their token positions: absolute dates at the precision written ("ديسمبر 1979" → 1979-12,
//! "3 تموز/يوليو 2025" → 2025-07-03, "في عام 1989" → 1989, "10 رمضان 1446 هـ" → the Umm
//! al-Qura day), and relative ones resolved against the publication date ("أمس", "العام
//! الماضي", "يوم الثلاثاء"). Events later take the nearest expression of their clause.
//! Without a publication date, relative expressions stay unresolved (and are not returned).

use hadath_lexicon::{Calendar, DateUnit, PartialDate, Payload};
use hadath_text::TokenKind;

use crate::DateBasis;
use crate::actors::Item;

/// A date found in a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct DateExpr {
    pub start: usize,
    pub end: usize,
    pub date: PartialDate,
    pub basis: DateBasis,
    /// A relative expression pointing after the publication date ("الأسبوع المقبل", "غدا").
    pub forward: bool,
}

/// Token access the date parser needs.
pub(crate) trait DateTokens {
    fn kind(&self, i: usize) -> TokenKind;
    /// Normalised form, without clitics for words ("وفي" → "في", "العام" → "عام").
    fn word(&self, i: usize) -> &str;
    fn raw(&self, i: usize) -> &str;
}

/// Years outside this window are not taken for dates (they are counts or amounts).
const YEARS: std::ops::RangeInclusive<i64> = 1900..=2100;
const HIJRI_YEARS: std::ops::RangeInclusive<i64> = 1300..=1500;

/// Words before a bare number that make it a year.
const YEAR_LEADS: &[&str] = &[
    "عام",
    "سنه",
    "في",
    "منذ",
    "مطلع",
    "اواخر",
    "اوائل",
    "نهايه",
    "بدايه",
    "خلال",
    "حتي",
    "مع",
    "اواسط",
    "منتصف",
    "in",
    "since",
    "year",
    "until",
    "by",
    "early",
    "late",
];

/// Finds the date expressions of tokens `range`, given the date-word `items` in it.
pub(crate) fn find_dates(
    toks: &impl DateTokens,
    range: std::ops::Range<usize>,
    items: &[Item],
    publication: Option<PartialDate>,
) -> Vec<DateExpr> {
    let mut out: Vec<DateExpr> = Vec::new();
    let mut used = vec![false; range.end.saturating_sub(range.start)];
    let mark = |used: &mut Vec<bool>, s: usize, e: usize| {
        for i in s..e {
            if let Some(u) = used.get_mut(i - range.start) {
                *u = true;
            }
        }
    };
    // Month names (with their day and year).
    let mut months: Vec<&Item> = items.iter().filter(|i| matches!(i.payload, Payload::Month { .. })).collect();
    months.sort_by_key(|i| i.start);
    let mut skip_until = 0;
    for item in &months {
        if item.start < skip_until {
            continue;
        }
        let Payload::Month { calendar, month } = item.payload else {
            continue;
        };
        if let Some((expr, end)) = month_date(toks, &range, item, calendar, month, &months, items, publication) {
            mark(&mut used, expr.start, end);
            skip_until = end;
            out.push(expr);
        }
    }
    // Bare years: "في عام 1989", "منذ 2015", "1445 هـ".
    for i in range.clone() {
        if used[i - range.start] || toks.kind(i) != TokenKind::Number {
            continue;
        }
        let Some(n) = integer(toks.raw(i)) else {
            continue;
        };
        let hijri_mark = i + 1 < range.end && matches!(toks.word(i + 1), "ه" | "هـ" | "هجري" | "هجريه");
        let led = (i.saturating_sub(2)..i).any(|j| j >= range.start && YEAR_LEADS.contains(&toks.word(j)));
        if hijri_mark && HIJRI_YEARS.contains(&n) {
            if let Some(d) = hijri_year_to_gregorian(n as i32) {
                out.push(DateExpr { start: i, end: i + 2, date: d, basis: DateBasis::Explicit, forward: false });
            }
        } else if YEARS.contains(&n) && led {
            out.push(DateExpr {
                start: i,
                end: i + 1,
                date: PartialDate::year(n as i32),
                basis: DateBasis::Explicit,
                forward: false,
            });
        }
    }
    // Relative phrases and weekdays need the publication date.
    if let Some(publication) = publication {
        for item in items {
            if used.get(item.start - range.start).copied().unwrap_or(false) {
                continue;
            }
            let resolved = match item.payload {
                Payload::Relative { unit, offset } => relative(publication, unit, offset).map(|d| (d, offset > 0)),
                Payload::Weekday(day) => {
                    weekday(toks, &range, item, publication, day).map(|d| (d, d.first_day() > publication.last_day()))
                }
                _ => None,
            };
            if let Some((date, forward)) = resolved {
                let start = time_of_day_start(toks, &range, item.start);
                out.push(DateExpr { start, end: item.end, date, basis: DateBasis::Relative, forward });
            }
        }
    }
    // Of two expressions starting together, the longer ("صبيحة اليوم الأربعاء" over "صبيحة اليوم").
    out.sort_by_key(|d| (d.start, std::cmp::Reverse(d.end)));
    out.dedup_by_key(|d| d.start);
    // "اليوم الاثنين", "مساء أمس الجمعة": the weekday is the exact day (a story often runs the
    // day after the event it calls "today").
    let weekdays: Vec<usize> = items.iter().filter(|i| matches!(i.payload, Payload::Weekday(_))).map(|i| i.start).collect();
    out.retain(|d| {
        let today_word =
            items.iter().any(|i| i.start == d.start && matches!(i.payload, Payload::Relative { unit: DateUnit::Day, .. }));
        !(today_word && weekdays.iter().any(|&w| w > d.start && w <= d.end + 1))
    });
    out
}

fn integer(raw: &str) -> Option<i64> {
    let digits: String = raw.chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.is_empty() || digits.len() != raw.chars().filter(|c| c.is_numeric()).count() || raw.contains(['.', ',', '٫', '٬'])
    {
        return None;
    }
    digits.parse().ok()
}

/// A month name with an optional day before it and year after it.
#[allow(clippy::too_many_arguments)]
fn month_date(
    toks: &impl DateTokens,
    range: &std::ops::Range<usize>,
    item: &Item,
    calendar: Calendar,
    month: u8,
    months: &[&Item],
    items: &[Item],
    publication: Option<PartialDate>,
) -> Option<(DateExpr, usize)> {
    let mut start = item.start;
    let mut end = item.end;
    // "تموز/يوليو", "كانون الأول (ديسمبر)": a second name of the same month.
    if let Some(next) = months.iter().find(|m| m.start > end && m.start <= end + 2 && same_month(m, month))
        && (end..next.start).all(|j| matches!(toks.raw(j), "/" | "(" | "-" | "،"))
    {
        end = next.end;
        if end < range.end && toks.raw(end) == ")" {
            end += 1;
        }
    }
    let day = start
        .checked_sub(1)
        .filter(|&d| d >= range.start && toks.kind(d) == TokenKind::Number)
        .and_then(|d| integer(toks.raw(d)).filter(|n| (1..=31).contains(n)).map(|n| (d, n as u8)))
        .or_else(|| ordinal_day(toks, range, items, start));
    if let Some((d, _)) = day {
        start = d;
    }
    // Year: right after, or after "عام"/"من عام"/"سنة".
    let mut year = None;
    let mut j = end;
    while j < range.end && j < end + 3 {
        match toks.kind(j) {
            TokenKind::Number => {
                let n = integer(toks.raw(j))?;
                let ok = match calendar {
                    Calendar::Gregorian => YEARS.contains(&n),
                    Calendar::Hijri => HIJRI_YEARS.contains(&n),
                };
                if ok {
                    year = Some(n as i32);
                    end = j + 1;
                    if calendar == Calendar::Hijri && end < range.end && matches!(toks.word(end), "ه" | "هـ" | "هجري" | "هجريه")
                    {
                        end += 1;
                    }
                }
                break;
            }
            _ if matches!(toks.word(j), "عام" | "سنه" | "من" | "," | "،") => j += 1,
            _ => break,
        }
    }
    let before = item.start.checked_sub(1).filter(|&b| b >= range.start && day.is_none()).map(|b| toks.word(b));
    let after = (item.end < range.end).then(|| toks.word(item.end));
    let contextual = matches!(
        before,
        Some(
            "شهر"
                | "في"
                | "منذ"
                | "حتي"
                | "خلال"
                | "مطلع"
                | "نهايه"
                | "اواخر"
                | "اوائل"
                | "منتصف"
                | "in"
                | "since"
                | "until"
                | "early"
                | "late"
        )
    ) || matches!(after, Some("الماضي" | "ماضي" | "المقبل" | "مقبل" | "القادم" | "الجاري" | "المنصرم"));
    let ambiguous = matches!(toks.word(item.start), "اب" | "ماي" | "اوت" | "صفر" | "رجب" | "شعبان" | "may" | "march");
    if day.is_none() && year.is_none() && (!contextual || ambiguous && !matches!(before, Some("شهر"))) {
        return None;
    }
    let date = match calendar {
        Calendar::Gregorian => gregorian(year, month, day.map(|d| d.1), after, publication)?,
        Calendar::Hijri => hijri(year, month, day.map(|d| d.1), publication)?,
    };
    let forward = publication.is_some_and(|p| date.first_day() > p.last_day());
    Some((DateExpr { start, end, date, basis: DateBasis::Explicit, forward }, end))
}

/// "السابع من أكتوبر", "الحادي والعشرين من آذار": an ordinal day word (and "من") before the
/// month name at `month_start`; gives its first token and the day.
fn ordinal_day(
    toks: &impl DateTokens,
    range: &std::ops::Range<usize>,
    items: &[Item],
    month_start: usize,
) -> Option<(usize, u8)> {
    let mut end = month_start;
    if end > range.start && toks.word(end - 1) == "من" {
        end -= 1;
    }
    items.iter().find_map(|i| match i.payload {
        Payload::Ordinal(day) if i.end == end && i.start >= range.start => Some((i.start, day)),
        _ => None,
    })
}

fn same_month(item: &Item, month: u8) -> bool {
    matches!(item.payload, Payload::Month { month: m, .. } if m == month)
}

fn gregorian(
    year: Option<i32>,
    month: u8,
    day: Option<u8>,
    after: Option<&str>,
    publication: Option<PartialDate>,
) -> Option<PartialDate> {
    let year = match (year, publication) {
        (Some(y), _) => y,
        (None, Some(p)) => {
            let this_year = PartialDate { year: p.year, month, day: day.unwrap_or(0) };
            let future = this_year.first_day() > p.last_day() + 31;
            let next = matches!(after, Some("المقبل" | "مقبل" | "القادم"));
            let last = matches!(after, Some("الماضي" | "ماضي" | "المنصرم"));
            if next && this_year.first_day() <= p.first_day() {
                p.year + 1
            } else if (last && this_year.first_day() >= p.first_day()) || (future && !next) {
                p.year - 1
            } else {
                p.year
            }
        }
        (None, None) => return None,
    };
    match day {
        Some(d) => PartialDate::day(year, month, d).or_else(|| PartialDate::month(year, month)),
        None => PartialDate::month(year, month),
    }
}

fn hijri(year: Option<i32>, month: u8, day: Option<u8>, publication: Option<PartialDate>) -> Option<PartialDate> {
    let year = match (year, publication) {
        (Some(y), _) => y,
        (None, Some(p)) => gregorian_to_hijri_year(p)?,
        (None, None) => return None,
    };
    match day {
        Some(d) => hijri_to_gregorian(year, month, d),
        // A Hijri month straddles two Gregorian months: give the month of its middle.
        None => hijri_to_gregorian(year, month, 15).map(PartialDate::truncate_to_month),
    }
}

/// Converts an Umm al-Qura date to the Gregorian calendar.
pub(crate) fn hijri_to_gregorian(year: i32, month: u8, day: u8) -> Option<PartialDate> {
    use icu_calendar::Date;
    use icu_calendar::cal::Hijri;
    let date = Date::try_new_hijri_with_calendar(year, month, day, Hijri::new_umm_al_qura()).ok()?;
    let iso = date.to_calendar(icu_calendar::Iso);
    PartialDate::day(iso.year().extended_year(), iso.month().ordinal, iso.day_of_month().0)
}

fn hijri_year_to_gregorian(year: i32) -> Option<PartialDate> {
    // The Gregorian year holding the middle of the Hijri year.
    hijri_to_gregorian(year, 6, 15).map(PartialDate::truncate_to_year)
}

fn gregorian_to_hijri_year(p: PartialDate) -> Option<i32> {
    use icu_calendar::Date;
    use icu_calendar::cal::Hijri;
    let iso = Date::try_new_iso(p.year, p.month.max(1), p.day.max(1)).ok()?;
    Some(iso.to_calendar(Hijri::new_umm_al_qura()).year().extended_year())
}

fn relative(p: PartialDate, unit: DateUnit, offset: i8) -> Option<PartialDate> {
    let offset = i64::from(offset);
    match unit {
        DateUnit::Day if p.has_day() => Some(PartialDate::from_days(p.first_day() + offset)),
        DateUnit::Day => None,
        DateUnit::Week if p.has_day() => Some(PartialDate::from_days(p.first_day() + 7 * offset).truncate_to_month()),
        DateUnit::Week => None,
        DateUnit::Month if p.month != 0 => {
            let total = i64::from(p.year) * 12 + i64::from(p.month) - 1 + offset;
            PartialDate::month(total.div_euclid(12) as i32, (total.rem_euclid(12) + 1) as u8)
        }
        DateUnit::Month => None,
        DateUnit::Year => Some(PartialDate::year(p.year + offset as i32)),
    }
}

/// Where a weekday phrase starts once its time of day is included ("فجر يوم الأحد"): the
/// phrase then hides "فجر" (dawn) from the trigger layer, where it would read as فجّر (blew up).
fn time_of_day_start(toks: &impl DateTokens, range: &std::ops::Range<usize>, weekday: usize) -> usize {
    const TIMES_OF_DAY: &[&str] = &["فجر", "صباح", "صبيحه", "ظهر", "ظهيره", "عصر", "مساء", "عشيه", "ليله", "ليل"];
    let mut start = weekday;
    if start > range.start && toks.word(start - 1) == "يوم" {
        start -= 1;
    }
    // (The bare word has lost a leading ف it took for "and": "فجر" is matched as written.)
    let time_of_day = |i: usize| TIMES_OF_DAY.contains(&toks.word(i)) || TIMES_OF_DAY.contains(&toks.raw(i));
    if start > range.start && time_of_day(start - 1) {
        start -= 1;
    }
    start
}

/// A weekday: the last such day on or before publication ("يوم الثلاثاء"), strictly before it
/// with "الماضي", the next one after it with "المقبل".
fn weekday(toks: &impl DateTokens, range: &std::ops::Range<usize>, item: &Item, p: PartialDate, day: u8) -> Option<PartialDate> {
    if !p.has_day() {
        return None;
    }
    let after = (item.end < range.end).then(|| toks.word(item.end));
    let today = i64::from(p.weekday());
    let back = (today - i64::from(day)).rem_euclid(7);
    let days = match after {
        Some("المقبل" | "مقبل" | "القادم") => {
            let fwd = (i64::from(day) - today).rem_euclid(7);
            p.first_day() + if fwd == 0 { 7 } else { fwd }
        }
        Some("الماضي" | "ماضي" | "المنصرم" | "الفائت") => p.first_day() - if back == 0 { 7 } else { back },
        _ => p.first_day() - back,
    };
    Some(PartialDate::from_days(days))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn umm_al_qura_conversion() {
        // 1 Ramadan 1446 AH was 1 March 2025.
        assert_eq!(hijri_to_gregorian(1446, 9, 1).map(|d| d.to_string()).as_deref(), Some("2025-03-01"));
        let p = PartialDate::parse("2025-07-04");
        assert_eq!(p.and_then(gregorian_to_hijri_year), Some(1447));
    }

    #[test]
    fn relative_units() {
        let p = PartialDate::parse("2025-07-04").expect("date");
        assert_eq!(relative(p, DateUnit::Day, -1).map(|d| d.to_string()).as_deref(), Some("2025-07-03"));
        assert_eq!(relative(p, DateUnit::Year, -1).map(|d| d.to_string()).as_deref(), Some("2024"));
        assert_eq!(relative(p, DateUnit::Month, -7).map(|d| d.to_string()).as_deref(), Some("2024-12"));
        assert_eq!(relative(p, DateUnit::Week, -1).map(|d| d.to_string()).as_deref(), Some("2025-06"));
    }

    #[test]
    fn month_year_inference() {
        let p = PartialDate::parse("2025-02-10");
        // "في ديسمبر" written in February means last December.
        assert_eq!(gregorian(None, 12, None, None, p).map(|d| d.to_string()).as_deref(), Some("2024-12"));
        assert_eq!(gregorian(None, 2, Some(3), None, p).map(|d| d.to_string()).as_deref(), Some("2025-02-03"));
        assert_eq!(gregorian(None, 3, None, Some("المقبل"), p).map(|d| d.to_string()).as_deref(), Some("2025-03"));
    }
}
