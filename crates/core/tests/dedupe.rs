//! The dedupe token: the same person typing their data differently gets one token; different
//! people, initiatives or secrets get different ones. Plus normalisation properties.

use ocs_testkit as common;

use common::*;
use ocs_core::dedupe::{canonical_identity, DedupeError, DedupeSecret, DedupeToken};
use ocs_core::normalize::{clean_text, fold};
use ocs_core::Statement;
use proptest::prelude::*;

const SECRET: &str = "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f";

fn statement(pairs: &[(&'static str, String)]) -> Statement {
    validate(&borrow(pairs))
        .unwrap_or_else(|e| panic!("{e:?}"))
        .statement
        .clone()
}

fn token(pairs: &[(&'static str, String)]) -> DedupeToken {
    DedupeSecret::from_hex(SECRET)
        .unwrap()
        .token(rules(), &statement(pairs))
        .unwrap()
}

#[test]
fn part_b_numbers_typed_differently_are_one_person() {
    let a = token(&part_b("BE", "national.id.number", "85073003328"));
    for typed in ["85.07.30-033.28", " 850730 03328 ", "85/07/30/033/28"] {
        assert_eq!(
            token(&part_b("BE", "national.id.number", typed)),
            a,
            "{typed}"
        );
    }
    // A Swedish number with or without its century is the same number.
    assert_eq!(
        token(&part_b("SE", "personal.number", "196101164546")),
        token(&part_b("SE", "personal.number", "6101164546"))
    );
    // Names do not matter for Part B: the number identifies.
    let renamed = with(
        &part_b("BE", "national.id.number", "85073003328"),
        "family_names",
        Some("Other"),
    );
    assert_eq!(token(&renamed), a);
    assert_ne!(token(&part_b("BE", "national.id.number", "60031366730")), a);
}

#[test]
fn a_personal_number_class_spans_document_types() {
    // The same Romanian, by CNP: one class; but an ID card number is a different class.
    let cnp = token(&part_b("RO", "personal.id", "1630615123457"));
    let card = token(&part_b("RO", "id.card", "AB123456"));
    assert_ne!(cnp, card);
    let statement = statement(&part_b("RO", "personal.id", "1630615123457"));
    let identity = canonical_identity(rules(), &statement).unwrap();
    assert_eq!(
        identity.as_str(),
        "ocs-edge/dedupe/v1\u{1f}ECI(2026)000001\u{1f}RO\u{1f}B\u{1f}personal\u{1f}1630615123457"
    );
}

#[test]
fn part_a_names_fold_case_accents_spacing_and_punctuation() {
    let base = part_a("DE");
    let a = token(&base);
    for (first, family) in [
        ("ANNA MARIA", "MÜLLER-LÜDENSCHEIDT"),
        ("anna  maria", "muller ludenscheidt"),
        ("Anna-Maria", "Müller Lüdenscheidt"),
        ("Anna Maria", "Mu\u{308}ller-Lu\u{308}denscheidt"),
    ] {
        let v = with(
            &with(&base, "full_first_names", Some(first)),
            "family_names",
            Some(family),
        );
        assert_eq!(token(&v), a, "{first} {family}");
    }
    // Address changes do not make a new person.
    assert_eq!(token(&with(&base, "city", Some("Köln"))), a);
    // Another birth date does.
    assert_ne!(token(&with(&base, "date_of_birth", Some("1990-01-16"))), a);
    let statement = statement(&base);
    let identity = canonical_identity(rules(), &statement).unwrap();
    assert_eq!(identity.as_str(), "ocs-edge/dedupe/v1\u{1f}ECI(2026)000001\u{1f}DE\u{1f}A\u{1f}annamaria\u{1f}mullerludenscheidt\u{1f}1990-01-15");
}

#[test]
fn tokens_depend_on_the_secret_and_the_initiative() {
    let s = statement(&part_b("PL", "national.id.number", "44051401359"));
    let t1 = DedupeSecret::from_hex(SECRET)
        .unwrap()
        .token(rules(), &s)
        .unwrap();
    let other_secret = "ff".repeat(32);
    let t2 = DedupeSecret::from_hex(&other_secret)
        .unwrap()
        .token(rules(), &s)
        .unwrap();
    assert_ne!(t1, t2);
    let mut other_initiative = s.clone();
    other_initiative.initiative = "ECI(2026)000002".into();
    let t3 = DedupeSecret::from_hex(SECRET)
        .unwrap()
        .token(rules(), &other_initiative)
        .unwrap();
    assert_ne!(t1, t3);
    assert_eq!(DedupeToken::from_hex(&t1.to_hex()), Some(t1));
    assert_eq!(t1.to_hex().len(), 64);
}

#[test]
fn the_secret_must_be_long_hex() {
    assert!(matches!(
        DedupeSecret::from_hex("zz"),
        Err(DedupeError::NotHex)
    ));
    assert!(matches!(
        DedupeSecret::from_hex(&"ab".repeat(31)),
        Err(DedupeError::TooShort)
    ));
}

#[test]
fn shards_spread_evenly() {
    let secret = DedupeSecret::from_hex(SECRET).unwrap();
    let mut counts = [0u32; 8];
    for n in 0..4000u32 {
        let number = format!("P{:07}", n);
        let s = statement(&part_b("AT", "passport", &number));
        let shard = secret.token(rules(), &s).unwrap().shard(8);
        counts[shard as usize] += 1;
    }
    // 500 expected per shard; a 6-sigma band is roughly ±130.
    assert!(
        counts.iter().all(|&c| (370..=630).contains(&c)),
        "{counts:?}"
    );
}

proptest! {
    #![proptest_config(ocs_testkit::proptest_config(256))]
    #[test]
    fn clean_text_is_idempotent_and_nfc(s in "\\PC{0,60}") {
        if let Some(clean) = clean_text(&s) {
            let again = clean_text(&clean);
            prop_assert_eq!(again.as_deref(), Some(clean.as_str()));
            prop_assert!(unicode_normalization::is_nfc(&clean));
            prop_assert!(!clean.starts_with(' ') && !clean.ends_with(' ') && !clean.contains("  "));
        }
    }

    #[test]
    fn fold_ignores_case_spacing_and_punctuation(s in "[a-zA-ZäöüßéèçñÅØÆłŁ' -]{0,40}") {
        let folded = fold(&s);
        prop_assert_eq!(fold(&folded), folded.clone());
        prop_assert_eq!(fold(&s.to_uppercase()), folded.clone());
        prop_assert_eq!(fold(&s.to_lowercase()), folded.clone());
        let spaced: String = s.chars().flat_map(|c| [c, ' ']).collect();
        prop_assert_eq!(fold(&spaced), folded.clone());
        let punctuated = s.replace(' ', "-");
        prop_assert_eq!(fold(&punctuated), folded);
    }

    #[test]
    fn fold_ignores_the_encoding_of_accents(s in "[a-zéèêëüöäç ]{0,30}") {
        use unicode_normalization::UnicodeNormalization;
        let nfd: String = s.nfd().collect();
        prop_assert_eq!(fold(&nfd), fold(&s));
        let stripped: String = s.nfd().filter(|c| c.is_ascii()).collect();
        prop_assert_eq!(fold(&stripped), fold(&s));
    }
}

#[test]
fn labelled_macs_are_keyed_and_separated() {
    let a = DedupeSecret::from_hex(SECRET).unwrap();
    let b = DedupeSecret::from_hex(&"ff".repeat(32)).unwrap();
    let m = a.mac("ocs-edge/rate-limit/v1", b"203.0.113.7").unwrap();
    assert_eq!(m, a.mac("ocs-edge/rate-limit/v1", b"203.0.113.7").unwrap());
    assert_ne!(m, b.mac("ocs-edge/rate-limit/v1", b"203.0.113.7").unwrap());
    assert_ne!(m, a.mac("ocs-edge/other/v1", b"203.0.113.7").unwrap());
    assert_ne!(m, a.mac("ocs-edge/rate-limit/v1", b"203.0.113.8").unwrap());
}
