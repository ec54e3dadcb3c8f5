//! Benchmarks of what a real deployment pays, run by `scripts/bench worker` (they are
//! `#[ignore]`d in `cargo test`; nothing here asserts a speed). They run the worker built with
//! its test hooks (src/test_hooks.rs), whose Durable Objects count their requests and the rows
//! SQLite reads and writes for them (src/meter.rs), and whose probes spend one part of a
//! signature's work alone. docs/operations.md ("Plans and quotas") and docs/performance.md hold
//! the figures.
//!
//! - What a signature and a public page view cost the Durable Objects: requests and rows, from
//!   the objects' own meters (the platform's billing units).
//! - Signing beside a flood of each public route: throughput and p99 against signing alone, in
//!   the same run.
//! - Where a signature's CPU goes in the local runtime: the runtime process's CPU per request
//!   for each part alone (a Durable Object call, an outbound fetch, the rate limiter, a Durable
//!   Object write) beside a whole signature and `/healthz`.
#![cfg(feature = "e2e")]

mod support;

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use support::bench::{self, process_cpu};
use support::*;

fn sign(w: &Worker, n: u64) {
    bench::sign(w, n);
}

fn hooks_instance(name: &'static str, extra: &[(&'static str, &str)]) -> Worker {
    let mut vars = open_vars();
    for (k, v) in extra {
        vars.retain(|(key, _)| key != k);
        vars.push((k, (*v).to_owned()));
    }
    let mut instance = Instance::new(name, vars);
    instance.build = Some(hooks_build());
    start(instance)
}

/// What an object did: requests, rows read, rows written, SQL statements.
type Cost = (u64, u64, u64, u64);

/// Every object's counts summed by (object, operation).
fn totals(meter: &serde_json::Value) -> BTreeMap<(String, String), Cost> {
    let mut out = BTreeMap::new();
    let mut add = |object: &str, counts: &serde_json::Value| {
        for (op, c) in counts.as_object().into_iter().flatten() {
            let e = out
                .entry((object.to_owned(), op.clone()))
                .or_insert((0, 0, 0, 0));
            e.0 += c["requests"].as_u64().unwrap_or(0);
            e.1 += c["rows_read"].as_u64().unwrap_or(0);
            e.2 += c["rows_written"].as_u64().unwrap_or(0);
            e.3 += c["statements"].as_u64().unwrap_or(0);
        }
    };
    for shard in meter["shards"].as_array().into_iter().flatten() {
        add("shard", shard);
    }
    add("vault", &meter["vault"]);
    add("tally", &meter["tally"]);
    out
}

fn since(
    after: &BTreeMap<(String, String), Cost>,
    before: &BTreeMap<(String, String), Cost>,
) -> BTreeMap<(String, String), Cost> {
    after
        .iter()
        .filter(|((_, op), _)| op != "meter")
        .map(|(k, (r, rr, rw, st))| {
            let (br, brr, brw, bst) = before.get(k).copied().unwrap_or_default();
            (k.clone(), (r - br, rr - brr, rw - brw, st - bst))
        })
        .filter(|(_, (r, ..))| *r > 0)
        .collect()
}

