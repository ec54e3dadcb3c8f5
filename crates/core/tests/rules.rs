//! The ruleset as data: thresholds, the success rule, collection periods, and a different
//! ruleset loaded from a file without code changes.

use ocs_testkit as common;

use std::collections::BTreeMap;

use common::*;
use ocs_core::dates::parse_iso_date;
use ocs_core::rules::{InitiativeError, Part};
use ocs_core::statement::ErrorCode;
use ocs_core::{Initiative, RawSubmission, Ruleset, StatementId, ValidationError, Validator};

fn d(s: &str) -> time::Date {
    parse_iso_date(s).unwrap()
}

#[test]
fn thresholds_are_chosen_by_registration_date() {
    let rules = rules();
    let old = rules.thresholds_for(d("2024-07-15")).unwrap();
    let new = rules.thresholds_for(d("2024-07-16")).unwrap();
    assert_eq!(
        (old.multiplier, old.per_state["DE"], old.per_state["MT"]),
        (705, 67680, 4230)
    );
    assert_eq!(
        (new.multiplier, new.per_state["DE"], new.per_state["MT"]),
        (720, 69120, 4320)
    );
    assert_eq!(
        rules.thresholds_for(d("2020-01-01")).unwrap().multiplier,
        705
    );
}

#[test]
fn thresholds_are_seats_times_the_size_of_parliament() {
    // Annex I: threshold = MEPs elected in the state × total MEPs (705 or 720), so every figure is
    // a multiple of the multiplier and the seats add up to the multiplier.
    for table in &rules().thresholds {
        assert_eq!(table.per_state.len(), 27);
        let seats: u32 = table
            .per_state
            .values()
            .map(|t| {
                assert_eq!(t % table.multiplier, 0);
                t / table.multiplier
            })
            .sum();
        assert_eq!(seats, table.multiplier);
    }
}

#[test]
fn success_needs_a_million_and_seven_states() {
    let rules = rules();
    let registered = d("2025-01-10");
    let table = rules.thresholds_for(registered).unwrap();
    let mut counts: BTreeMap<String, u64> = BTreeMap::new();
    for code in ["DE", "FR", "IT", "ES", "PL", "RO"] {
        counts.insert(code.into(), u64::from(table.per_state[code]));
    }
    counts.insert("NL".into(), 1_000_000);
    let p = rules.progress(registered, &counts).unwrap();
    assert_eq!(p.states_over_threshold, 7);
    assert!(p.total >= 1_000_000 && p.successful);

    // One short in the Netherlands: six states over threshold.
    counts.insert("NL".into(), u64::from(table.per_state["NL"]) - 1);
    counts.insert("AT".into(), 900_000);
    let p = rules.progress(registered, &counts).unwrap();
    assert_eq!(p.states_over_threshold, 7, "AT is over too");
    counts.insert("AT".into(), u64::from(table.per_state["AT"]) - 1);
    counts.insert("XX".into(), 2_000_000); // not a member state: never counted
    let p = rules.progress(registered, &counts).unwrap();
    assert_eq!(p.states_over_threshold, 6);
    assert!(!p.successful);
    assert!(p.total < 1_000_000);
}

#[test]
fn initiative_collection_period_rules() {
    let rules = rules();
    let mut i = initiative();
    assert_eq!(i.check(rules), Ok(()));
    // Exactly 12 months (1 June to 31 May) is allowed, one day more is not.
    i.collection_end = d("2027-06-01");
    assert_eq!(i.check(rules), Err(InitiativeError::TooLong(12)));
    i.collection_end = d("2026-05-31");
    assert_eq!(i.check(rules), Err(InitiativeError::EndsBeforeStart));
    let mut i = initiative();
    i.collection_start = d("2026-09-03");
    i.collection_end = d("2027-01-01");
    assert_eq!(i.check(rules), Err(InitiativeError::StartsTooLate(6)));
    i.collection_start = d("2026-03-01");
    assert_eq!(
        i.check(rules),
        Err(InitiativeError::StartsBeforeRegistration)
    );
    let mut i = initiative();
    i.id = String::new();
    assert_eq!(i.check(rules), Err(InitiativeError::BadId));
}

