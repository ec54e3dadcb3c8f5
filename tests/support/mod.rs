//! The harness of the end-to-end tests: builds the worker as `wrangler deploy` would, starts
//! `wrangler dev` (workerd, local SQLite Durable Objects, a fresh `--persist-to` folder) and the
//! local Turnstile stub, and talks to them over loopback. A guard stops every process it
//! started, also when a test fails. Never calls Cloudflare.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use ocs_core::ledger::Row;

pub const INITIATIVE: &str = "ECI(2026)000001";
pub const SHARDS: u32 = 4;
pub const EXPORT_TOKEN: &str = "e2e-export-token-8c1f0d2b7a-5e9b2c4d1a7f";

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

/// Stops the processes it holds (whole process groups: wrangler starts workerd children).
pub struct Processes(pub Vec<Child>);

impl Processes {
    pub fn stop(&mut self, index: usize) {
        if index < self.0.len() {
            let mut child = self.0.remove(index);
            let _ = Command::new("kill")
                .args(["-TERM", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
        }
    }
}

impl Drop for Processes {
    fn drop(&mut self) {
        for child in &mut self.0 {
            let _ = Command::new("kill")
                .args(["-TERM", "--", &format!("-{}", child.id())])
                .status();
            let _ = child.wait();
        }
    }
}

/// Builds the worker the way `wrangler deploy` does (the `[build]` command of wrangler.toml).
pub fn build_worker() {
    if std::env::var("OCS_E2E_PREBUILT").as_deref() == Ok("1") {
        return;
    }
    let bin = root().join("node_modules/.bin");
    let mut cmd = Command::new("worker-build");
    cmd.arg("--release").current_dir(root());
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

/// wrangler.toml as committed, minus the build step (done once above) and with absolute paths,
/// so several instances can run from one build with different collection periods.
pub fn config_for(dir: &Path, vars: &[(&str, String)]) -> PathBuf {
    let committed = fs::read_to_string(root().join("wrangler.toml")).expect("wrangler.toml");
    let mut out = String::new();
    let mut in_build = false;
    for line in committed.lines() {
        if line.starts_with('[') {
            in_build = line.trim() == "[build]";
        }
        if in_build {
            continue;
        }
        let line = match line.split_once(" = ") {
            Some(("main", _)) => format!(
                "main = {:?}",
                root().join("build/worker/shim.mjs").display().to_string()
            ),
            Some(("directory", _)) => {
                format!(
                    "directory = {:?}",
                    root().join("static").display().to_string()
                )
            }
            Some((key, _)) if vars.iter().any(|(k, _)| *k == key) => continue,
            _ => line.to_owned(),
        };
        out.push_str(&line);
        out.push('\n');
        if line.trim() == "[vars]" {
            for (k, v) in vars {
                out.push_str(&format!("{k} = {v:?}\n"));
            }
        }
    }
    let path = dir.join("wrangler.toml");
    fs::write(&path, out).expect("write config");
    path
}

#[derive(Clone)]
pub struct Worker {
    pub base: String,
    pub state_dir: PathBuf,
    pub log: PathBuf,
}

/// Starts `wrangler dev` with its own state folder, or with `state` (another instance's, stopped).
pub fn start_worker(
    dir: &Path,
    name: &str,
    vars: &[(&str, String)],
    state: Option<&Path>,
    processes: &mut Processes,
) -> Worker {
    let instance = dir.join(name);
    fs::create_dir_all(&instance).expect("instance dir");
    let config = config_for(&instance, vars);
    let secrets = instance.join("secrets.vars");
    fs::write(
        &secrets,
        format!("TURNSTILE_SECRET=e2e-turnstile-secret\nEXPORT_TOKEN={EXPORT_TOKEN}\n"),
    )
    .expect("secrets");
    let state_dir = state.map_or_else(|| instance.join("state"), Path::to_owned);
    let log = instance.join("wrangler.log");
    let port = free_port();
    let log_file = fs::File::create(&log).expect("log file");
    let child = Command::new(root().join("node_modules/.bin/wrangler"))
        .args(["dev", "--ip", "127.0.0.1", "--port", &port.to_string()])
        .args(["--inspector-port", &free_port().to_string()])
        // Exposes /__scheduled, to run the retention cron on demand.
        .arg("--test-scheduled")
        .arg("--config")
        .arg(&config)
        .arg("--persist-to")
        .arg(&state_dir)
        .arg("--env-file")
        .arg(&secrets)
        .current_dir(&instance)
        .env("WRANGLER_SEND_METRICS", "false")
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .env("WRANGLER_HIDE_BANNER", "true")
        .stdin(Stdio::null())
        .stdout(log_file.try_clone().expect("log"))
        .stderr(log_file)
        .process_group(0)
        .spawn()
        .expect("wrangler starts (npm ci installs it)");
    processes.0.push(child);
    let base = format!("http://127.0.0.1:{port}");
    let started = Instant::now();
    loop {
        if let Ok(r) = agent().get(format!("{base}/healthz")).call() {
            if r.status() == 200 {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(180),
            "wrangler dev did not come up; log:\n{}",
            fs::read_to_string(&log).unwrap_or_default()
        );
        std::thread::sleep(Duration::from_millis(300));
    }
    Worker {
        base,
        state_dir,
        log,
    }
}

pub fn start_turnstile_stub(processes: &mut Processes) -> String {
    let mut child = Command::new("python3")
        .arg(root().join("scripts/turnstile-stub.py"))
        .args(["0", "--secret", "e2e-turnstile-secret"])
        .stdout(Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("python3 runs the Turnstile stub");
    let stdout = child.stdout.take().expect("stub stdout");
    processes.0.push(child);
    let mut line = String::new();
    BufReader::new(stdout)
        .read_line(&mut line)
        .expect("stub prints its port");
    let port = line.trim().trim_start_matches("listening on ");
    format!("http://127.0.0.1:{port}/")
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
    pub fn get(&self, path: &str) -> Reply {
        reply(agent().get(format!("{}{path}", self.base)).call())
    }

    /// `GET` with the organiser's credential (or another one).
    pub fn get_as(&self, path: &str, authorization: &str) -> Reply {
        reply(
            agent()
                .get(format!("{}{path}", self.base))
                .header("authorization", authorization)
                .call(),
        )
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

    pub fn export_all(&self) -> Vec<Vec<Row>> {
        (0..SHARDS)
            .map(|shard| {
                let mut rows: Vec<Row> = Vec::new();
                loop {
                    let after = rows.last().map_or(0, |r| r.seq);
                    let r = self.get_as(
                        &format!("/api/v1/export?shard={shard}&after={after}&limit=50"),
                        &format!("Bearer {EXPORT_TOKEN}"),
                    );
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

    pub fn counts(&self) -> BTreeMap<String, u64> {
        let progress = self.get("/api/v1/progress").json();
        let counts: BTreeMap<String, u64> = progress["states"]
            .as_array()
            .expect("states")
            .iter()
            .map(|s| {
                let code = s["code"].as_str().expect("code").to_owned();
                (code, s["count"].as_u64().expect("count"))
            })
            .collect();
        assert_eq!(progress["total"].as_u64(), Some(counts.values().sum()));
        counts
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
