//! The wallet tests' shared steps (tests/e2e_wallet.rs, tests/e2e_wallet_status.rs): a worker
//! that trusts the committed test anchor, its DC API request, and what the page posts.

use ocs_testkit::wallet::{self, Anchor};
use ocs_testkit::PART_B;
use serde_json::Value;

use super::{open_vars, start, Instance, Worker};

/// The committed test anchor: what the collector on this machine trusts.
pub const TEST_ANCHOR: &str = include_str!("../../crates/core/data/wallet-test-anchor.pem");

pub fn client() -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(1);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    format!("10.70.{}.{}", n / 250, n % 250 + 1)
}

pub fn wallet_worker(name: &'static str) -> Worker {
    let mut vars = open_vars();
    vars.push(("PID_TRUST_ANCHORS", TEST_ANCHOR.to_owned()));
    start(Instance::new(name, vars))
}

/// The collector's DC API request for a signatory of `iso`.
pub fn request(w: &Worker, iso: &str) -> Value {
    // Each from a client of its own, as the citizens signing are (the route has a per-client
    // limit: tests/e2e_wallet_status.rs).
    let r = w.get_with(
        &format!("/api/v1/wallet/request?nationality={iso}"),
        &[("cf-connecting-ip", &client())],
    );
    assert_eq!(r.status, 200, "{}", r.body);
    r.json()
}

/// What the page posts: the wallet's answer, the nonce, the declaration, and for Part B the
/// document the PID does not carry.
pub fn answer_pairs(iso: &str, presentation: &str, nonce: &str) -> Vec<(&'static str, String)> {
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

/// One answer of the test wallet, holding `person`'s PID in `format` under `anchor`, to a fresh
/// request of `w` for a signatory of `iso`: what the page posts (the answer and the nonce).
pub struct Answer {
    pub presentation: String,
    pub nonce: String,
}

pub fn answer(
    w: &Worker,
    iso: &str,
    format: &str,
    person: Value,
    faults: &[&str],
    anchor: Anchor,
) -> Answer {
    let asked = request(w, iso);
    let reply = wallet::run(
        &w.base,
        anchor,
        vec![wallet::case_in(
            format,
            "one",
            &asked["request"],
            person,
            faults,
        )],
    );
    Answer {
        presentation: reply.presentation("one").to_owned(),
        nonce: asked["nonce"].as_str().expect("nonce").to_owned(),
    }
}
