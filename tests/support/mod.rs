//! The harness of the end-to-end tests: builds the worker as `wrangler deploy` would, starts
//! `wrangler dev` (workerd, local SQLite Durable Objects, a fresh `--persist-to` folder) and the
//! local Turnstile stub, and talks to them over loopback. Never calls Cloudflare.
//!
//! Every process runs in its own process group under a reaper that kills the group when the test
//! binary ends, however it ends, so the tests of one binary can share a worker (started once: it
//! takes seconds) and a failing test leaves nothing running. The files of a run stay in
//! `target/e2e/<test binary>/` for inspection.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use ocs_core::envelope::{open, Binding, Purpose};
use ocs_core::keys::{SecretKey, Suite};
use ocs_core::ledger::Row;
use ocs_core::statement::Statement;

pub mod bench;
mod draw;
#[allow(unused_imports)] // Not every test binary draws.
pub use draw::Draw;
pub mod objects;
pub mod wallet;

pub const INITIATIVE: &str = "ECI(2026)000001";
pub const SHARDS: u32 = 4;
pub const EXPORT_TOKEN: &str = "e2e-export-token-8c1f0d2b7a-5e9b2c4d1a7f";
pub const TURNSTILE_SECRET: &str = "e2e-turnstile-secret";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free local port")
}

pub fn iso_day(offset_days: i64) -> String {
    let day = time::OffsetDateTime::now_utc().date() + time::Duration::days(offset_days);
    day.to_string()
}

/// Runs `attempt` until one run falls within one minute of the wall clock, and returns that
/// run's result. The local rate limiters (Miniflare's) count in fixed windows aligned to the
/// minute; a run that straddles a boundary proves nothing about a limit, so it is run again
/// (each run must use clients of its own), never waited for.
pub fn in_one_limit_window<T>(mut attempt: impl FnMut(u32) -> T) -> T {
    let minute = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs() / 60)
    };
    for run in 0.. {
        let before = minute();
        let result = attempt(run);
        if minute() == before {
            return result;
        }
    }
    unreachable!("a run falls within one minute")
}

