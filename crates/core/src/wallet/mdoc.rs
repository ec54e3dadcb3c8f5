//! An mdoc PID presentation (ISO/IEC 18013-5 `DeviceResponse`, OpenID4VP 1.0 Appendix B.2),
//! verified as 18013-5 §9.3 says: the issuer's `COSE_Sign1` over the mobile security object
//! (MSO) under the PID provider's certificate chain, every disclosed element's digest in the
//! MSO (each once), the MSO's validity, and the device signature by the MSO's device key over
//! the session transcript of this request (the DC API handover: this origin and this nonce).

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::cbor::{Item, Kind, Writer};
use super::claims::{Pid, PidFormat, Provenance};
use super::error::WalletError;
use super::jose::b64url_decode;
use super::request::{PidClaim, PID_DOCTYPE};
use super::sd_jwt::{Expectations, Presented, MAX_PRESENTATION_BYTES};
use super::signature::{SignatureCheck, SignedPart};
use super::x509::verify_chain;

/// COSE's ES256 (ECDSA P-256 with SHA-256), the only algorithm HAIP allows.
const ES256: i64 = -7;
/// COSE header labels: `alg`, `crit`, `x5chain`.
const ALG: i64 = 1;
const CRIT: i64 = 2;
const X5CHAIN: i64 = 33;
/// How far the MSO's validity may be off the worker's clock, in seconds.
const CLOCK_SKEW: i64 = 60;

/// Reads and checks an mdoc PID presentation (the `vp_token` entry: a base64url
/// `DeviceResponse`) against `expect`; the signatures are returned to check ([`Presented`]).
pub fn verify_mdoc(
    presentation: &str,
    expect: &Expectations<'_>,
) -> Result<Presented, WalletError> {
    if presentation.len() > MAX_PRESENTATION_BYTES {
        return Err(WalletError::Malformed("the presentation is too long"));
    }
    let bytes = b64url_decode(presentation)?;
    let response = Item::decode(&bytes)?;
    if response.get("status").and_then(Item::integer).unwrap_or(0) != 0 {
        return Err(WalletError::Malformed(
            "the DeviceResponse reports an error",
        ));
    }
    let document = match response.get("documents").and_then(Item::array) {
        Some([document]) => document,
        _ => return Err(WalletError::Malformed("one document")),
    };
    let doc_type = document.get("docType").and_then(Item::text);
    if doc_type != Some(PID_DOCTYPE) {
        return Err(WalletError::NotPid);
    }
    let issuer_signed = document
        .get("issuerSigned")
        .ok_or(WalletError::Malformed("issuerSigned"))?;

    let mut checks = Vec::new();
    let issuer_auth = CoseSign1::read(issuer_signed.get("issuerAuth"))?;
    let chain = issuer_auth.x5chain()?;
    let signer = verify_chain(&chain, expect.anchors, expect.now_unix, &mut checks)?;
    let payload = issuer_auth
        .payload
        .ok_or(WalletError::Malformed("the MSO is signed with its payload"))?;
    checks.push(issuer_auth.check(SignedPart::Credential, signer.key, payload)?);

    let mso_item = Item::decode(payload)?;
    let mso = mso_item.embedded()?;
    if mso.get("docType").and_then(Item::text) != Some(PID_DOCTYPE) {
        return Err(WalletError::NotPid);
    }
    if mso.get("digestAlgorithm").and_then(Item::text) != Some("SHA-256") {
        return Err(WalletError::UnsupportedAlgorithm);
    }
    check_validity(&mso, expect.now_unix)?;
    let device_key = cose_p256_key(
        mso.get("deviceKeyInfo")
            .and_then(|info| info.get("deviceKey"))
            .ok_or(WalletError::BadKeyBinding)?,
    )?;
    let elements = disclosed(issuer_signed, &mso)?;

    let device_signed = document
        .get("deviceSigned")
        .ok_or(WalletError::BadKeyBinding)?;
    let name_spaces = device_signed
        .get("nameSpaces")
        .ok_or(WalletError::BadKeyBinding)?;
    let device_auth = CoseSign1::read(
        device_signed
            .get("deviceAuth")
            .and_then(|auth| auth.get("deviceSignature")),
    )
    .map_err(|_| WalletError::BadKeyBinding)?;
    if device_auth.payload.is_some() {
        return Err(WalletError::BadKeyBinding);
    }
    let origin = expect
        .audience
        .strip_prefix("origin:")
        .ok_or(WalletError::WrongAudience)?;
    let authentication =
        device_authentication(origin, expect.nonce, expect.encrypted_to, name_spaces.raw);
    checks.push(device_auth.check(SignedPart::KeyBinding, device_key, &authentication)?);

    Ok(Presented {
        status: status_of(&mso)?,
        pid: pid_of(&elements, signer.common_name, signer.country)?,
        checks,
    })
}

