//! The ISO 3166-1 alpha-2 country codes accepted as a country of residence.

/// ISO 3166-1 alpha-2 codes, one line per letter.
const ISO3166_ALPHA2: &str = include_str!("../../data/iso3166-1-alpha2.txt");

/// Every officially assigned ISO 3166-1 alpha-2 code, in alphabetical order.
pub fn country_codes() -> impl Iterator<Item = &'static str> {
    ISO3166_ALPHA2
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
}

/// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code.
pub fn is_country_code(code: &str) -> bool {
    code.len() == 2 && country_codes().any(|c| c == code)
}
