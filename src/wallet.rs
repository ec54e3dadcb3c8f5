//! Signing with the EU Digital Identity Wallet (docs/wallet.md): the request a page hands to the
//! browser's Digital Credentials API, and the verification of what the wallet answers, with the
//! core reading the presentation and the runtime's WebCrypto checking its signatures.

use ocs_core::statement::{RawSubmission, Verification};
use ocs_core::wallet::request::{audience, check_nonce, REQUEST_LIFETIME_SECONDS};
use ocs_core::wallet::response::{
    pkcs8, presentation_of, public_jwk, response_secret, SealedResponse,
};
use ocs_core::wallet::{verify_mdoc, verify_sd_jwt_vc, Expectations, WalletError, WalletRequest};
use serde::{Deserialize, Serialize};
use worker::{Env, Request, Response};
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
    /// The presentation (the `vp_token` entry): an SD-JWT VC, or an mdoc `DeviceResponse` in
    /// base64url (which never holds the SD-JWT's `~`).
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
pub async fn request_api(req: &Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let key = admitted(req, env, config).await?;
    let query: RequestQuery = RequestUrl::of(req)
        .query()
        .map_err(|_| EdgeError::BadRequest("give ?nationality= as a member state's code"))?;
    let (iso, state) = nationality(
        config,
        &query.nationality,
        "give ?nationality= as a member state's code",
    )?;
    let now = crate::clock::now()?;
    let mut random = [0u8; 16];
    getrandom::fill(&mut random).map_err(|e| EdgeError::Internal(e.to_string()))?;
    let mut request = WalletRequest::new(
        key,
        iso,
        state,
        state.min_age_on(now.date()),
        now.unix_timestamp(),
        random,
    )
    .map_err(EdgeError::Wallet)?;
    // The answer comes encrypted to this request's own key (`dc_api.jwt`, as HAIP asks).
    let secret = response_secret(key, &request.nonce).map_err(EdgeError::Wallet)?;
    let (point, _) = crate::webcrypto::ecdh(&pkcs8(&secret), None).await?;
    request.response_key = Some(public_jwk(&point).0);
    let body = RequestAnswer {
        nationality: iso,
        nonce: &request.nonce,
        expires_in: REQUEST_LIFETIME_SECONDS,
        request: request.dc_api_request(),
    };
    Ok(crate::respond::json(&body, "no-store")?)
}

/// The member state a request names (its code in the ruleset, and its rules), or a 400 that
/// says `what` to give.
fn nationality<'c>(
    config: &'c Config,
    code: &str,
    what: &'static str,
) -> EdgeResult<(&'c str, &'c ocs_core::rules::StateRules)> {
    config
        .rules
        .resolve_nationality(code)
        .ok_or(EdgeError::BadRequest(what))
}

/// The wallet routes' limit binding: each request costs a WebCrypto key import and ECDH, which
/// signing's own limit does not cover.
const WALLET_LIMITER: &str = "WALLET_LIMITER";

/// The nonce key for one of the wallet routes: refused where the collector offers no wallet
/// signatures, and for a client past the routes' limit (`WALLET_LIMITER`, per client address).
async fn admitted<'c>(req: &Request, env: &Env, config: &'c Config) -> EdgeResult<&'c [u8]> {
    let key = offered(config)?.1;
    let client = crate::rate_limit::client_of(req)?;
    let limit_key = crate::rate_limit::wallet_client_key(key, &config.initiative.id, &client)?;
    if !crate::rate_limit::limit(env, WALLET_LIMITER, limit_key).await? {
        return Err(EdgeError::RateLimited);
    }
    Ok(key)
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
    let (presentation, thumbprint) = open(key, &answer.nonce, &answer.presentation).await?;
    let audience = audience(origin);
    let expect = Expectations {
        anchors,
        nonce: &answer.nonce,
        audience: &audience,
        now_unix,
        encrypted_to: Some(thumbprint),
    };
    let presented = if presentation.contains('~') {
        verify_sd_jwt_vc(&presentation, &expect)
    } else {
        verify_mdoc(&presentation, &expect)
    }
    .map_err(EdgeError::Wallet)?;
    let verdicts = crate::webcrypto::verify(&presented.checks).await?;
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

/// Opens an answer encrypted to the request of `nonce` (already checked): the presentation, and
/// the thumbprint of the key it was encrypted to. An answer in the clear is refused: the request
/// asked for it encrypted.
async fn open(key: &[u8], nonce: &str, answer: &str) -> EdgeResult<(Zeroizing<String>, [u8; 32])> {
    let refused = |why| EdgeError::Wallet(WalletError::Malformed(why));
    if !SealedResponse::is_jwe(answer) {
        return Err(refused("the answer is not encrypted as the request asked"));
    }
    let sealed = SealedResponse::parse(answer).map_err(EdgeError::Wallet)?;
    let secret = response_secret(key, nonce).map_err(EdgeError::Wallet)?;
    let (point, shared) = crate::webcrypto::ecdh(&pkcs8(&secret), Some(&sealed.ephemeral)).await?;
    let shared = shared.ok_or(refused("the encrypted answer does not open"))?;
    let content_key = sealed.content_key(&shared);
    let payload = crate::webcrypto::open_aes_gcm_sealed(
        &content_key,
        &sealed.iv,
        &sealed.sealed,
        &sealed.aad,
    )
    .await?
    .ok_or(refused("the encrypted answer does not open"))?;
    let presentation = presentation_of(&payload).map_err(EdgeError::Wallet)?;
    Ok((presentation, public_jwk(&point).1))
}

#[derive(Deserialize)]
struct OpenBody {
    nationality: String,
    nonce: String,
    response: String,
}

/// `POST /api/v1/wallet/open` `{nationality, nonce, response}`: the presentation inside an
/// encrypted answer, for the page to show the citizen what the wallet disclosed before they
/// sign (docs/api.md). Nothing is verified or kept here; signing verifies it all.
pub async fn open_api(mut req: Request, env: &Env, config: &Config) -> EdgeResult<Response> {
    let key = admitted(&req, env, config).await?;
    // At most a statement's size, read as a statement is (no more than that is buffered).
    let body = crate::body::read_capped(&mut req).await?;
    let body: OpenBody = serde_json::from_slice(&body)
        .map_err(|_| EdgeError::BadRequest("give {nationality, nonce, response} as JSON"))?;
    let (iso, _) = nationality(
        config,
        &body.nationality,
        "give nationality as a member state's code",
    )?;
    let now = crate::clock::now()?.unix_timestamp();
    check_nonce(key, &body.nonce, iso, now).map_err(EdgeError::Wallet)?;
    let (presentation, _) = open(key, &body.nonce, &body.response).await?;
    let body = serde_json::json!({ "presentation": *presentation });
    Ok(crate::respond::json(&body, "no-store")?)
}