/// Polls `check` every 200 ms until it returns `Some`, for at most `timeout`.
pub fn eventually<T>(timeout: Duration, what: &str, mut check: impl FnMut() -> Option<T>) -> T {
    let started = Instant::now();
    loop {
        if let Some(done) = check() {
            return done;
        }
        assert!(
            started.elapsed() < timeout,
            "not within {timeout:?}: {what}"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Starts `command` in a process group of its own under a reaper that kills the whole group when
/// this test binary ends. Returns the reaper (the group's leader).
pub fn spawn_reaped(program: &Path, args: &[String], dir: &Path, log: Option<&Path>) -> Child {
    let script = r#"watched=$1; shift; "$@" & child=$!
while kill -0 "$watched" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
kill -TERM 0"#;
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .arg("reaper")
        .arg(std::process::id().to_string())
        .arg(program)
        .args(args)
        .current_dir(dir)
        .env("WRANGLER_SEND_METRICS", "false")
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .env("WRANGLER_HIDE_BANNER", "true")
        .stdin(Stdio::null())
        .process_group(0);
    match log {
        Some(log) => {
            let file = fs::File::create(log).expect("log file");
            cmd.stdout(file.try_clone().expect("log")).stderr(file);
        }
        None => {
            cmd.stdout(Stdio::piped());
        }
    }
    cmd.spawn().expect("sh runs")
}

/// Stops a process group started by [`spawn_reaped`] (SIGKILL with `kill_hard`).
pub fn stop_group(leader: u32, kill_hard: bool) {
    let signal = if kill_hard { "-KILL" } else { "-TERM" };
    let _ = Command::new("kill")
        .args([signal, "--", &format!("-{leader}")])
        .status();
}

/// What every end-to-end test binary shares: the worker build, the Turnstile stub, the
/// organiser's key, the folder of the run.
pub struct Setup {
    pub dir: PathBuf,
    pub stub: String,
    pub organiser: SecretKey,
    pub public: String,
}

/// The setup of this test binary, made once.
pub fn setup() -> &'static Setup {
    static SETUP: OnceLock<Setup> = OnceLock::new();
    SETUP.get_or_init(|| {
        build_worker();
        let binary = std::env::current_exe()
            .ok()
            .and_then(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
            .unwrap_or_else(|| "e2e".into());
        let dir = root().join("target/e2e").join(binary);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("run folder");
        let organiser = SecretKey::generate(Suite::X25519).expect("key");
        let public = organiser.public_key().expect("public key").to_bech32();
        let stub = start_turnstile_stub(&dir);
        Setup {
            dir,
            stub,
            organiser,
            public,
        }
    })
}

/// Builds the worker the way `wrangler deploy` does (the `[build]` command of wrangler.toml).
fn build_worker() {
    if std::env::var("OCS_E2E_PREBUILT").as_deref() == Ok("1") {
        return;
    }
    worker_build(None, None, &[]);
}

/// The worker built with its test hooks (src/test_hooks.rs: injected faults, the objects'
/// meters, probes), a build that is never deployed. `scripts/test` makes it once, before the
/// tests (`target/worker-hooks`); otherwise each test binary that needs it makes it once.
pub fn hooks_build() -> PathBuf {
    static BUILT: OnceLock<PathBuf> = OnceLock::new();
    BUILT
        .get_or_init(|| {
            let prebuilt = root().join("target/worker-hooks");
            if std::env::var("OCS_E2E_PREBUILT").as_deref() == Ok("1") {
                assert!(
                    prebuilt.join("worker/shim.mjs").exists(),
                    "scripts/test builds the hooks worker into {}",
                    prebuilt.display()
                );
                return prebuilt;
            }
            setup();
            worker_build(Some(&prebuilt), None, &["test-hooks"]);
            prebuilt
        })
        .clone()
}

/// Runs `worker-build --release` into `out_dir` (default `build/`), with `OCS_RULESET` set to
/// `ruleset` if given (build.rs: the ruleset the collector is built with) and the worker's
/// cargo `features`.
pub fn worker_build(out_dir: Option<&Path>, ruleset: Option<&Path>, features: &[&str]) {
    let bin = root().join("node_modules/.bin");
    let mut cmd = Command::new("worker-build");
    cmd.arg("--release").current_dir(root());
    if let Some(out) = out_dir {
        cmd.arg("--out-dir").arg(out);
    }
    if !features.is_empty() {
        cmd.arg("--").arg("--features").arg(features.join(","));
    }
    match ruleset {
        Some(path) => cmd.env("OCS_RULESET", path),
        None => cmd.env_remove("OCS_RULESET"),
    };
    for (var, default) in [
        ("WASM_BINDGEN_BIN", "wasm-bindgen".into()),
        ("WASM_OPT_BIN", bin.join("wasm-opt")),
        ("ESBUILD_BIN", bin.join("esbuild")),
    ] {
        if std::env::var_os(var).is_none() {
            cmd.env(var, default);
        }
    }
    let status = cmd
        .status()
        .expect("worker-build runs (install the toolchain with scripts/test)");
    assert!(status.success(), "worker-build failed");
}

fn start_turnstile_stub(dir: &Path) -> String {
    let mut child = spawn_reaped(
        Path::new("python3"),
        &[
            root()
                .join("scripts/turnstile-stub.py")
                .display()
                .to_string(),
            "0".into(),
            "--secret".into(),
            TURNSTILE_SECRET.into(),
        ],
        dir,
        None,
    );
    let stdout = child.stdout.take().expect("stub stdout");
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("stub prints its port");
    let port = line.trim().trim_start_matches("listening on ");
    // The reaper stops it with the test binary.
    std::mem::forget(child);
    format!("http://127.0.0.1:{port}/")
}

/// The vars of a collection open from `start` to `end` days from today, registered
/// `registered` days from today, sealing to the setup's key and checking with the stub.
pub fn vars(start: i64, end: i64, registered: i64) -> Vec<(&'static str, String)> {
    let s = setup();
    vec![
        ("ORGANISER_PUBLIC_KEY", s.public.clone()),
        ("TURNSTILE_VERIFY_URL", s.stub.clone()),
        ("SHARD_COUNT", SHARDS.to_string()),
        ("INITIATIVE_ID", INITIATIVE.to_owned()),
        ("INITIATIVE_REGISTRATION_DATE", iso_day(registered)),
        ("COLLECTION_START", iso_day(start)),
        ("COLLECTION_END", iso_day(end)),
        // The public figures follow signatures within seconds (60 by default).
        ("FIGURES_REFRESH_SECONDS", "5".to_owned()),
    ]
}

/// The vars of a collection open today.
pub fn open_vars() -> Vec<(&'static str, String)> {
    vars(-30, 270, -60)
}

/// How to start one instance of the worker.
pub struct Instance {
    pub name: &'static str,
    pub vars: Vec<(&'static str, String)>,
    /// Secrets (`--env-file`); by default the Turnstile secret and the export token.
    pub secrets: Vec<(&'static str, String)>,
    /// Another instance's state folder (that instance stopped), to restart on it.
    pub state: Option<PathBuf>,
    /// wrangler.toml sections left out (e.g. `ratelimits`, to test a missing binding).
    pub without: Vec<&'static str>,
    /// Another build of the worker (its `worker-build --out-dir`), instead of `build/`.
    pub build: Option<PathBuf>,
}

impl Instance {
    pub fn new(name: &'static str, vars: Vec<(&'static str, String)>) -> Self {
        Instance {
            name,
            vars,
            secrets: vec![
                ("TURNSTILE_SECRET", TURNSTILE_SECRET.to_owned()),
                ("EXPORT_TOKEN", EXPORT_TOKEN.to_owned()),
            ],
            state: None,
            without: Vec::new(),
            build: None,
        }
    }
}

/// wrangler.toml as committed, minus the build step (done once) and the sections left out,
/// with absolute paths and the given vars, so several instances run from one build.
fn config_for(dir: &Path, instance: &Instance) -> PathBuf {
    let committed = fs::read_to_string(root().join("wrangler.toml")).expect("wrangler.toml");
    let mut out = String::new();
    let mut skipping = false;
    for line in committed.lines() {
        if line.starts_with('[') {
            let section = line.trim_matches(|c| c == '[' || c == ']');
            skipping = section == "build" || instance.without.contains(&section);
        }
        if skipping {
            continue;
        }
        let line = match line.split_once(" = ") {
            Some(("main", _)) => format!(
                "main = {:?}",
                instance
                    .build
                    .clone()
                    .unwrap_or_else(|| root().join("build"))
                    .join("worker/shim.mjs")
                    .display()
                    .to_string()
            ),
            Some(("directory", _)) => format!(
                "directory = {:?}",
                root().join("static").display().to_string()
            ),
            Some((key, _)) if instance.vars.iter().any(|(k, _)| *k == key) => continue,
            _ => line.to_owned(),
        };
        out.push_str(&line);
        out.push('\n');
        if line.trim() == "[vars]" {
            for (k, v) in &instance.vars {
                out.push_str(&format!("{k} = {v:?}\n"));
            }
        }
    }
    let path = dir.join("wrangler.toml");
    fs::write(&path, out).expect("write config");
    path
}

/// A running instance of the worker.
pub struct Worker {
    pub base: String,
    pub state_dir: PathBuf,
    pub log: PathBuf,
    /// The port of the runtime's inspector (V8's DevTools protocol, through wrangler).
    pub inspector: u16,
    leader: Mutex<Option<u32>>,
}

/// Starts `wrangler dev` for `instance` and waits until it answers.
pub fn start(instance: Instance) -> Worker {
    let s = setup();
    let dir = s.dir.join(instance.name);
    fs::create_dir_all(&dir).expect("instance dir");
    let config = config_for(&dir, &instance);
    let secrets = dir.join("secrets.vars");
    let text: String = instance
        .secrets
        .iter()
        .map(|(k, v)| format!("{k}={v}\n"))
        .collect();
    fs::write(&secrets, text).expect("secrets");
    let state_dir = instance.state.clone().unwrap_or_else(|| dir.join("state"));
    // A port picked free can be taken before wrangler binds it (other tests, other processes on
    // the machine): a runtime that fails to start is retried on fresh ports.
    for attempt in 1..=4 {
        match launch(&dir, &config, &secrets, &state_dir) {
            Ok(worker) => return worker,
            Err(log) if attempt < 4 => {
                eprintln!("wrangler dev did not start ({}), retrying", log.display())
            }
            Err(log) => panic!(
                "wrangler dev did not start {attempt} times; last log: {}\n{}",
                log.display(),
                fs::read_to_string(&log).unwrap_or_default()
            ),
        }
    }
    unreachable!("the last attempt panics")
}

/// One `wrangler dev` on fresh ports: the worker once it answers, or its log when the runtime
/// failed to start.
fn launch(dir: &Path, config: &Path, secrets: &Path, state_dir: &Path) -> Result<Worker, PathBuf> {
    let log = dir.join(format!("wrangler-{}.log", free_port()));
    let port = free_port();
    let inspector = free_port();
    let args: Vec<String> = [
        "dev",
        "--ip",
        "127.0.0.1",
        "--port",
        &port.to_string(),
        "--inspector-port",
        &inspector.to_string(),
        // Exposes /__scheduled, to run the retention cron on demand.
        "--test-scheduled",
        "--config",
        &config.display().to_string(),
        "--persist-to",
        &state_dir.display().to_string(),
        "--env-file",
        &secrets.display().to_string(),
    ]
    .iter()
    .map(|a| a.to_string())
    .collect();
    let child = spawn_reaped(
        &root().join("node_modules/.bin/wrangler"),
        &args,
        dir,
        Some(&log),
    );
    let leader = child.id();
    std::mem::forget(child);
    let base = format!("http://127.0.0.1:{port}");
    let worker = Worker {
        base,
        state_dir: state_dir.to_path_buf(),
        log: log.clone(),
        inspector,
        leader: Mutex::new(Some(leader)),
    };
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(180) {
        let up = agent()
            .get(format!("{}/healthz", worker.base))
            .call()
            .is_ok_and(|r| r.status() == 200);
        if up {
            return Ok(worker);
        }
        let text = fs::read_to_string(&log).unwrap_or_default();
        if text.contains("Address already in use") {
            worker.stop(true);
            return Err(log);
        }
        assert!(
            !text.contains("The Workers runtime failed to start") && alive(leader),
            "wrangler dev stopped before it answered ({}):\n{text}",
            log.display()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("not within 180s: wrangler dev comes up ({})", log.display());
}

/// Whether process `pid` runs (exited children of ours stay as zombies until reaped).
fn alive(pid: u32) -> bool {
    fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        stat.rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with('Z'))
    })
}

/// The open collection this test binary's tests share.
pub fn open_worker() -> &'static Worker {
    static OPEN: OnceLock<Worker> = OnceLock::new();
    OPEN.get_or_init(|| start(Instance::new("open", open_vars())))
}

pub fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .timeout_global(Some(Duration::from_secs(60)))
        .max_redirects(0)
        .http_status_as_error(false)
        .build()
        .into()
}

pub struct Reply {
    pub status: u16,
    pub headers: BTreeMap<String, String>,
    pub body: String,
}

impl Reply {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.body))
    }

    /// The `error` code of a JSON refusal.
    pub fn code(&self) -> String {
        self.json()["error"].as_str().unwrap_or_default().to_owned()
    }
}

