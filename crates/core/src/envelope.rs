//! The envelope: a small, versioned, self-describing HPKE (RFC 9180, base mode) ciphertext.
//!
//! ```text
//! envelope = header (19 bytes) || enc (Nenc bytes) || ct (AEAD ciphertext with 16-byte tag)
//! header   = "OCSE" || version (1) || kem_id (u16) || kdf_id (u16) || aead_id (u16) || key_id (8)
//! info     = "ocs-edge envelope v1" || header
//! aad      = "ocs-edge aad v1" || purpose (1) || statement id (16) || nationality (2)
//!            || u16 length of initiative id || initiative id (UTF-8)
//! ```
//! All integers big-endian. docs/envelope.md is the full specification.

use hpke::{Deserializable, OpModeR, OpModeS, Serializable};
use zeroize::Zeroizing;

use crate::keys::{
    with_kem, with_opening_kem, PublicKey, SecretKey, Suite, AEAD_CHACHA20POLY1305, KDF_HKDF_SHA256,
};
use crate::statement::StatementId;

/// The first four bytes of every envelope.
pub const MAGIC: [u8; 4] = *b"OCSE";
/// The envelope format version.
pub const VERSION: u8 = 1;
/// Length of the fixed header.
pub const HEADER_LEN: usize = 19;
/// Prefix of the HPKE `info` (followed by the header).
pub const INFO_LABEL: &[u8] = b"ocs-edge envelope v1";
/// Prefix of the AAD (followed by the binding).
pub const AAD_LABEL: &[u8] = b"ocs-edge aad v1";
/// Length of the ChaCha20-Poly1305 tag that ends every ciphertext.
pub const TAG_LEN: usize = 16;

type Kdf = hpke::kdf::HkdfSha256;
type Aead = hpke::aead::ChaCha20Poly1305;

/// Why an envelope could not be sealed or opened.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EnvelopeError {
    /// Shorter than its header and tag.
    #[error("the envelope is truncated")]
    Truncated,
    /// Not starting with [`MAGIC`].
    #[error("not an ocs-edge envelope (bad magic bytes)")]
    BadMagic,
    /// A format version this build does not read.
    #[error("unsupported envelope version {0}")]
    UnsupportedVersion(u8),
    /// A KEM, KDF or AEAD this build does not use.
    #[error("unsupported HPKE suite kem={kem:#06x} kdf={kdf:#06x} aead={aead:#06x}")]
    UnsupportedSuite {
        /// KEM id.
        kem: u16,
        /// KDF id.
        kdf: u16,
        /// AEAD id.
        aead: u16,
    },
    /// Sealed to another key: the envelope's key id and the given key's (hex).
    #[error(
        "the envelope was sealed to another key (key id {envelope}; this key's id is {given})"
    )]
    WrongKey {
        /// The key id in the envelope's header.
        envelope: String,
        /// The key id of the key it was opened with.
        given: String,
    },
    /// Altered, or bound to other metadata.
    #[error("the envelope does not open: it was altered, or it belongs to another statement, initiative or nationality")]
    Open,
    /// Sealing failed.
    #[error("sealing failed")]
    Seal,
    /// The random number generator failed.
    #[error("the system random number generator failed")]
    Random,
}

/// What an envelope holds; bound into the AAD so one kind cannot pass for the other.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// The statement of support.
    Statement = 1,
    /// The optional e-mail address.
    Contact = 2,
}

/// The clear metadata an envelope is bound to: the ledger row it is stored in must carry the
/// same, or the envelope does not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding<'a> {
    /// What the envelope holds.
    pub purpose: Purpose,
    /// The statement it belongs to.
    pub statement_id: StatementId,
    /// The initiative's registration number.
    pub initiative: &'a str,
    /// ISO 3166-1 alpha-2 code, two ASCII upper-case letters.
    pub nationality: &'a str,
}

impl Binding<'_> {
    /// The AAD bytes (docs/envelope.md); fails for a malformed nationality or a too long id.
    pub fn aad(&self) -> Result<Vec<u8>, EnvelopeError> {
        let initiative = self.initiative.as_bytes();
        let len = u16::try_from(initiative.len()).map_err(|_| EnvelopeError::Seal)?;
        if self.nationality.len() != 2 || !self.nationality.bytes().all(|b| b.is_ascii_uppercase())
        {
            return Err(EnvelopeError::Seal);
        }
        let mut aad = Vec::with_capacity(AAD_LABEL.len() + 21 + initiative.len());
        aad.extend_from_slice(AAD_LABEL);
        aad.push(self.purpose as u8);
        aad.extend_from_slice(self.statement_id.as_bytes());
        aad.extend_from_slice(self.nationality.as_bytes());
        aad.extend_from_slice(&len.to_be_bytes());
        aad.extend_from_slice(initiative);
        Ok(aad)
    }
}

/// The parsed fixed header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Header {
    /// The HPKE suite.
    pub suite: Suite,
    /// The first 8 bytes of SHA-256 of the recipient's public key.
    pub key_id: [u8; 8],
}

impl Header {
    /// The header of envelopes sealed to `pk`.
    pub fn for_key(pk: &PublicKey) -> Header {
        Header {
            suite: pk.suite(),
            key_id: pk.key_id(),
        }
    }

