//! The transparency log (docs/transparency.md): every ledger shard is also an append-only
//! Merkle tree (RFC 9162 / tlog-tiles) of one leaf per statement, whose signed checkpoints
//! (C2SP signed notes, Ed25519) let anyone check that a statement is counted and that nothing
//! was rewritten or removed, without a byte of personal data or ciphertext.
//!
//! - [`leaf`]: what a leaf is made of, from a ledger row;
//! - [`key`]: the log's signing key and its public (verifier) key;
//! - [`checkpoint`]: signing and reading checkpoints;
//! - [`receipt`]: what a signatory gets, and its verification;
//! - [`memory`]: a tree rebuilt in memory from leaves, to hold against checkpoints;
//! - [`cosign`]: witnesses' cosignatures on checkpoints (C2SP tlog-cosignature);
//! - [`tree`]: the tree maths (roots, proofs) and the log's errors.

pub mod checkpoint;
pub mod cosign;
pub mod key;
pub mod leaf;
pub mod memory;
pub mod receipt;
pub mod tree;

pub use checkpoint::{sign_checkpoint, split_notes, verify_checkpoint, SignedCheckpoint};
pub use cosign::{verify_cosignature, WitnessKey};
pub use key::{key_name, origin, origin_of_key, LogKey};
pub use leaf::Leaf;
pub use memory::{first_difference, hashes_from_bytes, MemoryTree};
pub use receipt::{LogReceipt, ReceiptError};
pub use tlog_tiles::{Error as TreeError, Hash, HashReader, Tile, TileHashReader, TileReader};
pub use tree::{
    check_consistency, check_inclusion, consistency_proof, first_stored_index, hashes_to_store,
    inclusion_proof, leaf_of_stored_index, root, LogError,
};