/// A `COSE_Sign1` (RFC 9052 §4.2), read but not verified.
struct CoseSign1<'a> {
    protected: &'a [u8],
    protected_header: Item<'a>,
    unprotected: &'a Item<'a>,
    payload: Option<&'a [u8]>,
    signature: [u8; 64],
}

impl<'a> CoseSign1<'a> {
    fn read(item: Option<&'a Item<'a>>) -> Result<Self, WalletError> {
        let cose = || WalletError::Malformed("COSE_Sign1");
        let [protected, unprotected, payload, signature] =
            item.and_then(Item::array).ok_or_else(cose)?
        else {
            return Err(cose());
        };
        let protected = protected.bytes().ok_or_else(cose)?;
        let protected_header = Item::decode(protected)?;
        if protected_header.get_label(ALG).and_then(Item::integer) != Some(ES256) {
            return Err(WalletError::UnsupportedAlgorithm);
        }
        if protected_header.get_label(CRIT).is_some() || !protected_header.unique_keys() {
            return Err(cose());
        }
        let payload = match payload.kind {
            Kind::Null => None,
            Kind::Bytes(bytes) => Some(bytes),
            _ => return Err(cose()),
        };
        let signature = signature
            .bytes()
            .and_then(|s| <[u8; 64]>::try_from(s).ok())
            .ok_or(WalletError::UnsupportedAlgorithm)?;
        Ok(CoseSign1 {
            protected,
            protected_header,
            unprotected,
            payload,
            signature,
        })
    }

    /// The `x5chain` header (one certificate, or an array of them; signing certificate first).
    fn x5chain(&self) -> Result<Vec<Vec<u8>>, WalletError> {
        let chain = self
            .protected_header
            .get_label(X5CHAIN)
            .or_else(|| self.unprotected.get_label(X5CHAIN))
            .ok_or(WalletError::UntrustedIssuer)?;
        let certificates = match &chain.kind {
            Kind::Bytes(der) => vec![der.to_vec()],
            Kind::Array(ders) => ders
                .iter()
                .map(|der| der.bytes().map(<[u8]>::to_vec))
                .collect::<Option<_>>()
                .ok_or(WalletError::Malformed("x5chain"))?,
            _ => return Err(WalletError::Malformed("x5chain")),
        };
        Ok(certificates)
    }

    /// The check of this signature by `key` over `payload` (RFC 9052 §4.4: the
    /// `Sig_structure` `["Signature1", protected, external_aad = h'', payload]`).
    fn check(
        &self,
        part: SignedPart,
        key: [u8; 65],
        payload: &[u8],
    ) -> Result<SignatureCheck, WalletError> {
        let mut message = Writer::default();
        message
            .array(4)
            .text("Signature1")
            .bytes(self.protected)
            .bytes(&[])
            .bytes(payload);
        Ok(SignatureCheck {
            part,
            public_key: key,
            message: message.0,
            signature: self.signature,
        })
    }
}

/// `DeviceAuthenticationBytes` (18013-5 §9.1.3.4) for the OpenID4VP DC API handover (OpenID4VP
/// 1.0 Appendix B.2.6.2): the session transcript `[null, null, ["OpenID4VPDCAPIHandover",
/// SHA-256([origin, nonce, thumbprint])]]`, the thumbprint that of the key the answer was
/// encrypted to, or null for an answer in the clear.
fn device_authentication(
    origin: &str,
    nonce: &str,
    encrypted_to: Option<[u8; 32]>,
    device_name_spaces: &[u8],
) -> Vec<u8> {
    let mut info = Writer::default();
    info.array(3).text(origin).text(nonce);
    match encrypted_to {
        Some(thumbprint) => info.bytes(&thumbprint),
        None => info.null(),
    };
    let mut authentication = Writer::default();
    authentication
        .array(4)
        .text("DeviceAuthentication")
        .array(3)
        .null()
        .null()
        .array(2)
        .text("OpenID4VPDCAPIHandover")
        .bytes(&Sha256::digest(&info.0))
        .text(PID_DOCTYPE)
        .raw(device_name_spaces);
    let mut bytes = Writer::default();
    bytes.embed(&authentication.0);
    bytes.0
}

