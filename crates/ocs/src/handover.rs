//! Opening pulled rows with the organiser's key, and writing the hand-over files for the national
//! authorities: one file per member state of nationality, in the XML shape of the Commission's
//! collection software (or CSV). See docs/export.md.
//!
//! Nothing here decides where plaintext goes: callers hand in the writers, so `ocs export` writes
//! only to the output folder the organiser named.

use std::collections::BTreeSet;
use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use rayon::prelude::*;
use time::Date;
use zeroize::Zeroize;

use ocs_core::dates::{format_dmy, parse_iso_date, parse_timestamp};
use ocs_core::envelope::{open, Binding, EnvelopeError, Purpose};
use ocs_core::keys::SecretKey;
use ocs_core::ledger::Row;
use ocs_core::rules::{Field, Initiative, Ruleset, StateRules};
use ocs_core::statement::{CanonicalError, Statement};

/// The group that carries the identity document in the hand-over file.
pub const ID_GROUP: &str = "oct.group.id";

/// Why a row could not be turned into a hand-over record. Every such row is reported by shard
/// and sequence; none is dropped silently.
#[derive(Debug, thiserror::Error)]
#[allow(missing_docs)] // Each variant is documented by its message.
pub enum OpenFault {
    #[error("the row was erased (tombstone)")]
    Erased,
    #[error("{0}")]
    Envelope(#[from] EnvelopeError),
    #[error("the decrypted statement is unreadable: {0}")]
    Canonical(#[from] CanonicalError),
    #[error("the decrypted statement's {0} differs from the row's")]
    Mismatch(&'static str),
    #[error("the statement's nationality {0} is not in the ruleset")]
    UnknownNationality(String),
    #[error("the statement does not carry exactly the fields its nationality requires: {0}")]
    Fields(String),
}

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
/// Annex III asks of that nationality.
pub fn open_row(
    key: &SecretKey,
    rules: &Ruleset,
    initiative: &str,
    row: &Row,
) -> Result<Statement, OpenFault> {
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
    hand_over_groups(rules, &statement)?;
    Ok(statement)
}

/// Opens rows in parallel, keeping their order; `tick` is called once per row (progress bars).
pub fn open_rows(
    key: &SecretKey,
    rules: &Ruleset,
    initiative: &str,
    rows: &[Row],
    tick: &(dyn Fn() + Sync),
) -> Vec<Result<Statement, Failure>> {
    rows.par_iter()
        .map(|row| {
            let opened = open_row(key, rules, initiative, row).map_err(|fault| Failure {
                shard: row.shard,
                seq: row.seq,
                id: row.id.to_string(),
                fault,
            });
            tick();
            opened
        })
        .collect()
}

/// One group of the hand-over record: its name and its (key, value) properties.
pub type Group = (String, Vec<(String, String)>);

fn state<'r>(rules: &'r Ruleset, nationality: &str) -> Result<&'r StateRules, OpenFault> {
    rules
        .state(nationality)
        .ok_or_else(|| OpenFault::UnknownNationality(nationality.to_owned()))
}

/// The statement as the authority reads it: Annex III fields of its nationality under their
/// `oct.property.*` keys, in groups, dates as dd/mm/yyyy. Fails unless the statement carries
/// exactly the fields required, no more and no fewer.
pub fn hand_over_groups(rules: &Ruleset, statement: &Statement) -> Result<Vec<Group>, OpenFault> {
    let state = state(rules, &statement.nationality)?;
    let required = state.required_fields();
    let expected: BTreeSet<&str> = required.iter().map(|f| f.as_str()).collect();
    let present: BTreeSet<&str> = statement.fields.keys().collect();
    if expected != present {
        let missing: Vec<&str> = expected.difference(&present).copied().collect();
        let extra: Vec<&str> = present.difference(&expected).copied().collect();
        return Err(OpenFault::Fields(format!(
            "missing {missing:?}, unexpected {extra:?}"
        )));
    }
    let mut groups: Vec<Group> = Vec::new();
    let mut put = |group: &str, key: &str, value: String| match groups
        .iter_mut()
        .find(|(name, _)| name == group)
    {
        Some((_, properties)) => properties.push((key.to_owned(), value)),
        None => groups.push((group.to_owned(), vec![(key.to_owned(), value)])),
    };
    for field in &state.fields {
        let spec = rules
            .field_spec(*field)
            .ok_or_else(|| OpenFault::Fields(format!("no export key for {}", field.as_str())))?;
        let value = statement.field(*field).unwrap_or_default();
        let value = if *field == Field::DateOfBirth {
            parse_iso_date(value)
                .map(format_dmy)
                .map_err(|_| OpenFault::Fields("date_of_birth is not a date".into()))?
        } else {
            value.to_owned()
        };
        put(&spec.group, &spec.export_key, value);
    }
    if !state.documents.is_empty() {
        let doc_type = statement.field(Field::IdType).unwrap_or_default();
        let document = state
            .document(doc_type)
            .ok_or_else(|| OpenFault::Fields(format!("unknown document type {doc_type:?}")))?;
        let number = statement.field(Field::IdNumber).unwrap_or_default();
        put(ID_GROUP, &document.export_key, number.to_owned());
    }
    Ok(groups)
}

/// Every property key a file for `nationality` can carry, in column order (CSV header).
pub fn hand_over_keys(rules: &Ruleset, nationality: &str) -> Result<Vec<String>, OpenFault> {
    let state = state(rules, nationality)?;
    let mut keys: Vec<String> = state
        .fields
        .iter()
        .filter_map(|f| rules.field_spec(*f).map(|s| s.export_key.clone()))
        .collect();
    keys.extend(state.documents.iter().map(|d| d.export_key.clone()));
    Ok(keys)
}

/// The submission day as dd/mm/yyyy.
fn submission_date(statement: &Statement) -> String {
    parse_timestamp(&statement.submitted_at)
        .map(|t| format_dmy(t.date()))
        .unwrap_or_else(|_| statement.submitted_at.clone())
}

/// The hand-over file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The Commission's XML.
    Xml,
    /// One row per statement.
    Csv,
}

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xml => "xml",
            Format::Csv => "csv",
        }
    }
}

