//! The ledger shard: a SQLite-backed Durable Object holding rows of ciphertext.
//!
//! One append is one SQL INSERT: the UNIQUE constraint on the token refuses a duplicate and a
//! trigger bumps the per-nationality counter inside the same statement, so row and counter can
//! never disagree. Durable Objects hold the response until the write is durable (output gate).

use crate::ledger::{genesis, Row};
use serde::Deserialize;
use worker::*;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS rows (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  submitted_at TEXT NOT NULL,
  nationality TEXT NOT NULL,
  token TEXT NOT NULL UNIQUE,
  envelope TEXT NOT NULL,
  contact TEXT,
  chain TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS counts (nationality TEXT PRIMARY KEY, n INTEGER NOT NULL);
CREATE TRIGGER IF NOT EXISTS count_row AFTER INSERT ON rows BEGIN
  INSERT INTO counts (nationality, n) VALUES (NEW.nationality, 1)
  ON CONFLICT (nationality) DO UPDATE SET n = n + 1;
END;
";

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
    token: String,
    envelope: String,
    contact: Option<String>,
    chain: String,
}

impl StoredRow {
    fn into_row(self, shard: u32) -> Result<Row> {
        // Rebuild the exported form through the one Row definition (serde does the encodings).
        let value = serde_json::json!({
            "shard": shard, "seq": self.seq, "id": self.id, "submitted_at": self.submitted_at,
            "nationality": self.nationality, "token": self.token, "envelope": self.envelope,
            "contact": self.contact, "chain": self.chain,
        });
        serde_json::from_value(value).map_err(|e| Error::RustError(format!("stored row: {e}")))
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
            (Method::Get, "/rows") => {
                let page: Page = req.query()?;
                let shard: u32 = req
                    .headers()
                    .get("x-shard")?
                    .and_then(|s| s.parse().ok())
                    .unwrap_or(0);
                let after = i64::try_from(page.after.unwrap_or(0)).unwrap_or(i64::MAX);
                let limit =
                    i64::try_from(page.limit.unwrap_or(MAX_PAGE).min(MAX_PAGE)).unwrap_or(0);
                let stored: Vec<StoredRow> = sql
                    .exec(
                        "SELECT seq, id, submitted_at, nationality, token, envelope, contact, chain \
                         FROM rows WHERE seq > ? ORDER BY seq LIMIT ?",
                        vec![after.into(), limit.into()],
                    )?
                    .to_array()?;
                let rows = stored
                    .into_iter()
                    .map(|r| r.into_row(shard))
                    .collect::<Result<Vec<Row>>>()?;
                Response::from_json(&rows)
            }
            _ => Response::error("not found", 404),
        }
    }
}

impl Ledger {
    fn append(&self, mut row: Row) -> Result<Response> {
        let sql = self.state.storage().sql();
        let token = hex::encode(row.token);
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
