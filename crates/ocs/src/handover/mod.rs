//! Opening pulled rows with the organiser's key ([`open`]), the statement as an authority reads
//! it ([`record`]), and the hand-over files, one per member state of nationality, in the XML of
//! the Commission's collection software or as CSV ([`file`](mod@file)). See docs/export.md.
//!
//! Nothing here decides where plaintext goes: callers hand in the writers, so `ocs export` writes
//! only to the output folder the organiser named.

pub mod fault;
pub mod file;
pub mod open;
pub mod record;
pub mod xml;

pub use fault::OpenFault;
pub use file::{neutralise_formula, CountryFile, Format, UTF8_BOM};
pub use open::{open_row, open_rows, Failure, Filter};
pub use record::{hand_over_groups, hand_over_keys, Group, HandOver, ID_GROUP};
