//! The ledger row and its hash chain: one definition shared by the worker (which appends rows to
//! its Durable Object shards) and the organiser CLI (which verifies what it pulled).
//!
//! Each shard is an append-only list of rows numbered 1, 2, 3, … Each row's `chain` hash covers
//! the previous row's hash and every field of the row, so a missing, reordered, altered or
//! duplicated row breaks the chain at a precise (shard, sequence). See docs/ledger.md.
//!
//! The chain covers the sealed content through its digest, so a statement can be erased (a
//! signatory's request) by replacing its content with a tombstone that keeps the digest: the
//! chain still verifies, and the erasure shows instead of a hole.

use serde::{Deserialize, Deserializer, Serialize};
use sha2::{Digest, Sha256};

use crate::dedupe::DedupeToken;
use crate::statement::StatementId;

const CHAIN_LABEL: &[u8] = b"ocs-edge chain v2";
const SEALED_LABEL: &[u8] = b"ocs-edge sealed v1";
const GENESIS_LABEL: &[u8] = b"ocs-edge chain genesis v1";

/// A 32-byte chain hash.
pub type ChainHash = [u8; 32];

/// One ledger row as stored and exported. Everything in it is either ciphertext or the minimum
/// that must be clear (nationality for counters and export, submission time, dedupe token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "WireRow")]
pub struct Row {
    /// The shard that holds the row.
    pub shard: u32,
    /// Its place in the shard: 1, 2, 3, …
    pub seq: u64,
    /// The statement id.
    pub id: StatementId,
    /// RFC 3339 UTC, as in the statement.
    pub submitted_at: String,
    /// The member state of nationality (ISO code), clear for counters and export.
    pub nationality: String,
    /// The statement itself (sealed), or the tombstone left when it was erased.
    #[serde(flatten)]
    pub body: Body,
    /// The chain hash over the previous row's and this row's content.
    #[serde(with = "hex_bytes")]
    pub chain: ChainHash,
}

/// A row as its JSON reads, before it is known to hold sealed content or a tombstone. Reading
/// through it (rather than `Body`'s untagged, flattened form, which serde buffers and tries
/// variant by variant) halves the cost of parsing a row: `ocs verify` and `ocs export` parse
/// every row of a million.
#[derive(Deserialize)]
struct WireRow {
    shard: u32,
    seq: u64,
    id: StatementId,
    submitted_at: String,
    nationality: String,
    #[serde(default)]
    token: Option<Hex32>,
    #[serde(default)]
    envelope: Option<Base64>,
    #[serde(default)]
    contact: Option<Base64>,
    #[serde(default)]
    erased: Option<Erasure>,
    chain: Hex32,
}

impl TryFrom<WireRow> for Row {
    type Error = &'static str;

    fn try_from(w: WireRow) -> Result<Row, Self::Error> {
        let body = match (w.token, w.envelope, w.contact, w.erased) {
            (Some(token), Some(envelope), contact, None) => Body::Sealed(Sealed {
                token: token.0,
                envelope: envelope.0,
                contact: contact.map(|c| c.0),
            }),
            (None, None, None, Some(erased)) => Body::Erased { erased },
            _ => return Err("a row holds either a token and an envelope, or a tombstone"),
        };
        Ok(Row {
            shard: w.shard,
            seq: w.seq,
            id: w.id,
            submitted_at: w.submitted_at,
            nationality: w.nationality,
            body,
            chain: w.chain.0,
        })
    }
}

/// What a row holds: the sealed statement, or, once erased, only the digest the chain covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Body {
    /// The sealed statement.
    Sealed(Sealed),
    /// The tombstone of an erased statement.
    Erased {
        /// When it was erased and what the chain covered.
        erased: Erasure,
    },
}

/// The sealed content of a row: the dedupe token and the envelopes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sealed {
    /// The dedupe token (docs/dedupe.md).
    #[serde(with = "hex_bytes")]
    pub token: [u8; 32],
    /// The statement envelope (docs/envelope.md).
    #[serde(with = "base64_bytes")]
    pub envelope: Vec<u8>,
    /// The contact (e-mail) envelope, when the signatory gave one with consent.
    #[serde(default, with = "base64_opt", skip_serializing_if = "Option::is_none")]
    pub contact: Option<Vec<u8>>,
}