pub fn reply(result: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Reply {
    let mut response = result.unwrap_or_else(|e| panic!("request failed: {e}"));
    let headers = response
        .headers()
        .iter()
        .filter_map(|(name, value)| {
            Some((
                name.as_str().to_ascii_lowercase(),
                value.to_str().ok()?.to_owned(),
            ))
        })
        .collect();
    let status = response.status().as_u16();
    let body = response
        .body_mut()
        .with_config()
        .limit(256 * 1024 * 1024)
        .read_to_string()
        .unwrap_or_default();
    Reply {
        status,
        headers,
        body,
    }
}

impl Worker {
    /// Stops this instance (SIGKILL with `kill_hard`: a crash, no chance to clean up).
    pub fn stop(&self, kill_hard: bool) {
        if let Some(leader) = self.leader.lock().expect("leader").take() {
            stop_group(leader, kill_hard);
            std::thread::sleep(Duration::from_millis(500));
        }
    }

    /// The workerd process that runs the worker's code (the one of this instance's process
    /// group that wrangler started with an inspector), for CPU measurements.
    pub fn runtime_pid(&self) -> Option<u32> {
        let leader = (*self.leader.lock().expect("leader"))?;
        fs::read_dir("/proc").ok()?.flatten().find_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = fs::read_to_string(entry.path().join("stat")).ok()?;
            let group: u32 = stat.rsplit_once(") ")?.1.split(' ').nth(2)?.parse().ok()?;
            let cmdline = fs::read(entry.path().join("cmdline")).ok()?;
            let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
            let is_runtime = args.first()?.ends_with(b"/workerd")
                && args.iter().any(|a| a.starts_with(b"--inspect"));
            (group == leader && is_runtime).then_some(pid)
        })
    }

    /// CPU time (user and system) the process `pid` has used, in milliseconds.
    pub fn cpu_ms(pid: u32) -> f64 {
        let stat = fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
        let fields: Vec<&str> = stat
            .rsplit_once(") ")
            .map(|(_, rest)| rest.split(' ').collect())
            .unwrap_or_default();
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        // utime and stime, fields 14 and 15 of stat (11 and 12 after the command), in clock
        // ticks of 1/100 s on Linux.
        (ticks(11) + ticks(12)) * 10.0
    }

    /// The worker's log so far.
    pub fn log_text(&self) -> String {
        fs::read_to_string(&self.log).unwrap_or_default()
    }

    pub fn get(&self, path: &str) -> Reply {
        reply(agent().get(format!("{}{path}", self.base)).call())
    }

    /// `GET` with headers.
    pub fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> Reply {
        let mut request = agent().get(format!("{}{path}", self.base));
        for (k, v) in headers {
            request = request.header(*k, *v);
        }
        reply(request.call())
    }

    /// `GET` with the organiser's credential (or another one).
    pub fn get_as(&self, path: &str, authorization: &str) -> Reply {
        self.get_with(path, &[("authorization", authorization)])
    }

    /// `GET` an organiser endpoint with the right credential.
    pub fn organiser(&self, path: &str) -> Reply {
        self.get_as(path, &format!("Bearer {EXPORT_TOKEN}"))
    }

    /// Any method, any headers, any body.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Reply {
        let mut builder = ureq::http::Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base));
        for (k, v) in headers {
            builder = builder.header(*k, *v);
        }
        let request = builder.body(body.to_vec()).expect("a request");
        reply(agent().run(request))
    }

    pub fn post(&self, path: &str, client: &str, content_type: &str, body: &str) -> Reply {
        reply(
            agent()
                .post(format!("{}{path}", self.base))
                .header("content-type", content_type)
                .header("cf-connecting-ip", client)
                .send(body),
        )
    }

    pub fn sign_json(&self, client: &str, pairs: &[(&str, String)], bot: &str) -> Reply {
        let mut body: serde_json::Map<String, serde_json::Value> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String(v.clone())))
            .collect();
        body.insert("turnstile_token".into(), bot.into());
        self.post(
            "/api/v1/statements",
            client,
            "application/json",
            &serde_json::Value::Object(body).to_string(),
        )
    }

    /// Every row of every shard, through the export API.
    pub fn export_all(&self) -> Vec<Vec<Row>> {
        (0..SHARDS)
            .map(|shard| {
                let mut rows: Vec<Row> = Vec::new();
                loop {
                    let after = rows.last().map_or(0, |r| r.seq);
                    let r = self.organiser(&format!(
                        "/api/v1/export?shard={shard}&after={after}&limit=50"
                    ));
                    assert_eq!(r.status, 200, "{}", r.body);
                    let page: Vec<Row> =
                        serde_json::from_value(r.json()["rows"].clone()).expect("rows");
                    if page.is_empty() {
                        break rows;
                    }
                    rows.extend(page);
                }
            })
            .collect()
    }

    /// The exact counts per nationality (organiser API, read from the shards now).
    pub fn counts(&self) -> BTreeMap<String, u64> {
        let r = self.organiser("/api/v1/counts");
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_value(r.json()["per_nationality"].clone()).expect("counts")
    }

    /// The public progress figures, once they show `total` statements.
    pub fn progress_showing(&self, total: u64) -> serde_json::Value {
        eventually(
            Duration::from_secs(40),
            &format!("the progress figures show {total}"),
            || {
                let r = self.get("/api/v1/progress");
                (r.status == 200)
                    .then(|| r.json())
                    .filter(|p| p["total"].as_u64() == Some(total))
            },
        )
    }
}