/// A COSE_Key (RFC 9053 §7.1) on P-256, as SEC1 uncompressed.
fn cose_p256_key(key: &Item<'_>) -> Result<[u8; 65], WalletError> {
    let coordinate = |label| key.get_label(label).and_then(Item::bytes);
    match (
        key.get_label(1).and_then(Item::integer),
        key.get_label(-1).and_then(Item::integer),
        coordinate(-2),
        coordinate(-3),
    ) {
        // kty EC2, crv P-256.
        (Some(2), Some(1), Some(x), Some(y)) if x.len() == 32 && y.len() == 32 => {
            let mut sec1 = [4u8; 65];
            sec1.get_mut(1..33)
                .ok_or(WalletError::BadKeyBinding)?
                .copy_from_slice(x);
            sec1.get_mut(33..)
                .ok_or(WalletError::BadKeyBinding)?
                .copy_from_slice(y);
            Ok(sec1)
        }
        _ => Err(WalletError::UnsupportedAlgorithm),
    }
}

/// The MSO's `validityInfo` against the clock: `validUntil` is the PID's expiry.
fn check_validity(mso: &Item<'_>, now: i64) -> Result<(), WalletError> {
    let info = mso.get("validityInfo");
    let time = |name| {
        info.and_then(|i| i.get(name))
            .and_then(|t| t.tagged(0))
            .and_then(Item::text)
            .and_then(tdate)
            .ok_or(WalletError::CredentialExpired)
    };
    if now > time("validUntil")? + CLOCK_SKEW || time("validFrom")? > now + CLOCK_SKEW {
        return Err(WalletError::CredentialExpired);
    }
    Ok(())
}

/// A `tdate` as 18013-5 §7.2.1 allows it (`YYYY-MM-DDThh:mm:ssZ`: UTC, no fraction), in Unix
/// seconds.
fn tdate(text: &str) -> Option<i64> {
    let (date, time) = text.strip_suffix('Z')?.split_once('T')?;
    let date = crate::dates::parse_iso_date(date).ok()?;
    let mut parts = time.split(':').map(|p| {
        (p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()))
            .then(|| p.parse::<u8>().ok())
            .flatten()
    });
    let (h, m, s) = (parts.next()??, parts.next()??, parts.next()??);
    if parts.next().is_some() {
        return None;
    }
    let time = time::Time::from_hms(h, m, s).ok()?;
    Some(
        time::PrimitiveDateTime::new(date, time)
            .assume_utc()
            .unix_timestamp(),
    )
}

/// The PID namespace's disclosed elements, each checked against its digest in the MSO
/// (`IssuerSignedItemBytes`, 18013-5 §9.1.2.4); every namespace's digests are checked, only the
/// PID's are read.
fn disclosed<'a>(
    issuer_signed: &'a Item<'a>,
    mso: &Item<'_>,
) -> Result<BTreeMap<&'a str, Item<'a>>, WalletError> {
    let mut elements = BTreeMap::new();
    let Some(Kind::Map(spaces)) = issuer_signed.get("nameSpaces").map(|n| &n.kind) else {
        return Err(WalletError::Malformed("issuerSigned.nameSpaces"));
    };
    for (space, items) in spaces {
        let space = space.text().ok_or(WalletError::Malformed("a namespace"))?;
        let digests = mso
            .get("valueDigests")
            .and_then(|d| d.get(space))
            .ok_or(WalletError::UnsignedDisclosure)?;
        let mut used = Vec::new();
        for signed_item in items.array().ok_or(WalletError::Malformed("a namespace"))? {
            let item = signed_item.embedded()?;
            let id = item
                .get("digestID")
                .and_then(Item::integer)
                .ok_or(WalletError::Malformed("digestID"))?;
            let expected = digests
                .get_label(id)
                .and_then(Item::bytes)
                .ok_or(WalletError::UnsignedDisclosure)?;
            if used.contains(&id) || Sha256::digest(signed_item.raw).as_slice() != expected {
                return Err(WalletError::UnsignedDisclosure);
            }
            used.push(id);
            let name = item
                .get("elementIdentifier")
                .and_then(Item::text)
                .ok_or(WalletError::Malformed("elementIdentifier"))?;
            let value = item
                .get("elementValue")
                .ok_or(WalletError::Malformed("elementValue"))?;
            if space == PID_DOCTYPE && elements.insert(name, value.clone()).is_some() {
                return Err(WalletError::UnsignedDisclosure);
            }
        }
    }
    Ok(elements)
}

