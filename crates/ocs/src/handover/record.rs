//! The statement as an authority reads it: its Annex III fields under their `oct.property.*`
//! keys, in groups, checked against the one definition of what a statement carries
//! (`Ruleset::statement_fields`), so whatever the collector accepted is what is handed over.

use ocs_core::dates::{format_dmy, parse_iso_date};
use ocs_core::normalize::is_forbidden;
use ocs_core::rules::{Field, Presence, Ruleset, StateRules};
use ocs_core::statement::Statement;

use super::fault::OpenFault;

/// The group that carries the identity document in the hand-over file.
pub const ID_GROUP: &str = "oct.group.id";

/// One group of the hand-over record: its name and its (key, value) properties. Names and keys
/// are the ruleset's own text, borrowed: only the values are made per statement.
pub type Group<'r> = (&'r str, Vec<(&'r str, String)>);

/// A statement's hand-over record, its groups in file order, built once per statement (in the
/// parallel opening step) and wiped from memory when dropped: the values are personal data.
pub struct HandOver<'r>(pub Vec<Group<'r>>);

impl Drop for HandOver<'_> {
    fn drop(&mut self) {
        use zeroize::Zeroize as _;
        for (_, properties) in &mut self.0 {
            properties.iter_mut().for_each(|(_, value)| value.zeroize());
        }
    }
}

fn state<'r>(rules: &'r Ruleset, nationality: &str) -> Result<&'r StateRules, OpenFault> {
    rules
        .state(nationality)
        .ok_or_else(|| OpenFault::UnknownNationality(nationality.to_owned()))
}

/// The statement as the authority reads it: the Annex III fields of its nationality under their
/// `oct.property.*` keys, in groups; dates as dd/mm/yyyy, the country of residence as a
/// lower-case code; an optional field left empty is written empty. Fails unless the statement
/// carries every field it must and none it may not, and unless every value is text an XML file
/// can hold.
pub fn hand_over_groups<'r>(
    rules: &'r Ruleset,
    statement: &Statement,
) -> Result<HandOver<'r>, OpenFault> {
    let state = state(rules, &statement.nationality)?;
    let residence = statement.field(Field::Country).unwrap_or_default();
    let contract = rules.statement_fields(state, residence);
    let is_missing =
        |(f, p): &&(Field, Presence)| *p == Presence::Required && statement.field(*f).is_none();
    let is_extra = |k: &&str| !contract.iter().any(|(f, _)| f.as_str() == *k);
    // Only a faulty statement pays for the lists that name its faults.
    if contract.iter().any(|c| is_missing(&c)) || statement.fields.keys().any(|k| is_extra(&k)) {
        let missing: Vec<&str> = contract
            .iter()
            .filter(is_missing)
            .map(|(f, _)| f.as_str())
            .collect();
        let extra: Vec<&str> = statement.fields.keys().filter(is_extra).collect();
        return Err(OpenFault::Fields(format!(
            "missing {missing:?}, unexpected {extra:?}"
        )));
    }
    if let Some((field, _)) = statement
        .fields
        .iter()
        .find(|(_, value)| value.chars().any(is_forbidden))
    {
        return Err(OpenFault::Fields(format!(
            "{field} holds a character no hand-over file may carry"
        )));
    }
    let mut groups: Vec<Group<'r>> = Vec::new();
    let mut put = |group: &'r str, key: &'r str, value: String| match groups
        .iter_mut()
        .find(|(name, _)| *name == group)
    {
        Some((_, properties)) => properties.push((key, value)),
        None => groups.push((group, vec![(key, value)])),
    };
    for field in &state.fields {
        let spec = rules
            .field_spec(*field)
            .ok_or_else(|| OpenFault::Fields(format!("no export key for {}", field.as_str())))?;
        let value = statement.field(*field).unwrap_or_default();
        let value = match field {
            Field::DateOfBirth => parse_iso_date(value)
                .map(format_dmy)
                .map_err(|_| OpenFault::Fields("date_of_birth is not a date".into()))?,
            Field::Country => value.to_ascii_lowercase(),
            _ => value.to_owned(),
        };
        put(&spec.group, &spec.export_key, value);
    }
    if !state.documents.is_empty() {
        let doc_type = statement.field(Field::IdType).unwrap_or_default();
        let document = state
            .document(doc_type)
            .ok_or_else(|| OpenFault::Fields(format!("unknown document type {doc_type:?}")))?;
        let number = statement.field(Field::IdNumber).unwrap_or_default();
        put(ID_GROUP, &document.export_key, number.to_owned());
    }
    Ok(HandOver(groups))
}

/// Every property key a file for `nationality` can carry, in column order (CSV header).
pub fn hand_over_keys(rules: &Ruleset, nationality: &str) -> Result<Vec<String>, OpenFault> {
    let state = state(rules, nationality)?;
    let mut keys: Vec<String> = state
        .fields
        .iter()
        .filter_map(|f| rules.field_spec(*f).map(|s| s.export_key.clone()))
        .collect();
    keys.extend(state.documents.iter().map(|d| d.export_key.clone()));
    Ok(keys)
}
