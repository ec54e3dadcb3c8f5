//! The shard's transparency log (docs/transparency.md): its Merkle tree, in the shard's own
//! SQLite, appended in the same transaction as the row, so the log costs no extra Durable Object
//! round trip and every row has its leaf. After each change the shard signs a new checkpoint; the
//! tree only grows, and nothing else writes it, so no two checkpoints of the shard can disagree.
//!
//! The hashes a leaf adds to the tree (tlog's stored-hash layout: one, plus one per level it
//! completes) are kept in its own ledger row (`rows.leaf_hashes`), written by the row's INSERT:
//! the tree costs no row written of its own. Shards written before kept them one per row of the
//! `tree` table, which is still read for the rows that have none. The log's size is the one its
//! latest signed checkpoint states: the log's own record, never derived from the rows.

use ocs_core::ledger::Row;
use ocs_core::transparency::receipt::encode_hashes;
use ocs_core::transparency::{
    self, hashes_to_store, inclusion_proof, leaf_of_stored_index, origin, sign_checkpoint, Hash,
    HashReader, Leaf, LogKey, LogReceipt, Tile, TreeError,
};
use serde::Deserialize;
use worker::SqlStorageValue;

use crate::error::{EdgeError, EdgeResult};
use crate::meter::Sql;

/// The tables of the log. `log` holds the erased count (kept by a trigger in the step that makes
/// the tombstone, as the ledger's counters are, so no checkpoint has to count rows) and the
/// latest checkpoint; `tree`, the hashes of shards written before they moved into the rows.
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

/// A leaf's hashes as its row keeps them: hex, one after the other.
pub fn encode_leaf_hashes(hashes: &[Hash]) -> String {
    hashes.iter().map(|h| hex::encode(h.0)).collect()
}

#[derive(Deserialize)]
struct LeafHashes {
    seq: i64,
    leaf_hashes: Option<String>,
}

#[derive(Deserialize)]
struct Stored {
    idx: i64,
    hash: String,
}

fn hash_at(hex_hashes: &str, offset: usize) -> Option<Hash> {
    let start = offset.checked_mul(64)?;
    let text = hex_hashes.get(start..start.checked_add(64)?)?;
    let mut hash = [0u8; 32];
    hex::decode_to_slice(text, &mut hash).ok()?;
    Some(Hash(hash))
}

/// Reads stored hashes from the shard's SQLite.
pub struct SqlHashes<'a>(pub &'a Sql);

impl SqlHashes<'_> {
    /// Each wanted leaf's hashes, by row (`seq` = leaf + 1), in chunks of bound parameters.
    fn leaf_rows(
        &self,
        leaves: &[u64],
    ) -> Result<std::collections::HashMap<u64, String>, TreeError> {
        let mut found = std::collections::HashMap::new();
        for chunk in leaves.chunks(MAX_BOUND) {
            let placeholders = vec!["?"; chunk.len()].join(",");
            let params: Vec<SqlStorageValue> = chunk
                .iter()
                .map(|leaf| i64::try_from(leaf + 1).unwrap_or(i64::MAX).into())
                .collect();
            let rows: Vec<LeafHashes> = self
                .0
                .all(
                    &format!("SELECT seq, leaf_hashes FROM rows WHERE seq IN ({placeholders})"),
                    params,
                )
                .map_err(|_| TreeError::IndexesNotInTree)?;
            for row in rows {
                if let (Ok(seq), Some(hashes)) = (u64::try_from(row.seq), row.leaf_hashes) {
                    found.insert(seq - 1, hashes);
                }
            }
        }
        Ok(found)
    }

    /// Hashes of the older layout (one row each in `tree`).
    fn tree_rows(
        &self,
        indexes: &[u64],
    ) -> Result<std::collections::HashMap<u64, Hash>, TreeError> {
        let mut found = std::collections::HashMap::new();
        for chunk in indexes.chunks(MAX_BOUND) {
            let placeholders = vec!["?"; chunk.len()].join(",");
            let params: Vec<SqlStorageValue> = chunk
                .iter()
                .map(|i| i64::try_from(*i).unwrap_or(i64::MAX).into())
                .collect();
            let rows: Vec<Stored> = self
                .0
                .all(
                    &format!("SELECT idx, hash FROM tree WHERE idx IN ({placeholders})"),
                    params,
                )
                .map_err(|_| TreeError::IndexesNotInTree)?;
            for row in rows {
                let mut hash = [0u8; 32];
                hex::decode_to_slice(&row.hash, &mut hash)
                    .map_err(|_| TreeError::IndexesNotInTree)?;
                if let Ok(idx) = u64::try_from(row.idx) {
                    found.insert(idx, Hash(hash));
                }
            }
        }
        Ok(found)
    }
}

