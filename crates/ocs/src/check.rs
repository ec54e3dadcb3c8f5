//! A bundle's integrity, checked row by row as the rows are read: every shard's hash chain and
//! sequence, and that no statement id or dedupe token appears twice across the bundle.
//!
//! `ocs verify` reads a bundle only to check it ([`crate::bundle::Bundle::verify`]); the commands
//! that decrypt feed the same [`Checker`] the rows they read anyway, so a bundle is read and
//! parsed once per command, not once to check it and again to open it.

use std::collections::BTreeMap;

use ocs_core::ledger::{ChainFault, Row, ShardVerifier};

use crate::bundle::{Bundle, BundleError};
use crate::repeats::{Exact, Fingerprints};

/// A bundle's integrity: per-shard faults and statements found in more than one place.
#[derive(Debug, Default)]
pub struct Report {
    /// Rows in all shards, tombstones included.
    pub rows: u64,
    /// Per shard: rows and the head hash (hex) when the chain is intact.
    pub shards: Vec<(u32, u64, Option<String>)>,
    /// Every chain fault.
    pub faults: Vec<ChainFault>,
    /// Statement ids or dedupe tokens that appear more than once: (what, places as shard/seq).
    pub duplicates: Vec<(String, Vec<(u32, u64)>)>,
    /// Statements per nationality, erased ones not counted.
    pub per_nationality: BTreeMap<String, u64>,
    /// Rows that are tombstones of erased statements.
    pub erased: u64,
}

impl Report {
    /// No chain fault and no duplicate.
    pub fn is_clean(&self) -> bool {
        self.faults.is_empty() && self.duplicates.is_empty()
    }
}

impl Bundle {
    /// Checks every shard's chain and sequence, and that no statement id or dedupe token appears
    /// twice across the bundle.
    pub fn verify(&self) -> Result<Report, BundleError> {
        let mut checker = Checker::new(self);
        for shard in 0..self.manifest.shards {
            checker.start_shard(shard);
            for row in self.rows(shard)? {
                checker.push(&row?);
            }
        }
        checker.finish()
    }
}

/// The shard being read: its chain so far and how many rows it had.
struct Current {
    shard: u32,
    verifier: ShardVerifier,
    rows: u64,
}

/// Checks a bundle's rows in bundle order: call [`Checker::start_shard`] for every shard of the
/// manifest in turn, [`Checker::push`] for each of its rows, then [`Checker::finish`].
pub struct Checker<'b> {
    bundle: &'b Bundle,
    report: Report,
    fingerprints: Fingerprints,
    current: Option<Current>,
}

impl<'b> Checker<'b> {
    /// A checker for `bundle`'s rows.
    pub fn new(bundle: &'b Bundle) -> Self {
        Checker {
            bundle,
            report: Report::default(),
            fingerprints: Fingerprints::default(),
            current: None,
        }
    }

    /// The rows that follow are `shard`'s (the previous shard, if any, is complete).
    pub fn start_shard(&mut self, shard: u32) {
        self.end_shard();
        self.current = Some(Current {
            shard,
            verifier: ShardVerifier::new(&self.bundle.manifest.initiative, shard),
            rows: 0,
        });
    }

    /// Checks the next row of the current shard.
    pub fn push(&mut self, row: &Row) {
        let Some(current) = self.current.as_mut() else {
            // Rows before any shard was started: check them as shard 0's, which names them.
            self.start_shard(0);
            return self.push(row);
        };
        current.verifier.push(row);
        current.rows += 1;
        self.fingerprints.push(row);
        self.report.rows += 1;
        if row.is_erased() {
            self.report.erased += 1;
        } else {
            *self
                .report
                .per_nationality
                .entry(row.nationality.clone())
                .or_default() += 1;
        }
    }

    fn end_shard(&mut self) {
        let Some(Current {
            shard,
            verifier,
            rows,
        }) = self.current.take()
        else {
            return;
        };
        match verifier.finish() {
            Ok((head, _)) => self
                .report
                .shards
                .push((shard, rows, Some(hex::encode(head)))),
            Err(faults) => {
                self.report.shards.push((shard, rows, None));
                self.report.faults.extend(faults);
            }
        }
    }

    /// The report. When fingerprints repeat (a duplicate, or two keys sharing a fingerprint),
    /// the bundle is read again to find the repeats exactly; a clean bundle is not.
    pub fn finish(mut self) -> Result<Report, BundleError> {
        self.end_shard();
        let mut report = self.report;
        if let Some(suspects) = self.fingerprints.suspects() {
            let mut exact = Exact::default();
            for shard in 0..self.bundle.manifest.shards {
                for row in self.bundle.rows(shard)? {
                    exact.push(&suspects, &row?);
                }
            }
            report.duplicates = exact.repeats();
        }
        report.duplicates.sort();
        Ok(report)
    }
}
