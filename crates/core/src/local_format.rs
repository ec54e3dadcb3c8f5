//! Numbers and dates written each page language's way, as CLDR writes them (and as the
//! browser's `Intl.NumberFormat` and `Intl.DateTimeFormat` do, so a figure a script refreshes
//! keeps its look). A table per language, not a CLDR library: two formats are all the pages
//! need, and a test holds the table to values taken from ICU.

use time::Date;

/// How one language groups digits: the separator, and the shortest number that is grouped
/// (CLDR's minimum grouping digits: Spanish writes 1234 but 12.345).
struct Grouping {
    separator: &'static str,
    from: u64,
}

fn grouping(lang: &str) -> Grouping {
    const NBSP: &str = "\u{a0}";
    let (separator, from) = match lang {
        "en" | "ga" | "mt" => (",", 1_000),
        "da" | "de" | "el" | "hr" | "nl" | "ro" => (".", 1_000),
        "es" | "it" | "sl" => (".", 10_000),
        "cs" | "fi" | "lt" | "sk" | "sv" => (NBSP, 1_000),
        "bg" | "et" | "hu" | "lv" | "pl" | "pt" => (NBSP, 10_000),
        // French puts a narrow no-break space between groups.
        "fr" => ("\u{202f}", 1_000),
        _ => (",", 1_000),
    };
    Grouping { separator, from }
}

/// `n` with the digit grouping of `lang` (an ISO 639-1 code).
pub fn number(lang: &str, n: u64) -> String {
    let Grouping { separator, from } = grouping(lang);
    let digits = n.to_string();
    if n < from {
        return digits;
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * separator.len());
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(digit);
    }
    out
}

/// The parts of a numeric date, in a language's order.
#[derive(Clone, Copy)]
enum Part {
    /// The day without a leading zero.
    Day,
    /// The day with two digits.
    Day2,
    /// The month without a leading zero.
    Month,
    /// The month with two digits.
    Month2,
    /// The year with four digits.
    Year,
    /// Literal text.
    Text(&'static str),
}

/// CLDR's numeric date (day, month and year as numbers) of `lang`. Spaces are no-break spaces,
/// so a date never breaks across lines. (CLDR's Maltese numeric pattern is month first, a
/// known data error: Malta writes the day first, as its short date pattern does.)
fn pattern(lang: &str) -> &'static [Part] {
    use Part::{Day, Day2, Month, Month2, Text, Year};
    match lang {
        "bg" => &[Day, Text("."), Month2, Text("."), Year, Text("\u{a0}г.")],
        "cs" | "sk" | "sl" => &[Day, Text(".\u{a0}"), Month, Text(".\u{a0}"), Year],
        "da" | "de" | "et" | "fi" => &[Day, Text("."), Month, Text("."), Year],
        "el" | "en" | "es" => &[Day, Text("/"), Month, Text("/"), Year],
        "fr" | "ga" | "it" | "mt" | "pt" => &[Day2, Text("/"), Month2, Text("/"), Year],
        "hr" => &[
            Day2,
            Text(".\u{a0}"),
            Month2,
            Text(".\u{a0}"),
            Year,
            Text("."),
        ],
        "hu" => &[
            Year,
            Text(".\u{a0}"),
            Month2,
            Text(".\u{a0}"),
            Day2,
            Text("."),
        ],
        "lt" | "sv" => &[Year, Text("-"), Month2, Text("-"), Day2],
        "lv" => &[Day, Text("."), Month2, Text("."), Year, Text(".")],
        "nl" => &[Day, Text("-"), Month, Text("-"), Year],
        "pl" => &[Day, Text("."), Month2, Text("."), Year],
        "ro" => &[Day2, Text("."), Month2, Text("."), Year],
        _ => &[Day2, Text("/"), Month2, Text("/"), Year],
    }
}

/// `d` as `lang` writes a date in numbers (31.12.1990, 1990. 12. 31., 31/12/1990 …).
pub fn date(lang: &str, d: Date) -> String {
    let (day, month) = (d.day(), u8::from(d.month()));
    pattern(lang)
        .iter()
        .map(|part| match part {
            Part::Day => day.to_string(),
            Part::Day2 => format!("{day:02}"),
            Part::Month => month.to_string(),
            Part::Month2 => format!("{month:02}"),
            Part::Year => format!("{:04}", d.year()),
            Part::Text(text) => (*text).to_owned(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (language, 1234, 12345, 1234567, 1 June 2026) as ICU 74 (Node 20) writes them with
    /// `Intl.NumberFormat(lang)` and `Intl.DateTimeFormat(lang, {day, month, year: "numeric"})`
    /// (pt as pt-PT, en as en-IE; Maltese day first, see `pattern`), spaces inside dates as
    /// no-break spaces.
    const ICU: [(&str, &str, &str, &str, &str); 24] = [
        (
            "bg",
            "1234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.06.2026\u{a0}\u{433}.",
        ),
        (
            "cs",
            "1\u{a0}234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.\u{a0}6.\u{a0}2026",
        ),
        ("da", "1.234", "12.345", "1.234.567", "1.6.2026"),
        ("de", "1.234", "12.345", "1.234.567", "1.6.2026"),
        ("el", "1.234", "12.345", "1.234.567", "1/6/2026"),
        ("en", "1,234", "12,345", "1,234,567", "1/6/2026"),
        ("es", "1234", "12.345", "1.234.567", "1/6/2026"),
        (
            "et",
            "1234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.6.2026",
        ),
        (
            "fi",
            "1\u{a0}234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.6.2026",
        ),
        (
            "fr",
            "1\u{202f}234",
            "12\u{202f}345",
            "1\u{202f}234\u{202f}567",
            "01/06/2026",
        ),
        ("ga", "1,234", "12,345", "1,234,567", "01/06/2026"),
        (
            "hr",
            "1.234",
            "12.345",
            "1.234.567",
            "01.\u{a0}06.\u{a0}2026.",
        ),
        (
            "hu",
            "1234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "2026.\u{a0}06.\u{a0}01.",
        ),
        ("it", "1234", "12.345", "1.234.567", "01/06/2026"),
        (
            "lt",
            "1\u{a0}234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "2026-06-01",
        ),
        (
            "lv",
            "1234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.06.2026.",
        ),
        ("mt", "1,234", "12,345", "1,234,567", "01/06/2026"),
        ("nl", "1.234", "12.345", "1.234.567", "1-6-2026"),
        (
            "pl",
            "1234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.06.2026",
        ),
        (
            "pt",
            "1234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "01/06/2026",
        ),
        ("ro", "1.234", "12.345", "1.234.567", "01.06.2026"),
        (
            "sk",
            "1\u{a0}234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "1.\u{a0}6.\u{a0}2026",
        ),
        ("sl", "1234", "12.345", "1.234.567", "1.\u{a0}6.\u{a0}2026"),
        (
            "sv",
            "1\u{a0}234",
            "12\u{a0}345",
            "1\u{a0}234\u{a0}567",
            "2026-06-01",
        ),
    ];

    #[test]
    fn as_icu_writes_them() {
        let day = crate::dates::ymd(2026, 6, 1).expect("a day");
        for (lang, a, b, c, d) in ICU {
            assert_eq!(number(lang, 1234), a, "{lang}");
            assert_eq!(number(lang, 12345), b, "{lang}");
            assert_eq!(number(lang, 1_234_567), c, "{lang}");
            assert_eq!(date(lang, day), d, "{lang}");
        }
        assert_eq!(number("de", 0), "0");
        assert_eq!(number("de", 999), "999");
    }
}
