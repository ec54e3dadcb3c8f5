//! The ruleset: which data each member state of nationality requires, in which format, from which
//! age, and the thresholds an initiative must meet. It is data (JSON embedded at compile time, or
//! any other file of the same shape), so a change of law or a national initiative is a data change.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use regex_lite::Regex;
use serde::{Deserialize, Serialize};
use time::Date;

use crate::checksum::Checksum;
use crate::dates::{add_months, parse_iso_date};

/// The flagship ruleset: Regulation (EU) 2019/788, Annex III, with the Annex I thresholds.
pub const ECI_RULESET_JSON: &str = include_str!("rules/eci-2019-788.json");

/// ISO 3166-1 alpha-2 codes accepted as a country of residence.
const ISO3166_ALPHA2: &str = include_str!("rules/iso3166-1-alpha2.txt");

#[derive(Debug, thiserror::Error)]
pub enum RulesetError {
    #[error("ruleset is not valid JSON of the expected shape: {0}")]
    Json(#[from] serde_json::Error),
    #[error("ruleset: {0}")]
    Invalid(String),
}

fn invalid(msg: impl Into<String>) -> RulesetError {
    RulesetError::Invalid(msg.into())
}

/// A field of the statement that carries personal data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    FullFirstNames,
    FamilyNames,
    DateOfBirth,
    Street,
    StreetNumber,
    PostalCode,
    City,
    Country,
    IdType,
    IdNumber,
}

impl Field {
    pub const ALL: [Field; 10] = [
        Field::FullFirstNames,
        Field::FamilyNames,
        Field::DateOfBirth,
        Field::Street,
        Field::StreetNumber,
        Field::PostalCode,
        Field::City,
        Field::Country,
        Field::IdType,
        Field::IdNumber,
    ];

    /// The name used in forms, JSON and the canonical plaintext.
    pub fn as_str(self) -> &'static str {
        match self {
            Field::FullFirstNames => "full_first_names",
            Field::FamilyNames => "family_names",
            Field::DateOfBirth => "date_of_birth",
            Field::Street => "street",
            Field::StreetNumber => "street_number",
            Field::PostalCode => "postal_code",
            Field::City => "city",
            Field::Country => "country",
            Field::IdType => "id_type",
            Field::IdNumber => "id_number",
        }
    }

    pub fn from_name(name: &str) -> Option<Field> {
        Field::ALL.into_iter().find(|f| f.as_str() == name)
    }
}

/// How a free field's value is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldKind {
    Name,
    Text,
    Date,
    PostalCode,
    Country,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldSpec {
    /// Key in the hand-over file, e.g. `oct.property.family.names`.
    pub export_key: String,
    /// Group in the hand-over file, e.g. `oct.group.general`.
    pub group: String,
    pub kind: FieldKind,
    pub max_length: usize,
}

/// A regular expression kept with its source so the ruleset can be served as JSON.
#[derive(Debug, Clone)]
pub struct Pattern {
    source: String,
    regex: Regex,
}

