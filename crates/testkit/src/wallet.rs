//! The test PID provider and wallet (tests/wallet/pid_wallet.py, on PyPI `sd-jwt` and
//! `cryptography`), for the core's tests and the end-to-end tests alike.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

/// Which trust anchor the test PID providers issue under.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    /// One made for this run (nothing outside the run trusts it).
    Fresh,
    /// The published test anchor (crates/core/data/wallet-test-anchor.pem, its key beside the
    /// test wallet): what a collector on this machine may be configured to trust, never one
    /// beyond it (docs/wallet.md).
    Published,
}

/// What the wallet answered: the anchor it issued under, and its answer per case id.
pub struct Reply {
    /// The anchor, PEM.
    pub anchors_pem: String,
    /// Each case's answer: `{"vp_token": {"<query id>": ["<presentation>"]}}`, or an error.
    pub answers: BTreeMap<String, Value>,
}

impl Reply {
    /// What the wallet gave for case `id`, as the page posts it: the encrypted answer (a JWE)
    /// where the request asked for one, else the presentation (an SD-JWT VC, or an mdoc in
    /// base64url).
    pub fn presentation(&self, id: &str) -> &str {
        self.answers
            .get(id)
            .and_then(|a| {
                let token = &a["vp_token"];
                a["response"]
                    .as_str()
                    .or_else(|| token["pid_sd_jwt"][0].as_str())
                    .or_else(|| token["pid_mdoc"][0].as_str())
            })
            .unwrap_or_else(|| {
                panic!(
                    "the wallet gave no presentation for {id}: {:?}",
                    self.answers.get(id)
                )
            })
    }
}

fn wallet_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/wallet"))
}

/// Runs the wallet on `cases` (each from [`case`]) for pages of `origin`, at the machine's
/// clock.
pub fn run(origin: &str, anchor: Anchor, cases: Vec<Value>) -> Reply {
    run_with_status(origin, anchor, None, cases)
}

/// [`run`], with every PID pointing to its provider's Token Status List: the lists are written
/// into `status.0`, which the test serves at `status.1`.
pub fn run_with_status(
    origin: &str,
    anchor: Anchor,
    status: Option<(&std::path::Path, &str)>,
    cases: Vec<Value>,
) -> Reply {
    let mut child = Command::new("python3")
        .arg(wallet_dir().join("pid_wallet.py"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs (scripts/test installs sd-jwt)");
    let mut job = json!({
        "origin": origin,
        "now": time::OffsetDateTime::now_utc().unix_timestamp(),
        "cases": cases,
    });
    if let Some((dir, base)) = status {
        job["status"] = json!({"dir": dir, "base": base});
    }
    if anchor == Anchor::Published {
        job["anchor"] = json!({
            "certificate": concat!(env!("CARGO_MANIFEST_DIR"), "/../core/data/wallet-test-anchor.pem"),
            "key": wallet_dir().join("test-anchor.key"),
        });
    }
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(job.to_string().as_bytes())
        .expect("the job written");
    let out = child.wait_with_output().expect("the wallet ran");
    assert!(out.status.success(), "the test wallet failed");
    let reply: Value = serde_json::from_slice(&out.stdout).expect("the wallet's JSON");
    Reply {
        anchors_pem: reply["anchors_pem"].as_str().expect("anchors").to_owned(),
        answers: serde_json::from_value(reply["answers"].clone()).expect("answers"),
    }
}

/// One case for the wallet: a DC API request (as the collector makes it), the PID it holds, and
/// the faults it is to commit (tests/wallet/pid_wallet.py lists them).
pub fn case(id: &str, request: &Value, person: Value, faults: &[&str]) -> Value {
    json!({"id": id, "request": request, "person": person, "faults": faults})
}

/// `presentation` (whatever it holds) encrypted to `request`'s key as a wallet sends an answer:
/// what a hostile test posts to reach the verifier through the opening.
pub fn sealed(origin: &str, request: &Value, presentation: &str) -> String {
    let reply = run(
        origin,
        Anchor::Fresh,
        vec![json!({"id": "sealed", "request": request, "seal": presentation})],
    );
    reply.presentation("sealed").to_owned()
}

/// The PID formats the wallet holds a PID in.
pub const FORMATS: [&str; 2] = ["dc+sd-jwt", "mso_mdoc"];

/// [`case`], with the PID in `format` (one of [`FORMATS`]).
pub fn case_in(format: &str, id: &str, request: &Value, person: Value, faults: &[&str]) -> Value {
    let mut case = case(id, request, person, faults);
    case["format"] = json!(format);
    case
}

/// The PID of a national of `iso`, resident at home, with every claim the rulebook defines that
/// the collector might ask: the same particulars as [`crate::part_a`] gives a typed signature.
pub fn person(iso: &str) -> Value {
    let form: BTreeMap<&str, String> = crate::part_a(iso).into_iter().collect();
    json!({
        "given_name": form["full_first_names"],
        "family_name": form["family_names"],
        "birthdate": form["date_of_birth"],
        "nationalities": [iso],
        "address": {
            "street_address": form["street"],
            "house_number": form["street_number"],
            "postal_code": form["postal_code"],
            "locality": form["city"],
            "country": iso,
        },
        "age_equal_or_over": {"14": true, "16": true, "18": true, "21": true, "65": false},
        "issuing_country": iso,
    })
}

/// What a wallet signatory still sends with the form: the declaration, and for a Part B state
/// the document its PID does not carry (the same as [`crate::PART_B`] types).
pub fn typed_rest(iso: &str) -> ocs_core::statement::RawSubmission {
    let mut pairs = vec![("declaration", "on".to_owned())];
    if let Some((_, doc, number)) = crate::PART_B.iter().find(|(state, _, _)| *state == iso) {
        pairs.push(("id_type", (*doc).to_owned()));
        pairs.push(("id_number", (*number).to_owned()));
    }
    ocs_core::statement::RawSubmission::from_pairs(pairs)
}

/// The 27 member states, sorted.
pub fn all_states() -> Vec<&'static str> {
    let mut states: Vec<&str> = crate::PART_A.to_vec();
    states.extend(crate::PART_B.iter().map(|(iso, _, _)| *iso));
    states.sort();
    states
}
