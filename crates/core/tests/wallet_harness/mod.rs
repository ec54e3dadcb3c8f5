//! What the wallet tests share (wallet.rs, wallet_mdoc.rs, wallet_response.rs): requests as the
//! worker makes them, a run of the test wallet (tests/wallet/pid_wallet.py) and the worker's
//! verification of an answer, natively.
#![allow(dead_code)] // Not every test binary uses every step.

use ocs_core::wallet::request::{audience, check_nonce};
use ocs_core::wallet::{
    verify_mdoc, verify_sd_jwt_vc, Expectations, Pid, TrustAnchors, WalletError, WalletRequest,
};
use ocs_testkit::wallet::Anchor;
use ocs_testkit::{rules, NOW};
use serde_json::Value;

pub const ORIGIN: &str = "https://sign.example.eu";
pub const NONCE_KEY: &[u8] = b"the worker's wallet nonce key, 32+ bytes";
/// The PID formats, as the DCQL query and the test wallet name them.
pub const SD_JWT: &str = "dc+sd-jwt";
pub const MDOC: &str = "mso_mdoc";

pub fn now_unix() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

/// A request for a signatory of `iso`, as the worker makes it now.
pub fn request(iso: &str) -> WalletRequest {
    let state = rules().state(iso).unwrap();
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).unwrap();
    let min_age = state.min_age_on(NOW.date());
    WalletRequest::new(NONCE_KEY, iso, state, min_age, now_unix(), random).unwrap()
}

/// One case for the test wallet: `request` answered with a PID in `format`.
pub fn case(
    format: &str,
    id: &str,
    request: &WalletRequest,
    person: Value,
    faults: &[&str],
) -> Value {
    let request = serde_json::to_value(request.dc_api_request()).unwrap();
    ocs_testkit::wallet::case_in(format, id, &request, person, faults)
}

/// One wallet run: its reply, and the anchor it issued under as the core reads it.
pub struct Wallet {
    pub reply: ocs_testkit::wallet::Reply,
    pub anchors: TrustAnchors,
}

pub fn run_wallet(cases: Vec<Value>) -> Wallet {
    let reply = ocs_testkit::wallet::run(ORIGIN, Anchor::Fresh, cases);
    let anchors = TrustAnchors::from_pem(&reply.anchors_pem).unwrap();
    Wallet { reply, anchors }
}

/// What the worker does with an answer in `format`: the nonce, then the presentation, then the
/// signatures.
pub fn verify(
    wallet: &Wallet,
    format: &str,
    id: &str,
    request: &WalletRequest,
    iso: &str,
) -> Result<Pid, WalletError> {
    check_nonce(NONCE_KEY, &request.nonce, iso, now_unix())?;
    let expect = Expectations {
        anchors: &wallet.anchors,
        nonce: &request.nonce,
        audience: &audience(ORIGIN),
        now_unix: now_unix(),
        encrypted_to: None,
    };
    let presentation = wallet.reply.presentation(id);
    if format == MDOC {
        assert!(!presentation.contains('~'), "{id}: an mdoc, not an SD-JWT");
        verify_mdoc(presentation, &expect)?.verify_natively()
    } else {
        verify_sd_jwt_vc(presentation, &expect)?.verify_natively()
    }
}

/// Each of `faults` committed by the wallet once, for a Part A and a Part B state: each answer
/// is refused with its own reason.
pub fn each_fault_is_refused(format: &str, faults: &[(&str, WalletError)]) {
    for iso in ["DE", "SE"] {
        let request = request(iso);
        let person = ocs_testkit::wallet::person(iso);
        let wallet = run_wallet(
            faults
                .iter()
                .map(|(fault, _)| case(format, fault, &request, person.clone(), &[fault]))
                .collect(),
        );
        for (fault, refusal) in faults {
            let verdict =
                verify(&wallet, format, fault, &request, iso).map(|pid| pid.provenance.clone());
            assert_eq!(verdict, Err(*refusal), "{format} {iso} {fault}");
        }
    }
}
