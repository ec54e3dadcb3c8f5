//! One append to a shard: the dedupe check, the row, its partner count, its leaf and the new
//! signed checkpoint, all in one SQLite transaction. A fault anywhere rolls every write back:
//! the row never exists without its leaf (which would make the shard refuse every later
//! append), and a signatory told "nothing was stored" was told the truth.

use std::rc::Rc;

use ocs_core::ledger::{genesis, PendingRow};
use ocs_core::transparency::LogKey;
use serde::Deserialize;
use worker::{SqlStorageValue, Storage};

use super::protocol::{Appended, Receipt};
use super::tree;
use crate::error::{EdgeError, EdgeResult};
use crate::meter::Sql;
use crate::test_hooks::inject;

/// What an append needs besides the row.
pub struct Append {
    /// The shard's number (from its name).
    pub shard: u32,
    /// The initiative (the chain's and the log's name).
    pub initiative: String,
    /// The log key, where the log is on.
    pub key: Option<Rc<LogKey>>,
    /// The partner the signatory came through (counted, never stored with the row).
    pub partner: Option<String>,
    /// A fault to inject (only in a build with the `test-hooks` feature).
    pub fault: Option<String>,
}

/// Whether the token is there, and the last row, in one statement.
#[derive(Deserialize)]
struct Head {
    duplicate: Option<i64>,
    seq: Option<i64>,
    chain: Option<String>,
}

/// Appends `pending` in one transaction of `storage`.
pub fn append(
    storage: &Storage,
    sql: Sql,
    pending: PendingRow,
    with: Append,
) -> EdgeResult<Appended> {
    crate::durable::transaction(storage, move || write(&sql, pending, &with))
}

fn write(sql: &Sql, pending: PendingRow, with: &Append) -> EdgeResult<Appended> {
    let shard = with.shard;
    if pending.shard != shard {
        return Err(EdgeError::Internal(format!(
            "a row for shard {} sent to shard {shard}",
            pending.shard
        )));
    }
    let token = hex::encode(pending.sealed.token);
    let head: Vec<Head> = sql.all(
        "SELECT (SELECT 1 FROM rows WHERE token = ?) AS duplicate, last.seq, last.chain \
         FROM (SELECT 1) LEFT JOIN (SELECT seq, chain FROM rows ORDER BY seq DESC LIMIT 1) AS last",
        vec![token.clone().into()],
    )?;
    let head = head
        .into_iter()
        .next()
        .ok_or_else(|| EdgeError::Internal("the shard's head query answered nothing".into()))?;
    if head.duplicate.is_some() {
        return Ok(Appended::Duplicate);
    }
    let (prev_seq, prev_chain) = match (head.seq, head.chain) {
        (Some(seq), Some(stored)) => {
            let mut chain = [0u8; 32];
            hex::decode_to_slice(&stored, &mut chain)
                .map_err(|e| EdgeError::Internal(format!("stored chain: {e}")))?;
            let seq =
                u64::try_from(seq).map_err(|e| EdgeError::Internal(format!("stored seq: {e}")))?;
            (seq, chain)
        }
        _ => (0, genesis(&with.initiative, shard)),
    };
    let row = pending.chain_onto(prev_seq + 1, &prev_chain);
    // The stored columns are the exported encodings, from the one Row definition.
    let exported = serde_json::to_value(&row)
        .map_err(|e| EdgeError::Internal(format!("row encoding: {e}")))?;
    let column = |key: &str| -> SqlStorageValue {
        exported
            .get(key)
            .and_then(|v| v.as_str())
            .map_or(SqlStorageValue::Null, |v| v.to_owned().into())
    };
    let seq = i64::try_from(row.seq).map_err(|e| EdgeError::Internal(format!("seq: {e}")))?;
    // Every stored hash the append needs is read once, through one reader.
    let reader = tree::Memo::new(sql);
    let log_state = match &with.key {
        Some(_) => Some(tree::state(sql)?),
        None => None,
    };
    let leaf_hashes = match &log_state {
        Some(state) => Some(tree::prepare(&reader, state, &row)?),
        None => None,
    };
    // The leaf's hashes go into its row: the tree costs no row written of its own.
    let leaf_hashes = leaf_hashes.as_deref().map_or(SqlStorageValue::Null, |h| {
        tree::encode_leaf_hashes(h).into()
    });
    sql.run(
        "INSERT INTO rows (seq, id, submitted_at, nationality, token, envelope, contact, chain, \
         leaf_hashes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        vec![
            seq.into(),
            row.id.to_string().into(),
            row.submitted_at.clone().into(),
            row.nationality.clone().into(),
            token.into(),
            column("envelope"),
            column("contact"),
            column("chain"),
            leaf_hashes,
        ],
    )?;
    inject(with.fault.as_deref(), "after-insert")?;
    if let Some(partner) = with
        .partner
        .as_ref()
        .filter(|p| ocs_core::campaign::is_partner_code(p))
    {
        sql.run(
            "INSERT INTO partner_counts (partner, n) VALUES (?, 1) \
             ON CONFLICT (partner) DO UPDATE SET n = n + 1",
            vec![partner.clone().into()],
        )?;
    }
    let log = match (&with.key, &log_state) {
        (Some(key), Some(state)) => {
            let receipt = tree::append(&reader, state, key, &with.initiative, &row)?;
            inject(with.fault.as_deref(), "after-leaf")?;
            Some(receipt)
        }
        _ => None,
    };
    Ok(Appended::Stored(Box::new(Receipt {
        shard,
        seq: row.seq,
        chain: hex::encode(row.chain),
        log,
    })))
}
