//! Text normalisation: what is stored (NFC, trimmed, single spaces), the compact form ID numbers
//! are checked in, and the folded form the dedupe token is computed over.
//!
//! Unicode's normal forms and case mappings come from tables (the `unicode-tables` feature, on by
//! default: unicode-normalization's and the standard library's) or from a [`Normalizer`] and a
//! [`CaseMapper`] the platform installs: the worker leaves the tables (a sixth of its compressed
//! bundle) out and uses the JavaScript runtime's own `String.prototype.normalize` and
//! `toLowerCase`/`toUpperCase` (ICU). Unicode's stability policy keeps the normal form of every
//! assigned character the same in every version, so both give the same result for text whose
//! characters are all assigned in both; a normaliser refuses text with a character its Unicode
//! version does not assign, so a later version cannot change a stored value or a dedupe token.

use std::sync::OnceLock;

use unicode_normalization::char::is_combining_mark;

/// A Unicode normalisation form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Canonical composition (what is stored).
    Nfc,
    /// Canonical decomposition (for sorting without accents).
    Nfd,
    /// Compatibility decomposition (for folding).
    Nfkd,
}

impl Form {
    /// The form's name, as `String.prototype.normalize` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Form::Nfc => "NFC",
            Form::Nfd => "NFD",
            Form::Nfkd => "NFKD",
        }
    }
}

/// Normalises text to a form; `None` if the text holds a code point the normaliser's Unicode
/// version does not assign.
pub type Normalizer = fn(&str, Form) -> Option<String>;

static INSTALLED: OnceLock<Normalizer> = OnceLock::new();

/// Installs the platform's normaliser, used from then on instead of the tables (the first one
/// installed stays).
pub fn use_normalizer(normalizer: Normalizer) {
    let _ = INSTALLED.set(normalizer);
}

/// `s` in `form`: by the installed normaliser, else by the tables; `None` without either (a
/// build without tables that installed none refuses text rather than store it unnormalised).
pub fn normalized(s: &str, form: Form) -> Option<String> {
    // ASCII is its own normal form in every form, and every ASCII code point is assigned: most
    // values need neither tables nor a call into the platform.
    if s.is_ascii() {
        return Some(s.to_owned());
    }
    match INSTALLED.get() {
        Some(normalizer) => normalizer(s, form),
        None => by_tables(s, form),
    }
}

#[cfg(feature = "unicode-tables")]
fn by_tables(s: &str, form: Form) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    Some(match form {
        Form::Nfc => s.nfc().collect(),
        Form::Nfd => s.nfd().collect(),
        Form::Nfkd => s.nfkd().collect(),
    })
}

#[cfg(not(feature = "unicode-tables"))]
fn by_tables(_: &str, _: Form) -> Option<String> {
    None
}

/// Upper or lower case, for [`to_case`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// Lower case.
    Lower,
    /// Upper case.
    Upper,
}

/// Maps text to a case character by character, with Unicode's full case mappings but neither
/// context nor language: every `Σ` becomes `σ` (never the final `ς`), `ß` becomes `SS`, `İ`
/// becomes `i̇`; what [`char::to_lowercase`] and [`char::to_uppercase`] give, one character after
/// another.
pub type CaseMapper = fn(&str, Case) -> String;

static CASE_MAPPER: OnceLock<CaseMapper> = OnceLock::new();

/// Installs the platform's case mapping, used from then on instead of the tables (the first one
/// installed stays).
pub fn use_case_mapper(mapper: CaseMapper) {
    let _ = CASE_MAPPER.set(mapper);
}

/// `s` in `case`, character by character ([`CaseMapper`]): by the installed mapper, else by the
/// tables. A build without tables that installed none maps only ASCII letters (the worker
/// installs the runtime's before it reads a request).
pub fn to_case(s: &str, case: Case) -> String {
    if s.is_ascii() {
        return ascii_case(s, case);
    }
    match CASE_MAPPER.get() {
        Some(mapper) => mapper(s, case),
        None => case_by_tables(s, case),
    }
}

fn ascii_case(s: &str, case: Case) -> String {
    match case {
        Case::Lower => s.to_ascii_lowercase(),
        Case::Upper => s.to_ascii_uppercase(),
    }
}