#[test]
fn a_national_ruleset_needs_no_code_change() {
    let json = std::fs::read_to_string("tests/fixtures/national-ruleset.json").unwrap();
    let rules = Ruleset::from_json(&json).unwrap();
    assert_eq!(rules.states.len(), 1);
    assert_eq!(rules.state("SI").unwrap().part(), Part::B);
    let (registration_date, collection_start, collection_end) =
        Initiative::parse_dates("2026-10-01", "2026-10-15", "2027-04-14").unwrap();
    let initiative = Initiative {
        id: "SI-2026-7".into(),
        title: "Demo".into(),
        register_url: String::new(),
        objectives: String::new(),
        contact_persons: String::new(),
        website: String::new(),
        legal_entity: String::new(),
        controller_contact: String::new(),
        data_protection_officer: String::new(),
        registration_date,
        collection_start,
        collection_end,
    };
    assert_eq!(initiative.check(&rules), Ok(()));
    let ctx = Validator {
        rules: &rules,
        initiative: &initiative,
        now: NOW,
    };
    let ok = RawSubmission::from_pairs([
        ("nationality", "SI"),
        ("full_first_names", "Ana"),
        ("family_names", "Novak"),
        ("city", "Ljubljana"),
        ("id_number", "0805945506952"),
        ("declaration", "on"),
    ]);
    let v = ctx.validate(&ok, StatementId::generate().unwrap()).unwrap();
    assert_eq!(v.statement.annex_revision, "demo-1");
    assert_eq!(v.statement.fields.get("city").unwrap(), "Ljubljana");
    // Other nationalities are not part of this ruleset; a French statement is refused.
    let fr = RawSubmission::from_pairs(borrow(&part_a("FR")));
    let Err(ValidationError::Invalid(errs)) = ctx.validate(&fr, StatementId::generate().unwrap())
    else {
        panic!()
    };
    assert!(errs
        .iter()
        .any(|e| e.field == "nationality" && e.code == ErrorCode::UnknownNationality));
    // Its own length limit applies.
    let long = RawSubmission::from_pairs([
        ("nationality", "SI"),
        ("full_first_names", "Ana"),
        ("family_names", &"N".repeat(61)),
        ("city", "Ljubljana"),
        ("id_number", "0805945506952"),
        ("declaration", "on"),
    ]);
    let Err(ValidationError::Invalid(errs)) = ctx.validate(&long, StatementId::generate().unwrap())
    else {
        panic!()
    };
    assert_eq!(errs.len(), 1);
    assert_eq!(
        (errs[0].field.as_str(), errs[0].code),
        ("family_names", ErrorCode::TooLong)
    );
}

#[test]
fn broken_rulesets_fail_at_load_with_a_reason() {
    let good = std::fs::read_to_string("tests/fixtures/national-ruleset.json").unwrap();
    let cases = [
        (
            r#""checksum": "si_emso""#,
            r#""checksum": "xx_unknown""#,
            "unknown variant",
        ),
        (
            r#""pattern": "^[0-9]{13}$""#,
            r#""pattern": "^[0-9"#,
            "bad pattern",
        ),
        (
            r#""pattern": "^[0-9]{13}$""#,
            r#""pattern": "^\\d{13}$""#,
            "outside the portable syntax",
        ),
        (
            r#""SI": 5000"#,
            r#""HR": 5000"#,
            "missing from a threshold table",
        ),
        (
            r#""fields": ["full_first_names", "family_names", "city"]"#,
            r#""fields": ["street"]"#,
            "has no spec",
        ),
        (
            r#""min_age": [{"age": 18}]"#,
            r#""min_age": []"#,
            "no minimum age",
        ),
        (
            r#""annex_revision": "demo-1","#,
            r#""annex_revision": "demo-1", "surprise": 1,"#,
            "unknown field",
        ),
    ];
    for (from, to, why) in cases {
        assert!(good.contains(from), "{from}");
        let bad = good.replace(from, to);
        let err = Ruleset::from_json(&bad).unwrap_err().to_string();
        assert!(err.contains(why), "{why}: {err}");
    }
}

