//! Wallet signing with an mdoc PID (ISO/IEC 18013-5, docs/wallet.md) against a PID provider and
//! a wallet this project did not write: tests/wallet/pid_wallet.py issues with PyPI `pymdoccbor`
//! and signs the device authentication with PyPI `pycose`. Every member state's PID verifies
//! and makes the same statement as the SD-JWT VC PID of the same person; each check is broken
//! once; the CBOR reader is held to ciborium.

use std::collections::BTreeMap;

use ciborium::Value as Cbor;
use ocs_core::rules::Part;
use ocs_core::wallet::cbor::{Item, Kind};
use ocs_core::wallet::request::audience;
use ocs_core::wallet::{verify_mdoc, Expectations, Pid, PidFormat, WalletError, WalletRequest};
use ocs_core::{StatementId, Validator};
use ocs_testkit::wallet::{all_states, person, typed_rest};
use ocs_testkit::{initiative, rules, NOW};
use proptest::prelude::*;
use serde_json::Value;
use wallet_harness::{
    case, each_fault_is_refused, now_unix, request, run_wallet, verify, MDOC, ORIGIN, SD_JWT,
};

mod wallet_harness;

const PID_NAMESPACE: &str = "eu.europa.ec.eudi.pid.1";

/// The element identifiers the wallet disclosed, read by ciborium.
fn disclosed_elements(presentation: &str) -> Vec<String> {
    use base64::Engine;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(presentation)
        .unwrap();
    let response: Cbor = ciborium::from_reader(bytes.as_slice()).unwrap();
    let field = |map: &Cbor, name: &str| -> Cbor {
        map.as_map()
            .unwrap()
            .iter()
            .find(|(k, _)| k.as_text() == Some(name))
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    let document = field(&response, "documents").as_array().unwrap()[0].clone();
    let spaces = field(&field(&document, "issuerSigned"), "nameSpaces");
    let mut names: Vec<String> = field(&spaces, PID_NAMESPACE)
        .as_array()
        .unwrap()
        .iter()
        .map(|tagged| {
            let (24, inner) = tagged.as_tag().unwrap() else {
                panic!("IssuerSignedItemBytes is tag 24")
            };
            let item: Cbor = ciborium::from_reader(inner.as_bytes().unwrap().as_slice()).unwrap();
            field(&item, "elementIdentifier")
                .as_text()
                .unwrap()
                .to_owned()
        })
        .collect();
    names.sort();
    names
}

/// 27/27: each state's mdoc PID verifies, discloses exactly its part's elements, and makes the
/// statement (and dedupe token) the same person's SD-JWT VC PID makes.
#[test]
fn every_member_states_mdoc_pid_signs_like_its_sd_jwt_vc_pid() {
    let states = all_states();
    assert_eq!(states.len(), 27);
    let requests: BTreeMap<&str, WalletRequest> =
        states.iter().map(|iso| (*iso, request(iso))).collect();
    let mut cases: Vec<Value> = states
        .iter()
        .map(|iso| case(MDOC, iso, &requests[iso], person(iso), &[]))
        .collect();
    cases.extend(states.iter().map(|iso| {
        let id = format!("{iso}-sd-jwt");
        case(SD_JWT, &id, &requests[iso], person(iso), &[])
    }));
    let wallet = run_wallet(cases);
    let initiative = initiative();
    let validator = Validator {
        rules: rules(),
        initiative: &initiative,
        now: NOW,
    };
    let statement_of = |pid: Pid, iso: &str| {
        let submission = pid
            .into_submission(rules(), iso, NOW.date(), typed_rest(iso))
            .unwrap();
        validator
            .validate(&submission, StatementId::generate().unwrap())
            .unwrap_or_else(|e| panic!("{iso}: {e:?}"))
    };
    for iso in &states {
        let state = rules().state(iso).unwrap();
        let pid = verify(&wallet, MDOC, iso, &requests[iso], iso)
            .unwrap_or_else(|e| panic!("{iso}: {e}"));
        assert_eq!(pid.provenance.format, PidFormat::Mdoc);
        assert_eq!(pid.provenance.issuer, format!("Test PID Provider {iso}"));
        // Every mdoc element is selectively disclosed, and the collector does not ask this one
        // (the SD-JWT VC PID carries it in the clear).
        assert_eq!(pid.provenance.issuing_country, None);
        assert_eq!(pid.provenance.issuer_country.as_deref(), Some(*iso));

        let min_age = format!("age_over_{}", state.min_age_on(NOW.date()));
        let mut expected: Vec<&str> = match state.part() {
            Part::A => vec![
                "birth_date",
                "family_name",
                "given_name",
                "nationality",
                "resident_city",
                "resident_country",
                "resident_house_number",
                "resident_postal_code",
                "resident_street",
            ],
            Part::B => vec!["family_name", "given_name", "nationality", &min_age],
        };
        expected.sort();
        assert_eq!(
            disclosed_elements(wallet.reply.presentation(iso)),
            expected,
            "{iso}"
        );

        // The same answer, verified for another page or another request, is not bound to it.
        for (origin, nonce) in [
            ("https://elsewhere.example", requests[iso].nonce.as_str()),
            (ORIGIN, requests["DE"].nonce.as_str()),
        ] {
            if nonce == requests[iso].nonce && origin == ORIGIN {
                continue;
            }
            let other = Expectations {
                anchors: &wallet.anchors,
                nonce,
                audience: &audience(origin),
                now_unix: now_unix(),
                encrypted_to: None,
            };
            let verdict = verify_mdoc(wallet.reply.presentation(iso), &other)
                .and_then(|p| p.verify_natively())
                .map(|_| ());
            assert_eq!(
                verdict,
                Err(WalletError::BadKeyBinding),
                "{iso} for {origin}"
            );
        }
        let by_mdoc = statement_of(pid, iso);
        let sd_jwt = verify(
            &wallet,
            SD_JWT,
            &format!("{iso}-sd-jwt"),
            &requests[iso],
            iso,
        )
        .unwrap();
        let by_sd_jwt = statement_of(sd_jwt, iso);
        assert_eq!(
            by_mdoc.statement.fields, by_sd_jwt.statement.fields,
            "{iso}"
        );
        assert_eq!(by_mdoc.statement.nationality, *iso);
    }
}

/// Every mdoc answer a verifier must refuse, each breaking one check. An mdoc carries the
/// nonce and the origin only inside the device signature's session transcript: a wrong one
/// fails that signature (`wallet_bad_key_binding`).
#[test]
fn each_broken_mdoc_check_is_refused_with_its_own_reason() {
    use WalletError::*;
    let faults: [(&str, WalletError); 10] = [
        ("untrusted_issuer", UntrustedIssuer),
        ("expired_certificate", CertificateExpired),
        ("expired_pid", CredentialExpired),
        ("tampered_credential", BadSignature),
        ("forged_disclosure", UnsignedDisclosure),
        ("wrong_nonce", BadKeyBinding),
        ("wrong_audience", BadKeyBinding),
        ("foreign_holder_key", BadKeyBinding),
        ("no_key_binding", BadKeyBinding),
        ("not_pid", NotPid),
    ];
    each_fault_is_refused(MDOC, &faults);
    // A claim the part needs, withheld: the PID verifies, the statement cannot be made.
    let request = request("DE");
    let wallet = run_wallet(vec![case(
        MDOC,
        "withheld",
        &request,
        person("DE"),
        &["withhold_birthdate"],
    )]);
    let pid = verify(&wallet, MDOC, "withheld", &request, "DE").unwrap();
    assert!(matches!(
        pid.into_submission(rules(), "DE", NOW.date(), typed_rest("DE")),
        Err(MissingClaim(_))
    ));
}

/// What ciborium reads from `value`'s encoding, as the reader's kinds (tags kept, maps in order).
fn same(item: &Item<'_>, value: &Cbor) -> bool {
    match (&item.kind, value) {
        (Kind::Unsigned(n), Cbor::Integer(i)) => i128::from(*i) == i128::from(*n),
        (Kind::Negative(n), Cbor::Integer(i)) => i128::from(*i) == -1 - i128::from(*n),
        (Kind::Bytes(b), Cbor::Bytes(c)) => b == c,
        (Kind::Text(t), Cbor::Text(u)) => t == u,
        (Kind::Array(items), Cbor::Array(values)) => {
            items.len() == values.len() && items.iter().zip(values).all(|(i, v)| same(i, v))
        }
        (Kind::Map(pairs), Cbor::Map(values)) => {
            pairs.len() == values.len()
                && pairs
                    .iter()
                    .zip(values)
                    .all(|((k, v), (ck, cv))| same(k, ck) && same(v, cv))
        }
        (Kind::Tag(t, inner), Cbor::Tag(u, value)) => t == u && same(inner, value),
        (Kind::Bool(b), Cbor::Bool(c)) => b == c,
        (Kind::Null, Cbor::Null) => true,
        (Kind::Other(_), Cbor::Float(_)) => true,
        _ => false,
    }
}

fn cbor_value() -> impl Strategy<Value = Cbor> {
    let leaf = prop_oneof![
        any::<u64>().prop_map(|n| Cbor::Integer(n.into())),
        any::<i64>().prop_map(|n| Cbor::Integer(n.into())),
        proptest::collection::vec(any::<u8>(), 0..40).prop_map(Cbor::Bytes),
        "\\PC{0,20}".prop_map(Cbor::Text),
        any::<bool>().prop_map(Cbor::Bool),
        Just(Cbor::Null),
        any::<f64>().prop_map(Cbor::Float),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Cbor::Array),
            proptest::collection::vec((inner.clone(), inner.clone()), 0..5).prop_map(Cbor::Map),
            (0u64..100_000, inner).prop_map(|(tag, v)| Cbor::Tag(tag, Box::new(v))),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Whatever ciborium writes, the reader reads as ciborium reads it back, and each item's
    /// `raw` is its exact encoding.
    #[test]
    fn the_cbor_reader_reads_what_ciborium_writes(value in cbor_value()) {
        let mut bytes = Vec::new();
        ciborium::into_writer(&value, &mut bytes).unwrap();
        let item = Item::decode(&bytes).unwrap();
        prop_assert_eq!(item.raw, bytes.as_slice());
        prop_assert!(same(&item, &value));
    }

    /// A damaged encoding the reader accepts, ciborium accepts alike (the reader is never the
    /// more lenient); it never panics.
    #[test]
    fn the_cbor_reader_is_never_more_lenient_than_ciborium(
        value in cbor_value(),
        flips in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..4),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = Vec::new();
        ciborium::into_writer(&value, &mut bytes).unwrap();
        for (at, byte) in flips {
            let at = at.index(bytes.len());
            bytes[at] ^= byte;
        }
        bytes.truncate(cut.index(bytes.len() + 1));
        if let Ok(item) = Item::decode(&bytes) {
            let reference: Result<Cbor, _> = ciborium::from_reader(bytes.as_slice());
            let reference = reference.expect("ciborium reads what the reader read");
            prop_assert!(same(&item, &reference));
        }
    }
}
