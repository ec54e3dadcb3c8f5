//! The shard's transparency log (docs/transparency.md): the stored hashes of its Merkle tree, in
//! the shard's own SQLite, appended in the same synchronous step as the row, so the log costs no
//! extra Durable Object round trip and every row has its leaf. After each change the shard signs
//! a new checkpoint; the tree only grows, and nothing else writes it, so no two checkpoints of
//! the shard can disagree.

use ocs_core::ledger::Row;
use ocs_core::transparency::receipt::encode_hashes;
use ocs_core::transparency::{
    self, first_stored_index, hashes_to_store, inclusion_proof, origin, sign_checkpoint, Hash,
    HashReader, Leaf, LogKey, LogReceipt, Tile, TreeError,
};
use serde::Deserialize;
use worker::{SqlStorage, SqlStorageValue};

use crate::error::{EdgeError, EdgeResult};

/// The tables of the log. `log` holds the size, the erased count (kept by a trigger in the step
/// that makes the tombstone, as the ledger's counters are, so no checkpoint has to count rows)
/// and the latest checkpoint.
pub const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS tree (idx INTEGER PRIMARY KEY, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS log (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TRIGGER IF NOT EXISTS log_erasure AFTER UPDATE OF erased_at ON rows
WHEN OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL BEGIN
  INSERT INTO log (name, value) VALUES ('erased', '1')
  ON CONFLICT (name) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT);
END;
";

/// Parameters bound per query (the platform's limit is 100).
const MAX_BOUND: usize = 90;

/// Tiles are 2^8 hashes wide (tlog-tiles).
pub const TILE_HEIGHT: u8 = 8;

#[derive(Deserialize)]
struct Stored {
    idx: i64,
    hash: String,
}

/// Reads stored hashes from the shard's SQLite.
pub struct SqlHashes<'a>(pub &'a SqlStorage);

impl HashReader for SqlHashes<'_> {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, TreeError> {
        if indexes.is_empty() {
            return Ok(Vec::new());
        }
        // Durable Objects' SQLite binds at most 100 parameters per statement: a tile needs 256.
        let mut rows: Vec<Stored> = Vec::with_capacity(indexes.len());
        for chunk in indexes.chunks(MAX_BOUND) {
            let placeholders = vec!["?"; chunk.len()].join(",");
            let params: Vec<SqlStorageValue> = chunk
                .iter()
                .map(|i| i64::try_from(*i).unwrap_or(i64::MAX).into())
                .collect();
            let found: Vec<Stored> = self
                .0
                .exec(
                    &format!("SELECT idx, hash FROM tree WHERE idx IN ({placeholders})"),
                    Some(params),
                )
                .and_then(|c| c.to_array())
                .map_err(|_| TreeError::IndexesNotInTree)?;
            rows.extend(found);
        }
        let by_index: std::collections::HashMap<i64, String> =
            rows.into_iter().map(|r| (r.idx, r.hash)).collect();
        indexes
            .iter()
            .map(|want| {
                let found = i64::try_from(*want)
                    .ok()
                    .and_then(|i| by_index.get(&i))
                    .ok_or(TreeError::IndexesNotInTree)?;
                let mut hash = [0u8; 32];
                hex::decode_to_slice(found, &mut hash).map_err(|_| TreeError::IndexesNotInTree)?;
                Ok(Hash(hash))
            })
            .collect()
    }
}

fn internal(e: impl std::fmt::Display) -> EdgeError {
    EdgeError::Internal(format!("log: {e}"))
}

/// A value of the `log` table.
fn log_value(sql: &SqlStorage, name: &str) -> EdgeResult<Option<String>> {
    #[derive(Deserialize)]
    struct V {
        value: String,
    }
    let v: Vec<V> = sql
        .exec("SELECT value FROM log WHERE name = ?", vec![name.into()])?
        .to_array()?;
    Ok(v.into_iter().next().map(|v| v.value))
}

/// A count of the `log` table (0 until first set).
fn log_count(sql: &SqlStorage, name: &str) -> EdgeResult<u64> {
    Ok(log_value(sql, name)?
        .and_then(|v| v.parse().ok())
        .unwrap_or(0))
}

