//! End to end, signing with the EU Digital Identity Wallet (docs/wallet.md) through the real
//! worker: the request from `/api/v1/wallet/request`, answered by a PID provider and wallet the
//! project did not write (tests/wallet/pid_wallet.py, on PyPI `sd-jwt` and `pymdoccbor`), in
//! both PID formats (SD-JWT VC and mdoc), verified at the edge
//! with the runtime's WebCrypto, sealed, pulled and exported by `ocs`, and read back from the
//! hand-over files by an independent reader: for every member state, every refusal, the
//! duplicate across the two ways of signing, and the test anchor refused beyond this machine.
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeMap;
use std::fs;

use ocs_testkit::wallet::{self, Anchor};
use ocs_testkit::{part_a, part_b, PART_A, PART_B};
use serde_json::Value;
use support::wallet::*;
use support::*;

/// The typed signature with the same particulars as [`wallet::person`]'s PID.
fn typed_equivalent(iso: &str) -> Vec<(&'static str, String)> {
    if PART_A.contains(&iso) {
        return part_a(iso);
    }
    let (_, doc, number) = PART_B
        .iter()
        .find(|(s, _, _)| *s == iso)
        .expect("a Part B state");
    let names: BTreeMap<&str, String> = part_a(iso).into_iter().collect();
    part_b(iso, doc, number)
        .into_iter()
        .map(|(k, v)| match k {
            "full_first_names" | "family_names" => (k, names[k].clone()),
            _ => (k, v),
        })
        .collect()
}

#[test]
fn every_member_states_pid_signs_and_reaches_the_hand_over_files() {
    every_state_through_the_hand_over("wallet-all-states", "dc+sd-jwt");
}

#[test]
fn every_member_states_mdoc_pid_signs_and_reaches_the_hand_over_files() {
    every_state_through_the_hand_over("wallet-all-states-mdoc", "mso_mdoc");
}

/// 27/27 with PIDs in `format`: each signs, is pulled and exported, and reads back from the
/// hand-over files as the same person typing.
fn every_state_through_the_hand_over(name: &'static str, format: &str) {
    let w = wallet_worker(name);
    let mut states: Vec<&str> = PART_A.to_vec();
    states.extend(PART_B.iter().map(|(iso, _, _)| *iso));
    let requests: BTreeMap<&str, Value> =
        states.iter().map(|iso| (*iso, request(&w, iso))).collect();
    let reply = wallet::run(
        &w.base,
        Anchor::Published,
        states
            .iter()
            .map(|iso| {
                wallet::case_in(
                    format,
                    iso,
                    &requests[iso]["request"],
                    wallet::person(iso),
                    &[],
                )
            })
            .collect(),
    );
    let mut signed: BTreeMap<String, &str> = BTreeMap::new();
    for iso in &states {
        let nonce = requests[iso]["nonce"].as_str().expect("nonce");
        let r = w.sign_json(
            &client(),
            &answer_pairs(iso, reply.presentation(iso), nonce),
            "pass",
        );
        assert_eq!(r.status, 201, "{iso}: {}", r.body);
        signed.insert(r.json()["id"].as_str().expect("id").to_owned(), iso);
    }
    assert_eq!(signed.len(), 27);
    // Nothing of the credentials or the particulars reached the runtime's output.
    let log = w.log_text();
    for iso in &states {
        let presentation = reply.presentation(iso);
        // A disclosure of the SD-JWT VC; the mdoc's first 48 characters (its encoding is one).
        let part = match presentation.split('~').nth(1) {
            Some(disclosure) => disclosure,
            None => &presentation[..48],
        };
        assert!(!log.contains(part), "{iso}: the presentation is in the log");
    }
    for particular in ["Lüdenscheidt", "Hauptstraße", "Anna Maria"] {
        assert!(!log.contains(particular), "{particular} is in the log");
    }

    let dir = setup().dir.join(format!("{name}-files"));
    fs::create_dir_all(&dir).expect("dir");
    let path = |p: &std::path::Path| p.to_str().expect("utf-8 path").to_owned();
    let bundle = dir.join("bundle");
    let (ok, out) = ocs(&["pull", "--url", &w.base, &path(&bundle)]);
    assert!(ok && out.contains("pulled 27 new rows"), "{out}");
    let (ok, out, handover) = export_with_key(&dir, &bundle);
    assert!(ok, "{out}");
    let mut exported = 0;
    for entry in fs::read_dir(&handover).expect("hand-over folder") {
        let file = entry.expect("entry").path();
        if file.extension().and_then(|e| e.to_str()) != Some("xml") {
            continue;
        }
        let text = fs::read_to_string(&file).expect("xml");
        ocs_testkit::check_data_model(&text)
            .unwrap_or_else(|b| panic!("{}: {b:?}", file.display()));
        let (_, signatures) = ocs_testkit::read_hand_over_xml(&text);
        for (id, _, _, properties) in signatures {
            let iso = signed[&id];
            let read: BTreeMap<String, String> =
                properties.into_iter().map(|(_, k, v)| (k, v)).collect();
            assert_eq!(read, expected_hand_over(&typed_equivalent(iso)), "{iso}");
            exported += 1;
        }
    }
    assert_eq!(exported, 27);
    // The report counts each file's statement as made with the wallet, by provider and format.
    let report: Value = serde_json::from_str(
        &fs::read_to_string(handover.join("export-report.json")).expect("report"),
    )
    .expect("report JSON");
    for file in report["files"].as_array().expect("files") {
        let iso = file["nationality"].as_str().expect("nationality");
        assert_eq!(
            file["identity_verified"],
            serde_json::json!({ format!("Test PID Provider {iso} ({iso}, {format})"): 1 }),
            "{iso}"
        );
    }
    assert!(
        out.contains("1 statement made with the EU Digital Identity Wallet"),
        "{out}"
    );
    // What is sealed: the provider and the format, nothing of the credential.
    for row in w.export_all().into_iter().flatten() {
        let statement = open_statement(&setup().organiser, &row);
        let verified = statement
            .verified
            .clone()
            .expect("a wallet statement records it");
        assert_eq!(
            (verified.format.as_str(), verified.issuer_country.as_deref()),
            (format, Some(statement.nationality.as_str()))
        );
    }
    w.stop(false);
}

