//! The few JOSE pieces a presentation needs: compact JWS (ES256 only, as HAIP requires) and
//! P-256 JWKs.

use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use base64::Engine;
use serde_json::{Map, Value};

use super::error::WalletError;

/// base64url without padding, as JOSE and SD-JWT write every binary value.
pub(crate) fn b64url_decode(text: &str) -> Result<Vec<u8>, WalletError> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|_| WalletError::Malformed("base64url"))
}

pub(crate) fn b64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Standard base64 with padding, as the `x5c` header carries certificates.
pub(crate) fn b64_decode(text: &str) -> Result<Vec<u8>, WalletError> {
    STANDARD
        .decode(text)
        .map_err(|_| WalletError::Malformed("x5c base64"))
}

/// A compact JWS, read but not yet verified.
pub(crate) struct CompactJws<'a> {
    /// `header.payload` as sent: the signed bytes.
    pub signing_input: &'a str,
    pub header: Map<String, Value>,
    pub payload: Map<String, Value>,
    pub signature: [u8; 64],
}

impl<'a> CompactJws<'a> {
    /// Reads `token`; refuses any `alg` but ES256 and any header `crit`.
    pub fn parse(token: &'a str) -> Result<Self, WalletError> {
        let mut parts = token.split('.');
        let (Some(header), Some(payload), Some(signature), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(WalletError::Malformed("a JWS has three parts"));
        };
        let signing_input = token
            .get(..header.len() + 1 + payload.len())
            .ok_or(WalletError::Malformed("JWS"))?;
        let header = json_object(&b64url_decode(header)?)?;
        let payload = json_object(&b64url_decode(payload)?)?;
        if header.get("alg").and_then(Value::as_str) != Some("ES256") {
            return Err(WalletError::UnsupportedAlgorithm);
        }
        if header.contains_key("crit") {
            return Err(WalletError::Malformed("critical JWS header"));
        }
        let signature = b64url_decode(signature)?
            .try_into()
            .map_err(|_| WalletError::Malformed("an ES256 signature is 64 bytes"))?;
        Ok(CompactJws {
            signing_input,
            header,
            payload,
            signature,
        })
    }

    /// The header's `typ`.
    pub fn typ(&self) -> Option<&str> {
        self.header.get("typ").and_then(Value::as_str)
    }
}

/// The `x5c` header's certificates, DER (signing certificate first); none is an untrusted issuer.
pub(crate) fn x5c(header: &Map<String, Value>) -> Result<Vec<Vec<u8>>, WalletError> {
    match header.get("x5c") {
        Some(Value::Array(certs)) => certs
            .iter()
            .map(|c| b64_decode(c.as_str().ok_or(WalletError::Malformed("x5c"))?))
            .collect(),
        _ => Err(WalletError::UntrustedIssuer),
    }
}

/// A JSON object, or a refusal.
pub(crate) fn json_object(bytes: &[u8]) -> Result<Map<String, Value>, WalletError> {
    match serde_json::from_slice(bytes) {
        Ok(Value::Object(map)) => Ok(map),
        _ => Err(WalletError::Malformed("expected a JSON object")),
    }
}

/// A P-256 public JWK as a SEC1 uncompressed point.
pub(crate) fn p256_jwk(jwk: &Value) -> Result<[u8; 65], WalletError> {
    let field = |name| jwk.get(name).and_then(Value::as_str);
    if field("kty") != Some("EC") || field("crv") != Some("P-256") {
        return Err(WalletError::UnsupportedAlgorithm);
    }
    let coordinate = |name| -> Result<Vec<u8>, WalletError> {
        let bytes = b64url_decode(field(name).ok_or(WalletError::Malformed("JWK"))?)?;
        if bytes.len() == 32 {
            Ok(bytes)
        } else {
            Err(WalletError::Malformed("a P-256 coordinate is 32 bytes"))
        }
    };
    let mut point = [0u8; 65];
    point[0] = 4;
    point[1..33].copy_from_slice(&coordinate("x")?);
    point[33..].copy_from_slice(&coordinate("y")?);
    Ok(point)
}