/// The tombstone of an erased statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erasure {
    /// When it was erased, RFC 3339 UTC.
    pub at: String,
    /// The digest of the sealed content that was erased (what the chain covers).
    #[serde(with = "hex_bytes")]
    pub sealed: [u8; 32],
}

impl Sealed {
    /// The digest the chain covers; every variable-length part is length-prefixed.
    pub fn digest(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        h.update(SEALED_LABEL);
        h.update(self.token);
        put_bytes(&mut h, &self.envelope);
        match &self.contact {
            None => h.update([0u8]),
            Some(c) => {
                h.update([1u8]);
                put_bytes(&mut h, c);
            }
        }
        h.finalize().into()
    }
}

impl Body {
    /// The digest of the sealed content (kept by a tombstone).
    pub fn digest(&self) -> [u8; 32] {
        match self {
            Body::Sealed(sealed) => sealed.digest(),
            Body::Erased { erased } => erased.sealed,
        }
    }

    /// The sealed content, unless erased.
    pub fn sealed(&self) -> Option<&Sealed> {
        match self {
            Body::Sealed(sealed) => Some(sealed),
            Body::Erased { .. } => None,
        }
    }
}

/// The hash a shard's first row chains from: binds the chain to the initiative and shard, so a
/// shard's rows cannot be passed off as another's.
pub fn genesis(initiative: &str, shard: u32) -> ChainHash {
    let mut h = Sha256::new();
    h.update(GENESIS_LABEL);
    h.update((initiative.len() as u64).to_be_bytes());
    h.update(initiative.as_bytes());
    h.update(shard.to_be_bytes());
    h.finalize().into()
}

fn put_bytes(h: &mut Sha256, bytes: &[u8]) {
    h.update((bytes.len() as u64).to_be_bytes());
    h.update(bytes);
}

impl Row {
    /// The chain hash of this row given the previous row's (or the genesis) hash. Every
    /// variable-length field is length-prefixed, so no two different rows hash alike.
    pub fn compute_chain(&self, prev: &ChainHash) -> ChainHash {
        let mut h = Sha256::new();
        h.update(CHAIN_LABEL);
        h.update(prev);
        h.update(self.shard.to_be_bytes());
        h.update(self.seq.to_be_bytes());
        h.update(self.id.as_bytes());
        put_bytes(&mut h, self.submitted_at.as_bytes());
        put_bytes(&mut h, self.nationality.as_bytes());
        h.update(self.body.digest());
        h.finalize().into()
    }

    /// The sealed content, unless the row was erased.
    pub fn sealed(&self) -> Option<&Sealed> {
        self.body.sealed()
    }

    /// Whether the row is a tombstone.
    pub fn is_erased(&self) -> bool {
        matches!(self.body, Body::Erased { .. })
    }

    /// The row's dedupe token, unless erased.
    pub fn dedupe_token(&self) -> Option<DedupeToken> {
        self.sealed().map(|s| DedupeToken(s.token))
    }

    /// Replaces the sealed content by its tombstone; the chain hash stays valid.
    pub fn erase(&mut self, at: &str) {
        if let Body::Sealed(sealed) = &self.body {
            let digest = sealed.digest();
            self.body = Body::Erased {
                erased: Erasure {
                    at: at.to_owned(),
                    sealed: digest,
                },
            };
        }
    }
}

/// A row as the signing step makes it, before a shard gives it its place: the shard numbers
/// it and chains it onto its last row ([`PendingRow::chain_onto`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PendingRow {
    /// The shard the dedupe token picks.
    pub shard: u32,
    /// The statement id.
    pub id: StatementId,
    /// RFC 3339 UTC, as in the statement.
    pub submitted_at: String,
    /// The member state of nationality (ISO code).
    pub nationality: String,
    /// The dedupe token and the envelopes.
    #[serde(flatten)]
    pub sealed: Sealed,
}

impl PendingRow {
    /// The row at place `seq`, chained onto the previous row's hash (or the genesis hash).
    pub fn chain_onto(self, seq: u64, prev: &ChainHash) -> Row {
        let mut row = Row {
            shard: self.shard,
            seq,
            id: self.id,
            submitted_at: self.submitted_at,
            nationality: self.nationality,
            body: Body::Sealed(self.sealed),
            chain: [0; 32],
        };
        row.chain = row.compute_chain(prev);
        row
    }
}

