//! Signing with the EU Digital Identity Wallet (docs/wallet.md): the request a page hands to the
//! browser's Digital Credentials API, and the verification of what the wallet answers, with the
//! core reading the presentation and the runtime's WebCrypto checking its signatures.

use js_sys::{Array, Uint8Array};
use ocs_core::statement::{RawSubmission, Verification};
use ocs_core::wallet::request::{audience, check_nonce, REQUEST_LIFETIME_SECONDS};
use ocs_core::wallet::{
    verify_sd_jwt_vc, Expectations, SignatureCheck, WalletError, WalletRequest,
};
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use worker::{Request, Response};
use zeroize::Zeroizing;

use crate::config::Config;
use crate::error::{EdgeError, EdgeResult};
use crate::request_url::RequestUrl;

/// The fields of a signature made with the wallet, taken out of the submission by `receive`.
pub const PRESENTATION_FIELD: &str = "wallet_presentation";
/// The nonce of the request the presentation answers.
pub const NONCE_FIELD: &str = "wallet_nonce";

/// A wallet's answer, as the page posts it.
pub struct WalletAnswer {
    /// The SD-JWT VC presentation (the `vp_token` entry).
    pub presentation: Zeroizing<String>,
    /// The nonce of the request it answers.
    pub nonce: Zeroizing<String>,
}

impl WalletAnswer {
    /// Takes the answer's fields out of a submission (both or neither: one alone is refused).
    pub fn take_from(raw: &mut RawSubmission) -> EdgeResult<Option<WalletAnswer>> {
        match (raw.take(PRESENTATION_FIELD), raw.take(NONCE_FIELD)) {
            (None, None) => Ok(None),
            (Some(presentation), Some(nonce)) => Ok(Some(WalletAnswer {
                presentation,
                nonce,
            })),
            _ => Err(EdgeError::Wallet(WalletError::Malformed(
                "a presentation and its nonce go together",
            ))),
        }
    }
}

/// What `GET /api/v1/wallet/request` answers.
#[derive(Serialize)]
struct RequestAnswer<'a> {
    nationality: &'a str,
    nonce: &'a str,
    expires_in: i64,
    request: ocs_core::wallet::request::DcApiRequest<'a>,
}

#[derive(Deserialize)]
struct RequestQuery {
    nationality: String,
}

/// `GET /api/v1/wallet/request?nationality=XX`: the DC API request for a signatory of that
/// nationality (docs/api.md). Not cached: every request has its own nonce.
pub fn request_api(req: &Request, config: &Config) -> EdgeResult<Response> {
    let key = offered(config)?.1;
    let query: RequestQuery = RequestUrl::of(req)
        .query()
        .map_err(|_| EdgeError::BadRequest("give ?nationality= as a member state's code"))?;
    let (iso, state) =
        config
            .rules
            .resolve_nationality(&query.nationality)
            .ok_or(EdgeError::BadRequest(
                "give ?nationality= as a member state's code",
            ))?;
    let now = crate::clock::now()?;
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).map_err(|e| EdgeError::Internal(e.to_string()))?;
    let request = WalletRequest::new(
        key,
        iso,
        state,
        state.min_age_on(now.date()),
        now.unix_timestamp(),
        random,
    )
    .map_err(EdgeError::Wallet)?;
    let body = RequestAnswer {
        nationality: iso,
        nonce: &request.nonce,
        expires_in: REQUEST_LIFETIME_SECONDS,
        request: request.dc_api_request(),
    };
    let mut response = Response::from_json(&body)?;
    response.headers_mut().set("cache-control", "no-store")?;
    Ok(response)
}

/// The trust anchors and the nonce key, if this collector offers wallet signatures.
fn offered(config: &Config) -> EdgeResult<(&ocs_core::wallet::TrustAnchors, &[u8])> {
    match &config.pid_trust_anchors {
        Some(anchors) => Ok((anchors, config.export_token.expose().as_bytes())),
        None => Err(EdgeError::Wallet(WalletError::NotOffered)),
    }
}

