//! Which catalogue message names each field, document and error code, and each field's
//! `autocomplete` token.

use crate::i18n::{Lang, Texts};
use crate::rules::Field;
use crate::statement::ErrorCode;

/// Catalogue id of a field's label: `field-` and the field name in kebab case.
pub fn label_id(field: Field) -> String {
    format!("field-{}", field.as_str().replace('_', "-"))
}

pub(crate) fn hint_id(field: Field) -> Option<&'static str> {
    match field {
        Field::FullFirstNames => Some("hint-full-first-names"),
        Field::FamilyNames => Some("hint-family-names"),
        Field::DateOfBirth => Some("hint-date-of-birth"),
        Field::PostalCode => Some("hint-postal-code"),
        _ => None,
    }
}

pub(crate) fn autocomplete(field: Field) -> &'static str {
    match field {
        Field::FullFirstNames => "given-name",
        Field::FamilyNames => "family-name",
        Field::DateOfBirth => "bday",
        Field::Street => "address-line1",
        Field::StreetNumber => "address-line2",
        Field::PostalCode => "postal-code",
        Field::City => "address-level2",
        Field::Country => "country",
        Field::IdType | Field::IdNumber => "off",
    }
}

/// Catalogue id of an identification document's name (`type` values in the ruleset).
pub fn document_id(doc_type: &str) -> &'static str {
    match doc_type {
        "passport" => "doc-passport",
        "id.card" => "doc-id-card",
        "citizens.card" => "doc-citizens-card",
        "national.id.number" | "personal.id" => "doc-personal-id",
        "personal.number" => "doc-personal-number",
        _ => "field-id-number",
    }
}

/// Catalogue id of the text for an error code: `error-` and the code in kebab case.
pub fn error_id(code: ErrorCode) -> String {
    format!("error-{}", code.as_str().replace('_', "-"))
}

/// English text for an error code (the JSON API's `message`; pages use their language).
pub fn error_message(code: ErrorCode) -> String {
    Texts::of(Lang::ENGLISH).get(&error_id(code))
}
