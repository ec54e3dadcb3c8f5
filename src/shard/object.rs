//! The ledger shard: a SQLite-backed Durable Object holding rows of ciphertext.
//!
//! One append is one SQLite transaction (src/shard/append.rs): the UNIQUE constraint on the
//! token refuses a duplicate, a trigger bumps the per-nationality counter inside the INSERT, and
//! the leaf and the signed checkpoint follow in the same transaction, so row, counter and log can
//! never disagree, and a fault leaves nothing behind. Durable Objects hold the response until the
//! write is durable (output gate).
//!
//! Erasing a statement keeps its row as a tombstone (docs/ledger.md): the sealed content and the
//! dedupe token are cleared, the digest the chain covers is kept, and a trigger lowers the count.
//!
//! The shard knows its number from its own name ([`protocol::object_name`]), never from the
//! request.

use std::collections::BTreeMap;
use std::rc::Rc;

use ocs_core::ledger::{Body, Row};
use serde::Deserialize;
use worker::*;

use super::append::{self, Append};
use super::protocol::{self, Counts, Erased, ShardHead, ShardRequest};
use super::tree;
use crate::durable;
use crate::error::{EdgeError, EdgeResult};
use crate::meter::{Meter, Sql};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS rows (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  submitted_at TEXT NOT NULL,
  nationality TEXT NOT NULL,
  token TEXT UNIQUE,
  envelope TEXT,
  contact TEXT,
  erased_at TEXT,
  sealed TEXT,
  chain TEXT NOT NULL,
  leaf_hashes TEXT
);
CREATE TABLE IF NOT EXISTS counts (nationality TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS partner_counts (partner TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS count_row AFTER INSERT ON rows BEGIN
  INSERT INTO counts (nationality, n) VALUES (NEW.nationality, 1)
  ON CONFLICT (nationality) DO UPDATE SET n = n + 1;
END;
CREATE TRIGGER IF NOT EXISTS uncount_row AFTER UPDATE OF erased_at ON rows
WHEN OLD.erased_at IS NULL AND NEW.erased_at IS NOT NULL BEGIN
  UPDATE counts SET n = n - 1 WHERE nationality = NEW.nationality;
END;
";

const ROW_COLUMNS: &str =
    "seq, id, submitted_at, nationality, token, envelope, contact, erased_at, sealed, chain";

/// One ledger shard (a Durable Object of class `Ledger`).
#[durable_object]
pub struct Ledger {
    state: State,
    env: Env,
    meter: Rc<Meter>,
}

#[derive(Deserialize)]
struct StoredRow {
    seq: i64,
    id: String,
    submitted_at: String,
    nationality: String,
    token: Option<String>,
    envelope: Option<String>,
    contact: Option<String>,
    erased_at: Option<String>,
    sealed: Option<String>,
    chain: String,
}

impl StoredRow {
    fn into_row(self, shard: u32) -> EdgeResult<Row> {
        // Rebuild the exported form through the one Row definition (serde does the encodings).
        let mut value = serde_json::Map::new();
        value.insert("shard".into(), shard.into());
        value.insert("seq".into(), self.seq.into());
        value.insert("id".into(), self.id.into());
        value.insert("submitted_at".into(), self.submitted_at.into());
        value.insert("nationality".into(), self.nationality.into());
        value.insert("chain".into(), self.chain.into());
        match self.erased_at {
            Some(at) => {
                let erased = serde_json::json!({"at": at, "sealed": self.sealed});
                value.insert("erased".into(), erased);
            }
            None => {
                value.insert("token".into(), self.token.into());
                value.insert("envelope".into(), self.envelope.into());
                if let Some(contact) = self.contact {
                    value.insert("contact".into(), contact.into());
                }
            }
        }
        // Read back from text: the worker carries one JSON reader for rows, not a second one
        // for `Value`s.
        serde_json::from_str(&serde_json::Value::from(value).to_string())
            .map_err(|e| EdgeError::Internal(format!("stored row: {e}")))
    }
}

#[derive(Deserialize)]
struct Last {
    seq: i64,
    chain: String,
}

#[derive(Deserialize)]
struct Count {
    nationality: String,
    n: i64,
}

impl DurableObject for Ledger {
    fn new(state: State, env: Env) -> Self {
        // Once per instance, not per request. A failure here surfaces on the first query.
        let meter = Rc::new(Meter::default());
        meter.request("schema");
        let sql = Sql::new(state.storage().sql(), meter.clone());
        if let Err(e) = sql
            .batch(SCHEMA)
            .and_then(|_| sql.batch(tree::SCHEMA))
            .and_then(|_| add_leaf_hashes(&sql))
        {
            console_error!("ledger schema: {e}");
        }
        Ledger { state, env, meter }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let request: ShardRequest = match durable::read_call(&mut req, "shard").await {
            Ok(r) => r,
            Err(refused) => return refused,
        };
        self.meter.request(request.op());
        durable::reply(self.answer(request).await, "shard")
    }
}

impl Ledger {
    /// The shard's SQL storage, every statement counted.
    fn sql(&self) -> Sql {
        Sql::new(self.state.storage().sql(), self.meter.clone())
    }

    /// The shard's number, from the object's own name.
    fn shard(&self) -> EdgeResult<u32> {
        self.state
            .id()
            .name()
            .as_deref()
            .and_then(protocol::shard_of)
            .ok_or_else(|| EdgeError::Internal("the shard object has no shard-N name".into()))
    }

    /// The initiative (the log's name).
    fn initiative(&self) -> EdgeResult<String> {
        Ok(self.env.var("INITIATIVE_ID")?.to_string())
    }

    /// The log key: `None` when the log is off or the vault was retired before it made one.
    /// Fetched before a write's synchronous step, never inside it.
    async fn log_key(&self) -> EdgeResult<Option<std::rc::Rc<ocs_core::transparency::LogKey>>> {
        if !crate::log::enabled(&self.env) {
            return Ok(None);
        }
        crate::vault::VaultClient::new(&self.env)?
            .log_key(&self.initiative()?)
            .await
    }

    async fn answer(&self, request: ShardRequest) -> EdgeResult<Response> {
        let sql = self.sql();
        match request {
            ShardRequest::Append {
                row,
                partner,
                fault,
            } => {
                let key = self.log_key().await?;
                if key.is_none() && crate::log::enabled(&self.env) {
                    // A row without its leaf would break the log for good.
                    return Err(EdgeError::Internal("no log key: row refused".into()));
                }
                let with = Append {
                    shard: self.shard()?,
                    initiative: self.initiative()?,
                    key,
                    partner,
                    fault: crate::test_hooks::honoured(fault),
                };
                let appended = append::append(&self.state.storage(), sql, row, with)?;
                Ok(Response::from_json(&appended)?)
            }
            ShardRequest::Checkpoint => {
                let signed = match tree::checkpoint(&sql)? {
                    Some(text) => Some(text),
                    None => match self.log_key().await? {
                        Some(key) => Some(tree::sign_now(
                            &sql,
                            &key,
                            &self.initiative()?,
                            self.shard()?,
                        )?),
                        None => None,
                    },
                };
                Ok(Response::from_json(&signed)?)
            }
            ShardRequest::Tile { path } => {
                let tile = tree::tile(&sql, &path)?.map(|(data, full)| protocol::Tile {
                    data: hex::encode(data),
                    full,
                });
                Ok(Response::from_json(&tile)?)
            }
            ShardRequest::Counts => Ok(Response::from_json(&Counts {
                per_nationality: self.counts()?,
                per_partner: self.partner_counts()?,
                checkpoint: tree::checkpoint(&sql)?,
            })?),
            ShardRequest::Status => {
                let last: Vec<Last> = sql.all(
                    "SELECT seq, chain FROM rows ORDER BY seq DESC LIMIT 1",
                    Vec::new(),
                )?;
                let last = last.into_iter().next();
                Ok(Response::from_json(&ShardHead {
                    shard: self.shard()?,
                    counts: self.counts()?,
                    per_partner: self.partner_counts()?,
                    rows: last
                        .as_ref()
                        .map_or(0, |l| u64::try_from(l.seq).unwrap_or(0)),
                    head: last.map(|l| l.chain),
                })?)
            }
            ShardRequest::Rows { after, limit } => {
                let after = i64::try_from(after).unwrap_or(i64::MAX);
                let limit = protocol::page_limit(limit);
                let rows = self.select_rows(
                    "seq > ? ORDER BY seq LIMIT ?",
                    vec![after.into(), limit.into()],
                )?;
                Ok(Response::from_json(&rows)?)
            }
            ShardRequest::Erased => Ok(Response::from_json(
                &self.select_rows("erased_at IS NOT NULL ORDER BY seq", Vec::new())?,
            )?),
            ShardRequest::Erase { id, at } => {
                let key = self.log_key().await?;
                let (initiative, shard) = (self.initiative()?, self.shard()?);
                let id = id.to_string();
                let this = sql.clone();
                // The tombstone and the checkpoint that counts it, together or not at all.
                let erased = crate::durable::transaction(&self.state.storage(), move || {
                    let mut erased = erase(&this, shard, &id, &at)?;
                    // The leaf stays; the checkpoint's erased count changes.
                    if let (Some(key), Some(e)) = (key, &mut erased) {
                        if !e.already {
                            e.checkpoint = Some(tree::sign_now(&this, &key, &initiative, shard)?);
                        }
                    }
                    Ok(erased)
                })?;
                Ok(Response::from_json(&erased)?)
            }
            ShardRequest::Baseline { key, payload } => {
                if !crate::load_baseline::enabled(&self.env) {
                    return Err(EdgeError::NotFound);
                }
                Ok(Response::from_json(&baseline(&sql, &key, &payload)?)?)
            }
            ShardRequest::Purge => {
                // Retention deadline passed: the whole database goes (deleteAll, not DELETE, so
                // no freed page keeps old ciphertext), then an empty schema is set up again.
                let rows: Vec<Count> = sql.all(
                    "SELECT 'all' AS nationality, COUNT(*) AS n FROM rows",
                    Vec::new(),
                )?;
                self.state.storage().delete_all().await?;
                sql.batch(SCHEMA)?;
                sql.batch(tree::SCHEMA)?;
                Ok(Response::from_json(&rows.first().map_or(0, |c| c.n))?)
            }
            #[cfg(feature = "test-hooks")]
            ShardRequest::Meter => Ok(Response::from_json(&self.meter.snapshot())?),
        }
    }

    /// Statements per nationality, erased ones not counted.
    fn counts(&self) -> EdgeResult<BTreeMap<String, u64>> {
        let counts: Vec<Count> = self
            .sql()
            .all("SELECT nationality, n FROM counts WHERE n > 0", Vec::new())?;
        Ok(by_name(counts.into_iter().map(|c| (c.nationality, c.n))))
    }

    /// Signatures made through each partner.
    fn partner_counts(&self) -> EdgeResult<BTreeMap<String, u64>> {
        #[derive(Deserialize)]
        struct PartnerCount {
            partner: String,
            n: i64,
        }
        let counts: Vec<PartnerCount> = self
            .sql()
            .all("SELECT partner, n FROM partner_counts", Vec::new())?;
        Ok(by_name(counts.into_iter().map(|c| (c.partner, c.n))))
    }

    /// Rows matching `condition` (an SQL fragment after WHERE), as exported.
    fn select_rows(&self, condition: &str, params: Vec<SqlStorageValue>) -> EdgeResult<Vec<Row>> {
        select_rows(&self.sql(), self.shard()?, condition, params)
    }
}

/// Rows of shard `shard` matching `condition` (an SQL fragment after WHERE), as exported.
fn select_rows(
    sql: &Sql,
    shard: u32,
    condition: &str,
    params: Vec<SqlStorageValue>,
) -> EdgeResult<Vec<Row>> {
    let stored: Vec<StoredRow> = sql.all(
        &format!("SELECT {ROW_COLUMNS} FROM rows WHERE {condition}"),
        params,
    )?;
    stored.into_iter().map(|r| r.into_row(shard)).collect()
}

/// Makes the tombstone of statement `id`, if the shard holds it (idempotent).
fn erase(sql: &Sql, shard: u32, id: &str, at: &str) -> EdgeResult<Option<Erased>> {
    let found = select_rows(sql, shard, "id = ?", vec![id.to_owned().into()])?;
    let Some(mut row) = found.into_iter().next() else {
        return Ok(None);
    };
    let already = row.is_erased();
    row.erase(at);
    let Body::Erased { erased } = &row.body else {
        return Err(EdgeError::Internal("erasure left no tombstone".into()));
    };
    if !already {
        sql.run(
            "UPDATE rows SET token = NULL, envelope = NULL, contact = NULL, erased_at = ?, \
             sealed = ? WHERE id = ?",
            vec![
                erased.at.clone().into(),
                hex::encode(erased.sealed).into(),
                id.to_owned().into(),
            ],
        )?;
    }
    Ok(Some(Erased {
        statement: id.to_owned(),
        shard: row.shard,
        seq: row.seq,
        erased_at: erased.at.clone(),
        sealed: hex::encode(erased.sealed),
        already,
        checkpoint: None,
    }))
}

/// What an append does in SQL (a lookup by key, the last row, one INSERT) in a table of its
/// own, with none of its validation or crypto: the load baseline (src/load_baseline.rs).
fn baseline(sql: &Sql, key: &str, payload: &str) -> EdgeResult<u64> {
    sql.batch(
        "CREATE TABLE IF NOT EXISTS load_baseline \
         (n INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL)",
    )?;
    if sql.any(
        "SELECT 1 FROM load_baseline WHERE key = ?",
        vec![key.to_owned().into()],
    )? {
        return Err(EdgeError::NotFound);
    }
    let last: Vec<Count> = sql.all(
        "SELECT 'last' AS nationality, n FROM load_baseline ORDER BY n DESC LIMIT 1",
        Vec::new(),
    )?;
    let n = last.first().map_or(0, |c| c.n) + 1;
    sql.run(
        "INSERT INTO load_baseline (n, key, payload) VALUES (?, ?, ?)",
        vec![n.into(), key.to_owned().into(), payload.to_owned().into()],
    )?;
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Gives a shard made before leaves kept their hashes in their rows the column for them.
fn add_leaf_hashes(sql: &Sql) -> EdgeResult<()> {
    if !sql.any(
        "SELECT 1 FROM pragma_table_info('rows') WHERE name = 'leaf_hashes'",
        Vec::new(),
    )? {
        sql.batch("ALTER TABLE rows ADD COLUMN leaf_hashes TEXT")?;
    }
    Ok(())
}

/// Counts by name, inserted one by one: collecting into the map would sort first, a sort the
/// bundle would carry once more for each caller.
fn by_name(counts: impl Iterator<Item = (String, i64)>) -> BTreeMap<String, u64> {
    let mut map = BTreeMap::new();
    for (name, n) in counts {
        map.insert(name, u64::try_from(n).unwrap_or(0));
    }
    map
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row as SQLite gives it back: the row's exported form, column by column.
    fn stored(row: &Row) -> StoredRow {
        let v = serde_json::to_value(row).expect("a row serialises");
        let text = |k: &str| v[k].as_str().map(str::to_owned);
        StoredRow {
            seq: v["seq"].as_i64().expect("seq"),
            id: text("id").expect("id"),
            submitted_at: text("submitted_at").expect("time"),
            nationality: text("nationality").expect("nationality"),
            token: text("token"),
            envelope: text("envelope"),
            contact: text("contact"),
            erased_at: v["erased"]["at"].as_str().map(str::to_owned),
            sealed: v["erased"]["sealed"].as_str().map(str::to_owned),
            chain: text("chain").expect("chain"),
        }
    }

    /// A stored row comes back as exactly the row that was stored, sealed or erased (through
    /// JSON text and back: every encoding is the one `Row` definition's).
    #[test]
    fn a_stored_row_reads_back_as_the_row() {
        let mut rows = ocs_testkit::ledger_rows("ECI(2026)000001", 3, 3);
        if let Some(last) = rows.last_mut() {
            last.erase("2026-10-01T00:00:00Z");
        }
        for row in rows {
            let back = stored(&row).into_row(3).expect("reads back");
            assert_eq!(back, row);
            assert!(stored(&row).into_row(4).is_ok_and(|other| other != row));
        }
    }

    #[test]
    fn a_shard_knows_its_number_from_its_name() {
        for n in [0, 1, 7, 1023] {
            assert_eq!(protocol::shard_of(&protocol::object_name(n)), Some(n));
        }
        for name in [
            "vault",
            "shard-",
            "shard-x",
            "shard--1",
            "tally-0",
            "shard-4294967296",
        ] {
            assert_eq!(protocol::shard_of(name), None, "{name}");
        }
    }
}