/// The submission a wallet answer makes (the nonce, the presentation and its signatures
/// verified, the PID's claims in the fields the nationality requires, the rest as `raw` has
/// it), and what the statement is to record of the credential.
pub async fn verified_submission(
    config: &Config,
    answer: &WalletAnswer,
    raw: &RawSubmission,
    origin: &str,
    now: time::OffsetDateTime,
) -> EdgeResult<(RawSubmission, Verification)> {
    let (anchors, key) = offered(config)?;
    let (iso, _) = raw
        .nationality()
        .and_then(|code| config.rules.resolve_nationality(&code))
        .ok_or(EdgeError::Wallet(WalletError::NationalityMismatch))?;
    let now_unix = now.unix_timestamp();
    check_nonce(key, &answer.nonce, iso, now_unix).map_err(EdgeError::Wallet)?;
    let audience = audience(origin);
    let expect = Expectations {
        anchors,
        nonce: &answer.nonce,
        audience: &audience,
        now_unix,
    };
    let presented = verify_sd_jwt_vc(&answer.presentation, &expect).map_err(EdgeError::Wallet)?;
    let verdicts = verify_with_webcrypto(&presented.checks).await?;
    let status = presented.status.clone();
    let pid = presented.conclude(&verdicts).map_err(EdgeError::Wallet)?;
    if let Some(reference) = status {
        crate::wallet_status::check(&reference, anchors, now_unix).await?;
    }
    let submission = pid
        .into_submission(config.rules, iso, now.date(), raw.clone())
        .map_err(EdgeError::Wallet)?;
    Ok((submission, pid.provenance.verification()))
}

// The checks run in JavaScript, concurrently, behind one promise: an `await` per check in Rust
// would cost the bundle a state machine and glue per step (docs/wallet.md, the bundle).
#[wasm_bindgen(inline_js = r#"
export async function inflateZlib(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
export function verifyP256(keys, signatures, messages) {
  const subtle = crypto.subtle;
  return Promise.all(keys.map(async (raw, i) => {
    try {
      const key = await subtle.importKey(
        "raw", raw, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]);
      return await subtle.verify(
        { name: "ECDSA", hash: "SHA-256" }, key, signatures[i], messages[i]);
    } catch (refused) {
      return false;
    }
  }));
}
"#)]
extern "C" {
    #[wasm_bindgen(js_name = inflateZlib, catch)]
    fn inflate_zlib(bytes: &Uint8Array) -> Result<js_sys::Promise, JsValue>;

    #[wasm_bindgen(js_name = verifyP256, catch)]
    fn verify_p256(
        keys: &Array,
        signatures: &Array,
        messages: &Array,
    ) -> Result<js_sys::Promise, JsValue>;
}

/// Every check by WebCrypto (ECDSA, P-256, SHA-256), which takes the raw key and `r || s` as
/// [`SignatureCheck`] has them; a verdict per check, in order. A key the runtime refuses is a
/// signature that does not verify.
pub(crate) async fn verify_with_webcrypto(checks: &[SignatureCheck]) -> EdgeResult<Vec<bool>> {
    let internal = |e: JsValue| EdgeError::Internal(format!("WebCrypto: {e:?}"));
    let (keys, signatures, messages) = (Array::new(), Array::new(), Array::new());
    for check in checks {
        keys.push(&Uint8Array::from(check.public_key.as_slice()));
        signatures.push(&Uint8Array::from(check.signature.as_slice()));
        messages.push(&Uint8Array::from(check.message.as_slice()));
    }
    let verdicts = JsFuture::from(verify_p256(&keys, &signatures, &messages).map_err(internal)?)
        .await
        .map_err(internal)?;
    Ok(Array::from(&verdicts)
        .iter()
        .map(|verdict| verdict.as_bool() == Some(true))
        .collect())
}

/// Inflates zlib data (RFC 1950) with the runtime's `DecompressionStream("deflate")`.
pub(crate) async fn inflate(compressed: &[u8]) -> Result<Vec<u8>, JsValue> {
    let promise = inflate_zlib(&Uint8Array::from(compressed))?;
    Ok(Uint8Array::new(&JsFuture::from(promise).await?).to_vec())
}