impl HashReader for SqlHashes<'_> {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, TreeError> {
        if indexes.is_empty() {
            return Ok(Vec::new());
        }
        let places: Vec<(u64, usize)> = indexes.iter().map(|i| leaf_of_stored_index(*i)).collect();
        // Each leaf once (no sort: the bundle would carry one more sort routine for this).
        let mut leaves: Vec<u64> = Vec::with_capacity(places.len());
        for (leaf, _) in &places {
            if !leaves.contains(leaf) {
                leaves.push(*leaf);
            }
        }
        let by_leaf = self.leaf_rows(&leaves)?;
        let missing: Vec<u64> = indexes
            .iter()
            .zip(&places)
            .filter(|(_, (leaf, _))| !by_leaf.contains_key(leaf))
            .map(|(index, _)| *index)
            .collect();
        let older = if missing.is_empty() {
            std::collections::HashMap::new()
        } else {
            self.tree_rows(&missing)?
        };
        indexes
            .iter()
            .zip(&places)
            .map(|(index, (leaf, offset))| {
                match by_leaf.get(leaf) {
                    Some(hashes) => hash_at(hashes, *offset),
                    None => older.get(index).copied(),
                }
                .ok_or(TreeError::IndexesNotInTree)
            })
            .collect()
    }
}

fn internal(e: impl std::fmt::Display) -> EdgeError {
    EdgeError::Internal(format!("log: {e}"))
}

/// A value of the `log` table.
fn log_value(sql: &Sql, name: &str) -> EdgeResult<Option<String>> {
    #[derive(Deserialize)]
    struct V {
        value: String,
    }
    let v: Vec<V> = sql.all("SELECT value FROM log WHERE name = ?", vec![name.into()])?;
    Ok(v.into_iter().next().map(|v| v.value))
}

/// What the log records of itself, read in one statement.
pub struct LogState {
    /// Leaves appended so far, as the log itself recorded it in its latest signed checkpoint
    /// (never derived from the rows, so that rows lost or removed from storage cannot shrink the
    /// tree that is served). Shards written before kept it in a row of its own too.
    pub size: u64,
    /// Leaves whose rows were erased.
    pub erased: u64,
}

/// The log's size and erased count.
pub fn state(sql: &Sql) -> EdgeResult<LogState> {
    #[derive(Deserialize)]
    struct V {
        name: String,
        value: String,
    }
    let values: Vec<V> = sql.all(
        "SELECT name, value FROM log WHERE name IN ('checkpoint', 'size', 'erased')",
        Vec::new(),
    )?;
    let value = |name: &str| {
        values
            .iter()
            .find(|v| v.name == name)
            .map(|v| v.value.as_str())
    };
    let count = |name: &str| value(name).and_then(|v| v.parse().ok()).unwrap_or(0);
    let size = match value("checkpoint") {
        Some(note) => note
            .lines()
            .nth(1)
            .and_then(|line| line.parse().ok())
            .ok_or_else(|| internal("the stored checkpoint states no size"))?,
        None => count("size"),
    };
    Ok(LogState {
        size,
        erased: count("erased"),
    })
}

/// Signs and stores the checkpoint of the tree as it is now; returns it.
pub fn sign_now(sql: &Sql, key: &LogKey, initiative: &str, shard: u32) -> EdgeResult<String> {
    let state = state(sql)?;
    sign(
        sql,
        &SqlHashes(sql),
        key,
        (initiative, shard),
        state.size,
        state.erased,
    )
}

/// Signs and stores the checkpoint of the tree of `size` leaves, `erased` of them erased, of
/// the log of `initiative`'s shard; returns it.
fn sign(
    sql: &Sql,
    reader: &impl HashReader,
    key: &LogKey,
    (initiative, shard): (&str, u32),
    size: u64,
    erased: u64,
) -> EdgeResult<String> {
    let root = transparency::root(size, reader).map_err(internal)?;
    let note =
        sign_checkpoint(key, &origin(initiative, shard), size, root, erased).map_err(internal)?;
    sql.run(
        "INSERT INTO log (name, value) VALUES ('checkpoint', ?) \
         ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        vec![note.clone().into()],
    )?;
    Ok(note)
}

/// The stored hashes one append reads, each read from SQLite at most once (preparing the leaf,
/// the new root and the inclusion proof read many of the same), and the new leaf's own hashes
/// known without reading.
pub struct Memo<'a> {
    sql: &'a Sql,
    known: std::cell::RefCell<std::collections::HashMap<u64, Hash>>,
}

