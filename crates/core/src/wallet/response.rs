//! Encrypted answers (OpenID4VP 1.0 §8.3, `dc_api.jwt`, as HAIP asks): the wallet encrypts its
//! answer to a P-256 key of the request (JWE, `ECDH-ES` with `A128GCM` or `A256GCM`). The worker
//! keeps no key: each request's secret is derived from its nonce under the worker's key, so the
//! answer's nonce names the key that opens it. The elliptic-curve and AES work is the shell's
//! (WebCrypto in the worker, RustCrypto natively); this module derives, reads and composes.

use serde_json::Value;
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::error::WalletError;
use super::jose::{b64url_decode, b64url_encode, json_object, p256_jwk};

const SECRET_LABEL: &str = "ocs-edge/wallet-response-key/v1";
/// The order of P-256's group, big-endian: a secret must be below it (and not zero).
const P256_ORDER: [u8; 32] = [
    0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
    0xbc, 0xe6, 0xfa, 0xad, 0xa7, 0x17, 0x9e, 0x84, 0xf3, 0xb9, 0xca, 0xc2, 0xfc, 0x63, 0x25, 0x51,
];
/// PKCS#8 of a P-256 private key without its public part (RFC 5208 around RFC 5915), to which
/// the 32 secret bytes are appended: the runtime computes the public key on import.
const PKCS8_PREFIX: [u8; 35] = [
    0x30, 0x41, 0x02, 0x01, 0x00, 0x30, 0x13, 0x06, 0x07, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x02, 0x01,
    0x06, 0x08, 0x2a, 0x86, 0x48, 0xce, 0x3d, 0x03, 0x01, 0x07, 0x04, 0x27, 0x30, 0x25, 0x02, 0x01,
    0x01, 0x04, 0x20,
];

/// The P-256 secret a request's answer is encrypted to: HMAC-SHA256 under the worker's key over
/// the nonce (the chance that it is not a valid scalar is 2^-32: such a request is refused and
/// the page asks again).
pub fn response_secret(key: &[u8], nonce: &str) -> Result<Zeroizing<[u8; 32]>, WalletError> {
    let secret = crate::dedupe::labelled_mac(key, SECRET_LABEL, nonce.as_bytes())
        .map_err(|_| WalletError::UnknownRequest)?;
    let secret: [u8; 32] = secret
        .as_slice()
        .try_into()
        .map_err(|_| WalletError::UnknownRequest)?;
    if secret == [0; 32] || secret >= P256_ORDER {
        return Err(WalletError::UnknownRequest);
    }
    Ok(Zeroizing::new(secret))
}

/// The secret as PKCS#8, for the runtime's `importKey("pkcs8", …)`.
pub fn pkcs8(secret: &[u8; 32]) -> Zeroizing<Vec<u8>> {
    let mut der = Zeroizing::new(Vec::with_capacity(PKCS8_PREFIX.len() + 32));
    der.extend_from_slice(&PKCS8_PREFIX);
    der.extend_from_slice(secret);
    der
}

/// The P-256 point of a JWK's `x` and `y` (as the runtime exports a key).
pub fn point_of(x: &str, y: &str) -> Result<[u8; 65], WalletError> {
    p256_jwk(&serde_json::json!({"kty": "EC", "crv": "P-256", "x": x, "y": y}))
}

/// The request's encryption key as a JWK (`client_metadata.jwks`), and its RFC 7638 thumbprint
/// (which an mdoc's session transcript carries when the answer is encrypted).
pub fn public_jwk(point: &[u8; 65]) -> (Value, [u8; 32]) {
    let (x, y) = point.get(1..33).zip(point.get(33..)).unwrap_or_default();
    let (x, y) = (b64url_encode(x), b64url_encode(y));
    // RFC 7638 §3: the required members in lexicographic order, no whitespace.
    let canonical = format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#);
    let thumbprint: [u8; 32] = Sha256::digest(canonical.as_bytes()).into();
    let jwk = serde_json::json!({
        "kty": "EC", "crv": "P-256", "x": x, "y": y,
        "use": "enc", "alg": "ECDH-ES", "kid": b64url_encode(&thumbprint),
    });
    (jwk, thumbprint)
}

/// A compact JWE answer (`ECDH-ES`, `A128GCM` / `A256GCM`), read and ready to open.
#[derive(Debug)]
pub struct SealedResponse {
    /// The wallet's ephemeral key, SEC1 uncompressed.
    pub ephemeral: [u8; 65],
    /// The initialisation vector (96 bits).
    pub iv: Vec<u8>,
    /// The ciphertext followed by its 128-bit tag (as WebCrypto's AES-GCM takes them).
    pub sealed: Vec<u8>,
    /// The additional data: the protected header as sent (RFC 7516 §5.1 step 14).
    pub aad: Vec<u8>,
    enc: &'static str,
    key_bytes: usize,
    party_u: Vec<u8>,
    party_v: Vec<u8>,
}

impl SealedResponse {
    /// Whether `answer` has a compact JWE's shape (five parts, no SD-JWT `~`): the worker then
    /// opens it before anything else.
    pub fn is_jwe(answer: &str) -> bool {
        !answer.contains('~') && answer.split('.').count() == 5
    }