/// What GET /api/v1/ruleset serves is the ruleset file itself, nothing lost, renamed or added
/// on the way through the loader: compared with the file as plain JSON, not with itself.
#[test]
fn the_served_ruleset_is_the_ruleset_file() {
    let file: serde_json::Value =
        serde_json::from_str(ocs_core::rules::ruleset::ECI_RULESET_JSON).unwrap();
    let served = serde_json::to_value(rules()).unwrap();
    let mut differences = Vec::new();
    diff("", &file, &served, &mut differences);
    assert!(differences.is_empty(), "{differences:#?}");
    // And it loads again.
    Ruleset::from_json(&served.to_string()).unwrap();
}

/// Where `a` and `b` differ, as JSON paths. A key the loader adds with a null or empty default
/// (null, false, empty) is not a difference: the file may leave it out.
fn diff(path: &str, a: &serde_json::Value, b: &serde_json::Value, out: &mut Vec<String>) {
    use serde_json::Value;
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for (k, v) in x {
                match y.get(k) {
                    Some(w) => diff(&format!("{path}.{k}"), v, w, out),
                    None => out.push(format!("{path}.{k}: dropped")),
                }
            }
            for (k, w) in y {
                let empty = w.is_null()
                    || w == &Value::Bool(false)
                    || w.as_array().is_some_and(Vec::is_empty)
                    || w.as_object().is_some_and(|o| o.is_empty());
                if !x.contains_key(k) && !empty {
                    out.push(format!("{path}.{k}: added as {w}"));
                }
            }
        }
        (Value::Array(x), Value::Array(y)) if x.len() == y.len() => {
            for (i, (v, w)) in x.iter().zip(y).enumerate() {
                diff(&format!("{path}[{i}]"), v, w, out);
            }
        }
        _ if a != b => out.push(format!("{path}: {a} became {b}")),
        _ => {}
    }
}

#[test]
fn a_date_written_wrong_makes_the_sweep_destroy_at_the_earliest_deadline_it_could_mean() {
    use ocs_core::rules::{DateReading as R, SweepDates};
    let start = d("2026-06-01");
    let read = |s, e, sub, w| SweepDates::read(s, e, sub, w, 12);
    // All readable: the dates as written.
    let all = read(R::Date(start), R::Date(d("2027-05-31")), R::Unset, R::Unset);
    assert!(all.unknown.is_empty());
    assert_eq!(all.retention.expect("dates").deadline(), d("2028-03-01"));
    // "2027-6-1" for the submission: it happened, at the earliest on the first day of collection.
    let typo = read(R::Date(start), R::Unset, R::Unreadable, R::Unset);
    assert!(typo.unknown.is_empty());
    assert_eq!(typo.retention.expect("dates").deadline(), d("2026-07-01"));
    // The same for a withdrawal.
    let typo = read(R::Date(start), R::Unset, R::Unset, R::Unreadable);
    assert_eq!(typo.retention.expect("dates").deadline(), d("2026-07-01"));
    // An unreadable start: the earliest the end allows (12 months before it).
    let no_start = read(R::Unreadable, R::Date(d("2027-05-31")), R::Unset, R::Unset);
    assert!(no_start.unknown.is_empty());
    assert_eq!(
        no_start.retention.expect("dates").deadline(),
        d("2028-02-29")
    );
    // Neither start nor end: no deadline, said loudly; a readable submission still bounds it.
    let lost = read(R::Unreadable, R::Unreadable, R::Unset, R::Unset);
    assert_eq!(
        (lost.retention, lost.unknown),
        (None, vec!["COLLECTION_START"])
    );
    let bounded = read(
        R::Unreadable,
        R::Unset,
        R::Date(d("2027-07-31")),
        R::Unreadable,
    );
    assert_eq!(bounded.unknown, vec!["COLLECTION_START", "WITHDRAWN"]);
    assert_eq!(
        bounded.retention.expect("dates").deadline(),
        d("2027-08-31")
    );
}

