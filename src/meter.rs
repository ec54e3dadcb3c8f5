//! What each Durable Object does, counted at the object itself: requests by operation, and the
//! rows SQLite read and wrote for them, as the platform counts and bills them (each cursor's
//! `rowsRead` and `rowsWritten`: docs/operations.md, "Plans and quotas"). Kept in the object's
//! memory (it starts again when the object does); read by the tests and benchmarks through a
//! build with the `test-hooks` feature (src/test_hooks.rs), never over a deployed collector.
//!
//! [`Sql`] is how the objects run their SQL: every statement through it is counted. Without the
//! feature the meter counts nothing and costs nothing (no route could read it).

#[cfg(feature = "test-hooks")]
use std::cell::{Cell, RefCell};
#[cfg(feature = "test-hooks")]
use std::collections::BTreeMap;
use std::rc::Rc;

use serde::de::DeserializeOwned;
#[cfg(feature = "test-hooks")]
use serde::{Deserialize, Serialize};
use worker::{SqlStorage, SqlStorageValue};

use crate::error::EdgeResult;

/// What one operation of an object cost so far.
#[cfg(feature = "test-hooks")]
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    /// Requests (and alarms) that asked for it.
    pub requests: u64,
    /// Rows SQLite read for it.
    pub rows_read: u64,
    /// Rows SQLite wrote for it (index entries and trigger writes included).
    pub rows_written: u64,
    /// SQL statements it ran.
    #[serde(default)]
    pub statements: u64,
}

/// An object's counts by operation, as it reports them.
#[cfg(feature = "test-hooks")]
pub type Snapshot = BTreeMap<String, Counts>;

/// An object's counts, by operation.
#[derive(Default)]
pub struct Meter {
    #[cfg(feature = "test-hooks")]
    counts: RefCell<BTreeMap<&'static str, Counts>>,
    #[cfg(feature = "test-hooks")]
    current: Cell<&'static str>,
}

impl Meter {
    /// A request for `op` begins: what follows is counted for it.
    #[cfg(feature = "test-hooks")]
    pub fn request(&self, op: &'static str) {
        self.current.set(op);
        self.counts.borrow_mut().entry(op).or_default().requests += 1;
    }

    /// A request for `op` begins (counted only in a build with the `test-hooks` feature).
    #[cfg(not(feature = "test-hooks"))]
    pub fn request(&self, _op: &'static str) {}

    #[cfg(feature = "test-hooks")]
    fn rows(&self, read: usize, written: usize) {
        let mut counts = self.counts.borrow_mut();
        let entry = counts.entry(self.current.get()).or_default();
        entry.rows_read += u64::try_from(read).unwrap_or(u64::MAX);
        entry.rows_written += u64::try_from(written).unwrap_or(u64::MAX);
        entry.statements += 1;
    }

    #[cfg(not(feature = "test-hooks"))]
    fn rows(&self, _read: usize, _written: usize) {}

    /// The counts so far.
    #[cfg(feature = "test-hooks")]
    pub fn snapshot(&self) -> Snapshot {
        self.counts
            .borrow()
            .iter()
            .map(|(op, c)| ((*op).to_owned(), *c))
            .collect()
    }
}

/// An object's SQL storage, every statement counted in its meter.
#[derive(Clone)]
pub struct Sql {
    sql: SqlStorage,
    meter: Rc<Meter>,
}

impl Sql {
    /// The storage `sql`, counted in `meter`.
    pub fn new(sql: SqlStorage, meter: Rc<Meter>) -> Self {
        Sql { sql, meter }
    }

    /// Runs a statement that returns no rows.
    pub fn run(&self, query: &str, params: Vec<SqlStorageValue>) -> EdgeResult<()> {
        let cursor = self.sql.exec(query, Some(params))?;
        // Consumed, so the counts are final.
        let _ = cursor.to_array::<serde::de::IgnoredAny>()?;
        self.meter.rows(cursor.rows_read(), cursor.rows_written());
        Ok(())
    }

    /// Runs a statement (or several, without parameters) for its effect only.
    pub fn batch(&self, statements: &str) -> EdgeResult<()> {
        let cursor = self.sql.exec(statements, None)?;
        let _ = cursor.to_array::<serde::de::IgnoredAny>()?;
        self.meter.rows(cursor.rows_read(), cursor.rows_written());
        Ok(())
    }

    /// Every row a query returns.
    pub fn all<T: DeserializeOwned>(
        &self,
        query: &str,
        params: Vec<SqlStorageValue>,
    ) -> EdgeResult<Vec<T>> {
        let cursor = self.sql.exec(query, Some(params))?;
        let rows = cursor.to_array()?;
        self.meter.rows(cursor.rows_read(), cursor.rows_written());
        Ok(rows)
    }

    /// Whether a query returns a row (none is read into Rust).
    pub fn any(&self, query: &str, params: Vec<SqlStorageValue>) -> EdgeResult<bool> {
        let cursor = self.sql.exec(query, Some(params))?;
        let found = cursor.to_array::<serde::de::IgnoredAny>()?;
        self.meter.rows(cursor.rows_read(), cursor.rows_written());
        Ok(!found.is_empty())
    }
}
