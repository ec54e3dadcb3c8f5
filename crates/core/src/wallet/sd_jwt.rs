//! An SD-JWT VC PID presentation (RFC 9901 and SD-JWT VC, `dc+sd-jwt`), verified as RFC 9901 §7
//! says: the issuer-signed JWT under the PID provider's certificate chain, every disclosure's
//! digest in what the issuer signed (each once), the key binding JWT by the credential's `cnf`
//! key over this request's nonce, this origin and the exact presentation (`sd_hash`).

use std::collections::BTreeMap;

use serde_json::{Map, Value};
use sha2::{Digest, Sha256};

use super::claims::{Pid, PidFormat, Provenance};
use super::error::WalletError;
use super::jose::{b64url_decode, b64url_encode, p256_jwk, CompactJws};
use super::request::{PidClaim, PID_VCT_NAMESPACE};
use super::signature::{SignatureCheck, SignedPart};
use super::x509::{verify_chain, TrustAnchors};

/// Longest presentation read, in bytes (a PID with every claim disclosed is a few KiB).
pub const MAX_PRESENTATION_BYTES: usize = 32 * 1024;
/// Most disclosures read.
const MAX_DISCLOSURES: usize = 64;
/// How old a key binding may be, and how far ahead of the worker's clock, in seconds.
const KEY_BINDING_MAX_AGE: i64 = 300;
const CLOCK_SKEW: i64 = 60;

/// What a presentation must match.
pub struct Expectations<'a> {
    /// The PID providers' trust anchors.
    pub anchors: &'a TrustAnchors,
    /// The nonce of the request (already checked with [`super::request::check_nonce`]).
    pub nonce: &'a str,
    /// `origin:` and the page's origin ([`super::request::audience`]).
    pub audience: &'a str,
    /// The worker's clock, in Unix seconds.
    pub now_unix: i64,
    /// The JWK thumbprint of the key the answer was encrypted to (`dc_api.jwt`), if it was: an
    /// mdoc's session transcript carries it ([`super::response`]).
    pub encrypted_to: Option<[u8; 32]>,
}

/// A presentation whose structure, digests, key binding claims and validity hold, and whose
/// signatures are still to be checked.
#[derive(Debug)]
pub struct Presented {
    pub(super) pid: Pid,
    /// Where the credential's status is, if it has one: the shell fetches the list and checks
    /// it ([`super::status`]) before the statement is made.
    pub status: Option<super::status::StatusReference>,
    /// Every signature it rests on: the certificate chain, the credential, the key binding.
    pub checks: Vec<SignatureCheck>,
}

impl Presented {
    /// The PID, once `verdicts` (one per [`Presented::checks`], in order) are all true; else
    /// the refusal of the first that is not.
    pub fn conclude(self, verdicts: &[bool]) -> Result<Pid, WalletError> {
        if verdicts.len() != self.checks.len() {
            return Err(WalletError::BadSignature);
        }
        match self.checks.iter().zip(verdicts).find(|(_, ok)| !**ok) {
            None => Ok(self.pid),
            Some((check, _)) => Err(match check.part {
                // A chain that names the anchor but was not signed by it is not the anchor's.
                SignedPart::Certificate(_) => WalletError::UntrustedIssuer,
                SignedPart::Credential => WalletError::BadSignature,
                SignedPart::KeyBinding => WalletError::BadKeyBinding,
            }),
        }
    }

    /// Checks the signatures with RustCrypto's p256 and concludes.
    #[cfg(feature = "native-ecdsa")]
    pub fn verify_natively(self) -> Result<Pid, WalletError> {
        let verdicts: Vec<bool> = self
            .checks
            .iter()
            .map(SignatureCheck::verify_natively)
            .collect();
        self.conclude(&verdicts)
    }
}