    /// Reads a compact JWE; refuses any algorithm but `ECDH-ES` with AES-GCM on P-256, any
    /// compression and any `crit`.
    pub fn parse(jwe: &str) -> Result<Self, WalletError> {
        let malformed = || WalletError::Malformed("an encrypted answer is a compact JWE");
        let mut parts = jwe.split('.');
        let (Some(header), Some(key), Some(iv), Some(ciphertext), Some(tag), None) = (
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
            parts.next(),
        ) else {
            return Err(malformed());
        };
        let protected = json_object(&b64url_decode(header)?)?;
        let text = |name: &str| protected.get(name).and_then(Value::as_str);
        if text("alg") != Some("ECDH-ES") || protected.contains_key("zip") {
            return Err(WalletError::UnsupportedAlgorithm);
        }
        if protected.contains_key("crit") || !key.is_empty() {
            return Err(malformed());
        }
        let (enc, key_bytes) = match text("enc") {
            Some("A128GCM") => ("A128GCM", 16),
            Some("A256GCM") => ("A256GCM", 32),
            _ => return Err(WalletError::UnsupportedAlgorithm),
        };
        let party = |name: &str| match text(name) {
            Some(value) => b64url_decode(value),
            None => Ok(Vec::new()),
        };
        let iv = b64url_decode(iv)?;
        let mut sealed = b64url_decode(ciphertext)?;
        let tag = b64url_decode(tag)?;
        if iv.len() != 12 || tag.len() != 16 {
            return Err(malformed());
        }
        sealed.extend(tag);
        Ok(SealedResponse {
            ephemeral: p256_jwk(protected.get("epk").ok_or_else(malformed)?)?,
            iv,
            sealed,
            aad: header.as_bytes().to_vec(),
            enc,
            key_bytes,
            party_u: party("apu")?,
            party_v: party("apv")?,
        })
    }

    /// The content key from the ECDH shared secret `z`: the Concat KDF of NIST SP 800-56A with
    /// SHA-256 as RFC 7518 §4.6.2 composes it (one hash: the key is at most 256 bits).
    pub fn content_key(&self, z: &[u8]) -> Zeroizing<Vec<u8>> {
        let length_prefixed = |data: &[u8]| {
            let mut out = (data.len() as u32).to_be_bytes().to_vec();
            out.extend_from_slice(data);
            out
        };
        let mut hash = Sha256::new();
        hash.update(1u32.to_be_bytes());
        hash.update(z);
        hash.update(length_prefixed(self.enc.as_bytes()));
        hash.update(length_prefixed(&self.party_u));
        hash.update(length_prefixed(&self.party_v));
        hash.update(((self.key_bytes * 8) as u32).to_be_bytes());
        let mut key = Zeroizing::new(hash.finalize().to_vec());
        key.truncate(self.key_bytes);
        key
    }
}

/// The presentation in an opened answer (`{"vp_token": {"pid_sd_jwt" | "pid_mdoc": [..]}}`).
pub fn presentation_of(payload: &[u8]) -> Result<Zeroizing<String>, WalletError> {
    let payload = json_object(payload)?;
    let token = payload
        .get("vp_token")
        .ok_or(WalletError::Malformed("an answer without vp_token"))?;
    [super::request::SD_JWT_QUERY, super::request::MDOC_QUERY]
        .iter()
        .find_map(|id| match token.get(id) {
            Some(Value::Array(items)) => items.first().and_then(Value::as_str),
            Some(Value::String(one)) => Some(one.as_str()),
            _ => None,
        })
        .map(|p| Zeroizing::new(p.to_owned()))
        .ok_or(WalletError::Malformed(
            "an answer without a PID presentation",
        ))
}

/// Natively (tests, the CLI): the request's public key, and an answer opened.
#[cfg(feature = "native-ecdsa")]
pub mod native {
    use super::*;

    /// The public key of `secret`, SEC1 uncompressed.
    pub fn public_key(secret: &[u8; 32]) -> Result<[u8; 65], WalletError> {
        let key = p256::SecretKey::from_slice(secret).map_err(|_| WalletError::UnknownRequest)?;
        let point = key.public_key().to_sec1_bytes();
        <[u8; 65]>::try_from(&point[..]).map_err(|_| WalletError::UnknownRequest)
    }

    /// Opens `sealed` with `secret`: the payload.
    pub fn open(
        sealed: &SealedResponse,
        secret: &[u8; 32],
    ) -> Result<Zeroizing<Vec<u8>>, WalletError> {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        let undecryptable = || WalletError::Malformed("the encrypted answer does not open");
        let key = p256::SecretKey::from_slice(secret).map_err(|_| undecryptable())?;
        let ephemeral =
            p256::PublicKey::from_sec1_bytes(&sealed.ephemeral).map_err(|_| undecryptable())?;
        let shared = p256::ecdh::diffie_hellman(key.to_nonzero_scalar(), ephemeral.as_affine());
        let content_key = sealed.content_key(shared.raw_secret_bytes().as_slice());
        let payload = Payload {
            msg: &sealed.sealed,
            aad: &sealed.aad,
        };
        let nonce = aes_gcm::Nonce::try_from(sealed.iv.as_slice()).map_err(|_| undecryptable())?;
        let plain = match content_key.len() {
            16 => aes_gcm::Aes128Gcm::new_from_slice(&content_key)
                .map_err(|_| undecryptable())?
                .decrypt(&nonce, payload),
            _ => aes_gcm::Aes256Gcm::new_from_slice(&content_key)
                .map_err(|_| undecryptable())?
                .decrypt(&nonce, payload),
        };
        plain.map(Zeroizing::new).map_err(|_| undecryptable())
    }
}
