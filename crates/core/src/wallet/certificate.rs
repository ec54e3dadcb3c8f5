//! The few fields of an X.509 certificate (RFC 5280) the PID provider's chain check reads, by a
//! small DER reader: the signed bytes, the names as DER, the validity, the P-256 key, the CA and
//! key-usage flags, the signature. `x509-cert` reads the same in the tests
//! (`crates/core/tests/wallet_certificates.rs`); the worker cannot carry its generic DER
//! decoding (about 16 KiB of the compressed bundle, docs/wallet.md).

use super::error::WalletError;

/// `ecdsa-with-SHA256` (1.2.840.10045.4.3.2), as the OID's DER content.
const ECDSA_WITH_SHA256: &[u8] = &[0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04, 0x03, 0x02];
/// `id-ecPublicKey` (1.2.840.10045.2.1).
const EC_PUBLIC_KEY: &[u8] = &[0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x02, 0x01];
/// `prime256v1` (1.2.840.10045.3.1.7).
const P256: &[u8] = &[0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07];
/// `basicConstraints` (2.5.29.19) and `keyUsage` (2.5.29.15).
const BASIC_CONSTRAINTS: &[u8] = &[0x55, 0x1D, 0x13];
const KEY_USAGE: &[u8] = &[0x55, 0x1D, 0x0F];
/// `commonName` (2.5.4.3) and `countryName` (2.5.4.6).
const COMMON_NAME: &[u8] = &[0x55, 0x04, 0x03];
const COUNTRY_NAME: &[u8] = &[0x55, 0x04, 0x06];

const SEQUENCE: u8 = 0x30;
const SET: u8 = 0x31;
const INTEGER: u8 = 0x02;
const BIT_STRING: u8 = 0x03;
const OCTET_STRING: u8 = 0x04;
const OID: u8 = 0x06;
const BOOLEAN: u8 = 0x01;
const UTC_TIME: u8 = 0x17;
const GENERALIZED_TIME: u8 = 0x18;

/// One DER element: its tag, its content, and its whole encoding.
#[derive(Clone, Copy)]
struct Element<'a> {
    tag: u8,
    content: &'a [u8],
    encoding: &'a [u8],
}

fn malformed() -> WalletError {
    WalletError::Malformed("a certificate")
}

/// Reads one element off the front of `input` (definite lengths up to 16 MiB, as DER has them).
fn element(input: &[u8]) -> Result<(Element<'_>, &[u8]), WalletError> {
    let (&tag, rest) = input.split_first().ok_or_else(malformed)?;
    let (&first, mut rest) = rest.split_first().ok_or_else(malformed)?;
    let length = match first {
        0..=0x7F => usize::from(first),
        0x81..=0x83 => {
            let count = usize::from(first & 0x7F);
            let (bytes, after) = rest.split_at_checked(count).ok_or_else(malformed)?;
            rest = after;
            let length = bytes.iter().fold(0usize, |n, b| (n << 8) | usize::from(*b));
            // DER: the shortest form only.
            if length < 0x80 || bytes.first() == Some(&0) {
                return Err(malformed());
            }
            length
        }
        _ => return Err(malformed()),
    };
    let (content, after) = rest.split_at_checked(length).ok_or_else(malformed)?;
    let header = input.len() - rest.len();
    let encoding = input.get(..header + length).ok_or_else(malformed)?;
    Ok((
        Element {
            tag,
            content,
            encoding,
        },
        after,
    ))
}

/// The elements inside a constructed element's content, in order.
struct Elements<'a>(&'a [u8]);

impl<'a> Elements<'a> {
    fn next_any(&mut self) -> Result<Element<'a>, WalletError> {
        let (found, rest) = element(self.0)?;
        self.0 = rest;
        Ok(found)
    }

    /// The next element, which must have `tag`.
    fn next(&mut self, tag: u8) -> Result<Element<'a>, WalletError> {
        let found = self.next_any()?;
        if found.tag == tag {
            Ok(found)
        } else {
            Err(malformed())
        }
    }

    /// The next element if it has `tag`.
    fn optional(&mut self, tag: u8) -> Result<Option<Element<'a>>, WalletError> {
        match self.0.first() {
            Some(&t) if t == tag => self.next_any().map(Some),
            _ => Ok(None),
        }
    }

    fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    fn end(&self) -> Result<(), WalletError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(malformed())
        }
    }
}

/// What the chain check reads of a certificate.
/// (Public for the check against `x509-cert`; the chain check is its one user.)
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Certificate {
    /// The whole certificate's DER.
    pub der: Vec<u8>,
    /// `tbsCertificate` as encoded: the signed bytes.
    pub tbs: Vec<u8>,
    /// The issuer name, as DER.
    pub issuer: Vec<u8>,
    /// The subject name, as DER.
    pub subject: Vec<u8>,
    /// The start of the validity, Unix seconds.
    pub not_before: i64,
    /// The end of the validity, Unix seconds.
    pub not_after: i64,
    /// The subject key, when it is an EC key on P-256 (SEC1 uncompressed).
    pub p256_key: Option<[u8; 65]>,
    /// `basicConstraints` says cA.
    pub is_ca: bool,
    /// `keyUsage`, when present: (digitalSignature, keyCertSign).
    pub key_usage: Option<(bool, bool)>,
    /// A critical extension this reader does not know (RFC 5280 §4.2: refuse the certificate).
    pub unknown_critical: bool,
    /// The signature algorithm is ECDSA with SHA-256.
    pub ecdsa_sha256: bool,
    /// The signature value's content (DER `ECDSA-Sig-Value`).
    pub signature: Vec<u8>,
    /// The subject's common name and country, when they are there.
    pub common_name: Option<String>,
    /// The subject's country.
    pub country: Option<String>,
}

