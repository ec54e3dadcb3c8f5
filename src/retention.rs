//! The retention sweep, run by the cron trigger (wrangler.toml `[triggers]`): once the deadline
//! has passed, every shard's rows and counters are deleted, and the vault's dedupe key with them.
//! Logs counts only. See docs/retention.md.

use ocs_core::rules::RetentionStatus;
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
            console_log!("retention: statements kept until {until}");
        }
        RetentionStatus::Destroy { since } => {
            let mut purged = 0u64;
            for shard in 0..config.shards {
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
