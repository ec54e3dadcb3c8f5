//! The README's commands as a newcomer runs them, from a fresh state: a copy of the checkout as
//! a clone would have it (the files git tracks or would track, no `.dev/`), in which
//! `scripts/dev` must come up exactly as the README says (its ready line, then a signature), and
//! then every command of the README's "Organiser tool" block, as written, against a collector
//! sealing to the key the block makes.
//!
//! Two things are shared with this checkout, to keep the run to minutes: `node_modules/` and
//! `target/` are links to this checkout's (the installers are exercised by every fresh clone CI
//! runs; what a green suite once hid was `scripts/dev` itself). Only the ports differ from the
//! README's (free ones, through the documented `OCS_DEV_*` variables), so a running
//! `scripts/dev` is not disturbed.
#![cfg(feature = "e2e")]

mod support;

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ocs_testkit::part_b;
use support::*;

/// A copy of the checkout as a fresh clone has it.
fn fresh_clone(dir: &Path) -> PathBuf {
    let clone = dir.join("clone");
    let _ = fs::remove_dir_all(&clone);
    fs::create_dir_all(&clone).expect("clone folder");
    // Tracked files and the ones git would track (uncommitted work), as they are now; tar keeps
    // their modes and times.
    let copied = Command::new("bash")
        .arg("-c")
        .arg(
            "git ls-files -z --cached --others --exclude-standard \
             | while IFS= read -r -d '' f; do [ -e \"$f\" ] && printf '%s\\0' \"$f\"; done \
             | tar --null -T - -cf - | tar -xf - -C \"$1\"",
        )
        .arg("copy")
        .arg(&clone)
        .current_dir(root())
        .status()
        .expect("bash runs");
    assert!(copied.success(), "copying the checkout");
    assert!(!clone.join(".dev").exists(), "a fresh clone has no .dev/");
    for shared in ["node_modules", "target"] {
        std::os::unix::fs::symlink(root().join(shared), clone.join(shared)).expect("link");
    }
    clone
}

/// A `scripts/dev` running in the background: its output lines as they come.
struct Dev {
    leader: u32,
    lines: mpsc::Receiver<String>,
    seen: Vec<String>,
    port: u16,
}

