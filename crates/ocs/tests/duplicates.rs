//! Duplicates after decryption: exact ones (the dedupe identity) and the near ones the token
//! cannot see, each set of statements reported once under its strongest likeness.

use ocs_testkit as common;

use common::{borrow, part_a, part_b, with};
use ocs::duplicates::{Finder, Likeness};
use ocs_core::Statement;

fn signed(pairs: &[(&'static str, String)]) -> Statement {
    common::validate(&borrow(pairs)).unwrap().statement
}

fn likenesses(statements: &[&Statement]) -> Vec<(Likeness, usize)> {
    let mut finder = Finder::default();
    for s in statements {
        finder.add(common::rules(), s);
    }
    finder
        .groups()
        .into_iter()
        .map(|g| (g.likeness, g.statements.len()))
        .collect()
}

#[test]
fn the_same_identity_twice_is_an_exact_duplicate_reported_once() {
    let a = signed(&part_a("FR"));
    let b = signed(&part_a("FR"));
    assert_eq!(likenesses(&[&a, &b]), vec![(Likeness::Exact, 2)]);
}

#[test]
fn a_greek_name_in_capitals_is_the_same_identity() {
    let family = |name: &str| with(&part_a("GR"), "family_names", Some(name));
    let lower = signed(&family("Παπαδόπουλος"));
    let capitals = signed(&family("ΠΑΠΑΔΟΠΟΥΛΟΣ"));
    assert_eq!(likenesses(&[&lower, &capitals]), vec![(Likeness::Exact, 2)]);
}

#[test]
fn the_same_number_as_two_document_types_is_a_near_duplicate() {
    let confirm =
        |pairs: Vec<(&'static str, String)>| with(&pairs, "id_number_confirmed", Some("on"));
    let id_card = signed(&confirm(part_b("CY", "id.card", "1234567")));
    let passport = signed(&confirm(part_b("CY", "passport", "1234567")));
    assert_eq!(
        likenesses(&[&id_card, &passport]),
        vec![(Likeness::SameNumber, 2)]
    );
    // The same number in another member state is another person.
    let other = signed(&confirm(part_b("CZ", "passport", "1234567")));
    assert_eq!(likenesses(&[&id_card, &other]), vec![]);
}

#[test]
fn swapped_or_shortened_names_with_the_same_birth_date_are_near_duplicates() {
    let original = signed(&part_a("DE"));
    let swapped = signed(&with(
        &with(
            &part_a("DE"),
            "full_first_names",
            Some("Müller-Lüdenscheidt"),
        ),
        "family_names",
        Some("Anna Maria"),
    ));
    assert_eq!(
        likenesses(&[&original, &swapped]),
        vec![(Likeness::SameNameWords, 2)]
    );
    let no_middle_name = signed(&with(&part_a("DE"), "full_first_names", Some("Anna")));
    assert_eq!(
        likenesses(&[&original, &no_middle_name]),
        vec![(Likeness::SameFirstGivenName, 2)]
    );
    // Another birth date: another person.
    let younger = signed(&with(&part_a("DE"), "date_of_birth", Some("1991-01-15")));
    assert_eq!(likenesses(&[&original, &younger]), vec![]);
}

#[test]
fn names_written_with_look_alike_letters_are_near_duplicates() {
    let latin = signed(&with(&part_a("DE"), "family_names", Some("Muster")));
    // A Cyrillic "М", "е" or "а": the same on paper, not for the dedupe token.
    for look_alike in ["Мuster", "Must\u{0435}r", "Musterm\u{0430}nn"] {
        let latin = if look_alike.ends_with("nn") {
            signed(&with(&part_a("DE"), "family_names", Some("Mustermann")))
        } else {
            latin.clone()
        };
        let other = signed(&with(&part_a("DE"), "family_names", Some(look_alike)));
        assert_ne!(
            latin.fields.get("family_names"),
            other.fields.get("family_names")
        );
        assert_eq!(
            likenesses(&[&latin, &other]),
            vec![(Likeness::LookAlikeNames, 2)],
            "{look_alike}"
        );
    }
    let greek = signed(&with(&part_a("GR"), "full_first_names", Some("ΟLGA")));
    let latin = signed(&with(&part_a("GR"), "full_first_names", Some("OLGA")));
    assert_eq!(
        likenesses(&[&greek, &latin]),
        vec![(Likeness::LookAlikeNames, 2)]
    );
    // Different names that merely share letters are not listed.
    let muster = signed(&with(&part_a("DE"), "family_names", Some("Muster")));
    let master = signed(&with(&part_a("DE"), "family_names", Some("Master")));
    assert_eq!(likenesses(&[&muster, &master]), vec![]);
}
