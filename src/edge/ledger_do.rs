//! The ledger shard: a SQLite-backed Durable Object holding rows of ciphertext.
//!
//! One append is one SQL INSERT: the UNIQUE constraint on the token refuses a duplicate and a
//! trigger bumps the per-nationality counter inside the same statement, so row and counter can
//! never disagree. Durable Objects hold the response until the write is durable (output gate).
//!
//! Erasing a statement keeps its row as a tombstone (docs/ledger.md): the sealed content and the
//! dedupe token are cleared, the digest the chain covers is kept, and a trigger lowers the count.

use crate::ledger::{genesis, Body, Row};
use serde::Deserialize;
use worker::*;

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
  chain TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS counts (nationality TEXT PRIMARY KEY, n INTEGER NOT NULL);
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

/// Largest page of rows the export returns at once.
pub const MAX_PAGE: u64 = 1000;

#[durable_object]
pub struct Ledger {
    state: State,
    env: Env,
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
    fn into_row(self, shard: u32) -> Result<Row> {
        // Rebuild the exported form through the one Row definition (serde does the encodings).
        let mut value = serde_json::json!({
            "shard": shard, "seq": self.seq, "id": self.id, "submitted_at": self.submitted_at,
            "nationality": self.nationality, "chain": self.chain,
        });
        match self.erased_at {
            Some(at) => value["erased"] = serde_json::json!({"at": at, "sealed": self.sealed}),
            None => {
                value["token"] = self.token.into();
                value["envelope"] = self.envelope.into();
                if let Some(contact) = self.contact {
                    value["contact"] = contact.into();
                }
            }
        }
        serde_json::from_value(value).map_err(|e| Error::RustError(format!("stored row: {e}")))
    }
}

#[derive(Deserialize)]
struct EraseRequest {
    id: String,
    at: String,
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

#[derive(Deserialize)]
struct Page {
    after: Option<u64>,
    limit: Option<u64>,
}

impl DurableObject for Ledger {
    fn new(state: State, env: Env) -> Self {
        // Once per instance, not per request. A failure here surfaces on the first query.
        if let Err(e) = state.storage().sql().exec(SCHEMA, None) {
            console_error!("ledger schema: {e}");
        }
        Ledger { state, env }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let sql = self.state.storage().sql();
        let path = req.path();
        match (req.method(), path.as_str()) {
            (Method::Post, "/append") => {
                let row: Row = req.json().await?;
                self.append(row)
            }
            (Method::Get, "/counts") => {
                let counts: Vec<Count> = sql
                    .exec("SELECT nationality, n FROM counts", None)?
                    .to_array()?;
                let map: std::collections::BTreeMap<String, i64> =
                    counts.into_iter().map(|c| (c.nationality, c.n)).collect();
                Response::from_json(&map)
            }
            (Method::Post, "/erase") => {
                let shard = shard_header(&req)?;
                let request: EraseRequest = req.json().await?;
                self.erase(shard, &request)
            }
            (Method::Get, "/erased") => {
                let rows = select_rows(
                    &sql,
                    shard_header(&req)?,
                    "erased_at IS NOT NULL ORDER BY seq",
                    None,
                )?;
                Response::from_json(&rows)
            }
            (Method::Post, "/purge") => {
                // Retention deadline passed: the whole database goes (deleteAll, not DELETE, so
                // no freed page keeps old ciphertext), then an empty schema is set up again.
                let rows: Vec<Count> = sql
                    .exec("SELECT 'all' AS nationality, COUNT(*) AS n FROM rows", None)?
                    .to_array()?;
                self.state.storage().delete_all().await?;
                sql.exec(SCHEMA, None)?;
                Response::from_json(&serde_json::json!({
                    "purged": rows.first().map_or(0, |c| c.n),
                }))
            }
            (Method::Get, "/rows") => {
                let page: Page = req.query()?;
                let shard = shard_header(&req)?;
                let after = i64::try_from(page.after.unwrap_or(0)).unwrap_or(i64::MAX);
                let limit =
                    i64::try_from(page.limit.unwrap_or(MAX_PAGE).min(MAX_PAGE)).unwrap_or(0);
                let rows = select_rows(
                    &sql,
                    shard,
                    "seq > ? ORDER BY seq LIMIT ?",
                    Some(vec![after.into(), limit.into()]),
                )?;
                Response::from_json(&rows)
            }
            _ => Response::error("not found", 404),
        }
    }
}

/// Rows matching `condition` (an SQL fragment after WHERE), as exported.
fn select_rows(
    sql: &SqlStorage,
    shard: u32,
    condition: &str,
    params: Option<Vec<SqlStorageValue>>,
) -> Result<Vec<Row>> {
    let stored: Vec<StoredRow> = sql
        .exec(
            &format!("SELECT {ROW_COLUMNS} FROM rows WHERE {condition}"),
            params,
        )?
        .to_array()?;
    stored.into_iter().map(|r| r.into_row(shard)).collect()
}

fn shard_header(req: &Request) -> Result<u32> {
    Ok(req
        .headers()
        .get("x-shard")?
        .and_then(|s| s.parse().ok())
        .unwrap_or(0))
}

impl Ledger {
    fn erase(&self, shard: u32, request: &EraseRequest) -> Result<Response> {
        let sql = self.state.storage().sql();
        let found = select_rows(&sql, shard, "id = ?", Some(vec![request.id.clone().into()]))?;
        let Some(mut row) = found.into_iter().next() else {
            return Response::error("no such statement in this shard", 404);
        };
        let already = row.is_erased();
        row.erase(&request.at);
        let Body::Erased { erased } = &row.body else {
            return Response::error("erasure failed", 500);
        };
        if !already {
            sql.exec(
                "UPDATE rows SET token = NULL, envelope = NULL, contact = NULL, erased_at = ?, \
                 sealed = ? WHERE id = ?",
                vec![
                    erased.at.clone().into(),
                    hex::encode(erased.sealed).into(),
                    request.id.clone().into(),
                ],
            )?;
        }
        Response::from_json(&serde_json::json!({
            "statement": request.id, "shard": shard, "seq": row.seq,
            "erased_at": erased.at, "sealed": hex::encode(erased.sealed), "already": already,
        }))
    }