/// Reads and checks an SD-JWT VC PID presentation against `expect`; the signatures are
/// returned to check ([`Presented`]).
pub fn verify_sd_jwt_vc(
    presentation: &str,
    expect: &Expectations<'_>,
) -> Result<Presented, WalletError> {
    if presentation.len() > MAX_PRESENTATION_BYTES {
        return Err(WalletError::Malformed("the presentation is too long"));
    }
    // `<issuer JWT>~<disclosure>~...~<key binding JWT>`: the signed part ends at the last `~`.
    let (unbound, key_binding) = presentation
        .rsplit_once('~')
        .ok_or(WalletError::Malformed("an SD-JWT has `~` separators"))?;
    let mut parts = unbound.split('~');
    let issuer_jwt = parts.next().unwrap_or_default();
    let disclosures: Vec<&str> = parts.collect();
    if disclosures.len() > MAX_DISCLOSURES {
        return Err(WalletError::Malformed("too many disclosures"));
    }
    if key_binding.is_empty() {
        return Err(WalletError::BadKeyBinding);
    }

    let credential = CompactJws::parse(issuer_jwt)?;
    if !matches!(credential.typ(), Some("dc+sd-jwt" | "vc+sd-jwt")) {
        return Err(WalletError::NotPid);
    }
    let x5c = super::jose::x5c(&credential.header)?;
    let mut checks = Vec::new();
    let signer = verify_chain(&x5c, expect.anchors, expect.now_unix, &mut checks)?;
    checks.push(SignatureCheck {
        part: SignedPart::Credential,
        public_key: signer.key,
        message: credential.signing_input.as_bytes().to_vec(),
        signature: credential.signature,
    });

    let mut payload = credential.payload;
    check_validity(&payload, expect.now_unix)?;
    match payload.remove("_sd_alg") {
        None => {}
        Some(Value::String(alg)) if alg == "sha-256" => {}
        Some(_) => return Err(WalletError::UnsupportedAlgorithm),
    }
    let holder_key = p256_jwk(
        payload
            .get("cnf")
            .and_then(|cnf| cnf.get("jwk"))
            .ok_or(WalletError::BadKeyBinding)?,
    )?;
    let mut claims = Value::Object(payload);
    undisclose(&mut claims, &disclosures)?;
    let Value::Object(claims) = claims else {
        return Err(WalletError::Malformed("claims"));
    };
    if !claims
        .get("vct")
        .and_then(Value::as_str)
        .is_some_and(|vct| vct.starts_with(PID_VCT_NAMESPACE))
    {
        return Err(WalletError::NotPid);
    }

    let binding = CompactJws::parse(key_binding)?;
    if binding.typ() != Some("kb+jwt") {
        return Err(WalletError::BadKeyBinding);
    }
    let text = |name: &str| binding.payload.get(name).and_then(Value::as_str);
    if text("nonce") != Some(expect.nonce) {
        return Err(WalletError::UnknownRequest);
    }
    if text("aud") != Some(expect.audience) {
        return Err(WalletError::WrongAudience);
    }
    let issued = binding
        .payload
        .get("iat")
        .and_then(Value::as_i64)
        .ok_or(WalletError::NotFresh)?;
    if issued > expect.now_unix + CLOCK_SKEW || issued < expect.now_unix - KEY_BINDING_MAX_AGE {
        return Err(WalletError::NotFresh);
    }
    let signed_presentation = presentation
        .get(..unbound.len() + 1)
        .ok_or(WalletError::Malformed("presentation"))?;
    if text("sd_hash") != Some(&b64url_encode(&Sha256::digest(signed_presentation))) {
        return Err(WalletError::BadKeyBinding);
    }
    checks.push(SignatureCheck {
        part: SignedPart::KeyBinding,
        public_key: holder_key,
        message: binding.signing_input.as_bytes().to_vec(),
        signature: binding.signature,
    });

    Ok(Presented {
        status: super::status::reference_of(&claims)?,
        pid: pid_of(&claims, signer.common_name, signer.country)?,
        checks,
    })
}

/// The credential's `exp` (required: a PID always expires), `nbf` and `iat` against the clock.
fn check_validity(payload: &Map<String, Value>, now: i64) -> Result<(), WalletError> {
    let time = |name| payload.get(name).and_then(Value::as_i64);
    let expiry = time("exp").ok_or(WalletError::CredentialExpired)?;
    if now > expiry + CLOCK_SKEW {
        return Err(WalletError::CredentialExpired);
    }
    if time("nbf").is_some_and(|nbf| nbf > now + CLOCK_SKEW) {
        return Err(WalletError::CredentialExpired);
    }
    Ok(())
}

/// Replaces every digest the presentation discloses with its claim (RFC 9901 §7.1): object
/// properties from `_sd`, array elements from `{"...": digest}`; undisclosed digests and the
/// `_sd` arrays go. Every disclosure must be used, and once.
fn undisclose(claims: &mut Value, disclosures: &[&str]) -> Result<(), WalletError> {
    let mut by_digest: BTreeMap<String, Option<Vec<Value>>> = BTreeMap::new();
    for disclosure in disclosures {
        let digest = b64url_encode(&Sha256::digest(disclosure.as_bytes()));
        let decoded: Vec<Value> = serde_json::from_slice(&b64url_decode(disclosure)?)
            .map_err(|_| WalletError::Malformed("a disclosure is a JSON array"))?;
        if by_digest.insert(digest, Some(decoded)).is_some() {
            return Err(WalletError::UnsignedDisclosure);
        }
    }
    let mut take = |digest: &Value| -> Result<Option<Vec<Value>>, WalletError> {
        let digest = digest
            .as_str()
            .ok_or(WalletError::Malformed("a digest is a string"))?;
        match by_digest.get_mut(digest) {
            // A digest not disclosed (or a decoy): the claim stays hidden.
            None => Ok(None),
            Some(slot) => slot.take().map(Some).ok_or(WalletError::UnsignedDisclosure),
        }
    };
    walk(claims, &mut take)?;
    if by_digest.values().any(Option::is_some) {
        return Err(WalletError::UnsignedDisclosure);
    }
    Ok(())
}

