//! The repository as a checkout holds it: no symbolic links anywhere (a checkout on a file system
//! without them breaks them, and an assets walker may skip them), and the page catalogues the
//! worker serves are real files, copies of the one set translators edit, made by the build.

use std::path::PathBuf;
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn git_tracks_no_symbolic_link() {
    let out = Command::new("git")
        .args(["ls-files", "--stage"])
        .current_dir(root())
        .output();
    let Some(out) = out.ok().filter(|o| o.status.success()) else {
        eprintln!("not a git checkout: nothing to check");
        return;
    };
    let links: Vec<String> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| l.starts_with("120000 "))
        .map(str::to_owned)
        .collect();
    assert!(links.is_empty(), "symbolic links tracked: {links:?}");
}

#[test]
fn the_served_catalogues_are_real_copies_made_by_the_build() {
    // build.rs ran for this test's crate: static/locales/ holds what it copied.
    let sources = root().join("crates/core/locales");
    let mut copied = 0;
    for entry in std::fs::read_dir(&sources).expect("crates/core/locales") {
        let source = entry.expect("entry").path();
        if source.extension().and_then(|e| e.to_str()) != Some("ftl") {
            continue;
        }
        let served = root()
            .join("static/locales")
            .join(source.file_name().expect("name"));
        let meta = std::fs::symlink_metadata(&served)
            .unwrap_or_else(|e| panic!("{}: {e}", served.display()));
        assert!(
            meta.file_type().is_file(),
            "{} is not a regular file",
            served.display()
        );
        assert_eq!(
            std::fs::read(&served).expect("served"),
            std::fs::read(&source).expect("source"),
            "{} differs from its source",
            served.display()
        );
        copied += 1;
    }
    assert_eq!(copied, 24);
}