#[test]
fn statements_are_destroyed_at_the_earliest_retention_deadline() {
    use ocs_core::rules::{Retention, RetentionStatus};
    let mut r = Retention {
        collection_start: d("2026-06-01"),
        submitted: None,
        withdrawn: None,
    };
    // 21 months after the start of collection.
    assert_eq!(r.deadline(), d("2028-03-01"));
    // The collector destroys its copy 30 days before, so that its storage's 30 days of
    // point-in-time recovery end by the deadline.
    assert_eq!(r.collector_destroys_on(), d("2028-01-31"));
    assert_eq!(
        r.status(d("2028-01-30")),
        RetentionStatus::Keep {
            until: d("2028-01-31")
        }
    );
    assert_eq!(
        r.status(d("2028-01-31")),
        RetentionStatus::Destroy {
            since: d("2028-01-31")
        }
    );
    assert!(!r.collection_over(d("2027-05-31")));
    // Submitted to the Commission: one month after, if that is earlier.
    r.submitted = Some(d("2027-07-31"));
    assert_eq!(r.deadline(), d("2027-08-31"));
    assert!(r.collection_over(d("2027-07-31")) && !r.collection_over(d("2027-07-30")));
    // Submitted late: 21 months still wins.
    r.submitted = Some(d("2028-02-15"));
    assert_eq!(r.deadline(), d("2028-03-01"));
    // Withdrawn: one month after the withdrawal.
    r.withdrawn = Some(d("2026-09-10"));
    assert_eq!(r.deadline(), d("2026-10-10"));
    assert!(r.collection_over(d("2026-09-10")));
}

/// The example shipped for operators (`OCS_RULESET=crates/core/data/example-national-petition.json
/// npx wrangler deploy`; docs/ruleset.md) loads and asks what it says it asks.
#[test]
fn the_shipped_national_petition_example_loads() {
    let json = std::fs::read_to_string("data/example-national-petition.json").unwrap();
    let rules = Ruleset::from_json(&json).unwrap();
    assert_eq!(rules.states.keys().collect::<Vec<_>>(), ["SI"]);
    let state = rules.state("SI").unwrap();
    assert_eq!(state.part(), Part::B);
    assert_eq!(
        state.fields,
        [
            ocs_core::Field::FullFirstNames,
            ocs_core::Field::FamilyNames,
            ocs_core::Field::City
        ]
    );
}

/// The Part B document types and their export keys, against a table written from Annex III and
/// the Commission's reference data (`PART_B_DOCUMENTS`), not from the ruleset: the same types,
/// in the same order, each exported as `oct.property.<type>`; Part A states have none.
#[test]
fn part_b_export_keys_are_those_of_the_commissions_data_model() {
    let documented: BTreeMap<&str, &[&str]> = PART_B_DOCUMENTS.into_iter().collect();
    assert_eq!(documented.len() + PART_A.len(), 27);
    for (code, state) in &rules().states {
        let ours: Vec<(&str, &str)> = state
            .documents
            .iter()
            .map(|d| (d.doc_type.as_str(), d.export_key.as_str()))
            .collect();
        let expected: Vec<(String, String)> = documented
            .get(code.as_str())
            .copied()
            .unwrap_or_default()
            .iter()
            .map(|t| ((*t).to_owned(), format!("oct.property.{t}")))
            .collect();
        let expected: Vec<(&str, &str)> = expected
            .iter()
            .map(|(t, k)| (t.as_str(), k.as_str()))
            .collect();
        assert_eq!(ours, expected, "{code}");
    }
}