#[test]
fn refusals_say_what_happened_and_store_nothing() {
    let w = wallet_worker("wallet-refusals");
    let faults = [
        ("untrusted_issuer", "wallet_untrusted_issuer"),
        ("expired_certificate", "wallet_certificate_expired"),
        ("expired_pid", "wallet_credential_expired"),
        ("tampered_credential", "wallet_bad_signature"),
        ("forged_disclosure", "wallet_unsigned_disclosure"),
        ("wrong_nonce", "wallet_unknown_request"),
        ("wrong_audience", "wallet_wrong_audience"),
        ("stale_binding", "wallet_not_fresh"),
        ("foreign_holder_key", "wallet_bad_key_binding"),
        ("not_pid", "wallet_not_pid"),
    ];
    for iso in ["FI", "LT"] {
        let asked = request(&w, iso);
        let reply = wallet::run(
            &w.base,
            Anchor::Published,
            faults
                .iter()
                .map(|(fault, _)| {
                    wallet::case(fault, &asked["request"], wallet::person(iso), &[fault])
                })
                .collect(),
        );
        let nonce = asked["nonce"].as_str().expect("nonce");
        for (fault, code) in faults {
            let r = w.sign_json(
                &client(),
                &answer_pairs(iso, reply.presentation(fault), nonce),
                "pass",
            );
            assert_eq!(
                (r.status, r.code()),
                (422, code.to_owned()),
                "{iso} {fault}: {}",
                r.body
            );
        }
    }
    // The same checks on an mdoc PID: its nonce and origin are only in the device signature's
    // session transcript, so a wrong one fails that signature.
    let mdoc_faults = [
        ("untrusted_issuer", "wallet_untrusted_issuer"),
        ("expired_certificate", "wallet_certificate_expired"),
        ("expired_pid", "wallet_credential_expired"),
        ("tampered_credential", "wallet_bad_signature"),
        ("forged_disclosure", "wallet_unsigned_disclosure"),
        ("wrong_nonce", "wallet_bad_key_binding"),
        ("wrong_audience", "wallet_bad_key_binding"),
        ("foreign_holder_key", "wallet_bad_key_binding"),
        ("no_key_binding", "wallet_bad_key_binding"),
        ("not_pid", "wallet_not_pid"),
    ];
    let asked = request(&w, "LT");
    let reply = wallet::run(
        &w.base,
        Anchor::Published,
        mdoc_faults
            .iter()
            .map(|(fault, _)| {
                wallet::case_in(
                    "mso_mdoc",
                    fault,
                    &asked["request"],
                    wallet::person("LT"),
                    &[fault],
                )
            })
            .collect(),
    );
    let nonce = asked["nonce"].as_str().expect("nonce");
    for (fault, code) in mdoc_faults {
        let r = w.sign_json(
            &client(),
            &answer_pairs("LT", reply.presentation(fault), nonce),
            "pass",
        );
        assert_eq!(
            (r.status, r.code()),
            (422, code.to_owned()),
            "mdoc {fault}: {}",
            r.body
        );
    }
    // The claims: under age, not an EU national, another nationality than the one chosen.
    let mut young = wallet::person("SE");
    young["age_equal_or_over"]["18"] = false.into();
    let mut american = wallet::person("DE");
    american["nationalities"] = serde_json::json!(["US"]);
    for (iso, person, code) in [
        ("SE", young, "wallet_under_age"),
        ("DE", american, "wallet_not_eu_nationality"),
        ("DE", wallet::person("FR"), "wallet_nationality_mismatch"),
    ] {
        let a = answer(&w, iso, "dc+sd-jwt", person, &[], Anchor::Published);
        let r = w.sign_json(
            &client(),
            &answer_pairs(iso, &a.presentation, &a.nonce),
            "pass",
        );
        assert_eq!((r.status, r.code()), (422, code.to_owned()), "{}", r.body);
    }
    // An answer for another nationality's request, and one issued under an anchor made for
    // this run only (not the collector's).
    let fresh = answer(
        &w,
        "SE",
        "dc+sd-jwt",
        wallet::person("SE"),
        &[],
        Anchor::Fresh,
    );
    let r = w.sign_json(
        &client(),
        &answer_pairs("SE", &fresh.presentation, &fresh.nonce),
        "pass",
    );
    assert_eq!(r.code(), "wallet_untrusted_issuer", "{}", r.body);
    let r = w.sign_json(
        &client(),
        &answer_pairs("FI", &fresh.presentation, &fresh.nonce),
        "pass",
    );
    assert_eq!(r.code(), "wallet_unknown_request", "{}", r.body);
    // Nothing of any refusal was stored.
    assert_eq!(w.export_all().iter().map(Vec::len).sum::<usize>(), 0);
    w.stop(false);
}

