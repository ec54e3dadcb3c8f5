//! The personal-data fields a statement can carry, how each free field is checked, and the
//! patterns the ruleset states formats with.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::ruleset_error::{invalid, RulesetError};

/// A field of the statement that carries personal data.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Field {
    /// All first names, as in the identity document.
    FullFirstNames,
    /// All family names.
    FamilyNames,
    /// Date of birth (Part A).
    DateOfBirth,
    /// Street of the permanent residence (Part A).
    Street,
    /// House number (Part A).
    StreetNumber,
    /// Postal code (Part A).
    PostalCode,
    /// City (Part A).
    City,
    /// Country of residence (Part A), ISO 3166-1 alpha-2.
    Country,
    /// The identification document's type (Part B).
    IdType,
    /// The identification number (Part B).
    IdNumber,
}

impl Field {
    /// Every field, in form order.
    pub fn all() -> impl Iterator<Item = Field> {
        <Field as strum::IntoEnumIterator>::iter()
    }

    /// The name used in forms, JSON and the canonical plaintext.
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    /// The field of that name.
    pub fn from_name(name: &str) -> Option<Field> {
        name.parse().ok()
    }
}

/// How a free field's value is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    /// Letters, combining marks, spaces and name punctuation.
    Name,
    /// Any safe text.
    Text,
    /// A date (of birth).
    Date,
    /// A postal code, checked by the rule of the country of residence.
    PostalCode,
    /// An ISO 3166-1 alpha-2 code.
    Country,
}

/// How one free field is checked and where it goes in the hand-over file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Key in the hand-over file, e.g. `oct.property.family.names`.
    pub export_key: String,
    /// Group in the hand-over file, e.g. `oct.group.general`.
    pub group: String,
    /// How the value is checked.
    pub kind: FieldKind,
    /// Longest value, in characters.
    pub max_length: usize,
}

/// A regular expression kept with its source so the ruleset can be served as JSON.
///
/// A ruleset's patterns keep to what every engine reads alike ([`check_portable`]): regex-lite's
/// (the `regex` feature, on by default: `ocs` and native tests) and the JavaScript runtime's
/// `RegExp` (the worker, through a [`PatternMatcher`] it installs, without regex-lite's 10 KiB
/// of compressed code).
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    #[cfg(feature = "regex")]
    regex: regex_lite::Regex,
}

/// Whether `value` matches `pattern` (whole-string anchors are the pattern's own); `None` if the
/// engine cannot compile `pattern`.
pub type PatternMatcher = fn(&str, &str) -> Option<bool>;

static MATCHER: OnceLock<PatternMatcher> = OnceLock::new();

/// Installs the platform's regular expressions, used by a build without regex-lite (the first
/// one installed stays).
pub fn use_pattern_matcher(matcher: PatternMatcher) {
    let _ = MATCHER.set(matcher);
}

impl Pattern {
    /// Checks that `source` is portable ([`check_portable`]) and compiles it.
    pub fn new(source: &str) -> Result<Self, RulesetError> {
        check_portable(source).map_err(|e| invalid(format!("bad pattern {source:?}: {e}")))?;
        #[cfg(feature = "regex")]
        let regex = regex_lite::Regex::new(source)
            .map_err(|e| invalid(format!("bad pattern {source:?}: {e}")))?;
        #[cfg(not(feature = "regex"))]
        match MATCHER.get().map(|matcher| matcher(source, "")) {
            Some(Some(_)) => {}
            Some(None) => return Err(invalid(format!("bad pattern {source:?}"))),
            None => return Err(invalid("no regular expression engine installed")),
        }
        Ok(Pattern {
            source: source.to_owned(),
            #[cfg(feature = "regex")]
            regex,
        })
    }

    /// Whether `s` matches: by regex-lite, else by the installed engine (with neither, nothing
    /// matches).
    pub fn is_match(&self, s: &str) -> bool {
        #[cfg(feature = "regex")]
        return self.regex.is_match(s);
        #[cfg(not(feature = "regex"))]
        MATCHER
            .get()
            .and_then(|matcher| matcher(&self.source, s))
            .unwrap_or(false)
    }

    /// The source text of the pattern.
    pub fn as_str(&self) -> &str {
        &self.source
    }
}

/// Why a pattern is not portable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PortabilityError {
    /// A character the portable syntax leaves out.
    #[error("{0:?} is outside the portable syntax (literals, [classes], (groups), |, ^, $, ?, *, +, {{n,m}})")]
    Unsupported(char),
    /// Brackets, braces or parentheses that do not close, or a quantifier with nothing before it.
    #[error("malformed at character {0}")]
    Malformed(usize),
}