#[cfg(feature = "unicode-tables")]
fn case_by_tables(s: &str, case: Case) -> String {
    match case {
        Case::Lower => s.chars().flat_map(char::to_lowercase).collect(),
        Case::Upper => s.chars().flat_map(char::to_uppercase).collect(),
    }
}

#[cfg(not(feature = "unicode-tables"))]
fn case_by_tables(s: &str, case: Case) -> String {
    ascii_case(s, case)
}

/// NFC, trimmed, inner whitespace runs collapsed to one space. `None` if the text holds a
/// character no field may carry ([`is_forbidden`]) or one the normaliser does not know.
pub fn clean_text(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in normalized(s, Form::Nfc)?.chars() {
        if is_forbidden(c) {
            return None;
        }
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(c);
    }
    Some(out)
}

/// Characters no field may carry, because they are invisible, undefined, or break a file they
/// are written to:
/// - controls (C0, C1, DEL) but tab, line feed and carriage return (which a paste may bring and
///   which become a space), as XML 1.0 forbids them or they mean nothing in a name;
/// - default-ignorable code points (Unicode's `Default_Ignorable_Code_Point`): zero-width
///   characters, bidirectional controls, Hangul fillers, variation selectors, tags, …, which
///   render as nothing and make two identical-looking values differ;
/// - noncharacters (U+FDD0–U+FDEF and the last two of every plane, U+FFFE and U+FFFF among
///   them), which XML 1.0 forbids;
/// - private-use characters, which mean nothing outside an agreement no authority has;
/// - U+FFFC and U+FFFD, which stand for something that was lost.
///
/// Lone surrogates cannot reach here: they are not Unicode scalar values, so a body carrying
/// one is refused as unreadable before validation.
pub fn is_forbidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || is_default_ignorable(c)
        || is_noncharacter(c)
        || is_private_use(c)
        || matches!(c, '\u{FFFC}' | '\u{FFFD}')
}

/// `Default_Ignorable_Code_Point` of Unicode 15 (DerivedCoreProperties.txt). A test checks the
/// table against the JavaScript engine's own `\p{Default_Ignorable_Code_Point}`.
pub const DEFAULT_IGNORABLE: [(char, char); 17] = [
    ('\u{00AD}', '\u{00AD}'),
    ('\u{034F}', '\u{034F}'),
    ('\u{061C}', '\u{061C}'),
    ('\u{115F}', '\u{1160}'),
    ('\u{17B4}', '\u{17B5}'),
    ('\u{180B}', '\u{180F}'),
    ('\u{200B}', '\u{200F}'),
    ('\u{202A}', '\u{202E}'),
    ('\u{2060}', '\u{206F}'),
    ('\u{3164}', '\u{3164}'),
    ('\u{FE00}', '\u{FE0F}'),
    ('\u{FEFF}', '\u{FEFF}'),
    ('\u{FFA0}', '\u{FFA0}'),
    ('\u{FFF0}', '\u{FFF8}'),
    ('\u{1BCA0}', '\u{1BCA3}'),
    ('\u{1D173}', '\u{1D17A}'),
    ('\u{E0000}', '\u{E0FFF}'),
];

/// Whether `c` is a default-ignorable code point.
pub fn is_default_ignorable(c: char) -> bool {
    DEFAULT_IGNORABLE
        .iter()
        .any(|(first, last)| (*first..=*last).contains(&c))
}

fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

fn is_private_use(c: char) -> bool {
    matches!(u32::from(c), 0xE000..=0xF8FF | 0xF_0000..=0xF_FFFD | 0x10_0000..=0x10_FFFD)
}

/// The compact form of an identification number (from [`clean_text`]): upper case, without
/// spaces and the separators people type (`-`, `.`, `/`, `+`).
pub fn compact_id(s: &str) -> String {
    upper_without(s, |c| matches!(c, '-' | '.' | '/' | '+' | '_'))
}

/// The compact form of a postal code: upper case, without spaces and dashes.
pub fn compact_postal_code(s: &str) -> String {
    upper_without(s, |c| c == '-')
}

