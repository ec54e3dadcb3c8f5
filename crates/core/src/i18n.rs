//! Page languages: the 24 official EU languages, chosen from the URL (`/{lang}/…`) or, for `/`,
//! negotiated from `Accept-Language`, and their texts: one Fluent catalogue per language in
//! `locales/{code}.ftl` (files a translator edits). English is the reference; a message missing
//! elsewhere falls back to it, and `tests/i18n.rs` fails on any such gap.
//!
//! Where the catalogues come from: with the `embedded-catalogues` feature (the default) they are
//! compiled in. The worker leaves them out of its WebAssembly (they were an eighth of the
//! compressed bundle) and serves them as static assets instead: before it renders a page it
//! hands the page's catalogue and English to [`Texts::provide`], once per isolate.

mod catalogue;
pub mod plural;

pub use catalogue::{Arg, Catalogue};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

#[cfg(feature = "embedded-catalogues")]
macro_rules! catalogues {
    ($($code:literal),* $(,)?) => {
        /// The Fluent source of every language, by code.
        pub const CATALOGUES: [(&str, &str); 24] =
            [$(($code, include_str!(concat!("../locales/", $code, ".ftl")))),*];
        /// The country names of every language, by code.
        pub const REGION_NAMES: [(&str, &str); 24] =
            [$(($code, include_str!(concat!("../locales/regions/", $code, ".ftl")))),*];
    };
}

#[cfg(feature = "embedded-catalogues")]
catalogues!(
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
);

/// A supported page language (ISO 639-1 code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang(&'static str);

/// Code and autonym (the name of the language in itself, as a switcher shows it).
pub const LANGUAGES: [(&str, &str); 24] = [
    ("bg", "български"),
    ("cs", "čeština"),
    ("da", "dansk"),
    ("de", "Deutsch"),
    ("el", "ελληνικά"),
    ("en", "English"),
    ("es", "español"),
    ("et", "eesti"),
    ("fi", "suomi"),
    ("fr", "français"),
    ("ga", "Gaeilge"),
    ("hr", "hrvatski"),
    ("hu", "magyar"),
    ("it", "italiano"),
    ("lt", "lietuvių"),
    ("lv", "latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "polski"),
    ("pt", "português"),
    ("ro", "română"),
    ("sk", "slovenčina"),
    ("sl", "slovenščina"),
    ("sv", "svenska"),
];

impl Lang {
    /// English, the reference catalogue and the fallback.
    pub const ENGLISH: Lang = Lang("en");

    /// The language for a URL segment, if it is one of the 24 (lower case only, so each page has
    /// one address).
    pub fn from_code(code: &str) -> Option<Lang> {
        LANGUAGES
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(c, _)| Lang(c))
    }

    /// All 24 languages.
    pub fn all() -> Vec<Lang> {
        LANGUAGES.iter().map(|(c, _)| Lang(c)).collect()
    }

    /// Parses the languages an initiative offers (`LANGUAGES` var: codes separated by spaces or
    /// commas); empty means all 24.
    pub fn parse_list(list: &str) -> Result<Vec<Lang>, String> {
        let mut out = Vec::new();
        for code in list.split([' ', ',']).filter(|c| !c.is_empty()) {
            let lang = Lang::from_code(code)
                .ok_or_else(|| format!("{code:?} is not an official EU language code"))?;
            if !out.contains(&lang) {
                out.push(lang);
            }
        }
        Ok(if out.is_empty() { Lang::all() } else { out })
    }

    /// Picks the best supported language from an `Accept-Language` header (RFC 9110 §12.5.4),
    /// English when none matches.
    pub fn negotiate(accept_language: &str) -> Lang {
        Lang::negotiate_among(accept_language, &Lang::all())
    }

    /// Like `negotiate`, among the languages offered; without a match, English if offered, else
    /// the first offered. RFC 4647's lookup (§3.4) of the ranges, highest `q` first (`q=0`
    /// dropped, equal weights in the client's order): the offered tags are bare languages, so a
    /// range matches by its primary subtag, and `*` matches nothing. `tests/i18n_resolver.rs`
    /// holds it to fluent-langneg's lookup.
    pub fn negotiate_among(accept_language: &str, offered: &[Lang]) -> Lang {
        let fallback = if offered.contains(&Lang::ENGLISH) {
            Lang::ENGLISH
        } else {
            offered.first().copied().unwrap_or(Lang::ENGLISH)
        };
        let mut weighted: Vec<(Lang, u16)> = Vec::new();
        // The first 32 languages a client names are plenty; each goes in after every one of
        // at least its weight, so equal weights keep the client's order (an insertion, which
        // costs the worker no sort routine of its own).
        for item in accept_language.split(',').take(32) {
            let mut parts = item.split(';');
            let primary = parts
                .next()
                .and_then(|tag| tag.trim().split(['-', '_']).next())
                .map(str::to_ascii_lowercase);
            let Some(lang) = primary.as_deref().and_then(Lang::from_code) else {
                continue;
            };
            let quality = parts
                .find_map(|p| quality_of(p.trim().strip_prefix("q=")?.trim()))
                .unwrap_or(1000);
            if quality > 0 && offered.contains(&lang) {
                let at = weighted
                    .iter()
                    .position(|(_, w)| *w < quality)
                    .unwrap_or(weighted.len());
                weighted.insert(at, (lang, quality));
            }
        }
        weighted.first().map_or(fallback, |(lang, _)| *lang)
    }

    /// The ISO 639-1 code, e.g. `de`.
    pub fn code(self) -> &'static str {
        self.0
    }

    /// The name of the language in itself.
    pub fn autonym(self) -> &'static str {
        LANGUAGES
            .iter()
            .find(|(c, _)| *c == self.0)
            .map_or("English", |(_, name)| name)
    }
}

