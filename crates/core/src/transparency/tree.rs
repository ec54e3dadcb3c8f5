//! The tree maths (RFC 9162 through tlog's stored-hash layout) and the log's errors.

use tlog_tiles::{Hash, HashReader};

use super::leaf::Leaf;

use tlog_tiles::Error as TreeError;

/// What a log error carries from the library that failed (signed notes, Ed25519, base64).
pub type Source = Box<dyn std::error::Error + Send + Sync>;

/// Errors of the log. Each keeps the library's error it comes from as its `source`.
#[derive(Debug, thiserror::Error)]
pub enum LogError {
    /// The tree maths failed (tlog-tiles: a hash could not be read, a proof does not check).
    #[error("log tree: {0}")]
    Tree(#[from] TreeError),
    /// A tree larger than the one held was asked of.
    #[error("log tree: a tree of {asked} leaves asked of one of {held}")]
    Larger {
        /// The size asked for.
        asked: u64,
        /// The size held.
        held: u64,
    },
    /// A checkpoint or note could not be made or read.
    #[error("checkpoint: {why}")]
    Checkpoint {
        /// What was wrong, for people.
        why: String,
        /// The library's error, if one said so.
        #[source]
        source: Option<Source>,
    },
    /// A log or witness key is malformed.
    #[error("log key: {why}")]
    Key {
        /// What was wrong, for people.
        why: String,
        /// The library's error, if one said so.
        #[source]
        source: Option<Source>,
    },
}

impl LogError {
    /// A checkpoint error saying `why`, caused by `source`.
    pub fn checkpoint(why: impl Into<String>, source: impl Into<Option<Source>>) -> LogError {
        LogError::Checkpoint {
            why: why.into(),
            source: source.into(),
        }
    }

    /// A key error saying `why`, caused by `source`.
    pub fn key(why: impl Into<String>, source: impl Into<Option<Source>>) -> LogError {
        LogError::Key {
            why: why.into(),
            source: source.into(),
        }
    }
}

/// The hashes to store when appending leaf `index` (tlog's stored hash layout: they go at
/// `stored_hash_index(0, index)` onwards).
pub fn hashes_to_store<R: HashReader>(
    index: u64,
    leaf: &Leaf,
    reader: &R,
) -> Result<Vec<Hash>, LogError> {
    tlog_tiles::stored_hashes(index, &leaf.data(), reader).map_err(LogError::from)
}

/// Where the hashes of leaf `index` start in the stored hash layout.
pub fn first_stored_index(index: u64) -> u64 {
    tlog_tiles::stored_hash_index(0, index)
}

/// The leaf whose hashes hold stored hash `stored` (tlog's layout: leaf `i` stores its hashes
/// from [`first_stored_index`]`(i)` on, one more than the trailing ones of `i`), and the place
/// of `stored` among them. Lets a log keep each leaf's hashes together, in one row.
pub fn leaf_of_stored_index(stored: u64) -> (u64, usize) {
    // first_stored_index is increasing and first_stored_index(i) >= i: the leaf is the last
    // `i <= stored` whose hashes start at or before it.
    let (mut low, mut high) = (0u64, stored);
    while low < high {
        let mid = low + (high - low).div_ceil(2);
        if first_stored_index(mid) <= stored {
            low = mid;
        } else {
            high = mid - 1;
        }
    }
    let offset = stored - first_stored_index(low);
    (low, usize::try_from(offset).unwrap_or(usize::MAX))
}

/// The root hash of the tree of `size` leaves.
pub fn root<R: HashReader>(size: u64, reader: &R) -> Result<Hash, LogError> {
    tlog_tiles::tree_hash(size, reader).map_err(LogError::from)
}

/// The inclusion proof of leaf `index` in the tree of `size` leaves.
pub fn inclusion_proof<R: HashReader>(
    index: u64,
    size: u64,
    reader: &R,
) -> Result<Vec<Hash>, LogError> {
    tlog_tiles::prove_record(size, index, reader).map_err(LogError::from)
}

/// The consistency proof from the tree of `old` leaves to the tree of `new` leaves.
pub fn consistency_proof<R: HashReader>(
    old: u64,
    new: u64,
    reader: &R,
) -> Result<Vec<Hash>, LogError> {
    tlog_tiles::prove_tree(new, old, reader).map_err(LogError::from)
}

/// Checks an inclusion proof of `leaf` at `index` in the tree of `size` leaves with `root`.
pub fn check_inclusion(
    proof: &[Hash],
    size: u64,
    root: Hash,
    index: u64,
    leaf: Hash,
) -> Result<(), LogError> {
    tlog_tiles::check_record(&proof.to_vec(), size, root, index, leaf).map_err(LogError::from)
}

/// Checks that the tree of `new` leaves with `new_root` extends the tree of `old` leaves with
/// `old_root`.
pub fn check_consistency(
    proof: &[Hash],
    old: u64,
    old_root: Hash,
    new: u64,
    new_root: Hash,
) -> Result<(), LogError> {
    tlog_tiles::check_tree(&proof.to_vec(), new, new_root, old, old_root).map_err(LogError::from)
}
