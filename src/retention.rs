//! The retention sweep, run by the cron trigger (wrangler.toml `[triggers]`): from the legal
//! deadline less the storage's recovery window, every shard ever written loses its rows and
//! counters, and the vault its dedupe key. Logs counts only. See docs/retention.md.

use ocs_core::rules::{RetentionStatus, RECOVERY_WINDOW_DAYS};
use worker::{console_log, Env};

use crate::clock;
use crate::config::Config;
use crate::error::EdgeResult;
use crate::shard::ShardClient;
use crate::vault::VaultClient;

/// Destroys the ledger and the dedupe key once the retention deadline has passed.
pub async fn enforce(env: &Env) -> EdgeResult<()> {
    let config = Config::from_env(env)?;
    let today = clock::now()?.date();
    match config.retention.status(today) {
        RetentionStatus::Keep { until } => {
            console_log!(
                "retention: statements kept until {until} (the legal deadline {} less {RECOVERY_WINDOW_DAYS} days of storage recovery)",
                config.retention.deadline()
            );
        }
        RetentionStatus::Destroy { since } => {
            let shards = VaultClient::new(env)?.shards_ever(config.shards).await?;
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
