//! The tally: a Durable Object holding the one aggregate of statements per nationality that every
//! public page and the progress API read, and its typed client. Public requests never fan out to
//! the ledger shards: the tally refreshes itself from an alarm, at most every
//! `FIGURES_REFRESH_SECONDS` (default [`DEFAULT_REFRESH_SECONDS`]) and only while someone is
//! reading, so a flood of progress requests costs the shards nothing, and a collection read all
//! day costs the shards one request each per period (docs/operations.md, "Plans and quotas").

use std::cell::Cell;
use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use worker::*;

use crate::config;
use crate::durable;
use crate::error::{EdgeError, EdgeResult};
use crate::shard::ShardClient;
use crate::vault::VaultClient;

const BINDING: &str = "TALLY";
const OBJECT_NAME: &str = "tally";
const CALL_URL: &str = "https://tally.internal/call";
const STORED: &str = "aggregate";

/// How old the aggregate may grow while people read it, unless `FIGURES_REFRESH_SECONDS` says
/// otherwise (seconds).
pub const DEFAULT_REFRESH_SECONDS: i64 = 60;
/// The shortest period allowed.
const MIN_REFRESH_SECONDS: i64 = 5;

/// How old the aggregate may grow while people read it (milliseconds).
fn refresh_ms(env: &Env) -> i64 {
    config::optional_var(env, "FIGURES_REFRESH_SECONDS")
        .trim()
        .parse::<i64>()
        .unwrap_or(DEFAULT_REFRESH_SECONDS)
        .max(MIN_REFRESH_SECONDS)
        .saturating_mul(1000)
}
/// Without readers for this long, the tally stops refreshing (milliseconds).
const IDLE_MS: i64 = 5 * 60_000;

/// The aggregate as the tally keeps it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Aggregate {
    /// Statements per nationality (erased ones not counted).
    pub counts: BTreeMap<String, u64>,
    /// Signatures made through each partner (erasures not subtracted; see the shard's counts).
    #[serde(default)]
    pub partners: BTreeMap<String, u64>,
    /// Every shard's signed checkpoint read with its counts (shards without one left out): the
    /// counts are the sum of their `size − erased`, so a reader of the published total can
    /// check it against the log, whenever it was read (`ocs audit`).
    #[serde(default)]
    pub checkpoints: Vec<String>,
    /// When the shards were last read (Unix milliseconds; 0: never yet).
    pub refreshed_at_ms: i64,
    /// How many times the shards were read since the tally was made (a fan-out each).
    pub refreshes: u64,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
enum TallyRequest {
    /// The aggregate as it is; arms the refresh.
    Figures,
    /// What the tally did since it started (src/meter.rs).
    #[cfg(feature = "test-hooks")]
    Meter,
}

/// The tally (a Durable Object of class `Tally`; there is one, named `tally`).
#[durable_object]
pub struct Tally {
    state: State,
    env: Env,
    /// When the aggregate was last read (Unix milliseconds).
    last_read: Cell<i64>,
    /// A first computation is under way (readers wait for it rather than start another).
    computing: Cell<bool>,
    /// Requests and alarms, counted (src/meter.rs).
    meter: crate::meter::Meter,
}

fn now_ms() -> i64 {
    i64::try_from(Date::now().as_millis()).unwrap_or(i64::MAX)
}

impl DurableObject for Tally {
    fn new(state: State, env: Env) -> Self {
        Tally {
            state,
            env,
            last_read: Cell::new(0),
            computing: Cell::new(false),
            meter: crate::meter::Meter::default(),
        }
    }

    async fn fetch(&self, mut req: Request) -> Result<Response> {
        let request: TallyRequest = match durable::read_call(&mut req, "tally").await {
            Ok(r) => r,
            Err(refused) => return refused,
        };
        match request {
            TallyRequest::Figures => {
                self.meter.request("figures");
                durable::reply(self.figures().await, "tally")
            }
            #[cfg(feature = "test-hooks")]
            TallyRequest::Meter => Response::from_json(&self.meter.snapshot()),
        }
    }

