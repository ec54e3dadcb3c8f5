//! The bundle held against the transparency log: offline against what `ocs pull` recorded, and
//! online against the log the collector serves now. Every fault names the leaf (and so the
//! ledger row) where the two part. Faults are findings (lines for the user), never errors; an
//! error is a bundle or a log that could not be read at all ([`LogCheckError`]).

use ocs_core::transparency::{
    first_difference, verify_checkpoint, Hash, Leaf, LogError, MemoryTree,
};

use crate::bundle::{Bundle, BundleError};
use crate::log_client::{name_leaf, Log, LogReadError};

/// Why the log could not be checked at all.
#[derive(Debug, thiserror::Error)]
pub enum LogCheckError {
    /// The bundle could not be read.
    #[error(transparent)]
    Bundle(#[from] BundleError),
    /// The leaf hashes kept do not make a tree.
    #[error(transparent)]
    Tree(#[from] LogError),
    /// The collector's log could not be read.
    #[error(transparent)]
    Read(#[from] LogReadError),
}

/// What a check returns.
pub type Result<T> = std::result::Result<T, LogCheckError>;

/// The leaf hashes of a shard's rows in the bundle.
pub fn row_leaves(bundle: &Bundle, shard: u32) -> std::result::Result<Vec<Hash>, BundleError> {
    let mut out = Vec::new();
    for row in bundle.rows(shard)? {
        out.push(Leaf::of_row(&row?).hash());
    }
    Ok(out)
}

/// Where the rows and the log's leaves part, as a fault (rows may run ahead of the log's
/// leaves: they were signed after the checkpoint).
pub fn compare_leaves(shard: u32, rows: &[Hash], log: &[Hash]) -> Option<String> {
    let common = rows.len().min(log.len());
    let prefix = |v: &[Hash]| v.get(..common).map(<[Hash]>::to_vec).unwrap_or_default();
    if let Some(at) = first_difference(&prefix(rows), &prefix(log)) {
        return Some(format!(
            "LOG: {}: the row is not the leaf the log recorded (a row altered, removed or inserted at the collector)",
            name_leaf(shard, at)
        ));
    }
    (log.len() > rows.len()).then(|| {
        format!(
            "LOG: {}: the log holds {} leaves, the bundle only {} rows (rows removed)",
            name_leaf(shard, rows.len() as u64),
            log.len(),
            rows.len()
        )
    })
}

/// What the offline check found.
#[derive(Default)]
pub struct Offline {
    /// Per shard: leaves recorded and the largest checkpoint recorded.
    pub shards: Vec<(u32, u64, u64)>,
    /// Every fault.
    pub faults: Vec<String>,
}

/// Holds the bundle against the checkpoints and leaves it recorded (no network).
pub fn offline(bundle: &Bundle) -> Result<Offline> {
    let mut out = Offline::default();
    let recorded = bundle.checkpoints()?;
    let Some(key) = bundle.log_key()? else {
        if !recorded.is_empty() {
            out.faults
                .push("LOG: checkpoints recorded but no log key pinned (log-key.txt)".into());
        }
        return Ok(out);
    };
    for shard in 0..bundle.manifest.shards {
        let leaves = bundle.log_leaves(shard)?;
        let tree = MemoryTree::from_leaf_hashes(leaves.iter().copied())?;
        let mut largest = 0;
        for r in recorded.iter().filter(|r| r.shard == shard) {
            let checkpoint = match verify_checkpoint(&r.checkpoint, &key) {
                Ok(c) => c,
                Err(e) => {
                    out.faults
                        .push(format!("LOG: shard {shard}: a recorded checkpoint: {e}"));
                    continue;
                }
            };
            largest = largest.max(checkpoint.size);
            if checkpoint.size > tree.size() {
                out.faults.push(format!(
                    "LOG: shard {shard}: a checkpoint of {} leaves recorded, {} leaf hashes kept",
                    checkpoint.size,
                    tree.size()
                ));
            } else if tree.root(checkpoint.size)? != checkpoint.root {
                out.faults.push(format!(
                    "LOG: shard {shard}: the leaf hashes kept do not make the recorded checkpoint of {} leaves",
                    checkpoint.size
                ));
            }
        }
        if let Some(fault) = compare_leaves(shard, &row_leaves(bundle, shard)?, &leaves) {
            out.faults.push(fault);
        }
        out.shards.push((shard, tree.size(), largest));
    }
    Ok(out)
}

/// Holds a shard's recorded log against the log served now: the latest checkpoint must extend
/// the last one recorded, and the leaves recorded must be the log's. Returns the checkpoint
/// served (checked) and the faults.
pub fn against_served(
    bundle: &Bundle,
    log: &Log<'_>,
    shard: u32,
) -> Result<(
    Option<ocs_core::transparency::SignedCheckpoint>,
    Vec<String>,
)> {
    let mut faults = Vec::new();
    let last = bundle
        .checkpoints()?
        .into_iter()
        .rev()
        .find(|r| r.shard == shard)
        .map(|r| log.check(shard, &r.checkpoint))
        .transpose()?;
    let wanted = last.as_ref().map_or(0, |l| l.size);
    let Some(now) = log.checkpoint_at_least(shard, wanted)? else {
        return Ok((None, faults));
    };
    if let Some(last) = last {
        if !log.consistent(shard, &last, &now)? {
            let ours = bundle.log_leaves(shard)?;
            let theirs = log.leaves(shard, &now, 0, last.size.min(now.size))?;
            let at = first_difference(&ours, &theirs).unwrap_or(0);
            faults.push(format!(
                "LOG: shard {shard}: the log's checkpoint of {} leaves does not extend the one of {} leaves recorded before: {} was changed",
                now.size,
                last.size,
                name_leaf(shard, at)
            ));
        }
    }
    Ok((Some(now), faults))
}
