//! Wallet signing (docs/wallet.md) against a PID provider and a wallet this project did not
//! write: tests/wallet/pid_wallet.py, on the OpenWallet Foundation's SD-JWT implementation (PyPI
//! `sd-jwt`) and PyPI `cryptography`. The wallet answers the collector's own DC API requests;
//! its answers go through the verification, the mapping to Annex III fields and the typed
//! form's validation, for every member state, and each thing a verifier must check is broken
//! once to see it refused.

use std::collections::BTreeMap;

use ocs_core::rules::Part;
use ocs_core::statement::RawSubmission;
use ocs_core::wallet::request::{audience, check_nonce};
use ocs_core::wallet::{
    verify_mdoc, verify_sd_jwt_vc, Expectations, TrustAnchors, WalletError, WalletRequest,
};
use ocs_core::{StatementId, Validator};
use ocs_testkit::wallet::{all_states, person, typed_rest};
use ocs_testkit::{initiative, rules, NOW, PART_B};
use wallet_harness::{
    case, each_fault_is_refused, now_unix, request, run_wallet, verify, MDOC, NONCE_KEY, ORIGIN,
    SD_JWT,
};

mod wallet_harness;
use serde_json::{json, Value};

/// The claim names the presentation disclosed (object claims; array elements as `[]`).
fn disclosed_names(presentation: &str) -> Vec<String> {
    use base64::Engine;
    let parts: Vec<&str> = presentation.split('~').collect();
    parts[1..parts.len() - 1]
        .iter()
        .map(|d| {
            let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(d)
                .unwrap();
            let decoded: Vec<Value> = serde_json::from_slice(&bytes).unwrap();
            match decoded.len() {
                3 => decoded[1].as_str().unwrap().to_owned(),
                _ => "[]".to_owned(),
            }
        })
        .collect()
}

#[test]
fn every_member_states_pid_signs_with_only_what_its_part_needs() {
    let states = all_states();
    assert_eq!(states.len(), 27);
    let requests: BTreeMap<&str, WalletRequest> =
        states.iter().map(|iso| (*iso, request(iso))).collect();
    let wallet = run_wallet(
        states
            .iter()
            .map(|iso| case(SD_JWT, iso, &requests[iso], person(iso), &[]))
            .collect(),
    );
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    for iso in &states {
        let state = rules().state(iso).unwrap();
        let pid = verify(&wallet, SD_JWT, iso, &requests[iso], iso)
            .unwrap_or_else(|e| panic!("{iso}: {e}"));
        assert_eq!(pid.provenance.issuer, format!("Test PID Provider {iso}"));
        assert_eq!(pid.provenance.issuer_country.as_deref(), Some(*iso));
        assert_eq!(pid.provenance.issuing_country.as_deref(), Some(*iso));

        // Never more than the part needs: Part B discloses no birth date and no address.
        let mut disclosed = disclosed_names(wallet.reply.presentation(iso));
        disclosed.sort();
        // The age claim is the state's minimum age on the signing day.
        let min_age = state.min_age_on(NOW.date()).to_string();
        let mut expected: Vec<&str> = match state.part() {
            Part::A => vec![
                "[]",
                "address",
                "birthdate",
                "country",
                "family_name",
                "given_name",
                "house_number",
                "locality",
                "nationalities",
                "postal_code",
                "street_address",
            ],
            Part::B => vec![
                "[]",
                "age_equal_or_over",
                &min_age,
                "family_name",
                "given_name",
                "nationalities",
            ],
        };
        expected.sort();
        assert_eq!(disclosed, expected, "{iso}");

        let submission = pid
            .into_submission(rules(), iso, NOW.date(), typed_rest(iso))
            .unwrap();
        let validated = validator
            .validate(&submission, StatementId::generate().unwrap())
            .unwrap_or_else(|e| panic!("{iso}: {e:?}"));
        let statement = validated.statement;
        assert_eq!(statement.nationality, *iso);
        assert_eq!(
            statement.field(ocs_core::Field::FamilyNames),
            Some("Müller-Lüdenscheidt")
        );
        match state.part() {
            Part::A => {
                assert_eq!(
                    statement.field(ocs_core::Field::DateOfBirth),
                    Some("1990-01-15")
                );
                assert_eq!(statement.field(ocs_core::Field::Country), Some(*iso));
            }
            Part::B => assert_eq!(statement.field(ocs_core::Field::DateOfBirth), None),
        }
    }
}

