//! One contract, proven across every seam: generated submissions for every member state,
//! document type, country of residence (with and without a postal-code rule) and optional field
//! go through the collector's signing step (validate → dedupe token → seal → ledger row), into a
//! bundle, through `ocs export` as XML and as CSV, and back through readers that share no code
//! with the writers. Every accepted statement must appear exactly once, in the file of its
//! nationality, with exactly its values; every XML file must be well-formed and follow the
//! Commission's data model; every CSV cell must be safe to open in a spreadsheet.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use ocs::bundle::{Bundle, Manifest, FORMAT, VERSION};
use ocs::cli::commands::export::{export_bundle, Options};
use ocs::handover::{Filter, Format};
use ocs_core::dedupe::DedupeSecret;
use ocs_core::ledger::genesis;
use ocs_core::rules::{Field, Ruleset, StateRules};
use ocs_core::signing::Signer;
use ocs_core::{RawSubmission, SecretKey, Statement, StatementId, Suite, Validator};
use ocs_testkit::{check_data_model, initiative, read_csv, read_hand_over_xml, rules, NOW, PART_B};
use proptest::prelude::*;
use proptest::string::string_regex;

const SHARDS: u32 = 3;

/// Statements accepted per member state over the whole run (printed at the end).
static ACCEPTED: Mutex<BTreeMap<String, u64>> = Mutex::new(BTreeMap::new());

/// A strategy for strings matching a ruleset pattern (`^…$` stripped).
fn from_pattern(pattern: &str) -> BoxedStrategy<String> {
    let body = pattern.trim_start_matches('^').trim_end_matches('$');
    string_regex(body)
        .expect("ruleset patterns are regular")
        .boxed()
}

/// Free text as people type it, with what breaks files: XML specials, spreadsheet formulas,
/// letters of many scripts.
fn free_text() -> BoxedStrategy<String> {
    prop_oneof![
        6 => "[\\p{L}\\p{N}\\p{P}\\p{S}][\\p{L}\\p{M}\\p{N}\\p{P}\\p{S} ]{0,29}",
        1 => "\\PC{1,30}",
        1 => Just("=HYPERLINK(\"http://evil.example\",\"x\")".to_owned()),
        1 => Just("+49 <b>&amp;</b> \"quoted\" 'single'".to_owned()),
        1 => Just("@SUM(A1:A9)".to_owned()),
        1 => Just("-12".to_owned()),
        1 => Just("Straße 5 · Ελευθερίου Βενιζέλου · Шевченка · 東京".to_owned()),
    ]
    .boxed()
}

fn name() -> BoxedStrategy<String> {
    prop_oneof![
        3 => "\\p{L}[\\p{L}\\p{M}' .-]{0,24}\\p{L}",
        1 => Just("Ó Súilleabháin-Nić Giolla Phádraig".to_owned()),
        1 => Just("Παπαδοπούλου".to_owned()),
        1 => Just("Łukasz d'Ávila".to_owned()),
    ]
    .boxed()
}

fn date_of_birth() -> BoxedStrategy<String> {
    (1925i32..2005, 1u8..=12, 1u8..=28, 0u8..3)
        .prop_map(|(y, m, d, style)| match style {
            0 => format!("{y:04}-{m:02}-{d:02}"),
            1 => format!("{d:02}/{m:02}/{y:04}"),
            _ => format!("{d}.{m}.{y}"),
        })
        .boxed()
}

/// Countries of residence besides the own one: with a postal-code rule, with none (optional).
const RESIDENCES: [&str; 9] = ["DE", "AT", "BE", "IE", "NL", "SK", "US", "CH", "JP"];

