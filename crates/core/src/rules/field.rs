//! The personal-data fields a statement can carry, how each free field is checked, and the
//! patterns the ruleset states formats with.

use regex_lite::Regex;
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
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    regex: Regex,
}

impl Pattern {
    /// Compiles `source`.
    pub fn new(source: &str) -> Result<Self, RulesetError> {
        let regex =
            Regex::new(source).map_err(|e| invalid(format!("bad pattern {source:?}: {e}")))?;
        Ok(Pattern {
            source: source.to_owned(),
            regex,
        })
    }

    /// Whether `s` matches.
    pub fn is_match(&self, s: &str) -> bool {
        self.regex.is_match(s)
    }

    /// The source text of the pattern.
    pub fn as_str(&self) -> &str {
        &self.source
    }
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