/// Every answer a verifier must refuse, each breaking one check, for a Part A and a Part B state.
#[test]
fn each_broken_check_is_refused_with_its_own_reason() {
    use WalletError::*;
    let faults: [(&str, WalletError); 11] = [
        ("untrusted_issuer", UntrustedIssuer),
        ("expired_certificate", CertificateExpired),
        ("expired_pid", CredentialExpired),
        ("tampered_credential", BadSignature),
        ("forged_disclosure", UnsignedDisclosure),
        ("wrong_nonce", UnknownRequest),
        ("wrong_audience", WrongAudience),
        ("stale_binding", NotFresh),
        ("foreign_holder_key", BadKeyBinding),
        ("no_key_binding", BadKeyBinding),
        ("not_pid", NotPid),
    ];
    each_fault_is_refused(SD_JWT, &faults);
}

/// What only the claims can tell: age, nationality, a claim the part needs that was withheld.
#[test]
fn the_claims_themselves_are_refused_when_they_cannot_make_the_statement() {
    let mut young = person("SE");
    young["age_equal_or_over"]["18"] = json!(false);
    let mut young_a = person("DE");
    young_a["birthdate"] = json!("2012-03-01");
    let mut american = person("DE");
    american["nationalities"] = json!(["US"]);
    let mut french = person("FR");
    french["issuing_country"] = json!("FR");
    let cases: [(&str, &str, Value, &[&str], WalletError); 5] = [
        ("young-b", "SE", young, &[], WalletError::UnderAge),
        ("young-a", "DE", young_a, &[], WalletError::UnderAge),
        (
            "american",
            "DE",
            american,
            &[],
            WalletError::NotEuNationality,
        ),
        (
            "french",
            "DE",
            french,
            &[],
            WalletError::NationalityMismatch,
        ),
        (
            "withheld",
            "DE",
            person("DE"),
            &["withhold_birthdate"],
            WalletError::MissingClaim("birthdate"),
        ),
    ];
    let requests: Vec<WalletRequest> = cases.iter().map(|(_, iso, ..)| request(iso)).collect();
    let wallet = run_wallet(
        cases
            .iter()
            .zip(&requests)
            .map(|((id, _, person, faults, _), request)| {
                case(SD_JWT, id, request, person.clone(), faults)
            })
            .collect(),
    );
    for ((id, iso, _, _, refusal), request) in cases.iter().zip(&requests) {
        let pid = verify(&wallet, SD_JWT, id, request, iso).unwrap_or_else(|e| panic!("{id}: {e}"));
        let made = pid.into_submission(rules(), iso, NOW.date(), typed_rest(iso));
        assert_eq!(made.unwrap_err(), *refusal, "{id}");
    }
}

#[test]
fn a_nonce_is_bound_to_this_worker_this_nationality_and_five_minutes() {
    // (And the published test anchor is told from any other: the collector refuses it beyond
    // this machine.)
    let published = TrustAnchors::from_pem(ocs_core::wallet::TEST_ANCHOR_PEM).unwrap();
    assert!(published.holds_test_anchor());
    assert!(!run_wallet(Vec::new()).anchors.holds_test_anchor());
    let state = rules().state("DE").unwrap();
    let now = now_unix();
    let issued = WalletRequest::new(NONCE_KEY, "DE", state, 16, now, [7; 16]).unwrap();
    assert_eq!(
        check_nonce(NONCE_KEY, &issued.nonce, "DE", now + 299),
        Ok(())
    );
    assert_eq!(
        check_nonce(NONCE_KEY, &issued.nonce, "DE", now + 301),
        Err(WalletError::StaleRequest)
    );
    assert_eq!(
        check_nonce(NONCE_KEY, &issued.nonce, "FR", now),
        Err(WalletError::UnknownRequest)
    );
    assert_eq!(
        check_nonce(
            b"another worker's key, also 32 bytes..",
            &issued.nonce,
            "DE",
            now
        ),
        Err(WalletError::UnknownRequest)
    );
    assert_eq!(
        check_nonce(NONCE_KEY, "not-a-nonce", "DE", now),
        Err(WalletError::UnknownRequest)
    );
}