/// The document fields of a Part B state: any accepted type, a number its pattern allows (or the
/// checked fixture number where a checksum applies), sometimes an unusual format confirmed.
fn document(
    code: &'static str,
    state: &'static StateRules,
) -> BoxedStrategy<Vec<(String, String)>> {
    let docs: Vec<BoxedStrategy<Vec<(String, String)>>> = state
        .documents
        .iter()
        .map(|doc| {
            let kind = doc.doc_type.clone();
            let numbers: BoxedStrategy<(String, bool)> = if doc.checksum.is_some() {
                let fixture = PART_B
                    .iter()
                    .find(|(nat, t, _)| *nat == code && *t == doc.doc_type)
                    .map(|(_, _, n)| n.to_string());
                match fixture {
                    Some(n) => Just((n, false)).boxed(),
                    None => return Just(Vec::new()).boxed(),
                }
            } else if doc.strict {
                from_pattern(doc.pattern.as_str())
                    .prop_map(|n| (n, false))
                    .boxed()
            } else {
                prop_oneof![
                    3 => from_pattern(doc.pattern.as_str()).prop_map(|n| (n, false)),
                    1 => "[A-Z0-9]{3,12}".prop_map(|n| (n, true)),
                ]
                .boxed()
            };
            numbers
                .prop_map(move |(number, confirm)| {
                    let mut pairs = vec![
                        ("id_type".to_owned(), kind.clone()),
                        ("id_number".to_owned(), number),
                    ];
                    if confirm {
                        pairs.push(("id_number_confirmed".to_owned(), "true".to_owned()));
                    }
                    pairs
                })
                .boxed()
        })
        .collect();
    proptest::strategy::Union::new(docs).boxed()
}

/// The address fields of a Part A state, for a residence in `residence`.
fn address(rules: &'static Ruleset, own: &'static str) -> BoxedStrategy<Vec<(String, String)>> {
    prop_oneof![Just(own), proptest::sample::select(RESIDENCES.to_vec())]
        .prop_flat_map(move |residence| {
            let rule = rules.postal_code_rule(residence);
            let postal: BoxedStrategy<String> = if rule.optional {
                prop_oneof![Just(String::new()), from_pattern(rule.pattern.as_str())].boxed()
            } else {
                from_pattern(rule.pattern.as_str())
            };
            // House numbers are short (20 characters at most).
            let number = prop_oneof![3 => "[0-9]{1,4}[a-z]?", 1 => "[\\p{L}\\p{N}/ -]{1,20}"];
            (date_of_birth(), free_text(), number, postal, free_text()).prop_map(
                move |(born, street, number, postal, city)| {
                    vec![
                        ("date_of_birth".to_owned(), born),
                        ("street".to_owned(), street),
                        ("street_number".to_owned(), number),
                        ("postal_code".to_owned(), postal),
                        ("city".to_owned(), city),
                        ("country".to_owned(), residence.to_owned()),
                    ]
                },
            )
        })
        .boxed()
}

/// One submission of member state `code`.
fn submission(code: &'static str) -> BoxedStrategy<Vec<(String, String)>> {
    let rules = rules();
    let state = rules.state(code).expect("a member state");
    let details = if state.documents.is_empty() {
        address(rules, code)
    } else {
        document(code, state)
    };
    let email = proptest::option::of("[a-z0-9]{1,10}@[a-z]{1,10}\\.(eu|de|fr)");
    (name(), name(), details, email)
        .prop_map(move |(first, family, details, email)| {
            let mut pairs = vec![
                ("nationality".to_owned(), code.to_owned()),
                ("full_first_names".to_owned(), first),
                ("family_names".to_owned(), family),
                ("declaration".to_owned(), "on".to_owned()),
            ];
            pairs.extend(details);
            if let Some(email) = email {
                pairs.push(("email".to_owned(), email));
                pairs.push(("email_consent".to_owned(), "on".to_owned()));
            }
            pairs
        })
        .boxed()
}

/// One submission of every member state, and as many more of random states.
fn submissions() -> BoxedStrategy<Vec<Vec<(String, String)>>> {
    let codes: Vec<&'static str> = rules().states.keys().map(String::as_str).collect();
    let every: Vec<BoxedStrategy<Vec<(String, String)>>> =
        codes.iter().map(|code| submission(code)).collect();
    let more = proptest::collection::vec(
        proptest::sample::select(codes).prop_flat_map(submission),
        0..27,
    );
    (every, more)
        .prop_map(|(mut every, more)| {
            every.extend(more);
            every
        })
        .boxed()
}

