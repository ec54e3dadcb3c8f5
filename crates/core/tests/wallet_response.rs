//! Encrypted wallet answers (`dc_api.jwt`, docs/wallet.md): RFC 7518's own ECDH-ES example for
//! the key derivation, and answers the test wallet encrypted with jwcrypto (an implementation
//! this project did not write) to a request's key, opened natively and verified in both PID
//! formats. Through the worker (WebCrypto) every test of tests/e2e_wallet.rs opens one.

use base64::Engine;
use ocs_core::wallet::request::{audience, check_nonce};
use ocs_core::wallet::response::{
    native, pkcs8, presentation_of, public_jwk, response_secret, SealedResponse,
};
use ocs_core::wallet::{verify_mdoc, verify_sd_jwt_vc, Expectations, PidFormat, WalletError};
use ocs_testkit::wallet::person;
use wallet_harness::{case, now_unix, request, run_wallet, Wallet, NONCE_KEY, ORIGIN};

mod wallet_harness;

fn b64url(bytes: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// RFC 7518 Appendix C: the shared secret of its example and the A128GCM key derived from it
/// with "Alice" and "Bob" as the parties.
#[test]
fn the_key_derivation_is_rfc_7518s_example() {
    let header = r#"{"alg":"ECDH-ES","enc":"A128GCM","apu":"QWxpY2U","apv":"Qm9i","epk":{"kty":"EC","crv":"P-256","x":"gI0GAILBdu7T53akrFmMyGcsF3n5dO7MmwNBHKW5SV0","y":"SLW_xSffzlPWrHEVI30DHM_4egVwt3NQqeUD7nMFpps"}}"#;
    let jwe = format!(
        "{}..{}.{}.{}",
        b64url(header.as_bytes()),
        b64url(&[0; 12]),
        b64url(b"ciphertext"),
        b64url(&[0; 16])
    );
    let sealed = SealedResponse::parse(&jwe).unwrap();
    let z = [
        158, 86, 217, 29, 129, 113, 53, 211, 114, 131, 66, 131, 191, 132, 38, 156, 251, 49, 110,
        163, 218, 128, 106, 72, 246, 218, 167, 121, 140, 254, 144, 196,
    ];
    assert_eq!(b64url(&sealed.content_key(&z)), "VqqN6vgjbSBcIijNcacQGg");
    // Bob's key of the example, through the PKCS#8 the worker hands the runtime.
    let bob = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode("VEmDZpDXXK8p8N0Cndsxs924q6nS1RXFASRl6BfUqdw")
        .unwrap();
    let bob: [u8; 32] = bob.try_into().unwrap();
    assert_eq!(pkcs8(&bob).len(), 67);
    let shared_opened = native::open(&sealed, &bob);
    // The dummy ciphertext does not authenticate: refused, not a panic.
    assert_eq!(
        shared_opened.map(|_| ()),
        Err(WalletError::Malformed("the encrypted answer does not open"))
    );
}

/// Both formats, a Part A and a Part B state: the wallet encrypts to the request's key, the
/// answer opens and verifies; an mdoc's session transcript names that key (verifying it as an
/// answer in the clear fails); a damaged answer does not open; A256GCM opens too.
#[test]
fn answers_encrypted_by_jwcrypto_open_and_verify_in_both_formats() {
    let mut cases = Vec::new();
    let mut requests = Vec::new();
    for iso in ["DE", "IT"] {
        let mut request = request(iso);
        let secret = response_secret(NONCE_KEY, &request.nonce).unwrap();
        let point = native::public_key(&secret).unwrap();
        request.response_key = Some(public_jwk(&point).0);
        let asked = serde_json::to_value(request.dc_api_request()).unwrap();
        assert_eq!(asked["data"]["response_mode"], "dc_api.jwt");
        for format in ocs_testkit::wallet::FORMATS {
            for faults in [&[][..], &["a256gcm"][..]] {
                let id = format!("{iso}-{format}-{}", faults.len());
                cases.push(case(format, &id, &request, person(iso), faults));
            }
        }
        requests.push((iso, request, secret, point));
    }
    let Wallet { reply, anchors } = run_wallet(cases);
    let now = now_unix();
    for (iso, request, secret, point) in &requests {
        check_nonce(NONCE_KEY, &request.nonce, iso, now).unwrap();
        let thumbprint = public_jwk(point).1;
        for format in ocs_testkit::wallet::FORMATS {
            for faults in [0, 1] {
                let id = format!("{iso}-{format}-{faults}");
                let answer = reply.presentation(&id);
                assert!(SealedResponse::is_jwe(answer), "{id}: encrypted");
                let sealed = SealedResponse::parse(answer).unwrap();
                let payload = native::open(&sealed, secret).unwrap();
                let presentation = presentation_of(&payload).unwrap();
                let audience = audience(ORIGIN);
                let expect = |encrypted_to| Expectations {
                    anchors: &anchors,
                    nonce: &request.nonce,
                    audience: &audience,
                    now_unix: now,
                    encrypted_to,
                };
                let verify = |encrypted_to| {
                    if format == "mso_mdoc" {
                        verify_mdoc(&presentation, &expect(encrypted_to))
                    } else {
                        verify_sd_jwt_vc(&presentation, &expect(encrypted_to))
                    }
                    .and_then(|p| p.verify_natively())
                };
                let pid = verify(Some(thumbprint)).unwrap_or_else(|e| panic!("{id}: {e}"));
                let expected_format = if format == "mso_mdoc" {
                    PidFormat::Mdoc
                } else {
                    PidFormat::SdJwtVc
                };
                assert_eq!(pid.provenance.format, expected_format);
                if format == "mso_mdoc" {
                    assert_eq!(
                        verify(None).map(|_| ()),
                        Err(WalletError::BadKeyBinding),
                        "{id}: the transcript names the key"
                    );
                }
                // One character of the ciphertext changed: it does not authenticate.
                let mut parts: Vec<String> = answer.split('.').map(str::to_owned).collect();
                let flipped = if parts[3].starts_with('A') { "B" } else { "A" };
                parts[3].replace_range(..1, flipped);
                let damaged = SealedResponse::parse(&parts.join(".")).unwrap();
                assert!(native::open(&damaged, secret).is_err(), "{id}: damaged");
                // Another request's key does not open it.
                let other = response_secret(NONCE_KEY, "another request").unwrap();
                assert!(native::open(&sealed, &other).is_err(), "{id}: another key");
            }
        }
    }
}
