//! `ocs contacts`: the e-mail addresses signatories gave, with their separate consent, to hear
//! from the initiative: opened from their own envelopes (never part of a statement or of the
//! hand-over files) into one CSV for the organiser's mailing list.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{bail, Context as _, Result};
use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::ledger::Row;
use ocs_core::statement::Contact;
use ocs_core::SecretKey;

use crate::bundle::Bundle;
use crate::cli::integrity::require_clean;
use crate::cli::private_fs;
use crate::handover::{neutralise_formula, OpenFault, UTF8_BOM};

/// What `ocs contacts` found.
#[derive(Debug, Default)]
pub struct Found {
    /// Addresses written.
    pub written: u64,
    /// Statements without an address (no consent given).
    pub without: u64,
    /// Tombstones: erased statements, whose address was erased with them.
    pub erased: u64,
    /// Contacts that did not open: (shard, row, statement, why).
    pub failures: Vec<(u32, u64, String, String)>,
}

/// Opens a row's contact envelope, if it has one: it must open under the row's own binding and
/// name the row's statement.
fn open_contact(
    key: &SecretKey,
    initiative: &str,
    row: &Row,
) -> Result<Option<Contact>, OpenFault> {
    let Some(sealed) = row.sealed() else {
        return Err(OpenFault::Erased);
    };
    let Some(envelope) = &sealed.contact else {
        return Ok(None);
    };
    let binding = Binding {
        purpose: Purpose::Contact,
        statement_id: row.id,
        initiative,
        nationality: &row.nationality,
    };
    let plaintext = open(key, &binding, envelope)?;
    let contact = Contact::from_canonical(&plaintext)?;
    if contact.statement != row.id {
        return Err(OpenFault::Mismatch("statement id"));
    }
    Ok(Some(contact))
}

/// Writes every consented address of the bundle to `out` (CSV: email, statement, consented_at;
/// a new file, 0600).
pub fn write(bundle: &Bundle, key: &SecretKey, out: &Path, bom: bool) -> Result<Found> {
    require_clean(bundle, false)?;
    let file = private_fs::create_new(out)?;
    let mut raw = BufWriter::new(file);
    if bom {
        raw.write_all(UTF8_BOM)?;
    }
    let mut csv = csv::Writer::from_writer(raw);
    csv.write_record(["email", "statement", "consented_at"])?;
    let mut found = Found::default();
    for shard in 0..bundle.manifest.shards {
        for row in bundle.rows(shard)? {
            let row = row?;
            match open_contact(key, &bundle.manifest.initiative, &row) {
                Ok(Some(contact)) => {
                    csv.write_record([
                        neutralise_formula(&contact.email).as_ref(),
                        &row.id.to_string(),
                        &row.submitted_at,
                    ])?;
                    found.written += 1;
                }
                Ok(None) => found.without += 1,
                Err(OpenFault::Erased) => found.erased += 1,
                Err(fault) => {
                    found
                        .failures
                        .push((row.shard, row.seq, row.id.to_string(), fault.to_string()))
                }
            }
        }
    }
    let raw = csv.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let file = raw.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    file.sync_all()
        .with_context(|| format!("syncing {}", out.display()))?;
    Ok(found)
}

/// `ocs contacts`.
pub fn run(bundle_dir: &Path, key: &SecretKey, out: &Path, bom: bool) -> Result<()> {
    let bundle = Bundle::open(bundle_dir)?;
    let found = write(&bundle, key, out, bom)?;
    println!(
        "{} e-mail address(es) written to {} (0600); {} statement(s) without consent to be \
         contacted, {} erased (their addresses with them)",
        found.written,
        out.display(),
        found.without,
        found.erased
    );
    println!(
        "These are personal data under their own consent: use them only to inform these people \
         about the initiative, honour unsubscribe requests, and destroy the file (`ocs erase \
         local`) when the privacy notice says."
    );
    for (shard, seq, id, why) in &found.failures {
        println!("FAILED: shard {shard}, row {seq}, statement {id}: {why}");
    }
    if !found.failures.is_empty() {
        bail!("{} contact(s) could not be opened", found.failures.len());
    }
    Ok(())
}