/// The MSO's `status.status_list` (the Token Status List's mdoc binding), if it has one.
fn status_of(mso: &Item<'_>) -> Result<Option<super::status::StatusReference>, WalletError> {
    let Some(status) = mso.get("status") else {
        return Ok(None);
    };
    let Some(list) = status.get("status_list") else {
        return Err(WalletError::StatusUnavailable);
    };
    let index = list
        .get("idx")
        .and_then(Item::integer)
        .and_then(|i| u64::try_from(i).ok());
    super::status::reference(
        list.get("uri").and_then(Item::text).unwrap_or_default(),
        index,
    )
    .map(Some)
}

/// The PID claims the collector reads, from the disclosed elements.
fn pid_of(
    elements: &BTreeMap<&str, Item<'_>>,
    issuer: String,
    issuer_country: Option<String>,
) -> Result<Pid, WalletError> {
    let mut text = BTreeMap::new();
    for claim in PidClaim::TEXT {
        let Some(value) = elements.get(claim.mdoc_element().as_str()) else {
            continue;
        };
        // `birth_date` is a `full-date` (tag 1004) in the rulebook; plain text is read alike.
        let value = value.tagged(1004).unwrap_or(value);
        let value = value
            .text()
            .ok_or(WalletError::MissingClaim("a text claim"))?;
        text.insert(claim, value.to_owned());
    }
    let nationalities = match elements.get("nationality").map(|n| &n.kind) {
        None => Vec::new(),
        Some(Kind::Text(code)) => vec![code.to_ascii_uppercase()],
        Some(Kind::Array(codes)) => codes
            .iter()
            .map(|c| c.text().map(str::to_ascii_uppercase))
            .collect::<Option<_>>()
            .ok_or(WalletError::MissingClaim("nationality"))?,
        Some(_) => return Err(WalletError::MissingClaim("nationality")),
    };
    let age_over = elements
        .iter()
        .filter_map(|(name, value)| {
            let age = name.strip_prefix("age_over_")?.parse::<u8>().ok()?;
            match value.kind {
                Kind::Bool(over) => Some((age, over)),
                _ => None,
            }
        })
        .collect();
    Pid::disclosed(
        text,
        nationalities,
        age_over,
        Provenance {
            issuer,
            issuer_country,
            format: PidFormat::Mdoc,
            issuing_country: elements
                .get("issuing_country")
                .and_then(Item::text)
                .map(str::to_owned),
        },
        "birth_date",
    )
}

#[cfg(test)]
mod tests {
    use super::tdate;

    /// `tdate` reads what `format_timestamp` writes (itself checked against `time`), and nothing
    /// 18013-5 does not allow.
    #[test]
    fn tdates_are_utc_seconds_only() {
        for unix in [0, 951_782_400, 1_765_000_000, 4_102_444_799] {
            let written = crate::dates::format_timestamp(
                time::OffsetDateTime::from_unix_timestamp(unix).unwrap(),
            );
            assert_eq!(tdate(&written), Some(unix), "{written}");
        }
        for refused in [
            "2026-12-07T12:00:00",
            "2026-12-07T12:00:00.5Z",
            "2026-12-07T12:00:00+01:00",
            "2026-12-07T+1:00:00Z",
            "2026-12-07T12:00Z",
            "2026-12-07T24:00:00Z",
            "2026-02-30T12:00:00Z",
            "2026-12-07 12:00:00Z",
        ] {
            assert_eq!(tdate(refused), None, "{refused}");
        }
    }
}
