//! End to end, retention and erasure leave nothing behind: the sweep deletes every shard ever
//! written, early enough that the storage's point-in-time recovery ends by the legal deadline;
//! the retired vault refuses every signature on its own; lowering `SHARD_COUNT` strands nothing.
#![cfg(feature = "e2e")]

mod support;

use ocs_testkit::{part_a, part_b, PART_B};
use support::*;

/// Signs one statement of every Part B fixture; returns how many.
fn sign_some(w: &Worker, net: u8) -> usize {
    for (i, (nat, doc, number)) in PART_B.iter().enumerate() {
        let r = w.sign_json(
            &format!("10.{net}.0.{}", i + 1),
            &part_b(nat, doc, number),
            "pass",
        );
        assert_eq!(r.status, 201, "{}", r.body);
    }
    PART_B.len()
}

fn total_rows(w: &Worker) -> usize {
    w.export_all().iter().map(Vec::len).sum()
}

/// Withdrawn 5 days ago: the legal deadline is 25 days away, but the collector destroys its copy
/// now, 30 days before it, so no earlier state of its storage can be restored after the deadline.
/// On the same state without `WITHDRAWN`, the retired vault alone refuses every signature.
#[test]
fn the_sweep_destroys_everything_early_and_the_retired_vault_refuses_alone() {
    let open = start(Instance::new("to-sweep", open_vars()));
    let held = sign_some(&open, 40);
    let state = open.state_dir.clone();
    open.stop(false);

    let mut withdrawn = open_vars();
    withdrawn.push(("WITHDRAWN", iso_day(-5)));
    let mut instance = Instance::new("withdrawn", withdrawn);
    instance.state = Some(state.clone());
    let w = start(instance);
    assert_eq!(total_rows(&w), held, "the ledger as left");
    let reply = w.get("/__scheduled?cron=30+3+*+*+*");
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert_eq!(total_rows(&w), 0, "rows left after the retention sweep");
    assert!(w.counts().is_empty(), "{:?}", w.counts());
    let log = eventually(
        std::time::Duration::from_secs(10),
        "the sweep is logged",
        || Some(w.log_text()).filter(|l| l.contains("rows and the dedupe key deleted")),
    );
    assert!(log.contains(&format!("{held} rows")), "{log}");
    let empty = setup().dir.join("after-retention");
    let (ok, out) = ocs(&[
        "pull",
        "--url",
        &w.base,
        empty.to_str().expect("utf-8 path"),
    ]);
    assert!(ok && out.contains("pulled 0 new rows"), "{out}");
    w.stop(false);

    // The same state, without WITHDRAWN: the collection period is open by its dates, but the
    // dedupe key is gone for good, so nothing can be signed.
    let mut reopened = Instance::new("reopened", open_vars());
    reopened.state = Some(state);
    let w = start(reopened);
    let late = w.sign_json("203.0.113.201", &part_a("DE"), "pass");
    assert_eq!(
        (late.status, late.code()),
        (410, "collection_closed".into()),
        "{}",
        late.body
    );
    w.stop(false);
}

/// Shards written under a higher `SHARD_COUNT` are still exported, erased and swept after it
/// was lowered.
#[test]
fn lowering_the_shard_count_strands_no_shard() {
    let open = start(Instance::new("four-shards", open_vars()));
    let held = sign_some(&open, 41);
    let state = open.state_dir.clone();
    open.stop(false);

    let mut fewer = open_vars();
    fewer.retain(|(k, _)| *k != "SHARD_COUNT");
    fewer.push(("SHARD_COUNT", "2".into()));
    let mut instance = Instance::new("two-shards", fewer.clone());
    instance.state = Some(state.clone());
    let w = start(instance);
    let page = w.organiser("/api/v1/export?shard=0&limit=1");
    assert_eq!(page.json()["shards"].as_u64(), Some(u64::from(SHARDS)));
    let bundle = setup().dir.join("fewer-shards-bundle");
    let (ok, out) = ocs(&["pull", "--url", &w.base, bundle.to_str().expect("utf-8")]);
    assert!(ok, "{out}");
    assert!(out.contains(&format!("pulled {held} new rows")), "{out}");
    let counts: u64 = w.counts().values().sum();
    assert_eq!(counts, held as u64);
    w.stop(false);

    fewer.push(("WITHDRAWN", iso_day(-5)));
    let mut sweep = Instance::new("two-shards-swept", fewer);
    sweep.state = Some(state);
    let w = start(sweep);
    assert_eq!(w.get("/__scheduled?cron=30+3+*+*+*").status, 200);
    assert_eq!(
        total_rows(&w),
        0,
        "a shard beyond SHARD_COUNT kept its rows"
    );
    w.stop(false);
}
