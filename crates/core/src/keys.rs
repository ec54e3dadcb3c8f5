//! Organiser keys: the HPKE suites an organiser can choose, and the text forms of their keys.
//!
//! Public keys are Bech32m strings whose human-readable part names the suite
//! (`ocs-x25519-pk1…`, `ocs-xwing-pk1…`); secret keys likewise, in upper case
//! (`OCS-X25519-SK-1…`). See docs/keys.md.

use bech32::primitives::decode::CheckedHrpstring;
use bech32::{Checksum, Hrp};
use hpke::{Deserializable, Serializable};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

/// HPKE algorithm identifiers (RFC 9180 §7 and the X-Wing draft).
/// HKDF-SHA256.
pub const KDF_HKDF_SHA256: u16 = 0x0001;
/// ChaCha20-Poly1305.
pub const AEAD_CHACHA20POLY1305: u16 = 0x0003;

/// Bech32m with a longer code length: X-Wing public keys (1216 bytes) exceed the 1023-character
/// limit of standard Bech32m. Same generator and constant, so short strings are standard Bech32m;
/// past 1023 characters the checksum still catches any error with probability 1 − 2⁻³⁰.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bech32mLong {}

impl Checksum for Bech32mLong {
    type MidstateRepr = u32;
    const CODE_LENGTH: usize = 4096;
    const CHECKSUM_LENGTH: usize = 6;
    const GENERATOR_SH: [u32; 5] = <bech32::Bech32m as Checksum>::GENERATOR_SH;
    const TARGET_RESIDUE: u32 = <bech32::Bech32m as Checksum>::TARGET_RESIDUE;
}

/// Calls the generic function `$f::<Kem>(args)` with the hpke KEM type of `$suite`: the one place
/// that maps a suite to its KEM.
macro_rules! with_kem {
    ($suite:expr, $f:ident ( $($arg:expr),* )) => {
        match $suite {
            $crate::keys::Suite::X25519 => $f::<hpke::kem::X25519HkdfSha256>($($arg),*),
            $crate::keys::Suite::XWing => $f::<hpke::kem::XWing>($($arg),*),
        }
    };
}
pub(crate) use with_kem;

/// As [`with_kem!`], for opening: an X25519 envelope opens with
/// [`crate::receiver::X25519Receiver`], the same KEM with the receiver's public key kept.
macro_rules! with_opening_kem {
    ($suite:expr, $f:ident ( $($arg:expr),* )) => {
        match $suite {
            $crate::keys::Suite::X25519 => $f::<$crate::receiver::X25519Receiver>($($arg),*),
            $crate::keys::Suite::XWing => $f::<hpke::kem::XWing>($($arg),*),
        }
    };
}
pub(crate) use with_opening_kem;

fn kem_id<K: hpke::Kem>() -> u16 {
    K::KEM_ID
}
fn enc_len<K: hpke::Kem>() -> usize {
    K::EncappedKey::size()
}
fn public_key_len<K: hpke::Kem>() -> usize {
    K::PublicKey::size()
}
fn is_public_key<K: hpke::Kem>(bytes: &[u8]) -> bool {
    K::PublicKey::from_bytes(bytes).is_ok()
}
fn is_secret_key<K: hpke::Kem>(bytes: &[u8]) -> bool {
    K::PrivateKey::from_bytes(bytes).is_ok()
}
fn generate<K: hpke::Kem>() -> Zeroizing<Vec<u8>> {
    let (sk, _) = K::gen_keypair();
    Zeroizing::new(sk.to_bytes().to_vec())
}
fn public_of<K: hpke::Kem>(secret: &[u8]) -> Option<Vec<u8>> {
    let sk = K::PrivateKey::from_bytes(secret).ok()?;
    Some(K::sk_to_pk(&sk).to_bytes().to_vec())
}

/// An HPKE suite an organiser key belongs to. KDF and AEAD are the same for both.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    strum::EnumIter,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "lowercase")]
pub enum Suite {
    /// DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20-Poly1305 (RFC 9180 A.2). The default.
    X25519,
    /// X-Wing (ML-KEM-768 + X25519 hybrid, post-quantum), HKDF-SHA256, ChaCha20-Poly1305.
    XWing,
}

