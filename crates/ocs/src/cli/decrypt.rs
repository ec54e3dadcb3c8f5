//! Opening every row of a bundle with the organiser's key, in parallel batches, for the commands
//! that decrypt (`ocs export`, `ocs stats --key`).

use anyhow::Result;
use indicatif::ProgressBar;
use ocs_core::ledger::Row;
use ocs_core::rules::Ruleset;
use ocs_core::{SecretKey, Statement};

use crate::bundle::Bundle;
use crate::handover::{open_rows, Failure, Filter, HandOver};

/// Rows decrypted in parallel per batch: large enough to keep every core busy, small enough that
/// a million-row bundle never sits in memory decrypted.
const BATCH: usize = 4096;

/// Rows that were not opened, and why.
#[derive(Debug, Default)]
pub struct Passed {
    /// Tombstones of erased statements (nothing to open).
    pub erased: u64,
    /// Rows outside the filter.
    pub skipped: u64,
}

/// Opens every row the filter admits, shard by shard, and hands each result (the statement and
/// its hand-over record) to `each` in ledger order. `progress` advances once per row.
pub fn open_all(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
    filter: &Filter,
    progress: &ProgressBar,
    mut each: impl FnMut(Result<(Statement, HandOver), Failure>) -> Result<()>,
) -> Result<Passed> {
    let mut passed = Passed::default();
    let tick = || progress.inc(1);
    for shard in 0..bundle.manifest.shards {
        let mut rows = bundle.rows(shard)?.peekable();
        while rows.peek().is_some() {
            let mut batch: Vec<Row> = Vec::with_capacity(BATCH);
            for row in rows.by_ref().take(BATCH) {
                let row = row?;
                if row.is_erased() {
                    passed.erased += 1;
                    progress.inc(1);
                } else if filter.admits(&row) {
                    batch.push(row);
                } else {
                    passed.skipped += 1;
                    progress.inc(1);
                }
            }
            for opened in open_rows(key, rules, &bundle.manifest.initiative, &batch, &tick) {
                each(opened)?;
            }
        }
    }
    Ok(passed)
}
