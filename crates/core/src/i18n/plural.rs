//! CLDR's cardinal plural rules of the 24 languages, for whole numbers (the only numbers the
//! pages count). Written out from CLDR 48's `plurals.xml` with every operand but `n` and `i`
//! fixed at zero; `tests/i18n_resolver.rs` holds them to the JavaScript runtime's
//! `Intl.PluralRules` (ICU) for every number up to 2,000 and beyond.
//!
//! intl_pluralrules 7.0.2, which fluent-bundle used before, answers some of them wrongly
//! (Lithuanian 22 and 102, Romanian 102, Maltese 2 and 111 among them), and its table of
//! every CLDR language cost the worker 3 KiB.

/// The plural category (`zero`, `one`, `two`, `few`, `many`, `other`) of `n` in the language
/// `code`; `other` for a code not among the 24.
pub fn category(code: &str, n: u64) -> &'static str {
    let (n10, n100) = (n % 10, n % 100);
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match code {
        "bg" | "da" | "de" | "el" | "en" | "et" | "fi" | "hu" | "nl" | "sv" if n == 1 => "one",
        "es" | "it" if n == 1 => "one",
        "fr" | "pt" if n <= 1 => "one",
        "es" | "fr" | "it" | "pt" if millions => "many",
        "cs" | "sk" => match n {
            1 => "one",
            2..=4 => "few",
            _ => "other",
        },
        "pl" => match n {
            1 => "one",
            _ if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => "few",
            _ => "many",
        },
        "hr" if n10 == 1 && n100 != 11 => "one",
        "hr" if (2..=4).contains(&n10) && !(12..=14).contains(&n100) => "few",
        "sl" => match n100 {
            1 => "one",
            2 => "two",
            3 | 4 => "few",
            _ => "other",
        },
        "lt" if (11..=19).contains(&n100) => "other",
        "lt" => match n10 {
            1 => "one",
            0 => "other",
            _ => "few",
        },
        "lv" if n10 == 0 || (11..=19).contains(&n100) => "zero",
        "lv" if n10 == 1 => "one",
        "mt" => match (n, n100) {
            (1, _) => "one",
            (2, _) => "two",
            (0, _) | (_, 3..=10) => "few",
            (_, 11..=19) => "many",
            _ => "other",
        },
        "ro" => match (n, n100) {
            (1, _) => "one",
            (0, _) | (_, 1..=19) => "few",
            _ => "other",
        },
        "ga" => match n {
            1 => "one",
            2 => "two",
            3..=6 => "few",
            7..=10 => "many",
            _ => "other",
        },
        _ => "other",
    }
}
