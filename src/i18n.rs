//! Page languages: the 24 official EU languages, chosen from the URL (`/{lang}/…`) or, for `/`,
//! negotiated from `Accept-Language`. Every language has its route, `lang` attribute and entry in
//! the switcher today; the texts are English until the translation catalogues land (issue #5), so
//! a page in any language never shows a missing string.

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
    /// the first offered.
    pub fn negotiate_among(accept_language: &str, offered: &[Lang]) -> Lang {
        let fallback = if offered.contains(&Lang::ENGLISH) {
            Lang::ENGLISH
        } else {
            offered.first().copied().unwrap_or(Lang::ENGLISH)
        };
        let mut best: Option<(Lang, f32)> = None;
        for item in accept_language.split(',') {
            let mut parts = item.split(';');
            let tag = parts.next().unwrap_or("").trim().to_ascii_lowercase();
            let quality = parts
                .find_map(|p| p.trim().strip_prefix("q=").map(str::to_owned))
                .and_then(|q| q.trim().parse::<f32>().ok())
                .unwrap_or(1.0);
            let primary = tag.split('-').next().unwrap_or("");
            if let Some(lang) = Lang::from_code(primary).filter(|l| offered.contains(l)) {
                if quality > 0.0 && best.is_none_or(|(_, q)| quality > q) {
                    best = Some((lang, quality));
                }
            }
        }
        best.map_or(fallback, |(lang, _)| lang)
    }

    pub fn code(self) -> &'static str {
        self.0
    }

    pub fn autonym(self) -> &'static str {
        LANGUAGES
            .iter()
            .find(|(c, _)| *c == self.0)
            .map_or("English", |(_, name)| name)
    }
}