impl<'a> Memo<'a> {
    /// A reader of `sql`'s tree.
    pub fn new(sql: &'a Sql) -> Self {
        Memo {
            sql,
            known: std::cell::RefCell::default(),
        }
    }

    /// Records the hashes stored from index `first` on (a new leaf's).
    fn learn(&self, first: u64, hashes: &[Hash]) {
        let mut known = self.known.borrow_mut();
        for (offset, hash) in (0u64..).zip(hashes) {
            known.insert(first + offset, *hash);
        }
    }
}

impl HashReader for Memo<'_> {
    fn read_hashes(&self, indexes: &[u64]) -> Result<Vec<Hash>, TreeError> {
        let missing: Vec<u64> = {
            let known = self.known.borrow();
            indexes
                .iter()
                .copied()
                .filter(|i| !known.contains_key(i))
                .collect()
        };
        if !missing.is_empty() {
            let read = SqlHashes(self.sql).read_hashes(&missing)?;
            self.learn_all(&missing, &read);
        }
        let known = self.known.borrow();
        indexes
            .iter()
            .map(|i| known.get(i).copied().ok_or(TreeError::IndexesNotInTree))
            .collect()
    }
}

impl Memo<'_> {
    fn learn_all(&self, indexes: &[u64], hashes: &[Hash]) {
        let mut known = self.known.borrow_mut();
        for (index, hash) in indexes.iter().zip(hashes) {
            known.insert(*index, *hash);
        }
    }
}

/// The hashes `row`'s leaf adds to the tree, computed before anything is written: a row whose
/// leaf cannot be appended (its index is not the log's next, a hash cannot be read) is refused
/// before it is stored, so a row never exists without its leaf.
pub fn prepare(reader: &Memo<'_>, state: &LogState, row: &Row) -> EdgeResult<Vec<Hash>> {
    let leaf = Leaf::of_row(row);
    let index = leaf.index();
    if index != state.size {
        return Err(internal(format!(
            "row {} would be leaf {index} of a log of {} leaves: the ledger and its log disagree",
            row.seq, state.size
        )));
    }
    let hashes = hashes_to_store(index, &leaf, reader).map_err(internal)?;
    reader.learn(ocs_core::transparency::first_stored_index(index), &hashes);
    Ok(hashes)
}

/// Appends the leaf of `row` (just inserted, the last row, its hashes from [`prepare`] in it):
/// signs the new checkpoint and returns the signatory's receipt.
pub fn append(
    reader: &Memo<'_>,
    state: &LogState,
    key: &LogKey,
    initiative: &str,
    row: &Row,
) -> EdgeResult<LogReceipt> {
    let leaf = Leaf::of_row(row);
    let index = leaf.index();
    let log = (initiative, row.shard);
    let checkpoint = sign(reader.sql, reader, key, log, index + 1, state.erased)?;
    let proof = inclusion_proof(index, row.seq, reader).map_err(internal)?;
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
pub fn checkpoint(sql: &Sql) -> EdgeResult<Option<String>> {
    log_value(sql, "checkpoint")
}

/// A tile by its tlog-tiles path after `tile/` (`<L>/<N>[.p/<W>]`), if the tree holds it; `None`
/// for a tile beyond the tree (404).
pub fn tile(sql: &Sql, path: &str) -> EdgeResult<Option<(Vec<u8>, bool)>> {
    let Ok(tile) = Tile::from_path(&format!("tile/{TILE_HEIGHT}/{path}")) else {
        return Ok(None);
    };
    // Data tiles (entry bundles) are not served: the leaves' inputs are for their receipt holders
    // and the organiser (docs/transparency.md, "Privacy").
    if tile.is_data() {
        return Ok(None);
    }
    let size = state(sql)?.size;
    // A level past the tree's height is no tile of it (never a shift past 63 bits).
    let level_width = u32::from(TILE_HEIGHT)
        .checked_mul(u32::from(tile.level()))
        .and_then(|shift| size.checked_shr(shift))
        .unwrap_or(0);
    let end = tile
        .level_index()
        .checked_mul(1 << TILE_HEIGHT)
        .and_then(|start| start.checked_add(u64::from(tile.width())));
    if end.is_none_or(|end| end > level_width) {
        return Ok(None);
    }
    let data = tile.read_data(&SqlHashes(sql)).map_err(internal)?;
    let full = tile.width() == 1 << TILE_HEIGHT;
    Ok(Some((data, full)))
}
