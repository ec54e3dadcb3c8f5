//! Shared test fixtures for the workspace's crates: the ECI ruleset, an open initiative, a fixed
//! signing time, one valid submission per member state, well-chained ledger rows, an independent
//! reader of the hand-over XML (roxmltree, not the writer's quick-xml) and the path of the
//! independent Python decryptor. Test code only: nothing here ships.
#![allow(missing_docs)]

use ocs_core::statement::{ErrorCode, Validated};
use ocs_core::{Initiative, RawSubmission, Ruleset, StatementId, ValidationError, Validator};

pub mod fuzz;
pub mod handover;
pub mod wallet;
pub use handover::{check_data_model, read_csv, read_hand_over_xml, HandOverSignature};
use time::macros::datetime;
use time::OffsetDateTime;

pub fn rules() -> &'static Ruleset {
    Ruleset::eci().expect("embedded ruleset loads")
}

/// The pages' site in `lang` with the collection `status`: the test initiative, every language,
/// no Turnstile key, no partner, no embedding site, storage in the EU. Tests change what they
/// need with `Site { partner: …, ..site(lang, status) }`.
pub fn site(
    lang: ocs_core::i18n::Lang,
    status: ocs_core::rules::CollectionStatus,
) -> ocs_core::pages::Site<'static> {
    static ALL: std::sync::OnceLock<Vec<ocs_core::i18n::Lang>> = std::sync::OnceLock::new();
    static INITIATIVE: std::sync::OnceLock<Initiative> = std::sync::OnceLock::new();
    ocs_core::pages::Site {
        lang,
        languages: ALL.get_or_init(ocs_core::i18n::Lang::all),
        rules: rules(),
        initiative: INITIATIVE.get_or_init(initiative),
        turnstile_site_key: "",
        status,
        origin: "https://sign.example.eu",
        partner: None,
        embed_origins: &[],
        storage_in_eu: true,
        wallet: false,
    }
}

pub fn initiative() -> Initiative {
    let (registration_date, collection_start, collection_end) =
        Initiative::parse_dates("2026-03-02", "2026-06-01", "2027-05-31").unwrap();
    Initiative {
        id: "ECI(2026)000001".into(),
        title: "Test initiative".into(),
        register_url: "https://citizens-initiative.europa.eu/".into(),
        objectives: "To test that every statement reaches its authority intact.".into(),
        contact_persons: "Erika Mustermann erika@example.eu, Jan Kowalski jan@example.eu".into(),
        website: "https://initiative.example.eu/".into(),
        legal_entity: String::new(),
        controller_contact: "privacy@initiative.example.eu".into(),
        data_protection_officer: "none".into(),
        registration_date,
        collection_start,
        collection_end,
    }
}

/// The signing time used throughout: 22 November 2026, noon UTC.
pub const NOW: OffsetDateTime = datetime!(2026-11-22 12:00 UTC);

pub fn validate_at(
    pairs: &[(&str, &str)],
    now: OffsetDateTime,
) -> Result<Validated, ValidationError> {
    let initiative = initiative();
    let ctx = Validator {
        rules: rules(),
        initiative: &initiative,
        now,
    };
    ctx.validate(
        &RawSubmission::from_pairs(pairs.iter().copied()),
        StatementId::generate().unwrap(),
    )
}

pub fn validate(pairs: &[(&str, &str)]) -> Result<Validated, ValidationError> {
    validate_at(pairs, NOW)
}

/// The field errors of an invalid submission, as (field, code) pairs; panics if it was accepted.
pub fn errors(pairs: &[(&str, &str)]) -> Vec<(String, ErrorCode)> {
    match validate(pairs) {
        Ok(v) => panic!("expected errors, accepted {:?}", v.statement.fields),
        Err(ValidationError::Invalid(e)) => e.into_iter().map(|e| (e.field, e.code)).collect(),
        Err(other) => panic!("expected field errors, got {other:?}"),
    }
}

