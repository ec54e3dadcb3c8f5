//! Benchmarks of the collector in the local runtime, run by `scripts/bench --worker` (they are
//! `#[ignore]`d in `cargo test`; nothing here asserts a speed). docs/performance.md explains the
//! method and holds the figures.
//!
//! - CPU per request: for each kind of request, the CPU time the runtime process (workerd)
//!   spends per request with no profiler attached, beside `/healthz` (the runtime's own cost of
//!   answering anything), and a second pass under V8's sampling profiler (the inspector of
//!   `wrangler dev`) that splits the JavaScript and WebAssembly time between the request's own
//!   handler (what the Workers CPU limit counts) and the Durable Objects it calls (counted on
//!   their own).
//! - Load: signing from 16 connections, a fixed number of statements, beside a route that does
//!   the same Durable Object write without our code (`LOAD_BASELINE`); throughput, p50 and p99,
//!   and every 201 found in the ledger afterwards.
#![cfg(feature = "e2e")]

mod support;

use std::net::TcpStream;
use std::time::{Duration, Instant};

use ocs_core::keys::{SecretKey, Suite};
use support::bench::{baseline, process_cpu, sign};
use support::*;

/// A connection to V8's inspector (the DevTools protocol) through wrangler dev.
struct Inspector {
    socket: tungstenite::WebSocket<TcpStream>,
    next: u64,
}

impl Inspector {
    fn connect(port: u16) -> Inspector {
        let stream = TcpStream::connect(("127.0.0.1", port)).expect("inspector");
        let (socket, _) =
            tungstenite::client(format!("ws://127.0.0.1:{port}/ws"), stream).expect("handshake");
        socket
            .get_ref()
            .set_read_timeout(Some(Duration::from_secs(3)))
            .expect("timeout");
        Inspector { socket, next: 0 }
    }

    /// Sends one command and returns its result. wrangler's inspector proxy echoes each command
    /// back (with its id) before or instead of the runtime's reply: a command with nothing to
    /// answer (`Profiler.enable`) gets only the echo, so a read that times out after the echo
    /// ends the wait.
    fn call(&mut self, method: &str, params: serde_json::Value) -> serde_json::Value {
        self.next += 1;
        let id = self.next;
        let message = serde_json::json!({"id": id, "method": method, "params": params});
        self.socket
            .send(tungstenite::Message::text(message.to_string()))
            .expect("send");
        let mut echoed = false;
        loop {
            let frame = match self.socket.read() {
                Ok(frame) => frame,
                Err(tungstenite::Error::Io(e))
                    if echoed && e.kind() == std::io::ErrorKind::WouldBlock =>
                {
                    return serde_json::Value::Null
                }
                Err(tungstenite::Error::Io(e)) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    continue
                }
                Err(e) => panic!("inspector: {e}"),
            };
            let Ok(text) = frame.to_text() else { continue };
            let reply: serde_json::Value = serde_json::from_str(text).unwrap_or_default();
            if reply["id"].as_u64() == Some(id) {
                if reply.get("result").is_some() {
                    return reply["result"].clone();
                }
                echoed = true;
            }
        }
    }
}

/// Functions that run only inside the Durable Objects (the ledger shard, the vault, the tally).
const OBJECT_CODE: [&str; 14] = [
    "ocs_edge::shard::object",
    "ocs_edge::shard::tree",
    "ocs_edge::vault::Vault::",
    "<ocs_edge::vault::Vault as",
    "ocs_edge::tally::Tally::",
    "<ocs_edge::tally::Tally as",
    "ocs_edge::durable::read_call",
    "ocs_edge::durable::reply",
    "worker::sql::",
    "sql_storage",
    "signed_note::",
    "tlog_tiles::",
    "ledger_fetch",
    "vault_fetch",
];

/// Milliseconds per request of the profiled run, by where they were spent.
#[derive(Default, Debug, Clone, Copy)]
struct Split {
    handler: f64,
    objects: f64,
    runtime: f64,
}

