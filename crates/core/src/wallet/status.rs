//! Revocation: the IETF Token Status List a credential points to (`status.status_list` with
//! `idx` and `uri`). The collector fetches the list token (the shell's I/O), this module reads
//! it: a JWS (`typ` `statuslist+jwt`) signed under the same trust anchors as the credential,
//! for that URI, not expired; its `lst` is a zlib-compressed array of `bits`-bit statuses,
//! which the shell inflates (WebCrypto-free, but platform code all the same: the runtime's
//! `DecompressionStream`, natively a kept crate). Status 0 is valid; anything else (1 invalid,
//! 2 suspended, or a status type the collector does not know) refuses the statement.

use serde_json::{Map, Value};

use super::error::WalletError;
use super::jose::{b64url_decode, CompactJws};
use super::signature::{SignatureCheck, SignedPart};
use super::x509::{verify_chain, TrustAnchors};

/// Longest status list URI read.
const MAX_URI: usize = 512;
/// How long a status list is kept when its token does not say (`ttl`), in seconds.
pub const DEFAULT_TTL_SECONDS: i64 = 300;

/// Where a credential's status is: the list and the credential's index in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusReference {
    /// The status list token's URI (`https://`, or `http://` on this machine's addresses).
    pub uri: String,
    /// The credential's index in the list.
    pub index: u64,
}

/// The credential's `status.status_list`, if it has one.
pub(crate) fn reference_of(
    claims: &Map<String, Value>,
) -> Result<Option<StatusReference>, WalletError> {
    let Some(status) = claims.get("status") else {
        return Ok(None);
    };
    let Some(list) = status.get("status_list") else {
        // Another status mechanism: one this collector cannot check.
        return Err(WalletError::StatusUnavailable);
    };
    reference(
        list.get("uri").and_then(Value::as_str).unwrap_or_default(),
        list.get("idx").and_then(Value::as_u64),
    )
    .map(Some)
}

/// A status list reference as a credential gives it (SD-JWT VC and mdoc alike): `https://`, or
/// `http://` on this machine's addresses only.
pub(crate) fn reference(uri: &str, index: Option<u64>) -> Result<StatusReference, WalletError> {
    let local = ["http://127.0.0.1:", "http://localhost:", "http://[::1]:"]
        .iter()
        .any(|p| uri.starts_with(p));
    match index {
        Some(index) if uri.len() <= MAX_URI && (uri.starts_with("https://") || local) => {
            Ok(StatusReference {
                uri: uri.to_owned(),
                index,
            })
        }
        _ => Err(WalletError::Malformed("status.status_list")),
    }
}

/// A status list token, read and checked but for its signatures (handed out to check) and its
/// list (handed out to inflate).
#[derive(Debug)]
pub struct StatusList {
    /// Bits per status: 1, 2, 4 or 8.
    pub bits: u8,
    /// The zlib-compressed statuses (`lst`).
    pub compressed: Vec<u8>,
    /// The token's signature and its certificate chain's.
    pub checks: Vec<SignatureCheck>,
    /// Until when the list may be reused (Unix seconds): `iat` + `ttl` (or
    /// [`DEFAULT_TTL_SECONDS`]), never past `exp`.
    pub fresh_until: i64,
}

/// Reads a status list token fetched from `reference.uri`.
pub fn read_status_token(
    token: &str,
    reference: &StatusReference,
    anchors: &TrustAnchors,
    now_unix: i64,
) -> Result<StatusList, WalletError> {
    let unavailable = |_| WalletError::StatusUnavailable;
    let jws = CompactJws::parse(token.trim()).map_err(unavailable)?;
    if jws.typ() != Some("statuslist+jwt") {
        return Err(WalletError::StatusUnavailable);
    }
    let x5c = super::jose::x5c(&jws.header).map_err(unavailable)?;
    let mut checks = Vec::new();
    let signer = verify_chain(&x5c, anchors, now_unix, &mut checks).map_err(unavailable)?;
    checks.push(SignatureCheck {
        part: SignedPart::Credential,
        public_key: signer.key,
        message: jws.signing_input.as_bytes().to_vec(),
        signature: jws.signature,
    });
    let claims = &jws.payload;
    let time = |name| claims.get(name).and_then(Value::as_i64);
    if claims.get("sub").and_then(Value::as_str) != Some(reference.uri.as_str()) {
        return Err(WalletError::StatusUnavailable);
    }
    let issued = time("iat").ok_or(WalletError::StatusUnavailable)?;
    if time("exp").is_some_and(|exp| now_unix > exp) || issued > now_unix + 60 {
        return Err(WalletError::StatusUnavailable);
    }
    let list = claims
        .get("status_list")
        .ok_or(WalletError::StatusUnavailable)?;
    let bits = list
        .get("bits")
        .and_then(Value::as_u64)
        .and_then(|b| u8::try_from(b).ok())
        .filter(|b| matches!(b, 1 | 2 | 4 | 8))
        .ok_or(WalletError::StatusUnavailable)?;
    let compressed = b64url_decode(list.get("lst").and_then(Value::as_str).unwrap_or_default())
        .map_err(unavailable)?;
    let ttl = time("ttl").unwrap_or(DEFAULT_TTL_SECONDS).clamp(0, 86_400);
    let fresh_until = time("exp").map_or(issued + ttl, |exp| exp.min(issued + ttl));
    Ok(StatusList {
        bits,
        compressed,
        checks,
        fresh_until,
    })
}

/// The status at `index` of an inflated list of `bits`-bit statuses (least significant bits
/// first, as the Token Status List packs them); `None` past its end.
pub fn status_at(statuses: &[u8], bits: u8, index: u64) -> Option<u8> {
    let bit = index.checked_mul(u64::from(bits))?;
    let byte = statuses.get(usize::try_from(bit / 8).ok()?)?;
    let mask = u8::try_from((1u16 << bits) - 1).ok()?;
    Some((byte >> (bit % 8)) & mask)
}

/// Whether a status lets the credential sign: only 0 (valid) does.
pub fn refusal_for(status: Option<u8>) -> Result<(), WalletError> {
    match status {
        Some(0) => Ok(()),
        Some(_) => Err(WalletError::Revoked),
        None => Err(WalletError::StatusUnavailable),
    }
}
