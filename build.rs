//! The build of the collector:
//!
//! - chooses the ruleset it is built with (docs/ruleset.md, "Any ruleset at deploy"): the file
//!   `OCS_RULESET` names (a path, absolute or from this folder), or by default the European
//!   citizens' initiative's. `OCS_RULESET=my-petition.json npx wrangler deploy` deploys a
//!   collector for another ruleset without a change of code; `ocs --ruleset` reads the same file.
//! - copies the page catalogues (`crates/core/locales/*.ftl`, the one copy translators edit, and
//!   the generated country names in `regions/`) into `static/locales/`, the folder of the static assets the worker reads them from
//!   (`src/catalogues.rs`). Copies, not links: an assets walker may skip symbolic links, and a
//!   checkout on a file system without them breaks them. `static/locales/` is generated (and
//!   git-ignored); wrangler's build command (`worker-build`) runs this before it uploads assets.
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default());
    choose_ruleset(&root);
    let locales = root.join("crates/core/locales");
    copy_catalogues(&locales, &root.join("static/locales"));
    copy_catalogues(
        &locales.join("regions"),
        &root.join("static/locales/regions"),
    );
}

fn choose_ruleset(root: &Path) {
    println!("cargo:rerun-if-env-changed=OCS_RULESET");
    let chosen = match std::env::var("OCS_RULESET") {
        Ok(path) if !path.trim().is_empty() => root.join(path.trim()),
        _ => root.join("crates/core/data/eci-2019-788.json"),
    };
    println!("cargo:rerun-if-changed={}", chosen.display());
    let json = std::fs::read_to_string(&chosen)
        .unwrap_or_else(|e| panic!("OCS_RULESET: cannot read {}: {e}", chosen.display()));
    if serde_json::from_str::<serde_json::Value>(&json).is_err() {
        panic!("OCS_RULESET: {} is not JSON", chosen.display());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_default()).join("ruleset.json");
    std::fs::write(&out, json).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
}

/// Copies the `.ftl` files of `from` into `to`.
fn copy_catalogues(from: &Path, to: &Path) {
    println!("cargo:rerun-if-changed={}", from.display());
    std::fs::create_dir_all(to).unwrap_or_else(|e| panic!("creating {}: {e}", to.display()));
    let entries = std::fs::read_dir(from).unwrap_or_else(|e| panic!("{}: {e}", from.display()));
    for entry in entries {
        let path = entry
            .unwrap_or_else(|e| panic!("{}: {e}", from.display()))
            .path();
        if path.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let Some(name) = path.file_name() else {
            continue;
        };
        let target = to.join(name);
        // A link left by an older checkout is replaced, never written through.
        if target
            .symlink_metadata()
            .is_ok_and(|m| m.file_type().is_symlink())
        {
            std::fs::remove_file(&target)
                .unwrap_or_else(|e| panic!("removing {}: {e}", target.display()));
        }
        let text = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        // Rewritten only when different, so wrangler dev's watcher does not see a change.
        if std::fs::read(&target).ok().as_deref() != Some(text.as_slice()) {
            std::fs::write(&target, text)
                .unwrap_or_else(|e| panic!("writing {}: {e}", target.display()));
        }
    }
}