pub fn has_error(pairs: &[(&str, &str)], field: &str, code: ErrorCode) -> bool {
    errors(pairs).iter().any(|(f, c)| f == field && *c == code)
}

pub const PART_A: [&str; 9] = ["DE", "DK", "FI", "FR", "GR", "IE", "LU", "NL", "SK"];

/// A valid Part A submission for `nationality`, resident in their own state.
pub fn part_a(nationality: &str) -> Vec<(&'static str, String)> {
    let postal = match nationality {
        "DE" => "10115",
        "FR" => "75001",
        "FI" => "00100",
        "GR" => "10558",
        "DK" => "1050",
        "LU" => "1009",
        "NL" => "1012 AB",
        "SK" => "81101",
        "IE" => "D02 X285",
        _ => "1000",
    };
    vec![
        ("nationality", nationality.to_owned()),
        ("full_first_names", "Anna Maria".to_owned()),
        ("family_names", "Müller-Lüdenscheidt".to_owned()),
        ("date_of_birth", "1990-01-15".to_owned()),
        ("street", "Hauptstraße".to_owned()),
        ("street_number", "5a".to_owned()),
        ("postal_code", postal.to_owned()),
        ("city", "Hauptstadt".to_owned()),
        ("country", nationality.to_owned()),
        ("declaration", "on".to_owned()),
    ]
}

/// A valid Part B submission per state: (nationality, document type, number). Numbers with a
/// checksum were produced and checked with python-stdnum, an independent implementation.
pub const PART_B: [(&str, &str, &str); 18] = [
    ("AT", "passport", "P1234567"),
    ("BE", "national.id.number", "85.07.30-033.28"),
    ("BG", "personal.number", "4507140714"),
    ("CY", "passport", "K12345678"),
    ("CZ", "id.card", "123456789"),
    ("EE", "personal.number", "34310046459"),
    ("ES", "id.card", "10256129S"),
    ("HR", "personal.id", "12524273167"),
    ("HU", "personal.number", "12345678901"),
    ("IT", "id.card", "CA12345AB"),
    ("LT", "personal.number", "34601195491"),
    ("LV", "personal.id", "010190-12345"),
    ("MT", "id.card", "1234567M"),
    ("PL", "national.id.number", "44051401359"),
    ("PT", "citizens.card", "622838191 AB3"),
    ("RO", "personal.id", "1630615123457"),
    ("SE", "personal.number", "610116-4546"),
    ("SI", "personal.number", "0805945506952"),
];

/// The document types each Part B state accepts, whose export keys are `oct.property.<type>`
/// (the Commission's data model), written out from Annex III and the Commission's reference data
/// (the project's eci-rules notes), never read from the ruleset file: a typo there must fail a
/// test before it reaches a national authority.
pub const PART_B_DOCUMENTS: [(&str, &[&str]); 18] = [
    ("AT", &["passport", "id.card"]),
    ("BE", &["national.id.number"]),
    ("BG", &["personal.number"]),
    ("CY", &["id.card", "passport"]),
    ("CZ", &["id.card", "passport"]),
    ("EE", &["personal.number"]),
    ("ES", &["id.card", "passport"]),
    ("HR", &["personal.id"]),
    ("HU", &["id.card", "passport", "personal.number"]),
    ("IT", &["passport", "id.card"]),
    ("LT", &["personal.number"]),
    ("LV", &["personal.id"]),
    ("MT", &["id.card"]),
    ("PL", &["national.id.number"]),
    ("PT", &["id.card", "passport", "citizens.card"]),
    ("RO", &["id.card", "passport", "personal.id"]),
    ("SE", &["personal.number"]),
    ("SI", &["personal.number"]),
];

pub fn part_b(nationality: &str, doc: &str, number: &str) -> Vec<(&'static str, String)> {
    vec![
        ("nationality", nationality.to_owned()),
        ("full_first_names", "Jan".to_owned()),
        ("family_names", "Kowalski".to_owned()),
        ("id_type", doc.to_owned()),
        ("id_number", number.to_owned()),
        ("declaration", "true".to_owned()),
    ]
}