pub fn form_body(pairs: &[(&str, String)]) -> String {
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in pairs {
        s.append_pair(k, v);
    }
    s.finish()
}

/// The `ocs` binary of this workspace (`cargo test --workspace` builds it next to the tests).
pub fn ocs_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    // target/<profile>/deps/<test> → target/<profile>/ocs
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .expect("the test binary lives in target/<profile>/deps");
    let ocs = profile_dir.join("ocs");
    assert!(
        ocs.exists(),
        "{} is missing: run the end-to-end tests with `cargo test --workspace` (scripts/test does)",
        ocs.display()
    );
    ocs
}

/// Runs `ocs` with the test's export credential; (success, stdout + stderr).
pub fn ocs(args: &[&str]) -> (bool, String) {
    let out = Command::new(ocs_binary())
        .args(args)
        .env("OCS_EXPORT_TOKEN", EXPORT_TOKEN)
        .output()
        .expect("ocs runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// What the collector must store for `pairs`: the statement's fields as the core, built natively
/// (Rust's own Unicode tables and regex), normalises them: an implementation beside the worker's,
/// which normalises with the JavaScript runtime's.
pub fn expected_fields(pairs: &[(&'static str, String)]) -> BTreeMap<String, String> {
    let validated = ocs_testkit::validate(&ocs_testkit::borrow(pairs))
        .unwrap_or_else(|e| panic!("the fixture is not valid natively: {e:?}"));
    validated
        .statement
        .fields
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

/// The hand-over properties for `pairs` (key → value) as the Commission's data model writes
/// them, spelt out here: `oct.property.` and the field's name with dots, the date of birth as
/// dd/mm/yyyy, the country of residence in lower case, the number under its document's type.
pub fn expected_hand_over(pairs: &[(&'static str, String)]) -> BTreeMap<String, String> {
    let fields = expected_fields(pairs);
    let mut out = BTreeMap::new();
    for (field, value) in &fields {
        let (key, value) = match field.as_str() {
            "id_type" => continue,
            "id_number" => (format!("oct.property.{}", fields["id_type"]), value.clone()),
            "date_of_birth" => {
                let (y, m, d) = (&value[0..4], &value[5..7], &value[8..10]);
                (
                    "oct.property.date.of.birth".to_owned(),
                    format!("{d}/{m}/{y}"),
                )
            }
            "country" => ("oct.property.country".to_owned(), value.to_lowercase()),
            other => (
                format!("oct.property.{}", other.replace('_', ".")),
                value.clone(),
            ),
        };
        out.insert(key, value);
    }
    out
}

/// `ocs export` of `bundle` into `dir/handover` with the organiser's key file of `dir`:
/// (success, output, the hand-over folder).
pub fn export_with_key(dir: &Path, bundle: &Path) -> (bool, String, PathBuf) {
    let (key, pass) = key_file(dir);
    let handover = dir.join("handover");
    let path = |p: &Path| p.to_str().expect("utf-8 path").to_owned();
    let (ok, out) = ocs(&[
        "export",
        &path(bundle),
        "--key",
        &path(&key),
        "--passphrase-file",
        &path(&pass),
        "--out",
        &path(&handover),
    ]);
    (ok, out, handover)
}

/// Copies a folder as it is (`cp -a`): a Durable Object state to restart from, a bundle.
pub fn copy_dir(from: &Path, to: &Path) {
    let status = Command::new("cp")
        .arg("-a")
        .arg(from)
        .arg(to)
        .status()
        .expect("cp");
    assert!(status.success());
}

/// The organiser's key as a key file with its passphrase file, in `dir`: (key, passphrase).
pub fn key_file(dir: &Path) -> (PathBuf, PathBuf) {
    const PASSPHRASE: &str = "end-to-end organiser passphrase";
    let pass = dir.join("pass");
    let key = dir.join("organiser.key");
    if !key.exists() {
        fs::write(&pass, PASSPHRASE).expect("passphrase file");
        let sealed = ocs::keyfile::encrypt_key(
            &setup().organiser,
            &age::secrecy::SecretString::from(PASSPHRASE.to_owned()),
            "2026-11-22T00:00:00Z",
            Some(10),
        )
        .expect("key file");
        ocs::keyfile::write_private_file(&key, &sealed).expect("write key file");
    }
    (key, pass)
}

/// The statement a stored row seals, opened with the organiser's key under the row's own
/// binding (panics on a tombstone or an envelope that does not open).
pub fn open_statement(organiser: &SecretKey, row: &Row) -> Statement {
    let binding = Binding {
        purpose: Purpose::Statement,
        statement_id: row.id,
        initiative: INITIATIVE,
        nationality: &row.nationality,
    };
    let sealed = row.sealed().expect("not erased");
    let plaintext = open(organiser, &binding, &sealed.envelope).expect("envelope opens");
    Statement::from_canonical(&plaintext).expect("canonical statement")
}
