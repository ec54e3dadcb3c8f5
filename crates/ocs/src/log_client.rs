//! The collector's transparency log as `ocs` reads it (docs/transparency.md): its description,
//! the shards' signed checkpoints, and hash tiles, every one of them checked before use
//! (signatures against the pinned key, tiles against a signed root through tlog's
//! `TileHashReader`). Every failure is a [`LogReadError`].

use ocs_core::transparency::{
    self, check_consistency, check_inclusion, verify_checkpoint, Hash, HashReader, LogError,
    SignedCheckpoint, Tile, TileHashReader, TileReader, TreeError,
};
use serde::Deserialize;

use crate::collector::{sanitise, Collector, CollectorError, MAX_SHARDS};

/// What is wrong with a collector's log, or with reading it.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // Each variant is documented by its message.
pub enum LogReadError {
    #[error(transparent)]
    Collector(#[from] CollectorError),
    #[error("reading the log's description")]
    Description(#[source] serde_json::Error),
    #[error("the collector's log description is inconsistent")]
    Inconsistent,
    #[error("the collector's log key: {0}")]
    Key(#[source] LogError),
    #[error(
        "KEY: the collector's log key is now {now}, not {pinned} as pinned: the log was replaced"
    )]
    KeyChanged { now: String, pinned: String },
    #[error("shard {0}: the checkpoint is not UTF-8")]
    NotText(u32),
    #[error("shard {shard}: the checkpoint is refused: {source}")]
    Refused {
        shard: u32,
        #[source]
        source: LogError,
    },
    #[error("the log has no shard {0}")]
    NoShard(u32),
    #[error("shard {shard}: a checkpoint of {got} where {due} was due")]
    WrongOrigin {
        shard: u32,
        got: String,
        due: String,
    },
    #[error("shard {shard}: the log's tiles do not make its signed tree: {source}")]
    Tiles {
        shard: u32,
        #[source]
        source: TreeError,
    },
}

/// What reading a log returns.
pub type Result<T> = std::result::Result<T, LogReadError>;

/// `GET /log/`.
#[derive(Debug, Clone, Deserialize)]
pub struct LogInfo {
    /// The log's verifier key (signed-note format).
    pub verifier_key: String,
    /// Shards, each a log of its own.
    pub shards: u32,
    /// Each shard's checkpoint origin.
    pub origins: Vec<String>,
    /// The tiles' height.
    pub tile_height: u8,
}

/// The log of one collector, its key checked against a pinned one where there is one.
pub struct Log<'a> {
    collector: &'a Collector,
    /// What the collector says of its log.
    pub info: LogInfo,
}

/// How long a collector's caches may serve a checkpoint older than its latest: the collector
/// keeps each checkpoint for 5 seconds (src/log.rs, `CHECKPOINT_SECONDS`), here with a margin.
const CHECKPOINT_STALENESS: std::time::Duration = std::time::Duration::from_secs(6);

/// Leaf hashes fetched per request batch (64 full tiles).
const LEAF_BATCH: u64 = 256 * 64;

struct Tiles<'a> {
    collector: &'a Collector,
    shard: u32,
    height: u8,
}

impl TileReader for Tiles<'_> {
    fn height(&self) -> u8 {
        self.height
    }

    fn read_tiles(&self, tiles: &[Tile]) -> std::result::Result<Vec<Vec<u8>>, TreeError> {
        tiles
            .iter()
            .map(|tile| {
                // tlog's path is `tile/H/L/N…`; tlog-tiles URLs leave out the height.
                let path = tile.path();
                let rest = path
                    .strip_prefix(&format!("tile/{}/", self.height))
                    .ok_or(TreeError::InvalidTile)?;
                let url = format!("/log/{}/tile/{rest}", self.shard);
                let data = self
                    .collector
                    .public_bytes(&url, "a log tile")
                    .map_err(|e| TreeError::InvalidInput(e.to_string()))?
                    .ok_or(TreeError::InvalidTile)?;
                if data.len() != tile.width() as usize * 32 {
                    return Err(TreeError::InvalidTile);
                }
                Ok(data)
            })
            .collect()
    }

    fn save_tiles(&self, _tiles: &[Tile], _data: &[Vec<u8>]) {}
}