/// The log's size: leaves appended so far, as the log itself recorded it (never derived from the
/// rows, so that rows lost or removed from storage cannot shrink the tree that is served).
pub fn size(sql: &SqlStorage) -> EdgeResult<u64> {
    log_count(sql, "size")
}

/// Signs and stores the checkpoint of the tree as it is now; returns it.
pub fn sign_now(
    sql: &SqlStorage,
    key: &LogKey,
    initiative: &str,
    shard: u32,
) -> EdgeResult<String> {
    let size = size(sql)?;
    let root = transparency::root(size, &SqlHashes(sql)).map_err(internal)?;
    let erased = log_count(sql, "erased")?;
    let note =
        sign_checkpoint(key, &origin(initiative, shard), size, root, erased).map_err(internal)?;
    sql.exec(
        "INSERT INTO log (name, value) VALUES ('checkpoint', ?) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        vec![note.clone().into()],
    )?;
    Ok(note)
}

/// The hashes `row`'s leaf adds to the tree, computed before anything is written: a row whose
/// leaf cannot be appended (its index is not the log's next, a hash cannot be read) is refused
/// before it is stored, so a row never exists without its leaf.
pub fn prepare(sql: &SqlStorage, row: &Row) -> EdgeResult<Vec<Hash>> {
    let leaf = Leaf::of_row(row);
    let index = leaf.index();
    let size = size(sql)?;
    if index != size {
        return Err(internal(format!(
            "row {} would be leaf {index} of a log of {size} leaves: the ledger and its log disagree",
            row.seq
        )));
    }
    hashes_to_store(index, &leaf, &SqlHashes(sql)).map_err(internal)
}

/// Appends the leaf of `row` (just inserted, the last row) with the hashes [`prepare`] made,
/// signs the new checkpoint and returns the signatory's receipt.
pub fn append(
    sql: &SqlStorage,
    key: &LogKey,
    initiative: &str,
    row: &Row,
    hashes: &[Hash],
) -> EdgeResult<LogReceipt> {
    let leaf = Leaf::of_row(row);
    let index = leaf.index();
    let reader = SqlHashes(sql);
    let first = first_stored_index(index);
    for (offset, hash) in (0u64..).zip(hashes) {
        let idx = i64::try_from(first + offset).map_err(internal)?;
        sql.exec(
            "INSERT INTO tree (idx, hash) VALUES (?, ?)",
            vec![idx.into(), hex::encode(hash.0).into()],
        )?;
    }
    sql.exec(
        "INSERT INTO log (name, value) VALUES ('size', ?) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        vec![(index + 1).to_string().into()],
    )?;
    let checkpoint = sign_now(sql, key, initiative, row.shard)?;
    let proof = inclusion_proof(index, row.seq, &reader).map_err(internal)?;
    Ok(LogReceipt {
        format: transparency::receipt::FORMAT.into(),
        v: 1,
        key: key.verifier_key(),
        leaf,
        checkpoint,
        inclusion: encode_hashes(&proof),
    })
}

/// The latest signed checkpoint, if the shard signed one.
pub fn checkpoint(sql: &SqlStorage) -> EdgeResult<Option<String>> {
    log_value(sql, "checkpoint")
}

/// A tile by its tlog-tiles path after `tile/` (`<L>/<N>[.p/<W>]`), if the tree holds it; `None`
/// for a tile beyond the tree (404).
pub fn tile(sql: &SqlStorage, path: &str) -> EdgeResult<Option<(Vec<u8>, bool)>> {
    let Ok(tile) = Tile::from_path(&format!("tile/{TILE_HEIGHT}/{path}")) else {
        return Ok(None);
    };
    // Data tiles (entry bundles) are not served: the leaves' inputs are for their receipt holders
    // and the organiser (docs/transparency.md, "Privacy").
    if tile.is_data() {
        return Ok(None);
    }
    let size = size(sql)?;
    let level_width = size >> (u64::from(TILE_HEIGHT) * u64::from(tile.level()));
    let start = tile.level_index() << TILE_HEIGHT;
    let end = start + u64::from(tile.width());
    if end > level_width {
        return Ok(None);
    }
    let data = tile.read_data(&SqlHashes(sql)).map_err(internal)?;
    let full = tile.width() == 1 << TILE_HEIGHT;
    Ok(Some((data, full)))
}
