//! `ocs contacts`: the e-mail addresses signatories gave, with their separate consent, to hear
//! from the initiative: opened from their own envelopes (never part of a statement or of the
//! hand-over files) into one CSV for the organiser's mailing list.

use crate::cli::refusal::refuse;
use crate::cli::wording::count;
use std::collections::BTreeMap;
use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context as _, Result};
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

/// Whose mailing list a file is: the initiative's organisers, or one partner's.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Audience {
    /// Those who consented to hear from the organisers.
    Organisers,
    /// Those who consented to hear from this partner (docs/campaigns.md).
    Partner(String),
}

impl Audience {
    fn consented(&self, contact: &Contact) -> bool {
        match self {
            Audience::Organisers => contact.organiser,
            Audience::Partner(code) => contact.partner.as_deref() == Some(code.as_str()),
        }
    }

    /// The file name in a folder of contact files.
    fn file_name(&self) -> String {
        match self {
            Audience::Organisers => "contacts-organisers.csv".to_owned(),
            Audience::Partner(code) => format!("contacts-partner-{code}.csv"),
        }
    }
}

type ContactCsv = csv::Writer<BufWriter<std::fs::File>>;

fn new_csv(path: &Path, bom: bool) -> Result<ContactCsv> {
    let mut raw = BufWriter::new(private_fs::create_new(path)?);
    if bom {
        raw.write_all(UTF8_BOM)?;
    }
    let mut csv = csv::Writer::from_writer(raw);
    csv.write_record(["email", "statement", "consented_at"])?;
    Ok(csv)
}

fn close(csv: ContactCsv, path: &Path) -> Result<()> {
    let raw = csv.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    let file = raw.into_inner().map_err(|e| anyhow::anyhow!("{e}"))?;
    file.sync_all()
        .with_context(|| format!("syncing {}", path.display()))
}

/// Opens every contact of the bundle once and hands each to `each` (erased and failed rows are
/// counted in `found`).
fn each_contact(
    bundle: &Bundle,
    key: &SecretKey,
    found: &mut Found,
    mut each: impl FnMut(&Row, &Contact) -> Result<()>,
) -> Result<()> {
    require_clean(bundle, false)?;
    for shard in 0..bundle.manifest.shards {
        for row in bundle.rows(shard)? {
            let row = row?;
            match open_contact(key, &bundle.manifest.initiative, &row) {
                Ok(Some(contact)) => each(&row, &contact)?,
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
    Ok(())
}

fn record(csv: &mut ContactCsv, row: &Row, contact: &Contact) -> Result<()> {
    csv.write_record([
        neutralise_formula(&contact.email).as_ref(),
        &row.id.to_string(),
        &row.submitted_at,
    ])?;
    Ok(())
}

/// Writes the addresses of those who consented to hear from `audience` to `out` (CSV: email,
/// statement, consented_at; a new file, 0600).
pub fn write(
    bundle: &Bundle,
    key: &SecretKey,
    out: &Path,
    bom: bool,
    audience: &Audience,
) -> Result<Found> {
    let mut csv = new_csv(out, bom)?;
    let mut found = Found::default();
    let mut written = 0;
    each_contact(bundle, key, &mut found, |row, contact| {
        if audience.consented(contact) {
            record(&mut csv, row, contact)?;
            written += 1;
        }
        Ok(())
    })?;
    found.written = written;
    close(csv, out)?;
    Ok(found)
}

/// Writes one file per audience into the folder `dir` (made 0700 if missing; it must hold no
/// contact file yet): the organisers' list and each partner's, each holding only those who
/// consented to it. Returns what each file holds.
pub fn write_each(
    bundle: &Bundle,
    key: &SecretKey,
    dir: &Path,
    bom: bool,
) -> Result<(BTreeMap<Audience, u64>, Found)> {
    private_fs::private_dir(dir)?;
    let mut files: BTreeMap<Audience, ContactCsv> = BTreeMap::new();
    let mut counts: BTreeMap<Audience, u64> = BTreeMap::new();
    let mut found = Found::default();
    let organisers = Audience::Organisers;
    files.insert(
        organisers.clone(),
        new_csv(&dir.join(organisers.file_name()), bom)?,
    );
    counts.insert(organisers, 0);
    each_contact(bundle, key, &mut found, |row, contact| {
        let mut audiences = vec![Audience::Organisers];
        audiences.extend(contact.partner.clone().map(Audience::Partner));
        for audience in audiences.into_iter().filter(|a| a.consented(contact)) {
            if !files.contains_key(&audience) {
                let file = new_csv(&dir.join(audience.file_name()), bom)?;
                files.insert(audience.clone(), file);
            }
            if let Some(csv) = files.get_mut(&audience) {
                record(csv, row, contact)?;
                *counts.entry(audience).or_default() += 1;
            }
        }
        Ok(())
    })?;
    for (audience, csv) in files {
        close(csv, &dir.join(audience.file_name()))?;
    }
    found.written = counts.values().sum();
    Ok((counts, found))
}

const PERSONAL_DATA: &str = "These are personal data under their own consent: use them only to \
    inform these people as they agreed, honour unsubscribe requests, and destroy the files \
    (`ocs erase local`) when the privacy notice says.";

/// The statements no address was written for, and why.
fn unwritten(found: &Found) -> String {
    format!(
        "{} without an address; {} (nothing of theirs written)",
        count(found.without, "statement", "statements"),
        count(found.erased, "statement erased", "statements erased")
    )
}

fn print_failures(found: &Found) -> Result<()> {
    for (shard, seq, id, why) in &found.failures {
        println!("FAILED: shard {shard}, row {seq}, statement {id}: {why}");
    }
    if !found.failures.is_empty() {
        return refuse(
            format!(
                "{} could not be opened",
                count(found.failures.len() as u64, "contact", "contacts")
            ),
            "check that --key is the key the collector sealed to (`ocs key public`); the rows are listed above",
        );
    }
    Ok(())
}

/// `ocs contacts` (the organisers' list, or with `partner` that partner's).
pub fn run(
    bundle_dir: &Path,
    key: &SecretKey,
    out: &Path,
    bom: bool,
    partner: Option<String>,
) -> Result<()> {
    let bundle = Bundle::open(bundle_dir)?;
    let audience = partner.map_or(Audience::Organisers, Audience::Partner);
    let found = write(&bundle, key, out, bom, &audience)?;
    let whom = match &audience {
        Audience::Organisers => "the organisers".to_owned(),
        Audience::Partner(code) => format!("partner {code}"),
    };
    println!(
        "{} written to {} (0600): those who agreed to hear from {whom}; {}",
        count(found.written, "e-mail address", "e-mail addresses"),
        out.display(),
        unwritten(&found)
    );
    println!("{PERSONAL_DATA}");
    print_failures(&found)
}

/// `ocs export --contacts`: one contact file per audience in a folder.
pub fn run_each(bundle_dir: &Path, key: &SecretKey, dir: &Path, bom: bool) -> Result<()> {
    let bundle = Bundle::open(bundle_dir)?;
    let (counts, found) = write_each(&bundle, key, dir, bom)?;
    println!("contact files written to {} (0600 each):", dir.display());
    for (audience, n) in &counts {
        println!(
            "  {:<40} {:>18}",
            audience.file_name(),
            count(*n, "address", "addresses")
        );
    }
    println!("{}", unwritten(&found));
    println!("{PERSONAL_DATA}");
    print_failures(&found)
}