    fn append(&self, mut row: Row) -> Result<Response> {
        let sql = self.state.storage().sql();
        let Some(token) = row.sealed().map(|s| hex::encode(s.token)) else {
            return Response::error("a new row must hold a sealed statement", 400);
        };
        // No await from here to the INSERT: nothing else runs in this object meanwhile.
        let seen: Vec<serde_json::Value> = sql
            .exec(
                "SELECT 1 AS x FROM rows WHERE token = ?",
                vec![token.clone().into()],
            )?
            .to_array()?;
        if !seen.is_empty() {
            return Response::error("already supported", 409);
        }
        let initiative = self.env.var("INITIATIVE_ID")?.to_string();
        let last: Vec<Last> = sql
            .exec(
                "SELECT seq, chain FROM rows ORDER BY seq DESC LIMIT 1",
                None,
            )?
            .to_array()?;
        let (prev_seq, prev_chain) = match last.into_iter().next() {
            Some(l) => {
                let mut chain = [0u8; 32];
                hex::decode_to_slice(&l.chain, &mut chain)
                    .map_err(|e| Error::RustError(format!("stored chain: {e}")))?;
                (u64::try_from(l.seq).unwrap_or(0), chain)
            }
            None => (0, genesis(&initiative, row.shard)),
        };
        row.seq = prev_seq + 1;
        row.chain = row.compute_chain(&prev_chain);
        let exported = serde_json::to_value(&row).map_err(|e| Error::RustError(e.to_string()))?;
        let field = |k: &str| {
            exported
                .get(k)
                .and_then(|v| v.as_str())
                .unwrap_or("")
                .to_owned()
        };
        let seq = i64::try_from(row.seq).map_err(|e| Error::RustError(e.to_string()))?;
        let contact: SqlStorageValue = match exported.get("contact").and_then(|v| v.as_str()) {
            Some(c) => c.to_owned().into(),
            None => SqlStorageValue::Null,
        };
        sql.exec(
            "INSERT INTO rows (seq, id, submitted_at, nationality, token, envelope, contact, chain) \
             VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            vec![
                seq.into(),
                field("id").into(),
                row.submitted_at.clone().into(),
                row.nationality.clone().into(),
                token.into(),
                field("envelope").into(),
                contact,
                field("chain").into(),
            ],
        )?;
        let mut resp = Response::from_json(&serde_json::json!({
            "shard": row.shard, "seq": row.seq, "chain": hex::encode(row.chain),
        }))?;
        resp = resp.with_status(201);
        Ok(resp)
    }
}
