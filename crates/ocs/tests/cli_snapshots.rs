//! The `ocs` command line as a user sees it, snapshot-tested with trycmd (as rage does): the
//! help of every subcommand, key generation from a passphrase file, a wrong passphrase, export
//! refusals and the verification of a tampered bundle. The cases are the readable `.md` and
//! `.trycmd` files in `tests/cmd/`; `TRYCMD=overwrite cargo test -p ocs --test cli_snapshots`
//! rewrites their outputs after a deliberate change. `tests/cmd/bundles.in/` is made by
//! `cargo run -p ocs --example cli_fixtures -- crates/ocs/tests/cmd/bundles.in`.

#[test]
fn cli_snapshots() {
    trycmd::TestCases::new()
        .register_bin("ocs", trycmd::cargo::cargo_bin!("ocs"))
        .case("tests/cmd/*.md")
        .case("tests/cmd/*.trycmd");
}
