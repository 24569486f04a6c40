//! Calendar dates as the data files write them (`YYYY-MM-DD`), checked and ordered; each
//! language writes them for readers in `crate::words`.
//!
//! A date library would be larger than the whole of this: the brief only needs to check a date,
//! order dates and print them.

use std::fmt;

/// A checked calendar date. Ordering is chronological.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct IsoDate {
    /// Four-digit year.
    pub year: u16,
    /// 1 to 12.
    pub month: u8,
    /// 1 to the month's length.
    pub day: u8,
}

/// The months by name, January first, as English-language reports print them.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400)) => {
            29
        }
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The value of `s` when it is exactly `n` ASCII digits (`n` is 4 at most, so it fits).
fn digits(s: &str, n: usize) -> Option<u16> {
    if s.len() != n {
        return None;
    }
    s.bytes().try_fold(0, |value: u16, b| {
        b.is_ascii_digit().then(|| value * 10 + u16::from(b - b'0'))
    })
}

impl IsoDate {
    /// Parses `YYYY-MM-DD`, rejecting impossible dates such as `2024-02-30`.
    pub fn parse(s: &str) -> Result<Self, String> {
        let bad = || format!("\"{s}\" is not a date of the form YYYY-MM-DD");
        // Read by place, not split at each `-`: a brief of 10,000 statements has as many
        // dates, read when it is checked and again when its timeline is made.
        let (Some(y), Some(b'-'), Some(m), Some(b'-'), Some(d)) = (
            s.get(..4),
            s.as_bytes().get(4),
            s.get(5..7),
            s.as_bytes().get(7),
            s.get(8..),
        ) else {
            return Err(bad());
        };
        let (year, month, day) = (
            digits(y, 4).ok_or_else(bad)?,
            digits(m, 2).ok_or_else(bad)? as u8,
            digits(d, 2).ok_or_else(bad)? as u8,
        );
        if !(1..=12).contains(&month) {
            return Err(format!("\"{s}\" has no month {month}"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!(
                "\"{s}\" has no day {day} in {}",
                MONTHS[month as usize - 1]
            ));
        }
        Ok(Self { year, month, day })
    }

    /// The number of days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(&self, later: &IsoDate) -> i64 {
        later.day_number() - self.day_number()
    }

    /// A count of days in the proleptic Gregorian calendar (1 March of year 0 is day 1) that
    /// only differences are taken of, so it has no offset to get right.
    fn day_number(&self) -> i64 {
        let (month, day) = (i64::from(self.month), i64::from(self.day));
        // Counting years from March puts the leap day at the end of the year.
        let year = i64::from(self.year) - i64::from(month < 3);
        let shifted_month = (month + 9) % 12;
        365 * year + year / 4 - year / 100 + year / 400 + (153 * shifted_month + 2) / 5 + day
    }
}

/// The machine form again, for `<time datetime>`.
impl fmt::Display for IsoDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Checks a 24-hour `HH:MM` time.
pub fn check_time(s: &str) -> Result<(), String> {
    let ok = s
        .split_once(':')
        .and_then(|(h, m)| Some((digits(h, 2)?, digits(m, 2)?)))
        .is_some_and(|(h, m)| h < 24 && m < 60);
    if ok {
        Ok(())
    } else {
        Err(format!("\"{s}\" is not a time of the form HH:MM"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_counted_across_months_and_leap_years() {
        let d = |s| IsoDate::parse(s).unwrap();
        assert_eq!(d("2024-08-31").days_until(&d("2024-09-01")), 1);
        assert_eq!(d("2024-08-31").days_until(&d("2024-09-20")), 20);
        assert_eq!(d("2024-02-28").days_until(&d("2024-03-01")), 2);
        assert_eq!(d("2023-02-28").days_until(&d("2023-03-01")), 1);
        assert_eq!(d("2023-12-31").days_until(&d("2024-12-31")), 366);
        assert_eq!(d("2024-09-20").days_until(&d("2024-08-31")), -20);
        // Century years are leap years only every 400 years.
        assert_eq!(d("1900-02-28").days_until(&d("1900-03-01")), 1);
        assert_eq!(d("2000-02-28").days_until(&d("2000-03-01")), 2);
        assert_eq!(d("1900-01-01").days_until(&d("2000-01-01")), 36_524);
    }

    #[test]
    fn parses_and_prints_a_valid_date() {
        let d = IsoDate::parse("2024-08-31").unwrap();
        assert_eq!((d.year, d.month, d.day), (2024, 8, 31));
        assert_eq!(d.to_string(), "2024-08-31");
    }

    #[test]
    fn orders_dates_chronologically() {
        let a = IsoDate::parse("2024-08-31").unwrap();
        let b = IsoDate::parse("2024-09-01").unwrap();
        assert!(a < b);
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "2024-02-30",
            "2023-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-9-1",
            "31/08/2024",
            "2024-08-31T00:00",
            "",
            "２０２４-08-31",
            "2024-08-3",
            "2024-08-311",
            "2024_08_31",
            "+024-08-31",
            "2024-0é-31",
            "2024-08-3 ",
        ] {
            assert!(IsoDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(IsoDate::parse("2024-02-29").is_ok(), "2024 is a leap year");
    }

    #[test]
    fn checks_times() {
        assert!(check_time("20:06").is_ok());
        assert!(check_time("00:00").is_ok());
        for bad in ["24:00", "8:06", "20:60", "20-06", "8:06 pm"] {
            assert!(check_time(bad).is_err(), "{bad} should be rejected");
        }
    }
}