impl Suite {
    /// Both suites.
    pub fn all() -> impl Iterator<Item = Suite> {
        <Suite as strum::IntoEnumIterator>::iter()
    }

    /// The HPKE KEM identifier (RFC 9180 §7.1, and 0x647a for X-Wing).
    pub fn kem_id(self) -> u16 {
        with_kem!(self, kem_id())
    }

    /// The suite of a KEM identifier.
    pub fn from_kem_id(id: u16) -> Option<Suite> {
        Suite::all().find(|s| s.kem_id() == id)
    }

    /// The short name used on the command line and in key strings.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// The suite of a short name.
    pub fn from_name(name: &str) -> Option<Suite> {
        name.parse().ok()
    }

    /// The full suite description, for humans.
    pub fn description(self) -> &'static str {
        match self {
            Suite::X25519 => "DHKEM(X25519, HKDF-SHA256) / HKDF-SHA256 / ChaCha20-Poly1305",
            Suite::XWing => "X-Wing (ML-KEM-768 + X25519) / HKDF-SHA256 / ChaCha20-Poly1305",
        }
    }

    /// Size of the encapsulated key (`enc`) in bytes.
    pub fn enc_len(self) -> usize {
        with_kem!(self, enc_len())
    }

    /// Size of a public key in bytes.
    pub fn public_key_len(self) -> usize {
        with_kem!(self, public_key_len())
    }

    fn public_hrp(self) -> String {
        format!("ocs-{}-pk", self.name())
    }

    fn secret_hrp(self) -> String {
        format!("OCS-{}-SK-", self.name().to_ascii_uppercase())
    }
}

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[allow(missing_docs)] // Each variant is its message.
pub enum KeyError {
    #[error("not an ocs-edge key string (expected ocs-x25519-pk1… or ocs-xwing-pk1…)")]
    Format,
    #[error("the key string's checksum does not match: it was mistyped or truncated")]
    Checksum,
    #[error("unknown key type {0:?}")]
    UnknownSuite(String),
    #[error("the key has the wrong length for its type")]
    Length,
    #[error("the key is not a valid point or key of its type")]
    Invalid,
}

fn encode(hrp: &str, data: &[u8], upper: bool) -> Result<String, KeyError> {
    let hrp = Hrp::parse(hrp).map_err(|_| KeyError::Format)?;
    let s = if upper {
        bech32::encode_upper::<Bech32mLong>(hrp, data)
    } else {
        bech32::encode_lower::<Bech32mLong>(hrp, data)
    };
    s.map_err(|_| KeyError::Format)
}

fn decode(s: &str) -> Result<(String, Vec<u8>), KeyError> {
    let checked = CheckedHrpstring::new::<Bech32mLong>(s.trim()).map_err(|e| {
        use bech32::primitives::decode::CheckedHrpstringError as E;
        match e {
            E::Checksum(_) => KeyError::Checksum,
            _ => KeyError::Format,
        }
    })?;
    Ok((checked.hrp().to_lowercase(), checked.byte_iter().collect()))
}

/// An organiser public key: what the worker seals to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    suite: Suite,
    bytes: Vec<u8>,
}

impl PublicKey {
    /// A public key of `suite` from its serialised bytes; checks it is a valid key.
    pub fn from_bytes(suite: Suite, bytes: &[u8]) -> Result<Self, KeyError> {
        if bytes.len() != suite.public_key_len() {
            return Err(KeyError::Length);
        }
        // Parse once so an invalid key fails here, not at the first signature.
        if !with_kem!(suite, is_public_key(bytes)) {
            return Err(KeyError::Invalid);
        }
        Ok(PublicKey {
            suite,
            bytes: bytes.to_vec(),
        })
    }

    /// The key's suite.
    pub fn suite(&self) -> Suite {
        self.suite
    }