/// The texts of one language, with English behind it for anything missing.
pub struct Texts {
    lang: Lang,
    catalogue: Catalogue,
    fallback: Option<Rc<Texts>>,
}

thread_local! {
    /// Country names by language (`locales/regions/{code}.ftl`), kept like the catalogues.
    static REGIONS: RefCell<HashMap<&'static str, Rc<HashMap<String, String>>>> =
        RefCell::new(HashMap::new());

    /// Parsed catalogues, kept for the isolate's life (parsing one takes well under a millisecond,
    /// but every page needs one).
    static PARSED: RefCell<HashMap<&'static str, Rc<Texts>>> = RefCell::new(HashMap::new());
}

impl Texts {
    /// The texts of `lang`, parsed once per thread. Without embedded catalogues, the ones given
    /// to [`Texts::provide`]; a language not provided shows message ids (the worker provides
    /// every page's language and English before rendering).
    pub fn of(lang: Lang) -> Rc<Texts> {
        if let Some(parsed) = PARSED.with(|p| p.borrow().get(lang.code()).cloned()) {
            return parsed;
        }
        if cfg!(feature = "embedded-catalogues") {
            Texts::keep(lang, embedded_source(lang))
        } else {
            // Not kept: the catalogue may still be provided.
            Rc::new(Texts::parse(lang, ""))
        }
    }

    /// Whether the texts of `lang` are at hand: compiled in, or provided before.
    pub fn available(lang: Lang) -> bool {
        cfg!(feature = "embedded-catalogues")
            || PARSED.with(|p| p.borrow().contains_key(lang.code()))
    }

    /// Hands over the Fluent source of `lang` (for a build without embedded catalogues), kept for
    /// the thread's life. English first: another language takes the English at hand as its
    /// fallback.
    pub fn provide(lang: Lang, source: &str) {
        Texts::keep(lang, source);
    }

    fn keep(lang: Lang, source: &str) -> Rc<Texts> {
        let texts = Rc::new(Texts::parse(lang, source));
        PARSED.with(|p| p.borrow_mut().insert(lang.code(), Rc::clone(&texts)));
        texts
    }

