//! End to end, public traffic cannot starve signing: the progress page and the progress API read
//! one aggregate (the tally), which alone reads the shards, at most every ten seconds; a flood
//! of progress requests with ever-new query strings reaches no shard. The signing latency alone
//! and beside the flood is printed (speed is the benchmark's business: `scripts/bench`).
#![cfg(feature = "e2e")]

mod support;

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ocs_testkit::{letters, part_a, with};
use support::*;

fn sign_many(w: &Worker, from: u64, n: u64) -> Vec<Duration> {
    (from..from + n)
        .map(|i| {
            let pairs = with(
                &with(
                    &part_a("DE"),
                    "family_names",
                    Some(&format!("Flut{}", letters(i))),
                ),
                "full_first_names",
                Some("Anna"),
            );
            let started = Instant::now();
            let r = w.sign_json(
                &format!("10.50.{}.{}", i / 200, i % 200 + 1),
                &pairs,
                "pass",
            );
            assert_eq!(r.status, 201, "{}", r.body);
            started.elapsed()
        })
        .collect()
}

fn median(mut d: Vec<Duration>) -> Duration {
    d.sort();
    d[d.len() / 2]
}

fn refreshes(w: &Worker) -> usize {
    w.log_text().matches("tally: refreshed").count()
}

#[test]
fn a_flood_of_progress_requests_never_reaches_the_shards() {
    let w: &'static Worker = Box::leak(Box::new(start(Instance::new("progress", open_vars()))));
    let alone = sign_many(w, 0, 30);
    // The tally serves what it last read; it refreshes from its alarm while people read.
    w.progress_showing(30);

    let stop = Arc::new(AtomicBool::new(false));
    let served = Arc::new(AtomicU64::new(0));
    let before = refreshes(w);
    let flood_started = Instant::now();
    let flooders: Vec<_> = (0..12)
        .map(|t| {
            let (stop, served) = (Arc::clone(&stop), Arc::clone(&served));
            std::thread::spawn(move || {
                let mut i = 0u64;
                while !stop.load(Ordering::Relaxed) {
                    i += 1;
                    let path = if i.is_multiple_of(2) {
                        format!("/api/v1/progress?bypass={t}-{i}")
                    } else {
                        format!("/en/progress?bypass={t}-{i}")
                    };
                    if w.get(&path).status == 200 {
                        served.fetch_add(1, Ordering::Relaxed);
                    }
                }
            })
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let beside = sign_many(w, 1000, 30);
    stop.store(true, Ordering::Relaxed);
    for f in flooders {
        f.join().expect("flooder");
    }
    let flood = flood_started.elapsed();
    let fan_outs = refreshes(w) - before;
    let served = served.load(Ordering::Relaxed);
    let ratio = median(beside.clone()).as_secs_f64() / median(alone.clone()).as_secs_f64();
    eprintln!(
        "signing p50 alone {:?}, beside {served} progress requests in {flood:?}: {:?} (ratio {ratio:.2}); \
         the shards were read {fan_outs} times",
        median(alone),
        median(beside)
    );
    assert!(served > 100, "the flood was served: {served}");
    // One read of the shards per refresh period at most (and one in flight at the start).
    let allowed = flood.as_secs() / 10 + 2;
    assert!(
        fan_outs as u64 <= allowed,
        "{fan_outs} fan-outs in {flood:?} for {served} progress requests"
    );
    // The figures catch up with what was signed beside the flood.
    w.progress_showing(60);
}