pub fn borrow<'a>(pairs: &'a [(&'static str, String)]) -> Vec<(&'static str, &'a str)> {
    pairs.iter().map(|(k, v)| (*k, v.as_str())).collect()
}

/// `pairs` with `key` set to `value` (added if missing) or removed when `value` is None.
pub fn with(
    pairs: &[(&'static str, String)],
    key: &'static str,
    value: Option<&str>,
) -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = pairs.iter().filter(|(k, _)| *k != key).cloned().collect();
    if let Some(v) = value {
        out.push((key, v.to_owned()));
    }
    out
}

/// A well-chained run of `n` ledger rows for one shard, with tokens and ids unique across shards.
pub fn ledger_rows(initiative: &str, shard: u32, n: u64) -> Vec<ocs_core::ledger::Row> {
    let mut prev = ocs_core::ledger::genesis(initiative, shard);
    (1..=n)
        .map(|seq| {
            let mut token = [0u8; 32];
            token[..4].copy_from_slice(&shard.to_be_bytes());
            token[4..12].copy_from_slice(&seq.to_be_bytes());
            let mut row = ocs_core::ledger::Row {
                shard,
                seq,
                id: StatementId::generate().unwrap(),
                submitted_at: format!("2026-11-22T12:00:{:02}Z", seq % 60),
                nationality: if seq % 2 == 0 {
                    "DE".into()
                } else {
                    "PL".into()
                },
                body: ocs_core::ledger::Body::Sealed(ocs_core::ledger::Sealed {
                    token,
                    envelope: vec![seq as u8; 100 + seq as usize],
                    contact: (seq % 3 == 0).then(|| vec![7u8; 80]),
                }),
                chain: [0; 32],
            };
            row.chain = row.compute_chain(&prev);
            prev = row.chain;
            row
        })
        .collect()
}

/// The property keys Annex III requires for a nationality, written out independently of the
/// ruleset file: Part A states get name, birth date and address; Part B states the names and the
/// key of the document given.
pub fn annex_iii_keys(nationality: &str, document_key: Option<&str>) -> Vec<String> {
    let mut keys = vec!["oct.property.full.first.names", "oct.property.family.names"];
    if PART_A.contains(&nationality) {
        keys.extend([
            "oct.property.date.of.birth",
            "oct.property.street",
            "oct.property.street.number",
            "oct.property.postal.code",
            "oct.property.city",
            "oct.property.country",
        ]);
    }
    let mut keys: Vec<String> = keys.into_iter().map(str::to_owned).collect();
    keys.extend(document_key.map(|k| format!("oct.property.{k}")));
    keys.sort();
    keys
}

/// The independent decryptor: a Python implementation of docs/envelope.md on the `cryptography`
/// package's primitives (RFC 9180 written out, not a call into this workspace).
pub fn python_decryptor() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("interop/open_envelope.py")
}

/// Letters only, so the value is a valid name (names may not hold digits): 0 → "a", 25 → "z",
/// 26 → "ba", …
pub fn letters(mut n: u64) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The seed of this test run's random inputs: `OCS_TEST_SEED` if set, else a fresh one. Printed
/// once per test (libtest shows it with a failure), so `OCS_TEST_SEED=N` replays the run.
pub fn test_seed() -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let seed = std::env::var("OCS_TEST_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
            hasher.write_u128(
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos()),
            );
            hasher.finish()
        });
    eprintln!("random inputs from seed {seed} (OCS_TEST_SEED={seed} replays them)");
    seed
}

/// A proptest configuration of `cases` cases from [`test_seed`].
pub fn proptest_config(cases: u32) -> proptest::test_runner::Config {
    proptest::test_runner::Config {
        cases,
        rng_seed: proptest::test_runner::RngSeed::Fixed(test_seed()),
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    }
}
