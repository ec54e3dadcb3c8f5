//! Rows that did not open, as the decrypting commands print them: each by (shard, row,
//! statement), at most [`SHOWN`] on the terminal (all of them go into the report), and one
//! explanation when the key is simply not the one the collector seals to.

use ocs_core::envelope::EnvelopeError;

use crate::handover::{Failure, OpenFault};

/// Failures printed one per line before the rest are counted.
const SHOWN: usize = 20;

/// Prints `failures`; `more` says where the full list is, if anywhere.
pub fn print(failures: &[Failure], more: &str) {
    for f in failures.iter().take(SHOWN) {
        println!(
            "FAILED: shard {}, row {}, statement {}: {}",
            f.shard, f.seq, f.id, f.fault
        );
    }
    if failures.len() > SHOWN {
        println!("… and {} more{more}", failures.len() - SHOWN);
    }
    let wrong_key = failures.iter().find_map(|f| match &f.fault {
        OpenFault::Envelope(EnvelopeError::WrongKey { envelope, given }) => Some((envelope, given)),
        _ => None,
    });
    if let Some((envelope, given)) = wrong_key {
        let count = failures
            .iter()
            .filter(|f| matches!(f.fault, OpenFault::Envelope(EnvelopeError::WrongKey { .. })))
            .count();
        eprintln!(
            "{count} row(s) were sealed to the key with id {envelope}, but this key file's id is \
             {given}: the collector's ORGANISER_PUBLIC_KEY is another key's (`ocs key public` \
             prints this file's; `scripts/dev --public-key` makes a local collector seal to it)."
        );
    }
}
