//! The integrity gate of the commands that decrypt (`ocs export`, `ocs contacts`).

use anyhow::Result;

use crate::bundle::Bundle;
use crate::check::Report;
use crate::cli::refusal::refuse;

/// Refuses a bundle with integrity faults unless the organiser chose to go on.
pub fn require_clean(bundle: &Bundle, ignore_faults: bool) -> Result<()> {
    refuse_faults(bundle, &bundle.verify()?, ignore_faults)
}

/// Refuses the bundle `report` was made of when it has integrity faults, unless the organiser
/// chose to go on; prints every fault either way.
pub fn refuse_faults(bundle: &Bundle, report: &Report, ignore_faults: bool) -> Result<()> {
    if !report.is_clean() {
        for fault in &report.faults {
            eprintln!("FAULT: {fault}");
        }
        for (what, places) in &report.duplicates {
            eprintln!("FAULT: {what} appears at {places:?} (shard, row)");
        }
        if !ignore_faults {
            return refuse(
                format!(
                    "the bundle has integrity faults (see `ocs verify {}`)",
                    bundle.dir.display()
                ),
                "pull into a new folder and export from it; or, knowing the faults, pass --ignore-faults",
            );
        }
        eprintln!("warning: exporting despite integrity faults (--ignore-faults)");
    }
    Ok(())
}