#[test]
fn a_person_who_signed_with_the_wallet_cannot_sign_again_by_typing() {
    let w = wallet_worker("wallet-duplicates");
    for iso in ["NL", "PT"] {
        let a = answer(
            &w,
            iso,
            "dc+sd-jwt",
            wallet::person(iso),
            &[],
            Anchor::Published,
        );
        let pairs = answer_pairs(iso, &a.presentation, &a.nonce);
        assert_eq!(w.sign_json(&client(), &pairs, "pass").status, 201);
        // The same answer again (a replay), then the same person typing the form.
        assert_eq!(
            w.sign_json(&client(), &pairs, "pass").code(),
            "already_supported"
        );
        let typed = w.sign_json(&client(), &typed_equivalent(iso), "pass");
        assert_eq!(typed.code(), "already_supported", "{iso}: {}", typed.body);
        // And the same person's PID in the other format.
        let a = answer(
            &w,
            iso,
            "mso_mdoc",
            wallet::person(iso),
            &[],
            Anchor::Published,
        );
        let pairs = answer_pairs(iso, &a.presentation, &a.nonce);
        let mdoc = w.sign_json(&client(), &pairs, "pass");
        assert_eq!(mdoc.code(), "already_supported", "{iso}: {}", mdoc.body);
    }
    w.stop(false);
}

#[test]
fn the_test_anchor_is_refused_beyond_this_machine_and_no_anchor_offers_no_wallet() {
    let w = wallet_worker("wallet-test-anchor");
    let r = w.request(
        "GET",
        "/api/v1/wallet/request?nationality=DE",
        &[("host", "sign.example.eu")],
        b"",
    );
    assert_eq!(
        (r.status, r.json()["setting"].as_str()),
        (503, Some("PID_TRUST_ANCHORS")),
        "{}",
        r.body
    );
    // On this machine the deployment says which anchors, and `ocs doctor` names the test one.
    let fingerprints = ocs_core::wallet::TrustAnchors::from_pem(TEST_ANCHOR)
        .expect("the test anchor")
        .fingerprints();
    let deployment = w.get("/api/v1/deployment").json();
    assert_eq!(deployment["wallet"]["offered"], true);
    assert_eq!(
        deployment["wallet"]["trust_anchors"],
        serde_json::json!(fingerprints)
    );
    let (_, out) = ocs(&["doctor", "--url", &w.base]);
    assert!(
        out.contains("wallet signatures under the published test anchor (this machine only)"),
        "{out}"
    );
    w.stop(false);
    let plain = open_worker();
    let r = plain.get("/api/v1/wallet/request?nationality=DE");
    assert_eq!(
        (r.status, r.code()),
        (404, "wallet_not_offered".to_owned()),
        "{}",
        r.body
    );
}