impl Certificate {
    /// Reads a DER certificate.
    pub fn from_der(der: &[u8]) -> Result<Self, WalletError> {
        let (outer, rest) = element(der)?;
        if outer.tag != SEQUENCE || !rest.is_empty() {
            return Err(malformed());
        }
        let mut parts = Elements(outer.content);
        let tbs = parts.next(SEQUENCE)?;
        let algorithm = parts.next(SEQUENCE)?;
        let signature = parts.next(BIT_STRING)?;
        parts.end()?;

        let mut fields = Elements(tbs.content);
        parts_version(&mut fields)?;
        fields.next(INTEGER)?;
        fields.next(SEQUENCE)?;
        let issuer = fields.next(SEQUENCE)?;
        let validity = fields.next(SEQUENCE)?;
        let subject = fields.next(SEQUENCE)?;
        let key_info = fields.next(SEQUENCE)?;
        fields.optional(0x81)?;
        fields.optional(0x82)?;
        let extensions = fields.optional(0xA3)?;
        fields.end()?;

        let mut times = Elements(validity.content);
        let not_before = time(times.next_any()?)?;
        let not_after = time(times.next_any()?)?;
        times.end()?;

        let mut certificate = Certificate {
            der: der.to_vec(),
            tbs: tbs.encoding.to_vec(),
            issuer: issuer.encoding.to_vec(),
            subject: subject.encoding.to_vec(),
            not_before,
            not_after,
            p256_key: p256_key(key_info)?,
            is_ca: false,
            key_usage: None,
            unknown_critical: false,
            ecdsa_sha256: Elements(algorithm.content).next(OID)?.content == ECDSA_WITH_SHA256,
            signature: bit_string_bytes(signature)?.to_vec(),
            common_name: attribute(subject, COMMON_NAME)?,
            country: attribute(subject, COUNTRY_NAME)?,
        };
        if let Some(extensions) = extensions {
            certificate.read_extensions(extensions)?;
        }
        Ok(certificate)
    }

    fn read_extensions(&mut self, wrapper: Element<'_>) -> Result<(), WalletError> {
        let mut list = Elements(Elements(wrapper.content).next(SEQUENCE)?.content);
        while !list.is_empty() {
            let mut extension = Elements(list.next(SEQUENCE)?.content);
            let id = extension.next(OID)?.content;
            let critical = match extension.optional(BOOLEAN)? {
                Some(flag) => boolean(flag)?,
                None => false,
            };
            let value = extension.next(OCTET_STRING)?.content;
            extension.end()?;
            if id == BASIC_CONSTRAINTS {
                let mut constraints = Elements(element_of(value, SEQUENCE)?.content);
                self.is_ca = match constraints.optional(BOOLEAN)? {
                    Some(flag) => boolean(flag)?,
                    None => false,
                };
            } else if id == KEY_USAGE {
                let first = first_flags(element_of(value, BIT_STRING)?)?;
                self.key_usage = Some((first & 0x80 != 0, first & 0x04 != 0));
            } else if critical {
                self.unknown_critical = true;
            }
        }
        Ok(())
    }
}

/// A DER BOOLEAN: one byte, `00` or `FF` (X.690 §11.1; anything else is not DER).
fn boolean(flag: Element<'_>) -> Result<bool, WalletError> {
    match flag.content {
        [0x00] => Ok(false),
        [0xFF] => Ok(true),
        _ => Err(malformed()),
    }
}

/// Skips `version [0] EXPLICIT` (v3 certificates have it).
fn parts_version(fields: &mut Elements<'_>) -> Result<(), WalletError> {
    fields.optional(0xA0).map(|_| ())
}

/// The single element `bytes` hold, which must have `tag`.
fn element_of(bytes: &[u8], tag: u8) -> Result<Element<'_>, WalletError> {
    let (found, rest) = element(bytes)?;
    if found.tag != tag || !rest.is_empty() {
        return Err(malformed());
    }
    Ok(found)
}

/// A BIT STRING's bytes (whole bytes only, as keys and signatures are).
fn bit_string_bytes(bits: Element<'_>) -> Result<&[u8], WalletError> {
    match bits.content.split_first() {
        Some((0, bytes)) => Ok(bytes),
        _ => Err(malformed()),
    }
}