impl Pattern {
    pub fn new(source: &str) -> Result<Self, RulesetError> {
        let regex =
            Regex::new(source).map_err(|e| invalid(format!("bad pattern {source:?}: {e}")))?;
        Ok(Pattern {
            source: source.to_owned(),
            regex,
        })
    }
    pub fn is_match(&self, s: &str) -> bool {
        self.regex.is_match(s)
    }
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

/// An identification document or number a member state accepts (Annex III Part B).
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DocumentSpec {
    /// Type name as submitted in `id_type`, e.g. `passport`, `personal.number`.
    #[serde(rename = "type")]
    pub doc_type: String,
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
    #[serde(
        default,
        with = "crate::dates::opt_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub since: Option<Date>,
    pub age: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Part {
    /// Annex III Part A: names, residence address, date of birth.
    A,
    /// Annex III Part B: names and one identification number or document number.
    B,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StateRules {
    pub name: String,
    /// Code the EU uses where it differs from ISO 3166 (EL for Greece).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eu_code: Option<String>,
    pub min_age: Vec<AgeRule>,
    /// Free fields required, in form order (the ID fields follow from `documents`).
    pub fields: Vec<Field>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentSpec>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl StateRules {
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

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PostalCodeRule {
    pub pattern: Pattern,
    #[serde(default)]
    pub optional: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdTable {
    #[serde(
        default,
        with = "crate::dates::opt_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_from: Option<Date>,
    #[serde(
        default,
        with = "crate::dates::opt_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_until: Option<Date>,
    pub multiplier: u32,
    pub per_state: BTreeMap<String, u32>,
}

impl ThresholdTable {
    fn applies_to(&self, registered: Date) -> bool {
        self.registered_from.is_none_or(|from| from <= registered)
            && self
                .registered_until
                .is_none_or(|until| registered <= until)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuccessRule {
    pub min_total: u64,
    pub min_states_over_threshold: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionRule {
    pub max_months: u32,
    pub start_within_months_of_registration: u32,
}

/// A complete ruleset. Load with [`Ruleset::from_json`] or use [`Ruleset::eci`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ruleset {
    pub id: String,
    pub name: String,
    /// Written into every statement and hand-over file: which annex the data was collected under.
    pub annex_revision: String,
    #[serde(default)]
    pub sources: Vec<String>,
    pub collection: CollectionRule,
    pub success: SuccessRule,
    pub fields: BTreeMap<Field, FieldSpec>,
    pub id_number_max_length: usize,
    #[serde(default)]
    pub postal_codes: BTreeMap<String, PostalCodeRule>,
    pub postal_code_default: PostalCodeRule,
    pub thresholds: Vec<ThresholdTable>,
    /// The member states whose nationals may sign, by ISO 3166-1 alpha-2 code.
    pub states: BTreeMap<String, StateRules>,
}

impl Ruleset {
    /// The embedded ECI ruleset, parsed once.
    pub fn eci() -> Result<&'static Ruleset, &'static RulesetError> {
        static ECI: OnceLock<Result<Ruleset, RulesetError>> = OnceLock::new();
        ECI.get_or_init(|| Ruleset::from_json(ECI_RULESET_JSON))
            .as_ref()
    }

    /// Parses and checks a ruleset, so that a bad file fails at load rather than at signing.
    pub fn from_json(json: &str) -> Result<Ruleset, RulesetError> {
        let rules: Ruleset = serde_json::from_str(json)?;
        rules.check()?;
        Ok(rules)
    }

    fn check(&self) -> Result<(), RulesetError> {
        if self.states.is_empty() {
            return Err(invalid("no states"));
        }
        for (code, state) in &self.states {
            if !is_country_code(code) {
                return Err(invalid(format!("{code} is not an ISO 3166-1 alpha-2 code")));
            }
            if state.min_age.is_empty() {
                return Err(invalid(format!("{code}: no minimum age")));
            }
            for field in &state.fields {
                if matches!(field, Field::IdType | Field::IdNumber) {
                    return Err(invalid(format!(
                        "{code}: ID fields follow from `documents`, do not list them"
                    )));
                }
                if !self.fields.contains_key(field) {
                    return Err(invalid(format!(
                        "{code}: field {} has no spec",
                        field.as_str()
                    )));
                }
            }
            if state.fields.is_empty() {
                return Err(invalid(format!("{code}: no fields")));
            }
            for (i, doc) in state.documents.iter().enumerate() {
                if state.documents[..i]
                    .iter()
                    .any(|d| d.doc_type == doc.doc_type)
                {
                    return Err(invalid(format!("{code}: document {} twice", doc.doc_type)));
                }
            }
            for table in &self.thresholds {
                if !table.per_state.contains_key(code) {
                    return Err(invalid(format!("{code}: missing from a threshold table")));
                }
            }
        }
        for code in self.postal_codes.keys() {
            if !is_country_code(code) {
                return Err(invalid(format!(
                    "postal code rule for unknown country {code}"
                )));
            }
        }
        Ok(())
    }

    /// Resolves a nationality code (ISO, or the EU's own like EL for Greece; any case) to the
    /// state's ISO code and rules.
    pub fn resolve_nationality(&self, code: &str) -> Option<(&str, &StateRules)> {
        let code = code.trim().to_ascii_uppercase();
        self.states
            .iter()
            .find(|(iso, s)| **iso == code || s.eu_code.as_deref() == Some(&code))
            .map(|(iso, s)| (iso.as_str(), s))
    }

    pub fn state(&self, code: &str) -> Option<&StateRules> {
        self.states.get(code)
    }

    pub fn field_spec(&self, field: Field) -> Option<&FieldSpec> {
        self.fields.get(&field)
    }

    pub fn postal_code_rule(&self, residence: &str) -> &PostalCodeRule {
        self.postal_codes
            .get(residence)
            .unwrap_or(&self.postal_code_default)
    }

    /// The threshold table for an initiative registered on `registered`, if any applies.
    pub fn thresholds_for(&self, registered: Date) -> Option<&ThresholdTable> {
        self.thresholds.iter().find(|t| t.applies_to(registered))
    }
}

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

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum InitiativeError {
    #[error("the collection period ends before it starts")]
    EndsBeforeStart,
    #[error("the collection period is longer than {0} months")]
    TooLong(u32),
    #[error("the collection starts before the initiative was registered")]
    StartsBeforeRegistration,
    #[error("the collection starts more than {0} months after registration")]
    StartsTooLate(u32),
    #[error("no threshold table of the ruleset covers the registration date")]
    NoThresholds,
    #[error("the initiative id must not be empty or longer than 64 bytes")]
    BadId,
}

/// The initiative being collected for, as configured by the organiser.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initiative {
    /// Registration number, e.g. `ECI(2024)000007`. Bound into every envelope.
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub register_url: String,
    #[serde(with = "crate::dates::iso")]
    pub registration_date: Date,
    /// First and last day of collection, inclusive, as UTC calendar days.
    #[serde(with = "crate::dates::iso")]
    pub collection_start: Date,
    #[serde(with = "crate::dates::iso")]
    pub collection_end: Date,
}

/// Where a day falls against the collection period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CollectionStatus {
    NotStarted,
    Open,
    Ended,
}

impl Initiative {
    /// Checks the initiative against the ruleset's collection rules.
    pub fn check(&self, rules: &Ruleset) -> Result<(), InitiativeError> {
        if self.id.trim().is_empty() || self.id.len() > 64 {
            return Err(InitiativeError::BadId);
        }
        if self.collection_end < self.collection_start {
            return Err(InitiativeError::EndsBeforeStart);
        }
        let max = rules.collection.max_months;
        // 12 months starting on 1 May end on 30 April of the next year.
        let latest_end = add_months(self.collection_start, max).and_then(|d| d.previous_day());
        if latest_end.is_none_or(|latest| self.collection_end > latest) {
            return Err(InitiativeError::TooLong(max));
        }
        if self.collection_start < self.registration_date {
            return Err(InitiativeError::StartsBeforeRegistration);
        }
        let delay = rules.collection.start_within_months_of_registration;
        if add_months(self.registration_date, delay)
            .is_none_or(|latest| self.collection_start > latest)
        {
            return Err(InitiativeError::StartsTooLate(delay));
        }
        if rules.thresholds_for(self.registration_date).is_none() {
            return Err(InitiativeError::NoThresholds);
        }
        Ok(())
    }

    pub fn collection_status(&self, day: Date) -> CollectionStatus {
        if day < self.collection_start {
            CollectionStatus::NotStarted
        } else if day > self.collection_end {
            CollectionStatus::Ended
        } else {
            CollectionStatus::Open
        }
    }

    pub fn parse_dates(
        registration: &str,
        start: &str,
        end: &str,
    ) -> Result<(Date, Date, Date), time::error::Parse> {
        Ok((
            parse_iso_date(registration)?,
            parse_iso_date(start)?,
            parse_iso_date(end)?,
        ))
    }
}

/// Months after the start of collection at which statements must be destroyed at the latest
/// (Art. 19 of Regulation 2019/788).
pub const RETENTION_MONTHS_AFTER_START: u32 = 21;
/// Months after submission to the Commission, or after a withdrawal, to destroy statements.
pub const RETENTION_MONTHS_AFTER_SUBMISSION: u32 = 1;

/// The dates that decide when statements are destroyed (docs/retention.md).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retention {
    #[serde(with = "crate::dates::iso")]
    pub collection_start: Date,
    /// When the initiative was submitted to the Commission, once it was.
    #[serde(default, with = "crate::dates::opt_iso")]
    pub submitted: Option<Date>,
    /// When the organisers withdrew the initiative, if they did.
    #[serde(default, with = "crate::dates::opt_iso")]
    pub withdrawn: Option<Date>,
}

/// Whether statements may still be kept on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RetentionStatus {
    /// Keep them; destroy on `until` at the latest (as known today).
    Keep { until: Date },
    /// The deadline `since` has come: destroy them.
    Destroy { since: Date },
}

impl Retention {
    /// The earliest of: 21 months after collection started, 1 month after submission to the
    /// Commission, 1 month after a withdrawal.
    pub fn deadline(&self) -> Date {
        let after = |d: Date, months: u32| add_months(d, months).unwrap_or(Date::MAX);
        [
            Some(after(self.collection_start, RETENTION_MONTHS_AFTER_START)),
            self.submitted
                .map(|d| after(d, RETENTION_MONTHS_AFTER_SUBMISSION)),
            self.withdrawn
                .map(|d| after(d, RETENTION_MONTHS_AFTER_SUBMISSION)),
        ]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(Date::MAX)
    }

    /// True once the initiative was submitted to the Commission or withdrawn: no more signing.
    pub fn collection_over(&self, today: Date) -> bool {
        self.submitted.is_some_and(|d| d <= today) || self.withdrawn.is_some_and(|d| d <= today)
    }

    pub fn status(&self, today: Date) -> RetentionStatus {
        let deadline = self.deadline();
        if today >= deadline {
            RetentionStatus::Destroy { since: deadline }
        } else {
            RetentionStatus::Keep { until: deadline }
        }
    }
}

/// Progress of an initiative against the ruleset's success rule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    pub total: u64,
    pub states: Vec<StateProgress>,
    pub states_over_threshold: usize,
    pub min_total: u64,
    pub min_states_over_threshold: usize,
    pub successful: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StateProgress {
    pub code: String,
    pub count: u64,
    pub threshold: u32,
    pub reached: bool,
}

impl Ruleset {
    /// Measures counts per nationality against the thresholds in force for `registered`.
    pub fn progress(&self, registered: Date, counts: &BTreeMap<String, u64>) -> Option<Progress> {
        let table = self.thresholds_for(registered)?;
        let states: Vec<StateProgress> = self
            .states
            .keys()
            .map(|code| {
                let count = counts.get(code).copied().unwrap_or(0);
                let threshold = table.per_state.get(code).copied().unwrap_or(u32::MAX);
                StateProgress {
                    code: code.clone(),
                    count,
                    threshold,
                    reached: count >= u64::from(threshold),
                }
            })
            .collect();
        let total = states.iter().map(|s| s.count).sum();
        let states_over_threshold = states.iter().filter(|s| s.reached).count();
        Some(Progress {
            total,
            states_over_threshold,
            min_total: self.success.min_total,
            min_states_over_threshold: self.success.min_states_over_threshold,
            successful: total >= self.success.min_total
                && states_over_threshold >= self.success.min_states_over_threshold,
            states,
        })
    }
}
