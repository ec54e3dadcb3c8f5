//! End to end, retention and erasure leave nothing behind: the sweep deletes every shard ever
//! written, early enough that the storage's point-in-time recovery ends by the legal deadline;
//! the retired vault refuses every signature on its own; lowering `SHARD_COUNT` strands nothing.
#![cfg(feature = "e2e")]

mod support;

use ocs_testkit::{part_a, part_b, PART_B};
use support::objects::{stored_rows, vault_entries};
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
    // At the objects themselves: no row in any shard's storage, no dedupe key in the vault.
    assert_eq!(stored_rows(&state), 0);
    let vault = vault_entries(&state);
    assert!(vault.iter().any(|(k, _)| k == "retired"), "{vault:?}");
    assert!(!vault.iter().any(|(k, _)| k == "dedupe_key"), "{vault:?}");
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
    // The vault's secret is gone, and the organiser-auth throttle still keys each client apart:
    // one client's guessing locks out that client only.
    let as_client = |client: &str, token: &str| {
        w.get_with(
            "/api/v1/counts",
            &[
                ("authorization", &format!("Bearer {token}")),
                ("cf-connecting-ip", client),
            ],
        )
        .status
    };
    let (guesser, guesses) = in_one_limit_window(|run| {
        let guesser = format!("10.66.{run}.1");
        let guesses: Vec<u16> = (0..11).map(|_| as_client(&guesser, "a-guess")).collect();
        (guesser, guesses)
    });
    assert_eq!(guesses.last(), Some(&429), "{guesses:?}");
    assert_eq!(as_client(&guesser, EXPORT_TOKEN), 429);
    assert_eq!(as_client("10.65.0.2", EXPORT_TOKEN), 200);
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

/// Runs the retention sweep once on `state` with `vars`; returns the runtime's output.
fn sweep(name: &'static str, state: &std::path::Path, vars: Vec<(&'static str, String)>) -> String {
    let mut instance = Instance::new(name, vars);
    instance.state = Some(state.to_path_buf());
    let w = start(instance);
    let reply = w.get("/__scheduled?cron=30+3+*+*+*");
    assert_eq!(reply.status, 200, "{}", reply.body);
    let log = eventually(std::time::Duration::from_secs(10), "the sweep logs", || {
        Some(w.log_text()).filter(|l| l.contains("retention: "))
    });
    w.stop(false);
    log
}

/// The sweep reads only the dates and the shard count: a typo anywhere else never keeps
/// statements past the deadline; a date written wrong counts as the earliest day it could mean;
/// where no deadline can be computed, every run says so. Checked in the objects' storage.
#[test]
fn the_sweep_reads_only_the_dates_and_destroys_at_the_earliest_deadline_they_allow() {
    let open = start(Instance::new("dates-open", open_vars()));
    let held = sign_some(&open, 42) as u64;
    let state = open.state_dir.clone();
    open.stop(false);
    assert_eq!(stored_rows(&state), held);
    let with = |pairs: &[(&'static str, &str)]| {
        let mut vars = open_vars();
        for (key, value) in pairs {
            vars.retain(|(k, _)| k != key);
            vars.push((key, (*value).to_owned()));
        }
        vars
    };
    // Typos in vars the sweep does not need: every page refuses, the sweep still runs, and
    // during the collection it keeps everything.
    let typos = [
        ("PARTNERS", "{not json"),
        ("LANGUAGES", "xx"),
        ("EMBED_ORIGINS", "nowhere"),
    ];
    let log = sweep("dates-typos", &state, with(&typos));
    assert!(log.contains("retention: statements kept until"), "{log}");
    assert_eq!(stored_rows(&state), held, "kept during the collection");
    // No start and no end that can be read: no deadline; said on every run; nothing destroyed.
    let lost = with(&[
        ("COLLECTION_START", "2026-13-01"),
        ("COLLECTION_END", "soon"),
    ]);
    for run in ["dates-lost-1", "dates-lost-2"] {
        let log = sweep(run, &state, lost.clone());
        assert!(
            log.contains("THE DEADLINE CANNOT BE COMPUTED: COLLECTION_START"),
            "{log}"
        );
    }
    assert_eq!(stored_rows(&state), held);
    // A submission date written wrong: it was set, so it happened, at the earliest on the first
    // day of collection (30 days ago): the deadline is past; everything goes.
    let submitted = with(&[
        ("SUBMITTED_TO_COMMISSION", "2027-6-1"),
        ("PARTNERS", "{not json"),
    ]);
    let log = sweep("dates-submitted-typo", &state, submitted);
    assert!(
        log.contains(&format!("{held} rows and the dedupe key deleted")),
        "{log}"
    );
    assert_eq!(stored_rows(&state), 0);
    let vault = vault_entries(&state);
    assert!(vault.iter().any(|(k, _)| k == "retired"), "{vault:?}");
    assert!(!vault.iter().any(|(k, _)| k == "dedupe_key"), "{vault:?}");
}

/// Shards written under a higher `SHARD_COUNT` are still exported, erased and swept after it
/// was lowered (by a release before the shard count was fixed at the first signature; since,
/// a deployment with another count is refused at signing).
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
    let refused = w.sign_json("203.0.113.202", &part_a("DE"), "pass");
    assert_eq!(
        (refused.status, refused.json()["setting"].as_str()),
        (503, Some("SHARD_COUNT")),
        "{}",
        refused.body
    );
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