impl Dev {
    fn start(clone: &Path, args: &[&str]) -> Dev {
        let (port, stub, inspector) = (free_port(), free_port(), free_port());
        let mut child = Command::new("bash")
            .arg("-c")
            .arg(
                r#"watched=$1; shift; "$@" & child=$!
while kill -0 "$watched" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
kill -TERM 0"#,
            )
            .arg("reaper")
            .arg(std::process::id().to_string())
            .arg("scripts/dev")
            .args(args)
            .current_dir(clone)
            .env("OCS_DEV_PORT", port.to_string())
            .env("OCS_DEV_TURNSTILE_PORT", stub.to_string())
            .env("OCS_DEV_INSPECTOR_PORT", inspector.to_string())
            .env_remove("OCS_RULESET")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0)
            .spawn()
            .expect("scripts/dev starts");
        let (send, lines) = mpsc::channel();
        for out in [
            Box::new(child.stdout.take().expect("stdout")) as Box<dyn std::io::Read + Send>,
            Box::new(child.stderr.take().expect("stderr")),
        ] {
            let send = send.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(out).lines().map_while(Result::ok) {
                    let _ = send.send(line);
                }
            });
        }
        let leader = child.id();
        std::mem::forget(child);
        Dev {
            leader,
            lines,
            seen: Vec::new(),
            port,
        }
    }

    fn base(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// Waits for the line `scripts/dev` prints once the collector answers.
    fn wait_ready(&mut self) {
        let deadline = std::time::Instant::now() + Duration::from_secs(900);
        while std::time::Instant::now() < deadline {
            match self.lines.recv_timeout(Duration::from_secs(5)) {
                Ok(line) => {
                    let ready = line.contains("==> ready: the collector answers on");
                    self.seen.push(line);
                    if ready {
                        return;
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        panic!(
            "scripts/dev printed no ready line:\n{}",
            self.seen.join("\n")
        );
    }

    fn stop(self) {
        stop_group(self.leader, false);
    }
}

/// One signature through the JSON API, as the signing page would send it.
fn sign(base: &str, client: &str, i: usize) -> serde_json::Value {
    let (nat, doc, number) = ocs_testkit::PART_B[i];
    let mut body: serde_json::Map<String, serde_json::Value> = part_b(nat, doc, number)
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.into()))
        .collect();
    body.insert("turnstile_token".into(), "pass".into());
    let r = reply(
        agent()
            .post(format!("{base}/api/v1/statements"))
            .header("content-type", "application/json")
            .header("cf-connecting-ip", client)
            .send(serde_json::Value::Object(body).to_string()),
    );
    assert_eq!(r.status, 201, "{}", r.body);
    r.json()
}

fn bash(dir: &Path, script: &str, env: &[(&str, String)]) -> (bool, String) {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!("set -euo pipefail\n{script}"))
        .current_dir(dir)
        .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
        .stdin(Stdio::null())
        .output()
        .expect("bash runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text)
}

/// The README's first command on a fresh clone: `scripts/dev`, nothing else.
#[test]
fn the_readme_first_command_serves_the_collector_on_a_fresh_clone() {
    setup();
    let dir = root().join("target/e2e/readme");
    let clone = fresh_clone(&dir);
    let mut dev = Dev::start(&clone, &[]);
    dev.wait_ready();
    let accepted = sign(&dev.base(), "203.0.113.61", 13);
    assert!(accepted["receipt"]["log"].is_object(), "{accepted}");
    // It made the demo key, and its statements open with it.
    for made in [
        ".dev/organiser.key",
        ".dev/organiser.pub",
        ".dev/dev.vars",
        ".dev/passphrase",
    ] {
        assert!(clone.join(made).exists(), "{made}");
    }
    let token = fs::read_to_string(clone.join(".dev/dev.vars"))
        .expect("dev.vars")
        .lines()
        .find_map(|l| l.strip_prefix("EXPORT_TOKEN=").map(str::to_owned))
        .expect("the export token");
    let ocs_dir = ocs_binary().parent().expect("bin").display().to_string();
    let env = [
        (
            "PATH",
            format!("{ocs_dir}:{}", std::env::var("PATH").unwrap_or_default()),
        ),
        ("OCS_EXPORT_TOKEN", token),
    ];
    let (ok, out) = bash(
        &clone,
        &format!(
            "ocs pull --url {} demo-ledger/\nocs export demo-ledger/ --key .dev/organiser.key \
             --passphrase-file .dev/passphrase --out demo-handover/",
            dev.base()
        ),
        &env,
    );
    assert!(ok && out.contains("1 statement"), "{out}");
    assert!(
        dev.seen.iter().all(|l| !l.contains("error:")),
        "{}",
        dev.seen.join("\n")
    );
    dev.stop();
}

/// The README's "Organiser tool" block, each line as written (comments and optional parts
/// dropped; the collector's address, the credential, the statement id and a receipt filled
/// in; passphrases answered from a file, as `--passphrase-file` is documented to).
#[test]
fn the_readme_organiser_commands_work_as_written() {
    setup();
    let dir = root().join("target/e2e/readme-organiser");
    let clone = fresh_clone(&dir);
    let readme = fs::read_to_string(clone.join("README.md")).expect("README");
    let block: Vec<String> = readme
        .split("## Organiser tool")
        .nth(1)
        .and_then(|s| s.split("```sh").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("the README's organiser block")
        .lines()
        .map(|l| l.split(" #").next().unwrap_or("").trim().to_owned())
        .filter(|l| !l.is_empty())
        .collect();
    assert!(block.len() >= 10, "{block:?}");
    fs::write(clone.join("pass"), "readme organiser passphrase\n").expect("pass");
    let bin = dir.join("bin");
    let path = format!(
        "{}:{}",
        bin.join("bin").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut env = vec![
        ("PATH", path),
        (
            "CARGO_TARGET_DIR",
            root().join("target").display().to_string(),
        ),
    ];
    let mut dev: Option<Dev> = None;
    let mut transcript = String::new();
    for line in &block {
        let mut command = line.replace("[--key organiser.key]", "--key organiser.key");
        if command.starts_with("cargo install") {
            command.push_str(&format!(" --root {}", bin.display()));
        }
        if command.contains("--key organiser.key") || command.starts_with("ocs keygen") {
            command.push_str(" --passphrase-file pass");
        }
        if command.starts_with("ocs keygen") {
            // What it prints is the public key the collector is configured with.
            command.push_str(" > organiser.pub");
        }
        if command.starts_with("ocs erase local") {
            command.push_str(" --yes");
        }
        if command.contains("https://your-collector") {
            // The collector, sealing to the key the block made (README: `scripts/dev
            // --public-key organiser.pub`), with two statements in it.
            let base = match &dev {
                Some(d) => d.base(),
                None => {
                    let mut started =
                        Dev::start(&clone, &["--public-key", "organiser.pub", "--fresh"]);
                    started.wait_ready();
                    let first = sign(&started.base(), "203.0.113.71", 0);
                    sign(&started.base(), "203.0.113.72", 1);
                    let token = fs::read_to_string(clone.join(".dev/dev.vars"))
                        .expect("dev.vars")
                        .lines()
                        .find_map(|l| l.strip_prefix("EXPORT_TOKEN=").map(str::to_owned))
                        .expect("the export token");
                    env.push(("OCS_EXPORT_TOKEN", token));
                    fs::write(
                        clone.join("receipt.json"),
                        first["receipt"]["log"].to_string(),
                    )
                    .expect("receipt");
                    fs::write(clone.join("id.txt"), first["id"].as_str().expect("id")).expect("id");
                    let base = started.base();
                    dev = Some(started);
                    base
                }
            };
            command = command.replace("https://your-collector", &base);
        }
        command = command.replace("OCS_EXPORT_TOKEN=… ", "");
        if command.ends_with(" ID") {
            command = format!("{} \"$(cat id.txt)\"", command.trim_end_matches(" ID"));
        }
        let (ok, out) = bash(&clone, &command, &env);
        transcript.push_str(&format!("$ {command}\n{out}\n"));
        assert!(ok, "the README's `{line}` failed:\n{transcript}");
    }
    fs::write(dir.join("transcript.txt"), &transcript).expect("transcript");
    for done in [
        "Nothing to fix.",
        "pulled 2 new rows",
        "2 statements of ECI(2026)000001 exported",
        "erased at the collector",
        "OK: the published total",
        "still includes it",
    ] {
        assert!(
            transcript.to_lowercase().contains(&done.to_lowercase()),
            "{done}:\n{transcript}"
        );
    }
    if let Some(dev) = dev {
        dev.stop();
    }
}
