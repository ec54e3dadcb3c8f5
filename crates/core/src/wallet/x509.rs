//! The PID provider's certificate chain (the `x5c` header) up to a configured trust anchor: the
//! names chain, every certificate is within its validity, intermediates are CAs, key usages
//! allow what each key does, no unknown critical extension, and each signature is queued as a
//! [`SignatureCheck`] (ECDSA P-256 with SHA-256, as HAIP has it).

use super::certificate::{raw_signature, Certificate};
use super::error::WalletError;
use super::jose::b64_decode;
use super::signature::{SignatureCheck, SignedPart};

/// The published test trust anchor: the test PID providers issue under it (its private key is
/// beside the test wallet, tests/wallet/test-anchor.key). A collector may trust it on this
/// machine only; anywhere else it refuses to serve (docs/wallet.md).
pub const TEST_ANCHOR_PEM: &str = include_str!("../../data/wallet-test-anchor.pem");

/// Longest chain read (signing certificate and intermediates).
const MAX_CHAIN: usize = 4;

/// The certificates PID providers' chains must end at (`PID_TRUST_ANCHORS`, docs/wallet.md):
/// in production, the CA certificates of the PID providers in the trusted lists.
#[derive(Debug, Clone, Default)]
pub struct TrustAnchors {
    anchors: Vec<Certificate>,
}

impl TrustAnchors {
    /// Reads PEM `CERTIFICATE` blocks (anything outside them is ignored). Refuses text with
    /// none, or an anchor whose key is not P-256.
    pub fn from_pem(text: &str) -> Result<Self, WalletError> {
        let mut anchors = Vec::new();
        let mut rest = text;
        while let Some(start) = rest.find("-----BEGIN CERTIFICATE-----") {
            let body = rest.get(start + 27..).unwrap_or_default();
            let end = body
                .find("-----END CERTIFICATE-----")
                .ok_or(WalletError::Malformed("an unterminated PEM certificate"))?;
            let base64: String = body
                .get(..end)
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            let anchor = Certificate::from_der(&b64_decode(&base64)?)?;
            if anchor.p256_key.is_none() {
                return Err(WalletError::UnsupportedAlgorithm);
            }
            anchors.push(anchor);
            rest = body.get(end..).unwrap_or_default();
        }
        if anchors.is_empty() {
            return Err(WalletError::Malformed("no trust anchor certificate"));
        }
        Ok(TrustAnchors { anchors })
    }

    /// The SHA-256 fingerprints of the anchors' DER, hex (for `/api/v1/deployment` and the
    /// operator's checks).
    pub fn fingerprints(&self) -> Vec<String> {
        use sha2::{Digest, Sha256};
        self.anchors
            .iter()
            .map(|a| hex::encode(Sha256::digest(&a.der)))
            .collect()
    }

    /// Whether the published test anchor ([`TEST_ANCHOR_PEM`]) is among them (read once
    /// per process; the worker asks on every request beyond this machine).
    pub fn holds_test_anchor(&self) -> bool {
        static TEST: std::sync::OnceLock<Option<Vec<u8>>> = std::sync::OnceLock::new();
        let test = TEST.get_or_init(|| {
            TrustAnchors::from_pem(TEST_ANCHOR_PEM)
                .ok()
                .and_then(|a| a.anchors.into_iter().next())
                .map(|anchor| anchor.der)
        });
        test.as_ref()
            .is_some_and(|der| self.anchors.iter().any(|a| &a.der == der))
    }

    /// How many anchors there are.
    pub fn len(&self) -> usize {
        self.anchors.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.anchors.is_empty()
    }
}

/// The chain's signing certificate, once the chain is read.
pub(crate) struct Signer {
    /// Its P-256 key.
    pub key: [u8; 65],
    /// Its subject's common name (the PID provider, as a statement is to record it).
    pub common_name: String,
    /// Its subject's country.
    pub country: Option<String>,
}

/// Reads the chain's certificates (DER, signing certificate first), checks names, validity, CA flags and key
/// usages, and queues every signature of the chain, up to one of `anchors`.
pub(crate) fn verify_chain(
    x5c: &[Vec<u8>],
    anchors: &TrustAnchors,
    now_unix: i64,
    checks: &mut Vec<SignatureCheck>,
) -> Result<Signer, WalletError> {
    if x5c.is_empty() || x5c.len() > MAX_CHAIN {
        return Err(WalletError::Malformed("x5c holds one to four certificates"));
    }
    let chain = x5c
        .iter()
        .map(|der| Certificate::from_der(der))
        .collect::<Result<Vec<_>, _>>()?;
    for (position, certificate) in chain.iter().enumerate() {
        within_validity(certificate, now_unix)?;
        if certificate.unknown_critical {
            return Err(WalletError::UntrustedIssuer);
        }
        let may = certificate.key_usage.unwrap_or((true, true));
        if position == 0 && !may.0 {
            return Err(WalletError::UntrustedIssuer);
        }
        if position > 0 && !(certificate.is_ca && may.1) {
            return Err(WalletError::UntrustedIssuer);
        }
        if let Some(issuer) = chain.get(position + 1) {
            if certificate.issuer != issuer.subject {
                return Err(WalletError::UntrustedIssuer);
            }
            checks.push(certificate_check(position, certificate, issuer)?);
        }
    }
    let top_position = chain.len() - 1;
    let top = chain
        .get(top_position)
        .ok_or(WalletError::UntrustedIssuer)?;
    if !anchors.anchors.iter().any(|anchor| anchor.der == top.der) {
        let anchor = anchors
            .anchors
            .iter()
            .find(|anchor| anchor.subject == top.issuer)
            .ok_or(WalletError::UntrustedIssuer)?;
        within_validity(anchor, now_unix)?;
        checks.push(certificate_check(top_position, top, anchor)?);
    }
    let signing = chain.first().ok_or(WalletError::UntrustedIssuer)?;
    Ok(Signer {
        key: signing.p256_key.ok_or(WalletError::UnsupportedAlgorithm)?,
        common_name: signing.common_name.clone().ok_or(WalletError::Malformed(
            "a signing certificate without a common name",
        ))?,
        country: signing.country.clone(),
    })
}

fn within_validity(certificate: &Certificate, now_unix: i64) -> Result<(), WalletError> {
    if now_unix < certificate.not_before || now_unix > certificate.not_after {
        return Err(WalletError::CertificateExpired);
    }
    Ok(())
}

/// The check that `issuer`'s key signed `certificate`.
fn certificate_check(
    position: usize,
    certificate: &Certificate,
    issuer: &Certificate,
) -> Result<SignatureCheck, WalletError> {
    if !certificate.ecdsa_sha256 {
        return Err(WalletError::UnsupportedAlgorithm);
    }
    Ok(SignatureCheck {
        part: SignedPart::Certificate(position),
        public_key: issuer.p256_key.ok_or(WalletError::UnsupportedAlgorithm)?,
        message: certificate.tbs.clone(),
        signature: raw_signature(&certificate.signature)?,
    })
}
