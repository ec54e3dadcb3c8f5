//! The hand-over files: one per member state of nationality, in the XML of the Commission's
//! collection software (data model of Regulation 2019/788: `supportForm`) or as CSV. Written one
//! signature at a time, so a million statements never sit in memory at once. See docs/export.md.

use std::borrow::Cow;
use std::io::{self, Write};

use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use quick_xml::Writer;
use zeroize::Zeroize;

use ocs_core::dates::{format_iso_date, parse_timestamp};
use ocs_core::rules::{Initiative, Ruleset};
use ocs_core::statement::Statement;

use super::record::{hand_over_keys, Group, HandOver};
use super::xml;

/// The hand-over file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The Commission's XML.
    Xml,
    /// One row per statement; with `bom`, the file starts with a UTF-8 byte-order mark, by
    /// which spreadsheet programs recognise UTF-8 (without it, Excel reads "Schröder" as
    /// "SchrÃ¶der").
    Csv {
        /// Start with U+FEFF.
        bom: bool,
    },
}

/// The UTF-8 byte-order mark.
pub const UTF8_BOM: &[u8] = "\u{FEFF}".as_bytes();

impl Format {
    /// The file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Xml => "xml",
            Format::Csv { .. } => "csv",
        }
    }
}

/// A hand-over file being written. Call [`CountryFile::finish`] to close it.
pub enum CountryFile<W: Write> {
    /// The Commission's XML.
    Xml {
        /// The writer.
        writer: Writer<W>,
        /// `annexRevision` as the data model numbers it.
        annex_revision: String,
        /// One signature's XML on its way to the writer, wiped after each.
        scratch: Vec<u8>,
    },
    /// One row per statement.
    Csv {
        /// The writer (boxed: csv's writer carries its buffer state inline).
        writer: Box<csv::Writer<W>>,
        /// The property keys, in column order.
        keys: Vec<String>,
        /// `annexRevision` as the data model numbers it.
        annex_revision: String,
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

/// The submission day, `YYYY-MM-DD` (an `xs:date`, as the data model has it).
fn submission_date(statement: &Statement) -> String {
    parse_timestamp(&statement.submitted_at)
        .map(|t| format_iso_date(t.date()))
        .unwrap_or_else(|_| statement.submitted_at.clone())
}

/// A CSV cell made safe to open in a spreadsheet (OWASP, "CSV Injection"): a cell that starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return would be read as a formula, so it is
/// prefixed with an apostrophe, which spreadsheets show as text and do not display.
pub fn neutralise_formula(cell: &str) -> std::borrow::Cow<'_, str> {
    match cell.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{cell}").into(),
        _ => cell.into(),
    }
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
        let annex_revision = rules.export_annex_revision.to_string();
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
                            "startOfTheCollectionPeriod",
                            &format_iso_date(initiative.collection_start),
                        )?;
                        text(
                            w,
                            "endOfTheCollectionPeriod",
                            &format_iso_date(initiative.collection_end),
                        )?;
                        text(w, "urlOnCommissionRegister", &initiative.register_url)?;
                        text(w, "title", &initiative.title)?;
                        text(w, "objectives", &initiative.objectives)?;
                        text(w, "registeredContactPersons", &initiative.contact_persons)?;
                        text(w, "url", &initiative.website)
                    })?;
                w.write_event(Event::Start(BytesStart::new("signatures")))?;
                Ok(CountryFile::Xml {
                    writer: w,
                    annex_revision,
                    scratch: Vec::new(),
                })
            }
            Format::Csv { bom } => {
                let keys = hand_over_keys(rules, nationality).map_err(io::Error::other)?;
                let mut out = out;
                if bom {
                    out.write_all(UTF8_BOM)?;
                }
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
                    annex_revision,
                })
            }
        }
    }

    /// Appends one signature: the statement and its hand-over record (`open_row` made both).
    pub fn push(&mut self, statement: &Statement, record: &HandOver<'_>) -> io::Result<()> {
        self.write_signature(statement, &record.0)
    }

    fn write_signature(&mut self, statement: &Statement, groups: &[Group<'_>]) -> io::Result<()> {
        let id = statement.id.to_string();
        let date = submission_date(statement);
        match self {
            CountryFile::Xml {
                writer,
                annex_revision,
                scratch,
            } => {
                xml::write_signature(scratch, &date, &id, annex_revision, groups);
                let written = writer.get_mut().write_all(scratch);
                scratch.zeroize();
                written
            }
            CountryFile::Csv {
                writer,
                keys,
                annex_revision,
            } => {
                let mut record: Vec<Cow<'_, str>> = vec![
                    id.as_str().into(),
                    date.as_str().into(),
                    annex_revision.as_str().into(),
                ];
                for key in keys.iter() {
                    let value = groups
                        .iter()
                        .flat_map(|(_, properties)| properties)
                        .find(|(k, _)| k == key)
                        .map_or(Cow::Borrowed(""), |(_, v)| neutralise_formula(v));
                    record.push(value);
                }
                let written = writer
                    .write_record(record.iter().map(|cell| cell.as_bytes()))
                    .map_err(csv_error);
                for cell in &mut record {
                    if let Cow::Owned(copy) = cell {
                        copy.zeroize();
                    }
                }
                written
            }
        }
    }

    /// Closes the document and flushes; returns the underlying writer.
    pub fn finish(self) -> io::Result<W> {
        match self {
            CountryFile::Xml { mut writer, .. } => {
                writer.write_event(Event::End(BytesEnd::new("signatures")))?;
                writer.write_event(Event::End(BytesEnd::new("supportForm")))?;
                let mut out = writer.into_inner();
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