/// A hand-over file being written, one signature at a time (so a million statements never sit
/// in memory at once). Call [`CountryFile::finish`] to close it.
pub enum CountryFile<W: Write> {
    /// The Commission's XML.
    Xml(Writer<W>),
    /// One row per statement.
    Csv {
        /// The writer (boxed: csv's writer carries its buffer state inline).
        writer: Box<csv::Writer<W>>,
        /// The property keys, in column order.
        keys: Vec<String>,
    },
}

fn text(w: &mut Writer<impl Write>, name: &str, value: &str) -> io::Result<()> {
    w.create_element(name)
        .write_text_content(BytesText::new(value))?;
    Ok(())
}

fn csv_error(e: csv::Error) -> io::Error {
    io::Error::other(e)
}

impl<W: Write> CountryFile<W> {
    /// Starts the file for one member state of nationality (ISO code, upper case).
    pub fn start(
        format: Format,
        out: W,
        rules: &Ruleset,
        initiative: &Initiative,
        nationality: &str,
    ) -> io::Result<CountryFile<W>> {
        match format {
            Format::Xml => {
                let mut w = Writer::new_with_indent(out, b' ', 2);
                w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
                w.write_event(Event::Start(BytesStart::new("supportForm")))?;
                text(&mut w, "forCountry", &nationality.to_ascii_lowercase())?;
                w.create_element("initiativeData")
                    .write_inner_content(|w| {
                        text(w, "registrationNumber", &initiative.id)?;
                        text(
                            w,
                            "registrationDate",
                            &format_dmy(initiative.registration_date),
                        )?;
                        text(
                            w,
                            "startOfTheCollectionPeriod",
                            &format_dmy(initiative.collection_start),
                        )?;
                        text(
                            w,
                            "endOfTheCollectionPeriod",
                            &format_dmy(initiative.collection_end),
                        )?;
                        text(w, "urlOnCommissionRegister", &initiative.register_url)?;
                        text(w, "title", &initiative.title)
                    })?;
                w.write_event(Event::Start(BytesStart::new("signatures")))?;
                Ok(CountryFile::Xml(w))
            }
            Format::Csv => {
                let keys = hand_over_keys(rules, nationality).map_err(io::Error::other)?;
                let mut writer = csv::Writer::from_writer(out);
                let mut header = vec![
                    "signatureIdentifier".to_owned(),
                    "submissionDate".to_owned(),
                    "annexRevision".to_owned(),
                ];
                header.extend(keys.iter().cloned());
                writer.write_record(&header).map_err(csv_error)?;
                Ok(CountryFile::Csv {
                    writer: Box::new(writer),
                    keys,
                })
            }
        }
    }

    /// Appends one signature.
    pub fn push(&mut self, rules: &Ruleset, statement: &Statement) -> io::Result<()> {
        let mut groups = hand_over_groups(rules, statement).map_err(io::Error::other)?;
        let written = self.write_signature(statement, &groups);
        for (_, properties) in &mut groups {
            properties.iter_mut().for_each(|(_, v)| v.zeroize());
        }
        written
    }

    fn write_signature(&mut self, statement: &Statement, groups: &[Group]) -> io::Result<()> {
        match self {
            CountryFile::Xml(w) => {
                w.create_element("signature").write_inner_content(|w| {
                    text(w, "submissionDate", &submission_date(statement))?;
                    text(w, "signatureIdentifier", &statement.id.to_string())?;
                    text(w, "annexRevision", &statement.annex_revision)?;
                    w.create_element("signatoryInfo").write_inner_content(|w| {
                        w.create_element("groups").write_inner_content(|w| {
                            for (name, properties) in groups {
                                w.create_element("group").write_inner_content(|w| {
                                    text(w, "name", name)?;
                                    w.create_element("properties").write_inner_content(|w| {
                                        for (key, value) in properties {
                                            w.create_element("property").write_inner_content(
                                                |w| {
                                                    text(w, "key", key)?;
                                                    text(w, "value", value)
                                                },
                                            )?;
                                        }
                                        Ok(())
                                    })?;
                                    Ok(())
                                })?;
                            }
                            Ok(())
                        })?;
                        Ok(())
                    })?;
                    Ok(())
                })?;
                Ok(())
            }
            CountryFile::Csv { writer, keys } => {
                let mut record = vec![
                    statement.id.to_string(),
                    submission_date(statement),
                    statement.annex_revision.clone(),
                ];
                for key in keys.iter() {
                    let value = groups
                        .iter()
                        .flat_map(|(_, properties)| properties)
                        .find(|(k, _)| k == key)
                        .map(|(_, v)| v.clone())
                        .unwrap_or_default();
                    record.push(value);
                }
                writer.write_record(&record).map_err(csv_error)?;
                record.iter_mut().for_each(Zeroize::zeroize);
                Ok(())
            }
        }
    }

    /// Closes the document and flushes; returns the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        match self {
            CountryFile::Xml(mut w) => {
                w.write_event(Event::End(BytesEnd::new("signatures")))?;
                w.write_event(Event::End(BytesEnd::new("supportForm")))?;
                let mut out = w.into_inner();
                out.write_all(b"\n")?;
                out.flush()?;
                Ok(out)
            }
            CountryFile::Csv { writer, .. } => writer
                .into_inner()
                .map_err(|e| io::Error::other(e.to_string())),
        }
    }
}