fn split_profile(profile: &serde_json::Value, requests: u64) -> Split {
    let nodes = profile["nodes"].as_array().cloned().unwrap_or_default();
    let mut name = std::collections::HashMap::new();
    let mut parent = std::collections::HashMap::new();
    for node in &nodes {
        let id = node["id"].as_u64().unwrap_or(0);
        name.insert(
            id,
            node["callFrame"]["functionName"]
                .as_str()
                .unwrap_or("")
                .to_owned(),
        );
        for child in node["children"].as_array().into_iter().flatten() {
            parent.insert(child.as_u64().unwrap_or(0), id);
        }
    }
    // The sampler ticks at a fixed interval while the isolate runs; a long delta is a gap in
    // which it was idle. Each sample stands for one interval.
    let mut deltas: Vec<u64> = profile["timeDeltas"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|d| d.as_u64())
        .filter(|d| *d < 1000)
        .collect();
    deltas.sort_unstable();
    let interval_ms = deltas.get(deltas.len() / 2).copied().unwrap_or(100) as f64 / 1000.0;
    let mut split = Split::default();
    for sample in profile["samples"].as_array().into_iter().flatten() {
        let leaf = sample.as_u64().unwrap_or(0);
        if name.get(&leaf).is_some_and(|n| n == "(idle)") {
            continue;
        }
        let (mut at, mut ours, mut object) = (Some(leaf), false, false);
        while let Some(id) = at {
            let n = name.get(&id).map_or("", String::as_str);
            ours |= n.starts_with("ocs_") || n.contains("ocs_edge") || n.contains("ocs_core");
            object |= OBJECT_CODE.iter().any(|marker| n.contains(marker));
            at = parent.get(&id).copied();
        }
        let slot = match (object, ours) {
            (true, _) => &mut split.objects,
            (false, true) => &mut split.handler,
            (false, false) => &mut split.runtime,
        };
        *slot += interval_ms;
    }
    let n = requests.max(1) as f64;
    Split {
        handler: split.handler / n,
        objects: split.objects / n,
        runtime: split.runtime / n,
    }
}

/// One kind of request: its CPU per request without the profiler, and its profiled split.
struct Measured {
    what: &'static str,
    cpu_ms: f64,
    floor_ms: f64,
    split: Split,
}

fn measure(
    w: &Worker,
    inspector: &mut Inspector,
    what: &'static str,
    requests: u64,
    next: &mut u64,
    mut send: impl FnMut(u64),
) -> (f64, Split) {
    let cpu = process_cpu(w, requests, next, &mut send);
    inspector.call("Profiler.start", serde_json::json!({}));
    let profiled = requests.min(200);
    for _ in 0..profiled {
        send(*next);
        *next += 1;
    }
    let profile = inspector.call("Profiler.stop", serde_json::json!({}))["profile"].clone();
    let split = split_profile(&profile, profiled);
    println!(
        "  {what:<34} {cpu:6.2} ms/request in the runtime process; profiled: handler {:.2}, objects {:.2}, runtime {:.2}",
        split.handler, split.objects, split.runtime
    );
    (cpu, split)
}

