//! Opening every row of a bundle with the organiser's key, in parallel batches, for the commands
//! that decrypt (`ocs export`, `ocs stats --key`).

use ocs_core::ledger::Row;
use ocs_core::rules::Ruleset;
use ocs_core::{SecretKey, Statement};

use crate::bundle::{Bundle, BundleError};
use crate::check::{Checker, Report};
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
/// its hand-over record) to `each` in ledger order. Every row read, admitted or not, is also
/// checked for the bundle's integrity on the way (chains, sequences, repeats: the same check as
/// `ocs verify`), so the bundle is read once; the report comes back with the rows passed over,
/// and it is for the caller to refuse what `each` made from a bundle that is not clean.
/// `progress` is told the bytes read so far ([`Bundle::shard_bytes`] in all). An error of
/// `each` stops the reading and is returned.
pub fn open_all<E: From<BundleError>>(
    bundle: &Bundle,
    key: &SecretKey,
    rules: &Ruleset,
    filter: &Filter,
    mut progress: impl FnMut(u64),
    mut each: impl FnMut(Result<(Statement, HandOver), Failure>) -> Result<(), E>,
) -> Result<(Passed, Report), E> {
    let mut passed = Passed::default();
    let mut checker = Checker::new(bundle);
    let mut done = 0;
    for shard in 0..bundle.manifest.shards {
        checker.start_shard(shard);
        let mut rows = bundle.rows(shard)?;
        loop {
            let mut batch: Vec<Row> = Vec::with_capacity(BATCH);
            let mut read = 0;
            for row in rows.by_ref().take(BATCH) {
                let row = row?;
                read += 1;
                checker.push(&row);
                if row.is_erased() {
                    passed.erased += 1;
                } else if filter.admits(&row) {
                    batch.push(row);
                } else {
                    passed.skipped += 1;
                }
            }
            for opened in open_rows(key, rules, &bundle.manifest.initiative, &batch) {
                each(opened)?;
            }
            progress(done + rows.bytes_read());
            if read < BATCH {
                break;
            }
        }
        done += rows.bytes_read();
    }
    Ok((passed, checker.finish()?))
}