    /// The 19 header bytes.
    pub fn to_bytes(&self) -> [u8; HEADER_LEN] {
        let mut h = [0u8; HEADER_LEN];
        h[..4].copy_from_slice(&MAGIC);
        h[4] = VERSION;
        h[5..7].copy_from_slice(&self.suite.kem_id().to_be_bytes());
        h[7..9].copy_from_slice(&KDF_HKDF_SHA256.to_be_bytes());
        h[9..11].copy_from_slice(&AEAD_CHACHA20POLY1305.to_be_bytes());
        h[11..19].copy_from_slice(&self.key_id);
        h
    }

    /// Reads the header at the start of an envelope.
    pub fn parse(envelope: &[u8]) -> Result<Header, EnvelopeError> {
        let h: &[u8; HEADER_LEN] = envelope
            .get(..HEADER_LEN)
            .and_then(|h| h.try_into().ok())
            .ok_or(EnvelopeError::Truncated)?;
        if h[..4] != MAGIC {
            return Err(EnvelopeError::BadMagic);
        }
        if h[4] != VERSION {
            return Err(EnvelopeError::UnsupportedVersion(h[4]));
        }
        let be = |i: usize| {
            h.get(i..i + 2)
                .and_then(|b| <[u8; 2]>::try_from(b).ok())
                .map_or(0, u16::from_be_bytes)
        };
        let (kem, kdf, aead) = (be(5), be(7), be(9));
        let suite = Suite::from_kem_id(kem)
            .filter(|_| kdf == KDF_HKDF_SHA256 && aead == AEAD_CHACHA20POLY1305)
            .ok_or(EnvelopeError::UnsupportedSuite { kem, kdf, aead })?;
        let mut key_id = [0u8; 8];
        key_id.copy_from_slice(&h[11..19]);
        Ok(Header { suite, key_id })
    }

    fn info(&self) -> Vec<u8> {
        [INFO_LABEL, &self.to_bytes()[..]].concat()
    }
}

/// Seals `plaintext` to the organiser's public key, bound to `binding`.
pub fn seal(pk: &PublicKey, binding: &Binding, plaintext: &[u8]) -> Result<Vec<u8>, EnvelopeError> {
    // hpke's sealing panics if the RNG fails; probe it fallibly first.
    getrandom::fill(&mut [0u8; 1]).map_err(|_| EnvelopeError::Random)?;
    let header = Header::for_key(pk);
    let info = header.info();
    let aad = binding.aad()?;
    let (enc, ct) = with_kem!(pk.suite(), seal_with(pk, &info, plaintext, &aad))?;
    let mut out = Vec::with_capacity(HEADER_LEN + enc.len() + ct.len());
    out.extend_from_slice(&header.to_bytes());
    out.extend_from_slice(&enc);
    out.extend_from_slice(&ct);
    Ok(out)
}

fn seal_with<K: hpke::Kem>(
    pk: &PublicKey,
    info: &[u8],
    plaintext: &[u8],
    aad: &[u8],
) -> Result<(Vec<u8>, Vec<u8>), EnvelopeError> {
    let pk = K::PublicKey::from_bytes(pk.as_bytes()).map_err(|_| EnvelopeError::Seal)?;
    let (enc, ct) =
        hpke::single_shot_seal::<Aead, Kdf, K>(&OpModeS::Base, &pk, info, plaintext, aad)
            .map_err(|_| EnvelopeError::Seal)?;
    Ok((enc.to_bytes().to_vec(), ct))
}

/// Opens an envelope with the organiser's secret key; fails unless `binding` is the one it was
/// sealed with and not one byte was changed.
pub fn open(
    sk: &SecretKey,
    binding: &Binding,
    envelope: &[u8],
) -> Result<Zeroizing<Vec<u8>>, EnvelopeError> {
    let header = Header::parse(envelope)?;
    let key_id = sk.key_id().map_err(|_| EnvelopeError::Open)?;
    if header.suite != sk.suite() || header.key_id != key_id {
        return Err(EnvelopeError::WrongKey {
            envelope: hex::encode(header.key_id),
            given: hex::encode(key_id),
        });
    }
    let rest = envelope.get(HEADER_LEN..).ok_or(EnvelopeError::Truncated)?;
    let enc_len = header.suite.enc_len();
    if rest.len() < enc_len + TAG_LEN {
        return Err(EnvelopeError::Truncated);
    }
    let (enc, ct) = rest.split_at(enc_len);
    let info = header.info();
    let aad = binding.aad().map_err(|_| EnvelopeError::Open)?;
    let plaintext = with_opening_kem!(header.suite, open_with(sk, enc, &info, ct, &aad))?;
    Ok(Zeroizing::new(plaintext))
}

fn open_with<K: crate::keys::ParsedKem>(
    sk: &SecretKey,
    enc: &[u8],
    info: &[u8],
    ct: &[u8],
    aad: &[u8],
) -> Result<Vec<u8>, EnvelopeError> {
    let sk = K::parsed(sk).ok_or(EnvelopeError::Open)?;
    let enc = K::EncappedKey::from_bytes(enc).map_err(|_| EnvelopeError::Open)?;
    hpke::single_shot_open::<Aead, Kdf, K>(&OpModeR::Base, sk, &enc, info, ct, aad)
        .map_err(|_| EnvelopeError::Open)
}