#[test]
#[ignore = "a benchmark: scripts/bench --worker"]
fn cpu_per_request_in_the_runtime() {
    let xwing = SecretKey::generate(Suite::XWing).expect("key");
    let mut xwing_vars = open_vars();
    xwing_vars.retain(|(k, _)| *k != "ORGANISER_PUBLIC_KEY");
    xwing_vars.push((
        "ORGANISER_PUBLIC_KEY",
        xwing.public_key().expect("public").to_bech32(),
    ));
    let mut x25519_vars = open_vars();
    x25519_vars.push(("LOAD_BASELINE", "on".into()));
    x25519_vars.push((
        "PID_TRUST_ANCHORS",
        ocs_core::wallet::TEST_ANCHOR_PEM.to_owned(),
    ));
    let instances = [
        ("x25519", start(Instance::new("cpu-x25519", x25519_vars))),
        ("xwing", start(Instance::new("cpu-xwing", xwing_vars))),
    ];
    let mut results: Vec<Measured> = Vec::new();
    let mut next = 1_000_000u64;
    for (suite, w) in &instances {
        println!("instance sealing with {suite}:");
        let mut inspector = Inspector::connect(w.inspector);
        inspector.call("Profiler.enable", serde_json::json!({}));
        inspector.call(
            "Profiler.setSamplingInterval",
            serde_json::json!({"interval": 100}),
        );
        let get = |path: &'static str| move |_| assert_eq!(w.get(path).status, 200);
        let (floor, _) = measure(
            w,
            &mut inspector,
            "GET /healthz (runtime floor)",
            1000,
            &mut next,
            get("/healthz"),
        );
        let mut record = |what, requests, send: &mut dyn FnMut(u64)| {
            let (cpu, split) = measure(w, &mut inspector, what, requests, &mut next, send);
            results.push(Measured {
                what,
                cpu_ms: cpu,
                floor_ms: floor,
                split,
            });
        };
        if *suite == "x25519" {
            record(
                "form page (DE, en)",
                600,
                &mut get("/en/sign?nationality=DE"),
            );
            record("landing page (en)", 600, &mut get("/en/"));
            record("progress page (en)", 600, &mut get("/en/progress"));
            record("progress API", 600, &mut get("/api/v1/progress"));
            record("load baseline (a DO write)", 400, &mut |n| {
                baseline(w, n);
            });
            record("signature, X25519", 300, &mut |n| {
                sign(w, n);
            });
            // Answers made beforehand (the wallet is not what is measured), each a person of
            // its own; the key bindings stay fresh for the 5 minutes the run takes at most.
            for (format, what) in [
                ("dc+sd-jwt", "signature, wallet (SD-JWT VC)"),
                ("mso_mdoc", "signature, wallet (mdoc)"),
            ] {
                let answers = support::bench::wallet_answers(w, format, 20 + 300 + 200);
                let mut answered = answers.iter();
                record(what, 300, &mut |n| {
                    let pairs = answered.next().expect("an answer made beforehand");
                    let r = w.sign_json(&support::bench::client(n), pairs, "pass");
                    assert_eq!(r.status, 201, "{}", r.body);
                });
            }
        } else {
            record("signature, X-Wing", 300, &mut |n| {
                sign(w, n);
            });
        }
    }
    let rows: Vec<serde_json::Value> = results
        .iter()
        .map(|m| {
            serde_json::json!({
                "request": m.what,
                "runtime_process_ms": round(m.cpu_ms),
                "runtime_floor_ms": round(m.floor_ms),
                "ours_ms": round(m.cpu_ms - m.floor_ms),
                "profiled_handler_ms": round(m.split.handler),
                "profiled_objects_ms": round(m.split.objects),
                "profiled_runtime_ms": round(m.split.runtime),
            })
        })
        .collect();
    println!(
        "\n{:<30} {:>9} {:>7} {:>7} {:>9} {:>9}",
        "request", "process", "floor", "ours", "handler", "objects"
    );
    for m in &results {
        println!(
            "{:<30} {:>9.2} {:>7.2} {:>7.2} {:>9.2} {:>9.2}",
            m.what,
            m.cpu_ms,
            m.floor_ms,
            m.cpu_ms - m.floor_ms,
            m.split.handler,
            m.split.objects
        );
    }
    write_json("worker-cpu.json", &serde_json::json!({ "requests": rows }));
    for (_, w) in &instances {
        w.stop(false);
    }
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
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

/// Latencies of `count` requests sent from `connections` threads, and the wall time.
fn load(
    connections: u64,
    count: u64,
    first: u64,
    send: impl Fn(u64) + Sync,
) -> (Vec<Duration>, Duration) {
    let started = Instant::now();
    let latencies = std::thread::scope(|scope| {
        let send = &send;
        let handles: Vec<_> = (0..connections)
            .map(|c| {
                scope.spawn(move || {
                    (first + c..first + count)
                        .step_by(connections as usize)
                        .map(|n| {
                            let t = Instant::now();
                            send(n);
                            t.elapsed()
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("load thread"))
            .collect::<Vec<_>>()
    });
    (latencies, started.elapsed())
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted.get(i).map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

#[test]
#[ignore = "a benchmark: scripts/bench --worker"]
fn signing_under_load_beside_a_baseline_write() {
    let count: u64 = std::env::var("OCS_BENCH_SIGNATURES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(800);
    let connections = 16;
    let mut vars = open_vars();
    vars.push(("LOAD_BASELINE", "on".into()));
    let w = start(Instance::new("load", vars));
    // Warm-up: isolates, SQLite files, the vault's keys.
    load(connections, 64, 5_000_000, |n| {
        sign(&w, n);
        baseline(&w, n);
    });
    let mut report = Vec::new();
    let mut accepted = std::collections::BTreeSet::new();
    let ids = std::sync::Mutex::new(Vec::new());
    for (what, first) in [("signing", 6_000_000u64), ("baseline DO write", 7_000_000)] {
        let (mut latencies, wall) = load(connections, count, first, |n| {
            if what == "signing" {
                let r = sign(&w, n);
                ids.lock()
                    .expect("ids")
                    .push(r.json()["id"].as_str().unwrap_or("").to_owned());
            } else {
                baseline(&w, n);
            }
        });
        latencies.sort();
        let line = serde_json::json!({
            "requests": what,
            "count": count,
            "connections": connections,
            "per_second": round(count as f64 / wall.as_secs_f64()),
            "p50_ms": round(percentile(&latencies, 0.5)),
            "p99_ms": round(percentile(&latencies, 0.99)),
        });
        println!("{line}");
        report.push(line);
    }
    accepted.extend(ids.into_inner().expect("ids"));
    // Every 201 is in the ledger, once.
    let stored: std::collections::BTreeSet<String> = w
        .export_all()
        .into_iter()
        .flatten()
        .map(|row| row.id.to_string())
        .collect();
    let missing = accepted.difference(&stored).count();
    assert_eq!(
        missing, 0,
        "{missing} acknowledged statements are not in the ledger"
    );
    // `ocs pull` of everything signed, from the local runtime (the optimised build when
    // `scripts/bench` made one): its cost per row.
    let cli = root().join("target/cli/ocs");
    let ocs_bin = if cli.exists() { cli } else { ocs_binary() };
    let bundle = setup().dir.join("load-bundle");
    let _ = std::fs::remove_dir_all(&bundle);
    let started = Instant::now();
    let pulled = std::process::Command::new(&ocs_bin)
        .args([
            "pull",
            "--url",
            &w.base,
            bundle.to_str().unwrap_or_default(),
        ])
        .env("OCS_EXPORT_TOKEN", EXPORT_TOKEN)
        .output()
        .expect("ocs pull runs");
    let pull_s = started.elapsed().as_secs_f64();
    assert!(
        pulled.status.success(),
        "{}",
        String::from_utf8_lossy(&pulled.stderr)
    );
    let rows = stored.len() as f64;
    println!(
        "ocs pull ({}): {rows} rows in {pull_s:.2} s, {:.0} rows/s",
        ocs_bin.display(),
        rows / pull_s
    );
    let ratio = report[0]["per_second"].as_f64().unwrap_or(0.0)
        / report[1]["per_second"].as_f64().unwrap_or(1.0);
    println!(
        "signing {:.1}/s is {:.2} of the baseline write's rate; all {} acknowledged statements are in the ledger",
        report[0]["per_second"].as_f64().unwrap_or(0.0),
        ratio,
        accepted.len()
    );
    write_json(
        "worker-load.json",
        &serde_json::json!({
            "runs": report,
            "signing_to_baseline": round(ratio),
            "acknowledged_in_ledger": accepted.len(),
            "pull": { "rows": stored.len(), "seconds": round(pull_s), "rows_per_second": round(rows / pull_s) },
        }),
    );
    w.stop(false);
}
