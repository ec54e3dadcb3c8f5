//! Calendar helpers on top of the `time` crate: ISO dates, whole years of age, month arithmetic.
//!
//! The collector's two fixed formats (`YYYY-MM-DD` in, RFC 3339 timestamps out) are read and
//! written here rather than by `time`'s format descriptions, whose general parser and formatter
//! were about 8 KiB of the worker's compressed bundle; a test checks both against `time`'s.

use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime};

/// Not a date in the form `YYYY-MM-DD`, or a day that does not exist.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a date of the form YYYY-MM-DD")]
pub struct DateError;

/// Parses `YYYY-MM-DD` (four, two and two ASCII digits), rejecting days that do not exist (e.g.
/// 2023-02-29).
pub fn parse_iso_date(s: &str) -> Result<Date, DateError> {
    let number = |part: &str| -> Result<u16, DateError> {
        if part.bytes().all(|b| b.is_ascii_digit()) {
            part.parse().map_err(|_| DateError)
        } else {
            Err(DateError)
        }
    };
    match s.split('-').collect::<Vec<_>>().as_slice() {
        [year, month, day] if year.len() == 4 && month.len() == 2 && day.len() == 2 => {
            let month = u8::try_from(number(month)?).map_err(|_| DateError)?;
            let day = u8::try_from(number(day)?).map_err(|_| DateError)?;
            ymd(i32::from(number(year)?), month, day).ok_or(DateError)
        }
        _ => Err(DateError),
    }
}

/// `YYYY-MM-DD`.
pub fn format_iso_date(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), u8::from(d.month()), d.day())
}

/// `dd/mm/yyyy`, the date format of the hand-over files.
pub fn format_dmy(d: Date) -> String {
    format!("{:02}/{:02}/{:04}", d.day(), u8::from(d.month()), d.year())
}

/// RFC 3339 in UTC with second precision, e.g. `2026-11-22T17:03:00Z` (empty for a year RFC 3339
/// cannot write, outside 0000–9999).
pub fn format_timestamp(t: OffsetDateTime) -> String {
    let t = t.to_offset(time::UtcOffset::UTC);
    if !(0..=9999).contains(&t.year()) {
        return String::new();
    }
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        format_iso_date(t.date()),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Parses an RFC 3339 timestamp.
pub fn parse_timestamp(s: &str) -> Result<OffsetDateTime, time::error::Parse> {
    OffsetDateTime::parse(s, &Rfc3339)
}

/// Completed years of age on `day` for someone born on `born` (a 29 February birthday is
/// reached on 1 March in common years, as in most member states' law).
pub fn age_on(born: Date, day: Date) -> i32 {
    let mut years = day.year() - born.year();
    let birthday_passed =
        (u8::from(day.month()), day.day()) >= (u8::from(born.month()), born.day());
    if !birthday_passed {
        years -= 1;
    }
    years
}

/// The same day `months` later, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb).
pub fn add_months(d: Date, months: u32) -> Option<Date> {
    let index = i64::from(d.year()) * 12 + i64::from(u8::from(d.month())) - 1 + i64::from(months);
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = Month::try_from(u8::try_from(index.rem_euclid(12) + 1).ok()?).ok()?;
    let day = d.day().min(month.length(year));
    Date::from_calendar_date(year, month, day).ok()
}

/// A calendar date from numbers, `None` if the day does not exist.
pub fn ymd(year: i32, month: u8, day: u8) -> Option<Date> {
    Date::from_calendar_date(year, Month::try_from(month).ok()?, day).ok()
}

/// serde as `YYYY-MM-DD`.
pub mod iso {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(d: &Date, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&super::format_iso_date(*d))
    }
    /// Reads `YYYY-MM-DD`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_iso_date(&s).map_err(serde::de::Error::custom)
    }
}

/// serde as an optional `YYYY-MM-DD`.
pub mod opt_iso {
    use serde::{Deserialize, Deserializer, Serializer};
    use time::Date;

    /// Writes `YYYY-MM-DD` or null.
    pub fn serialize<S: Serializer>(d: &Option<Date>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&super::format_iso_date(*d)),
            None => s.serialize_none(),
        }
    }
    /// Reads `YYYY-MM-DD` or null.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Date>, D::Error> {
        Option::<String>::deserialize(d)?
            .map(|s| super::parse_iso_date(&s).map_err(serde::de::Error::custom))
            .transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse_iso_date(s).unwrap()
    }

    #[test]
    fn ages() {
        assert_eq!(age_on(d("2008-11-22"), d("2026-11-22")), 18);
        assert_eq!(age_on(d("2008-11-23"), d("2026-11-22")), 17);
        assert_eq!(age_on(d("2008-02-29"), d("2026-02-28")), 17);
        assert_eq!(age_on(d("2008-02-29"), d("2026-03-01")), 18);
    }

    #[test]
    fn months() {
        assert_eq!(add_months(d("2024-08-31"), 6), Some(d("2025-02-28")));
        assert_eq!(add_months(d("2025-05-01"), 12), Some(d("2026-05-01")));
        assert_eq!(add_months(d("2025-12-15"), 1), Some(d("2026-01-15")));
    }

    /// The hand-written reader and writer agree with `time`'s own, on every string of the
    /// reader's length made from the characters that matter and on a spread of instants.
    #[test]
    fn agrees_with_the_time_crate() {
        use time::macros::format_description;
        let by_time = |s: &str| Date::parse(s, format_description!("[year]-[month]-[day]")).ok();
        let alphabet = ['0', '1', '2', '3', '9', '-', '+', ' ', 'x'];
        let mut seed = 0x2545_F491_4F6C_DD1D_u64;
        let mut checked = 0;
        for year in [0, 1, 999, 1900, 2000, 2023, 2024, 9999] {
            for month in 0..=13 {
                for day in 0..=32 {
                    let s = format!("{year:04}-{month:02}-{day:02}");
                    assert_eq!(parse_iso_date(&s).ok(), by_time(&s), "{s:?}");
                    checked += 1;
                }
            }
        }
        for _ in 0..20_000 {
            let s: String = (0..10)
                .map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    alphabet[(seed % alphabet.len() as u64) as usize]
                })
                .collect();
            assert_eq!(parse_iso_date(&s).ok(), by_time(&s), "{s:?}");
            checked += 1;
        }
        assert!(checked > 20_000);
        for seconds in (-62_167_219_200_i64..253_402_300_800).step_by(7_919_993_117) {
            let t = OffsetDateTime::from_unix_timestamp(seconds).unwrap();
            let expected = t.replace_nanosecond(0).unwrap().format(&Rfc3339).unwrap();
            assert_eq!(
                format_timestamp(t + time::Duration::milliseconds(250)),
                expected
            );
        }
    }

    #[test]
    fn formats() {
        assert!(parse_iso_date("2023-02-29").is_err());
        assert!(parse_iso_date("2024-02-29").is_ok());
        assert_eq!(format_dmy(d("2001-03-04")), "04/03/2001");
        assert_eq!(format_iso_date(d("0999-03-04")), "0999-03-04");
    }
}