/// The wallet routes cost a key derivation and an ECDH each: 60 a minute per client
/// (`WALLET_LIMITER`), another client unaffected; without the binding they answer 503
/// misconfigured, never unlimited.
#[test]
fn the_wallet_routes_have_a_limit_per_client_and_need_its_binding() {
    let w = wallet_worker("wallet-limit");
    let from = |client: &str| {
        w.get_with(
            "/api/v1/wallet/request?nationality=DE",
            &[("cf-connecting-ip", client)],
        )
        .status
    };
    let statuses: Vec<u16> = (0..61).map(|_| from("2001:db8:7::1")).collect();
    assert!(statuses[..60].iter().all(|s| *s == 200), "{statuses:?}");
    assert_eq!(statuses[60], 429, "{statuses:?}");
    // The same /64 is the same client, for opening too; another client is not limited.
    let body = serde_json::json!({"nationality": "DE", "nonce": "x", "response": "y"});
    let opened = w.post(
        "/api/v1/wallet/open",
        "2001:db8:7::2",
        "application/json",
        &body.to_string(),
    );
    assert_eq!((opened.status, opened.code()), (429, "rate_limited".into()));
    assert_eq!(from("2001:db8:8::1"), 200);
    w.stop(false);

    let mut instance = Instance::new("wallet-no-limiter", open_vars());
    instance
        .vars
        .push(("PID_TRUST_ANCHORS", TEST_ANCHOR.to_owned()));
    instance.without = vec!["ratelimits"];
    let w = start(instance);
    let r = w.get_with(
        "/api/v1/wallet/request?nationality=DE",
        &[("cf-connecting-ip", &client())],
    );
    assert_eq!(
        (r.status, r.code()),
        (503, "misconfigured".into()),
        "{}",
        r.body
    );
    w.stop(false);
}

/// `POST /api/v1/wallet/open`: the page has an encrypted answer opened to show what the wallet
/// disclosed; only with its request's nonce and nationality, and only an answer that opens.
#[test]
fn an_encrypted_answer_opens_for_its_page_and_nothing_else() {
    let w = wallet_worker("wallet-open");
    assert_eq!(
        request(&w, "DE")["request"]["data"]["response_mode"],
        "dc_api.jwt"
    );
    let a = answer(
        &w,
        "DE",
        "dc+sd-jwt",
        wallet::person("DE"),
        &[],
        Anchor::Published,
    );
    let nonce = &a.nonce;
    let open = |nationality: &str, response: &str| {
        let body =
            serde_json::json!({"nationality": nationality, "nonce": nonce, "response": response});
        w.post(
            "/api/v1/wallet/open",
            &client(),
            "application/json",
            &body.to_string(),
        )
    };
    let opened = open("DE", &a.presentation);
    assert_eq!(opened.status, 200, "{}", opened.body);
    assert_eq!(
        opened.headers.get("cache-control").map(String::as_str),
        Some("no-store")
    );
    let presentation = opened.json()["presentation"]
        .as_str()
        .expect("a presentation")
        .to_owned();
    // The opened presentation is the wallet's SD-JWT VC: the credential, its disclosures and
    // the key binding.
    assert!(presentation.split('~').count() > 3, "{presentation}");
    let r = open("FR", &a.presentation);
    assert_eq!(
        (r.status, r.code()),
        (422, "wallet_unknown_request".to_owned())
    );
    let r = open(
        "DE",
        "eyJhbGciOiJFQ0RILUVTIn0..AAAAAAAAAAAAAAAA.AA.AAAAAAAAAAAAAAAAAAAAAA",
    );
    assert_eq!(r.status, 422, "{}", r.body);
    // No more is read than a statement may weigh.
    let huge =
        serde_json::json!({"nationality": "DE", "nonce": nonce, "response": "A".repeat(100_000)});
    let r = w.post(
        "/api/v1/wallet/open",
        &client(),
        "application/json",
        &huge.to_string(),
    );
    assert_eq!((r.status, r.code()), (413, "too_large".to_owned()));
    // Nothing is stored by opening.
    assert_eq!(w.export_all().iter().map(Vec::len).sum::<usize>(), 0);
    w.stop(false);
}
