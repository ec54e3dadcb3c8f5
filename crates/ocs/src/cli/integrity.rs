//! The integrity gate of the commands that decrypt (`ocs export`).

use anyhow::{bail, Result};

use crate::bundle::Bundle;

/// Refuses a bundle with integrity faults unless the organiser chose to go on; returns how many
/// rows it holds.
pub fn require_clean(bundle: &Bundle, ignore_faults: bool) -> Result<u64> {
    let report = bundle.verify()?;
    if !report.is_clean() {
        for fault in &report.faults {
            eprintln!("FAULT: {fault}");
        }
        for (what, places) in &report.duplicates {
            eprintln!("FAULT: {what} appears at {places:?} (shard, row)");
        }
        if !ignore_faults {
            bail!(
                "the bundle has integrity faults (see `ocs verify {}`); pass --ignore-faults to export anyway",
                bundle.dir.display()
            );
        }
        eprintln!("warning: exporting despite integrity faults (--ignore-faults)");
    }
    Ok(report.rows)
}