impl<'a> Log<'a> {
    /// The collector's log, or `None` where it has none (an older version, or the log off).
    /// With `pinned`, the collector's key must be that one.
    pub fn fetch(collector: &'a Collector, pinned: Option<&str>) -> Result<Option<Log<'a>>> {
        let Some(bytes) = collector.public_bytes("/log/", "the log's description")? else {
            return Ok(None);
        };
        let info: LogInfo = serde_json::from_slice(&bytes).map_err(LogReadError::Description)?;
        if info.shards > MAX_SHARDS
            || info.origins.len() != info.shards as usize
            || info.tile_height == 0
            || info.tile_height > 30
        {
            return Err(LogReadError::Inconsistent);
        }
        transparency::key::verifier(&info.verifier_key).map_err(LogReadError::Key)?;
        if let Some(pinned) = pinned {
            if pinned.trim() != info.verifier_key.trim() {
                return Err(LogReadError::KeyChanged {
                    now: sanitise(&info.verifier_key),
                    pinned: pinned.trim().to_owned(),
                });
            }
        }
        Ok(Some(Log { collector, info }))
    }

    /// The shard's latest checkpoint, its signature and origin checked; `None` before the first
    /// statement of a shard that never signed one.
    pub fn checkpoint(&self, shard: u32) -> Result<Option<SignedCheckpoint>> {
        let Some(bytes) = self.collector.public_bytes(
            &format!("/log/{shard}/checkpoint"),
            &format!("shard {shard}'s checkpoint"),
        )?
        else {
            return Ok(None);
        };
        let text = String::from_utf8(bytes).map_err(|_| LogReadError::NotText(shard))?;
        self.check(shard, &text).map(Some)
    }

    /// The shard's latest checkpoint, once it is at least `size` leaves large: a cache may
    /// serve an older one for a few seconds, so an older one is asked for again (twice, a cache
    /// period apart) before it is taken as what the log serves.
    pub fn checkpoint_at_least(&self, shard: u32, size: u64) -> Result<Option<SignedCheckpoint>> {
        let mut now = self.checkpoint(shard)?;
        for _ in 0..2 {
            if size == 0 || now.as_ref().is_some_and(|c| c.size >= size) {
                break;
            }
            std::thread::sleep(CHECKPOINT_STALENESS);
            now = self.checkpoint(shard)?;
        }
        Ok(now)
    }

    /// Checks a checkpoint of `shard`: signed by the log key, of the shard's origin.
    pub fn check(&self, shard: u32, text: &str) -> Result<SignedCheckpoint> {
        let checkpoint = verify_checkpoint(text, &self.info.verifier_key)
            .map_err(|source| LogReadError::Refused { shard, source })?;
        let origin = self
            .info
            .origins
            .get(shard as usize)
            .ok_or(LogReadError::NoShard(shard))?;
        if &checkpoint.origin != origin {
            return Err(LogReadError::WrongOrigin {
                shard,
                got: sanitise(&checkpoint.origin),
                due: origin.clone(),
            });
        }
        Ok(checkpoint)
    }

    fn tiles(&self, shard: u32) -> Tiles<'_> {
        Tiles {
            collector: self.collector,
            shard,
            height: self.info.tile_height,
        }
    }

    /// The leaf hashes `from..to` of the tree `checkpoint` signs, every tile checked against its
    /// root.
    pub fn leaves(
        &self,
        shard: u32,
        checkpoint: &SignedCheckpoint,
        from: u64,
        to: u64,
    ) -> Result<Vec<Hash>> {
        let tiles = self.tiles(shard);
        let reader = TileHashReader::new(checkpoint.size, checkpoint.root, &tiles);
        let mut out = Vec::new();
        let mut start = from;
        while start < to.min(checkpoint.size) {
            let end = (start + LEAF_BATCH).min(to).min(checkpoint.size);
            let indexes: Vec<u64> = (start..end).map(transparency::first_stored_index).collect();
            out.extend(
                reader
                    .read_hashes(&indexes)
                    .map_err(|source| LogReadError::Tiles { shard, source })?,
            );
            start = end;
        }
        Ok(out)
    }

    /// Whether `newer` extends `older` (both of `shard`), by a consistency proof made from the
    /// log's tiles.
    pub fn consistent(
        &self,
        shard: u32,
        older: &SignedCheckpoint,
        newer: &SignedCheckpoint,
    ) -> Result<bool> {
        if older.size > newer.size {
            return Ok(false);
        }
        if older.size == newer.size || older.size == 0 {
            return Ok(older.size == 0 || older.root == newer.root);
        }
        let tiles = self.tiles(shard);
        let reader = TileHashReader::new(newer.size, newer.root, &tiles);
        let Ok(proof) = transparency::consistency_proof(older.size, newer.size, &reader) else {
            return Ok(false);
        };
        Ok(check_consistency(&proof, older.size, older.root, newer.size, newer.root).is_ok())
    }

    /// Whether `leaf` is leaf `index` of the tree `checkpoint` signs.
    pub fn includes(
        &self,
        shard: u32,
        checkpoint: &SignedCheckpoint,
        index: u64,
        leaf: Hash,
    ) -> Result<bool> {
        if index >= checkpoint.size {
            return Ok(false);
        }
        let tiles = self.tiles(shard);
        let reader = TileHashReader::new(checkpoint.size, checkpoint.root, &tiles);
        let Ok(proof) = transparency::inclusion_proof(index, checkpoint.size, &reader) else {
            return Ok(false);
        };
        Ok(check_inclusion(&proof, checkpoint.size, checkpoint.root, index, leaf).is_ok())
    }
}

/// The sentence naming a leaf: its index and the ledger row it stands for.
pub fn name_leaf(shard: u32, index: u64) -> String {
    format!("shard {shard}, leaf {index} (ledger row {})", index + 1)
}
