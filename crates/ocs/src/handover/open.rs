//! Opening pulled rows with the organiser's key: each envelope must open under its row's own
//! binding and hold exactly the statement its row describes.

use std::collections::BTreeSet;

use ocs_core::dates::parse_timestamp;
use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::keys::SecretKey;
use ocs_core::ledger::Row;
use ocs_core::rules::Ruleset;
use ocs_core::statement::Statement;
use rayon::prelude::*;
use time::Date;

use super::fault::OpenFault;
use super::record::{hand_over_groups, HandOver};

/// A row that failed to open: where it is and why.
#[derive(Debug)]
pub struct Failure {
    /// The shard.
    pub shard: u32,
    /// The row.
    pub seq: u64,
    /// The statement id as the row names it.
    pub id: String,
    /// Why it failed.
    pub fault: OpenFault,
}

/// Which rows to export, decided on the row's clear metadata before anything is decrypted.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// ISO codes (upper case); empty means every nationality.
    pub nationalities: BTreeSet<String>,
    /// First submission day (UTC), inclusive.
    pub from: Option<Date>,
    /// Last submission day (UTC), inclusive.
    pub until: Option<Date>,
}

impl Filter {
    /// Whether the row passes, judged on its clear metadata alone.
    pub fn admits(&self, row: &Row) -> bool {
        if !self.nationalities.is_empty() && !self.nationalities.contains(&row.nationality) {
            return false;
        }
        if self.from.is_none() && self.until.is_none() {
            return true;
        }
        // An unreadable timestamp is admitted, so the open step reports it instead of hiding it.
        let Ok(day) = parse_timestamp(&row.submitted_at).map(|t| t.date()) else {
            return true;
        };
        self.from.is_none_or(|from| day >= from) && self.until.is_none_or(|until| day <= until)
    }
}

/// Opens one row: the envelope must open under the row's own binding, and the statement inside
/// must name the same id, initiative, nationality and time as the row, with exactly the fields
/// Annex III asks of that nationality. Returns the statement with its hand-over record.
pub fn open_row<'r>(
    key: &SecretKey,
    rules: &'r Ruleset,
    initiative: &str,
    row: &Row,
) -> Result<(Statement, HandOver<'r>), OpenFault> {
    let binding = Binding {
        purpose: Purpose::Statement,
        statement_id: row.id,
        initiative,
        nationality: &row.nationality,
    };
    let sealed = row.sealed().ok_or(OpenFault::Erased)?;
    let plaintext = open(key, &binding, &sealed.envelope)?;
    let statement = Statement::from_canonical(&plaintext)?;
    if statement.id != row.id {
        return Err(OpenFault::Mismatch("statement id"));
    }
    if statement.initiative != initiative {
        return Err(OpenFault::Mismatch("initiative"));
    }
    if statement.nationality != row.nationality {
        return Err(OpenFault::Mismatch("nationality"));
    }
    if statement.submitted_at != row.submitted_at {
        return Err(OpenFault::Mismatch("submission time"));
    }
    let record = hand_over_groups(rules, &statement)?;
    Ok((statement, record))
}

/// Opens rows in parallel, keeping their order.
pub fn open_rows<'r>(
    key: &SecretKey,
    rules: &'r Ruleset,
    initiative: &str,
    rows: &[Row],
) -> Vec<Result<(Statement, HandOver<'r>), Failure>> {
    rows.par_iter()
        .map(|row| {
            open_row(key, rules, initiative, row).map_err(|fault| Failure {
                shard: row.shard,
                seq: row.seq,
                id: row.id.to_string(),
                fault,
            })
        })
        .collect()
}
