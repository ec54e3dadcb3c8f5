//! The organiser guide as a test: the blocks of docs/organiser-guide.md's "Rehearse the whole
//! job locally" (each after a `<!-- rehearsal -->` mark) run in order, as written, in a folder
//! of their own: the collector through the real `scripts/dev`, then `ocs` (this workspace's
//! build, on PATH as an installed `ocs` would be). Only the port differs (a free one instead of
//! 8787, so a running `scripts/dev` is not disturbed). If the guide drifts, this fails.
#![cfg(feature = "e2e")]

mod support;

use std::fs;
use std::path::Path;
use std::process::Command;
use std::time::Duration;

use support::*;

struct Block {
    background: bool,
    script: String,
}

/// The rehearsal's blocks, in order.
fn rehearsal_blocks(guide: &str) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut lines = guide.lines();
    while let Some(line) = lines.next() {
        let Some(mark) = line.trim().strip_prefix("<!-- rehearsal") else {
            continue;
        };
        let background = mark.contains("background");
        let fence = lines.next().unwrap_or_default();
        assert_eq!(
            fence.trim(),
            "```sh",
            "a rehearsal mark must precede a ```sh block"
        );
        let script: Vec<&str> = lines.by_ref().take_while(|l| l.trim() != "```").collect();
        blocks.push(Block {
            background,
            script: script.join("\n"),
        });
    }
    blocks
}

#[test]
fn the_rehearsal_in_the_organiser_guide_works_as_written() {
    let guide = fs::read_to_string(root().join("docs/organiser-guide.md")).expect("the guide");
    let blocks = rehearsal_blocks(&guide);
    assert!(blocks.len() >= 5, "{} blocks", blocks.len());
    assert_eq!(blocks.iter().filter(|b| b.background).count(), 1);

    let dir = root().join("target/e2e/guide");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("folder");
    // The guide runs from the ocs-edge folder: its scripts are where it expects them.
    std::os::unix::fs::symlink(root().join("scripts"), dir.join("scripts")).expect("symlink");
    let ocs_dir = ocs_binary().parent().expect("bin folder").to_owned();
    let (port, stub, inspector) = (free_port(), free_port(), free_port());
    let prelude = format!(
        "set -euo pipefail\nexport PATH={:?}:\"$PATH\" OCS_DEV_TURNSTILE_PORT={stub} OCS_DEV_INSPECTOR_PORT={inspector}\n",
        ocs_dir.display().to_string()
    );
    let local = |script: &str| script.replace("127.0.0.1:8787", &format!("127.0.0.1:{port}"));

    let mut collector = None;
    let mut transcript = String::new();
    for block in &blocks {
        if block.background {
            let script = format!(
                "{prelude}export OCS_DEV_PORT={port}\n{}",
                local(&block.script)
            );
            let log = dir.join("collector.log");
            let child = spawn_reaped(
                Path::new("bash"),
                &["-c".to_owned(), script],
                &dir,
                Some(&log),
            );
            collector = Some(child.id());
            std::mem::forget(child);
            eventually(Duration::from_secs(600), "scripts/dev serves", || {
                agent()
                    .get(format!("http://127.0.0.1:{port}/healthz"))
                    .call()
                    .ok()
                    .filter(|r| r.status() == 200)
                    .map(|_| ())
            });
            continue;
        }
        let out = Command::new("bash")
            .arg("-c")
            .arg(format!("{prelude}{}", local(&block.script)))
            .current_dir(&dir)
            .stdin(std::process::Stdio::null())
            .output()
            .expect("bash runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        transcript.push_str(&format!("$ {}\n{text}\n", block.script));
        assert!(
            out.status.success(),
            "the guide's block failed:\n{}\n---\n{text}\n--- collector log:\n{}",
            block.script,
            fs::read_to_string(dir.join("collector.log")).unwrap_or_default()
        );
    }
    if let Some(leader) = collector {
        stop_group(leader, false);
    }
    fs::write(dir.join("transcript.txt"), &transcript).expect("transcript");

    // What the rehearsal promises to have done.
    let rehearsal = dir.join("rehearsal");
    assert!(transcript.contains("pulled 2 new rows"), "{transcript}");
    // The pull says how to check it as the guide does, with the collector and the token file.
    assert!(
        transcript.contains("ocs verify rehearsal/ledger --url http://127.0.0.1:")
            && transcript.contains("--token-file rehearsal/export.token"),
        "{transcript}"
    );
    // The practice passphrase is readable by its owner only.
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = fs::metadata(rehearsal.join("passphrase"))
            .expect("the practice passphrase")
            .permissions()
            .mode();
        assert_eq!(mode & 0o077, 0, "mode {:o}", mode & 0o777);
    }
    assert!(
        transcript.contains("counts match the collector"),
        "{transcript}"
    );
    assert!(
        transcript.contains("1 e-mail address written"),
        "{transcript}"
    );
    assert!(rehearsal.join("destruction-record.json").exists());
    assert!(!rehearsal.join("handover").exists() && !rehearsal.join("contacts.csv").exists());
    assert!(
        rehearsal.join("ledger").exists(),
        "the bundle stays (ciphertext)"
    );
}
