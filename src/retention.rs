//! The retention sweep, run by the cron trigger (wrangler.toml `[triggers]`): from the legal
//! deadline less the storage's recovery window, every shard ever written loses its rows and
//! counters, and the vault its dedupe key. Logs counts only. See docs/retention.md.
//!
//! The sweep reads only what it needs: the collection's dates, the shard count and where the
//! objects are. Nothing else in the configuration can stop it (a typo in an unrelated var must
//! never keep statements past the deadline), and a date written wrong counts as the earliest
//! day it could mean ([`SweepDates`]); where no deadline can be computed, every run says so
//! loudly.

use ocs_core::rules::{DateReading, RetentionStatus, SweepDates, RECOVERY_WINDOW_DAYS};
use worker::{console_error, console_log, Env};

use crate::clock;
use crate::config;
use crate::error::EdgeResult;
use crate::shard::ShardClient;
use crate::vault::VaultClient;

/// A date var as the sweep reads it.
fn reading(env: &Env, name: &'static str) -> DateReading {
    match config::optional_var(env, name).trim() {
        "" => DateReading::Unset,
        day => {
            ocs_core::dates::parse_iso_date(day).map_or(DateReading::Unreadable, DateReading::Date)
        }
    }
}

/// Destroys the ledger and the dedupe key once the retention deadline has passed.
pub async fn enforce(env: &Env) -> EdgeResult<()> {
    let max_months = config::deployed_ruleset()?.collection.max_months;
    let dates = SweepDates::read(
        reading(env, "COLLECTION_START"),
        reading(env, "COLLECTION_END"),
        reading(env, "SUBMITTED_TO_COMMISSION"),
        reading(env, "WITHDRAWN"),
        max_months,
    );
    if !dates.unknown.is_empty() {
        console_error!(
            "retention: THE DEADLINE CANNOT BE COMPUTED: {} unreadable (write YYYY-MM-DD and \
             redeploy); statements are destroyed only by the dates that can be read",
            dates.unknown.join(", ")
        );
    }
    let Some(retention) = dates.retention else {
        return Ok(());
    };
    let today = clock::now()?.date();
    match retention.status(today) {
        RetentionStatus::Keep { until } => {
            console_log!(
                "retention: statements kept until {until} (the legal deadline {} less {RECOVERY_WINDOW_DAYS} days of storage recovery)",
                retention.deadline()
            );
        }
        RetentionStatus::Destroy { since } => {
            // Every shard ever written: the vault's record, whatever SHARD_COUNT says now.
            let configured = config::shard_count(env).unwrap_or(0);
            let shards = VaultClient::new(env)?.shards_ever(configured).await?;
            if shards == 0 {
                console_error!(
                    "retention: deadline {since} passed but no shard count can be read \
                     (SHARD_COUNT, and none recorded): nothing destroyed"
                );
            }
            let mut purged = 0u64;
            for shard in 0..shards {
                purged += ShardClient::new(env, shard)?.purge().await?;
            }
            VaultClient::new(env)?.retire().await?;
            console_log!(
                "retention: deadline {since} passed; {purged} rows and the dedupe key deleted"
            );
        }
    }
    Ok(())
}