/// A replayed presentation, and a second signature typed by hand with the same particulars,
/// make the same dedupe token as the wallet's statement: the ledger refuses either.
#[test]
fn a_replay_or_a_typed_second_signature_is_the_same_person_to_the_ledger() {
    let secret = ocs_core::dedupe::DedupeSecret::from_hex(&"ab".repeat(32)).unwrap();
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    for iso in ["DE", "PL"] {
        let request = request(iso);
        let wallet = run_wallet(vec![case(SD_JWT, iso, &request, person(iso), &[])]);
        let token = |submission: &RawSubmission| {
            let statement = validator
                .validate(submission, StatementId::generate().unwrap())
                .unwrap()
                .statement;
            secret.token(rules(), &statement).unwrap()
        };
        let by_wallet = |_| {
            let pid = verify(&wallet, SD_JWT, iso, &request, iso).unwrap();
            token(
                &pid.into_submission(rules(), iso, NOW.date(), typed_rest(iso))
                    .unwrap(),
            )
        };
        let (first, replayed) = (by_wallet(1), by_wallet(2));
        assert_eq!(first, replayed);
        let typed: Vec<(&str, String)> = match rules().state(iso).unwrap().part() {
            Part::A => ocs_testkit::part_a(iso),
            Part::B => {
                let (_, doc, number) = PART_B.iter().find(|(s, _, _)| *s == iso).unwrap();
                ocs_testkit::part_b(iso, doc, number)
            }
        };
        let typed = RawSubmission::from_pairs(typed.iter().map(|(k, v)| (*k, v.clone())));
        assert_eq!(token(&typed), first, "{iso}");
    }
}

/// Writes the `wallet` fuzz target's seeds (fuzz/corpus/wallet/) and what they were made under
/// (crates/testkit/fuzz-wallet/: the anchor and the clock). Run by hand after a format change:
/// `OCS_WRITE_WALLET_SEEDS=1 cargo test -p ocs-core --test wallet write_fuzz_seeds -- --ignored`.
#[test]
#[ignore = "writes the wallet fuzz seeds; run by hand"]
fn write_fuzz_seeds() {
    use ocs_testkit::fuzz::{WALLET_NONCE, WALLET_ORIGIN};
    assert!(std::env::var_os("OCS_WRITE_WALLET_SEEDS").is_some());
    assert_eq!(WALLET_ORIGIN, ORIGIN);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut cases = Vec::new();
    for iso in ["DE", "SE"] {
        let mut request = request(iso);
        request.nonce = WALLET_NONCE.to_owned();
        cases.push(case(SD_JWT, iso, &request, person(iso), &[]));
        cases.push(case(
            SD_JWT,
            &format!("{iso}-forged"),
            &request,
            person(iso),
            &["forged_disclosure"],
        ));
        for (suffix, faults) in [("", &[][..]), ("-forged", &["forged_disclosure"][..])] {
            let id = format!("{iso}-mdoc{suffix}");
            cases.push(case(MDOC, &id, &request, person(iso), faults));
        }
    }
    let now = now_unix();
    let wallet = run_wallet(cases);
    std::fs::write(
        root.join("crates/testkit/fuzz-wallet/anchor.pem"),
        &wallet.reply.anchors_pem,
    )
    .unwrap();
    std::fs::write(
        root.join("crates/testkit/fuzz-wallet/now"),
        format!("{now}\n"),
    )
    .unwrap();
    for id in wallet.reply.answers.keys() {
        std::fs::write(
            root.join(format!("fuzz/corpus/wallet/seed-{id}")),
            wallet.reply.presentation(id),
        )
        .unwrap();
    }
}