    /// The serialised key.
    pub fn as_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// First 8 bytes of SHA-256 over the serialised public key: names the key in envelopes.
    pub fn key_id(&self) -> [u8; 8] {
        let digest = Sha256::digest(&self.bytes);
        let mut id = [0u8; 8];
        id.iter_mut().zip(digest).for_each(|(i, d)| *i = d);
        id
    }

    /// The key string, e.g. `ocs-x25519-pk1…`.
    pub fn to_bech32(&self) -> String {
        // The HRP is built from fixed ASCII and the data length is bounded: cannot fail.
        encode(&self.suite.public_hrp(), &self.bytes, false).unwrap_or_default()
    }

    /// Parses a key string; a typo fails the checksum.
    pub fn parse(s: &str) -> Result<Self, KeyError> {
        let (hrp, bytes) = decode(s)?;
        let suite = Suite::all()
            .find(|s| s.public_hrp() == hrp)
            .ok_or(KeyError::UnknownSuite(hrp))?;
        PublicKey::from_bytes(suite, &bytes)
    }
}

impl std::fmt::Display for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_bech32())
    }
}

impl std::str::FromStr for PublicKey {
    type Err = KeyError;
    fn from_str(s: &str) -> Result<Self, KeyError> {
        PublicKey::parse(s)
    }
}

/// An organiser secret key (the HPKE private key, serialised as RFC 9180 `SerializePrivateKey`
/// for X25519 and as the 32-byte seed for X-Wing). Zeroised on drop; never printed by `Debug`.
#[derive(Clone)]
pub struct SecretKey {
    suite: Suite,
    bytes: Zeroizing<Vec<u8>>,
    /// The public key's id, derived once: opening an envelope checks it, and deriving the
    /// public key costs a scalar multiplication each time.
    key_id: std::sync::OnceLock<Option<[u8; 8]>>,
    /// The key as the KEM uses it, parsed once: an X-Wing key is a seed whose expansion (an
    /// ML-KEM key generation) would otherwise be repeated for every envelope opened.
    parsed: std::sync::OnceLock<Option<ParsedKey>>,
}

/// A secret key parsed for its KEM.
#[derive(Clone)]
enum ParsedKey {
    X25519(crate::receiver::ReceiverKey),
    XWing(Box<<hpke::kem::XWing as hpke::Kem>::PrivateKey>),
}

/// A KEM whose parsed secret key a [`SecretKey`] keeps.
pub(crate) trait ParsedKem: hpke::Kem {
    /// The key parsed for this KEM (once per key), if it is one of its keys.
    fn parsed(sk: &SecretKey) -> Option<&Self::PrivateKey>;
}

impl ParsedKem for crate::receiver::X25519Receiver {
    fn parsed(sk: &SecretKey) -> Option<&Self::PrivateKey> {
        match sk.parsed_key()? {
            ParsedKey::X25519(k) => Some(k),
            ParsedKey::XWing(_) => None,
        }
    }
}

impl ParsedKem for hpke::kem::XWing {
    fn parsed(sk: &SecretKey) -> Option<&Self::PrivateKey> {
        match sk.parsed_key()? {
            ParsedKey::XWing(k) => Some(k),
            ParsedKey::X25519(_) => None,
        }
    }
}

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SecretKey({}, <redacted>)", self.suite.name())
    }
}

impl SecretKey {
    /// A new random key of the suite, from the system random number generator.
    pub fn generate(suite: Suite) -> Result<Self, crate::statement::RandomError> {
        // Fallible probe first: hpke's key generation panics if the RNG fails.
        getrandom::fill(&mut [0u8; 1]).map_err(crate::statement::RandomError)?;
        let bytes = with_kem!(suite, generate());
        Ok(SecretKey {
            suite,
            bytes,
            key_id: Default::default(),
            parsed: Default::default(),
        })
    }

    /// A secret key of `suite` from its serialised bytes.
    pub fn from_bytes(suite: Suite, bytes: &[u8]) -> Result<Self, KeyError> {
        if !with_kem!(suite, is_secret_key(bytes)) {
            return Err(KeyError::Length);
        }
        Ok(SecretKey {
            suite,
            bytes: Zeroizing::new(bytes.to_vec()),
            key_id: Default::default(),
            parsed: Default::default(),
        })
    }