/// Checks that a pattern keeps to the syntax regex-lite and JavaScript's `RegExp` (with the `u`
/// flag) read alike, so the worker and `ocs` agree on every value: literal characters, classes of
/// characters and ranges (`[A-Z0-9]`, `[^0-9]`), groups without options, alternation, the anchors
/// `^` and `$`, and the greedy quantifiers `?`, `*`, `+`, `{n}`, `{n,}` and `{n,m}`. Escapes, `.`
/// (whose line terminators differ), flags, lazy quantifiers and look-around are refused.
pub fn check_portable(source: &str) -> Result<(), PortabilityError> {
    use PortabilityError::{Malformed, Unsupported};
    let chars: Vec<char> = source.chars().collect();
    let mut depth = 0usize;
    let mut quantifiable = false;
    let mut at = 0;
    while let Some(&c) = chars.get(at) {
        match c {
            '\\' | '.' => return Err(Unsupported(c)),
            '[' => {
                at += 1;
                if chars.get(at) == Some(&'^') {
                    at += 1;
                }
                let mut members = 0;
                loop {
                    match chars.get(at) {
                        None => return Err(Malformed(at)),
                        Some(']') if members > 0 => break,
                        Some(&m) if is_class_member(m) => {
                            if chars.get(at + 1) == Some(&'-') && chars.get(at + 2) != Some(&']') {
                                match chars.get(at + 2) {
                                    Some(&last) if is_class_member(last) && m <= last => at += 2,
                                    _ => return Err(Malformed(at + 2)),
                                }
                            }
                        }
                        Some(&m) => return Err(Unsupported(m)),
                    }
                    members += 1;
                    at += 1;
                }
                quantifiable = true;
            }
            '(' => {
                if chars.get(at + 1) == Some(&'?') {
                    return Err(Unsupported('?'));
                }
                depth += 1;
                quantifiable = false;
            }
            ')' => {
                depth = depth.checked_sub(1).ok_or(Malformed(at))?;
                quantifiable = true;
            }
            '|' | '^' | '$' => quantifiable = false,
            '?' | '*' | '+' | '{' => {
                if !quantifiable {
                    return Err(Malformed(at));
                }
                if c == '{' {
                    let close = (at..chars.len())
                        .find(|&i| chars.get(i) == Some(&'}'))
                        .ok_or(Malformed(at))?;
                    let inner: String = chars
                        .get(at + 1..close)
                        .unwrap_or_default()
                        .iter()
                        .collect();
                    let (low, high) = inner.split_once(',').unwrap_or((&inner, &inner));
                    let number = |s: &str| {
                        !s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())
                    };
                    let bounded = number(low) && (high.is_empty() || number(high));
                    let ordered =
                        high.is_empty() || low.parse::<u32>().ok() <= high.parse::<u32>().ok();
                    if !bounded || !ordered {
                        return Err(Malformed(at));
                    }
                    at = close;
                }
                if matches!(chars.get(at + 1), Some('?' | '*' | '+' | '{')) {
                    return Err(Unsupported(chars.get(at + 1).copied().unwrap_or(c)));
                }
                quantifiable = false;
            }
            ']' | '}' => return Err(Malformed(at)),
            c if c.is_control() => return Err(Unsupported(c)),
            _ => quantifiable = true,
        }
        at += 1;
    }
    if depth == 0 {
        Ok(())
    } else {
        Err(Malformed(at))
    }
}

/// A character a class may list or bound a range with (`&` and `~` are left out: regex-lite
/// refuses `&&` and `~~` in a class as set operations, where `RegExp` reads two characters).
fn is_class_member(c: char) -> bool {
    !matches!(c, '\\' | '[' | ']' | '^' | '-' | '&' | '~') && !c.is_control()
}

impl Serialize for Pattern {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.source)
    }
}

impl<'de> Deserialize<'de> for Pattern {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let source = String::deserialize(d)?;
        Pattern::new(&source).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn portable_patterns() {
        for ok in [
            "^[0-9]{5}$",
            "^([AC-FHKNPRTV-Y][0-9]{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}$",
            "^([0-9]{2})?[0-9]{10}$",
            "^[^0-9]+x*$",
            "^Ä[À-ÿ]{1,}$",
        ] {
            assert_eq!(check_portable(ok), Ok(()), "{ok}");
        }
        for (bad, why) in [
            (r"^\d{5}$", PortabilityError::Unsupported('\\')),
            ("^.{5}$", PortabilityError::Unsupported('.')),
            ("^(?i)ab$", PortabilityError::Unsupported('?')),
            ("^a+?$", PortabilityError::Unsupported('?')),
            ("^a{2}{3}$", PortabilityError::Unsupported('{')),
            ("^[0-9$", PortabilityError::Malformed(6)),
            ("^[]$", PortabilityError::Unsupported(']')),
            ("^[A-]$", PortabilityError::Unsupported('-')),
            ("^[9-0]$", PortabilityError::Malformed(4)),
            ("^a{3,2}$", PortabilityError::Malformed(2)),
            ("^a{,2}$", PortabilityError::Malformed(2)),
            ("^(a$", PortabilityError::Malformed(4)),
            ("^a)$", PortabilityError::Malformed(2)),
            ("*a", PortabilityError::Malformed(0)),
            ("^a}$", PortabilityError::Malformed(2)),
            ("^a\u{0}$", PortabilityError::Unsupported('\u{0}')),
            ("^[A-Z&&B]$", PortabilityError::Unsupported('&')),
            ("^[A--Z]$", PortabilityError::Malformed(4)),
        ] {
            assert_eq!(check_portable(bad), Err(why), "{bad}");
        }
    }

    /// Whatever the check lets through, regex-lite compiles: drawn strings of the syntax's own
    /// characters (most of them refused, thousands accepted).
    #[cfg(feature = "regex")]
    #[test]
    fn every_portable_pattern_compiles() {
        let alphabet: Vec<char> = "^$[]()|?*+{},-09AZaé&".chars().collect();
        let mut seed = 0x9E37_79B9_7F4A_7C15_u64;
        let mut accepted = 0;
        for _ in 0..200_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let length = (seed % 12) as usize + 1;
            let pattern: String = (0..length)
                .map(|i| alphabet[((seed >> (5 * i)) % alphabet.len() as u64) as usize])
                .collect();
            if check_portable(&pattern).is_ok() {
                accepted += 1;
                assert!(
                    regex_lite::Regex::new(&pattern).is_ok(),
                    "{pattern:?} passes the check but regex-lite refuses it"
                );
            }
        }
        assert!(accepted > 1_000, "{accepted}");
    }
}
