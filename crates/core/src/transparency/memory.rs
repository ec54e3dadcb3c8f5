//! A log's tree held in memory: what `ocs` rebuilds from a bundle's rows (or a list of leaf
//! hashes) to hold them against the log's signed checkpoints.

use tlog_tiles::{Hash, HashReader};

use super::tree::{root, LogError};
use tlog_tiles::Error as TreeError;

/// The stored hashes of a tree, in tlog's layout.
#[derive(Debug, Default, Clone)]
pub struct MemoryTree {
    stored: Vec<Hash>,
    leaves: Vec<Hash>,
}

impl HashReader for MemoryTree {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, TreeError> {
        indexes
            .iter()
            .map(|i| {
                usize::try_from(*i)
                    .ok()
                    .and_then(|i| self.stored.get(i).copied())
                    .ok_or(TreeError::IndexesNotInTree)
            })
            .collect()
    }
}

impl MemoryTree {
    /// An empty tree.
    pub fn new() -> MemoryTree {
        MemoryTree::default()
    }

    /// The tree of these leaf hashes, in order.
    pub fn from_leaf_hashes(
        leaves: impl IntoIterator<Item = Hash>,
    ) -> Result<MemoryTree, LogError> {
        let mut tree = MemoryTree::new();
        for leaf in leaves {
            tree.push(leaf)?;
        }
        Ok(tree)
    }

    /// Appends a leaf hash.
    pub fn push(&mut self, leaf: Hash) -> Result<(), LogError> {
        let index = self.leaves.len() as u64;
        let hashes = tlog_tiles::stored_hashes_for_record_hash(index, leaf, self)?;
        self.stored.extend(hashes);
        self.leaves.push(leaf);
        Ok(())
    }

    /// Leaves in the tree.
    pub fn size(&self) -> u64 {
        self.leaves.len() as u64
    }

    /// Every stored hash, in tlog's layout (what a log keeps to serve tiles).
    pub fn stored(&self) -> &[Hash] {
        &self.stored
    }

    /// The leaf hashes, in order.
    pub fn leaves(&self) -> &[Hash] {
        &self.leaves
    }

    /// The root hash of the first `size` leaves.
    pub fn root(&self, size: u64) -> Result<Hash, LogError> {
        if size > self.size() {
            return Err(LogError::Larger {
                asked: size,
                held: self.size(),
            });
        }
        root(size, self)
    }
}

/// The first index at which two lists of leaf hashes differ (or where one ends before the
/// other), if they differ: the leaf to name when a tree does not match.
pub fn first_difference(ours: &[Hash], theirs: &[Hash]) -> Option<u64> {
    let same = ours.iter().zip(theirs).take_while(|(a, b)| a == b).count();
    (same < ours.len().max(theirs.len())).then_some(same as u64)
}

/// Leaf hashes stored back to back (32 bytes each, as `ocs` keeps them); a cut-short last hash
/// is left out.
pub fn hashes_from_bytes(bytes: &[u8]) -> Vec<Hash> {
    bytes
        .chunks_exact(32)
        .filter_map(|c| <[u8; 32]>::try_from(c).ok().map(Hash))
        .collect()
}
