//! Replays every committed fuzz corpus (fuzz/corpus/<target>/, seeds and what `scripts/fuzz`
//! found worth keeping) and every fixed crash (fuzz/regressions/<target>/) through the fuzz
//! targets' bodies, on stable: an input that once crashed a parser must never crash it again.

use std::path::Path;

use ocs_testkit::fuzz::TARGETS;

#[test]
fn every_corpus_input_runs_through_its_target_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz");
    let mut report = Vec::new();
    for (name, target) in TARGETS {
        let mut inputs = 0;
        for folder in ["corpus", "regressions"] {
            let Ok(entries) = std::fs::read_dir(root.join(folder).join(name)) else {
                continue;
            };
            for entry in entries {
                let path = entry.expect("a corpus entry").path();
                let data = std::fs::read(&path).expect("a corpus file");
                let outcome = std::panic::catch_unwind(|| target(&data));
                assert!(outcome.is_ok(), "{name}: {} panics", path.display());
                inputs += 1;
            }
        }
        assert!(inputs > 0, "the {name} target has no corpus");
        report.push(format!("{name} {inputs}"));
    }
    eprintln!("fuzz corpora replayed: {}", report.join(", "));
}
