//! The one definition of which fields a statement carries: validation requires exactly these,
//! sealing stores exactly these, and the export and the statistics read exactly these back.

use super::countries::is_country_code;
use super::field::Field;
use super::ruleset::Ruleset;
use super::state::StateRules;

/// Whether a statement must carry a field or may leave it empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// Always there, never empty.
    Required,
    /// There only when the signatory gave it (a postal code where the country of residence has
    /// none, or none that is checked).
    Optional,
}

impl Ruleset {
    /// The fields a statement of nationality `state` carries, in form order, given the country
    /// of residence (upper-case ISO code, as submitted or as stored; Part A only).
    pub fn statement_fields(&self, state: &StateRules, residence: &str) -> Vec<(Field, Presence)> {
        state
            .required_fields()
            .into_iter()
            .map(|field| {
                let optional = field == Field::PostalCode
                    && is_country_code(residence)
                    && self.postal_code_rule(residence).optional;
                let presence = if optional {
                    Presence::Optional
                } else {
                    Presence::Required
                };
                (field, presence)
            })
            .collect()
    }
}