/// The fuzz target starts from presentations that verify (and from forged ones that are
/// refused for the right reason), so it explores past the first checks.
#[test]
fn the_committed_fuzz_seeds_verify_under_their_anchor_and_clock() {
    use ocs_testkit::fuzz::{WALLET_ANCHOR, WALLET_NONCE};
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let now: i64 = std::fs::read_to_string(root.join("crates/testkit/fuzz-wallet/now"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let anchors = TrustAnchors::from_pem(WALLET_ANCHOR).unwrap();
    let expect = Expectations {
        anchors: &anchors,
        nonce: WALLET_NONCE,
        audience: &audience(ORIGIN),
        now_unix: now,
        encrypted_to: None,
    };
    for iso in ["DE", "SE"] {
        let seed = |name: String| {
            std::fs::read_to_string(root.join("fuzz/corpus/wallet").join(name)).unwrap()
        };
        let pid = verify_sd_jwt_vc(&seed(format!("seed-{iso}")), &expect)
            .and_then(|p| p.verify_natively());
        assert_eq!(pid.unwrap().nationalities, vec![iso.to_owned()]);
        let forged = verify_sd_jwt_vc(&seed(format!("seed-{iso}-forged")), &expect);
        assert_eq!(forged.map(|_| ()), Err(WalletError::UnsignedDisclosure));
        let pid = verify_mdoc(&seed(format!("seed-{iso}-mdoc")), &expect)
            .and_then(|p| p.verify_natively());
        assert_eq!(pid.unwrap().nationalities, vec![iso.to_owned()]);
        let forged = verify_mdoc(&seed(format!("seed-{iso}-mdoc-forged")), &expect);
        assert_eq!(forged.map(|_| ()), Err(WalletError::UnsignedDisclosure));
    }
}

/// What a statement records of the credential survives its canonical form, and a record that is
/// not one is refused when the statement is read back.
#[test]
fn the_statement_records_who_vouched_and_nothing_else() {
    let iso = "DE";
    let request = request(iso);
    let wallet = run_wallet(vec![case(SD_JWT, iso, &request, person(iso), &[])]);
    let pid = verify(&wallet, SD_JWT, iso, &request, iso).unwrap();
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    let submission = pid
        .into_submission(rules(), iso, NOW.date(), typed_rest(iso))
        .unwrap();
    let mut statement = validator
        .validate(&submission, StatementId::generate().unwrap())
        .unwrap()
        .statement;
    statement.verified = Some(pid.provenance.verification());
    let canonical = statement.to_canonical();
    let text = std::str::from_utf8(&canonical).unwrap();
    assert!(
        text.ends_with(r#""v":1,"verified":{"format":"dc+sd-jwt","issuer":"Test PID Provider DE","issuer_country":"DE"}}"#),
        "{text}"
    );
    assert_eq!(
        ocs_core::Statement::from_canonical(&canonical).unwrap(),
        statement
    );
    for bad in [
        r#""verified":{"format":"jwt_vc","issuer":"X"}"#,
        r#""verified":{"format":"dc+sd-jwt","issuer":""}"#,
        r#""verified":{"format":"dc+sd-jwt","issuer":"X","issuer_country":"germany"}"#,
        r#""verified":{"format":"dc+sd-jwt","issuer":"X\u202e"}"#,
        r#""verified":{"format":"dc+sd-jwt","issuer":"X","credential":"eyJ…"}"#,
    ] {
        let forged = text.replace(
            r#""verified":{"format":"dc+sd-jwt","issuer":"Test PID Provider DE","issuer_country":"DE"}"#,
            bad,
        );
        assert!(
            ocs_core::Statement::from_canonical(forged.as_bytes()).is_err(),
            "{bad}"
        );
    }
}
