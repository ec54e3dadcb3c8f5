//! The organiser API's wire types and limits (docs/api.md), defined once: the worker builds its
//! answers from these types and `ocs` reads them with the same ones, as cloudflare/azul keeps its
//! wire types in one crate (`static_ct_api`). The testkit's independent readers keep their own
//! copies on purpose.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::ledger::Row;
use crate::rules::Initiative;

/// The most rows one export page holds (a larger `limit` is cut to it).
pub const MAX_PAGE: u64 = 1000;
/// The most shards a collector can have (its limit on `SHARD_COUNT`).
pub const MAX_SHARDS: u32 = 1024;

/// `GET /api/v1/export?shard=N&after=SEQ&limit=M`: a page of a shard's rows, erased ones as
/// tombstones.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportPage {
    /// The initiative the collector serves.
    pub initiative: String,
    /// Its register data (title, dates); absent from collectors older than 0.1.
    #[serde(default)]
    pub initiative_data: Option<Initiative>,
    /// The shard the rows are of.
    #[serde(default)]
    pub shard: u32,
    /// Every shard the collector ever wrote.
    pub shards: u32,
    /// The rows, in order.
    pub rows: Vec<Row>,
}

/// `GET /api/v1/erasures?shard=N`: a shard's tombstones.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ErasurePage {
    /// The initiative the collector serves.
    pub initiative: String,
    /// The shard the rows are of.
    #[serde(default)]
    pub shard: u32,
    /// The shard's tombstones.
    pub rows: Vec<Row>,
}

/// One shard's exact counts and the head of its chain: what the organiser compares a bundle
/// with (`ocs verify --url`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShardHead {
    /// The shard.
    pub shard: u32,
    /// Statements per nationality (erased ones not counted).
    #[serde(default)]
    pub counts: BTreeMap<String, u64>,
    /// Signatures made through each partner. A shard cannot tell whose an erased statement was
    /// (the partner is sealed), so erasures are not subtracted here: `ocs stats --key` counts
    /// exactly.
    #[serde(default)]
    pub per_partner: BTreeMap<String, u64>,
    /// Rows in the shard, tombstones included (the last sequence number).
    pub rows: u64,
    /// The chain hash of the last row (hex), if there is one.
    pub head: Option<String>,
}

/// `GET /api/v1/counts`: the exact counts, read from every shard now.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExactCounts {
    /// The initiative the collector serves.
    pub initiative: String,
    /// Every shard the collector ever wrote.
    pub shards: u32,
    /// Statements per nationality, erased ones not counted.
    pub per_nationality: BTreeMap<String, u64>,
    /// Signatures made through each partner (erasures not subtracted: see [`ShardHead`]).
    #[serde(default)]
    pub per_partner: BTreeMap<String, u64>,
    /// Every shard's head.
    pub heads: Vec<ShardHead>,
}

impl ExactCounts {
    /// The counts of `heads` together.
    pub fn of(initiative: &str, shards: u32, heads: Vec<ShardHead>) -> ExactCounts {
        let mut per_nationality = BTreeMap::<String, u64>::new();
        let mut per_partner = BTreeMap::<String, u64>::new();
        for head in &heads {
            for (nationality, n) in &head.counts {
                *per_nationality.entry(nationality.clone()).or_default() += n;
            }
            for (partner, n) in &head.per_partner {
                *per_partner.entry(partner.clone()).or_default() += n;
            }
        }
        ExactCounts {
            initiative: initiative.to_owned(),
            shards,
            per_nationality,
            per_partner,
            heads,
        }
    }
}

/// `DELETE /api/v1/statements/{id}`: the statement's tombstone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Erased {
    /// The statement id.
    pub statement: String,
    /// The shard.
    pub shard: u32,
    /// The row.
    pub seq: u64,
    /// When it was erased (the first time).
    pub erased_at: String,
    /// The digest of the sealed content the chain covers (hex).
    pub sealed: String,
    /// Whether it had been erased before.
    pub already: bool,
    /// The shard's checkpoint signed with the erasure counted (between the shard and the
    /// worker only: the worker serves it as the shard's latest at once, never in the answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checkpoint: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_counts_add_up_over_the_shards() {
        let head = |shard, de, friends| ShardHead {
            shard,
            counts: [("DE".to_owned(), de)].into(),
            per_partner: [("friends".to_owned(), friends)].into(),
            rows: de + 1,
            head: None,
        };
        let counts = ExactCounts::of("ECI(2026)000001", 2, vec![head(0, 3, 1), head(1, 4, 2)]);
        assert_eq!(counts.per_nationality["DE"], 7);
        assert_eq!(counts.per_partner["friends"], 3);
        assert_eq!(counts.heads.len(), 2);
    }
}
