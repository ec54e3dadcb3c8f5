//! Hostile wallet answers to `POST /api/v1/statements` (docs/wallet.md): what a forged or
//! broken answer gets from a collector that takes wallet signatures, and from one that does
//! not. The refusals of well-formed presentations (untrusted issuer, forged disclosure, wrong
//! audience, …) are in tests/e2e_wallet.rs, with a wallet that makes them.

use super::{case, client, Case, Expect, Target};
use crate::support::{Reply, Worker};

/// A fresh request for a signatory of `nationality` (from a client of its own: the route has a
/// per-client limit).
fn asked(w: &Worker, nationality: &str) -> serde_json::Value {
    w.get_with(
        &format!("/api/v1/wallet/request?nationality={nationality}"),
        &[("cf-connecting-ip", &client())],
    )
    .json()
}

/// A fresh request's nonce for a signatory of `nationality`.
fn nonce(w: &Worker, nationality: &str) -> String {
    asked(w, nationality)["nonce"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

/// Posts `presentation` (a JSON value, as written) with a fresh nonce for `nationality`, to a
/// German statement.
fn answer_with_nonce_for(t: &Target, nationality: &str, presentation: &str) -> Reply {
    let nonce = nonce(t.wallet, nationality);
    post(
        t.wallet,
        &format!(r#""wallet_presentation":{presentation},"wallet_nonce":"{nonce}""#),
    )
}

fn b64url(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// Posts `presentation` (as a wallet's `vp_token` entry) encrypted to a fresh request
/// for German signatories, as a wallet answers: it reaches the verifier past the opening.
fn sealed_answer(t: &Target, presentation: &str) -> Reply {
    let asked = asked(t.wallet, "DE");
    let nonce = asked["nonce"].as_str().unwrap_or_default().to_owned();
    let sealed = ocs_testkit::wallet::sealed(&t.wallet.base, &asked["request"], presentation);
    post(
        t.wallet,
        &format!(r#""wallet_presentation":"{sealed}","wallet_nonce":"{nonce}""#),
    )
}

/// Posts `fields` (JSON values, as written) with a nationality and the declaration.
fn post(w: &Worker, fields: &str) -> Reply {
    let body =
        format!(r#"{{"nationality":"DE","declaration":"true","turnstile_token":"pass",{fields}}}"#);
    w.post("/api/v1/statements", &client(), "application/json", &body)
}

pub fn cases() -> Vec<Case> {
    vec![
        case(
            "wallet-presentation-without-its-nonce",
            Expect::json(422, "wallet_malformed"),
            |t| {
                post(
                    t.wallet,
                    r#""wallet_presentation":"eyJhbGciOiJFUzI1NiJ9.e30.AA~""#,
                )
            },
        ),
        case(
            "wallet-garbage-presentation",
            Expect::json(422, "wallet_malformed"),
            |t| answer_with_nonce_for(t, "DE", r#""not a presentation""#),
        ),
        case(
            "wallet-presentation-as-a-number",
            Expect::json(422, "wallet_malformed"),
            |t| answer_with_nonce_for(t, "DE", "5"),
        ),
        case(
            "wallet-forged-nonce",
            Expect::json(422, "wallet_unknown_request"),
            |t| {
                post(
                    t.wallet,
                    r#""wallet_presentation":"a~b~","wallet_nonce":"AAAAAGlOHoAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA""#,
                )
            },
        ),
        case(
            "wallet-nonce-of-another-nationality",
            Expect::json(422, "wallet_unknown_request"),
            |t| answer_with_nonce_for(t, "FR", r#""a~b~""#),
        ),
        case(
            "wallet-thousand-disclosures",
            Expect::json(422, "wallet_malformed"),
            |t| {
                let disclosures = "~WyJhIl0".repeat(1000);
                sealed_answer(t, &format!("eyJhbGciOiJFUzI1NiJ9.e30.AA{disclosures}~"))
            },
        ),
        // mdoc answers (base64url CBOR): the reader's limits, before any signature.
        case(
            "wallet-mdoc-nested-two-thousand-deep",
            Expect::json(422, "wallet_malformed"),
            |t| sealed_answer(t, &b64url(&[0x81; 2_000])),
        ),
        case(
            "wallet-mdoc-claims-an-exabyte",
            Expect::json(422, "wallet_malformed"),
            |t| {
                // A map whose first key is a byte string of 2^60 bytes.
                sealed_answer(t, &b64url(&[0xa1, 0x5b, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x00]))
            },
        ),
        case(
            "wallet-mdoc-indefinite-lengths",
            Expect::json(422, "wallet_malformed"),
            |t| {
                // {_ "documents": [_ ]}: indefinite lengths, which 18013-5 does not use.
                let mut cbor = vec![0xbf, 0x69];
                cbor.extend(b"documents");
                cbor.extend([0x9f, 0xff, 0xff]);
                sealed_answer(t, &b64url(&cbor))
            },
        ),
        case(
            "wallet-answer-in-the-clear",
            Expect::json(422, "wallet_malformed"),
            |t| answer_with_nonce_for(t, "DE", r#""eyJhbGciOiJFUzI1NiJ9.e30.AA~""#),
        ),
        case(
            "wallet-answer-encrypted-to-another-key",
            Expect::json(422, "wallet_malformed"),
            |t| {
                // A JWE another request's key opens, with this request's nonce.
                let other = asked(t.wallet, "DE");
                let sealed = ocs_testkit::wallet::sealed(&t.wallet.base, &other["request"], "x");
                let nonce = nonce(t.wallet, "DE");
                post(
                    t.wallet,
                    &format!(r#""wallet_presentation":"{sealed}","wallet_nonce":"{nonce}""#),
                )
            },
        ),
        case(
            "wallet-answer-to-a-collector-without-anchors",
            Expect::json(404, "wallet_not_offered"),
            |t| post(t.open, r#""wallet_presentation":"a~b~","wallet_nonce":"n""#),
        ),
    ]
}