fn write_json(name: &str, value: &serde_json::Value) {
    let out = root().join("target/bench");
    std::fs::create_dir_all(&out).expect("target/bench");
    std::fs::write(
        out.join(name),
        serde_json::to_string_pretty(value).unwrap_or_default(),
    )
    .expect("write");
    println!("written: target/bench/{name}");
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// The public routes a flood hits.
const PUBLIC: [&str; 9] = [
    "/log/",
    "/log/checkpoint",
    "/log/0/checkpoint",
    "/log/0/tile/0/000.p/1",
    "/api/v1/counter",
    "/api/v1/progress",
    "/en/progress",
    "/en/counter",
    "/en/counter.svg",
];

#[test]
#[ignore = "a benchmark: scripts/bench worker"]
fn what_signatures_and_page_views_cost_the_durable_objects() {
    let w = hooks_instance("objects-cost", &[]);
    // Warm: the isolate's keys and settings, every shard made.
    for n in 0..40 {
        sign(&w, n);
    }
    let signatures = 300u64;
    let before = totals(&w.meter());
    for n in 1_000..1_000 + signatures {
        sign(&w, n);
    }
    let signing = since(&totals(&w.meter()), &before);
    let per = |(r, rr, rw, st): Cost| {
        serde_json::json!({
            "requests": round(r as f64 / signatures as f64),
            "rows_read": round(rr as f64 / signatures as f64),
            "rows_written": round(rw as f64 / signatures as f64),
            "statements": round(st as f64 / signatures as f64),
        })
    };
    let mut report = serde_json::Map::new();
    for ((object, op), counts) in &signing {
        println!("per signature: {object} {op}: {}", per(*counts));
        report.insert(format!("signature/{object}/{op}"), per(*counts));
    }
    // Public views: each route once to fill the caches, then many.
    for route in PUBLIC {
        w.get(route);
    }
    let views = 200u64;
    for route in PUBLIC {
        let before = totals(&w.meter());
        let started = Instant::now();
        for _ in 0..views {
            let r = w.get(route);
            assert!(r.status == 200, "{route}: {}", r.body);
        }
        let seconds = started.elapsed().as_secs_f64();
        let viewed = since(&totals(&w.meter()), &before);
        let objects: u64 = viewed
            .iter()
            .filter(|((o, op), _)| !(o == "tally" && op == "alarm"))
            .map(|(_, (r, ..))| r)
            .sum();
        println!(
            "{route}: {views} views in {seconds:.1} s: {objects} object requests ({:.4} per view) {viewed:?}",
            objects as f64 / views as f64
        );
        report.insert(
            format!("view{route}"),
            serde_json::json!({"views": views, "seconds": round(seconds), "object_requests": objects}),
        );
    }
    // The tally's own refresh while read: one alarm and each shard's counts per period.
    let before = totals(&w.meter());
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(21) {
        w.get("/api/v1/counter");
        std::thread::sleep(Duration::from_millis(500));
    }
    let refreshing = since(&totals(&w.meter()), &before);
    println!("tally refresh over 21 s (FIGURES_REFRESH_SECONDS 5): {refreshing:?}");
    report.insert(
        "tally_refresh_21s".into(),
        serde_json::json!(refreshing
            .iter()
            .map(|((o, op), c)| (format!("{o}/{op}"), serde_json::json!([c.0, c.1, c.2, c.3])))
            .collect::<serde_json::Map<_, _>>()),
    );
    write_json("worker-objects.json", &serde_json::Value::Object(report));
    w.stop(false);
}

/// Latencies of `count` signatures from `connections` threads, and the wall time.
fn signing_load(w: &Worker, connections: u64, count: u64, first: u64) -> (Vec<Duration>, Duration) {
    let started = Instant::now();
    let latencies = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..connections)
            .map(|c| {
                scope.spawn(move || {
                    (first + c..first + count)
                        .step_by(connections as usize)
                        .map(|n| {
                            let t = Instant::now();
                            sign(w, n);
                            t.elapsed()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("thread"))
            .collect::<Vec<_>>()
    });
    (latencies, started.elapsed())
}

fn p99(latencies: &mut [Duration]) -> f64 {
    latencies.sort();
    let i = ((latencies.len() as f64 - 1.0) * 0.99).round() as usize;
    latencies.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Signing throughput and p99 of `count` signatures, while `flooders` threads request `flood`
/// (none: signing alone) as fast as they can; and how many views they made.
fn beside(w: &Worker, flood: Option<&str>, count: u64, next: &mut u64) -> (f64, f64, u64) {
    let stop = std::sync::atomic::AtomicBool::new(false);
    let flooded = std::sync::atomic::AtomicU64::new(0);
    let first = *next;
    *next += count;
    let (rate, p99_ms) = std::thread::scope(|scope| {
        if let Some(route) = flood {
            for _ in 0..4 {
                scope.spawn(|| {
                    while !stop.load(std::sync::atomic::Ordering::Relaxed) {
                        w.get(route);
                        flooded.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    }
                });
            }
        }
        let (mut l, wall) = signing_load(w, 16, count, first);
        stop.store(true, std::sync::atomic::Ordering::Relaxed);
        (count as f64 / wall.as_secs_f64(), p99(&mut l))
    });
    (
        rate,
        p99_ms,
        flooded.load(std::sync::atomic::Ordering::Relaxed),
    )
}

#[test]
#[ignore = "a benchmark: scripts/bench worker"]
fn signing_beside_a_flood_of_each_public_route() {
    let count: u64 = std::env::var("OCS_BENCH_SIGNATURES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(400);
    // This build, and, when `OCS_BENCH_BEFORE_BUILD` names one, an earlier build beside it in
    // the same run (its public routes asked the shards and the vault per request).
    let mut builds = vec![("this build", hooks_build())];
    if let Ok(before) = std::env::var("OCS_BENCH_BEFORE_BUILD") {
        builds.push(("earlier build", std::path::PathBuf::from(before)));
    }
    let workers: Vec<(&str, Worker)> = builds
        .into_iter()
        .zip(["flood-this", "flood-before"])
        .map(|((label, build), name)| {
            let mut instance = Instance::new(name, open_vars());
            instance.build = Some(build);
            (label, start(instance))
        })
        .collect();
    let mut next = 11_000_000u64;
    for (_, w) in &workers {
        signing_load(w, 16, 64, next);
        next += 64;
        for route in PUBLIC {
            w.get(route);
        }
    }
    let mut runs = Vec::new();
    for route in PUBLIC {
        for (label, w) in &workers {
            // Alone, beside the route's flood, beside a flood of /healthz (the same load on the
            // local runtime without the route's own work): one after the other, so the machine's
            // drift weighs on all three.
            let (alone, p99_alone, _) = beside(w, None, count, &mut next);
            let (flooded, p99_flooded, views) = beside(w, Some(route), count, &mut next);
            let (control, p99_control, _) = beside(w, Some("/healthz"), count, &mut next);
            let line = serde_json::json!({
                "build": label,
                "route": route,
                "signing_alone_per_s": round(alone),
                "signing_beside_flood_per_s": round(flooded),
                "signing_beside_healthz_flood_per_s": round(control),
                "ratio_to_alone": round(flooded / alone),
                "ratio_to_healthz_flood": round(flooded / control),
                "p99_alone_ms": round(p99_alone),
                "p99_beside_flood_ms": round(p99_flooded),
                "p99_beside_healthz_flood_ms": round(p99_control),
                "public_views": views,
            });
            println!("{line}");
            runs.push(line);
        }
    }
    write_json("worker-floods.json", &serde_json::json!({ "runs": runs }));
    for (_, w) in &workers {
        w.stop(false);
    }
}

#[test]
#[ignore = "a benchmark: scripts/bench worker"]
fn where_a_signatures_cpu_goes() {
    let w = hooks_instance("cpu-parts", &[("LOAD_BASELINE", "on")]);
    let w = &w;
    let mut next = 20_000_000u64;
    let get = |path: &'static str| move |_| assert_eq!(w.get(path).status, 200, "{path}");
    let baseline = |n: u64| {
        bench::baseline(w, n);
    };
    // Twice round, the order alternated, to see the spread of the shared machine.
    let mut rounds = Vec::new();
    for round_n in 0..2 {
        let mut parts: Vec<(&str, f64)> = vec![
            (
                "GET /healthz (the runtime's floor)",
                process_cpu(w, 600, &mut next, get("/healthz")),
            ),
            (
                "a Durable Object call that does nothing",
                process_cpu(w, 600, &mut next, get("/__probe/noop")),
            ),
            (
                "an outbound fetch (to the bot-check stub)",
                process_cpu(w, 600, &mut next, get("/__probe/fetch")),
            ),
            (
                "a rate-limiter call",
                process_cpu(w, 600, &mut next, get("/__probe/limit")),
            ),
            (
                "a Durable Object write (the load baseline)",
                process_cpu(w, 400, &mut next, baseline),
            ),
            (
                "a signature",
                process_cpu(w, 300, &mut next, |n| sign(w, n)),
            ),
        ];
        if round_n == 1 {
            parts.reverse();
        }
        for (what, ms) in &parts {
            println!("round {round_n}: {what:<45} {ms:6.2} ms");
        }
        rounds.push(
            parts
                .iter()
                .map(|(what, ms)| ((*what).to_owned(), serde_json::json!(round(*ms))))
                .collect::<serde_json::Map<_, _>>(),
        );
    }
    write_json(
        "worker-cpu-parts.json",
        &serde_json::json!({ "rounds": rounds }),
    );
    w.stop(false);
}

/// What reading the configuration once per isolate saves: the runtime process's CPU per request
/// of pages that need it, on an instance that keeps its configuration (as deployed) and on one
/// whose hooks build reads it on every request (`CONFIG_EVERY_REQUEST`, as before), rounds
/// alternated so that drift in the machine's load hits both alike.
#[test]
#[ignore = "a benchmark: scripts/bench worker"]
fn configuration_read_once_against_every_request() {
    let once = hooks_instance("config-once", &[]);
    let every = hooks_instance("config-every", &[("CONFIG_EVERY_REQUEST", "on")]);
    let mut next = 30_000_000u64;
    let mut rounds = Vec::new();
    for round_n in 0..4 {
        let order: [(&str, &Worker); 2] = if round_n % 2 == 0 {
            [("once", &once), ("every request", &every)]
        } else {
            [("every request", &every), ("once", &once)]
        };
        let mut round_figures = serde_json::Map::new();
        for (label, w) in order {
            for (what, path) in [
                ("form page", "/en/sign?nationality=DE"),
                ("counter API", "/api/v1/counter"),
            ] {
                let ms = process_cpu(w, 600, &mut next, |_| {
                    assert_eq!(w.get(path).status, 200, "{path}");
                });
                println!("round {round_n}: {what:<12} config read {label:<14} {ms:6.3} ms");
                round_figures.insert(format!("{what}, {label}"), serde_json::json!(round(ms)));
            }
        }
        rounds.push(round_figures);
    }
    let mean = |key: &str| {
        rounds.iter().filter_map(|r| r[key].as_f64()).sum::<f64>() / rounds.len() as f64
    };
    for what in ["form page", "counter API"] {
        let (o, e) = (
            mean(&format!("{what}, once")),
            mean(&format!("{what}, every request")),
        );
        println!(
            "{what}: once {o:.3} ms, every request {e:.3} ms, saved {:.3} ms ({:.2}x)",
            e - o,
            e / o
        );
    }
    write_json(
        "worker-config-once.json",
        &serde_json::json!({ "rounds": rounds }),
    );
    once.stop(false);
    every.stop(false);
}