    async fn alarm(&self) -> Result<Response> {
        self.meter.request("alarm");
        if let Err(e) = self.refresh().await {
            console_error!("tally: {e}");
        }
        // Keep refreshing while people read; an idle tally sleeps until the next reader.
        if now_ms() - self.last_read.get() < IDLE_MS {
            self.state
                .storage()
                .set_alarm(refresh_ms(&self.env))
                .await?;
        }
        Response::ok("refreshed")
    }
}

impl Tally {
    async fn stored(&self) -> EdgeResult<Aggregate> {
        Ok(self
            .state
            .storage()
            .get::<Aggregate>(STORED)
            .await?
            .unwrap_or_default())
    }

    async fn figures(&self) -> EdgeResult<Response> {
        let now = now_ms();
        self.last_read.set(now);
        let mut aggregate = self.stored().await?;
        if aggregate.refreshed_at_ms == 0 {
            // Never computed (a new collector): the one time a reader waits for the shards.
            // Concurrent first readers wait for the same computation.
            if self.computing.replace(true) {
                for _ in 0..100 {
                    Delay::from(std::time::Duration::from_millis(50)).await;
                    if !self.computing.get() {
                        break;
                    }
                }
            } else {
                let computed = self.refresh().await;
                self.computing.set(false);
                computed?;
            }
            aggregate = self.stored().await?;
        }
        let storage = self.state.storage();
        if storage.get_alarm().await?.is_none() {
            let due = (aggregate.refreshed_at_ms + refresh_ms(&self.env) - now).max(0);
            storage.set_alarm(due).await?;
        }
        Ok(Response::from_json(&aggregate)?)
    }

    /// Reads every shard once and keeps the sum.
    async fn refresh(&self) -> EdgeResult<()> {
        let shards = VaultClient::new(&self.env)?
            .shards_ever(config::shard_count(&self.env)?)
            .await?;
        let mut counts = BTreeMap::<String, u64>::new();
        let mut partners = BTreeMap::<String, u64>::new();
        let mut checkpoints = Vec::new();
        for shard in 0..shards {
            let shard_counts = ShardClient::new(&self.env, shard)?.counts().await?;
            checkpoints.extend(shard_counts.checkpoint);
            for (nationality, n) in shard_counts.per_nationality {
                *counts.entry(nationality).or_default() += n;
            }
            for (partner, n) in shard_counts.per_partner {
                *partners.entry(partner).or_default() += n;
            }
        }
        let previous = self.stored().await?;
        let aggregate = Aggregate {
            counts,
            partners,
            checkpoints,
            refreshed_at_ms: now_ms(),
            refreshes: previous.refreshes + 1,
        };
        self.state.storage().put(STORED, &aggregate).await?;
        console_log!("tally: refreshed from {shards} shards");
        Ok(())
    }
}

/// The typed client of the tally.
pub struct TallyClient {
    stub: Stub,
}

impl TallyClient {
    /// The client of the one tally.
    pub fn new(env: &Env) -> EdgeResult<Self> {
        Ok(TallyClient {
            stub: crate::jurisdiction::configured_stub(env, BINDING, OBJECT_NAME)?,
        })
    }

    /// What the tally did since it started (a build with the `test-hooks` feature).
    #[cfg(feature = "test-hooks")]
    pub async fn meter(&self) -> EdgeResult<crate::meter::Snapshot> {
        durable::call(&self.stub, CALL_URL, &TallyRequest::Meter, "tally").await
    }

    /// The aggregate as it stands (at most one refresh period old while people read it).
    pub async fn figures(&self) -> EdgeResult<Aggregate> {
        durable::call(&self.stub, CALL_URL, &TallyRequest::Figures, "tally").await
    }
}

/// Refuses an aggregate that was never computed.
pub fn fresh(aggregate: Aggregate) -> EdgeResult<Aggregate> {
    if aggregate.refreshed_at_ms == 0 {
        return Err(EdgeError::Unavailable(
            "the progress figures are being computed".into(),
        ));
    }
    Ok(aggregate)
}
