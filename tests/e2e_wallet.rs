//! End to end, signing with the EU Digital Identity Wallet (docs/wallet.md) through the real
//! worker: the request from `/api/v1/wallet/request`, answered by a PID provider and wallet the
//! project did not write (tests/wallet/pid_wallet.py, on PyPI `sd-jwt`), verified at the edge
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
use support::*;

/// The committed test anchor: what the collector on this machine trusts.
const TEST_ANCHOR: &str = include_str!("../crates/core/data/wallet-test-anchor.pem");

fn client() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("10.70.{}.{}", n / 250, n % 250 + 1)
}

fn wallet_worker(name: &'static str) -> Worker {
    let mut vars = open_vars();
    vars.push(("PID_TRUST_ANCHORS", TEST_ANCHOR.to_owned()));
    start(Instance::new(name, vars))
}

/// The collector's DC API request for a signatory of `iso`.
fn request(w: &Worker, iso: &str) -> Value {
    let r = w.get(&format!("/api/v1/wallet/request?nationality={iso}"));
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// What the page posts: the wallet's answer, the nonce, the declaration, and for Part B the
/// document the PID does not carry.
fn answer_pairs(iso: &str, presentation: &str, nonce: &str) -> Vec<(&'static str, String)> {
    let mut pairs = vec![
        ("nationality", iso.to_owned()),
        ("declaration", "true".to_owned()),
        ("wallet_presentation", presentation.to_owned()),
        ("wallet_nonce", nonce.to_owned()),
    ];
    if let Some((_, doc, number)) = PART_B.iter().find(|(s, _, _)| *s == iso) {
        pairs.push(("id_type", (*doc).to_owned()));
        pairs.push(("id_number", (*number).to_owned()));
    }
    pairs
}

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
    let w = wallet_worker("wallet-all-states");
    let mut states: Vec<&str> = PART_A.to_vec();
    states.extend(PART_B.iter().map(|(iso, _, _)| *iso));
    let requests: BTreeMap<&str, Value> =
        states.iter().map(|iso| (*iso, request(&w, iso))).collect();
    let reply = wallet::run(
        &w.base,
        Anchor::Published,
        states
            .iter()
            .map(|iso| wallet::case(iso, &requests[iso]["request"], wallet::person(iso), &[]))
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
        let disclosure = reply
            .presentation(iso)
            .split('~')
            .nth(1)
            .expect("a disclosure");
        assert!(
            !log.contains(disclosure),
            "{iso}: a disclosure is in the log"
        );
    }
    for particular in ["Lüdenscheidt", "Hauptstraße", "Anna Maria"] {
        assert!(!log.contains(particular), "{particular} is in the log");
    }

    let dir = setup().dir.join("wallet-all-states-files");
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
            serde_json::json!({ format!("Test PID Provider {iso} ({iso}, dc+sd-jwt)"): 1 }),
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
            ("dc+sd-jwt", Some(statement.nationality.as_str()))
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
        let asked = request(&w, iso);
        let reply = wallet::run(
            &w.base,
            Anchor::Published,
            vec![wallet::case(code, &asked["request"], person, &[])],
        );
        let nonce = asked["nonce"].as_str().expect("nonce");
        let r = w.sign_json(
            &client(),
            &answer_pairs(iso, reply.presentation(code), nonce),
            "pass",
        );
        assert_eq!((r.status, r.code()), (422, code.to_owned()), "{}", r.body);
    }
    // An answer for another nationality's request, and one issued under an anchor made for
    // this run only (not the collector's).
    let asked = request(&w, "SE");
    let reply = wallet::run(
        &w.base,
        Anchor::Fresh,
        vec![wallet::case(
            "fresh",
            &asked["request"],
            wallet::person("SE"),
            &[],
        )],
    );
    let nonce = asked["nonce"].as_str().expect("nonce");
    let r = w.sign_json(
        &client(),
        &answer_pairs("SE", reply.presentation("fresh"), nonce),
        "pass",
    );
    assert_eq!(r.code(), "wallet_untrusted_issuer", "{}", r.body);
    let r = w.sign_json(
        &client(),
        &answer_pairs("FI", reply.presentation("fresh"), nonce),
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
        let asked = request(&w, iso);
        let reply = wallet::run(
            &w.base,
            Anchor::Published,
            vec![wallet::case(
                iso,
                &asked["request"],
                wallet::person(iso),
                &[],
            )],
        );
        let nonce = asked["nonce"].as_str().expect("nonce");
        let pairs = answer_pairs(iso, reply.presentation(iso), nonce);
        assert_eq!(w.sign_json(&client(), &pairs, "pass").status, 201);
        // The same answer again (a replay), then the same person typing the form.
        assert_eq!(
            w.sign_json(&client(), &pairs, "pass").code(),
            "already_supported"
        );
        let typed = w.sign_json(&client(), &typed_equivalent(iso), "pass");
        assert_eq!(typed.code(), "already_supported", "{iso}: {}", typed.body);
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

/// Revocation (docs/wallet.md): a PID whose Token Status List says revoked or suspended is
/// refused; one whose list cannot be fetched, or is not signed under the anchors, is refused as
/// uncheckable (503, the signatory may try again); a valid one signs. The lists are served by a
/// plain HTTP server beside the worker, as a PID provider serves them.
#[test]
fn revoked_or_uncheckable_credentials_are_refused() {
    let w = wallet_worker("wallet-status");
    let lists = setup().dir.join("wallet-status-lists");
    fs::create_dir_all(&lists).expect("dir");
    let port = free_port();
    let mut server = std::process::Command::new("python3")
        .args([
            "-m",
            "http.server",
            &port.to_string(),
            "--bind",
            "127.0.0.1",
            "--directory",
        ])
        .arg(&lists)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("python3 -m http.server");
    let base = format!("http://127.0.0.1:{port}");
    eventually(
        std::time::Duration::from_secs(10),
        "the status list server",
        || std::net::TcpStream::connect(("127.0.0.1", port)).ok(),
    );
    let cases = [
        ("valid", &[][..], 201, "", "DE"),
        ("revoked", &["revoked"][..], 422, "wallet_revoked", "DE"),
        ("suspended", &["suspended"][..], 422, "wallet_revoked", "DE"),
        (
            "missing",
            &["status_list_missing"][..],
            503,
            "wallet_status_unavailable",
            "SE",
        ),
        (
            "forged",
            &["status_list_forged"][..],
            503,
            "wallet_status_unavailable",
            "SE",
        ),
    ];
    for (id, faults, status, code, iso) in cases {
        let asked = request(&w, iso);
        let mut person = wallet::person(iso);
        person["family_name"] = format!("Status {id}").into();
        let reply = wallet::run_with_status(
            &w.base,
            Anchor::Published,
            Some((&lists, &base)),
            vec![wallet::case(id, &asked["request"], person, faults)],
        );
        let nonce = asked["nonce"].as_str().expect("nonce");
        let r = w.sign_json(
            &client(),
            &answer_pairs(iso, reply.presentation(id), nonce),
            "pass",
        );
        assert_eq!(r.status, status, "{id}: {}", r.body);
        if !code.is_empty() {
            assert_eq!(r.code(), code, "{id}");
        }
    }
    assert_eq!(w.export_all().iter().map(Vec::len).sum::<usize>(), 1);
    let _ = server.kill();
    let _ = server.wait();
    w.stop(false);
}
