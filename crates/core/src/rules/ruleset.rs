//! A complete ruleset: which data each member state of nationality requires, in which format,
//! from which age, and the thresholds an initiative must meet. It is data (JSON embedded at
//! compile time, or any other file of the same shape), so a change of law or a national
//! initiative is a data change.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};
use time::Date;

use super::countries::is_country_code;
use super::field::{Field, FieldSpec};
use super::ruleset_error::{invalid, RulesetError};
use super::state::{PostalCodeRule, StateRules};

/// The flagship ruleset: Regulation (EU) 2019/788, Annex III, with the Annex I thresholds.
pub const ECI_RULESET_JSON: &str = include_str!("../../data/eci-2019-788.json");

/// Annex I: the minimum number of signatories per member state, for initiatives registered
/// within a date range.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThresholdTable {
    /// First registration day the table applies to.
    #[serde(
        default,
        with = "crate::dates::opt_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_from: Option<Date>,
    /// Last registration day the table applies to.
    #[serde(
        default,
        with = "crate::dates::opt_iso",
        skip_serializing_if = "Option::is_none"
    )]
    pub registered_until: Option<Date>,
    /// Seats in the European Parliament × this gives each threshold.
    pub multiplier: u32,
    /// Threshold per member state (ISO code).
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

/// When an initiative has succeeded.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SuccessRule {
    /// Statements needed in total.
    pub min_total: u64,
    /// Member states that must reach their threshold.
    pub min_states_over_threshold: usize,
}

/// Limits on the collection period.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CollectionRule {
    /// Longest collection period.
    pub max_months: u32,
    /// Latest start after registration.
    pub start_within_months_of_registration: u32,
}

/// A complete ruleset. Load with [`Ruleset::from_json`] or use [`Ruleset::eci`].
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ruleset {
    /// Identifier of the ruleset.
    pub id: String,
    /// Human name of the ruleset.
    pub name: String,
    /// Written into every statement: which annex the data was collected under.
    pub annex_revision: String,
    /// `annexRevision` of the hand-over files, as the Commission's data model numbers it: 0 for
    /// the original Annex III (Regulation 211/2011), 1 for the amended one (2019/788).
    pub export_annex_revision: u8,
    /// Legal sources, for people.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Limits on the collection period.
    pub collection: CollectionRule,
    /// The success rule.
    pub success: SuccessRule,
    /// How each free field is checked and exported.
    pub fields: BTreeMap<Field, FieldSpec>,
    /// Longest ID number after compaction.
    pub id_number_max_length: usize,
    /// Postal-code rules per country of residence.
    #[serde(default)]
    pub postal_codes: BTreeMap<String, PostalCodeRule>,
    /// The rule for every other country of residence.
    pub postal_code_default: PostalCodeRule,
    /// Annex I tables, by registration date.
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
                if state
                    .documents
                    .iter()
                    .take(i)
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

    /// The rules of a state, by ISO code.
    pub fn state(&self, code: &str) -> Option<&StateRules> {
        self.states.get(code)
    }

    /// How a free field is checked and exported.
    pub fn field_spec(&self, field: Field) -> Option<&FieldSpec> {
        self.fields.get(&field)
    }

    /// The postal-code rule of a country of residence.
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