/// The first byte of a named-bit BIT STRING (`keyUsage`): its unused bits must be zero (DER),
/// and an empty one has no flag set.
fn first_flags(bits: Element<'_>) -> Result<u8, WalletError> {
    let (&unused, bytes) = bits.content.split_first().ok_or_else(malformed)?;
    let last = bytes.last().copied().unwrap_or(0);
    if unused > 7 || (bytes.is_empty() && unused != 0) || last & ((1u8 << unused) - 1) != 0 {
        return Err(malformed());
    }
    Ok(bytes.first().copied().unwrap_or(0))
}

fn p256_key(key_info: Element<'_>) -> Result<Option<[u8; 65]>, WalletError> {
    let mut parts = Elements(key_info.content);
    let mut algorithm = Elements(parts.next(SEQUENCE)?.content);
    let key = parts.next(BIT_STRING)?;
    parts.end()?;
    let kind = algorithm.next(OID)?.content;
    let curve = algorithm.optional(OID)?.map(|c| c.content);
    if kind != EC_PUBLIC_KEY || curve != Some(P256) {
        return Ok(None);
    }
    Ok(<[u8; 65]>::try_from(bit_string_bytes(key)?)
        .ok()
        .filter(|point| point.first() == Some(&4)))
}

/// The first value of attribute `oid` in a Name, as text.
fn attribute(name: Element<'_>, oid: &[u8]) -> Result<Option<String>, WalletError> {
    let mut relative_names = Elements(name.content);
    while !relative_names.is_empty() {
        let mut set = Elements(relative_names.next(SET)?.content);
        while !set.is_empty() {
            let mut pair = Elements(set.next(SEQUENCE)?.content);
            let id = pair.next(OID)?.content;
            let value = pair.next_any()?;
            if id == oid {
                // UTF8String; PrintableString and IA5String in their character sets (X.680).
                let allowed = match value.tag {
                    0x0C => true,
                    0x13 => value
                        .content
                        .iter()
                        .all(|b| b.is_ascii_alphanumeric() || b" '()+,-./:=?".contains(b)),
                    0x16 => value.content.is_ascii(),
                    _ => false,
                };
                if !allowed {
                    return Err(malformed());
                }
                return std::str::from_utf8(value.content)
                    .map(|s| Some(s.to_owned()))
                    .map_err(|_| malformed());
            }
        }
    }
    Ok(None)
}

/// A UTCTime or GeneralizedTime in whole seconds, UTC (`Z`), as RFC 5280 §4.1.2.5 writes them.
fn time(value: Element<'_>) -> Result<i64, WalletError> {
    let text = std::str::from_utf8(value.content).map_err(|_| malformed())?;
    let digits = text.strip_suffix('Z').ok_or_else(malformed)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(malformed());
    }
    let number = |range: std::ops::Range<usize>| -> Result<u32, WalletError> {
        digits
            .get(range)
            .and_then(|d| d.parse().ok())
            .ok_or_else(malformed)
    };
    let (year, rest) = match (value.tag, digits.len()) {
        (UTC_TIME, 12) => {
            let yy = number(0..2)?;
            (if yy < 50 { 2000 + yy } else { 1900 + yy }, 2)
        }
        (GENERALIZED_TIME, 14) => (number(0..4)?, 4),
        _ => return Err(malformed()),
    };
    let field = |at: usize| number(rest + at..rest + at + 2);
    let month = time::Month::try_from(u8::try_from(field(0)?).map_err(|_| malformed())?)
        .map_err(|_| malformed())?;
    let byte = |n: u32| u8::try_from(n).map_err(|_| malformed());
    let date = time::Date::from_calendar_date(
        i32::try_from(year).map_err(|_| malformed())?,
        month,
        byte(field(2)?)?,
    )
    .map_err(|_| malformed())?;
    let clock = time::Time::from_hms(byte(field(4)?)?, byte(field(6)?)?, byte(field(8)?)?)
        .map_err(|_| malformed())?;
    Ok(time::PrimitiveDateTime::new(date, clock)
        .assume_utc()
        .unix_timestamp())
}

/// An X.509 ECDSA signature (DER `SEQUENCE { r INTEGER, s INTEGER }`) as `r || s`.
pub fn raw_signature(der: &[u8]) -> Result<[u8; 64], WalletError> {
    let bad = || WalletError::Malformed("an ECDSA signature");
    let sequence = element_of(der, SEQUENCE).map_err(|_| bad())?;
    let mut integers = Elements(sequence.content);
    let r = integers.next(INTEGER).map_err(|_| bad())?.content;
    let s = integers.next(INTEGER).map_err(|_| bad())?.content;
    integers.end().map_err(|_| bad())?;
    let mut raw = [0u8; 64];
    let (r_half, s_half) = raw.split_at_mut(32);
    for (half, value) in [(r_half, r), (s_half, s)] {
        // A positive INTEGER: one leading zero when the top bit is set.
        let value = match value {
            [0, rest @ ..] if rest.len() == 32 => rest,
            other => other,
        };
        let offset = half.len().checked_sub(value.len()).ok_or_else(bad)?;
        half.get_mut(offset..)
            .ok_or_else(bad)?
            .copy_from_slice(value);
    }
    Ok(raw)
}
