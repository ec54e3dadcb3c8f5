//! What one member state requires: its documents (Part B), minimum ages, fields; and the
//! postal-code rule of a country of residence.

use serde::{Deserialize, Serialize};
use time::Date;

use super::field::{Field, Pattern};
use crate::checksum::Checksum;

/// An identification document or number a member state accepts (Annex III Part B).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSpec {
    /// Type name as submitted in `id_type`, e.g. `passport`, `personal.number`.
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Key in the hand-over file, e.g. `oct.property.passport`.
    pub export_key: String,
    /// Format of the compacted number (upper case, no spaces or separators).
    pub pattern: Pattern,
    /// A strict pattern blocks; a non-strict one is a hint the signatory may confirm past.
    pub strict: bool,
    /// Check-digit algorithm, used only where it is public and certain.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checksum: Option<Checksum>,
    /// Numbers of the same class name the same person (e.g. every personal number), so the dedupe
    /// token is built from the class rather than the type the signatory happened to choose.
    pub dedupe_class: String,
}

/// A minimum age in force from a date (or always, without `since`).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgeRule {
    /// First day the rule applies (always, without it).
    #[serde(
        default,
        with = "crate::dates::opt_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub since: Option<Date>,
    /// Minimum age in whole years on the signing day.
    pub age: u8,
}

/// Which part of Annex III a member state follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    /// Annex III Part A: names, residence address, date of birth.
    A,
    /// Annex III Part B: names and one identification number or document number.
    B,
}

/// What one member state of nationality requires of its signatories.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateRules {
    /// The state's English name (pages use the catalogues).
    pub name: String,
    /// Code the EU uses where it differs from ISO 3166 (EL for Greece).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_code: Option<String>,
    /// Minimum ages, each in force from its `since` date.
    pub min_age: Vec<AgeRule>,
    /// Free fields required, in form order (the ID fields follow from `documents`).
    pub fields: Vec<Field>,
    /// The documents accepted (Part B); empty for Part A.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentSpec>,
    /// A note for people reading the ruleset.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// A message the form shows signatories of this nationality, by its catalogue id (its
    /// texts are in the page languages' catalogues), e.g. Germany's rule for Germans abroad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub form_note: Option<String>,
}

impl StateRules {
    /// Part A (address and birth date) or Part B (an identification number).
    pub fn part(&self) -> Part {
        if self.documents.is_empty() {
            Part::A
        } else {
            Part::B
        }
    }

    /// Every field a statement for this state must carry, ID fields included.
    pub fn required_fields(&self) -> Vec<Field> {
        let mut all = self.fields.clone();
        if !self.documents.is_empty() {
            all.extend([Field::IdType, Field::IdNumber]);
        }
        all
    }

    /// The accepted document of that type.
    pub fn document(&self, doc_type: &str) -> Option<&DocumentSpec> {
        self.documents.iter().find(|d| d.doc_type == doc_type)
    }

    /// Minimum age in force on `day`.
    pub fn min_age_on(&self, day: Date) -> u8 {
        self.min_age
            .iter()
            .filter(|r| r.since.is_none_or(|since| since <= day))
            .max_by_key(|r| r.since)
            .map_or(u8::MAX, |r| r.age)
    }
}

/// The postal-code format of one country of residence.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostalCodeRule {
    /// Format of the compact, upper-case code.
    pub pattern: Pattern,
    /// Whether the code may be left empty.
    #[serde(default)]
    pub optional: bool,
}