/// What is wrong with a shard's chain, at which row.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[allow(missing_docs)] // The fields are named by the messages.
pub enum ChainFault {
    /// A row out of sequence: rows missing or out of order.
    #[error("shard {shard}: row {found} found where row {expected} was expected (rows missing or out of order)")]
    Sequence {
        shard: u32,
        expected: u64,
        found: u64,
    },
    /// A row whose hash does not chain.
    #[error(
        "shard {shard}, row {seq}: hash does not chain (row altered, or an earlier row removed)"
    )]
    Hash { shard: u32, seq: u64 },
    /// A row of another shard.
    #[error("shard {shard}, row {seq}: row belongs to shard {found}")]
    WrongShard { shard: u32, seq: u64, found: u32 },
}

/// Checks one shard's rows (in the order given) from genesis; returns the head hash and count.
pub fn verify_shard(
    initiative: &str,
    shard: u32,
    rows: &[Row],
) -> Result<(ChainHash, u64), Vec<ChainFault>> {
    let mut verifier = ShardVerifier::new(initiative, shard);
    for row in rows {
        verifier.push(row);
    }
    verifier.finish()
}

/// Checks a shard's rows one at a time, so a large shard need not be held in memory.
pub struct ShardVerifier {
    shard: u32,
    prev: ChainHash,
    count: u64,
    faults: Vec<ChainFault>,
}

impl ShardVerifier {
    /// A verifier for `shard` of `initiative`, starting at genesis.
    pub fn new(initiative: &str, shard: u32) -> Self {
        ShardVerifier {
            shard,
            prev: genesis(initiative, shard),
            count: 0,
            faults: Vec::new(),
        }
    }

    /// Checks the next row.
    pub fn push(&mut self, row: &Row) {
        let shard = self.shard;
        self.count += 1;
        let expected = self.count;
        if row.shard != shard {
            self.faults.push(ChainFault::WrongShard {
                shard,
                seq: row.seq,
                found: row.shard,
            });
        }
        if row.seq != expected {
            self.faults.push(ChainFault::Sequence {
                shard,
                expected,
                found: row.seq,
            });
        }
        if row.compute_chain(&self.prev) != row.chain {
            self.faults.push(ChainFault::Hash {
                shard,
                seq: row.seq,
            });
        }
        // Continue from the stored hash, so one bad row is reported once, not for every row after.
        self.prev = row.chain;
    }

    /// The head hash and row count, or every fault found.
    pub fn finish(self) -> Result<(ChainHash, u64), Vec<ChainFault>> {
        if self.faults.is_empty() {
            Ok((self.prev, self.count))
        } else {
            Err(self.faults)
        }
    }
}

/// Calls `f` with a string's text without copying it into a `String` first.
fn with_str<'de, D: Deserializer<'de>, T>(
    d: D,
    f: impl FnOnce(&str) -> Result<T, String>,
) -> Result<T, D::Error> {
    struct Text<F>(F);
    impl<T, F: FnOnce(&str) -> Result<T, String>> serde::de::Visitor<'_> for Text<F> {
        type Value = T;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a string")
        }
        fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<T, E> {
            (self.0)(s).map_err(E::custom)
        }
    }
    d.deserialize_str(Text(f))
}

/// 32 bytes as 64 hex digits.
struct Hex32([u8; 32]);

impl<'de> Deserialize<'de> for Hex32 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        with_str(d, |s| {
            let mut out = [0u8; 32];
            hex::decode_to_slice(s, &mut out).map_err(|e| e.to_string())?;
            Ok(Hex32(out))
        })
    }
}

/// Bytes as standard base64.
struct Base64(Vec<u8>);

impl<'de> Deserialize<'de> for Base64 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use base64::Engine;
        with_str(d, |s| {
            base64::engine::general_purpose::STANDARD
                .decode(s)
                .map(Base64)
                .map_err(|e| e.to_string())
        })
    }
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(b: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&hex::encode(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        super::Hex32::deserialize(d).map(|h| h.0)
    }
}

mod base64_bytes {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        super::Base64::deserialize(d).map(|b| b.0)
    }
}

mod base64_opt {
    use base64::Engine;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(b: &Option<Vec<u8>>, s: S) -> Result<S::Ok, S::Error> {
        match b {
            Some(b) => s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(b)),
            None => s.serialize_none(),
        }
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<u8>>, D::Error> {
        Option::<super::Base64>::deserialize(d).map(|b| b.map(|b| b.0))
    }
}
