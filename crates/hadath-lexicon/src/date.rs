//! Calendar dates at the precision a text gives them (a year, a month or a day), date ranges,
//! and the day arithmetic relative dates need. Proleptic Gregorian calendar, no time zones.

use std::fmt;

/// A date known to the year, the month or the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PartialDate {
    pub year: i32,
    /// 1..=12, or 0 when unknown.
    pub month: u8,
    /// 1..=31, or 0 when unknown (always 0 when `month` is).
    pub day: u8,
}

impl PartialDate {
    pub fn year(year: i32) -> PartialDate {
        PartialDate { year, month: 0, day: 0 }
    }

    pub fn month(year: i32, month: u8) -> Option<PartialDate> {
        (1..=12).contains(&month).then_some(PartialDate { year, month, day: 0 })
    }

    pub fn day(year: i32, month: u8, day: u8) -> Option<PartialDate> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(PartialDate { year, month, day })
    }

    /// The day `days` after the epoch 1970-01-01.
    pub fn from_days(days: i64) -> PartialDate {
        let (y, m, d) = civil_from_days(days);
        PartialDate { year: y, month: m, day: d }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<PartialDate> {
        let mut parts = s.trim().split('-');
        let year_str = parts.next()?;
        if year_str.len() != 4 || !year_str.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let year: i32 = year_str.parse().ok()?;
        let Some(m) = parts.next() else {
            return Some(PartialDate::year(year));
        };
        let month: u8 = two_digits(m)?;
        let Some(d) = parts.next() else {
            return PartialDate::month(year, month);
        };
        let day: u8 = two_digits(d)?;
        if parts.next().is_some() {
            return None;
        }
        PartialDate::day(year, month, day)
    }

    pub fn has_day(self) -> bool {
        self.day != 0
    }

    /// First day covered, in days since 1970-01-01.
    pub fn first_day(self) -> i64 {
        days_from_civil(self.year, self.month.max(1), self.day.max(1))
    }

    /// Last day covered, in days since 1970-01-01.
    pub fn last_day(self) -> i64 {
        match (self.month, self.day) {
            (0, _) => days_from_civil(self.year, 12, 31),
            (m, 0) => days_from_civil(self.year, m, days_in_month(self.year, m)),
            (m, d) => days_from_civil(self.year, m, d),
        }
    }

    /// Day of the week, 1 = Monday ... 7 = Sunday (of the first day covered).
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.first_day() + 3).rem_euclid(7) + 1) as u8
    }

    /// The same date with a coarser precision.
    pub fn truncate_to_month(self) -> PartialDate {
        PartialDate { day: 0, ..self }
    }

    pub fn truncate_to_year(self) -> PartialDate {
        PartialDate { month: 0, day: 0, ..self }
    }
}

fn two_digits(s: &str) -> Option<u8> {
    (s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok()).flatten()
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (0, _) => write!(f, "{:04}", self.year),
            (m, 0) => write!(f, "{:04}-{:02}", self.year, m),
            (m, d) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
        }
    }
}

/// An inclusive range of dates; either end may be open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DateRange {
    pub from: Option<PartialDate>,
    pub to: Option<PartialDate>,
}

impl DateRange {
    /// Parses `FROM..TO` (either end may be empty).
    pub fn parse(s: &str) -> Option<DateRange> {
        let (from, to) = s.split_once("..")?;
        let end = |x: &str| -> Option<Option<PartialDate>> {
            if x.trim().is_empty() { Some(None) } else { PartialDate::parse(x).map(Some) }
        };
        let range = DateRange { from: end(from)?, to: end(to)? };
        match (range.from, range.to) {
            (Some(a), Some(b)) if a.first_day() > b.last_day() => None,
            _ => Some(range),
        }
    }

    /// Whether the period of `date` overlaps the range.
    pub fn overlaps(&self, date: PartialDate) -> bool {
        let starts_before_end = self.to.is_none_or(|to| date.first_day() <= to.last_day());
        let ends_after_start = self.from.is_none_or(|from| date.last_day() >= from.first_day());
        starts_before_end && ends_after_start
    }

    /// Whether the range holds the whole period of `date`.
    pub fn contains(&self, date: PartialDate) -> bool {
        let after_start = self.from.is_none_or(|from| date.first_day() >= from.first_day());
        let before_end = self.to.is_none_or(|to| date.last_day() <= to.last_day());
        after_start && before_end
    }
}

impl fmt::Display for DateRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(from) = self.from {
            write!(f, "{from}")?;
        }
        write!(f, "..")?;
        if let Some(to) = self.to {
            write!(f, "{to}")?;
        }
        Ok(())
    }
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a Gregorian date (H. Hinnant's algorithm).
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian date of a day number (inverse of [`days_from_civil`]).
pub fn civil_from_days(days: i64) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_and_prints_each_precision() {
        for s in ["1979", "2024-03", "2025-07-04"] {
            assert_eq!(PartialDate::parse(s).map(|d| d.to_string()).as_deref(), Some(s));
        }
        assert_eq!(PartialDate::parse("2025-02-30"), None);
        assert_eq!(PartialDate::parse("79"), None);
        assert_eq!(PartialDate::parse("2025-13"), None);
    }

    #[test]
    fn ranges_overlap_partial_dates() {
        let gorbachev = DateRange::parse("1985-03-11..1991-12-25").expect("valid");
        assert!(gorbachev.overlaps(PartialDate::year(1989)));
        assert!(gorbachev.overlaps(PartialDate::year(1985)));
        assert!(!gorbachev.overlaps(PartialDate::year(1992)));
        let open = DateRange::parse("2021-08-15..").expect("valid");
        assert!(open.contains(PartialDate::parse("2025-07-04").expect("valid")));
        assert!(DateRange::parse("2020..2010").is_none());
    }

    #[test]
    fn weekdays() {
        assert_eq!(PartialDate::parse("2025-07-04").expect("valid").weekday(), 5); // Friday
        assert_eq!(PartialDate::parse("1970-01-01").expect("valid").weekday(), 4);
    }

    proptest! {
        #[test]
        fn day_numbers_round_trip(days in -800_000i64..800_000) {
            let (y, m, d) = civil_from_days(days);
            prop_assert_eq!(days_from_civil(y, m, d), days);
        }
    }
}