/// `s` in upper case, without whitespace and the separators `dropped` names.
fn upper_without(s: &str, dropped: impl Fn(char) -> bool) -> String {
    let kept: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && !dropped(*c))
        .collect();
    to_case(&kept, Case::Upper)
}

/// `s` decomposed (`form`: canonical or compatibility), its combining marks dropped, in lower
/// case: accents and case no longer tell two spellings apart. Text a normaliser does not know is
/// taken as it is.
pub(crate) fn unmarked_lower(s: &str, form: Form) -> String {
    let unmarked: String = normalized(s, form)
        .unwrap_or_else(|| s.to_owned())
        .chars()
        .filter(|c| !is_combining_mark(*c))
        .collect();
    to_case(&unmarked, Case::Lower)
}

/// Folds text for comparison: compatibility decomposition, accents dropped, lower case, the final
/// sigma as the medial one (ΠΑΠΑΔΟΠΟΥΛΟΣ and Παπαδόπουλος are one name), letters without a
/// decomposition spelled out (ß → ss, ł → l), and everything that is not a letter or digit
/// (spaces, punctuation, apostrophes) removed. "Łukasz  O'Brien-Núñez" → "lukaszobriennunez".
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Text reaching here passed `clean_text`, so a normaliser knows every character of it.
    for l in unmarked_lower(s, Form::Nfkd).chars() {
        match l {
            'ς' => out.push('σ'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'þ' => out.push_str("th"),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            'đ' | 'ð' => out.push('d'),
            'ı' => out.push('i'),
            'ħ' => out.push('h'),
            'ŧ' => out.push('t'),
            l if l.is_alphanumeric() => out.push(l),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleans() {
        assert_eq!(clean_text("  Jean \t  Luc \n").as_deref(), Some("Jean Luc"));
        // e + combining acute becomes the precomposed é.
        assert_eq!(clean_text("Rene\u{301}").as_deref(), Some("René"));
        assert_eq!(clean_text("a\u{0}b"), None);
        assert_eq!(clean_text("a\u{200B}b"), None);
        // A Hangul filler, a tag, a variation selector, a noncharacter, a bidi override.
        for bad in [
            '\u{3164}',
            '\u{E0041}',
            '\u{FE0F}',
            '\u{FFFF}',
            '\u{202E}',
            '\u{E000}',
        ] {
            assert_eq!(
                clean_text(&format!("Muster{bad}")),
                None,
                "{:04X}",
                u32::from(bad)
            );
        }
        assert_eq!(clean_text("   ").as_deref(), Some(""));
    }

    #[test]
    fn ascii_is_its_own_normal_form() {
        let ascii: String = (0u8..=127).map(char::from).collect();
        for form in [Form::Nfc, Form::Nfd, Form::Nfkd] {
            assert_eq!(by_tables(&ascii, form).as_deref(), Some(ascii.as_str()));
            assert_eq!(normalized(&ascii, form), by_tables(&ascii, form));
        }
    }

    #[test]
    fn compacts() {
        assert_eq!(compact_id(" 85.07.30-033.28 "), "85073003328");
        assert_eq!(compact_id("ab 123/45"), "AB12345");
        assert_eq!(compact_postal_code("1234 ab"), "1234AB");
    }

    #[test]
    fn folds() {
        assert_eq!(fold("Łukasz  O'Brien-Núñez"), "lukaszobriennunez");
        assert_eq!(fold("STRAẞE"), fold("strasse"));
        assert_eq!(fold("Ἀθηνᾶ"), "αθηνα");
        assert_eq!(fold("Søren Ærø"), "sorenaero");
        // The final sigma is no second letter: typed in capitals, a Greek name is the same.
        assert_eq!(fold("ΠΑΠΑΔΟΠΟΥΛΟΣ"), fold("Παπαδόπουλος"));
        assert_eq!(fold("Παπαδόπουλος"), "παπαδοπουλοσ");
    }

    #[test]
    fn maps_case_character_by_character() {
        assert_eq!(to_case("ΟΔΥΣΣΕΑΣ", Case::Lower), "οδυσσεασ");
        assert_eq!(to_case("Straße", Case::Upper), "STRASSE");
        assert_eq!(to_case("İ", Case::Lower), "i\u{307}");
        assert_eq!(to_case("Abc", Case::Lower), "abc");
    }
}