    fn parse(lang: Lang, source: &str) -> Texts {
        Texts {
            lang,
            catalogue: Catalogue::parse(lang.code(), source),
            fallback: (lang != Lang::ENGLISH).then(|| Texts::of(Lang::ENGLISH)),
        }
    }

    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id` without variables.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with string variables.
    pub fn with(&self, id: &str, args: &[(&str, &str)]) -> String {
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, value)| (*name, Arg::Text(value)))
            .collect();
        self.format(id, &args)
    }

    /// The message `id` choosing its plural form by `$count`, with `$shown` as the count written
    /// the language's way.
    pub fn count(&self, id: &str, count: u64) -> String {
        self.count_around(id, count, &self.number(count))
    }

    /// Like `count`, with `$shown` as given (e.g. a marker the page replaces with markup).
    pub fn count_around(&self, id: &str, count: u64, shown: &str) -> String {
        self.format(
            id,
            &[("count", Arg::Count(count)), ("shown", Arg::Text(shown))],
        )
    }

    /// A whole number with the language's digit grouping (CLDR: 1,000,000 · 1.000.000 ·
    /// 1 000 000 with a no-break space; [`crate::local_format`]).
    pub fn number(&self, n: u64) -> String {
        crate::local_format::number(self.lang.code(), n)
    }

    /// A date as the language writes it in numbers ([`crate::local_format`]).
    pub fn date(&self, d: time::Date) -> String {
        crate::local_format::date(self.lang.code(), d)
    }

    /// A country's name in the language (a country of residence outside the member states), from
    /// `locales/regions/{code}.ftl` (CLDR's names, generated by `scripts/region-names.mjs`): compiled
    /// in with the catalogues, or handed over by [`Texts::provide_regions`]; else the ISO code.
    pub fn region(&self, code: &str) -> String {
        let names = REGIONS
            .with(|r| r.borrow().get(self.lang.code()).cloned())
            .or_else(|| {
                let source = embedded_regions(self.lang);
                (!source.is_empty()).then(|| Texts::keep_regions(self.lang, source))
            });
        names
            .and_then(|names| names.get(code).cloned())
            .unwrap_or_else(|| code.to_owned())
    }

    /// Whether the country names of `lang` are at hand: compiled in, or provided before.
    pub fn regions_available(lang: Lang) -> bool {
        cfg!(feature = "embedded-catalogues")
            || REGIONS.with(|r| r.borrow().contains_key(lang.code()))
    }

    /// Hands over the country names of `lang` (the text of its `locales/regions/{code}.ftl`),
    /// kept for the thread's life.
    pub fn provide_regions(lang: Lang, source: &str) {
        Texts::keep_regions(lang, source);
    }

    fn keep_regions(lang: Lang, source: &str) -> Rc<HashMap<String, String>> {
        let names: HashMap<String, String> = source
            .lines()
            .filter(|line| !line.starts_with('#'))
            .filter_map(|line| line.split_once(" = "))
            .map(|(code, name)| (code.trim().to_owned(), name.trim().to_owned()))
            .collect();
        let names = Rc::new(names);
        REGIONS.with(|r| r.borrow_mut().insert(lang.code(), Rc::clone(&names)));
        names
    }

    /// Whether this language's own catalogue has `id` (not counting the English fallback).
    pub fn has(&self, id: &str) -> bool {
        self.catalogue.has(id)
    }

    fn format(&self, id: &str, args: &[(&str, Arg)]) -> String {
        self.catalogue
            .format(id, args)
            .unwrap_or_else(|| match &self.fallback {
                Some(english) => english.format(id, args),
                // Only reachable with a message missing in English, which tests rule out.
                None => id.to_owned(),
            })
    }
}

/// The compiled-in catalogue of `lang` (empty without them).
fn embedded_source(lang: Lang) -> &'static str {
    #[cfg(feature = "embedded-catalogues")]
    {
        CATALOGUES
            .iter()
            .find(|(code, _)| *code == lang.code())
            .map_or("", |(_, source)| source)
    }
    #[cfg(not(feature = "embedded-catalogues"))]
    {
        let _ = lang;
        ""
    }
}

/// The compiled-in country names of `lang` (empty without them).
fn embedded_regions(lang: Lang) -> &'static str {
    #[cfg(feature = "embedded-catalogues")]
    {
        REGION_NAMES
            .iter()
            .find(|(code, _)| *code == lang.code())
            .map_or("", |(_, source)| source)
    }
    #[cfg(not(feature = "embedded-catalogues"))]
    {
        let _ = lang;
        ""
    }
}

/// Fluent syntax errors of a catalogue source (for tests and tooling).
pub fn syntax_errors(source: &str) -> Vec<String> {
    match fluent_syntax::parser::parse_runtime(source) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors.iter().map(|e| format!("{e:?}")).collect(),
    }
}

/// A `qvalue` (RFC 9110 §12.4.2: `0`, `1` or a fraction with up to three digits) in
/// thousandths; `None` for anything else.
fn quality_of(value: &str) -> Option<u16> {
    let (whole, fraction) = value.split_once('.').unwrap_or((value, ""));
    if fraction.len() > 3 || !fraction.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let thousandths = fraction
        .bytes()
        .chain(std::iter::repeat(b'0'))
        .take(3)
        .fold(0u16, |n, digit| n * 10 + u16::from(digit - b'0'));
    match whole {
        "0" => Some(thousandths),
        "1" if thousandths == 0 => Some(1000),
        _ => None,
    }
}
