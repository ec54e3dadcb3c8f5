//! What the benchmarks (tests/bench_worker.rs, tests/bench_deployment.rs) share: a new person
//! and a new client address for each request, a signature and a load-baseline write that must
//! succeed, and the runtime process's CPU per request.

use super::{Reply, Worker};
use ocs_testkit::{part_a, with};

/// A German statement of a person of their own (`n` spelled in letters in the family name).
pub fn person(n: u64) -> Vec<(&'static str, String)> {
    with(
        &part_a("DE"),
        "family_names",
        Some(&format!("Messung {}", ocs_testkit::letters(n))),
    )
}

/// A client address of its own for request `n`, so no per-client limit decides a measurement.
pub fn client(n: u64) -> String {
    format!("10.{}.{}.{}", 50 + n / 62_500, n / 250 % 250, n % 250 + 1)
}

/// Signs as person `n` from client `n`; the signature must be accepted.
pub fn sign(w: &Worker, n: u64) -> Reply {
    let r = w.sign_json(&client(n), &person(n), "pass");
    assert_eq!(r.status, 201, "{}", r.body);
    r
}

/// One load-baseline write (`LOAD_BASELINE = "on"`) of about a row's worth of bytes (an X25519
/// row's envelope is some 600 base64 characters); it must be stored.
pub fn baseline(w: &Worker, n: u64) -> Reply {
    let body = format!("k{n} {}", "x".repeat(640));
    let r = w.post("/__load-baseline", &client(n), "text/plain", &body);
    assert_eq!(r.status, 201, "{}", r.body);
    r
}

/// The runtime process's CPU per request (ms) for `requests` of `send`, after a warm-up of 20;
/// `next` numbers the requests.
pub fn process_cpu(w: &Worker, requests: u64, next: &mut u64, mut send: impl FnMut(u64)) -> f64 {
    let pid = w.runtime_pid().expect("the runtime's process");
    for _ in 0..20 {
        send(*next);
        *next += 1;
    }
    let before = Worker::cpu_ms(pid);
    for _ in 0..requests {
        send(*next);
        *next += 1;
    }
    (Worker::cpu_ms(pid) - before) / requests as f64
}

/// `count` wallet signatures ready to post, each a German of their own (family name `Messung`
/// and letters, as [`person`]), answered by the test wallet under the published test anchor to
/// requests of `w`.
pub fn wallet_answers(w: &Worker, format: &str, count: u64) -> Vec<Vec<(&'static str, String)>> {
    use ocs_testkit::wallet::{self, Anchor};
    let asked: Vec<serde_json::Value> = (0..count)
        .map(|n| {
            // A client per answer, as the citizens are (the route's limit is per client).
            let client = format!("10.80.{}.{}", n / 250, n % 250 + 1);
            w.get_with(
                "/api/v1/wallet/request?nationality=DE",
                &[("cf-connecting-ip", &client)],
            )
            .json()
        })
        .collect();
    let cases = asked
        .iter()
        .enumerate()
        .map(|(n, request)| {
            let mut person = wallet::person("DE");
            // A person per answer and format: none is a duplicate of another.
            let kind = if format == "mso_mdoc" { "Mdoc" } else { "Jwt" };
            person["family_name"] =
                format!("Messung {kind} {}", ocs_testkit::letters(n as u64)).into();
            wallet::case_in(format, &n.to_string(), &request["request"], person, &[])
        })
        .collect();
    let reply = wallet::run(&w.base, Anchor::Published, cases);
    asked
        .iter()
        .enumerate()
        .map(|(n, request)| {
            vec![
                ("nationality", "DE".to_owned()),
                ("declaration", "true".to_owned()),
                (
                    "wallet_presentation",
                    reply.presentation(&n.to_string()).to_owned(),
                ),
                (
                    "wallet_nonce",
                    request["nonce"].as_str().unwrap_or_default().to_owned(),
                ),
            ]
        })
        .collect()
}