type Take<'a> = dyn FnMut(&Value) -> Result<Option<Vec<Value>>, WalletError> + 'a;

fn walk(value: &mut Value, take: &mut Take<'_>) -> Result<(), WalletError> {
    match value {
        Value::Object(map) => {
            if let Some(digests) = map.remove("_sd") {
                let Value::Array(digests) = digests else {
                    return Err(WalletError::Malformed("_sd is an array"));
                };
                for digest in &digests {
                    let Some(disclosed) = take(digest)? else {
                        continue;
                    };
                    let [_salt, Value::String(name), claim] = <[Value; 3]>::try_from(disclosed)
                        .map_err(|_| {
                            WalletError::Malformed("an object disclosure has three parts")
                        })?
                    else {
                        return Err(WalletError::Malformed("a disclosed claim name is a string"));
                    };
                    if name == "_sd" || name == "..." || map.contains_key(&name) {
                        return Err(WalletError::Malformed("a disclosed claim name is taken"));
                    }
                    map.insert(name, claim);
                }
            }
            if map.contains_key("...") {
                return Err(WalletError::Malformed("`...` outside an array"));
            }
            for claim in map.values_mut() {
                walk(claim, take)?;
            }
        }
        Value::Array(items) => {
            let mut kept = Vec::with_capacity(items.len());
            for item in items.drain(..) {
                let digest = match &item {
                    Value::Object(map) if map.len() == 1 => map.get("...").cloned(),
                    _ => None,
                };
                let Some(digest) = digest else {
                    kept.push(item);
                    continue;
                };
                if let Some(disclosed) = take(&digest)? {
                    let [_salt, element] = <[Value; 2]>::try_from(disclosed)
                        .map_err(|_| WalletError::Malformed("an array disclosure has two parts"))?;
                    kept.push(element);
                }
            }
            for item in &mut kept {
                walk(item, take)?;
            }
            *items = kept;
        }
        _ => {}
    }
    Ok(())
}

/// The PID claims the collector reads, from the disclosed credential.
fn pid_of(
    claims: &Map<String, Value>,
    issuer: String,
    issuer_country: Option<String>,
) -> Result<Pid, WalletError> {
    let mut text = BTreeMap::new();
    let mut read = |claim: PidClaim| -> Result<(), WalletError> {
        let path = claim.sd_jwt_path();
        let mut value = None;
        for (depth, step) in path.iter().enumerate() {
            value = if depth == 0 {
                claims.get(step)
            } else {
                value.and_then(|v: &Value| v.get(step))
            };
        }
        match value {
            None => Ok(()),
            Some(Value::String(s)) => {
                text.insert(claim, s.clone());
                Ok(())
            }
            Some(_) => Err(WalletError::MissingClaim("a text claim")),
        }
    };
    for claim in PidClaim::TEXT {
        read(claim)?;
    }
    let nationalities = match claims.get("nationalities") {
        None => Vec::new(),
        Some(Value::Array(codes)) => codes
            .iter()
            .map(|c| c.as_str().map(str::to_ascii_uppercase))
            .collect::<Option<_>>()
            .ok_or(WalletError::MissingClaim("nationalities"))?,
        Some(_) => return Err(WalletError::MissingClaim("nationalities")),
    };
    let mut age_over = BTreeMap::new();
    if let Some(Value::Object(ages)) = claims.get("age_equal_or_over") {
        for (age, over) in ages {
            if let (Ok(age), Some(over)) = (age.parse::<u8>(), over.as_bool()) {
                age_over.insert(age, over);
            }
        }
    }
    Pid::disclosed(
        text,
        nationalities,
        age_over,
        Provenance {
            issuer,
            issuer_country,
            format: PidFormat::SdJwtVc,
            issuing_country: claims
                .get("issuing_country")
                .and_then(Value::as_str)
                .map(str::to_owned),
        },
        "birthdate",
    )
}
