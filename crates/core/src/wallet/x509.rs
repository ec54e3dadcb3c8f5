//! The PID provider's certificate chain (the `x5c` header) up to a configured trust anchor: the
//! names chain, every certificate is within its validity, intermediates are CAs, and each
//! signature is queued as a [`SignatureCheck`] (ECDSA P-256 with SHA-256, as HAIP has it).

use der::{oid::ObjectIdentifier, Decode, Encode, Reader, SliceReader};
use x509_cert::ext::pkix::BasicConstraints;
use x509_cert::Certificate;

use super::error::WalletError;
use super::jose::b64_decode;
use super::signature::{SignatureCheck, SignedPart};

const ECDSA_WITH_SHA256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.4.3.2");
const EC_PUBLIC_KEY: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.2.1");
const P256: ObjectIdentifier = ObjectIdentifier::new_unwrap("1.2.840.10045.3.1.7");
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
            anchors.push(Self::certificate(&b64_decode(&base64)?)?);
            rest = body.get(end..).unwrap_or_default();
        }
        if anchors.is_empty() {
            return Err(WalletError::Malformed("no trust anchor certificate"));
        }
        Ok(TrustAnchors { anchors })
    }

    fn certificate(der: &[u8]) -> Result<Certificate, WalletError> {
        let certificate =
            Certificate::from_der(der).map_err(|_| WalletError::Malformed("a certificate"))?;
        p256_key(&certificate)?;
        Ok(certificate)
    }

    /// The SHA-256 fingerprints of the anchors' DER, hex, for the operator's log and docs.
    pub fn fingerprints(&self) -> Vec<String> {
        use sha2::{Digest, Sha256};
        self.anchors
            .iter()
            .filter_map(|a| a.to_der().ok())
            .map(|der| hex::encode(Sha256::digest(der)))
            .collect()
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

/// Reads the `x5c` values (signing certificate first), checks names, validity and CA flags, and
/// queues every signature of the chain, up to one of `anchors`.
pub(crate) fn verify_chain(
    x5c: &[String],
    anchors: &TrustAnchors,
    now_unix: i64,
    checks: &mut Vec<SignatureCheck>,
) -> Result<Signer, WalletError> {
    if x5c.is_empty() || x5c.len() > MAX_CHAIN {
        return Err(WalletError::Malformed("x5c holds one to four certificates"));
    }
    let chain = x5c
        .iter()
        .map(|b64| {
            Certificate::from_der(&b64_decode(b64)?)
                .map_err(|_| WalletError::Malformed("a certificate"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    for (position, certificate) in chain.iter().enumerate() {
        within_validity(certificate, now_unix)?;
        if position > 0 && !is_ca(certificate) {
            return Err(WalletError::UntrustedIssuer);
        }
        if let Some(issuer) = chain.get(position + 1) {
            if !same_name(certificate.tbs_certificate().issuer(), issuer)? {
                return Err(WalletError::UntrustedIssuer);
            }
            checks.push(certificate_check(position, certificate, issuer)?);
        }
    }
    let top_position = chain.len() - 1;
    let top = chain
        .get(top_position)
        .ok_or(WalletError::UntrustedIssuer)?;
    let top_der = top
        .to_der()
        .map_err(|_| WalletError::Malformed("a certificate"))?;
    let is_anchor = anchors
        .anchors
        .iter()
        .any(|anchor| anchor.to_der().is_ok_and(|der| der == top_der));
    if !is_anchor {
        let mut named = anchors
            .anchors
            .iter()
            .filter(|anchor| same_name(top.tbs_certificate().issuer(), anchor).unwrap_or(false));
        let anchor = named.next().ok_or(WalletError::UntrustedIssuer)?;
        within_validity(anchor, now_unix)?;
        checks.push(certificate_check(top_position, top, anchor)?);
    }
    let signing = chain.first().ok_or(WalletError::UntrustedIssuer)?;
    // The name's parts by hand: RFC 4514 text (`Display`) brings const-oid's table of every
    // attribute name into the worker.
    let subject = signing.tbs_certificate().subject();
    let malformed = |_| WalletError::Malformed("a certificate name");
    Ok(Signer {
        key: p256_key(signing)?,
        common_name: subject
            .common_name()
            .map_err(malformed)?
            .map(String::from)
            .ok_or(WalletError::Malformed(
                "a signing certificate without a common name",
            ))?,
        country: subject
            .country()
            .map_err(malformed)?
            .map(|c| c.as_str().to_owned()),
    })
}

fn same_name(name: &x509_cert::name::Name, certificate: &Certificate) -> Result<bool, WalletError> {
    let ours = name.to_der();
    let theirs = certificate.tbs_certificate().subject().to_der();
    match (ours, theirs) {
        (Ok(a), Ok(b)) => Ok(a == b),
        _ => Err(WalletError::Malformed("a certificate name")),
    }
}

fn within_validity(certificate: &Certificate, now_unix: i64) -> Result<(), WalletError> {
    let validity = certificate.tbs_certificate().validity();
    let seconds = |t: x509_cert::time::Time| {
        i64::try_from(t.to_unix_duration().as_secs()).unwrap_or(i64::MAX)
    };
    if now_unix < seconds(validity.not_before) || now_unix > seconds(validity.not_after) {
        return Err(WalletError::CertificateExpired);
    }
    Ok(())
}

fn is_ca(certificate: &Certificate) -> bool {
    matches!(
        certificate
            .tbs_certificate()
            .get_extension::<BasicConstraints>(),
        Ok(Some((_, BasicConstraints { ca: true, .. })))
    )
}

/// The certificate's key, if it is an EC key on P-256 (SEC1 uncompressed).
fn p256_key(certificate: &Certificate) -> Result<[u8; 65], WalletError> {
    let spki = certificate.tbs_certificate().subject_public_key_info();
    let curve = spki
        .algorithm
        .parameters
        .as_ref()
        .and_then(|p| p.decode_as::<ObjectIdentifier>().ok());
    if spki.algorithm.oid != EC_PUBLIC_KEY || curve != Some(P256) {
        return Err(WalletError::UnsupportedAlgorithm);
    }
    spki.subject_public_key
        .as_bytes()
        .and_then(|bytes| <[u8; 65]>::try_from(bytes).ok())
        .filter(|point| point.first() == Some(&4))
        .ok_or(WalletError::UnsupportedAlgorithm)
}

/// The check that `issuer`'s key signed `certificate`.
fn certificate_check(
    position: usize,
    certificate: &Certificate,
    issuer: &Certificate,
) -> Result<SignatureCheck, WalletError> {
    if certificate.signature_algorithm().oid != ECDSA_WITH_SHA256 {
        return Err(WalletError::UnsupportedAlgorithm);
    }
    let message = certificate
        .tbs_certificate()
        .to_der()
        .map_err(|_| WalletError::Malformed("a certificate"))?;
    let signature = certificate
        .signature()
        .as_bytes()
        .ok_or(WalletError::Malformed("a certificate signature"))?;
    Ok(SignatureCheck {
        part: SignedPart::Certificate(position),
        public_key: p256_key(issuer)?,
        message,
        signature: raw_signature(signature)?,
    })
}

/// An X.509 ECDSA signature (DER `SEQUENCE { r INTEGER, s INTEGER }`) as `r || s`.
fn raw_signature(der: &[u8]) -> Result<[u8; 64], WalletError> {
    let malformed = |_| WalletError::Malformed("an ECDSA signature");
    let mut reader = SliceReader::new(der).map_err(malformed)?;
    let (r, s) = reader
        .sequence(|seq| {
            Ok::<_, der::Error>((
                der::asn1::UintRef::decode(seq)?,
                der::asn1::UintRef::decode(seq)?,
            ))
        })
        .map_err(malformed)?;
    reader.finish().map_err(malformed)?;
    let mut raw = [0u8; 64];
    let (r_half, s_half) = raw.split_at_mut(32);
    for (half, value) in [(r_half, r.as_bytes()), (s_half, s.as_bytes())] {
        let offset = half
            .len()
            .checked_sub(value.len())
            .ok_or(WalletError::Malformed("an ECDSA signature"))?;
        half.get_mut(offset..)
            .ok_or(WalletError::Malformed("an ECDSA signature"))?
            .copy_from_slice(value);
    }
    Ok(raw)
}