/// What the hand-over file must hold for a statement: key → value, derived here from the
/// validated statement without the exporter's code.
fn expected(statement: &Statement, state: &StateRules) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for field in state.required_fields() {
        if field == Field::IdType {
            continue;
        }
        let value = statement.field(field).unwrap_or_default();
        let (key, value) = match field {
            Field::IdNumber => {
                let doc = state
                    .document(statement.field(Field::IdType).unwrap_or_default())
                    .expect("an accepted document");
                (doc.export_key.clone(), value.to_owned())
            }
            Field::DateOfBirth => {
                let (y, m, d) = (&value[0..4], &value[5..7], &value[8..10]);
                (
                    "oct.property.date.of.birth".to_owned(),
                    format!("{d}/{m}/{y}"),
                )
            }
            Field::Country => (
                "oct.property.country".to_owned(),
                value.to_ascii_lowercase(),
            ),
            other => (
                format!("oct.property.{}", other.as_str().replace('_', ".")),
                value.to_owned(),
            ),
        };
        out.insert(key, value);
    }
    out
}

fn formula_safe(value: &str) -> String {
    if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

fn run_case(batch: Vec<Vec<(String, String)>>) -> Result<(), TestCaseError> {
    let rules = rules();
    let initiative = initiative();
    let key = SecretKey::generate(Suite::X25519).unwrap();
    let public = key.public_key().unwrap();
    let signer = Signer {
        validator: Validator {
            rules,
            initiative: &initiative,
            now: NOW,
        },
        public_key: &public,
        shards: SHARDS,
    };
    let dir = tempfile::tempdir().unwrap();
    let bundle = Bundle::open_or_create(
        &dir.path().join("bundle"),
        Manifest {
            format: FORMAT.into(),
            version: VERSION,
            initiative: initiative.id.clone(),
            shards: SHARDS,
            source: "seams".into(),
            initiative_data: Some(initiative.clone()),
            ruleset_sha256: None,
        },
    )
    .unwrap();
    let mut heads: Vec<(u64, [u8; 32])> = (0..SHARDS)
        .map(|s| (0, genesis(&initiative.id, s)))
        .collect();
    let mut accepted: BTreeMap<String, (String, String, BTreeMap<String, String>)> =
        BTreeMap::new();
    for pairs in &batch {
        let raw = RawSubmission::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.clone())));
        let id = StatementId::generate().unwrap();
        let validated = match signer.validate(&raw, id) {
            Ok(v) => v,
            Err(e) => {
                // Refused: nothing to hand over (the refusals have tests of their own).
                if std::env::var_os("OCS_SEAM_DEBUG").is_some() {
                    eprintln!("refused: {e:?}");
                }
                continue;
            }
        };
        let statement = validated.statement.clone();
        let state = rules.state(&statement.nationality).unwrap();
        // A secret per statement: the seam under test is the hand-over, not the dedupe.
        let mut secret = [0u8; 32];
        secret[..16].copy_from_slice(statement.id.as_bytes());
        let secret = DedupeSecret::from_hex(&hex::encode(secret)).unwrap();
        let pending = signer.seal(validated, &secret).unwrap();
        let (seq, prev) = &mut heads[pending.shard as usize];
        *seq += 1;
        let row = pending.chain_onto(*seq, prev);
        *prev = row.chain;
        bundle.append(row.shard, &[row]).unwrap();
        let day = statement.submitted_at[..10].to_owned();
        accepted.insert(
            id.to_string(),
            (
                statement.nationality.clone(),
                day,
                expected(&statement, state),
            ),
        );
    }
    let progress = indicatif::ProgressBar::hidden();
    for (n, format) in [
        Format::Xml,
        Format::Csv { bom: true },
        Format::Csv { bom: false },
    ]
    .into_iter()
    .enumerate()
    {
        let out = dir.path().join(format!("{}-{n}", format.extension()));
        let options = Options {
            format,
            filter: Filter::default(),
            ignore_faults: false,
        };
        let written = export_bundle(&bundle, &key, rules, &out, &options, &progress).unwrap();
        prop_assert!(written.failures.is_empty(), "{:?}", written.failures);
        let mut seen = BTreeSet::new();
        for (nationality, file) in &written.files {
            let (count, path) = (&file.statements, &file.path);
            let text = std::fs::read_to_string(path).unwrap();
            let mut in_file = 0;
            if format == Format::Xml {
                if let Err(breaches) = check_data_model(&text) {
                    prop_assert!(false, "{}: {breaches:?}", path.display());
                }
                let (country, signatures) = read_hand_over_xml(&text);
                prop_assert_eq!(country, nationality.to_ascii_lowercase());
                for (id, day, revision, properties) in signatures {
                    let (signed_as, signed_day, want) = &accepted[&id];
                    prop_assert_eq!(signed_as, nationality, "{} in the wrong file", id);
                    prop_assert_eq!(&day, signed_day);
                    prop_assert_eq!(revision, "1");
                    let got: BTreeMap<String, String> =
                        properties.into_iter().map(|(_, k, v)| (k, v)).collect();
                    prop_assert_eq!(&got, want, "{}", id);
                    prop_assert!(seen.insert(id), "a statement twice");
                    in_file += 1;
                }
            } else {
                // A spreadsheet program takes the byte-order mark as "UTF-8", not as text.
                let text = match (format, text.strip_prefix('\u{FEFF}')) {
                    (Format::Csv { bom: true }, Some(rest)) => rest,
                    (Format::Csv { bom: false }, None) => text.as_str(),
                    _ => {
                        prop_assert!(false, "the byte-order mark is as asked: {format:?}");
                        ""
                    }
                };
                let records = read_csv(text);
                let header = &records[0];
                prop_assert_eq!(
                    &header[..3],
                    ["signatureIdentifier", "submissionDate", "annexRevision"]
                );
                for record in &records[1..] {
                    prop_assert_eq!(record.len(), header.len());
                    let (signed_as, signed_day, want) = &accepted[&record[0]];
                    prop_assert_eq!(signed_as, nationality);
                    prop_assert_eq!(&record[1], signed_day);
                    prop_assert_eq!(&record[2], "1");
                    for (column, cell) in header.iter().zip(record).skip(3) {
                        // Columns of the documents not chosen stay empty.
                        let value = want.get(column).map(String::as_str).unwrap_or("");
                        prop_assert_eq!(cell, &formula_safe(value), "{} {}", record[0], column);
                    }
                    prop_assert!(seen.insert(record[0].clone()), "a statement twice");
                    in_file += 1;
                }
            }
            prop_assert_eq!(in_file, *count);
        }
        prop_assert_eq!(seen, accepted.keys().cloned().collect::<BTreeSet<_>>());
    }
    let mut totals = ACCEPTED.lock().unwrap();
    for (nationality, _, _) in accepted.values() {
        *totals.entry(nationality.clone()).or_default() += 1;
    }
    Ok(())
}

#[test]
fn every_accepted_statement_is_handed_over_once_with_exactly_its_values() {
    let cases = std::env::var("OCS_SEAM_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(24);
    let config = ocs_testkit::proptest_config(cases);
    let mut runner = proptest::test_runner::TestRunner::new(config);
    runner
        .run(&submissions(), run_case)
        .unwrap_or_else(|e| panic!("{e}"));
    let totals = ACCEPTED.lock().unwrap();
    eprintln!("accepted and handed over, per member state: {totals:?}");
    assert_eq!(totals.len(), 27, "every member state was handed over");
    assert!(
        totals.values().all(|n| *n >= u64::from(cases) / 2),
        "too few accepted somewhere: {totals:?}"
    );
}