    /// The key's suite.
    pub fn suite(&self) -> Suite {
        self.suite
    }

    /// The raw private key bytes, for escrow and for other RFC 9180 implementations.
    pub fn expose_bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The matching public key.
    pub fn public_key(&self) -> Result<PublicKey, KeyError> {
        let bytes = with_kem!(self.suite, public_of(&self.bytes)).ok_or(KeyError::Invalid)?;
        PublicKey::from_bytes(self.suite, &bytes)
    }

    /// The key parsed for its KEM (once per key).
    fn parsed_key(&self) -> Option<&ParsedKey> {
        use hpke::Deserializable as _;
        self.parsed
            .get_or_init(|| match self.suite {
                Suite::X25519 => crate::receiver::ReceiverKey::from_bytes(&self.bytes)
                    .ok()
                    .map(ParsedKey::X25519),
                Suite::XWing => {
                    <hpke::kem::XWing as hpke::Kem>::PrivateKey::from_bytes(&self.bytes)
                        .ok()
                        .map(|k| ParsedKey::XWing(Box::new(k)))
                }
            })
            .as_ref()
    }

    /// The id of the matching public key (computed once per key).
    pub fn key_id(&self) -> Result<[u8; 8], KeyError> {
        self.key_id
            .get_or_init(|| self.public_key().ok().map(|pk| pk.key_id()))
            .ok_or(KeyError::Invalid)
    }

    /// The secret key string, e.g. `OCS-X25519-SK-1…` (upper case).
    pub fn to_bech32(&self) -> Zeroizing<String> {
        Zeroizing::new(encode(&self.suite.secret_hrp(), &self.bytes, true).unwrap_or_default())
    }

    /// Parses a secret key string.
    pub fn parse(s: &str) -> Result<Self, KeyError> {
        let (hrp, bytes) = decode(s)?;
        let bytes = Zeroizing::new(bytes);
        let suite = Suite::all()
            .find(|s| s.secret_hrp().to_lowercase() == hrp)
            .ok_or(KeyError::UnknownSuite(hrp))?;
        SecretKey::from_bytes(suite, &bytes)
    }
}

/// Key ids of public keys whose secret keys are published (test vectors, fixtures), each with
/// where: anyone can open what is sealed to them. A collector refuses to run with one outside
/// this machine. `crates/core/tests/keys.rs` derives each id from its published secret.
pub const PUBLISHED_KEY_IDS: &[([u8; 8], &str)] = &[
    (
        [0x89, 0xc8, 0xcc, 0x64, 0x1a, 0x59, 0x8a, 0xa0],
        "the X25519 test vector of docs/envelope.md",
    ),
    (
        [0x9b, 0x16, 0xd5, 0x01, 0xcd, 0x6e, 0xaa, 0xf3],
        "the X25519 fuzzing fixture of crates/testkit",
    ),
    (
        [0xdc, 0x33, 0x97, 0xdc, 0xdb, 0xd5, 0x0b, 0x8f],
        "the X-Wing fuzzing fixture of crates/testkit",
    ),
    (
        [0x2e, 0x81, 0x6d, 0xee, 0xbc, 0xd7, 0x6c, 0x5c],
        "the X-Wing draft's first test vector",
    ),
    (
        [0xc4, 0x2b, 0xa5, 0xf8, 0x43, 0x0d, 0x7d, 0x2c],
        "the X-Wing draft's second test vector",
    ),
    (
        [0x6b, 0x08, 0x0d, 0x6b, 0x84, 0xf0, 0x95, 0x34],
        "the X-Wing draft's third test vector",
    ),
];

/// Where the secret of `key` is published, if it is.
pub fn published_key(key: &PublicKey) -> Option<&'static str> {
    let id = key.key_id();
    PUBLISHED_KEY_IDS
        .iter()
        .find(|(known, _)| *known == id)
        .map(|(_, source)| *source)
}
